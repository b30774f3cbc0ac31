/** Finding agencies named in a question: aliases, region names, and near-misses (one typo). */
import { versionedCache } from '../core/cache.js';
import {
  autonomousShortForms,
  FIELDS_JOINED_BY_YU,
  kindVariants,
  regionLevels,
  shortRegion,
  splitAgencyName,
} from '../report/agency-names.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { toSimplified } from '../text/script.js';
import { tagWords } from '../text/segment.js';
import { agencyInPlace, agencyPlaces, higherPlaceSpans, knownPlaceSpans, placeStarting, twoKnownPlaces } from './places.js';
import { pinyinInitials } from './pinyin-initials.js';
import { sameSyllable } from './syllables.js';
import type { AgencyRecord, ReportStore } from '../store/report-store.js';

export interface AgencyMention {
  agencies: AgencyRecord[];
  /** The words of the question that named them. */
  text: string;
  start: number;
  /** How it was found: a full alias, the region alone, a near-miss, or a shortened name (平潭公安局). */
  how: 'alias' | 'region' | 'fuzzy' | 'shortened';
}

/** A level written alone (县教育局, 区卫健委): no place of its own. */
const LEVEL_ALONE = /^[省市区县]$/;
/** What may stand before such a level and still name no place: a mark, a space, 我们, 本, 这个. */
const NO_PLACE_BEFORE = /(?:[^\p{Script=Han}]|我们|咱们|俺们|本|这个|那个|哪个|那|的)$/u;

/** Whether the kind's last word written after a shortened name (局 of 县教育局) is not the stored name's (教育委员会). */
function otherKindEnding(after: string, name: string): boolean {
  const written = /^(?:局|委|厅|办)/.exec(after)?.[0];
  if (!written) return false;
  const stored = /委员会$|委$/.test(name) ? '委' : name.slice(-1);
  return written !== stored;
}

/**
 * A name that looks like an agency's: a region, then a kind (银川市科学技术局). A 委 of 委员 (政协委员提案, 人大常委委员) is a
 * person's title, no committee's end.
 */
export const AGENCY_LIKE =
  /(?:请问|我想问|想问一下|想知道|你好|您好)?([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|区|县|旗|州|盟))([\u4e00-\u9fa5]{0,10}?(?:局|委员会|委(?!员)|办公室|厅|人民政府|政府|医院|中心|档案馆|馆))/;

/** A kind of agency right after a region: 科技局, 人民政府, 市场监督管理局 … */
// (桐川高新区|信息公开找哪个办公室: words asking which office, 哪/什么/几 …, are no part of another agency's kind; nor are the
// question's verb before it or 及 joining two bodies: 阿里地区|主动公开行署及行署办公室文件 asks the region's own report.)
const FOLLOWING_KIND =
  /^(?:人民政府|政府|(?!(?:主动|依申请)?(?:公开|发布|收到|办理))(?:(?!哪|什么|怎么|如何|多少|几|及)[\u4e00-\u9fa5]){1,10}?(?:局|委员会|委(?!员)|办公室|厅|中心))/;

/**
 * Whether another agency's kind follows a region's or a government's name (平潭综合实验区|教育局,
 * 合江县人民政府|办公室). A government's own disclosure office (合江县政府|信息公开办公室) is the government.
 */
function followedByOtherKind(name: string, after: string): boolean {
  if (townsOwnOffice(name, after) || townsOwnGovernment(name, after)) return false;
  // 随县经济开发区|政府网站公开…: the government's website is where it published, not another agency.
  if (GOVERNMENT_CHANNEL.test(after)) return false;
  // 福州自贸区|政府信息公开办公室电话: 政府 opening 政府信息公开 is the information's, no government after a zone's or place's
  // own name (the zone's committee is the body that discloses there).
  if (/^(?:人民)?政府信息公开/.test(after)) return false;
  if (/政府$/.test(name)) {
    if (/^(?:政府)?(?:信息公开|政务公开)[\u4e00-\u9fa5]{0,6}?(?:办公室|办)/.test(after)) return false;
    // 北京市政府|信息公开大厅几点开门: the hall where the government's information is read, no department's 厅.
    if (/^(?:政府)?信息公开大厅/.test(after)) return false;
    // 2024年某镇人民政府|政府信息公示专栏公开多少条: 政府 right after a government's name begins 政府信息, no second government.
    if (/^政府信息/.test(after)) return false;
    // 合江县人民政府|办公室: the government's general office is an agency of its own (办公地址, 办理, 办结 are no office).
    if (/^(?:办公室|办公厅|办(?![公理结事件]))/.test(after)) return true;
  }
  return kindFollows(after);
}

/** Whether an agency's kind, or an office's short name, starts `after`. */
function kindFollows(after: string): boolean {
  return FOLLOWING_KIND.test(after) || FOLLOWING_OFFICE.test(after) || FOLLOWING_UNIT.test(after);
}

/** A unit of its own right after a place (上塘镇|派出所, 某某乡|卫生院, 某某镇|中心小学): another body, not the place's government. */
export const UNIT_WORDS =
  '派出所|卫生院|卫生所|司法所|财政所|国土所|供电所|税务所|市场监管所|林业站|农技站|兽医站|文化站|中心校|中心学校|中心小学|小学|中学|初中|高中|医院|学校|幼儿园|法庭|交警|消防|村委会|居委会';
const FOLLOWING_UNIT = new RegExp(`^(?:${UNIT_WORDS})`);

/** 南平市|中医院, 兰州市|第一人民医院, 句容市|实验小学: a hospital or school of a place (not 集中学习). */
const HOSPITAL_OR_SCHOOL_AFTER = /^[\u4e00-\u9fa5]{0,6}?(?:医院|中学|小学|幼儿园)(?!习)/;

/**
 * 鹤壁|供电公司, 某市|燃气公司, 某县|自来水有限公司: a company of the place (a utility's words, then 公司 or 集团) is another body,
 * never the place's one stored bureau. Words of a question (的, 了, 几, 哪, 有 …) are no company's name.
 */
const COMPANY_AFTER =
  /^(?:(?![的了几多哪什怎么如有是在和与跟及还向对给])\p{Script=Han}){1,6}?(?:有限责任公司|有限公司|股份公司|总公司|公司|集团)/u;

/**
 * An office called by its short name after a place (北京市|重大项目办, 大足区|外事办): another agency,
 * even when the store knows it only by its full name. Not 办理, 办结, 办公 (阿木尔镇|放假期间办公吗: working, no office), a
 * question (北京市收到的申请办了几件), nor
 * another place's office after a joiner (沐阳县和上海市政府办公厅).
 */
const FOLLOWING_OFFICE =
  /^(?![承督交转代协主催领包举开创兴申经查]办)(?![^办]{0,6}?(?:申请|收到|多少|几|公开|哪|怎么|如何|什么|几点))[^\P{Script=Han}省市区县旗盟和与跟及同还了的年]{1,6}?办(?![理结件法事]|公(?![室厅]))/u;

/**
 * An office called by a common short name right after a place (济南|外事办, 某县|侨办, 某市|信访办): the words before its 办 in
 * group 1. A closed list: 网上办, 马上办 and 一共办 are ways of handling, no office.
 */
export const OFFICE_NAMED_AFTER =
  /^(外事|侨务?|台|金融|扶贫|乡村振兴|国资|人防|信访|政务|编|编制|法制|综治|督查|大数据|招商|合作|协作|文明|网信|应急|老龄|双拥|爱卫|征兵|口岸|粮食|物价|移民|疫情防控|扫黑|维稳|创城|创卫)办(?![理结件法事]|公(?![室厅]))/;

/** The offices a town or a street runs itself (党政办公室, 综合办, 政府办公室, 信息公开领导小组办公室, 政务公开办公室): no agency of their own. */
// (吴城乡政府|办电话: the bare 办 of 政府办, no 办理, 办结 or 办公地址.)
const TOWN_OFFICE =
  /^(?:人民)?(?:政府)?(?:党政(?:综合)?(?:办公室|办)|综合(?:办公室|办)|办公室|(?:信息|政务)公开[\u4e00-\u9fa5]{0,6}?(?:办公室|办)|办(?![公理结事件]))/;

/**
 * 万潮镇|政府办公地址, 东风路街道|政府: a town or a street stored by its bare name, then its government, is the same body
 * (a town's government is its only disclosure body); 政府办/政府办公室 of a town is its own office too. A 苏木 (Inner
 * Mongolia's township, 巴彦木仁苏木|人民政府办公室) is a town.
 */
function townsOwnGovernment(name: string, after: string): boolean {
  return /(?:[镇乡]|街道|苏木)$/.test(name) && /^(?:人民)?政府/.test(after);
}

/**
 * 中埠镇|党政办公室, 团结乡政府|办公室: a town's or a street's own office is the town's government, not another agency; so is a
 * zone's (舒城开发区|综合办公室, 银川经开区|党政办公室: the office of its 管委会, which publishes under the zone's name).
 */
function townsOwnOffice(name: string, after: string): boolean {
  return /(?:[镇乡]|苏木|街道|街道办事处|开发区|经开区|高新区|管委会|管理委员会)(?:人民政府|政府)?$/.test(name) && TOWN_OFFICE.test(after);
}

/** What joins two agencies in one question (A和B, A与B, A还是B). */
const JOINER = /[和与跟及、同比]/;

/** Whether text[start, end) has a joiner on one side and a name already found right beyond it (北坡镇|和|二酉乡). */
export function besideJoiner(taken: readonly boolean[], text: string, start: number, end: number): boolean {
  return (JOINER.test(text[start - 1] ?? '') && taken[start - 2] === true) || (JOINER.test(text[end] ?? '') && taken[end + 1] === true);
}

/**
 * Whether a joiner stands right beside a name found (北坡镇|和): without one, besideJoiner fails
 * for any shortened name, so most questions (one agency, no joiner) skip that scan.
 */
function joinerBesideFound(taken: readonly boolean[], text: string): boolean {
  for (let position = 0; position < text.length; position += 1)
    if (JOINER.test(text[position]) && (taken[position - 1] === true || taken[position + 1] === true)) return true;
  return false;
}

/**
 * Whether `written`, one character off `stored`, differs only in a level (通化市政府 and 通化县政府) and the place written up
 * to it is another place of the division data than the stored one (通化市 and 通化县): no typo.
 */
function otherLevelWritten(written: string, stored: string): boolean {
  for (let index = 0; index < written.length; index += 1)
    if (written[index] !== stored[index])
      return (
        index >= 2 &&
        LEVEL.test(written[index]) &&
        LEVEL.test(stored[index]) &&
        twoKnownPlaces(written.slice(0, index + 1), stored.slice(0, index + 1))
      );
  return false;
}

/** Count differing characters of two strings of equal length. */
function mismatches(a: string, b: string): number {
  let count = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) count += 1;
  return count;
}

/** Where `typed` differs from `name` by one character, whether that character is a particle that does not sound like the name's. */
function particleForCharacter(typed: string, name: string): boolean {
  for (let index = 0; index < typed.length; index += 1)
    if (typed[index] !== name[index]) return SENTENCE_PARTICLE.test(typed[index]) && !sameSyllable(typed[index], name[index]);
  return false;
}
const SENTENCE_PARTICLE = /[及和与或的了在是从向对把被将并等吗呢吧啊哪么个这那有]/;

/** A region's level, the last character of 洛阳市, 西工区 …; and words that make it no region name (我市, 全区). */
const LEVEL = /[省市区县州盟旗]/;
/** The peoples and 自治州 after an autonomous prefecture's own name (甘南|藏族自治州, 恩施|土家族苗族自治州). */
const PREFECTURE_PEOPLES_AFTER = /^(?:(?:藏|回|彝|朝鲜|苗|侗|土家|白|傣|景颇|傈僳|哈尼|布依|壮|蒙古|哈萨克|柯尔克孜|羌)族?)+自治州/u;
const LEVEL_CHARACTERS = '省市区县州盟旗';
const NOT_A_REGION_NAME = /[我本全各该此贵]/;

/**
 * The agencies a name found at `start` can mean, given what the question writes right before it.
 * A region written before a name (沈阳市|和平区发展改革委) must be the agency's own: an agency
 * stored as 天津市和平区发展改革委 is not the 和平区 of another city, and a name starting at a
 * bare level (市科技局) inside a longer name (洛阳|市科技局) names nothing we know. An agency
 * whose name carries no higher region (西工区科学技术局) stays possible.
 */
export function agenciesConsistentWithPrefix(text: string, start: number, name: string, agencies: AgencyRecord[]): AgencyRecord[] {
  const before = text[start - 1];
  if (before === undefined || !/\p{Script=Han}/u.test(before)) return agencies;
  if (LEVEL.test(name[0]) && !NOT_A_REGION_NAME.test(before)) return [];
  const previous = text[start - 2];
  if (!LEVEL.test(before) || previous === undefined || !/\p{Script=Han}/u.test(previous) || NOT_A_REGION_NAME.test(previous))
    return agencies;
  const written = previous + before;
  return agencies.filter((agency) => {
    const region = splitAgencyName(agency.name).region;
    const levels = regionLevels(region);
    return levels.length <= 1 || region.includes(written);
  });
}

/** Words a question may put right before a company's kind (请问|燃气公司, 咨询一下|自来水公司, 我家的|供电公司): no place. */
const LEAD_BEFORE_KIND =
  /(?:请问|问下|问问|想问|一下|你好|您好|那个|这个|咨询|查询|联系|知道|请教|我们|我家|本地|当地|这边|那边|附近|里的|上的|[的问找查给向对跟和与及、是在那这个了吗呢啊吧])$/;

/**
 * 汉中|燃气公司, 鹤巴|供电公司: a company's kind alone (燃气公司, stored as an alias of the one gas company, 青禾县燃气有限公司)
 * with two characters of a name right before it that are not the company's own: the question names another place's company
 * (or mistypes one), never the stored one, which is asked back or refused.
 */
function otherPlaceBeforeCompanyKind(text: string, at: number, alias: string, agency: AgencyRecord): boolean {
  const name = toSimplified(agency.name);
  if (!/(?:公司|集团)$/.test(name) || at < 2) return false;
  const { region } = splitAgencyName(name);
  const own = region.replace(/^国网/, '').slice(0, 2);
  if (own.length < 2 || alias.includes(own)) return false;
  const before = text.slice(Math.max(0, at - 4), at);
  if (!/^\p{Script=Han}{2}$/u.test(before.slice(-2)) || LEAD_BEFORE_KIND.test(before)) return false;
  return !name.includes(before.slice(-2));
}

/** A run of a full name that is a place of its own (白云区, 松木塘镇), not the level of the place before it (综合实验区, 区). */
const LOWER_PLACE = /^\p{Script=Han}{2,}(?:区|县|旗|镇|乡|街道)$/u;
/** A zone standing for a whole place's own government, named after the place (产城融合示范区, 综合实验区, 综合试验区). */
const ZONE_OWN_LEVEL = /^\p{Script=Han}{0,6}(?:示范区|实验区|试验区)$/u;
/** A place word in what is left of the name (东湖街道): the question goes on to name the lower place itself. */
const PLACE_IN_REST = /镇|乡|街道|[区县旗](?!域)/;

/**
 * Whether the characters skipped between two of the question's are a lower place of their own,
 * followed by nothing but the agency's kind (广州市|白云区|税务局): the question names the
 * higher level's agency, which is another one. 绍兴|市越城区|东湖街道 still names the street.
 */
export function skipsLowerPlace(skipped: string, rest: string, before = ''): boolean {
  // 济源|产城融合示范区|退役军人事务局 read as 济源退役军人局: a zone right after the place's own name, no level between (济源, not
  // 天津市), is that place's own level of government (as 平潭|综合实验区 is), not a lower place inside it.
  if (ZONE_OWN_LEVEL.test(skipped) && before.length >= 2 && !/[省市区县旗州盟]/.test(before)) return false;
  // 平顶山市|卫东区市|场监督管理局 read as 平顶山市场监督管理局: the place skipped with the first character of the kind (市场).
  const place = LOWER_PLACE.test(skipped) ? skipped : LOWER_PLACE.test(skipped.slice(0, -1)) ? skipped.slice(0, -1) : undefined;
  return place !== undefined && !PLACE_LEVEL.test(place) && !PLACE_IN_REST.test(rest);
}

