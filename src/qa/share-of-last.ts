/**
 * 占比多少 / 占百分之几 after a count read from a sentence that prints its share right after it (不予公开39件,占8.6%;
 * “部分公开”36件,占61%): that share, read from the same sentence, is the answer; never another count's share.
 */
import type { Answer, Fact } from './engine.js';

/** A share asked of the last figure, in a short follow-up (占比多少, 占百分之几, 比例呢, 占多少). */
const SHARE_ASKED = /^(?:那|那么|其中)?(?:它|这个|这些)?(?:占比|占的?比例|比例|比重|占(?:了)?(?:百分之|多少|几)|百分比|百分之(?:多少|几))/;

export function shareOfLast(last: Fact | undefined, text: string): Answer | undefined {
  const asked = text.replace(/[\s？?。！!]/g, '');
  if (!last?.sentence || last.key !== 'sentence' || asked.length > 12 || !SHARE_ASKED.test(asked)) return undefined;
  if (last.unit === '%') return undefined;
  const sentence = last.sentence.replace(/\s+/g, '');
  const value = String(last.value).replace('.', '\\.');
  // The count, its measure word, then 占 (or 占比, 占已答复件数的) and the share, before the next count or clause mark.
  const found = new RegExp(
    `(?<![\\d.])${value}${last.unit}[”"]?[，,]?[（(]?(?:占(?:比|比例)?[^\\d，,；;。]{0,12}?|占比)(\\d+(?:\\.\\d+)?)\\s*[%％]`,
    'u',
  ).exec(sentence);
  if (!found) return undefined;
  const share = Number(found[1]);
  const start = Math.max(0, ...[...'，,；;。：:、'].map((mark) => sentence.lastIndexOf(mark, found.index) + 1));
  const clause = sentence.slice(start, found.index + found[0].length);
  return {
    kind: 'figure',
    answer: `${last.agency}${last.year}年：${clause}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [{ ...last, value: share, unit: '%' }],
  };
}

/**
 * 占比多少 after a count read from a table (无法提供的几件 → table 三's 31件) whose report also prints it in a sentence with its
 * share (无法提供31件，占38.27%): the share of the sentence whose clause names the row (one of `words`) right before that same
 * count. Undefined unless exactly one such sentence prints it.
 */
export function shareBesideTableCount(
  head: Fact,
  sentences: ReadonlyArray<readonly [section: string, sentence: string]>,
  words: readonly string[],
  text: string,
): Answer | undefined {
  const asked = text.replace(/[\s？?。！!]/g, '');
  if (head.sentence || head.key === 'sentence' || head.unit === '%' || asked.length > 12 || !SHARE_ASKED.test(asked)) return undefined;
  const value = String(head.value).replace('.', '\\.');
  const count = new RegExp(`(?<![\\d.])${value}${head.unit}`, 'gu');
  const found = sentences.flatMap(([section, printed]) => {
    const sentence = printed.replace(/\s+/g, '');
    const named = [...sentence.matchAll(count)].some((match) => {
      const at = match.index ?? 0;
      const start = Math.max(0, ...[...'，,；;。：:、'].map((mark) => sentence.lastIndexOf(mark, at) + 1));
      const clause = sentence.slice(start, at);
      return words.some((word) => word.length >= 2 && clause.includes(word));
    });
    if (!named) return [];
    const share = shareOfLast({ ...head, key: 'sentence', sentence: printed, source: { ...head.source, section } }, text);
    return share ? [share] : [];
  });
  return found.length === 1 ? found[0] : undefined;
}
