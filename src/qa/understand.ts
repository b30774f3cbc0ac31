/**
 * Question understanding, offline: which agencies, which years, which figure or section,
 * and what is asked of them (one value, a ranking, a total, a comparison, a change).
 * Figures are resolved through the field catalogue's labels and synonyms.
 */
import { ASKED_PROSE_FIGURES, type AskedProseFigureKey, proseFigureOfQuestion } from '../report/prose-figures.js';
import {
  APPEAL_COLUMNS,
  APPLICANT_COLUMNS,
  type ColumnDef,
  CURRENT_LAYOUT,
  DOCUMENT_COLUMNS,
  type RowDef,
  sameRowIn,
  TRIAL_LAYOUT,
} from '../report/catalogue.js';
import { normalizeText, parseChineseNumber } from '../report/normalize.js';
import { LRUCache } from 'lru-cache';
import * as z from 'zod';
import { toSimplified } from '../text/script.js';

/** What a question asks about. */
export type Topic =
  | {
      type: 'cell';
      row: RowDef;
      column?: ColumnDef;
      byApplicant?: boolean;
      alsoRows?: RowDef[];
      group?: string;
      breakdown?: boolean;
      legalPersons?: boolean;
      /** Every column of the row (行政复议结果怎么样: 维持、纠正、其他、尚未审结 and 总计), not its total alone. */
      everyColumn?: boolean;
    }
  | { type: 'reports' }
  | { type: 'prose'; key: ProseTopic }
  | { type: 'contacts'; fields: string[] }
  | { type: 'section'; section: 'overview' | 'problems' | 'other'; focus?: 'problems' | 'improvements' | 'summary' | 'highlights' };

/** A prose figure a question can be about (report/prose-figures.ts). */
export type ProseTopic = AskedProseFigureKey;
/** Their keys, in the order questions try them (the catalogue of prose figures): the LLM tools' enum. */
export const PROSE_TOPICS = ASKED_PROSE_FIGURES.map((figure) => figure.key) as [ProseTopic, ...ProseTopic[]];

export type Operation = 'value' | 'rank' | 'list' | 'total' | 'compare' | 'change';

export interface Understanding {
  text: string;
  years: number[];
  topic?: Topic;
  operation: Operation;
  rankOrder?: 'desc' | 'asc';
  /** The question says "which agencies …" or "all agencies …". */
  acrossAgencies: boolean;
  /** 科技局平均收到几件申请: the total across agencies asked as each one's average (operation 'total'). */
  average?: boolean;
  /** The question looks like a follow-up (那2023年呢？). */
  followUp: boolean;
  /** The years come from the conversation, not from this question. */
  yearsRemembered?: boolean;
}

/** 贰零贰叁年: a year in the financial numerals of receipts, read as the everyday ones. */
const FINANCIAL_YEAR = /[壹贰叁肆伍陆柒捌玖零〇一二三四五六七八九]{4}(?=年)/g;
const FINANCIAL_DIGITS: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
};

/**
 * Agencies' names typed with spaces between them (2024年城中区人民政府 硚口区住建局 浙江省教育厅 谁最少): the space after each name
 * that another name (four characters or more, ending as a body's name does) follows, itself followed by a space, is a 、, so
 * the names are not read glued into one (which dropped one of them). A place (天津港保税区) before a name that opens with a
 * place of its own (大连市医疗保障局) is a name too; before a kind alone (中卫市 科学技术局 收到多少) it is no body's name.
 */
const NAMES_SPACED =
  /(\p{Script=Han}{2,24}(?:局|厅|委|办|室|政府|街道|处|镇|乡|中心|会|院)|\p{Script=Han}{3,24}[区县市旗](?=\s+\p{Script=Han}{1,6}?[省市县区旗州盟]))(?<=\p{Script=Han})\s+(?=\p{Script=Han}{4,}\s)(?=\p{Script=Han}{2,15}(?:局|厅|委|办|室|政府|街道|处|镇|乡|中心|会|院|开发区|新区|园区|保税区|实验区)\s)/gu;
/** A question word, then a space, then more: two questions typed with a space between them. */
// (…几件申请 超过期限怎么办: a count and its noun, then a space, then another question.)
// (申请办结了没有 办了几件: a yes/no ending in 没有 / 了没, then a space, then a count asked.)
const QUESTION_THEN_SPACE =
  /(?<=(?:多少|几)\p{Script=Han}?|[吗呢])\s+(?=\p{Script=Han})|(?<=了没有?|有没有)\s+(?=\p{Script=Han}\S*?(?:多少|几))|(?<=(?:多少|几)\p{Script=Han}{2,3})\s+(?=\p{Script=Han}\S*?(?:怎么|怎样|如何|多少|几|吗|呢|哪|什么|多久))/gu;
/** 二三年, 二四年: a year of this century said as its last two digits, one by one (not 三四年, a few years). */
const SPOKEN_SHORT_YEAR = /^[一二][〇○零一二三四五六七八九]$/;
/** 两千零二十六年, 二千零二十五年: a year said as a number with 千 (not digit by digit). */
const THOUSANDS_YEAR = /[两二一]千[〇○零一二三四五六七八九十]{1,4}(?=年)/g;
/** Chinese digits by value (〇 and ○ are 零). */
const CHINESE_DIGITS = '零一二三四五六七八九';

/**
 * Normalise a question: NFKC (full-width digits, letters and punctuation to half-width), 繁体 to
 * simplified (the same conversion the parser uses), no spaces, Chinese numerals of dates and
 * years as digits (十二月二十二号 → 12月22号), length capped.
 */
/**
 * 是不是有二百二十五条 / 部门动态有三十条没 / 公开了十二条吗: a count the asker checks, said in Chinese numerals after
 * 有/是/了 and ending the question, is that number (三审三校, 第三次, 三个加一起 and 十四五 stay words).
 */
const SPOKEN_COUNT_CHECKED =
  /(?<=[有是了共发])([零〇两一二三四五六七八九十百千]{1,8})(?=[条件个名次家期人场份项](?:吗|么|没有?|呢|啊|吧|不)?[?？。!！]*$)/;

/**
 * 是不是收到超过一千件申请 / 申请超过一千件了吗 / 不到五十条: a count said in Chinese numerals right after a word that weighs
 * against it (超过, 多于, 不到 …), before its measure word, is that number, as the same count in digits is weighed.
 */
const SPOKEN_COUNT_WEIGHED =
  /(?<=超过|超出|多于|少于|不到|不足|高于|低于|大于|小于|达到|突破)([两一二三四五六七八九十百千]{1,8})(?=[条件个名次家期人场份项])/g;

/**
 * 三十五件以下的有哪个 / 收到申请二十件以上的 / 一百条以内: a count said in Chinese numerals before its measure word and a bound
 * (以上, 以下, 以内), as the same count in digits bounds a statistic.
 */
const SPOKEN_COUNT_BOUNDED = /([两一二三四五六七八九十百千]{1,8})(?=[条件个名次家期人场份项](?:及|或)?(?:以上|以下|以内|之上|之下))/g;

/**
 * 黄石市的 全市的 / 平潭县的，全县的: a place, then its whole said again as a second thought, is the whole of that place
 * (黄石市全市的), which is answered from its own body or refused as not held, never read as two messages.
 */
const PLACE_THEN_WHOLE = /([区县市旗州盟])的[，,、。]?(?=全\1)/g;

/** 上上年 and 上上个年度 are 前年 (two years back), 上上上年 大前年: every year word downstream knows only those. */
const BACK_YEARS = /上上上?(?:一|个)?年度?/g;

/** 新媒体呢🤔, 公众号呢😊👍: emoji after the words (never an emoji alone, which acknowledges) are no part of the question. */
const TRAILING_EMOJI = /(?<=[\p{Script=Han}\p{L}\p{N}\p{P}])(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|[\u{1F3FB}-\u{1F3FF}])+$/u;

/**
 * Written Cantonese (粤语口语, as people in Guangdong and Hong Kong type it, after 繁体 is simplified): its words in the
 * Mandarin the engine reads (你哋局旧年收咗几多申请 → 你们局去年收了多少申请, 点样申请 → 怎么申请, 使唔使钱 → 要不要钱). Longer
 * words first; only messages with a Cantonese word are rewritten.
 */
const CANTONESE_WORD = /[咗嘅哋佢冇喺啲乜嘢咩㗎攞唔睇嚟噉]|几多|旧年|边个|边度|边间|点样|点解|而家/;
const CANTONESE: ReadonlyArray<readonly [RegExp, string]> = [
  [/系唔系|系咪/g, '是不是'],
  [/使唔使|使不使/g, '要不要'],
  [/有冇/g, '有没有'],
  [/(?:乜|咩)嘢/g, '什么'],
  [/咩(?=[?？。!！]*$)/g, '吗'],
  [/咩/g, '什么'],
  [/几多/g, '多少'],
  [/点样/g, '怎么'],
  [/点解/g, '为什么'],
  [/边(?:个|间)/g, '哪个'],
  [/边(?:度|处)/g, '哪里'],
  [/旧年/g, '去年'],
  [/而家/g, '现在'],
  [/(你|佢|我)哋/g, '$1们'],
  [/佢/g, '他'],
  [/唔使/g, '不用'],
  [/唔该/g, '请'],
  [/唔系/g, '不是'],
  // Mid-word only: a leading 唔 (唔，那去年呢) is Mandarin's 嗯.
  [/(?<=\p{Script=Han})唔(?=\p{Script=Han})/gu, '不'],
  [/冇/g, '没有'],
  [/咗/g, '了'],
  [/嘅/g, '的'],
  [/啲/g, '些'],
  [/喺/g, '在'],
  [/要攞/g, '要拿'],
  [/攞/g, '要'],
  [/睇/g, '看'],
  [/嚟/g, '来'],
  [/噉/g, '这样'],
  [/㗎/g, ''],
];

function cantoneseAsMandarin(text: string): string {
  if (!CANTONESE_WORD.test(text)) return text;
  let plain = text;
  for (const [pattern, replacement] of CANTONESE) plain = plain.replace(pattern, replacement);
  return plain;
}

export function normalizeQuestion(question: string, maxLength = 300): string {
  // A space after a question (…几条 中卫日报发了几条) ends it, as a question mark does; other spaces go.
  const plain = normalizeText(question)
    .replace(QUESTION_THEN_SPACE, '？')
    .replace(NAMES_SPACED, '$1、')
    .replace(/\s+/g, '')
    .replace(TRAILING_EMOJI, '')
    .slice(0, maxLength);
  // 帳號 simplifies to 帐号, a variant of 账号 (as 帐户 of 账户): the spelling the engine's words use.
  const text = cantoneseAsMandarin(toSimplified(plain))
    .replace(/帐(?=号|户)/g, '账')
    .replace(FINANCIAL_YEAR, (year: string) => [...year].map((digit) => FINANCIAL_DIGITS[digit] ?? digit).join(''));
  // 两千零二十六年 → 2026年 first: its 零二十六 alone would read as no year.
  const withYears = text.replace(THOUSANDS_YEAR, (numeral: string) => {
    const value = parseChineseNumber(numeral);
    return value >= 1990 && value <= 2100 ? String(value) : numeral;
  });
  return withCarriedIntoNextYear(withYears)
    .replace(YEAR_DU_BEFORE_NAME, '$1年')
    .replace(PLACE_THEN_WHOLE, '$1')
    .replace(BACK_YEARS, (words: string) => (words.startsWith('上上上') ? '大前年' : '前年'))
    .replace(DIGIT_SCHOOL_ORDINAL, (_whole, digits: string) => chineseOrdinal(Number(digits)))
    .replace(SPOKEN_COUNT_WEIGHED, (whole, numeral: string) => {
      const value = parseChineseNumber(numeral);
      return Number.isFinite(value) && value > 0 ? String(value) : whole;
    })
    .replace(SPOKEN_COUNT_BOUNDED, (whole, numeral: string) => {
      const value = parseChineseNumber(numeral);
      return Number.isFinite(value) && value > 0 ? String(value) : whole;
    })
    .replace(SPOKEN_COUNT_CHECKED, (whole, numeral: string) => {
      const value = parseChineseNumber(numeral);
      return Number.isFinite(value) && value > 0 ? String(value) : whole;
    })
    .replace(/([〇○零一二两三四五六七八九十]{1,4})([年月日号])/g, (whole, numeral: string, unit: string) => {
      const value = parseChineseNumber(numeral);
      // Years have four digits (二〇二四年, not 十年 in 近十年), or two said digit by digit (二三年 is 2023); months and days are 1–31.
      if (unit === '年' && SPOKEN_SHORT_YEAR.test(numeral))
        return `20${[...numeral].map((digit) => CHINESE_DIGITS.indexOf(digit.replace(/[〇○]/, '零'))).join('')}年`;
      if (unit === '年') return numeral.length === 4 && !numeral.includes('十') ? `${value}年` : whole;
      if (unit === '月') return value >= 1 && value <= 12 ? `${value}月` : whole;
      return value >= 1 && value <= 31 ? `${value}${unit}` : whole;
    });
}