/** A name (alias or region form) and the agencies it names; `order` is its rank, longest first. */
interface Entry {
  name: string;
  agencies: AgencyRecord[];
  order: number;
}

/** Entries by their first two characters (every name has at least two), each bucket in rank order. */
function byFirstTwo(entries: Entry[]): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entry.name.slice(0, 2);
    const bucket = index.get(key);
    if (bucket) bucket.push(entry);
    else index.set(key, [entry]);
  }
  return index;
}

/**
 * Where the entries occur in the text, in the order a scan entry by entry (longest first) with
 * indexOf would visit them: by rank, then left to right, and an occurrence overlapping the
 * entry's previous one skipped. Cost: one map lookup per position instead of one indexOf per
 * alias, which matters with 100,000 aliases.
 */
function occurrences(text: string, index: Map<string, Entry[]>): Array<{ entry: Entry; at: number }> {
  const found: Array<{ entry: Entry; at: number }> = [];
  for (let at = 0; at + 1 < text.length; at += 1) {
    const bucket = index.get(text.slice(at, at + 2));
    if (!bucket) continue;
    if (bucket.length <= SMALL_BUCKET) {
      for (const entry of bucket) if (text.startsWith(entry.name, at)) found.push({ entry, at });
      continue;
    }
    // A region's bigram (兴平) starts hundreds of names: one lookup per length of name instead of one comparison per name.
    const { byName, lengths } = bucketLookup(bucket);
    for (const length of lengths) {
      if (at + length > text.length) continue;
      const entry = byName.get(text.slice(at, at + length));
      if (entry) found.push({ entry, at });
    }
  }
  if (found.length <= 1) return found;
  found.sort((a, b) => a.entry.order - b.entry.order || a.at - b.at);
  const visited: Array<{ entry: Entry; at: number }> = [];
  let previous: { entry: Entry; at: number } | undefined;
  for (const item of found) {
    if (previous && previous.entry === item.entry && item.at < previous.at + item.entry.name.length) continue;
    visited.push(item);
    previous = item;
  }
  return visited;
}

/**
 * Two-character words of the questions themselves (公开, 平台, 信息 …). A place written without its level that shares a
 * character with one of them on either side (公|开平|台: 开平 of 开平市 inside 信息公开平台) is no place: the characters are
 * the words'.
 */
const QUESTION_WORDS = new Set(
  (
    '公开 平台 信息 政务 申请 办理 办结 发布 网站 主动 答复 复议 诉讼 行政 工作 年度 报告 公众 新闻 门户 热线 微信 受理 文件 ' +
    '政策 解读 通知 公告 动态 专栏 目录 指南 建议 提案 会议 培训 留言 许可 处罚 强制 结转 不予 予以 收费 费用 期限 办公 服务 ' +
    '数据 统计 情况 依法 平安 规范 渠道 栏目 更新 维护 事项 群众 条数 件数 多少 总数 合计 一共'
  ).split(' '),
);

/** Whether a two-character place without its level, found at `at`, straddles a question word (see QUESTION_WORDS). */
export function straddlesQuestionWord(text: string, at: number, name: string): boolean {
  if (name.length !== 2 || LEVEL.test(name[1]) || LEVEL.test(text[at + 2] ?? '')) return false;
  return QUESTION_WORDS.has(text.slice(at - 1, at + 1)) || QUESTION_WORDS.has(text.slice(at + 1, at + 3));
}

/**
 * A place's short form as a stored name prints it with its level (通化 → 通化市, 甘南 → 甘南藏族自治州), one pattern per short
 * form, made once: built afresh for each region of each question, its compilation (a Unicode class) cost more than its use.
 * Not global, so one object serves every caller.
 */
function ownPlacePattern(name: string): RegExp {
  let pattern = ownPlacePatterns.get(name);
  if (!pattern) {
    // (Bounded: short forms are the store's regions, a few thousand at most; the map is emptied rather than grown past that.)
    if (ownPlacePatterns.size >= OWN_PLACE_PATTERNS_MAX) ownPlacePatterns.clear();
    pattern = new RegExp(`${escapeRegExp(name)}(?:\\p{Script=Han}{0,12}?自治)?[省市区县旗州盟]`, 'u');
    ownPlacePatterns.set(name, pattern);
  }
  return pattern;
}
const ownPlacePatterns = new Map<string, RegExp>();
const OWN_PLACE_PATTERNS_MAX = 20_000;

/**
 * The bodies a region's short name with 新区 after it names (match: 大兴新区 is no 大兴区), by the region's entry: found by a
 * scan of every stored name, once per index built (a rebuilt index has new entries; the old ones go with it).
 */
const newZonesOf = new WeakMap<Entry, AgencyRecord[]>();

/** Buckets up to this size are scanned name by name; larger ones are looked up by each length of name they hold. */
const SMALL_BUCKET = 12;

/** A bucket's names by name (names are unique in a bucket) and the lengths they come in, made once per bucket. */
const bucketLookups = new WeakMap<Entry[], { byName: Map<string, Entry>; lengths: number[] }>();
function bucketLookup(bucket: Entry[]): { byName: Map<string, Entry>; lengths: number[] } {
  let lookup = bucketLookups.get(bucket);
  if (!lookup) {
    const byName = new Map(bucket.map((entry) => [entry.name, entry]));
    lookup = { byName, lengths: [...new Set(bucket.map((entry) => entry.name.length))] };
    bucketLookups.set(bucket, lookup);
  }
  return lookup;
}

/** The index proper: built from every agency (or, for a first question, from the few it can name). */
interface Built {
  agencies: AgencyRecord[];
  agencyById: Map<number, AgencyRecord>;
  kindForms: Map<number, string[]>;
  agenciesByKind: Map<string, AgencyRecord[]>;
  kindList: string[];
  /** The own names of stored towns and streets (宗关街道, 东溪镇), for reading a one-character typo of them (宗官街道). */
  ownPlaceNames: string[];
  /** The same by first character, longest first: a message looks up only the characters it holds. */
  ownPlacesByFirst: Map<string, string[]>;
  /** The stored kinds that end in 办, three characters or more (政务办, 政府办, 人防办): a kind named though no 局 or 办公室 ends it. */
  officeKinds: string[];
  /** A report titled with the place alone (孝感市), by the place with and without its level: the place's own government. */
  placeGovernments: Map<string, AgencyRecord>;
  aliasIndex: Map<string, Entry[]>;
  regionIndex: Map<string, Entry[]>;
  /** Bare region names of three or more characters (沙坡头), by first character, for near-misses. */
  fuzzyIndex: Map<string, Entry[]>;
  /** Two-character regions with their level (西工区, 中卫市), by each name character, its position and the level, for near-misses. */
  leveledFuzzyIndex: Map<string, Entry[]>;
  /** Two-character regions written without their level (余杭, 平潭), by each character and its position, for near-misses. */
  unleveledFuzzyIndex: Map<string, Entry[]>;
  /** Simplified full names by each two-character run of their distinctive part, for shortened names. */
  shortenedIndex: Map<string, Shortenable[]>;
  /** The characters that follow and precede each character in the simplified names (for sound-alike typos). */
  nextCharacters: Map<string, Set<string>>;
  previousCharacters: Map<string, Set<string>>;
  /** One body stored under two names, each the other's alias (扎赉特旗宝力根花苏木 and …苏木人民政府): the other, by id. */
  namesakes: Map<number, AgencyRecord[]>;
}

/** A full name as citizens shorten it: its distinctive part (region, 太平镇) ends at `distinctiveEnd`. */
interface Shortenable {
  name: string;
  agency: AgencyRecord;
  distinctiveEnd: number;
}

/** Whether `short`'s characters appear in `long` in order (环保局 is not in 生态环境局: 保 is no character of it). */
function inOrder(short: string, long: string): boolean {
  let position = -1;
  for (const character of short) {
    position = long.indexOf(character, position + 1);
    if (position < 0) return false;
  }
  return true;
}

/**
 * A stored agency named by its place and another form of its kind, one whose characters the stored kind does not hold in
 * order (平潭自然资源与环保局 for 平潭综合实验区自然资源与生态环境局: 环保局 is a citizen's 生态环境局, 国土局 a 自然资源局): the
 * shortened reading finds it as it finds the stored kind written short (its joiner 与 written 和 alike). Two agencies of the
 * place that fit tie, and are asked.
 */
function otherKindForms(agency: AgencyRecord, split: { region: string; kind: string }): Shortenable[] {
  if (!split.region || split.kind.length < 3) return [];
  const region = toSimplified(split.region);
  const kind = toSimplified(split.kind);
  // (自然资源和生态环境局 for 自然资源与生态环境局: a kind's joiner written as the other one, 和 for 与 or 与 for 和.)
  const joined = kindVariants(kind).flatMap((variant) => [variant, variant.replace('与', '和'), variant.replace('和', '与')]);
  return [...new Set(joined)]
    .filter((variant) => variant !== kind && !inOrder(variant, kind))
    .map((variant) => ({ name: `${region}${variant}`, agency, distinctiveEnd: region.length }));
}

/** A development zone's name (台州湾经济技术开发区管委会): what a place's name may run on into. */
const ZONE_NAMED = /开发区|经开区|高新区|园区|新区|保税区|综保区|新城/;

/** A zone's kind and its committee, what is left of a zone's name after its own (海棠新城|开发区管理委员会). */
const ZONE_COMMITTEE_REST = /^(?:经济技术开发区|经济开发区|开发区|高新区|工业园区|产业园区|园区)(?:管理委员会|管委会)$/;
/** A zone's kind with or without its committee (长兴岛|经济技术开发区): what a zone's own name of three may drop. */
const ZONE_KIND_REST = /^(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|工业园区|产业园区)(?:管理委员会|管委会)?$/;
/** A zone's kind ending a name (长春经济技术开发区, 某某高新区管委会): the only names whose start is looked up as a city. */
const ZONE_KIND_END = /(?:开发区|高新区|园区)(?:管理委员会|管委会)?$/;
/** A place's level ending a name (永靖县): a name of three ending so is that place, not a zone's own name. */
const PLACE_LEVEL_END = /[省市县区旗州盟镇乡村]$/;

/** Generic endings a citizen drops, one or several (太平镇人民政府 → 太平镇, 君山片区管理局 → 君山片区, 底张街道办事处政府 → 底张街道). */
/** A town stored as region, one character, 镇 or 乡, then its government (托克逊县|夏|镇人民政府): that character and its level. */
function oneCharacterTown(agency: AgencyRecord, name: string, from: number, next: number): boolean {
  const region = toSimplified(agency.region);
  return (
    region !== '' &&
    from === region.length &&
    next === from + 1 &&
    name.startsWith(region) &&
    /^[镇乡]$/.test(name[next]) &&
    /^(?:人民政府|政府)?$/.test(name.slice(next + 1))
  );
}
const GENERIC_ENDING = /^(?:人民政府|政府|管理委员会|委员会|管委会|管理局|办事处)+$/;
const GENERIC_SUFFIX = /(?:人民政府|政府|管理委员会|委员会|管委会|管理局|办事处)$/;
/** What follows a street's own name in its agency's name: 街道 and its office (街道办事处, 街道人民政府). */
const STREET_REST = /^街道(?:人民政府|政府|办事处)*$/;
/** A generic word starting a window of the question (管委会…): what ends a name, never a place's own name. */
const GENERIC_WORD_AT = /^(?:人民政府|管理委员会|委员会|管委会|办事处)/;

/** A town's or a street's own office (吉村镇人民政府办公室, 某街道党政办公室): the town, its office what follows. */
const TOWN_OFFICE_NAME =
  /^(\p{Script=Han}{2,6}?(?:镇|乡|街道|苏木))((?:人民政府|政府|办事处)?(?:党政(?:综合)?办公室|综合办公室|办公室|党政办))$/u;
/** What is left of a town's own office after the town's name, its government's words read or not (人民政府办公室, 办公室). */
const TOWN_OFFICE_REST = /^(?:(?:人民)?政府|办事处)?(?:党政(?:综合)?办公室|综合办公室|办公室|党政办)$/;

/** What a place's name ends in when citizens drop it: its level (县, 市) or the kind of zone (综合实验区, 新区). */
const PLACE_LEVEL =
  /^(?:综合实验区|经济技术开发区|经济开发区|高新技术产业开发区|开发区|新区|示范区|省|(?:回族|壮族|维吾尔)?自治区|市|县|区|旗)$/;

/** A year said in words right after a place's own name (开远|去年, 平潭|前年): the name ends there. */
const PLACE_YEAR_WORD = /^(?:大前年|前年|去年|今年)/;

/**
 * What may stand right before a shortened name: nothing, a non-Han character, the end of 请问, 一下, 知道, 我想, 那个, 嗯 …, or
 * the word sending something to it (给|长安海关寄, 向|平潭公安局申请, 往…寄).
 */
const SHORTENED_MAY_FOLLOW = /^$|^[^\p{Script=Han}]$|^[问下道的在是查看那个了说和与跟及想找请嗯给向往]$/u;
/**
 * A year opening the question, right before a shortened name (2024年|平潭公安局, 去年|平潭公安局, 那2023年度|…); not a year after
 * a name (富鸣集团2023年|国有资产交易信息 names no 国有资产管理局).
 */
const YEAR_OPENING = /^(?:那|那么|请问|我想问一?下|想问一?下)?(?:(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4}|去|今|前|上一?)年度?$/u;

/** A year written right before a joiner (2024年|和, 2023年度|与): the name before it has ended. */
const YEAR_BEFORE_JOINER = /\d年度?$/;

/** The last character of a name before a joiner (北坡镇|和, 民政局|与, 平潭|和 …): a level, a kind's end, or no Han character. */
const JOINED_AFTER_NAME = /[^\p{Script=Han}]|[省市区县旗州盟镇乡道局委会府办室厅心院所站队馆处社部署司]/u;

/** What remains of a name after its region when that is a town, a street, a district (重庆市|沙坪坝区, a district's government) or a named zone: 七家子镇, 前进街道, 钱江经济开发区. */
const PLACE_KIND =
  /^\p{Script=Han}{2,6}(?:镇|乡|街道|苏木)$|^\p{Script=Han}{2,4}(?:区|县|旗)$|^\p{Script=Han}{2,4}(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|新区|综合保税区|保税区)$/u;

/** A city bureau's branch named by its district without the district's level: 公安局龙华分局, 税务局黄岩分局. */
const DISTRICT_BRANCH = /^\p{Script=Han}{2,8}局\p{Script=Han}{2,3}分局$/u;

/**
 * The kind a name ends in when its region is not read (阜陽氣象局, 国家税务总局广西壮族自治区税务局): the longest ending
 * that is another agency's kind (气象局, 税务局), leaving at least two characters before it; empty when none.
 */
function knownKindEnding(name: string, kinds: ReadonlySet<string>): string {
  for (let start = 2; start < name.length - 1; start += 1) if (kinds.has(name.slice(start))) return name.slice(start);
  return '';
}

function shortenable(agency: AgencyRecord, kinds: ReadonlySet<string> = new Set()): Shortenable {
  const name = toSimplified(agency.name);
  const { region } = splitAgencyName(name);
  // A name whose region is not read is distinctive up to its kind: 气象局 alone is no short form of 阜阳气象局.
  const kindEnding = region ? '' : knownKindEnding(name, kinds);
  const generic = GENERIC_SUFFIX.exec(name);
  // A town or district inside a county (桃江县松木塘镇人民政府) is distinctive too: citizens name it without the county.
  const beforeGeneric = generic ? name.length - generic[0].length : 0;
  // A town or street named after its county (昌图县七家子镇) is distinctive whole: its own name is no kind of agency.
  const place = PLACE_KIND.test(name.slice(region.length)) ? name.length : 0;
  // A branch named by its district inside the kind (深圳市公安局|龙华|分局): the district is what tells it apart.
  const branch = DISTRICT_BRANCH.test(name.slice(region.length)) ? name.length : 0;
  // A town's own office publishing its report (大余县|吉村镇|人民政府办公室): the town's name is what tells it apart.
  const townOffice = TOWN_OFFICE_NAME.exec(name.slice(region.length));
  const town = townOffice ? region.length + townOffice[1].length : 0;
  return { name, agency, distinctiveEnd: Math.max(region.length, beforeGeneric, place, branch, town) || name.length - kindEnding.length };
}

