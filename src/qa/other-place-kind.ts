/**
 * 哈尔滨市的呢 after 木兰县发展和改革局, 莆田市的呢 after 城厢区卫生健康局, 济南市的呢 after 济南市市中区农业农村局: a place said alone
 * after an answer about one agency asks the same of that place's agency of the same kind (the prefecture's 发改局), never of
 * whatever agency of another kind the place happens to have stored (哈尔滨市商务局, a school of 济南). The place is one of the
 * division data (a province, a city, a county), written with nothing but 那 / 的 / 呢 around it.
 */
import { kindVariants, splitAgencyName } from '../report/agency-names.js';
import { toSimplified } from '../text/script.js';
import { type Place, placeStarting } from './places.js';

/** 那哈尔滨市的呢 / 莆田的嘞 / 济南市呢: what stands around the place. */
const BEFORE = /^(?:那么?|那个|还有)/u;
const AFTER = /(?:的|那边的?|那里的?|这边的?)?(?:呢|嘞|咧|噻|喃|啊|呀|吧)?[?？。!！\s]*$/u;

/** The place the whole message names and nothing else, or undefined. */
export function placeAlone(input: string): Place | undefined {
  const bare = input.trim().replace(BEFORE, '').replace(AFTER, '');
  if (bare.length < 2 || bare.length > 12) return undefined;
  const found = placeStarting(bare);
  return found && found.rest === '' ? found.place : undefined;
}

/** A kind's field without its last word (卫生健康 of 卫生健康局 and 卫生健康委员会): the same duty, whatever a place calls its body. */
function kindStem(kind: string): string {
  return toSimplified(kind).replace(/(?:委员会|局|委|厅|办公室|办)$/u, '');
}

/** Whether two kinds are one duty (卫生健康局 and 卫生健康委, 发改局 and 发展和改革局). */
export function sameKind(a: string, b: string): boolean {
  const variantsA = kindVariants(toSimplified(a));
  const variantsB = kindVariants(toSimplified(b));
  if (variantsA.some((variant) => variantsB.includes(variant))) return true;
  const stemsA = new Set(variantsA.map(kindStem).filter((stem) => stem.length >= 2));
  return variantsB.some((variant) => stemsA.has(kindStem(variant)));
}

/** Whether a region (哈尔滨市, 莆田) written in an agency's name is the place (the data's name, or as the question wrote it). */
function regionIsPlace(region: string, place: Place): boolean {
  const simplified = toSimplified(region);
  return simplified === place.name || (place.written !== undefined && simplified === place.written);
}

export interface OtherPlaceKind {
  /** The agency asked of now, as a question would name it (哈尔滨市发展和改革局). */
  name: string;
  /** Whether it is a stored agency (else the place's name and the kind, not held). */
  held: boolean;
}

/**
 * The place's agency of the remembered agency's kind, by the name a question would give it (an agency stored of that kind and
 * place when there is one, else the place's name and the kind, which the question then finds not held); undefined when the
 * message is not a place alone, the place is the agency's own, or the agency is a government or its office, whose kind a
 * place's own report (the county's, the city's) answers for.
 */
export function otherPlaceKind(
  input: string,
  agencyName: string,
  kinds: readonly string[],
  ofKind: (kind: string) => readonly { name: string }[],
): OtherPlaceKind | undefined {
  const place = placeAlone(input);
  if (!place) return undefined;
  const { region, kind } = splitAgencyName(toSimplified(agencyName));
  if (!region || !kind || /政府|办公室|办公厅|管委会|管理委员会|街道|镇|乡|苏木/u.test(kind)) return undefined;
  // 木兰县的呢 after 木兰县发展和改革局: the agency's own place, no other agency.
  if (regionIsPlace(region, place)) return undefined;
  const stored = new Map<string, string>();
  for (const variant of kinds.filter((candidate) => sameKind(candidate, kind)))
    for (const agency of ofKind(variant)) {
      const split = splitAgencyName(toSimplified(agency.name));
      if (regionIsPlace(split.region, place) && sameKind(split.kind, kind)) stored.set(agency.name, agency.name);
    }
  if (stored.size === 1) return { name: [...stored.values()][0], held: true };
  if (stored.size > 1) return undefined;
  return { name: `${place.name}${kind}`, held: false };
}

/** A place's own body: its government or the government's office (清水县人民政府, 临夏市人民政府办公室). */
const GOVERNMENT_BODY = /(?:人民政府|政府)(?:办公室|办公厅)?$/u;

/**
 * 甘南州的呢 after 碌曲县 (a report titled by the county alone), 天水市的呢 after 清水县人民政府, 临夏州的呢 after 临夏市人民政府办公室: a
 * place said alone after a place's own body asks the same of that place's government (甘南州人民政府), which the question then
 * finds or finds not held, never a body of another kind the place happens to have stored (甘南州卫生健康委). Undefined when the
 * message is not a place alone, the agency is no place's own body, the place is the agency's own, or the last question named it.
 */
export function placeGovernmentAsked(input: string, agencyName: string, lastQuestion = ''): string | undefined {
  const place = placeAlone(input);
  // (那彬州市呢 after 2024年彬州市主动公开了多少条 was refused: the place was asked already, and is asked again as it was.)
  if (!place || (place.written !== undefined && toSimplified(lastQuestion).includes(place.written))) return undefined;
  const name = toSimplified(agencyName);
  const own = placeStarting(name);
  if (!GOVERNMENT_BODY.test(name) && !(own && own.rest === '')) return undefined;
  const written = place.written && /[省市区县旗州盟]$/u.test(place.written) ? place.written : place.name;
  if (name.startsWith(written) || name.startsWith(place.name) || (own && own.place.name === place.name)) return undefined;
  return `${written}人民政府`;
}
