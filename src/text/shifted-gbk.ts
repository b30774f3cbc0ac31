/**
 * A spam mirror's copy garbled one byte out of step: a GBK page whose stream lost a byte just before a full-width bracket
 * reads （地址：徐聞縣… as ?。ǖ刂罚盒炻効h…, every character after it made of the second byte of one and the first of the
 * next, until an ASCII byte (a digit, a letter) brings the two readings back in step. The mark is the bracket itself: 。
 * (A1A3) then a character whose first byte is A8 (pinyin letters ǎ ǖ, bopomofo ㄒ), which read one byte later is （ (A3A8).
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
let loadedIconv: Iconv | undefined;
/** iconv-lite, required on first use: only a page with the garbled bracket needs it, and a one-shot `ask` never does. */
function iconv(): Iconv {
  loadedIconv ??= createRequire(import.meta.url)('iconv-lite') as Iconv;
  return loadedIconv;
}

/** ?。 (or the replacement character) then a character of the GBK row A8: the garbled （. */
const SHIFTED_BRACKET = /[?\uFFFD]。(?=[\u00EA\u00FC\u0101-\u01DC\u0251\u0261\u1E3F\u3105-\u3129])/g;

const SHIFTED_BRACKET_AT = new RegExp(SHIFTED_BRACKET.source);

/** The text with each run garbled one byte out of step read again in step (?。ǖ刂罚盒炻効h和安鎮 → （地址：徐聞縣和安鎮). */
export function repairShiftedGbk(text: string): string {
  if (!text.includes('。')) return text;
  return text.replace(/[^\n]*/g, (line) => (SHIFTED_BRACKET_AT.test(line) ? repairLine(line) : line));
}

function repairLine(line: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    SHIFTED_BRACKET.lastIndex = from;
    const mark = SHIFTED_BRACKET.exec(line);
    if (!mark) break;
    const rest = line.slice(mark.index + 1);
    const repaired = inStep(rest);
    if (repaired === undefined) {
      out += line.slice(from, mark.index + mark[0].length);
      from = mark.index + mark[0].length;
      continue;
    }
    out += line.slice(from, mark.index) + repaired.text;
    from = mark.index + 1 + repaired.consumed;
  }
  return out + line.slice(from);
}

/**
 * The garbled run at the start of `rest` (from its 。) read one byte later, up to where both readings agree again: the text
 * and how many characters of `rest` it replaces; undefined when it does not read as a bracket or never comes back in step.
 */
function inStep(rest: string): { text: string; consumed: number } | undefined {
  // Characters GBK cannot write would be lost on the way back: the run may not reach one.
  const chars = [...rest];
  let end = 0;
  while (end < chars.length && end < 80 && iconv().decode(iconv().encode(chars[end], 'gbk'), 'gbk') === chars[end]) end += 1;
  const window = chars.slice(0, end).join('');
  const shifted = iconv().decode(iconv().encode(window, 'gbk').subarray(1), 'gbk');
  // Bytes a mirror dropped inside the run read as other characters (（订筥時限 for （二）公開時限): only a bracket that reads as a
  // heading's number or a label ((一), （地址：) is taken.
  if (!/^（(?:[一二三四五六七八九十]{1,3}）|[\p{Script=Han}]{1,6}[：:])/u.test(shifted)) return undefined;
  // Back in step where the two readings share the rest of the window.
  for (let at = 1; at < window.length; at += 1) {
    const tail = window.slice(at);
    if (tail.length >= 2 && shifted.endsWith(tail)) {
      const text = shifted.slice(0, shifted.length - tail.length);
      if (text.includes('\uFFFD')) return undefined;
      return { text, consumed: at };
    }
  }
  return undefined;
}
