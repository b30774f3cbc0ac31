/**
 * A count printed right after a total glued to the word opening its breakdown, with no mark between (收到政府信息公开申请87分别为
 * 予以公开45件, 受理申请36其中予以公开20件: the crawl lost the comma, and maybe the total's measure word): the count is the
 * breakdown's item's (予以公开), never the total's, whose words (收到…申请) stand before the breakdown word in the same clause.
 */

/** A number (with its measure word, if printed) glued to 分别为 / 分别是 / 其中. */
const TOTAL_GLUED_TO_BREAKDOWN = /\d(?:余)?(?:万?[条件篇项个次份])?(?:分别[为是]|其中)/g;

/**
 * Whether the count at `at` stands after a total glued to its breakdown word within its clause, and none of the question's
 * matched words (two characters or more) is printed between that word and the count only, not before it too (公开 of 予以公开
 * is also the total's 信息公开申请): the count answers none of the words that are its own.
 */
export function countAfterGluedTotal(sentence: string, at: number, matched: readonly string[]): boolean {
  let start = at;
  while (start > 0 && !/[，,；;。：:]/.test(sentence[start - 1])) start -= 1;
  const clause = sentence.slice(start, at);
  const glued = [...clause.matchAll(TOTAL_GLUED_TO_BREAKDOWN)].at(-1);
  if (glued === undefined) return false;
  const head = clause.slice(0, glued.index);
  const after = clause.slice((glued.index ?? 0) + glued[0].length);
  return !matched.some((word) => word.length >= 2 && after.includes(word) && !head.includes(word));
}

/**
 * A bare count glued between two words of a list item (政务动态信息885信息公开目录信息30条: the crawl lost 条 and the mark after
 * 885), the question's own words printed right before it. Its measure word is the one the next count of the same clause prints
 * (条 of 30条), returned; undefined otherwise.
 */
export function gluedBareUnit(sentence: string, at: number, length: number, matched: readonly string[]): string | undefined {
  if (!/\p{Script=Han}/u.test(sentence[at - 1] ?? '') || !/\p{Script=Han}/u.test(sentence[at + length] ?? '')) return undefined;
  // (2022年, 5个方面, 310余期, 12大类: a date or a count with its own measure word is no bare count.)
  if (MEASURED_AFTER.test(sentence.slice(at + length))) return undefined;
  // (收到政府信息公开申请87分别为予以公开45件: a total glued to its breakdown is left unread, countAfterGluedTotal's case.)
  if (/^(?:分别[为是]|其中)/.test(sentence.slice(at + length))) return undefined;
  if (!matched.some((word) => word.length >= 2 && sentence.slice(at - word.length, at) === word)) return undefined;
  const next = /^\p{Script=Han}{2,16}?\d+(?:\.\d+)?(?:余|多)?([条篇件项个次])/u.exec(sentence.slice(at + length));
  return next?.[1];
}

/** What follows a number that is no bare count: a date's word, or a measure word (余 or 多, 万 or 亿, 大 or 小 before it). */
const MEASURED_AFTER =
  /^(?:[年月日号]|[余多]?[万亿]?[余多]?[大小]?(?:[条篇件项个次期类种批份家人名位场起宗例封本册部套台处所户元天周月]|人次|万|亿))/;

/**
 * Whether the count at `at` stands after such a glued bare count in its clause while the question's words (two characters or
 * more) are printed only before the glued one (政务动态信息 of 政务动态信息885…30条): the count is the next item's, not the one asked.
 */
export function countAfterGluedBare(sentence: string, at: number, matched: readonly string[]): boolean {
  let start = at;
  while (start > 0 && !/[，,；;。：:、(（]/.test(sentence[start - 1])) start -= 1;
  const clause = sentence.slice(start, at);
  const glued = [...clause.matchAll(/(?<=\p{Script=Han})\d+(?:\.\d+)?(?=\p{Script=Han})/gu)].at(-1);
  if (glued === undefined || glued.index === undefined) return false;
  if (!/^\p{Script=Han}{2,16}$/u.test(clause.slice(glued.index + glued[0].length))) return false;
  if (gluedBareUnit(sentence, start + glued.index, glued[0].length, matched) === undefined) return false;
  const head = clause.slice(0, glued.index);
  const after = clause.slice(glued.index + glued[0].length);
  return !matched.some((word) => word.length >= 2 && after.includes(word) && !head.includes(word));
}