/** The place's own government right after its name (瓮安|政府网站, 合江|人民政府): not its 政府办 or its departments. */
const PLACE_OWN_GOVERNMENT_AFTER =
  /^(?:人民)?政府(?!办|部门|各|工作部门|所属|组成|[的之]?[\p{Script=Han}]{0,6}?(?:局|委员会|委|办公室|厅|中心))/u;

/** A channel the place's government runs right after its name (精河|微博, 黄平|公众号, 绥宁|网站): that place's own report. */
const PLACE_CHANNEL_AFTER = /^(?:政务)?(?:微博|微信|公众号|抖音|视频号|头条号?|新媒体|门户网站|网站|官网|公开栏)/;
/**
 * What the place's own report counts of applications, right after its name (三亚|部分公开, 合江|予以公开, 平潭|依申请公开): that
 * place's own report, as its channels are (a kind of body after it, 三亚|卫健委, names another agency and stays unread).
 */
const PLACE_APPLICATIONS_AFTER = /^(?:予以公开|部分公开|不予公开|依申请公开|不予处理|无法提供)/;
/**
 * What the place's own report did in the year, right after its name (黄石|主动公开了多少条, 开远|收到几件申请, 三亚|一共发布): the
 * verb of a count its report states, so the place's own report (黄石市, stored under the bare place), as a year after it is.
 */
const PLACE_DID_AFTER =
  /^(?:主动公开|公开了|发布了?|发了|收到|接到|新收|受理|办理|办结|答复了|一共|总共|共(?:收到|发布|公开|受理|办理|办结)|累计(?:发布|公开|收到|受理|办理)|全年(?:发布|公开|收到|受理|办理|共))/;
/** A province's level after its own name of two (新疆|维吾尔自治区, 河北|省). */
const PROVINCE_REST = /^(?:省|(?:回族|壮族|维吾尔)?自治区)$/;
/** A body's kind within a few words after a place (新疆|卫健委, 广西|交通运输厅, 新疆|大学): that body, not the place's own report. */
const BODY_AFTER_PLACE = /^\p{Script=Han}{0,6}?(?:厅|局|委员会|委(?!员)|办公室|中心|大学|学院|医院|公司|集团|兵团|银行)/u;

/**
 * A province stored as its own agency (新疆维吾尔自治区, 河北省) named by its short form of two before any topic (新疆涉企经营许可
 * 事项有多少项, 河北集中公开了几部规章): no other place is called so, so the province's own report is meant, unless a body's kind
 * follows (新疆卫健委: that commission's).
 */
function provinceNamedShort(agency: { region?: string }, name: string, from: number, next: number, after: string): boolean {
  return from === 0 && !agency.region && PROVINCE_REST.test(name.slice(next + 1)) && !BODY_AFTER_PLACE.test(after);
}

/** A year right after a name (2020年, 21年, 去年): the name written ends there. */
const YEAR_RIGHT_AFTER = /^(?:(?:19|20)?\d{2}年|大前年|前年|去年|今年)/;

/**
 * A town's own name written without its 镇 or 乡 (五蛟 of 五蛟镇人民政府, 杨林 of 呼兰区杨林乡), the name stored alone or right after
 * its region, and a year right after it (五蛟2020年, 黄茅洲21年): the town meant, as a citizen shortens it.
 */
function townNamedBeforeYear(agency: AgencyRecord, name: string, from: number, rest: string, after: string): boolean {
  const region = toSimplified(agency.region);
  const ownStart = from === 0 || (region !== '' && from === region.length && name.startsWith(region));
  return ownStart && TOWN_LEVEL_REST.test(rest) && YEAR_RIGHT_AFTER.test(after);
}

/** What is left of a town's name after its own name (瓜沥|镇人民政府, 团结|乡政府): its level and its government. */
const TOWN_LEVEL_REST = /^[镇乡](?:人民政府|政府)?$/;

/** A place stored under its higher place (region 临夏回族自治州, kind 永靖县): its own name starts right after the region. */
function placeUnderItsRegion(agency: AgencyRecord, name: string, from: number): boolean {
  const region = toSimplified(agency.region);
  return region !== '' && from === region.length && name.startsWith(region);
}

/** Tags jieba reads a place's or a proper name with (永靖 nz, 合江 ns, 靖远 nr), not a common word's (平安 a, 通道 v, 大方 n). */
const NAME_TAG = /^(?:ns|nz|nr|nrt|nt)$/;

/**
 * A county's own name of two written alone before more words (永靖|营商环境): the division data knows it as that county only
 * (永靖 → 永靖县), and the segmenter cuts it as a name of its own, so it is no common word (平安建设, 通道建设).
 */
function countyNamedAlone(text: string, at: number, county: string): boolean {
  const place = placeStarting(text.slice(at, at + 2));
  if (place?.place.level !== 'county' || place.place.name !== county) return false;
  let offset = 0;
  for (const { word, tag } of tagWords(text)) {
    if (offset === at) return word === text.slice(at, at + 2) && NAME_TAG.test(tag);
    if (offset > at) return false;
    offset += word.length;
  }
  return false;
}

/**
 * A joiner, then a name found already and masked out (三亚和|浙江教育厅…, read with 浙江教育厅 blanked): the place's own
 * name of two before it is the other agency named, as one after the joiner is (浙江教育厅和三亚).
 */
const JOINED_TO_NAME_FOUND = /^[和与跟及、] /;

/**
 * Agencies named in a shortened form: the characters of a run of the question appear in order
 * in the agency's full name (平潭公安局 in 平潭综合实验区公安局, 东疆综保区管委会 in
 * 天津东疆综合东疆综保区管理委员会), at least two of them from its distinctive part, and the run
 * ends at the name's end or where only a generic ending is left (君山片区, 太平镇). The names
 * that keep the most characters win; a tie names them all (and the engine asks which).
 */
function shortenedMention(index: Map<string, Shortenable[]>, text: string): AgencyMention | undefined {
  // `named` holds best.agencies too: a kind's words shortened (市场监管局) can fit thousands of agencies.
  let best:
    | {
        agencies: AgencyRecord[];
        named: Set<AgencyRecord>;
        start: number;
        length: number;
        matched: number;
        whole: boolean;
        streetShort: boolean;
      }
    | undefined;
  for (let at = 0; at + 1 < text.length; at += 1) {
    // The shortened name starts where a name can start: 东西县教育局 is not 西X县教育局 shortened.
    if (!SHORTENED_MAY_FOLLOW.test(text[at - 1] ?? '') && !YEAR_OPENING.test(text.slice(0, at))) continue;
    // 成都市发展和|改革委员会: a 和 inside a kind's words (发展和改革) joins no second name; only one after a name's end does.
    // (A year after the first name, 平潭公安局2024年|和平潭交建局2020年, ends it as well.)
    if (
      /[和与跟及]/.test(text[at - 1] ?? '') &&
      at >= 2 &&
      !JOINED_AFTER_NAME.test(text[at - 2]) &&
      !YEAR_BEFORE_JOINER.test(text.slice(0, at - 1))
    )
      continue;
    const pair = text.slice(at, at + 2);
    for (const candidate of index.get(pair) ?? []) {
      const { name, distinctiveEnd } = candidate;
      for (let from = name.indexOf(pair); from >= 0 && from < distinctiveEnd; from = name.indexOf(pair, from + 1)) {
        // The first pair must lie inside the distinctive part (as the index's buckets do).
        if (from + 1 >= distinctiveEnd) continue;
        let position = from - 1;
        let distinctive = 0;
        let accepted: { length: number; matched: number; bureau?: boolean; streetShort?: boolean } | undefined;
        for (let cursor = at; cursor < text.length; cursor += 1) {
          const next = name.indexOf(text[cursor], position + 1);
          if (next < 0) break;
          const adjacent = next === position + 1;
          // 广州市|白云区|税务局 read as 广州市税务局: a lower place skipped is another level's agency (a zone's own level, 平潭|综合实验区, is no place).
          if (
            next > position + 2 &&
            cursor > at &&
            skipsLowerPlace(name.slice(position + 1, next), name.slice(next), name.slice(0, position + 1))
          )
            break;
          position = next;
          if (next < distinctiveEnd) distinctive += 1;
          const length = cursor - at + 1;
          // What is left of the name is read only where a run may end there (most steps of the scan need none of it).
          if (length >= 3 && distinctive >= 2) {
            const rest = name.slice(next + 1);
            // …办 for …办公室 (重大项目办, 外事办): the office's own short form.
            const officeShortened = rest === '公室' && text[cursor] === '办';
            // …街 for …街道(办事处) (东丽湖街, 汉正街), and a bureau without its last 局 (鄂州税务, 平度公安); a place that is
            // itself a 街 keeps it and drops the 街道 after (前进街 for 前进街街道办事处).
            // A street's own name of three or more with its 街道(办事处) dropped (漕河泾 for 徐汇区漕河泾街道办事处, 打浦桥).
            const streetShortened =
              adjacent &&
              ((text[cursor] === '街' && /^街?道(?:人民政府|政府|办事处)*$/.test(rest)) || (length >= 3 && STREET_REST.test(rest)));
            const bureauShortened = rest === '局' && length >= 4;
            // 海棠新城 for 海棠新城开发区管理委员会: a zone's own name of four or more, its kind of zone and committee dropped.
            // 长兴岛 for 长兴岛经济技术开发区: a zone's own name of three written whole (no place's level ending it), its kind dropped.
            const zoneShortened =
              (length >= 4 && ZONE_COMMITTEE_REST.test(rest)) ||
              (length === 3 &&
                from === 0 &&
                name.slice(0, next + 1) === text.slice(at, cursor + 1) &&
                !PLACE_LEVEL_END.test(text[cursor]) &&
                ZONE_KIND_REST.test(rest));
            // 黄茅洲2021年 for 黄茅洲镇人民政府: a town's own name of three with its 镇 or 乡 dropped, a year right after it.
            const townShortened = adjacent && townNamedBeforeYear(candidate.agency, name, from, rest, text.slice(cursor + 1));
            // …委 for …委员会 (市发改委 for 中卫市发改委员会, the short form of 发展和改革委员会): the committee's own short form.
            const committeeShortened = rest === '员会' && text[cursor] === '委';
            // 吉村镇 (吉村镇政府) for 大余县吉村镇人民政府办公室: a town's own office, which publishes the town's report, named by its town.
            const townOfficeShortened =
              TOWN_OFFICE_REST.test(rest) && /(?:镇|乡|街道|苏木)(?:(?:人民)?政府|办事处)?$/.test(name.slice(0, name.length - rest.length));
            if (
              rest === '' ||
              GENERIC_ENDING.test(rest) ||
              officeShortened ||
              streetShortened ||
              bureauShortened ||
              zoneShortened ||
              committeeShortened ||
              townShortened ||
              townOfficeShortened
            )
              accepted = {
                length,
                matched: length,
                bureau: bureauShortened && rest === '局',
                // (前进街 ending on the 街 of 前进街道: that street's name written short, not whole.)
                streetShort: streetShortened && text[cursor] === '街' && rest.startsWith('道'),
              };
          }
          // 平潭2022年, 合江的: a place's own name without its level, for an agency that is that place (平潭综合实验区, 合江县);
          // a year said in words may follow it as a written one does (开远去年, 平潭前年); 瓮安政府网站 too: the place's government
          // named after it is that agency (not its 政府办, another body).
          // A county stored under its prefecture (临夏回族自治州|永靖县, region and kind) is that county's own report too: named by
          // the lowest place's name alone (永靖的), as a county stored whole is. A real county's own name (the division data's
          // only 永靖) that the segmenter reads as a name may stand right before the topic asked (永靖营商环境, 合江政策解读).
          else if (
            length === 2 &&
            (from === 0 ? !candidate.agency.region : placeUnderItsRegion(candidate.agency, name, from) && adjacent) &&
            PLACE_LEVEL.test(name.slice(next + 1)) &&
            (!/\p{Script=Han}/u.test(text[cursor + 1] ?? '') ||
              PLACE_YEAR_WORD.test(text.slice(cursor + 1)) ||
              PLACE_OWN_GOVERNMENT_AFTER.test(text.slice(cursor + 1)) ||
              PLACE_CHANNEL_AFTER.test(text.slice(cursor + 1)) ||
              PLACE_APPLICATIONS_AFTER.test(text.slice(cursor + 1)) ||
              PLACE_DID_AFTER.test(text.slice(cursor + 1)) ||
              JOINED_TO_NAME_FOUND.test(text.slice(cursor + 1)) ||
              countyNamedAlone(text, at, name.slice(from)) ||
              provinceNamedShort(candidate.agency, name, from, next, text.slice(cursor + 1)))
          )
            accepted = { length: length + (/^(?:人民)?政府/.exec(text.slice(cursor + 1))?.[0].length ?? 0), matched: length };
          // 五蛟2020年 for 五蛟镇人民政府: a town's own name of two without its 镇 or 乡, a year right after it.
          else if (
            length === 2 &&
            adjacent &&
            townNamedBeforeYear(candidate.agency, name, from, name.slice(next + 1), text.slice(cursor + 1))
          )
            accepted = { length, matched: length };
          // 瓜沥公开栏, 瓜沥政府: a town's own name of two without its 镇 or 乡, right after its region in the stored name
          // (杭州市萧山区|瓜沥|镇人民政府), before a channel the town runs or its government — never a bare word alone.
          else if (
            length === 2 &&
            adjacent &&
            candidate.agency.region !== '' &&
            from === toSimplified(candidate.agency.region).length &&
            name.startsWith(toSimplified(candidate.agency.region)) &&
            TOWN_LEVEL_REST.test(name.slice(next + 1)) &&
            (PLACE_OWN_GOVERNMENT_AFTER.test(text.slice(cursor + 1)) || PLACE_CHANNEL_AFTER.test(text.slice(cursor + 1)))
          )
            accepted = { length: length + (/^(?:人民)?政府/.exec(text.slice(cursor + 1))?.[0].length ?? 0), matched: length };
          // 夏镇 for 托克逊县夏镇人民政府: a town whose own name is one character, written with its 镇 or 乡 (its whole name
          // but the region and the government), right after its region in the stored name.
          else if (length === 2 && adjacent && oneCharacterTown(candidate.agency, name, from, next))
            accepted = { length: length + (/^(?:人民)?政府/.exec(text.slice(cursor + 1))?.[0].length ?? 0), matched: length };
        }
        if (!accepted) continue;
        // 县教育局: a level alone before the kind names no place, and a stored agency of another kind's ending (丰都县教育委员会)
        // is no shortening of it: which is meant is asked. (区发改委 for the one 区…发展和改革委员会 stays: the same ending.)
        if (
          LEVEL_ALONE.test(text[at] ?? '') &&
          (at === 0 || NO_PLACE_BEFORE.test(text.slice(Math.max(0, at - 3), at))) &&
          otherKindEnding(text.slice(at + accepted.length), name)
        )
          continue;
        // 君山片区教育局 names another agency of that area, not 君山片区管理局.
        const after = text.slice(at + accepted.length);
        // 平潭管理|委员会, 沙坡头区科学技术|协会: a bureau's words without its 局 that run on into another body's kind (委员会, 办公室, 协会) name that body.
        if (accepted.bureau && /^(?:委员会|管委会|委|办公室|中心|厅|协会|学会|研究会|联合会|馆)/.test(after)) continue;
        const written = text.slice(0, at + accepted.length);
        if (
          /[省市区县旗州盟镇乡]$/.test(written) &&
          kindFollows(after) &&
          !townsOwnOffice(written, after) &&
          !GOVERNMENT_CHANNEL.test(after)
        )
          continue;
        // 保税区 in 天津港保税区 (written whole) against 天津东疆保税港区 (保税…区, a 保税港区): a name that holds the run as one word
        // names it; one that holds its characters apart is another kind, asked only where no name holds it whole.
        const whole = name.includes(text.slice(at, at + accepted.matched));
        // 前进街 against 兴庆区前进街街道 and 大东区前进街道: the street whose own name is the words written (前进街|街道) is
        // meant, not the one whose 街道 the last 街 would stand for.
        const streetShort = accepted.streetShort === true;
        const tied = best !== undefined && accepted.matched === best.matched && at === best.start;
        if (
          !best ||
          accepted.matched > best.matched ||
          (tied && whole && !best.whole) ||
          (tied && whole === best.whole && best.streetShort && !streetShort)
        )
          best = {
            agencies: [candidate.agency],
            named: new Set([candidate.agency]),
            start: at,
            length: accepted.length,
            matched: accepted.matched,
            whole,
            streetShort,
          };
        else if (tied && whole === best.whole && streetShort === best.streetShort && !best.named.has(candidate.agency)) {
          best.agencies.push(candidate.agency);
          best.named.add(candidate.agency);
        }
      }
    }
  }
  return best && { agencies: best.agencies, text: text.slice(best.start, best.start + best.length), start: best.start, how: 'shortened' };
}

