/**
 * Which agencies a ranking across agencies is asked among: a kind (哪个公安局…最多, 税务局里哪个),
 * a level (哪个乡镇, 各街道, 县级), or both (哪个县的科技局). Without one the ranking is over every
 * agency stored. A kind the store holds no agency of is still a scope: the answer then says that
 * none is stored, instead of naming the first of every agency as the 公安局 asked for.
 */
import { kindVariants, regionLevels, splitAgencyName } from '../report/agency-names.js';
import type { AgencyRecord } from '../store/report-store.js';
import { toSimplified } from '../text/script.js';
import { agencyInPlace, type Place, placeEnding, placeLabel, placeStarting } from './places.js';

/** The level of an agency, from its name's last region: 乡镇 and 街道 below 县 and 区. */
export type AgencyLevel = '省' | '市' | '县' | '区' | '乡镇' | '街道';

/** A ranking's scope: the kind and levels asked, and how the answer names them (县的科技局). */
export interface RankingScope {
  kind?: string;
  /** 哪个局: any bureau, whatever its kind (the agencies whose names end in 局). */
  ending?: string;
  levels?: readonly AgencyLevel[];
  /** A province, city or county the agencies must lie in (广东省哪个单位, 宁夏的科技局里谁): places.ts. */
  place?: Place;
  label: string;
}

/** The words that ask among several (哪个, 各, 所有 …). */
const AMONG = '(?:哪一个|哪几个|哪个|哪些|哪家|各个|各|所有|全部)';
/** A level as citizens write it, with 级 and 的 or without. */
const LEVEL = '(乡镇|镇街|街道|县区|区县|县级|市级|区级|省级|县|区|市|镇|乡)(?:级)?的?';
/** Each place a question asks among several (matchAll copies the pattern, so sharing it is safe). */
const AMONG_ANYWHERE = new RegExp(AMONG, 'g');
/** A level written first. */
const LEVEL_FIRST = new RegExp(`^${LEVEL}`);
/** The levels each written form covers: 县级 takes in 区 (both are county-level). */
const LEVELS: Record<string, readonly AgencyLevel[]> = {
  乡镇: ['乡镇'],
  镇: ['乡镇'],
  乡: ['乡镇'],
  镇街: ['乡镇', '街道'],
  街道: ['街道'],
  县: ['县'],
  区: ['区'],
  县区: ['县', '区'],
  区县: ['县', '区'],
  县级: ['县', '区'],
  区级: ['区'],
  市: ['市'],
  市级: ['市'],
  省级: ['省'],
};
/** What a level's own agency is called: 哪个乡镇政府, 各街道办事处 ask among the governments of that level. */
const LEVEL_GOVERNMENT = /^(?:人民政府|政府|街道办事处|办事处|街道办)/;
/** How an answer names the agencies of a level. */
const LEVEL_NOUNS: Record<string, string> = {
  县: '县级机关',
  县级: '县级机关',
  区: '区级机关',
  区级: '区级机关',
  市: '市级机关',
  市级: '市级机关',
  省级: '省级机关',
};

/**
 * The scope a ranking question names, or undefined for every agency. `kinds` are the store's
 * kinds of agency, longest first (AgencyIndex.kinds).
 */
export function rankingScope(text: string, kinds: readonly string[]): RankingScope | undefined {
  // A place first (广东省哪个单位, 2024年宁夏的科技局里谁, 请问中卫市各部门): the rest names the kind or level.
  const leading = LEADING_WORDS.exec(text)?.[0] ?? '';
  const started = placeStarting(text.slice(leading.length));
  const firstAmong = AMONG_ANYWHERE_ONCE.exec(text);
  const ended = started || !firstAmong ? undefined : placeEnding(text.slice(leading.length, firstAmong.index));
  if (!started && !ended) return scopeWithoutPlace(text, kinds);
  const place = (started ?? ended)?.place as Place;
  const rest = started ? `${text.slice(0, leading.length)}${started.rest}` : text.slice(firstAmong?.index ?? 0);
  // 平潭哪个局收到的申请最多: a place's bureaus of any kind, not its government, offices or committees (with no place named,
  // 哪个局 is any agency, as it always was).
  const inner = scopeWithoutPlace(rest, kinds) ?? (BARE_BUREAU.test(rest) ? { ending: '局', label: '局' } : undefined);
  return { ...inner, place, label: `${placeLabel(place.name)}的${inner?.label ?? '机关'}` };
}

