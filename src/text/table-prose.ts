/**
 * The prose sentences inside a table section (二、三、四). Many reports write sentences around
 * their tables, and the 2019 trial layout puts whole paragraphs there ("2022年制作、获取政府信息
 * 总数473条，其中主动公开政府信息123条……"). The table itself is answered from cells and must never
 * be quoted: its text is labels glued to digit runs, whose numbers belong to no sentence.
 */
import { toSimplified } from './script.js';
import { splitSentences } from './segment.js';

/** Words only a table's own text holds (column heads, row labels with their numbering). */
const TABLE_VOCABULARY =
  /第二十条|信息内容|本年制发|本年废止|现行有效件数|本年新制作|本年新公开|对外公开总数量|处理决定数量|勾稽|申请人情况|本年新收|上年结转|结果维持|结果纠正|尚未审结|复议后起诉|直接起诉|属于国家秘密|三安全一稳定|不予处理|无法提供|区分处理的|收费金额|项目数量|采购总金额/;
/** Words that mark a table's own text whatever follows: its numbering, column heads and the check note. */
const TABLE_FRAME = /第二十条|信息内容|勾稽|申请人情况|结果维持|结果纠正|尚未审结|复议后起诉|直接起诉|\|/;
/**
 * A number with its measure word, as a sentence states a count (39件, 66条, 2.5万元, 便民查阅场所2处, 查询电脑2台, 300平米).
 */
const COUNTED = /\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:平方米|平米|[件条项个篇次人名家期场处台套万元%])/g;
/** A number no measure word follows (a table cell's digits). */
const BARE_NUMBER = /(?<![\d.])\d+(?:\.\d+)?(?![\d.]|(?:万|亿)?(?:余|多)?(?:平方米|平米|[件条项个篇次人名家期场处台套万元%]))/g;

/**
 * Whether a piece of a table section states counts as a sentence does (本年度内单位行政处罚处理决定数量39件):
 * at least `atLeast` numbers carry their measure word, no table frame surrounds them, and bare
 * numbers (a cell's digits) are none, or, when `loose`, fewer than the counted ones (a sloppy
 * enumeration: …行政许可事项3条、行政处罚1,回复公众诉求件9).
 */
function statesCounts(piece: string, atLeast: number, loose: boolean): boolean {
  if (TABLE_FRAME.test(piece) || DIGIT_RUN.test(piece)) return false;
  // Dates (2021年, 12月31日) are no counts.
  const undated = piece.replace(/(?:(?:19|20)\d{2}年度?)?(?:\d{1,2}月)?(?:\d{1,2}[日号])?/g, '');
  const counted = undated.match(COUNTED)?.length ?? 0;
  const bare = undated.match(BARE_NUMBER)?.length ?? 0;
  return counted >= atLeast && (loose ? bare < counted : bare === 0);
}

/** A run of digits glued together, or spaced one by one, as table rows print (640020470, 0 0 0 0): no figure of a sentence. */
const DIGIT_RUN = /\d{6,}(?![年条件项人次篇个万亿元%.])|(?:\d\s+){3,}\d/;
/** A sub-heading inside the section ((二)主动公开政府信息的主要类别): prose starts after it. */
const SUB_HEADING = /[（(][一二三四五六七八九十][）)]|(?<![\d.])[1-9][.、．](?=\p{Script=Han})/u;

/** A count of what was published or received that ends a piece (…主动公开政府信息1147条), as a sentence cut before its full stop ends. */
const ENDS_WITH_COUNT = /\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[件条项个篇次期场]$/;
/** A verb of a sentence about the year's work (公开, 发布, 收到 …), which no table label holds. */
const PROSE_VERB = /公开|发布|推送|收到|接收|受理|办理|答复|制定|更新|开展|举办|利用|通过|依托/;

/**
 * A sentence cut before its full stop right after the one count it states (利用“…”微信公眾號、…官網和官博主動公開政府信息1147條,
 * where the page ends): long, with a verb of prose, no table words, no bare number (read in simplified form, 條 being 条).
 */
function cutAfterItsCount(piece: string, hanCount: number): boolean {
  const plain = toSimplified(piece);
  return (
    hanCount >= 16 &&
    ENDS_WITH_COUNT.test(plain) &&
    PROSE_VERB.test(plain) &&
    !TABLE_VOCABULARY.test(plain) &&
    statesCounts(plain, 1, false)
  );
}

/**
 * A long run of prose the page's end cut before its full stop (…更新了《…指南(2024)》和《…2023年度…报告》,并发布了94篇法定主动公开
 * 内容,其内容包括:…), written where the table would stand: a verb of prose, no table words, and its counts with their measure
 * words once the titles it cites (their years, a bracketed year) are set aside.
 */
function longProseRun(piece: string, hanCount: number): boolean {
  const plain = toSimplified(piece);
  return (
    hanCount >= 40 &&
    PROSE_VERB.test(plain) &&
    !TABLE_VOCABULARY.test(plain) &&
    statesCounts(plain.replace(/《[^《》]*》/g, '《》'), 1, false)
  );
}

/** The sentences of a table section's text that are prose: split at sub-headings, without table text, ending as a sentence does. */
export function tableSectionSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(text)) {
    for (const piece of sentence.split(SUB_HEADING)) {
      const trimmed = piece.trim();
      const hanCount = trimmed.match(/\p{Script=Han}/gu)?.length ?? 0;
      // A paragraph cut before its full stop (…其中:通知公告18条、…回复公众诉求件9, then the table) is still
      // prose when it states several counts with their measure words.
      // So is the lead of a numbered list (我社主动公开政府信息57条,其中:1.组织机构类信息3条;2.…): its count is the total of
      // the items the sub-headings cut off after its colon.
      const ended =
        /[。；;！!？?]$/.test(trimmed) ||
        (hanCount >= 12 && !TABLE_VOCABULARY.test(trimmed) && statesCounts(trimmed, 2, true)) ||
        (/[:：]$/.test(trimmed) && !TABLE_VOCABULARY.test(trimmed) && statesCounts(trimmed, 1, false)) ||
        cutAfterItsCount(trimmed, hanCount) ||
        longProseRun(trimmed, hanCount);
      if (!ended) continue;
      if ((TABLE_VOCABULARY.test(trimmed) && !statesCounts(trimmed, 1, false)) || DIGIT_RUN.test(trimmed)) continue;
      // An item of a numbered list ended as one (3.动态类信息38条;) is short and still states its count.
      if (hanCount < 8 && !(hanCount >= 5 && /[；;]$/.test(trimmed) && statesCounts(trimmed, 1, false))) continue;
      sentences.push(trimmed);
    }
  }
  return sentences;
}