/**
 * Build the index from agencies (in name order) and alias rows (in alias, agency order). Ranks
 * are longest first, ties in that order, so an index built from a subset ranks its entries as
 * the full one does.
 */
/** A town's or a street's own name, alone (宗关街道, 东溪镇), no region or kind of agency before it. */
const OWN_PLACE_NAME = /^(?!.*[省市区县旗州])\p{Script=Han}{2,6}(?:街道|镇|乡)$/u;

/** Names grouped by their first character, each group in the order given. */
function byFirstCharacter(names: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const name of names) {
    const group = groups.get(name[0]);
    if (group) group.push(name);
    else groups.set(name[0], [name]);
  }
  return groups;
}

function build(agencies: AgencyRecord[], aliasRows: Array<{ alias: string; agencyId: number }>): Built {
  const agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  // A few dozen kinds among thousands of agencies: their forms are computed once each.
  const variantsOf = new Map<string, string[]>();
  const variants = (kind: string) => {
    let forms = variantsOf.get(kind);
    if (!forms) variantsOf.set(kind, (forms = kindVariants(kind)));
    return forms;
  };
  const names = new Map(agencies.map((agency) => [agency.id, splitAgencyName(agency.name)]));
  const kindForms = new Map(agencies.map((agency) => [agency.id, variants(names.get(agency.id)!.kind)]));
  const agenciesByKind = new Map<string, AgencyRecord[]>();
  for (const agency of agencies) {
    for (const kind of variants(agency.kind)) {
      const list = agenciesByKind.get(kind);
      if (list) list.push(agency);
      else agenciesByKind.set(kind, [agency]);
    }
  }
  const kindList = [...agenciesByKind.keys()].sort((a, b) => b.length - a.length);
  const aliasMap = new Map<string, AgencyRecord[]>();
  for (const { alias, agencyId } of aliasRows) {
    const agency = agencyById.get(agencyId);
    if (!agency) continue;
    const list = aliasMap.get(alias);
    if (list) list.push(agency);
    else aliasMap.set(alias, [agency]);
  }
  // A name of two characters (螅镇) gets no stored alias (too short to be safe as a short form), but the agency's own name is still its name.
  for (const agency of agencies) {
    if (agency.name.length !== 2 || !/[镇乡]$/.test(agency.name)) continue;
    const list = aliasMap.get(agency.name);
    if (!list) aliasMap.set(agency.name, [agency]);
    else if (!list.includes(agency)) list.push(agency);
  }
  // A district's own report named with its city first (三亚市海棠区) is found by the district alone (海棠区), unless its
  // government's own is stored under the government's name too (重庆市沙坪坝区 beside 重庆市沙坪坝区人民政府): the district alone
  // then names both, and the region's own government is found as any region's is.
  const storedNames = new Set(agencies.map((agency) => toSimplified(agency.name)));
  for (const [alias, list] of aliasMap) {
    const kept = list.filter((agency) => {
      const { region, kind } = names.get(agency.id) ?? splitAgencyName(agency.name);
      if (!region || toSimplified(kind) !== alias) return true;
      const own = toSimplified(agency.name);
      return !storedNames.has(`${own}人民政府`) && !storedNames.has(`${own}政府`);
    });
    if (kept.length === 0) aliasMap.delete(alias);
    else if (kept.length < list.length) aliasMap.set(alias, kept);
  }
  const ownPlaceNames = [...aliasMap.keys()].filter((alias) => OWN_PLACE_NAME.test(alias)).sort((a, b) => b.length - a.length);
  const aliases = [...aliasMap.entries()]
    .map(([name, list]) => ({ name, agencies: list, order: 0 }))
    .sort((a, b) => b.name.length - a.name.length);
  aliases.forEach((entry, order) => (entry.order = order));
  const regionMap = new Map<string, AgencyRecord[]>();
  for (const agency of agencies) {
    const { region, kind } = names.get(agency.id)!;
    // 长春经济技术开发区: a zone named after its city, its region not read, is in that city (长春那个区 lists it).
    const forms = new Set(region ? [] : zonePlaceForms(kind));
    // 阿里地区, a region's own report or guide stored under the bare place: the place and its short form (阿里) are a region
    // the text may name.
    // (Only a 地区 or 盟: a city or county stored bare is found by its aliases, as before.)
    const bare = region ? '' : barePlace(agency.name).replace(/^(?!.*(?:地区|盟)$).*$/, '');
    if (bare) for (const form of [bare, shortRegion(bare)]) forms.add(form);
    if (!region && forms.size === 0) continue;
    if (region) {
      const levels = regionLevels(region);
      const last = levels[levels.length - 1];
      for (const form of [region, shortRegion(region), last, shortRegion(last), ...autonomousShortForms(last)]) forms.add(form);
      // 山东省济南第十一中学: a city written without its level inside the name, before a school or hospital, is its place too
      // (济南十一中, 济南市第十一中学 are asked by it).
      for (const form of unitPlaceForms(kind)) forms.add(form);
    }
    for (const form of forms) {
      if (form.length < 2) continue;
      const list = regionMap.get(form);
      if (list) list.push(agency);
      else regionMap.set(form, [agency]);
    }
  }
  const regions = [...regionMap.entries()]
    .map(([name, list]) => ({ name, agencies: list, order: 0 }))
    .sort((a, b) => b.name.length - a.name.length);
  regions.forEach((entry, order) => (entry.order = order));
  const fuzzyIndex = new Map<string, Entry[]>();
  // Only bare names (沙坡头, 红寺堡): a typo in the level suffix (海原政…) is not a typo of 海原县.
  for (const entry of regions) {
    if (entry.name.length < 3 || /(省|市|区|县|旗|州|盟)$/.test(entry.name)) continue;
    const bucket = fuzzyIndex.get(entry.name[0]);
    if (bucket) bucket.push(entry);
    else fuzzyIndex.set(entry.name[0], [entry]);
  }
  const leveledFuzzyIndex = new Map<string, Entry[]>();
  for (const entry of regions) {
    if (entry.name.length !== 3 || !LEVEL.test(entry.name[2])) continue;
    for (const position of [0, 1]) {
      const key = leveledKey(entry.name[position], position, entry.name[2]);
      const bucket = leveledFuzzyIndex.get(key);
      if (bucket) bucket.push(entry);
      else leveledFuzzyIndex.set(key, [entry]);
    }
  }
  const unleveledFuzzyIndex = new Map<string, Entry[]>();
  for (const entry of regions) {
    // 亳州 (of 亳州市) is a two-character place whose 州 is its own, not a level.
    if (entry.name.length !== 2 || (LEVEL.test(entry.name[1]) && entry.name[1] !== '州')) continue;
    for (const position of [0, 1]) {
      const key = `${entry.name[position]}${position}`;
      const bucket = unleveledFuzzyIndex.get(key);
      if (bucket) bucket.push(entry);
      else unleveledFuzzyIndex.set(key, [entry]);
    }
  }
  const shortenedIndex = new Map<string, Shortenable[]>();
  const items: Shortenable[] = [];
  // The kinds of agencies whose region is read (气象局, 税务局), simplified: what ends a name whose region is not.
  const kinds = new Set<string>();
  for (const agency of agencies) {
    const split = names.get(agency.id)!;
    if (split.region && split.kind.length >= 2) kinds.add(toSimplified(split.kind));
  }
  for (const agency of agencies) {
    const item = shortenable(agency, kinds);
    items.push(item);
    // 武汉东湖新技术开发区发展改革局 is also read in its short form, 武汉东湖高新区发改局.
    let short = item.name;
    for (const [long, form] of NAME_SHORT_FORMS) short = short.replace(long, form);
    if (short !== item.name) {
      const shortened = shortenable({ ...agency, name: short }, kinds);
      items.push({ ...shortened, agency });
    }
    // 平潭自然资源和生态环境局 for 平潭综合实验区自然资源与生态环境局: the 与 between two fields typed 和.
    const joinedByHe = item.name.replace(FIELDS_JOINED_BY_YU, '和');
    if (joinedByHe !== item.name) items.push({ ...shortenable({ ...agency, name: joinedByHe }, kinds), agency });
    // 平潭环保局: the place and another form of its kind (gaps88).
    items.push(...otherKindForms(agency, names.get(agency.id)!));
    // 十堰市生态环境局郧阳分局 is also called by its district first: 郧阳生态环境分局, 郧阳区生态环境分局 (黄岩公安分局 alike).
    const branch = CITY_BUREAU_BRANCH.exec(item.name);
    // Only the district tells such a name apart: 公安局 alone is no short form of 黄岩公安分局.
    // The branch is its district's bureau to the district's people, by either form of the kind: 花都区生态环境局, 花都环保局.
    if (branch)
      for (const level of ['', '区']) {
        items.push({ name: `${branch[2]}${level}${branch[1]}分局`, agency, distinctiveEnd: branch[2].length + level.length });
        for (const kind of kindVariants(`${branch[1]}局`))
          items.push({ name: `${branch[2]}${level}${kind}`, agency, distinctiveEnd: branch[2].length + level.length });
      }
    // 济宁市公共资源交易服务中心兖州分中心 alike, a city centre's branch in a district: 兖州公共资源交易分中心, 兖州区公共资源交易服务分中心.
    const centre = CITY_CENTRE_BRANCH.exec(item.name);
    if (centre)
      for (const level of ['', '区', '县'])
        for (const service of ['', '服务'])
          items.push({ name: `${centre[2]}${level}${centre[1]}${service}分中心`, agency, distinctiveEnd: centre[2].length + level.length });
  }
  for (const item of items) {
    const seen = new Set<string>();
    for (let at = 0; at + 1 < item.distinctiveEnd; at += 1) {
      const pair = item.name.slice(at, at + 2);
      if (seen.has(pair)) continue;
      seen.add(pair);
      const bucket = shortenedIndex.get(pair);
      if (bucket) bucket.push(item);
      else shortenedIndex.set(pair, [item]);
    }
  }
  const nextCharacters = new Map<string, Set<string>>();
  const previousCharacters = new Map<string, Set<string>>();
  for (const agency of agencies) {
    const name = toSimplified(agency.name);
    for (let at = 0; at + 1 < name.length; at += 1) {
      const [first, second] = [name[at], name[at + 1]];
      if (!nextCharacters.has(first)) nextCharacters.set(first, new Set());
      nextCharacters.get(first)!.add(second);
      if (!previousCharacters.has(second)) previousCharacters.set(second, new Set());
      previousCharacters.get(second)!.add(first);
    }
  }
  return {
    nextCharacters,
    previousCharacters,
    agencies,
    agencyById,
    kindForms,
    agenciesByKind,
    kindList,
    ownPlaceNames,
    ownPlacesByFirst: byFirstCharacter(ownPlaceNames),
    officeKinds: kindList.filter((kind) => kind.length >= 3 && kind.endsWith('办')),
    placeGovernments: placeGovernmentsOf(agencies),
    aliasIndex: byFirstTwo(aliases.filter((entry) => entry.name.length >= 2)),
    regionIndex: byFirstTwo(regions),
    fuzzyIndex,
    leveledFuzzyIndex,
    unleveledFuzzyIndex,
    shortenedIndex,
    namesakes: namesakesOf(agencies, aliasRows),
  };
}

/**
 * Agencies stored under two names, each the other's alias (a 苏木's 2024 report titled 扎赉特旗宝力根花苏木, its 2025 one
 * 扎赉特旗宝力根花苏木人民政府): one body, whose reports of other years sit under the other name.
 */
function namesakesOf(agencies: AgencyRecord[], aliasRows: Array<{ alias: string; agencyId: number }>): Map<number, AgencyRecord[]> {
  const byName = new Map(agencies.map((agency) => [agency.name, agency]));
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const aliasOf = new Set(aliasRows.map(({ alias, agencyId }) => `${agencyId}\t${alias}`));
  const namesakes = new Map<number, AgencyRecord[]>();
  for (const { alias, agencyId } of aliasRows) {
    const other = byName.get(alias);
    if (!other || other.id === agencyId) continue;
    const own = byId.get(agencyId);
    if (!own || !aliasOf.has(`${other.id}\t${own.name}`)) continue;
    const list = namesakes.get(agencyId) ?? [];
    if (!list.includes(other)) list.push(other);
    namesakes.set(agencyId, list);
  }
  return namesakes;
}

/**
 * Keep the agencies whose kind follows the region (西工区|科技局). When another kind follows
 * (海原县|政府), none match; when no kind follows (海原县和西工区…), all stay.
 */
/** A kind whose name has a 和 or 与 inside (发展和改革委员会, 人力资源和社会保障局), with no place or list mark in it. */
const INNER_JOINED_KIND =
  /^[^和与跟及、,，省市区县旗州盟\d]{1,6}[和与][^和与跟及、,，省市区县旗州盟\d]{1,8}?(?:局|委员会|委|办公室|厅|中心)/;

/** A body that is no agency of a kind right after a place (科协, 科学技术协会, 科技馆, 社科联): never the place's bureau shortened. */
const OTHER_BODY_AFTER = /^\p{Script=Han}{0,4}?(?:协会|科协|文联|社科联|工商联|侨联|残联|妇联|联合会|学会|研究会|馆)/u;

/** 的 right before a kind word (的退役军人事务局, 的应急管理局): what follows it is the place's agency of that kind. */
const OF_BEFORE_KIND = /^的(?=\p{Script=Han}{1,10}?(?:局|委员会|委|办公室|厅|中心))/u;

/** Endings many kinds share: a question's 委员会 or 服务中心 names no one agency's kind by itself. */
const GENERIC_KIND_TAIL = /^(?:委员会|办公室|管理局|管理处|管理所|服务中心|事务中心|中心|人民政府|政府|管理委员会|工作委员会|事务局)$/;

/** A branch's kind (公安局盐都分局, 生态环境局安化分局): the parent's kind, then the branch's own name and level. */
const BRANCH_KIND = /^(\p{Script=Han}{2,12}?(?:局|委员会|委|厅|署))\p{Script=Han}{1,8}?(?:分局|分所|支队|大队|中队|派出所)$/u;

/**
 * 盐城市公安局2024年… where the place's only stored agency of the kind is a branch (盐城市公安局盐都分局): the parent's kind
 * written whole and not followed by the branch names the parent, which is not stored, never its branch.
 */
function parentOfBranchWritten(variant: string, following: string): boolean {
  const parent = BRANCH_KIND.exec(variant)?.[1];
  return parent !== undefined && following.startsWith(parent);
}