/**
 * 2024年度弥勒市朋普镇…: 年度 written after the year and before what is asked (an agency, a thing) is the year alone; left as
 * it is, 度 would begin the agency's name (度弥勒市朋普镇人民政府, not stored). 2024年度报告 and 2024年度的 stay.
 */
const YEAR_DU_BEFORE_NAME = /((?:19|20)\d{2})年度(?=\p{Script=Han})(?!报|工作报告|的|以来|内|中|里)/gu;

/** A school's ordinal written in digits right after its place (临泉4中, 亳州第3中学): written as its name is (四中, 第三中学). */
const DIGIT_SCHOOL_ORDINAL = /(?<=\p{Script=Han}第?)(?<![\d中])([1-9]|1\d|20)(?=中学|小学|中(?![心国央期间文])|小(?![时组区]))/gu;

/** 1–20 as a Chinese numeral (4 → 四, 12 → 十二, 20 → 二十). */
function chineseOrdinal(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value];
  return `${value >= 20 ? digits[Math.floor(value / 10)] : ''}十${value % 10 === 0 ? '' : digits[value % 10]}`;
}

/** A year carried into (结转到2025年, 转入2025年, 留到2025年, 结转到25年) right after a verb of carrying or delaying. */
const CARRIED_INTO_YEAR = /(结转|转|留|拖|放)(?:到|至|入)((?:19|20)\d{2}|(?<!\d)\d{2})年度?/g;

/**
 * 2024年有几件结转到2025年办 (or 24年…结转到25年): the year carried into, when it is the year after another year the
 * question names (in four digits or two), is the next year of 结转下年度, not a second year asked (结转到下一年).
 */
function withCarriedIntoNextYear(text: string): string {
  return text.replace(CARRIED_INTO_YEAR, (whole, verb: string, year: string) => {
    const previous = (year.length === 2 ? 2000 + Number(year) : Number(year)) - 1;
    return new RegExp(`(?<!\\d)(?:${previous}|${String(previous).slice(2)})年`).test(text) ? `${verb}到下一年` : whole;
  });
}

/** Years named in the question, absolute or relative to `now` (Asia/Shanghai). */
/** A span of years (2022到2024年, 2022—2024年, 22至24年, 从2022年到2024年): each year of it is asked. */
const YEAR_SPAN = /(?<!\d)((?:19|20)?\d{2})年?度?(?:到|至|—|–|-|~|～|－)((?:19|20)?\d{2})年/g;

/** The years of a span written in full (2022年、2023年、2024年), at most ten; the text as it was otherwise. */
function withYearSpans(text: string): string {
  return text.replace(YEAR_SPAN, (whole, from: string, to: string) => {
    const first = from.length === 2 ? 2000 + Number(from) : Number(from);
    const last = to.length === 2 ? 2000 + Number(to) : Number(to);
    if (last <= first || last - first > 9) return whole;
    return Array.from({ length: last - first + 1 }, (_, index) => `${first + index}年`).join('、');
  });
}

/** A relative year restated right after as a year written out (去年 24年啊, 去年也就是2024年). */
const RESTATED_YEAR =
  /(?:前年|去年|今年)[\s,，、啊呀吧哦]{0,3}(?:也?就是|即)?[\s,，]{0,2}(?:(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4})年(?!\d|前|后|以)/;

export function findYears(question: string, currentYear: number): number[] {
  const text = /[到至—–\-~～－]/.test(question) ? withYearSpans(question) : question;
  const years: number[] = [];
  const add = (year: number) => {
    if (year >= 1990 && year <= 2100 && !years.includes(year)) years.push(year);
  };
  for (const match of text.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*(?:万|元|条|件|人|名|次))/g)) add(Number(match[1]));
  for (const match of text.matchAll(/([二〇零一三四五六七八九]{4})年/g)) add(parseChineseNumber(match[1]));
  for (const match of text.matchAll(/(?<!\d)(\d{2})年/g)) add(2000 + Number(match[1]));
  // 去年 24年啊: a relative year the citizen restates right away as a year written out is that year, not a second one.
  if (RESTATED_YEAR.test(text)) return years;
  // 2024年…本年度在…发布多少条: a report's own 本年度 beside a year written out is that year, not the calendar's.
  const written = years.length > 0;
  // 前年比大前年多了多少: both, when both are said.
  if (/大前年/.test(text)) add(currentYear - 3);
  if (/(?<!大)前年/.test(text)) add(currentYear - 2);
  if (/去年|上一年度|上个年度/.test(text)) add(currentYear - 1);
  // 2024年今年结转多少件: 今年结转 beside a year written out is that report's own year carrying on (as 本年结转), not the calendar's.
  if (/今年(?!结转)/.test(text) || (/今年结转|本年度(?!办理)/.test(text) && !written)) add(currentYear);
  return years;
}

interface Scored<T> {
  item: T;
  length: number;
}

/** The words a row is known by: synonyms, distinctive label fragments, the label without its numbering. */
function rowWords(row: RowDef): readonly string[] {
  let words = ROW_WORDS.get(row);
  if (!words) {
    words = [
      ...row.synonyms,
      ...(QUESTION_ONLY_ROW_WORDS[row.key] ?? []),
      ...row.match.filter((fragment) => fragment.length >= 3),
      row.label.replace(/^[一二三四五六七八九（）()\d.、]+/, ''),
    ].filter((word) => word.length >= 2);
    ROW_WORDS.set(row, words);
  }
  return words;
}

/**
 * Words a question names a row by that data entry must not take as that row: 结转 alone is either
 * direction, so a clerk typing it is asked which, while a citizen's bare 结转 finds 上年结转 (a single
 * agency's answer then gives 结转下年度 too: see CARRY_DIRECTION).
 */
const QUESTION_ONLY_ROW_WORDS: Record<string, readonly string[]> = {
  // 复议以后又去起诉 / 经过复议再告: the 复议后起诉 column group; 没经过复议 (longer) is the direct one.
  litigation_after_review: ['复议以后', '复议之后', '复议完', '经过复议', '经复议'],
  litigation_direct: ['没经过复议', '没有经过复议', '不经复议', '没复议', '不经过复议'],
  // 上一年剩下的申请几件 / 上年遗留的: what the year before left is what it carried over (剩下 alone stays: the year's end).
  carried_over: ['结转', '上一年剩下', '上年剩下', '上年度剩下', '上一年遗留', '上年遗留', '上一年留下', '上年留下'],
  // 年底还有几件没办完 (办完 is read as 办结): what was not finished is carried into next year, never the 办结 total.
  carried_forward: [
    '没办结',
    '未办结',
    '没有办结',
    '尚未办结',
    '还没办结',
    '还在办',
    // 在办的几件: the ones still being handled at the year's end (几件在办理期限内 asks a deadline: no 件在办 here).
    '在办的',
    '仍在办',
    '正在办理',
    '没办理完',
    '未办理完',
    '没处理完',
    // 本年结转多少件: what this year carries on (a report's 本年结转2025年…17条), never what came in from the year before.
    '本年结转',
    '今年结转',
    // 结转到下年 / 转入下年 / 留到下一年: 下年 without 度, after a verb of carrying, is the year carried into.
    '转到下年',
    '转入下年',
    '转至下年',
    '转下年',
    '留到下年',
    '留到下一年',
    // 转到下一年办 / 放到下一年: 下一年 with 一, after the same verbs.
    '转到下一年',
    '转入下一年',
    '转至下一年',
    '放到下一年',
    // 拖到第二年办 / 留到第二年: 第二年 after a verb of carrying or delaying is the year carried into.
    '拖到第二年',
    '拖到下一年',
    '拖到下年',
    '拖到明年',
    '留到第二年',
    '留到明年',
    '转到第二年',
    '转到明年',
    '放到第二年',
    '放到明年',
  ],
};

/** rowWords of each catalogue row, made once (every question looks for every row's words). */
const ROW_WORDS = new WeakMap<RowDef, readonly string[]>();

/** A two-character word split by a verb's complement (罚了几次款, 复了个议): only counting and aspect words between. */
const SPLIT_FILLER = '[了过几多少次个件回笔的些]{1,4}';

/** Pairs every disclosure question shares; they alone never make a row similar. */
// 转过/过来 are a direction complement (12345转过来的件, 转过来多少): they alone never make 结转过来 (a transfer is no carry-over).
const GENERIC_PAIRS = new Set(['政府', '府信', '信息', '息公', '公开', '申请', '政务', '年度', '转过', '过来']);

/** The character bigrams of a word. */
function bigrams(word: string): string[] {
  const pairs: string[] = [];
  for (let at = 0; at + 1 < word.length; at += 1) pairs.push(word.slice(at, at + 2));
  return pairs;
}

/** A status of documents after a review (继续有效, 继续执行, 继续保留): no carry-over, whatever 年 stands before it (2025年继续有效). */
const DOCUMENT_STATUS = /继续(?:有效|执行|施行|保留|适用|使用)/g;

/**
 * The row the text names by similarity when no catalogue word stands in it whole: a two-character
 * synonym split around counting words (罚了几次款 → 罚款), or a longer synonym two thirds of whose
 * character bigrams (at least two, one not generic) stand in the text (行政的复议). The best share wins;
 * its length counts as the bigrams found, so an exact word elsewhere always outranks it.
 */
function similarRow(asked: string): Scored<RowDef> | undefined {
  const { rows, split, pairCounts, byPair } = similarityWords();
  // 继续有效多少件 (of documents cleared: 清理文件9件,其中继续有效3件) is a status of documents, not 明年继续 办理: its 继续 names no row.
  const text = asked.replace(DOCUMENT_STATUS, '');
  let best: { item: RowDef; length: number; share: number } | undefined;
  // Counted through the pairs the text holds: each synonym's pairs found, and how many of them are telling.
  const found = new Map<number, { found: number; telling: number }>();
  const seen = new Set<string>();
  for (let at = 0; at + 1 < text.length; at += 1) {
    const pair = text.slice(at, at + 2);
    if (seen.has(pair)) continue;
    seen.add(pair);
    for (const { word, times } of byPair.get(pair) ?? []) {
      const counts = found.get(word) ?? { found: 0, telling: 0 };
      counts.found += times;
      if (!GENERIC_PAIRS.has(pair)) counts.telling += times;
      found.set(word, counts);
    }
  }
  // The best share wins, then the longer; on a tie the first met, in catalogue order.
  const consider = (item: RowDef, share: number, length: number) => {
    if (!best || share > best.share || (share === best.share && length > best.length)) best = { item, length, share };
  };
  for (const { row, splitFrom, splitTo, pairedFrom, pairedTo } of rows) {
    for (let word = splitFrom; word < splitTo; word += 1) {
      const { first, second, pattern } = split[word];
      if (text.includes(first) && text.includes(second) && pattern.test(text)) consider(row, 1, 2);
    }
    for (let word = pairedFrom; word < pairedTo; word += 1) {
      const counts = found.get(word);
      const pairs = pairCounts[word];
      if (!counts || counts.found < 2 || counts.telling < 1 || counts.found * 3 < pairs * 2) continue;
      consider(row, counts.found / pairs, counts.found + 1);
    }
  }
  return best && { item: best.item, length: best.length };
}