/**
 * A place whose data is asked about (你们有广东的数据吗, 有没有宁夏的报告): the agencies in it, or
 * undefined when no place stands right before 的数据/的资料/的报告/的年报.
 */
export function placeOfData(text: string): RankingScope | undefined {
  const before = /^(.*?)的?(?:数据|资料|报告|年报)/.exec(text)?.[1];
  const place = before ? placeEnding(before.replace(/的$/, ''))?.place : undefined;
  if (!place) return undefined;
  return { place, label: `${placeLabel(place.name)}的机关` };
}

/** A year and the words a question may open with before the place it scopes (请问2023年广东省…). */
const LEADING_WORDS = /^(?:请问|我想(?:问|知道)(?:一下)?|想问(?:一下)?|问一下)?(?:\d{4}年度?)?的?/;
/** 局 alone right after the word asking among several (哪个局收到…, 各局的), no kind's words before it and no 局长 (a person). */
const BARE_BUREAU = new RegExp(`${AMONG}局(?!长)`);

/** The first word that asks among several. */
const AMONG_ANYWHERE_ONCE = new RegExp(AMONG);

/** rankingScope without a place: the kind and level asked. */
function scopeWithoutPlace(text: string, kinds: readonly string[]): RankingScope | undefined {
  for (const found of text.matchAll(AMONG_ANYWHERE)) {
    const after = text.slice(found.index + found[0].length);
    const written = LEVEL_FIRST.exec(after);
    if (written) {
      // 哪个县的科技局, 哪个县科技局, 各街道办事处, 哪个市级部门; not 哪个市场监管局 (市 is no level there).
      const rest = after.slice(written[0].length);
      // 县的, 县级, 县区, 乡镇: a level for sure; a single 市 or 乡 may begin a kind's own name (市场, 乡村).
      const explicit = /[级的]$/.test(written[0]) || written[1].length >= 2;
      const stored = kinds.find((candidate) => rest.startsWith(candidate));
      const kind = stored !== undefined && isKind(stored, rest) ? stored : explicit ? kindAt(rest, kinds) : undefined;
      const levels = LEVELS[written[1]];
      const name = written[1].replace(/^(县|区|市|省)级?$/, '$1级');
      if (kind) return { kind, levels, label: `${name}${kind}` };
      const government = LEVEL_GOVERNMENT.exec(rest)?.[0];
      if (explicit || government || !kindAt(after, kinds))
        return { levels, label: government ? `${written[1]}${government}` : (LEVEL_NOUNS[written[1]] ?? written[1]) };
    }
    const kind = kindAt(after, kinds);
    if (kind) return { kind, label: kind };
  }
  // 2024年税务局收到的申请哪个最多, 公安局里谁最多: the kind comes first, then who among them.
  // 五个科技局里谁最多, 这几个科技局: a count in front of the kind is no part of it.
  const leading = /^(?:\d{4}年)?的?(?:这|那)?(?:[几两一二三四五六七八九十\d]+[个家])?/.exec(text)?.[0] ?? '';
  const kind = kindAt(text.slice(leading.length), kinds);
  if (kind && /哪个|哪家|哪一个|谁/.test(text)) return { kind, label: kind };
  return undefined;
}

/**
 * A kind of agency the store may hold none of (哪个税务局 when no 税务局 is stored): a few
 * characters and a kind's last word. 机关, 单位 and 部门 are any agency, not a kind.
 */
