/**
 * Traditional → simplified Chinese, for matching only: older government pages and mirror sites
 * print 繁体 (主動公開, 紅寺堡區). Callers keep the text as printed for quoting and convert a copy
 * to compare. opencc-js carries OpenCC's maintained dictionaries (Taiwan and Hong Kong variants
 * included), which a hand-made character table would not.
 */
import { Converter } from 'opencc-js/t2cn';

/** Traditional characters (Taiwan, Hong Kong or generic variants) → mainland simplified. */
const twToCn = Converter({ from: 'tw', to: 'cn' });
const hkToCn = Converter({ from: 'hk', to: 'cn' });

/** Quick test: does the text hold a character that conversion could change? Pure ASCII and most simplified text does not. */
const MAYBE_TRADITIONAL = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The simplified form of `text`, same length for all but rare phrases; text without Han characters is returned as it is. */
export function toSimplified(text: string): string {
  if (!MAYBE_TRADITIONAL.test(text)) return text;
  return hkToCn(twToCn(text));
}

/** Whether the text reads differently once simplified, i.e. holds traditional characters. */
export function hasTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}