/**
 * The rows' synonyms as similarRow reads them, made once: a two-character synonym as the pattern
 * of its split form, a longer one (up to six) by its character pairs, indexed by pair. Synonyms
 * only: the printed labels share 政府信息公开 with half of every question.
 */
interface Similarity {
  rows: Array<{ row: RowDef; splitFrom: number; splitTo: number; pairedFrom: number; pairedTo: number }>;
  split: Array<{ first: string; second: string; pattern: RegExp }>;
  /** The number of pairs of each longer synonym, by its index. */
  pairCounts: number[];
  /** For each pair, the longer synonyms holding it and how many times. */
  byPair: Map<string, Array<{ word: number; times: number }>>;
}
let similarity: Similarity | undefined;
function similarityWords(): Similarity {
  if (similarity) return similarity;
  const built: Similarity = { rows: [], split: [], pairCounts: [], byPair: new Map() };
  for (const row of CURRENT_LAYOUT.rows) {
    const words = row.synonyms.filter((synonym) => synonym.length >= 2 && synonym.length <= 6);
    const splitFrom = built.split.length;
    for (const word of words.filter((candidate) => candidate.length === 2))
      built.split.push({ first: word[0], second: word[1], pattern: new RegExp(`${word[0]}${SPLIT_FILLER}${word[1]}`) });
    const pairedFrom = built.pairCounts.length;
    for (const word of words.filter((candidate) => candidate.length > 2)) {
      const index = built.pairCounts.length;
      const pairs = bigrams(word);
      built.pairCounts.push(pairs.length);
      const times = new Map<string, number>();
      for (const pair of pairs) times.set(pair, (times.get(pair) ?? 0) + 1);
      for (const [pair, count] of times) {
        const list = built.byPair.get(pair) ?? [];
        list.push({ word: index, times: count });
        built.byPair.set(pair, list);
      }
    }
    built.rows.push({ row, splitFrom, splitTo: built.split.length, pairedFrom, pairedTo: built.pairCounts.length });
  }
  similarity = built;
  return similarity;
}

/**
 * 其他 starting a noun of its own (其他公文, 其他信息, 其他对外管理服务事项): no 其他 of the handling rows. 其他结果 is table 四's
 * column (复议其他结果几件), whose row the other words name.
 */
const OTHER_AS_NOUN = /其他(?:结果|公文|文件|信息|类|组织|法人|对外|机构|事项|渠道|方式|平台|媒体|形式|部门|单位|资料)/g;

/** Whether 其他 stands in the text other than as the start of another noun. */
function bareOther(text: string): boolean {
  return text.replace(OTHER_AS_NOUN, '').includes('其他');
}

/** The longest catalogue word found in the text, per row; else the most similar one. */
function bestRow(text: string): Scored<RowDef> | undefined {
  let best: Scored<RowDef> | undefined;
  for (const row of CURRENT_LAYOUT.rows) {
    for (const word of rowWords(row)) {
      if (!text.includes(word) || (word === '其他' && !bareOther(text))) continue;
      if (!best || word.length > best.length) best = { item: row, length: word.length };
    }
  }
  return best ?? similarRow(text);
}

function bestColumn(text: string, columns: readonly ColumnDef[]): ColumnDef | undefined {
  let best: Scored<ColumnDef> | undefined;
  for (const column of columns) {
    for (const word of [column.label, ...column.synonyms]) {
      if (word.length < 2 && word !== '共') continue;
      if (text.includes(word) && (!best || word.length > best.length)) best = { item: column, length: word.length };
    }
  }
  return best?.item ?? similarColumn(text, columns);
}

/** A column named with a word put between (科研的机构, 社会公益的组织): two thirds of a long label's character pairs. */
function similarColumn(text: string, columns: readonly ColumnDef[]): ColumnDef | undefined {
  let best: { item: ColumnDef; share: number } | undefined;
  for (const column of columns) {
    for (const word of [column.label, ...column.synonyms].filter((candidate) => candidate.length >= 4)) {
      const pairs = bigrams(word);
      const found = pairs.filter((pair) => text.includes(pair)).length;
      const share = found / pairs.length;
      if (found >= 2 && found * 3 >= pairs.length * 2 && (!best || share > best.share)) best = { item: column, share };
    }
  }
  return best?.item;
}

/** A count of items posted or published (发了多少条, 公开了几篇, 发布信息多少): what a website held, not its address. */
const POSTED_COUNT = /(?:发|发布|公开|推送|更新|刊登)了?[^，。？?]{0,6}?(?:多少|几)[条篇次个期]?/;
/**
 * 官网动态新闻类消息呢, 官网政务类信息: a kind of items the official website carries, the site named as their channel; no web
 * address is asked unless the question says so (官网网址, 官网是哪个).
 */
const ITEMS_ON_SITE = /(?:官网|网站)(?:上|里)?(?:发布|公开)?的?\p{Script=Han}{0,6}?(?:信息|消息|动态|新闻|稿件|文章)/u;
const SITE_ADDRESS_ASKED = /网址|网站地址|(?:官网|网站)(?:是|叫|在哪|链接|地址)/;

/** 官网访问量多少 / 网站点击量呢: the site's visits counted, a figure of the report; no web address is asked. */
const SITE_VISITS = /(?:访问|点击|浏览)(?:量|数|次数|人次)/;

/** A rate of handling asked (办结率, 按时答复率, 满意率): a percentage the prose states, never a count. */
const STATED_RATE_ASKED = /(?:办结|答复|回复|办理|满意|按时|按期|受理)率/;

const CONTACT_FIELDS: Array<[RegExp, string]> = [
  [/电话|联系方式|怎么联系|如何联系|联系.*(办公室|他们)|号码/, 'phone'],
  // 在哪录的 / 在哪举办的: where something was done is a report's matter, not the agency's address; so is 在哪个平台更新的
  // (the channel items went out on).
  [
    /地址|(?<!存|差|集中)在哪(?![\u4e00-\u9fa5]{0,2}?(?:下载|看到?|查到?|找到|录|播|拍|举办|办的|开的|召开|发布|发的|公开|参观|方面|领域|平台|渠道|媒体|栏目|更新|推送))|哪里办公|在什么地方|位置|怎么走|办公地点/,
    'address',
  ],
  // 几楼 is read from the address's room number (305室 → 3楼), said as read from it.
  [/几楼|几层|哪层|哪一层|楼层|哪一?栋|几号楼|哪个楼|几号房|哪个房间|几室/, 'floor'],
  // 门牌号 / 房间号 / 几号办公室: the address, which prints the room.
  [/门牌号?|房间号|房号|几号办公室|哪间办公室/, 'address'],
  [/邮箱|邮件|e-?mail/i, 'email'],
  [/邮编|邮政编码/, 'post_code'],
  [/网址|网站地址|官网|网站是/, 'website'],
  [/传真/, 'fax'],
  [/办公时间|工作时间|几点|上班时间/, 'office_hours'],
  // 联系人是谁 / 找谁对接: the person the contact clause names (联系人:王曦瑶).
  [/联系人|联络人|对接人|经办人|找谁(?:联系|对接)|跟谁联系/, 'contact_person'],
  [/QQ|扣扣/i, 'qq'],
  // 年报有疑问找哪个单位 / 找哪个办公室: the body the report's contact clause names (请与广东省林业事务中心联系).
  [/(?:找|联系|问)(?:哪个|哪一个|哪家|什么)(?:办公室|单位|部门|科室|机构)/, 'office'],
];

/** The table-三 groups a question can name (（三）不予公开 …), by the catalogue's group labels. */
const TABLE_THREE_GROUPS = [
  ...new Set(
    CURRENT_LAYOUT.rows.map((row) => row.group).filter((group): group is string => group !== undefined && /^（[三四五六]）/.test(group)),
  ),
];
/** A group's label without its numbering, as people say it: 不予公开. */
const groupName = (group: string) => group.replace(/^（[一二三四五六七]）/, '');

/** The table-三 group a question names. */
function groupOf(text: string): string | undefined {
  return TABLE_THREE_GROUPS.find((group) => text.includes(groupName(group)));
}

/**
 * 申请都公开了吗 / 是不是全部公开了: whether every application handled was granted, answered from the
 * handling results (予以公开 against 办结), never from a sentence that merely names 公开.
 */
export const ALL_GRANTED_ASKED =
  /(?:都|全|全部|全都)(?:给|被|予以|已经|已|给予)?公开(?:了)?(?:吗|么|没|没有|嘛|呢)|(?:是不是|是否|有没有)(?:都|全|全部|全都)(?:给|被|予以)?公开/;

/** 都公开了吗 of the applications (申请都公开了吗, or said alone), not of the information published (应公开的信息都公开了吗). */
function allGrantedOfApplications(text: string): boolean {
  return /申请/.test(text) || !/信息|文件|政策|内容|事项|目录|栏目/.test(text);
}

/** Which prose figure a question is about, if any: the question words of the prose-figure catalogue. */
const proseTopic = (text: string): ProseTopic | undefined => proseFigureOfQuestion(text);

/**
 * Applications that are not for government information (专利申请, 项目申请), and what deputies and
 * petitioners send (人大建议, 政协提案, 信访, 收到的留言, 热线来电): not table 三. A report may state those in its prose.
 * 信访举报投诉 written whole (信访举报投诉类的几件) is table 三's row name, 申请 left off: applications it did not process.
 */
const OTHER_APPLICATIONS =
  /(专利|项目|资金|补贴|奖励|商标|资质|职称|落户|低保)申请|申请(专利|项目|资金|补贴|奖励|商标|资质|职称)|人大(?:代表)?建议|政协(?:委员)?提案|建议提案|代表建议|人大议案|议案|^(?!.*(?:申请|不予处理|不处理|信访举报投诉)).*(投诉|举报|信访|来信|来访|留言|信箱|热线|来电)/;

/** A request for a summary of the report (年报说了什么, 有什么亮点, 主要做法, 有哪些做法, 他们是怎么做好信息公开的). */
const SUMMARY =
  /讲了什么|说了什么|写了什么|(?:讲|说|写|谈)了?(?:哪些|哪几个?)方面|主要内容|内容是什么|概要|摘要|亮点|主要做法|有什么做法|(?:有|采取了?)(?:哪些|啥|什么)(?:好的)?(?:做法|经验|特色)|做了哪些工作|(?:怎么|如何|咋)(?:做好?|搞好?|开展|推进|抓好?|落实)(?:的|(?:政府信息公开|政务公开|信息公开)(?:工作)?的?)[?？。]*$|干了什么|总结一下|简单介绍|介绍一下|简单说说|说说|讲讲|大概内容|概括|归纳|总的来说|大致说|大概说|讲的啥|说的啥|讲的什么|说的什么|重点(?:是什么|有哪些|是啥)?[?？。]*$|要点(?!资料|信息|东西|文件|材料|数据|儿|政府)|成绩|成效/;

/** 法人或其他组织 named as one applicant type (法人, 单位, 组织) rather than one of its five columns. */
/**
 * 结转 with no direction: neither 上年结转 (carried in) nor 结转下年度 (carried on) is named, nor a
 * word that says which (过来, 继续办理, 下一年 …), so both rows are what it asks.
 */
/** An act of table 二 on documents asked with a count and no document named (废止了几件, 制发了多少份, 现行有效的有几件). */
const DOCUMENT_ACT_ALONE = /(废止|废除|制发|现行有效)(?:了|的)?(?:有|是|共|一共)?(?:几|多少)[件份个部]?/;
const CARRY = /结转/;
const CARRY_DIRECTION = /上年|上一年|去年|前年|往年|以前|过来|下年|下一年|明年|继续|转到|转入|转至|结转至|带入|未办结|(?:本|今)年结转/;
/**
 * Both carries named, joined (上年结转和结转下年各多少, 结转过来的和转到下一年的分别几件): the two rows, as 结转了多少 with no
 * direction asks them; a bounded gap between the two directions keeps the scan linear.
 */