function narrowByKind(index: Built, agencies: AgencyRecord[], after: string): AgencyRecord[] {
  // 海原|县政府: the short region form leaves the level suffix in front of the kind.
  // 沐阳县和上海市政府办公厅 / 红寺堡比中卫科技局: what follows a conjunction or 比 is another agency, not this one's kind.
  // 鹤山的退役军人事务局: a 的 between the place and its agency's kind joins them (the place's own bureau, not another body).
  const stripped = after.replace(/^(?:回族自治区|自治区|自治州|省|市|区|县|旗|州|盟)/, '').replace(OF_BEFORE_KIND, '');
  // 发展和改革委员会, 住房和城乡建设局: a 和 inside one kind's name joins no second agency; the cut comes after that kind.
  const inner = INNER_JOINED_KIND.exec(stripped)?.[0] ?? '';
  const following = inner + stripped.slice(inner.length).replace(/(?:[和与跟及、,，]|比(?![例重率])).*$/, '');
  // 新华区|政务办: a stored kind that ends in 办 (政务办, 人防办, 信访办) names that body, none of the place's other agencies.
  const named = FOLLOWING_KIND.exec(following)?.[0] ?? index.officeKinds.find((kind) => following.startsWith(kind));
  const narrowed = agenciesOfKindStarting(index, agencies, following);
  if (narrowed.length > 0) return narrowed;
  // 济南|十一中|办公室: a school's or hospital's short name, then an office, is that unit's own office, not another body.
  // 济南|十一中学 alike: a school or hospital of the place that is one of its stored units is that unit (not 南平市|中医院 below).
  const unit = UNIT_AFTER.exec(following);
  if (unit && (UNIT_OWN_OFFICE.test(following.slice(unit[0].length)) || /中学|小学|医院/.test(unit[1]))) {
    const own = agencies.filter((agency) => namesUnit(agency, unit[1]));
    if (own.length > 0) return own;
  }
  // 运城|经开区: a zone of the place is named, not the place's own agencies (运城市卫生健康委员会).
  if (ZONE_AFTER.test(following)) return [];
  // 中卫市|科协, 海原县|科技馆: a body of the place that is no agency of a kind (an association, a museum) is another body,
  // unless the place's agency is such a body itself (莲湖区|残联 for its 残疾人联合会).
  const otherBody = OTHER_BODY_AFTER.test(following);
  if (otherBody) return agencies.filter((agency) => /[会馆]$/.test(agency.name));
  // 咸宁气象 for 湖北省咸宁市气象部门: the kind shortened to its first two characters or more, when that fits one agency only.
  const started = agencies.filter((agency) =>
    (index.kindForms.get(agency.id) ?? kindVariants(splitAgencyName(agency.name).kind)).some(
      (variant) =>
        variant.length > 2 &&
        following.length >= 2 &&
        variant.startsWith(following.slice(0, 2)) &&
        !following.startsWith(variant) &&
        !parentOfBranchWritten(variant, following),
    ),
  );
  if (started.length === 1 && !/^(?:人民|政府)/.test(following)) return started;
  // 孝感|研究室 for 孝感市政府研究室: the kind without its first word, when that tail of three or more characters is no
  // generic ending (委员会, 办公室) and fits one agency only.
  const tailed = agencies.filter((agency) =>
    (index.kindForms.get(agency.id) ?? kindVariants(splitAgencyName(agency.name).kind)).some((variant) => {
      for (let cut = 1; variant.length - cut >= 3; cut += 1) {
        const tail = variant.slice(cut);
        // (A tail that is a bureau's kind itself, 规划建设局 of 自然资源与规划建设局, is read as a kind by the rules above and below.)
        if (following.startsWith(tail) && !GENERIC_KIND_TAIL.test(tail) && !/(?:局|委员会|委|办|厅)$/.test(tail)) return true;
      }
      return false;
    }),
  );
  if (tailed.length === 1) return tailed;
  // 西工区政府网站发了几条: the government's website is a channel the region's agencies publish on, not another agency.
  if (named && GOVERNMENT_CHANNEL.test(following)) return agencies;
  // 济南|外事办电话: an office called by its short name is that office of the place (兴安盟|外事办 for 兴安盟行署外事办公室), never
  // the place's other bodies (济南's one stored school).
  const office = OFFICE_NAMED_AFTER.exec(following)?.[1];
  if (office && !TOWN_OFFICE.test(following)) return agencies.filter((agency) => agency.name.includes(office));
  // 南平市|中医院: a hospital or school of the place is another body, not the place's one stored agency.
  // 鹤壁|供电公司电话: a company of the place is another body; the place's own company is found by its kind above.
  if (COMPANY_AFTER.test(following)) return [];
  return named || HOSPITAL_OR_SCHOOL_AFTER.test(following) ? [] : agencies;
}

/** A region's agencies by each form of their kind, made once per list of agencies (a province's runs to thousands). */
const byKindForm = new WeakMap<AgencyRecord[], { agencies: Map<string, Set<AgencyRecord>>; lengths: number[] }>();

/** The agencies (in their order) one of whose kind's forms the text starts with (兴平市|发展和改革委员会…). */
function agenciesOfKindStarting(index: Built, agencies: AgencyRecord[], following: string): AgencyRecord[] {
  const formsOf = (agency: AgencyRecord) => index.kindForms.get(agency.id) ?? kindVariants(splitAgencyName(agency.name).kind);
  if (agencies.length <= SMALL_BUCKET) return agencies.filter((agency) => formsOf(agency).some((variant) => following.startsWith(variant)));
  let lookup = byKindForm.get(agencies);
  if (!lookup) {
    const byForm = new Map<string, Set<AgencyRecord>>();
    for (const agency of agencies)
      for (const variant of formsOf(agency)) {
        const set = byForm.get(variant);
        if (set) set.add(agency);
        else byForm.set(variant, new Set([agency]));
      }
    lookup = { agencies: byForm, lengths: [...new Set([...byForm.keys()].map((variant) => variant.length))] };
    byKindForm.set(agencies, lookup);
  }
  const matched: Array<Set<AgencyRecord>> = [];
  for (const length of lookup.lengths) {
    const set = length <= following.length ? lookup.agencies.get(following.slice(0, length)) : undefined;
    if (set) matched.push(set);
  }
  if (matched.length === 0) return [];
  if (matched.length === 1 && matched[0].size === 1) return [...matched[0]];
  return agencies.filter((agency) => matched.some((set) => set.has(agency)));
}

/** A city bureau's branch of a district (十堰市|生态环境|局|郧阳|分局): the bureau's words and the district's. */
const CITY_BUREAU_BRANCH = /^\p{Script=Han}{2,4}市(\p{Script=Han}{2,8})局(\p{Script=Han}{2,3})分局$/u;

/** A city centre's branch in a district (济宁市|公共资源交易|服务中心|兖州|分中心): the centre's words and the district's. */
const CITY_CENTRE_BRANCH = /^\p{Script=Han}{2,4}市(\p{Script=Han}{2,10}?)(?:服务)?中心(\p{Script=Han}{2,3})分中心$/u;

/** A development zone's kind, long or short, right after a place's name (运城|经开区, 东湖|高新区). */
const ZONE_AFTER = /^(?:经开区|经济开发区|经济技术开发区|高新区|高新技术产业开发区|新技术开发区|开发区|保税区|综保区|工业园区?)/;

/** The short forms citizens give a zone's and a bureau's long words, for reading shortened names (东湖高新区发改局). */
const NAME_SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/经济技术开发区|经济开发区/g, '经开区'],
  [/高新技术产业开发区|新技术产业开发区|新技术开发区/g, '高新区'],
  [/发展和?改革(?=局|委)/g, '发改'],
];

/** A name in the short forms citizens give its long words (长春经济技术开发区 → 长春经开区, 东湖新技术开发区 → 东湖高新区). */
export function shortNameForm(name: string): string {
  let short = name;
  for (const [long, form] of NAME_SHORT_FORMS) short = short.replace(long, form);
  return short;
}

/** What follows a region that asks among its agencies (各单位, 的哪些部门, 所有机关, 的几个局). */
const REGION_THEN_AMONG =
  /^(?:[省市区县旗])?(?:的|里|内|境内)?(?:各|哪个|哪些|哪家|哪一个|所有|全部|(?:这)?几(?:个|家)(?=\p{Script=Han}{0,4}?(?:局|单位|部门|机关)))/u;

/**
 * 禄丰和盘龙哪个收到申请多: a region joined to a name before it, then 哪个 (one of, not 哪些 or 各), asks which of the two
 * named, not which of the region's agencies.
 */
const JOINED_BEFORE = /(?:[和与跟及、同]|还是|或者?)$/;
const WHICH_OF_TWO = /^(?:[省市区县旗])?(?:哪个|哪一个|哪家)/;

/**
 * A region followed by a publishing channel and no kind (余杭门户网站, 海原县政府网站, 中卫日报, 四川新闻网), or by an outlet's own
 * name of up to four characters before the channel's word (杭州千岛湖政府门户网站, “北京花乡”微信公众平台): the channel is meant.
 */
const REGION_AS_CHANNEL =
  /^(?:[省市区县旗])?[”"]?(?:(?:(?![局委办厅院署所站队])\p{Script=Han}){1,4}?[”"]?(?=(?:人民)?(?:政府)?(?:门户网站|政府网站|微信公众平台|微信公众号|公众号|政务微博)))?(?:人民)?(?:政府)?(?:门户网站|门户网|网站|政府网|新闻网|日报|融媒体|电视台|广播电视台|发布|微信公众平台|微信公众号|公众号|政务微博)/u;

/** A region's government named only as a publishing channel (政府网站, 人民政府门户网站, 政府公报). */
const GOVERNMENT_CHANNEL = /^(?:人民)?政府(?:门户)?(?:网站|网|公报|信息公开平台|公开平台)/;

/** Words of a sentence that a level may follow (通过县政府网站): no place's name, mistyped or not. */
/** A count or determiner before a common noun of places (些|城市, 个|地区, 哪|市区): no region's name. */
const PLACE_NOUN_AFTER_COUNT = /^[些个几哪各每这那该此两多][城都市地社小辖片山郊景园][市区县乡]$/;
const SENTENCE_WORD_START = /^(?:通过|经过|按照|依照|依据|根据|对于|关于|以及|其中|全部|其他|有关|相关|本级|各级|全年|累计)/;

/** Two characters that are one word of a sentence (政府, 公开): the second begins no place's name. */
const WORD_PAIRS_ACROSS = new Set(['政府', '公开', '信息', '政务', '申请', '办理', '网站', '部门', '单位']);

/** The key of a two-character region with its level in leveledFuzzyIndex: one kept character, where it stands, the level. */
function leveledKey(character: string, position: number, level: string): string {
  return `${character}${position}${level}`;
}

/**
 * 沭阳县2025年…: a region written with its level and no kind after it asks the region's own
 * government (沐阳县人民政府), when that is the one agency stored under the region; with another
 * kind after it (西湖区教育局), nothing.
 */
function regionsOwnGovernment(agencies: readonly AgencyRecord[], following: string): AgencyRecord[] {
  if (FOLLOWING_KIND.test(following)) return [];
  const governments = agencies.filter((agency) => /^(?:人民政府|政府)$/.test(agency.kind));
  return governments.length === 1 && agencies.length === 1 ? governments : [];
}

/** Whether some stored agency's simplified name starts with `written` (东丽湖街 of 东丽湖街道办事处). */
function writtenAsStored(index: Built, written: string): boolean {
  return written.length >= 3 && index.agencies.some((agency) => toSimplified(agency.name).startsWith(written));
}

/** Whether [at, at + length) lies inside a longer place of the division data the text writes right ([start, end) spans). */
function insideLongerKnownPlace(spans: ReadonlyArray<readonly [number, number]>, at: number, length: number): boolean {
  return spans.some(([start, end]) => start <= at && at + length <= end && end - start > length);
}

/**
 * One wrong character in a two-character region written with its level and the agency's own kind
 * (西公区科技局, 中为市科技局, 海元县科技局): the level and the kind anchor it, so one name
 * character may differ. Only one candidate may fit; two different regions stay unresolved.
 */
