/**
 * Traditional → simplified Chinese, for matching only: older government pages and mirror sites
 * print 繁体 (主動公開, 紅寺堡區). Callers keep the text as printed for quoting and convert a copy
 * to compare. opencc-js carries OpenCC's maintained dictionaries (Taiwan and Hong Kong variants
 * included), which a hand-made character table would not. Building its dictionaries costs about
 * 150 ms, so they load on the first text that holds a traditional character, never at start-up.
 */
import { createRequire } from 'node:module';
import { TRADITIONAL_CHARACTERS } from './traditional-chars.js';

type Convert = (text: string) => string;

/**
 * One flag per UTF-16 code unit: every listed character is in the BMP (0x3400–0xFAFF), so a
 * surrogate is never one, and a typed-array lookup by char code is several times faster than a
 * Set lookup per iterated character (hasTraditional runs over whole reports at import).
 */
const TRADITIONAL = new Uint8Array(0x10000);
for (let index = 0; index < TRADITIONAL_CHARACTERS.length; index += 1) TRADITIONAL[TRADITIONAL_CHARACTERS.charCodeAt(index)] = 1;
/**
 * 么 is on the list (alone, the converter makes it 幺: 在么 became 在幺) but simplified text writes it
 * everywhere (什么, 怎么, 在么), so it never asks for a conversion and a conversion keeps it as written.
 */
const SIMPLIFIED_ME = /么/g;
/** A private-use character 么 stands as while the converter runs. */
const KEPT_ME = '\uE000';

function anyTraditional(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (TRADITIONAL[text.charCodeAt(index)] === 1) return true;
  return false;
}
let convert: Convert | undefined;

/** The converter, made on first use (synchronously, through opencc-js's CommonJS build). */
function converter(): Convert {
  if (!convert) {
    const { Converter } = createRequire(import.meta.url)('opencc-js/t2cn') as {
      Converter: (options: { from: string; to: string }) => Convert;
    };
    const twToCn = Converter({ from: 'tw', to: 'cn' });
    const hkToCn = Converter({ from: 'hk', to: 'cn' });
    convert = (text) => hkToCn(twToCn(text));
  }
  return convert;
}

/** Whether the text holds a character that simplification changes (a table lookup per character; no dictionary load). */
export function hasTraditional(text: string): boolean {
  if (!anyTraditional(text)) return false;
  return !text.includes('么') || anyTraditional(text.replace(SIMPLIFIED_ME, ''));
}

/** The simplified form of `text`; text without traditional characters is returned as it is. */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  if (!text.includes('么')) return mainlandVariants(converter()(text));
  return mainlandVariants(converter()(text.replace(SIMPLIFIED_ME, KEPT_ME)).replaceAll(KEPT_ME, '么'));
}

/** 諮詢 simplifies to 谘询, a variant the mainland standard folds into 咨询, which citizens type: written as they write it. */
function mainlandVariants(text: string): string {
  return text.includes('谘') ? text.replaceAll('谘', '咨') : text;
}