const BOTH_CARRIES =
  /(?:上一?年|去年|往年|过来|带入)[^，。？?]{0,12}?(?:和|与|跟|及|、|以及)[^，。？?]{0,12}?(?:下一?年|明年|转到|转入|转至)|(?:下一?年|明年|转到|转入|转至)[^，。？?]{0,12}?(?:和|与|跟|及|、|以及)[^，。？?]{0,12}?(?:上一?年|去年|往年|过来|带入)/;
// (单位的申请 / 收到单位的申请: the applications of organisations; never 本单位 / 我单位, the agency speaking of itself.)
const LEGAL_PERSONS = /法人(?!或其他组织[^申]{0,2}(?:中|里))|(?<![本我该各])单位(?:的)?(?:申请|提出)|组织(?:的)?(?:申请|提出)/;

/**
 * Being taken to court, as citizens say it: 行政诉讼, 起诉, 打官司 (or 官司 alone: 官司输了还是赢了), 上法庭, and 告 as a verb
 * (被人告了几次, 有人告过他们吗, 告了他们几回, 有人告过吗) but never inside 报告/公告/告知/广告/警告.
 */
const LAWSUIT =
  /行政诉讼|诉讼|起诉|打(?:过|了)?官司|官司|上法庭|告上法|法院|被告|被[^，。？?]{0,4}(?<![报公广警预通宣])告(?![知示诫诉])|(?<![报公广警预通宣劝])告(了|过)?(他们|它们|他|它|该局|政府|这个|那个|几|多少)|(?<![报公广警预通宣劝])告(?:了|过)(?=[吗嘛么没呢?？]|$)/;

/** 告 as a verb and going to court, as citizens say it, without the word 诉讼 a report prints. */
/**
 * 复议结果怎么样 / 诉讼情况如何 / 官司判了没 / 分别是多少: a review or lawsuit asked for how it ended, which is every result
 * column of table 四 (结果维持、结果纠正、其他结果、尚未审结), not its total alone.
 */
export const APPEAL_RESULTS_ASKED =
  /结果|情况|如何|怎么样|怎样|咋样|啥样|分别|各[是有]|怎么判|判[了得]|审[得的]怎么|输赢|输了|赢了|胜诉|败诉/;
const COLLOQUIAL_LAWSUIT =
  /被[^，。？?]{0,4}(?<![报公广警预通宣])告(?![知示诫诉])(上法庭)?|(?<![报公广警预通宣劝])告(?=(了|过)?(他们|它们|他|它|该局|政府|这个|那个|几|多少))|(?<![报公广警预通宣劝])告(?:了|过)?(?=[吗嘛么没呢?？]|$)|打(?:过|了)?官司|官司|告上法庭|上法庭/;

/**
 * The question in the words reports print (被人告了几次 → 行政诉讼了几次), for reading report sentences. (有人因为信息公开告吗:
 * a bare 告 before the question's end is a lawsuit too, as when the 政府 after it, read as a kind of agency, was taken out.)
 */
export function inReportWords(text: string): string {
  // 年报电子版去哪下载: a report speaks of itself as 本报告.
  const report = text.replace(/年报|年度报告/g, (word, at: number) => (REPORT_ITSELF.test(text.slice(at + word.length)) ? '报告' : word));
  // 被起诉了几次: reports print 提起行政诉讼, not 起诉 (直接起诉 and 复议后起诉 are the table's own words, kept).
  const court = /诉讼/.test(report)
    ? report
    : report.replace(COLLOQUIAL_LAWSUIT, '行政诉讼').replace(/(?<!直接|后|再|又)(?:被(?:人)?)?起诉(?:了|过)?/g, '行政诉讼');
  // 收费了吗 / 收费没: reports write that no fee was taken as 未收取…费用 (收费呢 still asks table 二's 行政事业性收费).
  // 收过费吗 / 有没有收费 / 是否收费 ask the same.
  return court.replace(/(?<!事业性)收(?:过|了)?费(?=了|过|吗|没)|(?<=有没有|是否|有无)收(?:过)?费/g, '收取费用');
}

/** What is asked of the report itself right after its name (电子版, 全文, 下载, 在哪看, its data's period). */
const REPORT_ITSELF =
  /^.{0,4}(?:电子版|全文|原文|下载|在哪看|哪里看|哪儿看|去哪看)|^.{0,3}?(?:数据|统计|依据|根据|依照)|^(?:里|中|上)面?(?:说|讲|写|提)到?的/;

/** Words any figure question may carry besides its row: asking, receiving, the applicant in general. */
const GENERIC_WORDS = [
  '收到',
  '收',
  '受理',
  '提出',
  '申请',
  '信息',
  '公开',
  '政府',
  '政务',
  '办理',
  '处理',
  '一共',
  '总共',
  '总计',
  '合计',
  '全年',
  '全部',
  '那边',
  '这边',
  '人来',
  '作出',
  '作',
  '决定',
  '数量',
  '情况',
  '有人',
  '人家',
  '他们',
  '我们',
  '群众',
  '事',
  '案件',
  '案子',
  '法人',
  '单位',
  '组织',
  '多少',
  '总数',
  '共',
  '政府信息',
  '信息公开',
  '依申请',
  '依申请公开',
  // Function words a question wraps the row in (因为…没法提供的, 法人或者其他组织): no part of a figure.
  '因为',
  '由于',
  '没法',
  '无法',
  '不能',
  '提供',
  '涉及',
  '或者',
  '或是',
  '属于',
  '关于',
  '有关',
  '相关',
  '方面',
  '具体',
  '分别',
  '各自',
  '以及',
  '还有',
  '其中',
  // 年报里收到多少申请 / 年度报告上写的复议几件: the report named as where it is written, no part of a figure.
  '年报',
  '年度报告',
  '报告',
  '报告里',
  '年报里',
];
/** A whole word that is one of them. */
const GENERIC_QUESTION_WORDS = new RegExp(`^(${GENERIC_WORDS.join('|')})$`);

/**
 * The question's content words a cell topic does not account for (网络 in 网络申请有几件, 小区备案 in
 * 申请小区备案信息的有几件): a qualifier that asks for a part the table does not hold. Single
 * characters and generic question words never qualify.
 */
/** Words of the motive of an appeal (不满意, 不服, 不满), not of a kind of appeal. */
const APPEAL_MOTIVE = /^(?:不?满意|不服气?|不满|有意见)$/;
export function unexplainedWords(topic: Topic, words: readonly string[]): string[] {
  if (topic.type !== 'cell') return [];
  const known = knownWordsOf(topic);
  return words.filter(
    (word) =>
      word.length >= 2 &&
      !GENERIC_QUESTION_WORDS.test(word) &&
      !LAWSUIT.test(word) &&
      // 有没有人不满意去复议 / 有人不服告他们吗: being dissatisfied is why anyone appeals, no part of the appeals counted.
      !(topic.row.table === 'appeals' && APPEAL_MOTIVE.test(word)) &&
      !known.some((candidate) => candidate.includes(word) || word.includes(candidate)) &&
      !namesRowFee(topic, word),
  );
}

/**
 * 微博后来怎么处理了 / 意见建议怎么处理的: what is handled is a thing the question names that is no application (an
 * account, a channel, a suggestion), so it asks what was done with it, not table 三's handling results.
 */
function otherThingHandled(text: string): boolean {
  return !/申请|办理结果|办理情况/.test(text) && /微博|公众号|微信|账号|网站|平台|栏目|意见|建议|举报|投诉|问题|隐患/.test(text);
}

/** A word for a fee (信息处理费, 处理费) where the row is about fees (逾期未缴纳费用): it names the row's own fee, not a part of it. */
const FEE_NAMED = /(?:信息)?处理费$|^(?:信息)?处理$|收费$/;
function namesRowFee(topic: Topic & { type: 'cell' }, word: string): boolean {
  return topic.row.label.includes('费') && FEE_NAMED.test(word);
}

/** knownWordsOf's lists by topic (rows, group): a few hundred at most, all from the catalogue. */
const knownWordsByTopic = new Map<string, string[]>();

/** The words a cell topic accounts for: its rows, their columns, its group and the applicant columns (computed once per topic). */
function knownWordsOf(topic: Topic & { type: 'cell' }): string[] {
  const rows = [topic.row, ...(topic.alsoRows ?? [])].map((row) => `${row.key}:${row.label}`);
  const key = `${rows.join('|')}|${topic.group ?? ''}`;
  let words = knownWordsByTopic.get(key);
  if (!words) knownWordsByTopic.set(key, (words = computeKnownWords(topic)));
  return words;
}

function computeKnownWords(topic: Topic & { type: 'cell' }): string[] {
  const known = [topic.row, ...(topic.alsoRows ?? [])].flatMap((row) => [
    ...rowWords(row),
    ...row.columns.flatMap((column) => [column.label, ...column.synonyms]),
  ]);
  if (topic.group) known.push(groupName(topic.group));
  // The group a row belongs to (不予处理 for 信访举报投诉类申请) names it too.
  for (const row of [topic.row, ...(topic.alsoRows ?? [])]) if (row.group) known.push(groupName(row.group));
  for (const column of APPLICANT_COLUMNS) known.push(column.label, ...column.synonyms);
  // 因为没有这个信息答复了几件: every handling result is a reply, so 答复 names no part of an outcome row.
  if ([topic.row, ...(topic.alsoRows ?? [])].some((row) => OUTCOME_ROW.test(row.key))) known.push('答复', '回复');
  return known.filter((word) => word.length > 0).sort((a, b) => b.length - a.length);
}

/** The rows of table 三's handling results (予以公开, 不予公开, 无法提供, 不予处理, 其他处理). */
const OUTCOME_ROW = /^(?:granted|partly_granted|withheld\.|unavailable\.|not_processed\.|other_handling)/;

/** Generic question words and particles, as substrings (GENERIC_QUESTION_WORDS matches whole words). */
const GENERIC_SPANS = new RegExp(`${GENERIC_WORDS.join('|')}|几|了|的|吗|呢|啊|呀|么|是|有|个|件|次|起|项|人`, 'g');

/**
 * Whether a cell question may hold a qualifier (unexplainedWords): two Chinese characters in a
 * row that its topic and the generic question words leave unexplained. Segmenting needs jieba,
 * which a plain figure question (西工区科技局2024年办理了几件行政许可) must not pay for.
 */
export function mayHoldQualifier(topic: Topic, text: string): boolean {
  if (topic.type !== 'cell') return false;
  let rest = text;
  for (const word of knownWordsOf(topic)) if (rest.includes(word)) rest = rest.split(word).join(' ');
  return /[\u4e00-\u9fff]{2}/.test(rest.replace(GENERIC_SPANS, ' '));
}

/** What a question type's recogniser sees: the text and what the catalogue found in it. */
export interface RecogniseContext {
  text: string;
  /** The catalogue row whose label or synonym the text names (longest word wins). */
  row?: Scored<RowDef>;
  /** The prose figure the text names, if any. */
  prose?: ProseTopic;
  /** A prose figure is meant although a row word is present (主动公开 … 信息). */
  proseWins: boolean;
  /** Contact fields named (phone, address …). */
  contactFields: string[];
}

/**
 * A question type's tool for the optional LLM: its slots as a zod object (the tool's JSON schema
 * is generated from it, and a call's arguments are validated with it), and the topic the
 * validated slots make, answered by the same code as the offline question.
 */
export interface QuestionTool<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** The function name the model calls (ASCII, as the API requires). */
  name: string;
  description: string;
  schema: z.ZodObject<Shape>;
  topic(slots: z.infer<z.ZodObject<Shape>>): Topic;
}

/** The slots every tool shares: agencies as the user wrote them, years, and what is asked of the figure. */
export const COMMON_SLOTS = {
  agencies: z.array(z.string().min(2).max(40)).max(5).default([]).describe('机关名称，照用户说法，如“西工区科技局”；跨机关统计时为空数组'),
  years: z.array(z.number().int().min(2000).max(2100)).max(5).optional().describe('年度，如2024'),
  operation: z
    .enum(['value', 'rank', 'total', 'list', 'compare', 'change'])
    .optional()
    .describe('value 单个数字、rank 排名、total 合计、list 哪些机关、compare 比较、change 与上年相比'),
  order: z.enum(['asc', 'desc']).optional().describe('排名方向：desc 最多、asc 最少'),
};

