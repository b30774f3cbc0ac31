/**
 * Whether two Han characters are read as one syllable, tones aside (官 and 关: guan; 局, 句 and 据: ju), as a phone's pinyin
 * keyboard mistypes one for the other. One pinyin initial is not enough (沙 sha and 山 shan, 华 hua and 虹 hong name other
 * streets). The readings come from pinyin-pro's maintained dictionary, loaded on first use (synchronously, through its CommonJS
 * build), every reading of a polyphone counted (句: ju or gou).
 */
import { createRequire } from 'node:module';

type Pinyin = (text: string, options: { toneType: 'none'; multiple?: boolean; type: 'array' }) => string[];

let pinyin: Pinyin | null | undefined;

/** pinyin-pro's converter, or null when the package cannot be loaded (then no two characters are read as alike). */
function converter(): Pinyin | null {
  if (pinyin === undefined) {
    try {
      pinyin = (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin;
    } catch {
      pinyin = null;
    }
  }
  return pinyin;
}

const readings = new Map<string, readonly string[]>();

/** The toneless readings of one Han character (行 → xing, hang, heng); none for anything else. */
function readingsOf(character: string): readonly string[] {
  let known = readings.get(character);
  if (known === undefined) {
    const convert = converter();
    known =
      convert && /^\p{Script=Han}$/u.test(character)
        ? convert(character, { toneType: 'none', multiple: true, type: 'array' }).filter((reading) => /^[a-zü]+$/.test(reading))
        : [];
    readings.set(character, known);
  }
  return known;
}

/** Whether the two characters share a reading, tones aside (官 and 关, not 沙 and 山). */
export function sameSyllable(written: string, meant: string): boolean {
  if (written === meant) return true;
  const meantReadings = readingsOf(meant);
  return readingsOf(written).some((reading) => meantReadings.includes(reading));
}

/**
 * A Han text spelled out in toneless pinyin as a phone's keyboard takes it (新疆 → xinjiang, 绿 → lv): the words read as
 * pinyin-pro reads them in context (长春 → changchun); undefined when a character is not Han or the package is missing.
 */
export function spelledOut(text: string): string | undefined {
  const convert = converter();
  if (!convert || !/^\p{Script=Han}+$/u.test(text)) return undefined;
  return convert(text, { toneType: 'none', type: 'array' }).join('').replace(/ü/g, 'v');
}
