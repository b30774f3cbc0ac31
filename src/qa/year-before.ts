/**
 * 前一年呢 / 那上一年的呢 / 再往前一年呢 after a question of one year answered from a sentence (2025年公开了多少件建议提案复文):
 * the year before the one asked, not the calendar's last year (去年) nor the latest report again.
 */
const YEAR_BEFORE_ONLY = /^(?:那|那么)?(?:再往前|往前|再)?(?:上一年|前一年|上一个年度|头一年)度?(?:的)?(?:呢|啊|是多少|多少)?[?？。!！]*$/;

/** The year a question names in four digits (2025年), group 1. */
const FULL_YEAR = /((?:19|20)\d{2})年/;

/** Whether a message is only the year before, said relatively (前一年呢). */
export function yearBeforeOnly(input: string): boolean {
  return YEAR_BEFORE_ONLY.test(input);
}

/** The year before the one the last question named, with its 年 (2025年 → 2024年); undefined when it named none. */
export function yearBeforeAsked(input: string, lastQuestion: string): string | undefined {
  if (!YEAR_BEFORE_ONLY.test(input)) return undefined;
  const named = FULL_YEAR.exec(lastQuestion)?.[1];
  return named ? `${Number(named) - 1}年` : undefined;
}