/** The slots shared by every tool, validated and typed. */
export type CommonSlots = z.infer<z.ZodObject<typeof COMMON_SLOTS>>;

/** A tool whose slots are the common ones plus `extra`; typed so that `topic` sees its own slots. */
function questionTool<Extra extends z.ZodRawShape>(
  name: string,
  description: string,
  extra: Extra,
  topic: (slots: z.infer<z.ZodObject<typeof COMMON_SLOTS & Extra>>) => Topic,
): QuestionTool {
  return { name, description, schema: z.object({ ...COMMON_SLOTS, ...extra }), topic } as unknown as QuestionTool;
}

/** A column key as the model may send it, from the catalogue's own columns. */
const keysOf = (columns: readonly ColumnDef[]) => columns.map((column) => column.key) as [string, ...string[]];
const columnByKey = (columns: readonly ColumnDef[], key: string | undefined) => columns.find((column) => column.key === key);
const APPLICANT_SLOT = z
  .enum([...keysOf(APPLICANT_COLUMNS), 'legal_persons'])
  .optional()
  .describe(
    '申请人类型：natural_person 自然人、business 商业企业、research 科研机构、public_interest 社会公益组织、legal_services 法律服务机构、other_org 其他、legal_persons 法人或其他组织合计、total 总计',
  );
/** An applicant slot as the offline engine reads it: a named column, or 法人 as the five organisation columns. */
const applicantTopic = (row: RowDef, applicant: string | undefined): Topic =>
  applicant === 'legal_persons'
    ? { type: 'cell', row, byApplicant: true, legalPersons: true }
    : { type: 'cell', row, column: columnByKey(APPLICANT_COLUMNS, applicant) ?? APPLICANT_COLUMNS[6], byApplicant: false };

/** The column a row is answered in when none is named: 总计 of tables 三 and 四, none of 表二 第一项 (its three are listed), else the row's only one. */
function defaultColumn(row: RowDef): ColumnDef | undefined {
  if (row.columns === APPLICANT_COLUMNS) return APPLICANT_COLUMNS[6];
  if (row.columns === APPEAL_COLUMNS) return APPEAL_COLUMNS[4];
  if (row.columns === DOCUMENT_COLUMNS) return undefined;
  return row.columns[0];
}

/** The slots a question type fills; agency, year and operation are read for every type. */
export type Slot = 'agency' | 'year' | 'row' | 'column' | 'applicant type' | 'channel' | 'operation' | 'section' | 'contact field';

/**
 * One kind of question: how it is recognised (its words; the recogniser decides with the
 * catalogue's findings), its priority (higher is tried first), the slots it fills, and which
 * answer composes the reply (the Topic type the engine answers). Adding a type or a synonym
 * touches only its entry.
 */
export interface QuestionType {
  name: string;
  priority: number;
  /** The words that recognise it, for reading and for the LLM's description. */
  words: RegExp;
  slots: readonly Slot[];
  answers: Topic['type'];
  /** The topic when the question is of this type; `words` are the type's own recognition words. */
  recognise(context: RecogniseContext, words: RegExp): Topic | undefined;
  /** Its tool for the optional LLM; absent where another type's tool asks the same (a second recogniser of one topic). */
  tool?: QuestionTool;
}

