/** Small text helpers for the entry conversation: the default year, commands, questions. */
import { shanghaiMonth, shanghaiYear } from '../core/clock.js';
import { normalizeText, parseChineseNumber } from '../report/normalize.js';

/**
 * The report year a clerk means by "填报": last year in January to March (the reports are due
 * by 31 January and 31 March), else the current year, in China's time zone.
 */
export function defaultReportYear(now: Date): number {
  const year = shanghaiYear(now);
  return shanghaiMonth(now) <= 3 ? year - 1 : year;
}

/** A message as a command: full-width folded, trimmed, without closing punctuation. */
export function commandText(text: string): string {
  return normalizeText(text)
    .trim()
    .replace(/[。.!！~～]+$/, '')
    .trim();
}

/** A year written in digits or Chinese numerals (2025, 二〇二五). */
export function parseYear(text: string): number | undefined {
  const value = parseChineseNumber(text);
  return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : undefined;
}

/** An ordinary question a staff member may ask the citizen assistant. */
export function looksLikeQuestion(text: string): boolean {
  return /[?？]|多少|几[件个项条次人家]|[吗呢吧]$|怎么|什么|哪|为什么|如何|是否|能不能|可不可以/.test(text);
}

/** Counted in characters, as a clerk would count. */
export function characterCount(text: string): number {
  return [...text.replace(/\s/g, '')].length;
}