const UNSTORED_KIND = /^(?![这那几两一二三四五六七八九十])[\u4e00-\u9fa5]{1,8}?(?:局|委员会|委|办公室|厅|署|中心|医院|法院|检察院)/;

/** The longest kind of agency the text starts with, when it is a kind by itself (not a place, not 政府信息). */
function kindAt(text: string, kinds: readonly string[]): string | undefined {
  const stored = kinds.find((candidate) => text.startsWith(candidate));
  const kind = stored ?? UNSTORED_KIND.exec(text)?.[0];
  if (kind === undefined || !isKind(kind, text)) return undefined;
  return stored ?? storedKindEnding(kind, kinds) ?? kind;
}

/**
 * 办公厅 / 省政府办公厅: a kind written short, or with its level before it, that one stored kind alone ends with (人民政府办公厅);
 * undefined when none or several do (办公室 ends the offices of governments and of committees alike).
 */
function storedKindEnding(kind: string, kinds: readonly string[]): string | undefined {
  const bare = kind.replace(/^[省市县区]/, '').replace(/^政府/, '人民政府');
  if (bare.length < 3) return undefined;
  const short = bare.replace(/^人民/, '');
  const ending = kinds.filter((candidate) => candidate !== kind && (candidate.endsWith(bare) || candidate.endsWith(short)));
  // (人民政府办公厅 and its short form 政府办公厅 are one kind.)
  const longest = (candidate: string) =>
    kindVariants(candidate)
      .filter((variant) => kinds.includes(variant))
      .sort((a, b) => b.length - a.length)[0] ?? candidate;
  const distinct = [...new Set(ending.map(longest))];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/**
 * Whether a word the text starts with is a kind of agency by itself: not a place (沙坪坝区, 七家子镇,
 * 城关镇政府), no level or 的 in front (县的科技局, 县级科技局), no question word, not 政府信息.
 * A level character inside a kind (市场监督管理局, 城乡建设局) is no place.
 */
function isKind(kind: string, text: string): boolean {
  if (kind.length < 2 || /[省市区县旗州盟镇乡]$|[镇乡](?:人民)?政府$|^[省市区县]级|的|机关|单位|部门|哪|谁|各|所有|全部|什么/.test(kind))
    return false;
  return !(/政府$/.test(kind) && /^(?:信息|网站|公报|门户)/.test(text.slice(kind.length)));
}

/** An agency's level from its name: the last region it names (洛阳市西工区 → 区), or a town's or street's own name. */
export function agencyLevel(name: string): AgencyLevel | undefined {
  const simplified = toSimplified(name);
  const { region, kind } = splitAgencyName(simplified);
  const last = regionLevels(region).at(-1) ?? '';
  if (/街道/.test(last) || /^[^局委办]*街道(?:办事处)?$/.test(kind)) return '街道';
  if (/(?:镇|乡|苏木)$/.test(last) || /^[^局委办]*(?:镇|乡)(?:人民政府|政府)?$/.test(kind)) return '乡镇';
  if (/(?:县|旗)$/.test(last)) return '县';
  if (/区$/.test(last) && !/自治区$/.test(last)) return '区';
  if (/(?:市|州|盟)$/.test(last)) return '市';
  if (/(?:省|自治区)$/.test(last)) return '省';
  return undefined;
}

/** The agencies in a scope: of its kind (either form), at its levels. */
export function agenciesInScope(
  scope: RankingScope,
  all: readonly AgencyRecord[],
  ofKind: (kind: string) => readonly AgencyRecord[],
): AgencyRecord[] {
  const candidates = scope.kind ? ofKind(scope.kind) : all;
  const { levels, place } = scope;
  return candidates.filter((agency) => {
    if (place && !agencyInPlace(agency.name, place)) return false;
    if (scope.ending && !toSimplified(agency.name).endsWith(scope.ending)) return false;
    if (!levels) return true;
    const level = agencyLevel(agency.name);
    return level !== undefined && levels.includes(level);
  });
}
