/**
 * The LLM's number guard: every number in a reply, in Arabic or Chinese numerals and with any
 * multiplier (三万元, 一千二百件, 1.2万, 两件), must be a value the tools returned as a fact,
 * or a number inside a sentence the tools returned that the reply itself quotes. Numbers in
 * free text elsewhere in a tool result (an imported report controls that text) do not count.
 */
import { parseChineseNumber } from '../report/normalize.js';

/** One number as written in a text, with the values it may stand for (2007万元 is 2007 in 万元, or 20,070,000). */
export interface WrittenNumber {
  text: string;
  values: number[];
}

const CHINESE_DIGIT = '零〇○一二两三四五六七八九';
const CHINESE_NUMERAL = new RegExp(`[${CHINESE_DIGIT}十百千万亿]+`, 'g');
/** Measure words and units after which a lone Chinese digit is a number (两件, 三次), not part of a word (统一, 一些). */
const AFTER_NUMERAL = /^(?:万|亿|元|件|条|项|个|名|人|位|家|次|场|期|篇|份|批|宗|所|年|月|日|号|天|倍|成|%|多|余)/;
/** Words written with numeral characters that are not numbers. */
const NON_NUMBER_WORDS = [
  '十分',
  '万一',
  '一些',
  '一样',
  '一起',
  '一直',
  '一般',
  '一定',
  '一律',
  '一致',
  '一旦',
  '一切',
  '千万',
  '万分',
  '一体',
  '统一',
  '唯一',
  '进一步',
  '一步',
  '一次性',
  '一方面',
  '第一',
  '之一',
  '一是',
  '二是',
  '三是',
  '四是',
  '五是',
  '一下',
  '一共',
  '一同',
  '同一',
  '一并',
  '逐一',
  '三安全一稳定',
  '三审三校',
  '三区',
];

function multiplier(next: string): number {
  if (next.startsWith('亿')) return 100_000_000;
  if (next.startsWith('万')) return 10_000;
  return 1;
}

/** Every number written in the text (NFKC first, so full-width digits count), Arabic and Chinese. */
export function writtenNumbers(input: string): WrittenNumber[] {
  const text = input.normalize('NFKC');
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) {
    const raw = Number(match[0].replace(/,/g, ''));
    const next = text.slice((match.index ?? 0) + match[0].length);
    const factor = multiplier(next);
    found.push({ text: match[0] + (factor > 1 ? next[0] : ''), values: factor > 1 ? [raw, raw * factor] : [raw] });
  }
  for (const match of text.matchAll(CHINESE_NUMERAL)) {
    const word = match[0];
    const at = match.index ?? 0;
    const next = text.slice(at + word.length);
    // 万 or 亿 after Arabic digits is that number's multiplier, counted above.
    if (/^[万亿]+$/.test(word) || /[\d.]/.test(text[at - 1] ?? '')) continue;
    const around = text.slice(Math.max(0, at - 3), at + word.length + 3);
    if (NON_NUMBER_WORDS.some((entry) => entry.includes(word) && around.includes(entry))) continue;
    const hasPlace = /[十百千万亿]/.test(word);
    // A lone digit character counts only before a measure word; a place character (十, 百 …) always counts.
    if (!hasPlace && !AFTER_NUMERAL.test(next) && word.length < 2) continue;
    const value = parseChineseNumber(word.replace(/两/g, '二').replace(/○/g, '〇').replace(/亿/g, '万万'));
    if (!Number.isFinite(value)) continue;
    const factor = /[万亿]$/.test(word) ? 1 : multiplier(next);
    found.push({ text: word, values: factor > 1 ? [value, value * factor] : [value] });
  }
  return found;
}

/** What the tools returned that a reply may state. */
export interface GuardEvidence {
  /** Fact values (and each fact's unit, for 万元 figures written as 万). */
  facts: Array<{ value: number; unit: string; year: number }>;
  /** Sentences the tools returned (report sentences, guide answers). */
  sentences: string[];
  /** Texts whose numbers are trusted as they are (the guide, written by the project, not imported). */
  trusted: string[];
  /** Years the user named (2024年): the reply may repeat them. */
  years: number[];
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/[\s“”"'‘’《》「」]/g, '');

/** The numbers in `reply` that no evidence supports (empty: the reply may go out). */
export function unsupportedNumbers(reply: string, evidence: GuardEvidence): string[] {
  const allowed = new Set<number>();
  for (const fact of evidence.facts) {
    allowed.add(fact.value);
    allowed.add(fact.year);
    if (fact.unit.startsWith('万')) allowed.add(fact.value * 10_000);
  }
  for (const year of evidence.years) allowed.add(year);
  for (const text of evidence.trusted) for (const number of writtenNumbers(text)) for (const value of number.values) allowed.add(value);
  // A sentence's number counts only when the reply quotes the clause that holds it.
  const flatReply = squeeze(reply);
  for (const sentence of evidence.sentences) {
    for (const clause of squeeze(sentence).split(/[，。；：,;:！？!?]/)) {
      if (clause.length < 4 || !flatReply.includes(clause)) continue;
      for (const number of writtenNumbers(clause)) for (const value of number.values) allowed.add(value);
    }
  }
  return writtenNumbers(reply)
    .filter((number) => !number.values.some((value) => allowed.has(value)))
    .map((number) => number.text);
}
