/**
 * The prose sentences inside a table section (二、三、四). Many reports write sentences around
 * their tables, and the 2019 trial layout puts whole paragraphs there ("2022年制作、获取政府信息
 * 总数473条，其中主动公开政府信息123条……"). The table itself is answered from cells and must never
 * be quoted: its text is labels glued to digit runs, whose numbers belong to no sentence.
 */
import { splitSentences } from './segment.js';

/** Words only a table's own text holds (column heads, row labels with their numbering). */
const TABLE_VOCABULARY =
  /第二十条|信息内容|本年制发|本年废止|现行有效件数|本年新制作|本年新公开|对外公开总数量|处理决定数量|勾稽|申请人情况|本年新收|上年结转|结果维持|结果纠正|尚未审结|复议后起诉|直接起诉|属于国家秘密|三安全一稳定|不予处理|无法提供|区分处理的|收费金额|项目数量|采购总金额/;
/** A run of digits glued together, or spaced one by one, as table rows print (640020470, 0 0 0 0): no figure of a sentence. */
const DIGIT_RUN = /\d{6,}(?![年条件项人次篇个万亿元%.])|(?:\d\s+){3,}\d/;
/** A sub-heading inside the section ((二)主动公开政府信息的主要类别): prose starts after it. */
const SUB_HEADING = /[（(][一二三四五六七八九十][）)]|(?<![\d.])[1-9][.、．](?=\p{Script=Han})/u;

/** The sentences of a table section's text that are prose: split at sub-headings, without table text, ending as a sentence does. */
export function tableSectionSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const sentence of splitSentences(text)) {
    for (const piece of sentence.split(SUB_HEADING)) {
      const trimmed = piece.trim();
      if (!/[。；;！!？?]$/.test(trimmed)) continue;
      if (TABLE_VOCABULARY.test(trimmed) || DIGIT_RUN.test(trimmed)) continue;
      if ((trimmed.match(/\p{Script=Han}/gu)?.length ?? 0) < 8) continue;
      sentences.push(trimmed);
    }
  }
  return sentences;
}
