/**
 * An agency named by its kind alone (公安局呢, 行政审批局那年…) or by its duty (管自然资源的那个局, 负责教育的部门, 自然资源那个局)
 * where a place is known: the place said before it in the question (平潭管自然资源的那个局), else the place of the agencies the
 * conversation is about (the three just compared, the list of a place's agencies just given). The one agency of that kind or
 * duty in that place is the one meant; several, or none, leave the words as written (the engine then asks which).
 */

/** The fields of a stored agency this module reads. */
export interface PlacedAgency {
  id: number;
  name: string;
  /** The place the agency is of (平潭综合实验区); empty for a place's own government (平潭综合实验区 itself). */
  region: string;
  kind: string;
}

/**
 * 管审批局 / 管自然资源局 (管自然资源的那个局 as the engine's rewrites leave it) / 负责审批的部门: a duty said with the verb of
 * being in charge before a word for an agency (group 1 the duty).
 */
const DUTY_BY_VERB = /(?:管|负责|主管|分管)(?:着)?(\p{Script=Han}{2,6}?)(?:的)?(?:局|部门|单位|机关|委)/u;
/** 自然资源部门 / 审批单位 (自然资源这个部门 as the rewrites leave it): a duty before a generic word for an agency. */
const DUTY_BEFORE_BODY = /(\p{Script=Han}{2,8}?)(?:部门|单位|机关)/u;

/** Words asking across agencies of a kind (各公安局, 哪个公安局最多, 公安局一共): no one agency is meant. */
const ACROSS_KIND = /各|哪(?:个|家|些|一个)|所有|每个|全部|这些|那些|几个|几家|排名|排行|排序|最多|最少|平均|一共|总共|合计|都有/u;

/** Words of a duty that are no duty (这个部门, 哪个单位, 政府部门): pointing, asking and generic words. */
const NO_DUTY = /^(?:这|那|哪|问|说|刚才|上面|你|我|他|它|政府|有关|相关|其他|别的|各)|[的了吗呢个]$/u;

/** A duty said in the question: its words and where they stand. */
export interface DutySaid {
  /** The duty's own words (自然资源); where `before`, every suffix of the words is tried, longest first. */
  duty: string;
  /** Where the phrase begins and its length (管自然资源局 whole). */
  at: number;
  length: number;
  /** Words before the duty may stand in `duty` (平潭 in 平潭自然资源部门). */
  before: boolean;
}

export function dutySaid(text: string): DutySaid | undefined {
  const byVerb = DUTY_BY_VERB.exec(text);
  const found = byVerb ?? DUTY_BEFORE_BODY.exec(text);
  if (!found || NO_DUTY.test(found[1])) return undefined;
  return { duty: found[1], at: found.index, length: found[0].length, before: byVerb === null };
}

/** A kind's duty: its words before its last word for a body (自然资源局 → 自然资源, 卫生健康委员会 → 卫生健康). */
export function dutyOfKind(kind: string): string | undefined {
  const stem = kind.replace(/(?:委员会|办公室|局|委|厅|办)$/u, '');
  return stem.length >= 2 && stem !== kind ? stem : undefined;
}

/** The places an agency stands for: its own name first (the agencies of that place), then its region. */
function placesOf(agencies: readonly PlacedAgency[]): { own: Set<string>; region: Set<string> } {
  return {
    own: new Set(agencies.map((agency) => agency.name)),
    region: new Set(agencies.map((agency) => agency.region).filter((region) => region.length > 0)),
  };
}

/**
 * The one agency among `candidates` of the places the `talkedAbout` agencies stand for: of a place they are (平潭综合实验区's
 * own agencies) first, else of the region they are in. Undefined when none, or several, are.
 */
export function oneInPlace(candidates: readonly PlacedAgency[], talkedAbout: readonly PlacedAgency[]): PlacedAgency | undefined {
  if (talkedAbout.length === 0) return undefined;
  const { own, region } = placesOf(talkedAbout);
  for (const places of [own, region]) {
    const inPlace = candidates.filter((agency) => places.has(agency.region));
    const distinct = new Set(inPlace.map((agency) => agency.id));
    if (distinct.size === 1) return inPlace[0];
    if (distinct.size > 1) return undefined;
  }
  return undefined;
}

/** The agencies given when they are all of one place (a place's own government counts as of itself); else none. */
export function inOnePlace<T extends PlacedAgency>(agencies: readonly T[]): T[] {
  return new Set(agencies.map((agency) => agency.region || agency.name)).size === 1 ? [...agencies] : [];
}

/** The agencies of a duty among `agencies`: those whose kind holds the duty's words (自然资源 in 自然资源与生态环境局). */
export function ofDuty(agencies: readonly PlacedAgency[], duty: string): PlacedAgency[] {
  return agencies.filter((agency) => agency.kind.includes(duty));
}

/** The duty's words to try, longest first: 平潭自然资源 → 平潭自然资源, 潭自然资源, 自然资源 (two characters at least). */
export function dutySuffixes(duty: string, before: boolean): string[] {
  if (!before) return [duty];
  const suffixes: string[] = [];
  for (let start = 0; duty.length - start >= 2; start += 1) suffixes.push(duty.slice(start));
  return suffixes;
}

/** Whether the question asks across the agencies of a kind (各公安局, 哪个公安局最多), so no one agency is meant. */
export function asksAcrossKind(text: string): boolean {
  return ACROSS_KIND.test(text);
}

/**
 * 那年 / 那一年 / 同一年 said for the year the conversation is about (行政审批局那年收到几件, 他们那一年主动公开多少): no
 * 那年报 (那 + 年报), 那年底 or 那年度报告.
 */
const THAT_YEAR = /那一?年(?!报|度报告|底|初|末|中|前|后|里|间)|同一年/u;

/** The words with 那年 read as the year remembered (2021年), or as written when none is said. */
export function withThatYear(text: string, year: number | undefined): string {
  if (year === undefined || /(?:19|20)\d{2}年/u.test(text)) return text;
  return text.replace(THAT_YEAR, `${year}年`);
}