function leveledNearMiss(index: Built, text: string): AgencyMention | undefined {
  const found: AgencyMention[] = [];
  for (let at = 0; at + 3 <= text.length; at += 1) {
    const level = text[at + 2];
    // (A test of one character against the levels, not a pattern's run at every position: the loop sees each question.)
    if (!LEVEL_CHARACTERS.includes(level)) continue;
    const window = text.slice(at, at + 3);
    // 通过县政府门户网站公开: a word of the sentence (通过, 按照) before a level is no place mistyped.
    if (SENTENCE_WORD_START.test(window)) continue;
    // 有哪些城市的 / 有几个城市 / 哪些市区: a word or count before the noun 城市 (市区, 社区, 地区) is no place mistyped (晋城市).
    if (PLACE_NOUN_AFTER_COUNT.test(window)) continue;
    // …县政府门户网站: the government named as the site published on is no kind after the place (see GOVERNMENT_CHANNEL).
    const following = text.slice(at + 3, at + 15).replace(/^(?:人民)?政府(?=信息|网站|门户|公报)/, '');
    for (const position of [0, 1]) {
      for (const entry of index.leveledFuzzyIndex.get(leveledKey(window[position], position, level)) ?? []) {
        if (mismatches(window, entry.name) !== 1 || !/\p{Script=Han}/u.test(window[1 - position])) continue;
        // 长沙市 is a city of its own, not 长春市 mistyped.
        if (twoKnownPlaces(window, entry.name)) continue;
        const ofKind = entry.agencies.filter((agency) =>
          (index.kindForms.get(agency.id) ?? []).some((variant) => following.startsWith(variant)),
        );
        const agencies = ofKind.length > 0 ? ofKind : regionsOwnGovernment(entry.agencies, following);
        if (agencies.length > 0 && !found.some((mention) => mention.agencies[0].id === agencies[0].id))
          found.push({ agencies, text: window, start: at, how: 'fuzzy' });
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * One wrong character in a two-character region written without its level, right before the
 * agency's own kind (余航卫健局 for 余杭区卫生健康局, 平谭公安局): the kind anchors it as the level
 * does in leveledNearMiss. Only one candidate may fit; a window that is a stored place or a place of
 * the division data is no typo.
 */
function unleveledNearMiss(index: Built, text: string): AgencyMention | undefined {
  const found: AgencyMention[] = [];
  const placeSpans = knownPlaceSpans(text);
  for (let at = 0; at + 2 < text.length; at += 1) {
    const window = text.slice(at, at + 2);
    if (
      !/^\p{Script=Han}{2}$/u.test(window) ||
      // 甘南藏族自|治州|人民政府: two characters of a longer place written right are no region mistyped (福州).
      insideLongerKnownPlace(placeSpans, at, 2) ||
      // 毫州 for 亳州(市): a 州 that is the place's own character, not its level, may follow the wrong one.
      (LEVEL.test(window[1]) && window[1] !== '州') ||
      index.regionIndex.get(window)?.some((entry) => entry.name === window)
    )
      continue;
    // 上海|市…: the window ends a longer place written before it, no place of its own.
    if (at > 0 && twoKnownPlaces(text.slice(at - 1, at + 2), text.slice(at - 1, at + 2))) continue;
    // 县本级政府及政府办: a window that begins inside a word of the sentence (政|府) or holds a joiner or particle (及, 和, 的) is
    // no place's name mistyped.
    if ((at > 0 && WORD_PAIRS_ACROSS.has(text.slice(at - 1, at + 1))) || /[及和与或的了在是从向对把被将并等]/.test(window)) continue;
    // 其中政府文件几件: a word of the sentence (其中, 全部) is no place mistyped (城中) before a kind (人民政府).
    if (SENTENCE_WORD_START.test(window)) continue;
    // 公安厅|政府信息公开电话: the 政府 of 政府信息 is the information's, no government's kind after a place.
    const following = text.slice(at + 2, at + 14).replace(/^(?:人民)?政府(?=信息|网站|门户)/, '');
    for (const position of [0, 1]) {
      for (const entry of index.unleveledFuzzyIndex.get(`${window[position]}${position}`) ?? []) {
        if (mismatches(window, entry.name) !== 1 || twoKnownPlaces(window, entry.name)) continue;
        const agencies = entry.agencies.filter((agency) =>
          (index.kindForms.get(agency.id) ?? []).some((variant) => variant.length >= 2 && following.startsWith(variant)),
        );
        if (agencies.length > 0 && !found.some((mention) => mention.agencies[0].id === agencies[0].id))
          found.push({ agencies, text: window, start: at, how: 'fuzzy' });
      }
    }
  }
  if (found.length === 1) return found[0];
  // 毫州医保局 fits 亳州 and 宣州 alike by one character: the one whose character is written alike (亳/毫) is meant.
  const alike = found.filter((mention) => writtenAlike(mention.text, toSimplified(splitAgencyName(mention.agencies[0].name).region)));
  return alike.length === 1 ? alike[0] : undefined;
}

/** Characters typed for each other because they look alike (亳州 as 毫州), both ways. */
const LOOK_ALIKE: ReadonlyArray<string> = ['亳毫', '沧仓', '滁除', '泸沪', '汴卞', '邳丕', '郴彬', '莘辛', '濮璞', '儋担'];

/** Whether the window differs from the start of the place only by characters that look alike. */
function writtenAlike(window: string, place: string): boolean {
  let differs = false;
  for (let at = 0; at < window.length; at += 1) {
    if (window[at] === place[at]) continue;
    if (!LOOK_ALIKE.some((pair) => pair.includes(window[at]) && pair.includes(place[at] ?? ''))) return false;
    differs = true;
  }
  return differs;
}

/** A township, 苏木 or 街道 named right after a region (漠河市|北极镇, 余杭区|仓前街道): the name in group 1. */
const TOWNSHIP_AFTER = /^(?:市|区|县|旗)?(\p{Script=Han}{2,4}?(?:镇|乡|苏木|街道))/u;

/** Words asking about a region's towns (有几个乡, 多少个街道, 所辖乡镇), which TOWNSHIP_AFTER would read as a town's own name. */
const TOWNS_ASKED = /^(?:有|共|一共|总共|所有|全部|各|下属|下辖|所辖|辖)|几|多少|哪/;

/** A school or hospital right after a region's name: 三中, 第二中学, 实验小学, 人民医院, 中心卫生院. */
const UNIT_AFTER =
  /^(?:市|区|县|旗)?((?:第?[一二三四五六七八九十\d]{1,3}(?:中学|中|小学|小)(?![心国学习生期])|\p{Script=Han}{2,6}?(?:中学|小学|学校|医院|卫生院|幼儿园|学院|大学)(?![习生期])|\p{Script=Han}{0,6}?(?:大学|学院|职院)(?![习生期路街道南北东西])))/u;

/** A customs house's kind right after a place's name (长安|海关): see the region loop. */
const CUSTOMS_AFTER = /^海关/;

/** A unit's own office after its name (十一中|办公室, 人民医院|院办, 中学|校长办公室): the unit itself, no other body. */
const UNIT_OWN_OFFICE = /^(?:的)?(?:[校院]长?|党政|综合|信息公开)?(?:办公室|办(?![公理结事件]))/;

/** A kind that names a school or hospital (济南第十一中学, 人民医院), the only kinds that may start with a place. */
const UNIT_KIND = /中学?|小学?|学校|医院|卫生院|幼儿园|学院|大学|职院/;

/** The place a school's or hospital's kind starts with (济南 of 济南第十一中学), as written and in full; else none. */
function unitPlaceForms(kind: string): string[] {
  // (Only a kind naming a school or hospital looks for a place: the place table is not read for every agency a cold start
  // indexes.)
  if (!UNIT_KIND.test(kind)) return [];
  const start = placeStarting(kind);
  if (!start?.place.written || start.place.level === 'province' || !UNIT_AFTER.test(start.rest)) return [];
  return [start.place.written, start.place.name];
}

/** The city a zone's name starts with (长春 of 长春经济技术开发区, its region not read), as written and in full; else none. */
function zonePlaceForms(kind: string): string[] {
  if (!ZONE_KIND_END.test(kind)) return [];
  const start = placeStarting(kind);
  if (!start?.place.written || start.place.level === 'province') return [];
  // The zone is itself a division of its city (长春经济技术开发区 of 长春市): the city's name starts it.
  const city = start.place.city;
  if (/^(?:管理委员会|管委会)?$/.test(start.rest) && start.place.level === 'county' && city) {
    const short = shortRegion(city);
    return kind.startsWith(short) && ZONE_KIND_REST.test(kind.slice(short.length)) ? [short, city] : [];
  }
  return ZONE_KIND_REST.test(start.rest) ? [start.place.written, start.place.name] : [];
}

/**
 * A school's or hospital's ordinal in one form: 第一中学, 第一中 and 一中 are all 一中; 第五人民医院 and 第五医院 (the 人民 left out,
 * as people say it) are both 五院.
 */
function ordinalForm(name: string): string {
  return name
    .replace(/第?([一二三四五六七八九十\d]{1,3})中学?/g, '$1中')
    .replace(/第?([一二三四五六七八九十\d]{1,3})小学?/g, '$1小')
    .replace(/第([一二三四五六七八九十\d]{1,3})(?:人民)?医院/g, '$1院');
}

/** An agency's name in ordinal form, made once per agency (a city's agencies are asked about for every 职院 or 医院 of it). */
const ordinalForms = new WeakMap<AgencyRecord, string>();
function agencyOrdinalForm(agency: AgencyRecord): string {
  let form = ordinalForms.get(agency);
  if (form === undefined) ordinalForms.set(agency, (form = ordinalForm(agency.name)));
  return form;
}

/**
 * Whether a stored agency is the unit asked (临沂市人民医院 for 人民医院), ordinals in one form; a unit asked without an ordinal
 * is not one with it (东营市人民医院 is not 东营市第五人民医院).
 */
function namesUnit(agency: AgencyRecord, unit: string): boolean {
  const stored = agencyOrdinalForm(agency);
  const asked = ordinalForm(unit);
  const at = stored.indexOf(asked);
  if (at < 0) return false;
  return /^第?[一二三四五六七八九十\d]/.test(asked) || !/第?[一二三四五六七八九十\d]{1,3}$/.test(stored.slice(0, at));
}

/** The government of the place itself (双塔区 → 双塔区人民政府, 中卫 → 中卫市人民政府), not of a place inside it or a body of it. */
/** A name that is a place alone, with its level (孝感市, 海原县): the title of the place's own government's report. */
function barePlace(name: string): string {
  const simplified = toSimplified(name);
  const levels = regionLevels(simplified);
  // (城东管理区, 经济开发区: a body's name ending in 区 is no place.)
  if (levels.length === 0 || levels.join('') !== simplified || /管理|开发|园|实验|工业|保税|新区|高新/.test(simplified)) return '';
  return simplified;
}

/** A body's name ending within a few characters after a place (经茂中专, 某某局, 第一中学): another body than its government. */
const BODY_NAMED_SOON =
  /^[^，,。？?\d年的]{0,6}?(?:局|委|办|院|中心|学校|中学|小学|大学|中专|职校|所|站|队|馆|会|公司|厂|集团|银行|室|处|科|部|街道|镇|乡)/;

/** Whether position `at` of the text lies inside quotation marks or title marks (“健康合江服务”, 《合江时讯》). */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const open = (opening: string, closing: string) => before.split(opening).length > before.split(closing).length;
  return open('“', '”') || open('《', '》') || open('「', '」') || (before.split('"').length - 1) % 2 === 1;
}

function placeGovernmentsOf(agencies: readonly AgencyRecord[]): Map<string, AgencyRecord> {
  const governments = new Map<string, AgencyRecord>();
  for (const agency of agencies) {
    const place = barePlace(agency.name);
    if (!place) continue;
    for (const form of new Set([place, shortRegion(place)])) if (form.length >= 2 && !governments.has(form)) governments.set(form, agency);
  }
  return governments;
}

function isGovernmentOf(name: string, place: string): boolean {
  const government = /^(.+?)(?:人民政府|政府)$/.exec(name)?.[1] ?? (barePlace(name) || undefined);
  if (government === undefined) return false;
  const level = /(?:自治区|自治州|自治县|地区|[省市区县旗州盟镇乡])$/.exec(government)?.[0] ?? '';
  return government.endsWith(place) || (level !== '' && government.slice(0, -level.length).endsWith(place));
}

/**
 * Every agency mention in the text, left to right, longest first where they overlap. With
 * `exact` false, near-misses are not looked for (the caller will ask the full index).
 */
/** The kind word that ends an agency's name as citizens write it (税务局, 民政局, 自然资源局, 卫健委, 管委会, 中学). */
const NAME_WITH_KIND_ENDING = /(?:局|委员会|委|会|办公室|办|厅|院|中心|政府|署|中学|小学|学校|医院)$/;
/** A company's or a 中专's name (阳泉供电公司, 重庆经贸中专): read from a typo only of one syllable (羊泉, 经茂), not one initial. */
const BODY_ENDING = /(?:公司|中专)$/;
const NUMERAL_CHARACTER = /[零〇一二两三四五六七八九十百千各全每本该这那哪某其此几多谁]/;

/** A town, township, 苏木 or street in a name: a one-character change there may be another real place, which no data lists. */
const TOWNSHIP_WORD = /镇|乡|街道|苏木|村|社区/;

/**
 * One character typed for another that sounds alike (额州 for 鄂州, 平谭 for 平潭, 南平市明政局 for 民政局, 盐都公按分局 for
 * 公安): nothing was found, and changing one character to one with the same pinyin initial, that stands beside its
 * neighbour in some stored name, names exactly one stored agency (however many such changes do). Never inside a place
 * of the division data or a kind written right (a real place or office that is not stored is not another's typo), nor
 * in a town's or street's name (新田镇 may be real beside a stored 新添镇).
 */
function soundAlikeMention(index: Built, text: string, sameSound = false): AgencyMention | undefined {
  if (text.length > 40) return undefined;
  const guarded = new Array<boolean>(text.length).fill(false);
  const guard = (start: number, end: number) => {
    for (let position = start; position < end; position += 1) guarded[position] = true;
  };
  for (const [start, end] of knownPlaceSpans(text)) guard(start, end);
  // 向区政府提出的呢: a word saying where to (向, 对, 给) before a government named by its level alone is no typo of a place's
  // character (向 read as 西秀区's 秀): the government is the one of the agency asked before.
  for (const to of text.matchAll(/[向对给朝](?=[省市区县](?:人民)?政府)/g)) guard(to.index ?? 0, (to.index ?? 0) + 1);
  for (const kind of index.kindList)
    for (let at = text.indexOf(kind); at >= 0 && kind.length >= 2; at = text.indexOf(kind, at + 1)) guard(at, at + kind.length);
  let found: AgencyMention | undefined;
  for (let position = 0; position < text.length; position += 1) {
    const typed = text[position];
    // An ordinal (临泉县第三中学) is no typo of another (第四中学), nor a word of scope (各区科技局) a place's character.
    if (guarded[position] || !/\p{Script=Han}/u.test(typed) || NUMERAL_CHARACTER.test(typed)) continue;
    const initial = pinyinInitials(typed);
    if (!initial) continue;
    const candidates = new Set([
      ...(index.nextCharacters.get(text[position - 1] ?? '') ?? []),
      ...(index.previousCharacters.get(text[position + 1] ?? '') ?? []),
    ]);
    for (const character of candidates) {
      if (character === typed || pinyinInitials(character) !== initial) continue;
      // Beside a region read already, only one syllable (茂 and 贸), not one initial, makes a typo of a longer name.
      if (sameSound && !sameSyllable(typed, character)) continue;
      const corrected = text.slice(0, position) + character + text.slice(position + 1);
      const mentions = match(index, corrected, true, false).filter(
        (mention) => mention.start <= position && position < mention.start + mention.text.length,
      );
      if (mentions.length !== 1 || mentions[0].agencies.length !== 1) continue;
      const mention = mentions[0];
      // A whole agency's name with its kind (额州|税务局, 南平市|明政局), never a place alone or a short run of two or three
      // characters (开邮, 北京师), which one changed character makes of almost anything.
      const kindEnds = NAME_WITH_KIND_ENDING.test(mention.text) || (BODY_ENDING.test(mention.text) && sameSyllable(typed, character));
      if (mention.how === 'region' || mention.text.length < 4 || !kindEnds) continue;
      if (TOWNSHIP_WORD.test(mention.text)) continue;
      if (found && found.agencies[0].id !== mention.agencies[0].id) return undefined;
      found = { ...mention, text: text.slice(mention.start, mention.start + mention.text.length), how: 'fuzzy' };
    }
  }
  return found;
}

function match(index: Built, text: string, nearMisses: boolean, soundAlike = true): AgencyMention[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const mentions: AgencyMention[] = [];
  const claim = (start: number, length: number) => {
    for (let position = start; position < start + length; position += 1) if (taken[position]) return false;
    for (let position = start; position < start + length; position += 1) taken[position] = true;
    return true;
  };
  // A name whose region contradicts the one written before it is claimed (nothing inside it may match) but names no agency we know.
  // Positions of a place's name that another agency's kind follows (北京市|重大项目办).
  const beforeOtherKinds = new Set<number>();
  const aliasOccurrences = occurrences(text, index.aliasIndex);
  const regionOccurrences = occurrences(text, index.regionIndex).filter(({ entry, at }) => !straddlesQuestionWord(text, at, entry.name));
  // 平度卫健和平度公安: a joiner after a name is no first character of a place (和平) when another place starts right after it and runs further.
  let furthestFrom: Map<number, number> | undefined;
  const joinerStartsPlace = (at: number, length: number) => {
    if (!JOINER.test(text[at]) || !/\p{Script=Han}/u.test(text[at - 1] ?? '')) return false;
    if (!furthestFrom) {
      furthestFrom = new Map();
      for (const { entry, at: start } of [...aliasOccurrences, ...regionOccurrences])
        furthestFrom.set(start, Math.max(furthestFrom.get(start) ?? 0, start + entry.name.length));
    }
    return (furthestFrom.get(at + 1) ?? 0) > at + length;
  };
  // 东宝区和|平潭综合实验区公安局: a joiner, then another stored name, is two agencies named; the kind after it is the other's.
  const otherNameAfterJoiner = (end: number) => {
    if (!JOINER.test(text[end] ?? '')) return false;
    if (!furthestFrom) {
      furthestFrom = new Map();
      for (const { entry, at: start } of [...aliasOccurrences, ...regionOccurrences])
        furthestFrom.set(start, Math.max(furthestFrom.get(start) ?? 0, start + entry.name.length));
    }
    if ((furthestFrom.get(end + 1) ?? 0) > end + 2) return true;
    // 永川高新区和|东湖高新区发改局: a stored agency's shortened name right after the joiner is the other agency named too.
    const other = shortenedMention(index.shortenedIndex, text.slice(end + 1));
    return other?.start === 0 && other.text.length > 2;
  };
  for (const { entry, at } of aliasOccurrences) {
    if (joinerStartsPlace(at, entry.name.length)) continue;
    if (!claim(at, entry.name.length)) continue;
    // 平潭综合实验区|教育局: the name of an area's own government followed by another agency's kind names that other agency.
    if (
      /(?:[省市区县旗州盟镇乡]|政府)$/.test(entry.name) &&
      followedByOtherKind(entry.name, text.slice(at + entry.name.length)) &&
      !otherNameAfterJoiner(at + entry.name.length)
    ) {
      for (let position = at; position < at + entry.name.length; position += 1) beforeOtherKinds.add(position);
      continue;
    }
    const agencies = agenciesConsistentWithPrefix(text, at, entry.name, entry.agencies).filter(
      (agency) => !otherPlaceBeforeCompanyKind(text, at, entry.name, agency),
    );
    if (agencies.length > 0) mentions.push({ agencies, text: entry.name, start: at, how: 'alias' });
  }
  // 在余杭门户网站发布: a region named as the website or paper something was published on, kept aside (below).
  const channels: AgencyMention[] = [];
  // 银川兴庆区, 硚口宗关街道: a higher place written right before a lower one only says where the lower one is.
  let regionsFrom: Map<number, Entry[]> | undefined;
  const lowerPlaceFollows = (at: number, entry: Entry) => {
    if (!regionsFrom) {
      regionsFrom = new Map();
      for (const { entry: other, at: start } of regionOccurrences) regionsFrom.set(start, [...(regionsFrom.get(start) ?? []), other]);
    }
    let next = at + entry.name.length;
    if (LEVEL.test(text[next] ?? '') && !LEVEL.test(entry.name[entry.name.length - 1])) next += 1;
    return (regionsFrom.get(next) ?? []).some(
      (lower) =>
        LOWER_PLACE.test(lower.name) &&
        lower.agencies.some((agency) => !entry.agencies.includes(agency) && agency.name.includes(entry.name)),
    );
  };
  // 海原西工中卫这三个科技局, 海原、西工、中卫这三个科技局: places listed one after another, with or without a joiner between
  // them, then counted (这三个): each is a place asked, whatever follows it.
  const furthestEnd = new Map<number, number>();
  for (const { entry, at } of [...aliasOccurrences, ...regionOccurrences])
    furthestEnd.set(at, Math.max(furthestEnd.get(at) ?? 0, at + entry.name.length));
  const placeEnds = new Set(furthestEnd.values());
  /** Where the places listed from `end` on (海原|西工中卫这三个) stop, each right after the one before, a level or joiner between. */
  const listedUpTo = (end: number) => {
    let position = end;
    for (let step = 0; step < 8; step += 1) {
      const next = furthestEnd.get(position) ?? furthestEnd.get(position + 1);
      if (next === undefined || (!furthestEnd.has(position) && !/[省市区县旗州盟、和与及]/.test(text[position] ?? ''))) break;
      position = next;
    }
    return position;
  };
  for (const { entry, at } of regionOccurrences) {
    if (joinerStartsPlace(at, entry.name.length)) continue;
    if (lowerPlaceFollows(at, entry)) continue;
    // 通化市政府 is no 通化县人民政府: a place's short form with another level after it, the two a city and a county of the
    // division data, is another place, whose agencies are not stored (市场 after it is a kind's word, no level).
    // 甘南|藏族自治州人民政府, 临夏|回族自治州: the rest of an autonomous prefecture's full name stands for its level 州.
    const peoples = PREFECTURE_PEOPLES_AFTER.exec(text.slice(at + entry.name.length))?.[0] ?? '';
    const levelAfter = peoples ? '州' : (text[at + entry.name.length] ?? '');
    if (!LEVEL.test(entry.name[entry.name.length - 1]) && LEVEL.test(levelAfter) && !/^市场/.test(text.slice(at + entry.name.length))) {
      const written = entry.name + levelAfter;
      const own = ownPlacePattern(entry.name);
      const elsewhere = (agency: AgencyRecord) => {
        const stored = own.exec(toSimplified(agency.name))?.[0];
        return stored !== undefined && stored !== written && twoKnownPlaces(written, stored);
      };
      if (entry.agencies.every(elsewhere)) {
        claim(at, entry.name.length + (peoples.length || 1));
        continue;
      }
    }
    let after = text.slice(at + entry.name.length + peoples.length, at + entry.name.length + peoples.length + 12);
    // 海原|西工中卫这三个科技局: another place right after this one, the list then counted, is no kind of this one's agency.
    const listEnd = listedUpTo(at + entry.name.length);
    if (listEnd > at + entry.name.length && LISTED_COUNT.test(text.slice(listEnd))) after = '';
    // 海原西工中卫|这三个科技局: after places listed, 这三个 counts them all; the kind after it is theirs, not another body's.
    if (placeEnds.has(at) || (JOINER.test(text[at - 1] ?? '') && placeEnds.has(at - 1))) after = after.replace(LISTED_COUNT, '');
    let narrowed = narrowByKind(index, entry.agencies, after);
    // 中卫市各单位, 宁夏的哪些部门: the region scopes a question among its agencies; it names none of them.
    if (REGION_THEN_AMONG.test(after) && !(WHICH_OF_TWO.test(after) && JOINED_BEFORE.test(text.slice(Math.max(0, at - 2), at)))) {
      continue;
    }
    // 白云镇 is no 白云区: a region's short name with a township's level right after it names another place.
    if (/^(?:镇|乡|街道|苏木)/.test(after) && !/[省市区县旗州盟]$/.test(entry.name)) {
      claim(at, entry.name.length);
      continue;
    }
    // 漠河市北极镇: a township or 街道 of the region is named, and none of the region's stored agencies is of it.
    // (建平县|有几个乡镇: the region's towns asked about are no town's name.)
    const township = TOWNSHIP_AFTER.exec(after)?.[1];
    const within = township && !TOWNS_ASKED.test(township) ? township : undefined;
    if (within && !entry.agencies.some((agency) => agency.name.includes(within))) {
      claim(at, entry.name.length);
      continue;
    }
    // 亳州三中, 亳州市第二中学, 临沂市人民医院: a school or hospital of the region is named, and none of its stored agencies is it.
    const unit = UNIT_AFTER.exec(after)?.[1];
    if (unit && !entry.agencies.some((agency) => namesUnit(agency, unit))) {
      claim(at, entry.name.length);
      continue;
    }
    // 长安海关, 沙田海关: a customs house is named after its port, and is no body of the place's (customs are managed from
    // above, none is a department of the place's government): the place's agencies are not asked, unless one is that house.
    if (CUSTOMS_AFTER.test(after) && !entry.agencies.some((agency) => toSimplified(agency.name).includes(`${entry.name}海关`))) {
      claim(at, entry.name.length);
      for (let position = at; position < at + entry.name.length; position += 1) beforeOtherKinds.add(position);
      continue;
    }
    // 硚口宗关街道: the region's agencies of that 街道 or township, when it has some.
    if (within && narrowed.length > 1) {
      const inside = narrowed.filter((agency) => agency.name.includes(within));
      if (inside.length > 0) narrowed = inside;
    }
    if (narrowed.length === entry.agencies.length && REGION_AS_CHANNEL.test(after)) {
      const agencies = agenciesConsistentWithPrefix(text, at, entry.name, narrowed);
      if (agencies.length > 0) channels.push({ agencies, text: entry.name, start: at, how: 'region' });
      continue;
    }
    // 台州湾经开区: a place that runs on into a zone's shortened name (台州湾经济技术开发区管委会) is that zone.
    if (narrowed.length === entry.agencies.length && runsIntoLongerName(index, text, at, entry.name)) {
      const longer = shortenedMention(index.shortenedIndex, text.slice(at, at + 24));
      // Only a name that is none of the place's own agencies (中卫市人民|波府 stays 中卫市's government).
      if (
        longer &&
        longer.start === 0 &&
        longer.text.length > entry.name.length + 1 &&
        !longer.agencies.some((agency) => entry.agencies.includes(agency)) &&
        longer.agencies.every((agency) => ZONE_NAMED.test(toSimplified(agency.name))) &&
        claim(at, longer.text.length)
      ) {
        mentions.push({ ...longer, text: text.slice(at, at + longer.text.length), start: at });
        continue;
      }
    }
    // 天津东疆: a place written without its level run on into the start of another stored name (天津东疆保税港区管理委员会)
    // names that body, never the place's own agencies (天津市应急管理局, which the question does not name). With its level
    // (中卫市沙坡…), or a level in the two characters after it (沙坡|头区), what follows is a lower place, which the rules
    // above read.
    if (
      narrowed.length === entry.agencies.length &&
      !LEVEL.test(entry.name[entry.name.length - 1]) &&
      !/[省市区县旗州盟镇乡]/.test(text.slice(at + entry.name.length, at + entry.name.length + 2)) &&
      runsIntoLongerName(index, text, at, entry.name)
    ) {
      const bodies = bodiesNamedOnFrom(index, text.slice(at, at + entry.name.length + 2), entry.agencies);
      if (bodies.length > 0 && claim(at, entry.name.length + 2)) {
        mentions.push({ agencies: bodies, text: text.slice(at, at + entry.name.length + 2), start: at, how: 'shortened' });
        continue;
      }
    }
    // 大兴新区 is no 大兴区: a region's short name with 新区 right after it names a new district or zone of its own, never the
    // region's agencies (北京市大兴区's office): the bodies whose names hold it (西安大兴新区开发建设管理委员会), else none.
    if (/^新区/.test(after) && !LEVEL.test(entry.name[entry.name.length - 1])) {
      const written = `${entry.name}新区`;
      let zones = newZonesOf.get(entry);
      if (!zones) {
        zones = index.agencies.filter((agency) => toSimplified(agency.name).includes(written) && !entry.agencies.includes(agency));
        newZonesOf.set(entry, zones);
      }
      if (zones.length > 0 && claim(at, written.length))
        mentions.push({ agencies: zones, text: text.slice(at, at + written.length), start: at, how: 'shortened' });
      continue;
    }
    // 海原县政府 is not 海原县科学技术局: a region followed by another kind names another agency.
    if (narrowed.length === 0 || !claim(at, entry.name.length)) continue;
    let agencies = agenciesConsistentWithPrefix(text, at, entry.name, narrowed);
    // 合江县卫生健康局…“健康合江服务”: the place again after one of its agencies was named is that agency, never its
    // government as another agency asked of.
    // (Only inside a quoted name, an account's or a column's: 沙坡头教体局沙坡头波民政府 names the place's government next.)
    const namedBefore = insideQuotes(text, at)
      ? agencies.filter((agency) => mentions.some((mention) => mention.agencies.includes(agency)))
      : [];
    const government = index.placeGovernments.get(entry.name);
    if (namedBefore.length > 0 && namedBefore.length < agencies.length) agencies = namedBefore;
    // 孝感 alone (孝感去年收到多少申请), where 孝感市政府研究室 and a report titled 孝感市 are stored: the place named with no kind
    // is the government whose report bears its name, not the place's one other body.
    // (重庆经茂中专: a body's name after the place, even one misspelt, is that body, never the government.)
    else if (
      government !== undefined &&
      !BODY_NAMED_SOON.test(after) &&
      !entry.agencies.includes(government) &&
      narrowByKind(index, [...entry.agencies, government], after).length === entry.agencies.length + 1
    )
      agencies = [government];
    // 双塔区 alone, where 双塔区人民政府 and a 街道 of it are stored: a place named with no kind is its own government.
    else if (agencies.length > 1 && narrowed.length === entry.agencies.length) {
      const own = agencies.filter((agency) => isGovernmentOf(agency.name, entry.name));
      if (own.length === 1) agencies = own;
    }
    // 余杭瓶窑: the region, then the own name of one of its towns without its 镇 (瓶窑 of 杭州市余杭区瓶窑镇人民政府), names that
    // town; its name is part of the mention, no word of the question.
    const end = at + entry.name.length;
    const townOf = (agency: AgencyRecord) => {
      const name = toSimplified(agency.name);
      const from = name.indexOf(entry.name);
      const town =
        from < 0 ? undefined : /^[市区县旗]?(\p{Script=Han}{2,4}?)(?:镇|乡|街道|苏木)/u.exec(name.slice(from + entry.name.length))?.[1];
      return town !== undefined && text.startsWith(town, end) && !/^(?:镇|乡|街|苏木)/.test(text.slice(end + town.length))
        ? town
        : undefined;
    };
    const towns = agencies.filter((agency) => townOf(agency) !== undefined);
    const town = towns.length > 0 ? townOf(towns[0]) : undefined;
    if (town && towns.every((agency) => townOf(agency) === town) && claim(end, town.length)) {
      mentions.push({ agencies: towns, text: entry.name + town, start: at, how: 'region' });
      continue;
    }
    if (agencies.length > 0) mentions.push({ agencies, text: entry.name, start: at, how: 'region' });
  }
  if (mentions.length === 0 && nearMisses) {
    // One wrong character in a region of three or more (沙波头, 红寺宝): still that region.
    const near: Array<{ entry: Entry; at: number }> = [];
    // 甘南藏族自|治州: a part of a longer place written right (a division's full name) is no typo of a stored one (福州).
    const placeSpans = knownPlaceSpans(text);
    const insideLongerPlace = (at: number, length: number) => insideLongerKnownPlace(placeSpans, at, length);
    for (let at = 0; at < text.length; at += 1) {
      for (const entry of index.fuzzyIndex.get(text[at]) ?? []) {
        if (
          at + entry.name.length <= text.length &&
          !insideLongerPlace(at, entry.name.length) &&
          mismatches(text.slice(at, at + entry.name.length), entry.name) === 1 &&
          // 黄石2025年 is no 黄石港 mistyped: a typo puts a character for a character, never a digit, a mark or a space.
          /^\p{Script=Han}+$/u.test(text.slice(at, at + entry.name.length)) &&
          !twoKnownPlaces(text.slice(at, at + entry.name.length), entry.name) &&
          // 通化市政府 is no 通化县政府 mistyped: the level changed makes another place of the division data.
          !otherLevelWritten(text.slice(at, at + entry.name.length), entry.name) &&
          // 海棠新城|管委会2021年: a committee's or government's generic word written right is no typo of a place (管委会城).
          !GENERIC_WORD_AT.test(text.slice(at, at + 5)) &&
          // 公开的东西在哪看: a particle of the sentence (在, 的, 是) in place of a character of the name is no typo of 东西湖, unless
          // it sounds the same (再 for 在 is).
          !particleForCharacter(text.slice(at, at + entry.name.length), entry.name) &&
          // 东丽湖街 is 东丽湖街道办事处 written short, no typo of 东西湖(区): a stored agency's name starts with the words as written.
          !writtenAsStored(index, text.slice(at, at + entry.name.length + 1))
        )
          near.push({ entry, at });
      }
    }
    near.sort((a, b) => a.entry.order - b.entry.order || a.at - b.at);
    for (const { entry, at } of near) {
      const narrowed = narrowByKind(index, entry.agencies, text.slice(at + entry.name.length, at + entry.name.length + 12));
      if (narrowed.length === 0 || !claim(at, entry.name.length)) continue;
      const agencies = agenciesConsistentWithPrefix(text, at, entry.name, narrowed);
      if (agencies.length > 0) mentions.push({ agencies, text: text.slice(at, at + entry.name.length), start: at, how: 'fuzzy' });
    }
  }
  if (mentions.length === 0 && nearMisses) {
    // One wrong character in place of the level (海原悬科技局): the short region, one character, then the agency's own kind.
    for (const { entry, at } of occurrences(text, index.regionIndex)) {
      if (/(省|市|区|县|旗|州|盟)$/.test(entry.name)) continue;
      const typo = text[at + entry.name.length];
      if (typo === undefined || !/\p{Script=Han}/u.test(typo) || LEVEL.test(typo)) continue;
      const following = text.slice(at + entry.name.length + 1, at + entry.name.length + 13);
      const agencies = entry.agencies.filter((agency) =>
        (index.kindForms.get(agency.id) ?? []).some((variant) => following.startsWith(variant)),
      );
      if (agencies.length === 0 || !claim(at, entry.name.length + 1)) continue;
      mentions.push({ agencies, text: text.slice(at, at + entry.name.length + 1), start: at, how: 'fuzzy' });
    }
  }
  if (mentions.length === 0 && nearMisses) {
    const leveled = leveledNearMiss(index, text);
    if (leveled && claim(leveled.start, leveled.text.length)) mentions.push(leveled);
  }
  if (mentions.length === 0 && nearMisses) {
    const unleveled = unleveledNearMiss(index, text);
    if (unleveled && claim(unleveled.start, unleveled.text.length)) mentions.push(unleveled);
  }
  // A place followed by an office the index does not know by that name (北京市重大项目办) may be a shortened full name.
  if (mentions.length === 0 && nearMisses && taken.every((claimed, position) => !claimed || beforeOtherKinds.has(position))) {
    // 长桥乡和冯原镇: each shortened name in turn, the text of those found masked out.
    let rest = text;
    for (let round = 0; round < 3; round += 1) {
      const shortened = shortenedMention(index.shortenedIndex, rest);
      if (!shortened) break;
      // Only the place's own name again (沐阳县政府|办公厅): that office is another agency, not the place.
      let beyondPlace = false;
      for (let position = shortened.start; position < shortened.start + shortened.text.length; position += 1)
        if (!beforeOtherKinds.has(position)) beyondPlace = true;
      if (!beyondPlace) break;
      // 行政审批局 with 平潭综合实验区行政审批局 and 盂县行政审批服务管理局 stored: a stored kind written whole (行政审批局) is that
      // kind's agency, read by kind below, not another kind's name with words skipped (行政审批…局).
      const written = text.slice(shortened.start, shortened.start + shortened.text.length);
      // (苏银产业园管委会, a form of the one stored 苏银产业园管理委员会's own kind, stays that agency.)
      const ofKind = index.agenciesByKind.get(written);
      const otherKind = ofKind?.some((agency) => !shortened.agencies.includes(agency)) === true;
      if (otherKind && shortened.agencies.every((agency) => !toSimplified(agency.name).includes(written))) break;
      mentions.push({ ...shortened, text: written });
      rest = rest.slice(0, shortened.start) + ' '.repeat(shortened.text.length) + rest.slice(shortened.start + shortened.text.length);
    }
  } else if (mentions.length > 0 && joinerBesideFound(taken, text)) {
    // 北坡镇和二酉乡: one name found whole, the other only in a shortened form, on the other side of a joiner.
    let masked = '';
    for (let position = 0; position < text.length; position += 1) masked += taken[position] ? ' ' : text[position];
    const shortened = shortenedMention(index.shortenedIndex, masked);
    if (
      shortened &&
      besideJoiner(taken, text, shortened.start, shortened.start + shortened.text.length) &&
      claim(shortened.start, shortened.text.length)
    )
      mentions.push({ ...shortened, text: text.slice(shortened.start, shortened.start + shortened.text.length) });
  }
  // A region named only as a channel is the agency asked unless another agency is named (海原县门户网站发了几条;
  // not 钱江经济开发区…在余杭门户网站发布, where 余杭's agencies are only the channel's).
  for (const channel of channels) {
    const otherAgency = mentions.some((mention) => !mention.agencies.some((agency) => channel.agencies.includes(agency)));
    if (!otherAgency && claim(channel.start, channel.text.length)) mentions.push(channel);
  }
  // 运城市中心医院: a place written right (运城市) is that place, whose hospital is not stored; a near miss overlapping it
  // (城市中 read as 城中区) is no typo of another place. One that reads the same place (屯昌南吕镇 → 南吕镇) stays.
  const written = mentions.some((mention) => mention.how === 'fuzzy')
    ? occurrences(text, index.regionIndex).filter(({ entry }) => /(?:省|市|区|县|旗|州|盟|镇|乡)$/.test(entry.name))
    : [];
  const kept = mentions.filter(
    (mention) =>
      mention.how !== 'fuzzy' ||
      !written.some(
        ({ entry, at }) =>
          at < mention.start + mention.text.length &&
          mention.start < at + entry.name.length &&
          !mention.agencies.some((agency) => toSimplified(agency.name).includes(entry.name)),
      ),
  );
  // A reading that needs no typo beats one that needs one, where the two overlap: 如皋高新区 with 西安市高陵区人民政府 stored is
  // the stored 如皋高新技术产业开发区管理委员会 written short (高新区 no typo of 高陵区), and 黄石主动公开 with 黄石港区 stored is the
  // report stored as 黄石市 named by its place (主 no typo of 港).
  if (kept.length > 0 && nearMisses && kept.every((mention) => mention.how === 'fuzzy')) {
    const shortened = shortenedMention(index.shortenedIndex, text);
    const overlaps = (mention: AgencyMention) =>
      shortened !== undefined &&
      shortened.start < mention.start + mention.text.length &&
      mention.start < shortened.start + shortened.text.length &&
      !mention.agencies.some((agency) => shortened.agencies.includes(agency));
    if (shortened && kept.every(overlaps))
      return [{ ...shortened, text: text.slice(shortened.start, shortened.start + shortened.text.length) }];
  }
  // 重庆经茂中专: only a region of several agencies is read (重庆), and one character of one syllable with a stored name's
  // (茂 for 贸: mao) makes that name, which holds the region: the name is meant, not the region asked back.
  const regionsOnly = kept.length > 0 && kept.every((mention) => mention.how === 'region' && mention.agencies.length > 1);
  // 白云区|棠景街: one district read as the region of several agencies, then one of them written short right after it (棠景街 of
  // 广州市白云区人民政府棠景街道办事处): that agency, named with its district.
  if (regionsOnly && kept.length === 1 && nearMisses) {
    const [region] = kept;
    const end = region.start + region.text.length;
    const street = shortenedMention(index.shortenedIndex, text.slice(end));
    if (street?.start === 0 && street.agencies.every((agency) => region.agencies.includes(agency)))
      return [{ ...street, start: region.start, text: text.slice(region.start, end + street.text.length) }];
  }
  if ((kept.length === 0 || regionsOnly) && nearMisses && soundAlike) {
    const typo = soundAlikeMention(index, text, regionsOnly);
    const covers = (mention: AgencyMention) =>
      typo !== undefined && typo.start <= mention.start && mention.start + mention.text.length <= typo.start + typo.text.length;
    if (typo && kept.every(covers)) return [typo];
  }
  return withoutEchoes(kept).sort((a, b) => a.start - b.start);
}

/** A region and a character that is no level, digit or particle right after it (台州|湾): it may run on into a longer name. */
/**
 * The stored bodies whose full name starts with `written` (a place and the two characters after it: 天津东疆), none of
 * the place's own agencies: the place is the start of their name.
 */
function bodiesNamedOnFrom(index: Built, written: string, own: readonly AgencyRecord[]): AgencyRecord[] {
  const found = new Map<number, AgencyRecord>();
  for (const candidate of index.shortenedIndex.get(written.slice(-2)) ?? []) {
    if (toSimplified(candidate.agency.name).startsWith(written) && !own.includes(candidate.agency))
      found.set(candidate.agency.id, candidate.agency);
  }
  return [...found.values()];
}

function runsIntoLongerName(index: Built, text: string, at: number, name: string): boolean {
  if (/[镇乡]$/.test(name)) return false;
  const next = text[at + name.length] ?? '';
  return /\p{Script=Han}/u.test(next) && !LEVEL.test(next) && !/[的和与跟及比在是有那这年]/.test(next) && index.shortenedIndex.size > 0;
}

/**
 * A bare region named again after an agency of that region (上海市科委的“上海科技”网站): the
 * region is part of a word there, not a second agency, so it neither asks which one nor compares.
 */
function withoutEchoes(mentions: AgencyMention[]): AgencyMention[] {
  const named = mentions
    .filter((mention) => mention.how === 'alias' && mention.agencies.length === 1)
    .map((mention) => mention.agencies[0]);
  if (named.length === 0) return mentions;
  return mentions.filter(
    (mention) => mention.how !== 'region' || mention.agencies.length === 1 || !mention.agencies.some((agency) => named.includes(agency)),
  );
}

/**
 * The mentions of `text`, a higher place written right before a lower one inside it (广州番禺区政府办, 浙江省杭州市萧山区瓜沥镇,
 * 重庆忠县, 南京鼓楼区政府) read as saying only where the lower one is: when the higher place was read as its own agencies (广州
 * → 广州市医疗保障局) or nothing was found, the text is read again without it, and of what is found there only agencies the
 * higher place can hold are kept (an agency whose name places it elsewhere, 福州市鼓楼区…, is none of 南京's). Nothing kept: the
 * question names an agency of that place that is not stored.
 */
function matchPlaced(index: Built, text: string, nearMisses: boolean): AgencyMention[] {
  return withHigherPlaces(text, (read) => match(index, read, nearMisses));
}

/** matchPlaced's rule over any reading of a text (`find`): the index's match, or a test's plain scan of the same aliases. */
export function withHigherPlaces(text: string, find: (text: string) => AgencyMention[]): AgencyMention[] {
  const mentions = find(text);
  if (!/\p{Script=Han}{4}/u.test(text)) return mentions;
  const highers = higherPlaceSpans(text);
  if (highers.length === 0) return mentions;
  const inHigher = (mention: AgencyMention) =>
    highers.some((higher) => higher.start <= mention.start && mention.start + mention.text.length <= higher.end);
  // 天津市北辰区人民政府…街道办事处: a government stored under its place's name alone (天津市) is read as that place too, not as
  // the agency asked, when a lower place inside it follows.
  if (mentions.length > 0 && !mentions.some((mention) => (mention.how === 'region' || mention.how === 'alias') && inHigher(mention)))
    return mentions;
  let masked = text;
  for (const { start, end } of highers) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  const fits = (agency: AgencyRecord, start: number) =>
    highers.every((higher) => {
      if (higher.start > start) return true;
      const name = toSimplified(agency.name);
      return agencyPlaces(name).size === 0 || agencyInPlace(name, higher.place);
    });
  return find(masked)
    .map((mention) => ({ ...mention, agencies: mention.agencies.filter((agency) => fits(agency, mention.start)) }))
    .filter((mention) => mention.agencies.length > 0);
}

/** 这三个, 这两家, 那几个: a count of the places listed right before it. */
const LISTED_COUNT = /^(?:这|那)(?:[两二三四五六七八九十几]|\d+)?[个家]/;

/**
 * A kind list's places by each kind's first two characters (as one number: the two UTF-16 code units), a kind of one
 * character by that character, and the empty kind's, which every text holds.
 */
interface KindStarts {
  pairs: Map<number, number[]>;
  single: Map<number, number[]>;
  always: number[];
}
const kindStarts = new WeakMap<readonly string[], KindStarts>();

/** The places of `kinds` by their first two characters, made once per list (a list lasts until the store changes). */
function kindsByStart(kinds: readonly string[]): KindStarts {
  let made = kindStarts.get(kinds);
  if (made) return made;
  made = { pairs: new Map(), single: new Map(), always: [] };
  for (const [order, kind] of kinds.entries()) {
    if (kind.length === 0) {
      made.always.push(order);
      continue;
    }
    const byKey = kind.length === 1 ? made.single : made.pairs;
    const key = kind.length === 1 ? kind.charCodeAt(0) : kind.charCodeAt(0) * 0x10000 + kind.charCodeAt(1);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(order);
  }
  kindStarts.set(kinds, made);
  return made;
}

/** The places (orders) in `kinds` of the kinds written somewhere in `text`, ascending (each kind's first two characters looked up). */
function kindOrdersIn(kinds: readonly string[], text: string): number[] {
  const byStart = kindsByStart(kinds);
  const orders: number[] = [...byStart.always];
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    for (const order of byStart.single.get(code) ?? []) orders.push(order);
    if (at + 1 === text.length) break;
    for (const order of byStart.pairs.get(code * 0x10000 + text.charCodeAt(at + 1)) ?? [])
      if (text.startsWith(kinds[order], at)) orders.push(order);
  }
  return orders.length < 2 ? orders : [...new Set(orders)].sort((a, b) => a - b);
}

/**
 * `text` with each of `kinds` taken out in turn, in the list's order: what `for (const kind of kinds) text = text.replace(kind, '')`
 * gives (`every`: replaceAll), with only the kinds written in the text tried, not each of a thousand kinds. A kind taken out may
 * join the characters around it into another kind (教科技局育局 → 教育局): the kinds still to come are looked up again then.
 */
export function withoutKindsOf(kinds: readonly string[], text: string, every = false): string {
  let rest = text;
  let orders = kindOrdersIn(kinds, rest);
  for (let at = 0; at < orders.length; at += 1) {
    const order = orders[at];
    const next = every ? rest.replaceAll(kinds[order], '') : rest.replace(kinds[order], '');
    if (next === rest) continue;
    rest = next;
    orders = kindOrdersIn(kinds, rest).filter((later) => later > order);
    at = -1;
  }
  return rest;
}

/** An index of every agency's aliases and regions, rebuilt when the store changes. */
export class AgencyIndex {
  /** The one index, built again when the store's data changes. */
  private readonly built = versionedCache<'index', Built>({ max: 1, version: () => this.store.changeStamp() });
  /**
   * The mentions found in a text, kept per text until the data changes: askOne asks about the same text several times
   * (the question, its parts, the remembered question), and citizens ask the same words again and again (可以申请行政复议吗),
   * where the near-miss and sound-alike searches cost most. Frozen, since every caller shares them.
   */
  private readonly found = versionedCache<string, readonly AgencyMention[]>({ max: 4096, version: () => this.store.changeStamp() });
  private answeredCold = false;

  constructor(private readonly store: ReportStore) {}

  private refresh(): Built {
    // A cheap check per question: the store's change stamp, not a count of every agency.
    return this.built.get('index', () => build(this.store.agencies(), this.store.aliases()));
  }

  all(): AgencyRecord[] {
    return this.refresh().agencies;
  }

  /** One agency by id. */
  byId(id: number): AgencyRecord | undefined {
    return this.refresh().agencyById.get(id);
  }

  /** Every kind of agency in the store, long and short forms (科学技术局, 科技局 …), longest first. */
  kinds(): readonly string[] {
    return this.refresh().kindList;
  }

  /**
   * The kinds (kinds()) written somewhere in `text`, in kinds()' order: what `kinds().filter((kind) => text.includes(kind))`
   * gives, found by a lookup per character of the text, not a scan of every kind (a thousand on a store of real reports),
   * which several rules of each question made.
   */
  kindsIn(text: string): readonly string[] {
    const kinds = this.kinds();
    // Several rules of one question ask of the same text in turn.
    if (this.lastKindsIn?.kinds === kinds && this.lastKindsIn.text === text) return this.lastKindsIn.found;
    const found = Object.freeze(kindOrdersIn(kinds, text).map((order) => kinds[order]));
    this.lastKindsIn = { kinds, text, found };
    return found;
  }

  private lastKindsIn?: { kinds: readonly string[]; text: string; found: readonly string[] };

  /** `text` with every stored kind taken out, longest first (withoutKindsOf over kinds()); `every`: each kind wherever it is written. */
  withoutKinds(text: string, every = false): string {
    return withoutKindsOf(this.kinds(), text, every);
  }

  /** The own names of stored towns and streets, no region before them (宗关街道, 东溪镇, 太平镇). */
  ownPlaceNames(): readonly string[] {
    return this.refresh().ownPlaceNames;
  }

  /**
   * The own names of stored towns and streets that start with a character of `text` (a typo keeps a name's first character),
   * longest first: per message, a lookup per character, not a pass over every town of the store.
   */
  ownPlaceNamesIn(text: string): readonly string[] {
    const byFirst = this.refresh().ownPlacesByFirst;
    if (byFirst.size === 0) return [];
    const found = new Set<string>();
    for (const character of new Set(text)) for (const name of byFirst.get(character) ?? []) found.add(name);
    return [...found].sort((a, b) => b.length - a.length);
  }

  /** The other names one body is stored under (each an alias of the other), none for most agencies. */
  namesakes(agencyId: number): readonly AgencyRecord[] {
    return this.refresh().namesakes.get(agencyId) ?? [];
  }

  /** The agencies of one kind (either form: 科技局 or 科学技术局), in name order. */
  ofKind(kind: string): readonly AgencyRecord[] {
    return this.refresh().agenciesByKind.get(kind) ?? [];
  }

  /**
   * Every agency mention in the text, left to right, longest first where they overlap.
   * A kind word next to a region (西工区科技局) narrows the region's agencies to that kind.
   *
   * The first question of a process (`gongkai ask`) does not wait for the whole index (a third
   * of a second over 100,000 reports): SQLite finds the aliases in the text and the agencies
   * whose names share two characters with it, and the same matching runs over those. Any name
   * that can match is among them, so the mentions are the same; without any, the full index
   * is built for the near-miss search.
   */
  find(text: string): readonly AgencyMention[] {
    if (this.built.size === 0 && !this.answeredCold && text.length <= 500) {
      this.answeredCold = true;
      const bigrams = new Set<string>();
      for (let at = 0; at + 1 < text.length; at += 1) bigrams.add(text.slice(at, at + 2));
      const aliasRows = this.store.aliasesIn(text);
      const agencies = this.store.agenciesNamedWith(
        [...bigrams],
        aliasRows.map((row) => row.agencyId),
      );
      // Only a reading the near misses could not change is final here: a text (or, a higher place masked, its rest) where
      // nothing is found, or only regions of several agencies, is read by the full index, as any later question is (中波市
      // 人民政府沙坡县洛阳市西工区发改委 reads 中波市 as 中卫市 there, not the rest with 洛阳市 masked).
      let nearMissesMatter = false;
      const cold = build(agencies, aliasRows);
      const mentions = withHigherPlaces(text, (read) => {
        const found = match(cold, read, false);
        if (found.length === 0 || found.every((mention) => mention.how === 'region' && mention.agencies.length > 1))
          nearMissesMatter = true;
        return found;
      });
      if (mentions.length > 0 && !nearMissesMatter) return mentions;
    }
    return this.found.get(text, () => {
      const mentions = matchPlaced(this.refresh(), text, true);
      for (const mention of mentions) Object.freeze(mention);
      return Object.freeze(mentions);
    });
  }
}
