/**
 * Whether two Han characters are read as one syllable, tones aside (官 and 关: guan; 局, 句 and 据: ju), as a phone's pinyin
 * keyboard mistypes one for the other. One pinyin initial is not enough (沙 sha and 山 shan, 华 hua and 虹 hong name other
 * streets). The readings come from pinyin-pro's maintained dictionary, loaded on first use (synchronously, through its CommonJS
 * build), every reading of a polyphone counted (句: ju or gou).
 */
import { createRequire } from 'node:module';

type Pinyin = (text: string, options: { toneType: 'none'; multiple: true; type: 'array' }) => string[];

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
 * Whether Latin letters spell a Han text in toneless pinyin, any reading of each character (wuhai → 乌海, yongan → 永安; ü typed
 * as v or u): how a region is typed whole on a phone whose Chinese input is off.
 */
export function spelledInPinyin(typed: string, han: string): boolean {
  const target = typed.toLowerCase();
  let reached = new Set<number>([0]);
  for (const character of han) {
    const forms = readingsOf(character).flatMap((reading) =>
      reading.includes('ü') ? [reading.replace(/ü/g, 'v'), reading.replace(/ü/g, 'u')] : [reading],
    );
    if (forms.length === 0) return false;
    const next = new Set<number>();
    for (const at of reached) for (const form of forms) if (target.startsWith(form, at)) next.add(at + form.length);
    if (next.size === 0) return false;
    reached = next;
  }
  return reached.has(target.length);
}
