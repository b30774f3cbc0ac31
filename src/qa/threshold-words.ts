/**
 * A bound a citizen says in words, not digits (一千条以上吗, 超过两千条了吗, 有没有上百件, 过百了吗, 上万了没有), written as the
 * digits the weighing of one count reads (1000条以上, 超过2000条, 100件以上, 超过100件, 10000条以上). Only a bound before a
 * measure word, or 上百 / 过百 / 上千 / 上万 alone; the count itself is always the store's.
 */

const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** 一千 / 两百 / 七百 / 十 / 三千五百: a whole number in words (one or two places, no 零). */
const NUMBER_IN_WORDS = /([一二两三四五六七八九]?[十百千万](?:[一二两三四五六七八九][十百千])?)(?=[条件个次项篇份]|以上|以下)/u;
/** 上百 / 过百 / 上千 / 上万 / 破千 said alone (with or without a measure word). */
const ROUND_BOUND = /(上|过|破|超)(百|千|万)(?:了)?([条件个次项篇份])?/u;
const MEASURE = /[条件个次项篇份]/u;

function numberOf(words: string): number | undefined {
  let total = 0;
  let at = 0;
  while (at < words.length) {
    const digit = DIGIT[words[at]];
    const place = PLACE[words[digit === undefined ? at : at + 1]];
    if (place === undefined) return undefined;
    total += (digit ?? 1) * place;
    at += digit === undefined ? 1 : 2;
  }
  return total > 0 ? total : undefined;
}

/** The question with its bound in digits, and the measure word it takes from the words asked when none follows the bound. */
export function withBoundInDigits(text: string): string {
  // Cheap test first: a place word of a number.
  if (!/[十百千万]/u.test(text)) return text;
  const round = ROUND_BOUND.exec(text);
  if (round) {
    // (收到的申请过百了吗: no measure word said; applications are counted in 件, items published in 条.)
    const unit =
      round[3] ?? MEASURE.exec(text.slice(0, round.index))?.[0] ?? (/申请/u.test(text) ? '件' : /公开|发布/u.test(text) ? '条' : '');
    if (unit === '') return text;
    const value = PLACE[round[1 + 1]];
    const bound = round[1] === '上' ? `${value}${unit}以上` : `超过${value}${unit}${round[0].includes('了') ? '了' : ''}`;
    return `${text.slice(0, round.index)}${bound}${text.slice(round.index + round[0].length)}`;
  }
  const said = NUMBER_IN_WORDS.exec(text);
  if (!said) return text;
  const value = numberOf(said[1]);
  return value === undefined ? text : `${text.slice(0, said.index)}${value}${text.slice(said.index + said[1].length)}`;
}

/**
 * 有一千条吗 / 有500件吗 / 有没有两百条 / 有没有50件: a round number asked after 有 (a hundred or more, its last two places 0;
 * after 有没有, any ending in 0) asks whether the count reaches it, not whether it is that number (咸宁 printed 698条: 有一千条吗 is 没有, not 不是1000条). Written as the
 * 达到 the weighing of one count reads; any other number after 有 (有197条吗) stays a check of the number itself.
 */
const REACH_ASKED = /(?<![是不])(?:有([1-9]\d?00+)|有没有([1-9]\d?0+))([条件个次项篇份])(?=(?:了)?(?:吗|么|嘛|没有?)?[?？。!！]*$)/u;

export function withReachAsked(text: string): string {
  const asked = REACH_ASKED.exec(text);
  if (!asked) return text;
  return `${text.slice(0, asked.index)}达到${asked[1] ?? asked[2]}${asked[3]}${text.slice(asked.index + asked[0].length)}`;
}
