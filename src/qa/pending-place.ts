/**
 * A citizen's reply to the bot's own question of which agency (您问的是哪个卫健局？) or which year, joined to the question that
 * was asked back: the place said and the year said, each where the question wants it, and the words that only pointed at
 * an agency in mind (那个, 我们这边的) left out of the question once a place names it.
 */

/**
 * Words before the kind in a question asked back that point at an agency the citizen had in mind (那个卫健局, 我们这边的发改局,
 * 我想问哈那个应急局): once the reply names the place, they would stand between it and the kind (平度那个卫健局).
 */
const POINTER_WORDS =
  '(?:(?:我们|咱们|俺们|我)?(?:这边|这里|这儿|那边|那里|当地|本地)的?(?:那个|这个)?|(?:我们|咱们|俺们)(?![区县市镇乡省州旗街])|那个|这个|那家|这家)';
const POINTER_BEFORE_KIND = new RegExp(`^(?:(?:我想|想|我)?(?:问|请问)(?:一?下|哈|问)?${POINTER_WORDS}?|${POINTER_WORDS})`, 'u');

/** The question asked back without the words that only pointed at an agency (那个卫健局… → 卫健局…); unchanged if none lead it. */
export function pendingWithoutPointer(pending: string): string {
  const rest = pending.replace(POINTER_BEFORE_KIND, '');
  return rest.length >= 2 ? rest : pending;
}

/** A yes (对, 是的, 嗯) or 就是 said before the place or year of a reply: it answers, and names nothing. */
const ASSENT_BEFORE = /^(?:对的?|是的|嗯+|就是|对对)[，,\s]*/u;

/**
 * A reply of a place and a year in one (重庆市的 25年 / 平度的2023年 / 对 24年): the place alone, without the 的 or 那个 that
 * ends it, and the year words said, to lead the question asked back (25年重庆市应急局…).
 */
export function replyPlaceAndYears(input: string, yearWords: RegExp): { place: string; years: string } {
  const years = (input.match(yearWords) ?? []).join('');
  const place = input
    .replace(yearWords, '')
    .replace(/[\s，,。！!？?～~]+/gu, '')
    .replace(ASSENT_BEFORE, '')
    .replace(/(?<=\p{Script=Han})(?:的|那个|那家|这个|这家)(?:呢|嘛|哦|噻)?$/u, '');
  return { place, years };
}