const rowByKey = (key: string) => CURRENT_LAYOUT.rows.find((candidate) => candidate.key === key)!;
const ROW_KEYS = CURRENT_LAYOUT.rows.map((row) => row.key) as [string, ...string[]];
// 几个人/多少个人 asks for a count of applicants, not for the 自然人 (个人) column.
const COUNT_OF_PEOPLE = /(?:几|多少)个人/g;
/** 其他 that names a row (其他处理, 其他情形), not the 其他 (organisations) column of applicants. */
const OTHER_OF_A_ROW = /其他(?=处理|情形|原因|方式|渠道|事项)/g;
/** 其他处理(里面|中)(那个|的)“其他”: the group named, then its row 3.其他 (a 其他 not of 处理, 组织, 情形…). */
const OTHER_ROW_AFTER_GROUP =
  /(?<=其他处理)(?:里面?|中|当中|里头|下面|那块|这块)?(?:的)?(?:那个|那一?项|这个|这一?项)?[“"‘']?其[他它][”"’']?(?!处理|组织|单位|机构|情形|原因|方式|渠道|事项)/;
const applicantColumn = (text: string) =>
  bestColumn(text.replace(COUNT_OF_PEOPLE, '').replace(OTHER_OF_A_ROW, ''), APPLICANT_COLUMNS.slice(0, 6)) ?? APPLICANT_COLUMNS[6];

/** Every question type, tried in priority order; the first that recognises the question wins. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  {
    name: 'problems',
    tool: questionTool('report_problems', '某机关年度报告中“存在的主要问题”。', {}, () => ({
      type: 'section',
      section: 'problems',
      focus: 'problems',
    })),
    priority: 160,
    answers: 'section',
    slots: ['agency', 'year', 'section'],
    // 那问题呢 (after a summary or another section): 问题 alone is the whole message; 那沙坡头的问题呢 names its agency before it.
    words:
      /存在(的|哪些|什么)?(主要)?问题|什么问题|哪些问题|有(什么|啥)问题|问题(?:有|是)(?:哪些|哪几个|什么|啥)|不足|短板|薄弱|差距|差在哪|(?:报告|年报)[^，。？?]{0,6}(?:说|讲|提|写|指出)到?的(?:主要)?问题|(?:总结|概括|归纳|说说|讲讲)[^，。？?]{0,16}问题|毛病|缺点|弱项|哪里不好|哪些地方不好|做得不好|(?:为什么|为啥|凭什么)说[^，。？?]{0,12}(?:有问题|不够|不好|单一|较少|不足|不高)|^(?:那|那么)?(?:主要)?问题(?:呢|是啥|是什么|有哪些)?[?？。]*$|^(?:那|那么)?\p{Script=Han}{0,12}?的(?:主要)?问题(?:呢|是啥|是什么|有哪些)[?？。]*$/u,
    recognise: ({ text }, words) => (words.test(text) ? { type: 'section', section: 'problems', focus: 'problems' } : undefined),
  },
  {
    name: 'contacts',
    tool: questionTool(
      'contacts',
      '某机关政府信息公开工作的联系方式（电话、地址、邮箱、邮编、网址、传真、办公时间）。',
      {
        fields: z
          .array(z.enum(CONTACT_FIELDS.map(([, field]) => field) as [string, ...string[]]))
          .min(1)
          .max(7)
          .default(['phone', 'address'])
          .describe('要哪些联系方式'),
      },
      ({ fields }) => ({ type: 'contacts', fields }),
    ),
    priority: 150,
    answers: 'contacts',
    slots: ['agency', 'contact field'],
    words: /电话|地址|邮箱|邮编|网址|传真|办公时间/,
    recognise: ({ row, contactFields }, _words) =>
      contactFields.length > 0 && !row ? { type: 'contacts', fields: contactFields } : undefined,
  },
  {
    name: 'improvements',
    tool: questionTool('report_improvements', '某机关年度报告中的改进情况、下一步措施。', {}, () => ({
      type: 'section',
      section: 'problems',
      focus: 'improvements',
    })),
    priority: 140,
    answers: 'section',
    slots: ['agency', 'year', 'section'],
    // 规划计划 is a kind of information published (规划计划6条), not the plans for improving.
    // 明年干啥 / 接下来要做什么 / 今后咋办 (in a conversation about a report): what it plans next, its improvements.
    words:
      /改进|下一步|整改|措施|怎么改|打算|(?<!规划)计划|如何提升|(?:明年|来年|接下来|今后|往后|以后)(?:要|准备|还要|都)?(?:干|做|搞|怎么办|咋办|咋整|怎么弄)(?:啥|什么|些什么|哪些)?/,
    recognise: ({ text, row }, words) =>
      words.test(text) && !row ? { type: 'section', section: 'problems', focus: 'improvements' } : undefined,
  },
  {
    name: 'other matters',
    tool: questionTool('report_other_matters', '某机关年度报告中“其他需要报告的事项”。', {}, () => ({ type: 'section', section: 'other' })),
    priority: 130,
    answers: 'section',
    slots: ['agency', 'year', 'section'],
    words: /其他需要报告|其他事项/,
    recognise: ({ text }, words) => (words.test(text) ? { type: 'section', section: 'other' } : undefined),
  },
  {
    name: 'reports',
    tool: questionTool('list_reports', '库中有哪些机关、哪些年度的年度报告。', {}, () => ({ type: 'reports' })),
    priority: 120,
    answers: 'reports',
    slots: ['agency', 'year'],
    words:
      /有哪(?:些|几个|几家)(?:(?:机关|单位|局|部门)(?!的?(?:被|遭|收到|接到|受理|新收|办理|办结|答复|主动公开|公开了|发布|发了))|报告|年报)|最(?:新|近)(?:一次|一份|一期)?的?(?:年报|年度报告|报告)(?:是)?(?:哪一?年|几几年|哪个年度|什么时候)|(?:年报|年度报告|报告)(?:是|都是)?(?:哪一?年|哪几年|几几年|哪个年度)的?(?:吗|呢|啊)?[?？]*$|哪些.{0,12}(年报|报告)|(?:年报|报告)(?:出来?|发布?|公布|上传|挂出来?)(?:了(?:吗|没有?|么)|(?:吗|没有?|么)(?=[?？。]*$))|(有没有|有无).{0,8}(年报|报告)|能查到?(?:哪些|什么|哪几年|哪些年份?|几年)|(?:有|能看)哪(?:几|些)年(?:份)?的?(?:年报|报告|数据|资料)?(?:吗|呢)?[?？]*$|(?:有没有|有无|有)[^，。？?]{1,8}?的(?:数据|资料)(?:吗|没有?|呢)?[?？]*$|(?:有|存了|收了|收录了)(?:几个|多少个|几家|多少家)(?:机关|单位|部门|[^，。？?的]{0,8}?局)?的?(?:年报|报告)(?:吗|呢)?[?？]*$|(?:存了|收了|收录了?|一共有|总共有|共有)(?:几个|多少个|几家|多少家)(?:机关|单位|部门)(?:吗|呢|啊)?[?？]*$|(?:库里|库中|你们|数据库里?|系统里)(?:一共|总共|共)?有(?:几个|多少个|几家|多少家)(?:机关|单位|部门)(?:的(?:年报|年度报告|报告|数据|资料))?(?:吗|呢|啊)?[?？]*$|(?<![全本][县市区镇乡省])(?:几个|多少个|几家|多少家)(?:机关|单位|部门)(?:有|交了|报了|发了|发布了|公布了)(?:年报|年度报告|报告)(?:吗|呢|啊)?[?？]*$|(?:哪些|哪几个|几个|多少个)(?:城市|地级市|地市|省份?|省区市|省市|县区|区县|县市|县)(?:的|呢|吗|啊|[?？]|$|(?=能查|可以查|能问|有年报|有报告))|(?:有|能查|可以查|收录了?|覆盖了?|涉及)(?:哪些|哪几个|几个|多少个)(?:地方|地区)(?:的(?:数据|资料|报告|年报)?)?(?:吗|呢|啊)?[?？]*$|(?:哪些|哪几个|几个|多少个)(?:地方|地区)的(?:数据|资料|报告|年报)?(?:吗|呢|啊)?[?？]*$|是哪(?:一|几)?年的?(?:年报|年度报告|报告)(?:吗|呢|啊)?[?？]*$|(?:年报|年度报告|报告)(?:是)?最新(?:的)?(?:吗|呢|啊)?[?？]*$|有(?:\d{4}年|[^，。？?\d]{0,4}?[年度份])的?(?:年报|年度报告|报告)(?:吗|么|嘛|没有?|不)[?？]*$|(?:几|多少)(?:年|份|个年度)的?(?:年报|年度报告|报告)(?:吗|呢|啊)?[?？。]*$|(?:年报|年度报告|报告)(?:一共|总共|共)?有?(?:几|多少)(?:年|份|个年度)的?(?:吗|呢|啊)?[?？]*$|(?:\d{4}年|\d{2}年|今年|去年|前年|上一?年)度?的?(?:年报|年度报告|报告)(?:有(?:吗|么|嘛|没有?)|有没有)[?？]*$|(?<![全本][县市区镇乡省])(?:几个|多少个|几家|多少家)[^，。？?]{0,6}?(?:局|委|办|镇|乡|街道|政府)(?:都)?(?:交了|交过|报了|发布了|发了|公布了|公开了|出了|上传了)(?:年报|年度报告|报告)(?:吗|呢)?[?？]*$/,
    // (都有哪些单位被告过 / 有哪几个部门收到申请: the agencies of a figure, listed by it, not which reports are held.)
    recognise: ({ text, row }, words) => ((words.test(text) || STORE_RECENCY.test(text)) && !row ? { type: 'reports' } : undefined),
  },
  {
    name: 'summary',
    tool: questionTool('report_summary', '某机关年度报告的要点摘要（年报说了什么、有什么亮点）。', {}, () => ({
      type: 'section',
      section: 'overview',
      focus: 'summary',
    })),
    priority: 110,
    answers: 'section',
    slots: ['agency', 'year'],
    words: SUMMARY,
    recognise: ({ text, row }, _words) =>
      SUMMARY.test(text) && !row
        ? { type: 'section', section: 'overview', focus: /亮点/.test(text) ? 'highlights' : 'summary' }
        : undefined,
  },
  {
    name: 'overview',
    tool: questionTool('report_overview', '某机关年度报告的“总体情况”一节。', {}, () => ({ type: 'section', section: 'overview' })),
    priority: 100,
    answers: 'section',
    slots: ['agency', 'year', 'section'],
    // 概况类信息 (概况类信息19条, one of a website's kinds of items beside 政务动态信息) is a count, not section 一.
    words: /总体情况|整体情况|概况(?!类)|基本情况/,
    recognise: ({ text, row }, words) => (words.test(text) && !row ? { type: 'section', section: 'overview' } : undefined),
  },
  {
    name: 'table-三 group',
    tool: questionTool(
      'application_result_group',
      '依申请公开办理结果中的一组（不予公开、无法提供、不予处理、其他处理）及其各项。',
      { group: z.enum(TABLE_THREE_GROUPS.map(groupName) as [string, ...string[]]).describe('办理结果的组'), applicant: APPLICANT_SLOT },
      ({ group, applicant }) => {
        const full = TABLE_THREE_GROUPS.find((candidate) => groupName(candidate) === group)!;
        const rows = CURRENT_LAYOUT.rows.filter((candidate) => candidate.group === full);
        return {
          type: 'cell',
          row: rows[0],
          alsoRows: rows.slice(1),
          group: full,
          column: columnByKey(APPLICANT_COLUMNS, applicant) ?? APPLICANT_COLUMNS[6],
        };
      },
    ),
    priority: 90,
    answers: 'cell',
    slots: ['agency', 'year', 'row', 'applicant type'],
    words: /不予公开|无法提供|不予处理|其他处理/,
    recognise: ({ text, row }, _words) => {
      const group = groupOf(text);
      if (!group || (row?.item.group && group !== row.item.group && row.length > 4)) return undefined;
      // 因为重复申请不予处理的: a row of the group named by its own words (not the group's) is that row.
      if (row?.item.group === group && rowWords(row.item).some((word) => word.length >= 2 && text.includes(word) && !group.includes(word)))
        return undefined;
      // 其他处理里面那个“其他”: a second 其他 after the group's name is its row 3.其他, not the 其他 (organisations) column.
      if (/其他处理/.test(group) && OTHER_ROW_AFTER_GROUP.test(text))
        return { type: 'cell', row: rowByKey('other_handling.other'), column: applicantColumn(text.replace(OTHER_ROW_AFTER_GROUP, '')) };
      const rows = CURRENT_LAYOUT.rows.filter((candidate) => candidate.group === group);
      return { type: 'cell', row: rows[0], alsoRows: rows.slice(1), group, column: applicantColumn(text) };
    },
  },
  {
    name: 'handling results',
    tool: questionTool(
      'handling_results',
      '依申请公开的办理结果（予以公开、部分公开、不予公开……逐项）。',
      { applicant: APPLICANT_SLOT },
      ({ applicant }) => ({
        type: 'cell',
        row: rowByKey('handled_total'),
        column: columnByKey(APPLICANT_COLUMNS, applicant) ?? APPLICANT_COLUMNS[6],
        breakdown: true,
      }),
    ),
    priority: 80,
    answers: 'cell',
    slots: ['agency', 'year', 'applicant type'],
    words: new RegExp(
      `办理结果|办理情况|怎么处理|如何处理|处理结果|处理情况|^(那|那么)?(最后)?结果(呢|如何|怎么样|怎样|是什么)|${ALL_GRANTED_ASKED.source}`,
    ),
    recognise: ({ text, row }, words) =>
      words.test(text) &&
      (!ALL_GRANTED_ASKED.test(text) || allGrantedOfApplications(text)) &&
      !otherThingHandled(text) &&
      (!row || ['handled_total', 'received'].includes(row.item.key) || (row.item.key === 'granted' && ALL_GRANTED_ASKED.test(text)))
        ? { type: 'cell', row: rowByKey('handled_total'), column: applicantColumn(text), breakdown: true }
        : undefined,
  },
  {
    name: 'table cell',
    tool: questionTool(
      'table_figure',
      '年度报告表格中的一个数字：表二（规章、规范性文件、行政许可、行政处罚、行政强制、行政事业性收费……）、表三（申请与办理结果）、表四（行政复议、行政诉讼）。',
      {
        row: z
          .enum(ROW_KEYS)
          .describe('表格行键：licensing 行政许可、penalties 行政处罚、received 新收申请、granted 予以公开、review 行政复议 …'),
        column: z
          .enum([...new Set([...keysOf(APPLICANT_COLUMNS), ...keysOf(APPEAL_COLUMNS), ...keysOf(DOCUMENT_COLUMNS)])] as [
            string,
            ...string[],
          ])
          .optional()
          .describe('列：natural_person 自然人、business 商业企业、total 总计、upheld 维持、issued 本年制发 …'),
      },
      ({ row: key, column: columnKey }) => {
        const row = rowByKey(key);
        return {
          type: 'cell',
          row,
          column: row.columns.find((candidate) => candidate.key === columnKey) ?? defaultColumn(row),
          byApplicant: false,
        };
      },
    ),
    priority: 70,
    answers: 'cell',
    slots: ['agency', 'year', 'row', 'column', 'applicant type', 'operation'],
    words: /行政许可|行政处罚|申请|复议|诉讼|规章|规范性文件|收费/,
    recognise: ({ text, row, proseWins }, _words) => {
      if (!row || proseWins) return undefined;
      // 微博后来怎么处理了: 处理了 names table 三's total only when what was handled is an application.
      if (row.item.key === 'handled_total' && otherThingHandled(text)) return undefined;
      const byApplicant =
        row.item.table === 'applications' &&
        /谁提出|谁申请|谁来申请|哪些人|什么人|申请人(情况|类型|构成|都是|分布|是(?:什么|哪|谁))|哪类|分别|法人或其他组织|法人/.test(text);
      const columns = row.item.columns;
      let column: ColumnDef | undefined;
      if (columns === APPLICANT_COLUMNS)
        column =
          bestColumn(text.replace(COUNT_OF_PEOPLE, '').replace(OTHER_OF_A_ROW, ''), APPLICANT_COLUMNS.slice(0, 6)) ??
          (byApplicant ? undefined : APPLICANT_COLUMNS[6]);
      else if (columns === APPEAL_COLUMNS) column = bestColumn(text, APPEAL_COLUMNS.slice(0, 4)) ?? APPEAL_COLUMNS[4];
      else if (columns === DOCUMENT_COLUMNS) column = bestColumn(text, DOCUMENT_COLUMNS);
      else column = defaultColumn(row.item);
      // 复议结果怎么样: every result column, when the question names none of them.
      const everyColumn = columns === APPEAL_COLUMNS && column?.key === 'total' && APPEAL_RESULTS_ASKED.test(text) ? true : undefined;
      // 行政诉讼 alone covers both kinds of lawsuit.
      if (row.item.key === 'review' && LAWSUIT.test(text) && !/直接起诉|复议后起诉|未经复议/.test(text)) {
        const afterReview = rowByKey('litigation_after_review');
        return {
          type: 'cell',
          row: rowByKey('litigation_direct'),
          column,
          alsoRows: /行政复议/.test(text) ? [afterReview, row.item] : [afterReview],
          everyColumn,
        };
      }
      return { type: 'cell', row: row.item, column, byApplicant, everyColumn };
    },
  },
  {
    name: 'lawsuits',
    tool: questionTool(
      'lawsuits',
      '因政府信息公开被提起的行政诉讼（未经复议直接起诉和复议后起诉）。',
      {
        column: z
          .enum(keysOf(APPEAL_COLUMNS))
          .optional()
          .describe('结果：upheld 维持、corrected 纠正、other 其他、pending 尚未审结、total 总计'),
      },
      ({ column }) => ({
        type: 'cell',
        row: rowByKey('litigation_direct'),
        column: columnByKey(APPEAL_COLUMNS, column) ?? APPEAL_COLUMNS[4],
        alsoRows: [rowByKey('litigation_after_review')],
      }),
    ),
    priority: 60,
    answers: 'cell',
    slots: ['agency', 'year', 'column'],
    words: LAWSUIT,
    recognise: ({ text }, words) => {
      if (!words.test(text)) return undefined;
      const column = bestColumn(text, APPEAL_COLUMNS.slice(0, 4));
      return {
        type: 'cell',
        row: rowByKey('litigation_direct'),
        column: column ?? APPEAL_COLUMNS[4],
        alsoRows: [rowByKey('litigation_after_review')],
        // 行政诉讼情况如何: every result column of both kinds of lawsuit.
        everyColumn: !column && APPEAL_RESULTS_ASKED.test(text) ? true : undefined,
      };
    },
  },
  {
    name: 'applicants',
    tool: questionTool('applicants_breakdown', '新收的政府信息公开申请由哪些申请人提出（按申请人类型分列）。', {}, () => ({
      type: 'cell',
      row: rowByKey('received'),
      byApplicant: true,
    })),
    priority: 50,
    answers: 'cell',
    slots: ['agency', 'year', 'applicant type'],
    // 申请都是谁提的, 主要是个人还是企业: who applied, in citizens' words.
    words:
      /谁提出|谁申请|谁提的|谁交的|申请[^，。？?]{0,4}都是谁|申请人(情况|类型|构成|都是|分布|是(?:什么|哪|谁))|什么人.*申请|(?:个人|自然人|公民|老百姓)还是(?:企业|单位|公司|法人)|(?:企业|单位|公司|法人)还是(?:个人|自然人|公民|老百姓)/,
    recognise: ({ text }, words) => (words.test(text) ? { type: 'cell', row: rowByKey('received'), byApplicant: true } : undefined),
  },
  {
    name: 'prose figure',
    tool: questionTool(
      'prose_figure',
      '年度报告正文中的固定数字：proactive_items 主动公开信息条数、followers 关注人数、trainings 培训、open_day_guests 开放日、rd_spending 研发投入、suggestions 意见建议、fees_collected 信息处理费。',
      { figure: z.enum(PROSE_TOPICS).describe('哪一项') },
      ({ figure }) => ({ type: 'prose', key: figure }),
    ),
    priority: 40,
    answers: 'prose',
    slots: ['agency', 'year', 'channel', 'operation'],
    words: /主动公开|关注|粉丝|培训|开放日|研发|意见建议|信息处理费|收费/,
    recognise: ({ prose }, _words) => (prose ? { type: 'prose', key: prose } : undefined),
  },
  {
    name: 'applications received',
    tool: questionTool(
      'applications_received',
      '收到（新收）的政府信息公开申请件数，可按申请人类型。',
      { applicant: APPLICANT_SLOT },
      ({ applicant }) => applicantTopic(rowByKey('received'), applicant),
    ),
    priority: 30,
    answers: 'cell',
    slots: ['agency', 'year', 'applicant type'],
    // 那申请呢 / 兴安盟的申请呢: applications named bare with 呢 ask how many came (网上申请呢, 怎么申请呢 ask otherwise).
    // (X局申请量 / 申请数的变化趋势: their number named at the end, how many came, over the years when a trend is asked.)
    words:
      /(收到|接到|受理|提出|新收).*(申请)|申请.*(多少|几)(件|个|份)|(多少|几)(件|个|份)(?:政府)?(?:信息公开)?申请|申请.*(多少|几).*(提的|提出|交的|递交)|有(没有)?(人|企业|公司|单位|谁|群众|律师|个人|机构|组织|法人(?:或其他组织)?|其他组织|公民|自然人|老百姓)(?:向[^，。？?\s]{1,8}?)?(来|去)?(申请|提出申请)|(?:自然人|个人|公民|群众|老百姓|法人|企业|公司|单位|科研机构|公益组织|律师事务所|律所|律师|法律服务机构|其他组织)(?:来|去)?有?(?:没有|没)?(?:提出|提交|提)?申请(?:过|了)?的?(?:有没有|有吗|有么|有没|吗|么|没有?|没)[?？。!！]*$|(多少|几)(个)?(人|家)(来|去)?申请|申请[^，。？?]*(多少|几)(家|位)|(多少|几)(家|位)(企业|公司|单位|律所|机构|组织)[^，。？?]*申请|(自然人|个人|公民|群众|老百姓|法人|企业|公司|科研机构|公益组织|律师事务所|律所|法律服务机构|其他组织)(的)?申请(的)?(有|是|共|一共)?(多少|几)|(?:年|的|谁|个)申请(?:件数|数量|数)?(?:最多|最少|更多|更少|多|少)(?:一些|一点)?[吗呢?？]*$|(?<!网络|网上|当面|信函|邮寄|传真|邮件|电话|书面|现场|线上|线下)申请(?:数|数量|件数|量)?(?:有|是|共|一共|总共|加起来|加一起|加在一起|合起来|合计|总计)?(?:多少|几)[件个份]?[呢吗啊呀?？]*$|(?:有|差了?|多了?|少了?|相差)(?:多少|几)[件个份]?申请|申请(?:人|者|的人)(?:是|都是|主要是)[^，。？?]{1,8}还是|(?:年|的)申请(?:件数|数量|数|量)?比(?:上一?年|去年|前年|(?:19|20)?\d{2}年)|(?:年|的|比|^那?|[，,])申请(?:件数|数量|数|量)?(?:是)?(?:多了|少了|增加|减少|上升|下降|变多|变少|哪(?:一)?年(?:多|少|更多|更少))|(?<!网络|网上|当面|信函|邮寄|传真|邮件|电话|书面|现场|线上|线下|怎么|如何|去哪|哪里|可以|能|要|想|再|重新|撤回|撤销|驳回)申请(?:情况|数量|件数|数)?(?:呢|啊|呀)[?？。!！]*$|(?<!网络|网上|当面|信函|邮寄|传真|邮件|电话|书面|现场|线上|线下)申请(?:件数|数量|数|量)的?(?:变化趋势|变化|趋势|走势|增减|情况|怎么样|咋样|如何)?(?:呢|啊|呀)?[?？。!！]*$/,
    recognise: ({ text }, words) =>
      words.test(text) && !OTHER_APPLICATIONS.test(text)
        ? { type: 'cell', row: rowByKey('received'), column: applicantColumn(text) }
        : undefined,
  },
  {
    name: 'work done',
    priority: 20,
    answers: 'section',
    slots: ['agency', 'year'],
    // 我想问下路桥区人社局去年的情况: an agency's year asked about as a whole, nothing else named.
    words:
      /总体情况|整体情况|概况(?!类)|基本情况|做了(什么|哪些)|工作情况|^[^，。？?\d]{0,10}的情况(?:怎么样|咋样|如何)?[呢吗啊？?。!！]*$/,
    recognise: ({ text }, words) => (words.test(text) ? { type: 'section', section: 'overview' } : undefined),
  },
  {
    name: 'contacts (with a figure word)',
    priority: 10,
    answers: 'contacts',
    slots: ['agency', 'contact field'],
    words: /电话|地址|邮箱|邮编|网址|传真|办公时间/,
    recognise: ({ contactFields }, _words) => (contactFields.length > 0 ? { type: 'contacts', fields: contactFields } : undefined),
  },
];

const ORDERED_TYPES = [...QUESTION_TYPES].sort((a, b) => b.priority - a.priority);

/** The topic of the highest-priority question type that recognises the question. */
export function recogniseTopic(context: RecogniseContext): Topic | undefined {
  for (const type of ORDERED_TYPES) {
    const topic = type.recognise(context, type.words);
    if (topic) return topic;
  }
  return undefined;
}

/** Rows of the 2019 trial layout that the 2021 layout has no row for (政府集中采购). */
const TRIAL_ONLY_ROWS = TRIAL_LAYOUT.rows.filter((row) => row.table === 'proactive' && sameRowIn(CURRENT_LAYOUT, row) === undefined);
/** Columns of the 2019 trial layout's table 二 that the 2021 layout dropped (上一年项目数量, 本年增/减, 本年新制作数量 …). */
const TRIAL_ONLY_COLUMNS: ColumnDef[] = (() => {
  const current = new Set(CURRENT_LAYOUT.rows.flatMap((row) => row.columns.map((column) => column.key)));
  const found = new Map<string, ColumnDef>();
  for (const row of TRIAL_LAYOUT.rows)
    if (row.table === 'proactive') for (const column of row.columns) if (!current.has(column.key)) found.set(column.key, column);
  return [...found.values()];
})();

/** Whether a column is one only the 2019 trial layout prints (a 2021 report has no such column to answer). */
export function isTrialOnlyColumn(column: ColumnDef | undefined): boolean {
  return column !== undefined && TRIAL_ONLY_COLUMNS.some((candidate) => candidate.key === column.key);
}

/**
 * What only the 2019 trial layout prints: its own rows (政府集中采购了几个项目, 采购金额) and, on
 * a table-二 row both layouts share, its own columns (行政处罚上一年项目数量, 规范性文件对外公开总数).
 * The engine answers them from a 2019 report and says a 2021 report has no such row or column.
 */
function trialLayoutTopic(text: string, topic: Topic | undefined): Topic | undefined {
  // A trial-only row named whole (其他对外管理服务事项) wins over a shorter word of another row inside it (其他).
  const named = (row: RowDef) =>
    Math.max(
      0,
      ...rowWords(row)
        .filter((word) => text.includes(word))
        .map((word) => word.length),
    );
  const shorter = topic?.type === 'cell' && topic.row.table !== 'proactive';
  if (!topic || (topic.type === 'cell' && topic.row.table === 'proactive') || shorter) {
    for (const row of TRIAL_ONLY_ROWS) {
      // (采购总金额多少: a column's own words that hold the row's word, 采购, name that row too.)
      const columnWords = row.columns
        .flatMap((column) => [column.label, ...column.synonyms])
        .filter((word) => row.synonyms.some((synonym) => word.includes(synonym)));
      const longest = Math.max(
        0,
        ...[row.label, ...row.synonyms, ...columnWords]
          .filter((word) => word.length >= 4 && text.includes(word))
          .map((word) => word.length),
      );
      if (longest === 0 || (shorter && topic?.type === 'cell' && named(topic.row) >= longest)) continue;
      return { type: 'cell', row, column: bestColumn(text, row.columns) ?? row.columns[0] };
    }
  }
  // 收费项目减少了多少: the 2019 layout counts fee items, with their change on the year before.
  if (!topic && /收费项目/.test(text) && /减少|增加|增减|多了|少了|变化/.test(text)) {
    const fees = CURRENT_LAYOUT.rows.find((row) => row.key === 'fees_wan_yuan');
    const change = TRIAL_ONLY_COLUMNS.find((column) => column.key === 'change');
    if (fees && change) return { type: 'cell', row: fees, column: change };
  }
  if (topic?.type !== 'cell' || topic.row.table !== 'proactive') return topic;
  // 上一年有几项 / 比上年多了几项: the items counted the year before, and the change on it (the 2019 layout counts items, 项).
  const spoken = /比上一?年(?:多|少|增加|减少|增)(?:了)?(?:几|多少)项/.test(text)
    ? 'change'
    : /上一?年(?:有|是|共)?(?:几|多少)项/.test(text)
      ? 'previous_items'
      : undefined;
  const spokenColumn = TRIAL_ONLY_COLUMNS.find((column) => column.key === spoken);
  if (spokenColumn) return { ...topic, column: spokenColumn };
  // Words of three characters or more only: 增减 alone asks a change between years, not the column.
  const column = TRIAL_ONLY_COLUMNS.find((candidate) =>
    [candidate.label, ...candidate.synonyms].some((word) => word.length >= 3 && text.includes(word)),
  );
  return column ? { ...topic, column } : topic;
}

/**
 * How recent the store is (哪个单位的年报最新, 最新的年报是哪年的, 你们多久更新一次, 数据什么时候更新的, 2025年的年报都出来了吗):
 * the years held and when reports were last stored, not any one report's figure.
 */
export const STORE_RECENCY =
  /(?:年报|年度报告|报告|数据|资料)(?:是|都是)?最新的?(?:是)?(?:哪|几)|哪(?:个|家|些)(?:单位|机关|部门)?的?(?:年报|年度报告|报告)(?:是)?最新|最新的?(?:年报|年度报告|报告|数据|资料)(?:是|到)?(?:哪|几|什么时候)|(?:你们|库里|库中|系统|数据|资料|年报|报告)[^，。？?]{0,6}(?:多久|什么时候|啥时候|何时|最近(?:一次)?(?:是)?什么时候)(?:更新|导入|录入|上传|同步)|(?:最近|上次|最后)(?:一次)?(?:更新|导入|录入)(?:是|在)?(?:什么时候|啥时候|哪天|几号|何时)|(?:更新|导入|录入)(?:到|至)(?:哪|几|什么时候)|(?:(?:19|20)?\d{2}|[一二〇零○]{2,4})年度?的?(?:年报|年度报告|报告)(?:都|全|已经|全部)?(?:出来|出齐|发布|公布|交齐|交)了?(?:吗|没有?|么|嘛)|(?:年报|年度报告|报告)(?:都|全)(?:出来|出齐|发布|公布|交齐)了?(?:吗|没有?|么|嘛)/;

/** 哪些渠道 / 什么方式 / 哪几个平台: the question asks which ways, a list, not a count. */
const WHICH_CHANNELS = /(?:哪些|什么|哪几种|哪几个|哪种)(?:渠道|途径|方式|平台|载体|形式)/;

/** 排个名 / 排一下 / 排个序 / 按…排: the question asks for a ranking in other words (not 排队, 安排, 排查). */
export const RANK_VERB =
  /(?<!安)排(?:个|一下|一排|排)?(?:名|序|位)|(?<!安)排(?:一下|排)|按.{1,12}?(?:从[多高大少低小].{0,2}到[少低小多高大].{0,2})?排(?!队|查|污|放|水)/;

/** 科技局里谁被复议了 / 街道当中有谁收到申请 / 科技局里有几个收到过申请: who, among the agencies of a kind. */
export const KIND_AMONG_WHO =
  /(?:局|委|办|厅|政府|街道|镇|乡|部门|单位|机关)(?:里|中|当中|之中|里面|里头)(?:有)?(?:谁|几个|几家|多少个|多少家)/;

/** 有几个单位被复议 / 多少个部门收到过申请: how many agencies did a thing (not 几个单位申请, applicants counted). */
const BODIES_COUNTED_DID =
  /(?<![全本][县市区镇乡省])(?:几个|多少个|几家|多少家)(?:单位|部门|机关)(?:都|还)?(?:被|收到|接到|受理|办理|办结|遭|没有?收到)/;

/** 平均收到几件 / 平均每个局公开多少条 / 平均数是多少: an average asked. */
const AVERAGE_ACROSS =
  /平均(?:下来)?(?:每(?:一|个|家)?(?:个|家)?(?:单位|机关|部门|局|镇|乡|街道|县|区)?)?[^，。？?平]{0,10}?(?:多少|几)|平均数|平均值|均值/;
/** An average over time or per period, or of a time taken (平均每月, 平均用时几天, 平均多久, 平均办理时间): no average across agencies. */
const AVERAGE_NOT_ACROSS =
  /平均[^，。？?]{0,8}?(?:每?(?:个)?(?:月|季度|周|天|日|年)|时间|时长|用时|多久|多长|工作日|小时)|每(?:个)?(?:月|季度|周|天|年)平均/;

/** Understand one question (already normalised with normalizeQuestion). */
/** Questions whose reading is kept: most questions differ only in the agency's name, which is read apart. */
const UNDERSTOOD_KEPT = 4096;
const understood = new LRUCache<string, Readonly<Understanding>>({ max: UNDERSTOOD_KEPT });

/**
 * What a question asks: years, topic, operation. A pure function of the text and the current year, so a reading is
 * kept and given again (frozen: callers copy it before changing anything). Callers pass the question without the
 * agencies' names, so 某局2024年办理了几件行政许可 of every agency is read once.
 */
/** A bare thing with a question mark (通知公告？, 工作动态？): asked as 通知公告呢 is, of what was just asked. */
const BARE_THING_ASKED = /^(?!.*(?:几|多少|哪|什么|啥|吗|么|怎|谁|为何|如何|是否|有没有))\p{Script=Han}{2,8}[?？]+$/u;
/** 23年的 / 2023年度 / 前年的: a year alone, the reply a citizen types to 哪一年 or to move the last question to it, with no 呢. */
const BARE_YEAR_REPLY = /^(?:(?:19|20)?\d{2}年度?|[二〇零一三四五六七八九]{2,4}年|今年|去年|前年)的?[?？。!！]*$/;

/** 谁收到的申请少 / 哪个发的信息少: fewer asked with the thing between who and 少 (never the 少 of 多少, nor 少于). */
const FEWER_OF_WHICH = /(?:谁|哪个|哪家|哪一个)[^，,。？?]{1,12}?(?<!多)(?:少|低)(?![于了])/;

export function understand(text: string, currentYear: number): Readonly<Understanding> {
  const key = `${currentYear}\u0000${text}`;
  let reading = understood.get(key);
  if (reading === undefined) {
    const fresh = understandAfresh(text, currentYear);
    Object.freeze(fresh.years);
    reading = Object.freeze(fresh);
    understood.set(key, reading);
  }
  return reading;
}

/**
 * Names that begin with a superlative (最低生活保障 of “最低生活保障”信息81条, 最低工资, 最高人民法院, 最多跑一次): a thing named,
 * no ranking asked.
 */
const SUPERLATIVE_NAMES = /最低生活保障|最低工资|最低收入|最高人民(?:法院|检察院)|最多跑一次/g;
const withoutSuperlativeNames = (text: string) => text.replace(SUPERLATIVE_NAMES, '');

function understandAfresh(text: string, currentYear: number): Understanding {
  const years = findYears(text, currentYear);
  // 复议找哪个部门 / 向哪个机关申请: where to go, asked with 哪个, is no question across the stored agencies.
  // (存在的问题有哪些 / 改进措施都有哪些: the items of one report's section, listed; 都有哪些年份的报告: the years of one
  // agency's reports; 不予公开的都有哪些 / 不予公开的理由有哪些: the rows of a table 三 group, of the report asked or talked of;
  // 打算做好哪几个方面: the parts of one report's plans; 说了哪些不足 / 有哪些改进措施: one report's problems and plans, the
  // noun after 哪些 as before it.)
  const acrossAgencies =
    /(?<![找向到去跟])哪个|(?<!(?:问题|措施|举措|不足|短板|困难|差距|理由|原因|情形|类型|种类|类别|信息|内容|事项|材料|文件|资料|东西|(?:不予公开|无法提供|不予处理|其他处理)的?)(?:都|还)?(?:有|是)?)哪些(?!年|信息|内容|事项|情况|材料|文件|方面|东西|渠道|形式|途径|地方|问题|资料|不足|短板|困难|差距|措施|举措|改进|打算|工作|做法|亮点|成绩|成效|经验|特色)|哪家|哪一个|哪几个(?!年|方面|部分|问题|措施|举措|领域|渠道|平台|方式|形式)|各(?![类种项样])(个|[\u4e00-\u9fa5]{0,6}?(?:局|委|办|厅|政府|办事处|部门|单位|机关|街道|乡镇)|(?:县|区|市|乡镇|镇|乡|街道)级?的?[\u4e00-\u9fa5]{0,6}?(?:局|委|办|政府|办事处|部门|单位|机关))|所有|全部(?!(?:给|被|予以)?公开)|这些|这几个|这几家|几个局|几家(?!企业|公司|科技型|高新|众创|孵化|机构|医院|学校|银行|工厂|合作社|媒体|报纸|单位参观)/.test(
      text,
    ) ||
    /谁(?!提出|申请|来申请).{0,14}(多|少|高|低)/.test(text) ||
    // 科技局里谁被复议了 / 街道当中有谁收到申请: who, among the agencies of a kind.
    KIND_AMONG_WHO.test(text) ||
    // 宁夏有几个单位被复议 / 多少个部门收到过申请: how many of the agencies did a thing.
    BODIES_COUNTED_DID.test(text);
  let operation: Operation = 'value';
  let rankOrder: 'desc' | 'asc' | undefined;
  // 各科技局平均收到几件申请 / 街道平均每个公开多少条: the agencies' average (a total, divided by their number). Not an
  // average over time or per period (平均每月, 平均用时几天, 平均多久), which one report's sentences state.
  const average = AVERAGE_ACROSS.test(text) && !AVERAGE_NOT_ACROSS.test(text);
  if (average) operation = 'total';
  else if (/一共|总共|合计|加起来|总和|共计|累计/.test(text) && /各|所有|全部|这些|一共|总共|合计|加起来/.test(text) && acrossAgencies)
    operation = 'total';
  // 2024年申请比去年多还是少 / 比23年多还是少: one body's year against another is a change, not a ranking.
  else if (!acrossAgencies && /多还是少/.test(text) && /比(?:去年|上年|上一年|前一年|前年|(?:19|20)?\d{2}年)/.test(text))
    operation = 'change';
  else if (
    /最多|最高|最大|最少|最低|最小|排名|排行|前几|多还是少|谁多|谁少|哪个多|哪个少|较多|更多|更少/.test(withoutSuperlativeNames(text)) ||
    RANK_VERB.test(text)
  ) {
    operation = 'rank';
    rankOrder =
      /最少|最低|最小|更少|谁少|哪个少|从[少低小].{0,2}到|升序/.test(withoutSuperlativeNames(text)) || FEWER_OF_WHICH.test(text)
        ? 'asc'
        : 'desc';
  } else if (acrossAgencies && /哪个|哪些|哪家|哪几个|谁/.test(text)) operation = 'list';
  else if (/比去年|比上年|比上一年|比前一年|同比|增长|增加|减少|下降|上升|变化|变动|多了|少了|相比/.test(text)) operation = 'change';
  // 甲县 乙县 丙县 谁收到的申请少: named agencies weighed by the engine whatever the operation read; which way is asked.
  if (rankOrder === undefined && FEWER_OF_WHICH.test(text)) rankOrder = 'asc';

  // 接听了多少通电话 counts calls, 电话申请 is a way to apply, 电话答复的呢 the messages answered by phone: none asks for the
  // phone number.
  const callsCounted = /(多少|几)[通个次]?电话|电话.{0,3}(多少|几)[通个次]|接听|来电|电话(申请|咨询|提出|答复|回复|回访|告知)/.test(text);
  // 传真申请几件 / 邮件提交了多少申请 count applications sent that way: no fax number or address is asked.
  const sentByCounted = /(?:传真|邮件|邮箱)(?:方式)?(?:申请|提出|提交|递交|寄来|发来)/.test(text) && /多少|几/.test(text);
  // 官网官博发了多少条 / 官网上公开了几篇: items posted on the official website are counted, no web address is asked.
  const postedOnSiteCounted = POSTED_COUNT.test(text);
  const contactFields = CONTACT_FIELDS.filter(
    ([pattern, field]) =>
      pattern.test(text) &&
      !(field === 'phone' && callsCounted) &&
      !(sentByCounted && (field === 'fax' || field === 'email')) &&
      !(
        field === 'website' &&
        (postedOnSiteCounted || SITE_VISITS.test(text) || (ITEMS_ON_SITE.test(text) && !SITE_ADDRESS_ASKED.test(text)))
      ),
  ).map(([, field]) => field);
  const row = bestRow(text);
  const prose = proseTopic(text);
  // 主动公开 of information items is a prose figure, unless a table-二 row (规章, 行政许可 …) is named.
  const proseWins =
    prose !== undefined &&
    row !== undefined &&
    (row.length <= 2 || (prose === 'proactive_items' && /主动公开/.test(text) && row.item.table !== 'proactive'));
  let topic = trialLayoutTopic(text, recogniseTopic({ text, row, prose, proseWins, contactFields }));
  // 通过哪些渠道公开信息: a list of channels the report's sentences name, not the count of items published.
  if (topic?.type === 'prose' && topic.key === 'proactive_items' && WHICH_CHANNELS.test(text) && !/多少|几[条个次]/.test(text))
    topic = undefined;
  if (topic?.type === 'cell' && topic.row.table === 'applications' && OTHER_APPLICATIONS.test(text)) topic = undefined;
  // 废止了几件 / 现行有效的有多少份, no kind of document named: table 二's act of both its kinds of document (行政规范性文件 and
  // 规章), as a report counts them; a follow-up's remembered kind (规范性文件废止了几件, then 制发的呢) is read before this.
  if (!topic && !prose && !row) {
    const act = DOCUMENT_ACT_ALONE.exec(text)?.[1];
    const column = act ? DOCUMENT_COLUMNS.find((candidate) => candidate.synonyms.some((word) => act.startsWith(word))) : undefined;
    if (column) topic = { type: 'cell', row: rowByKey('normative_documents'), column, alsoRows: [rowByKey('rules')] };
  }
  // 申请办结率多少 / 答复率是多少: a rate the prose prints (办结率100%), which no cell of table 三 holds.
  if (topic?.type === 'cell' && STATED_RATE_ASKED.test(text)) topic = undefined;
  // 法人 (or 单位) is the five organisation columns together, never the 总计 column.
  if (
    topic?.type === 'cell' &&
    topic.row.columns === APPLICANT_COLUMNS &&
    LEGAL_PERSONS.test(text) &&
    (!topic.column ||
      topic.column.key === 'total' ||
      topic.byApplicant ||
      // 法人或其他组织 whole is the group, not its last column 其他 (whose synonym 其他组织 it contains).
      (topic.column.key === 'other_org' && /法人或其他组织(?![^申]{0,2}[中里])/.test(text)))
  ) {
    topic = { ...topic, column: undefined, byApplicant: true, legalPersons: true };
  }
  // A ranking or a total across agencies would add carried-in to carried-on; only one agency's figures are given both.
  if (
    topic?.type === 'cell' &&
    !topic.alsoRows &&
    (topic.row.key === 'carried_over' || topic.row.key === 'carried_forward') &&
    CARRY.test(text) &&
    (!CARRY_DIRECTION.test(text) || BOTH_CARRIES.test(text)) &&
    operation === 'value' &&
    !acrossAgencies
  )
    topic = { ...topic, row: rowByKey('carried_over'), alsoRows: [rowByKey('carried_forward')] };
  const followUp =
    /^(那|那么|还有|再问|换成|改成|其中|里面)/.test(text) ||
    /呢[?？]?$/.test(text) ||
    BARE_THING_ASKED.test(text) ||
    BARE_YEAR_REPLY.test(text);
  if (years.length >= 2 && operation === 'value') operation = 'change';
  return { text, years, topic, operation, rankOrder, acrossAgencies, followUp, ...(average ? { average } : {}) };
}
