/**
 * Agencies named by the pinyin initials of their region (hy科技局 → 海原县科学技术局, spt科技局 →
 * 沙坡头区科学技术局), or by their region spelled out in pinyin (xinjiang市场监管局, wuhai民政局), as people type them on a
 * phone. The initials come from ICU's pinyin collation,
 * which Node ships: a character's initial is the letter whose first character sorts at or before it.
 * No table of characters to keep; a polyphone takes its first reading.
 */
import { shortRegion, splitAgencyName } from '../report/agency-names.js';
import { spelledOut } from './syllables.js';

/** The first character of each initial in pinyin order (no i, u, v: no syllable starts with them). */
const FIRST_OF_LETTER = '阿八嚓哒妸发旮哈讥咔垃妈拏噢妑七呥仨他屲夕丫帀';
const LETTERS = 'abcdefghjklmnopqrstwxyz';

let collator: Intl.Collator | null | undefined;

/** The pinyin collator, or null when this Node's ICU has no Chinese collation (then no initials are read). */
function pinyinCollator(): Intl.Collator | null {
  if (collator === undefined) {
    // Chinese sorts by pinyin by default where ICU has its data; without it, code point order puts 阿 after 八.
    const candidate = new Intl.Collator('zh-CN-u-co-pinyin');
    collator = candidate.compare('阿', '八') < 0 && candidate.compare('八', '嚓') < 0 ? candidate : null;
  }
  return collator;
}

/**
 * Each Han character's initial once read (up to 23 collations each): the typo reading asks it of every character of a
 * question and of each stored neighbour of it. (Han characters only, so it stays within the script's few thousand in use.)
 */
const initialOf = new Map<string, string>();

/** The pinyin initials of a Han text (海原县 → hyx); undefined when a character is not Han or no collation is available. */
export function pinyinInitials(text: string): string | undefined {
  const compare = pinyinCollator();
  if (!compare) return undefined;
  let initials = '';
  for (const character of text) {
    let letter = initialOf.get(character);
    if (letter === undefined) {
      if (!/\p{Script=Han}/u.test(character)) return undefined;
      letter = 'a';
      for (let index = 0; index < FIRST_OF_LETTER.length && compare.compare(character, FIRST_OF_LETTER[index]) >= 0; index += 1)
        letter = LETTERS[index];
      initialOf.set(character, letter);
    }
    initials += letter;
  }
  return initials;
}

/** A run of two to five Latin letters standing alone (hy, spt, HSB), then what follows it. */
const INITIALS_RUN = /(?<![A-Za-z])([A-Za-z]{2,5})(?![A-Za-z])/;
/** A region level typed after the initials (hy县科技局). */
const LEVEL_AFTER = /^(?:自治区|自治州|省|市|区|县|旗|州|盟)/;

/** The ways a region may be typed as initials: the whole region and its last level, each with or without its level (海原县 → hyx, hy). */
function regionInitials(region: string): string[] {
  const levels = region.match(/[^省市区县旗州盟]+?(?:自治区|自治州|省|市|区|县|旗|州|盟)/g) ?? [region];
  const forms = new Set<string>();
  for (const form of [region, levels[levels.length - 1]]) {
    for (const written of [form, shortRegion(form)]) {
      const initials = pinyinInitials(written);
      if (initials) forms.add(initials);
    }
  }
  return [...forms];
}

const cache = new Map<string, string[]>();

/** regionInitials, remembered per agency name (agencies are few next to questions). */
function initialsOfAgency(name: string): string[] {
  let forms = cache.get(name);
  if (!forms) {
    forms = regionInitials(splitAgencyName(name).region);
    if (cache.size >= 100_000) cache.clear();
    cache.set(name, forms);
  }
  return forms;
}

/** What the agency index offers for this: the kind words it knows and the agencies of one kind. */
export interface KindLookup {
  kinds(): readonly string[];
  ofKind(kind: string): ReadonlyArray<{ name: string }>;
}

/**
 * The question with initials before a kind word (spt科技局, hy县科技局) replaced by the one agency of
 * that kind whose region they spell, and what was read; undefined when there are none, or they
 * spell no region or several.
 */
export function readPinyinRegion(text: string, index: KindLookup): { text: string; typed: string; name: string } | undefined {
  return (
    readRegion(text, index, INITIALS_RUN, pinyinInitials, initialsOfAgency) ??
    readRegion(text, index, SPELLED_RUN, spelledOut, spellingsOfAgency)
  );
}

/** A run of four to thirty Latin letters standing alone: a region spelled out in pinyin (xinjiang, wuhai). */
const SPELLED_RUN = /(?<![A-Za-z])([A-Za-z]{4,30})(?![A-Za-z])/;

const spellings = new Map<string, string[]>();

/** The ways a region may be spelled out: the whole region and its last level, each with or without its level (乌海市 → wuhaishi, wuhai). */
function spellingsOfAgency(name: string): string[] {
  let forms = spellings.get(name);
  if (!forms) {
    const region = splitAgencyName(name).region;
    const levels = region.match(/[^省市区县旗州盟]+?(?:自治区|自治州|省|市|区|县|旗|州|盟)/g) ?? [region];
    const found = new Set<string>();
    for (const form of [region, levels[levels.length - 1]])
      for (const written of [form, shortRegion(form)]) {
        const spelled = spelledOut(written);
        if (spelled) found.add(spelled);
      }
    forms = [...found];
    if (spellings.size >= 100_000) spellings.clear();
    spellings.set(name, forms);
  }
  return forms;
}

/**
 * The question with a Latin run before a kind word read as a region (by `read`, of the level typed after it too) and replaced by
 * the one agency of that kind whose region's forms (`formsOf`) hold it; undefined otherwise. A kind word that opens with a
 * level's character (市场监管局) is read whole when no kind follows the level read off it.
 */
function readRegion(
  text: string,
  index: KindLookup,
  runPattern: RegExp,
  read: (han: string) => string | undefined,
  formsOf: (name: string) => string[],
): { text: string; typed: string; name: string } | undefined {
  const run = runPattern.exec(text);
  if (!run) return undefined;
  const end = run.index + run[1].length;
  const kinds = index.kinds();
  let level = LEVEL_AFTER.exec(text.slice(end))?.[0] ?? '';
  let kind = kinds.find((candidate) => text.slice(end + level.length).startsWith(candidate));
  // (xinjiang市场监管局: no kind after the 市 read as a level, so the kind word is read whole.)
  if (!kind && level) {
    level = '';
    kind = kinds.find((candidate) => text.slice(end).startsWith(candidate));
  }
  if (!kind) return undefined;
  const after = text.slice(end + level.length);
  // A level typed after them (hy县) is part of what they spell: 海原县 (hyx), not 衡阳市 (hys).
  const typed = `${run[1].toLowerCase()}${level ? (read(level) ?? '') : ''}`;
  const matching = index.ofKind(kind).filter((agency) => formsOf(agency.name).includes(typed));
  if (matching.length !== 1) return undefined;
  const { name } = matching[0];
  return {
    text: `${text.slice(0, run.index)}${name}${after.slice(kind.length)}`,
    typed: text.slice(run.index, end + level.length + kind.length),
    name,
  };
}
