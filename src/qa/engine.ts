/**
 * The answering engine: a Chinese question in, a short, exact, cited answer out. Every
 * number in an answer comes from the store; a figure it does not hold is never stated.
 */
import { outcomeAsked, outcomeGrounds } from './outcome-grounds.js';
import { replyTimeSentence } from './reply-time-stated.js';
import { REPLACED_LEAD as TABLE_OUTCOME_LEAD, tableOutcomeVerdict } from './table-outcome.js';
import { tableRowsAdd } from './table-sum.js';
import { versionedCache } from '../core/cache.js';
import { shanghaiDate, shanghaiYear } from '../core/clock.js';
import type { StateStore } from '../core/state.js';
import {
  APPEAL_COLUMNS,
  APPLICANT_COLUMNS,
  type ColumnDef,
  CURRENT_LAYOUT,
  DOCUMENT_COLUMNS,
  fieldByKey,
  layoutOf,
  type RowDef,
  SECTIONS,
  sameRowIn,
} from '../report/catalogue.js';
import type { ProseFigure } from '../report/model.js';
import {
  type AgencyRecord,
  type FigureRanking,
  type FigureValue,
  type MainProseFigure,
  type ReportRecord,
  type ReportStore,
  reportTitle,
} from '../store/report-store.js';
import { readTransaction } from '../store/db.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import { agencyGuideAsks, asksAgencyService, PERSON_PHONE_ASKED } from '../guide/agency-guide-answer.js';
import { DEADLINE_CALCULATOR_ID, FEE_BY_PAGES_ID, FEE_BY_REQUESTS_ID, findDateInQuestion } from '../guide/answer.js';
import { AGENCY_LIKE, AgencyIndex, type AgencyMention, OFFICE_NAMED_AFTER, shortNameForm, UNIT_WORDS } from './agency-index.js';
import {
  type AskKind,
  askKind,
  applicationChannelCounted,
  applicationChannelStated,
  askedUnit,
  contentWords,
  cumulativeLevelIn,
  GROWTH_ASKED,
  mediaKindAsked,
  otherAccountNamed,
  retrieve,
  SAME_APPLICATION_CHANNEL,
  type Retrieved,
  shorten,
  unitsAgree,
} from './retrieve.js';
import { searchWords, withQuotesWhole } from '../text/segment.js';
import { COMMON_KINDS, KIND_ABBREVIATIONS, kindVariants, OWN_NAMED_UNIT, regionLevels, splitAgencyName } from '../report/agency-names.js';
import { toSimplified } from '../text/script.js';
import { sameSyllable } from './syllables.js';
import { appealOutcomeAsked, appealOutcomeStated, outcomeWordAsked } from './appeal-outcome.js';
import { WORKED_RATE_ASKED, workedRate } from './worked-rate.js';
import { disclosureRateAsked, disclosureRateText, shareOfApplicationsQuestion } from './application-share.js';
import {
  askedOperation,
  YES_NO_MORE_ASKED,
  withDoubledVerdict,
  listSum,
  pairedQuestion,
  statedShare,
  wholeListedOver,
  withArithmetic,
} from './arithmetic.js';
import { englishWords, plainWords } from './colloquial.js';
import { readPinyinRegion } from './pinyin-initials.js';
import { LAST_MEANING_ASKED, meaningText, TERM_ASKED, termNamed, termOfFact } from './terms.js';
import {
  agencyInPlace,
  agencyPlaces,
  higherPlacesLead,
  type Place,
  placeEnding,
  placeLabel,
  placeStarting,
  twoKnownPlaces,
} from './places.js';
import { END_ASKED, PLACE_ASKED, placeInCompared, sameItemUnit } from './compared-place.js';
import { OWN_APPLICATION_ANSWER, OWN_APPLICATION_ASKED } from './own-application.js';
import { askedOfRanked, kindOfRanked, pointsAtLastNamed } from './ranked-referent.js';
import { noneReceivedAnswer, noneReceivedClause, saysNoneReceived } from './none-received.js';
import { afterRefusal, refusalWithReason } from './why-refused.js';
import { withBoundInDigits, withReachAsked } from './threshold-words.js';
import { asksAcrossKind, dutyOfKind, dutySaid, dutySuffixes, inOnePlace, ofDuty, oneInPlace, withThatYear } from './kind-in-place.js';
import { placeAsScope } from './place-scope.js';
import { agenciesInScope, placeOfData, type RankingScope, rankingScope } from './ranking-scope.js';
import { barAsked, bareRest, type KindEntry, statisticAnswer, statisticAsked } from './kind-statistics.js';
import { correctKindTypos } from './typos.js';
import { districtAgenciesByCity } from './city-districts.js';
import { accountsOfKind, twoOfAKindAsked } from './two-of-a-kind.js';
import { applicationContentStated, applicationTopicAsked, topicStated } from './application-content.js';
import { yearRightAfter } from './own-year.js';
import { type RoleAsked, type RoleStated, roleAnswer, roleHolderAsked, roleStated } from './role-holder.js';
import { yearBeforeAsked, yearBeforeOnly } from './year-before.js';
import { withoutUnstatedProperty } from './unstated-property.js';
import { withDocumentActAsked, withDocumentsOfLast, withoutFinerPart } from './finer-than-stated.js';
import { withOtherKindNoted } from './other-kind-stated.js';
import { shareOfThingPrinted, withNoneCarriedOver, withoutAllApplicantsCount, withoutUnprintedShare } from './wrong-clause.js';
import { briefAsked, briefly, withSpaceBetweenAsks, yearOfCorrection } from './brevity.js';
import { pendingWithoutPointer, replyPlaceAndYears } from './pending-place.js';
import { widenedPlace } from './widened-place.js';
import { otherPlaceKind, placeGovernmentAsked } from './other-place-kind.js';
import { existenceAsked, proseThingAsked, sentencesWriting, unmentionedIn } from './unmentioned.js';
import { shareBesideTableCount, shareOfLast } from './share-of-last.js';
import {
  CHANGE_DIRECTION_ASKED,
  changeFollowUp,
  changesOfThing,
  soleRateOfThing,
  type StatedChange,
  earlierFigure,
  RATE_ASKED,
  rateAfterFigure,
  rateStatement,
  thingOfChange,
  YEAR_BEFORE_ASKED,
} from './stated-change.js';
import { figureRowName, rowAnswerName, sectionTitle } from '../report/labels.js';
import { plainTableLines } from '../report/render.js';
import { breakdownQuestion, largestPart, largestPartAsked } from './largest-part.js';
import { type ListedPart, listedParts, partKindAsked, partsToRank, rankParts } from './listed-parts.js';
import { withRememberedColumn } from './column-carry.js';
import { parseChineseNumber } from '../report/normalize.js';
import { ASKED_PROSE_FIGURES, isAskedProseFigure, proseFigureByKey, proseFigureOfQuestion } from '../report/prose-figures.js';
import {
  APPLICATION_COUNT_GLUED_TO_NEXT_PART,
  COUNT_IN_WORDS_BEFORE_APPLICATIONS,
  SMALL_COUNT_IN_WORDS,
  headingOfTotal,
} from '../report/prose.js';
import {
  ALL_GRANTED_ASKED,
  findYears,
  inReportWords,
  isTrialOnlyColumn,
  mayHoldQualifier,
  normalizeQuestion,
  RANK_VERB,
  STORE_RECENCY,
  type Topic,
  type Understanding,
  understand,
  KIND_AMONG_WHO,
  unexplainedWords,
} from './understand.js';

export type AnswerKind = 'figure' | 'text' | 'guide' | 'refusal' | 'clarify';

/** One figure an answer used, with the report and section it comes from. */
export interface Fact {
  agency: string;
  year: number;
  key: string;
  value: number;
  unit: string;
  source: { report: string; section: string };
  /** The report's sentence the figure was read from (sentence retrieval). */
  sentence?: string;
}

/**
 * Columns of the 2021 layout's table 二 that no column of the 2019 layout stands for (本年废止件数, 现行有效件数: its 对外公开总数量
 * counts documents published, in force or not; 制发 is read as 本年新制作).
 */
const WITHOUT_TRIAL_COUNTERPART = new Set(['repealed', 'in_force']);

/** Decisions made asked by their verb or their noun (作出了多少行政处罚, 行政处罚决定几个, 罚了多少次). */
const DECISIONS_MADE_ASKED = /作出|做出|决定|罚了/;

/** Channels an account is named before in a report (“新杨村”微信公众号) or after, in quotation marks (微信公众号“碧谷新语”). */
const ACCOUNT_CHANNEL = '微信公众号|公众号|微信号|微信|抖音号|抖音|视频号|微博|头条号|今日头条';
/**
 * An account asked by its own name right before its channel (碧谷新语公众号, 百山祖国家公园抖音号), quoted as reports print it
 * (“朋普发布”微信公众号), an app's (“云上西山”APP), a county media platform's (古蔺融媒号) or a WeChat 公众平台's too. The pattern's
 * own words never end the name (a name of one character and them): 有微信公众号吗, 有官方微信公众号吗 name no account “有微信”
 * or “有官方” (whose owner would be looked for in every stored report).
 */
const ACCOUNT_NAMED_ALONE =
  /(\p{Script=Han}{2,16}?)(?<!微信|官方|政务)[”"」』]?(?:官方|政务)?(?:微信公众号|微信公众平台|公众号|微信号|抖音号|视频号|微博号?|头条号|融媒号|客户端|APP|App|app)/u;
/** Words of a question, not of an account's name, in what ACCOUNT_NAMED_ALONE read as the name (怎么关注, 是否有, 你们有). */
const QUESTION_BEFORE_CHANNEL = /^(?:[你您咱]|哪(?!吒))|怎么|怎样|如何|是否|有没有|有无|能否|能不能|可不可以|什么|为什么|为啥/;
/** A channel an account is asked on (公众号, 抖音), anywhere in the words after a name. */
const ACCOUNT_CHANNEL_PATTERN = new RegExp(ACCOUNT_CHANNEL);
/** The channels an account's name is printed beside in a report, for ACCOUNT_NAMED_ALONE's names. */
const ACCOUNT_NAME_CHANNEL = `${ACCOUNT_CHANNEL}|融媒号|客户端|APP|App|app`;

/** A part of an agency's name written in brackets (泰州医药高新区(高港区)卫生健康委员会). */
const BRACKETED_NAME_PART = /[（(](\p{Script=Han}{2,10})[)）]/u;

/** The end of an agency's name or kind (科技局, 卫健委, 政府办, 街道): no account's own name. */
const AGENCY_NAME_END = /(?:局|委|委员会|办|办公室|厅|政府|中心|街道|镇|乡|所|院|部|处|署)$/;

/** Years and relative years in a question, removed before retrieval reads its content words. */
// 23年 is a year as 2023年 is; 上年 before 结转 (or 转结, as some reports print it) names table 三's row (上年结转), not a year.
// 今年 before 结转 (2024年今年结转多少件) is the report's own year carrying on, as 本年结转 is: kept for retrieval to read.
const YEAR_WORDS = /(?:19|20)\d{2}年?度?|(?<![\d.])\d{2}年度?|大前年|前年|去年|今年(?!结转|转结)|上一?年度?(?!结转|转结)/g;
/** A part of a report asked by its number (第五部分说了什么, 表三给我看看, 第二张表): the whole part, in the standard order. */
const PART_ASKED = /第([一二三四五六1-6])(?:部分|大部分|节)|(?<![代发列图报统年])表([二三四2-4])(?![十\d])|第([二三四2-4])(?:个|张)表/;
/** The parts of the standard layout, in order (一、总体情况 … 六、其他需要报告的事项). */
const PARTS_IN_ORDER = ['overview', 'proactive', 'applications', 'appeals', 'problems', 'other'] as const;
/** One figure asked inside a part (表三里总计是多少, 第二部分的行政许可有几件): a cell question, not the whole part. */
const FIGURE_IN_PART = /多少|几[件条个项次家名]|有没有|是否|有无|吗|总计|合计/;
/** The five columns of 法人或其他组织 in table 三. */
const LEGAL_PERSON_COLUMNS = new Set(['business', 'research', 'public_interest', 'legal_services', 'other_org']);
/** Words of a 主动公开 question that do not narrow it (any other word asks for a part of the total); 各是/分别 ask it of each year. */
// 往外/对外/向社会 发布 say where every published item goes, not one channel or kind of them.
/** 哪年最多 / 哪一年最少: the words that rank one agency's years, asking nothing of what is counted. */
const YEARS_RANKED = /哪一?年|哪个年度?|最多|最少|最高|最低/g;
const GENERIC_PROACTIVE =
  /^(主动|公开|主动公开|信息|政府|政务|政府信息|政务信息|发布|发|公布|条|全部|所有|总共|一共|各类|共|往外|对外|向外|向社会|对社会|面向社会|社会|各是|各|分别|分别是|各自|每年|各年)+$/;
/**
 * The question with every run of three or more characters that stands in the agency's full name taken out: what is
 * left of its name (翠云街道 after 渝北, 南京西路街道 after 静安区) says which agency, and qualifies no figure.
 */
function withoutAgencyName(text: string, agencyName: string | undefined): string {
  if (!agencyName) return text;
  const runs: { start: number; end: number }[] = [];
  let at = 0;
  while (at < text.length) {
    let end = at + 3;
    while (end <= text.length && agencyName.includes(text.slice(at, end))) end += 1;
    if (end - 1 - at >= 3) {
      runs.push({ start: at, end: end - 1 });
      at = end - 1;
    } else at += 1;
  }
  // 主动公开的应急管理信息多少条 of 渝中区应急管理局: the agency's kind without its 局, alone before 信息 (应急管理|信息), names a
  // field of the items published, not the agency: it stays a word of the question.
  const kind = splitAgencyName(toSimplified(agencyName)).kind;
  const field = (run: { start: number; end: number }) =>
    /[局厅委]$/.test(kind) && kind.startsWith(toSimplified(text.slice(run.start, run.end))) && KIND_BEFORE_FIELD.test(text.slice(run.end));
  let rest = '';
  let from = 0;
  for (const run of runs) {
    if (field(run)) continue;
    rest += text.slice(from, run.start);
    from = run.end;
  }
  rest += text.slice(from);
  return withoutShortName(rest, agencyName);
}
/** What follows an agency's kind when it names a field of information (应急管理|信息, 市场监管|类信息, 生态环境|领域). */
const KIND_BEFORE_FIELD = /^(?:类|领域|方面)?(?:信息|政务信息|政府信息)|^(?:类|领域)/;

/**
 * The place a citizen wrote before a name stored without one (永春|桃城镇, 永春县|桃城镇 of 桃城鎮人民政府): the question's lead
 * up to the name, two or three characters with or without its level, else undefined. It is no word of the thing asked.
 */
function placeLeadingName(text: string, name: string): string | undefined {
  const at = text.indexOf(name);
  if (at < 2 || at > 4) return undefined;
  const lead = text.slice(0, at);
  return PLACE_LEAD.test(lead) ? lead : undefined;
}
const PLACE_LEAD = /^\p{Script=Han}{2,3}(?:县|市|区|旗)?$/u;
/** Whether an agency's stored region is only its own town's name (金州 of 金州乡人民政府), no county or city above it. */
const townOwnRegion = (agency: AgencyRecord) =>
  agency.region !== '' && agency.name.startsWith(agency.region) && /^(?:乡|镇|街道|街|苏木)/.test(agency.name.slice(agency.region.length));

/**
 * What is left after the agency's name written short (铜梁|城管, 亳州|医保): its region's levels without their level words
 * (重庆, 铜梁), each with the start of the agency's kind in either form right after it (城管 of 城管局, 医保 of 医保局).
 */
/** What follows a kind written short (城管|公开了, 医保|2021年): a year, a verb or a particle, not the rest of a noun (科技|信息). */
const KIND_WRITTEN_SHORT_ENDS = /^(?:$|[\d的在上里年有共一总发公收主通去前今被办受这那])/;

function withoutShortName(text: string, agencyName: string): string {
  const { region, kind } = splitAgencyName(toSimplified(agencyName));
  const variants = kind ? kindVariants(kind) : [];
  // The start of the kind where the question starts (城管公开了多少信息: the place already taken out) or right after the place.
  const withoutKindAt = (rest: string, at: number): string => {
    let longest = 0;
    for (const variant of variants)
      for (let length = variant.length; length >= 2 && length > longest; length -= 1)
        if (rest.startsWith(variant.slice(0, length), at) && KIND_WRITTEN_SHORT_ENDS.test(rest.slice(at + length, at + length + 1)))
          longest = length;
    return rest.slice(0, at) + rest.slice(at + longest);
  };
  let rest = withoutKindAt(text, 0);
  for (const place of region.split(/(?:回族自治区|壮族自治区|自治区|自治州|省|市|区|县|旗|州|盟)/)) {
    // Only where the question starts: 中卫 of 中卫日报, 西工 of 智慧西工 later in it name a thing asked about.
    const at = place.length >= 2 && rest.startsWith(place) ? 0 : -1;
    if (at < 0) continue;
    // Only right after the place: 财政 of 财政信息 elsewhere in the question is a qualifier, not 财政局 written short.
    const end = at + place.length + (/[省市区县旗州盟的]/.test(rest[at + place.length] ?? '') ? 1 : 0);
    rest = withoutKindAt(rest.slice(0, at) + rest.slice(end), at);
  }
  return rest;
}
/** A name with its committee's words in one form (管理委员会 → 管委会), to compare a name as written with one as stored. */
function committeeForm(name: string): string {
  return toSimplified(name).replace(/管理委员会/g, '管委会');
}

/**
 * 武汉市东湖生态旅游风景区管理委员会办公室, its committee written short to find names stored short (管委会办公室), also lies in
 * …管理委员会卫生健康办公室: a mention written as one agency's whole name is that agency, not every other whose name holds its
 * words with more between (it was asked back which of the two was meant).
 */
function withWholeNameChosen(mention: AgencyMention): AgencyMention {
  if (mention.agencies.length < 2) return mention;
  const written = committeeForm(mention.text);
  const whole = mention.agencies.filter((agency) => committeeForm(agency.name) === written);
  return whole.length === 1 ? { ...mention, how: 'alias', agencies: whole } : mention;
}

/**
 * The words that named one agency by its place alone (泰安|文旅24年, the place read, 文旅 not) with the start of its kind
 * written short right after (文旅 of 文旅局), a year's digits next: both name the agency, and the kind's words are no thing
 * asked about. (Only before digits: 梁平|政务服务|办24年 ends in the office's own short form, which other rules read.)
 */
function withShortKindAfter(text: string, mention: AgencyMention): AgencyMention {
  if (mention.how !== 'region' || mention.agencies.length !== 1) return mention;
  const at = mention.start + mention.text.length;
  if (text.slice(mention.start, at) !== mention.text) return mention;
  let longest = 0;
  for (const variant of kindVariants(splitAgencyName(toSimplified(mention.agencies[0].name)).kind))
    for (let length = variant.length; length >= 2 && length > longest; length -= 1)
      if (text.startsWith(variant.slice(0, length), at) && /^\d/.test(text.slice(at + length, at + length + 1))) longest = length;
  return longest === 0 ? mention : { ...mention, text: text.slice(mention.start, at + longest), how: 'shortened' };
}
/** A 的, or a spoken filler (那个, 这个, 的那个), between two words of a question (平潭的综合执法局, 泰安那个文化和旅游局). */
const PARTICLE_IN_NAME = /\p{Script=Han}(?:的那个|的这个|那个|这个|的)\p{Script=Han}/u;
const PARTICLES_IN_NAME = /(?<=\p{Script=Han})(?:的那个|的这个|那个|这个|的)(?=\p{Script=Han})/gu;
/** What a segmenter leaves of a channel's name (公众|号, 官方, 平台). */
const CHANNEL_PART = /^(?:微信|公众|号|公众号|平台|官方|账号|官微)$/;
/** An agency's kind in one character, as a question puts it before the agency's own channel (厅网站, 局公众号). */
const OWN_KIND_CHARACTER = /^[厅局委办]$/;
/** Publication channels: a question naming one asks for that channel's figure, not the total. */
const CHANNEL_WORDS = /微信|微博|公众号|网站|政府网|日报|报纸|抖音|快手|头条|视频号|公开栏|工作群|新媒体/;

/**
 * 网站信息发布了多少条 where the report's figures by channel give the website's (信息发布182条, 政府网站): a sentence the
 * search found that never names the channel asked (微信公众号…信息发布量383条) is no better answer; that figure stands.
 */
function channelFigureStands(channel: string | undefined, qualified: boolean, structured: Answer, found: Retrieved | undefined): boolean {
  return (
    channel !== undefined &&
    qualified &&
    structured.kind === 'figure' &&
    // (人民政府网公开政府信息7055条 names the website as 政府网.)
    (CHANNEL_NAMES[channel] ?? new RegExp(channel)).test(structured.answer) &&
    found !== undefined &&
    !(CHANNEL_NAMES[channel] ?? new RegExp(channel)).test(toSimplified(found.sentence))
  );
}

/** An answer that is only figures by channel, of the channel asked (named in its first line). */
function channelFigureOnly(channel: string | undefined, structured: Answer): boolean {
  return (
    channel !== undefined &&
    structured.kind === 'figure' &&
    structured.facts.length > 0 &&
    structured.facts.every((fact) => fact.key === 'proactive_items_by_channel') &&
    (CHANNEL_NAMES[channel] ?? new RegExp(channel)).test(structured.answer.split('\n')[0])
  );
}

/** The words a sentence may name a channel by (公众号 for 微信, as 微信公众号 is stored). */
const CHANNEL_NAMES: Record<string, RegExp> = {
  // 人民政府网公开信息23条 is the website's figure.
  网站: /网站|政府网/,
  政府网: /网站|政府网/,
  微信: /微信|公众号/,
  公众号: /微信|公众号/,
  微信公众号: /微信|公众号/,
  日报: /日报|报纸/,
  报纸: /日报|报纸/,
  新媒体: /新媒体|微信|公众号|微博|抖音|快手|头条|视频号/,
};

export interface Answer {
  kind: AnswerKind;
  answer: string;
  facts: Fact[];
}

/** The disclosure guide as the engine sees it (src/guide provides it). */
export interface GuideAnswerer {
  /** An answer when the question is about the guide, else null. */
  answer(question: string, now: Date): { answer: string; source: string; topicId?: string } | null;
}

/** Agencies' own disclosure guides as the engine sees them (src/guide/agency-guide-answer.ts provides it). */
export interface AgencyGuideAnswerer {
  /** An answer when the question asks where, when or how to apply to this agency (or for its contacts), else null. */
  answer(question: string, agency: AgencyRecord, now: Date): { kind: 'guide' | 'text'; answer: string } | null;
  /** Whether a guide of this agency is stored (when not known, it is not said to be missing). */
  hasGuide?(agency: AgencyRecord): boolean;
  /** Whether this agency's guide names `place` (政务服务中心, 档案馆) among its reading places or ways of publishing. */
  namesReadingPlace?(agency: AgencyRecord, place: string): boolean;
  /** Whether any field read from this agency's stored guide holds `words` (undefined when no guide is stored). */
  guideSays?(agency: AgencyRecord, words: RegExp): boolean | undefined;
  /** The title of this agency's guide and its own words on remedies (none when it says nothing); undefined with no guide. */
  remediesSaid?(agency: AgencyRecord): { title: string; words?: string } | undefined;
}

export interface QaEngineOptions {
  reports: ReportStore;
  guide?: GuideAnswerer;
  /** Consulted first when a question names one agency and no year. */
  agencyGuide?: AgencyGuideAnswerer;
  state?: StateStore;
  now?: () => Date;
  /** How long a follow-up may reuse the last question's agency, year and figure. */
  followUpTtlMs?: number;
}

interface ConversationMemory {
  /** The last question answered with a ranking across agencies (哪个最多): 哪个最少 after it ranks them again. */
  lastRanking?: string;
  /** The one agency of that ranking a follow-up just named (第二呢): 它 next is that one. */
  rankedNamed?: Fact;
  /** The last question answered with a total, an average or a list across agencies: 那2023年呢 asks it of that year. */
  lastAcross?: string;
  /** The guide topic of the last answer, when it was the rules' (remedies: 直接起诉呢 asks the rules again). */
  guideTopic?: string;
  agencyIds: number[];
  years: number[];
  topic?: SerializedTopic;
  /** The question the bot asked back about (哪个科技局？), completed by the next short reply. */
  pending?: string;
  /** The agencies that question listed, in its order: 就第一个 picks one of them. */
  pendingOptions?: string[];
  /** The agencies the last “有多个机关” clarification offered, kept after it was answered: 那街道那个呢 names another. */
  offered?: string[];
  /** The figures of the last figure answer, for 哪个多. */
  lastFacts?: Fact[];
  /** The rest of a long text, for 继续. */
  more?: string;
  /** What the bot can do was said once in this conversation. */
  introduced?: boolean;
  /** The last answer was a reply-deadline calculation: a date alone (那1月5号呢) asks it again. */
  deadline?: boolean;
  /** The question of that calculation: 延期的话呢 asks it again (its answer holds the extended deadline). */
  deadlineQuestion?: string;
  /** The last question answered (after its completion from the conversation), for 上一个问题再说一遍. */
  lastQuestion?: string;
  /**
   * The last message when it held several questions (接收了多少件，都办完了没有), each answered in turn: 只要数字 / 再说一遍
   * asks all of it again, not only its last part (which lastQuestion holds).
   */
  lastMessage?: string;
  /** The last answer was the fee rules or a fee calculation: a count alone (一个月申请了12件呢) asks its fee. */
  fee?: boolean;
  /** The last answer came from sentence retrieval, asked as a number (with its measure word) or yes/no: 那三区人才呢 asks the same of another thing. */
  retrieval?: { kind: AskKind; unit?: string };
  /** The last answer was an agency's guide or contacts (怎么申请, 地址): 电话多少, 几点上班, 寄到哪 ask the same agency's. */
  guide?: boolean;
  /**
   * The last question asked of the agency's report itself (年报在哪看, 年报什么时候发布): 有2023年的吗 then asks whether that
   * year's report is held.
   */
  reportAsked?: boolean;
  /** The last answer said this agency is not stored (鹤山市公安局): 电话呢, 地址呢 ask of it again, and are refused again. */
  unknownAgency?: string;
  /** The last answer was a share (日报发的占全部主动公开的百分之几): 网站发的呢 asks the share of another part of the same whole. */
  share?: { whole: string };
  /**
   * The last answer placed one agency among its kind or gave its share of the kind's total (武汉的占所有民政局的百分之多少,
   * 武汉市民政局…在民政局里排第几): the message and the words naming the agency, so 那达州的呢 asks the same of 达州.
   */
  oneInKind?: { text: string; named: string; kind?: boolean };
  /**
   * The last answer was a rate of change the report prints (行政诉讼案件7件，同比下降12.5%): 那复议呢 asks the rate of
   * another thing of the same agency and year.
   */
  rate?: boolean;
  /**
   * The agencies (and years) talked about before the conversation moved to others: 回到刚才那个 asks of them again.
   */
  earlier?: { agencyIds: number[]; years: number[] };
  /**
   * The channel the last question naming one named (微博发了多少), kept over questions naming none of the same agencies
   * (关注的多不多): 现在还能看吗 two turns on asks of it.
   */
  channel?: string;
  /** The last answer was a refusal giving its reason (页面不完整, 没有写明): 为什么 / 占比多少 next are answered with it (why-refused.ts). */
  lastRefusal?: string;
}

/** A sentence of what became of applications (经办理,确认为不存在信息; 已撤销办结; 予以公开; 告知申请人): no bare 办结. */
const HANDLING_STATED = /经(?:办理|核实|审查|研究)|确认为|不存在|撤销|撤回|予以(?:公开|答复)|部分公开|不予公开|告知|不掌握/;
/** A sentence saying all applications were of one kind (申请人均为自然人, 均为公民个人申请). */
/** Applicants that are not private persons, as a clause names them: 法人, 企业, 公司, 其他组织, 社会组织, 机构. */
const LEGAL_PERSONS_STATED = /法人|企业|公司|组织|机构|律师/;
const ALL_OF_ONE_KIND = /申请[^。；;]{0,8}(?:均为|都是|全部为|全部是|均系|皆为)(?:公民|个人|自然人|企业|法人|群众)/;
/** A sentence saying who applied: a kind of applicant with its applications, or all applications of one kind. */
const APPLICANTS_STATED = new RegExp(
  `(?:公民|个人|自然人|法人|企业|公司|律师|社会组织|其他组织)[^。；;，,]{0,8}(?:提出|提交|代为)?申请\\d|${ALL_OF_ONE_KIND.source}`,
);

/** A kind's last character (局, 委, 办 …): the cheap test before unstoredKind reads the question. */
const UNSTORED_KIND_CUE = /[局委办关队心联]/;
/** Where something can be seen or looked up (在哪可以看, 去哪里查, 在哪能查到). */
const PUBLISHED_WHERE_ASKED = /(?:在哪|哪里|哪儿|去哪|到哪|哪个网站)[里儿]?(?:可以|能|能够)?(?:看|查|找|查看|查到|看到|查询|找到)/;
/** A refusal that says the report's page lacks the part asked (页面不完整，没有…). */
const PAGE_LACKS_PART = /（页面）不完整，没有/;
/** An outcome of applications named as table 三's row (不予公开, 予以公开, 部分公开, 无法提供, 不予处理). */
const OUTCOME_ROW_ASKED = /不予公开|予以公开|部分公开|无法提供|不予处理/;
/** A count or a report asked (几件, 多少, 年报): a question the store's reports would answer. */
const COUNT_OR_REPORT_ASKED = /几|多少|年报|年度报告|有没有|是否/;
const HOW_TO_APPLY =
  /(?:怎么|如何|怎样|去哪|在哪|哪里|到哪)(?:\p{Script=Han}{0,2})?(?:申请|提交|交申请|递交|办理)|申请(?:流程|步骤|方式|渠道|入口)|(?:要|得|需要)带(?:什么|啥|哪些)/u;
/** A count asked in a measure word (发了几条, 多少件, 发行了多少万册): a report's figure. */
const COUNT_ASKED = /(?:几|多少)万?[件条个次项场篇期名人家位册起宗封]/;
/**
 * A count of what was done, asked of one agency (接了多少电话, 来信几封, 概况类信息多少): a verb of doing or a thing counted
 * before 多少/几, or a measure word after it — never a contact (电话多少), a time (几个工作日, 几点) or a fee (多少钱).
 */
// (网站发布政府信息数呢 / 微信公众号发布信息条数: a count said as the thing's 数 or 数量, no question word at all.)
const REPORT_COUNT_ASKED =
  /(?:接听?|接到|发|收到?|办|处理|回复|受理|公开|推送|发布)了?(?:多少|几)(?!钱|天|点|个?工作日|个?小时|个?月)|(?:几|多少)(?:件|条|次|封|篇|场|期|项|人次|起|宗)|(?:信息|来信|工单|留言)(?:有|是|共)?(?:多少|几)|(?:信息|来信|工单|留言|文章|稿件|视频|申请)(?:条|件|篇)?(?:数|数量)(?=是|为|有|呢|吧|啊|[?？。!！]|$)/;
/** 排名 / 排行 / 前几名: a ranking asked in so many words. */
const RANKING_ASKED = /排名|排行|前几名|前三|前五|前十/;
/** Counts that are the guide's, not a report's: working days, money, pages of a fee. */
const NOT_A_REPORT_COUNT = /工作日(?!常)|几天|多少天|钱|元|收费|费用|页/;
/**
 * 通过政府网站公开了多少 / 公众号发了几 / 门户网站发了多少信息: a count of what was published, its measure word left off at the
 * end of the question (the thing counted may follow 多少 without one).
 */
const PUBLISHED_COUNT_AT_END =
  /(?:公开|发布|发|推送|上传|报送|挂|贴)了?(?:信息)?(?:多少|几)(?:政府信息|信息|消息|文章|稿件|内容)?[?？。!！]*$/;

/** Words of a contact a citizen may use that no guide field is named by (座机, 手机号, 在哪儿): still a contact follow-up. */
const CONTACT_LIKE = /座机|手机|号码|号|电邮|邮|地点|位置|哪|时间|几点|网|址|话|真|编|联系/;

/** The contacts a short message asks alone (电话多少, 地址在哪, 传真号): of the agency the conversation is about, not the rules on guides. */
const CONTACT_ASKS = new Set(['phone', 'address', 'fax', 'email', 'post_code', 'office_hours', 'supervision', 'contact_person', 'qq']);
function contactOfRemembered(text: string, input: string): boolean {
  const asks = agencyGuideAsks(text);
  return input.replace(CONTACT_LEAD, '').length <= 8 && asks.length > 0 && asks.every((ask) => CONTACT_ASKS.has(ask));
}
/** Who to turn to, said before the contact asked (有问题找谁 电话多少, 想咨询一下 地址在哪): no words of the contact. */
// (他们政务公开科电话多少 / 办公室的电话: the agency talked about, by a pronoun or its disclosure office, is no word of the contact.)
const CONTACT_LEAD =
  /^(?:有(?:问题|事|事情|疑问)(?:的话)?(?:要|该)?(?:找谁|问谁|联系谁|咨询谁)|(?:我)?(?:想|要)(?:咨询|问问?)(?:一下)?|(?:他们|她们|它们|人家|该单位|这个单位|那个单位)?(?:单位)?的?(?:(?:政务公开|信息公开|政府信息公开|公开)(?:科|股|办公室|办)|办公室)的?|(?:他们|她们|它们|人家|该单位|这个单位|那个单位)(?:单位)?的?)[，,。\s]*/;

/** Whether the agency has a website of its own (有门户网站吗, 有没有官网, 他们有网站没). */
const SITE_HELD_ASKED = /有(?:没有)?(?:自己的)?(?:门户网站|政府网站|网站|官网)(?:吗|么|嘛|没有?|不)?[?？。!！]*$/;
/** A report saying its agency has no website of its own (我局没有门户网站, 本单位未建设网站, 无门户网站). */
const NO_SITE_STATED = /(?:我|本)[局委办镇乡单位中心所]{1,2}(?:没有|无|未(?:开设|建设|建立|开通))(?:独立的?|自己的)?(?:门户)?网站/;

/**
 * 公众号呢 / 那微信推送呢 / 抖音上的呢, said alone: an account the agency publishes on, whose count is what it published there
 * (applications never come by a 公众号's posts). Group 1 is the account, group 2 the verb of publishing the message gave.
 */
const PUBLISHING_ACCOUNT_FOLLOW_UP = new RegExp(
  `^(?:那|那么)?(?:他们|它|该局)?(?:的)?(?:官方)?(${ACCOUNT_CHANNEL})(?:上|里|那边)?(?:的)?(推送|发布|发文|发的)?(?:的)?呢[?？。!！]*$`,
);

/** A channel applications come by, named alone in a follow-up (电子邮件呢, 当面申请的有吗, 在线的呢, 寄信的呢, 信函寄过去的有多少件). */
const APPLYING_CHANNEL_FOLLOW_UP =
  /^(?:那|那么)?(?:通过)?(?:电子邮件|电子邮箱|邮件|邮箱|信函|来信|写信|寄信|邮寄|当面|现场|在线|网上|网络|传真)(?:提交|提出|寄过去|寄过来|寄来|发过去|发过来|发来|送过去|送来|交过去)?(?:申请)?(?:的)?(?:呢|有吗|有没有|有?几件|有?多少件?)[?？。!！]*$/;
/**
 * 通过中卫日报发的 / 在政务微博上发的呢 / 《XX日报》发布的: a medium things were published through, named alone (group 1 the word
 * of going through it, group 2 the medium).
 */
const MEDIUM_PUBLISHED_ALONE =
  /^(?:那|那么)?(通过|在|用|经)?《?(\p{Script=Han}{2,12}?)》?(?:上|里|那边)?(?:发布|发|公开|推送|刊登|刊发)的(?:呢|那些|信息)?[?？。!！]*$/u;
/** The last word of a medium's name (…日报, …网站, 政务微博, …公众号, …电视台). */
const MEDIUM_WORD_END = /(?:报|网|网站|微信|微博|公众号|号|平台|专栏|客户端|APP|抖音|头条|电视台?|广播|电台|公报)$/;
/** A count of applications asked (信函申请的有几件, 网上申请多少件): the question a channel's follow-up goes on from. */
/** 有人申请吗 / 有没有人申请公开: whether anyone applied, which a clause counting the applications answers with its count. */
const PEOPLE_APPLYING_ASKED = /有(?:没有)?人(?:来|去)?(?:申请|申清)/;
/**
 * 有人撤回吗 (read 有人撤销吗) / 有没有人复议 / 有被申请复议的吗: someone doing a thing to applications asked, the verb in
 * group 1 or, said of the agency in the passive, group 2 (its clause's one count is the figure; 撤回 and 撤销 are one act; 被撤销
 * is an outcome of a case, never the applicant's act, so the passive takes only 复议 and 起诉).
 */
const PEOPLE_ACTING_ASKED = /有(?:没有)?(?:人(?:主动)?(撤回|撤销|复议|起诉)|被人?(?:申请|提起)?(复议|起诉))/;
// (咋申请信息公开 电话多少: 多少 after a contact's word asks the contact, no count; 传真呢 then asks the guide's fax.)
const APPLICATIONS_COUNT_ASKED =
  /申请[^，。？?]{0,8}(?<!电话|号码|传真|邮编|网址|邮箱|手机|座机)(?:几|多少)|(?:几|多少)件?[^，。？?]{0,4}申请/;

/** Another kind of applicant named alone in a follow-up (公司呢, 那企业的呢, 法人申请呢, 委托律师的话呢). */
const APPLICANT_KIND_FOLLOW_UP =
  /^(?:那|那么)?(?:如果是|要是|换成)?(公司|企业|单位|法人|其他组织|社会组织|个人|公民|自然人|律师|代理人|个体户|个体工商户|外地人|外国人)(?:的话)?(?:来)?(?:申请)?(?:的话)?(?:的)?(?:呢|的话呢)[?？。!！]*$/;
/** The papers to send asked (要带什么材料, 需要身份证吗): the question an applicant's follow-up goes on from. */
const MATERIALS_ASKED =
  /(?:带|附|交|提供|准备|出示|拿)(?:上|着|好)?(?:什么|啥|哪些|些什么|些啥)(?:材料|证件|证明|资料|东西|附件)?|(?:什么|哪些|啥)(?:材料|证件|证明材料|附件|手续)|身份证|营业执照/;

/**
 * 电子邮件呢 / 当面申请的有吗 right after 信函申请的有几件: the count of applications that came by that channel, never the
 * agency's e-mail address or how to apply in person.
 */
/**
 * The one of several bodies of one name (绍兴市越城区东湖街道, 深圳市罗湖区东湖街道办事处) lying in a place the last question
 * named (深圳市罗湖区黄贝街道…): places written with their level (罗湖区, 深圳市), the lowest that settles it.
 */
function optionInPlaceNamed(options: readonly AgencyRecord[], lastQuestion: string | undefined, named: string): AgencyRecord | undefined {
  if (!lastQuestion) return undefined;
  const last = toSimplified(lastQuestion).replace(named, '');
  const places = [...last.matchAll(/\p{Script=Han}{2,6}?(?:省|自治区|市|自治州|州|盟|区|县|旗)/gu)].map((found) => found[0]).reverse();
  for (const place of places) {
    const within = options.filter((option) => toSimplified(option.name).includes(place));
    if (within.length === 1) return within[0];
    if (within.length > 1) return undefined;
  }
  return undefined;
}

function applyingChannelCountFollowUp(input: string, memory: ConversationMemory | undefined): boolean {
  if (!APPLYING_CHANNEL_FOLLOW_UP.test(input.trim())) return false;
  // 传真呢 / 邮箱呢 right after a contact answer (电话多少 → the office's phone): the contact's fax or mailbox, though an earlier
  // answer counted applications; a count said (传真申请的呢, 邮件有几件) still asks the channel's count.
  if (memory?.guide === true && CONTACT_FIELD_ALONE.test(input.trim())) return false;
  return countedApplications(memory?.lastQuestion, memory?.lastFacts);
}

/** 传真呢 / 那邮箱呢 / 电子邮箱呢: a field of a contact named alone, which may also be a channel of applying. */
const CONTACT_FIELD_ALONE = /^(?:那|那么)?(?:电子)?(?:邮箱|传真)呢[?？。!！]*$/;

/** Whether the last question or answer counted applications (收到几件申请, or a row of table 三 answered). */
function countedApplications(lastQuestion: string | undefined, lastFacts?: readonly Fact[]): boolean {
  if (lastQuestion !== undefined && (APPLICATIONS_COUNT_ASKED.test(lastQuestion) || PEOPLE_APPLYING_ASKED.test(lastQuestion))) return true;
  // 撤回的呢 → 写信寄过去的有多少: the last answer counted applications (a row of table 三, or a sentence of them), though its
  // question named none (办完了几个, 撤回的呢 after 有没有人申请).
  const last = lastFacts?.[lastFacts.length - 1];
  if (!last) return false;
  if (last.key === 'sentence') return /申请/.test(last.sentence ?? '');
  return (fieldByKey(last.key) ?? fieldByKey(`${last.key}.total`))?.row.table === 'applications';
}

/**
 * Spoken fillers in front of a voice message (就是说啊, 呃…, 我是说; 那个 before another filler): no words of the question. 只要数字 /
 * 直接说数 in front of a question asks for its figure without the prose: the question that follows is what is asked.
 */
const SPOKEN_LEAD =
  /^(?:(?:就是说|就是|我是说|我就是想问|我就想问|那什么|那啥|那个(?=[啊呀，,…\s]*(?:就是|我是说|我就|嗯|呃|额))|嗯+|哦+|噢+|喔+|呃+|额+|哎+|诶+|喂+|(?:给我|给你|我)?举个例子(?:吧|啊)?|比如说|打个比方|(?:我)?换(?:个|种|一个|一种)(?:问题|问法|说法)|(?:那|那就)?算了(?:吧)?|再问(?:一)?下|还有个问题|(?:我)?(?:只要|就要|只看|光要|只想要|直接(?:说|给我?))(?:个)?(?:数字|数据|数)(?:就行|就好|就可以)?(?:了|吧)?)[啊呀哈，,：:\s…。.]*)+(?=[^，,\s…。.]{4})/;

/**
 * Request phrases in front of a question: 请帮我查一下, 麻烦问一下, 我想了解一下, 想了解一下， / 想咨询下， (with the comma that
 * ends them when 我 is not said), 咨询一下 (查阅点… is a place, not 查 + 阅点…).
 */
const POLITE_PREFIX =
  /^(?:(?:喂|嗯|呃|哎|诶|你好|您好)[，,]?)*(?:(?:请|麻烦|劳驾)(?:你|您)?)?(?:帮(?:我|忙)?|给我)?(?:查(?:询)?一?下|查查|查(?!阅)|看一?下|看看|问一?下|问问|了解一下)[，,：:]?|^(?:(?:喂|嗯|呃|哎|诶|你好|您好)[，,]?)*(?:我|俺)?(?:想|想要|就想|要)(?:了解|知道|问|咨询|打听|请教)(?:一下|下)?[，,：:]|^我想(?:了解|知道|问)一下?[，,：:]?|^(?:我|俺)?想(?:查(?:询)?一下|查查|看一下|看看)[，,：:]?(?![个份件一]|(?:一|这|那)?(?:个|份|件)?(?:文件|资料|材料|信息|东西))(?=\p{Script=Han}{3})|^(?:咨询|请教|打听)一?下[，,：:]?/u;

/** The report named as the place to look, then the question (…的政府信息公开年报 请问主动公开了多少条): the document is no item asked. */
const DOCUMENT_THEN_QUESTION =
  /的?(?:政府信息公开|政务公开|信息公开)?(?:工作)?(?:年度报告|年报)[\s，,。：:]*(?:请问一下|请问|我想问一下|我想问|想问一下|想问|问一下|问问)[，,：:\s]*/;

/** The question without a lead that names the report it is read from (老师让我们查…年报 请问…). */
function withoutDocumentLead(text: string): string {
  const at = text.search(DOCUMENT_THEN_QUESTION);
  // A lead at the start (年报请问…) leaves nothing before it to name the agency; the question stands as it is.
  return at > 0 ? text.replace(DOCUMENT_THEN_QUESTION, '') : text;
}

/**
 * 收了多少罚款 / 罚了多少钱: money asked of a row that counts decisions (行政处罚0件). The reports print no amount
 * for it, so the count is said for what it is and no figure is given as the amount.
 */
function amountOfACount(answer: Answer, text: string, topic: Topic | undefined): Answer | undefined {
  if (topic?.type !== 'cell' || answer.kind !== 'figure' || askedUnit(text) !== '元' || /元/.test(topic.row.unit)) return undefined;
  const counts = answer.facts.map((fact) => `${fact.agency}${fact.year}年${topic.row.label}${formatNumber(fact.value)}${fact.unit}`);
  return {
    kind: 'refusal',
    answer: `年度报告只记${topic.row.label}决定的件数（${joinList(counts)}），没有写金额，无法回答多少钱。`,
    facts: [],
  };
}

/**
 * 2024年的R&D投入是多少 against a 2024 report that prints only 2022's and 2023's: the year asked is not stated.
 * Its sentences' figures of other years are said as what the report does state, not as the answer.
 */
function withoutOtherYearsOnly(answer: Answer, askedYears: readonly number[]): Answer | undefined {
  if (answer.kind !== 'figure' || askedYears.length !== 1 || answer.facts.length === 0) return undefined;
  const [asked] = askedYears;
  const fromAskedReport = answer.facts.every((fact) => fact.year !== asked && fact.source.report.includes(`${asked}年`));
  if (!fromAskedReport) return undefined;
  const stated = [...new Set(answer.facts.map((fact) => `${fact.year}年`))];
  return {
    kind: 'refusal',
    answer: `报告没有写明${asked}年的这项数字，只写了${joinList(stated)}的：\n${answer.answer}`,
    facts: [],
  };
}

/** An applicant's (or a participant's) personal data asked: 申请人叫什么名字, 申请人的身份证号, 那26个群众代表都是谁. */
const APPLICANT_PERSONAL_DATA =
  /(?:申请人|申请的人|申请者|申请公开的(?:那个|那位)?人|代表|服务对象|参加的人|来的人)(?:们)?(?:的|都|是)?(?:姓名|名字|叫(?:什么|啥)|是谁|都是谁|是哪些人|有谁|身份证|手机|电话|住址|家住|住哪|住在)/;

/**
 * What one application asked for: 那件申请是要公开什么内容, 申请的具体内容是什么; what the applications mostly asked for, said
 * with 的 after the verb (大家申请公开的主要是什么内容, 申请的都是些什么信息). (可以申请哪些信息, with no 的 after the verb,
 * asks the rules on what may be asked for.)
 */
const APPLICATION_CONTENT_ASKED =
  /(?:那|这)(?:[一1两2几]?[件个份]|些)申请[^。？?]{0,8}(?:什么|啥|哪些|内容)|申请(?:人)?(?:的|都)?(?:具体)?内容(?:是|有)?(?:什么|啥|哪些)|申请(?:的?(?:内容|事项))?(?:主要|大多|大部分|大都|多半|都)?(?:是)?(?:关于|涉及|集中在|集中于|问的是?|问)(?:的是)?(?:什么|啥|哪些|哪(?:个|几个)?方面|哪(?:个|些)?领域)/;
/** 申请公开的是什么信息 / 大家申请的都是些什么内容: the same, said with 的 after the verb; a report that states no content then
 * leaves it to the sentences (商业企业申请…1条, 涉及…清单), as before this reading. */
const APPLICATION_CONTENT_LOOSE =
  /申请(?:公开)?(?:了|过)?的(?:都|主要|大多|大部分|大都|多半)?(?:是)?(?:些)?(?:什么|啥|哪些|哪(?:个|几个)?方面的?)(?:内容|信息|方面|事项|东西)/;

/** How long applications took on average: 平均用几天, 平均多长时间办完. */
/** An average time a report prints (平均处理答复时间2个工作日, 平均办理时长为3.5天, 平均答复用时5日). */
const AVERAGE_DURATION_PRINTED =
  /平均[^。；;，,]{0,10}?(?:时间|用时|时长|天数|办理|答复|办结)[^。；;，,\d]{0,4}\d+(?:\.\d+)?\s*个?(?:工作日|天|日)/;

const AVERAGE_DURATION_ASKED = /平均[^。？?]{0,6}(?:几天|多少天|多久|多长时间|几个工作日|多少个?工作日)/;

/** 要交钱吗 / 需要付费吗 / 收不收费: whether paying is needed, said with no agency, no past act (收过, 收了) and no pronoun. */
const FEE_OF_THE_RULES =
  /^(?!.*(?:他们|它|人家|该局|收过|收了))(?:那|那么)?.{0,3}?(?:要|需要|得|用)(?:交|付|花)?(?:钱|费)|^(?:那|那么)?(?:收不收费|收费吗|要不要(?:交)?钱)/;
/** A fee asked of what the asker would do (我要是去要个文件收不收钱, 如果我申请要交钱吗): the rules on fees, not what an agency collected. */
const HYPOTHETICAL_FEE = /(?:要是|如果|假如|万一)[^。？?]{0,16}(?:收不收|要不要钱|要钱|收费|交钱|花钱|交费)/;

/** Whether anyone applied (有没有人向他们申请, 有企业来申请吗): a count of applications, not how to apply. */
const ANYONE_APPLIED = /有(?:没有|没)?(?:人|企业|公司|单位|群众|律师)(?:向[^，。？?\s]{1,8}?)?(?:来|去)?(?:申请|提出申请)/;

/** Whether a channel is still in use (现在还在用吗, 还开着吗, 还能关注吗). */
const STILL_IN_USE = /(?:现在|目前|如今)?还(?:在用|能用|在运营|在运行|开着|在更新|能看|能关注|在)(?:吗|么|没有?|不)[?？。]*$/;
/** What became of a channel (微博后来怎么处理了, 公众号最后怎么样了): whether it was shut is what a report may say of it. */
const CHANNEL_FATE =
  /(?:后来|最后|最终|之后|然后)?(?:是)?(?:怎么|如何|咋)(?:处理|处置|弄|办|安排)(?:了|的)?(?:呢|啊)?[?？。]*$|(?<=(?:后来|最后|最终|之后)\p{Script=Han}{0,8})(?:怎么样|咋样|如何|怎样)(?:了)?(?:呢|啊)?[?？。]*$/u;

/** 再加上X的 三家一共多少: one more agency's figure added to those just given. */
const ADD_ANOTHER =
  /^(?:那)?再?加上([^，,\s]{2,24}?)(?:的)?[\s，,]*(?:[两三四五六几]家|这几家|它们|他们|一起)?(?:一共|总共|合计|加起来|总计|共)(?:是|有)?(?:多少|几)/;

/** 同年, 同一年, 同一年度: the year already spoken of (不同年份, 相同年份, 同比 are no such year). */
const SAME_YEAR = /(?<![不相共])同一?年度?(?![比期份])/g;

/**
 * 还有效的 / 仍然有效的呢 said alone after a count of documents made or repealed (normalizeQuestion reads 还有效的 as 现行有效):
 * those still in force, asked as the follow-up 现行有效的呢, never a message of its own that asks nothing.
 */
const STILL_VALID_ALONE =
  /^(那|那么)?(?:还|仍然?|依然|目前还|现在还|现行)(?:是)?有效(?:的)?(?:呢|有几[件份个]|有多少[件份个]?)?[?？。!！]*$/;

/**
 * A level word and an agency's kind with no place before it (那市民政局的呢, 市应急局收到几件申请, 县里的民政局 is not one):
 * the level and the kind, up to its last 局 / 委 / 厅 / 办 word.
 */
const LEVEL_KIND_ALONE =
  /(?:^|(?<=^(?:那|那个|那么|还有|再问下?)|[，,。\s]))(市|县)(\p{Script=Han}{1,8}?(?:局|委员会|委|厅|办公室|办|联))(?=的|呢|[收发主公受办有几多，,。？?\s]|$)/u;

/** A correction in front of a question (不是，我问的是去年 / 不对，是西工区 / 不是这个意思 我问的是…): what follows is the question. */
const CORRECTION_FRAME =
  /^(?:我)?(?:问的)?不是(?:问)?(?!这个|这样)(?:[^，,。！!？?\s]{1,12}[，,\s]+|[^，,。！!？?\s]{1,12}?(?=我(?:是|刚才)?(?:问|说|要问|想问)的))(?:我(?:是|刚才)?(?:问|说|要问|想问|要)的?是?|是|而是)[，,：:\s]*|^(?:不是(?:这个|那个|这|那)?意思|(?:你)?(?:理解|听)错了|不是这个|不是这样|不是(?![零0])|不对|错了|搞错了|你搞错了|说错了|我说错了|打错了|写错了|问错了)[，,。！!\s]*(?:我(?:是|刚才)?(?:问|说|要问|想问|要)的?是?|是)?[，,：:\s]*|^我(?:问|说|想问|要问)的是[，,：:\s]*/;
// (不是零的呢 after 是零的有几个: 不是 before a zero asks the agencies whose figure is not zero, no correction.)
/** What a correction says it is not after what it is (我问的是主动公开，不是申请; …而不是去年的): no part of the question. */
const CORRECTION_NOT_TAIL = /(?<=[\p{Script=Han}\d])[，,\s]*(?:而)?不是(?:问)?[^，,。！!？?\s]{1,12}[。！!]?$/u;
/**
 * A return to the agency before the last one, not named (回到刚才那个，…; 说回之前那家; 刚才那个他们…, as the message reaches
 * the engine once 回到 is taken off as a frame): the words, then the question.
 */
const BACK_TO_EARLIER =
  /^(?:好的?|嗯|行)?[，,。\s]*(?:(?:再)?(?:回到|说回|换回|再说回|再问回|还是问)(?:刚才|刚刚|之前|前面|上一个|第一个)(?:那个|那家|那一?个|的那个|的)?(?:机关|单位|局|部门|地方)?(?:吧)?[，,。：:\s]*(?=\p{Script=Han}{2})|(?:刚才|刚刚|之前|前面)(?:那个|那家|的那个)(?:机关|单位|局|部门|地方)?[，,。：:\s]*(?=他们|它们|他|它|那边|人家))/u;
/** A return to an earlier agency or topic (回到海原县，…; 说回中卫市): the name that follows is what is asked about. */
const RETURN_FRAME = /^(?:再)?(?:回到|说回|回头说|换回|再说回|再问回)(?=[\p{Script=Han}\d]{2})/u;

/** The question without the conversation's frame around it: a correction or a return to an earlier agency. */
function withoutConversationFrame(text: string): string {
  const framed = text.replace(CORRECTION_FRAME, '');
  const corrected = framed !== text ? framed.replace(CORRECTION_NOT_TAIL, '') : text;
  const bare = corrected.replace(RETURN_FRAME, '').replace(/^[，,。：:\s]+/, '');
  if (bare.length === 0) return text;
  // 不是主动公开的，是申请的 / 申请呢 alone: applications, asked after another count, are the applications received.
  if (BARE_APPLICATIONS.test(bare)) return '收到几件申请呢';
  // 不对，我想问的是部门信息: what the correction names is asked the way the last question was (部门信息呢).
  return corrected !== text && askKind(bare) === 'text' && !/[呢吗?？]$/.test(bare) ? `${bare}呢` : bare;
}

/** 那依申请公开呢 / 依申请公开的呢, as the whole follow-up: the other kind of disclosure, with 公开 said. */
const ON_APPLICATION_ALONE = /^(?:那|那么)?依申请公开(?:的)?(?:呢)?[?？。]*$/;

/** 申请的 / 依申请的呢 / 那申请呢, as the whole follow-up: the applications received. */
const BARE_APPLICATIONS = /^(?:那)?(?:依)?申请(?:公开)?的?(?:那种|这块|这边)?(?:呢)?[?？。]*$/;

/** A reason asked (为什么, 为啥, 什么原因, 怎么会): 怎么 alone asks how, not why. */
const WHY_ASKED = /为什么|为啥|为何|什么原因|啥原因|怎么会|咋会|凭什么|干嘛要|干啥要/;
/**
 * The words of a why-question that are no part of what it asks about: the why and the verbs right after it (为什么要),
 * years, pronouns. Single characters elsewhere stay (会议, 要求, 就业 keep their words); the one-character words the
 * segmenter leaves are dropped after it.
 */
const WHY_WORDS =
  /(?:为什么|为啥|为何|什么原因|啥原因|怎么会|咋会|凭什么|干嘛要|干啥要)(?:要|会|就|还|都|又|是)*|(?:19|20)\d{2}年?度?|今年|去年|前年|一个都|一件都|一条都|这些人|那些人|这些|那些|这个|那个|他们|人家|后来|当时|最后|最终|当初|[?？!！。,，]/g;
/**
 * A why-question whose premise is a quantity (被起诉了那么多次为什么, 收了那么多信息处理费凭什么, 那么多申请都不予公开):
 * the premise may be wrong, so the figure is asked (那么多 as 多少) and said before any reason.
 */
const WHY_PREMISE = /那么多|这么多|那么些|这么些|好多|很多|那么高|这么高/;
const WHY_PREMISE_ALL = new RegExp(WHY_PREMISE.source, 'g');
/**
 * Items of information made or given for applicants (制作依申请公开信息495条, 提供依申请公开信息12条): pieces of information,
 * with no word of receiving, not the applications themselves.
 */
const ITEMS_FOR_APPLICANTS =
  /^(?!.*(?:收到|受理|接到|接收|新收)).*(?:(?:制作|提供)\p{Script=Han}{0,4}依申请公开的?(?:政府)?信息(?!公开)|依申请公开的?(?:政府)?信息\p{Script=Han}{0,2}(?:制作|提供))/u;

/** A thing named with 呢 and nothing else asked (复议呢, 行政诉讼呢？). */
const BARE_ROW_ASKED = /(?<!多少|几[件个条次]?|吗|什么|怎么|哪[个些里]?)呢[?？。]*$/;
/** A premise on how applications were handled (申请都不予公开, 全被驳回, 都被拒绝了). */
const HANDLING_PREMISE = /申请[^，,。？?]{0,6}?(?:不予公开|不公开|没公开|拒绝|驳回|无法提供|不予处理|不处理)/;
/** Words half of a report's sentences hold: a why-question about them alone has no record of its own to quote. */
const WHY_GENERIC_WORD = /^(?:申请|公开|信息|政府|政务|工作|情况|办理|开展|没有|进行)$/;
/** A sentence that gives a reason or a purpose (为进一步…, 因…, 经…研究决定, 旨在…). */
const REASON_STATED = /为了|为进一步|为推动|为加强|为更好|为切实|为确保|为规范|因为|由于|鉴于|原因|研究决定|旨在|目的是|以便/;

/** 主动公开的455条里实验室安全生产的有几条: a part of a number the question itself states (the number, its unit, the part asked). */
const PART_OF_GIVEN =
  /(\d+(?:\.\d+)?)[条件篇次期场人名家个项]?(?:信息|政府信息|申请)?(?:里面?|当中|之中|中间|中|其中)(?:的)?([^，。？?]{2,20}?)(?:的|类)?(?:有|占|是)?(?:多少|几)/;

/** The whole a question gives before the part it asks (的455条里, 67条信息中). */
const GIVEN_WHOLE = /的?\d+(?:\.\d+)?[条件篇次期场人名家个项]?(?:信息|政府信息|申请)?(?:里面?|当中|之中|中间|中|其中)(?:的)?/;

/**
 * An answer whose every figure is the number the question already gives as a whole (455条里…有几条): the part asked is
 * not split out in the report, so the whole is no answer; refused, with the part named.
 */
function withGivenTotalNotSplit(answer: Answer, text: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length === 0) return answer;
  const given = PART_OF_GIVEN.exec(text);
  if (!given) return answer;
  const whole = Number(given[1]);
  if (!answer.facts.every((fact) => fact.value === whole)) return answer;
  const { agency, year } = answer.facts[0];
  return {
    kind: 'refusal',
    answer: `${agency}${year}年报告写明的是总数${given[1]}，没有分列其中“${given[2]}”的数量，无法回答。`,
    facts: [],
  };
}

/** A person of an agency asked by name (局长是谁, 负责人叫什么名字, 主任姓啥): the role asked. */
const PERSON_NAME_ASKED =
  /(副?局长|负责人|主要领导|一把手|副?主任|书记|科长)(?:们)?(?:是谁|是哪位|叫(?:什么|啥)(?:名字)?|姓(?:什么|啥)|(?:的)?名字)/;

/**
 * An amount taken asked with no fee of applying named (收了多少钱, 一共收了几万块, 收费多少, 收费多少钱, 行政事业性收费收了多少钱):
 * what an agency took.
 */
const FEE_TAKEN_ASKED =
  /^(?:那|那么)?(?:他们|人家)?(?:一共|总共|共)?(?:收(?:了|过)(?:多少|几)(?:万元|万|元|块钱?)?的?(?:钱|费)|收(?:了|过)?费(?:了|过)?(?:金额)?(?:是|有)?(?:多少|几)(?:万元|万|元|块钱?|钱)?|行政事业性收费(?:金额)?(?:一共|总共|共)?(?:收(?:了|过))?(?:是|有)?(?:多少|几)(?:万元|万|元|块钱?)?的?钱?)(?:呢|啊)?[?？。!！]*$/;

/**
 * 办信息公开收钱了吗 / 做申请那块收费了没 in a conversation about one agency: whether it took money, a past act its report states
 * (未收取任何费用), not the rules on what applying costs (收费吗 / 要收钱吗 ask those).
 */
// (收没收信息公开的费用, read 收信息公开的费用了吗: the fee's words may stand between 收 and 费用.)
const FEE_TAKEN_PAST = /收(?:[^，,。？?\d]{0,10}?费用|钱|费)(?:了|过)(?:吗|么|没有?|不)?[?？。]*$/;

/** 行政事业性收费多少万 / 信息处理费收了多少钱 / 收了几次处理费: an amount an agency collected, asked by the fee's name. */
const FEE_COLLECTED_OF_AGENCY =
  /行政事业性收费|(?:信息)?处理费(?:一共|总共|共)?收(?:了|过|取了?)|收(?:了|过|取了?)(?:多少|几)\p{Script=Han}{0,4}?(?:信息)?处理费/u;

/** A pronoun for the agency talked about (他们, 人家, 该局), then a past act asked (收…没有, 公开过吗, 给了没): what it did, not the rules. */
const PAST_ACT_OF_AGENCY =
  /(?:他们|他家|人家|该局|这个局|那个局|这家单位|他们单位)(?:\p{Script=Han}{0,12}?(?:了|过)\p{Script=Han}{0,8}?(?:吗|么|没有?)|\p{Script=Han}{0,16}?没有?[呢吗]?)[?？。]*$/u;

/**
 * Whether the agency was appealed against or sued, asked yes or no (有没有被复议过, 被起诉过吗, 被人告了没, 有没有被行政复议的):
 * an event its report counts, not how to appeal (怎么告他们, 能复议吗 stay the rules: no 被 before the act). So is whether
 * anyone did (有没有人不满意去复议, 有人不服告他们吗).
 */
const APPEAL_SUFFERED =
  /(?:有没有|有无|是否|有)?被(?:人|群众|申请人)?(?:申请|提起)?(?:行政)?(?:复议|起诉|告|诉讼|投诉|举报)(?:纠正|撤销|纠错|维持|败诉)?(?:过|了)?的?(?:吗|么|没有?|[?？。]*$)|有(?:没有|没)?人[^，,。？?\s]{0,8}?(?:去|来|到)?(?:申请|提起)?(?:行政)?(?:复议|起诉|告|打官司)(?:过|了)?(?:他们|它|他|该局)?(?:吗|么|没有?|[?？。]*$)/;

/**
 * 有被撤销的吗 / 被纠正过没 (as plainWords writes it: 有行政复议和行政诉讼被纠正的吗) after a review or lawsuit of one agency was
 * asked: an outcome of those cases, which its report states or not, never the rules on how to appeal.
 */
const APPEAL_OUTCOME_SUFFERED =
  /(?:有没有|有无|是否|有)?被(?:复议机关|法院)?(?:撤销|纠正|纠错|确认违法)(?:过|了)?的?(?:吗|么|没有?)?[?？。]*$/;

/**
 * 行政诉讼的结果怎么样 / 复议结果如何 / 那个官司怎么判的 after a figure of one agency: how its own cases ended, which its report
 * says (发生行政诉讼1件,结果维持), not the rules on appealing. (怎么复议, 复议结果不服怎么办 ask the rules.)
 */
const APPEAL_RESULT_ASKED =
  /(?:复议|诉讼|起诉|官司|案子|案件)(?:案件)?的?(?:结果|结论)(?:是|都是)?(?:怎么样|怎样|如何|咋样|是什么|是啥|呢)[?？。]*$|(?:官司|诉讼|案子)(?:最后|后来)?(?:怎么|咋)判的/;

/** Applications received asked (收到多少申请, 新收了几件, 接到几个申请): the year's new ones, not those handled or carried over. */
const NEW_APPLICATIONS_ASKED = /^(?!.*(?:办理|受理|处理|结转|转结|办结|答复|一共办|总共办)).*(?:收到|新收|接到|收了|接了)/;
/** The key of the carried-over applications a sentence's count is said to include (含2024年结转12件), stated beside it. */
const CARRIED_INCLUDED_KEY = 'sentence_carried_included';
/** The carried-over applications a count includes, printed right after it: (含2024年结转12件), （含上年度结转申请30件）. */
const CARRIED_INCLUDED = /^\s*[(（]含((?:上一?年度?|前一年度?|\d{4}年度?)(?:结转|转结)(?:申请)?(\d+)件)[)）]/;

/**
 * Whether reviews or lawsuits were concluded, asked after their count (审结了没, 判完了吗, 结案了吗, 都审完了吗, 有结果了吗): every
 * result column of the remembered rows, led by whether any is still pending (尚未审结). (有没有还在审的, 尚未审结的呢 ask that
 * column alone.)
 */
const CONCLUDED_ASKED = /^(?!.*(?:尚未|仍未|未审|还在|没审|没判)).*(?:审结|结案|判完|审完|判决|判了|有结果)/;

/**
 * 审结了没 answered with every result column of table 四's rows: 都已审结 when each row's 尚未审结 is 0, else 没有全部审结 with
 * the rows still pending and their counts (the store's figures, no sum).
 */
function withConcludedVerdict(answer: Answer, text: string): Answer {
  if (answer.kind !== 'figure' || !CONCLUDED_ASKED.test(text) || /^(?:都已审结|没有全部审结)/.test(answer.answer)) return answer;
  const pending = answer.facts.filter((fact) => /^(?:review|litigation_direct|litigation_after_review)\.pending$/.test(fact.key));
  if (pending.length === 0) return answer;
  const open = pending.filter((fact) => fact.value > 0);
  const rowName: Record<string, string> = {
    review: '行政复议',
    litigation_direct: '行政诉讼（未经复议直接起诉）',
    litigation_after_review: '行政诉讼（复议后起诉）',
  };
  const lead =
    open.length === 0
      ? '都已审结（尚未审结为0）。'
      : `没有全部审结：${open.map((fact) => `${pending.length > 1 ? rowName[fact.key.split('.')[0]] : ''}尚未审结${formatNumber(fact.value)}${fact.unit}`).join('，')}。`;
  return { ...answer, answer: `${lead}${answer.answer.replace(/^(?:有|没有)。/, '')}` };
}

/** A review or lawsuit still pending asked (有尚未审结的吗, 还没判完的几件, as plainWords writes them): a report's state, no rule. */
const PENDING_ASKED = /(?:尚未|仍未|未)(?:审结|审理终结|判决|办结)/;

/** The guide's answers about fees: the rules and the two calculators. */
const FEE_TOPICS = new Set(['fees', FEE_BY_REQUESTS_ID, FEE_BY_PAGES_ID]);
/** A count of requests or pages alone, as a follow-up of a fee answer (一个月申请了12件呢, 300页呢). */
const FEE_COUNT_FOLLOW_UP = /^.{0,10}?(?:\d+|[零〇一二两三四五六七八九十百千]+)(?:件|个申请|次申请|页|张)(?:的话)?[呢吗?？。]*$/;

/** A calendar date in a question: with its year (2025年12月22号, 2026-01-05) or month and day. */
const CALENDAR_DATE = /(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}[日号]|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|今天|昨天|前天|明天/;
/** 延期的话呢 / 要是延长呢 / 他们要是延期呢 / 若经批准延长呢 / 延期最晚哪天 / 能延长吗: the extended deadline of the last calculation. */
const EXTENSION_FOLLOW_UP =
  /^(?:那|那么)?(?:他们|对方|机关|单位|人家)?(?:能|可以|会|能不能|可不可以|会不会|还能|还可以)(?:再)?(?:延期|延长)(?:答复)?(?:吗|么|嘛|不|呢)?[\s，,?？。]*$|^(?:那|那么|如果|要是|假如)?(?:他们|对方|机关|单位|人家)?(?:要是|如果|若是?|倘若)?(?:(?:他们|对方|机关|单位|人家)?(?:说|告诉我|通知我?)?(?:要|需要|想)?)?(?:经(?:过)?(?:批准|同意)|获批|批准)?(?:延期|延长)(?:答复)?(?:的话|了)?(?:呢)?[\s，,?？]*(?:(?:最晚|最迟)?(?:能|可以)?(?:到|是|拖到|延到)?(?:哪天|哪一天|几号|什么时候|多久|怎么算)|最晚|最迟)?[呢吗?？。]*$/;
/** A year word or a two-digit year right before a month and day (今年6月15号, 26年3月20号). */
const DATE_YEAR_WORD = /(今年|去年|明年|(?<!\d)\d{2}年)(?=\d{1,2}月\d{1,2}[日号])/g;

/** 今年6月15号 → 2026年6月15号, 26年3月20号 → 2026年3月20号: a date's year written out, so it reads as a date, not a report year. */
function withDateYears(text: string, currentYear: number): string {
  return text.replace(DATE_YEAR_WORD, (word: string) => {
    if (word === '今年') return `${currentYear}年`;
    if (word === '去年') return `${currentYear - 1}年`;
    if (word === '明年') return `${currentYear + 1}年`;
    return `20${word}`;
  });
}

/**
 * The end of a message that is a question of its own, not a fragment cut mid-word (多少, 几条, 吗, 呢, 谢谢, 结果咋样: a refused
 * 复议结果咋样 is no fragment to read with the next message, 有被撤销的吗).
 */
const FINISHED_QUESTION =
  /(?:多少|几[件条个次项名人家场期篇]?|吗|呢|么|嘛|吧|啊|呀|啦|哦|嘞|哈|呗|了|的|谢|好|行|对|是|在|没|不|哪|谁|啥|时候|怎么办?|如何|(?:怎么|咋|怎)样)$/;
/** A question word inside a message (有多少人看过, 发了几条在网上, 是什么时候): the message asks already, it is no fragment. */
const QUESTION_WORD_INSIDE = /多少|几[件条个次项名人家场期篇位]|什么|啥/;
/** A reason asked (不予公开的原因, 为什么, 为啥, 理由). */
const REASON_ASKED_WORD = /原因|为什么|为啥|为何|理由|缘故/;
/** A clause that gives a reason or a ground (因为, 由于, 属于, 涉及, 依据, 第十四条, 不存在, 不属于). */
const REASON_GIVEN = /因为|由于|因|属于|涉及|依据|根据|按照|条例|第[一二三四五六七八九十\d]+条|不存在|原因|理由|为了|为/;
/**
 * The rest of a word cut off (谈呢, 问量呢, 罚吗): one or two characters before a particle, no question of its own (a word
 * of two characters alone, 复议 or 网站, would ask; it is read joined first all the same, and stands when the join fails).
 */
function restOfWord(message: string): boolean {
  const bare = message.trim().replace(/[\p{P}\s]+$/u, '');
  if (!/(?:呢|吗|么|啊|呀)$/.test(bare)) return false;
  return /^\p{Script=Han}{1,2}$/u.test(bare.replace(/(?:呢|吗|么|啊|呀)+$/, ''));
}

/** How long a fragment waits for the rest of its message. */
const CUT_TTL_MS = 2 * 60 * 1000;

/** A share of a region's whole (占全市的百分之几, 占全县多少比例, 在全省占比): no report states a region's total. */
const SHARE_OF_A_REGION =
  /(?:占|在)(?:了)?(全(?:国|省|自治区|区|市|县|州|盟|旗|镇|乡|宁夏|\p{Script=Han}{0,3}[省市县区]))(?:的|里|中)?(?:百分之|比例|比重|几成|多少|占比|份额)/u;

/** A village's own affairs (我们村, 村务公开, 村委会, 村主任): the villagers' committee's, under another law, in no agency's report. */
const VILLAGE_AFFAIRS = /我们村|咱村|俺村|村里|村上的|村务|村委|村民委员会|村主任|村支书|村干部|村长|村集体|村账|低保户/;
const VILLAGE_REPLY =
  '村务公开由村民委员会负责（依据《村民委员会组织法》），不属于行政机关的政府信息公开，库中的年度报告里也没有村里的情况。可以向村委会或所在乡镇人民政府了解；想向行政机关申请公开政府信息，可以问我“怎么申请”。';

/** A question about what will happen (明年会, 预计, 以后会有): a forecast, which no report holds (下一年 is left out: 结转到下一年 is a row). */
// 会 as the verb, not the end of a body's name (委员会, 协会, 管委会, 居委会 收到多少) nor of a meeting's (说明会有多少家单位参加,
// 发布会有几场, 座谈会, 宣讲会, 听证会, 培训会).
// 以后 after an event (复议以后又起诉, 补正以后) is when in the case, not the future.
// 拖到明年办 / 留到明年 / 转到明年: what was carried into the next year, a row of table 三, not a forecast.
const FUTURE_ASKED =
  /(?<!拖到|留到|转到|放到|结转到|拖至|转至)明年|后年|将来|未来|(?<!复议|补正|申请|收到|答复|起诉|受理|办理|审查|处理|结转|公开)以后|今后|预计|预测|估计(?:会|能|有)|(?<![员委协学议社商工联机总分明布谈讲证介面训流讨气调聘览博])会(?:有|公开|发|收到|办)(?:多少|几)/;
/**
 * A judgement asked of how well agencies work (哪个区信息公开最差, 谁做得最好, 哪个县的政府最懒, 你觉得X做得好不好, 你认为他们怎么样): no report
 * ranks or grades them. A figure asked (最多, 多少) is no judgement.
 */
/** 信息公开工作做得好不好 / 公开搞得怎么样: how an agency's work went. */
const WORK_HOW_WENT = /(?:工作|公开)[^，。？?]{0,4}?(?:做|干|搞|开展)得(?:好不好|怎么样|咋样|如何|行不行|好吗|怎样)[?？。!！]*$/;

/**
 * 第一年 / 头一年 / 最早那年 / 最早的一年 / 最后一年 / 最近一年 / 最新那一年: a year of an agency's reports by its place (第二年 is
 * also the year after, as in 第二年准备怎么改进: not read).
 */
const ORDINAL_YEAR =
  /第[一1]年|头一年|(最早|最老|最后|最近|最新)(?:的)?(?:那|这)?(?:一)?年(?:度)?(?:的)?(?=的|呢|吧|啊|收|发|公开|有|是|[?？。!！]|$)/;

/** The held year an ordinal names: the last for 最后/最近/最新, else the first (第一年, 头一年, 最早). */
function yearOfOrdinal(said: string, held: readonly number[]): number | undefined {
  const years = [...new Set(held)].sort((a, b) => a - b);
  if (years.length === 0) return undefined;
  return /最后|最近|最新/.test(said) ? years[years.length - 1] : years[0];
}

/** 有哪几年的 / 都有哪些年份的: the years of an agency's reports held asked, a side question in a conversation. */
const YEARS_HELD_ASKED = /哪[几些一]?(?:个)?年(?:份|度)?的?|几年的|什么年份|哪些年份|几份/;

/** How the refusal of a question not understood of one agency begins. */
const NOT_UNDERSTOOD_OF = '抱歉，没有理解您想了解';

/** 跟别的县比怎么样 / 和其他局比呢 / 跟同类比算多吗: one agency set against the others of its kind, none named. */
const AGAINST_OTHERS =
  /^(?:那|那么)?(?:跟|和|与|同)(?:别的?|别家|其他|其它|同类|同级|同类型|人家)的?[\p{Script=Han}]{0,6}?(?:比|相比|比较|对比|比起来|比一比|比一下)(?:起来)?(?:的话)?(?:怎么样|咋样|如何|怎样|呢|多还是少|算多吗|算多的吗|算少吗|多吗|少吗|高吗|排第几|排老几|算什么水平|什么水平)?[?？。!！]*$/u;
const OPINION_ASKED =
  /(?:哪个|哪家|哪些|哪几个|谁)[^，。？?]{0,16}?(?:做得|搞得|干得|弄得)?(?:最好|最差|最烂|最棒|最糟|最不行|最不好|最优秀|最到位|最规范|最(?:懒|勤快|不?负责|认真|积极|拖拉|不?靠谱|不?透明)|好一些|好一点|更好|差一些|更差)|(?:你|您)(?:觉得|认为|感觉|评价一下)[^，。？?]{0,20}?(?:做得|搞得|干得|弄得|工作)?(?:好不好|怎么样|咋样|如何|行不行|好吗|差吗|到位吗|合格吗|怎样)/;
/** A figure asked for (多少, 几): a count or an amount. */
const COUNT_OR_AMOUNT = /多少|几/;

/** 都要 / 全部 / 所有的都看看: every agency, in reply to the bot's own 哪个机关？ */
const ALL_REPLY =
  /^(?:那|那就)?(?:都要|全都要|全要|都|全部|全部都要|所有的?|每个都要|每个|都看看|都查一下|都查查|都给我看看|都想知道|都行)(?:吧|啊|呀|的|看看|了)*[。！!～~]*$/;
/** A ranking asked of whatever was just listed: which one (哪个/谁/哪家) and most or fewest. */
const RANK_AFTER_LIST = /(?:哪|谁)[^，。？?]{0,12}最(?:多|少|高|低|大|小)|最(?:多|少)的?是(?:哪|谁)/u;
/** The words pointing back at the list (这几个里, 其中, 它们当中), dropped before its scope is said. */
const AMONG_THOSE_LISTED =
  /^(?:那|那么)?(?:这几个|这些|这几家|这几个单位|这些单位|其中|它们|他们)(?:单位|机关|部门)?(?:里面|里|中|当中|之中)?/u;

/** 就第一个 / 选第2个 / 最后那个 / 上面第二个: one of the options the bot listed, by its place. */
const ORDINAL_REPLY =
  /^(?:那|那就)?(?:就|要|选|是)?(?:(?:你)?(?:上面|上边|前面|刚才)(?:说|列)?的?)?(?:第([一二三四五六七八九十\d]{1,2})|(最后|头))(?:一?个|一?家|位)?(?:吧|啊|呀|的|那个|那家|呢)*[。！!～~？?]*$/;
/** The agencies a clarifying answer listed (…库中有：A、B、C等N个。 / …报告有：A（2025年）、B（2024年）。 / 有年度报告的政府办公厅：A（2025年）、B（2023年）。). */
function listedOptions(answer: string): string[] | undefined {
  const list = /(?:库中有|报告有|有年度报告的\p{Script=Han}{1,12})：([^。]+)/u.exec(answer)?.[1];
  if (!list) return undefined;
  // The years after each name (…生态环境局（2019、2020、2021年）) are cut off before the list is split at its 、, which they
  // hold too: split first, one agency was offered as 平潭…局（2019 and the years as five more.
  const names = list
    .replace(/等\d+个.*$/, '')
    .replace(/（[^）]*）/g, '')
    .split('、')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return names.length > 0 ? names : undefined;
}
/** What follows a town's or a street's own stem in its name (西城|街道, 瓜沥|镇). */
const OWN_PLACE_ENDING = /^(?:镇|乡|街道|苏木)$/;
/** The bot's own question completed by a reply that names no agency: all of them (都要) or the one at a place in its list (就第一个). */
/** The last character of a place's level (绍兴市, 兴庆区, 五河县): what a lower place's name follows inside a full name. */
const PLACE_LEVEL_END = /[省市区县州盟旗]/;

function pendingReply(input: string, pending: string, options: string[] | undefined): string | undefined {
  const bare = input.replace(/\s+/g, '');
  if (ALL_REPLY.test(bare)) return `各机关${pending}`;
  const ordinal = ORDINAL_REPLY.exec(bare);
  // 文昌的 / 建邺那个 in reply to 您问的是哪个水务局？库中有：…文昌市水务局…: the one option listed that the place begins.
  const stem = /^(?:那|是|就|就是|我说的是|我问的是)?(\p{Script=Han}{2,4}?)(?:的|那个|那家|这个|这家)?[。！!？?～~]*$/u.exec(bare)?.[1];
  const begun = stem && options ? options.filter((name) => name.startsWith(stem) && name.length > stem.length + 1) : [];
  if (!ordinal && begun.length === 1) return `${begun[0]}${pending}`;
  // 上虞的 for 绍兴市上虞区气象局, 前进街的 for 兴庆区前进街街道办事处: no option begins with the place said, but one names it
  // right after its higher place (市, 区, 县 …), where a place of its own begins.
  const under =
    stem && options && begun.length === 0
      ? options.filter((name) => {
          const at = name.indexOf(stem);
          return at > 0 && PLACE_LEVEL_END.test(name[at - 1]) && name.length > at + stem.length + 1;
        })
      : [];
  if (!ordinal && under.length === 1) return `${under[0]}${pending}`;
  // 应急管理局 / 审计局那个 / 街道的 in reply to “渝中区”有多个机关：…: the one option listed whose name holds the words said.
  const part = ordinal ? undefined : offeredPart(bare);
  const holding = part && options ? offeredHolding(options, part) : [];
  if (holding.length === 1) return `${holding[0]}${pending}`;
  // 县里的 / 镇那边的 in reply to “通化”有多个机关：通化县人民政府、通化市东昌区金厂镇人民政府: the one option of that level.
  const leveled = part && options ? offeredOfLevel(options, part) : [];
  if (leveled.length === 1) return `${leveled[0]}${pending}`;
  if (!ordinal || !options) return undefined;
  const place = ordinal[2] === '最后' ? options.length : ordinal[2] ? 1 : parseChineseNumber(ordinal[1]);
  const name = Number.isInteger(place) && place >= 1 ? options[place - 1] : undefined;
  return name ? `${name}${pending}` : undefined;
}

/** Whether an offered agency's name holds the words said, as printed or in its short form (经开区 of 长春经济技术开发区). */
function offeredNameHolds(name: string, part: string): boolean {
  const simplified = toSimplified(name);
  return simplified.includes(part) || shortNameForm(simplified).includes(part);
}

/** The words of a reply that name one of the agencies offered (审计局那个 → 审计局, 就是街道的 → 街道), or undefined. */
function offeredPart(bare: string): string | undefined {
  const part =
    /^(?:那|那就|是|就|就是|要|我说的是|我问的是|我要问的是)?(\p{Script=Han}{2,10}?)(?:的|那个|那家|这个|这家|吧|呢|啊)*[。！!？?～~]*$/u.exec(
      bare,
    )?.[1];
  return part ? toSimplified(part) : undefined;
}

/** Each kind's short stem with its long one (文旅 → 文化和旅游, 卫健 → 卫生健康, 医保 → 医疗保障), from KIND_ABBREVIATIONS. */
const KIND_STEM_PAIRS: ReadonlyArray<readonly [string, string]> = KIND_ABBREVIATIONS.map(
  ([long, short]) => [short.replace(/(?:委员会|局|厅|委|办)$/, ''), long.replace(/(?:委员会|局|厅|委|办公室)$/, '')] as const,
).filter(([short, long]) => short.length >= 2 && long.length > short.length);

/**
 * The offered agencies whose names hold the words said (审计局, 街道), or their kind written short (文旅那个 for 吉林省文化和旅游厅,
 * 卫健的 for 某区卫生健康委员会): the short stem read as the long one the name prints.
 */
function offeredHolding(options: readonly string[], part: string): string[] {
  const words = [part, ...KIND_STEM_PAIRS.filter(([short]) => part.includes(short)).map(([short, long]) => part.replace(short, long))];
  return options.filter((name) => words.some((word) => offeredNameHolds(name, word)));
}

/** 应急那个收到几件 / 那个乡的呢 抖音发了几条: the offered agency's words, then what is asked of it (收到几件, 抖音发了几条). */
const OFFERED_THEN_ASKED =
  /^(?:那个|那么|那就|那|就是|是)?(\p{Script=Han}{1,10}?)(?:那个|那家|这个|这家|的)(?:呢)?[，,、\s]*(\p{Script=Han}.{1,30})$/u;
/** 交通厅主动公开了多少 / 医保局收到几件: an offered agency's kind said short with its last word, then what is asked of it. */
const OFFERED_KIND_THEN_ASKED = /^(?:那|那么)?(\p{Script=Han}{1,6}?[局厅委办])(?:的)?[，,、\s]*(\p{Script=Han}.{1,30})$/u;
/** The only one-character words that name an offered agency (那个乡的, 镇那个): a level of place of its own. */
const OWN_LEVEL_WORD = /^[乡镇]$/;

/**
 * 那街道那个呢 / 审计局的呢, in a conversation about one of the agencies a clarification offered (“渝中区”有多个机关：A、B): the
 * other offered agency whose name holds the words said, when exactly one does and the words name no stored agency.
 * 应急那个收到几件 / 那个乡的呢 抖音发了几条视频: the other one named so, then a question of its own, asked of it.
 */
function otherOfferedAgency(
  input: string,
  memory: ConversationMemory | undefined,
  named: (text: string) => boolean,
  current: string | undefined,
): string | undefined {
  // (Only while the conversation is about one of them: an offer made long before names no agency talked about now.)
  if (!memory?.offered || !current || !memory.offered.includes(current)) return undefined;
  // 上面第三个呢 after 第一个 answered 您问的是哪个统计局？库中有：A、B、C: the option at that place in the list.
  const ordinal = ORDINAL_REPLY.exec(input.replace(/\s+/g, ''));
  if (ordinal) {
    const place = ordinal[2] === '最后' ? memory.offered.length : ordinal[2] ? 1 : parseChineseNumber(ordinal[1]);
    const name = Number.isInteger(place) && place >= 1 ? memory.offered[place - 1] : undefined;
    if (!name || name === current) return undefined;
    // (The last question asked of it, when it named the one answered: 威海市统计局的微信公众号发了多少条 → 金昌市统计局的….)
    return memory.lastQuestion?.includes(current) ? memory.lastQuestion.replace(current, name) : `那${name}呢`;
  }
  const said = offeredPart(input.replace(/\s+/g, ''));
  if (said && !named(input)) {
    if (/呢[。？?！!]*$/.test(input.trim())) {
      const holding = offeredHolding(memory.offered, said);
      if (holding.length === 1) return `那${holding[0]}呢`;
    }
    // 市里的呢 / 区里的 after 县里的那个 was answered: the other offered agency of the level said.
    const leveled = offeredOfLevel(memory.offered, said).filter((name) => name !== current);
    if (leveled.length === 1) return `那${leveled[0]}呢`;
    // Several of that level (天水市…、葫芦岛市…): the level and the kind, which is asked back (那市卫生健康委呢).
    const kind = splitAgencyName(toSimplified(current)).kind;
    // (The last question asked of the level, when it named the one answered: its topic stays for the reply to the question.)
    const levelKind = `${LEVEL_REPLY.exec(said)?.[1]}${kind}`;
    if (leveled.length > 1 && kind)
      return memory.lastQuestion?.includes(current) ? memory.lastQuestion.replace(current, levelKind) : `那${levelKind}呢`;
  }
  const asked = OFFERED_THEN_ASKED.exec(input.trim()) ?? OFFERED_KIND_THEN_ASKED.exec(input.trim());
  if (!asked || named(asked[1])) return undefined;
  const part = toSimplified(asked[1]);
  if (part.length < 2 && !OWN_LEVEL_WORD.test(part)) return undefined;
  const holding = offeredHolding(memory.offered, part).filter((name) => name !== current);
  if (holding.length === 1) return `${holding[0]}${asked[2]}`;
  // 镇里的电话呢 after 县里的 was answered: the other option of that level, then what is asked of it.
  const leveled = offeredOfLevel(memory.offered, part).filter((name) => name !== current);
  return leveled.length === 1 ? `${leveled[0]}${asked[2]}` : undefined;
}

/**
 * 区里的呢 after 县里的那个 answered one of the agencies a clarification offered, when none offered is of that level: the
 * level said, so the answer says so instead of repeating the last one.
 */
function offeredLevelMissing(input: string, memory: ConversationMemory | undefined, current: string | undefined): string | undefined {
  if (!memory?.offered || !current || !memory.offered.includes(current)) return undefined;
  const said = offeredPart(input.replace(/\s+/g, ''));
  const level = said ? LEVEL_REPLY.exec(said)?.[1] : undefined;
  return level && offeredOfLevel(memory.offered, said ?? '').length === 0 ? level : undefined;
}

/** 县里 / 镇那边 / 市级 / 那个区: a level of place said alone, in group 1. */
const LEVEL_REPLY = /^(?:那个)?([市区县旗盟州镇乡]|街道)(?:里面?|这边|那边|级|上)?$/;

/** The level of the lowest place an agency's name prints (通化县人民政府 → 县, 通化市东昌区金厂镇人民政府 → 镇). */
function ownLevel(name: string): string | undefined {
  // (自治区 is a province: 新疆维吾尔自治区卫生健康委员会 is no 区's body.)
  // (苏尼特左旗… is a 旗's body, 锡林郭勒盟… a 盟's, 甘南州… a 州's: the levels of Inner Mongolia and the autonomous prefectures.)
  return /(市|(?<!自治)区|县|旗|盟|州|镇|乡|街道)(?!.*(?:市|(?<!自治)区|县|旗|盟|州|镇|乡|街道))/.exec(toSimplified(name))?.[1];
}

/** The offered agencies whose own level is the one said (县里 → the 县's body), when the words said are a level alone. */
function offeredOfLevel(options: readonly string[], part: string): string[] {
  const level = LEVEL_REPLY.exec(part)?.[1];
  return level ? options.filter((name) => ownLevel(name) === level) : [];
}

/** 两个 / 这三个 / 俩 right before an agency kind, after the names it counts (海原和沙坡头两个科技局). */
/** A place's own body (海原县人民政府, 海原县, 前进街道办事处): a region's name, never a bureau of some kind. */
const PLACE_BODY_NAME = /(?:人民政府|政府|省|自治区|市|区|县|旗|州|盟|镇|乡|街道|办事处|苏木)$/;
const NAMES_COUNTED = /(?:这|那)?(?:[两俩三四五六几](?:个|家)|俩)$/;
/** Two to five short names put apart by spaces (红寺堡 海原 西工三个): nothing but names before the kind. */
const SPACED_NAMES = /^(?:\p{Script=Han}{2,6}[\s\u3000]+){1,4}\p{Script=Han}{2,10}$/u;
/** A year that belongs to a calendar date, not to a report (2025年12月22号). */
const DATE_YEAR = /(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}[日号]|[-/.]\d{1,2}[-/.]\d{1,2})/;

type SmallTalk = 'greeting' | 'thanks' | 'bye' | 'identity' | 'human' | 'complaint' | 'confirm' | 'service' | 'offtopic';

const SMALL_TALK_REPLY: Record<SmallTalk, string> = {
  greeting: '您好！请问想了解什么？',
  thanks: '不客气，有问题随时问我。',
  bye: '好的，有需要随时找我。',
  identity: '我是政府信息公开助手，一个自动回复的程序。',
  confirm: '我的回答都摘自所注明的年度报告或《政府信息公开条例》原文，出处写在回答末尾；如有出入，以机关公布的原文为准。',
  complaint:
    '抱歉没能帮上忙。可以换个说法再问，最好带上机关名称和年份{figure}；对机关工作的意见，可以向它的上级机关或政府信息公开工作主管部门反映。',
  service:
    '办理证件、户口、社保、低保救助、入学转学，水电气暖的报装、缴费和价格，欠薪等投诉，都不属于政府信息公开，我查不到办理方法。可以拨打12345政务服务便民热线，或到当地政务服务中心咨询；水电气暖的事也可以打供水、供电、燃气、供热公司的客服电话。',
  offtopic: '抱歉，这个问题我回答不了。我是政府信息公开助手，只能回答政府信息公开年度报告和信息公开申请方面的问题。',
  human: '我是自动回复的程序，这里没有人工客服。需要找人的话，可以问我某个机关的联系电话{contact}，直接打给它的政府信息公开工作机构。',
};

/** The bot's data asked of (你们的数据准吗, 你这数据哪来的, 这里的信息可靠吗) or its source named (数据来源是什么). */
const DATA_SOURCE_ASKED =
  /^(?:你们|你|这里|这儿|你这(?:里|儿)?|这些|那些)(?:的|这些)?(?:数据|数字|信息|资料)(?:都)?(?:是)?(?:(?:准|准确|可靠|靠谱|权威|真实|真的)(?:的)?(?:吗|么|不|吧|嘛)?|准不准(?:确)?|可不可靠|靠不靠谱|(?:从)?哪(?:里|儿)?(?:来的?|查的|弄的)|来源(?:是)?(?:哪里?|什么|哪儿)?)$|^(?:数据|信息)(?:的)?来源(?:是)?(?:哪里?|什么|哪儿)?$/;

/** 你能干什么 / 你会什么 / 有什么功能 / 怎么用 (用 covers it) / 那你知道什么: what the bot can do is asked, not who it is. */
const CAN_DO_ASKED = /能|会|可以|功能|用|知道|懂|了解|晓得/;

/** What the bot can do, said once per conversation (not the long menu on every miss); {figure} is an example question. */
const CAPABILITIES = '我可以回答：各机关政府信息公开工作年度报告里的数字和内容{figure}，以及怎么申请政府信息公开、多久答复、收不收费。';

/** Words of a complaint or an insult about the bot or the agencies. */
const COMPLAINT =
  /没用|垃圾|真笨|太笨|笨蛋|太差|差劲|太烂|破玩意|废物|傻|蠢|无语|服了|气死|效率太?低|不干实事|不作为|不靠谱|智障|瞎说|胡说|乱说|答非所问|什么玩意|烦死|真烦|烦人|急死/;

/** A first clause that complains (你们政府办事效率太低了，…) and asks nothing, before a question of its own. */
const COMPLAINT_LEAD = /^([^，,。！!？?]{2,20})[，,。！!？?]+/;
/** Words that make a clause a question, not a complaint only. */
const ASKS_IN_CLAUSE = /多少|几|吗|什么|怎么|哪|谁|申请|答复|回复|投诉|举报|复议|起诉/;

/**
 * The question without a complaint said in front of it (你们政府办事效率太低了，西工区科技局主动公开了几条啊): the complaint's
 * words (办事, 效率) are no qualifier of the figure asked. Only when what follows asks something itself.
 */
function withoutComplaintLead(text: string): string {
  if (!COMPLAINT.test(text)) return text;
  const lead = COMPLAINT_LEAD.exec(text);
  if (!lead || !COMPLAINT.test(lead[1]) || ASKS_IN_CLAUSE.test(lead[1])) return text;
  const rest = text.slice(lead[0].length);
  return rest.length >= 4 && /多少|几|吗|什么|怎么|哪|谁|呢|[？?]/.test(rest) ? rest : text;
}

/** A public service asked to be done (办身份证, 补办户口本, 换驾照, 办营业执照). */
const SERVICE_REQUEST =
  /(?:办|办理|补办|换|换领|申领|挂失|续签|注销|开)(?:个|张|本|一下|下)?(?:二代)?(?:身份证|户口本?|护照|驾照|驾驶证|行驶证|社保卡|医保卡|营业执照|结婚证|离婚证|出生证明?|居住证|暂住证|港澳通行证|通行证|签证|房产证|不动产证|准生证|健康证|无犯罪证明)/;
/**
 * A utility's service or price (办新装用电, 电费多少钱一度, 什么时候开始供暖) or a complaint that is not about disclosure (老板拖欠工资):
 * a service too, asked of a company or bureau that may have a guide (the guide's papers or remedies would answer another thing).
 */
const OTHER_SERVICE =
  /(?:办|办理|申请)(?:个|一下|下)?(?:新装|报装)?(?:用电|用水|用气|燃气|电表|水表)(?:报装|开户|过户|增容)?(?=要|需要|得|怎么|咋|去哪|在哪|多久|几天|流程|手续|材料)|(?:电费|水费|燃气费|天然气费|暖气费|取暖费|供暖费|电价|水价|气价)(?:是|按)?(?:多少钱?|怎么(?:收|算)|咋(?:收|算)|几毛|标准)|(?:什么时候|啥时候|几号|哪天)(?:开始)?(?:供暖|供热|来暖气|停暖)|拖欠(?:我的?|我们的?)?(?:工资|工钱|薪水|薪资)|欠薪|讨薪|(?:欠|不发|不给)(?:我的?)?(?:工资|工钱)|(?:低保|特困供养|临时救助|救助金|养老金|退休金|公积金)(?:要|需要|得)?(?:怎么|如何|咋|去哪|在哪|到哪|哪里)(?:申请|领|办|办理|提取)|(?:社保|医保|养老保险|医疗保险|失业保险|工伤保险|生育保险|个税|个人所得税|税款|税费|发票|公积金)(?:费)?(?:要|需要|得)?(?:怎么|如何|咋|去哪|在哪|到哪|哪里)(?:交|缴|缴纳|领|领取|申领|退|申报|报销|办|办理|提取|开|转移|续)|(?:失业金|失业保险金|生育津贴)(?:要|需要|得)?(?:怎么|如何|咋|去哪|在哪|到哪|哪里)(?:申请|领|领取|办|办理)|(?:异地就医|医保转移|社保转移|退税|医药费报销|医疗费报销)(?:备案|手续)?(?:要|需要|得)?(?:怎么|如何|咋|去哪|在哪|到哪)(?:办|办理|弄|申请)?|(?<![带拿交附示印])(?:教师资格证|资格证|居住证|暂住证|驾驶证|驾照|护照|营业执照|结婚证|健康证|房产证|不动产证|社保卡|医保卡)(?:要|需要|得)?(?:怎么|如何|咋|去哪|在哪|到哪)(?:办|办理|申请|考|领|补办)|(?:转学|入学|落户|户口迁移|迁户口|退休)(?:手续)?(?:怎么|如何|咋|去哪|在哪)(?:办|办理)(?:手续)?/;
/** Words that make a service's name part of a question on disclosure or on a report's figures (公安局办理居住证多少张). */
const SERVICE_IS_DISCLOSURE = /公开|年报|年度报告|报告|指南|多少(?:张|件|本|人|次|笔|起|户)|几(?:张|件|本|人|次|笔|起|户)|数量|总数/;
/** A year, which makes a certificate's name a report's figure (2023年办理居住证); a utility's date (今年几号供暖) it does not. */
const SERVICE_YEAR = /(?:19|20)?\d{2}年|今年|去年|前年/;
/** The longest message read as a service asked of a named agency (湖州市公安局办身份证要多久); longer ones ask more than that. */
const SERVICE_MAX_LENGTH = 30;

/** A lookup of something outside disclosure (帮我查一下明天天气, 查下快递, 看看股票). */
const OFF_TOPIC_LOOKUP =
  /^(?:你)?(?:帮我|给我|请|麻烦|能不能|能|可以|帮忙)?(?:帮我)?(?:查|看|搜|问)?(?:一下|下|查|看|一查)?(?:明天|今天|后天|最近|这周|本周|现在|今晚|我的)?(?:的)?(?:天气|快递|外卖|彩票|股票|股价|路况|航班|火车票|高铁票|机票|油价|汇率|星座|电影)(?:怎么样|如何|咋样|好不好|到哪了|到了没|到了吗|多少钱?|预报|信息|(?:是)?(?:涨|跌)了?(?:吗|没|没有|多少)?|涨没涨|跌没跌)?$/;

/**
 * The weather of a place asked (兰州明天下雨吗, 北京今天多少度): a forecast, which no report or guide holds. Asked of an agency
 * (平顺县气象局明天下雨吗) it is that agency's, refused as before.
 */
const WEATHER_ASKED =
  /^(?!.*(?:局|委|厅|办|院|中心|政府|公司|街道|镇|乡|所|站))\p{Script=Han}{0,6}?(?:明天|今天|后天|今晚|明晚|这周|周末|下周)(?:会|要)?(?:下雨|下雪|刮风|降温|升温|有雨|有雪|有风|多少度|几度|冷不冷|热不热|冷吗|热吗)(?:吗|不|没|么|呢|啊)?$/u;

/** Thanks first, then a short remark (谢谢老师啦学生们肯定爱听, 感谢帮大忙了). */
const THANKS_THEN_REMARK = /^(?:谢谢|谢了|多谢|感谢)\p{Script=Han}{0,14}$/u;
/** Laughter first, then a short remark (呵呵呵你还挺聪明). */
const LAUGH_THEN_REMARK = /^(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,}|h{2,})\p{Script=Han}{0,14}$/u;
/** A question word, or a word of what the bot is asked about: the message after the thanks is another question. */
const ASKS_OR_NAMES =
  /多少|几|吗|么|呢|什么|啥|怎|哪|谁|是否|有没有|能不能|可不可以|申请|公开|报告|年报|局|委|办|政府|复议|诉讼|答复|收费|\d|年/;

/** Thanks (and an acknowledgement before it) that open a message going on to ask (好的谢谢 他们电话多少, 嗯嗯多谢，那复议呢). */
const THANKS_LEAD =
  /^(?:好的|好嘞|好吧|好|行|嗯+|ok|哦+|明白了|知道了)*[，,\s]*(?:谢谢|谢了|多谢|感谢)(?:你|您)?(?:了|啦|呀|啊|哈|哦)*(?:老师|师傅|同志)?[，,。！!～~\s]*/i;

/**
 * The message without the thanks it opens with, when what follows asks or names something (a question of its own, with
 * the conversation's agency: 他们电话多少 is 8 characters, a contact asked alone); a message that is only thanks, or thanks
 * and a remark, stays whole for the small talk.
 */
function withoutThanksLead(text: string): string {
  const lead = THANKS_LEAD.exec(text)?.[0];
  if (!lead || smallTalk(text) !== undefined) return text;
  const rest = text.slice(lead.length);
  return rest.replace(/[\p{P}\s]/gu, '').length >= 3 && ASKS_OR_NAMES.test(rest) ? rest : text;
}

/** Thanks (or 麻烦了, 辛苦了) that end a message after its question (…公开单位几个，谢谢 / …信息数啊谢谢您了). */
const THANKS_TAIL =
  /[，,。！!～~\s]*(?:(?:谢谢|谢了|多谢|感谢|麻烦(?:你|您)?了|辛苦(?:你|您)?了)(?:你|您)?(?:了|啦|呀|啊|哈|哦)*[，,。！!～~\s]*)+$/;

/**
 * The message without the thanks it ends with, when what comes before asks or names something: the thanks is no part of the
 * question (a thing named 谢谢 is asked about nowhere). A message that is only thanks stays whole for the small talk.
 */
function withoutThanksTail(text: string): string {
  // (Cheap tests first: most messages end in neither.)
  if ((!THANKS_TAIL.test(text) && !PARTICLE_TAIL.test(text)) || smallTalk(text) !== undefined) return text;
  let kept = text;
  // …信息数呀？谢谢: the thanks, then the particle before it.
  for (const tailOf of [THANKS_TAIL, PARTICLE_TAIL]) {
    const tail = tailOf.exec(kept);
    if (!tail || tail.index === 0) continue;
    const rest = kept.slice(0, tail.index) + (tail[0].match(/[？?]+/)?.[0] ?? '');
    if (rest.replace(/[\p{P}\s]/gu, '').length >= 4 && ASKS_OR_NAMES.test(rest) && smallTalk(rest) === undefined) kept = rest;
  }
  return kept;
}

/**
 * A modal particle said at the end of a question (…政府信息数啊, …公开单位几个呀？): tone, no word of what is asked. Not after
 * another particle or a question word that takes it (吗, 呢, 吧: 有没有啊 stays as it is read today).
 */
const PARTICLE_TAIL = /(?<=[\p{Script=Han}\d])(?<![啊呀哈哦嘛吗呢吧么])[啊呀哈哦嘛]+[？?。！!～~\s]*$/u;

/** A message that is only small talk (你好呀, 谢谢啦, 好的, 拜拜, 你是谁), else undefined. */
function smallTalk(text: string): SmallTalk | undefined {
  const bare = text
    .replace(/[\p{P}\p{S}\s]/gu, '')
    .replace(/(?<=.)(啦|呀|啊|哦|哈|嘛|吧|哒|噢|咯|嘞|呐|滴|哈哈|嘿嘿)+$/u, '')
    .toLowerCase();
  // A thumbs-up or a smile alone (👍, 🙏, 😊) acknowledges the last answer.
  if (bare.length === 0) return /\p{Extended_Pictographic}/u.test(text) ? 'bye' : undefined;
  // 你们真没用 / 垃圾机器人 / 效率太低了: a complaint, answered politely (never a question: no question word).
  if (
    bare.length <= 20 &&
    COMPLAINT.test(bare) &&
    // 想投诉 / 要举报: a wish to complain about an agency is answered with the remedies, not an apology.
    !/多少|几|吗|什么(?![也都])|怎么(?![也都])|哪|谁|是否|有没有|呢|申请|答复|回复|投诉|举报|复议|起诉/.test(bare)
  )
    return 'complaint';
  // 湖州市公安局办身份证要多久 / 柘城县供电公司办新装用电要什么材料: a service asked of a named agency is longer than small talk, and
  // the agency's guide would answer another thing (the papers or reply time of a disclosure application).
  if (
    bare.length <= SERVICE_MAX_LENGTH &&
    ((SERVICE_REQUEST.test(bare) && !SERVICE_YEAR.test(bare)) || OTHER_SERVICE.test(bare)) &&
    !SERVICE_IS_DISCLOSURE.test(bare)
  )
    return 'service';
  if (bare.length > 12) return undefined;
  if (
    /^(你好|您好|hi|hello|嗨|哈喽|在吗|在不在|在么|有人吗|有人没|有人在吗|有人在不|早上好|上午好|中午好|下午好|晚上好|早安|早|晚安|我?(?:有个|想问个|问个|请教个)问题(?:想问|请教)?|请教一?下)+(呀|啊|哇)?(小助手|助手|机器人)?$/.test(
      bare,
    )
  )
    return 'greeting';
  // 行吧谢了 / 好嘞谢谢 / 好了没了谢谢 / 那算了谢谢 / 辛苦啦辛苦啦: an acknowledgement (or giving up after a miss) with its own particle (吧, 嘞) before the thanks, a thanks said twice.
  if (
    /^(好的|好吧|好嘞|好了|好|嗯+|行吧|行了|行|ok了|ok|哦|知道了|明白了|晓得了|清楚了|没了|没有了|没事了|(?:那|那就)?算了|那好吧|那行吧?|那好)*((谢谢|谢了|谢|多谢|感谢|辛苦了|辛苦|thanks|thankyou)(你|您|了|啦|呀|啊|哈|哦|哟|喽)*)+(小助手|助手|机器人|老师|师傅|同志)?$/.test(
      bare,
    )
  )
    return 'thanks';
  // 谢谢老师啦学生们肯定爱听 / 多谢帮大忙了: thanks, then a remark that asks nothing and names nothing asked about.
  if (THANKS_THEN_REMARK.test(bare) && !ASKS_OR_NAMES.test(bare)) return 'thanks';
  // 呵呵呵你还挺聪明 / 哈哈哈太好了: laughter, then a remark that asks nothing.
  if (LAUGH_THEN_REMARK.test(bare) && !ASKS_OR_NAMES.test(bare)) return 'bye';
  // 行 谢谢 拜拜 / 好的谢了再见: thanks and goodbye together.
  // 行 谢谢你啊 再见: a particle after the thanks (啊, 哈, 哦) before the goodbye.
  // 好嘞 谢谢你 再见: an acknowledgement with its own particle (嘞, 吧) before them.
  if (
    /^(好的|好嘞|好滴|好哒|好吧|行吧|好|嗯|行|ok|哦)*(谢谢|谢了|谢|多谢|感谢)(你|您|了|啦|呀|啊|哈|哦|哟|喽)*(再见|拜拜|bye|886|88|先这样)+$/.test(
      bare,
    )
  )
    return 'thanks';
  if (
    /^(好的|好滴|好哒|好吧|好嘞|那好吧|那好|那行吧?|好|嗯+|嗯呢|哦+|噢+|ok+|okay|行吧|行|收到|知道了|明白了|明白|了解|懂了|晓得了|晓得|清楚了|学习了|受教了|长知识了|涨知识了|长见识了|哈+|呵+|嘿+|嘻+|h{2,}|233+|可以|先这样|就这样|那先这样|再见|拜拜|拜了个拜|bye|byebye|886|88|先撤了|撤了|先撤|先走了|走了|下了|先下了|没事了|没有了|没了|对的|对|是的|没错|早说|算了|不问了|不查了|(?:先)?不(?:聊|说|问|查|看|弄)了|了)+$/.test(
      bare,
    ) &&
    bare !== '了'
  )
    return 'bye';
  if (
    /^(你是谁|你叫什么(名字)?|(?:那|那么)?你都?(?:知道|懂|了解|晓得)(?:些|点|一些|哪些)?(?:什么|啥|哪些)(?:东西|内容|事情?|数据)?|你是(机器人|人工|真人|ai|人)吗?|你是不是(机器人|人工|真人|ai|人|程序)|你是(真人|人|机器人)还是(ai|机器人|人工智能|真人|程序)|你能(做|干)(什么|啥|嘛)|你(会|能)(干|做)(啥|嘛)?|你(会|能)(啥|嘛)|你会什么|你都?能帮我?(做|干)?(什么|啥)|你有什么(用|功能)|怎么用|你都?(能|可以|会)(帮我?)?(查|问|回答|答|做|干)?(点|些|一些|哪些)?(什么|啥|嘛|哪些)(东西|内容|问题|事情?|数据)?)$/.test(
      bare,
    )
  )
    return 'identity';
  // 你确定？ / 真的吗 / 准不准: a doubt about the last answer, answered with where answers come from (never the answer again).
  if (
    /^(你|您)?(确定|肯定)(吗|么|不|嘛)?$|^真的(吗|假的|假)?$|^(准|对|靠谱)(吗|不|么)$|^(准不准|对不对|靠不靠谱)$|^没(错|搞错|弄错)吧?$/.test(
      bare,
    )
  )
    return 'confirm';
  // 那个数字对吗 / 这个数准不准 / 数据靠谱吗: the same doubt, said of the number (a number said after it is checked instead).
  if (
    /^(?:那|这)?(?:个)?(?:数|数字|数据|数目)(?:是)?(?:(?:对|准|准确|靠谱|没错)(?:的)?(?:吗|么|不|吧|嘛)?|对不对|准不准|准不准确|靠不靠谱)$/.test(
      bare,
    )
  )
    return 'confirm';
  // 你们的数据准吗 / 你这数据哪来的 / 数据来源是什么: where every answer comes from (not the source of one figure answered).
  if (DATA_SOURCE_ASKED.test(bare)) return 'confirm';
  if (/^(转)?(人工|真人)(客服|服务|坐席)?$|^(我要|找|转接?)(人工|真人|客服)|^客服(在吗)?$/.test(bare)) return 'human';
  // 我要办身份证去哪办 / 补办户口本: a public service to be done, not information to be disclosed (身份证 is not the applicant's ID here).
  if (SERVICE_REQUEST.test(bare) && !/信息公开|公开申请|申请公开|年报|年度报告/.test(bare)) return 'service';
  // 帮我查一下明天天气 / 查下快递: a lookup of something no report or guide holds, even in a conversation about an agency.
  if (OFF_TOPIC_LOOKUP.test(bare) || WEATHER_ASKED.test(bare)) return 'offtopic';

  return undefined;
}

/**
 * A newspaper, broadcaster or media centre named after a place (中卫日报, 海原县融媒体中心, 邹城媒体刊发了几篇 / 那邹城媒体呢
 * among 济宁媒体 and 省级媒体): a channel, not the agency of that place.
 */
const NAMED_AFTER_PLACE =
  /^[”》"]?(?:日报|晚报|报社|报|电视台|广播电视台|广播|融媒体中心|融媒|媒体(?:平台)?(?:刊发|发布|发|上|呢|[?？]|$)|新闻网)/;
/** An account named after a place (上海发布微信公众号, 平潭发布的粉丝): 发布 then the channel or what it counts. */
const ACCOUNT_AFTER_PLACE = /^[”"]?发布[”"]?(?:官方)?(?:微信公众号|公众号|微信|微博|抖音|头条|视频号|账号|号|粉丝|关注)/;
/** Whether an agency mention is only the place a channel is named after (在中卫日报上发了几条). */
function namesAChannel(text: string, mention: AgencyMention): boolean {
  // 问政四川留言办了几件: a place after 问政 names the province's or city's platform for citizens' messages.
  if (/问政$/.test(text.slice(0, mention.start)) && !/(?:局|委员会|委|办公室|办|厅|院|中心)$/.test(mention.text)) return true;
  // 中卫科技局日报上几条: a name with its kind word is the agency, whatever follows it.
  if (/(?:局|委员会|委|办公室|办|厅|院|中心|政府)$/.test(mention.text)) return false;
  return NAMED_AFTER_PLACE.test(text.slice(mention.start + mention.text.length));
}

/**
 * 前进街街道在兴庆区政府网站公开了多少条: a place's government named after 在 / 通过 as the owner of the website something was
 * published on is the channel, not a second agency asked, when another agency is named before it.
 */
function withoutSiteOwners(text: string, found: AgencyMention[]): AgencyMention[] {
  if (found.length < 2) return found;
  const owners = found.filter((mention) => {
    if (!/(?:在|通过|经|于|借助|依托)$/.test(text.slice(0, mention.start))) return false;
    if (!found.some((other) => other.start + other.text.length <= mention.start)) return false;
    const after = text.slice(mention.start + mention.text.length);
    return /(?:人民)?政府$/.test(mention.text) ? /^(?:门户)?网/.test(after) : /^(?:人民)?政府(?:门户)?网|^门户网站/.test(after);
  });
  return owners.length > 0 ? found.filter((mention) => !owners.includes(mention)) : found;
}

/**
 * A government's name that begins the name of its gazette (上海市人民政府公报编了几期, asked of the
 * 办公厅 that edits it): a publication, not a second agency, when another agency is named.
 */
function withoutGazetteNames(text: string, found: AgencyMention[]): AgencyMention[] {
  if (found.length < 2 || !text.includes('公报')) return found;
  const rest = found.filter((mention) => !text.startsWith('公报', mention.start + mention.text.length));
  return rest.length > 0 ? rest : found;
}

/** Units of people and organisations taking part in something (26名, 2家): not the count of the event itself. */
const PARTICIPANT_UNITS = new Set(['名', '人', '位', '家', '人次']);
/** A question that does ask about the participants (请了多少人, 参观了几家企业). */
const PARTICIPANT_WORDS = /人|名|位|代表|群众|企业|公司|单位|家|嘉宾|专家|粉丝|关注/;
/** The yes/no words, taken off before the event is counted. */
const YES_NO_WORDS = /有没有|是否|有无|[吗没]+有?[?？。!！]*$|了没|过没|[?？。!！]+$/g;
/** An event held, counted by 场, 次 or 期 (开放日, 培训, 发布会, 访谈). */
const EVENT_NAMED = /开放日|培训|发布会|访谈|座谈会|讲座|宣讲|听证会|直播/;
/** How an event is counted, most specific first. */
const EVENT_UNITS = ['场', '次', '期'] as const;
/** A money column whose label names no unit (2019 layout's 采购总金额): its figure is stated without one, not in the row's 件. */
function unitlessAmount(column: ColumnDef): boolean {
  return /金额/.test(column.label) && !/元/.test(column.label);
}

/** A count printed right after the thing asked about (国家高新技术企业1家, “政府开放日”活动1场). */
const COUNT_RIGHT_AFTER = /^[”"》]?(?:活动)?(\d+(?:\.\d+)?)(家|个|项|件|条|场|次|期|名|人|篇|所)/;
/** A count a few words after the thing asked (议案提案结果信息68条), within its clause; not a group's (新闻发布会等17场). */
const COUNT_A_FEW_WORDS_AFTER = /^[^\d，,。；;、（(等]{0,6}?(\d+(?:\.\d+)?)(家|个|项|件|条|场|次|期|名|人|篇|所)/;
/** A channel a clause starts with (微信公众号推送…448条, 网站发布信息1048条): what published the count. */
const CHANNEL_LEAD =
  /^(?:通过|在|经)?(?:[“"][^”"，,。]{1,8}[”"])?(微信公众号|公众号|微博|门户网站|政府网站|网站|抖音|视频号|今日头条|头条号|快手)/;

/** Things a report counts in 件 (or 个, 份, 次) whatever the last question's measure was: applications, reviews, lawsuits. */
const OWN_MEASURE_THING = /申请|复议|诉讼|起诉/;

/** 其中X的呢 / 里面X呢: a part of the thing just counted. */
const PART_OF_LAST = /^(?:那)?(?:其中|里面|这里面|这其中|当中)/;

/** Words that ask for words, not a count (什么, 怎么, 情况, 哪些, 吗): a thing named with them is no count asked. */
const TEXT_ASKED_WORD =
  /什么|啥|怎么|怎样|如何|为什么|为何|哪|吗|么|是否|有没有|情况|内容|措施|问题|原因|方式|渠道|介绍|说说|讲讲|具体|名单|名称|时间|地址|电话/;
/** Words too common to name the thing counted (公开, 信息, 政府). */
const TOO_COMMON_TO_NAME =
  /^(?:公开|信息|政府|政务|多少|报告|年度|工作|我是|是说|一共|全部|主动|收到|受理|办理|办结|答复|发布|发了|接收|处理|收了)$/;

/**
 * The one count printed right after a word of the question (行政诉讼3件 for 行政诉讼, 通过微信发布信息475条 for 微信发的), the
 * longest word first; undefined when no word of it is followed by exactly one count within its clause.
 */
function countAfterThingNamed(asked: string, told: string): { value: number; unit: string } | undefined {
  const words = contentWords(toSimplified(asked))
    .filter((word) => word.length >= 2 && !TOO_COMMON_TO_NAME.test(word) && told.includes(word))
    .sort((a, b) => b.length - a.length);
  for (const word of words) {
    const counts = [...told.matchAll(new RegExp(`${word}[^\\d，,。；;、]{0,8}?(\\d+(?:\\.\\d+)?)([件条篇项次个场期])`, 'g'))];
    if (counts.length === 1) return { value: Number(counts[0][1]), unit: counts[0][2] };
    if (counts.length > 1) return undefined;
  }
  return undefined;
}

/** The clause of a sentence that prints `value` (网站发布解读材料15篇 of …15篇,微信公众号推送解读信息41篇): '' when none. */
function clauseOfValue(sentence: string, value: number | string): string {
  return (
    sentence.split(/[，,；;、。]/).find((clause) => new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).test(clause)) ??
    ''
  );
}

/** The words that frame a follow-up (再问一下, 来着, 其中), not what it asks about. */
const FOLLOW_UP_FRAME = /^(?:那么|那|还有|再问一下|再问|其中|里面)|一下|来着|[呢吗?？。]+$/g;
/** The lead words of a follow-up alone (a trailing 吗 still asks yes or no). */
const FOLLOW_UP_LEAD = /^(?:那么|那|还有|再问一下|再问|其中|里面)/;
/** 几楼 / 哪层: a floor asked for. */
const FLOOR_ASKED = /几楼|几层|哪层|哪一层|楼层|哪一?栋|几号楼|哪个楼|几号房|哪个房间|几室/;
/** A room number in an address (305室, 1203室): its floor is the digits before the last two. */
const ROOM_NUMBER = /(?<!\d)(\d{1,2})(\d{2})(?:室|房间|号房)/;

/** An address that prints its floor (3楼, 七号楼6层): nothing to read from a room number. */
const STATES_FLOOR = /[\d一二三四五六七八九十]+\s*(?:楼|层)/;

/**
 * 办公室在几楼: '' when the address prints the floor, the floor as read from its room number
 * (said to be read from it), else undefined: the address does not answer it.
 */
function floorNote(address: string | undefined): string | undefined {
  if (!address) return undefined;
  if (STATES_FLOOR.test(address)) return '';
  const room = ROOM_NUMBER.exec(address);
  if (!room || Number(room[1]) === 0) return undefined;
  return `\n报告没有直接写楼层；按房间号${room[0]}看，应在${Number(room[1])}楼，以现场为准。`;
}

/** A count over the years (历年以来主动公开453条, 累计…): no year's own total. */
const OVER_THE_YEARS = /历年|累计|以来/;
/** A count over many years (历年累计主动公开4390条, 网站开通以来): never one year's total (累计 alone may be the year's: 全年累计). */
const OVER_MANY_YEARS = /历年|(?:成立|建站|开通|上线|运行|创办)以来/;
/** 截至2019年底,累计主动公开政府信息64627条: a level reached by the year's end (the year's own, or over the years). */
const LEVEL_AT_YEAR_END = /截至[^，。；,;]{0,12}(?:年底|年末|12月底|12月31日)[^。；;]{0,6}累计/;

/**
 * The 主动公开 totals a year's question may be answered with: a level reached by the year's end (截至…年底,累计…) is the
 * year's own count when it is the only total (截至2024年12月31日,我镇累计公开政府信息235条), but not when the report also
 * prints a smaller total of the year (主动公开政府信息8769条 … 截至2019年底,累计主动公开政府信息64627条): then it counts
 * the years before too.
 */
function totalsOfTheYear(totals: readonly ProseFigure[]): readonly ProseFigure[] {
  const isLevel = (figure: ProseFigure) => /累计/.test(figure.label) && LEVEL_AT_YEAR_END.test(figure.sentence);
  const others = totals.filter((figure) => !isLevel(figure) && !OVER_MANY_YEARS.test(figure.label));
  if (others.length === 0) return totals;
  const smallest = Math.min(...others.map((figure) => figure.value));
  return totals.filter((figure) => !isLevel(figure) || figure.value <= smallest);
}
/** A label that names the proactive count itself (主动公开信息数, 主动公开政府信息), not something broader it is part of (制作信息). */
/** What a change question asks of, in the words of all publishing (公开信息, 发布的政务信息): the year's 主动公开 total. */
const PUBLISHED_THING = /^(?:主动)?(?:公开|发布|发|推送)(?:政府|政务)?信息(?:条数|数量|量)?多?$/;
/** Words that state a change against another year (同比增长, 较上年减少, 持平, 翻番). */
const CHANGE_STATED = /同比|环比|较|比|增|减|降|上升|提高|提升|持平|翻番|翻了/;
/** A label that counts the year's whole (全年累计, 各类信息, 共计): see mainTotal. */
const WHOLE_OF_THE_YEAR = /全年|各类|共计|合计|总计|累计/;
const NAMES_PROACTIVE_COUNT = /主动公开(?:政府)?(?:信息|政务信息)(?:数|总数)?$/;

/**
 * The year's total among a report's 主动公开 figures: one with no channel, of this year (not 历年累计),
 * and one labelled as the proactive count itself before one whose key came only from its context
 * (共制作信息30条,其中主动公开信息数24条: 24).
 */
function mainTotal(totals: readonly ProseFigure[], overTheYearsAsked = false, asked = ''): ProseFigure | undefined {
  // 全年共公开信息多少条 where the report prints 全年共公开信息58条 and, of the items it made, 其中主动公开信息数7条: the total
  // whose own words the question repeats whole is the one asked, before the one that only names 主动公开.
  const question = asked.replace(/\s+/g, '');
  // 全年累计按规公开各类信息266条 is the year's own sum (累计 over the year), as against 历年累计; and its words of a whole
  // (全年, 各类, 共计) put it before a count of one kind listed with another (主动公开…工作信息44条、政策文件1份), on a tie only.
  const overTheYears = (label: string) => OVER_THE_YEARS.test(label.replace(/(?:全年|本年|当年|今年|年度)累计/g, ''));
  const rank = (figure: ProseFigure) =>
    (figure.channel ? 0 : 4) +
    (overTheYears(figure.label) === overTheYearsAsked ? 2 : 0) +
    (NAMES_PROACTIVE_COUNT.test(figure.label) ? 1 : 0) +
    (WHOLE_OF_THE_YEAR.test(figure.label) ? 0.5 : 0) +
    (figure.label.length >= 4 && question.includes(figure.label) ? 2 : 0);
  let best: ProseFigure | undefined;
  for (const figure of totals) if (!best || rank(figure) > rank(best)) best = figure;
  return best;
}

/** Places to read published information that a guide may name after its town or county (共和镇政务服务中心). */
// (The question's text reads 政务 as 政府 by then: 共和镇政府服务中心.)
const READING_UNIT_AFTER_PLACE =
  /政[务府]服务中心|便民服务中心|行政服务中心|政[务府]服务大厅|政[务府]大厅|政[务府]公开专区|档案馆|图书馆|档案室|文档室|(?:综合)?文化(?:站|中心)(?:图书室|阅览室)|(?:电子)?阅览室|图书室/;

/** Units people name for the agency they belong to (平度交警 for 平度市公安局), by the kind of agency. */
const UNITS_OF_KIND: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:交警|交巡警|派出所|刑警|特警|巡警|治安|出入境|户籍|车管所)/, /公安/],
  [/^(?:税务所|办税服务厅)/, /税务/],
  [/^(?:疾控|卫生院|医院)/, /卫生健康|卫健/],
];

/** The one agency of a place's several whose kind a unit named right after the place belongs to; undefined otherwise. */
function agencyOfUnitAfter(mention: AgencyMention, text: string): AgencyRecord | undefined {
  const after = text.slice(mention.start + mention.text.length);
  const kind = UNITS_OF_KIND.find(([unit]) => unit.test(after))?.[1];
  if (!kind) return undefined;
  const fitting = mention.agencies.filter((agency) => kind.test(toSimplified(agency.name)));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The two channels joined as one subject before a count (微信公众号、微博…455条), in the clause an answer states. */
function countedTogether(clause: string, things: readonly string[]): boolean {
  const [first, second] = things.map((thing) => escapeRegExp(thing.replace(/^微信(?=公众号)/, '')));
  // Only the two: 中央及省市主流媒体、网站、新媒体平台13635条 lists a third thing with them (before or right after the two), so
  // it is no count of the two alone.
  return new RegExp(
    `(?<![、和及与][“《"]?)${first}(?:公众号)?[”》"]?(?:、|和|及|与|以及)(?:[我本][局委办厅镇区县市乡]|[我本]单位|本机关)?[“《"]?(?:微信)?${second}(?!、)[^\\d，。；]*\\d`,
  ).test(clause);
}

/** A fee asked about (收了多少信息公开费, 交了多少钱的费用): an amount of money, never a count. */
const FEE_ASKED = /(?:收|交|缴)[^，,。？?\d]{0,8}费|费用|收费/;

/**
 * 价格收费的呢 after 主动公开了多少条, against 价格收费52条: the item printed right before a count (in 条, 件, 个, 项) is the
 * question's own words, a kind of information whose name holds 收费 (价格收费, 涉企收费), so the count is of that item, not
 * a fee asked. The question must write a qualifier before 收费 that the item ends in (收费呢 alone stays a fee asked).
 */
function feeNamedItemCounted(question: string, found: { clause: string; value?: number; unit?: string }): boolean {
  if (found.value === undefined || !/^[条件个项篇]$/.test(found.unit ?? '')) return false;
  // The two characters the question writes before 收费 (价格 of 价格收费的呢): a qualifier, not a verb of paying.
  const qualifier = /(\p{Script=Han}{2})收费/u.exec(toSimplified(question))?.[1];
  if (!qualifier || /[收交缴不没要了的]/.test(qualifier)) return false;
  const clause = toSimplified(found.clause);
  const at = clause.search(new RegExp(`(?<![\\d.])${found.value}(?![\\d.])`));
  if (at < 0) return false;
  const item = /\p{Script=Han}+$/u.exec(clause.slice(0, at))?.[0]?.replace(/(?:信息|类|共|计|达|为|有)+$/, '') ?? '';
  return item.endsWith(`${qualifier}收费`);
}

/** What a retrieval starts from when no structured figure was found. */
const NOTHING_FOUND: Answer = { kind: 'refusal', answer: '', facts: [] };

/** A zone written after a city (海口|高新区, 武汉|经开区): a lower place itself. */
const ZONE_WRITTEN = /^(?:国家级?)?(?:高新区|经开区|开发区|新区|园区|保税区|综保区|高新技术产业开发区|经济技术开发区|经济开发区)/;

/** A lower place (a district, county, zone or town; under a province also a city) at the start of a body's name after its place. */
const LOWER_PLACE_OF_CITY = /^\p{Script=Han}{1,12}?(?:开发区|经开区|高新区|新区|园区|区|县|旗|镇|乡|街道)/u;
const LOWER_PLACE_OF_PROVINCE = /^\p{Script=Han}{1,12}?(?:开发区|经开区|高新区|新区|园区|区|县|旗|镇|乡|街道|市|州|盟)/u;
/** Under a county, a town, township, street or zone (张家川县|龙山镇人民政府); 城乡 and 乡村 name no township (住房和城乡建设局). */
const LOWER_PLACE_OF_COUNTY = /^\p{Script=Han}{1,12}?(?:开发区|经开区|园区|镇|(?<!城)乡(?!村)|街道)/u;

/**
 * 武汉的医疗保障局 where the one stored body of that kind the place holds is a lower one (武汉经济技术开发区(汉南区)医疗保障局):
 * a city or province named without a lower place is answered from that body only with a note saying plainly it is not the
 * city's (or province's) own. So is a county named alone whose one stored body is a town's (张家川县 → 张家川县龙山镇人民政府).
 */
function withLowerBodyNote(answer: Answer, mentions: readonly AgencyMention[]): Answer {
  if (answer.kind !== 'figure' && answer.kind !== 'text') return answer;
  const mention = mentions.find((each) => (each.how === 'region' || each.how === 'shortened') && each.agencies.length === 1);
  if (!mention) return answer;
  const place = placeStarting(mention.text);
  if (!place) return answer;
  const { name: placeName, written = mention.text } = place.place;
  const agency = mention.agencies[0];
  const name = toSimplified(agency.name);
  // Only the place and the kind were written (武汉|医疗保障局, 武汉): a lower place written (天津|东疆, 武汉|经开区…) is asked.
  const kind = place.rest.replace(/^的/, '');
  if (kind !== '' && !kindVariants(kind).some((variant) => name.endsWith(variant))) return answer;
  // 海口|高新区 for 海口国家高新区: the zone written is the lower place asked, not a kind of the city's own.
  if (ZONE_WRITTEN.test(kind)) return answer;
  const after = name.startsWith(placeName)
    ? name.slice(placeName.length)
    : name.startsWith(written)
      ? name.slice(written.length)
      : undefined;
  if (after === undefined) return answer;
  const lower = (
    place.place.level === 'province'
      ? LOWER_PLACE_OF_PROVINCE
      : place.place.level === 'county'
        ? LOWER_PLACE_OF_COUNTY
        : LOWER_PLACE_OF_CITY
  ).test(after);
  if (!lower) return answer;
  return {
    ...answer,
    answer: `（没有${placeName}本级这个单位的报告；下面是${agency.name}的，它是${placeName}下面一级的单位，不是${placeName}本级的。）\n${answer.answer}`,
  };
}

/**
 * A name read with one character corrected (西公区 → 西工区) may be another place we do not hold
 * (西城区): the answer says how it was read, so a wrong reading is seen at once.
 */
function withNearMissNote(answer: Answer, mentions: readonly AgencyMention[]): Answer {
  if (answer.kind !== 'figure' && answer.kind !== 'text') return answer;
  const near = mentions.find((mention) => mention.how === 'fuzzy' && mention.agencies.length === 1);
  if (!near) return answer;
  return { ...answer, answer: `（“${near.text}”按${near.agencies[0].name}理解；如不是，请核对名称再问。）\n${answer.answer}` };
}

/** 渠道有哪些 / 公开信息的渠道有哪些 / 它通过哪些渠道公开的, naming no agency: a follow-up on the channels. */
const CHANNELS_FOLLOW_UP =
  /^(?:那么?)?(?:它|他们|她们)?的?(?:公开信息的)?渠道有哪些[呢?？。]*$|^(?:那么?)?(?:它|他们|她们)?(?:是|都是|主要是?|一般)?(?:通过|在|用)(?:哪些|什么|哪几个|哪个)(?:渠道|平台|媒体)/;

/** 有什么新媒体 / 还有哪些新媒体平台 / 新媒体账号有哪些: which new-media channels an agency has. */
const NEW_MEDIA_WHICH =
  /(?:有|开通了?|开了|用|运营)(?:什么|哪些|哪几个|哪几种|啥)(?:政务)?新媒体|新媒体(?:平台|账号|账户|号)?(?:都)?有(?:什么|哪些|哪几个|啥)/;

/** 公开了没 / 那公开了吗 / 结果公开了没有, said alone: of the applications when they were the last thing asked. */
/** The rest of the applications asked alone (剩下的呢, 剩余的几件, 还剩几件): those carried over, after a count answered or handled. */
const REST_CARRIED_ASKED = /^(?:那|那么)?(?:剩下|剩余|还剩)(?:的|下的)?(?:呢|几件|多少件|有几件|是几件)?(?:呢|吗)?[?？。]*$/;
const BARE_GRANTED_ASKED =
  /^(?:(?:那个|就是|嗯+|哦+|那|那么|结果|最后|后来|最终|[那这]一?[件个份]申请|申请)[\s,，]*)*(?:是|有没有)?(?:给|被)?(?:公开|予以公开)了?(?:没有?|吗|么|嘛|不|还是没有?(?:给|被)?公开|还是没有?)(?:啊|呀|呢)?[?？。]*$/;

/**
 * 公开了几件 / 那公开了多少 / 其中公开了几个, said alone after a count of applications: how many were granted (予以公开), not
 * a count of some other 公开 the page prints (选登公开28件, 主动公开…条). Items counted in 条 stay items. A pronoun for the agency
 * before it (他们公开了几件, 它不予公开的有多少) is the same question of the agency just answered.
 */
const BARE_GRANTED_COUNT =
  /^(?:(?:那|那么|其中|结果|最后|最终|里面|这些|这里面|当中|(?:他们家|他们|她们|它们|它|人家)的?)[\s,，]*)*(?:有)?(?:给|被)?(?:予以)?公开(?:了|的)?(?:有)?(?:几件|多少件?|几个|多少个)(?:呢|啊|呀)?[?？。]*$/;

/**
 * 有几件没公开 / 没公开的有多少 / 几个没给公开 said alone after a count of applications: the applications not disclosed (不予公开),
 * not a 未公开 of the page's other sentences.
 */
const BARE_WITHHELD_COUNT =
  /^(?:(?:那|那么|其中|结果|最后|最终|里面|这些|这里面|当中|(?:他们家|他们|她们|它们|它|人家)的?)[\s,，]*)*(?:有)?(?:(?:几件|多少件?|几个|多少个)(?:是)?(?:没|没有|未|不)(?:给|予)?公开(?:的)?|(?:没|没有|未|不)(?:给|予)?公开的?(?:有|是)?(?:几件|多少件?|几个|多少个))(?:呢|啊|呀)?[?？。]*$/;

/** 那公开了的呢 / 公开的呢 / 那不公开的呢 / 没给公开的呢, said alone: the applications of that outcome (not 部分, 主动, 依申请). */
const BARE_OUTCOME_FOLLOW_UP =
  /^(?:(?:那|那么|其中|结果|最后|最终)[\s,，]*)*(没有|没|未|不)?(?:给|被)?(?:予以)?公开(?:了|过)?的?(?:申请)?(?:呢|啊|呀)[?？。]*$/;

/** 共收到依申请公开信息1条 / 受理依申请公开事项3条: applications received, whatever the measure word they are counted in. */
const RECEIVED_ON_APPLICATION =
  /(?:收到|受理|接到|接收|办理)(?:了)?(?:群众|公民|社会公众)?(?:的)?(?:政府信息)?依申请公开(?:政府)?(?:信息|事项|申请)?(?:共|计)?\d/;

/** Whether a remembered topic is a row of the applications table (收到几件申请, 予以公开几件). */
/**
 * A count of requests other than applications (留言, 投诉, 来信, 热线工单) asked and answered from a sentence, where the
 * question's words (处理了多少, 收到几件) were also read as a row of table 三.
 */
function otherRequestsFromSentence(text: string, answer: Answer, topic: Topic | undefined): boolean {
  return (
    topic?.type === 'cell' &&
    topic.row.table === 'applications' &&
    answer.kind === 'figure' &&
    answer.facts.length > 0 &&
    answer.facts.every((fact) => fact.key === 'sentence') &&
    (OTHER_REQUESTS_COUNTED.test(text) || /工单/.test(text)) &&
    !/申请/.test(text)
  );
}

function applicationsTopic(topic: SerializedTopic): boolean {
  return topic.type === 'cell' && CURRENT_LAYOUT.rows.find((row) => row.key === topic.row)?.table === 'applications';
}

/** 部门动态呢 after 主动公开了多少条: the follow-up's words asked as the number the remembered figure topic is. */
/**
 * The rest of a question after its agency's region (大足区|外事办公开的…): the agency's kind written
 * short (外事办 for 外事办公室), which no stored kind matched, is no word of the question.
 */
function withoutOwnKind(rest: string, agency: AgencyRecord, mentioned = '', printed: (phrase: string) => boolean = () => false): string {
  const name = toSimplified(agency.name);
  // 渝中区应急管理局|应急管理信息多少条: the kind already said in the name the question wrote, said again before 信息 names
  // a field of the items published (应急管理信息157条), not the agency a second time.
  const ownKind = splitAgencyName(name).kind;
  const ownStem = /^(\p{Script=Han}{2,6})[局厅委]$/u.exec(ownKind)?.[1];
  const kindSaid = toSimplified(mentioned).includes(ownStem ?? '\u0000') || /[局厅委]$/.test(mentioned);
  if (ownStem && kindSaid && rest.startsWith(ownStem) && KIND_BEFORE_FIELD.test(rest.slice(ownStem.length))) return rest;
  // 硚口区统计局|统计报告发了几篇: the stem said again, glued to a noun of its own (统计|报告, not 统计|发了 or 统计|2024年), names
  // the thing asked, after a name that already said the kind whole; it is no second naming of the agency (统计报告25篇, never the
  // 148篇 of all published).
  if (
    ownStem &&
    kindSaid &&
    rest.startsWith(ownStem) &&
    /^\p{Script=Han}/u.test(rest.slice(ownStem.length)) &&
    !KIND_WRITTEN_SHORT_ENDS.test(rest.slice(ownStem.length))
  )
    return rest;
  // 袁州区审计局|审计公开有多少条 / 乌恰县审计局|审计公开几条: the stem said again before a verb of publishing, after a name that
  // already said the kind whole, names the items of that field (审计公开4条, 督察和审计类2条), not every item published.
  if (ownStem && kindSaid && rest.startsWith(ownStem) && /^(?:公开|公布)(?!了)/.test(rest.slice(ownStem.length))) return rest;
  for (const [long, short] of KIND_ABBREVIATIONS) {
    if (!name.endsWith(long) && !name.endsWith(short)) continue;
    if (rest.startsWith(short)) return rest.slice(short.length);
    if (rest.startsWith(long)) return rest.slice(long.length);
  }
  // 宝坻|消防支队 for 宝坻区消防救援支队: the kind shortened as citizens shorten it (its first character, some of the
  // rest in order, its last) is still the name, not words of the question.
  const kind = splitAgencyName(name).kind;
  if (kind.length < 3 || rest[0] !== kind[0]) return rest;
  // 武汉|公安办结了多少件, 鄂州|税务地址: the kind without its last character (公安 for 公安局) is how citizens name it.
  const stem = /^(\p{Script=Han}{2,4})[局厅]$/u.exec(kind)?.[1];
  if (stem && rest.startsWith(stem) && !rest.startsWith(kind)) {
    // 统计报告几篇 in a follow-up about 硚口区统计局, no name written: the stem glued to a noun its report prints with it
    // (发布统计报告25篇) names the thing asked, not the agency again (统计|发了, 公安|办结 still name it).
    const after = rest.slice(stem.length);
    if (
      mentioned === '' &&
      /^\p{Script=Han}{2}/u.test(after) &&
      !KIND_WRITTEN_SHORT_ENDS.test(after) &&
      printed(rest.slice(0, stem.length + 2))
    )
      return rest;
    return rest.slice(stem.length);
  }
  let matched = 0;
  let cursor = 0;
  for (let index = 0; index < rest.length && cursor < kind.length; index += 1) {
    const at = kind.indexOf(rest[index], cursor);
    if (at < 0) break;
    cursor = at + 1;
    if (cursor === kind.length) matched = index + 1;
  }
  return matched >= 2 ? rest.slice(matched) : rest;
}

/** A school or hospital named after its place (临泉|四中, 亳州|第二中学, 临沂|人民医院): the rest of one agency's name. */
const NAMED_UNIT_REST =
  /^(?:市|区|县)?(?:第?[一二三四五六七八九十]{1,3}(?:中学|中|小学|小)|\p{Script=Han}{1,6}?(?:中学|小学|学校|医院|卫生院|幼儿园))$/u;

/**
 * A follow-up that names a thing with 的 and asks nothing (上年转过来的, 打官司的): a short phrase with no question word,
 * read as the 呢 follow-up it shortens.
 */
const THING_WITH_DE_ALONE =
  /^(?!.*(?:怎么|怎样|什么|啥|谁|哪|为何|为什么|如何|吗|几|多少|是不是|有没有))\p{Script=Han}{2,10}的[?？。!！]*$/u;
/** A follow-up's ending (行政诉讼呢, 那处罚呢？). */
const FOLLOW_UP_ENDING = /呢[?？。!！]*$/;

function asNumberFollowUp(rest: string, topic: Topic | undefined): string {
  if (topic?.type !== 'prose' && topic?.type !== 'cell') return rest;
  const bare = rest.replace(FOLLOW_UP_FRAME, '');
  return askKind(bare) === 'text' && bare.length > 0 ? `${bare}多少` : bare || rest;
}

/**
 * The figures an answer states as its answer, for 哪个多 and 加起来: those of its first figure's
 * kind (西工区22条 and 海原县89条), not the breakdown after it (其中网站5条、平台17条).
 */
/**
 * Where a share is asked after the thing (的事项占比多少, 占了百分之多少, 的比例是多少, 部分公开的占多少): the thing is the words
 * before it. A bare 占多少 ending the question asks the share too (占多少条 asks a count, and is not matched).
 */
const SHARE_ASKED_AFTER_THING =
  /(?:的(?:事项|信息|数量|项目|内容)?)?(?:所)?(?:占(?:了|据)?(?:[^，。？?]{0,10}?的)?(?:百分之(?:几|多少)|多少比例|多大比例|比例|比重|占比|几成|百分比)|占(?:了|据)?(?=多少[？?。]*$)|占比|(?:比例|比重))(?:是|为|有)?(?:多少|几)?[？?。]*$/;

/**
 * A figure's answer with the share its sentence prints right after it (statedShare), that percentage a figure of the answer;
 * undefined when the sentence prints none.
 */
function withStatedShare(answer: Answer): Answer | undefined {
  const part = answer.facts[0];
  const share = part ? statedShare(part) : undefined;
  if (!share) return undefined;
  const lead = part.unit === '%' ? share.words : `${formatNumber(part.value)}${part.unit}，${share.words}`;
  return {
    kind: 'figure',
    answer: `报告写明的比例：${part.agency}${part.year}年${lead}（报告原文所印，不是计算的）。\n${answer.answer.replace(/^\d+\. /, '')}`,
    facts: part.unit === '%' ? [part] : [part, { ...part, key: 'stated_share', value: share.percent, unit: '%' }],
  };
}

/**
 * The two parts of table 四's lawsuits (未经复议直接起诉, 复议后起诉) when a question asks the lawsuits alone, one column each:
 * their figures, to be added up (the table prints no whole for them). Undefined for anything else.
 */
function lawsuitsTogether(asked: readonly string[], facts: readonly Fact[]): [Fact, Fact] | undefined {
  if (asked.length !== 2 || asked[0] !== 'litigation_direct' || asked[1] !== 'litigation_after_review') return undefined;
  if (facts.length !== 2) return undefined;
  const [direct, afterReview] = facts;
  const column = (fact: Fact) => fact.key.split('.')[1];
  if (!direct.key.startsWith('litigation_direct.') || !afterReview.key.startsWith('litigation_after_review.')) return undefined;
  // Both 0: no lawsuit of the kind, which each part already says; a sum of nothing adds no figure.
  if (direct.value === 0 && afterReview.value === 0) return undefined;
  return column(direct) === column(afterReview) ? [direct, afterReview] : undefined;
}

function headlineFacts(facts: readonly Fact[]): Fact[] {
  if (facts.length === 0) return [];
  return facts.filter((fact) => fact.key === facts[0].key).slice(0, 3);
}

/**
 * The years a follow-up keeps: a figure of an earlier year read from a later report's sentence
 * (R&D经费22年多少 → 2024年报告) leaves no year, so the next thing asked (科技型中小企业呢, 增速多少)
 * is looked for as when the agency is named without one, not in a report of 2022 that is not stored.
 */
function reportYearsOfStatedYears(answer: Answer, years: number[]): number[] {
  if (answer.kind !== 'figure' || answer.facts.length === 0 || !answer.facts.every((fact) => fact.key === 'sentence')) return years;
  const reportYears = new Set<number>();
  for (const fact of answer.facts) {
    const year = /(?:19|20)\d{2}(?=年)/.exec(fact.source.report)?.[0];
    if (!year) return years;
    reportYears.add(Number(year));
  }
  return years.some((year) => reportYears.has(year)) ? years : [];
}

/**
 * The two latest remembered figures that can be compared: the same unit, of two places (agency and
 * year), the later one as late as possible (a percentage said in between has no partner and is skipped).
 */
/** Two figures of one agency and year each of another channel (中卫日报51条, 政府网站16条): a pair to compare. */
function ofOtherChannels(a: Fact, b: Fact): boolean {
  if (a.agency !== b.agency || a.year !== b.year || !a.sentence || !b.sentence || a.value === b.value) return false;
  const channel = channelBefore(a.sentence, a.value);
  return channel !== undefined && channelBefore(b.sentence, b.value) !== undefined && channel !== channelBefore(b.sentence, b.value);
}

/**
 * Two items of one breakdown printed side by side in one sentence (其中规范性文件7条，通知公告240条，政务动态1287条), of one agency,
 * year and measure, neither the total of the other: they compare and subtract as two channels do.
 */
function itemsOfOneBreakdown(a: Fact, b: Fact): boolean {
  if (a.agency !== b.agency || a.year !== b.year || a.unit !== b.unit || a.value === b.value) return false;
  if (!a.sentence || a.sentence !== b.sentence) return false;
  return !statesTotalOf(a.sentence, [a.value, b.value]) && !breakdownBetween(a.sentence, a.value, b.value);
}

/**
 * A figure printed as an item of a breakdown after a count in its own sentence (410条,其中:…财政预决算类信息10条 for 10): a part,
 * which weighs against a whole of another place only when no whole of that place is remembered.
 */
function printedAsPart(fact: Fact): boolean {
  const sentence = (fact.sentence ?? '').replace(/\s+/g, '');
  const at = sentence.search(new RegExp(`(?<![\\d.])${String(fact.value).replace('.', '\\.')}(?![\\d.])`));
  if (at < 0) return false;
  const opened = sentence.slice(0, at).search(/其中/);
  return opened >= 0 && /\d/.test(sentence.slice(0, opened)) && !/[。；;]/.test(sentence.slice(opened, at));
}

function lastComparablePair(remembered: readonly Fact[]): [Fact, Fact] | undefined {
  const comparable = (other: Fact, last: Fact) =>
    other.unit === last.unit &&
    (other.agency !== last.agency || other.year !== last.year || ofOtherChannels(other, last) || itemsOfOneBreakdown(other, last));
  for (let later = remembered.length - 1; later > 0; later -= 1) {
    const last = remembered[later];
    for (let earlier = later - 1; earlier >= 0; earlier -= 1) {
      const other = remembered[earlier];
      if (!comparable(other, last)) continue;
      // 多多少 after 乌海's 410条, its part 财政预决算10条, then 达州's 1427条 (a whole): that place's whole, 410, not its part.
      if ((other.agency !== last.agency || other.year !== last.year) && printedAsPart(other) !== printedAsPart(last)) {
        const whole = remembered
          .slice(0, earlier)
          .reverse()
          .find(
            (fact) =>
              fact.agency === other.agency &&
              fact.year === other.year &&
              comparable(fact, last) &&
              printedAsPart(fact) === printedAsPart(last),
          );
        if (whole) return [whole, last];
      }
      return [other, last];
    }
  }
  return undefined;
}

/** A label without the agency's own name (said once, before the year), unless the name is quoted (“X”公众号, 《X》): that stays. */
function withoutOwnNameUnquoted(label: string, agency: string): string {
  const at = label.indexOf(agency);
  if (at < 0) return label;
  if (at > 0 && /[“"‘'《「『]/.test(label[at - 1])) return label;
  return label.slice(0, at) + label.slice(at + agency.length);
}

/** Whether the answer's figure is the first number after the noun in its clause (智慧西工”公共服务平台公开政府信息17条). */
function countOfNoun(answer: Answer, noun: string): boolean {
  const line = answer.answer.split('\n')[0];
  const at = line.indexOf(noun);
  if (at < 0 || answer.facts.length === 0) return false;
  const value = /^[^，。；,;\d]{0,16}?(\d+(?:\.\d+)?)/.exec(line.slice(at + noun.length))?.[1];
  return value !== undefined && Number(value) === answer.facts[0].value;
}

/** Clauses without those another clause begins with (从2022年度的840万元 inside 从2022年度的840万元提高到2023年度的2007万元): each said once. */
function withoutRepeatedStarts(clauses: readonly string[]): string[] {
  return clauses.filter(
    (clause, index) => !clauses.some((other, at) => at !== index && other.length > clause.length && other.startsWith(clause)),
  );
}

/** A mention that ends in the kind of an agency (局, 委员会, 办公室, 政府, 供销合作社, 联合会 …). */
const NAME_WITH_KIND = /(?:局|委员会|委|办公室|办|厅|院|中心|政府|所|站|队|处|署|馆|社|会)$/;

/** Characters that end a spoken word before an agency's name (那, 个, 哈, 的, 和 …), never the start of a word holding it. */
const SPOKEN_BEFORE_NAME = /[那个哈的和跟与及还有对向给把被比查看问想请这其就说下嗯呃啊在是了呢吗吧嘛呀哦喂么]/;

/** Nouns that ask for a passage, not a count (…情况, …做法, …措施). */
const PASSAGE_ASKED = /(?:情况|做法|措施|举措|工作|问题)(?:咋样|怎么样|如何)?$/;

/** A sentence that is only a numbered sub-heading (（二）依申请公开情况。, （五）监督保障措施有力。). */
const SUB_HEADING_ONLY = /^[（(][一二三四五六七八九十]+[）)][^，。；,;]{2,24}。?$/;

/** A year right before a prose figure (从2022年度的840万元 → label 从2022年度的). */
const STATED_YEAR_BEFORE = /((?:19|20)\d{2})年度?的?$/;

/** A total asked outright (一共多少, 总数, 合计), not one channel's figure. */
const TOTAL_ASKED = /一共|总共|合计|共计|总计|总数|总量|加起来/;
/** A figure its own words print as a total (通过各类平台主动公开政府信息共计102条, 累计公开…), whatever channel it was read with. */
const TOTAL_STATED = /共计|合计|总计|一共|总共|累计|共(?=[\d发公更推])|各类平台|各种渠道|多种渠道|全部渠道/;
/** 比去年 / 比上年 / 同比: the year before the figure's own is the other side of the comparison. */
/** Words that add two years' figures of one agency (两年一共, 加起来, 合计) rather than compare them. */
const TWO_YEARS_SUMMED = /一共|总共|合计|加起来|加一起|总和|共计|两年共/;
/** 哪年 / 哪一年 / 哪个年度: which of an agency's years, not which agency. */
const WHICH_YEAR = /哪[一个]?年/;
/** 历年 / 这几年 / 每年: every year of one agency's reports is asked. */
// 历年累计 / 历年来共 is a figure a sentence states (历年累计主动公开信息1.2万条), not a span of reports.
const EVERY_YEAR = /历年(?!累计|共计|总计|合计|以来|来)|这几年|近几年|这些年|每年|各年|每一年|所有年份|逐年/;
/** 近三年 / 最近两年 / 过去5年: the latest years of one agency's reports, their number in group 1. */
const LATEST_YEARS = /(?:近|最近|过去|这)(两|二|三|四|五|六|七|八|九|十|[2-9]|10)个?年度?/;

/** The asking words that end a question's thing (历年是多少, 有几个, 都是多少呢): dropped before another ask is put after it. */
const LAST_THING_TAIL = /(?:历年|各年|每年|这几年|近[一二三四五六七八九十\d]年)?(?:都|分别|一共)?(?:是|有|为)?(?:多少|几)[^，。,]*$/;
/** 历年 / 近三年 / 哪年: one agency's years asked, not the year remembered from the conversation. */
const AGENCY_YEARS_ASKED = new RegExp(`${EVERY_YEAR.source}|${LATEST_YEARS.source}|${WHICH_YEAR.source}`);
/** 公众号叫什么 / 微博叫啥名字 / 网站名称是什么 / 抖音号怎么搜: the name of one of the agency's accounts, its channel in group 1. */
const CHANNEL_NAME_ASKED =
  /(微信公众号|公众号|(?:微信)?订阅号|(?:微信)?服务号|微信号|政务微信(?:平台)?|微信(?:公众)?平台|政务微博|微博|抖音号?|视频号|头条号)(?:账号)?(?:的)?(?:名字|名称|叫什么|叫啥|是什么名字|是哪个|怎么搜|搜什么|搜啥)|(门户网站|网站)(?:的)?(?:名字|名称|叫什么|叫啥|是什么名字)|(微信号|公众号)(?:是啥|是什么|是多少)(?=[?？。!！]*$)/;
/** Words that say whose or what kind an account is (官方, 镇政府, 政务新媒体), never an unquoted account's own name. */
const GENERIC_ACCOUNT_WORD =
  /官方|政务|政府|机关|部门|单位|本[局镇乡委办]|我[局镇乡委办]|街道|新媒体|平台|网站|以及|[和及与等的或]|开通|运营|发布|利用|通过|^(?:加强|加大|推进|推动|强化|做好|完善|优化|依托|建设|规范|进一步|持续|不断|积极|提升|发挥|用好|管好|办好|抓好|深化|落实|注重|整合|升级|改版)/;
/** A quoted title or figure before a channel's word (“2023年度报告”), never an account's name. */
const NOT_ACCOUNT_NAME = /\d{3,}|年度报告|条例|通知|意见|办法/;
/** How an unquoted website's name ends (开平市人民政府, 蚬冈镇): with a place or a body, never a verb phrase (有效提升了). */
const SITE_NAME_END = /(?:省|市|县|区|旗|盟|州|镇|乡|街道|政府|局|委|办|院|中心|门户|信息)$/;
/** A channel's own word caught as a bare name before the rest of it (通过|微信|公众号): no account's name. */
const CHANNEL_WORD_ONLY = /^(?:微信|微博|抖音|头条|视频|公众)+$/;
/** The channel words a report prints beside an account's quoted name, by the kind of account (its label). */
const CHANNEL_NAME_WORDS: Readonly<Record<string, string>> = {
  // (“丰都教育”微信订阅号: a 订阅号 or 服务号 is a kind of 公众号.)
  微信公众号: '(?:官方)?(?:微信)?公众(?:号|平台)|(?:微信)?(?:订阅号|服务号)|官方微信|微信号|(?:政务)?微信平台|政务微信',
  微博: '(?:官方|政务)?微博',
  抖音: '抖音号?',
  抖音号: '抖音号?',
  网站: '(?:门户)?网站|官网',
};

/** 跟2022年比呢 / 和2023年相比怎么样: the remembered figure against another year's. */
const YEAR_COMPARED_WITH = /(?:跟|和|与|同)(?:(?:19|20)\d{2}|\d{2})年度?(?:的)?(?:相)?(?:比|比较|对比)/;
/** 增加还是减少 / 有什么变化 / 趋势: how a figure went over several years. */
const TREND_ASKED = /增加还是减少|增还是减|多了还是少了|变多还是变少|涨还是降|升还是降|变化|趋势|增减/;

/** The years a span word asks of one agency's reports (ascending): all of them, the latest N, or undefined when none is asked. */
function yearsOfSpan(text: string, held: readonly number[]): number[] | undefined {
  const latest = LATEST_YEARS.exec(text)?.[1];
  if (latest !== undefined) {
    const count = /\d/.test(latest) ? Number(latest) : parseChineseNumber(latest);
    return held.slice(-count);
  }
  return EVERY_YEAR.test(text) ? [...held] : undefined;
}
/** 哪年收到的申请多 / 哪一年少: which year, asked with 多 or 少 alone (最多 is a ranking already). */
const WHICH_YEAR_MORE = /哪[一个]?年[^，。？?]{0,12}?(?:多|少)[吗呢?？]?$/;
const WHICH_YEAR_FEWER = /哪[一个]?年[^，。？?]{0,12}?少[吗呢?？]?$/;
const AGAINST_YEAR_BEFORE =
  /比去年|比上一?个?年度?|比前一?年度?(?!前)|同比|较上一?个?年度?|较去年|较前一年|(?:跟|和|与)(?:去年|上一?个?年度?|前一年)(?:相)?比/;

/**
 * 上一年 / 前一年 / 上年 said alone (not 上年结转, 上一年度 which reads as last calendar year, 前一年度…): the year before one.
 * (上一年项目数量 / 上年项目 is the 2019 table 二's column of the items counted the year before, asked of the year remembered.)
 */
const YEAR_BEFORE_REMEMBERED = /上一年(?!度|项目)|前一年(?!度)|上年(?![度结转末]|项目)/;

/** The year a question names with 比上一年/比去年 (one year only, 2024年 or 24年), and the year before it, to compare. */
function withYearBeforeNamed(years: readonly number[], text: string): number[] {
  if (!AGAINST_YEAR_BEFORE.test(text)) return [...years];
  // (24年…跟去年比: a year written short is read so only where the year before is named in words, not by 同比 alone.)
  const shortYears = /去年|上一?个?年|前一?年/.test(text);
  const named = [...text.matchAll(shortYears ? /(?<![\d.])((?:19|20)?\d{2})(?=年)/g : /(?<!\d)((?:19|20)\d{2})(?=年)/g)].map((match) =>
    match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]),
  );
  if (new Set(named).size !== 1) return [...years];
  return [named[0], named[0] - 1];
}

/**
 * 25年主动公开比24年多吗 / 行政许可比去年多了多少 where one of the two years has no figure: the
 * comparison cannot be made, so the answer says which year is missing before the figure it has
 * (never a yes or no made up from one side). The answer as it was when both years are there.
 */
/** `remembered`: the figure a follow-up (同比呢) asks about, whose own sentence's rate alone is its change. */
function withMissingYearOfChange(
  answer: Answer,
  text: string,
  askedYears: readonly number[],
  agency: AgencyRecord,
  remembered?: Fact,
): Answer {
  // 同比呢 after a figure read from a sentence that prints its rate (接收申请14283件,较上年下降16.6%), both years' tables cut
  // away: the rate the sentence prints, in its words, instead of the refusal of the two cut tables.
  if (
    answer.kind === 'refusal' &&
    remembered?.sentence &&
    remembered.agency === agency.name &&
    changeFollowUp(text) !== undefined &&
    (askedYears.length === 0 || askedYears.includes(remembered.year))
  ) {
    const rate = rateAfterFigure(remembered.sentence, remembered.value, remembered.unit);
    if (rate)
      return {
        kind: 'figure',
        answer: `${agency.name}${remembered.year}年${formatNumber(remembered.value)}${remembered.unit}，报告写明${rate.words}（报告只写了变化的百分比，没有${remembered.year - 1}年的数字）。\n原文：“${remembered.sentence}”\n（来源：${remembered.source.report}${remembered.source.section}）`,
        facts: [remembered, { ...remembered, key: 'stated_change', value: rate.value, unit: '%' }],
      };
  }
  if (answer.kind !== 'figure' || answer.facts.length === 0) return answer;
  const present = new Set(answer.facts.map((fact) => fact.year));
  const compared =
    askedYears.length >= 2
      ? askedYears
      : AGAINST_YEAR_BEFORE.test(text) && present.size === 1
        ? [[...present][0], [...present][0] - 1]
        : [];
  const missing = compared.filter((year) => !present.has(year));
  if (missing.length === 0) return answer;
  // 比去年多了多少条 after 应急管理的几条 (29, a part of the 238 asked first), the year before not held: what is held is the
  // figure asked last, never the conversation's first topic (238) answered again in its place, nor that one's rate.
  // (Only a bare follow-up (比去年多了多少条, 那比去年呢) asks of the last figure; 申请比上一年多了几件 names its own thing.)
  const held =
    remembered?.agency === agency.name && remembered.year === [...present][0] && present.size === 1 && changeFollowUp(text) !== undefined
      ? remembered
      : undefined;
  // (A sentence that states a change itself, 较上一年度增加42件, is left to the answers below, which quote it.)
  if (
    held?.sentence &&
    !answer.facts.some((fact) => fact.value === held.value) &&
    !/(?:较|比|同比)[^，,。；;]{0,6}?(?:增加|增长|减少|下降|上升|提高|回落|降低|多|少)/.test(held.sentence)
  ) {
    const clause = clauseOfValue(held.sentence, held.value) || `${formatNumber(held.value)}${held.unit}`;
    return {
      kind: 'figure',
      answer: `库中没有${agency.name}${joinList(missing.map((year) => `${year}年`))}的这项数字，无法比较。已有的是：\n${held.agency}${held.year}年：${clause}。\n原文：“${held.sentence}”\n（来源：${held.source.report}${held.source.section}）`,
      facts: [held],
    };
  }
  const body = answer.answer.replace(/^(?:有|没有)。/, '').replace(/^报告没有单独写明[^\n]*表中相关的数字是：\n/, '');
  // The later year's report states the change itself (比去年增加1件): that is the comparison, in its words.
  if (/^[^\n]*报告写明(?:比|较|同比|(?:与|和|同|跟)(?:去年|上一?年|前一年|\d{4}年))/.test(body))
    return {
      ...answer,
      answer: `库中没有${agency.name}${joinList(missing.map((year) => `${year}年`))}的数字，报告自己写明了变化：\n${body}`,
    };
  // 主动公开同比呢 with the year before not held: the rate the figure's own sentence prints right after it (主动公开信息13203条,
  // 同比增长8.5%) is the comparison, in the report's words; no earlier figure is worked out from it.
  // (同比呢 after 公众号发布信息88条, answered again beside 主动公开…156条,同比增长12%: only the sentence of the figure asked about
  // may give its rate; another sentence's rate is another figure's change.)
  const ownSentence =
    remembered?.key === 'sentence' && answer.facts.some((fact) => fact.sentence === remembered.sentence) ? remembered.sentence : undefined;
  if (missing.length === 1 && missing[0] === [...present][0] - 1 && !TWO_YEARS_SUMMED.test(text))
    for (const fact of answer.facts.filter((each) => ownSentence === undefined || each.sentence === ownSentence)) {
      const rate = fact.sentence ? rateAfterFigure(fact.sentence, fact.value, fact.unit) : undefined;
      if (!rate) continue;
      return {
        ...answer,
        answer: `${agency.name}${fact.year}年${formatNumber(fact.value)}${fact.unit}，报告写明${rate.words}（报告只写了变化的百分比，库中没有${missing[0]}年的数字）。\n${body}`,
        facts: [...answer.facts, { ...fact, key: 'stated_change', value: rate.value, unit: '%' }],
      };
    }
  // 比2023年多了百分之多少 with 2023 not held and no rate printed: a percentage worked out of one year is none; refused.
  if (PERCENT_CHANGE_ASKED.test(text) && !TWO_YEARS_SUMMED.test(text))
    return {
      kind: 'refusal',
      answer: `库中没有${agency.name}${joinList(missing.map((year) => `${year}年`))}的这项数字，无法比较；报告也没有写明变化的百分比，无法回答增长了百分之多少。`,
      facts: [],
    };
  return {
    ...answer,
    answer: `库中没有${agency.name}${joinList(missing.map((year) => `${year}年`))}的这项数字，${TWO_YEARS_SUMMED.test(text) && !/比/.test(text) ? '无法合计' : '无法比较'}。已有的是：\n${body}`,
  };
}

/** Whether the answer's figure stands right after a title or a quoted name (《海原科技信息》55期): it counts that. */
function countsANamedTitle(answer: Answer): boolean {
  const value = answer.facts[0]?.value;
  return value !== undefined && new RegExp(`[》”"]${String(value).replace('.', '\\.')}(?![\\d.])`).test(answer.answer.split('\n')[0]);
}

/**
 * The first figure of each agency and year (专题培训3次 of 专题培训3次、集中传达学习1次): what the
 * question asked, remembered for 哪个多 and 加起来; the figures stated beside it are not.
 */
function firstPerPlace(facts: readonly Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    const place = `${fact.agency}|${fact.year}`;
    if (seen.has(place)) return false;
    seen.add(place);
    return true;
  });
}

/** One figure per agency and year, the latest said (a figure asked again after a correction is not a second agency). */
function latestPerPlace(facts: readonly Fact[]): Fact[] {
  const byPlace = new Map<string, Fact>();
  for (const fact of facts) {
    const place = `${fact.agency}|${fact.year}`;
    byPlace.delete(place);
    byPlace.set(place, fact);
  }
  return [...byPlace.values()];
}

/**
 * 共邀请了26名 needs what was counted (服务对象和群众代表): when the label ends in a verb, the noun
 * the sentence prints right after the number and its measure word, up to the next punctuation.
 */
function countedNounAfter(figure: ProseFigure): string {
  if (!/(?:了|共|邀请|累计|达)$/.test(figure.label)) return '';
  const printed = new RegExp(
    `(?<![\\d.])${String(figure.value).replace('.', '\\.')}\\s*[名人位家个件条次场期]([\\p{Script=Han}“”"、]{2,16}?)(?=[，。；,;（(]|$)`,
    'u',
  );
  return printed.exec(figure.sentence)?.[1] ?? '';
}

/**
 * 红寺堡公众号粉丝 where the report states no followers: a sentence quoted as text that counts
 * another kind of thing (主动公开信息225条 against 人) is no answer; the refusal stands.
 */
function looseCount(structured: Answer, retrieved: Answer | undefined, topic: Topic | undefined): boolean {
  if (structured.kind !== 'refusal' || retrieved?.kind !== 'text' || topic?.type !== 'prose') return false;
  const unit = proseFigureByKey(topic.key)?.unit;
  const stated = COUNT_STATED.exec(retrieved.answer.split('\n')[0])?.[0].slice(-1);
  return unit !== undefined && stated !== undefined && !unitsAgree(unit.slice(-1), stated);
}

/**
 * The words a follow-up names itself (解读 of 其中解读的呢) when a remembered prose topic's text answer (the fee sentence of
 * 收费了吗) holds none of them and the follow-up asks a count of another thing: empty when the answer may be the one asked.
 */
function restoredTextMissed(answer: Answer, rest: string): string[] {
  if (askKind(rest) !== 'number' || proseFigureOfQuestion(rest) !== undefined) return [];
  const asked = contentWords(rest.replace(FOLLOW_UP_FRAME, '')).filter((word) => word.length >= 2 && !GENERIC_PROACTIVE.test(word));
  return asked.length > 0 && !asked.some((word) => answer.answer.includes(word)) ? asked : [];
}

/**
 * A quoted clause with the clauses after it that say what the question asks and it does not (复议结果 against
 * 受理政府信息公开行政复议2件,结果维持2件: the review and then its outcome), up to the sentence's end.
 */
function clauseGoingOn(sentence: string, clause: string, asked: string): string {
  const at = sentence.indexOf(clause);
  if (at < 0) return clause;
  const words = contentWords(asked).filter((word) => word.length >= 2 && !clause.includes(word));
  let told = clause;
  // 复议结果 against …行政复议4件,结果维持2件,主动撤销2件,行政诉讼0件: once the outcome is told, the outcomes listed after it
  // are too (主动撤销2件), up to a clause of something else (行政诉讼0件).
  let outcomes = false;
  for (const piece of sentence.slice(at + clause.length).split(/[，,；;]/)) {
    const next = piece.replace(/[。！？!?\s]+$/u, '');
    if (next.length === 0) continue;
    if (!words.some((word) => next.includes(word)) && !(outcomes && APPEAL_OUTCOME.test(next))) break;
    outcomes ||= /结果/.test(asked) && APPEAL_OUTCOME.test(next);
    told += `，${next}`;
  }
  return told;
}

/** Opening marks and the mark that closes each. */
const CLOSING_MARK: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '「': '」', '（': '）', '(': ')', '"': '"' };

/**
 * A clause without the punctuation and spaces before its first word, except an opening mark closed later in the clause
 * (“清远教育”微信公众号…: the name stays quoted, not half-quoted as 清远教育”微信公众号…).
 */
function withoutLeadingMarks(clause: string): string {
  let start = 0;
  while (start < clause.length && /[\p{P}\s]/u.test(clause[start])) {
    const closing = CLOSING_MARK[clause[start]];
    if (closing !== undefined && clause.indexOf(closing, start + 1) > start) break;
    start += 1;
  }
  return clause.slice(start);
}

/** What a table's rows count, as sentences name it: applications (申请), reviews and lawsuits (复议, 诉讼). */
const TABLE_SUBJECT: Record<string, RegExp> = { applications: /申请/, appeals: /复议|诉讼/ };

/**
 * Whether a sentence found for a table cell the report lacks may stand in for it: the clause holding its figure is
 * not a count of what was published (主动公开政府信息1248条), unless that clause names what the table counts too.
 */
function statesTableSubject(table: string, found: Retrieved, asked = '', yearOwnReport = true): boolean {
  const subject = TABLE_SUBJECT[table];
  const clause = toSimplified(found.clause);
  // 依申请公开信息数59条 (beside 主动公开信息数7条, 不予公开信息数46条): information counted by how it may be disclosed, not
  // applications; 收到依申请公开信息2条 (a verb of receiving) does count applications.
  // Unless the question counts that very thing in the report's words (依申请公开几条, 依申请公开了多少条信息): the clause then
  // states what was asked, quoted as it stands.
  if (
    table === 'applications' &&
    INFORMATION_BY_OPENNESS.test(clause) &&
    !APPLICATION_VERB.test(clause) &&
    !(yearOwnReport && INFORMATION_BY_OPENNESS_ASKED.test(asked))
  )
    return false;
  // 收到人大代表、政协委员提出的建议、提案4件: deputies' proposals, letters, calls or messages received are other requests; a
  // clause that counts them and never says 申请 counts no application, unless the question asks for them (信箱收到几件).
  if (table === 'applications' && OTHER_REQUESTS_COUNTED.test(clause) && !subject.test(clause) && !OTHER_REQUESTS_COUNTED.test(asked))
    return false;
  // 因政府信息公开申请提起行政诉讼1件 counts lawsuits, not the applications it names (unless reviews or lawsuits are asked: 那复议呢).
  if (table === 'applications' && /复议|诉讼/.test(clause) && !/复议|诉讼|起诉|告/.test(asked)) return false;
  // 被复议了几次 where table 四 is cut: only a clause that names reviews or lawsuits counts them (答复信息公开申请3件 does not).
  // (收到行政复议4件,结果维持2件,主动撤销2件: an outcome's clause after the reviews' count in its sentence is of those reviews.)
  if (table === 'appeals') {
    if (subject.test(clause)) return true;
    const sentence = toSimplified(found.sentence);
    const at = sentence.indexOf(clause);
    return at > 0 && APPEAL_OUTCOME.test(clause) && subject.test(sentence.slice(0, at));
  }
  // (已主动公开和同意公开的31件 counts applications by their outcome: 同意公开 says so.)
  if (table === 'applications' && found.joint) return true;
  return !subject || !/主动(?:新增)?(?:公开|发布)/.test(clause) || subject.test(clause);
}

/**
 * 依申请公开几条 / 依申请公开了多少条信息 / 依申请公开的信息有几条 / 依申请公开的多少 (no measure word): information disclosed on application counted in 条, with no
 * word of receiving or applying (收到, 申请) of its own: the count a report states as 依申请公开信息1条 is what is asked.
 */
const INFORMATION_BY_OPENNESS_ASKED =
  /^(?!.*(?:收到|接到|受理|新收|申请(?!公开)))(?=.*依申请公开(?:了|的)?(?:政府)?(?:信息)?(?:数|数量)?(?:是|有|为|共)?(?:多少|几)(?:条|(?=[?？呢啊。]*$)))/;
/** A count of information by its openness (依申请公开信息数59条, 依申请公开政府信息5条); counted in 件 it is one of applications (依申请公开政府信息共4件). */
const INFORMATION_BY_OPENNESS = /依申请公开的?(?:政府)?信息(?:数|数量)?(?:为|共|有)?\d+(?![\d.件])/;
/** Requests other than applications for information: deputies' proposals, letters and visits, calls, messages, complaints. */
const OTHER_REQUEST_WORDS = ['建议', '提案', '议案', '来信', '来访', '信访', '来电', '留言', '咨询', '投诉', '举报', '诉求'];
/** A count of such requests, or of the lines and boxes they come through (热线, 12345, 信箱). */
const OTHER_REQUESTS_COUNTED = new RegExp([...OTHER_REQUEST_WORDS, '热线', '12345', '信箱'].join('|'));
/** Proposals of one kind asked (政协提案, 人大代表建议, 人大建议), which a report counts in 条 or 件 alike. */
const PROPOSALS_OF_ONE_KIND = /政协(?:委员)?提案|人大(?:代表)?建议/;
/** A clause whose one count joins deputies' suggestions and committee proposals (人大政协提案建议15条, 建议、提案4件). */
const LUMPED_PROPOSALS = (clause: string) => /人大|建议|议案/.test(clause) && /政协|提案/.test(clause);
/** Messages, letters and calls, which a report counts in 条 or 件 alike. */
const MESSAGES_COUNTED = /留言|来信|信件|来电|信箱/;
/** Words of a count carried into the next year (结转2023年办理3件, 转入下年度, 留待下一年, 含2封转下年度办结). */
const CARRIED_WORDS = /结转|转入|转至|上一?年度?转接|转下一?年|顺延|延至|下一?年度?(?:继续)?(?:办理|答复|办结)/;
/** The ways reports print applications carried into the next year, each with what its clause must say (结转下年度继续办理2件). */
/** A clause counting what came in from the year before (上年结转5件, 上年度转结申请8件, 2024年结转12件 read as 上年结转). */
const CARRIED_IN_CLAUSE = /上一?年度?(?:未办结)?(?:结转|转结|转入|转来|转接)|结转上一?年/;
const CARRIED_PHRASINGS: ReadonlyArray<readonly [string, RegExp]> = [
  ['结转下年度继续办理', /结转/],
  ['转下年度继续办理', /转(?:入|至|到)?下一?年/],
  ['顺延到下年度答复', /(?:顺延|延至|延期)(?:到|至)?下一?年/],
  // 本年结转2025年政府信息公开申请17条: carried on with the next year's number and no 继续办理, the carrying alone asked (the
  // next year's number read as 下一年, the clause carried in from the year before never read).
  ['结转下年度', /结转/],
];
/**
 * Applications carried into the next year (结转下年度继续办理, 转入下一年度办理): those the year did not finish. Narrower than
 * CARRIED_WORDS, whose bare 结转 also takes in what the year before carried over (上年结转), which the year did not leave undone.
 */
const CARRIED_ON = /结转(?:至|到)?(?:下一?年度?|\d{4}年度?)|转(?:入|至|到)?下一?年度?|继续办理/;
/** A question naming the direction of the carrying: into the next year (结转下年度, 明年), or in from the year before (上年结转). */
// (本年结转, 今年结转: what this year carries on, as understand.ts reads it; 上年结转 is what came in.)
const CARRIED_ON_ASKED = /下一?年|明年|第二年|继续办理|(?:本|今)年度?结转/;
const CARRIED_IN_ASKED = /上一?年|去年|往年|转过?来/;
/** Applications carried in from the year before (上年结转7件, 上一年度转入, 从上年转来): what the year began with, not what it left. */
const CARRIED_IN = /上一?年度?(?:结转|转入|转来|转接)|(?:从|自)上一?年度?转|结转上一?年/;
/** A clause whose figure is a count carried over (含2022年结转0件, 上年结转2件, 上年度转接申请0件): its last figure follows 结转 or 转接. */
const CARRIED_COUNT_AT_END = /(?:结转|上一?年度?转接)(?:政府信息公开|信息公开|依申请公开)?(?:申请)?[^，。；,;\d]{0,6}\d+[件条个]?$/;
/**
 * How far before a figure in its clause the nearest of the question's words ends (0: right before it, 部门动态30件);
 * Infinity when none of them stands before it.
 */
function wordsBeforeFigure(clause: string, value: number, words: readonly string[]): number {
  const at = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`).exec(clause)?.index;
  if (at === undefined) return Number.POSITIVE_INFINITY;
  let nearest = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const found = clause.lastIndexOf(word, at - word.length);
    if (found >= 0 && found + word.length <= at) nearest = Math.min(nearest, at - found - word.length);
  }
  return nearest;
}

/** Whether the sentence prints a number in `unit` within two characters after `word` (部门动态30件). */
function figureRightAfter(sentence: string, word: string, unit: string): boolean {
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const after = sentence.slice(at + word.length, at + word.length + 12);
    const digits = /^\p{Script=Han}{0,2}?\d+/u.exec(after);
    if (digits && after[digits[0].length] === unit) return true;
  }
  return false;
}

/** 排个名 / 帮我排一下 / 从少到多排个序, said alone after figures. */
const RANK_REMEMBERED =
  /^(?:那|那就|你|再|好的?)?(?:帮我|给我)?(?:从多到少|从少到多|从大到小|从小到大)?(?:排个?名|排一?下|排个序|排排|排序|排名次?)(?:吧|呢|看看|一下|啊|呗)?[。！!？?]*$/;
/**
 * 有没有收到投诉举报 / 接到过几起举报: what complaints the agency got, which its report tells (未接到相关投诉举报), not
 * the rules on how to complain. 微博上有人投诉吗 / 有没有人举报过 asks the same: whether anyone did, an event, no remedy.
 */
const COMPLAINTS_RECEIVED =
  /(?:收到|接到|受理)(?:了|过)?(?:几|多少)?(?:件|个|起|次)?(?:相关)?(?:的)?(?:投诉|举报)|有(?:没有|没)?人[^，。？?\s]{0,6}?(?:投诉|举报)(?:过|了)?(?:吗|么|没有?|[?？。]*$)/;
/**
 * 现在还能看吗 / 还在用吗 / 关了没: whether the thing just asked of (a channel) is still there, naming nothing. 还有呢 said alone
 * asks what else (MORE_PARTS_ASKED), not whether the channel is still there (还有吗 / 现在还有吗 do ask it).
 */
const STILL_THERE =
  /^(?!(?:那)?还有(?:呢|啊)?[?？。!！]*$)(?:那)?(?:它|这个|那个)?(?:现在|目前)?(?:还能(?:看|用|关注|搜到|刷)|还在用|还开着|还在|还有|关了|停了|停用了|注销了)(?:吗|没|没有|不|么)?(?:呢|啊)?[?？。!！]*$/;
/** 中卫排第几 / 海原县排在第几名 (the agency named before it). */
const PLACE_IN_RANK = /排(?:名|在)?第几(?:名|位)?(?:呢|啊|呀)?[?？。!！]*$/;
/** The words before the agency in such a message (排一下, 那). */
const PLACE_IN_RANK_LEAD = /^[\s,，。]*(?:那么?)?(?:排(?:个名|一下|个序|序|名))?[\s,，。]*/;
/**
 * 排第几 / 排名第几 / 是第几名 / 排名怎么样, said of one agency with a thing asked (在科技局里排第几: the scope said is the
 * agency's kind, taken from its name).
 */
const PLACE_OF_ONE_ASKED =
  /(?:在[^，。？?]{0,12}?(?:里|中|当中|之中|里面)头?)?(?:的)?(?:排(?:名|在|行)?(?:第几|多少)(?:名|位)?|(?:是|能)?排?第几名|排名(?:怎么样|如何|咋样|靠前吗|靠后吗))(?:呢|啊|呀)?[?？。!！]*$/;

/** 在全部机关里 / 在所有单位中 / 在库里: the place asked among every stored agency, not those of the agency's kind. */
// (在所有县政府里 names a kind: among those, not every agency.)
const AMONG_EVERYONE =
  /在?(?:全部|所有|库中|库里)的?(?:(?:机关|单位|部门)(?:里|中|当中|之中|里面)?|(?:里|中|当中|之中|里面)|(?![\p{Script=Han}]))/u;

/** The kind a ranking of an agency's peers names: 科学技术局, 镇, 街道, 县政府 (the 镇 or 街道 of its name, its level's 政府). */
function rankedKindOf(name: string): string {
  const { region, kind } = splitAgencyName(name);
  if (/街道(?:办事处|办)?$/.test(kind)) return '街道';
  if (/镇(?:人民政府|政府)?$/.test(kind)) return '镇';
  if (/乡(?:人民政府|政府)?$/.test(kind)) return '乡';
  if (/^(?:人民)?政府$/.test(kind)) {
    const level = /[省市县区旗州]$/.exec(region)?.[0];
    if (level) return `${level}政府`;
  }
  return kind;
}

/** The most agencies a statistic over a kind reads one by one (each agency's report asked as a comparison asks it). */
const MAX_AGENCIES_READ_ONE_BY_ONE = 40;
/** 第一名比最后一名多多少 / 最多的比最少的多几条. */
const ENDS_GAP_ASKED = /^(?:那)?(?:第一名?|第一个|最多的)比(?:最后一名?|最后一个|最后那个|倒数第一|最少的)(?:多|少)?(?:了)?(?:多少|几)/;
const RANK_OR_ENDS_ASKED = new RegExp(`${RANK_REMEMBERED.source}|${ENDS_GAP_ASKED.source}`);
/** What is counted in 件 and never as items published (申请, 复议, 许可, 文件): 几件 of these stays 件. */
const NOT_PUBLISHED_PIECES = /申请|复议|诉讼|许可|处罚|强制|文件|案|投诉|举报|建议|提案/;
/** An ordinal kind (一中, 二小) read inside a larger ordinal (十一中, 二十二小) at its every occurrence: 十一中 is not 一中. */
function insideLargerOrdinal(text: string, kind: string): boolean {
  if (!/^[一二三四五六七八九十]/.test(kind)) return false;
  for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1))
    if (!/[一二三四五六七八九十百]/.test(text[at - 1] ?? '')) return false;
  return true;
}

/** A street's office asked with no name of its own (街道办电话多少, 那个街道办事处的地址): which street is not said. */
const STREET_OFFICE_ALONE =
  /^(?:那个|这个|那|咱们?|我们)?(?:街道办事处|街道办|街道)(?!\p{Script=Han}{0,3}?(?:街道|镇|乡))(?:的)?(?:信息公开)?(?:电话|地址|邮箱|传真|邮编|办公时间|联系方式|怎么联系)/u;

/** 那深圳南山区的呢 / 深圳南山区2024年…: a city said short, then its district or county, at the message's start (group 1). */
const UNSTORED_DISTRICT =
  /^(?:那么?|还有)?(?:(?:19|20)\d{2}年度?)?(\p{Script=Han}{2,3}?市?\p{Script=Han}{2,3}?(?:区|县|旗))(?:的|呢|人民政府|政府|(?:19|20)\d{2}年|$)/u;

/** 街道办收到多少申请 / 我们街道办2024年…: a street's office with no street named, at the message's start. */
/**
 * 有哪些城市的 / 能查哪些省 / 有几个城市 / 你们有哪些地方的数据: the places the store's reports come from, by the level named
 * (省 → provinces; 城市/地市 → cities; 县/区县 → counties; 地方/地区 → provinces). 哪些地方可以申请 (where to apply) is no
 * such question: 地方/地区 counts only with 的 after it or a word of holding before it.
 */
const PLACE_LEVEL_ASKED =
  /(?:哪些|哪几个|几个|多少个)(城市|地级市|地市|省份?|省区市|省市|县区|区县|县市|县)(?!级|里|中|当中|哪个|谁)|(?:有|能查|可以查|收录了?|覆盖了?|涉及)(?:哪些|哪几个|几个|多少个)(地方|地区)(?:的(?:数据|资料|报告|年报)?)?(?:吗|呢|啊)?[?？]*$|(?:哪些|哪几个|几个|多少个)(地方|地区)的(?:数据|资料|报告|年报)?(?:吗|呢|啊)?[?？]*$/;

/**
 * 有没有北京的 / 有宁夏的吗 / 北京的有吗: whether anything of the place (or agency) is held, with no noun after 的. Only a place or an
 * agency may stand there (有没有不予公开的 asks a figure): the engine checks what the words name.
 */
const BARE_HOLDING =
  /^(?:你们|这里|库里|请问)?(?:有没有|有无|有)([^，。？?]{2,14}?)的(?:吗|么|嘛|没有?|呢|不)?[?？]*$|^([^，。？?]{2,14}?)的(?:有吗|有没有|有么|有嘛)[?？]*$/;

const STREET_OFFICE_FIGURE = /^(?:那个|这个|那|咱们?|我们)?(?:街道办事处|街道办)(?!\p{Script=Han}{0,3}?(?:街道|镇|乡))/u;

/** The kind a refusal lists the stored agencies of (有年度报告的交通运输厅：…), in group 1. */
const LEVEL_AND_KIND = /^有年度报告的(\p{Script=Han}{1,12})：/u;

/** The start of the bot's question of which agency of a kind is meant (您问的是哪个科技局？). */
const WHICH_OF_KIND = '您问的是哪个';
/**
 * Things received that are no application for information (群众意见, 意见建议, 留言, 投诉): the other requests, opinions, and
 * a service hall's business (通办大厅受理业务多少件, 窗口办件): what a hall accepts is no application for information.
 */
// (工单, 热线, 信箱: a hotline's work orders or a mailbox's letters, 协助处理12345热线工单378条, are no applications either.)
const NOT_AN_APPLICATION = new RegExp(['意见', '业务', '办件', '工单', '热线', '信箱', ...OTHER_REQUEST_WORDS].join('|'));
/** What makes a count of 依申请公开信息 one of applications: received, accepted or handled. */
const APPLICATION_VERB = /收到|接到|接收|受理|新收|办理|办结|答复|回复|提出|申请数|申请件/;

/** The outcome of a review or a lawsuit, as prose words it (结果维持2件, 主动撤销2件, 驳回1件). */
const APPEAL_OUTCOME = /维持|纠正|撤销|撤回|驳回|终止|审结|确认违法|败诉|胜诉/;

/**
 * Table 二's rows of decisions (行政许可, 行政处罚, 行政强制: the catalogue's rows whose one column counts 处理决定), counted in 件
 * and printed by their name in the prose too (行政处罚538件).
 */
function isDecisionRow(row: RowDef): boolean {
  return row.table === 'proactive' && row.columns.length === 1 && row.columns[0].key === 'decisions';
}

/**
 * The clause of a found sentence that names one of the words and holds a single count (2件结果纠正 of 因不服答复引起行政复议3件,
 * 1件结果维持,2件结果纠正), read as the answer; undefined where no clause or more than one does.
 */
function columnClauseOf(found: Retrieved, words: readonly string[]): Retrieved | undefined {
  const printed = found.sentence.split(/[，,；;。]/);
  const clauses = printed.filter((clause) => {
    const simple = toSimplified(clause);
    return words.some((word) => simple.includes(word)) && (simple.match(/\d+(?:\.\d+)?/g) ?? []).length === 1;
  });
  if (clauses.length !== 1) return undefined;
  const count = /(\d+(?:\.\d+)?)\s*([件起次宗个项条])/.exec(toSimplified(clauses[0]));
  return count ? { ...found, clause: clauses[0].trim(), value: Number(count[1]), unit: count[2] } : undefined;
}

/** 几条意见没采纳 / 没有被采纳的有多少: a count of what was NOT done, and the verb negated. */
const NEGATED_COUNT =
  /(?:几|多少)\p{Script=Han}{0,4}?(?:没有|没|未)(?:被)?(\p{Script=Han}{2})|(?:没有|没|未)(?:被)?(\p{Script=Han}{2})的?\p{Script=Han}{0,4}?(?:几|多少)/u;

/**
 * A count of what was not done (几条意见没采纳) answered from a sentence that states no negation
 * of that verb (共收集有效意见建议5条) is the count of something else: refused instead.
 */
function withoutUnnegatedCount(answer: Answer, text: string, agency: AgencyRecord): Answer {
  if (answer.kind !== 'figure' || !answer.facts.every((fact) => fact.key === 'sentence')) return answer;
  const negated = NEGATED_COUNT.exec(text);
  const verb = negated?.[1] ?? negated?.[2];
  if (!verb || new RegExp(`(?:未|没|不|无)\\p{Script=Han}{0,2}${verb}`, 'u').test(answer.answer)) return answer;
  // 有多少申请没办结 against 结转下年度继续办理2件: what is carried into next year is what the year did not finish.
  if (/^(?:办结|办完|办理|处理|答复)$/.test(verb) && CARRIED_ON.test(answer.answer.split('\n')[0])) return answer;
  return {
    kind: 'refusal',
    answer: `${agency.name}的年度报告中没有写明未${verb}的数字。${answer.answer.split('\n').find((line) => line.startsWith('原文')) ?? ''}`,
    facts: [],
  };
}

/**
 * 微博发了多少条视频 answered with the account's count of everything it posted (发布信息159条): a count of one kind of item
 * (视频, 图片) is only a figure whose own line names that kind; else no figure.
 */
function withoutOtherMediaCount(answer: Answer, text: string, agency: AgencyRecord): Answer {
  if (answer.kind !== 'figure') return answer;
  const media = mediaKindAsked(text);
  if (media === undefined || answer.answer.split('\n')[0].includes(media)) return answer;
  return { kind: 'refusal', answer: `${agency.name}的年度报告中没有写明${media}的数量，无法回答。`, facts: [] };
}

/** The channel a sentence names last before the figure (…微信公众号累计关注量达526人，发布信息252条 → 公众号). */
function channelBefore(sentence: string, value: number): string | undefined {
  const at = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`).exec(sentence)?.index;
  if (at === undefined) return undefined;
  let found: RegExpExecArray | undefined;
  for (const match of sentence.slice(0, at).matchAll(CHANNEL_WORDS_ALL)) found = match;
  if (!found) return undefined;
  // 《中卫日报》 is named by its title (日报 alone names no paper); 政府网站 is not cut to 政府网.
  const titled = /《([^《》]{1,12})》/g;
  for (let title = titled.exec(sentence); title; title = titled.exec(sentence))
    if (title.index < found.index && found.index < title.index + title[0].length) return title[1];
  return found[0] === '政府网' && sentence[found.index + 3] === '站' ? '政府网站' : found[0];
}

/**
 * 通过“智慧西工”公共服务平台公开政府信息17条 → 智慧西工公共服务平台, 单位政务公开栏公开信息12条 → 单位政务公开栏: the way
 * named in the clause of a count, before its 公开/发布.
 */
function channelOfClause(sentence: string, value: number): string | undefined {
  const at = new RegExp(`(?<![\\d.])${value}(?![\\d.])`).exec(sentence)?.index;
  if (at === undefined) return undefined;
  const clause = (
    sentence
      .slice(0, at)
      .split(/[，,；;。、]/)
      .at(-1) ?? ''
  )
    .trim()
    .replace(/^(?:其中[:：]?)?(?:通过|在|经|依托|利用)?/, '');
  const way = /^(.{2,20}?)(?:主动)?(?:公开|发布|发)(?:了)?(?:政府信息|政务信息|信息)?$/.exec(clause)?.[1];
  return way?.replace(/[“”"「」]/g, '');
}

/**
 * The channel of a count's own clause (…网站公开信息11条,学习强国等国家级媒体公开信息64条 → 学习强国等国家级媒体 for 64, not
 * the 网站 of the clause before): a channel word in the clause, else the way the clause names before its 公开/发布, else the
 * last channel word before the count in the sentence (通过XX网站,公开…51条: a clause that is only a channel).
 */
function ownChannel(sentence: string, value: number): string | undefined {
  const at = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`).exec(sentence)?.index;
  if (at === undefined) return undefined;
  const start = Math.max(...[...'，,；;。、'].map((mark) => sentence.lastIndexOf(mark, at))) + 1;
  return channelBefore(sentence.slice(start), value) ?? channelOfClause(sentence, value) ?? channelBefore(sentence, value);
}

/** A short form right after an agency's name, in brackets or not, before the year or 的 (临港开发区|2023年, （辉河局）的). */
const NAME_SAID_AGAIN = /^[（(]?(\p{Script=Han}{3,16})[）)]?(?=(?:19|20)\d{2}年|\d{2}年|的)/u;

/** Whether every character of `part` is in `whole`, in the same order (临港开发区 in 江阴临港经济开发区). */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const char of part) {
    at = whole.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** 一共 / 总共 / 全部: a total asked, over every channel and item. */
const TOTAL_OF_ALL_ASKED = /一共|总共|总计|共计|合计|全部|全年|总数|总量/;

/** The year's new applications in a sentence (新收到依申请公开政府信息78件, 收到政府信息公开申请12件): the count. */
const NEW_APPLICATIONS_STATED = /(?:新收|收到|接到|受理)[^，,；;。\d]{0,16}?申请[^，,；;。\d]{0,8}?(\d+)件/;
/** 一共要办多少件 / 总共需要处理几件: the whole there was to handle (new and carried in), not those finished. */
const TO_HANDLE_ASKED = /(?:一共|总共|共|总计|合计)(?:要|需要|得|应当?)(?:办理?|处理|答复)(?!完|结|了)/;
/**
 * 共受理申请多少件 / 一共受理了几件 / 全年受理的一共多少: the whole received asked, which a report's prose may print with those
 * carried in.
 */
const WHOLE_RECEIVED_ASKED = /(?:一共|总共|全年共?|共|总计|合计|累计)受理|受理[^，,。？?\d]{0,6}?(?:一共|总共|总计|合计|总数)/;
/** 全年共受理政府信息公开申请 749 件: a whole received stated in prose (a number apart from the row's by a space too). */
const WHOLE_RECEIVED_STATED = /(?:一共|总共|共|总计|合计|累计)(?:受理|收到)[^，,；;。\d]{0,16}?申请[^，,；;。\d]{0,8}?(\d+)\s*件/;
/** Applications carried in from the year before in a sentence (结转上年度办理3件, 上年结转2件): the count. */
const CARRIED_IN_STATED = /(?:结转上一?年度?|上一?年度?结转|上一?年度?转入)[^，,；;。\d]{0,8}?(\d+)件/;

/** 复议结果怎么样 / 官司赢了吗: how a review or a lawsuit ended is asked, not how many there were. */
const APPEAL_OUTCOME_ASKED = /结果|怎么样|咋样|如何|结论|结局|输了|赢了|胜诉|败诉/;

/** 这个年报在哪下载 / 他们的报告去哪看: where the report pointed at (this one, theirs) may be read or downloaded. */
/**
 * 专区里有查阅点吗 / 有没有公开栏: whether a place to read published information is there, asked yes or no (no way of using it,
 * 怎么, 能不能): in a conversation about one agency, what its report says of its own places before the rules on them.
 */
const READING_PLACE_HELD =
  /^(?!.*(?:怎么|如何|能不能|可不可以|可以|能否|在哪))[^，。？?]{0,10}?(?:有没有|有无|是否有|有)[^，。？?]{0,10}?(?:查阅点|查阅室|查阅场所|阅览室|公开专区|专区|公开栏|公示栏)(?:吗|么|没有?)?[?？。]*$/;

const THIS_REPORT_WHERE =
  /(?:这个|这份|这篇|该|他们的?|它的?|人家的?)(?:年报|年度报告|报告).{0,4}?(?:在哪|哪里|哪儿|去哪|到哪|哪个网站)|(?:这个|这份|这篇|该|他们的?|它的?)(?:年报|年度报告|报告).{0,2}?(?:下载|网址|链接)/;

/** A pronoun for the agency talked of, then its report (他们年报里, 它的报告中, 人家年度报告): that agency's own report. */
const THEIR_REPORT = /(?:他们|它|人家|该单位|这个单位)的?(?:年报|年度报告|报告)/;

/** The pointing words and the report's name before what is asked of it (这个年报|在哪下载). */
/**
 * 2019年报告电子版在哪看 / 2025年的年报在哪下载: where the report itself is read or downloaded, which the agency's guide or its
 * reports' contacts (公开网址) answer whatever year is named.
 */
const REPORT_COPY_WHERE =
  /(?:年报|年度报告|报告)的?(?:电子版|全文|原文)?(?:在哪|哪里|哪儿|去哪|到哪|从哪)[里儿]?(?:能|可以)?(?:下载|看|查看|查阅|查到|找到|看到)|(?:年报|年度报告|报告)的?(?:电子版|全文|原文)?(?:怎么|如何|咋)?下载|(?:年报|年度报告|报告)的?(?:电子版|全文|原文|文件|pdf|PDF)?(?:发|传)(?:给|到)?我|(?:年报|年度报告|报告)的?(?:链接|网址|下载地址|下载链接)|下载[^，。？?]{0,24}?(?:年报|年度报告|报告)/;
const THIS_REPORT_WHERE_LEAD = /^.*?(?:这个|这份|这篇|该|他们的?|它的?|人家的?)(?:年报|年度报告|报告)/;

/** Every channel word a question names. */
const CHANNEL_WORDS_ALL = new RegExp(CHANNEL_WORDS.source, 'g');
/**
 * 光政府网站上的 / 只算公众号的 / 单是微博: one channel narrowed to, a word before it (光, 只, 仅; 单 and 就 only with 是, 算,
 * 看, 说 after them) and nothing asked. (单位微信工作群呢 and 就业网站 open with a word of their own, no narrowing.)
 */
const NARROWED_CHANNEL = /^(?:光(?![伏明荣])|只|仅|(?:单|就)(?=是|算|看|说))(?:是|算|看|说|要)?([^，,。？?！!\s]{2,12}?)的?呢?[?？。！!]*$/;

/**
 * 我是说光政府网站上的 after 网站和微信一共公开了多少条: a channel narrowed to after a question is that question asked of
 * the channel alone (政府网站上的呢), never what portals publish; with no question before it the message stands.
 */
function narrowedToOneChannel(input: string, lastQuestion: string | undefined): string {
  if (!lastQuestion) return input;
  const narrowed = NARROWED_CHANNEL.exec(input.trim());
  if (!narrowed || !CHANNEL_WORDS.test(narrowed[1])) return input;
  return `${narrowed[1]}的呢`;
}

/** The channel a question names, the longer name first (微信公众号 is no 微信工作群: 微信 alone would be both). */
const CHANNEL_ASKED = /微信公众号|公众号|微信工作群|工作群|微博|政府网|网站|日报|报纸|抖音|快手|头条|视频号|公开栏|新媒体|微信/;
/** A count with its measure word (33家, 2条), not a year (2024年). */
const COUNT_STATED = /\d+(?:\.\d+)?[个件条名人家次场期篇项位所]/;

/**
 * 公众号粉丝多少: of figures that each count one channel (微信公众号 526人, 微博 56人), those of the
 * channel the question names; all of them when it names none, several, or one no figure has.
 */
function ofAskedChannel(figures: ProseFigure[], asked: string): ProseFigure[] {
  const named = asked.match(CHANNEL_WORDS_ALL) ?? [];
  // 公众号发了多少条 against the one figure 通过门户网站、微信公众号等平台发布…1311条: it lumps a channel not asked with the one
  // asked, and is no figure of that one alone.
  if (
    figures.length === 1 &&
    named.length > 0 &&
    figures[0].channel &&
    (lumpsChannelsNotNamed(figures[0], named) || figureJoinsOtherChannel(figures[0], named))
  )
    return [];
  if (figures.length < 2 || !figures.every((figure) => figure.channel)) return figures;
  if (named.length === 0) return figures;
  const kept = figures.filter((figure) => named.some((word) => figure.channel?.includes(word)));
  // 通过网站、公开栏等平台发布811条,其中…公开栏发布720条: a figure of several channels at once is their total; the
  // figure of the one channel asked comes first.
  // (广播、微信公众号等渠道公开信息128条 stored as 微信公众号's: its own words join the channel to another.)
  const single = kept.filter((figure) => !figure.channel?.includes('、') && !figureJoinsOtherChannel(figure, named));
  // “登封文旅”视频号、快手、今日头条等平台发布短视频120条 asked for 快手 alone: the figure lumps channels the question does not
  // name, and is none of them alone; no figure of the report answers (视频号快手 asked together is answered by it).
  if (
    single.length === 0 &&
    kept.length > 0 &&
    kept.every((figure) => lumpsChannelsNotNamed(figure, named) || figureJoinsOtherChannel(figure, named))
  )
    return [];
  // 微博发了多少 against figures of the website and the WeChat account only: a platform's own name (微博, 抖音) matches no other
  // channel's, so none of the figures is that platform's (a word such as 日报 or 新媒体 may still name a channel stored otherwise).
  if (kept.length === 0 && named.every((word) => OWN_PLATFORM_NAME.test(word))) return [];
  const best = single.length > 0 ? single : kept;
  return best.length > 0 && best.length < figures.length ? best : figures;
}

/** Platforms a stored channel is always named by (微博, 抖音, 快手, 头条, 视频号). */
const OWN_PLATFORM_NAME = /^(?:微博|抖音|快手|头条|视频号)$/;

/**
 * A count carried into the next year, as a clause prints it: 结转到2025年办理7件, 另有5件申请转结下年度继续办理, 2件转至下年继续办理,
 * 结转下年度按期办理14件.
 */
// (转下一年度继续办理3件: 转 alone before the next year carries on as 结转 does.)
const CARRIED_INTO_NEXT =
  /(?:结转|转结|转入|转至|转)(?:至|到)?(?:下一?年度?|\d{4}年度?)(?:继续|按期|按时)?(?:办理)?(\d+)件|(\d+)件(?:申请)?(?:结转|转结|转入|转至)(?:至|到)?(?:下一?年度?|\d{4}年度?)/;

/**
 * Applications carried in from the year before, as a sentence counts them (上年结转8件, 2023年结转132件 in a report of 2024):
 * the year written, when one is, and the count.
 */
const CARRIED_FROM_BEFORE =
  /(?:上一?年度?|去年|(\d{4})年度?)(?:的)?(?:结转|转结)(?:过来|而来)?(?:的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:共)?(\d+)件/;

/** Applications still being handled when the year closed, as the applications' sentence counts them (答复完毕6件,办理中1件). */
const STILL_BEING_HANDLED = /(办理中|正在办理|仍在办理|尚在办理)(\d+)件/;

/** A clause saying no application was carried into the next year (无结转下年度事项, 没有结转至下一年度的申请). */
/** A review or lawsuit asked in its own words (复议, 被告了, 打官司), not 复议 inside 答复议案. */
const APPEAL_ASKED = /(?<!答)复议|诉讼|起诉|被告|告(?:了|过)|官司/;
/**
 * A none of reviews or lawsuits said in words (无涉及政府信息公开行政复议、诉讼案件, 未发生因政府信息公开引起的行政诉讼): its clause, no
 * digit in it. (未经复议 is a kind of lawsuit, no none: plain 未 does not open one.)
 */
const NONE_APPEALED =
  /(?:无|没有|未发生|未有|未出现|暂无|不存在|未收到|未接到|未被)[^，,。；;\d]{0,24}?(?:复议|诉讼)(?:[、和及与或][^，,。；;\d]{0,12}?(?:复议|诉讼))?[^，,。；;\d]{0,8}/;
const NONE_CARRIED = /(?:无|没有|未有)(?:申请)?(?:结转|转入|转至)(?:至|到)?下一?年度?[^，,；;。]{0,8}/;

/** A channel's word as a report lists several (广播、微信公众号, 报刊和网站). */
const LISTED_CHANNEL = '(?:微信公众号|公众号|微信|微博|门户网站|网站|日报|报刊|报纸|广播|电视|抖音|快手|头条|视频号|客户端|公开栏|新媒体)';
/** Two channels or more joined in a figure's words (广播、微信公众号等渠道). */
const JOINED_CHANNEL_WORDS = new RegExp(`${LISTED_CHANNEL}(?:[、和及与]${LISTED_CHANNEL})+`);

/**
 * A figure's own words as its sentence prints them, back to the clause's start over a 、 (网站、微信共965条 stored as 微信共,
 * the list's first channel cut off at the 、): what says whether the count is several channels' together.
 */
function ownClause(figure: ProseFigure): string {
  const sentence = figure.sentence?.replace(/\s+/g, '') ?? '';
  const at = sentence.indexOf(`${figure.label}${formatNumber(figure.value)}`);
  if (at < 0) return figure.label;
  return `${/[^，,；;。：:（(）)]*$/.exec(sentence.slice(0, at))?.[0] ?? ''}${figure.label}`;
}

function figureJoinsOtherChannel(figure: ProseFigure, named: readonly string[]): boolean {
  return wordsJoinOtherChannel(ownClause(figure), named);
}

/**
 * Whether words join channels (广播、微信公众号等渠道公开信息128条) and one of them is not among those named: 公众号发了多少条
 * is not answered by a count 广播 shares.
 */
function wordsJoinOtherChannel(label: string, named: readonly string[]): boolean {
  const joined = JOINED_CHANNEL_WORDS.exec(label)?.[0];
  if (!joined) return false;
  return joined.split(/[、和及与]/).some((channel) => !named.some((word) => channel.includes(word) || word.includes(channel)));
}

/** Whether a figure counts several channels together (its channel is a list) and one of them is not among those named. */
function lumpsChannelsNotNamed(figure: ProseFigure, named: readonly string[]): boolean {
  const channels = figure.channel?.split('、') ?? [];
  return channels.length > 1 && channels.some((channel) => !named.some((word) => channel.includes(word) || word.includes(channel)));
}

/** 办完了没 / 办结了吗 / 都办结了吗 (办完 is read as 办结): whether the applications were all handled. */
const FINISHED_ASKED = /办结(?:了)?(?:吗|没有?|了没|没)|是否(?:已|都|全部)?办结|(?:都|全部|全都)办结/;

/**
 * 加起来呢 / 一共多少 / 合计 / 两年加起来 after figures, as the whole message; 刚才那两个数加起来 names them as the last
 * answers' numbers (刚才, 数, 数字 add nothing); 两个加起来多少人关注 after two channels' followers names their measure again.
 */
const ADD_UP =
  /^(那)?(?:刚才|刚刚|上面|前面|你说的)?(?:说的)?(这|那)?(两个|两项|两者|二者|俩|几个|这些|[两三四五六七八九十几](?:个|家|项|所|者|年)(?:的)?)?(?:数字?|数据)?(加起来|加一起|加一块|加在一起|合起来|一共|总共|合计|总计|共计)(呢|(?:一共|总共)?(?:是|有)?(?:多少|几)(?:个|名|位|人|条|件|次|家|期|项|场)?(?:关注|粉丝|关注的)?)?[?？。!！]*$/;

/** Two years named before a sum (前年和大前年加起来, 2024年和2023年一共): group 1 the years, then the sum word. */
const YEAR_WORD = '(?:大前年|前年|去年|今年|(?:19|20)?\\d{2}年度?)';
const TWO_YEARS_ADDED = new RegExp(
  `^(?:那)?(${YEAR_WORD}(?:的)?(?:和|跟|与|加上|加|、)${YEAR_WORD})(?:的)?(?:数字?|数据)?(?=加起来|加一起|加一块|加在一起|合起来|一共|总共|合计|总计|共计)`,
  'u',
);

/**
 * 前年和大前年加起来 after one agency's figures of those two years: the message as 这两年加起来, so the sum of the two figures
 * just answered is read (the years named are those two, not a new question of them). Else the message unchanged.
 */
function yearsOfLastAdded(input: string, remembered: readonly Fact[], currentYear: number): string {
  const said = TWO_YEARS_ADDED.exec(input);
  if (!said || remembered.length < 2) return input;
  const years = findYears(said[1], currentYear);
  const last = remembered.slice(-2);
  if (years.length !== 2 || last[0].agency !== last[1].agency) return input;
  const remembered2 = new Set(last.map((fact) => fact.year));
  if (remembered2.size !== 2 || !years.every((year) => remembered2.has(year))) return input;
  return `这两年${input.slice(said[0].length)}`;
}

/**
 * 一共开了多少次会 / 总共办了几场活动 / 加起来发了多少篇稿件: a sum asked with its verb and the thing counted, as the whole
 * message. Its noun (会, 活动) is the check that the remembered figures are what it counts: each must print it before its
 * number (常务会议13次, 全体会议1次); a bare 一共发了多少条 (no noun) is the year's total, not this.
 */
const ADD_UP_WITH_NOUN =
  /^(?:那)?(?:这|那)?(?:两个|两项|俩|[两三四五六七八九](?:个|项))?(?:加起来|合起来|一共|总共|合计|共计|总计)(?:一共|总共)?\p{Script=Han}{1,2}?了?(?:多少|几)([个件条名人家次场期篇项份])?(\p{Script=Han}{1,2})[?？。!！]*$/u;

/** The measure a sum asks in (加起来多少人关注: 人), for weighing it against the figures remembered. */
// (个 is everyone's measure word: 加起来几个 after 26人 and 25人 is their sum.)
const SUM_UNIT_ASKED = /(?:多少|几)([件条名人家次场期篇项份位])/;

/** A followers count as a sentence prints it (累计关注量达526人, 粉丝数1.2万人, 关注用户3000余人). */
const FOLLOWERS_IN_SENTENCE = /(?:关注|粉丝|订阅)[^，,。；;：:\d]{0,8}?(\d+(?:\.\d+)?)(万)?余?(人|个|户)/;

/**
 * 两个加起来多少人关注 after 公众号发了252条 and 微博关注56人, each read from a sentence of its own account: the followers
 * each of the last two sentences prints (公众号累计关注量达526人; 微博累计关注量达56人), added. Undefined unless the last two
 * figures are of one agency and year, from two sentences that each print one followers count.
 */
function followersOfLastTwo(input: string, remembered: readonly Fact[]): Answer | undefined {
  if (!/关注|粉丝/.test(input)) return undefined;
  const sentences: Fact[] = [];
  for (const fact of [...remembered].reverse()) {
    if (!fact.sentence || sentences.some((kept) => kept.sentence === fact.sentence)) continue;
    sentences.push(fact);
    if (sentences.length === 2) break;
  }
  if (sentences.length !== 2) return undefined;
  const [b, a] = sentences;
  if (a.agency !== b.agency || a.year !== b.year) return undefined;
  const counts = sentences.map((fact) => {
    const text = toSimplified(fact.sentence ?? '').replace(/\s+/g, '');
    const all = [...text.matchAll(new RegExp(FOLLOWERS_IN_SENTENCE.source, 'g'))];
    return all.length === 1 && !all[0][2] ? { clause: all[0][0], value: Number(all[0][1]), unit: all[0][3] } : undefined;
  });
  const [second, first] = counts;
  if (!first || !second || first.unit !== second.unit) return undefined;
  const total = first.value + second.value;
  return {
    kind: 'figure',
    answer: `${a.agency}${a.year}年：两个账号的关注合计${formatNumber(total)}${first.unit}（计算所得：${first.clause} + ${second.clause}）。\n原文：“${a.sentence}”“${b.sentence}”\n（来源：${a.source.report}${a.source.section}）`,
    facts: [
      { ...a, value: first.value, unit: first.unit },
      { ...b, value: second.value, unit: second.unit },
      { ...b, value: total, unit: first.unit },
    ],
  };
}

/** The remembered figures a sum asked with its noun (一共开了多少次会) adds: the last two, when both print the noun in their lead. */
function sumWithNoun(input: string, remembered: readonly Fact[]): Answer | undefined {
  const asked = ADD_UP_WITH_NOUN.exec(input);
  if (!asked || remembered.length < 2 || /信息|数|量|钱/.test(asked[2])) return undefined;
  const last = remembered.slice(-2);
  if (asked[1] && !last.every((fact) => sameItemUnit(fact.unit, asked[1]))) return undefined;
  if (!last.every((fact) => fact.sentence && toSimplified(leadOfFact(fact)).includes(asked[2]))) return undefined;
  return sumOfCount(input, last) ?? sumRemembered(last);
}

/**
 * 一共呢 / 总共多少 (no 加起来, no 这两个) after two channels read from one sentence that prints its own total (共计2203条, 其中…416条…1056条,
 * or 主动公开89条，其中…3条…12条): the total asked is the printed one, not the two channels added.
 */
function printedTotal(input: string, remembered: readonly Fact[]): Answer | undefined {
  if (/加|合起来|两|俩|这|几个|些/.test(input) || remembered.length === 0) return undefined;
  // 一共多少 after one part (网站公开106条 of 全年累计主动公开政府信息165条，其中…): the whole its sentence prints, as after two parts.
  const [first, second] = remembered.length === 1 ? [remembered[0], remembered[0]] : remembered.slice(-2);
  if (first.sentence === undefined || !sameSentence(first, second)) return undefined;
  const sentence = toSimplified(first.sentence);
  const total = PRINTED_TOTAL.exec(sentence) ?? WHOLE_BEFORE_PARTS.exec(sentence);
  const value = total ? Number(total[2]) : Number.NaN;
  // The total is in the channels' unit and no smaller than the two of them.
  const parts = first === second ? first.value : first.value + second.value;
  if (!total || total[3] !== first.unit || first.unit !== second.unit || value <= (first === second ? parts : parts - 1)) return undefined;
  let start = total.index;
  while (start > 0 && !/[，,、；;。：:]/.test(sentence[start - 1])) start -= 1;
  const clause = sentence.slice(start, total.index + total[0].length).replace(/[，,：:]?其中$/, '');
  return {
    kind: 'figure',
    answer: `${first.agency}${first.year}年：${clause}（报告写明的总数）。\n（来源：${first.source.report}${first.source.section}）`,
    facts: [{ ...second, value }],
  };
}
/** A step of handling asked alone (办结了多少, 答复了几条, 回复了多少呢): of the thing the last figure counted. */
// (办了多少 alone: the handling its sentence prints, 办理 or 办结.)
const STEP_FOLLOW_UP =
  /^(?:那|那么)?(?:都|一共|共|全年)?(办结|答复|回复|处理|解决|采纳|办理|办)了?(?:多少|几)[件条个项次]?(?:呢)?[?？。!！]*$/;

/**
 * 办结了多少 right after 收到多少条网民留言: the count its sentence prints for that step, in the same measure (收到248条网民留言,
 * 办结留言230条), never the step of another thing (applications' 办结255件 in another sentence).
 */
function stepOfRemembered(input: string, last: Fact, goingOn = ''): Answer | undefined {
  const asked = STEP_FOLLOW_UP.exec(input.trim())?.[1];
  if (!asked || last.sentence === undefined) return undefined;
  const step = asked === '办' ? '办(?:理|结)' : asked;
  // A sentence cut at a semicolon (接收申请1554件,结转132件;) goes on with its handling (全年办理1503件): read to its full stop.
  const sentence = toSimplified(last.sentence) + goingOn;
  const found = new RegExp(`${step}([^，。；,;\\d]{0,6}?)(\\d+(?:\\.\\d+)?)\\s*([件条个项次])`).exec(sentence);
  if (!found || found[3] !== last.unit) return undefined;
  const clause = found[0];
  return {
    kind: 'figure',
    answer: `${last.agency}${last.year}年：${clause}。\n原文：“${sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [{ ...last, value: Number(found[2]), unit: found[3] }],
  };
}

/** Whether the thing just counted is finished, asked alone (办完了吗, 结案了没有, 处理完了没). */
const FINISHED_FOLLOW_UP =
  /^(?:那|那么)?(?:都|已经|现在|目前)?(?:办完|办结|处理完|结束|完结|结案|审结)了?(?:吗|么|没有?|没)(?:呢)?[?？。!！]*$/;
/** A sentence's clause stating a case still open (正在办理中, 尚未办结, 审理中) or closed (已办结, 已审结, 已结案). */
const STILL_OPEN_STATED = /正在(?:办理|审理|处理)中?|尚(?:未|在)(?:办结|审结|结案|办理)|(?:审理|办理|处理)中/;
// (已办结8件 counts a part; 结转, 继续办理 say some went on: neither says all of it is finished.)
const CLOSED_STATED = /(?:已|均已|已经|全部)(?:办结|审结|结案|办理完毕|处理完毕)(?![\d零一二两三四五六七八九十])/;
const WENT_ON_STATED = /结转|转入|转至|转到|继续办理|未办结|未完结/;

/**
 * 办完了吗 right after a count whose sentence states that thing's state (信息公开类行政复议1起,正在办理中): that clause, quoted,
 * not table 三's results of applications.
 */
function stateOfRemembered(input: string, last: Fact): Answer | undefined {
  if (!FINISHED_FOLLOW_UP.test(input.trim()) || last.sentence === undefined) return undefined;
  const sentence = toSimplified(last.sentence);
  const open = STILL_OPEN_STATED.exec(sentence);
  const closed = open || WENT_ON_STATED.test(sentence) ? null : CLOSED_STATED.exec(sentence);
  const stated = open ?? closed;
  if (!stated) return undefined;
  const clause =
    sentence
      .slice(0, stated.index + stated[0].length)
      .split(/[。；;]/)
      .pop() ?? stated[0];
  return {
    kind: 'text',
    answer: `${open ? '还没有办完' : '已经办完了'}。${last.agency}${last.year}年报告写明：${clause.trim()}。\n原文：“${sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [],
  };
}

/** 平均办理时间1个工作日 / 平均回复时长为2天: a time its sentence states a thing took on average. */
const AVERAGE_DURATION_STATED =
  /平均[^，。；,;\d]{0,8}?(?:时间|用时|时长|周期|办结|办理|回复|答复|处理)[^，。；,;\d]{0,4}?(?:约|为|是|仅)*\d+(?:\.\d+)?\s*(?:个)?(?:工作日|自然日|天|小时|分钟)/;

/**
 * 平均多久办完 after a count whose sentence states the average time of that same thing (网络问政留言公开回复19条,平均办理时间1个
 * 工作日): that clause, quoted, not the rules' time limit for applications. Not when the question names applications and the
 * sentence does not (申请平均多久 after 留言: the average is the messages').
 */
function durationOfRemembered(input: string, last: Fact): Answer | undefined {
  if (!AVERAGE_DURATION_ASKED.test(input) || last.sentence === undefined) return undefined;
  const sentence = toSimplified(last.sentence);
  const found = AVERAGE_DURATION_STATED.exec(sentence);
  if (!found || (/申请/.test(input) && !/申请/.test(sentence))) return undefined;
  return {
    kind: 'text',
    answer: `${last.agency}${last.year}年报告写明：${found[0]}。\n原文：“${sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [],
  };
}

/**
 * A yes/no asked of a negation: 是不是没开过发布会 / 是否未收取 / 难道没有抖音号 (the words before, then what 没 denies), or
 * 没收费吧 / 没人申请吧 (the same closed by 吧). 有没有, 收没收 (asked both ways) and 没有…的 are none.
 */
const NEGATED_YES_NO =
  /^(.*?)(?:是不是|是否|难道)(?:都)?(?:没有|没|未)(?!有)(.+?)(?:吗|么|吧|呢|啊)?[?？。!！]*$|^(.*?)(?<![有收])(?:没有|没)(?!有)(.+?)吧[?？。!！]*$/;

/** 超过2000件 / 不到50条 / 达到1000个: a number the asker weighs the count against, the word, the number and its measure word. */
const WEIGHED_COUNT = /(超过|超出|多于|高于|大于|达到|突破|不到|不足|少于|低于|小于)(\d+(?:\.\d+)?)([条件个次项篇人份名])/;
/** 10件以上 / 在50件以下 / 5个及以上: the number, its measure word, then the side of it (以上 and 以下 count the number itself). */
const WEIGHED_COUNT_AFTER = /在?(\d+(?:\.\d+)?)([条件个次项篇人份名])[及或]?(以上|以下)/;
/** A yes/no of one count (…10件以上吗, 是不是在50件以下, 有没有50件以上), not a follow-up (那…的呢) nor a list (…的有哪些). */
const WEIGHED_YES_NO = /^(?!那)(?=.*(?:吗|么|是不是|是否|有没有))(?!.*(?:哪些|哪几|几个|的呢$))/;

/** 其余的呢 / 剩下的呢 / 其他的有多少, said alone: the rest of the whole the last figure is a part of. */
const REST_ASKED =
  /^(?:那|那么)?(?:其余|其他|其它|剩下|剩余|另外)(?:的|那些)?(?:呢|(?:是|有)?(?:多少|几)[件条个项篇]?)?(?:呢)?[?？。!！]*$/;
/** A whole its sentence prints before its parts (主动公开信息 225 条，其中：…; 共计…2203条…其中): the number and its measure word. */
const WHOLE_OF_PARTS = /(\d+)\s*([条件篇次个项])[，,：:\s]*(?:[^，。；,;\d]{0,6}[，,：:])?其中/;

/** Two figures read from one sentence of one report. */
function sameSentence(a: Fact, b: Fact): boolean {
  return a.sentence !== undefined && a.sentence === b.sentence && a.agency === b.agency && a.year === b.year;
}
/** A total printed in a sentence (公开信息共计2203条, 全年总计更新…500条): the number and its measure word. */
const PRINTED_TOTAL = /(共计|总计|合计|一共|总共|累计)[^，。；,;\d]{0,12}?(\d+)([条件篇次个项])/;
/** A whole stated before its parts (主动公开政府信息89条，其中：…): the number and its measure word, as PRINTED_TOTAL gives them. */
const WHOLE_BEFORE_PARTS = /()(\d+)([条件篇次个项])[，,：:]?其中/;

/**
 * 三个加起来 / 这三家一共: the number of figures said. The last that many remembered figures, when they are of one measure
 * word and of as many agencies or years, are summed whatever way each was read (a channel's count from a sentence, or
 * from the report's channel breakdown); when fewer are remembered, that is said, never a sum of fewer passed off as it.
 */
function sumOfCount(input: string, remembered: readonly Fact[]): Answer | undefined {
  // 两年加起来 after two years of one agency: the years said count the figures as 两个 does.
  const said = /([两三四五六七八九])(?:个|家|项|所|者|年)/.exec(input)?.[1];
  if (!said) return undefined;
  const count = '两三四五六七八九'.indexOf(said) + 2;
  const last = remembered.slice(-count);
  const places = new Set(last.map((fact) => `${fact.agency}|${fact.year}`));
  if (last.length === count && places.size === count && last.every((fact) => sameItemUnit(fact.unit, last[0].unit))) {
    const latest = last[last.length - 1];
    return sumRemembered(last.map((fact) => ({ ...fact, key: latest.key })));
  }
  const byKind = sumRemembered(remembered);
  // The usual sum already adds up that many: it stands.
  if (byKind && byKind.facts.length - 1 === count) return byKind;
  const parts = sumOfParts(last, count) ?? (count === 2 ? sumOfTwoParts(remembered) : undefined);
  if (parts) return parts;
  return {
    kind: 'refusal',
    answer: `刚才的回答里没有${said}个可以相加的同类数字（单位相同、各属一个机关或年份），这个合计我算不了。可以把要相加的几项分别问一下。`,
    facts: [],
  };
}

/** The sum of the remembered figures of the latest kind, one per agency and year, with the years said when they differ. */
function sumRemembered(remembered: readonly Fact[]): Answer | undefined {
  const latest = remembered[remembered.length - 1];
  const byPlace = new Map<string, Fact>();
  // (Figures read from sentences are all keyed `sentence`: one agency's 6条 applications and another's 106条 on its website
  // are no sum, as they are no comparison.)
  for (const fact of sameMeasureAsLast(remembered))
    if (sameItemUnit(fact.unit, latest.unit)) byPlace.set(`${fact.agency}|${fact.year}`, fact);
  const facts = [...byPlace.values()];
  if (facts.length < 2) return sumOfRun(remembered) ?? sumOfTwoParts(remembered);
  const total = facts.reduce((sum, fact) => sum + fact.value, 0);
  const years = new Set(facts.map((fact) => fact.year));
  const parts = facts.map((fact) => `${fact.agency}${fact.year}年${formatNumber(fact.value)}${fact.unit}`);
  const note = years.size > 1 ? `（注意：年份不同：${joinList([...years].map((year) => `${year}年`))}）` : '';
  return {
    kind: 'figure',
    answer: `${figureCellName(latest.key)}合计${formatNumber(total)}${latest.unit}：${parts.join(' + ')}。${note}`,
    facts: [...facts, { ...latest, agency: joinList(facts.map((fact) => fact.agency)), value: total }],
  };
}

/** 平均每个月 / 每季度平均 / 一个月平均: a figure per month or quarter (the words taken out, the year's figure asked). */
const PER_PERIOD_TEST = /每个?(?:月|季度)|平均一个?(?:月|季度)|一个?(?:月|季度)平均/;
const PER_PERIOD = /(?:平均)?每个?(月|季度)(?:平均)?(?:下来)?|(?:平均)?一个?(月|季度)平均(?:下来)?|平均一个?(月|季度)/;

/** 第四点 / 第（二）条 / （三）: an item's number inside a part of a report. */
const SUB_ITEM_ASKED = /第[（(]?([一二三四五六七八九]|[1-9])[）)]?(?:点|条|项|小点|小节|段)|[（(]([一二三四五六七八九])[）)]/;

/** A clause that asks something (几, 多少, 吗, 什么, 哪…), in a long message. */
const RAMBLING_ASKS = /几|多少|吗|什么|啥|哪(?:些|个|年|天|里|儿)|有没有|是否|怎么/;

/** 12月份 / 十二月 / 上半年 / 第四季度 / 前三季度: a part of a year (not a date: 12月3日, 1月31日前). */
const PART_OF_YEAR_TEST = /半年|季度|月/;
const PART_OF_YEAR =
  /[上下]半年|第?[一二三四1-4]季度|前[两二三23]个?季度|(?<![\d一二三四五六七八九十])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\d一二三四五六七八九十日号底初])/;

/** 公众号发了252条吗 / 政务公开栏公开了12条没 / 网站是不是发布了16条: a count of items published, checked by the asker. */
/** Items published counted only in words of size (公开信息百余条, 发布各类信息数百条, 推送上千篇): no number printed. */
const ROUGH_PUBLISHED_COUNT =
  /(?:主动)?(?:公开|发布|推送)[^。；;，,\d]{0,16}?(百余|上百|近百|数百|几百|千余|上千|近千|数千|几千|万余|上万|数万|数十|几十|十余)([条篇])/;

// 发布信息是不是19500多条: the thing published (信息) may stand between the verb and the check.
const CHECKED_PUBLISHED_COUNT =
  /^(.+?)(?:是不是|是否)?((?:主动)?(?:公开|发布|发|推送|更新|转载)了?(?:(?:政府)?信息)?)(?:的)?(?:是不是|是否)?(\d+)(多|余|来)?([条篇期])(?:信息)?(?:吗|么|没有?|不|呢|对吗|对不对|是吧|对吧|是不是)?[?？。!！]*$/;

/** 网民留言是不是办了92件 / 信访件受理了40件吗: a count of things handled, checked by the asker, as CHECKED_PUBLISHED_COUNT. */
const CHECKED_HANDLED_COUNT =
  /^(.+?)(?:是不是|是否)?((?:办理|处理|受理|答复|回复|办结|办)了?)(?:的)?(?:是不是|是否)?(\d+)(多|余|来)?([件条个])(?:吗|么|没有?|不|呢|对吗|对不对|是吧|对吧|是不是)?[?？。!！]*$/;

/**
 * 是不是有225条 / 有30件吗 / 是67条对吧 alone: the number said, checked against the last figure answered. (你确定是4511条吗 /
 * 您肯定是36件吗 / 是204条对吧 / 是17条没错吧: the asker's doubt, addressed to the bot, naming the number.)
 */
const CHECKED_LAST =
  /^(?:那)?(?:(?:你|您)(?=确定|肯定))?(?:是不是|是否|真的|确定|肯定)(?:有|是|共|一共|总共)?(\d+(?:\.\d+)?)([条件个名次家期人场份项]|万元|元|%)?(?:吗|么|呢|对吗|对不对|是吧|对吧|没错吧|吧)?[?？。!！]*$|^(?:那)?(?:有|是|共|一共|总共)(\d+(?:\.\d+)?)([条件个名次家期人场份项]|万元|元|%)(?:吗|么|对吗|对不对|是吧|对吧|没错吧|吧)[?？。!！]*$/;

/** 这个数对吗 / 那个数字准不准, opening a check of the last figure (是不是75, 是20件吧): the doubt, before the number said. */
const NUMBER_DOUBTED =
  /^(?:那|这)?(?:这个|那个|这|那)(?:数|数字|数据|数目)(?:对吗|对不对|准吗|准不准|没错吧|没错吗|靠谱吗)[？?，,、\s]*(?=(?:是不是|是否|真的|确定|有|是|共|一共|总共)\d)/;

/** 部门动态有20件没 / 行政许可是不是有5件: a count of a thing held, checked by the asker. */
// (工作动态是不是300条: 是不是 alone before the number checks the count as 有 does.)
const CHECKED_HELD_COUNT =
  /^(.+?)(?:(?:是不是|是否)(?:有|共有|一共有|总共有|是)?|有|共有|一共有|总共有)(\d+)([条件个名次家期人场份项篇])(?:吗|么|没有?|不|呢|对吗|对不对|是吧|对吧)?[?？。!！]*$/;

/** 平均每家多少 / 平均下来几条 / 平均是多少 alone after figures: their mean. */
const AVERAGE =
  /^(那)?(这|那)?(两个|几个|这些|[两三四五六七八九十几](?:个|家|项)(?:的)?)?平均(?:下来|起来|一下)?(?:每|一)?(?:家|个|年|个局|家单位)?(?:是|有)?(?:多少|几)(?:个|名|位|人|条|件|次|家|期|项|场)?(呢)?[?？。!！]*$/;

/**
 * A table figure's row name with its column when that is one kind of applicant or result (本年新收申请（自然人）): a sum of
 * 自然人 figures is never labelled as the row's total.
 */
function figureCellName(key: string): string {
  const [rowKey, columnKey] = key.split('.');
  const name = figureRowName(key);
  const column =
    columnKey && columnKey !== 'total' ? CURRENT_LAYOUT.row(rowKey)?.columns.find((item) => item.key === columnKey) : undefined;
  return name && column ? `${name}（${column.label === '其他' ? '其他组织' : column.label}）` : name;
}

/** The mean of the remembered figures of the latest kind, one per agency and year (as sumRemembered adds them), to one decimal. */
function averageRemembered(remembered: readonly Fact[]): Answer | undefined {
  const latest = remembered[remembered.length - 1];
  const byPlace = new Map<string, Fact>();
  // (Figures read from sentences are all keyed `sentence`: one agency's 6条 applications and another's 106条 on its website
  // are no sum, as they are no comparison.)
  for (const fact of sameMeasureAsLast(remembered))
    if (sameItemUnit(fact.unit, latest.unit)) byPlace.set(`${fact.agency}|${fact.year}`, fact);
  const facts = [...byPlace.values()];
  if (facts.length < 2) return undefined;
  const total = facts.reduce((sum, fact) => sum + fact.value, 0);
  const mean = Math.round((total / facts.length) * 10) / 10;
  const years = new Set(facts.map((fact) => fact.year));
  const parts = facts.map((fact) => `${fact.agency}${fact.year}年${formatNumber(fact.value)}${fact.unit}`);
  const note = years.size > 1 ? `（注意：年份不同：${joinList([...years].map((year) => `${year}年`))}）` : '';
  return {
    kind: 'figure',
    answer: `${figureCellName(latest.key)}平均每家${formatNumber(mean)}${latest.unit}：（${parts.join(' + ')}）÷ ${facts.length} = ${formatNumber(mean)}${latest.unit}${Number.isInteger(total / facts.length) ? '' : '（四舍五入到一位小数）'}。${note}`,
    facts: [...facts, { ...latest, agency: joinList(facts.map((fact) => fact.agency)), value: mean }],
  };
}

/**
 * 这两个加起来 after two figures of one agency and year in one unit (中卫日报51条, then 网站16条):
 * the two summed, each with the sentence it was read from. Undefined unless the last two are such a pair.
 */
/**
 * 这三个加起来 after three parts asked one by one of one report's sentence (部门动态30件, 预决算公开3件, 公示公告4件): their sum,
 * as two parts are summed. Never when one of them is the sentence's total or a breakdown (其中) lies between two of them, and
 * never two equal values (the same part asked twice cannot be told from two parts of one count).
 */
function sumOfParts(last: readonly Fact[], count: number): Answer | undefined {
  if (last.length !== count || count < 3) return undefined;
  const [first] = last;
  const values = last.map((fact) => fact.value);
  if (!first.sentence || new Set(values).size !== count) return undefined;
  if (
    !last.every(
      (fact) => fact.sentence === first.sentence && fact.agency === first.agency && fact.year === first.year && fact.unit === first.unit,
    )
  )
    return undefined;
  if (statesTotalOf(first.sentence, values)) return undefined;
  for (const a of values) for (const b of values) if (a !== b && breakdownBetween(first.sentence, a, b)) return undefined;
  const total = values.reduce((sum, value) => sum + value, 0);
  const latest = last[last.length - 1];
  return {
    kind: 'figure',
    answer: `${first.agency}${first.year}年：${count}项合计${formatNumber(total)}${first.unit}（${values.map((value) => `${formatNumber(value)}${first.unit}`).join(' + ')}）。`,
    facts: [...last, { ...latest, value: total }],
  };
}

/**
 * 加起来多少 (no count said) after three parts or more asked one by one of one report's sentence (网站358条, 那公众号呢 508条,
 * 微博呢 311条): all the parts of that run, as 这三个加起来 sums them, never only the last two.
 */
function sumOfRun(remembered: readonly Fact[]): Answer | undefined {
  const latest = remembered[remembered.length - 1];
  if (!latest?.sentence) return undefined;
  let start = remembered.length - 1;
  while (start > 0 && sameSentence(remembered[start - 1], latest) && remembered[start - 1].unit === latest.unit) start -= 1;
  const run = remembered.slice(start);
  return run.length >= 3 ? sumOfParts(run, run.length) : undefined;
}

function sumOfTwoParts(remembered: readonly Fact[]): Answer | undefined {
  if (remembered.length < 2) return undefined;
  const [first, second] = remembered.slice(-2);
  const samePlace = first.agency === second.agency && first.year === second.year && first.unit === second.unit;
  // (Two cells of table 三 asked one by one, 予以公开 then 部分公开, add up when they count disjoint applications.)
  const cells = samePlace && !first.sentence && !second.sentence && tableRowsAdd(first, second);
  if (!cells && (!samePlace || !first.sentence || !second.sentence || first.value === second.value)) return undefined;
  if (cells || !first.sentence || !second.sentence) return twoPartsAdded(first, second);
  // Two parts of one sentence (网站16条，日报51条): a total and its part (67条, of which 日报51条) are never added. Two channels'
  // counts printed in sentences of their own (通过微博“文旅深圳”发布信息358篇；通过微信公众号“文旅深圳”发布信息1211篇) are two parts too.
  if (first.sentence !== second.sentence && !twoChannelsCounted(first, second) && !twoItemsOfAList(first, second)) return undefined;
  if (statesTotalOf(first.sentence, [first.value, second.value]) || breakdownBetween(first.sentence, first.value, second.value))
    return undefined;
  return twoPartsAdded(first, second);
}

/** Two parts of one agency's year added: 两项合计N（a + b）. */
function twoPartsAdded(first: Fact, second: Fact): Answer {
  const total = first.value + second.value;
  return {
    kind: 'figure',
    answer: `${first.agency}${first.year}年：两项合计${formatNumber(total)}${first.unit}（${formatNumber(first.value)}${first.unit} + ${formatNumber(second.value)}${second.unit}）。`,
    facts: [first, second, { ...second, value: total }],
  };
}

/** A sentence that is one item of a list split at semicolons (重大建设项目79条;): a name, its count, the mark. */
const LIST_ITEM_SENTENCE = /^[^\d，,。；;：:]{2,24}?\d+(?:\.\d+)?[条件篇个项次][；;]$/;
/** Words of a total or a whole (共, 合计, 其中 …): an item holding one is no part of a list. */
const WHOLE_WORDS = /其中|共|合计|累计|总|全年|全部|主动公开/;

/**
 * Whether two figures of one agency and year are two items of a semicolon list, each its own sentence that names only
 * itself (重大建设项目79条; 优化营商环境40条;): two parts that add up, neither a total of the other.
 */
function twoItemsOfAList(first: Fact, second: Fact): boolean {
  return [first, second].every((fact) => {
    const sentence = toSimplified(fact.sentence ?? '').replace(/\s+/g, '');
    return LIST_ITEM_SENTENCE.test(sentence) && !WHOLE_WORDS.test(sentence);
  });
}

/** One channel's family each (微信 and 公众号 are one; 微博 another), for twoChannelsCounted. */
const CHANNEL_FAMILY_OF: ReadonlyArray<readonly [string, RegExp]> = [
  ['微信', /微信|公众号|服务号|订阅号/],
  ['微博', /微博/],
  ['网站', /网站|政府网|官网|门户/],
  ['抖音', /抖音/],
  ['快手', /快手/],
  ['头条', /头条/],
  ['视频号', /视频号/],
  ['日报', /日报|报纸|报刊/],
  ['公开栏', /公开栏|宣传栏|公示栏/],
  ['工作群', /工作群/],
];

/**
 * Whether two figures of one agency and year, read from two sentences, count two different channels, each the one channel its
 * own lead names (微博“文旅深圳”…358篇 and 微信公众号“文旅深圳”…1211篇), and neither sentence prints the other's count: two parts
 * that add up, never a total and its part.
 */
function twoChannelsCounted(first: Fact, second: Fact): boolean {
  const family = (fact: Fact) => {
    // The clause that leads to the figure, from the mark before it (2025年,|通过微博“文旅深圳”发布信息|358篇).
    const sentence = (fact.sentence ?? '').replace(/\s+/g, '');
    const at = sentence.search(new RegExp(`(?<![\\d.])${fact.value}(?![\\d])`));
    const clause =
      at < 0
        ? ''
        : (sentence
            .slice(0, at)
            .split(/[，,；;。：:]/)
            .pop() ?? '');
    const named = CHANNEL_FAMILY_OF.filter(([, words]) => words.test(clause)).map(([name]) => name);
    // 微博、微信公众号发布信息816条: two channels counted together are one part too, unless the clause reads as a total of
    // channels (通过网站、公众号等平台共公开500条).
    if (named.length > 1 && /等|共|累计|合计|总/.test(clause)) return [];
    return named;
  };
  const [a, b] = [family(first), family(second)];
  const printsOther = (fact: Fact, other: Fact) =>
    new RegExp(`(?<![\\d.])${other.value}(?![\\d])`).test((fact.sentence ?? '').replace(/\s+/g, ''));
  return a.length > 0 && b.length > 0 && !a.some((name) => b.includes(name)) && !printsOther(first, second) && !printsOther(second, first);
}

/**
 * 政府网站和智慧西工哪个发得多: the verdict under the two figures, one per thing as named; no
 * verdict when their units differ (a count of posts against a count of followers).
 */
function withWhichOfTwo(answer: Answer, things: readonly [string, string], operation: 'more' | 'fewer', yesNo = false): Answer {
  const [a, b] = answer.facts;
  if (!a || !b || a.unit !== b.unit) return answer;
  // 甲比乙多吗: the yes or no first (是 when the first thing is the one asked more or fewer), then the weighing.
  const firstWins = operation === 'more' ? a.value > b.value : a.value < b.value;
  const said = yesNo ? (firstWins ? '是。' : '不是。') : '';
  if (a.value === b.value) return { ...answer, answer: `${answer.answer}\n${said}两者一样多，都是${formatNumber(a.value)}${a.unit}。` };
  const [winner, loser] = firstWins ? [things[0], things[1]] : [things[1], things[0]];
  const [high, low] = a.value > b.value ? [a, b] : [b, a];
  const verdict = `${winner}${operation === 'more' ? '更多' : '更少'}（${formatNumber(high.value)}${high.unit}对${formatNumber(low.value)}${low.unit}），比${loser}${operation === 'more' ? '多' : '少'}${formatNumber(high.value - low.value)}${a.unit}。`;
  return { ...answer, answer: `${answer.answer}\n${said}${verdict}` };
}

/** The counts a sentence states (years left out: 2024年 is no count). */
function countsIn(sentence: string): number[] {
  return [...sentence.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)(?![\d.]|\s*年)/g)].map((match) => Number(match[1]));
}

/** Whether one of the values is the sentence's total: the sum of its other counts (22条 = 5条 + 17条). */
function statesTotalOf(sentence: string, values: readonly number[]): boolean {
  const counts = countsIn(sentence);
  const all = counts.reduce((sum, count) => sum + count, 0);
  return values.some((value) => counts.includes(value) && Math.abs(all - value - value) < 1e-9);
}

/** One side of the applicants' group 法人或其他组织 asked alone (其他组织申请了几件, 法人单位申请多少). */
const APPLICANT_PART_ASKED = /(?<!或|和|及|、)其他组织|法人(?!或|和|及|、)|企业|公司/;
/** The applicants' group 法人或其他组织 counted together, which holds the companies (企业申请的 against 法人或其他组织申请6件). */
const APPLICANT_GROUP_STATED = /法人(?:或|和|及|、)其他组织/;

/**
 * 其他组织申请了几件 answered from a sentence that counts 法人或其他组织 together (法人或其他组织提出申请16件): the figure is the
 * group's, which the answer says, and that the report gives no count of the side asked alone.
 */
function withApplicantGroupNoted(answer: Answer, question: string): Answer {
  if (answer.facts.length === 0 || answer.facts[0].key !== 'sentence') return answer;
  const first = answer.answer.split('\n')[0];
  const group = /法人(?:或|和|及|、)其他组织/.exec(first)?.[0];
  const part = APPLICANT_PART_ASKED.exec(question)?.[0];
  // Only the group's own count (法人或其他组织提出申请16件), not a part printed after it (…16件，其中其他组织3件).
  const value = String(answer.facts[0].value);
  if (!group || !part || !new RegExp(`${group}[^\\d，。；,;]{0,10}${value.replace('.', '\\.')}(?![\\d.])`).test(first)) return answer;
  // (Nor when the sentence counts the side asked on its own too: 其中其他组织申请2件.)
  const sentence = toSimplified(answer.facts[0].sentence ?? first);
  if (sentence.replaceAll(group, '').includes(part)) return answer;
  const note = `（注意：这是“${group}”合起来的数字，报告没有单列“${part}”的件数。）`;
  const [head, ...rest] = answer.answer.split('\n');
  return { ...answer, answer: [`${head}${note}`, ...rest].join('\n') };
}

/** A clause from the mark that opens it (通过微博、微信、抖音…1.42万条, not 抖音、…1.42万条 cut at a 、). */
function wholeClause(sentence: string, clause: string): string {
  const at = sentence.indexOf(clause);
  if (at < 0) return clause;
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
  return sentence.slice(start, at + clause.length);
}

/** Whether a breakdown word (其中, 含, 包括) stands between the two values: the first is a total, the second its part. */
function breakdownBetween(sentence: string, first: number, second: number): boolean {
  const at = (value: number) => sentence.search(new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])`));
  const [from, to] = [at(first), at(second)].sort((a, b) => a - b);
  return from >= 0 && /其中|含|包括|分别/.test(sentence.slice(from, to));
}

/** 西工区和海原县主动公开加起来多少: the named agencies' figures summed, not compared. */
function asksForSum(text: string): boolean {
  return /加起来|加一起|加一块|加在一起|合起来|一共|总共|合计|总和|共计/.test(text);
}

/** The sum of the named agencies' figures as a verdict, with the fact that states it (for the number guard). */
function sumOfNamed(
  known: ReadonlyArray<{ agency: string; value: number; unit: string }>,
  facts: readonly Fact[],
): { verdict: string; fact: Fact } | undefined {
  const first = facts.find((fact) => fact.agency === known[0].agency);
  // 收到2件 and 收到1项依申请公开事项 count the same thing in two measure words: a count of items adds up whatever its word.
  const counted = (unit: string) => /^[件项条篇个]$/.test(unit);
  if (!first || known.some((item) => item.unit !== known[0].unit && !(counted(item.unit) && counted(known[0].unit)))) return undefined;
  const total = known.reduce((sum, item) => sum + item.value, 0);
  const parts = known.map((item) => `${formatNumber(item.value)}${item.unit}`).join(' + ');
  return {
    verdict: `${joinList(known.map((item) => item.agency))}合计${formatNumber(total)}${known[0].unit}（${parts}）。`,
    fact: { ...first, agency: joinList(known.map((item) => item.agency)), value: total },
  };
}

/** Words that ask of two agencies together or against each other (谁多, 哪个, 分别, 两家). */
const PLACES_COMPARED = /谁|哪个|哪家|哪一个|分别|各自|两个|两家|两者|对比|相比|比较|一共|加起来|合计/;

/** Words that join a second agency to the first (和, 与, 比, 还是). */
const PLACE_JOINED = /和|与|跟|及|、|同|比|还是|或|以及|，|,/;

/** What may come before a place that names the agency asked: a lead word, a year (那, 请问, 2025年的). */
const UNSTORED_PLACE_LEAD =
  /^(?:那么?|请问一?下?|我想(?:问|了解|知道|查)一?下?|你好|您好|问一?下|查一?下|帮我查一?下)?[，,\s]*(?:(?:19|20)?\d{2}年度?的?)?/;

/** A place's name as written with its level (庐山市, 海原县, 广东省), not its short form (庐山, which may be a mountain). */
const WRITTEN_LEVEL_END = /(?:省|自治区|市|县|区|旗|州|盟)$/;

/**
 * Words after a place that ask among its agencies (哪个局, 有哪些单位的年报, 各部门, 所有, 里, 的几个), not of the place's own
 * report: right after it, or anywhere in what follows for the words that ask which (哪, 各, 几家).
 */
const PLACE_SCOPE_AFTER = /^(?:的)?(?:里|中|内|境内|辖区|下属|下面)|哪|各(?![项类种])|所有|全部|几个|几家|这些|那些|都有/;

/** A region, then a township, 苏木 or 街道 of it (漠河市北极镇, 余杭区仓前街道). */
const REGION_TOWNSHIP = /([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|区|县|旗|州|盟))([\u4e00-\u9fa5]{2,4}?(?:镇|乡|苏木|街道))/;

/** The end of a kind of agency (科技局, 发展和改革委员会, 政府办公室). */
const KIND_END = /局|委员会|委(?![员托屈婉实])|办公室|厅/g;

/**
 * A city or county written without its level (固原, 银川, 石嘴山) right before a kind of agency
 * (科技局), as the question writes it; undefined when none, when the kind asks among agencies
 * (固原哪个局) or when the place is a province (宁夏科技厅 is the department's own rule).
 */
function unleveledPlaceAgency(text: string): string | undefined {
  for (const kindEnd of text.matchAll(KIND_END)) {
    const end = (kindEnd.index ?? 0) + kindEnd[0].length;
    // The kind is two to eight characters, ending there; the place ends where it starts.
    for (let start = end - 2; start >= Math.max(1, end - 8); start -= 1) {
      const kind = text.slice(start, end);
      // 自然|资源|与生态环境局: a kind never starts with a word that joins two (与, 和, 及): 资源 there is no county (资源县).
      if (!/^\p{Script=Han}+$/u.test(kind) || /^(?:的|各|哪|所有|全部|这|那|本|该|与|和|及|或|暨|同)/.test(kind)) continue;
      const place = placeEnding(text.slice(0, start));
      const written = place?.place.written ?? '';
      // 洛阳的科技局里谁最多: a place, 的, then a kind (or the kind, then 里/中/们) asks among the place's agencies.
      if (!place || place.start + written.length !== start || /^(?:里|中|当中|之中|们|都)/.test(text.slice(end))) continue;
      if (place.place.level === 'province' || /(?:省|自治区|市|区|县|旗|州|盟)$/.test(written)) continue;
      return `${text.slice(place.start, start)}${kind}`;
    }
  }
  return undefined;
}

/** 海原卫健委: a place of the divisions written without its level, then a kind, naming no stored agency. */
function unleveledStranger(text: string): string | undefined {
  const stranger = unknownAgencyNamed(text);
  return stranger?.how === 'unleveled' && placeStarting(stranger.name) ? stranger.name : undefined;
}

/** A government by its level alone that passed items on (区政府交办的, 市政府转来的件): where they came from, no agency. */
const GOVERNMENT_PASSED_ON = /[省市区县](?:人民)?政府[^，。？?\d]{0,2}?(?:交办|转办|转来|转交|批转|交来|督办|移交|交由)/;
/** The same, every one of a message (for replace, which starts each from the beginning: no state kept between uses). */
const GOVERNMENTS_PASSED_ON = new RegExp(GOVERNMENT_PASSED_ON.source, 'g');

/**
 * A name in the question that looks like an agency's and names none stored (武汉公安局, 宁夏科技厅,
 * 固原科技局, 漠河市北极镇), for a question in which the index found no agency; undefined for a
 * question among agencies (哪个县的科技局, 中卫市各科技局, 各街道).
 */
function unknownAgencyNamed(text: string): { name: string; how: 'named' | 'township' | 'unleveled' } | undefined {
  // 紫金港小学, 临泉县第三中学: a school or hospital by its own name or an ordinal after its place, none stored.
  const unit = unknownUnitNamed(text);
  if (unit) return { name: unit, how: 'named' };
  // 中卫市科协, 海原县科技馆: a place's association or museum, no agency of a kind, none stored.
  const body = /协|联|学会|研究会|馆/.test(text) ? OTHER_BODY_NAMED.exec(text) : null;
  // 向县档案馆移交了多少件, 报送市档案馆的文件: where the agency asked about sent something (a level alone after 向, or an act
  // before it), no body asked of.
  const sentTo = body && (ACT_BEFORE_LEVEL.test(body[1]) || /^(?:向|对|给|到|往|交|送)[省市区县]$/.test(body[1]));
  if (body && !sentTo && placeEnding(text.slice(0, (body.index ?? 0) + body[1].length))) return { name: body[1] + body[2], how: 'named' };
  // 济南外事办, 那某县侨办呢: a place, then an office by its common short name, none stored.
  const office = /办/.test(text) ? officeNamedAfterPlace(text) : undefined;
  if (office) return { name: office, how: 'named' };
  let named = AGENCY_LIKE.exec(text) ?? PROVINCIAL_DEPARTMENT.exec(text);
  // 通过区政府网呢, 在市政府网站上: a government named by its level alone as the site something is published on, no agency.
  if (named && LEVEL_ONLY_GOVERNMENT_CHANNEL.test(named[0] + text.slice((named.index ?? 0) + named[0].length))) return undefined;
  // 其中在县政府网站发了几条 / 另外通过市政府网站呢: words before the 在 or 通过 (其中, 另外) leave the level alone the site's.
  if (named) {
    const level = (named.index ?? 0) + named[0].indexOf(named[1]) + named[1].length - 1;
    const said = /(?:通过|经过|经|在|由|到|从|用|于|上)$/.exec(text.slice(0, level));
    if (said && /^[省市区县]$/.test(text[level]) && LEVEL_ONLY_GOVERNMENT_CHANNEL.test(text.slice(said.index))) return undefined;
  }
  // 向区政府提出的呢 (after 北碚区收到多少申请): a government by its level alone after 向, 对 or 给 is where applications went, a
  // part of the agency asked before, never another agency.
  if (named && /^(?:向|对|给|朝)[省市区县](?:人民)?政府/.test(named[1] + named[2])) return undefined;
  // 那区政府交办的信息公开件几件 (after 蜀山街道收到多少申请): a government by its level alone that passed items on is where they
  // came from, a part of the agency asked before, never another agency.
  if (named && /^(?:那么?)?[省市区县](?:人民)?政府/.test(named[1] + named[2]) && GOVERNMENT_PASSED_ON.test(text)) return undefined;
  // 向县档案馆移交了多少件: a body by its level alone after 向 (or 到, 往) is where the agency asked about sent something.
  if (named && /^(?:向|对|给|朝|到|往)[省市区县]$/.test(named[1])) return undefined;
  // 那省政府规章呢 (after 吉林省政府办公厅…): the 那 of a follow-up, then a level alone, names no place; the level's government
  // qualifies what is asked (省政府规章), of the agency talked about.
  if (named && /^那么?[省市区县]$/.test(named[1])) return undefined;
  if (named && /\d$/.test(text.slice(0, named.index)) && named[1].startsWith('年')) {
    // 2024年古蔺县人民政府: the year's 年 starts no place's name.
    named[1] = named[1].slice(1);
    if (named[1].length < 2) named = null;
  }
  // 2024年公开发布市政府和市政府办公室文件: the question's own words before a level (公开发布|市政府) name no place.
  // (宣布废止市政府公文几件, 清理县政府文件多少件: an act done to the government's documents, before the level, names no place.)
  if (named && (/公开|发布|通过|收到|办理|印发|制定|出台|下发|转发/.test(named[1]) || ACT_BEFORE_LEVEL.test(named[1]))) named = null;
  // 阿里地区|主动公开行署及行署办公室(文件): the question's verb after the place, or 及 joining two bodies (the documents of both),
  // starts or splits no agency's kind; the place alone is the agency asked.
  if (named && /^(?:主动|依申请)?(?:公开|发布|收到|办理|印发|制定|出台|下发|转发)|及/.test(named[2])) named = null;
  if (named) {
    // 哪个县的科技局, 2024年哪个区政府: a question among agencies, wherever its 哪个 stands in the match.
    const generic =
      /^(各|哪个|哪些|哪家|所有|全部|这些|本|贵|你们|该|我们|这个|那个|全)/.test(named[1]) ||
      /哪|各个|所有|全部|各(?:县|区|市|乡|镇|街|省)/.test(named[1]) ||
      // 广东省哪个科技局, 中卫市各科技局, 广元市的几个局: a place, then a question among its agencies.
      /哪|^[省市区县州]?的?(?:各|所有|全部|(?:这)?几(?:个|家))/.test(named[2]);
    // 那兰州市国土资源局的电话呢: the 那 of a follow-up before a known place starts no name (那曲市 is a place of its own).
    const place =
      /^那么?/.test(named[1]) && !placeStarting(named[1]) && placeStarting(named[1].replace(/^那么?/, ''))
        ? named[1].replace(/^那么?/, '')
        : named[1];
    return generic ? undefined : { name: `${place}${named[2]}`, how: 'named' };
  }
  // 宣城高新区, 那芜湖经开区呢: a city's development zone by its short name, none stored (a stored one is found before).
  const zone = /高新区|开发区|经开区/.test(text) ? ZONE_NAMED.exec(text) : null;
  if (zone && placeEnding(zone[1])?.start === 0) return { name: `${zone[1]}${zone[2]}`, how: 'named' };
  // 漠河市北极镇: a township or 街道 of a region, none of whose stored agencies is of it.
  const township = REGION_TOWNSHIP.exec(text);
  // 建平县有几个乡镇: a question word (有几个, 多少) before the township's word is no township's name.
  if (township && !/^(?:各|哪|所有|全部|这|那|本|该|每|有)/.test(township[2]) && !/几|多少/.test(township[2]))
    return { name: `${township[1]}${township[2]}`, how: 'township' };
  // 固原科技局, 银川教育局: a city or county named without its level, then a kind, when no stored agency is named.
  const unleveled = unleveledPlaceAgency(text);
  return unleveled ? { name: unleveled, how: 'unleveled' } : undefined;
}

/**
 * An agency none stored named by a place of its own (那兰州市国土资源局的电话呢), not by a level alone (那市教育局电话呢 is the
 * remembered agency's own city's).
 */
function strangerNamedByPlace(text: string): boolean {
  const stranger = unknownAgencyNamed(text)?.name;
  return stranger !== undefined && !/^(?:那么?)?[省市区县州旗盟]/.test(stranger);
}

/** A known place, then an office by its common short name (济南|外事办, 某县|侨办): the two as written. */
function officeNamedAfterPlace(text: string): string | undefined {
  for (let at = text.indexOf('办'); at >= 0; at = text.indexOf('办', at + 1)) {
    for (let start = Math.max(0, at - 6); start < at; start += 1) {
      const office = OFFICE_NAMED_AFTER.exec(text.slice(start));
      if (!office || start + office[0].length !== at + 1) continue;
      const place = placeEnding(text.slice(0, start));
      if (place) return text.slice(place.start, at + 1);
    }
  }
  return undefined;
}

/** A city's development zone by the city's name and the zone's short kind, at the question's start (宣城高新区, 那芜湖经开区). */
const ZONE_NAMED =
  /^(?:那么?|请问|我想问一?下)?(\p{Script=Han}{2,4}?)(高新区|经开区|高新技术产业开发区|经济技术开发区|经济开发区|开发区)(?:管委会|管理委员会)?/u;

/** An act done to documents or records (废止, 移交, 报送), before a level and a kind: the words of a question, no place's name. */
const ACT_BEFORE_LEVEL = /废止|废除|宣布|移交|报送|清理|撤销|修订|修改|上报|提交|递交|归档/;

/** A place, then a body that is no agency of a kind (中卫市|科协, 海原县|科技馆, 沙坡头区|科学技术协会). */
const OTHER_BODY_NAMED =
  /([\u4e00-\u9fa5]{1,8}?(?:省|自治区|市|区|县|旗|州|盟))((?:科学技术|科技)?(?:协会|科协|文联|社科联|工商联|联合会|学会|研究会)|[\u4e00-\u9fa5]{1,4}?馆)/;

/** A government by its level alone (区政府, 市人民政府), after a word saying where (通过, 在), as a website or platform. */
const LEVEL_ONLY_GOVERNMENT_CHANNEL =
  /^(?:通过|经过|经|在|由|到|从|向|用|于|上)?[省市区县](?:人民)?政府(?:门户)?(?:网站|网|官网|公报|信息公开平台|公开平台)/;

/** A provincial department named without 省 (宁夏科技厅, 河南教育厅): an agency we may not hold, not a typo of ours. */
const PROVINCIAL_DEPARTMENT = /([\u4e00-\u9fa5]{2,3}?)([\u4e00-\u9fa5]{1,6}?(?<!大)厅)/;

/**
 * An agency named by a place of two or more characters and a kind (鹤山市公安局, 祥符区教育局), not a question among
 * agencies (哪个县的科技局, 各区政府) nor one's own (我们县政府, 向县政府申请): the name, else undefined.
 */
export function unknownPlacedAgency(text: string): string | undefined {
  const unit = unknownUnitNamed(text);
  if (unit) return unit;
  const found = AGENCY_LIKE.exec(text);
  if (!found) return undefined;
  // 兰州|市中心医院: a place ending in 州 before its own level (兰州市) is read whole, and 中心 before 医院 is the hospital's.
  const named = [...found];
  if (/州$/.test(named[1]) && /^[市县区]\p{Script=Han}/u.test(named[2])) [named[1], named[2]] = [named[1] + named[2][0], named[2].slice(1)];
  if (/中心$/.test(named[2]) && text.startsWith('医院', found.index + found[0].length)) named[2] += '医院';
  const place = named[1].replace(/^(?:请问|我想问|想问一下|想知道|你好|您好)/, '');
  if (
    /^(?:各|哪|所有|全部|这|那个|那边|本(?:市|县|区|省|地|单位|机关|镇|乡)|贵(?:单位|局|机关|方|委)|你们?|该|我们?|咱们?|全(?:市|县|区|省|国)|向(?!阳)|到|去|找|对|给|在|跟|问|与)/.test(
      place,
    )
  )
    return undefined;
  if (/哪|各个|所有|全部|各(?:县|区|市|乡|镇|街|省)/.test(place) || /哪|^[省市区县州]?的?(?:各|所有|全部)/.test(named[2])) return undefined;
  if (place.replace(/(?:省|自治区|市|区|县|旗|州|盟)$/, '').length < 2) return undefined;
  return `${place}${named[2]}`;
}

/**
 * A school or hospital asked about when no stored agency is named: by a name of its own at the question's start
 * (紫金港小学信息公开电话) or by an ordinal after its place (临泉县第三中学), else undefined.
 */
function unknownUnitNamed(text: string): string | undefined {
  const own = OWN_UNIT_ASKED.exec(text);
  if (own && OWN_NAMED_UNIT.test(own[1])) return own[1];
  const unit =
    /^(?:请问|我想问|你好|您好|喂)?\s*(\p{Script=Han}{2,6}?(?:省|市|区|县))(第[一二三四五六七八九十\d]{1,3}(?:中学|小学|人民医院|医院))/u.exec(
      text,
    );
  return unit ? unit[1] + unit[2] : undefined;
}

/** A zone's kind in a form a stored name may not use (高新技术开发区 for 高新区, 经开区 for 开发区). */
const ZONE_OTHER_FORM = /高新技术(?:产业)?开发区|新技术(?:产业)?开发区|经济技术开发区|经济开发区|经开区/;
/** Two or three characters at the question's start before what is asked of a body's disclosure (武大信息公开办电话). */
/** The universities among `agencies` by their short forms: a two-character stem and 大 (武大); a four-character stem's first and third characters, with 大 or without (上电, 上电大). */
function collegesByShortForm(agencies: readonly AgencyRecord[]): Map<string, AgencyRecord[]> {
  const byForm = new Map<string, AgencyRecord[]>();
  for (const agency of agencies) {
    const stem = /^(\p{Script=Han}{2}|\p{Script=Han}{4})大学$/u.exec(agency.name)?.[1];
    if (!stem) continue;
    const forms = stem.length === 2 ? [`${stem[0]}大`] : [`${stem[0]}${stem[2]}`, `${stem[0]}${stem[2]}大`];
    for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), agency]);
  }
  return byForm;
}

const COLLEGE_SHORT_ASKED =
  /^(?:那么?|请问|我想问一?下)?(\p{Script=Han}{2,3}?)(?=的?(?:信息公开|政府信息|电话|地址|邮编|邮箱|传真|网址|在哪|几点|办公|受理|年报))/u;
/** The other forms of a zone's kind, shortest first (经开区 → 开发区; 高新技术开发区 → 高新区). */
const ZONE_FORMS_OF = (written: string): readonly string[] =>
  written.includes('新技术')
    ? ['高新区', '高新技术产业开发区']
    : written === '经开区'
      ? ['开发区', '经济开发区', '经济技术开发区']
      : ['经开区', '开发区'];

/** 第五 right before a kind (东营市|第五|人民医院): dropped to find the place before it. */
const ORDINAL_BEFORE_KIND = (kind: string) => new RegExp(`第?[一二三四五六七八九十\\d]{1,3}${escapeRegExp(kind)}`);
/**
 * A college or university named at the start of a question about its contacts or disclosure (长江师范学院信息公开电话), a year
 * or 的 between them or not (中山大学2024年收到多少件信息公开申请).
 */
const COLLEGE_ASKED =
  /^(?:请问|我想问|你好|您好)?(\p{Script=Han}{2,12}?(?:大学|学院|职院))(?=(?:(?:\d{2,4}|[零〇一二三四五六七八九]{2,4})年度?)?的?(?:信息公开|政府信息|电话|地址|邮编|邮箱|传真|网址|在哪|几点|怎么|如何|办公|收到|受理|公开|主动|依申请|申请|年报|年度报告))/u;
/** A school or hospital named at the start of a question about its contacts or disclosure (紫金港小学信息公开电话). */
const OWN_UNIT_ASKED =
  /^(?:请问|我想问|你好|您好|喂)?\s*(\p{Script=Han}{2,6}?(?:中学|小学|学校|幼儿园|医院))(?=的?(?:信息公开|政府信息|电话|地址|邮编|邮箱|传真|网址|在哪|几点|怎么|如何|办公))/u;
/** A unit of a town or a street named with it (苏巷镇派出所, 仁里镇卫生院, 南吕镇中心小学): another body. */
const TOWN_UNIT_ASKED = new RegExp(`((?:\\p{Script=Han}{2,8}?(?:镇|乡|街道))(?:${UNIT_WORDS}))`, 'u');
/**
 * A station or a street named by its own place at the question's start, about its contacts or disclosure (长兴岛派出所电话,
 * 鱼梁洲开发区派出所在哪, 灵隐街道信息公开传真): with no stored agency found in it, another body than any stored.
 */
const STATION_ASKED =
  /^(?:请问|我想问|你好|您好|喂)?\s*(\p{Script=Han}{2,8}?(?:派出所|卫生院|司法所|财政所|供电所|税务所|市场监管所|街道办事处|街道办|街道))(?=的?(?:信息公开|政府信息|电话|地址|邮编|邮箱|传真|网址|在哪|几点|怎么|如何|办公))/u;
/** A school or hospital named after its place: 亳州市第二中学, 亳州三中, 临沂市实验小学, 青松县人民医院. */
const UNIT_NAMED =
  /([\u4e00-\u9fa5]{2,4}?(?:省|市|区|县)?)(第?[一二三四五六七八九十\d]{1,3}(?:中学|中|小学|小)(?![心国学习生期])|[\u4e00-\u9fa5]{2,6}?(?:中学|小学|学校|医院|卫生院|幼儿园)(?![习生期]))/;

/** The place written right before a kind (贵州省|卫生健康委员会, 临沂市|人民医院): two or more characters and a level, else undefined. */
/**
 * A province written by its short name right before a kind (宁夏|卫健委, 广西|市场监管局), with no other place between: the
 * province, its short name as written. (placeBefore reads a place written with its level; a province's short name has none.)
 */
function provinceBefore(text: string, kind: string): (Place & { written: string }) | undefined {
  const at = text.indexOf(kind);
  if (at < 2) return undefined;
  const before = toSimplified(text.slice(0, at));
  const found = placeEnding(before);
  const written = found?.place.written;
  if (!found || !written || found.place.level !== 'province' || found.start + written.length !== before.length) return undefined;
  return { ...found.place, written };
}

function placeBefore(text: string, kind: string): string | undefined {
  const at = text.indexOf(kind);
  if (at < 0) return undefined;
  const found = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|区|县|旗|州|盟))$/.exec(text.slice(Math.max(0, at - 10), at));
  if (!found) return undefined;
  const place = found[1].replace(/^(?:请问|我想问|想问一下|想知道|你好|您好|那个|那|这个)/, '');
  if (
    /^(?:各|哪|所有|全部|这|那个|那边|本(?:市|县|区|省|地|单位|机关|镇|乡)|贵(?:单位|局|机关|方|委)|你们?|该|我们?|咱们?|全(?:市|县|区|省|国)|向(?!阳)|到|去|找|对|给|在|跟|问|与)/.test(
      place,
    )
  )
    return undefined;
  return place.replace(/(?:省|自治区|市|区|县|旗|州|盟)$/, '').length >= 2 ? place : undefined;
}

/** 再说一遍 / 上一个问题再说一下 / 刚才那个: the last question again. */
const REPEAT =
  /^(?:(?:我)?(?:只要|就要|只看|光要|只想要|直接(?:说|给我?)|就说)(?:个)?(?:数字|数据|数)(?:就行|就好|就可以)?(?:了|吧)?|(?:上一?个|刚才那?个?|前一个|之前那?个)(?:问题|答案|回答)?(?:再说一遍|再说一下|再说说|再讲一遍|再来一遍|重复一下|重复一遍|是啥|是什么|呢)?|再说一遍|再讲一遍|再来一遍|重复一遍|重复一下|没看清|没看清楚|(?:我)?(?:没|没有|不|不太|没太)(?:看懂|听懂|看明白|听明白|明白|懂)(?:啊|呀|哦|诶|欸)?(?:[，,]?(?:再说一遍|再说一下|再讲一下|能再说一下吗))?)[。.!！?？]*$/;

/** 你刚才说的那个数是哪年的 / 上面那个数据是哪个单位的: whose and which year the last figure answered was. */
const QUOTED_BACK =
  /^(?:你|您)?(?:刚才|刚刚|上面|前面|之前)(?:说|讲|回答|回复|给)?的?(?:那个|这个|那|这)?(?:数|数字|数据|数值|结果|答案)(?:是|说的是|指的是)?(?:哪一?年|哪个年份|哪个(?:单位|局|部门|机关|地方)|谁家|哪里)的?(?:啊|呀|呢)?[？?。]*$/;

/** 都有哪些类别 / 分哪几类 / 列一下: the kinds a total is broken into. */
const KINDS_LISTED_ASKED = /(?:哪些|哪几|什么|啥)(?:类别?|种类|分类|方面)|分(?:哪|几)(?:些|几)?类|列(?:一下|个清单|出来|举)/;

/** 继续 / 更多: go on with the last long text. */
const CONTINUE = /^(继续|更多|接着说|往下说|后面呢|下一页|还有吗|然后呢)[。.!！?？]*$/;
/**
 * 申请都公开了吗: yes only when every application handled was granted whole (予以公开 = 办结). The
 * handling results carry both figures; the verdict goes before them, year by year.
 */
function withAllGrantedVerdict(answer: Answer, text: string, receivedIn: (year: number) => number | undefined = () => undefined): Answer {
  if (answer.kind !== 'figure' || !ALL_GRANTED_ASKED.test(text)) return answer;
  const verdicts: string[] = [];
  for (const year of [...new Set(answer.facts.map((fact) => fact.year))]) {
    const value = (key: string) => answer.facts.find((fact) => fact.year === year && fact.key === `${key}.total`)?.value;
    const handled = value('handled_total');
    const granted = value('granted');
    if (handled === undefined || granted === undefined) continue;
    const partly = value('partly_granted') ?? 0;
    verdicts.push(
      handled === 0
        ? receivedIn(year) === 0
          ? `${year}年没有收到申请，谈不上公开（收到0件，办结0件）`
          : `${year}年没有办结的申请（办结0件）`
        : granted === handled
          ? `是，${year}年办结的${formatNumber(handled)}件全部予以公开`
          : `没有全部公开：${year}年办结${formatNumber(handled)}件，予以公开${formatNumber(granted)}件${partly > 0 ? `，部分公开${formatNumber(partly)}件` : ''}`,
    );
  }
  return verdicts.length === 0 ? answer : { ...answer, answer: `${verdicts.join('；')}。\n${answer.answer}` };
}

/** 差多少 / 相差几条 / 差了多少呢, as the whole message. */
const GAP_ONLY = /^(?:那)?(?:差|相差|差了|相差了|差距)(?:多少|几)?(?:个人|\p{Script=Han})?(?:呢|啊)?[?？。!！]*$/u;
/** 加起来 / 两个加一起多少 / 合起来呢, alone after figures: the sum of the last two (一共多少 alone is the remembered thing's total). */
const ADD_UP_ONLY =
  /^(?:那)?(?:两个|俩|两家|它们|他们)?(?:加起来|加一起|加一块|加在一起|合起来)(?:一共|总共)?(?:是|有)?(?:多少|几)?(?:个人|\p{Script=Han})?(?:呢|啊|呀)?[?？。!！]*$/u;
/** 涨了多少 / 增加了几个 / 少了多少 / 多了几个人 alone after figures: the gap between them. */
const REMEMBERED_CHANGE =
  /^(?:那)?(?:(?:(?:19|20)?\d{2}年度?)?(?:比|较|跟|和)(?:(?:19|20)?\d{2}年度?|上一?年|去年|前年)(?:相比|比)?)?(?:涨|上涨|增长|增加|提高|提升|上升|多|少|减少|下降|降|降低)了?(?:多少|几)(?:个人|\p{Script=Han})?(?:呢|啊)?[?？。!！]*$/u;
/**
 * The count of a change against the year before a sentence prints right after a figure (52件,与去年相比增加了32件; 比上年减少
 * 3件): its words and value, in the figure's unit.
 */
function countChangeAfterFigure(
  sentence: string,
  value: number,
  unit: string,
  earlierYear?: number,
): { words: string; value: number } | undefined {
  const simple = toSimplified(sentence).replace(/\s+/g, '');
  // 比2023年度增加19件: the year before written out is the year before too; a bracket right after the figure (申请64件(其中,
  // 自然人…60件…)) is its breakdown, and the change printed after it is still the figure's.
  const words = earlierYear ? STATED_CHANGE_WORDS.replace(/上一年度\)/g, `上一年度|${earlierYear}年度?)`) : STATED_CHANGE_WORDS;
  // (收到3起政府信息公开申请,比2023年增加3起: the thing counted, named after the figure, may stand before the change.)
  const after = new RegExp(
    `(?<![\\d.])${value}${unit}(?:[\\p{Script=Han}“”"]{0,14}?)(?:[（(][^（()）]{0,80}[）)])?[,，]?(${words})了?(\\d+)${unit}`,
    'u',
  ).exec(simple);
  return after ? { words: `${after[1]}${after[2]}${unit}`, value: Number(after[2]) } : undefined;
}
/** 与去年相比增加, 比上年减少, 较上一年度增长: a change against the year before, in words. */
const STATED_CHANGE_WORDS =
  '(?:(?:与|和|同)(?:去年|上年|上一年|上年度|上一年度)(?:同期)?相比|(?:比|较)(?:去年|上年|上一年|上年度|上一年度)(?:同期)?)[,，]?(?:增加|增长|减少|下降|多|少)';

/**
 * 与去年相比增加多少件 / 较上一年度增加多少件 / 比2023年增加几起, ending the question: a change asked, its direction and unit.
 * (Said as a citizen says it: 增加了有多少件, 增加多少件呢, or the year after it, 比上年减少几件，2024年的.)
 */
const BARE_CHANGE_ASKED =
  /(?:(?:与|和|跟|同)(?:去年|上一?年度?|前一年|(?:19|20)\d{2}年度?)(?:同期)?相比|(?:比|较)(?:去年|上一?年度?|前一年|(?:19|20)\d{2}年度?)(?:同期)?(?:相比)?)[,，]?(增加|增长|减少|下降|多|少)了?有?(?:多少|几)(件|起|条|个|次|项|篇|人次|人)?(?:[,，]?(?:(?:19|20)\d{2}|\d{2})年度?的?)?(?:呢|啊|呀|吧)*[?？。!！]*$/;
/** Words a citizen says around the agency and the year before a bare change (那个…就是…那个, 请问, 我想问一下). */
const BARE_CHANGE_FILLER = /请问|我想问一?下?|想知道|问一?下|你好|您好|麻烦|那个|这个|就是|嗯|呃|的/g;
/** A count, then its change against the year before in the same unit (3起…,比2023年增加3起; 47件,较上一年度增加42件). */
const COUNT_CHANGE_STATED =
  /(?<![\d.])(\d+)(件|起|条|个|次|项|篇|人次|人)[^，,。；;\d]{0,12}?[,，]?((?:(?:与|和|同)(?:去年|上一?年度?|(?:19|20)\d{2}年度?)(?:同期)?相比|(?:比|较)(?:去年|上一?年度?|(?:19|20)\d{2}年度?)(?:同期)?)[,，]?(增加|增长|减少|下降|多|少)了?)(\d+)(件|起|条|个|次|项|篇|人次|人)/g;

/** 翻倍了吗 / 是几倍 / 多少倍 alone after figures: their ratio. */
const REMEMBERED_RATIO = /^(?:那)?(?:(?:是|有)?(?:几|多少)倍|翻(?:了)?一?[倍番](?:了)?(?:吗|没有?|没)?)(?:呢|啊)?[?？。!！]*$/;
/**
 * The total a sentence's breakdown divides (主动公开信息225条，其中：…部门动态30件): the whole of a figure read from a part of
 * it, printed right before 其中/包括 and in any measure word of items (the parts may be counted in 件 under a total in 条).
 */
function wholeOfBreakdown(part: Fact): Fact | undefined {
  const sentence = part.sentence;
  if (!sentence) return undefined;
  // The sentence's first count of items with a breakdown after it (67条，…具体包括：…部门工作动态51条): the total.
  // (Applications and letters are counted in 封, 宗 and 份 too: 共收到依申请公开件27封，其中，14封申请人主动撤销申请.)
  const total = /(\d+(?:\.\d+)?)\s*([条件项篇封宗份])[^。；;]*?(?:其中|包括|含)[：:]?/.exec(sentence);
  if (!total || !/^[条件项篇封宗份]$/.test(part.unit)) return undefined;
  const value = Number(total[1]);
  const after = sentence.slice(total.index + total[0].length);
  if (value <= part.value || !new RegExp(`(?<![\\d.])${part.value}\\s*${part.unit}`).test(after)) return undefined;
  return { ...part, key: 'breakdown_total', value, unit: total[2] };
}

/**
 * 占比多少 / 占百分之几 / 占全部主动公开的百分之几 / 占多少比例 alone after figures: the share of the last in the whole before it.
 */
const REMEMBERED_SHARE =
  /^(?:那)?(?:它|这个|这|其中)?(?:(\d+)[件条个项次人名家场期篇])?(?:的)?(?:占比|占(?:了)?(?:它|他们|其)?(?:总数|全部|总量|总共|一共|总的|所有|整体)?(?:的)?(?:主动公开的?(?:信息|政府信息)?|公开的?信息|发布的?(?:信息|政府信息)?|(?:收到|受理|新收|收)的?(?:申请|依申请公开)(?:总数|数)?)?(?:的)?(?:多少|百分之几|百分之多少|几成|比例|比重|多少(?:的)?(?:比例|比重))|比例|比重)(?:是)?(?:多少)?(?:呢|啊)?[?？。!！]*$/;
/**
 * 新媒体占了全部发布的多少 after 政务新媒体发布6326条: the share asked with the last figure's own name before 占 (its printed words
 * ending in those characters, two or more), read as 占了全部发布的多少 of that figure. The message as written otherwise.
 */
function shareOfNamedLast(input: string, remembered: readonly Fact[]): string {
  const named = /^(?:那)?(\p{Script=Han}{2,8}?)(?:的)?(?=占)/u.exec(input);
  const last = remembered[remembered.length - 1];
  if (!named || !last?.sentence) return input;
  const rest = input.slice(named[0].length);
  const lead = printedLead(last);
  return REMEMBERED_SHARE.test(rest) && lead.includes(named[1]) ? rest : input;
}
/**
 * 其中政策解读占多少 after 官网主动公开了多少条 (381条, its sentence going on 其中…政策解读79条): the part named, printed after the last
 * figure in that figure's sentence, in its unit, over that figure. Undefined unless the sentence prints that part's count once.
 */
function partOfLastAsked(input: string, remembered: readonly Fact[]): { thing: string; part: Fact; whole: Fact } | undefined {
  const named = /^(?:那)?(?:其中)?(\p{Script=Han}{2,8}?)(?:的)?(?=占)/u.exec(input);
  const whole = remembered[remembered.length - 1];
  if (!named || !whole?.sentence || !REMEMBERED_SHARE.test(input.slice(named[0].length))) return undefined;
  const sentence = whole.sentence.replace(/\s+/g, '');
  const at = sentence.search(new RegExp(`(?<![\\d.])${String(whole.value).replace('.', '\\.')}${escapeRegExp(whole.unit)}`, 'u'));
  if (at < 0) return undefined;
  const printed = [
    ...sentence
      .slice(at)
      .matchAll(new RegExp(`${escapeRegExp(named[1])}[^，,；;。、\\d]{0,6}?(\\d+(?:\\.\\d+)?)${escapeRegExp(whole.unit)}`, 'gu')),
  ];
  if (printed.length !== 1 || !(Number(printed[0][1]) < whole.value)) return undefined;
  return { thing: named[1], part: { ...whole, key: 'sentence', value: Number(printed[0][1]) }, whole };
}
/**
 * 占它收到申请的比例 after 予以公开23件: the applications received that the part's own sentence counts before it (共收到…申请56件,
 * 予以公开23件), not the last larger figure remembered (无法提供28件 of a comparison before). Undefined unless the whole asked is
 * the applications received and the sentence prints one such count, larger than the part.
 */
function applicationsWholeNamed(input: string, part: Fact): Fact | undefined {
  if (!/占(?:了)?(?:它|他们|其)?(?:收到|受理|新收|收)的?(?:申请|依申请公开)/.test(input) || !part.sentence) return undefined;
  const sentence = part.sentence.replace(/\s+/g, '');
  const at = sentence.search(new RegExp(`(?<![\\d.])${String(part.value).replace('.', '\\.')}${escapeRegExp(part.unit)}`, 'u'));
  if (at < 0) return undefined;
  const counts = [
    ...sentence.slice(0, at).matchAll(new RegExp(`(?:收到|受理|新收)[^，,；;。\\d]{0,16}?(\\d+)${escapeRegExp(part.unit)}`, 'gu')),
  ];
  if (counts.length !== 1 || !(Number(counts[0][1]) > part.value)) return undefined;
  return { ...part, key: 'sentence', value: Number(counts[0][1]) };
}
/** 几件 / 有多少 / 是几个 at the end of a follow-up: only a count asked of what comes before. */
const COUNT_TAIL = /(?:有|是)?(?:多少|几)[件条个项次人名家场期篇]?$/;
/** 企业申请的有吗 / 科研机构的有没有 (的 and 吗 already dropped): whether any were counted in a column, asked as a count is. */
const HAVE_TAIL = /有(?:没有?|么)?$/;
/** 维持了吗 / 纠正了没有 / 审结了没 (吗 already dropped) after a review's count: whether any were, asked of a column as 有吗 is. */
const DONE_TAIL = /(?<=\p{Script=Han}{2})(?:了|过)(?:没有?|么)?$/u;
/** 微博的粉丝跟发的条数呢: an optional owner before 的, then two things joined by 跟/和/与, then 呢. */
/** A passive ending the second thing of a joined follow-up (行政诉讼被纠正的, 复议被驳回了), two characters or more before it. */
const JOINED_PASSIVE_TAIL = /(?<=\p{Script=Han}{2})被\p{Script=Han}{1,4}?(?:了|过)?的?$/u;
const JOINED_FOLLOW_UP = /^(?:那|那么)?(?:([\p{Script=Han}]{2,6})的)?([\p{Script=Han}]{2,8}?)(?:跟|和|与)([\p{Script=Han}]{2,8}?)呢$/u;
/** 哦 是25年, 噢，应该是2020年的, 是二〇二〇年: a year alone said as what the last question meant, the year in group 1. */
const YEAR_SAID_AS_CORRECTION =
  /^(?:[哦噢喔嗯啊额呃]+[，,。\s]*)?(?:是|应该是|我说的是|我问的是|我要的是)((?:19|20)?\d{2}年|[二〇零一三四五六七八九]{2,4}年)度?的?(?:啊|呀|吧)?[?？。!！]*$/;
/** A ranking scope's levels as a question writes them (哪个乡镇, 哪个县区). */
const LEVEL_WORD: Record<string, string> = {
  乡镇: '乡镇',
  街道: '街道',
  乡镇街道: '镇街',
  县: '县',
  区: '区',
  县区: '县区',
  市: '市',
  省: '省',
};
/** A year alone as a follow-up (2024年呢, 那24年的, 前年呢, 去年的呢), the year in group 1. */
// (2024的 / 我是说2023的: a four-digit year said without 年 before 的 is a year alone too.)
/** 哪年最多 / 哪一年最少 / 哪个年份最高: a ranking of years, not of agencies. */
const RANKS_YEARS = /哪一?年|哪个年份|哪年度/;
const YEAR_ONLY_FOLLOW_UP = /^(?:那|那么)?(?:是)?((?:19|20)?\d{2}年|(?:19|20)\d{2}(?=的)|今年|去年|前年)度?(?:的)?(?:呢|啊)?[?？。!！]*$/;
/** The year of a year-only follow-up, with its 年 (2024的 → 2024年). */
function yearOnlyOf(text: string): string | undefined {
  const year = YEAR_ONLY_FOLLOW_UP.exec(text)?.[1];
  return year && /\d$/.test(year) ? `${year}年` : year;
}
/** The first year a question names: 2024年, 24年, 二〇二四年, 今年, 去年, 前年. */
const YEAR_IN_QUESTION = /(?:(?<!\d)(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4})年度?|今年|去年|前年/;
/** Every year said (for replace, which starts each from the beginning: no state kept between uses). */
const YEARS_IN_QUESTION = new RegExp(YEAR_IN_QUESTION.source, 'g');
/** 23年呢 / 那2023年的 / 2023年度呢: a year alone as a follow-up; the year's digits as typed. */
const BARE_YEAR_FOLLOW_UP = /^(?:那|那么)?(?:是)?((?:19|20)?\d{2})年度?(?:的)?(?:呢|啊)?[?？。!！]*$/;
/** How deep questions asked inside answers may nest (a sum asks its parts, a part its row …); past it, a rewrite loops. */
const MAX_NESTED_QUESTIONS = 8;
/** 哪个多 / 谁多 / 哪个最多 after figures. */
/** A question that weighs two things against each other (谁多, 哪个多, 相比, 比较). */
const COMPARISON_ASKED = /哪个|哪家|哪一个|谁|相比|比较|对比|一样多|多还是少/;
/** A word that may stand right before an agency's name (那海源科技局呢, 问下海源科技局). */
const FOLLOW_UP_LEAD_CHARACTER = /[那问下个看查说和跟与及比]/;

/** The count words of a question's thing (复议|了几件, 收到|几件|申请): what thingAsked keeps without them is the thing. */
/** The measure word a count of cases is printed with in a part of a sentence (行政复议案件7起: 起), else 件. */
function caseUnitOf(part: string, value: number): string {
  return new RegExp(`(?<![\\d.])${value}(件|起|个|宗)`).exec(part)?.[1] ?? '件';
}

/** A review named (复议), and a lawsuit (诉讼, 起诉, 官司, 法院, 告 but not 报告 or 公告). */
const APPEAL_KIND_WORDS = /复议/;
const LITIGATION_KIND_WORDS = /诉讼|起诉|官司|法院|(?<![报公通广预警])告/;
/** An outcome of a review or lawsuit in a question's words (败诉, 被纠正, 输了), and a count asked (几个, 多少). */
const OUTCOME_IN_FOLLOW_UP = /被?(?:维持|纠正|纠错|撤销|撤回|驳回|终止|审结|确认违法|败诉|胜诉)|(?<!运)输|赢/;
const COUNT_ASKED_WORDS = /几|多少/;
const LAST_COUNT_TAIL = /(?:了|过)?(?:几|多少)[件条个次项篇]?(?=\p{Script=Han}{0,4}$)|[吗呢啊]$/gu;

/** The words of a follow-up besides the agency it names (那…呢, 还有…的): it asks the last question again. */
const BARE_FOLLOW_UP_WORDS = /^(?:那么?|还有|再问问?|换(?:成|到)?|改成|看看)?(?:的)?(?:呢|吗|啊)?[?？。!！\s]*$/;
/** What only an agency's own guide or report can tell: its contacts, address and hours. */
const CONTACT_OF_AGENCY = /电话|地址|邮编|邮政编码|传真|邮箱|在哪|办公时间|几点|上班|下班|怎么联系|联系方式|网址/;
/** An account or a site shut down (注销, 关停, 停用 …), asked or stated. */
const CHANNEL_SHUT = /注销|关停|关闭|停用|停运|关掉|撤销|下线/;
/** 有公众号吗 / 有没有开通微博 / 注册抖音了没: whether the agency has an account on one new-media platform, no count asked. */
const MEDIA_ACCOUNT_HAD =
  /(?:有没有|有无|是否有|是否开通|有|开通|开设|注册|开)(?:了)?(?:开通|开设|注册)?(?:了)?(?:官方|政务)?(微信公众号|公众号|微博|抖音|快手|头条号|视频号|小红书|微信)(?:账号|帐号|号)?(?:了)?(?:吗|没有?|么|嘛|不)?[?？。]*$/;
/**
 * 我局未注册政务新媒体 / 暂未开通政务新媒体 / 无政务新媒体 / 单位未建立其政务新媒体: the report says the agency has no new-media
 * account at all.
 */
const NO_NEW_MEDIA =
  /(?:未|没有|暂未|尚未|暂无|无)(?:注册|开通|开设|建立|运营|设立)?(?:任何)?(?:其|自己|独立|本单位|本机关)?(?:的)?政务新媒体(?:账号|帐号|平台)?/;
/** 全区, 全县, 全市: the whole of the place named before it. */
const WHOLE_REGION_WORD = /全(?:区|县|市|旗|州|盟)/;
/** 全国 / 全省 / 全宁夏 / 全广东省: the whole country or a whole province. */
const WHOLE_PROVINCE =
  /全(?:国(?!人大|政协|性|统一|一体化|文明|先进|劳模|劳动模范|优秀|示范|重点)|省(?!性|统一|一体化|文明|先进|优秀|示范|重点)|自治区|(?:宁夏|内蒙古?|新疆|西藏|广西|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海)(?:回族自治区|维吾尔自治区|壮族自治区|自治区|省)?)/;
/** A count or total asked of it (一共收到多少, 加起来几件). */
const WHOLE_COUNT_ASKED = /一共|总共|合计|加起来|总数|多少|几[件条个项次]/;
/** A body that speaks for a whole place: its government, a zone named by itself (平潭综合实验区, 东疆综合保税区), or the place's own name (天津市蓟州区). */
const WHOLE_PLACE_BODY = /(?:人民政府|政府|实验区|新区|示范区|开发区|保税区|管理委员会|管委会|[区县市旗盟])$/;
/** The lead of a follow-up that names another agency (那, 那么, 还有, 换成, 换 alone: 换开平农业农村局呢). */
// 他们农业局呢, 那边退役军人局呢, 他们那边应急局2025年呢: a pronoun of the remembered agency's place before the kind says the same.
const REMEMBERED_SIBLING_LEAD =
  /^(?:(?:那么?)?(?:他们(?:那边|那里|那儿)?|那边|那里|那儿|当地|本地)的?|那么?|还有|再问问?|换(?:成|到)?|改成|看看)?/;
/** 和, 与, 跟 … right after the named agencies (平潭公安局|和|审批局), a few words allowed between. */
const JOINED_AFTER_NAME = /^[^和与跟及、同]{0,4}?(?:和|与|跟|及|、|还是|同)/;
/** The same, with 比 too: a comparison's other side (沙坡头区科技局|比|海原县公安局多吗). */
const COMPARED_AFTER_NAME = /^[^和与跟及同比]{0,6}?(?:和|与|跟|及|同|还是|比)/;

/** The words after the joiner that follows the last agency named, or undefined when none follows. */
function wordsAfterJoiner(text: string, mentions: readonly AgencyMention[], joiner: RegExp): string | undefined {
  const end = Math.max(...mentions.map((mention) => mention.start + mention.text.length));
  const joined = joiner.exec(text.slice(end));
  return joined ? text.slice(end + joined[0].length) : undefined;
}

/** A kind of agency at the start of the words after 和 (教育局, 卫健委, 人社厅). */
const BARE_KIND_FIRST = /^[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|厅)/;
/** Words of a question across agencies of a kind, or joining two (哪家, 各, 最多, 排名, 和): no kind in it is a pronoun. */
const KINDS_ACROSS = /哪|各|最|排名|排行|排个|所有|全部|和|与|跟|比|还是|谁/;
/** A kind of agency alone, as a follow-up names it (审批局, 卫健委, 交通运输局). */
const BARE_KIND_ONLY = /^\p{Script=Han}{1,8}(?:局|委员会|委|办公室|厅|中心|支队)$/u;
/** A unit numbered at its place (第五人民医院, 第二中学, 三小), as a follow-up names it after a sibling unit of that place was refused. */
const NUMBERED_UNIT_ONLY = /^第?[一二三四五六七八九十\d]{1,3}(?:人民医院|医院|中学|小学|中|小)$/u;
/** Where a noticeboard stands (公开栏在哪个村, 公示栏在哪里, 公开牌设在什么位置). */
const BOARD_PLACE_ASKED =
  /(?:公开|公示|政务|村务)(?:栏|牌|橱窗)[^，。？?]{0,4}?(?:在|设在|放在)?(?:哪个村|哪个地方|哪里|哪儿|哪|什么位置|什么地方)/;
/** 比政府网站多几条 / 比微博少多少: the last figure against another thing (group 1), more or fewer (group 2). */
/** A time said where a thing would be (去年, 上一年, 前年, 22年, 上个月, 以前, 同期): no thing of the report. */
const TIME_NOT_THING = /年|月|季度|同期|以前|之前|过去|平时/;
const COMPARED_TO_LAST = /^(?:那)?(?:它|这个)?比(\p{Script=Han}{2,8}?)(多|少)(?:了)?(?:几|多少)[条件个项次篇]?(?:呢|啊)?[?？。]*$/u;

/** 那无法提供的呢 谁多 / 微博呢 谁发得多: a follow-up (group 1), then who of the two has more or fewer (group 2). */
const FOLLOW_UP_THEN_WHICH =
  /^((?:那|那么)?\p{Script=Han}{1,12}?(?:的)?呢)[\s,，。？?]*(?:那)?(?:谁|哪个|哪家|哪一个)(?:的)?(?:发|公开|发布|收到|办|做|搞)?(?:得|的)?(?:更|比较|要)?([多少高低])(?:一些|一点|些)?(?:呢|啊|呀)?[?？。!！]*$/u;
/** 占两家合计的百分之多少 / 占两个加起来的比例: one agency's share of the sum of the two just weighed. */
const SHARE_OF_TWO =
  /占(?:这)?(?:两家|两个|两者|二者|两单位|两个单位|两个部门)(?:的)?(?:合计|加起来|总数|总和|一共|总量|之和)?(?:的)?(?:百分之(?:多少|几)|多少|比例|比重|百分比|几成)/;
/**
 * 它们俩 / 这两个 / 他俩 / 两家 before 谁多 or 哪个多: the two agencies (or things) just spoken of, said as a pair; what is weighed
 * is theirs, never every stored agency's.
 */
const PAIR_SAID =
  '(?:(?:他们|它们|她们)(?:俩|两个|两家|两位)?|(?:这|那)(?:俩|两个|两家|两位|二者)|他俩|它俩|两个|两家|两者|二者)(?:之间|中间|当中|里面|里|中)?(?:的)?';
/**
 * 哪个主动公开的多 / 谁收到的申请少 / 哪家行政复议多一些: which is more (or fewer) of a thing named (group 1), no agency named
 * and no 最 (哪个X最多 ranks a kind or the figures just answered).
 */
const WHICH_THING_MORE = new RegExp(
  `^(?:那|那么)?(?:${PAIR_SAID})?(?:哪个|哪一个|哪家|谁)(?:的)?(\\p{Script=Han}{2,10}?)(?:得|的)?(?:更|比较|要)?([多少高低])(?:一些|一点|些)?(?:呢|啊|呀)?[?？。!！]*$`,
  'u',
);
// 谁搞得多, 哪个整得少: the everyday verbs of doing something stand where 发 or 公开 do.
const WHICH_MORE = new RegExp(
  `^(那)?(?:${PAIR_SAID})?(哪个|哪一个|谁|哪家)(?:渠道|平台|途径)?(?:发|公开|发布|搞|整|弄|办|做|干|开|请)?(?:得|的)?(更|最)?(多|少|高|低)`,
);
/**
 * Whether 哪个最少 / 谁低 asks the smaller: the word WHICH_MORE reads decides, else a 少 or 低 that is no part of 多少
 * (那哪个最多 多少条 asks the larger and how many).
 */
function fewerAsked(input: string): boolean {
  const word = WHICH_MORE.exec(input)?.[4];
  return word ? /少|低/.test(word) : /(?<!多)少|低/.test(input);
}
/** 差多少 / 相差几 said after 哪个多 in the same message (哪个多 差多少, 哪个多 多几次, 谁少 少多少): the gap is asked too. */
/** Up to eight characters between an agency's name and the year after it (黑龙江|人防信息网|2020年). */
const NAME_TAIL_BEFORE_YEAR = /^\p{Script=Han}{1,8}?(?=(?:19|20)\d{2}年)/u;
/** A word that joins or weighs two things: words holding one belong to the things asked, not the agency's name. */
const PAIR_JOINER = /和|跟|与|加|及|还有|比|占|倍|还是|或/;
/** A fee of applying named (信息处理费, 申请…收费, 查资料要钱): not table 二's 行政事业性收费. */
const APPLICATION_FEE_NAMED = /处理费|申请|查|复印|工本|邮寄/;
const GAP_TOO = /差(?:了|距)?(?:多少|几)|(?:多|少|高|低)(?:了|出)?(?:多少|几)\p{Script=Han}?(?:呢|啊)?[?？。!！]*$/u;
/** 涨了还是降了 / 是增加还是减少 after two years' figures: the direction of the change, with its size. */
const DIRECTION_ASKED =
  /^(?:那)?(?:是)?(?:涨|上涨|增|增加|增长|多|升|上升|提高)了?还是(?:降|下降|跌|减|减少|少|降低)了?(?:呢|啊|呀)?[?？。!！]*$|^(?:那)?(?:是)?(?:降|下降|减少|少)了?还是(?:涨|增加|增长|多)了?(?:呢|啊|呀)?[?？。!！]*$/;
/** Which of the agencies, with no thing named (哪家最多, 哪个最少, 五家里哪家有, 这几个里谁多): a ranking or list of the remembered thing. */
const WHICH_OF_THEM =
  /^(?:[这那]?(?:[几两二三四五六七八九十]|\d+)[个家位]|这些|它们|他们)?(?:局|单位|机关)?(?:里面?|中|当中|之中)?(?:哪家|哪个|哪一个|哪一家|哪些|谁)(?:最|更)?(?:有|多|少|高|低)[?？。！!]*$/;
/** What may stand before a kind that names the agency of the conversation: a level at most (那市教育局, 这个县卫健局). */
/** 县本级政府及政府办, 区政府和区政府办公室: a government and its office named together (the level in group 1). */
const GOVERNMENT_AND_OFFICE = /([省市区县])?本?级?(?:人民)?政府(?:及|和|与|、|以及)[省市区县]?(?:人民)?政府(?:办公室|办)/g;
const KIND_WITH_LEVEL_ONLY = /^(?:那|那么|那个|这个|你们|他们|该|本)?([省市区县州旗])?级?$/;

/** Whether the text, without the agencies named in it and its years, asks nothing (AGENCY_ALONE). */
function namesOnly(text: string, mentions: readonly AgencyMention[]): boolean {
  let residue = text;
  for (const mention of [...mentions].sort((a, b) => b.start - a.start))
    residue = residue.slice(0, mention.start) + residue.slice(mention.start + mention.text.length);
  return AGENCY_ALONE.test(residue.replace(YEARS_IN_QUESTION, ''));
}

/** 除了部门动态，其他主动公开的加起来多少: all that was published but one item, named in group 1. */
const ALL_BUT_ONE =
  /除了?([^，,。？?\d]{2,12}?)(?:的?(?:那|这)\d+[条件])?(?:以外|之外)?[，,]?(?:其他|其余|剩下|别的)的?(?:主动公开|公开|发布)?的?(?:信息)?(?:加起来|一共|总共|合计|共)?(?:是|有)?(?:多少|几)/;

/**
 * Where in the report a figure is written (哪一部分写的, 在哪张表里, 表几, 出处是哪), or which report it comes from (这个数哪来的,
 * 数据是从哪查的, 哪份报告说的): the source of the figure just answered.
 */
const WHERE_WRITTEN =
  /哪一?(?:部分|节|段(?!时间|日子|时期|期间)|章|张表|个表)|(?:在|是)表几|第几(?:部分|节|张表|个表)|(?:哪里|哪儿|在哪)(?:写的|说的|看到的)|出处|出自哪|(?:数|数字|数据)(?:是|都是)?(?:从)?哪(?:里|儿)?(?:来的|查的|看的)|哪(?:里|儿)?来的(?:这个|那个)?(?:数|数字|数据)|哪一?(?:份|个|篇)(?:报告|年报|年度报告|文件)(?:里|上|中)?(?:说|写|讲|提|看到)的/;
/** Those words with what leads up to them (是报告的, 在年报的 …), taken out to ask the figure itself. */
const WHERE_WRITTEN_WORDS =
  /(?:是|在)?(?:报告|年报|年度报告)?(?:的|里)?(?:哪一?(?:部分|节|段|章|张表|个表)|表几|第几(?:部分|节|张表|个表)|哪里|哪儿|在哪|出处|出自哪|(?:是|都是)?(?:从)?哪(?:里|儿)?(?:来的|查的|看的)|哪一?(?:份|个|篇)(?:报告|年报|年度报告|文件)(?:里|上|中)?(?:说|写|讲|提|看到))(?:里|中|上)?(?:写的|说的|看到的|的)?(?:呢|啊|呀)?[?？。]*$/;
/**
 * The period a report's figures cover (数据统计到什么时候, 年报统计的是哪段时间, 统计期限是多久, 从哪天开始算的): the
 * statistics period, not a deadline of applying.
 */
const REPORT_PERIOD_ASKED =
  /统计(?:的)?(?:是)?(?:哪段时间|什么时间段?|什么时候的?|哪个时间段|哪个期间|的?期限|时限|区间|时间段|周期|时间范围|截止(?:时间|日期)?|截至)|(?:数据|数字)(?:是)?(?:截至|截止|统计到|统计至|到)(?:什么时候|哪天|几月几[号日])|(?:数据|数字)(?:是|统计的是)(?:哪段时间|什么时候|哪个时间段)的?|(?:从|自)(?:什么时候|哪天)(?:开始)?(?:统计|算起)|统计(?:到|至)(?:什么时候|哪天)/;
/** A sentence of a report that states its statistics period (本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止). */
const PERIOD_STATED = /[^。；;\n]*(?:统计期限|统计时限|统计期间|统计时间|统计数据|所列数据)[^。；;\n]*?(?:19|20)\d{2}\s*年[^。；;\n]*/;
/** How many parts a report has (年报一共有几部分, 报告分哪几部分). */
const PARTS_COUNT_ASKED = /(?:年报|报告)[^，。？?]{0,6}?(?:几|哪几|哪些)(?:个)?(?:部分|块|大部分)/;

/** 跟沙坡头区比呢 / 和红寺堡比怎么样 / 与西工区相比: another agency set against the last figure, its name in group 1. */
const COMPARED_WITH_FOLLOW_UP =
  /^(?:那么?|那要是)?(?:再)?(?:跟|和|与|同)(\p{Script=Han}{2,20}?)(?:的)?(?:相)?(?:比|比较|对比)(?:一下|起来|下)?(?:呢|怎么样|如何|咋样|的话|([哪谁]个?(?:更)?(?:多|少|高|低))|多还是少)?[?？。!！]*$/u;
/** Whether every word (two characters or more, one at least) stands in `text` in the order given, each after the one before. */
function wordsInOrder(text: string, words: readonly string[]): boolean {
  const long = words.filter((word) => word.length >= 2);
  let from = 0;
  for (const word of long) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
  }
  return long.length >= 2;
}
/** A channel followed by the place word citizens put after it (网站上, 公众号里, 平台上). */
const CHANNEL_BEFORE_PLACE = /(?:网站|网|平台|号|微博|抖音|快手|头条|客户端|栏)[上里]$/;
/** 比西工区多吗 / 比沙坡头少吧: whether the last figure is more than another agency's, its name in group 1, the word in group 2. */
const MORE_THAN_FOLLOW_UP =
  /^(?:那么?)?(?:是不是|有没有)?比(\p{Script=Han}{2,20}?)(?:的)?(?:还|更)?(多|少|高|低)(?:吗|么|不|没有?|吧|呢|一些|点)?[?？。!！]*$/u;
/** What is left of a message that names an agency and asks nothing of it (我想了解下…, …的情况, 介绍一下…, …怎么样). */
const AGENCY_ALONE =
  /^(?:请问|你好|您好|哈喽|嗨)?[，,\s]*(?:我)?(?:想|要)?(?:了解|问问|问一下|问下|问|咨询|打听|查查?|看看|说说|讲讲|介绍)?(?:一下|下)?(?:关于)?(?:的)?(?:(?:政府)?(?:信息公开|政务公开))?(?:的)?(?:工作)?(?:年报|年度报告|报告)?(?:的)?(?:工作)?(?:做|搞|开展|落实)?(?:得|的)?(?:基本|总体|整体|大概|大致|工作)?(?:情况|概况|简介|怎么样|咋样|如何|好不好|好吗|事情?|相关(?:的)?(?:情况|问题|事情?)?|(?:里|里面|中|上)?(?:都)?(?:有|写了?|讲了?|说了?)(?:些|哪些)?(?:啥|什么|哪些)(?:内容|东西)?|(?:的)?(?:主要)?内容(?:是什么|有哪些|有啥)?)?(?:那个|这个|那家|这家)?(?:呢|吧|啊|呀)?[?？。!！\s]*$/;
/** Whether replies came in time (按时答复了吗, 有没有超期, 都在规定时间内办结了吗, 答复及时吗, 申请按时办了没有, 有没有超期). */
const TIMELY_ASKED =
  /(?:按时|及时|按期|准时|如期|规定时间内|规定期限内|法定期限内|期限内|时限内)(?:的)?(?:答复|回复|办结|办理|处理|反馈|完成)|(?:按时|按期|准时|如期)办(?:了|完|好|没|吗)|(?:有没有|有无|是否)(?:超期|逾期|超时|超过期限|拖延)|(?:超期|逾期|超时)了?(?:吗|么|没)|(?:答复|回复|办结|办理|处理)(?:得|的)?(?:都)?(?:及时|按时|准时|超期|逾期|超时|超过期限)|(?:超期|逾期|超时|拖延)(?:答复|回复|办结|未答复|没答复|的)/;
/** Matters other than disclosure applications whose handling in time a report may state (人大代表建议, 政协提案, 信访件, 工单). */
const OTHER_MATTER_TIMED = /建议|提案|议案|信访|诉求|工单|留言|咨询|审批|许可/;
/** 按期/按时 after a carry into the next year (结转下年度按期办理): the applications carried on, which will be handled in time. */
const CARRIED_ON_IN_TIME = /(?:结转|转结|转入|转至|转)(?:至|到)?(?:下一?年度?|\d{4}年度?)(?:按期|按时)/;
/** Whether replies came in time is asked, not what to do about a late one (超期答复怎么办) nor how long one may take. */
function timelyAsked(text: string): boolean {
  // 12345热线按期答复率多少: a rate the prose prints, of a hotline's calls or letters, is no yes/no on applications' replies.
  return (
    TIMELY_ASKED.test(text) &&
    !/怎么办|咋办|怎么处理|找谁|投诉|举报|告|复议|诉讼|多久|几天|哪天|最晚|期限是|率|热线|12345|来信|信箱/.test(text) &&
    // 结转下年度按期办理几件: the count carried on, as a report may print it (结转下年度按期办理14件), not whether replies were late.
    !CARRIED_ON_IN_TIME.test(text) &&
    // 建议提案按时办结了吗, 信访件都按期办了吗: another matter's handling, which a sentence on it states, not applications'.
    !OTHER_MATTER_TIMED.test(text)
  );
}
/** A timely word next to what it qualifies, replies or finished applications (在法定期限内答复, 办结率100%, 及时规范答复),
 * not one of another verb (及时公开政府办结结果, 及时整理…档案). */
const TIMELY_NEAR_REPLY =
  /(?:法定期限|法定时限|规定时间|规定期限|规定时限|期限内|时限内|按时|按期|如期|超期|逾期|超时).{0,10}?(?:答复|回复|办结|反馈|办理完毕)|(?:答复|回复|办结|反馈).{0,6}?(?:法定期限|法定时限|规定时间|规定期限|规定时限|期限内|时限内|按时|按期|如期|超期|逾期|超时)|及时.{0,6}?(?:答复|回复|反馈)|(?:答复|回复)得?及时|办结率|答复率/;
/**
 * A count of applications the same clause says were answered in time (其中10件已经按时按规完成答复, 19件已按照规定时限…答复,
 * 3条已按要求在规定时限内予以答复: applications counted in 条), or the count after the words (按时办结987件: verb in group 2,
 * count in group 3).
 */
const COUNT_IN_TIME =
  /(?<![\d.])(\d+)[件条][^，。；,;\d]{0,4}?(?:已经?|均|都|全部)?[^，。；,;\d]{0,4}?(?:按时|按期|如期|按照规定时限|在规定时限内|在法定期限内|在法定时限内|在规定期限内)[^，。；,;\d]{0,14}?(?:答复|回复|办结)|(?:按时|按期|如期|在规定时限内|在法定期限内|在法定时限内|在规定期限内)(答复|回复|办结)了?\s*(?:共|计)?\s*(\d+)\s*[件条](?!\d)/;
/** The words searched for it. */
const TIMELY_TERMS = ['期限', '时限', '规定时间', '按时', '按期', '及时', '超期', '逾期', '答复', '办结', '回复', '办结率'];
/** A yes/no question about a figure (有没有人申请, 有企业来申请吗). */
const YES_NO = /有没有|是否|有无|吗[?？。]*$|没[?？。]*$|了没/;
/** A long text is sent in pieces of this size; 继续 sends the next. */
const PIECE = 300;

/** Split a long text at a sentence end near PIECE characters. */
function cutText(text: string): { shown: string; rest?: string } {
  if (text.length <= PIECE + 40) return { shown: text };
  const end = text.lastIndexOf('。', PIECE);
  const at = end > PIECE / 2 ? end + 1 : PIECE;
  return { shown: text.slice(0, at), rest: text.slice(at) };
}

/** The words of a question about the rules (答复期限, 多久答复, 处理费怎么收, 申请书怎么写, 能不能起诉, 要带什么材料). */
const GUIDE_RULE_ASKED =
  /期限|多久|多长时间|多少天|几天|工作日(?!常)|怎么收|如何收|收费标准|收不收|(?:要|会|需要)(?:收费|交钱|付费)|免费吗|要不要钱|多少钱|怎么申请|如何申请|申请书|怎么写|补正|指南|怎么办|可以告|能告|怎么告|起诉|(?:带|准备|交|提交|提供)(?:些|哪些|什么)|(?:什么|哪些)(?:材料|证件)/;

/** Fees asked as collected (收了多少钱, 收取了几笔费用, 一共收到多少钱): the past, which only an agency's report records. */
const FEE_COLLECTED_ASKED = /收(?:取|到)?了(?:多少|几)|(?:一共|总共)收(?:取|到)?(?:了)?多少/;

/** 换成X / 改成X的 / 换X看看 (呢 or not): another agency put in the last one's place; group 1 the words naming it. */
const AGENCY_SWITCH_LEAD =
  /^(?:那|那么|哦|嗯)?(?:就)?(?:换成|改成|换为|换到|换)(\p{Script=Han}{2,30}?)(?:的)?(?:吧|看看|试试|的话)?(?:呢)?[?？。!！\s]*$/u;

/** 那岳阳县供电公司呢: a part that only names another agency in a follow-up's frame; group 1 the name. */
const AGENCY_SWITCH = /^(?:那么?|还有|换(?:成|到)?|再问)(\p{Script=Han}{2,30}?)(?:呢|的呢|的话呢)[?？。!！\s]*$/u;

/** A thing named alone as the whole message (信息发布总量？ 网站全年总访问量？), no follow-up word (那, 呢) around it. */
const BARE_THING_ASKED_ALONE = /^(?!那|还有|再问|换成|改成|其中|里面)(?!.*呢[?？]*$)\p{Script=Han}{2,12}[?？]*$/u;

/** Whether the agencies remembered are exactly those answered now. */
function sameIds(ids: readonly number[], agencies: readonly { id: number }[]): boolean {
  return ids.length === agencies.length && agencies.every((agency, at) => agency.id === ids[at]);
}

/** The refusal for years an agency has no report of, with the years it has (没有X2024年的年度报告…库中有该机关2025年的报告。). */
function noReportOfYears(name: string, missing: readonly number[], available: readonly number[]): string {
  const years = (list: readonly number[]) => joinList(list.map((year) => `${year}年`));
  return `没有${name}${years(missing)}的年度报告，无法回答。库中有该机关${years(available)}的报告。`;
}

/**
 * What may stand between an agency's name and its short name said again (某镇人民政府（某镇）, 某镇人民政府2025年那个某镇, 某镇人民政府的
 * 2025年报告里某镇): brackets and commas, the year, a filler, the report named.
 */
const AGAIN_BETWEEN =
  /^[（(，,、\s]*(?:(?:(?:19|20)\d{2}年度?|的|那个|这个|就是|(?:政府信息公开|信息公开)?(?:工作)?(?:年度报告|年报|报告)(?:里面?|中|上)?)[，,\s]*)*$/;

/** The questions in one message: split at ？！。； when two or more parts each read as a question, then at commas between questions. */
function splitQuestions(text: string): string[] {
  const parts = text
    .split(/(?<=[?？!！。；;])/)
    .map((part) => part.trim())
    .filter((part) => part.replace(/[\p{P}\s]/gu, '').length > 0);
  if (parts.length < 2 || parts.some((part) => part.replace(/[\p{P}\s]/gu, '').length < 3)) {
    const pieces = splitAtCommas(text);
    return pieces.length > 1 ? pieces : splitSpokenQuestions(text);
  }
  return parts.flatMap(splitAtCommas);
}

/** A piece of a message that asks something itself (几件, 多少条, 有没有, …吗, …呢, 在哪). */
// 多久能答复 / 怎么申请 / 要不要钱: the guide's questions ask too (公众号多少人关注，查一个申请多久能答复 is two questions).
const ASKS = /几|多少|哪|什么|吗|呢|有没有|是否|多久|多长时间|怎么|怎样|如何|要不要|收不收|能不能/;

/** 行政许可几件，行政处罚几件: commas between pieces that each ask something; a comma inside one question stays. */
function splitAtCommas(text: string): string[] {
  const pieces = text
    .split(/(?<=[，,、])/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0);
  if (pieces.length < 2 || pieces.length > 4) return [text];
  const bare = pieces.map((piece) => piece.replace(/[\p{P}\s]/gu, ''));
  if (bare.some((piece) => piece.length < 3 || !ASKS.test(piece))) return [text];
  return pieces;
}

/** A question word that makes a piece of a spoken run-on a question of its own (narrower than ASKS: a spoken link needs a stronger sign). */
const ASKS_A_FIGURE = /多少|几[件条个次项场篇期名人家]|有没有|是否|吗|呢/;
/** Spoken links between two questions in one voice message (…收到多少件申请然后办结了多少件). */
const SPOKEN_LINK = /然后|还有就是|还有|另外|再问一下|再就是|以及/;

/**
 * A voice-style run-on without punctuation: two questions joined by a spoken link, each asking
 * something (多少, 几件, 吗). Otherwise the message is one question.
 */
function splitSpokenQuestions(text: string): string[] {
  const link = SPOKEN_LINK.exec(text);
  if (!link) return splitAfterCount(text);
  const first = text.slice(0, link.index);
  const second = text.slice(link.index + link[0].length);
  if (!ASKS_A_FIGURE.test(first) || !ASKS_A_FIGURE.test(second) || second.replace(/[\p{P}\s]/gu, '').length < 3) return [text];
  return [first, second];
}

/** A story (six characters or more), then 请问 / 想问下 / 我想了解一下 and the question itself, in group 2. */
const STORY_THEN_QUESTION =
  /^([\s\S]{6,}?)[，,。！!；;：:～~\s]+(?:所以|那|就)?(?:我)?(?:请问|麻烦问|想问|想了解|想知道)(?:一下|下|问)?[，,：:\s]*([\s\S]{6,})$/u;

/** A reason asked (为啥有人申请, 为什么不公开): a question of its own, whatever else the message asks. */
const REASON_PIECE = /为啥|为什么|为何|咋回事|怎么回事/;
/** What the piece beside a reason asks (都申请啥, 申请了哪些内容, 有几件). */
const ASKS_OR_WHAT = new RegExp(`${ASKS.source}|啥`);

/**
 * 为啥有人申请 都申请啥: a reason asked and another question put apart by a space are two questions (the reason may be
 * refused, the other still answered), so the space is read as a question mark before the spaces of the message are dropped.
 */
function reasonBesideQuestion(text: string): string {
  const pieces = text.trim().split(/[\s\u3000]+/);
  const bare = pieces.map((piece) => piece.replace(/[\p{P}]/gu, ''));
  return pieces.length === 2 &&
    bare.every((piece) => piece.length >= 4 && ASKS_OR_WHAT.test(piece)) &&
    bare.some((piece) => REASON_PIECE.test(piece)) &&
    !bare.every((piece) => REASON_PIECE.test(piece))
    ? `${pieces[0]}？${pieces[1]}`
    : text;
}

/** Parts that ask nothing but are said to the bot, not of the question (谢谢, 你好, 好的, 再见): never joined to a question. */
const STATEMENT_NOT_JOINED = /谢|感谢|你好|您好|好的|再见|拜拜|辛苦|麻烦了|不对|错了|不是/;

/** A count asked (几件, 多少条) followed by another question that starts a new thing (复议几件诉讼几件). */
const COUNT_THEN_QUESTION =
  /(?<![这那哪各])(?:几|多少)[件条个次项场篇期名人家](?![局单机部])(?:呢|啊|呀)?(?=(?![里中是的其])\p{Script=Han}{2,}?(?:几|多少))/u;

/** 行政复议几件行政诉讼几件: two counts asked back to back without punctuation, split after the first (at most two parts). */
function splitAfterCount(text: string): string[] {
  const count = COUNT_THEN_QUESTION.exec(text);
  if (!count) return [text];
  const end = count.index + count[0].length;
  const [first, second] = [text.slice(0, end), text.slice(end)];
  return second.replace(/[\p{P}\s]/gu, '').length >= 3 ? [first, second] : [text];
}

/**
 * An extractive summary of a section: under each sub-heading （一）（二）…, the heading and the
 * first sentence after it, shortened; without sub-headings, the first three sentences.
 */
/** A figure counted in a unit (67 条, 2 次, 26 名), not a year or a date. */
const COUNTED_FIGURE = /\d+\s*(?:条|件|项|次|期|篇|人|名|家|个|场)/;

function summarize(text: string): string {
  const parts = text.split(/(?=[（(][一二三四五六七八九十]+[）)])/).filter((part) => /^[（(][一二三四五六七八九十]+[）)]/.test(part));
  const clip = (sentence: string) => (sentence.length > 70 ? `${sentence.slice(0, 70)}…` : sentence);
  if (parts.length === 0) {
    return (text.match(/[^。！？]+[。！？]?/g) ?? [])
      .slice(0, 3)
      .map((sentence) => `· ${clip(sentence.trim())}`)
      .join('\n');
  }
  return parts
    .slice(0, 6)
    .map((part) => {
      const sentences = part.match(/[^。！？]+[。！？]?/g) ?? [part];
      const heading = sentences[0].trim();
      // The part's first sentence that counts something (全年累计主动公开发布各类政府信息 67 条): a part whose opening
      // sentences are all words keeps its figure in the summary.
      const counted = sentences.slice(1).find((sentence) => COUNTED_FIGURE.test(sentence));
      // A heading that is a sentence of its own (（一）主动公开及时准确。) is followed by its first sentence, or by the
      // first that counts something when the first does not.
      if (heading.length <= 20 && sentences[1]) {
        const next = COUNTED_FIGURE.test(sentences[1]) || !counted ? sentences[1] : counted;
        return `· ${heading}${clip(next.trim())}`;
      }
      const body = COUNTED_FIGURE.test(heading) || !counted ? clip(heading) : `${clip(heading)}${clip(counted.trim())}`;
      return `· ${body}`;
    })
    .join('\n');
}

type SerializedTopic =
  | {
      type: 'cell';
      row: string;
      column?: string;
      byApplicant?: boolean;
      alsoRows?: string[];
      group?: string;
      breakdown?: boolean;
      legalPersons?: boolean;
      everyColumn?: boolean;
    }
  | Exclude<Topic, { type: 'cell' }>;

/** A structured lookup: the arguments of the LLM's tool, validated by the caller. */
export interface LookupRequest {
  agencies: string[];
  years?: number[];
  /** A catalogue row key (licensing, received …), a prose figure (proactive_items …), contacts, problems, improvements, overview or other. */
  topic: string;
  column?: string;
  operation?: 'value' | 'rank' | 'total' | 'list' | 'compare' | 'change';
  order?: 'asc' | 'desc';
}

/** Every topic key `lookup` accepts. */
export const LOOKUP_TOPICS: string[] = [
  ...CURRENT_LAYOUT.rows.map((row) => row.key),
  ...ASKED_PROSE_FIGURES.map((figure) => figure.key),
  'contacts',
  'problems',
  'improvements',
  'overview',
  'other',
];

function topicFromKey(key: string, columnKey?: string): Topic | undefined {
  const row = CURRENT_LAYOUT.rows.find((candidate) => candidate.key === key);
  if (row)
    return {
      type: 'cell',
      row,
      column:
        row.columns.find((column) => column.key === columnKey) ??
        (row.columns.length > 3 ? row.columns[row.columns.length - 1] : undefined),
    };
  if (isAskedProseFigure(key)) return { type: 'prose', key };
  if (key === 'contacts') return { type: 'contacts', fields: ['phone', 'address'] };
  if (key === 'problems' || key === 'improvements') return { type: 'section', section: 'problems', focus: key };
  if (key === 'overview' || key === 'other') return { type: 'section', section: key };
  return undefined;
}

/**
 * A table cell and the prose figure that states the same count in a report's text (table 三's 新收申请 and 收到申请N件): a
 * ranking of the cell takes the text's count for a report whose table is cut.
 */
const PROSE_TWIN_OF_CELL: Record<string, string> = { 'received.total': 'applications_received' };

const SECTION_TITLE: Record<string, string> = Object.fromEntries(SECTIONS.map((section) => [section.key, sectionTitle(section.key)]));

/** A figure as printed, to six decimals at most (万元 to the 分: 行政事业性收费4166.241619万元). */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1_000_000) / 1_000_000);
}

/** 科技局一共收到多少申请: a kind named with no place, then a sum asked: the kind's agencies together. */
const KIND_TOTAL_ASKED = /一共|总共|合计|加起来|共计|总数/;
/** 有没有科技局被复议 / 科技局都收到申请了吗: whether any (or every) agency of a kind named with no place did it. */
const KIND_ANY_ASKED =
  /有没有(?:哪个|哪家|哪些)?\p{Script=Han}{0,4}?(?:局|委|办|镇|乡|街道|政府)|都(?:有|收到|被|做|办|公开|发布)[^，。？?]{0,12}?(?:吗|没有?|了没)[?？。]*$/u;

/** 是…的几倍 / 是多少倍 / 倍数: how many times the second the first is. */
const TIMES_ASKED = /(?:几|多少)倍|倍数/;
/** 是…的几倍: the first named over the second, as said (else the larger over the smaller). */
const FIRST_OVER_SECOND = /是[^，。？?]{1,40}?的(?:几|多少)倍/;

/** 沙坡头区科学技术局是海原县科学技术局的约5.11倍（455条 ÷ 89条）: the first over the second, or why no ratio can be given. */
function timesVerdict(
  first: { agency: string; value: number; unit: string },
  second: { agency: string; value: number; unit: string },
): string {
  if (second.value === 0)
    return `${second.agency}是0${second.unit}，算不出倍数（${first.agency}${formatNumber(first.value)}${first.unit}）。`;
  const exact = first.value / second.value;
  const shown = Math.round(exact * 100) / 100;
  return `${first.agency}是${second.agency}的${shown === exact ? '' : '约'}${formatNumber(shown)}倍（${formatNumber(first.value)}${first.unit} ÷ ${formatNumber(second.value)}${second.unit}，是计算结果）。`;
}

/** 最多的比最少的多多少 / 最多的和最少的差几条, asked with the ranking in one message. */
const ENDS_GAP_IN_ONE =
  /最(?:多|高|大)的?(?:比|和|跟|与)最(?:少|低|小)的?(?:多|少|差|相差)?(?:了)?(?:多少|几)|最(?:多|高)(?:和|跟|与)最(?:少|低)(?:相?差)(?:多少|几)/;

/**
 * The gap between the first and the last of a ranking the whole of which is listed (its count no more than those shown), when
 * the question asks it in the same message; '' otherwise.
 */
function endsGap<T extends { value: number }>(
  text: string,
  ranked: readonly T[],
  count: number,
  name: (item: T) => string,
  unit: string,
): string {
  if (!ENDS_GAP_IN_ONE.test(text) || count < 2 || ranked.length < count) return '';
  const values = ranked.map((item) => item.value);
  const high = ranked[values.indexOf(Math.max(...values))];
  const low = ranked[values.indexOf(Math.min(...values))];
  const gap = high.value - low.value;
  return `\n最多的${name(high)}比最少的${name(low)}多${formatNumber(gap)}${unit}（${formatNumber(high.value)} − ${formatNumber(low.value)}，是计算结果）。`;
}

/** 平均每个机关约188.7条（3个机关合计566条）: an average across agencies, with the total and count it is divided from. */
function averageOf(sum: number, count: number, unit: string, noun: string): string {
  const exact = sum / count;
  const shown = Math.round(exact * 10) / 10;
  const each = noun === '个机关' ? '每个机关' : '每份报告';
  return `平均${each}${shown === exact ? '' : '约'}${formatNumber(shown)}${unit}（${count}${noun}合计${formatNumber(sum)}${unit}，${formatNumber(sum)}÷${count}）`;
}

function joinList(items: string[]): string {
  return items.join('、');
}

/** The parts of one sentence ranked: the first named with its count, all listed, the sentence quoted. */
function listedPartsAnswer(
  head: { agency: string; year: number; source: Fact['source'] },
  sentence: string,
  parts: readonly ListedPart[],
  fewest: boolean,
  cite: string,
): Answer | undefined {
  const sorted = parts.length >= 2 ? rankParts(parts, fewest) : undefined;
  if (!sorted) return undefined;
  const [top] = sorted;
  const listed = joinList(sorted.map((part) => `${part.label}${formatNumber(part.value)}${part.unit}`));
  return {
    kind: 'figure',
    answer: `${head.agency}${head.year}年${top.label}${fewest ? '最少' : '最多'}，${formatNumber(top.value)}${top.unit}。\n${listed}。\n原文：${quote(sentence)}\n${cite}`,
    facts: [{ agency: head.agency, year: head.year, key: 'sentence', value: top.value, unit: top.unit, source: head.source, sentence }],
  };
}

/** Quote a sentence, shortened to keep the reply WeChat-sized. */
function quote(sentence: string, max = 160): string {
  const text = sentence.length > max ? `${sentence.slice(0, max)}…` : sentence;
  return `“${text}”`;
}

/** How many entries a list across agencies names before it says “等N个”. */
const SHOWN_IN_LIST = 10;
/** Cross-agency answers kept per data version. */
const CROSS_AGENCY_CACHE_SIZE = 256;
/** Account names whose owning agency is kept (accountOwners). */
const ACCOUNT_OWNERS_CACHE_SIZE = 256;

/**
 * The agency's name as the question wrote it: the recognised mention and what follows it that is
 * still part of the full name (利辛县|望疃镇 when only the county was recognised). Left in the
 * question, those characters would be words no sentence holds (the report says 我镇).
 */
/**
 * The agency's name written again in the rest of a question and glued to a noun after it
 * (海关总署令, 海关总署公告): a document or platform named after the agency. Undefined when the name
 * does not recur, or a place's level or nothing but a question word follows it.
 */
function thingNamedAfter(rest: string, name: string): string | undefined {
  if (name.length < 2) return undefined;
  const at = rest.indexOf(name);
  if (at < 0) return undefined;
  const noun = /^\p{Script=Han}{1,4}/u.exec(rest.slice(at + name.length))?.[0];
  if (!noun || /^[区县市旗镇乡街村]|^(?:的|是|有|在|和|跟|与|呢|吗|多少|几)/.test(noun)) return undefined;
  return rest.slice(at, at + name.length + 1);
}

/**
 * The place written as the agency's name and the two characters glued after it (邹城媒体 in 2024年邹城媒体多少篇), where
 * those are no kind of agency, region or word of asking and the phrase is no part of the agency's full name; else undefined.
 */
function placeNamedThing(text: string, name: string, fullName: string): string | undefined {
  const at = text.indexOf(name);
  if (at < 0) return undefined;
  const noun = /^\p{Script=Han}{2}/u.exec(text.slice(at + name.length))?.[0];
  if (!noun || /^[区县市旗镇乡街村局委厅办署院所站队部]|^(?:的|是|有|在|和|跟|与|呢|吗|多少|几|人民|政府|年度|今年|去年)/.test(noun))
    return undefined;
  const phrase = toSimplified(`${name}${noun}`);
  return toSimplified(fullName).includes(phrase) ? undefined : phrase;
}

function nameWithRest(text: string, mention: string, fullName: string): string {
  const at = text.indexOf(mention);
  if (at < 0 || mention.length === 0) return mention;
  const name = toSimplified(fullName);
  const end = at + mention.length;
  let length = 0;
  // The rest continues the name as written (利辛县 + 望疃镇 in 利辛县望疃镇人民政府), not just any characters of it.
  while (end + length < text.length && name.includes(text.slice(at, end + length + 1))) length += 1;
  // …and what precedes it that starts the full name (威海|文登信访局 for 威海市文登区信访局): the city a citizen writes in front.
  let start = at;
  for (let from = Math.max(0, at - 6); from <= at - 2; from += 1) {
    const before = text.slice(from, at);
    if (/^\p{Script=Han}+$/u.test(before) && name.startsWith(before) && !name.startsWith(text.slice(at, end))) {
      start = from;
      break;
    }
  }
  return text.slice(start, length >= 2 ? end + length : end);
}

/** A year said alone (上一年, 前一年, 上年, 去年): no part of a row's label (上一年结转), but the year a follow-up asks of. */
const YEAR_ALONE = /^(?:上一?年度?|前一年度?|去年|前年|今年|本年|明年|下一?年度?|后一年)$/;

/**
 * A follow-up naming a row of the same table by a part of its label (收费呢 after 行政处罚 →
 * 行政事业性收费): that row, when exactly one row of the remembered topic's table has the word.
 */
function siblingRowTopic(residue: string, remembered: SerializedTopic): Topic | undefined {
  // (上一年呢 after 收到几件申请: the year before's 本年新收, never the 上年结转 row its synonym 上一年结转 begins with.)
  if (remembered.type !== 'cell' || residue.length < 2 || YEAR_ALONE.test(residue)) return undefined;
  const table = CURRENT_LAYOUT.rows.find((row) => row.key === remembered.row)?.table;
  if (!table) return undefined;
  const rows = CURRENT_LAYOUT.rows.filter(
    (row) => row.table === table && row.key !== remembered.row && [row.label, ...row.synonyms].some((word) => word.includes(residue)),
  );
  return rows.length === 1 ? { type: 'cell', row: rows[0] } : undefined;
}

/** Whether an answer names the column a word is one of the synonyms of (律所 for （法律服务机构）, 公司 for （商业企业）). */
function saysColumnOf(said: string, word: string): boolean {
  return [...APPLICANT_COLUMNS, ...APPEAL_COLUMNS].some(
    (column) => column.synonyms.includes(word) && column.key !== 'total' && said.includes(`（${column.label}）`),
  );
}

/**
 * A follow-up naming another column of the remembered row (那纠正的呢 after 行政复议维持了几件;
 * 企业呢 after 自然人申请几件): the same row, that column, when exactly one column's words are in it.
 */
/** 有没有尚未审结 after a review or lawsuit asked (the remembered topic a row of table 四): that result column of its rows. */
function appealColumnOf(residue: string, remembered: Topic | undefined): Topic | undefined {
  return remembered?.type === 'cell' && remembered.row.table === 'appeals' ? siblingColumnTopic(residue, remembered) : undefined;
}

function siblingColumnTopic(residue: string, remembered: Topic | undefined): Topic | undefined {
  if (remembered?.type !== 'cell' || residue.length < 2 || remembered.row.columns.length < 2) return undefined;
  const columns = remembered.row.columns.filter(
    (column) =>
      column.key !== remembered.column?.key &&
      [column.label, ...column.synonyms].some((word) => word.length >= 2 && residue.includes(word)),
  );
  // The new column alone: not the organisation columns together a 法人 question asked before.
  if (columns.length === 1)
    return { ...remembered, column: columns[0], byApplicant: false, legalPersons: undefined, everyColumn: undefined };
  // 作废的有几件 after 废掉了几个: the remembered column asked again in other words is still that column.
  const same = remembered.column;
  return columns.length === 0 && same && [same.label, ...same.synonyms].some((word) => word.length >= 2 && residue.includes(word))
    ? remembered
    : undefined;
}

/** What may stand beside a column and the remembered row's words in a counted follow-up (其中企业申请的有几件, 里面公司提了几个). */
const COLUMN_FOLLOW_UP_FILLER =
  /申请|提出|提交|提|来自|其中|里面|里边|当中|中间|是|有|了|为|占|中|里|人|个|家|这|那|些|都|一共|共|多少|几/g;

/**
 * Whether a counted message after a row's figure asks only another column of it (自然人几件, 企业申请的有几个): besides the
 * row's columns and the row's own words, at most a stray character or two is left. 制作、获取政府信息总数是多少条 names a thing
 * of its own (制作获取政府信息) that only holds 总数, the total column's word: a new question, not the total of the row asked
 * before.
 */
function asksOnlyAColumn(residue: string, remembered: Topic): boolean {
  if (remembered.type !== 'cell') return false;
  const { row } = remembered;
  const words = [...row.columns.flatMap((column) => [column.label, ...column.synonyms]), row.label, ...row.synonyms, ...row.match]
    .filter((word) => word.length >= 2)
    .sort((a, b) => b.length - a.length);
  let rest = residue.replace(COUNT_TAIL, '').replace(HAVE_TAIL, '').replace(DONE_TAIL, '');
  for (const word of words) rest = rest.split(word).join('');
  return !/\p{Script=Han}{3}/u.test(rest.replace(COLUMN_FOLLOW_UP_FILLER, ''));
}

/** 比2023年多吗, 增加了没有, 是不是少了: a yes/no about a comparison, not about whether any happened. */
const COMPARED_YES_NO =
  /比.{0,16}?(?:多|少|高|低|增加|增长|减少|下降|上升)(?:了|一些|点)?(?:吗|没有?|不)|(?:增加|增长|减少|下降|上升|变多|变少|多了|少了)(?:了)?(?:吗|没有?)[?？。]*$|是不是(?:更)?(?:多|少)了?|是不是比.{0,16}?(?:多|少|高|低)/;

/** A choice between more and fewer, or which of two years (多了还是少了, 增加还是减少, 是多是少, 哪年多). */
const CHOICE_OF_WAY =
  /(?:多|增加|增长|上升|变多)了?还是(?:少|减少|下降|变少)了?|(?:少|减少|下降|变少)了?还是(?:多|增加|增长|上升|变多)了?|是多是少|是增是减|哪(?:一)?年[^，,。？?]{0,8}?(?:多|少)(?:一些|一点)?(?:呢|啊)?[?？]*$/;

/** Whether a compared yes/no asks about fewer (比…少吗, 减少了没有, 是不是少了) rather than more. */
function asksFewer(text: string): boolean | undefined {
  const word =
    /比.{0,16}?(多|少|高|低|增加|增长|减少|下降|上升)/.exec(text)?.[1] ??
    /(增加|增长|上升|变多|多了|减少|下降|变少|少了)(?:了)?(?:吗|没有?)/.exec(text)?.[1] ??
    /是不是(?:更)?(多|少)/.exec(text)?.[1];
  return word === undefined ? undefined : /少|低|减少|下降/.test(word);
}

/**
 * The verdict on a comparison of two years asked yes or no (2024年比2019年多吗): 是 or 不是,
 * from the two figures, the year named first being the one compared; undefined when the
 * question asks no such thing or names no direction.
 */
function comparedVerdict(text: string, firstYear: number, otherYear: number, firstValue: number, otherValue: number): string | undefined {
  // 多了还是少了 / 增加还是减少 / 哪年多: a choice between the two ways, answered with the way it went (no 是 or 不是).
  if (CHOICE_OF_WAY.test(text)) {
    const [later, earlier, laterValue, earlierValue] =
      firstYear > otherYear ? [firstYear, otherYear, firstValue, otherValue] : [otherYear, firstYear, otherValue, firstValue];
    if (laterValue === earlierValue) return `${later}年与${earlier}年持平。`;
    const more = laterValue > earlierValue;
    if (/哪/.test(text))
      return /少/.test(text.slice(text.search(/哪/))) ? `${more ? earlier : later}年少。` : `${more ? later : earlier}年多。`;
    const [up, down] = /增加|减少|增长|下降|上升/.test(text) ? ['增加了', '减少了'] : ['多了', '少了'];
    return `${more ? up : down}，${later}年比${earlier}年${more ? '多' : '少'}。`;
  }
  const fewer = COMPARED_YES_NO.test(text) ? asksFewer(text) : undefined;
  if (fewer === undefined) return undefined;
  // 2024年比2019年多吗: the year before 比 is the one compared. Without it (2019年和2024年…增加了吗)
  // the question is about the change over time: the later year against the earlier.
  // 比2024年多吗 after 2019年's figure: the year after 比 is the other one.
  const afterThan = (year: number) => new RegExp(`比.{0,4}${year}年`).test(text);
  const before = (year: number) => new RegExp(`${year}年.{0,24}?比`).test(text) && !afterThan(year);
  const subject = before(firstYear) || afterThan(otherYear) || (!before(otherYear) && !afterThan(firstYear) && firstYear > otherYear);
  const [asked, against, askedYear, againstYear] = subject
    ? [firstValue, otherValue, firstYear, otherYear]
    : [otherValue, firstValue, otherYear, firstYear];
  if (asked === against) return `不是，${askedYear}年与${againstYear}年持平。`;
  const yes = fewer ? asked < against : asked > against;
  return `${yes ? '是' : '不是'}，${askedYear}年比${againstYear}年${asked > against ? '多' : '少'}。`;
}

/** 增长了百分之几 / 涨了百分之多少 / 增幅多少 between two years: a rate of change, not an amount. */
const PERCENT_CHANGE_ASKED = /百分之(?:几|多少)|多少个?百分点|增幅|增速|增长率|涨幅|降幅/;
const PERCENT_CHANGE_WORDS = /百分之(?:几|多少)|多少个?百分点|(?:增幅|增速|增长率|涨幅|降幅)(?:是|有)?(?:多少|几)?/g;

/**
 * The rate of change from the earlier year's amount to the later's, worked out and said to be a computation; the rate
 * the sentence itself prints (增速达到138.8%) is quoted beside it. Empty when the two are no amounts in one unit.
 */
function rateOfChange(one: Fact, other: Fact, sentence: string | undefined): string {
  const [first, second] = one.year <= other.year ? [one, other] : [other, one];
  if (first.unit !== second.unit || first.unit === '%' || first.value <= 0 || first.year === second.year) return '';
  const rate = Math.round(((second.value - first.value) / first.value) * 1000) / 10;
  const printed = sentence ? /(?:增速|增幅|增长率|增长|涨幅|降幅|下降)(?:达到|达|为|是)?(\d+(?:\.\d+)?)\s*[%％]/.exec(sentence) : null;
  return `按这两个数字计算，${second.year}年比${first.year}年${rate >= 0 ? '增长' : '下降'}约${formatNumber(Math.abs(rate))}%（（${formatNumber(second.value)} − ${formatNumber(first.value)}）÷ ${formatNumber(first.value)}，是计算结果，不是报告原文）${printed ? `；报告写明的增速是${printed[1]}%` : ''}。`;
}

/**
 * Two years' figures of one thing weighed: the verdict a yes/no comparison asks for (是，2023年比2022年多。), when it asks
 * one, and the change from the earlier year to the later (2023年比2022年增加4件。).
 */
function yearsWeighed(text: string, one: Fact, other: Fact): { verdict?: string; change: string } {
  return { verdict: comparedVerdict(text, one.year, other.year, one.value, other.value), change: yearChange(one, other) };
}

/** The change from the earlier year's figure to the later one's, however they are given (2023年比2022年增加4件。). */
function yearChange(one: Fact, other: Fact): string {
  const [first, second] = one.year <= other.year ? [one, other] : [other, one];
  const difference = second.value - first.value;
  const change =
    difference === 0
      ? '持平'
      : difference > 0
        ? `增加${formatNumber(difference)}${first.unit}`
        : `减少${formatNumber(-difference)}${first.unit}`;
  return `${second.year}年比${first.year}年${change}。`;
}

/**
 * The first part's figure in every part (one part per year), by year, when each part has it and no year comes twice;
 * undefined otherwise.
 */
function oneFigureEachYear(parts: readonly Answer[]): Fact[] | undefined {
  const one = parts[0]?.facts[0];
  if (one === undefined) return undefined;
  const each = parts.map((part) => part.facts.find((fact) => fact.key === one.key && fact.unit === one.unit));
  if (!each.every((fact): fact is Fact => fact !== undefined) || new Set(each.map((fact) => fact.year)).size !== each.length)
    return undefined;
  return each.sort((a, b) => a.year - b.year);
}

/**
 * Two agencies' figures side by side: 谁多 names the larger as 最多 and by how much, 谁少 the
 * smaller as 最少; X比Y多多少 keeps the order the question names them in; X比Y多吗 starts with
 * 是 or 不是. Undefined when the two are equal (the caller says they are the same).
 */
function pairVerdict(
  text: string,
  named: { agency: string; value: number; unit: string },
  other: { agency: string; value: number; unit: string },
  order?: 'asc' | 'desc',
): string | undefined {
  if (named.value === other.value) return undefined;
  // The difference in the unit of the figure the sentence names first (6条 and 1件 of two reports: 多5条, not 多5件).
  const gapIn = (unit: string) => `${formatNumber(Math.abs(named.value - other.value))}${unit}`;
  const gap = gapIn(named.unit);
  const fewer = COMPARED_YES_NO.test(text) ? asksFewer(text) : undefined;
  if (fewer !== undefined || (order === undefined && /比/.test(text))) {
    const relation = `${named.agency}比${other.agency}${named.value > other.value ? '多' : '少'}${gap}（${named.agency}${formatNumber(named.value)}${named.unit}，${other.agency}${formatNumber(other.value)}${other.unit}）。`;
    if (fewer === undefined) return relation;
    return `${(fewer ? named.value < other.value : named.value > other.value) ? '是' : '不是'}，${relation}`;
  }
  // 谁主动公开的信息多 / 哪个少: the word after who decides when the question reads as no ranking.
  const smaller = (order ?? (/(?:谁|哪个|哪家).{0,14}?(?:少|低)/.test(text) ? 'asc' : 'desc')) === 'asc';
  const [first, second] = smaller === named.value < other.value ? [named, other] : [other, named];
  return `${first.agency}${smaller ? '最少' : '最多'}（${formatNumber(first.value)}${first.unit}），比${second.agency}${smaller ? '少' : '多'}${gapIn(first.unit)}（${second.agency}${formatNumber(second.value)}${second.unit}）。`;
}

/** Whether one may sue, appeal or complain (能告他们吗, 可以申请复议吗, 去哪投诉): asked, never counted. */
const REMEDY_ASKED =
  /(?:能|可以|可不可以|能不能|怎么|如何|去哪|到哪|向谁|找谁)[^。？?，,]{0,6}?(?:告|起诉|打官司|复议|投诉|举报)(?![^。？?]{0,4}(?:几|多少))|(?:不|没|没有|没人)(?:答复|回复|回应|理|受理|处理|办理|给答复|给回复|给回音)[^。？?]{0,10}(?:怎么办|咋办|怎么弄|怎么处理)/;

/**
 * Guide topics that hold for every agency alike (what an application must hold, remedies,
 * exemptions, corrections, forms of reply): asked of a named agency, they get the rules. Other
 * topics (websites, what is published) may be the agency's own figures, which its reports answer.
 */
const RULES_FOR_EVERY_AGENCY = new Set([
  'application-content',
  'remedies',
  'exemptions',
  'correction',
  'reply-forms',
  // 咸宁教育局会帮我统计数据吗, 用信息公开申请来投诉行不行: rules of the regulation that hold for every agency.
  'processing-not-required',
  'petition-not-application',
  // 能不能让别人帮我申请: what the regulation says of applying through someone else holds for every agency.
  'entrusted-application',
  // 单位能向X申请信息公开吗: who may apply (公民、法人或者其他组织) holds for every agency.
  'who-may-apply',
  // 向X申请可以匿名吗: an application names its applicant (Art. 29) whichever agency it goes to.
  'anonymous-application',
  // 外地人能向X申请吗, 要本人去X吗: applying in writing, by post or online, without coming in person holds for every agency.
  'in-person-not-required',
]);

/**
 * Rules topics an agency's own guide may add to (the papers to bring, applying through someone else), with the words a guide
 * saying anything of them holds: asked of an agency whose stored guide holds none of them, the answer says the guide is silent.
 */
const GUIDE_SILENT_TOPICS = new Map<string, { words: RegExp; what: string }>([
  [
    'application-content',
    { words: /身份证|身份证明|证件|材料|营业执照|组织机构代码|信用代码|委托书|复印件|证明文件/, what: '申请要带哪些材料' },
  ],
  ['entrusted-application', { words: /委托|代理|代为|代办|代他人|授权/, what: '能否请他人代为申请' }],
]);

/**
 * 法人 / 单位 / 组织 alone (a count asked or not): the applicants that are no natural person, as one group. (其中法人呢 after
 * 收到几件申请: the part word asks the same group of the count just given, not the sentence naming 公民、法人和其他组织 together.)
 */
const LEGAL_PERSONS_ALONE =
  /^(?:其中|里面|这里面|这其中|当中)?(?:法人(?:或其他组织)?|单位|组织|企业单位)(?:申请)?(?:(?:有|是)?(?:多少|几)[件个项]?)?$/;

/**
 * 法人呢 after a count of applications (收到几件申请, 自然人几件): the same row, the five columns of
 * 法人或其他组织 together (the engine sums them), never the 总计 column.
 */
function legalPersonsTopic(residue: string, remembered: Topic | undefined): Topic | undefined {
  if (remembered?.type !== 'cell' || remembered.row.columns.length < 7 || !LEGAL_PERSONS_ALONE.test(residue)) return undefined;
  if (!remembered.row.columns.some((column) => column.key === 'business')) return undefined;
  return { ...remembered, column: undefined, byApplicant: true, legalPersons: true };
}

/**
 * 是企业还是个人 / 个人还是单位 after a count of one row: the row by applicant type, when two or
 * more of its columns are offered as a choice.
 */
function applicantChoiceTopic(residue: string, remembered: Topic | undefined): Topic | undefined {
  if (remembered?.type !== 'cell' || !/还是|或者|或是/.test(residue) || remembered.row.columns.length < 2) return undefined;
  const named = remembered.row.columns.filter((column) =>
    [column.label, ...column.synonyms].some((word) => word.length >= 2 && residue.includes(word)),
  );
  return named.length >= 2 ? { ...remembered, column: undefined, byApplicant: true } : undefined;
}

/**
 * Words of what annual reports state (publishing, applications, channels, counts): a question
 * without any (今天天气怎么样, 帮我写一首诗) is not looked for in a remembered agency's reports,
 * which would read every sentence of them for nothing.
 */
/** A channel's count as asked (发了多少条, 上公开了几条, 推送了多少篇). */
const CHANNEL_COUNT_ASKED = /(?:上)?(?:发布?|推送|公开|转载)了?(?:多少|几)[条篇期]?(?:信息)?/;

/** A channel of publishing, as citizens name one. */
const CHANNEL_WORD = /网站|公众号|微博|平台|抖音|视频号|日报|公开栏|工作群/;

/** The channel a question counted the items of (微信公众号, 门户网站, 政务微博), as its words name it. */
const LAST_CHANNEL = /(?:微信)?公众号|(?:政府|门户|官方)?网站|(?:政务)?微博|抖音|视频号/;
/** What the question counted of that channel after naming it (发布工作动态多少条, 发了几篇). */
const CHANNEL_COUNT_AFTER =
  /^\p{Script=Han}{2,6}?(?:上|里)?(?:发布?|推送|公开|转载|更新)了?\p{Script=Han}{0,6}?(?:多少|几)(?:[条篇]|(?:政府|政务)?(?:信息|稿件|文章))/u;
/** What the question counted as coming in through that channel (收到多少条留言, 回复了几条评论): no count of what it published. */
const CHANNEL_RECEIVED_AFTER =
  /^\p{Script=Han}{2,6}?(?:上|里)?(?:一共|共|总共)?(?:收到|接到|接收|受理|回复|答复|办理|办结)了?(?:(?:多少|几)[条件个次]?(?:网民|群众)?(?:留言|评论|咨询|投诉|私信|诉求)|(?:网民|群众)?(?:留言|评论|咨询|投诉|私信|诉求)(?:有|共)?(?:多少|几))/u;
/** A body's own channel said with 自己的 (经开区自己的门户网站呢, 他们自己的网站呢): the word for the body, then the channel alone. */
const OWN_CHANNEL_OF =
  /^(?:那么?)?(他们|它们|你们|经开区|开发区|高新区|新区|园区|管委会|街道|镇|乡)?(?:自己|自家|本身)的((?:门户|官方|政府)?网站|官网|(?:微信)?公众号|微博|抖音|视频号)(?:上|里)?(?:的)?呢[？?。！!]*$/;
/** A message that only names a channel (…的政府网站呢, 那智慧西工平台呢): what is asked of it is the last question's. */
const CHANNEL_NAMED_ALONE = /((?:网站|公众号|微博|平台|抖音|视频号|日报|公开栏|工作群))(?:上|里)?(?:的)?(?:呢)?[？?。！!]*$/;

/** An office with no body before it, opening the question (办公厅受理了多少件, 那办公室电话多少): a government's office. */
const BARE_OFFICE = /^(?:那个?|请问|我想问一?下|想问一?下)?(办公厅|办公室)/;

/** The last question asked a channel's followers (微博关注的多少, or 微博的呢 after 关注的人数). */
function followersAsked(memory: ConversationMemory | undefined): boolean {
  return /关注|粉丝|订阅(?!号)/.test(memory?.lastQuestion ?? '') || (memory?.topic?.type === 'prose' && memory.topic.key === 'followers');
}
/** 官网呢 said alone as a follow-up (那官网呢, 它官网上的呢). */
const OFFICIAL_SITE_ALONE = /^(?:那么?)?(?:它|他们|人家)?(?:的)?官网(?:上|里)?(?:的)?(?:呢)?[？?。！!]*$/;
/** A site or a board named alone (…的政府网站, 门户网站呢, 公开栏呢): channels no one follows. */
const SITE_NAMED_ALONE = /(?:网站|公开栏)(?:上|里)?(?:的)?(?:呢)?[？?。！!]*$/;

/** Words only an agency's name holds (局, 委员会, 政府, 街道 …): a place without any is no agency asked. */
const AGENCY_WORD = /局|委|办|院|厅|中心|政府|街道|镇|乡|所|站|队|部门|机关|单位/;

/** The short forms of agencies' kinds without their last word (人社 of 人社局, 卫健 of 卫健委, 市场监管 of 市场监管局). */
const KIND_STEMS: readonly string[] = [
  ...new Set(
    KIND_ABBREVIATIONS.map(([, short]) => short.replace(/[局委厅办]$/, '')).filter((stem) => stem.length >= 2 && !/政府|公司/.test(stem)),
  ),
];

/**
 * A body's own name at least two characters before its kind: a school, a hospital, a company (华东师范大学, 市第一人民医院), or
 * a place's party committee (彭场镇党委, 新华街道党工委), which publishes no report or guide of its own.
 */
const NAMED_BODY = /\p{Script=Han}{2}(?:大学|学院|学校|中学|小学|医院|公司|集团|银行|党委|党工委)/u;

/**
 * A judgement of how well disclosure is done (哪个街道信息公开做得最好, 谁干得最差) or a property of applicants no report counts
 * (申请人里男的多还是女的多, 申请人平均年龄): asked of no agency, nothing the store holds answers it, a refusal, not a request to
 * ask again.
 */
const NEVER_STATED_ASKED =
  /(?:做|干|搞|办)得(?:最好|最差|最烂|最棒|最不好|好不好|好吗|怎么样|咋样|如何|行不行)|(?:男|女)的(?:多|少|是|占)|男女比例|性别|(?:平均)?年龄|多大岁数|多大年纪|年纪多大/;
/**
 * 你觉得瓮安县信息公开做得怎么样: the bot's own judgement of one agency's work asked, which no report states (X政务公开工作做得
 * 好不好, no 你觉得, asks how its work went: the report's overview answers it).
 */
const JUDGEMENT_OF_AGENCY = /你们?(?:觉得|认为|看)[^，。？?]{2,30}(?:怎么样|咋样|如何|好不好|行不行)[?？。!！]*$/;

const REPORT_MATTER =
  /主题|活动|公开|申请|信息|网|微博|微信|公众号|抖音|视频|政务|发布|发文|报告|年报|复议|诉讼|处罚|许可|文件|规章|培训|解读|开放日|平台|热线|信箱|留言|粉丝|关注|会议|栏|经费|预算|决算|收费|投诉|答复|办结|企业|公司|单位|人才|特派员|项目|哪些|哪几|[0-9０-９几多少][条件篇次期场人名家个项万元]|吗|没|有没有|是否|关[了掉停]|还在/;

/**
 * 工作动态呢 / 那网上信访呢: a thing named alone as a follow-up, even right after a question that was not understood (荣成信访局去年收了
 * 几封信): in a conversation about one agency it is searched in that agency's reports, never read as off-topic.
 */
const THING_FOLLOW_UP = /^(?:那|那么)?\p{Script=Han}{2,10}?(?:的)?呢[?？。]*$/u;

/**
 * 街道动态 / 通知公告 alone (no 呢, no question word) right after a figure read from a sentence that lists it: the listed
 * thing's count is asked, as 街道动态呢 asks it (繁体 sentences compared in simplified form).
 */
function bareThingOfLastSentence(text: string, lastFacts: readonly Fact[] | undefined): { thing: string; unit: string } | undefined {
  const thing = toSimplified(text.trim().replace(/^(?:那|那么)|[?？。]+$/g, ''));
  if (!/^\p{Script=Han}{2,8}$/u.test(thing)) return undefined;
  const fact = (lastFacts ?? []).find((each) => each.sentence !== undefined && toSimplified(each.sentence).includes(thing));
  return fact ? { thing, unit: fact.unit } : undefined;
}

/** What deputies, committee members and petitioners send: not information-disclosure applications (a report may count them in its prose). */
const DEPUTIES_AND_PETITIONS = /人大(?:代表)?建议|政协(?:委员)?提案|建议提案|代表建议|人大议案|信访件|信访事项|信访案件/;

/** 收到的申请, 申请件数: applications themselves named, not 依申请公开 (a kind of disclosure) nor 人大建议 (see DEPUTIES_AND_PETITIONS). */
const NAMES_APPLICATIONS = /(?<!依)申请/;

/**
 * A follow-up to an answer from the reports' sentences (那其他文件呢 after 人事任免文件196件) that
 * names a table row only by a generic word of two characters (其他): it asks the sentence's
 * neighbour, not the table row.
 */
function weakAfterRetrieval(understood: Understanding, memory: ConversationMemory | undefined): boolean {
  if (!memory?.retrieval || !understood.followUp || understood.topic?.type !== 'cell') return false;
  const { row } = understood.topic;
  // 那收到的申请呢 after a count read from a sentence: applications named (收到的申请, 申请数) ask table 三's row, whose
  // columns and rows (其中法人呢, 办完的呢) the next follow-ups read; 依申请 names a kind of disclosure, not applications.
  if (row.table === 'applications' && NAMES_APPLICATIONS.test(understood.text)) return false;
  const words = [row.label.replace(/^[一二三四五六七八九（）()\d.、]+/, ''), ...row.match, ...row.synonyms];
  const longest = Math.max(0, ...words.filter((word) => understood.text.includes(word)).map((word) => word.length));
  // Recognised by a pattern of its own (被人告了几次 → 行政诉讼), not by a word of the row: not weak.
  return longest > 0 && longest <= 2;
}

/** When an annual report itself was (or will be) published: 年报什么时候发布, 年度报告哪天公布的. */
/** Where a branch's name as written starts: the city written before it (遂宁|船山公安分局) is part of it, up to four characters of the stored name. */
function startWithCityWritten(text: string, at: number, storedName: string): number {
  let start = at;
  while (start > 0 && at - start < 4 && storedName.includes(text.slice(start - 1, at))) start -= 1;
  return start;
}

/** A district (船山, 船山区) then the kind of a city bureau that keeps branches in its districts (公安, 税务 …), 局 or not. */
const BRANCH_KIND_AFTER_DISTRICT =
  /(\p{Script=Han}{2}[区县]?)(公安|税务|市场监督管理|市场监管|自然资源和规划|自然资源|生态环境|交通运输|住房公积金管理中心)局?/u;

/** The report itself named (年报, 年度报告, 报告): a question of where or when it is read. */
const REPORT_NAMED = /年报|年度报告|报告/;
/** 有2023年的吗 / 2022年的呢 / 有没有前年的年报: a year's report asked after, the year in group 1. */
const REPORT_YEAR_FOLLOW_UP =
  /^(?:那|那么)?(?:请问)?(?:有没有|有无|还有|有)?((?:(?:19|20)?\d{2}|[二〇零一三四五六七八九]{2,4})年度?|今年|去年|大前年|前年)的?(?:年报|年度报告|报告)?(?:吗|么|嘛|没有?|不|呢|有吗|有没有|有么|有没)?[?？。!！]*$/;
/** A section whose whole text is 无 (无。, 無|: a table's bar left by the crawl): it states there is nothing to report. */
const SECTION_SAYS_NONE = /^\s*[无無]\s*[。.．]?\s*[|｜]?\s*$/;

const REPORT_TIMING =
  /(?:年报|年度报告|报告)[^，。？?]{0,8}?(?:什么时候|什么时间|啥时候|啥时|哪天|几号|何时|哪一天|几月份?)(?:发布|公布|出来|出|公开|发|挂)/;

/** 多少条信息, 信息数多少条: the question counts items of information, not applications. */
const COUNTED_INFORMATION = /(?:多少|几)[条则](?:政府|政务)?(?:信息|数据)|(?:信息|数据)(?:数|条数|数量)(?:是|有|为|共)?(?:多少|几)/;

/** Whether a question counts items of information rather than applications. */
function countsInformation(text: string): boolean {
  return COUNTED_INFORMATION.test(text);
}

/** A change asked against the year before (比上一年多了百分之多少, 同比增长多少). */
const CHANGE_ASKED = /比(?:上一?年|去年|前一年|上年度|(?:19|20)\d{2}年)|同比|增长|增幅|减少|下降|多了|少了/;

/** A statement that something did not happen at all (未收到, 未接收到, 没有发生, 无…申请; 无行政规范性文件出台, 未制发规范性文件). */
const NONE_HAPPENED =
  /(?:未|没有|没|无|暂无|暂未)(?:收到|接到|接收|发生|受理|产生|出现|提起|办理|结转)|(?:无|没有|暂无)(?:政府信息)?依申请公开(?:事项|申请|件|的情况)?(?![^，,。；;]{0,4}(?:复议|诉讼))|(?:收到|受理|接到)[^，,。；;\d]{0,12}申请[^，,。；;\d]{0,8}(?<![\d.])0(?:件|个|条)(?![\d.])|(?:收到|接到|受理)[^，,。；;\d]{0,16}?(?:数量|件数|总数)(?:为|是)0(?![\d.])|(?:未|没有|无|暂无|暂未)(?:新)?(?:行政)?规范性文件(?:出台|制发|印发|发布)|(?:未|没有|暂未)(?:新)?(?:出台|制发|制定|印发)(?:[^，,。；;\d]{0,4})规范性文件/;

/** A yes/no retrieval that states none happened, as an answer to 多少; otherwise undefined. */
function noneStated(found: Retrieved | undefined): Retrieved | undefined {
  return found && found.yes === false && NONE_HAPPENED.test(found.clause) && !otherRequestNone(toSimplified(found.clause))
    ? found
    : undefined;
}

/** Which channels an agency publishes through, asked (公开信息的渠道有哪些, 通过哪些平台公开). */
const CHANNELS_LISTED_ASKED = /渠道有哪些|(?:通过|在|用)(?:哪些|什么|哪几个|哪个)(?:渠道|平台)/;

/**
 * The sentence of a report that names two channels or more (持续优化政府门户网站栏目设置,加强微信公众号内容策划与运维,积极利用
 * 宣传栏…等多种载体发布信息), the section `preferred` first; undefined where none does.
 */
function channelsSentence(sections: Record<string, string>, preferred: string): string | undefined {
  const ordered = [
    sections[preferred] ?? '',
    ...Object.entries(sections)
      .filter(([key]) => key !== preferred)
      .map(([, text]) => text),
  ];
  for (const text of ordered)
    for (const sentence of text.split(/(?<=[。；;！!])/)) {
      const named = new Set(toSimplified(sentence).match(CHANNEL_WORDS_ALL) ?? []);
      if (named.size >= 2 && !/\d/.test(sentence)) return sentence.trim().replace(/^[(（][一二三四五六七八九十]+[)）][^。]*?。/, '');
    }
  return undefined;
}

/** A name a report quotes that is no word of applying or of publishing (“民呼我为”, “一网通办”, “12345”). */
const QUOTED_NAME = /[“「"]([^“”「」"，,。；;]{2,12})[”」"]/g;
const APPLICATION_WORDS = /申请|信息公开|政务公开|主动公开|复议|诉讼/;

/** The names the reports' text quotes (“民呼我为”) that the question writes: the thing it asks of. */
function quotedNamesAsked(question: string, texts: readonly string[]): string[] {
  const simplified = toSimplified(question);
  const names = new Set<string>();
  for (const text of texts)
    for (const match of toSimplified(text).matchAll(QUOTED_NAME))
      if (!APPLICATION_WORDS.test(match[1]) && simplified.includes(match[1])) names.add(match[1]);
  return [...names];
}

/** A fee a none-statement is about (未产生信息处理费, 未收取任何费用). */
const FEE_NONE = /处理费|收费|费用/;

/**
 * 我社未接到公众关注热点或重大舆情回应的申请: none of another kind of request (a 申请 its own words qualify, none of them
 * 公开 or 信息) says nothing of applications for information.
 */
function otherRequestNone(clause: string): boolean {
  const qualified = /(?:未|没有|没|无|暂无|暂未)(?:收到|接到|受理)([^，,。；;]*?)的申请/.exec(clause);
  // 未收到任何形式的申请 qualifies nothing: any form of application is still one.
  return qualified !== null && !/公开|信息/.test(qualified[1]) && !ANY_FORM.test(qualified[1]);
}

/** A qualifier that takes in every kind (任何形式, 各种方式, 任何): no other kind of request. */
const ANY_FORM = /^(?:任何|各种|各类|一切)(?:形式|方式|类型|渠道)?$/;

/** The ways a citizen may hand in an application (电话, 网上, 信函, 当面 …): a breakdown table 三 does not have. */
const APPLICATION_CHANNEL =
  /^(?:电话|打电话|网络|网上|在线|线上|网站|信函|邮寄|来信|信件|写信|当面|现场|窗口|线下|传真|邮箱|电子邮件|邮件|微信|热线|12345|\p{Script=Han}{0,3}信箱)$/u;

/** Measure words no count of applications is asked in: a rate, letters, sheets, machines, sets. */
const NOT_APPLICANT_UNITS = /^(?:%|封|张|台|套|册)$/;

/** What is counted of a channel: its posts or its followers (发了多少条, 关注的人有多少, 粉丝呢). */
const COUNTED_OF_CHANNEL = /发|推送|转载|关注|粉丝|阅读|浏览/;

/**
 * 公众号粉丝多少，发了多少条: a later part that counts posts or followers without naming a channel
 * is about the channel the part before it named (the last one named there); else nothing.
 */
function channelOf(previous: string, part: string): string {
  if (CHANNEL_WORDS.test(part) || !COUNTED_OF_CHANNEL.test(part)) return '';
  const named = previous.match(new RegExp(CHANNEL_WORDS.source, 'g'));
  return named ? named[named.length - 1] : '';
}

/** Whether every application was handled (都办完了吗, 办结了没有, 都答复了吗): asked of a year that may have had none. */
const HANDLED_ALL_ASKED = /(?:办完|办结|处理完|答复完|都答复|都回复|都处理|都办)/;
/** A clause saying no application came in at all (未收到申请, 没有接到政府信息公开申请). */
const NONE_RECEIVED = /(?:未|没有|没|暂无|无)(?:收到|接到|接收到?|受理)[^，。；,;]{0,16}申请/;
/**
 * No application said without a verb of receiving (我局无依申请公开事项) or counted as 0 (共收到和处理依申请公开0件): none came in.
 * (无…被申请行政复议 is no such sentence: 依申请公开 must follow the 无 at once.)
 */
const NONE_APPLIED_OTHERWISE =
  /(?:无|没有|暂无)(?:政府信息)?依申请公开(?:事项|申请|件|的情况)?(?![^，。；,;]{0,4}(?:复议|诉讼))|(?:收到|受理|接到)[^，。；,;\d]{0,12}申请[^，。；,;\d]{0,8}(?<![\d.])0(?:件|个|条)/;

/** An item of a list with its own count (,政务公开信息16条,): the words between a clause mark and the number. */
const LISTED_ITEM = /[，,、；;：:。]([\p{Script=Han}]{4,10})(\d+)条/gu;

/** A clause saying applications came in: a count (申请3件, 一件), or a verb of receiving (收到, 接到, 新收, 共受理). */
const APPLICATIONS_CAME_IN = /\d|[一二两三四五六七八九十百]+件|收到|接到|接收|新收|共受理|受理了/;

/** Whether a question word names a way of applying. */
function isApplicationChannel(word: string): boolean {
  return APPLICATION_CHANNEL.test(word);
}

/**
 * The words of a question asking what came in (收到了几件) that name something other than applications (民呼我为, 阳光问政,
 * 政民互动): none where it says 申请 or 依申请, names a way of applying (网上, 信函) or only words the row accounts for.
 */
function otherThingThanApplications(topic: Topic & { type: 'cell' }, text: string): string[] {
  if (topic.row.table !== 'applications' || /申请|依申请/.test(text)) return [];
  // (比23年多还是少 / 跟上一年比呢 after 收到多少申请: words comparing years name no thing.)
  const thing = text.replace(YEARS_COMPARED_WORDS, '');
  return unexplainedWords(topic, contentWords(thing)).filter((word) => !isApplicationChannel(word));
}

/** The words of a comparison of two years (比23年多还是少, 跟上一年相比呢, 同比增加了吗), which name nothing counted. */
const YEARS_COMPARED_WORDS =
  /(?:(?:19|20)?\d{2}年度?|去年|前年|上一?个?年度?|前一年)|(?:跟|和|与|同)?比(?:较)?|相比|对比|同比|多还是少|增加还是减少|还是|增加|增长|减少|下降|上升|变化|多了|少了|呢|吗/g;

/**
 * A prose figure as its sentence prints it: 260余条 and 70多条 keep 余 and 多 (the store holds 260 and
 * 70; stated bare they would claim an exact count the report does not give).
 */
/**
 * 网站主动公开信息233条,微信公众号发布信息295条,共计528条: two parts or more of one sentence in one unit, followed right after the
 * last of them by a bare 共计 / 合计 / 总计 / 共 count equal to their sum: that count. Undefined otherwise (a total that is not
 * the sum of the parts printed may count more than they do, and is not taken).
 */
function bareTotalAfterParts(figures: readonly ProseFigure[]): number | undefined {
  const [first] = figures;
  if (figures.length < 2 || figures.some((figure) => figure.sentence !== first.sentence || figure.unit !== first.unit)) return undefined;
  const sentence = toSimplified(first.sentence).replace(/\s+/g, '');
  let end = -1;
  for (const figure of figures) {
    const printed = new RegExp(`(?<![\\d.])${String(figure.value).replace('.', '\\.')}${figure.unit}`, 'g');
    for (const match of sentence.matchAll(printed)) end = Math.max(end, match.index + match[0].length);
  }
  if (end < 0) return undefined;
  const total = new RegExp(`^[,，;；、]?(?:共计|合计|总计|总共|共)(\\d+)${first.unit}(?![\\d.])`).exec(sentence.slice(end));
  if (!total) return undefined;
  const sum = figures.reduce((all, figure) => all + figure.value, 0);
  return Number(total[1]) === sum ? sum : undefined;
}

function printedFigure(figure: { value: number; unit: string; sentence?: string }): string {
  const value = formatNumber(figure.value);
  // (余 after a number printed with no unit of its own, 获3100余受众关注, is that count's too.)
  const approximately = ['余', '多'].find(
    (mark) =>
      figure.sentence?.includes(`${figure.value}${mark}${figure.unit}`) ||
      // (The number and the mark must be there for the pattern to match: most sentences are ruled out before it is built.)
      (figure.sentence?.includes(`${figure.value}${mark}`) &&
        new RegExp(`(?<![\\d.])${String(figure.value).replace('.', '\\.')}${mark}(?=受众|粉丝|用户|网友|网民)`).test(
          figure.sentence ?? '',
        )),
  );
  return `${value}${approximately ?? ''}${figure.unit}`;
}

/**
 * The remembered figures that count what the last one counts: the same table figure, or for figures read from sentences
 * (all keyed `sentence`) the same unit too, so 哪个多 never weighs 3宗 of one question against 533条 of another.
 */
function sameMeasureAsLast(remembered: readonly Fact[]): Fact[] {
  const latest = remembered[remembered.length - 1];
  if (!latest) return [];
  const latestLead = latest.key === 'sentence' ? wordsOfFact(latest) : '';
  return remembered.filter(
    (fact) =>
      fact.key === latest.key &&
      (fact.key !== 'sentence' ||
        (sameItemUnit(fact.unit, latest.unit) && (fact === latest || sharesAWord(wordsOfFact(fact), latestLead)))),
  );
}

/**
 * The words a sentence's figure follows in its clause (提起行政复议 for 1件, 襄城就业微信公众号 for 24条), the sentence itself
 * when the figure is not printed as a number. Two figures read from sentences measure the same thing only when these share a word: 复议1件 and
 * 公众号24条 are both counts in 件 or 条, and no comparison.
 */
function leadOfFact(fact: Fact): string {
  const sentence = (fact.sentence ?? '').replace(/\s+/g, '');
  const at = sentence.indexOf(`${fact.value}${fact.unit}`);
  // A none said in words (未发生…行政复议…案件 for 0件): the sentence's words are the figure's.
  if (at < 0) return sentence.slice(0, 60);
  const before = sentence.slice(Math.max(0, at - 12), at);
  return before.slice(Math.max(...['，', ',', '、', '；', ';', '。', '：', ':'].map((mark) => before.lastIndexOf(mark))) + 1);
}

/**
 * The words that name a sentence's figure: those before it (leadOfFact) and, for a figure printed first (本机关收到4件政府信息公开申请),
 * the words right after it in its clause.
 */
function wordsOfFact(fact: Fact): string {
  const lead = leadOfFact(fact);
  const sentence = (fact.sentence ?? '').replace(/\s+/g, '');
  const printed = `${fact.value}${fact.unit}`;
  const at = sentence.indexOf(printed);
  if (at < 0) return lead;
  const after = /^[^，,、；;。：:\d（(]{0,12}/.exec(sentence.slice(at + printed.length))?.[0] ?? '';
  return /^\p{Script=Han}/u.test(after) ? `${lead}…${after}` : lead;
}

/** The words a figure follows as its sentence prints them (襄城就业微信公众号), '' for a none said in words. */
function printedLead(fact: Fact): string {
  return (fact.sentence ?? '').replace(/\s+/g, '').includes(`${fact.value}${fact.unit}`) ? leadOfFact(fact) : '';
}

/** Whether two leads share a two-character word other than the verbs of publishing and counting (发布, 公开, 共计). */
function sharesAWord(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  for (let at = 0; at + 1 < a.length; at += 1) {
    const pair = a.slice(at, at + 2);
    if (/\p{Script=Han}{2}/u.test(pair) && !/发布|公开|共计|累计|全年|本年|其中|通过|收到|办理|政府/.test(pair) && b.includes(pair))
      return true;
  }
  return false;
}

/**
 * 里面又分哪些 / 其中包括哪些 / 具体有哪些 / 都有什么: a short follow-up asking what a figure just answered is made of
 * (还有什么 alone asks what else, not this).
 */
const BREAKDOWN_ASKED =
  /^(?:那|这)?(?:(?:里面|里头|其中|具体|这些|这个)(?:又|都|还)?(?:分为?|分成|包括|包含|含|有)|(?:又|都)?(?:分为?|分成|包括|包含)|都有)(?:哪些|哪几(?:类|种|项|个)|什么|啥)(?:呢|啊)?[?？。]*$|^(?:那|这)?(?:(?:里面|里头|其中|具体)(?:都|又)?|都)是(?:哪些|什么|啥)[?？。]*$/;

/**
 * The parts a sentence prints right after a figure (政务运行类信息55条（含部门工作动态51条、工作总结2条…）, 主动公开信息225条，
 * 其中：年报1件，机构职能1件…): quoted as printed, the figure's own sentence cited; undefined when it prints none.
 */
function partsOfLastFigure(last: Fact): Answer | undefined {
  if (!last.sentence) return undefined;
  const sentence = last.sentence.replace(/\s+/g, '');
  const at = sentence.indexOf(`${last.value}${last.unit}`);
  if (at < 0) return undefined;
  const after = sentence.slice(at + `${last.value}${last.unit}`.length);
  const found = /^[（(](?:含|包括|其中[:：]?)([^）)]+)[）)]/.exec(after) ?? /^[，,]?(?:其中|包括|具体包括)[:：，,]?([^。；;]+)/.exec(after);
  // 主动公开政府信息6条,分别是重大建设项目领域基层政务公开标准目录、信息主动公开事项目录…: the items named one by one, no
  // count of their own, are the parts all the same.
  const named = found ? undefined : /^[，,]?分别(?:是|为)[:：]?([^。；;]+、[^。；;]+)/.exec(after);
  if (named) return partsAnswer(last, named[1]);
  if (!found || !/\d/.test(found[1])) return undefined;
  return partsAnswer(last, found[1]);
}

/** The parts printed after the last figure, quoted with the figure's own sentence. */
function partsAnswer(last: Fact, parts: string): Answer {
  return {
    kind: 'text',
    answer: `${last.agency}${last.year}年的${formatNumber(last.value)}${last.unit}，报告写明包括：${parts}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [],
  };
}

/** 还有呢 / 还有别的吗 / 另外呢, said alone: what else the last figure's breakdown prints. */
const MORE_PARTS_ASKED = /^(?:那|那么)?(?:还有|另外)(?:呢|吗|别的(?:吗|呢)?|其他的?(?:吗|呢)?|什么|哪些|啥)?[?？。!！]*$/;
/** One clause of a breakdown: its words, then a count and its measure word (政府信息公开类1129条). */
const BREAKDOWN_ITEM = /^([^，,、；;。\d]{1,16}?)(\d+)\s*([条件篇次个项期])$/;

/**
 * 还有呢 after one part of a breakdown (主动公开2406条,其中政务动态1215条,政府信息公开类1129条,概况类信息62条,开展…3期): the
 * items printed right after the part said, as long as they count in its measure word (1129条, 62条, not the 3期 of another
 * thing). Undefined when the part stands in no breakdown (其中) or nothing of its measure follows it.
 */
function partsAfterLast(last: Fact): Answer | undefined {
  if (!last.sentence) return undefined;
  const sentence = toSimplified(last.sentence).replace(/\s+/g, '');
  const said = new RegExp(`(?<![\\d.])${last.value}${last.unit}`).exec(sentence);
  if (!said || !/其中|包括/.test(sentence.slice(0, said.index))) return undefined;
  const following: Array<{ name: string; value: number; unit: string }> = [];
  for (const clause of sentence
    .slice(said.index + said[0].length)
    .replace(/^[，,、；;]/, '')
    .split(/[，,、；;]/)) {
    const item = BREAKDOWN_ITEM.exec(clause.replace(/[。！？!?]+$/, ''));
    if (!item) break;
    following.push({ name: item[1], value: Number(item[2]), unit: item[3] });
  }
  // A part in another measure is still the breakdown's when the parts add up to the whole before 其中 (主动公开政府信息89条，其中
  // 门户网站19条，政务公开栏12条，工作群3条，发布《海原科技信息》55期: 19+12+3+55 = 89); otherwise the items stop at the first
  // of another measure (开展…3期 is another thing).
  const sameMeasure = following.findIndex((item) => !sameItemUnit(item.unit, last.unit));
  const items = sameMeasure < 0 || partsMakeWhole(sentence, said.index, following) ? following : following.slice(0, sameMeasure);
  if (items.length === 0) return undefined;
  const listed = items.map((item) => `${item.name}${formatNumber(item.value)}${item.unit}`).join('，');
  return {
    kind: 'figure',
    answer: `${last.agency}${last.year}年，报告在这一项之后还写了：${listed}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    // Each item is a count of its own, read from the sentence: not the figure the last one was (its key stays with it).
    facts: items.map((item) => ({ ...last, key: 'sentence', value: item.value })),
  };
}

/**
 * 其他多少条 after one part of a breakdown whose sentence prints its own 其他 part after it (…381条,其中医保政策文件224条,政策解读79条,
 * 其他78条): that printed figure, quoted. The whole less the last part (381 − 79) is no count the report gives of 其他.
 */
function printedOtherPart(last: Fact): Answer | undefined {
  if (!last.sentence) return undefined;
  const sentence = toSimplified(last.sentence).replace(/\s+/g, '');
  const said = new RegExp(`(?<![\\d.])${last.value}${last.unit}`).exec(sentence);
  if (!said) return undefined;
  const other = new RegExp(`(?:^|[，,、；;：:])((?:其他|其它|其余|剩余)[^，,、；;。\\d]{0,8}?)(\\d+(?:\\.\\d+)?)${last.unit}`).exec(
    sentence.slice(said.index + said[0].length),
  );
  if (!other) return undefined;
  return {
    kind: 'figure',
    answer: `${last.agency}${last.year}年：${other[1]}${formatNumber(Number(other[2]))}${last.unit}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [{ ...last, key: 'sentence', value: Number(other[2]) }],
  };
}

/**
 * Whether the counts of a breakdown (its parts from 其中 up to the one said at `saidAt`, then `following`) add up to the whole
 * printed right before 其中 (主动公开政府信息89条，其中…19条…12条…3条，发布…55期: 89).
 */
function partsMakeWhole(sentence: string, saidAt: number, following: ReadonlyArray<{ value: number }>): boolean {
  const among = sentence.lastIndexOf('其中', saidAt);
  if (among < 0) return false;
  const whole = /(\d+)\s*[条件篇次个项期][，,、]?$/.exec(sentence.slice(0, among));
  if (!whole) return false;
  const before = [...sentence.slice(among, saidAt).matchAll(/(?<![\d.])(\d+)\s*[条件篇次个项期]/g)].map((match) => Number(match[1]));
  const said = /^(\d+)/.exec(sentence.slice(saidAt));
  const total = [...before, Number(said?.[1] ?? 0), ...following.map((item) => item.value)].reduce((sum, value) => sum + value, 0);
  return total === Number(whole[1]);
}

/** One count of a sentence with the words before it (发布有关决策性会议信息44条). */
const COUNTED_ITEM = /([^，,、；;。：:\d]{1,16}?)(\d+)\s*([条件篇次个项期场])/g;

/**
 * 还有呢 after a figure its sentence prints alone (…等底线工作信息66条。 then 镇级重点决策…,发布有关决策性会议信息44条,有关民生
 * 护航类会议32条。): the counts, in its measure, of the next sentence of the same section that prints any; undefined when none
 * follows (the page is cut, or the section ends).
 */
function partsOfNextSentence(last: Fact, sections: Record<string, string>): Answer | undefined {
  if (!last.sentence) return undefined;
  const said = toSimplified(last.sentence).replace(/\s+/g, '');
  for (const [, text] of Object.entries(sections)) {
    const flat = toSimplified(text).replace(/\s+/g, '');
    const at = flat.indexOf(said);
    if (at < 0) continue;
    const next = (flat.slice(at + said.length).match(/[^。！？!?]+[。！？!?]?/g) ?? []).slice(0, 3);
    for (const sentence of next) {
      if (/^[（(][一二三四五六七八九十]+[）)]|^[一二三四五六七八九十]+、/.test(sentence)) return undefined;
      const items = [...sentence.matchAll(COUNTED_ITEM)]
        .filter((match) => sameItemUnit(match[3], last.unit))
        .map((match) => ({ name: match[1], value: Number(match[2]), unit: match[3] }));
      if (items.length === 0) continue;
      const listed = items.map((item) => `${item.name}${formatNumber(item.value)}${item.unit}`).join('，');
      return {
        kind: 'figure',
        answer: `${last.agency}${last.year}年，报告接着写了：${listed}。\n原文：“${sentence}”\n（来源：${last.source.report}${last.source.section}）`,
        facts: items.map((item) => ({ ...last, key: 'sentence', value: item.value, sentence })),
      };
    }
    return undefined;
  }
  return undefined;
}

/**
 * sameMeasureAsLast, but a channel's count read from a sentence (西工区: 通过政府网站公开政府信息5条) and one read as a
 * channel's published items (沙坡头区: 通过政府网站发布信息44条) measure the same when both are items published: two
 * agencies' reports print the same channel's count in either form.
 */
function sameChannelMeasureAsLast(remembered: readonly Fact[]): Fact[] {
  const latest = remembered[remembered.length - 1];
  const channelish = (fact: Fact) => fact.key === 'sentence' || fact.key === 'proactive_items_by_channel';
  if (!latest || !channelish(latest)) return sameMeasureAsLast(remembered);
  // (复议0件 then 公众号24条: a count that names no channel is no channel's figure to weigh against one.)
  const latestLead = leadOfFact(latest);
  const channelOrShared = (fact: Fact) =>
    fact === latest ||
    (CHANNEL_WORDS.test(leadOfFact(fact)) && CHANNEL_WORDS.test(latestLead)) ||
    sharesAWord(wordsOfFact(fact), wordsOfFact(latest));
  return remembered.filter((fact) => channelish(fact) && sameItemUnit(fact.unit, latest.unit) && channelOrShared(fact));
}

/**
 * The question a bare follow-up answered from the sentences stands for, kept as the conversation's last question: 政策解读呢
 * after 开了几场新闻发布会, answered 政策解读123件, is 政策解读多少 — so 那长春市政府办公厅呢 after it asks that count of the agency
 * named, not 政策解读呢 read as a request for text. The message as written otherwise.
 */
/** 我是说央媒的 / 不是这个意思，我问的是转载的: a correction naming a short thing alone, that thing asked as a follow-up. */
const CORRECTION_LEAD =
  /^(?:不是(?:这个|那个)?(?:意思)?[，,。\s]*)?(?:我是说|我说的是|我问的是|我要问的是|我的意思是|我想问的是)[，,\s]*(\p{Script=Han}{2,8}?)的?[。！!]*$/u;

function withCorrectionAsFollowUp(text: string): string {
  const year = yearOfCorrection(text);
  if (year) return `${year}的呢`;
  const thing = CORRECTION_LEAD.exec(text.trim())?.[1];
  return thing && !/多少|几|吗|呢|怎|哪|什么|啥/.test(thing) ? `${thing}的呢` : text;
}

function framedFollowUp(text: string, answer: Answer, retrieval: ConversationMemory['retrieval'], named: number): string {
  if (!retrieval || retrieval.kind === 'text' || named > 0 || answer.kind !== 'figure' || askKind(text) !== 'text') return text;
  const thing = text.replace(/^(?:那么|那|还有|再问)/, '').replace(/的?[呢吗?？。]+$/, '');
  // (A channel said alone, 微博呢, stays as said: 哪个多 after it names the channels from the questions.)
  return /\p{Script=Han}{2}/u.test(thing) && !CHANNEL_WORDS.test(thing) ? `${thing}${retrieval.kind === 'yesno' ? '吗' : '多少'}` : text;
}

/** A bare item asked with 呢 (咨询的呢, 那投诉类呢, 其中咨询的呢): the item's words, '' when the message is anything else. */
/** 其中政务公开多少 / 里面公众号几条: a part of the thing just counted, asked by its count. */
const PART_COUNT_FOLLOW_UP =
  /^(?:那)?(?:其中|里面|这里面|这其中|当中)[，,]?(\p{Script=Han}{2,8}?)(?:类|方面)?的?(?:有|占|是)?(?:多少|几)[条件篇次个项]?(?:呢)?[?？。]*$/u;
const BARE_ITEM_FOLLOW_UP = /^(?:那么|那|还有|其中)?(\p{Script=Han}{2,8}?)(?:类|方面|这块|这一块)?的?呢[?？。]*$/u;

/**
 * 咨询的呢 right after 投诉的呢 was answered from 协助处理12345热线工单378条,涵盖投诉类328条与政策咨询类50条: the item is
 * looked for first in the sentence the last figure was read from — its words, then at most a few words of its own (类, 方面)
 * and a count in the last figure's measure word (政策咨询类50条) — not in every sentence of the report (业务咨询126次 is
 * another count). Undefined when the item is not counted in that sentence, or is the last figure itself.
 */
/**
 * 预决算 (招投标, 进出口): two words sharing their last character said as one; the pattern of the two printed whole (预算决算,
 * 预算、决算, 预算和决算), '' for a word that is not three Han characters.
 */
function joinedShortForm(word: string): string {
  return /^\p{Script=Han}{3}$/u.test(word) ? `${word[0]}${word[2]}[和及与、]?${word[1]}${word[2]}` : '';
}

/** Whether the clause of a sentence's count names the bare item a follow-up asks (省市 in 省、市媒体51篇, its 、 dropped). */
function clauseNamesItem(sentence: string, value: number, text: string): boolean {
  const item = BARE_ITEM_FOLLOW_UP.exec(text)?.[1];
  if (!item) return true;
  return toSimplified(clauseOfValue(sentence, value))
    .replace(/(?<=\p{Script=Han})、(?=\p{Script=Han})/gu, '')
    .includes(item);
}

function itemInLastSentence(last: Fact, text: string): Answer | undefined {
  const item = BARE_ITEM_FOLLOW_UP.exec(text)?.[1];
  // (A channel, 微博呢, is read by the channel answers, which name its account.)
  if (!item || !last.sentence || CHANNEL_WORDS.test(item)) return undefined;
  const sentence = toSimplified(last.sentence).replace(/\s+/g, '');
  // (省市的呢 against 省、市媒体347条次: one-character words said run together are printed as a list.)
  const escaped = [...item].map((character) => escapeRegExp(character)).join('、?');
  // (预决算 printed whole: 部门预算决算信息4条.)
  const joined = joinedShortForm(item);
  const found = new RegExp(
    `(?:${escaped}${joined ? `|${joined}` : ''})[^，,、；;。：:\\d（）()]{0,4}?(\\d+(?:\\.\\d+)?)\\s*([条件篇次个项期场人家])`,
    'u',
  ).exec(sentence);
  if (!found || !sameItemUnit(found[2], last.unit)) return undefined;
  const value = Number(found[1]);
  if (value === last.value) return undefined;
  // The clause the count stands in (涵盖投诉类328条(占比86.7%)与政策咨询类50条), from its last separator.
  // The clause the count stands in (政策咨询类50条 of 涵盖投诉类328条(占比86.7%)与政策咨询类50条), from the mark or joining word before it.
  const start = Math.max(0, ...[...'，,；;。：:、)）与和及'].map((mark) => sentence.lastIndexOf(mark, found.index) + 1));
  const clause = sentence.slice(start, found.index + found[0].length);
  return {
    kind: 'figure',
    answer: `${last.agency}${last.year}年：${clause}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [{ ...last, key: 'sentence', value, unit: found[2] }],
  };
}

/** 都处理了吗 / 回复了没有 / 都办完了吗, said alone after a count: whether the things just counted were all dealt with. */
const ALL_HANDLED_ASKED =
  /^(?:那|那么)?(?:这些|它们|他们)?(?:都|全部|全都|是不是都|有没有都?|是否都?|是否已)?(?:处理|办理|办结|答复|回复|回应|办)(?:完|好|掉)?(?:了|过)?(?:吗|么|没有?|了没有?|没)?(?:呢)?[?？。]*$/u;
/** What a clause says after a count of things received: all of them dealt with (已全部办理, 均已答复, 全部办结, 办结率100%). */
const ALL_HANDLED_STATED =
  /(?:已|均已|均|全部已|已全部|全部|全都|都已|都)(?:及时|按时|依法|逐一|全部)?(?:办理|办结|答复|回复|处理|回应|反馈)(?:完毕|完成|到位)?|(?:办结|答复|回复)率(?:为|达)?100(?:\.0+)?%/u;

/**
 * 都处理了吗 right after a count read from a sentence (收到留言56条,已全部办理): the same sentence, right after that count,
 * says whether all were dealt with. Undefined when it says nothing of it (the question then goes its own way).
 */
function allHandledOfLast(last: Fact, text: string): Answer | undefined {
  if (!ALL_HANDLED_ASKED.test(text) || !last.sentence) return undefined;
  const sentence = toSimplified(last.sentence).replace(/\s+/g, '');
  const printed = `${last.value}${last.unit}`;
  const at = sentence.indexOf(printed);
  if (at < 0) return undefined;
  // The clauses after the count, up to the next count or the sentence's end (收到留言56条,已全部办理 → 已全部办理).
  const after = sentence.slice(at + printed.length).split(/[；;。]/u)[0];
  const next = after.search(/\d/u);
  const said = ALL_HANDLED_STATED.exec(next < 0 ? after : after.slice(0, next));
  if (!said) return undefined;
  return {
    kind: 'text',
    answer: `是的。${last.agency}${last.year}年报告写明：${sentence.slice(Math.max(...[...'，,；;：:'].map((mark) => sentence.lastIndexOf(mark, at) + 1)), at)}${printed}，${said[0]}。\n原文：“${last.sentence}”\n（来源：${last.source.report}${last.source.section}）`,
    facts: [],
  };
}

/** A numbered item's label (1.政策性文件, （2）工作动态, 三、公告公示, ③…): one of a list. */
const NUMBERED_ITEM = /^(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、|[①-⑳])/;

/** A count that opens a numbered list of its parts (共计22条,其中:1.政策性文件1条). */
const OPENS_NUMBERED_LIST = /\d\s*[条件篇个项][,，]?其中[:：]?\s*(?:1[.、．]|[（(]1[)）]|一、|①)/;

/** Whether a figure is a numbered item of a list under a larger count in the same measure word of its own sentence. */
function numberedPartUnder(figure: ProseFigure, others: readonly ProseFigure[]): boolean {
  return (
    NUMBERED_ITEM.test(figure.label) &&
    others.some(
      (other) =>
        other !== figure &&
        // (The list may go on in sentences of its own, cut at its semicolons: 共计22条,其中:1.政策性文件1条; then 3.…1条;.)
        (other.sentence === figure.sentence || (other.section === figure.section && OPENS_NUMBERED_LIST.test(other.sentence))) &&
        other.unit === figure.unit &&
        other.value > figure.value &&
        !NUMBERED_ITEM.test(other.label),
    )
  );
}

/** Example questions over what the store holds (QaEngine.examples). */
export interface ExampleQuestions {
  figure: string;
  received: string;
  ranking: string;
  contact: string;
  /** Two follow-ups: another year, another agency. */
  followUps: [string, string];
}

/** The end of a body's name (网络信息中心, 行署办公室, 信息公开办). */
const BODY_NAME_END = /(?:中心|办公室|局|委员会|委|办|科|室|处|股|站|所|部)$/;

/**
 * The place a name asked opens with (北京市规划局 → 北京市, 北京; 济南外事办 → 济南市, 济南), its forms, when it names one: a citizen who asked for an
 * agency the store lacks is shown what the store holds of that place before the first names of the alphabet.
 */
function placeOpening(asked: string): string[] | undefined {
  // 济南外事办: a place of the divisions, written with or without its level.
  const known = placeStarting(asked);
  if (known && known.rest.length > 0) return [...new Set([known.place.name, known.place.written ?? known.place.name])];
  const found = /^(\p{Script=Han}{2,6}?)(省|自治区|市|自治州|州|盟|地区|县|区|旗)/u.exec(asked);
  if (!found || found[0].length >= asked.length) return undefined;
  // 北京规划局 names the city too; 和平 of 和平区 would also open 和平县's names.
  return found[2] === '省' || found[2] === '市' ? [found[0], found[1]] : [found[0]];
}

/**
 * The cache key of a ranking, total or list across agencies: what is ranked, then each part of the question that changes the
 * answer. (A bar asked, 超过1000件的有哪些 / 培训超过3次的有哪些, lists other agencies than the same list without it.)
 */
function acrossAgenciesKey(what: readonly unknown[], understood: Understanding, among: RankingScope | undefined): string {
  return JSON.stringify([
    ...what,
    understood.years,
    understood.operation,
    understood.average,
    understood.rankOrder,
    among,
    understood.operation === 'list' ? barAsked(understood.text)?.words('') : undefined,
  ]);
}

/**
 * The kinds of one of table 三's outcome groups asked (不予处理的都是哪些, 不予公开的理由有哪些, 无法提供主要是什么原因): its
 * rows, of the report talked of.
 */
const GROUP_KINDS_ASKED =
  /^(?:那|那么)?(?:不予公开|无法提供|不予处理|其他处理)(?:的|了)?(?:理由|原因|情形|类型|种类|类别|情况)?(?:都|分别|具体|主要)?(?:是|有)(?:什么|啥|哪些|哪几(?:种|类|个|项)?)(?:原因|理由|情况)?(?:呢|啊|呀)?[?？。]*$/;

/**
 * The agency a ranking just named, pointed at (它主动公开了多少, 这个单位的电话, 排第一的那个复议几件, 第二名的电话): the place
 * (none: the first) and the question asked of it.
 */
const RANKED_REFERENT =
  /^(?:那|那么)?(?:(?:它|他们|她们|该单位|该机关|这个单位|这个机关|这家单位|这家|那家|排(?:在)?第一的?(?:那个|那家)?|第一名|最(?:多|少|高|低)的那(?:个|家)(?:单位|机关)?)|(?:排(?:在)?)?第([二三四五六七八九十两]|\d{1,2})(?:名|位)(?:的那(?:个|家))?)(?!呢)(.*)$/u;

/** A report asked whole and nothing else (教育局的年报, 我们县卫健委2024年的年度报告呢): of a kind, which are held. */
const KIND_REPORT_ASKED =
  /^(?:我们|咱们|俺们|本地|当地|我们这|我们那)?(?:这里|这边)?的?[^，。？?]{1,10}?(?:的)?(?:(?:19|20)\d{2}年度?的?)?(?:政府信息公开(?:工作)?)?(?:年报|年度报告)(?:呢|吧|啊|有吗|有没有|在哪)?[?？。！!]*$/;

export class QaEngine {
  private readonly index: AgencyIndex;
  private readonly now: () => Date;
  private readonly ttl: number;
  /** Cross-agency answers, kept until the store's data changes. */
  private readonly crossAnswers = versionedCache<string, Answer>({ max: CROSS_AGENCY_CACHE_SIZE, version: () => this.store.changeStamp() });
  /** The stored companies and their names' own words (companiesByOwnWords), until the data changes. */
  private readonly companies = versionedCache<'companies', ReadonlyArray<{ agency: AgencyRecord; own: string }>>({
    max: 1,
    version: () => this.store.changeStamp(),
  });
  /** A message in the words the engine reads (normalised, everyday words replaced, kind typos corrected), per message text. */
  /** Every stored agency's name in simplified characters, until the data changes (a city stored as itself: 上海市). */
  private readonly simplifiedNameSet = versionedCache<'names', ReadonlySet<string>>({ max: 1, version: () => this.store.changeStamp() });
  private readonly districtsByCity = versionedCache<'cities', ReadonlyMap<string, readonly AgencyRecord[]>>({
    max: 1,
    version: () => this.store.changeStamp(),
  });
  private simplifiedNames(): ReadonlySet<string> {
    return this.simplifiedNameSet.get('names', () => new Set(this.index.all().map((agency) => toSimplified(agency.name))));
  }
  private readonly normalizedMessages = versionedCache<string, { text: string; namesRead: Array<{ typed: string; meant: string }> }>({
    max: 4096,
    version: () => this.store.changeStamp(),
  });
  /**
   * The stored universities by the short forms citizens call them (武大, 上电), until the data changes: scanning every agency
   * per question cost guide questions 2.7× their CPU over a store of 100,000 agencies.
   */
  private readonly collegeShortForms = versionedCache<'colleges', ReadonlyMap<string, AgencyRecord[]>>({
    max: 1,
    version: () => this.store.changeStamp(),
  });
  /**
   * The one agency whose reports quote an account by a name (accountOwnedByName, accountQuotedAs), per name, until the data
   * changes: finding it reads every stored report's sentences (seconds over 20,000 reports, the event loop held), and the
   * same words come again (a follow-up repeats the question before it).
   */
  private readonly accountOwners = versionedCache<string, { owner?: AgencyRecord }>({
    max: ACCOUNT_OWNERS_CACHE_SIZE,
    version: () => this.store.changeStamp(),
  });
  /** distributeKind's pattern for each kind of agency. */
  private readonly kindPairs = new Map<string, RegExp>();
  /** Refusals that say what the report holds instead (finalRefusal): kept as they are, never replaced by retrieval. */
  private readonly finalRefusals = new WeakSet<Answer>();
  /** Refusals of a year the agency has no report of (没有X2021年的年度报告): the conversation's years stay those answered before. */
  private readonly yearsNotHeld = new WeakSet<Answer>();

  constructor(private readonly options: QaEngineOptions) {
    this.index = new AgencyIndex(options.reports);
    this.now = options.now ?? (() => new Date());
    this.ttl = options.followUpTtlMs ?? 10 * 60 * 1000;
  }

  private get store(): ReportStore {
    return this.options.reports;
  }

  /** partsOfNextSentence over the sections of the report the last figure was read from. */
  /**
   * The whole a part's sentence is the breakdown of, printed at the end of the sentence before it (…主动公开信息共979条。其中,…
   * 政务新媒体363条、…): that count, of the part's measure and larger than it. Undefined unless the part's sentence opens with 其中.
   */
  private wholeBeforeSentence(part: Fact): Fact | undefined {
    const said = toSimplified(part.sentence ?? '').replace(/\s+/g, '');
    if (!/^其中/.test(said)) return undefined;
    const agency = this.store.agencyByName(part.agency);
    const report = agency ? this.store.report(agency.id, part.year) : undefined;
    if (!report) return undefined;
    for (const text of Object.values(this.store.sections(report.id))) {
      const flat = toSimplified(text).replace(/\s+/g, '');
      const at = flat.indexOf(said);
      if (at < 0) continue;
      const before = /(?:^|[。！？!?])([^。！？!?]+)[。！？!?]$/.exec(flat.slice(0, at))?.[1] ?? '';
      // (主动公开信息13203条,同比增长8.5%。其中…: the whole's change said after it is no part of the count.)
      const whole =
        /(\d+(?:\.\d+)?)\s*([条件项篇封宗份])(?:[，,](?:同比|较上年|较去年|比上年|比去年|较上一年)[^，,。\d]{0,6}\d+(?:\.\d+)?[%％]?)?[，,：:]?$/.exec(
          before,
        );
      if (!whole || whole[2] !== part.unit || !(Number(whole[1]) > part.value)) return undefined;
      return { ...part, key: 'breakdown_total', value: Number(whole[1]), sentence: `${before}。` };
    }
    return undefined;
  }

  /** What follows a remembered figure's sentence up to the full stop, when the sentence was cut at a semicolon (…结转132件;). */
  private sentenceGoingOn(last: Fact): string {
    const said = toSimplified(last.sentence ?? '').replace(/\s+/g, '');
    if (!/[；;]$/.test(said)) return '';
    const agency = this.store.agencyByName(last.agency);
    const report = agency ? this.store.report(agency.id, last.year) : undefined;
    if (!report) return '';
    for (const text of Object.values(this.store.sections(report.id))) {
      const flat = toSimplified(text).replace(/\s+/g, '');
      const at = flat.indexOf(said);
      if (at >= 0) return /^[^。！？!?]*/.exec(flat.slice(at + said.length))?.[0] ?? '';
    }
    return '';
  }

  private nextSentenceParts(last: Fact): Answer | undefined {
    const agency = this.store.agencyByName(last.agency);
    const report = agency ? this.store.report(agency.id, last.year) : undefined;
    return report ? partsOfNextSentence(last, this.store.sections(report.id)) : undefined;
  }

  /** Numbers the transient conversations of messages with several questions. */
  private messageCounter = 0;

  /** Answer one message; `user` keys the conversation memory. Never throws for odd input. */
  ask(question: string, context: { user?: string } = {}): Answer {
    // What the last answer left for its conversation (the rest of a long text, how a sentence was asked) belongs to that
    // answer's user: a message of another user starts without it (表三给我看看 then 继续 had gone on with the text another
    // user had been cut off in).
    this.more = undefined;
    this.lastRetrieval = undefined;
    this.lastYesNo = undefined;
    // One read transaction for all of the answer's statements (see readTransaction).
    // 官司输了吗 / 复议赢了吗 (also 输了吗 after 被告了几次): the verdict read from table 四's outcome columns, not 有 from a count.
    return readTransaction(this.store.db, () => {
      const refused = this.afterReasonedRefusal(question, context);
      if (refused) return refused;
      const answer = this.withTableOutcome(this.withCutMessage(question, this.answerMessage(question, context), context), question);
      this.rememberRefusal(answer, context);
      return answer;
    });
  }

  /** 为什么 / 占比多少 right after a refusal that gave its reason: that reason (why-refused.ts). */
  private afterReasonedRefusal(question: string, context: { user?: string }): Answer | undefined {
    if (!context.user || question.length > 16) return undefined;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    const told = memory?.lastRefusal ? afterRefusal(question, memory.lastRefusal) : undefined;
    return told ? { ...told, facts: [] } : undefined;
  }

  /** Keeps a refusal that gives its reason for the next message, and forgets it after any other answer. */
  private rememberRefusal(answer: Answer, context: { user?: string }): void {
    if (!context.user || !this.options.state) return;
    const key = `qa:${context.user}`;
    const memory = this.options.state.get<ConversationMemory>(key);
    if (!memory) return;
    const kept = answer.kind === 'refusal' && refusalWithReason(answer.answer) ? answer.answer : undefined;
    if (kept === memory.lastRefusal) return;
    this.options.state.set<ConversationMemory>(key, { ...memory, lastRefusal: kept }, this.ttl, { lazy: true });
  }

  /**
   * A message cut mid-word on a bad connection (中卫日 | 报发了几条): when the rest is not understood on its own, the
   * fragment before it and the rest are read as one message, and that answer is taken when it is one. The fragment is
   * kept, for two minutes, only when the bot did not understand it, it is short and not itself a finished question (多少, 吗 at its end).
   */
  private withCutMessage(question: string, answer: Answer, context: { user?: string }): Answer {
    const user = context.user;
    if (!user || !this.options.state || this.joiningCut) return answer;
    const waiting = this.cutWaiting.get(user);
    if (waiting) this.cutWaiting.delete(user);
    const now = this.now().getTime();
    // 在线访 | 谈呢: a rest of one or two characters and a particle is no question of its own, though read as a follow-up it
    // may be answered (谈呢 as 呢, the last question again: 新闻发布会2场 for 在线访谈). The join is read first; the message's
    // own answer stands only when the join answers nothing.
    if (waiting && now - waiting.at <= CUT_TTL_MS && answer.kind !== 'refusal' && answer.kind !== 'clarify' && restOfWord(question)) {
      const joined = this.joinedCut(waiting.fragment, question, context);
      if (joined) return joined;
    }
    // An answered message: a fragment before it was no fragment of it, nor of what comes next.
    if (answer.kind !== 'refusal' && answer.kind !== 'clarify') return answer;
    // (有多少人看过他们网站, refused, then 公众号推了多少: a question asked whole, its question word inside, is read with the next
    // message only when that names an agency (那征集了多少条意见 | 中卫的呢 25年); else the join answers the next with the figure
    // of the first's words, 网站 for 公众号.)
    const asksWhole = waiting !== undefined && QUESTION_WORD_INSIDE.test(waiting.fragment) && this.index.find(question).length === 0;
    if (waiting && now - waiting.at <= CUT_TTL_MS && !asksWhole) {
      const joined = this.joinedCut(waiting.fragment, question, context);
      if (joined) return joined;
    }
    // A fragment the bot did not understand itself waits, briefly, for its rest.
    const bare = question.trim();
    if (bare.length >= 2 && bare.length <= 12 && /\p{Script=Han}$/u.test(bare) && !FINISHED_QUESTION.test(bare)) {
      // Users who never wrote again are forgotten once their fragment has expired.
      if (this.cutWaiting.size >= 1000)
        for (const [other, kept] of this.cutWaiting) if (now - kept.at > CUT_TTL_MS) this.cutWaiting.delete(other);
      this.cutWaiting.set(user, { at: now, fragment: bare });
    }
    return answer;
  }

  /**
   * The answer to a fragment and the message after it read as one, when it answers (a figure, a text, a guide); else
   * undefined, and the conversation as this message's own answer left it: a join not taken must not leave its own memory
   * behind (a clarification it asked would answer the next message: 1. 您问的是哪个残联？ before that message's answer).
   */
  private joinedCut(fragment: string, question: string, context: { user?: string }): Answer | undefined {
    const key = `qa:${context.user}`;
    const kept = this.options.state?.get<ConversationMemory>(key);
    this.joiningCut = true;
    let joined: Answer;
    try {
      joined = this.answerMessage(`${fragment}${question.trim()}`, context);
    } finally {
      this.joiningCut = false;
    }
    if (joined.kind === 'figure' || joined.kind === 'text' || joined.kind === 'guide') return joined;
    if (kept) this.options.state?.set<ConversationMemory>(key, kept, this.ttl, { lazy: true });
    else this.options.state?.delete(key);
    return undefined;
  }

  /**
   * The fragments that may be the first half of a message cut mid-word, by user, for CUT_TTL_MS. Kept in memory, not
   * in the conversation state: a fragment is worth two minutes, not a write to the database (a commit each, before).
   */
  private readonly cutWaiting = new Map<string, { at: number; fragment: string }>();

  /** Set while a cut message is read joined to its fragment (no second join inside it). */
  private joiningCut = false;

  /**
   * Whether the text, a kind's typo read as `kind`, names a stored agency of that kind (花溪区水务局: 花溪区水务管理局 is one;
   * 花溪区水利局 names none): which of two kinds one character off a typo (水物局) is meant.
   */
  private readonly kindStored = (text: string, kind: string): boolean => {
    const ofKind = new Set(this.index.ofKind(kind));
    // A town's or a street's own name (宗关街道) is no kind: the mention must be of the name itself.
    return this.index
      .find(text)
      .some(
        (mention) =>
          mention.how !== 'fuzzy' &&
          (ofKind.size > 0 ? mention.agencies.some((agency) => ofKind.has(agency)) : mention.text.includes(kind)),
      );
  };

  private answerMessage(said: string, context: { user?: string }): Answer {
    // 太长了 简单点 / 能列个表吗 after a figure answer, 说重点 转结下年度多少件: said short.
    const brief = this.briefAnswer(said, context);
    if (brief) return brief;
    const message = withSpaceBetweenAsks(said);
    const question = reasonBesideQuestion(this.questionAfterStory(message));
    // A polite request in front (帮我查一下, 麻烦问一下) carries nothing to match.
    const { text: normalized, namesRead } = this.normalizedMessages.get(question, () => {
      const read: Array<{ typed: string; meant: string }> = [];
      const text = correctKindTypos(
        plainWords(normalizeQuestion(englishWords(this.spacedNamesAsList(question)))),
        this.index.kinds(),
        this.kindStored,
        this.index.ownPlaceNamesIn(`${question}${toSimplified(question)}`),
        read,
      );
      return { text: this.withNameSlipsMended(text, read), namesRead: read };
    });
    const answer = this.answerNormalized(normalized, context);
    // 宗官街道 read as the stored 宗关街道: said with the answer, as a name read loosely is, so a wrong town is caught.
    if (namesRead.length === 0 || answer.kind === 'refusal' || answer.kind === 'clarify') return answer;
    const notes = namesRead.map(({ typed, meant }) => `（“${typed}”按${meant}理解；如不是，请核对名称再问。）`).join('');
    return answer.answer.includes(notes) ? answer : { ...answer, answer: `${notes}\n${answer.answer}` };
  }

  /**
   * 那依申请公开呢 right after 主动公开多少条 was answered in 条: the citizen sets one kind of disclosure beside the other, so the
   * count asked is 依申请公开多少条 in the user's own words (a page printing 依申请公开信息21条 states it), not the applications
   * received (收到几件申请) the bare word is read as elsewhere.
   */
  private onApplicationAfterProactive(framed: string, message: string, context: { user?: string }): string {
    if (!ON_APPLICATION_ALONE.test(message.trim()) || !context.user) return framed;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    const last = memory?.lastFacts?.[memory.lastFacts.length - 1];
    const afterProactive = memory?.topic?.type === 'prose' && memory.topic.key === 'proactive_items' && last?.unit === '条';
    return afterProactive ? '那依申请公开多少条' : framed;
  }

  /**
   * 公众号呢 / 微信推送呢 right after 收到几件申请: the account is no way applications come by, so the count asked is what the
   * agency published there (公众号发布了多少), not the applications received by it, which no report counts.
   */
  private onAccountAfterApplications(framed: string, message: string, context: { user?: string }): string {
    const account = PUBLISHING_ACCOUNT_FOLLOW_UP.exec(message.trim());
    if (!account || !context.user) return framed;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    if (!memory || !countedApplications(memory.lastQuestion, memory.lastFacts)) return framed;
    return `${account[1]}${account[2] === '推送' ? '推送了' : '发布了'}多少`;
  }

  /**
   * 我是说通过中卫日报发的 / 在政务微博上发的呢 right after a count of items published (条): the count published through that
   * medium, asked in full (通过中卫日报发布了多少条) — a medium's name may begin with a place's (中卫日报), which is no new agency.
   */
  private onMediumAfterPublished(framed: string, message: string, context: { user?: string }): string {
    const said = MEDIUM_PUBLISHED_ALONE.exec(message.trim());
    if (!said || !context.user) return framed;
    const [, via, medium] = said;
    // (网站发的呢 with no 通过 / 在 is the channel follow-up read elsewhere.)
    if (!via || !MEDIUM_WORD_END.test(medium)) return framed;
    if (/年|月|季度|时候|自己|他们|它们|你们|我们|哪|什么|怎么|谁/.test(medium)) return framed;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    const last = memory?.lastFacts?.[memory.lastFacts.length - 1];
    if (memory?.agencyIds.length !== 1 || last?.unit !== '条') return framed;
    return `通过${medium}发布了多少条`;
  }

  /**
   * 换成潜江医保局 / 改成常德的 / 换红寺堡看看: another agency put in the place of the last one, with no question of its own, is
   * asked as 那X呢 is (the lead 换成 kept the last thing's words from being asked of it).
   */
  private withSwitchLeadAsFollowUp(text: string): string {
    const switched = AGENCY_SWITCH_LEAD.exec(text.trim());
    if (!switched || QUESTION_WORD_INSIDE.test(switched[1]) || /吗|么|呢|怎|哪/.test(switched[1])) return text;
    return this.index.find(switched[1]).length > 0 ? `那${switched[1]}呢` : text;
  }

  /** Whether a question names an agency the conversation was not about (那淳安县医保局… after 潜江医保局's answer). */
  private namesOtherAgency(mentions: readonly AgencyMention[], memory: ConversationMemory | undefined): boolean {
    const named = mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id));
    return named.length > 0 && named.some((id) => !(memory?.agencyIds ?? []).includes(id));
  }

  /**
   * 江阴临港经济开发区临港开发区2023年… / 某某管理局（某某局）的…: an agency named in full, then again right away by a short form
   * the store does not hold (its characters those of the name as written, in order), before the year or 的: the name said twice;
   * the short form goes, or its words are read as the thing asked (主动公开 refused as not stated).
   */
  private withoutNameSaidAgain(text: string): string {
    for (const mention of this.index.find(text)) {
      if (mention.how === 'fuzzy' || mention.agencies.length !== 1) continue;
      const after = text.slice(mention.start + mention.text.length);
      const again = NAME_SAID_AGAIN.exec(after);
      if (!again) continue;
      const short = toSimplified(again[1]);
      // (Of the name as written: a region alone, 江阴, before the rest of the name is no name said twice.)
      const written = toSimplified(mention.text);
      if (short === written || !isSubsequence(short, written)) continue;
      return `${text.slice(0, mention.start + mention.text.length)}${after.slice(again[0].length)}`;
    }
    return text;
  }

  /**
   * Whether a question asks what will happen (明年会公开多少条, 预计以后有几件). 会 before a verb alone is no forecast when every
   * year named is past (2025年会办多少件 of a report's 主办15件、会办10件: the jointly handled, 会办, of that year).
   */
  private futureAsked(text: string, years: readonly number[]): boolean {
    const said = FUTURE_ASKED.exec(text);
    if (!said) return false;
    if (!said[0].startsWith('会') || years.length === 0 || years.some((year) => year >= shanghaiYear(this.now()))) return true;
    return FUTURE_ASKED.test(text.slice(said.index + said[0].length));
  }

  /** The message after its typos were read (answerMessage). */
  private answerNormalized(message: string, context: { user?: string }): Answer {
    const normalized = message.replace(STILL_VALID_ALONE, '$1现行有效的呢');
    // 额州税务局 (鄂州 mistyped): a filler 额 that begins a name the index reads only with it stays.
    const lead = SPOKEN_LEAD.exec(normalized)?.[0] ?? '';
    const fillerIsName =
      /^额[^额，,：:\s…。.]/.test(lead + normalized.slice(lead.length)) &&
      lead.length === 1 &&
      this.index.find(normalized.slice(lead.length)).length === 0 &&
      this.index.find(normalized).some((mention) => mention.start === 0);
    const unfilled = withCorrectionAsFollowUp(
      this.withSwitchLeadAsFollowUp(withoutThanksTail(withoutThanksLead(fillerIsName ? normalized : normalized.replace(SPOKEN_LEAD, '')))),
    );
    const text = this.withKindInPlace(
      context,
      this.withLevelOfTalkedAbout(
        context,
        this.withCollegeShortForm(
          this.withZoneCommittee(
            this.withZoneShortForm(
              this.withoutParticleBeforeKind(
                withDateYears(
                  this.onMediumAfterPublished(
                    this.onAccountAfterApplications(
                      this.onApplicationAfterProactive(
                        withoutConversationFrame(
                          withoutDocumentLead(withoutComplaintLead(unfilled.replace(POLITE_PREFIX, '') || unfilled)),
                        ),
                        unfilled,
                        context,
                      ),
                      unfilled,
                      context,
                    ),
                    unfilled,
                    context,
                  ),
                  shanghaiYear(this.now()),
                ),
              ),
            ),
          ),
        ),
      ),
    );
    if (text.length === 0) return this.help('请输入您的问题。');
    // hy科技局, spt科技局: a region typed as its pinyin initials, read as the one agency it spells (and said so).
    const reading = /[A-Za-z]{2}/.test(text) ? readPinyinRegion(text, this.index) : undefined;
    if (reading) {
      const answer = this.answerText(reading.text, context);
      if (answer.kind !== 'figure' && answer.kind !== 'text') return answer;
      return { ...answer, answer: `（“${reading.typed}”按${reading.name}理解；如不是，请写出地名再问。）\n${answer.answer}` };
    }
    // 主动公开的67条里政务运行类有多少: the part is asked without the whole the question gives, whose number is no answer.
    const given = PART_OF_GIVEN.exec(text);
    if (given) return withGivenTotalNotSplit(this.answerText(text.replace(GIVEN_WHOLE, ''), context), text);
    // (不对 我问的是X的: the message corrects the last answer's agency, so the last question is what it asks of X.)
    this.correcting = CORRECTION_FRAME.test(unfilled.replace(POLITE_PREFIX, '') || unfilled);
    let answer: Answer;
    try {
      answer = this.answerText(text, context);
    } finally {
      this.correcting = false;
    }
    if (answer.kind !== 'refusal' && answer.kind !== 'clarify') return answer;
    return this.questionInRambling(text, context) ?? answer;
  }

  /**
   * 哎呀小同志啊，我今年七十多了……那个海原县科技局2024年啊，选了几个科技特派员，我们村里想……麻烦你了: a long message
   * not understood as a whole, whose question is one clause in the middle of the asker's story. The clause that asks (几,
   * 多少, 吗 …) is asked with the clauses before it that name an agency or a year; the first one answered is the answer.
   */
  private questionInRambling(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: only long messages of several clauses.
    if (text.length < 40) return undefined;
    const clauses = text
      .split(/[，,。！!；;…～~]+/)
      .map((clause) => clause.trim())
      .filter((clause) => clause.length > 0);
    if (clauses.length < 4) return undefined;
    const naming = clauses.filter(
      (clause) => /(?:19|20)?\d{2}年|[〇零一二三四五六七八九]{2,4}年/.test(clause) || this.index.find(clause).length > 0,
    );
    for (const [index, clause] of clauses.entries()) {
      if (!RAMBLING_ASKS.test(clause)) continue;
      const before = naming.filter((named) => clauses.indexOf(named) < index);
      const answer = this.answerText(`${before.join('')}${clause}`, context);
      if (answer.kind === 'figure' || answer.kind === 'text' || answer.kind === 'guide') return answer;
    }
    return undefined;
  }

  /**
   * 加上X一共多少 where X is no agency (微博那边的关注): X asked as a follow-up of the last figure, and the two added when they
   * are of one agency, year and measure and neither is the other's whole. Undefined otherwise (nothing is summed).
   */
  private addedThingSum(thing: string, remembered: readonly Fact[], input: string, context: { user?: string }): Answer | undefined {
    // 一共多少条 / 一共多少人: the measure asked picks the figures to add (微博？ answers its followers and its posts together).
    const unit = /(?:多少|几)(条|件|人|名|个|次|家|期|项|场|篇)/.exec(input)?.[1];
    const measured = unit ? remembered.filter((fact) => fact.unit === unit) : remembered;
    const added = this.askOne(`${thing.replace(/的$/, '')}呢`, context);
    const after =
      added.kind === 'figure' ? ((unit ? added.facts.find((fact) => fact.unit === unit) : undefined) ?? added.facts[0]) : undefined;
    // 公众号252条, 微博？159条, then 加上微博的一共: the thing added is the last one answered; the one before it is added to it.
    const same = (fact: Fact) => after !== undefined && fact.key === after.key && fact.value === after.value;
    const before = [...(measured.length > 0 ? measured : remembered)].reverse().find((fact) => !same(fact));
    if (!after || !before || after.agency !== before.agency || after.year !== before.year || after.unit !== before.unit) return undefined;
    if (
      after.sentence !== undefined &&
      after.sentence === before.sentence &&
      (statesTotalOf(after.sentence, [before.value, after.value]) || breakdownBetween(after.sentence, before.value, after.value))
    )
      return undefined;
    const total = before.value + after.value;
    return {
      kind: 'figure',
      answer: `${before.agency}${before.year}年：两项合计${formatNumber(total)}${before.unit}（${formatNumber(before.value)}${before.unit} + ${formatNumber(after.value)}${after.unit}）。\n${added.answer}`,
      facts: [before, after, { ...after, value: total }],
    };
  }

  /**
   * A follow-up that joins two things with 跟/和/与 and ends in 呢 (微博的粉丝跟发的条数呢, 粉丝和发的条数呢):
   * each thing asked as a follow-up of its own, with the words before 的 in front of both. Only in a
   * conversation, without an agency named (两个机关 are compared elsewhere), and only when both get a figure.
   */
  private joinedFollowUp(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: few messages end in 呢 and join two things.
    if (!context.user || text.length > 20 || !/[呢]$/.test(text) || !/跟|和|与/.test(text)) return undefined;
    const shape = JOINED_FOLLOW_UP.exec(text);
    if (!shape || this.index.find(text).length > 0) return undefined;
    const [, owner = '', ...joined] = shape;
    // 行政复议和行政诉讼被纠正的呢 (有被纠正的呢 after a review was asked, as plainWords writes it): a passive after the second
    // thing is said of both; left there, the first was asked bare (行政复议呢, its total, not its 结果纠正).
    const passive = joined[0].includes('被') ? null : JOINED_PASSIVE_TAIL.exec(joined[1]);
    const things = passive ? [`${joined[0]}${passive[0]}`, joined[1]] : joined;
    // 那自然资源与生态环境局呢, 文化和旅游局呢: one agency whose kind joins two fields (自然资源|与|生态环境局), never two things.
    if (BARE_KIND_ONLY.test(things[1]) && !BARE_KIND_ONLY.test(things[0])) return undefined;
    // 发的条数 is 发了多少条: a count named by its measure word and 数 asks that count.
    const asked = things.map((thing) => thing.replace(/的?([条件人次场期篇家])数$/, '了多少$1'));
    const answers = asked.map((thing) => this.askOne(`${owner}${thing}呢`, context));
    if (answers.some((answer) => answer.kind !== 'figure')) return undefined;
    return {
      kind: 'figure',
      answer: answers.map((answer, index) => `${index + 1}. ${answer.answer}`).join('\n\n'),
      facts: answers.flatMap((answer) => answer.facts),
    };
  }

  /** 红寺堡 海原 西工三个科技局: names put apart by spaces, then counted before the kind, are a list (红寺堡、海原、西工). */
  /**
   * 共情城市人民政府 / 要安县大河口乡 / 理下区建筑新村街道: an agency's name written with one character slipped (a homophone
   * typed for another), which the index reads loosely as the one agency it names, written as that name. Left as typed, the
   * slip's other words (城市, 县, 区) stood beside the question's own and chose another sentence of the right report (全市受理
   * …18件 for 网上申请几件). Only a slip of three characters or more that lies in the name as typed, one character apart, is
   * mended; the answer says how the name was read.
   */
  private withNameSlipsMended(text: string, read: Array<{ typed: string; meant: string }>): string {
    let mended = text;
    // One character apart, the two read as one syllable (情 for 青, 司 for 四): 录山市 is no slip of 保山市 but another city.
    const oneApart = (typed: string, meant: string) => {
      const differing = [...typed].flatMap((character, index) => (meant[index] === character ? [] : [index]));
      return differing.length === 1 && sameSyllable(typed[differing[0]], meant[differing[0]]);
    };
    // A name mended is answered as if written right: only for an agency holding a report of each year asked, else the loose
    // reading's own refusal (名称相近的…只有2024年的报告) stands.
    // (The years are read only when a slip is found: most messages have none, and reading them cost more than the rest.)
    let asked: readonly number[] | undefined;
    const holdsYears = (agency: AgencyRecord) => {
      asked ??= understand(text, shanghaiYear(this.now())).years;
      const held = new Set(this.store.reportsOfAgency(agency.id).map((report) => report.year));
      return asked.every((year) => held.has(year));
    };
    for (const mention of this.index.find(text)) {
      // 要安县大河口乡人民政府 / 司川省乐山市气象局 / 邹成市太平镇人民政府: the name found exactly after a higher place typed one
      // character apart from the place the stored name prints before it (姚安县, 四川省, 邹城市), which then names it.
      if (mention.how !== 'fuzzy') {
        const slipped = mention.agencies.flatMap((agency) => {
          const name = toSimplified(agency.name);
          const at = name.indexOf(toSimplified(mention.text));
          if (at < 3) return [];
          for (let length = Math.min(at, mention.start); length >= 3; length--) {
            const typed = text.slice(mention.start - length, mention.start);
            const meant = name.slice(at - length, at);
            if (
              /^\p{Script=Han}+$/u.test(typed) &&
              typed.at(-1) === meant.at(-1) &&
              PLACE_LEVEL_END.test(meant.at(-1) ?? '') &&
              oneApart(typed, meant)
            )
              return holdsYears(agency) ? [{ typed, meant, agency }] : [];
          }
          return [];
        });
        if (slipped.length === 1 && mended.includes(`${slipped[0].typed}${mention.text}`)) {
          mended = mended.replace(`${slipped[0].typed}${mention.text}`, `${slipped[0].meant}${mention.text}`);
          read.push({ typed: slipped[0].typed, meant: slipped[0].agency.name });
        }
        continue;
      }
      if (mention.agencies.length !== 1 || mention.text.length < 3 || !holdsYears(mention.agencies[0])) continue;
      const typed = mention.text;
      const name = toSimplified(mention.agencies[0].name);
      let meant: string | undefined;
      for (let at = 0; at + typed.length <= name.length && meant === undefined; at++) {
        const window = name.slice(at, at + typed.length);
        if (oneApart(typed, window)) meant = window;
      }
      if (meant === undefined || !mended.includes(typed)) continue;
      mended = mended.replace(typed, meant);
      read.push({ typed, meant: mention.agencies[0].name });
    }
    return mended;
  }

  private spacedNamesAsList(question: string): string {
    // Cheap test first: most messages have no space.
    if (!/[\s\u3000]/.test(question.trim())) return question;
    const text = question.trim();
    // 2025年通化县 向阳区 黄石市 这三个地方谁…: a space between a place with its level and another place found right after it
    // lists two places; dropped, 通化县向阳区 would read as a district of the county (another 向阳区, or none).
    const listed = text.replace(/(?<=\p{Script=Han}[市区县旗州盟镇乡])[\s\u3000]+(?=\p{Script=Han})/gu, (space, at: number) => {
      // (洛阳市 西工区: a place of the one before, read as one name across the space, is no list.)
      const joined = text.slice(0, at) + text.slice(at + space.length);
      if (this.index.find(joined).some((mention) => mention.start < at && mention.start + mention.text.length > at)) return space;
      const next = this.index.find(text.slice(at + space.length));
      return next.length > 0 && next[0].start === 0 && next[0].how !== 'fuzzy' && /[市区县旗州盟镇乡]$/.test(next[0].text) ? '、' : space;
    });
    if (listed !== text) return listed;
    const kind = this.index.kindsIn(text)[0];
    if (!kind) return question;
    const kindAt = text.indexOf(kind);
    const before = text.slice(0, kindAt).trim();
    if (!NAMES_COUNTED.test(before) || !SPACED_NAMES.test(before)) return question;
    return `${before.replace(/[\s\u3000]+/g, '、')}${text.slice(kindAt)}`;
  }

  /**
   * 公安局呢 / 行政审批局那年收到几件 (a kind alone) and 管自然资源的那个局 / 自然资源那个局 (a duty) where a place is known — said
   * before the duty, else the one place of the agencies the conversation is about (compared, listed): the one agency of that
   * kind or duty there, named in full (kind-in-place.ts). Several or none leave the words as written.
   */
  private withKindInPlace(context: { user?: string }, said: string): string {
    const named = this.withKindOrDutyInPlace(context, said);
    // 行政审批局那年收到几件: 那年 after an agency named is the one year the conversation is about (else read as a thing asked).
    // (那年超过20件了吗 with no agency named is a follow-up, whose year memory keeps.)
    if (named === said && this.index.find(said).length === 0) return said;
    const years = context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`)?.years : undefined;
    return withThatYear(named, years?.length === 1 ? years[0] : undefined);
  }

  private withKindOrDutyInPlace(context: { user?: string }, text: string): string {
    // Cheap test first: a word of an agency's kind.
    if (!/[局委办门位关厅]/.test(text) || asksAcrossKind(text)) return text;
    const duty = dutySaid(text);
    const kind = duty ? undefined : this.bareKind(text);
    const at = duty ? duty.at : kind ? text.indexOf(kind) : -1;
    if (at < 0 || !kind === !duty) return text;
    const end = duty ? duty.at + duty.length : at + (kind?.length ?? 0);
    // A name the index reads over the words (平潭公安局, 市公安局) is the agency meant; a place just before them narrows them.
    const mentions = this.index.find(text);
    if (mentions.some((mention) => mention.start < end && mention.start + mention.text.length > at)) return text;
    // (A kind right after more of a kind's words, 人民政府办公室, is no kind said alone.)
    if (kind && /^(?:办公室|办公厅|办|局|委|厅|中心|分局)/u.test(text.slice(end))) return text;
    const before = text.slice(0, at);
    const lead = before.replace(/(?:管|负责|主管|分管)$/u, '').replace(/的$/u, '');
    // Nothing but a filler before the words (那公安局呢, 行政审批局那年): the conversation's place. A place said before them is
    // read only before a duty (管自然资源局, 平潭自然资源部门): before a kind the index reads place and kind itself (青山市统计局).
    const alone = lead.replace(/^(?:那么?|那个|还有|再问一?下|请问|问一?下|然后)/u, '').length === 0;
    if (!alone && kind && lead === before) return text;
    const place = alone ? undefined : this.index.find(lead).at(-1);
    const placed = place && place.start + place.text.length === lead.length ? place : undefined;
    if (!placed && mentions.length > 0) return text;
    // (碧溪 for 碧溪综合实验区, a short place the index reads only before a kind: the agencies it begins, when of one place.)
    const begun =
      alone || placed || !/^\p{Script=Han}{2,8}$/u.test(lead) ? [] : this.index.all().filter((agency) => agency.name.startsWith(lead));
    const about = alone ? this.talkedAboutInOnePlace(context) : placed ? placed.agencies : inOnePlace(begun);
    if (about.length === 0) return text;
    const places = new Set(about.flatMap((agency) => [agency.name, agency.region]).filter((word) => word.length > 0));
    const pool = this.index.all().filter((agency) => places.has(agency.region));
    const start = placed ? placed.start : alone ? at : 0;
    const inPlace = (one: AgencyRecord | undefined) => (one ? `${text.slice(0, start)}${one.name}${text.slice(end)}` : undefined);
    if (kind) {
      // 公安局呢: the place's agency of that kind; 自然资源局 where the place's is 自然资源与生态环境局: of that duty.
      const stem = dutyOfKind(kind);
      return inPlace(oneInPlace(this.index.ofKind(kind), about) ?? (stem ? oneInPlace(ofDuty(pool, stem), about) : undefined)) ?? text;
    }
    for (const words of dutySuffixes(duty?.duty ?? '', duty?.before ?? false)) {
      const one = inPlace(oneInPlace(ofDuty(pool, words), about));
      if (one) return one;
    }
    return text;
  }

  /** The agencies the conversation is about (else those of the last figures), when they are of one place; else none. */
  private talkedAboutInOnePlace(context: { user?: string }): AgencyRecord[] {
    const memory = context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`) : undefined;
    const remembered = (memory?.agencyIds ?? []).map((id) => this.index.byId(id)).filter((agency) => agency !== undefined);
    const names = new Set((memory?.lastFacts ?? []).map((fact) => fact.agency));
    const agencies = remembered.length > 0 ? remembered : names.size > 0 ? this.index.all().filter((agency) => names.has(agency.name)) : [];
    // (Agencies of several places, a ranking over the store, name none.)
    return inOnePlace(agencies);
  }

  /**
   * 那市民政局的呢 / 市应急局收到几件申请 (a level word and a kind, no place) in a conversation about one agency of a city
   * (乌海市海南区, 重庆市渝中区应急管理局): the city's own agency of that kind (乌海市民政局, 重庆市应急管理局) when exactly one
   * is stored, never every 市民政局 asked which, nor an unknown 那市民政局. The same for 县 (那县民政局 after a 镇 of that county).
   */
  private withLevelOfTalkedAbout(context: { user?: string }, text: string): string {
    const said = LEVEL_KIND_ALONE.exec(text);
    if (!said || !context.user) return text;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    if (memory?.agencyIds.length !== 1) return text;
    const talkedAbout = this.index.byId(memory.agencyIds[0]);
    const level = said[1];
    if (!talkedAbout) return text;
    const name = toSimplified(talkedAbout.name);
    const at = said.index + said[0].length - said[1].length - said[2].length;
    const leveled = new RegExp(`^\\p{Script=Han}{2,6}?${level}`, 'u').exec(name)?.[0];
    // 长春新区管委会, 南昌高新区管委会: a zone's name starts with its city's name but prints no 市; the city is then its first two
    // or three characters with the level said, when those name exactly one stored agency of that kind.
    // (通化县人民政府 and 市: a county's city is not named by the county's name, so no place follows a level word of the name.)
    const places = leveled
      ? [leveled]
      : [3, 2].filter((length) => !/^[省市州盟县旗区]/.test(name.slice(length))).map((length) => `${name.slice(0, length)}${level}`);
    for (const place of places) {
      const named = `${place}${said[2]}`;
      const found = this.index.find(named);
      if (found.length !== 1 || found[0].start !== 0 || found[0].agencies.length !== 1 || found[0].how === 'fuzzy') continue;
      if (!toSimplified(found[0].agencies[0].name).startsWith(place)) continue;
      return `${text.slice(0, at)}${named}${text.slice(at + said[1].length + said[2].length)}`;
    }
    return text;
  }

  /** 海原县的科技局 → 海原县科技局: a spoken 的 between a place and the kind of agency is no part of the agency's name. */
  /**
   * 郑州高新技术开发区管委会 for the stored 郑州高新区管委会, 赣州经开区公安分局 for 赣州市公安局开发区分局: a zone's kind
   * written in another form names the stored agency only when the words as written name none there and the other form
   * names exactly one; else the words stay as written.
   */
  private withZoneShortForm(text: string): string {
    // Cheap test first: most questions name no zone.
    const zone = ZONE_OTHER_FORM.exec(text);
    if (!zone) return text;
    const at = zone.index;
    const covers = (mention: AgencyMention, end: number) => mention.start <= at && mention.start + mention.text.length >= end;
    // The index, else a branch or a level rewritten (赣州开发区公安分局 → 公安局开发区分局), as the agencies are found after.
    const named = (words: string) => {
      const found = this.index.find(words);
      return found.length > 0 ? found : this.rewrittenAgencyName(words);
    };
    if (named(text).some((mention) => covers(mention, at + 1))) return text;
    for (const form of ZONE_FORMS_OF(zone[0])) {
      const rewritten = text.slice(0, at) + form + text.slice(at + zone[0].length);
      const found = named(rewritten).filter((mention) => covers(mention, at + form.length));
      if (found.length === 1 && found[0].agencies.length === 1 && found[0].how !== 'fuzzy') return rewritten;
    }
    return text;
  }

  /**
   * 武大信息公开办电话, 上电信息公开邮箱: a university by its everyday short form at the question's start — the first character
   * of a two-character stem and 大 (武汉大学 → 武大), or the first characters of a four-character stem's two words, with 大 or not
   * (上海电力大学 → 上电, 上电大) — read as the one stored university it shortens, when the index finds no agency in those words.
   */
  private withCollegeShortForm(text: string): string {
    const short = COLLEGE_SHORT_ASKED.exec(text);
    if (!short) return text;
    const at = short.index + short[0].length - short[1].length;
    if (this.index.find(text).some((mention) => mention.how !== 'fuzzy' && mention.start <= at && mention.start + mention.text.length > at))
      return text;
    const meant = this.collegeShortForms.get('colleges', () => collegesByShortForm(this.index.all())).get(short[1]) ?? [];
    return meant.length === 1 ? `${text.slice(0, at)}${meant[0].name}${text.slice(at + short[1].length)}` : text;
  }

  /**
   * 漯河经济技术开发区的政府信息 / 某高新区政府电话: a development zone has no 人民政府 of its own; the body it is governed by is
   * its committee (管委会). Read so when the index finds no government of the zone and the committee is one stored agency; the
   * government's website (遂宁经开区政府网站) is a channel, left as written.
   */
  private withZoneCommittee(text: string): string {
    const zone =
      /(开发区|经开区|高新区|新区|园区|实验区|示范区|保税区)的?(?:人民)?政府(?!办|部门|各|所属|工作部门|门户|网站|网|官网|公报|信息公开平台)/u.exec(
        text,
      );
    if (!zone) return text;
    const governmentAt = zone.index + zone[0].length - 1;
    const covers = (mention: AgencyMention, from: number, to: number) =>
      mention.how !== 'fuzzy' && mention.start <= from && mention.start + mention.text.length >= to;
    if (this.index.find(text).some((mention) => covers(mention, zone.index, governmentAt + 1))) return text;
    const rewritten = this.withZoneShortForm(
      `${text.slice(0, zone.index + zone[1].length)}管委会${text.slice(zone.index + zone[0].length)}`,
    );
    const committeeAt = rewritten.indexOf('管委会');
    const found = this.index.find(rewritten).filter((mention) => covers(mention, committeeAt, committeeAt + 3));
    return found.length === 1 && found[0].agencies.length === 1 ? rewritten : text;
  }

  /**
   * 鹤山应急管理局 / 鹤山的应急管理局: a place written without its level right before the kind (的 between or not), when the
   * index knows those words whole as a place or a name of its own (鹤山 for 鹤山市退役军人事务局): then an agency of that kind
   * not stored at the place is refused as placeBefore's are, not asked which.
   */
  private unleveledPlaceBefore(text: string, kind: string): string | undefined {
    const at = text.indexOf(kind);
    if (at < 2) return undefined;
    const before = text.slice(Math.max(0, at - 7), at).replace(/的$/, '');
    for (let length = 2; length <= Math.min(4, before.length); length += 1) {
      const word = before.slice(-length);
      if (!/^\p{Script=Han}+$/u.test(word)) break;
      if (this.index.find(word).some((mention) => mention.start === 0 && mention.text === word && mention.how !== 'fuzzy')) return word;
    }
    return undefined;
  }

  private withoutParticleBeforeKind(text: string): string {
    // Cheap test first: most questions have no 的 right after a level character.
    const particle = /[省县区市旗州盟镇乡]的/.exec(text);
    if (!particle) return this.withoutParticleInName(text);
    const at = particle.index + 1;
    const after = text.slice(at + 1);
    return this.index.kinds().some((kind) => after.startsWith(kind)) ? text.slice(0, at) + after : this.withoutParticleInName(text);
  }

  /**
   * 兖州的公共资源交易分中心 / 平潭的综合执法局 / 泰安那个文化和旅游局 (a spoken filler, 那个/这个, in place of 的): a 的 a citizen says between the words of one agency's name (its place and the
   * rest, which is no kind of the index) is taken out when, without it, the index reads one agency across the joint, by a
   * name or short form (never a near miss or a region alone), and no agency is named otherwise. Only questions that name
   * no single agency pay for the lookups.
   */
  private withoutParticleInName(text: string): string {
    if (!PARTICLE_IN_NAME.test(text)) return text;
    const named = (mention: AgencyMention) => mention.agencies.length === 1 && mention.how !== 'fuzzy' && mention.how !== 'region';
    if (this.index.find(text).some(named)) return text;
    for (const particle of text.matchAll(PARTICLES_IN_NAME)) {
      const at = particle.index ?? 0;
      const joined = text.slice(0, at) + text.slice(at + particle[0].length);
      if (this.index.find(joined).some((mention) => named(mention) && mention.start < at && mention.start + mention.text.length > at))
        return joined;
    }
    return text;
  }

  /** A message's questions, already normalised: a paired question, several questions, or one. */
  private answerText(said: string, context: { user?: string }): Answer {
    // 予以公开占百分之几 after a figure: the applications received are the whole (before the readers of A占B take another).
    const text = this.ofApplicationsReceived(
      said,
      context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`) : undefined,
    );
    // Two things of one agency asked together (门户网站和公开栏加起来, 公众号比微博多发了多少条): each asked, then summed or compared.
    const paired =
      this.shareOfTwo(text, context) ??
      this.twoOfAKindAnswer(text, context) ??
      this.pairedAnswer(text, context) ??
      this.pairedFollowUp(text, context) ??
      this.shareFollowUp(text, context) ??
      this.rateFollowUp(text, context) ??
      this.followUpThenWhich(text, context) ??
      this.statedShareAsked(text, context);
    // (Two figures of one message, here or joined below: 能列个表吗 / 再说一遍 after it asks all of it again.)
    if (paired && paired.facts.length > 1) this.rememberWholeMessage(text, context);
    if (paired) return paired;
    // 微博的粉丝跟发的条数呢 in a conversation: two things of the last question, each asked as a follow-up.
    const joined = this.joinedFollowUp(text, context);
    if (joined && joined.facts.length > 1) this.rememberWholeMessage(text, context);
    if (joined) return joined;
    // 这个数对吗？是不是75: the doubt and the number checked are one question, of the last figure.
    if (NUMBER_DOUBTED.test(text)) return this.askOne(text, context);
    // Several questions in one message (行政处罚多少件？行政强制呢？): each gets its answer, in order, as follow-ups.
    let parts = splitQuestions(text);
    // 西工区科技局。。。主动公开多少条: a part that only names the agency introduces the part after it, which takes its agency.
    if (parts.length > 1 && this.namesOnlyAnAgency(parts[0])) {
      const [lead, next, ...others] = parts;
      parts = [this.withAgencyOf(lead, next), ...others];
      if (parts.length === 1) return this.askOne(parts[0], context);
    }
    // 主动公开多少条？西工区科技局2024年的: a last part that only names the agency (and year) says whose the question before it is.
    if (parts.length === 2 && this.index.find(parts[0]).length === 0 && this.namesOnlyAnAgency(parts[1]))
      return this.askOne(this.withAgencyOf(parts[1], parts[0]), context);
    // 需要本人去吗 我在外地 / 我是做生意的。想查个文件怎么申请: a part that asks nothing and names nothing tells the question beside
    // it more; it is read with that question, never answered alone.
    if (parts.length > 1) {
      parts = this.withStatementsJoined(parts);
      if (parts.length === 1) return this.answerOneQuestion(parts[0], context);
    }
    if (parts.length > 1) {
      // The later parts are follow-ups of the earlier ones even when no conversation is kept (gongkai ask, eval lines without a user).
      const transient = context.user ? undefined : `message:${process.pid}:${(this.messageCounter += 1)}`;
      const partContext = transient ? { user: transient } : context;
      // Each part takes the agency of the nearest part before it that names one (部门动态几件、公示公告几件、预决算几件).
      const completed: string[] = [];
      // (占比多少 after a count, …公开栏公开了多少条，占比多少: the share of the figure just answered, asked bare as a follow-up is.)
      for (const [index, part] of parts.entries())
        completed.push(index === 0 || REMEMBERED_SHARE.test(part) ? part : this.withAgencyOf(completed[index - 1], part));
      // 那岳阳县供电公司呢？指南在哪看: a lead that only switches the agency makes the parts after it that agency's, its guide's
      // words included, not the general rule (…收到几件申请？答复期限多少天 keeps the rule: the lead asks a figure).
      const switched = AGENCY_SWITCH.exec(parts[0]);
      const switchesAgency = switched !== null && this.namesOnlyAnAgency(switched[1]);
      const answers = completed.map(
        (part, index) =>
          (part !== parts[index] && !switchesAgency ? this.guideQuestionAlone(parts[index]) : undefined) ?? this.askOne(part, partContext),
      );
      if (transient) this.options.state?.delete(`qa:${transient}`);
      else this.rememberWholeMessage(text, context);
      const kind =
        answers.find((answer) => answer.kind === 'figure' || answer.kind === 'text' || answer.kind === 'guide')?.kind ?? answers[0].kind;
      return {
        kind,
        answer: answers.map((answer, index) => `${index + 1}. ${answer.answer}`).join('\n\n'),
        facts: answers.flatMap((answer) => answer.facts),
      };
    }
    return this.answerOneQuestion(text, context);
  }

  /** A message that asks one question. */
  private answerOneQuestion(text: string, context: { user?: string }): Answer {
    const answer =
      this.negatedYesNo(text, context) ??
      this.stillInUse(text, context) ??
      this.checkedCount(text, context) ??
      this.weighedCount(text, context) ??
      this.perPeriod(text, context) ??
      this.partOfYear(text, context) ??
      this.workedRateAlone(text, context) ??
      this.askOne(text, context);
    // A share asked of one agency's figures, whichever way it was read (按时办结的17件, 同比增长5.26%): a share or a refusal.
    const agencies = new Set(answer.facts.map((fact) => fact.agency));
    return agencies.size === 1 && !YES_NO.test(text) ? withoutUnprintedShare(answer, text, [...agencies][0]) : answer;
  }

  /**
   * 是不是没开过新闻发布会 / 没收费吧 / 是不是没人申请 / 难道没有抖音号: a yes/no asked of a negation is asked as its plain yes/no
   * (有没有开过新闻发布会, 有没有收费, 有没有人申请), whose answer the engine finds as it finds any, and the verdict is said of the
   * negation: 不是，有。 when the report states it, 对，没有。 when the report says none. Asked as it stands, the negation's words
   * found other sentences (没收费 → 行政事业性收费项目目录, 没人申请 → 申请行政复议3件) or none, and a bare 有。 read as agreeing.
   * Undefined when the message is no such question or its plain form gets no answer (it is then asked as it stands).
   */
  private negatedYesNo(text: string, context: { user?: string }): Answer | undefined {
    const negated = NEGATED_YES_NO.exec(text.trim());
    if (!negated) return undefined;
    const [before, thing] = negated[1] !== undefined ? [negated[1], negated[2]] : [negated[3], negated[4]];
    if (thing.length < 2 || /几|多少|哪/.test(thing) || /(?:的|什么)$/.test(thing)) return undefined;
    const asked = this.askOne(`${before}有没有${thing}`, context);
    if (asked.kind === 'refusal' || asked.kind === 'clarify' || asked.kind === 'guide') return undefined;
    // A note on how a name was read (（“沭阳县”按…理解…）) stays first; the verdict heads the answer after it.
    const note = /^（[^）\n]*）\n/.exec(asked.answer)?.[0] ?? '';
    const body = asked.answer.slice(note.length);
    const none =
      /^没有[。，]|^[^。\n]{0,60}?：没有/.test(body) || (asked.facts.length > 0 && asked.facts.every((fact) => fact.value === 0));
    const stated = /^有[。，]/.test(body) || (asked.facts.length > 0 && asked.facts.some((fact) => fact.value > 0));
    if (none === stated) return undefined;
    const verdict = none ? '对，' : '不是，';
    return { ...asked, answer: `${note}${verdict}${body}` };
  }

  /**
   * The parts of a message with each part after a question that asks nothing (no 几, 吗, 怎么 …, no question mark), names no
   * agency, year or number, and says something of the asker joined to the question before it: 我在外地, 我是个体户 say who asks,
   * not what.
   */
  private withStatementsJoined(parts: readonly string[]): string[] {
    const statement = (part: string) => {
      const bare = part.replace(/[\p{P}\s]/gu, '');
      return (
        !/[?？]\s*$/.test(part) &&
        !ASKS_OR_WHAT.test(bare) &&
        !GUIDE_RULE_ASKED.test(bare) &&
        !/\d|[〇零一二两三四五六七八九十]年/.test(bare) &&
        !STATEMENT_NOT_JOINED.test(bare) &&
        // (Only what the asker says of themselves: 打官司那种 after 有人告他们吗 says which kind is asked, and stays a part.)
        /我|俺|本人|咱/.test(bare) &&
        this.index.find(part).length === 0
      );
    };
    // (A statement before the first question stays a part of its own: 你们这个东西太难用了！！我就想知道… is a complaint, then a
    // question.)
    if (parts.length < 2 || statement(parts[0])) return [...parts];
    const joined: string[] = [];
    for (const part of parts) {
      if (joined.length > 0 && statement(part)) joined[joined.length - 1] += `，${part.replace(/[。；;，,]+$/, '')}`;
      else joined.push(part);
    }
    return joined;
  }

  /** A brevity request (briefAsked): the question beside it, or alone the last message that stated figures, said short. */
  private answeringBrief = false;

  private briefAnswer(text: string, context: { user?: string }): Answer | undefined {
    const asked = briefAsked(text);
    if (!asked) return undefined;
    // (One request is read: 太长了简单点 typed again and again before a question is not peeled off one at a time, which
    // recursed once per repetition and overflowed the stack.)
    if (asked.rest) {
      if (this.answeringBrief) return undefined;
      this.answeringBrief = true;
      try {
        return briefly(this.answerMessage(asked.rest, context), false);
      } finally {
        this.answeringBrief = false;
      }
    }
    const memory = context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`) : undefined;
    const last = memory?.lastMessage ?? memory?.lastQuestion;
    if (!last || last === text || !memory?.lastFacts?.length) return undefined;
    return briefly(this.answerText(last, context), asked.table);
  }

  /** A message of several questions, kept beside its last part for 只要数字 / 再说一遍 (see ConversationMemory.lastMessage). */
  /** The two agencies just set against each other (跟X比呢), both the conversation's agencies from now on. */
  private rememberBothSides(weighed: readonly Fact[], context: { user?: string }): void {
    if (!context.user || !this.options.state) return;
    const key = `qa:${context.user}`;
    const memory = this.options.state.get<ConversationMemory>(key);
    const ids = weighed.map((fact) => this.index.all().find((agency) => agency.name === fact.agency)?.id);
    if (!memory || ids.some((id) => id === undefined) || weighed.some((fact) => fact.year !== weighed[0].year)) return;
    const agencyIds = [...new Set(ids as number[])];
    if (agencyIds.length === 2) this.options.state.set<ConversationMemory>(key, { ...memory, agencyIds }, this.ttl, { lazy: true });
  }

  /** The ranking a follow-up pointed into stays remembered (第二名呢 after 它主动公开了多少). */
  /** (With `rankedNamed`: the one place just named, so 它 next points at it.) */
  private keepRanking(lastRanking: string, context: { user?: string }, rankedNamed?: Fact): void {
    if (!context.user || !this.options.state) return;
    const key = `qa:${context.user}`;
    const memory = this.options.state.get<ConversationMemory>(key);
    // (As after the ranking itself: no one agency is the conversation's, so 它 is read against the ranking.)
    const named = rankedNamed ? { rankedNamed, agencyIds: [] } : {};
    if (memory) this.options.state.set<ConversationMemory>(key, { ...memory, lastRanking, ...named }, this.ttl, { lazy: true });
  }

  private rememberWholeMessage(text: string, context: { user?: string }): void {
    if (!context.user || !this.options.state) return;
    const key = `qa:${context.user}`;
    const memory = this.options.state.get<ConversationMemory>(key);
    if (memory) this.options.state.set<ConversationMemory>(key, { ...memory, lastMessage: text }, this.ttl, { lazy: true });
  }

  /**
   * 平均每个月主动公开几条 / 每季度平均收到几件申请: a year's count spread over its months (or quarters), worked out from the
   * figure the report prints and said to be a computation. Undefined when the count asked gets no single yearly figure, or the
   * figure is a level (累计关注量 526人 is no number of a year's items).
   */
  private perPeriod(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: few messages ask a figure per month.
    if (!PER_PERIOD_TEST.test(text)) return undefined;
    const period = PER_PERIOD.exec(text);
    if (!period) return undefined;
    const asked = this.askOne(text.replace(PER_PERIOD, ''), context);
    const head = headlineFacts(asked.facts);
    if (asked.kind !== 'figure' || head.length !== 1 || /累计|关注|粉丝|订阅|%/.test(`${asked.answer.split('\n')[0]}${head[0].unit}`))
      return undefined;
    const [fact] = head;
    const parts = (period[1] ?? period[2] ?? period[3]) === '季度' ? 4 : 12;
    const each = Math.round((fact.value / parts) * 10) / 10;
    return {
      ...asked,
      answer: `按报告的数字计算：${fact.agency}${fact.year}年全年${formatNumber(fact.value)}${fact.unit}，÷ ${parts}${parts === 4 ? '个季度' : '个月'}，平均每${parts === 4 ? '季度' : '月'}约${formatNumber(each)}${fact.unit}（是计算结果，不是报告原文；报告只写了全年的数）。\n${asked.answer}`,
    };
  }

  /**
   * 12月份主动公开了多少条 / 上半年行政许可几件 / 第四季度呢: a part of a year asked, when the reports print only whole years.
   * The question without the part is asked; when that gets a yearly figure, the answer says the report counts the whole
   * year only and states no figure (the year's figure is no answer for its month). Undefined otherwise.
   */
  private partOfYear(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: few messages name a month, a quarter or a half of a year.
    if (!PART_OF_YEAR_TEST.test(text)) return undefined;
    const part = PART_OF_YEAR.exec(text);
    if (!part || PER_PERIOD_TEST.test(text)) return undefined;
    let rest = text.replace(PART_OF_YEAR, '').replace(/^的/, '');
    // 上半年呢 alone: the last question, for that part.
    if (/^[的呢吗啊呀？?。]*$/.test(rest)) {
      const memory = context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`) : undefined;
      if (!memory?.lastQuestion) return undefined;
      rest = memory.lastQuestion;
    } else if (!/多少|几/.test(text)) return undefined;
    const asked = this.askOne(rest, context);
    const fact = headlineFacts(asked.facts)[0];
    if (asked.kind !== 'figure' || !fact) return undefined;
    // 9月以来主动公开多少条 against 2019年9月以来,苏平片区主动公开政府信息40条 (an agency set up in September): the part asked
    // from a month on is the very period the sentence counts, its figure the answer.
    const since = new RegExp(`${escapeRegExp(part[0])}(?:以来|起|至今)`).exec(text.slice(part.index));
    if (since && toSimplified(fact.sentence ?? '').includes(since[0])) return asked;
    return {
      kind: 'refusal',
      answer: `${fact.agency}${fact.year}年的年度报告只有全年的统计数字，没有按月份、季度或半年分开的数字，“${part[0]}”的数字报告里没有，无法回答。可以问全年的数字。`,
      facts: [],
    };
  }

  /**
   * A later part of a message that asks the guide (…收到几件申请？答复期限是多少天 / …收过信息处理费吗 信息处理费怎么收): the
   * general rule, asked as it stands, not a figure of the agency the part before it named; undefined when it is no such part.
   */
  private guideQuestionAlone(part: string): Answer | undefined {
    // Cheap test first: a rule's words (期限, 多久, 怎么收), no count of items, and no agency of its own.
    if (!GUIDE_RULE_ASKED.test(part) || /[几多少][件条项个次]/.test(part) || this.index.find(part).length > 0) return undefined;
    // …申请收费了吗 收了多少钱: what was collected (收了, 收取了) is the agency's own record, asked of it, not the fee rules.
    if (FEE_COLLECTED_ASKED.test(part)) return undefined;
    const asked = this.askOne(part, {});
    return asked.kind === 'guide' ? asked : undefined;
  }

  /** 官司输了吗 / 复议赢了吗 over table 四's rows: the verdict of their outcome columns (src/qa/table-outcome.ts) heads the answer. */
  private withTableOutcome(answer: Answer, text: string): Answer {
    if (answer.kind !== 'figure') return answer;
    const verdict = tableOutcomeVerdict(text, answer.facts, (agency, year, row, column) => {
      const record = this.store.agencyByName(agency);
      const report = record ? this.store.report(record.id, year) : undefined;
      return report ? this.store.cell(report.id, row, column) : undefined;
    });
    return verdict ? { ...answer, answer: `${verdict}${answer.answer.replace(TABLE_OUTCOME_LEAD, '')}` } : answer;
  }

  /**
   * 公众号发了252条吗 / 政务公开栏公开了12条没: a count of items published that the asker checks is asked as the count
   * (发了多少条), and the answer says whether the number said is the one the report prints. Undefined when the count
   * asked gets no figure (the question is then asked as it stands).
   */
  private checkedCount(text: string, context: { user?: string }): Answer | undefined {
    // 部门动态有20件没 / 行政许可有5件吗: answered as a yes/no on the thing (有。…30件), whose 有 must not read as yes to the
    // number said when the report prints another: the answer then says the number is not it (the figure printed follows).
    // (有一千条吗: a round bound after 有 asks whether the count reaches it, weighed by weighedCount.)
    if (withReachAsked(withBoundInDigits(text)) !== withBoundInDigits(text)) return undefined;
    const held = CHECKED_HELD_COUNT.exec(text);
    if (held && !CHECKED_PUBLISHED_COUNT.test(text)) {
      // 有30件对吧 is asked as 有30件吗 (the yes/no the answer's 有。 heads).
      const asked = this.askOne(text.replace(/(?:对吗|对不对|是吧|对吧)([?？。!！]*)$/, '吗$1'), context);
      const said = Number(held[2]);
      // 工作动态是不是300条 answered by quoting a sentence (有。…工作动态287条): no figure to weigh, but a 有。 over a quote that
      // prints no such number must not read as yes to it.
      const quoted = new RegExp(`(?<![\\d.])${said}(?![\\d.])`).test(asked.answer.slice(2));
      if (asked.kind === 'text' && asked.answer.startsWith('有。') && asked.facts.length === 0 && !quoted)
        return { ...asked, answer: `报告里没有写${formatNumber(said)}${held[3]}。${asked.answer.slice(2)}` };
      // 不予公开是不是39件 answered with the rules on 不予公开 (the thing is also a rule's word): the count asked on its own
      // (不予公开多少件) of the agency talked about, weighed against the number said.
      if (asked.kind === 'guide') {
        const counted = this.weighedAgainst(`${held[1]}多少${held[3]}`, said, '', held[3], context);
        if (counted) return counted;
      }
      if (asked.kind !== 'figure' || !asked.answer.startsWith('有。') || asked.facts.length === 0) return asked;
      if (asked.facts.some((fact) => fact.value === said)) return asked;
      return { ...asked, answer: `不是${formatNumber(said)}${held[3]}。${asked.answer.slice(2)}` };
    }
    const checked = CHECKED_PUBLISHED_COUNT.exec(text) ?? CHECKED_HANDLED_COUNT.exec(text);
    if (!checked || checked[1].length < 2) return undefined;
    // (留言办了92件吗: a bare 办 is asked as 办理, never as an office 留言办 glued to the words before it.)
    const verb = checked[2].replace(/^办(?!理|结)/, '办理');
    const [, , , digits, about, unit] = checked;
    return this.weighedAgainst(`${checked[1]}${verb}多少${unit}`, Number(digits), about ?? '', unit, context);
  }

  /**
   * The count asked as `question` (…多少件) weighed against the number said: 对，是… or 不是…，报告写的是… before its answer;
   * undefined when it gets no figure in the measure said.
   */
  private weighedAgainst(question: string, said: number, about: string, unit: string, context: { user?: string }): Answer | undefined {
    const asked = this.askOne(question, context);
    const head = headlineFacts(asked.facts)[0];
    if (asked.kind !== 'figure' || !head || head.unit !== unit) return undefined;
    // 是不是2220多篇 / 发了100来条吗: a number said about (多, 余, 来) covers the printed one up to its last nonzero place
    // (2220多: 2220 to 2229; 100多: 100 to 199).
    const span = about ? 10 ** (/0*$/.exec(String(said))?.[0].length ?? 0) : 1;
    const verdict =
      head.value >= said && head.value < said + span
        ? `对，是${formatNumber(said)}${about}${unit}。`
        : `不是${formatNumber(said)}${about}${unit}，报告写的是${formatNumber(head.value)}${head.unit}。`;
    return { ...asked, answer: `${verdict}${asked.answer}` };
  }

  /**
   * 收到申请超过2000件吗 / 是不是收到超过1000件申请 / 不到50件吧: the count is asked on its own (收到申请多少件) and weighed
   * against the number said, the verdict first (没有，…不到2000件), never a bare 有。 that reads as yes to the number. Undefined
   * when no such number is said or the count asked gets no figure in the measure said (the question is then asked as it stands).
   */
  private weighedCount(message: string, context: { user?: string }): Answer | undefined {
    // 一千条以上吗 / 有没有上百件: a bound said in words, as digits (threshold-words.ts).
    const text = withReachAsked(withBoundInDigits(message));
    // (Only a yes/no of one count: 那10件以上的呢 after a statistic over a kind, 5件以上的有哪些, are no verdict of one count.)
    const after = WEIGHED_COUNT.test(text) || !WEIGHED_YES_NO.test(text) ? null : WEIGHED_COUNT_AFTER.exec(text);
    // 10件以上吗 / 是不是在50件以下: the side said after the number, which it includes (10件 is 10件以上).
    const weighed: RegExpExecArray | [string, string, string, string] | null = after
      ? [after[0], after[3] === '以上' ? '以上' : '以下', after[1], after[2]]
      : WEIGHED_COUNT.exec(text);
    if (!weighed) return undefined;
    const [whole, word, digits, unit] = weighed;
    const count = text
      .replace(whole, '')
      .replace(/是不是|是否|有没有/, '')
      .replace(/(?:了)?(?:吗|么|没有?|吧|呢|啊)?[?？。!！]*$/, '');
    const asked = this.askOne(`${count}多少${unit}`, context);
    const head = this.factOfThingWeighed(count, asked.facts) ?? headlineFacts(asked.facts)[0];
    // (More figures of the one report, the count's parts or others after 另, leave its headline the count weighed: 197条 with its
    // parts is still 没有 against 超过200条.)
    const places = new Set(asked.facts.map((fact) => `${fact.agency}|${fact.year}`)).size;
    if (asked.kind !== 'figure' || !head || head.unit !== unit || (asked.facts.length > 2 && places > 1)) return undefined;
    const said = Number(digits);
    const value = head.value;
    const printed = `${formatNumber(value)}${unit}`;
    const bar = `${formatNumber(said)}${unit}`;
    const below = /不到|不足|少于|低于|小于/.test(word);
    const reached = /达到|突破/.test(word) ? value >= said : value > said;
    // (有没有上千条: asked 有没有, answered 有 or 没有; 有七百件以上吗 is still answered 是.)
    const yes = /有没有/.test(message) ? '有' : '是';
    const verdict =
      word === '以上'
        ? value >= said
          ? `${yes}，${printed}，在${bar}以上。`
          : `没有，${printed}，不到${bar}。`
        : word === '以下'
          ? value <= said
            ? `是，${printed}，在${bar}以下。`
            : `不是，${printed}，超过了${bar}。`
          : below
            ? value < said
              ? `是，${printed}，不到${bar}。`
              : `不是，${printed}，${value === said ? '正好' : '超过了'}${bar}。`
            : reached
              ? `${yes}，${printed}，${value === said ? '达到了' : '超过了'}${bar}。`
              : `没有，${printed}，${value === said ? '正好是' : '不到'}${bar}。`;
    return { ...asked, answer: `${verdict}${asked.answer.replace(/^(?:有|没有)。/, '')}` };
  }

  /**
   * Of several counts read from different sentences (共发布工作动态54条 and 门户网站累计主动公开政府信息13条, asked 主动公开超过20条没有),
   * the one whose clause names the thing weighed (主动公开), when the first one's does not and exactly one other's does;
   * undefined otherwise (the answer's headline is weighed).
   */
  private factOfThingWeighed(count: string, facts: readonly Fact[]): Fact | undefined {
    const sentenced = facts.filter((fact) => fact.sentence !== undefined);
    if (sentenced.length < 2 || new Set(sentenced.map((fact) => fact.sentence)).size < 2) return undefined;
    const named = this.index.find(count).reduce((end, mention) => Math.max(end, mention.start + mention.text.length), 0);
    const thing = toSimplified(count.slice(named))
      .replace(/(?:19|20)?\d{2}年度?|今年|去年|前年/g, '')
      .replace(/^(?:的|在)/, '')
      .slice(0, 4);
    if (!/^\p{Script=Han}{2,4}$/u.test(thing)) return undefined;
    const names = (fact: Fact) => toSimplified(clauseOfValue(fact.sentence ?? '', fact.value)).includes(thing);
    if (names(sentenced[0])) return undefined;
    const naming = sentenced.filter(names);
    return naming.length === 1 ? naming[0] : undefined;
  }

  /**
   * 微博现在还在用吗 / 公众号还开着吗: a channel still in use is asked as whether it was shut (关停了吗); only a
   * sentence stating the shutting answers it (已不在用), else the question is asked as it stands.
   */
  private stillInUse(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: few messages ask whether something is still in use, or what became of it.
    const still = STILL_IN_USE.test(text);
    if ((!still && !CHANNEL_FATE.test(text)) || !CHANNEL_WORDS.test(text)) return undefined;
    const shutAsked = text.replace(still ? STILL_IN_USE : CHANNEL_FATE, '关停了吗');
    const states = (answer: Answer) =>
      answer.kind !== 'refusal' &&
      answer.kind !== 'clarify' &&
      answer.answer.startsWith('有。') &&
      CHANNEL_SHUT.test(answer.answer.split('\n')[0]);
    let asked = this.askOne(shutAsked, context);
    // 那个微博还开着吗 after 微博关注的人呢: asked in the conversation, 关停了吗 keeps the followers' topic and is answered 有 from
    // their sentence, which says nothing of shutting; the question is asked again of the conversation's agency alone.
    if (!states(asked)) {
      const memory = context.user ? this.options.state?.get<ConversationMemory>(`qa:${context.user}`) : undefined;
      const agency =
        memory?.agencyIds.length === 1 && this.index.find(text).length === 0 ? this.index.byId(memory.agencyIds[0]) : undefined;
      if (!agency) return undefined;
      const year = memory?.years.length === 1 ? `${memory.years[0]}年` : '';
      asked = this.askOne(`${agency.name}${year}${shutAsked.replace(/^(?:那|那么)/, '')}`, {});
      if (!states(asked)) return undefined;
    }
    return { ...asked, answer: `${still ? '已不在用了。' : '报告写明已关停：'}${asked.answer.slice(2)}` };
  }

  /**
   * 两个公众号一共发了多少篇 / 俩网站相差几条 / 两个公众号哪个发得多: the count of the kind asked alone (as a question of
   * its own, in the same conversation), then every account of that kind its sentence prints, with the sum, the difference or
   * the verdict. Only two accounts printed answer it; one alone is said to be the only one the report states. Undefined when
   * the question is of no such shape or the count asked alone gets no figure read from a sentence.
   */
  private twoOfAKindAnswer(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: most questions count no two of anything.
    if (!/[两俩二]/.test(text)) return undefined;
    const asked = twoOfAKindAsked(text);
    if (!asked) return undefined;
    const single = this.askOne(asked.single, context);
    const fact = single.kind === 'figure' ? single.facts.find((candidate) => candidate.sentence !== undefined) : undefined;
    if (!fact?.sentence) return undefined;
    // The store splits sentences at ；, so the other account may stand in the clause beside this one: the whole sentence is read.
    const whole = this.wholeSentenceOf(fact) ?? fact.sentence;
    const accounts = accountsOfKind(toSimplified(whole), asked.kind, fact.unit);
    if (!accounts.some((account) => account.value === fact.value)) return undefined;
    const source = single.answer.split('\n').find((line) => line.startsWith('（来源'));
    const quoted = `原文：“${whole}”${source ? `\n${source}` : ''}`;
    if (accounts.length === 1) {
      // One account of the kind printed: its count is no sum or difference of two.
      return {
        kind: 'text',
        answer: `${fact.agency}${fact.year}年报告只写了一个${asked.kind}的数字：${accounts[0].label}，没有写第二个${asked.kind}，无法${
          asked.operation === 'sum' ? '相加' : '比较'
        }。\n${quoted}`,
        facts: [],
      };
    }
    if (accounts.length !== 2) return undefined;
    const facts = accounts.map((account, index) => ({ ...fact, key: `${fact.key}#${index + 1}`, value: account.value }));
    const joined: Answer = {
      kind: 'figure',
      answer: `${fact.agency}${fact.year}年报告写了两个${asked.kind}：\n${accounts.map((account, index) => `${index + 1}. ${account.label}`).join('\n')}\n${quoted}`,
      facts,
    };
    if (asked.operation === 'more' || asked.operation === 'fewer') {
      // Each account by its name as printed, up to the kind (“铜梁城管执法”官方微信公众号, 经开区门户网站).
      const named = (label: string) => label.slice(0, label.indexOf(asked.kind) + asked.kind.length);
      return withWhichOfTwo(joined, [named(accounts[0].label), named(accounts[1].label)], asked.operation);
    }
    return asked.operation === 'each' ? joined : withArithmetic(joined, asked.operation);
  }

  /** The sentence up to its full stop that holds the fact's sentence (split at ；), from the report's stored sections. */
  private wholeSentenceOf(fact: Fact): string | undefined {
    const sentence = fact.sentence?.trim().replace(/[。；;]$/, '');
    const agency = this.store.agencyByName(fact.agency);
    if (!sentence || sentence.length < 4 || !agency) return undefined;
    const report = this.store.reportsOfAgency(agency.id).find((candidate) => candidate.year === fact.year);
    if (!report) return undefined;
    for (const text of Object.values(this.store.sections(report.id))) {
      const flat = text.replace(/\n+/g, '');
      const at = flat.indexOf(sentence);
      if (at < 0) continue;
      const start = Math.max(flat.lastIndexOf('。', at - 1), flat.lastIndexOf('\n', at - 1)) + 1;
      const stop = flat.indexOf('。', at + sentence.length);
      return flat.slice(start, stop < 0 ? flat.length : stop + 1).trim();
    }
    return undefined;
  }

  /**
   * The memory a figure two channels share (网站、微信共965条) leaves: its agency, its report's year, the figures, and the
   * first channel's question for a follow-up to ask of another. Nothing when no conversation is kept.
   */
  private rememberStatedTogether(
    context: { user?: string },
    agency: AgencyMention['agencies'][number],
    stated: Answer,
    question: string,
  ): void {
    if (!context.user || !this.options.state) return;
    const key = `qa:${context.user}`;
    const memory = this.options.state.get<ConversationMemory>(key);
    const year = stated.facts[0]?.year;
    this.options.state.set<ConversationMemory>(
      key,
      {
        agencyIds: [agency.id],
        years: year === undefined ? [] : [year],
        introduced: memory?.introduced,
        lastQuestion: question,
        lastFacts: [...(memory?.lastFacts ?? []), ...firstPerPlace(headlineFacts(stated.facts))].slice(-4),
        channel: CHANNEL_ASKED.exec(question)?.[0],
        retrieval: this.lastRetrieval,
      },
      this.ttl,
      { lazy: true },
    );
  }

  /**
   * “A和B加起来…多少” / “A比B多…多少” about one agency: both asked as questions of their own
   * (in the same conversation), their figures side by side with the sum or the difference.
   * Undefined when the question does not have that shape or either part gets no single figure.
   */
  private pairedAnswer(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: most questions join nothing and ask no count.
    // (网站微博微信一共: channels written together join with no word between them.)
    if (
      !/和|跟|与|加|及|还有|比|占|倍|还是|(?:网站|微博|微信|公众号|号|抖音|快手|头条)(?:一共|总共|合计|共计)/.test(text) ||
      !(
        /多少|几|比例|比重|占比|几成|(?:哪个|哪一个|谁).{0,6}[多少]|[多少](?:一些|一点|些)?(?:还是|或是|或者)/.test(text) ||
        YES_NO_MORE_ASKED.test(text)
      )
    )
      return undefined;
    const found = this.index.find(text).filter((mention) => !namesAChannel(text, mention));
    if (found.some((mention) => mention.agencies.length !== 1)) return undefined;
    // A second mention of the same agency is a word that holds its place name (智慧西工): the first names it.
    if (new Set(found.map((mention) => mention.agencies[0].id)).size > 1) return undefined;
    // The agency is named first (X局2024年A和B…): without it, 和 may join the words of a name (沈阳市和平区…).
    const mentions = found.slice(0, 1);
    if (mentions.length === 0 || mentions[0].start > 0) return undefined;
    // 黑龙江人防信息网2020年A比B多几条: words the name found leaves before the year (its site, its kind said loosely) belong
    // to no thing asked (a year inside a thing makes no pair). They are left out of each side's question too: said of both
    // sides (人防信息网), they would pull both to the one clause that prints them.
    const named = mentions[0].start + mentions[0].text.length;
    const loose = NAME_TAIL_BEFORE_YEAR.exec(text.slice(named))?.[0] ?? '';
    const between = PAIR_JOINER.test(loose) ? '' : loose;
    const end = named + between.length;
    const year = /^(?:(?:19|20)?\d{2}年度?|今年|去年|前年)?(?:的)?/.exec(text.slice(end))?.[0] ?? '';
    const lead = text.slice(0, named) + year.replace(/的$/, '');
    const list = listSum(lead, text.slice(end + year.length));
    // 政策文件及解读和通知公告一共: three things read at every joiner whose parts do not add up may be a pair (A及B, and C).
    const listed = list ? this.listSumAnswer(list.questions, context) : undefined;
    if (listed || (list && !/及/.test(text))) return listed;
    const pair = pairedQuestion(lead, text.slice(end + year.length));
    if (!pair) return undefined;
    // Two channels summed (微信和微博一共): a figure the report states for both together (微信公众号、微博…455条) is the answer, not a sum.
    // So of any two things asked with 共 (公开目录和专题专栏共多少条 against 公开目录和我局专题专栏共188条): the report's joint count.
    const together = pair.operation === 'sum' || (pair.operation === undefined && /共|合计|总计/.test(text));
    if (together && (pair.operation === undefined || pair.things.every((thing) => CHANNEL_WORDS.test(thing)))) {
      const agency = mentions[0].agencies[0];
      const stated = this.withRetrieval(NOTHING_FOUND, {
        text: `${pair.things.join(pair.operation === undefined ? '和' : '、')}${pair.asked}`,
        agency,
        years: findYears(lead, shanghaiYear(this.now())),
      });
      if (stated?.kind === 'figure' && countedTogether(stated.answer.split('\n')[0], pair.things)) {
        // The conversation is about that agency and year from here on (微信呢, 有几个申请 after 网站和微信一共), as after
        // any figure answered: the first channel's question is the one a follow-up asks again of another.
        this.rememberStatedTogether(context, agency, stated, pair.first);
        return { ...stated, answer: `报告写明了两者合计的数字：\n${stated.answer}` };
      }
    }
    const transient = context.user ? undefined : `pair:${process.pid}:${(this.messageCounter += 1)}`;
    const partContext = transient ? { user: transient } : context;
    const answers = [this.askOne(pair.first, partContext), this.askOne(pair.second, partContext)];
    if (transient) this.options.state?.delete(`qa:${transient}`);
    // 通知公告比政策解读多几条 where the report prints no 政策解读: the one side found is no difference or ratio, and the
    // answer read for the whole question would state that side's figure alone as if it were one. Said so, nothing computed.
    const oneSideMissing = answers.findIndex((answer) => answer.kind === 'refusal');
    const otherSide = answers[1 - oneSideMissing];
    if (
      (pair.operation === 'difference' || pair.operation === 'ratio') &&
      oneSideMissing >= 0 &&
      otherSide?.kind === 'figure' &&
      headlineFacts(otherSide.facts).length === 1
    )
      return this.refusal(
        `报告没有写明“${pair.things[oneSideMissing]}”的数字，无法计算${pair.operation === 'ratio' ? '倍数' : '差额'}。报告写明的只有另一项：\n${otherSide.answer}`,
      );
    // Each part must give one figure: a part answered with several (微博粉丝 → both channels' followers) cannot be told apart.
    if (answers.some((answer) => answer.kind !== 'figure' || headlineFacts(answer.facts).length !== 1)) return undefined;
    const facts = answers.map((answer) => answer.facts[0]);
    // Both parts read the same figure of the same sentence (科技企业和科技人才代表 → 25名): one figure, never added to itself.
    const [first, second] = facts;
    if (first.value === second.value && first.key === second.key && first.sentence === second.sentence && first.year === second.year)
      return undefined;
    // (Nor a share of one count in itself: 政府文件、政务信息276条 read for both the part and the whole, 276条占276条.)
    if (pair.operation === 'share' && first.value === second.value && first.sentence !== undefined && first.sentence === second.sentence)
      return undefined;
    // 部门动态占225条的比例: the whole the question states must be the figure the report holds for it, else nothing is computed;
    // 智慧西工占那23条 where the report holds 22: the answer says what the report holds, and works out no share on either number.
    if (pair.statedWhole !== undefined && second.value !== pair.statedWhole) {
      const unit = second.unit ?? '';
      return this.refusal(
        `报告写的${pair.things[1]}是${formatNumber(second.value)}${unit}，不是${formatNumber(pair.statedWhole)}${unit}，无法按${formatNumber(pair.statedWhole)}${unit}计算比例。\n${answers[1].answer}`,
      );
    }
    const joined: Answer = { kind: 'figure', answer: answers.map((answer, index) => `${index + 1}. ${answer.answer}`).join('\n\n'), facts };
    if (pair.operation === 'more' || pair.operation === 'fewer') return withWhichOfTwo(joined, pair.things, pair.operation, pair.yesNo);
    // 网站发的呢 next asks the share of another part of the same whole.
    if (pair.operation === 'share' && !transient && context.user) {
      const key = `qa:${context.user}`;
      const memory = this.options.state?.get<ConversationMemory>(key);
      if (memory)
        this.options.state?.set<ConversationMemory>(
          key,
          { ...memory, share: { whole: pair.things[1] }, lastMessage: undefined },
          this.ttl,
          { lazy: true },
        );
    }
    // 工作动态占了百分之多少 where the part's sentence prints its share (70条,占82.35%): the report's own percentage, not one worked out.
    if (pair.operation === 'share') {
      const stated = withStatedShare(answers[0]);
      if (stated) return stated;
      // 通知公告占门户网站公开的百分之几: of the 15条 its own sentence lists it under, not the portal's 19条 of another sentence.
      const listedOver = pair.statedWhole === undefined ? wholeListedOver(first, pair.things[1]) : undefined;
      if (listedOver !== undefined && listedOver !== second.value)
        return withArithmetic({ ...answers[0], facts: [first, { ...first, value: listedOver }] }, 'share');
    }
    const worked = withArithmetic(joined, pair.operation);
    // 政策解读占多大比例 where no share can be worked out (123件 against another thing's 84件): two counts are no share.
    // (Unless the part's sentence prints its share itself, 投诉类328条(占比86.7%), 多样化解读达30%: the answer quotes it.)
    if (
      pair.operation === 'share' &&
      worked.answer === joined.answer &&
      !answers[0].facts.some((fact) => fact.sentence && shareOfThingPrinted(fact.sentence, pair.things[0]))
    )
      return this.refusal(`报告没有写明“${pair.things[0]}”的占比，写明的数字也算不出这个占比，无法回答。`);
    return worked;
  }

  /**
   * 平潭交建局2020年一趟不用跑最多跑一趟的事项占比多少, a thing too long or too plain for pairedAnswer's share: asked again as
   * 占比多少 of the thing alone (的事项 dropped), answered only with a percentage its sentence prints after 占 (228小项，占260小项的
   * 87.69%); never one worked out.
   */
  private statedShareAsked(text: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: a share word and a question word.
    if (!/占|比例|比重/.test(text) || !/多少|几/.test(text)) return undefined;
    const found = this.index.find(text);
    if (found.length !== 1 || found[0].start > 0 || found[0].agencies.length !== 1) return undefined;
    const end = found[0].text.length;
    const year = /^(?:(?:19|20)?\d{2}年度?|今年|去年|前年)?(?:的)?/.exec(text.slice(end))?.[0] ?? '';
    const rest = text.slice(end + year.length);
    const share = SHARE_ASKED_AFTER_THING.exec(rest);
    if (!share || share.index < 2 || /和|跟|与|比|还是/.test(rest.slice(0, share.index))) return undefined;
    const question = `${text.slice(0, end)}${year.replace(/的$/, '')}${rest.slice(0, share.index)}占比多少`;
    if (question === text) return undefined;
    const transient = context.user ? undefined : `share:${process.pid}:${(this.messageCounter += 1)}`;
    const asked = this.askOne(question, transient ? { user: transient } : context);
    if (transient) this.options.state?.delete(`qa:${transient}`);
    const fact = asked.kind === 'figure' && asked.facts.length === 1 ? asked.facts[0] : undefined;
    if (fact?.unit !== '%' || !fact.sentence) return undefined;
    const printed = new RegExp(`占[^。；;，,%]{0,16}?(?<![\\d.])${String(fact.value).replace('.', '\\.')}\\s*%`).exec(fact.sentence);
    return printed ? { ...asked, answer: `报告写明的比例：${printed[0]}（报告原文所印，不是计算的）。\n${asked.answer}` } : undefined;
  }

  /**
   * 网站发的呢 right after 日报发的占全部主动公开的百分之几: the share of the thing named, of the same whole, for the
   * same agency and year. Only a short 呢 follow-up that names no agency.
   */
  private shareFollowUp(text: string, context: { user?: string }): Answer | undefined {
    if (!context.user || text.length > 16 || !/呢[?？。]*$/.test(text)) return undefined;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    if (!memory?.share || memory.agencyIds.length !== 1 || this.index.find(text).length > 0) return undefined;
    const agency = this.index.byId(memory.agencyIds[0]);
    const thing = text.replace(FOLLOW_UP_LEAD, '').replace(/呢[?？。]*$/, '');
    if (!agency || thing.length < 2) return undefined;
    const year = memory.years.length === 1 ? `${memory.years[0]}年` : '';
    return this.pairedAnswer(`${agency.name}${year}${thing}占${memory.share.whole}的百分之几`, context);
  }

  /**
   * 那复议呢 right after 比上年降了多少 was answered with a rate the report prints (行政诉讼案件7件，同比下降12.5%): the rate
   * printed of the thing named, for the same agency and year (复议案件2件，同比下降60%). Only a short 呢 follow-up that names
   * no agency, and only when the report prints that thing's rate; else undefined and the thing is asked as usual.
   */
  private rateFollowUp(text: string, context: { user?: string }): Answer | undefined {
    if (!context.user || text.length > 16 || !/呢[?？。]*$/.test(text)) return undefined;
    const key = `qa:${context.user}`;
    const memory = this.options.state?.get<ConversationMemory>(key);
    if (!memory?.rate || memory.agencyIds.length !== 1 || this.index.find(text).length > 0) return undefined;
    const agency = this.index.byId(memory.agencyIds[0]);
    const thing = text.replace(FOLLOW_UP_LEAD, '').replace(/呢[?？。]*$/, '');
    if (!agency || thing.length < 2 || /\d|年/.test(thing)) return undefined;
    const year = memory.years.length === 1 ? `${memory.years[0]}年` : '';
    const transient = `rate:${process.pid}:${(this.messageCounter += 1)}`;
    const asked = this.askOne(`${agency.name}${year}${thing}的同比增幅是百分之几`, { user: transient });
    this.options.state?.delete(`qa:${transient}`);
    const rates = asked.kind === 'figure' ? asked.facts.filter((fact) => fact.key === 'stated_change' && fact.unit === '%') : [];
    if (rates.length === 0) return undefined;
    this.options.state?.set<ConversationMemory>(
      key,
      {
        ...memory,
        lastFacts: [...(memory.lastFacts ?? []), ...rates].slice(-4),
        lastQuestion: `${thing}呢`,
        rate: true,
        lastMessage: undefined,
      },
      this.ttl,
      { lazy: true },
    );
    return asked;
  }

  /** The agencies of the last figures, each with its last value, when they are exactly two stored agencies. */
  private lastTwoAgencies(
    memory: ConversationMemory | undefined,
  ): Array<{ agency: string; value: number; unit: string; fact: Fact }> | undefined {
    // (A comparison of two agencies named is kept as a ranking of them: their two figures still say who.)
    if (!memory?.lastFacts?.length || memory.lastAcross) return undefined;
    // The figures of the last thing weighed (the conversation keeps those of the thing before it too).
    const last = memory.lastFacts[memory.lastFacts.length - 1];
    const latest = memory.lastFacts.filter((fact) => fact.key === last.key && fact.unit === last.unit);
    const names = [...new Set(latest.map((fact) => fact.agency))].filter((name) =>
      this.index.find(name).some((mention) => mention.agencies.some((agency) => agency.name === name)),
    );
    // (The conversation about those two: a question of one of them since leaves the other's figure of another thing.)
    const talkedAbout = memory.agencyIds.map((id) => this.index.byId(id)?.name);
    if (names.length !== 2 || talkedAbout.length !== 2 || names.some((name) => !talkedAbout.includes(name))) return undefined;
    // Each agency's last figure of it (a comparison states each side's figure once, an added pair then their sum).
    return names.map((name) => {
      const fact = latest.filter((each) => each.agency === name).at(-1) as Fact;
      return { agency: name, value: fact.value, unit: fact.unit, fact };
    });
  }

  /**
   * 那无法提供的呢 谁多 / 微博呢 谁发得多 right after two agencies were compared: the follow-up asked of both, then weighed between
   * them (was: 谁多 read as a ranking of every stored report). Undefined when the last figures are not two agencies'.
   */
  private followUpThenWhich(text: string, context: { user?: string }): Answer | undefined {
    const found = FOLLOW_UP_THEN_WHICH.exec(text);
    if (!found || !context.user) return undefined;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    if (!this.lastTwoAgencies(memory)) return undefined;
    // (Asked as the message it is, 微博呢 read over the conversation as a message of its own is.)
    const asked = this.answerMessage(found[1], context);
    if (asked.kind !== 'figure' || asked.answer.startsWith('比较：')) return asked;
    const agencies = [...new Set(asked.facts.map((fact) => fact.agency))];
    if (agencies.length !== 2) {
      // One side read only: the figures kept are this answer's, never one side's of this thing beside the other's of the last.
      const key = `qa:${context.user}`;
      const kept = this.options.state?.get<ConversationMemory>(key);
      if (kept) this.options.state?.set<ConversationMemory>(key, { ...kept, lastFacts: asked.facts.slice(-4) }, this.ttl, { lazy: true });
      return asked;
    }
    const sides = agencies.map((agency) => asked.facts.find((fact) => fact.agency === agency) as Fact);
    if (sides[0].unit !== sides[1].unit) return asked;
    const verdict = pairVerdict(text, sides[0], sides[1], /[少低]/.test(found[2]) ? 'asc' : 'desc');
    return verdict ? { ...asked, answer: `比较：${verdict}\n${asked.answer}` } : asked;
  }

  /**
   * 乌海市民政局占两家合计的百分之多少 right after two agencies' figures of one thing (compared, or added up): the one named over
   * the sum of the two, worked out and said so. Undefined unless the agency named is one of those two.
   */
  private shareOfTwo(text: string, context: { user?: string }): Answer | undefined {
    if (!SHARE_OF_TWO.test(text) || !context.user) return undefined;
    const sides = this.lastTwoAgencies(this.options.state?.get<ConversationMemory>(`qa:${context.user}`));
    if (!sides || sides[0].unit !== sides[1].unit) return undefined;
    const ofTheTwo = (agency: AgencyRecord) => sides.some((side) => side.agency === agency.name);
    let named = this.index
      .find(text)
      .flatMap((mention) => mention.agencies)
      .filter(ofTheTwo);
    // 公安局占两家合计的…: a kind said short names the one of the two that is of it.
    const kind = named.length === 0 ? this.bareKind(text) : undefined;
    if (kind) named = this.index.ofKind(kind).filter(ofTheTwo);
    if (new Set(named.map((agency) => agency.name)).size !== 1) return undefined;
    const side = sides.find((each) => each.agency === named[0].name);
    const other = sides.find((each) => each.agency !== named[0].name);
    if (!side || !other) return undefined;
    const sum = side.value + other.value;
    if (sum === 0) return undefined;
    const percent = Math.round((side.value / sum) * 1000) / 10;
    const unit = side.unit;
    return {
      kind: 'figure',
      answer:
        `${side.agency}${formatNumber(side.value)}${unit}，占两家合计${formatNumber(sum)}${unit}（${formatNumber(side.value)}${unit} + ${other.agency}${formatNumber(other.value)}${unit}）的${formatNumber(percent)}%` +
        `（${formatNumber(side.value)} ÷ ${formatNumber(sum)}，是计算结果，不是报告原文）。\n（来源：${side.fact.source.report}；${other.fact.source.report}）`,
      facts: [side.fact, other.fact],
    };
  }

  /**
   * The sum of three to five things of one agency, each asked as a question of its own: only when
   * each gives one figure and all are in one unit (else undefined, and the message is asked whole).
   */
  private listSumAnswer(questions: string[], context: { user?: string }): Answer | undefined {
    const transient = context.user ? undefined : `list:${process.pid}:${(this.messageCounter += 1)}`;
    const partContext = transient ? { user: transient } : context;
    const answers = questions.map((question) => this.askOne(question, partContext));
    if (transient) this.options.state?.delete(`qa:${transient}`);
    if (answers.some((answer) => answer.kind !== 'figure' || headlineFacts(answer.facts).length !== 1)) return undefined;
    const facts = answers.map((answer) => headlineFacts(answer.facts)[0]);
    if (facts.some((fact) => fact.unit !== facts[0].unit)) return undefined;
    // The same figure read for two things (one sentence's one number) is never added to itself.
    if (new Set(facts.map((fact) => `${fact.value}|${fact.sentence ?? fact.key}`)).size !== facts.length) return undefined;
    const total = facts.reduce((sum, fact) => sum + fact.value, 0);
    const parts = facts.map((fact) => `${formatNumber(fact.value)}${fact.unit}`).join(' + ');
    return {
      kind: 'figure',
      answer: `${answers.map((answer, index) => `${index + 1}. ${answer.answer}`).join('\n\n')}\n${facts.length}项合计${formatNumber(total)}${facts[0].unit}（${parts}）。`,
      facts: [...facts, { ...facts[facts.length - 1], value: total }],
    };
  }

  /**
   * 那预决算和公示公告一共几件 in a conversation about one agency: the paired question asked of
   * that agency and year (written in front of it), as if it had named them.
   */
  private pairedFollowUp(text: string, context: { user?: string }): Answer | undefined {
    // 公众号和微博哪个发的信息多 asks no 多少 but which of the two: pairedAnswer's own test, the agency the conversation is about.
    if (
      !context.user ||
      !/和|跟|与|加|及|还有|比|占|倍|还是/.test(text) ||
      !(/多少|几|比例|比重|占比|几成|(?:哪个|哪一个|谁).{0,6}[多少]/.test(text) || YES_NO_MORE_ASKED.test(text))
    )
      return undefined;
    const memory = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
    // 自然人占百分之多少 / 其中政策解读占多少 / 占它收到申请的比例 of the figures just answered: the remembered figures' share,
    // answered after this (asking the parts here as questions of their own would also put their figures in the memory).
    if (
      memory?.lastFacts?.length &&
      text.length <= 16 &&
      (REMEMBERED_SHARE.test(shareOfNamedLast(text, memory.lastFacts)) || partOfLastAsked(text, memory.lastFacts))
    )
      return undefined;
    // 智慧西工的占主动公开的百分之几: a platform named after the place names no agency.
    // Nor 中卫日报 (a newspaper named after the place): a channel of the agency the conversation is about, as in pairedAnswer.
    if (
      memory?.agencyIds.length !== 1 ||
      this.index.find(text).some((mention) => !this.insideAWord(text, mention) && !namesAChannel(text, mention))
    )
      return undefined;
    const agency = this.index.byId(memory.agencyIds[0]);
    if (!agency) return undefined;
    const year = findYears(text, shanghaiYear(this.now())).length > 0 || memory.years.length !== 1 ? '' : `${memory.years[0]}年`;
    return this.pairedAnswer(`${agency.name}${year}${text.replace(FOLLOW_UP_LEAD, '')}`, context);
  }

  /**
   * A later question of a message that names no agency (…科技特派员几名，三区人才有几名) is about
   * the agency and year the part before it named: they are written in front of it. A part that reads
   * as a follow-up (行政强制呢) keeps working the same way.
   */
  private withAgencyOf(previous: string, part: string): string {
    if (this.index.find(part).length > 0) return part;
    const mentions = this.index.find(previous);
    if (mentions.length !== 1) return part;
    const [mention] = mentions;
    let end = mention.start + mention.text.length;
    const kind = this.index.kinds().find((candidate) => previous.startsWith(candidate, end));
    if (kind) end += kind.length;
    // (A year written short, 24年 of 平潭行政审批局24年收到几件申请, is the part's year as much as 2024年 is.)
    const before = findYears(previous, shanghaiYear(this.now()));
    const year =
      findYears(part, shanghaiYear(this.now())).length > 0
        ? ''
        : (/(?:19|20)\d{2}年/.exec(previous)?.[0] ?? (before.length === 1 ? `${before[0]}年` : ''));
    return `${previous.slice(mention.start, end)}${year}${channelOf(previous, part)}${part.replace(/^(那么|那)/, '')}`;
  }

  /** 西工区和海原县科技局 → 西工区科技局和海原县科技局: the kind word shared by two regions goes to both. */
  private distributeKind(text: string): string {
    const kind = this.index.kindsIn(text)[0];
    // Most questions name one agency: no conjunction, nothing to distribute.
    if (!kind || !/和|与|跟|同|及|、|还是/.test(text)) return text;
    // 海原和沙坡头两个科技局 / 中卫与西工这俩科技局: the count before the kind is no part of the second name.
    const kindAt = text.indexOf(kind);
    const counted = NAMES_COUNTED.exec(text.slice(0, kindAt));
    if (counted && counted.index > 0) text = `${text.slice(0, counted.index)}${text.slice(kindAt)}`;
    // Compiled once per kind: compiling costs more than the rest of this step.
    let pattern = this.kindPairs.get(kind);
    if (!pattern) {
      pattern = new RegExp(
        `([\\u4e00-\\u9fa5]{2,8}?(?:省|自治区|市|区|县|旗|州|盟))(和|与|跟|同|及|、|还是)([\\u4e00-\\u9fa5]{2,8}?(?:省|自治区|市|区|县|旗|州|盟))${kind}`,
      );
      if (this.kindPairs.size >= 1024) this.kindPairs.clear();
      this.kindPairs.set(kind, pattern);
    }
    // Only when the first region has an agency of that kind: 沐阳县和上海市政府办公厅 names 沐阳县 (its government) and an office.
    const distributed = text.replace(pattern, (whole, first: string, conjunction: string, second: string, offset: number) =>
      !this.insideNamedAgency(text, offset + first.length) &&
      this.index.find(`${first}${kind}`).some((mention) => mention.start === 0 && mention.text.length >= first.length - 1)
        ? `${first}${kind}${conjunction}${second}${kind}`
        : whole,
    );
    return distributed !== text ? distributed : this.distributeKindToBareRegion(text, kind);
  }

  /**
   * The one agency of a place's several (义乌: its 交通运输局 and its 卫生健康局) whose kind is that of the agency the conversation
   * was about (柳南区交通运输局); undefined when there was none, or none or several of the place's agencies are of that kind.
   */
  private agencyOfRememberedKind(mention: AgencyMention, rememberedIds: readonly number[]): AgencyRecord | undefined {
    const remembered = rememberedIds.map((id) => this.index.byId(id)).filter((agency): agency is AgencyRecord => agency !== undefined);
    if (remembered.length === 0) return undefined;
    const kinds = remembered.map((agency) => {
      const name = toSimplified(agency.name);
      return this.index.kinds().find((kind) => name.endsWith(kind));
    });
    const [kind] = kinds;
    if (!kind || kinds.some((other) => other !== kind)) return undefined;
    const fitting = mention.agencies.filter((agency) => toSimplified(agency.name).endsWith(kind));
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  /** Of a place's agencies, the one of the kind a name ends with (黄石市医保局: 医保局, either form), when only one is. */
  /**
   * The one agency of a place's several whose kind the words after the place name, with other words between (在岭北县哪能看到
   * 医保局公开的文件): undefined when no kind, or none or several of the place's agencies are of the kinds named.
   */
  private agencyOfKindAfter(mention: AgencyMention, text: string): AgencyRecord | undefined {
    const after = toSimplified(text.slice(mention.start + mention.text.length, mention.start + mention.text.length + 16));
    const kinds = this.index.kindsIn(after).filter((kind) => !insideLargerOrdinal(after, kind));
    if (kinds.length === 0) return undefined;
    const fitting = mention.agencies.filter((agency) =>
      kinds.some((kind) => kindVariants(kind).some((variant) => toSimplified(agency.name).endsWith(variant))),
    );
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  private agencyOfNamedKind(mention: AgencyMention, name: string): AgencyRecord | undefined {
    const simplified = toSimplified(name);
    const kind = this.index.kinds().find((candidate) => simplified.endsWith(candidate));
    if (!kind) return undefined;
    const variants = kindVariants(kind);
    const fitting = mention.agencies.filter((agency) => variants.some((variant) => toSimplified(agency.name).endsWith(variant)));
    if (fitting.length > 0) return fitting.length === 1 ? fitting[0] : undefined;
    // 南阳市粮食局 missed, then 那信阳的呢: the kind's words and its last word with more between (粮食和物资储备局, the 粮食局
    // renamed) are that kind too.
    const stem = escapeRegExp(kind.slice(0, -1));
    const wider = new RegExp(`${stem}\\p{Script=Han}{1,8}${kind.slice(-1)}$`, 'u');
    const widened = kind.length >= 3 ? mention.agencies.filter((agency) => wider.test(toSimplified(agency.name))) : [];
    return widened.length === 1 ? widened[0] : undefined;
  }

  /**
   * The last question asked of the agency named instead (木兰县发改局22年收到几件申请 → 哈尔滨市发展和改革局22年收到几件申请), so a
   * refusal of it keeps the question whole for the agency named next (那哈尔滨商务局呢); `${name}呢` when the last question did
   * not name the remembered agency.
   */
  private askedOfOtherPlace(name: string, memory: ConversationMemory): string {
    const last = memory.lastQuestion;
    const mentions = last ? this.index.find(last) : [];
    const [mention] = mentions;
    if (!last || mentions.length !== 1 || !mention.agencies.some((agency) => agency.id === memory.agencyIds[0])) return `${name}呢`;
    return `${last.slice(0, mention.start)}${name}${last.slice(mention.start + mention.text.length)}`;
  }

  /**
   * The agency of the remembered one's kind in the place a message names alone (other-place-kind.ts), by name; undefined when
   * there is none, or when the place's own name already finds that one stored agency (西工区的呢 for 西工区科学技术局), which
   * any follow-up then reads.
   */
  private otherPlaceOfKind(input: string, agencyId: number): string | undefined {
    const agency = this.index.byId(agencyId);
    const other = agency ? otherPlaceKind(input, agency.name, this.index.kinds(), (kind) => this.index.ofKind(kind)) : undefined;
    if (!other) return undefined;
    const found = other.held ? this.index.find(input).flatMap((mention) => mention.agencies) : [];
    return found.length === 1 && found[0].name === other.name ? undefined : other.name;
  }

  /** The sentence of one agency's report (named, else remembered; the year remembered, else its latest) stating its reply time, quoted. */
  private replyTimeStated(mentions: readonly AgencyMention[], memory: ConversationMemory | undefined): string | undefined {
    const named = [...new Set(mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id)))];
    const ids = named.length > 0 ? named : (memory?.agencyIds ?? []);
    const report = ids.length === 1 ? this.reportOfOne(ids, named.length > 0 ? [] : (memory?.years ?? [])) : undefined;
    const stated = report ? replyTimeSentence(this.store.sections(report.id)) : undefined;
    return report && stated
      ? `${report.agency}${report.year}年报告写明：“${stated.sentence}”\n${this.cite(report, stated.sectionKey)}`
      : undefined;
  }

  /** The government of the place a message names alone after a place's own body (other-place-kind.ts), or undefined. */
  private placeGovernmentOf(input: string, memory: ConversationMemory): string | undefined {
    const agency = this.index.byId(memory.agencyIds[0]);
    const government = agency ? placeGovernmentAsked(input, agency.name, memory.lastQuestion) : undefined;
    // (Only a government stored: 甘谷县呢 with no 甘谷县人民政府 held goes on as any follow-up, to whatever 甘谷县 finds.)
    // (Nor one the place already finds alone, 那绥宁呢 for 绥宁县人民政府: it goes on as any follow-up, the last question whole.)
    const held = government ? this.index.find(government).filter((mention) => mention.agencies.length === 1) : [];
    const found = this.index.find(input).flatMap((mention) => mention.agencies);
    return held.length > 0 && !(found.length === 1 && found[0].id === held[0].agencies[0].id) ? government : undefined;
  }

  /** Whether the character at `at` lies inside a name the text says whole (an agency's, or a place's: 太和县), not a near miss. */
  private insideNamedAgency(text: string, at: number): boolean {
    return this.index
      .find(text)
      .some((mention) => mention.how !== 'fuzzy' && mention.start < at && mention.start + mention.text.length > at + 1);
  }

  /** 中卫和海原科技局 → 中卫科技局和海原科技局: a region without its level before the conjunction, when it names an agency of that kind. */
  private distributeKindToBareRegion(text: string, kind: string): string {
    // (No joiner, no pattern to build: most messages have none.)
    if (!/[和与跟同及、]|还是/.test(text)) return text;
    const conjunction = new RegExp(`(?:和|与|跟|同|及|、|还是)[\\u4e00-\\u9fa5]{2,6}?${kind}`).exec(text);
    if (!conjunction) return text;
    const at = conjunction.index;
    const before = text.slice(Math.max(0, at - 4), at);
    if (before.length < 2 || before.endsWith(kind) || !/^[\u4e00-\u9fa5]+$/.test(before.slice(-2))) return text;
    // 保定徐水区自然资源和规划分局: the 和 is inside a stored agency's kind (自然资源和规划局, 发展和改革委); distributed, 规划分局
    // would name another city's branch.
    const around = text.slice(Math.max(0, at - 2), at + 3);
    if (/^\p{Script=Han}{2}[和与及]\p{Script=Han}{2}$/u.test(around) && this.index.kinds().some((stored) => stored.includes(around)))
      return text;
    // 上海市静安区人民政府共和新路街道办事处: the 和 lies inside an agency's stored name said whole (共和新路, 人和镇), no joiner.
    if (this.insideNamedAgency(text, at)) return text;
    const named = this.index.find(`${before}${kind}`);
    // The region before the conjunction must start the name found (not the kind word after it, 沈阳市|发展和改革委员会).
    const endsAtConjunction = (mention: AgencyMention) =>
      mention.start < before.length && mention.start + mention.text.length >= before.length - 1;
    if (!named.some(endsAtConjunction)) return text;
    // 鄂州税务和九原民委: the words before the conjunction already name a bureau of another kind (国家税务总局鄂州市税务局),
    // not a bare region: the kind after the conjunction is the second agency's alone.
    const variants = kindVariants(kind);
    const namedAlready = this.index.find(text.slice(0, at)).some((mention) => {
      if (mention.how === 'fuzzy' || mention.start + mention.text.length !== at || mention.agencies.length !== 1) return false;
      const name = toSimplified(mention.agencies[0].name);
      return !PLACE_BODY_NAME.test(name) && !variants.some((variant) => name.endsWith(variant));
    });
    if (namedAlready) return text;
    return `${text.slice(0, at)}${kind}${text.slice(at)}`;
  }

  /**
   * Questions being answered now (user and text): a follow-up rule asks the engine again with a question rebuilt from the last
   * one, and a rebuilt question equal to one already being answered (那阿尔山呢 after 那嵩明县呢, remembered as said) would
   * ask itself for ever. Asked again while in flight, a question is a plain refusal, so the rule that asked falls back.
   */
  private readonly inFlight = new Set<string>();

  private askOne(input: string, context: { user?: string }): Answer {
    const key = `${context.user ?? ''}\u0000${input}`;
    // A question asked again in other words inside its own answer may be rewritten into a new one each time (…哪段时间多少多少…):
    // past a few levels it is not understood, never a stack overflow.
    if (this.inFlight.has(key) || this.inFlight.size >= MAX_NESTED_QUESTIONS) return this.refusal('抱歉，没有理解您的问题。');
    this.inFlight.add(key);
    try {
      // 它被复议几件 after 它主动公开了多少 (the agency a ranking named, asked of again): the ranking stays for 第二名呢.
      const memoryKey = context.user ? `qa:${context.user}` : undefined;
      const ranking = memoryKey ? this.options.state?.get<ConversationMemory>(memoryKey)?.lastRanking : undefined;
      const answer = this.askOneOnce(input, context);
      if (
        ranking &&
        memoryKey &&
        RANKED_REFERENT.test(input.trim()) &&
        !this.options.state?.get<ConversationMemory>(memoryKey)?.lastRanking
      )
        this.keepRanking(ranking, context);
      return answer;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /**
   * 回到刚才那个 / 说回之前那家 (…他们公众号发了多少条): a return to the agency talked about before the last one, which the words
   * do not name, is written as that agency (and its one year, when the question names none).
   */
  private backToEarlier(text: string, memory: ConversationMemory | undefined): string {
    const frame = BACK_TO_EARLIER.exec(text);
    if (!frame || !memory?.earlier || memory.earlier.agencyIds.length !== 1) return text;
    const agency = this.index.byId(memory.earlier.agencyIds[0]);
    if (!agency) return text;
    const rest = text.slice(frame[0].length);
    const year =
      memory.earlier.years.length === 1 && findYears(rest, shanghaiYear(this.now())).length === 0 ? `${memory.earlier.years[0]}年` : '';
    return `${agency.name}${year}${rest.replace(/^(?:他们|它们|他|它|那边|这家|那家)(?:的)?/, '')}`;
  }

  private askOneOnce(said: string, context: { user?: string }): Answer {
    // 哦 是25年 / 应该是2020年的: a year said as the correction of the last question is that question for the year (25年呢).
    const memoryKey = context.user ? `qa:${context.user}` : undefined;
    const memory = memoryKey ? this.options.state?.get<ConversationMemory>(memoryKey) : undefined;
    // 那牡丹江市卫健委同年呢 / 同一年收到几件: 同年 is the one year the conversation is about, said as that year (with none
    // remembered, no word of the thing asked).
    const sameYear = memory?.years.length === 1 ? `${memory.years[0]}年` : '';
    // 第一年的呢 / 最早那年呢 / 最后一年的 in a conversation about one agency: that year of its reports held, said as the year.
    const ordinal = memory?.agencyIds.length === 1 ? ORDINAL_YEAR.exec(said) : null;
    const held = ordinal && memory ? this.store.reportsOfAgency(memory.agencyIds[0]).map((report) => report.year) : [];
    const ordinalYear = ordinal ? yearOfOrdinal(ordinal[0], held) : undefined;
    const saidYear = ordinal && ordinalYear !== undefined ? said.replace(ordinal[0], `${ordinalYear}年`) : said;
    const input = this.backToEarlier(
      narrowedToOneChannel(
        (context.user ? saidYear.replace(YEAR_SAID_AS_CORRECTION, '$1呢') : saidYear).replace(SAME_YEAR, () => sameYear),
        memory?.lastQuestion,
      ),
      memory,
    );
    const remember = (next: Partial<ConversationMemory>) => {
      if (!memoryKey || !this.options.state) return;
      const base: ConversationMemory = memory ?? { agencyIds: [], years: [] };
      const named = next.lastQuestion === undefined ? undefined : CHANNEL_ASKED.exec(next.lastQuestion)?.[0];
      const sameAgencies =
        next.agencyIds === undefined ||
        (next.agencyIds.length === base.agencyIds.length && next.agencyIds.every((id, at) => id === base.agencyIds[at]));
      const channel = named ?? (sameAgencies ? base.channel : undefined);
      // Another agency asked after one talked about: the one before is kept for 回到刚才那个.
      const earlier =
        !sameAgencies && next.agencyIds && next.agencyIds.length > 0 && base.agencyIds.length > 0
          ? { agencyIds: base.agencyIds, years: base.years }
          : base.earlier;
      this.options.state.set<ConversationMemory>(
        memoryKey,
        {
          ...base,
          pending: undefined,
          more: undefined,
          deadline: undefined,
          deadlineQuestion: undefined,
          retrieval: undefined,
          fee: undefined,
          guide: undefined,
          guideTopic: undefined,
          lastRanking: undefined,
          rankedNamed: undefined,
          lastAcross: undefined,
          unknownAgency: undefined,
          share: undefined,
          oneInKind: undefined,
          rate: undefined,
          lastMessage: undefined,
          reportAsked: undefined,
          ...next,
          channel,
          earlier,
        },
        this.ttl,
        { lazy: true },
      );
    };

    // 啥意思 / 这个数什么意思 / 那个1681是什么意思 after a figure: what the figure just answered counts, in plain words.
    const lastMeaning = memory?.lastFacts?.length ? LAST_MEANING_ASKED.exec(input.trim()) : null;
    if (lastMeaning && memory?.lastFacts) {
      const said = lastMeaning[1] === undefined ? undefined : Number(lastMeaning[1]);
      const last = memory.lastFacts[0];
      // A number of the answer the conversation keeps no fact of (13 of 不予公开 32's parts): the last question asked again,
      // with no conversation, gives every figure it stated; only one of the same agency and year is taken.
      const again =
        said !== undefined && !memory.lastFacts.some((each) => each.value === said) && memory.lastQuestion
          ? this.askOne(memory.lastQuestion, {}).facts.filter((each) => each.agency === last.agency && each.year === last.year)
          : [];
      const fact = said === undefined ? last : [...memory.lastFacts, ...again].find((each) => each.value === said);
      if (said !== undefined && !fact)
        return this.refusal(`刚才的回答里没有${formatNumber(said)}这个数。可以问“这个数什么意思”，我解释刚才回答的数字是什么。`);
      const term = fact ? termOfFact(fact.key) : undefined;
      if (fact && term)
        return {
          kind: 'figure',
          answer: `${fact.agency}${fact.year}年的${formatNumber(fact.value)}${fact.unit}是“${term.name}”的数字。\n${meaningText(term)}\n（来源：${fact.source.report}${fact.source.section}）`,
          facts: [fact],
        };
    }
    // 予以公开是什么意思 / 什么叫结转下年度 / 尚未审结指的是什么: what a figure of the report counts (a term a guide topic
    // explains, 过程性信息是什么意思 → what is exempt and why, is left to it).
    const termWords = TERM_ASKED.exec(input.trim());
    const term = termWords ? termNamed(termWords[1] ?? termWords[2] ?? termWords[3]) : undefined;
    if (term && !this.options.guide?.answer(input, this.now())?.topicId) return { kind: 'text', answer: meaningText(term), facts: [] };
    // 那达州呢 / 那达州的呢 right after one agency's share of its kind or its place in it: the same asked of the agency named now.
    const otherInKind = this.otherOfOneInKind(input, memory);
    // 2025年民政局收到申请的中位数 / 第二名是谁 / 有几个是零 after a ranking: a statistic over the agencies of one kind.
    const statistic = this.kindStatistic(otherInKind ?? input, memory);
    if (statistic) {
      const asked = otherInKind ?? input;
      const named = this.oneNamedIn(asked);
      // 那卫健委呢 after 民政局…比去年多的有哪几个: the kind said is what another kind takes the place of.
      const kindSaid = named ? undefined : this.bareKind(asked);
      const oneInKind = named ? { text: asked, named } : kindSaid ? { text: asked, named: kindSaid, kind: true } : undefined;
      if (statistic.answer.kind === 'figure')
        remember({
          agencyIds: [],
          years: statistic.year ? [statistic.year] : (memory?.years ?? []),
          lastRanking: statistic.ranking,
          lastFacts: statistic.focus.length > 0 ? statistic.focus : memory?.lastFacts,
          oneInKind,
        });
      else if (statistic.answer.kind === 'refusal' && oneInKind?.kind) remember({ oneInKind });
      return statistic.answer;
    }
    // Small talk: a short friendly reply; what the bot can do only once per conversation; never a repeat of the last answer.
    const chat = smallTalk(input);
    if (chat) {
      // 你能干什么 / 你会什么 asks what the bot can do: said each time it is asked, not only once.
      const introduce = (!memory?.introduced && chat !== 'bye') || (chat === 'identity' && CAN_DO_ASKED.test(input));
      // An off-topic line (今天股票涨了吗) keeps the sentence answered before it: 那通知公告呢 after it follows that up.
      remember({
        introduced: memory?.introduced || introduce,
        pending: memory?.pending,
        topic: memory?.topic,
        retrieval: chat === 'offtopic' ? memory?.retrieval : undefined,
      });
      // Off-topic is a clarification, as the off-topic reply of a question that names nothing is.
      return {
        kind: chat === 'offtopic' ? 'clarify' : 'text',
        answer: this.withExamples(`${SMALL_TALK_REPLY[chat]}${introduce ? `\n${CAPABILITIES}` : ''}`),
        facts: [],
      };
    }
    // 继续 / 更多: the rest of the last long text.
    if (CONTINUE.test(input)) {
      if (memory?.more) {
        const { shown, rest } = cutText(memory.more);
        remember({ more: rest });
        return { kind: 'text', answer: `${shown}${rest ? '\n（回复“继续”看后面的内容）' : ''}`, facts: [] };
      }
      // Nothing was cut: the last answer was whole (or there was none). Not a misunderstanding, so no clarify.
      return { kind: 'text', answer: '上一条回答已经是全部内容了。还想了解什么，请直接问。', facts: [] };
    }
    // 数据统计到什么时候 / 年报统计的是哪段时间: the report's statistics period.
    if (REPORT_PERIOD_ASKED.test(input)) {
      const period = this.reportPeriod(input, memory);
      if (period) return period;
    }
    // 申请人里最多的是哪类 / 办理结果哪种最多 / 哪类最多 after 都是谁申请的: the largest part of one breakdown.
    if (largestPartAsked(input, Boolean(memory?.lastFacts?.length))) {
      const part = this.largestPartAnswer(input, context, memory);
      if (part) return part;
    }
    // 里面又分哪些 / 其中包括哪些 after a figure read from a sentence: the parts the sentence prints with it.
    if (memory?.lastFacts?.length && BREAKDOWN_ASKED.test(input)) {
      const parts = partsOfLastFigure(memory.lastFacts[memory.lastFacts.length - 1]);
      if (parts) return parts;
    }
    // 你刚才说的那个数是哪年的: the agency and year of the last figure, as answered (no new figure).
    if (QUOTED_BACK.test(input) && memory?.lastFacts?.length) {
      const last = memory.lastFacts[memory.lastFacts.length - 1];
      const name = figureRowName(last.key) || (proseFigureByKey(last.key)?.name ?? '');
      return {
        kind: 'figure',
        answer: `刚才说的${formatNumber(last.value)}${last.unit}是${last.agency}${last.year}年${name ? `的${name}` : '的数字'}，出自${last.source.report}${last.source.section}。`,
        facts: [last],
      };
    }
    // 再说一遍 / 上一个问题: the last question asked again (its answer may have scrolled away or been cut).
    // (A message of several questions is asked whole again: its parts' answers, not only its last part's.)
    if (REPEAT.test(input) && memory?.lastMessage && memory.lastMessage !== input) return this.answerText(memory.lastMessage, context);
    if (REPEAT.test(input) && memory?.lastQuestion && memory.lastQuestion !== input) return this.askOne(memory.lastQuestion, context);
    // 那23年呢 right after 平潭行政审批局24年收到几件申请 予以公开几件: every question of that message, asked of the year said.
    if (memory?.lastMessage && YEAR_ONLY_FOLLOW_UP.test(input.trim())) {
      const year = yearOnlyOf(input.trim());
      const again = year ? memory.lastMessage.replace(new RegExp(YEAR_WORDS.source), year) : memory.lastMessage;
      if (again !== memory.lastMessage && splitQuestions(again).length > 1) return this.answerText(again, context);
    }
    // 2024年呢 / 前年呢 after a question answered from a sentence (公众号发了几条): that question for the year, not the
    // whole topic's figure (主动公开455条), when it has an answer; else the usual reading below.
    // 去年呢 after 官司赢了没 / 还有没判完的官司吗: the outcome asked again for that year, its refusal included (no outcome stated),
    // never the count of cases the topic remembers (行政诉讼1件).
    if (memory?.lastQuestion && YEAR_ONLY_FOLLOW_UP.test(input) && appealOutcomeAsked(memory.lastQuestion)) {
      const again = this.lastQuestionInYear(input, memory.lastQuestion, context, true);
      if (again) return again;
    }
    if (memory?.retrieval && memory.lastQuestion && (YEAR_ONLY_FOLLOW_UP.test(input) || yearBeforeOnly(input))) {
      const again = this.lastQuestionInYear(input, memory.lastQuestion, context);
      if (again) return again;
    }
    // 2024的呢 after 高青县政府办公室2025年开了几次常务会议, refused (no sentence of that year says it, so no topic nor sentence
    // was kept): the same question of the year said, which a sentence of that year may answer.
    if (!memory?.retrieval && !memory?.topic && memory?.agencyIds.length === 1 && memory.lastQuestion && YEAR_ONLY_FOLLOW_UP.test(input)) {
      const again = this.lastQuestionInYear(input, memory.lastQuestion, context);
      if (again) return again;
    }
    // 哪个最少 after a ranking (五个科技局里哪个最多): the same ranking the other way, over all it ranked, not the few remembered.
    const reranked =
      memory?.lastRanking && WHICH_MORE.test(input) && input.includes('最')
        ? this.rankedTheOtherWay(input, memory.lastRanking, context)
        : undefined;
    if (reranked) return reranked;
    // 2022年呢 / 那最少的呢 / 哪个镇最多 after a ranking (2023年哪个街道收到的申请最多), answered or not: the same ranking in that
    // year, the other way, or over that kind.
    const rankingAgain = memory?.lastRanking
      ? this.rankingFollowUp(
          input,
          memory.lastRanking,
          context,
          memory.agencyIds.length === 0,
          memory.rankedNamed ? [memory.rankedNamed] : memory.lastFacts,
        )
      : undefined;
    if (rankingAgain) return rankingAgain;
    // 水务局呢 / 行政审批局那年收到几件 after a ranking over a place or a comparison of named agencies: that one of the kind.
    const ofRanked = this.kindOfLastRanked(input, memory);
    if (ofRanked) return this.askOne(ofRanked, context);
    // 第二个呢 after 略阳县 环县 海城市 哪个最多: the second of the figures just weighed, in the order asked.
    const placeOfCompared =
      memory?.lastFacts && memory.agencyIds.length >= 2 && (PLACE_ASKED.test(input.trim()) || END_ASKED.test(input.trim()))
        ? placeInCompared(
            input,
            memory.lastQuestion,
            memory.lastFacts,
            memory.agencyIds.map((id) => this.index.byId(id)?.name ?? ''),
          )
        : undefined;
    if (placeOfCompared) return placeOfCompared;
    // 有2023年的吗 after 年报在哪看 / 年报什么时候发布: whether that year's report of the agency is held, and which are.
    const reportYear = memory?.reportAsked ? REPORT_YEAR_FOLLOW_UP.exec(input.trim())?.[1] : undefined;
    const yearsOfReport = reportYear ? findYears(reportYear, shanghaiYear(this.now())) : [];
    const reportAgencies = (memory?.agencyIds ?? [])
      .map((id) => this.index.byId(id))
      .filter((agency): agency is AgencyRecord => agency !== undefined);
    if (yearsOfReport.length === 1 && reportAgencies.length > 0) {
      remember({
        agencyIds: reportAgencies.map((agency) => agency.id),
        years: yearsOfReport,
        reportAsked: true,
        lastQuestion: memory?.lastQuestion,
      });
      return this.listReports(reportAgencies, yearsOfReport);
    }
    // 哪个收到的申请最多 / 这几个里谁主动公开的最多 right after a list of a place's or a kind's agencies (乌海市有哪些单位的年报):
    // ranked among that list, as if its place or kind had been said, never across every stored report.
    const amongListed = this.amongLastList(input, memory);
    if (amongListed) return this.askOne(amongListed, context);
    // 那2023年呢 after a total, an average or a list across agencies: the same question in that year.
    const acrossYear = memory?.lastAcross ? yearOnlyOf(input) : undefined;
    if (memory?.lastAcross && acrossYear) {
      const again = YEAR_IN_QUESTION.test(memory.lastAcross)
        ? memory.lastAcross.replace(YEAR_IN_QUESTION, acrossYear)
        : `${acrossYear}${memory.lastAcross}`;
      if (again !== memory.lastAcross) return this.askOne(again, context);
    }
    // 增速多少 / 比22年多了多少 / 比2022年涨了多少 after a figure read from a sentence: the change that sentence prints with it
    // (增速达到138.8%, 较去年同期增长11%, 从2022年度的840万元提高到…), not two other figures of the conversation compared.
    const changeOfLast =
      memory?.lastFacts?.length && this.index.find(input).length === 0 ? changeFollowUp(input, shanghaiYear(this.now())) : undefined;
    if (changeOfLast && memory?.lastFacts) {
      // (同比呢 after 主动公开13203条；另：政府网站公开1775条: the headline's rate, where the last part has none of its own.)
      const lastFacts = memory.lastFacts;
      const stated = [lastFacts[lastFacts.length - 1], ...lastFacts.slice(0, -1)]
        .map((fact) => this.changeStatedOfLast(fact, changeOfLast.year, input))
        .find((answer) => answer !== undefined);
      // 那复议呢 next asks the rate of another thing (rateFollowUp).
      if (stated && memoryKey && stated.facts.some((fact) => fact.key === 'stated_change' && fact.unit === '%'))
        this.options.state?.set<ConversationMemory>(memoryKey, { ...memory, rate: true, lastMessage: undefined }, this.ttl, { lazy: true });
      if (stated) return stated;
      // 比23年多还是少 after 19年主动公开了多少条 (595条) of one agency: the last question asked again for 2023 and the two
      // figures of the same thing weighed (312条, 283 fewer), as 那2023年呢 then 哪个多 would be.
      const against =
        changeOfLast.year && memory.lastQuestion && memory.agencyIds.length === 1
          ? this.changeAgainstYear(memory.lastFacts, changeOfLast.year, memory.lastQuestion, context)
          : undefined;
      // 比2023年多了百分之几: the rate worked out from the two figures just weighed, both stated.
      if (against && PERCENT_CHANGE_ASKED.test(input) && against.facts.length >= 2) {
        const rate = rateOfChange(against.facts[0], against.facts[1], undefined);
        if (rate) return { ...against, answer: `${against.answer}\n${rate}` };
      }
      if (against) return against;
    }
    // 比政府网站多几条 after 智慧西工发了几条 (17): the thing named asked of the same agency and year, and the gap stated.
    const againstLast = COMPARED_TO_LAST.exec(input);
    if (againstLast && memory?.lastFacts?.length && memory.agencyIds.length === 1) {
      const gap = this.gapToLast(memory.lastFacts[memory.lastFacts.length - 1], againstLast[1], againstLast[2] === '少');
      if (gap) return gap;
    }
    // 哪个发的最多 after one agency's channels asked in turn (网站, 公众号, 微博): those channels' figures ranked.
    // (The word WHICH_MORE read decides: the 少 of 哪个多 差多少 asks no smaller one.)
    const fewerAsked = /少|低/.test(WHICH_MORE.exec(input)?.[4] ?? input);
    // 哪个平台发的最多 after a total and some of its parts (全年578条, 其中微博183条, 抖音号92条): every part its sentence lists.
    if (WHICH_MORE.test(input) && input.includes('最') && memory?.lastFacts) {
      const listed = this.partsOfRemembered(memory.lastFacts, fewerAsked);
      if (listed) return listed;
    }
    const channelsRanked =
      WHICH_MORE.test(input) && memory?.lastFacts
        ? (this.channelsCompared(memory.lastFacts, fewerAsked) ?? this.channelsOfLastTotal(memory, input, context))
        : undefined;
    // 哪个少 差几条 (two questions in one message) after two channels: the gap under the verdict.
    if (channelsRanked)
      return GAP_TOO.test(input) && channelsRanked.facts.length === 2
        ? withArithmetic(channelsRanked, 'difference', channelsRanked.facts)
        : channelsRanked;
    // 排个名 / 排一下 after three or more agencies' figures of one kind: those figures ranked; 第一名比最后一名多多少: their gap.
    if (memory?.lastFacts && memory.lastFacts.length >= 2 && (RANK_OR_ENDS_ASKED.test(input) || this.placeInRankAsked(input))) {
      const ranked = this.rankRemembered(memory.lastFacts, input);
      if (ranked) return ranked;
    }
    // 办结率是多少 where the report prints no rate but one sentence states the applications and those finished (共办理…675件,
    // 已办结661件): the rate worked out from those two counts, both stated with it.
    const worked = this.workedRateAnswer(input, memory);
    if (worked) return worked;
    // 予以公开占百分之几 / 公开率多少 after a figure of one agency: a share of the applications received (application-share.ts).
    const ofApplications = this.shareOfApplications(input, memory);
    if (ofApplications) return ofApplications;
    // 哪个主动公开的多 after two agencies asked in turn (綦江的, then 大足的呢): the thing asked of those two, weighed, never
    // a ranking of every stored agency.
    const betweenTwo = this.whichOfLastTwoAgencies(input, memory);
    if (betweenTwo) {
      const compared = this.askOne(betweenTwo, context);
      if (compared.kind === 'figure') return compared;
    }
    // 西工区科技局2024年主动公开在科技局里排第几: one agency's place among the stored agencies of its kind that year.
    const placed = this.placeAmongKind(otherInKind ?? input, context);
    if (placed) {
      const named = placed.kind === 'figure' ? this.oneNamedIn(otherInKind ?? input) : undefined;
      if (named) {
        const after = memoryKey ? this.options.state?.get<ConversationMemory>(memoryKey) : undefined;
        if (after && memoryKey)
          this.options.state?.set<ConversationMemory>(memoryKey, { ...after, oneInKind: { text: otherInKind ?? input, named } }, this.ttl, {
            lazy: true,
          });
      }
      return placed;
    }
    // 哪个多 after two figures: compare what was just answered.
    if (
      WHICH_MORE.test(input) &&
      memory?.lastFacts &&
      memory.lastFacts.length >= 2 &&
      this.index.find(input).length === 0 &&
      // 哪个最多 compares the places of the latest kind only: after one figure of it (处罚呢), the ranking below answers.
      (!input.includes('最') || latestPerPlace(sameMeasureAsLast(memory.lastFacts)).length >= 2)
    ) {
      const compared = this.compareRemembered(memory.lastFacts, fewerAsked, true);
      // 哪个多 差多少 (two questions in one message): the gap under the verdict.
      return GAP_TOO.test(input) ? withArithmetic(compared, 'difference', compared.facts.slice(-2)) : compared;
    }
    // 现在还能看吗 / 还开着吗 after 沙坡头区…微博发了多少: whether that channel is still there, asked of it by name.
    if (STILL_THERE.test(input) && memory?.lastQuestion && memory.agencyIds.length === 1 && this.index.find(input).length === 0) {
      const channel = CHANNEL_ASKED.exec(memory.lastQuestion)?.[0] ?? memory.channel;
      const agency = this.index.byId(memory.agencyIds[0]);
      if (channel && agency) {
        const again = this.askOne(`${agency.name}的${channel}还在用吗`, context);
        if (again.kind === 'text' || again.kind === 'figure') return again;
      }
    }
    // 你刚才说的51条是哪一部分写的 / 那6件行政许可在哪张表里: the part of the report the figure is written in.
    if (WHERE_WRITTEN.test(input)) {
      const where = this.whereWritten(input, context, memory?.lastFacts ?? []);
      if (where) return where;
      // 数据是哪来的 first in a conversation (no figure answered to point at): where every answer comes from.
      if (
        !memory?.lastFacts?.length &&
        /^(?:这些|那些)?(?:数据|数字)(?:都)?(?:是)?(?:从)?哪(?:里|儿)?(?:来的?|查的)[呢啊呀?？。]*$/.test(input)
      )
        return { kind: 'text', answer: SMALL_TALK_REPLY.confirm, facts: [] };
    }
    // 红寺堡区科技局2023年除了部门动态，其他主动公开的加起来多少条: the published total less the one item, computed.
    if (input.includes('除') && ALL_BUT_ONE.test(input)) {
      const rest = this.allButOne(input, memory);
      if (rest) return rest;
    }
    // 中卫市科技局2025年的年报一共有几部分: the parts the report is written in.
    if (PARTS_COUNT_ASKED.test(input)) {
      const parts = this.partsOfReport(input);
      if (parts) return parts;
    }
    // 跟沙坡头区比呢 / 比西工区多吗 after a figure: the last question asked of the agency named, then both figures weighed.
    const comparedWith = memory?.lastFacts?.length && memory.lastQuestion ? this.comparedWithFollowUp(input, context) : undefined;
    if (comparedWith) return comparedWith;
    // 是不是有225条 / 有30件吗 / 是67条对吧 after a figure: whether the number said is the one just answered.
    // 这个数对吗 是不是75 / 那个数字对吗 是20件吧: the number checked after the doubt said, its unit the last figure's when unsaid.
    const doubted = NUMBER_DOUBTED.exec(input);
    const checkedLast = CHECKED_LAST.exec(doubted ? input.slice(doubted[0].length) : input);
    if (checkedLast && memory?.lastFacts && memory.lastFacts.length > 0) {
      const last = memory.lastFacts[memory.lastFacts.length - 1];
      const unitSaid = checkedLast[2] ?? checkedLast[4];
      if (last.unit === unitSaid || (doubted && unitSaid === undefined)) {
        const said = Number(checkedLast[1] ?? checkedLast[3]);
        const where = `${last.agency}${last.year}年${figureRowName(last.key) || (proseFigureByKey(last.key)?.name ?? '')}`;
        return {
          kind: 'figure',
          answer:
            last.value === said
              ? `对，是${formatNumber(said)}${last.unit}（${where}${formatNumber(last.value)}${last.unit}，见上一条回答的出处）。`
              : `不是${formatNumber(said)}${last.unit}。${where}是${formatNumber(last.value)}${last.unit}（见上一条回答的出处）。`,
          facts: [last],
        };
      }
    }
    // 差多少 after figures: the gap between the last two of a kind.
    if (GAP_ONLY.test(input) && memory?.lastFacts && memory.lastFacts.length >= 2) {
      const compared = this.compareRemembered(memory.lastFacts, false);
      const gap = withArithmetic(compared, 'difference', compared.facts.slice(-2));
      if (gap !== compared) return gap;
    }
    // 差多少 after an answer with no two figures of one thing (无法比较: one report does not state the total): no gap to state,
    // and saying so beats reading it as off-topic.
    if (GAP_ONLY.test(input)) {
      return memory?.lastFacts?.length
        ? this.refusal(
            '无法计算相差多少：刚才的回答里没有两个可以相减的同一项数字（例如一方的报告没有写明这一项）。可以换一项再比较，例如“两家谁收到的申请多”。',
          )
        : this.clarify('请问要比较哪两个机关、哪一项？例如“甲县科技局和乙县科技局2024年谁收到的申请多”。');
    }
    // 涨了多少 / 翻倍了吗 / 占比多少 after figures: the change, the ratio or the share of what was just answered.
    // (A share needs one figure only when its sentence states the whole it is a part of: 部门动态30件 under 信息225条，其中….)
    // 其中政策解读占多少 after the whole was answered: the part its sentence prints after it, over it.
    const partOfLast = memory?.lastFacts && input.length <= 16 ? partOfLastAsked(input, memory.lastFacts) : undefined;
    if (partOfLast) {
      const { thing, part, whole } = partOfLast;
      const printed = statedShare(part);
      const stated: Answer = {
        kind: 'figure',
        answer: `${part.agency}${part.year}年：${thing}${formatNumber(part.value)}${part.unit}，${leadOfFact(whole)}${formatNumber(whole.value)}${whole.unit}。${printed ? `\n报告写明：${thing}${formatNumber(part.value)}${part.unit}，${printed.words}。` : ''}\n原文：${quote(whole.sentence ?? '')}`,
        facts: [part, whole],
      };
      if (printed) return stated;
      const share = withArithmetic(stated, 'share', [part, whole]);
      if (share !== stated) return share;
    }
    const shareInput = memory?.lastFacts ? shareOfNamedLast(input, memory.lastFacts) : input;
    if (shareInput.length <= 16 && memory?.lastFacts && (memory.lastFacts.length >= 2 || REMEMBERED_SHARE.test(shareInput))) {
      const computed = this.rememberedArithmetic(shareInput, memory.lastFacts);
      if (computed) return computed;
    }
    // 再加上中卫市科技局的 三家一共多少 after figures: the same figure of the agency added, then the sum of all.
    const addedAgency = ADD_ANOTHER.exec(input);
    if (addedAgency && context.user && memory?.lastFacts && memory.lastFacts.length >= 1 && this.index.find(addedAgency[1]).length > 0) {
      const added = this.askOne(`${addedAgency[1].replace(/的$/, '')}的呢`, context);
      const after = this.options.state?.get<ConversationMemory>(`qa:${context.user}`);
      const summed =
        added.kind === 'figure' && after?.lastFacts ? (sumOfCount(input, after.lastFacts) ?? sumRemembered(after.lastFacts)) : undefined;
      if (summed) return { ...summed, answer: `${summed.answer}\n${added.answer}` };
    }
    // 加上微博那边的关注一共多少 after a figure: the same agency's other thing asked as a follow-up, then the two added.
    if (addedAgency && context.user && memory?.lastFacts && memory.lastFacts.length >= 1 && this.index.find(addedAgency[1]).length === 0) {
      const thingSum = this.addedThingSum(addedAgency[1], memory.lastFacts, input, context);
      if (thingSum) return thingSum;
    }
    // 还有呢 / 还有别的吗 after one part of a breakdown (其中政务动态1215条): the parts its sentence prints after it.
    if (MORE_PARTS_ASKED.test(input) && memory?.lastFacts?.length) {
      const last = memory.lastFacts[memory.lastFacts.length - 1];
      const more = partsAfterLast(last) ?? this.nextSentenceParts(last);
      if (more) return more;
    }
    // 其余的呢 / 剩下的呢 after one part of a whole (其中门户网站19条 of 主动公开89条): the whole less the part.
    if (REST_ASKED.test(input) && memory?.lastFacts?.length && memory.agencyIds.length === 1) {
      // After 占比多少 (14封占27封的51.9%) the part is the share's part, not the whole it was weighed against.
      const afterShare = memory.lastFacts.length >= 2 && REMEMBERED_SHARE.test(memory.lastQuestion ?? '');
      const part = memory.lastFacts[memory.lastFacts.length - (afterShare ? 2 : 1)];
      // (其他 names the printed part; 剩下 / 其余 after the first of three parts is all the others, the whole less that one.)
      const printed = afterShare || !/其他|其它/.test(input) ? undefined : printedOtherPart(part);
      if (printed) return printed;
      const rest = this.restOfLastPart(part, memory.agencyIds[0]);
      if (rest) return rest;
    }
    // 前年和大前年加起来 / 2024年和2023年加起来 after those two years' figures: the two years just answered (这两年加起来).
    const addedInput = memory?.lastFacts ? yearsOfLastAdded(input, memory.lastFacts, shanghaiYear(this.now())) : input;
    if (addedInput !== input) return this.askOneOnce(addedInput, context);
    // 加起来呢 after figures: their sum; 一共多少 after one part of a whole its sentence prints: that whole.
    if (ADD_UP.test(input) && memory?.lastFacts && memory.lastFacts.length >= 2) {
      // (两个加起来多少人关注 after a post count and a followers count of two accounts: the followers each sentence prints.)
      const followers = followersOfLastTwo(input, memory.lastFacts);
      // 两个加起来多少人关注 after 公众号104条 and 网站115条: people are no posts; nothing the conversation holds is added.
      const unitAsked = SUM_UNIT_ASKED.exec(input)?.[1];
      const last = memory.lastFacts[memory.lastFacts.length - 1];
      const people = /^[人名位]$/;
      const otherMeasure =
        !followers && unitAsked !== undefined && !sameItemUnit(last.unit, unitAsked) && !(people.test(last.unit) && people.test(unitAsked));
      const summed = otherMeasure
        ? undefined
        : (printedTotal(input, memory.lastFacts) ?? followers ?? sumOfCount(input, memory.lastFacts) ?? sumRemembered(memory.lastFacts));
      if (summed) return summed;
      if (otherMeasure)
        return this.refusal(
          `刚才的数字是${formatNumber(last.value)}${last.unit}这样的条数，不是按“${unitAsked}”计的，这个合计算不了。可以直接问要加的那两项，例如“两个账号各有多少人关注”。`,
        );
    }
    // 一共开了多少次会 after 常务会议13次 and 全体会议1次: the two added, when both count the thing it names.
    if (memory?.lastFacts && memory.lastFacts.length >= 2) {
      const summed = sumWithNoun(input, memory.lastFacts);
      if (summed) return summed;
    }
    if (ADD_UP.test(input) && memory?.lastFacts?.length) {
      const whole = printedTotal(input, memory.lastFacts.slice(-1));
      if (whole) return whole;
    }
    // 加起来 after two figures no sum is made of (主动公开23篇 and 40条, counted in other measure words): said so, nothing added,
    // rather than the off-topic reply.
    if (ADD_UP_ONLY.test(input) && memory?.lastFacts && memory.lastFacts.length >= 2)
      return this.refusal(
        '无法相加：刚才的回答里没有两个可以相加的同一项数字（例如两个数字的计量单位不同，或一方的报告没有写明这一项）。可以换一项再问，例如“两家收到的申请加起来多少”。',
      );
    // 办结了多少 after 网民留言收到多少条: the step of the same thing its sentence prints (办结留言230条), not applications'.
    if (memory?.lastFacts?.length) {
      const last = memory.lastFacts[memory.lastFacts.length - 1];
      const step = stepOfRemembered(input, last, STEP_FOLLOW_UP.test(input.trim()) ? this.sentenceGoingOn(last) : '');
      if (step) return step;
      // 平均多久办完 after 留言回复了多少条: the average time the same sentence states (平均办理时间1个工作日).
      const duration = durationOfRemembered(input, memory.lastFacts[memory.lastFacts.length - 1]);
      if (duration) return duration;
      // 办完了吗 after 信息公开类行政复议有几起: the state the same sentence gives that case (正在办理中).
      const state = stateOfRemembered(input, last);
      if (state) return state;
    }
    // 平均每家多少 after figures: their mean.
    if (AVERAGE.test(input) && memory?.lastFacts && memory.lastFacts.length >= 2) {
      const mean = averageRemembered(memory.lastFacts);
      if (mean) return mean;
    }
    // The answer to the bot's own question (哪个科技局？ → 海原县; 哪一年？ → 2024年) completes the question it asked.
    let text = input;
    // 延期的话呢 after a deadline calculation: the same calculation, whose answer states the extended deadline.
    if (memory?.deadline && memory.deadlineQuestion && EXTENSION_FOLLOW_UP.test(input)) text = memory.deadlineQuestion;
    // 那1月5号呢 after a deadline calculation: the same calculation for that date.
    else if (
      memory?.deadline &&
      input.length <= 20 &&
      (CALENDAR_DATE.test(input) || findDateInQuestion(input, shanghaiDate(this.now())) !== null) &&
      !/申请|答复|回复/.test(input)
    ) {
      text = `${input.replace(/^(那么?|换成|改成|如果是)/, '').replace(/[呢吗?？。!！]+$/, '')}提交的申请什么时候答复`;
    }
    // 电子邮件呢 / 当面申请的有吗 after 信函申请的有几件: that channel's count of applications, asked in full.
    else if (applyingChannelCountFollowUp(input, memory))
      text = `${input
        .trim()
        .replace(/^(?:那么?)/, '')
        // (寄过去, 发过来: how it was sent is no word of the channel's count.)
        .replace(/(?:寄过去|寄过来|寄来|发过去|发过来|发来|送过去|送来|交过去)(?=(?:申请)?的?(?:呢|有))/, '')
        .replace(/(?:申请)?(?:的)?(?:呢|有吗|有没有|有?几件|有?多少件?)[?？。!！]*$/, '')}申请的有几件`;
    // 公司呢 / 那企业的呢 right after 要带什么材料: the papers that applicant sends, asked in full.
    else if (memory?.lastQuestion && MATERIALS_ASKED.test(memory.lastQuestion) && APPLICANT_KIND_FOLLOW_UP.test(input.trim()))
      text = `${APPLICANT_KIND_FOLLOW_UP.exec(input.trim())?.[1]}申请要带什么材料`;
    // 一个月申请了12件呢 / 要是300页呢 after the fee rules: the fee of that count.
    else if (memory?.fee && FEE_COUNT_FOLLOW_UP.test(input) && !/钱|费/.test(input))
      text = `${input.replace(/^(那么?|要是|如果是?|假如)/, '').replace(/[呢吗?？。]+$/, '')}要交多少钱`;
    // 都要 / 全部 in reply to 哪个机关？: the question across the agencies; 就第一个 / 最后那个: the agency listed there.
    // Only when that question named no agency (哪一年？ of a named agency is no question of which agency).
    const pendingText =
      memory?.pending && this.index.find(memory.pending).length === 0 && pendingReply(input, memory.pending, memory.pendingOptions);
    // 那街道那个呢 after one of the agencies a clarification offered was answered (应急管理局): the other one it names.
    const otherOffered = !memory?.pending
      ? otherOfferedAgency(input, memory, (name) => this.index.find(name).length > 0, this.index.byId(memory?.agencyIds[0] ?? -1)?.name)
      : undefined;
    const levelMissing =
      !memory?.pending && !otherOffered ? offeredLevelMissing(input, memory, this.index.byId(memory?.agencyIds[0] ?? -1)?.name) : undefined;
    if (levelMissing && memory?.offered)
      return this.refusal(`刚才列出的机关里没有${levelMissing}一级的：${memory.offered.join('、')}。请带上地区名再问一次。`);
    if (pendingText) text = pendingText;
    // 那卫健委的呢 after 部门公告几条 (a thing of no topic, asked of one offered agency): the other one asked that thing, never
    // the topic of the question before it (主动公开多少条).
    else if (otherOffered && /^那(.+)呢$/.test(otherOffered) && memory?.lastQuestion && this.askedAloneOfNoTopic(memory.lastQuestion))
      text = `${otherOffered.slice(1, -1)}${memory.lastQuestion}`;
    else if (otherOffered) text = otherOffered;
    // 全市的呢 after one agency of a lower place (三亚市海棠区人民政府办公室): that place's own report asked (三亚市呢).
    else if (!memory?.pending && memory?.agencyIds.length === 1 && widenedPlace(input, this.index.byId(memory.agencyIds[0])?.name ?? ''))
      text = `${widenedPlace(input, this.index.byId(memory.agencyIds[0])?.name ?? '')}呢`;
    // 哈尔滨市的呢 after 木兰县发展和改革局: that place's agency of the same kind, never its one stored agency of another kind.
    // (One not held is refused with the last question asked of it, which the next agency named then keeps.)
    // (A place whose name already finds that agency alone, 西工区的呢 for 西工区科学技术局, goes on as any follow-up does, keeping
    // the last question's words.)
    else if (!memory?.pending && memory?.agencyIds.length === 1 && this.otherPlaceOfKind(input, memory.agencyIds[0])) {
      // (The last question asked again of it, its words whole: 那清远市农业农村局呢 alone lost 公众号 of 公众号发了多少篇.)
      text = this.askedOfOtherPlace(this.otherPlaceOfKind(input, memory.agencyIds[0]) ?? '', memory);
    } else if (!memory?.pending && memory?.agencyIds.length === 1 && this.placeGovernmentOf(input, memory)) {
      // 甘南州的呢 after 碌曲县 / 清水县人民政府: that place's government, never its one stored body of another kind.
      text = this.askedOfOtherPlace(this.placeGovernmentOf(input, memory) ?? '', memory);
    } else if (memory?.pending && input.length <= 16) {
      const short = understand(input, shanghaiYear(this.now()));
      // 浙江省的 / 黑河那个: the reply's trailing 的 or 那个 would stand between the place and the kind asked (浙江省的气象局).
      // 重庆市的 25年 / 对 24年: the year said leads the question asked back, and the place then names the agency.
      const { place, years: yearsSaid } = replyPlaceAndYears(input, YEAR_WORDS);
      // 东乡区的 for 東鄉區氣象局, whose region the index does not read alone: the reply names it together with the kind asked.
      // 那2020年呢 in reply to a refusal offering one agency for 2019年收到几件申请: the year said replaces the one asked before,
      // which else stood beside it and was the one answered.
      const pending = short.years.length > 0 ? memory.pending.replace(YEAR_WORDS, '') : memory.pending;
      // 平度的 after 那个卫健局…: the place joins the kind itself, without 那个 (平度卫健局…).
      const joined = `${yearsSaid}${place}${place ? pendingWithoutPointer(pending) : pending}`;
      const namesWithKind = () =>
        !short.topic && this.index.find(joined).some((mention) => mention.start === 0 && mention.text.length > place.length);
      if (!short.topic && (this.index.find(input).length > 0 || short.years.length > 0 || namesWithKind())) text = joined;
      // 西城的 / 虎溪 in reply to 哪个机关？: a town's or a street's own name without its 镇 / 街道 (too short to be a name
      // anywhere else) names the one stored town or street it begins, when only one does.
      else if (!short.topic && this.index.find(input).length === 0) {
        const stem = place.replace(/^(?:那|是|就|就是|我说的是|我问的是)/, '').replace(/[？?。！!，,\s]+$/u, '');
        const owned = /^\p{Script=Han}{2,4}$/u.test(stem)
          ? this.index.ownPlaceNamesIn(stem).filter((name) => name.startsWith(stem) && OWN_PLACE_ENDING.test(name.slice(stem.length)))
          : [];
        if (owned.length === 1) text = `${owned[0]}${memory.pending}`;
      }
      // 2023年的 in reply to 哪个科技局？: the one agency listed that has a report of that year.
      const byYear =
        !short.topic && short.years.length > 0 && this.index.find(input).length === 0
          ? this.onlyOptionWithYears(memory.pendingOptions, short.years)
          : undefined;
      if (byYear) text = `${byYear}${short.years.join('、')}年${pending}`;
    }

    // 公开了没 said alone after a count of applications: whether they were granted (予以公开), not whether the agency
    // published anything (给公开了没 is rewritten so already).
    if (memory?.topic && applicationsTopic(memory.topic) && BARE_GRANTED_ASKED.test(text.trim())) text = '予以公开了没';
    // 公开了几件 said alone after a count of applications: the granted ones (予以公开), not another 公开 of the page (选登公开).
    else if (memory?.topic && applicationsTopic(memory.topic) && BARE_GRANTED_COUNT.test(text.trim())) text = '予以公开几件';
    else if (memory?.topic && applicationsTopic(memory.topic) && BARE_WITHHELD_COUNT.test(text.trim())) text = '不予公开几件';
    // 那公开了的呢 / 公开的呢 / 那没公开的呢 after a count of applications: the outcome's row, not the count asked before again.
    else if (memory?.topic && applicationsTopic(memory.topic) && BARE_OUTCOME_FOLLOW_UP.test(text.trim()))
      text = BARE_OUTCOME_FOLLOW_UP.exec(text.trim())?.[1] ? '那不予公开的呢' : '那予以公开的呢';
    // 剩下的呢 / 还剩几件 said alone after a count of applications answered or handled: the rest, carried into the next year.
    if (memory?.topic && REST_CARRIED_ASKED.test(text.trim()) && applicationsTopic(memory.topic)) text = '结转下年度的呢';
    // 它在哪发信息 / 渠道有哪些 after one agency's answer: the channels of that agency, not every agency's count of items.
    if (memory?.agencyIds.length === 1 && CHANNELS_FOLLOW_UP.test(text.trim()) && this.index.find(text).length === 0) {
      const agency = this.index.byId(memory.agencyIds[0]);
      if (agency) text = `${agency.name}公开信息的渠道有哪些`;
    }
    // 沙坡头区科技局除了微博还有什么新媒体 / X局有哪些新媒体平台: the channels the agency's report names, not a sentence that
    // merely names 政务新媒体 (its problems).
    if (NEW_MEDIA_WHICH.test(text) && !/多少|几[条个次篇]/.test(text)) {
      const named = this.index.find(text);
      const ids = [...new Set(named.flatMap((mention) => mention.agencies.map((agency) => agency.id)))];
      const id = ids.length === 1 ? ids[0] : named.length === 0 && memory?.agencyIds.length === 1 ? memory.agencyIds[0] : undefined;
      const agency = id === undefined ? undefined : this.index.byId(id);
      if (agency) text = `${agency.name}${/(?:19|20)\d{2}年|(?<!\d)\d{2}年/.exec(text)?.[0] ?? ''}公开信息的渠道有哪些`;
    }
    // 经开区自己的门户网站呢 / 他们自己的网站呢 in a conversation about 雅安经开区: the remembered body's own channel, asked as a
    // channel alone (the zone's word names every stored zone, no other body).
    if (memory?.agencyIds.length === 1) {
      const own = OWN_CHANNEL_OF.exec(text.trim());
      const remembered = own ? this.index.byId(memory.agencyIds[0]) : undefined;
      if (own && remembered && (own[1] === undefined || /^(?:他们|它们|你们)$/.test(own[1]) || remembered.name.includes(own[1])))
        text = own[2];
    }
    // 西工区科技局的政府网站呢 / 我问的是X局的公众号 after a channel's count (公众号发了多少条): the same count, of the channel
    // named, not the rules on where information is published.
    // (我问的是X局的政府网站 after a channel's followers, 微博的呢 of 关注: a site has no followers; what is counted of it is
    // what it published.)
    const channelCount = CHANNEL_WORD.test(memory?.lastQuestion ?? '')
      ? (CHANNEL_COUNT_ASKED.exec(memory?.lastQuestion ?? '')?.[0] ??
        (followersAsked(memory) && SITE_NAMED_ALONE.test(text) ? '发布了多少条' : undefined))
      : undefined;
    if (channelCount && CHANNEL_NAMED_ALONE.test(text) && !COUNT_ASKED.test(text) && this.index.find(text).length > 0)
      text = `${text.replace(CHANNEL_NAMED_ALONE, '$1')}${channelCount}`;
    // 官网呢 after 公众号发了542条: the same count, of the agency's official website (官方网站…353条), not its web address,
    // which 官网 alone asks only where no count of items went before.
    const lastCounted = memory?.lastFacts?.at(-1);
    if (OFFICIAL_SITE_ALONE.test(text.trim()) && memory?.topic?.type !== 'contacts' && lastCounted && /^[条篇]$/.test(lastCounted.unit))
      text = text.replace('官网', '官方网站');
    // 数字东城网站呢 / 网站呢 after 微信公众号发布工作动态多少条 (64条, read from a sentence): the same count of the other channel
    // named (数字东城网站发布工作动态42条), the last question asked again of it, not the rules on where information is published.
    else if (
      memory?.lastQuestion &&
      memory.topic?.type !== 'contacts' &&
      lastCounted?.key === 'sentence' &&
      /^[条篇]$/.test(lastCounted.unit) &&
      CHANNEL_NAMED_ALONE.test(text.trim()) &&
      !COUNT_ASKED.test(text) &&
      // (A place in the channel's name, 数字东城 of 东城区城管委, names the agency remembered, no other.)
      this.index.find(text).every((mention) => mention.agencies.some((agency) => memory.agencyIds.includes(agency.id)))
    ) {
      const named = text
        .trim()
        .replace(/^(?:那么?|还有)/, '')
        .replace(/(?:上|里)?(?:的)?(?:呢)?[？?。！!]*$/, '');
      const channelBefore = LAST_CHANNEL.exec(memory.lastQuestion);
      // (Only a channel's name: 那2023年的微博呢 asks another year, 荔小卫是什么平台 what a channel is. Only a site: 微博呢 /
      // 抖音呢 are answered as follow-ups from the same sentence's parts (抖音号92条), and asked again whole they found the
      // sentence's total beside 抖音政务号 (578条).)
      // (微博呢 after 公众号收到多少条留言: what came in through the channel, not what it published, is asked again of the other.)
      const counted = channelBefore ? memory.lastQuestion.slice(channelBefore.index) : '';
      if (
        named.length >= 2 &&
        named.length <= 10 &&
        !/\d|年|的|是|什么|啥|哪|怎|谁|吗|几|多少/.test(named) &&
        channelBefore &&
        ((/网站|网$|门户/.test(named) && CHANNEL_COUNT_AFTER.test(counted)) ||
          (LAST_CHANNEL.test(named) && CHANNEL_RECEIVED_AFTER.test(counted)))
      )
        text = memory.lastQuestion.replace(LAST_CHANNEL, named);
    }
    // 泰州医药高新区(高港区)卫生健康委员会: an agency's name written with a part of it in brackets is that name whole, which
    // then leaves the question as the name does (the place before the brackets is no word of what is asked).
    if (BRACKETED_NAME_PART.test(text)) {
      const unbracketed = text.replace(new RegExp(BRACKETED_NAME_PART.source, 'gu'), '$1');
      const whole = this.index
        .find(unbracketed)
        .some((mention) => mention.how === 'alias' && mention.text.length >= 6 && !text.includes(mention.text));
      if (whole) text = unbracketed;
    }
    text = this.withoutNameSaidAgain(text);
    text = this.withoutWholeRegionWord(this.distributeKind(text));
    // 中卫市全市一共主动公开了多少条: the whole of a place whose own body (its government) is not stored; a bureau of it is no answer.
    const wholeUnheld = WHOLE_REGION_WORD.test(text) ? this.wholeRegionUnheld(text) : undefined;
    if (wholeUnheld) return wholeUnheld;
    // 全宁夏科技局一共收到多少申请 / 全国…一共: a whole province's or the country's count, which no stored report holds (the
    // store has some bodies of it, never all): refused, not asked which body.
    const wholeProvince = WHOLE_PROVINCE.exec(text);
    if (wholeProvince && WHOLE_COUNT_ASKED.test(text.slice(wholeProvince.index)))
      return this.refusal(
        `库中没有${wholeProvince[0]}的合计数字：收录的只是部分机关各自的年度报告，它们的数字加起来也不能代表${wholeProvince[0]}。可以问其中某个机关自己的数字。`,
      );
    text = this.ownKindAsPronoun(text, memory);
    const now = this.now();
    const found = withoutGazetteNames(
      text,
      withoutSiteOwners(
        text,
        // (平潭2021年都有哪些单位被告过: the place is the scope of the question among its agencies, not its own report.)
        this.index
          .find(text)
          .filter(
            (mention) => !namesAChannel(text, mention) && !this.namesOwnAccount(text, mention, memory) && !placeAsScope(text, mention),
          ),
      ),
    );
    // 保定的医保局 with only 保定市满城区医疗保障局 stored: the one district's bureau of that city, named in the answer.
    const cityDistrict =
      found.length === 0 || (found.length === 1 && found[0].how === 'shortened' && found[0].start >= 2 && found[0].start <= 5)
        ? this.districtBodyOfCity(text, found)
        : [];
    const cityWide = cityDistrict.length === 0 ? this.cityAndItsDistricts(text, found) : [];
    const nearMisses =
      cityDistrict.length > 0
        ? cityDistrict
        : cityWide.length > 0
          ? cityWide
          : found.length > 0
            ? found
            : this.kindNearMiss(text).concat(this.governmentOfficeForContacts(text), this.siblingOfRemembered(text, memory));
    const rewritten = nearMisses.length > 0 ? this.withRewrittenSecond(text, nearMisses) : this.rewrittenAgencyName(text);
    const mentions = (rewritten.length > 0 ? rewritten : this.readingPlaceOfPlace(text)).map((mention) =>
      withWholeNameChosen(withShortKindAfter(text, mention)),
    );
    // 他们有门户网站吗: whether the agency has a site of its own, which its report may say it has not (我局没有门户网站).
    if (SITE_HELD_ASKED.test(text)) {
      const named = mentions.length === 1 && mentions[0].agencies.length === 1 ? mentions[0].agencies[0] : undefined;
      const siteOf = named ?? (mentions.length === 0 && memory?.agencyIds.length === 1 ? this.index.byId(memory.agencyIds[0]) : undefined);
      const none = siteOf ? this.noSiteStated(siteOf) : undefined;
      if (siteOf && none) {
        remember({ agencyIds: [siteOf.id], years: memory?.years ?? [], introduced: memory?.introduced, lastQuestion: text });
        return none;
      }
    }
    // 那审批局呢 after 平潭教育局 was refused as not stored: the last question, of that kind at the refused name's place.
    if (mentions.length === 0 && memory?.unknownAgency && memory.lastQuestion) {
      const again = this.kindAtUnknownPlace(input, memory.unknownAgency, memory.lastQuestion, context);
      if (again) return again;
    }
    // 科技局收到几件申请 when no stored agency is of that kind: none is held, which is said; the agency remembered from before
    // (禄丰市卫生健康局) is another one, and its figure would be no answer.
    // (那公安局呢 after a figure asks the same of that kind.)
    if (
      mentions.length === 0 &&
      UNSTORED_KIND_CUE.test(text) &&
      (COUNT_OR_REPORT_ASKED.test(text) || (memory?.topic !== undefined && /呢[？?。！!]*$/.test(text))) &&
      !HOW_TO_APPLY.test(text)
    ) {
      const missing = this.unstoredKind(text);
      if (missing) {
        remember({
          agencyIds: memory?.agencyIds ?? [],
          years: memory?.years ?? [],
          topic: memory?.topic,
          introduced: memory?.introduced,
          lastQuestion: text,
        });
        return this.refusal(`库中没有${missing}的年度报告，无法回答。${this.whatWeHave()}`);
      }
    }
    // The topic is read without the agencies' names: 行政审批局 names an agency, not 行政许可.
    const withoutNames = [...mentions]
      .sort((a, b) => b.text.length - a.text.length)
      .reduce((rest, mention) => rest.replace(mention.text, ''), text);
    let understood = { ...understand(withoutNames, shanghaiYear(now)), text };

    // Guide questions name no agency and no year (a date's year, 2025年12月22号, is no report year); let the guide try them first.
    const reportYears = DATE_YEAR.test(text)
      ? findYears(text.replace(new RegExp(DATE_YEAR.source, 'g'), ''), shanghaiYear(now))
      : understood.years;
    // 那个申请人叫什么名字 / 申请人的电话: a person's data, which no report prints and the rules protect.
    if (APPLICANT_PERSONAL_DATA.test(text)) {
      remember({ agencyIds: memory?.agencyIds ?? [], years: memory?.years ?? [], topic: memory?.topic, introduced: memory?.introduced });
      return this.refusal(
        '年度报告只统计申请的件数和办理结果，不记申请人的姓名、身份证号、电话、住址等个人信息；这些属于个人隐私，依法不公开。',
      );
    }
    // 副组长是谁 / 分管领导叫什么名字 / 谁负责政务公开工作 about the report talked about: its own words on that role (role-holder.ts).
    const roleAsked =
      mentions.length === 0 && memory?.agencyIds.length === 1 && !memory.guide
        ? (roleHolderAsked(input) ?? roleHolderAsked(text))
        : undefined;
    const roleReply =
      roleAsked && memory ? this.roleReply(roleAsked, memory.agencyIds[0], reportYears.length > 0 ? reportYears : memory.years) : undefined;
    if (roleReply && memory) {
      remember({ agencyIds: memory.agencyIds, years: memory.years, introduced: memory.introduced, lastQuestion: text });
      return roleReply;
    }
    // 收到的申请里有几件是我提的: the reports count applications, never by applicant (own-application.ts).
    if (OWN_APPLICATION_ASKED.test(text)) {
      remember({ agencyIds: memory?.agencyIds ?? [], years: memory?.years ?? [], topic: memory?.topic, introduced: memory?.introduced });
      return this.refusal(OWN_APPLICATION_ANSWER);
    }
    // 那件申请是要公开什么 / 申请的内容是什么: the reports count applications and their results, never what each one asked for.
    const contentStrict = APPLICATION_CONTENT_ASKED.test(text);
    if (contentStrict || APPLICATION_CONTENT_LOOSE.test(text)) {
      // 申请公开内容是…: the report of the one agency asked (of the year asked, else its latest) may say it.
      const named = mentions.length > 0 ? [...new Set(mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id)))] : [];
      // (The agency named stays the conversation's: 延期答复了几件 next asks its report.)
      remember({
        agencyIds: named.length > 0 ? named : (memory?.agencyIds ?? []),
        years: named.length > 0 ? reportYears : (memory?.years ?? []),
        topic: memory?.topic,
        introduced: memory?.introduced,
      });
      const stated = this.applicationContentAnswer(named.length > 0 ? named : (memory?.agencyIds ?? []), reportYears);
      if (stated) return stated;
      if (contentStrict) return this.refusal('年度报告只统计申请的件数和办理结果，没有写明每件申请要求公开的内容，无法回答。');
    }
    // 有没有人申请征地拆迁方面的信息: the report's own sentence on what applications concerned answers it (有 when it names the
    // kind), never a guessed 没有; with no such sentence the question goes on as a question about applications.
    const topicAsked = applicationTopicAsked(text);
    if (topicAsked !== undefined) {
      const named = mentions.length > 0 ? [...new Set(mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id)))] : [];
      const asked = named.length > 0 ? named : (memory?.agencyIds ?? []);
      const stated = this.applicationContentAnswer(asked, reportYears, topicAsked);
      // (A report that never says what its applications concerned answers neither yes nor no: its count is no such answer.)
      if (stated || this.reportOfOne(asked, reportYears)) {
        remember({ agencyIds: memory?.agencyIds ?? [], years: memory?.years ?? [], topic: memory?.topic, introduced: memory?.introduced });
        return stated ?? this.refusal(`年度报告没有写明申请涉及哪些方面，无法回答有没有“${topicAsked}”方面的申请。`);
      }
    }
    // 办一件申请平均用几天 of an agency: no report records how long its applications took; the legal limit is no such figure.
    if ((mentions.length > 0 || (memory?.agencyIds.length ?? 0) > 0) && AVERAGE_DURATION_ASKED.test(text)) {
      remember({ agencyIds: memory?.agencyIds ?? [], years: memory?.years ?? [], topic: memory?.topic, introduced: memory?.introduced });
      // 平均处理答复时间2个工作日: a report that prints its average answers with its own sentence.
      const named = mentions.length > 0 ? [...new Set(mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id)))] : [];
      const printed = this.averageDurationAnswer(named.length > 0 ? named : (memory?.agencyIds ?? []), reportYears, text);
      if (printed) return printed;
      return this.refusal(
        '年度报告没有写明办理申请平均用了多少天，无法回答。按规定，不能当场答复的，应当自收到申请之日起二十个工作日内答复（可问“某月某日提交的申请最晚哪天答复”）。',
      );
    }
    // 跟别的县比怎么样 / 和其他局比呢 after one agency's figure: its place on that figure among the stored agencies of its kind.
    // (跟别的科技局比: the kind said after 别的 names no one agency.)
    const againstOthers =
      memory && mentions.every((mention) => mention.agencies.length !== 1) ? this.againstOthersOfKind(text, memory, context) : undefined;
    if (againstOthers) return againstOthers;
    // 他们的信息公开工作做得好不好 in a conversation about one agency: how its work went, its report's overview, as
    // X政务公开工作做得好不好 is (你觉得… asks the bot's own judgement, refused below).
    const workOfRemembered =
      mentions.length === 0 && memory?.agencyIds.length === 1 && WORK_HOW_WENT.test(text) && !JUDGEMENT_OF_AGENCY.test(text)
        ? this.index.byId(memory.agencyIds[0])
        : undefined;
    if (workOfRemembered) {
      const own = this.askOne(
        `${workOfRemembered.name}${text.replace(/^(?:那|那么)?(?:他们|它们?|该[局委办]|人家|这个单位)的?/, '')}`,
        context,
      );
      if (own.kind !== 'refusal' && own.kind !== 'clarify') return own;
    }
    // 哪个区政府信息公开最差 / 你觉得它做得好不好: a judgement of how well an agency works, which no report makes and the bot
    // does not give (a remembered agency's figure is no answer to it).
    if (OPINION_ASKED.test(text) && !COUNT_OR_AMOUNT.test(text)) {
      remember({ agencyIds: memory?.agencyIds ?? [], years: memory?.years ?? [], topic: memory?.topic, introduced: memory?.introduced });
      return this.refusal(
        '年度报告不评价各机关工作的好坏，我也不作评价。可以问报告里的具体数字，例如“某机关去年收到几件申请”“哪个机关收到的申请最多”。',
      );
    }
    // A count asked of an agency's future (明年会公开多少条, 2030年几件, 预计以后有几件): no report holds it, and the latest is no forecast.
    // (Words of the future said outright, 平潭明年会收到多少, are a forecast of whichever agency the place means: no need to ask which.)
    if (
      COUNT_OR_AMOUNT.test(text) &&
      !NOT_A_REPORT_COUNT.test(text) &&
      (((mentions.length > 0 || (memory?.agencyIds.length ?? 0) > 0) && reportYears.some((year) => year > shanghaiYear(now))) ||
        this.futureAsked(text, reportYears))
    ) {
      // 明年会有多少人关注 in a conversation about an agency: the same, and the conversation keeps its agency and topic.
      const asked = mentions.flatMap((mention) => mention.agencies.map((agency) => agency.id));
      remember({
        agencyIds: asked.length > 0 ? [...new Set(asked)] : (memory?.agencyIds ?? []),
        years: [],
        topic: asked.length > 0 ? undefined : memory?.topic,
        introduced: memory?.introduced,
      });
      return this.refusal('年度报告只记已经过去的年份，以后的数字没有报告可查，我无法预测。可以问已发布年份的情况。');
    }
    // 占全市的百分之几 / 占全省多大比例: a share of a whole no report holds (a region's total), never the part alone.
    const unheldWhole = SHARE_OF_A_REGION.exec(text);
    if (unheldWhole)
      return this.refusal(
        `库中的年度报告里没有${unheldWhole[1]}的合计数，无法计算占${unheldWhole[1]}的比例。可以问某个机关自己的数字，或两个机关的比较。`,
      );
    // 我们村的村务公开栏多久更新 / 村里低保户有几个: a village's own affairs, no agency's disclosure (asking how to apply stays the rules').
    // (其中村务公开多少, in a conversation about a farm or a town whose report counts its 村务公开 items: that report's count.)
    // 村务公开呢, a short follow-up after a count, asks that count of the same report too.
    const countOfTheAgencys =
      (memory?.agencyIds.length ?? 0) > 0 &&
      (/多少|几[条项篇]/.test(text) || (input.length <= 8 && /呢[?？]?$/.test(input))) &&
      !/我们村|咱村|俺村|村里/.test(text);
    if (mentions.length === 0 && VILLAGE_AFFAIRS.test(text) && !/申请/.test(text) && !countOfTheAgencys) return this.refusal(VILLAGE_REPLY);
    // 阿里地区网络信息中心邮编 / 共青城信息中心的邮编: a body that no agency stored is, named by a stored report's contact clause
    // (请与阿里地区行署办公室网络信息中心联系(地址:…,邮编:…)), asks that report's contacts.
    const contactBody =
      understood.topic?.type === 'contacts' && reportYears.length <= 1 && mentions.every((mention) => mention.how === 'region')
        ? this.contactBodyNamed(text)
        : undefined;
    if (contactBody && understood.topic?.type === 'contacts') {
      const answer = this.contacts(
        understood.topic.fields,
        contactBody.agency,
        this.store.reportsOfAgency(contactBody.agency.id),
        reportYears,
      );
      if (answer.kind !== 'refusal') {
        remember({
          agencyIds: [contactBody.agency.id],
          years: reportYears,
          topic: this.serializeTopic(understood.topic),
          lastQuestion: text,
        });
        return {
          ...answer,
          answer: `（“${contactBody.named}”按${contactBody.agency.name}年度报告写明的联系机构“${contactBody.office}”理解。）\n${answer.answer}`,
        };
      }
    }
    // A short question naming a figure (复议有吗, 处罚几件) in a conversation about an agency asks that agency, not the rules.
    const shortFigureFollowUp =
      input.length <= 8 && (understood.topic?.type === 'cell' || understood.topic?.type === 'prose') && (memory?.agencyIds.length ?? 0) > 0;
    // 电话呢 right after an agency was said not to be stored: the same agency, still not stored.
    if (mentions.length === 0 && memory?.unknownAgency && input.length <= 10 && agencyGuideAsks(text).length > 0) {
      remember({ lastQuestion: text, unknownAgency: memory.unknownAgency });
      return this.refusal(`没有找到“${memory.unknownAgency}”的政府信息公开指南或年度报告，它的联系方式和办公时间无从查起。`);
    }
    // 那你们这边怎么申请 in a conversation about one agency: that agency's guide or contacts, else the rules.
    // After such an answer, any contact or where/when question (电话多少, 几点上班, 寄到哪) asks the same agency's.
    // (那兰州市国土资源局的电话呢 after 白银市国土资源局's: an agency named that none stored is, never the one remembered.)
    if (
      mentions.length === 0 &&
      memory?.agencyIds.length === 1 &&
      !strangerNamedByPlace(text) &&
      // 重庆海关电话 after 永仁县气象局's guide: a place before a bare kind, no stored agency of that kind of it, is another
      // agency none stored, never the one remembered.
      !this.strangerOfBareKind(text) &&
      (HOW_TO_APPLY.test(text) ||
        memory.guide ||
        contactOfRemembered(text, input) ||
        this.guideOwnRuleAsked(text, input, memory.agencyIds[0]) ||
        this.guideOnlyAsked(text, memory.agencyIds[0]) ||
        // 在哪可以看 / 他们公开的信息在哪看 after its figure: where that agency publishes (its guide's or report's website).
        (PUBLISHED_WHERE_ASKED.test(text) && agencyGuideAsks(text).includes('website'))) &&
      !COUNT_ASKED.test(text) &&
      // 热线接了多少电话 as a follow-up: a count of what was done through a contact's channel is the report's, as when named.
      !(REPORT_COUNT_ASKED.test(text) && !NOT_A_REPORT_COUNT.test(text)) &&
      !applyingChannelCountFollowUp(input, memory)
    ) {
      const agency = this.index.byId(memory.agencyIds[0]);
      const own = agency ? this.options.agencyGuide?.answer(text, agency, now) : null;
      if (own) {
        remember({
          agencyIds: memory.agencyIds,
          years: memory.years,
          // 邮编呢 after 电话: the contact asked now is the one a later 那沙坡头区呢 asks again.
          topic: understood.topic?.type === 'contacts' ? understood.topic : memory.topic,
          introduced: memory.introduced,
          lastQuestion: text,
          guide: true,
        });
        return { kind: own.kind, answer: own.answer, facts: [] };
      }
    }
    // 政府网站上发了几条 in a conversation about one agency counts that agency's items, not the rules on what is published.
    // 有没有人向他们申请 likewise asks whether anyone applied to it: its count of applications.
    const countOfRemembered =
      memory?.agencyIds.length === 1 &&
      (COUNT_ASKED.test(text) || PUBLISHED_COUNT_AT_END.test(text) || ANYONE_APPLIED.test(text)) &&
      !NOT_A_REPORT_COUNT.test(text);
    // 他们收信息处理费没有 / 人家复议过没: what the remembered agency did (a pronoun for it, a past act asked), its report's, not the rules.
    // (审计局有没有被复议过 / 有没有被告过, of the agency just asked about: an appeal it suffered, asked yes or no.)
    // 这几年复议是多了还是少了 / 近三年被起诉的增加还是减少 in a conversation about one agency: how its own count went over its
    // years, not the rules on appealing.
    const trendOfRemembered =
      mentions.length === 0 && memory?.agencyIds.length === 1 && AGENCY_YEARS_ASKED.test(text) && TREND_ASKED.test(text);
    const pastActOfRemembered =
      mentions.length === 0 &&
      memory?.agencyIds.length === 1 &&
      (PAST_ACT_OF_AGENCY.test(text) ||
        FEE_TAKEN_PAST.test(text) ||
        // 一共收了多少钱 after its fee was asked: the amount it took, not what applying costs.
        FEE_TAKEN_ASKED.test(text) ||
        APPEAL_SUFFERED.test(text) ||
        COMPLAINTS_RECEIVED.test(text) ||
        (APPEAL_OUTCOME_SUFFERED.test(text) && memory.topic?.type === 'cell' && /^(?:review|litigation)/.test(memory.topic.row)) ||
        APPEAL_RESULT_ASKED.test(text));
    // 复议还有没审完的吗 (尚未审结) in a conversation about one agency: a case still pending is a state its report prints,
    // never a rule on how to appeal.
    const pendingOfRemembered = mentions.length === 0 && memory?.agencyIds.length === 1 && PENDING_ASKED.test(text);
    // 这个年报在哪下载 in a conversation about one agency: where its report is read, not the rule on publishing reports.
    // 年报啥时候发的 in a conversation about one agency: the day that agency's report was published, not only the rule.
    const reportOfRemembered =
      mentions.length === 0 && memory?.agencyIds.length === 1 && (THIS_REPORT_WHERE.test(text) || REPORT_TIMING.test(text));
    // 他们年报里说了哪些不足 / 它报告中提到的问题 in a conversation about one agency: its own report's section of problems and
    // plans, not the rules on what every report contains.
    const problemsOfRemembered =
      mentions.length === 0 &&
      memory?.agencyIds.length === 1 &&
      understood.topic?.type === 'section' &&
      understood.topic.section === 'problems' &&
      THEIR_REPORT.test(text);
    const rememberedAgency = reportOfRemembered && memory ? this.index.byId(memory.agencyIds[0]) : undefined;
    if (rememberedAgency) {
      const own = this.askOne(`${rememberedAgency.name}年报${text.replace(THIS_REPORT_WHERE_LEAD, '')}`, context);
      if (own.kind !== 'refusal' && own.kind !== 'clarify') return own;
    }
    // 专区里有查阅点吗 in a conversation about one agency: its report's own place, if it states one; else the rules below.
    const placeHolder =
      mentions.length === 0 && reportYears.length === 0 && memory?.agencyIds.length === 1 && READING_PLACE_HELD.test(text)
        ? this.index.byId(memory.agencyIds[0])
        : undefined;
    if (placeHolder && memory) {
      const year = memory.years.length === 1 ? `${memory.years[0]}年` : '';
      const own = this.askOne(`${placeHolder.name}${year}${text}`, context);
      if (own.kind !== 'refusal' && own.kind !== 'clarify') return own;
    }

    // 收了多少钱 / 收了几万块钱 after 行政许可 or 处罚呢 of one agency: what that agency took, its table 二's 行政事业性收费
    // (a row of the table the conversation is in), not the rules on what applying costs.
    const feesRow = CURRENT_LAYOUT.rows.find((row) => row.key === 'fees_wan_yuan');
    const feeOfRememberedAgency =
      mentions.length === 0 &&
      reportYears.length === 0 &&
      memory?.agencyIds.length === 1 &&
      memory.topic?.type === 'cell' &&
      feesRow !== undefined &&
      CURRENT_LAYOUT.rows.find((row) => row.key === (memory.topic as { row: string }).row)?.table === feesRow.table &&
      FEE_TAKEN_ASKED.test(text)
        ? this.index.byId(memory.agencyIds[0])
        : undefined;
    if (feeOfRememberedAgency && memory) {
      const year = memory.years.length === 1 ? `${memory.years[0]}年` : '';
      const own = this.askOne(`${feeOfRememberedAgency.name}${year}行政事业性收费多少`, context);
      if (own.kind !== 'refusal' && own.kind !== 'clarify') return own;
    }
    // 有没有因为是国家秘密不给公开的 after 最后给公开了几件 of one agency: another row of the same table of its report (the
    // 不予公开 reason's cell), not the rules on what is exempt.
    const rememberedTopic = memory?.topic;
    const rowOfRememberedTable =
      mentions.length === 0 &&
      reportYears.length === 0 &&
      memory?.agencyIds.length === 1 &&
      understood.topic?.type === 'cell' &&
      rememberedTopic?.type === 'cell' &&
      understood.topic.row.table === CURRENT_LAYOUT.rows.find((row) => row.key === rememberedTopic.row)?.table &&
      // Whether it happened or how often, not whether it may (国家秘密能公开吗 asks the rules); 收费多少万 asks an amount.
      (COUNT_ASKED.test(text) || /(?:几|多少)万/.test(text) || /有没有|有没|有吗|有过/.test(text)) &&
      !/(?:能|可以|可不可以|能不能|会不会)(?:不)?(?:申请|公开|给|拒绝)/.test(text);
    // 行政事业性收费多少万 / 信息处理费收了多少钱 in a conversation about one agency, after any table: what that agency
    // collected, its table 二's row or its report's sentence, never the rules on what applying costs.
    const feeCollectedOfRemembered =
      mentions.length === 0 && reportYears.length === 0 && memory?.agencyIds.length === 1 && FEE_COLLECTED_OF_AGENCY.test(text);
    // 不予处理的都是哪些 / 不予公开的理由有哪些 after a figure of one report: the rows of that group in its table 三, not the rules.
    const groupKindsOfRemembered =
      mentions.length === 0 && memory?.agencyIds.length === 1 && memory.guideTopic === undefined && GROUP_KINDS_ASKED.test(text);
    // 我要告他们 去哪告 / 直接起诉呢 after the rules on remedies: how to appeal or sue, not the count of lawsuits.
    // 要交钱吗 right after an answer from the rules (多少天给答复): whether the citizen must pay, the rules on fees, not
    // whether the agency of the conversation took any (收过费吗, 他们收费没 ask that).
    const feeAfterTheRules = memory?.guideTopic !== undefined && input.length <= 8 && FEE_OF_THE_RULES.test(input);
    // 有没有超期的 / 超期了吗 after a figure of one agency (not after the rules): whether its replies came in time, which its
    // report states or not, never the rules on what to do about a late reply.
    const timelyOfRemembered =
      mentions.length === 0 && memory?.agencyIds.length === 1 && memory.guideTopic === undefined && timelyAsked(text);
    const remedyOfTheRules =
      mentions.length === 0 &&
      reportYears.length === 0 &&
      !trendOfRemembered &&
      !timelyOfRemembered &&
      !PENDING_ASKED.test(text) &&
      (this.remedyAsked(input, memory) || HYPOTHETICAL_FEE.test(input) || feeAfterTheRules);
    if (
      remedyOfTheRules ||
      (mentions.length === 0 &&
        reportYears.length === 0 &&
        !countOfRemembered &&
        !pastActOfRemembered &&
        !trendOfRemembered &&
        !pendingOfRemembered &&
        !reportOfRemembered &&
        !problemsOfRemembered &&
        !rowOfRememberedTable &&
        !timelyOfRemembered &&
        !feeCollectedOfRemembered &&
        !groupKindsOfRemembered &&
        // 数据多久更新一次: how recent the store is, not how long a reply takes.
        !(mentions.length === 0 && STORE_RECENCY.test(text)) &&
        !(understood.followUp && memory?.topic && !memory.deadline && !(HOW_TO_APPLY.test(text) && !COUNT_ASKED.test(text))) &&
        // 门户网站呢 after a channel's figure read from a sentence: the same agency's next channel, not the rules.
        !(understood.followUp && memory?.retrieval && memory.agencyIds.length === 1 && input.length <= 8) &&
        !shortFigureFollowUp &&
        // 气象局电话多少: a contact of one kind of agency is that agency's own (which one is asked), not the rules on guides.
        // (政府信息公开电话 names no government: 政府 there is the information's.)
        !(understood.topic?.type === 'contacts' && this.bareKind(text.replace(/政府(?=信息|网站|门户)/g, ''))) &&
        // 信息公开的联系电话 in a conversation about one agency: that agency's own, as 电话多少 is, not the rules on guides.
        !(understood.topic?.type === 'contacts' && memory?.agencyIds.length === 1 && memory.guideTopic === undefined) &&
        // 街道办电话多少: a contact of a street's office, none named, is one street's own (which is asked), not the rules on guides.
        !(understood.topic?.type === 'contacts' && STREET_OFFICE_ALONE.test(text)) &&
        // 卫健委当面申请的有几个: a count of one kind of agency is a report's (which agency is asked), not the rules on applying.
        !(COUNT_ASKED.test(text) && !NOT_A_REPORT_COUNT.test(text) && this.bareKind(text.replace(/政府(?=信息|网站|门户)/g, ''))) &&
        // 张湾区图书馆公众号发了多少条: a count of a body no agency stored is (a library, a museum) is a report's, refused as not
        // held, never the rules on where published information is read.
        !(mentions.length === 0 && COUNT_ASKED.test(text) && !NOT_A_REPORT_COUNT.test(text) && unknownAgencyNamed(text) !== undefined))
    ) {
      // 华东师范大学校长电话多少, naming no stored agency: no guide or report prints a person's own phone, nor do the rules on guides.
      const personPhone = mentions.length === 0 ? PERSON_PHONE_ASKED.exec(text) : null;
      if (personPhone) {
        remember({ lastQuestion: text });
        return this.refusal(
          `没有找到写明${personPhone[1]}本人${personPhone[2]}的指南或年度报告，无法回答（个人的联系方式一般不公开）。可以问该机关政府信息公开的联系电话。`,
        );
      }
      const guide = this.options.guide?.answer(text, now);
      // 鹤山市公安局在哪申请, 祥符区教育局几点上班: an agency named by its place and kind that none stored is; its own
      // address or hours are not known, so the answer says so before the rules that hold for every agency.
      // 海原卫健委电话: a place without its level, then a kind, asked for what only its own guide says.
      const unknown =
        guide && mentions.length === 0
          ? (unknownPlacedAgency(text) ??
            // 济南市外事办电话多少: an office named short after its place, none stored.
            (CONTACT_OF_AGENCY.test(text)
              ? (unleveledStranger(text) ?? (/办/.test(text) ? officeNamedAfterPlace(text) : undefined))
              : undefined))
          : undefined;
      if (guide && unknown) {
        // 紫金港小学信息公开电话, then 那紫金港中学呢: a guide's question, asked next of the agency named.
        remember({ lastQuestion: text, unknownAgency: unknown, guide: agencyGuideAsks(text).length > 0 ? true : undefined });
        return this.refusal(
          `没有找到“${unknown}”的政府信息公开指南或年度报告，说不出它自己的地址、电话和办公时间。对各机关都适用的一般规定是：\n${guide.answer}`,
        );
      }
      // 卫健委的行政复议排个名: a ranking asked in so many words is of the reports' figures, not the rules on 复议.
      if (guide && !(understood.topic && (understood.acrossAgencies || RANKING_ASKED.test(text) || RANK_VERB.test(text)))) {
        remember({
          agencyIds: memory?.agencyIds ?? [],
          years: memory?.years ?? [],
          topic: memory?.topic,
          introduced: memory?.introduced,
          deadline: guide.topicId === DEADLINE_CALCULATOR_ID,
          deadlineQuestion: guide.topicId === DEADLINE_CALCULATOR_ID ? text : undefined,
          fee: guide.topicId !== undefined && FEE_TOPICS.has(guide.topicId),
          guideTopic: guide.topicId,
          lastQuestion: text,
        });
        // 答复用了多久 about one agency's report: the time its report states (均在法定时限内予以答复) before the rule.
        const stated = guide.topicId === 'reply-time-limit' ? this.replyTimeStated(mentions, memory) : undefined;
        return { kind: 'guide', answer: stated ? `${stated}\n按规定：${guide.answer}` : guide.answer, facts: [] };
      }
    }
    // 某局2025年年报什么时候发布的: no report records the day it was published; the rule on when it must be is the answer.
    // 这份报告是哪天发的, asked in a conversation about one agency's report: that report (the year remembered, else the latest).
    const remembered = mentions.length === 0 && memory?.agencyIds.length === 1 ? memory.agencyIds[0] : undefined;
    if ((mentions.length > 0 || remembered !== undefined) && REPORT_TIMING.test(text)) {
      const guide = this.options.guide?.answer(text.replace(/^.*?(?:年报|年度报告|报告)/, '年报'), now);
      const years = remembered !== undefined && understood.years.length === 0 ? (memory?.years ?? []) : understood.years;
      const named =
        mentions.length === 1 && mentions[0].agencies.length === 1
          ? mentions[0].agencies[0].id
          : mentions.length === 0
            ? remembered
            : undefined;
      const dated = named === undefined ? undefined : this.publicationOfReport(named, years, guide?.answer);
      // 有2023年的吗 next asks whether that agency's report of the year is held.
      if ((dated || guide) && named !== undefined) remember({ agencyIds: [named], years, reportAsked: true, lastQuestion: text });
      if (dated) return dated;
      if (guide) return { kind: 'guide', answer: `库中的年度报告没有记下它发布的日期。按规定：\n${guide.answer}`, facts: [] };
    }

    // 碧谷新语公众号发了几篇, 百山祖国家公园抖音号发了多少个视频: an account asked by its own name alone, with no agency named,
    // is the account one stored report quotes by that name beside the channel (微信公众号“碧谷新语”), asked of that report's agency.
    const ownedAccount = mentions.length === 0 || this.placeInsideAccountName(text, mentions) ? this.accountOwnedByName(text) : undefined;
    if (ownedAccount) {
      // (“朋普发布”微信公众号: the agency is put before the opening quote, the quoted name kept whole.)
      const quoted = new RegExp(`[“"「『]${ownedAccount.name}`).exec(input)?.[0];
      const named = quoted
        ? input.replace(quoted, `${ownedAccount.owner.name}${quoted}`)
        : input.replace(ownedAccount.name, `${ownedAccount.owner.name}${ownedAccount.name}`);
      const answer = this.askOneOnce(named, context);
      return answer.kind === 'figure' || answer.kind === 'text'
        ? { ...answer, answer: `（“${ownedAccount.name}”按${ownedAccount.owner.name}的账号理解。）\n${answer.answer}` }
        : answer;
    }
    // An agency-like name we do not know: say so, and what we do know.
    const unknown = mentions.length === 0 ? (unknownAgencyNamed(text) ?? this.unstoredPlaceNamed(text)) : undefined;
    // 濂溪区人民政府发布这个号发了多少条: an account named after its place's government (“濂溪区人民政府发布”) is the account a
    // stored report of that place quotes, asked of that report's agency.
    const accountOwner = unknown && input.includes(`${unknown.name}发布`) ? this.accountNamedAfter(unknown.name) : undefined;
    if (unknown && accountOwner)
      return this.askOneOnce(input.replace(`${unknown.name}发布`, `${accountOwner.name}“${unknown.name}发布”`), context);
    // 弥勒市图书馆文化馆博物馆的公众号发了多少条: a body no agency stored is, named before a channel, is the account one stored
    // report quotes by that name (“弥勒市图书馆”“弥勒市文化馆”…微信公众号), asked of that report's agency.
    const quotedOwner =
      unknown && ACCOUNT_CHANNEL_PATTERN.test(input.slice(input.indexOf(unknown.name) + unknown.name.length))
        ? this.accountQuotedAs(unknown.name)
        : undefined;
    if (unknown && quotedOwner) {
      const answer = this.askOneOnce(input.replace(unknown.name, `${quotedOwner.name}“${unknown.name}”`), context);
      if (answer.kind === 'figure' || answer.kind === 'text')
        return { ...answer, answer: `（“${unknown.name}”按${quotedOwner.name}年度报告写明的账号理解。）\n${answer.answer}` };
    }
    if (unknown) {
      const have = this.whatWeHave(unknown.name);
      // 省政府办公厅受理了多少申请, refused with the stored agencies of that kind listed (有年度报告的政府办公厅：吉林省…、辽宁省…):
      // 上面第一个 / 吉林的 then picks one of them, and the question is asked of it, as after the bot's own 哪一个？
      const asked = text.replace(unknown.name, '');
      const kindListed = have.startsWith('有年度报告的') && asked.length >= 2 && this.index.find(asked).length === 0;
      // 那武汉公安局呢 / 那平潭交建局呢 may follow: the question is kept, as after an answer.
      // Its own topic, if it names one, not an older one, is what 那海原的 asks next (那中宁科技局呢 keeps the older).
      if (unknown.how !== 'township')
        remember({
          lastQuestion: text,
          unknownAgency: unknown.name,
          topic: understood.topic ? this.serializeTopic(understood.topic) : memory?.topic,
          // 运城市中心医院信息公开电话, then 那运城市司法局呢: a guide's question, asked next of the agency named.
          guide: agencyGuideAsks(text).length > 0 ? true : undefined,
          pending: kindListed ? asked : undefined,
          pendingOptions: kindListed ? listedOptions(have) : undefined,
        });
      // 深圳市罗湖区黄贝街道信息公开电话 (a 街道 not stored), then 那东湖街道的呢: the question is kept, and the place it named.
      else remember({ lastQuestion: text, guide: agencyGuideAsks(text).length > 0 ? true : undefined });
      // 济南市教育局电话多少 asks its guide: the refusal names what was looked for.
      const what =
        agencyGuideAsks(text).length > 0
          ? '政府信息公开指南或年度报告'
          : `政府信息公开工作年度报告${unknown.how === 'township' ? '或指南' : ''}`;
      // 省交通运输厅 (a level and a kind, no place): which of the kind is meant, as 市卫健委 is asked back.
      const levelOnly = kindListed && LEVEL_AND_KIND.exec(have)?.[1];
      if (levelOnly && unknown.name === `${/^[省市县区]/.exec(unknown.name)?.[0]}${levelOnly}`)
        return this.clarify(`${WHICH_OF_KIND}${levelOnly}？${have}请问您问的是哪一个？`);
      return this.refusal(`没有找到“${unknown.name}”的${what}。${have}`);
    }

    let agencies: AgencyRecord[] = [];
    // 太平镇2022年… with two 太平镇 stored: the one with a report of the year asked is meant, and the answer says so.
    let chosenByYear: string | undefined;
    for (const mention of mentions) {
      // 平度交警: a unit of one kind of agency named right after the place (交警 of its 公安局) settles which one.
      const byUnit = mention.agencies.length > 1 ? agencyOfUnitAfter(mention, text) : undefined;
      if (byUnit) {
        if (!agencies.some((known) => known.id === byUnit.id)) agencies.push(byUnit);
        continue;
      }
      // 那义乌的呢 in a conversation about a 交通运输局: of the place's agencies, the one of the kind the conversation is about.
      const byKind =
        mention.agencies.length > 1 && mention.how === 'region' && !understood.acrossAgencies
          ? (this.agencyOfRememberedKind(mention, memory?.agencyIds ?? []) ??
            // 那下陆区的呢 after 黄石市医保局 was refused as not stored: the place's agency of the refused name's kind.
            (memory?.unknownAgency ? this.agencyOfNamedKind(mention, memory.unknownAgency) : undefined))
          : undefined;
      if (byKind) {
        if (!agencies.some((known) => known.id === byKind.id)) agencies.push(byKind);
        continue;
      }
      // 在岭北县哪能看到医保局公开的文件: the kind named a few words after the place settles which of its agencies is meant.
      const byLaterKind =
        mention.agencies.length > 1 && mention.how === 'region' && !understood.acrossAgencies && mentions.length === 1
          ? this.agencyOfKindAfter(mention, text)
          : undefined;
      if (byLaterKind) {
        if (!agencies.some((known) => known.id === byLaterKind.id)) agencies.push(byLaterKind);
        continue;
      }
      const withYear =
        // Only bodies of one name (an alias of each), not the agencies of a place (长春市: its 公安局 and its 卫健委).
        mention.how === 'alias' && mention.agencies.length > 1 && understood.years.length > 0 && !understood.acrossAgencies
          ? mention.agencies.filter((agency) => understood.years.every((year) => this.store.report(agency.id, year) !== undefined))
          : [];
      // 太平镇24年的申请跟去年比 (2024 and 2023 asked): where none has every year asked, the only one with a report of any of
      // them is meant; the others have nothing of those years to say.
      const withSomeYear =
        withYear.length === 0 &&
        mention.how === 'alias' &&
        mention.agencies.length > 1 &&
        understood.years.length > 1 &&
        !understood.acrossAgencies
          ? mention.agencies.filter((agency) => understood.years.some((year) => this.store.report(agency.id, year) !== undefined))
          : [];
      if (withYear.length === 1 || withSomeYear.length === 1) {
        const [only] = withYear.length === 1 ? withYear : withSomeYear;
        const heldYears = understood.years.filter((year) => this.store.report(only.id, year) !== undefined);
        if (!agencies.some((known) => known.id === only.id)) agencies.push(only);
        chosenByYear = `（“${mention.text}”有${mention.agencies.length}个机关，有${joinList(heldYears.map((year) => `${year}年`))}报告的是${only.name}。）`;
        continue;
      }
      // 张家川县龙山镇人民政府…协助处理天水市12345热线工单: a place the agency already named lies in, written bare inside the thing
      // asked (a city's hotline or site) with nothing joining or comparing the two, is where that thing is, no second agency.
      if (mention.how === 'region' && agencies.length > 0 && this.placeOfNamedAgencies(text, mentions[0], mention, agencies)) continue;
      // 中山市供销社…在开放中山平台: the place named again (a platform called after its city) is the place of the agency
      // already named, not a question of which of its agencies.
      if (
        mention.agencies.length > 1 &&
        mention.how === 'region' &&
        agencies.length > 0 &&
        mention.agencies.some((agency) => agencies.some((known) => known.id === agency.id))
      )
        continue;
      // 甘肃高速公路过路费怎么收, 甘肃今天天气怎么样: a place named with nothing a report or guide holds asked of it (no topic,
      // no guide's word, no agency's kind, no year): none of its agencies would answer it, so which one is not asked.
      const restOfPlace = text
        .replace(mention.text, '')
        .replace(/[，,。？?！!\s]/g, '')
        .replace(/^(?:那|的)+|(?:的)?(?:呢|吗|啊|呀)+$/g, '');
      // 信阳今年粮食收购价多少: a year said (今年) with such words is no question of a report either; the words besides it decide.
      const restOfYear = restOfPlace.replace(/(?:19|20)?\d{2}年度?|今年|去年|前年|明年|本年度?/g, '');
      if (
        mention.agencies.length > 1 &&
        mention.how === 'region' &&
        mentions.length === 1 &&
        !understood.acrossAgencies &&
        understood.topic === undefined &&
        restOfYear.length >= 4 &&
        agencyGuideAsks(text).length === 0 &&
        !REPORT_MATTER.test(restOfPlace) &&
        !AGENCY_WORD.test(restOfPlace) &&
        !KIND_STEMS.some((stem) => restOfPlace.includes(stem))
      ) {
        remember({ lastQuestion: text });
        return this.refusal(SMALL_TALK_REPLY.offtopic);
      }
      // 那东湖街道的呢 after 深圳市罗湖区黄贝街道信息公开电话 (refused): the place the last question named settles which of the
      // bodies of that name is meant, when one of them alone lies in it.
      const inLastPlace =
        mention.agencies.length > 1 && !understood.acrossAgencies && mentions.length === 1 && agencies.length === 0
          ? optionInPlaceNamed(mention.agencies, memory?.lastQuestion, mention.text)
          : undefined;
      if (inLastPlace) {
        agencies.push(inLastPlace);
        continue;
      }
      if (mention.agencies.length > 1 && !understood.acrossAgencies) {
        const offered = mention.agencies.map((agency) => agency.name);
        remember({ pending: text.replace(mention.text, ''), pendingOptions: offered, offered });
        // (Many of them, 街道办事处 alone naming every street's office: the first ten, and how many; a street asks which street.)
        const names = mention.agencies.map((agency) => agency.name);
        const listed = names.length > 10 ? `${joinList(names.slice(0, 10))}等${names.length}个` : joinList(names);
        return this.clarify(
          /^(?:街道办事处|街道办|街道)$/.test(mention.text)
            ? `${WHICH_OF_KIND}街道？“${mention.text}”有多个机关：${listed}。请带上街道名再问一次。`
            : `“${mention.text}”有多个机关：${listed}。请问您问的是哪一个？`,
        );
      }
      for (const agency of mention.agencies) if (!agencies.some((known) => known.id === agency.id)) agencies.push(agency);
    }
    // 平潭公安局和投资促进局谁多: the second agency is named by its kind alone, in the first one's region.
    // 平潭审批局、苏平片区管理局、经济发展局谁最多: each kind named alone after a joiner, once two agencies are named too.
    if (agencies.length >= 1) {
      const named = this.siblingsNamed(text, mentions, agencies);
      const siblings =
        agencies.length === 1 && named.length === 0
          ? [this.siblingAgency(text, mentions, agencies[0])].filter((found) => found !== undefined)
          : named;
      for (const sibling of siblings) agencies.push(sibling.agency);
      // Its kind word names it, not a topic (行政审批局: 审批 is no 行政许可 here).
      if (siblings.length > 0)
        understood = {
          ...understand(
            siblings.reduce((rest, sibling) => rest.replace(sibling.kind, ''), withoutNames),
            shanghaiYear(now),
          ),
          text,
        };
    }
    // 表三给我看看 / 第五部分说了什么: the whole part of the named or remembered agency's report.
    const part = PART_ASKED.test(text)
      ? this.wholePart(text, agencies, understood.years, mentions.length === 0 ? memory : undefined)
      : undefined;
    // 表三给我看看 with no agency named or talked about: which agency's report is asked back, and the reply completes it.
    if (!part && PART_ASKED.test(text) && !FIGURE_IN_PART.test(text) && mentions.length === 0 && (memory?.agencyIds.length ?? 0) === 0) {
      remember({ pending: text, introduced: memory?.introduced });
      const names = [...new Set(this.store.reports().map((report) => report.agency))];
      return this.clarify(`请问要看哪个机关的年度报告？库中有：${joinList(names.slice(0, 8))}${names.length > 8 ? '等' : ''}。`);
    }
    if (part) {
      remember({
        agencyIds: [part.report.agencyId],
        years: [part.report.year],
        introduced: memory?.introduced,
        lastQuestion: text,
        more: this.more,
      });
      return part.answer;
    }
    // 吴兴区政府和大连交通大学哪个可以网上申请, 两家的传真分别是多少: two or three agencies known by their guides, each answered
    // from its own guide.
    if (agencies.length >= 2 && agencies.length <= 3 && understood.years.length === 0 && understood.topic?.type !== 'section') {
      const compared = this.guidesCompared(text, agencies, now);
      if (compared) return compared;
    }
    // Where, when and how to apply to one named agency: its own guide, else its reports' contacts, else the rules.
    // (为啥说…公开渠道单一 asks the report's problems, whatever guide words it holds.)
    if (
      agencies.length === 1 &&
      (understood.years.length === 0 || REPORT_COPY_WHERE.test(text)) &&
      // (指南说了什么: the guide itself asked for, whatever part of a report 说了什么 may name.)
      (understood.topic?.type !== 'section' || (/指南/.test(text) && agencyGuideAsks(text).includes('overview'))) &&
      !COMPLAINTS_RECEIVED.test(text)
    ) {
      const followed = this.guideFollowUp(text, mentions, memory, agencies[0], now);
      const own = this.options.agencyGuide?.answer(text, agencies[0], now) ?? followed;
      // 热线接了多少电话 / 网站收到群众来信几封 / 网站概况类信息多少: a count the agency's report states, asked with a word of
      // a channel (网站, 热线, 电话), is the report's figure, not the rules on where to apply.
      // (Asked as a follow-up, no agency named, of the one the conversation is about: the same.)
      const statedCount =
        own && !followed && mentions.length <= 1 && REPORT_COUNT_ASKED.test(text) && !NOT_A_REPORT_COUNT.test(text)
          ? this.withRetrieval(NOTHING_FOUND, {
              // (网站发布政府信息数呢: the 呢 ending a full question is no word of the thing counted.)
              text: (mentions.length === 1 ? text.replace(mentions[0].text, '') : text).replace(/呢(?=[?？。!！]*$)/, ''),
              agency: agencies[0],
              years: [],
            })
          : undefined;
      if (statedCount?.kind === 'figure' && statedCount.facts.length > 0) {
        remember({ agencyIds: [agencies[0].id], years: [statedCount.facts[0].year], lastQuestion: text, retrieval: this.lastRetrieval });
        return statedCount;
      }
      if (own) {
        // A contacts follow-up (那沙坡头区呢？) keeps working as after a report's contacts answer.
        // 地址呢, 几点上班 after it ask the same agency's guide (guide: true), whatever this question's topic.
        if (memoryKey)
          this.options.state?.set<ConversationMemory>(
            memoryKey,
            {
              agencyIds: [agencies[0].id],
              years: [],
              topic: understood.topic?.type === 'contacts' ? understood.topic : undefined,
              guide: true,
              // 年报在哪看 answered from the guide: 有2023年的吗 next asks of that agency's reports.
              reportAsked: REPORT_NAMED.test(text) ? true : undefined,
              // 那X局呢 after it asks X局 the same.
              lastQuestion: own === followed ? memory?.lastQuestion : text,
            },
            this.ttl,
            { lazy: true },
          );
        // 办公室在几楼: the floor as read from the room number of the address given.
        if (FLOOR_ASKED.test(text))
          // An address that prints its floor (…大厦(国茶港A座)25楼) answers it as it stands.
          return ROOM_NUMBER.test(own.answer) || STATES_FLOOR.test(own.answer)
            ? { kind: own.kind, answer: `${own.answer}${floorNote(own.answer) ?? ''}`, facts: [] }
            : { kind: 'refusal', answer: `${agencies[0].name}的楼层没有写明。${own.answer}`, facts: [] };
        // 政务公开栏在哪个村: where a noticeboard stands, unless the answer found names a board itself, is written neither in
        // the reports nor in the rules, and the office's address is no answer to it.
        if (BOARD_PLACE_ASKED.test(text) && !/(?:公开|公示|政务|村务)(?:栏|牌|橱窗)/.test(own.answer))
          return {
            kind: 'refusal',
            answer: `${agencies[0].name}的公开栏设在哪里，库中的年度报告和指南都没有写明，无法回答；可以向该机关咨询。`,
            facts: [],
          };
        // A name read loosely (屯昌南吕镇 → 南吕镇人民政府) is said so, as for a figure.
        const near = mentions.find((mention) => mention.how === 'fuzzy' && mention.agencies.length === 1);
        const note = near ? `（“${near.text}”按${near.agencies[0].name}理解；如不是，请核对名称再问。）\n` : '';
        return { kind: own.kind, answer: `${note}${own.answer}`, facts: [] };
      }
      // 连州市公安局申请要带什么, 对湘乡市政府的答复不服怎么办: nothing of the agency's own is asked
      // (no figure, no contact): the rules that hold for every agency, said to be the general ones.
      // 不公开的话能告他们吗: whether one may sue or appeal is a remedy, not the count of lawsuits.
      // An agency known only by its guide has no report to answer a topic from (锦州市政府办公厅说我申请的信息不存在怎么办):
      // the rules that hold for every agency answer it.
      const general =
        (understood.topic && !REMEDY_ASKED.test(text) && this.store.reportsOfAgency(agencies[0].id).length > 0) || timelyAsked(text)
          ? undefined
          : this.generalRulesFor(text, mentions, agencies[0], now);
      if (general) {
        // 寄到哪, 邮编呢 after it ask the same agency's guide.
        if (memoryKey && general.kind === 'guide')
          this.options.state?.set<ConversationMemory>(memoryKey, { agencyIds: [agencies[0].id], years: [], guide: true }, this.ttl, {
            lazy: true,
          });
        return general;
      }
    }

    // 国家卫生健康委员会 (its guide) and 国家卫生健康委 (its report): one body stored under two forms of its name.
    agencies = agencies.map((agency) =>
      this.store.reportsOfAgency(agency.id).length === 0 ? (this.sameBodyWithReports(agency) ?? agency) : agency,
    );
    // (那淳安县医保局收到几件申请 after 有没有被复议: a follow-up naming another agency asks its own thing, no neighbour of the
    // sentence quoted of the agency before.)
    let topic = weakAfterRetrieval(understood, memory) && !this.namesOtherAgency(mentions, memory) ? undefined : understood.topic;
    // 结果怎么样 after 被复议了几次: the review's results (table 四), not the applications' (table 三's 办理结果).
    if (memory?.topic && this.appealResultsFollowUp(text, understood.topic, memory.topic)) {
      const restored = this.restoreTopic(memory.topic);
      if (restored?.type === 'cell') topic = { ...restored, column: APPEAL_COLUMNS[4], everyColumn: true };
    }
    let years = understood.years;
    // 2021年的申请比上一年多了还是少了 / 2025年比去年多吗: the year compared is the one before the year named, not the
    // one before today (it had said the year before was not stored, or compared 2025).
    if (understood.operation === 'change') years = withYearBeforeNamed(years, text);
    let yearsRemembered = false;
    // (A follow-up comparing the remembered figure of two years: 24年比23年多了几件.)
    let yearsCompared = false;
    let retrievalFollowUp: ConversationMemory['retrieval'];
    // The topic came from the last question (部门动态呢 after a count of items): the new words still ask a number.
    let topicRestored = false;
    // The last question's topic set aside for a thing the message names of its own (那X局25年工作动态几条): not remembered.
    let topicDropped = false;
    // Follow-ups (那2023年呢？ 西工区呢？ 那行政处罚呢？) reuse what the last question named, also after a refusal or a clarification.
    if (memory) {
      const residue = mentions
        .reduce((rest, mention) => rest.replace(mention.text, ''), text)
        .replace(
          /(?:19|20)\d{2}年?度?|[二〇零一三四五六七八九]{4}年|今年|去年|前年|那么|那|呢|吗|的|怎么样|情况|如何|还有|再|问|[?？!！。,，]/g,
          '',
        );
      // 是企业还是个人 after a count of applications: who applied, by applicant type.
      const choice = !topic && memory.topic ? applicantChoiceTopic(residue, this.restoreTopic(memory.topic)) : undefined;
      // 自然人几件 after 收到几件申请: another column of the remembered row with only a count asked, a follow-up as 自然人呢 is.
      // 法人呢 / 单位几件: the organisation columns together.
      const rememberedCell =
        !topic &&
        !choice &&
        memory.topic?.type === 'cell' &&
        (COUNT_TAIL.test(residue) || HAVE_TAIL.test(residue) || DONE_TAIL.test(residue) || LEGAL_PERSONS_ALONE.test(residue))
          ? this.restoreTopic(memory.topic)
          : undefined;
      const countedColumn = rememberedCell
        ? (((COUNT_TAIL.test(residue) || HAVE_TAIL.test(residue) || DONE_TAIL.test(residue)) && asksOnlyAColumn(residue, rememberedCell)
            ? siblingColumnTopic(residue.replace(COUNT_TAIL, '').replace(HAVE_TAIL, '').replace(DONE_TAIL, ''), rememberedCell)
            : undefined) ?? legalPersonsTopic(residue, rememberedCell))
        : undefined;
      // 网站上 / 公众号里 after a channel's figure: the place word is no new topic. 比2024年少了吗 /
      // 2024年比2019年多了吗: a comparison of the remembered thing is a follow-up too.
      const followUp =
        understood.followUp ||
        residue.replace(/(?:上|里|中|那边|这边)$/, '').length <= 2 ||
        // 大村镇一共多少 after another agency's total: the remembered thing's total, of the agency named.
        // (有几个 / 多少件 alone after 有人申请吗 answered 有: the count of the thing the yes/no was about; 多少人 too, after a
        // yes/no only — after a count, 一共几个人 asks the people a sentence counts beside it (总计68人), read from there.)
        /^(?:一共|总共|总计|共计|合计)?(?:是|有)?(?:多少|几)个?[个条件项次家]?$/.test(residue) ||
        (memory.retrieval?.kind === 'yesno' && /^(?:一共|总共)?(?:是|有)?(?:多少|几)(?:个|位)?[人名]$/.test(residue)) ||
        // 哪家最多 / 哪个最少 / 五家里哪家有 after a figure: the remembered thing across agencies.
        WHICH_OF_THEM.test(residue) ||
        choice !== undefined ||
        countedColumn !== undefined ||
        // 有没有还在审的 / 有被纠正的吗 after a review or lawsuit asked: another result column of the remembered rows (尚未审结).
        (!topic &&
          /^(?:有没有|有无|是否|有)/.test(residue) &&
          memory.topic !== undefined &&
          appealColumnOf(residue, this.restoreTopic(memory.topic)) !== undefined) ||
        (COMPARED_YES_NO.test(text) && residue.replace(/比|多|少|高|低|了|增加|增长|减少|下降|上升|是不是|没有|没/g, '').length <= 1) ||
        // 24年比23年多了几件 / 2024年比2023年少了多少: the remembered figure of two years, by how much it changed.
        (yearsCompared =
          /比/.test(text) &&
          understood.years.length >= 1 &&
          // (比23年多还是少: 还是 between the two ways it may have gone.)
          residue.replace(/\d{2}年度?|比|多|少|高|低|了|增加|增长|减少|下降|上升|几|多少|还是|[件条个项次篇]/g, '').length <= 1) ||
        // 历年都是多少 / 近三年呢 / 哪年最多 / 这几年是增加还是减少: the remembered figure over the agency's years.
        (AGENCY_YEARS_ASKED.test(text) &&
          residue
            .replace(EVERY_YEAR, '')
            .replace(LATEST_YEARS, '')
            .replace(/哪[一个]?年度?/, '')
            .replace(TREND_ASKED, '')
            .replace(/都|各|分别|是|多少|几|最多|最少|最高|最低|多|少|情况|数字|数据|怎么样|如何|有|个|了/g, '').length <= 1) ||
        // 跟2022年比呢 / 和23年相比怎么样: the remembered figure against another year's.
        (YEAR_COMPARED_WITH.test(text) &&
          residue.replace(/\d{2}年度?|跟|和|与|同|相|比较?|对比|一下|怎么样|如何|咋样|多还是少/g, '').length <= 1) ||
        // 比前一年呢 / 跟上一年比 / 同比呢: the remembered figure against the year before it.
        (AGAINST_YEAR_BEFORE.test(text) &&
          residue
            .replace(AGAINST_YEAR_BEFORE, '')
            .replace(/百分之(?:几|多少)|多少个?百分点|比|多|少|高|低|了|增加|增长|减少|下降|上升|是不是|没有|没|还是|怎样|咋样/g, '')
            .length <= 1);
      // 快递业务量呢 after 电话呢: a thing named that is no contact does not ask the remembered contact again.
      const otherThanContact =
        memory.topic?.type === 'contacts' &&
        /\p{Script=Han}{2}/u.test(residue) &&
        agencyGuideAsks(residue).length === 0 &&
        !CONTACT_LIKE.test(residue);
      // 那荣成信访局25年公告公示几条 after 被告了几次: an agency named with a thing of its own and a count is a new question
      // (the 那 only goes on talking), not the last question's lawsuits asked of that agency.
      const ownThingOfNamed =
        mentions.length > 0 &&
        !/呢[?？。]*$/.test(text) &&
        COUNT_TAIL.test(residue) &&
        /\p{Script=Han}{2}/u.test(
          residue.replace(COUNT_TAIL, '').replace(/\d{2}年度?|发布|发了|公开|公布|推送|推了|发|了|过|共|一共|总共/g, ''),
        );
      // 信息发布总量？ / 按时答复率？ after 某机关2025年的情况 (its overview quoted): a thing named alone asks that thing of the
      // agency, not the section again (那2024年呢 still moves the section to that year).
      const otherThanSection = memory.topic?.type === 'section' && /\p{Script=Han}{2}/u.test(residue) && BARE_THING_ASKED_ALONE.test(text);
      // 那2024年他们开了几场发布会 after 能查哪些年份的: a thing counted is asked of a year the list named, not the list again.
      const otherThanReports =
        memory.topic?.type === 'reports' && COUNT_ASKED.test(residue) && /\p{Script=Han}{2}/u.test(residue.replace(COUNT_ASKED, ''));
      if (!topic && followUp && memory.topic && !otherThanContact && !otherThanSection && !otherThanReports) {
        const restored = this.restoreTopic(memory.topic);
        topic =
          choice ??
          countedColumn ??
          siblingRowTopic(residue, memory.topic) ??
          siblingColumnTopic(residue, restored) ??
          (ownThingOfNamed ? undefined : restored);
        topicDropped = topic === undefined;
        // 跟去年比呢 / 比上一年呢 after a report's main points (its overview has no one total to set against another year's):
        // the applications received, the count every report's table 三 holds, in both years.
        if (
          topic?.type === 'section' &&
          topic.section === 'overview' &&
          (AGAINST_YEAR_BEFORE.test(text) ||
            YEAR_COMPARED_WITH.test(text) ||
            COMPARED_YES_NO.test(text) ||
            (/比/.test(text) && understood.years.length === 1))
        ) {
          topic = this.restoreTopic({ type: 'cell', row: 'received', column: 'total' });
          // (比2023年多了还是少了: the year of the main points against the one named.)
          if (understood.years.length === 1 && memory.years.length === 1 && memory.years[0] !== understood.years[0]) {
            years = [memory.years[0], understood.years[0]];
            understood = { ...understood, operation: 'change' };
          }
        }
        // A column the follow-up names itself (自然人几件, 单位几件) is asked, not restored: its words need not be in the answer.
        topicRestored = topic !== undefined && topic !== countedColumn;
      }
      // 其他对外管理服务事项呢 after 行政许可处理了多少件: the sibling row named alone keeps the column asked last (column-carry.ts).
      if (topic && memory.topic) topic = withRememberedColumn(topic, memory.topic, text) ?? topic;
      // 哪年最多 after one agency's figure ranks that agency's years, not the agencies.
      const yearsOfOne = WHICH_YEAR.test(text) && memory.agencyIds.length === 1 && !/各|机关|单位|部门|哪个局|哪家|谁/.test(text);
      const crossAgency = (understood.acrossAgencies || ['rank', 'total', 'list'].includes(understood.operation)) && !yearsOfOne;
      // 市教育局的网址 in a conversation about 威海市教育局: a kind written with no place but a level the remembered agency
      // has right before it is that agency, not a question of which (other kinds, or another level, still ask which).
      if (topic && agencies.length === 0 && !crossAgency && this.namesNoOtherOfKind(text, memory.agencyIds)) {
        agencies = memory.agencyIds.map((id) => this.index.byId(id)).filter((agency): agency is AgencyRecord => agency !== undefined);
        // 信函呢 after 网络申请有几件 (answered from a sentence): the remembered row, asked of the new part.
        if (!understood.topic && memory.retrieval && agencies.length === 1) retrievalFollowUp = memory.retrieval;
        if (years.length === 0) {
          years = memory.years;
          yearsRemembered = years.length > 0;
        }
      } else if (topic && followUp && years.length === 0 && !crossAgency) {
        years = memory.years;
        yearsRemembered = years.length > 0;
      } else if (!topic && followUp && agencies.length === 0 && !crossAgency && memory.retrieval && memory.agencyIds.length === 1) {
        // After an answer from the reports' sentences, 那三区人才呢 asks the same of the same agency.
        agencies = memory.agencyIds.map((id) => this.index.byId(id)).filter((agency): agency is AgencyRecord => agency !== undefined);
        retrievalFollowUp = memory.retrieval;
        if (years.length === 0) {
          years = memory.years;
          yearsRemembered = years.length > 0;
        }
      } else if (
        !topic &&
        agencies.length === 0 &&
        !crossAgency &&
        memory.agencyIds.length === 1 &&
        (askKind(text) !== 'text' || (otherThanContact && followUp))
      ) {
        // 有几个科技特派员 in a conversation about one agency: a count or yes/no nothing else answers is looked for in its reports.
        // So is 快递业务量呢 after its phone: a thing of its own, asked as a count.
        agencies = memory.agencyIds.map((id) => this.index.byId(id)).filter((agency): agency is AgencyRecord => agency !== undefined);
        if (years.length === 0) {
          years = memory.years;
          yearsRemembered = years.length > 0;
        }
      }
    }
    // 2023年和2024年各几条 (2023 not held) then 微博关停了吗: the remembered years the one agency has reports of are asked.
    if (yearsRemembered && agencies.length === 1 && years.length > 1) {
      const held = new Set(this.store.reportsOfAgency(agencies[0].id).map((report) => report.year));
      const kept = years.filter((year) => held.has(year));
      if (kept.length > 0) years = kept;
    }
    // 历年都是多少 / 哪年最多 after one year's figure: the agency's years are asked, not the one remembered.
    if (yearsRemembered && AGENCY_YEARS_ASKED.test(text)) {
      years = [];
      yearsRemembered = false;
    }
    let againstYearBefore = false;
    // 比去年多吗 / 比前一年呢 / 同比 after one year's figure: that year against the year before it, not against last calendar
    // year (2023年's figure, then 比去年多吗, compares 2023 with 2022); a year written in the question keeps its own reading.
    if (
      topic &&
      memory?.years.length === 1 &&
      AGAINST_YEAR_BEFORE.test(text) &&
      !/(?:19|20)\d{2}年|[二〇零一三四五六七八九]{4}年|前年/.test(text) &&
      mentions.length === 0
    ) {
      years = [memory.years[0], memory.years[0] - 1];
      understood = { ...understood, operation: 'change' };
      againstYearBefore = true;
    }
    // 那上一年是多少件 / 前一年呢 after one year's figure: the year before the remembered one (its report may not be held, then
    // refused), never the remembered year's figure again; 比上一年 compares (above), 上年结转 is a row of its own.
    // (No year said in the conversation: the year of the last figure stated, from the latest report, is the one remembered.)
    const lastStated = memory?.lastFacts?.at(-1);
    const lastYearStated =
      memory?.years.length === 1
        ? memory.years[0]
        : memory?.years.length === 0 && memory.agencyIds.length === 1 && lastStated?.agency === this.index.byId(memory.agencyIds[0])?.name
          ? lastStated?.year
          : undefined;
    if (
      !againstYearBefore &&
      lastYearStated !== undefined &&
      understood.years.length === 0 &&
      mentions.length === 0 &&
      YEAR_BEFORE_REMEMBERED.test(text) &&
      !AGAINST_YEAR_BEFORE.test(text) &&
      // (上一年剩下没办完转过来的 asks what was carried in from it: the 上年结转 row of the year remembered.)
      !/转|剩|结余|遗留|带过来|没办完/.test(text)
    ) {
      years = [lastYearStated - 1];
      yearsRemembered = false;
    }
    // 比2024年多吗 after 2019年's figure: the remembered year against the one named, as a change.
    const otherYears = memory?.years.filter((year) => year !== years[0]) ?? [];
    if (topic && COMPARED_YES_NO.test(text) && years.length === 1 && otherYears.length === 1) {
      years = [otherYears[0], years[0]];
      understood = { ...understood, operation: 'change' };
    } else if (topic && YEAR_COMPARED_WITH.test(text) && years.length === 1 && memory?.years.length && memory.years[0] !== years[0]) {
      // 跟2022年比呢 after 2025年's figure (or after 2025年 against another year): the year asked first against the one named.
      years = [memory.years[0], years[0]];
      understood = { ...understood, operation: 'change' };
    }
    // 局长是谁 / 负责人叫什么名字: a person's name, asked of one agency whose reports never print that role, is not stated.
    const phoneAsked = PERSON_PHONE_ASKED.exec(text);
    const personAsked = PERSON_NAME_ASKED.exec(text) ?? phoneAsked;
    const personOf =
      personAsked && (!topic || (personAsked === phoneAsked && topic.type === 'contacts'))
        ? this.namedOrRemembered(agencies, mentions, memory)
        : undefined;
    if (personAsked && personOf) {
      const role = personAsked[1];
      const printed = this.store
        .reportsOfAgency(personOf.id)
        .some((report) => Object.values(this.store.sections(report.id)).some((section) => section.includes(role)));
      if (!printed) {
        remember({ agencyIds: [personOf.id], years: memory?.years ?? [], introduced: memory?.introduced, lastQuestion: text });
        return this.refusal(
          phoneAsked === personAsked
            ? `${personOf.name}的年度报告中没有写明${role}本人的${phoneAsked[2]}，无法回答（个人的联系方式一般不公开）。可以问该机关的联系电话，向它咨询。`
            : `${personOf.name}的年度报告中没有写明${role}的姓名，无法回答。可以问它的联系电话，向该机关咨询。`,
        );
      }
    }
    // 为什么一个申请都没收到 / 为啥要搞开放日: a reason is asked, which no figure gives; the report's own words on it, or that it gives none.
    // (为啥说…公开渠道单一 quotes the problems the report states: a section answers it.)
    const whyOf = WHY_ASKED.test(text) && topic?.type !== 'section' ? this.namedOrRemembered(agencies, mentions, memory) : undefined;
    if (whyOf) {
      const premise = WHY_PREMISE.test(text) ? this.whyPremise(text, context) : undefined;
      if (premise) return premise;
      const why = this.whyAnswer(text, mentions, whyOf, years);
      if (why) {
        remember({
          agencyIds: [whyOf.id],
          years: years.length > 0 ? years : (memory?.years ?? []),
          introduced: memory?.introduced,
          lastQuestion: text,
        });
        return why;
      }
    }
    // 公众号叫什么 / 微博叫啥名字: the account's name as the report prints it, of the agency named or talked about.
    const channelNameMatch = CHANNEL_NAME_ASKED.exec(text);
    const channelNameAsked = channelNameMatch?.[1] ?? channelNameMatch?.[2] ?? channelNameMatch?.[3];
    const channelNameOf = channelNameAsked ? this.namedOrRemembered(agencies, mentions, memory) : undefined;
    if (channelNameAsked && channelNameOf) {
      remember({
        agencyIds: [channelNameOf.id],
        years: years.length > 0 ? years : (memory?.years ?? []),
        introduced: memory?.introduced,
        lastQuestion: text,
      });
      return this.channelNameAnswer(channelNameOf, channelNameAsked, years);
    }
    // 依申请的都按时答复了吗 / 有没有超期答复的: whether replies came in time is what a sentence says of it, never the count of
    // applications (有。收到2件 answers another question).
    const timelyOf = timelyAsked(text) ? this.namedOrRemembered(agencies, mentions, memory) : undefined;
    if (timelyOf) {
      remember({
        agencyIds: [timelyOf.id],
        years: years.length > 0 ? years : (memory?.years ?? []),
        introduced: memory?.introduced,
        lastQuestion: text,
      });
      return this.timelyAnswer(timelyOf, years, /几|多少/.test(text));
    }
    // 申请量同比增长了多少 / 增速多少 of one agency named: the rate its report prints of the thing asked (申请量同比增长42.9%).
    // (申请数同比增长多少 in a conversation about one agency, none named: of that agency, in the year talked about, when it
    // names the thing; 同比呢 alone asks the change of the last figure, never the report's one rate of something else.)
    const rateOf =
      RATE_ASKED.test(text) || YEAR_BEFORE_ASKED.test(text)
        ? mentions.length > 0
          ? agencies.length === 1
            ? agencies[0]
            : undefined
          : thingOfChange(text).replace(/[^\p{Script=Han}]/gu, '').length >= 2 ||
              // 较上年度上升百分之几 alone after 某县政府的情况 (its overview quoted): the rate its report prints, if one only fits.
              (memory?.topic?.type === 'section' && PERCENT_CHANGE_ASKED.test(text))
            ? this.namedOrRemembered(agencies, mentions, memory)
            : undefined
        : undefined;
    if (rateOf) {
      const stated = this.statedRateAnswer(rateOf, years.length > 0 || mentions.length > 0 ? years : (memory?.years ?? []), text, mentions);
      if (stated) {
        remember({
          agencyIds: [rateOf.id],
          years: stated.facts[0] ? [stated.facts[0].year] : years,
          introduced: memory?.introduced,
          lastQuestion: text,
          rate: stated.kind === 'figure' ? true : undefined,
        });
        return stated;
      }
    }
    // 海原县科技局 / 我想了解下海原县科技局 / 介绍下海原县科技局的情况: an agency named with nothing asked of it gets its
    // report's summary, and what else may be asked, instead of "not understood".
    // (海原县科技局呢 in a conversation asks the last question of it, which the follow-ups above answer or refuse.)
    const namedAlone = !topic && agencies.length === 1 && !(memory?.lastQuestion && /呢/.test(text)) && namesOnly(text, mentions);
    if (namedAlone) topic = { type: 'section', section: 'overview', focus: 'summary' };
    this.more = undefined;
    this.lastRetrieval = undefined;
    this.lastYesNo = undefined;
    // 2024年收到多少申请 after 国家卫健委信息公开怎么申请: the agency remembered from its guide (国家卫生健康委员会) is the body
    // whose reports are stored under the other form of its name; its sentences are searched under that one too.
    if (memory && mentions.length === 0)
      agencies = agencies.map((agency) =>
        this.store.reportsOfAgency(agency.id).length === 0 ? (this.sameBodyWithReports(agency) ?? agency) : agency,
      );
    let answer = this.answerWith({ ...understood, topic, years, yearsRemembered }, agencies);
    if (namedAlone && answer.kind === 'text')
      answer = {
        ...answer,
        answer: `${answer.answer}\n想了解具体数字，可以接着问：收到几件申请、行政复议几件、主动公开多少条、联系电话等。`,
      };
    answer = amountOfACount(answer, text, topic) ?? answer;
    if (agencies.length === 2 && !topic && answer.kind === 'refusal')
      answer = this.comparedFromSentences(text, mentions, agencies, years) ?? answer;
    // The question without the agency's name and year, as the sentences are searched with it (for 没有's own sentence below).
    let askedOfOne: string | undefined;
    if (agencies.length === 1) {
      // Only the longest mention is the agency's name; a shorter one may be part of a word (中卫日报).
      const name = mentions.reduce((longest, mention) => (mention.text.length > longest.length ? mention.text : longest), '');
      // What is left of the name when only its region was recognised (沙波头区科技局 → 区科技局) goes too;
      // a name glued inside a word (智慧西工上发了多少: a platform named after the place) stays, it is the thing asked.
      // (永春|桃城镇: a place written before the name of an agency stored with no region is no word the name is glued into.)
      // (东辽县|金州乡 for 金州乡人民政府: a region that is the town's own name, 金州 of 金州乡, holds no higher place either.)
      const placeLead = agencies[0].region === '' || townOwnRegion(agencies[0]) ? placeLeadingName(text, name) : undefined;
      // 佳木斯|向阳区复议了几件 for 佳木斯市向阳区人民政府: the higher place written without its 市 right before the place read is
      // the start of the agency's own name, no word the name is glued into; it goes with the name.
      const before = mentions.length === 1 ? text.slice(0, mentions[0].start) : '';
      let higherLead = '';
      for (let length = 2; length <= Math.min(6, before.length); length += 1) {
        const lead = before.slice(-length);
        if (/^\p{Script=Han}+$/u.test(lead) && agencies[0].name.startsWith(lead) && !name.startsWith(lead)) higherLead = lead;
      }
      // 江西省|袁州区审计局 / 湖南省常德市|民政局: the province or city the agency lies in, written before its name, goes with it too.
      // (广东省|广州市荔湾区…: before the start of the name written before the place read, too.)
      const aboveLead = before.slice(0, before.length - higherLead.length);
      const provinceLead = aboveLead !== '' ? higherPlacesLead(aboveLead, agencies[0].name) : '';
      const glued = mentions.length === 1 && this.insideAWord(text, mentions[0]) && !placeLead && !higherLead && !provinceLead;
      // 某某街道办事处某某街道2023年…: the agency named again, short, right after its name (or in brackets after it) is its
      // name said twice, no word of the thing asked; left in, its words lead the search to any sentence naming the place.
      const longest = mentions.find((mention) => mention.text === name);
      const again = longest
        ? mentions.find(
            (mention) =>
              mention !== longest &&
              mention.text.length >= 3 &&
              mention.agencies.length === 1 &&
              mention.agencies[0].id === agencies[0].id &&
              // (…人民政府2025年那个双河镇…, …的2025年报告里双河镇…: a year, a filler or the report named between them too.)
              AGAIN_BETWEEN.test(text.slice(longest.start + longest.text.length, mention.start)),
          )
        : undefined;
      const withoutName = again
        ? text
            .replace(nameWithRest(text, name, agencies[0].name), '')
            .replace(new RegExp(`[（(，,、\\s]*${escapeRegExp(again.text)}[）)]?`), '')
        : text.replace(nameWithRest(text, name, agencies[0].name), '');
      const unplaced = provinceLead && withoutName.startsWith(provinceLead) ? withoutName.slice(provinceLead.length) : withoutName;
      const ownBefore = before.slice(provinceLead.length);
      const named =
        higherLead && unplaced.startsWith(ownBefore)
          ? `${ownBefore.slice(0, -higherLead.length)}${unplaced.slice(ownBefore.length)}`
          : unplaced;
      let rest = (glued ? text : placeLead && named.startsWith(placeLead) ? named.slice(placeLead.length) : named)
        .replace(YEAR_WORDS, '')
        // 近三年 / 历年 chose the years; they are no words of the thing asked.
        .replace(EVERY_YEAR, '')
        .replace(LATEST_YEARS, '');
      // 发了几个海关总署令: the name written again and glued to a noun is a thing named after the agency, not its name.
      const namedThing = thingNamedAfter(rest, name);
      if (namedThing) rest = rest.replace(namedThing, '\u0000');
      // 通过区政府网呢: the government of a website's name (政府网, 人民政府门户网站) is the channel asked, no kind of agency.
      // (政府网站, 政府门户网站 lose their 政府 as before: 县网站 still finds 县人民政府网, not 县政府部门.)
      const site = /(?:人民)?政府(?=网(?!站))/.exec(rest)?.[0];
      if (site) rest = rest.replace(site, '\u0001');
      for (const kind of this.index.kinds()) rest = rest.replace(kind, '');
      if (namedThing) rest = rest.replace('\u0000', namedThing);
      // (An agency's own kind, 人民政府 of 温图高勒苏木人民政府, is taken out before: 旗政府网 stays the channel asked.)
      rest = withoutOwnKind(rest.replace(/^[区县市旗](?![长级民场])/, ''), agencies[0], name, (phrase) =>
        this.store
          .reportsOfAgency(agencies[0].id)
          .some((report) => Object.values(this.store.sections(report.id)).some((section) => toSimplified(section).includes(phrase))),
      );
      if (site) rest = rest.replace('\u0001', site);
      // 2024年邹城媒体多少篇 of 邹城市交通运输局: a place name glued to the noun after it, the two printed together in the
      // agency's reports (邹城媒体刊发信息105篇) and no part of its name, is a thing named after the place: it stays.
      const placeThing = !glued && name.length >= 2 ? placeNamedThing(text, name, agencies[0].name) : undefined;
      if (
        placeThing &&
        rest.includes(placeThing.slice(name.length)) &&
        !rest.includes(placeThing) &&
        this.store
          .reportsOfAgency(agencies[0].id)
          .some((report) => Object.values(this.store.sections(report.id)).some((section) => toSimplified(section).includes(placeThing)))
      )
        rest = rest.replace(placeThing.slice(name.length), placeThing);
      // 那淳安医保局微信推了几篇 / 那2024年X…: a lead word of a switch, right before the agency's name (and year), is no word of
      // the thing asked, as it is not before a thing alone (那公众号发了多少条).
      const switchLead = /^(?:那么|那)/.exec(text)?.[0];
      const nameAt = text.indexOf(name);
      if (
        switchLead &&
        !glued &&
        rest.startsWith(switchLead) &&
        nameAt >= switchLead.length &&
        text.slice(switchLead.length, nameAt).replace(YEAR_WORDS, '') === ''
      )
        rest = rest.slice(switchLead.length);
      // A follow-up keeps the question's frame: 那三区人才呢 after 选聘了几名科技特派员 asks 三区人才多少名.
      if (retrievalFollowUp) rest = rest.replace(/^(那么|那|还有|再问)/, '').replace(/[呢吗?？。]+$/, '');
      // (收到的申请呢 after 召开新闻发布会5场: applications are counted in 件, never in the last thing's 场, which found no count
      // and then took 未收到…补正 as none received, 没有，0场.)
      const carriedUnit =
        retrievalFollowUp?.unit && OWN_MEASURE_THING.test(rest) && !/^[件个份次]$/.test(retrievalFollowUp.unit)
          ? ''
          : retrievalFollowUp?.unit;
      if (retrievalFollowUp && askKind(rest) === 'text')
        rest += retrievalFollowUp.kind === 'number' ? `多少${carriedUnit ?? ''}` : retrievalFollowUp.kind === 'yesno' ? '吗' : '';
      // 废止了几份 after 现行有效的规范性文件有多少份: the act asked of the documents the last question named, not of 规章 beside them.
      if (mentions.length === 0 && memory?.lastQuestion) rest = withDocumentsOfLast(rest, memory.lastQuestion);
      // 行政诉讼呢 in a conversation: a figure's row named again asks its number too, when the sentences must answer it.
      // (上年转过来的, its 呢 dropped: a thing named with 的 and nothing asked is such a follow-up too.)
      if (
        !retrievalFollowUp &&
        (topicRestored || (mentions.length === 0 && (FOLLOW_UP_ENDING.test(text) || THING_WITH_DE_ALONE.test(text))))
      )
        rest = asNumberFollowUp(rest, topic);
      // A follow-up's lead word (那公众号发了多少条, 其中日报上发了多少) is not in any report sentence.
      if (mentions.length === 0) rest = rest.replace(FOLLOW_UP_LEAD, '') || rest;
      rest = inReportWords(rest);
      // 比去年多吗 after a count only a sentence stated: the sentences are searched for the last question's thing in both years.
      const lastThing = againstYearBefore && topicRestored && memory?.lastQuestion ? this.thingAsked(memory.lastQuestion) : '';
      if (lastThing) rest = inReportWords(`${lastThing}${text.replace(AGAINST_YEAR_BEFORE, `比${years[1]}年`)}`);
      // 哪年最多 / 历年呢 after a figure only a sentence stated (R&D经费投入历年是多少): the last question's thing over its years.
      const yearsOfLastThing =
        !lastThing && retrievalFollowUp !== undefined && mentions.length === 0 && AGENCY_YEARS_ASKED.test(text) && memory?.lastQuestion
          ? this.thingAsked(memory.lastQuestion).replace(LAST_THING_TAIL, '')
          : '';
      if (yearsOfLastThing) rest = inReportWords(`${yearsOfLastThing}${rest}`);
      askedOfOne = rest;
      // 其中解读的呢 two turns after 收费了吗: the remembered prose topic's sentence (未收取…费用), quoted as text, is no count
      // of the thing the follow-up names itself (解读), whose words it does not hold: the sentences are searched for that thing.
      const missedWords = topicRestored && topic?.type === 'prose' && answer.kind === 'text' ? restoredTextMissed(answer, rest) : [];
      if (missedWords.length > 0)
        answer = this.refusal(`${agencies[0].name}的年度报告中没有找到“${missedWords.join('')}”的数字，无法回答。`);
      let retrieved = this.withRetrieval(answer, {
        text: rest,
        topic,
        agency: agencies[0],
        years,
        restored: topicRestored,
        yearsRemembered,
      });
      // 人大建议政协提案收到几件 against 共收到提案、建议25件: a report may name the proposals without whose they are (人大, 政协);
      // asked so and found nowhere, the sentences are searched for the proposals alone, and only a sentence naming them answers.
      const proposalsWhose = /人大(?:代表)?|政协(?:委员)?/g;
      if (
        (!retrieved || retrieved.kind === 'refusal') &&
        DEPUTIES_AND_PETITIONS.test(rest) &&
        /(?:建议|提案|议案)/.test(rest.replace(proposalsWhose, ''))
      ) {
        const bare = this.withRetrieval(answer, { text: rest.replace(proposalsWhose, ''), topic, agency: agencies[0], years });
        if (
          bare?.kind === 'figure' &&
          bare.facts.length > 0 &&
          bare.facts.every((fact) => fact.key === 'sentence' && /建议|提案|议案/.test(clauseOfValue(fact.sentence ?? '', fact.value)))
        )
          retrieved = bare;
      }
      // The last question's measure word may not fit the new thing (在线访谈几场 → 那政策解读呢: 2篇). A year alone (2019的呢 after
      // 发布了几期抽检通告) names no new thing: its measure word stands, and without it any count of that year would answer.
      if (
        retrievalFollowUp?.unit &&
        (!retrieved || retrieved.kind === 'refusal') &&
        rest.endsWith(`多少${retrievalFollowUp.unit}`) &&
        !YEAR_ONLY_FOLLOW_UP.test(text)
      )
        retrieved =
          this.withRetrieval(answer, { text: rest.slice(0, -retrievalFollowUp.unit.length), topic, agency: agencies[0], years }) ??
          retrieved;
      if (retrievalFollowUp?.unit && retrieved?.kind === 'figure' && rest.endsWith(`多少${retrievalFollowUp.unit}`))
        retrieved =
          this.countRightAfterNoun(rest.slice(0, -retrievalFollowUp.unit.length), retrieved, agencies[0], topic, years) ?? retrieved;
      // 复议了几件 → 其中纠正的呢 of a cut page whose table is missing: the part is stated in the sentence of the last thing
      // (复议案件3件,维持1件,纠正1件), which the part's own words alone do not find.
      if (
        topicRestored &&
        mentions.length === 0 &&
        answer.kind === 'refusal' &&
        (!retrieved || retrieved.kind === 'refusal') &&
        memory?.lastQuestion
      ) {
        // What follows the last question's names (秦皇岛|抚宁区政府办|2025年复议几件: 复议), not a place left before them.
        const last = memory.lastQuestion;
        const named = this.index.find(last);
        const after = named.length > 0 ? last.slice(Math.max(...named.map((mention) => mention.start + mention.text.length))) : last;
        // 那有几个复议案子 after 复议败诉了吗: a count of the cases themselves, naming no outcome, keeps none of the last
        // question's (败诉): what is left of its thing (复议) is already named, and nothing is carried over.
        const lastThing = this.thingAsked(after).replace(LAST_COUNT_TAIL, '');
        const thing =
          COUNT_ASKED_WORDS.test(rest) && !OUTCOME_IN_FOLLOW_UP.test(rest) && OUTCOME_IN_FOLLOW_UP.test(lastThing)
            ? lastThing.replace(new RegExp(OUTCOME_IN_FOLLOW_UP.source, 'g'), '').replace(/[了过]+$/, '')
            : lastThing;
        // Only a figure found so replaces the refusal (whose words may name the years held: 2023年的呢).
        const again =
          thing && !rest.includes(thing) && !YEAR_ONLY_FOLLOW_UP.test(text)
            ? this.withRetrieval(answer, { text: inReportWords(`${thing}${rest}`), topic, agency: agencies[0], years })
            : undefined;
        if (again?.kind === 'figure') retrieved = again;
      }
      // 咨询的呢 after 投诉的呢 (投诉类328条与政策咨询类50条): the item counted in the last answer's own sentence comes first.
      const lastFact = memory?.lastFacts?.at(-1);
      // 其中解读的呢 after a channel's count (微信公众号推送…448条): the part asked is the one that channel published
      // (微信公众号推送解读信息41篇), never the same part of another channel in the sentence (网站发布解读材料15篇).
      const channelOfLast =
        lastFact?.key === 'sentence' && lastFact.agency === agencies[0].name ? CHANNEL_LEAD.exec(lastFact.sentence ?? '')?.[1] : undefined;
      if (mentions.length === 0 && channelOfLast && PART_OF_LAST.test(text) && !rest.includes(channelOfLast)) {
        // (In any measure word: 其中解读的呢 after 448条 finds 解读信息41篇.)
        const part = rest.replace(/的?(?:多少|几)\p{Script=Han}?$/u, '').replace(/的$/, '');
        const within = this.withRetrieval(answer, {
          text: inReportWords(`${channelOfLast}${part}多少`),
          topic,
          agency: agencies[0],
          years,
        });
        if (
          within?.kind === 'figure' &&
          within.facts.length > 0 &&
          within.facts.every((fact) => fact.key === 'sentence' && clauseOfValue(fact.sentence ?? '', fact.value).includes(channelOfLast))
        )
          retrieved = within;
        else if (
          retrieved?.kind === 'figure' &&
          retrieved.facts.some((fact) => fact.key === 'sentence' && !clauseOfValue(fact.sentence ?? '', fact.value).includes(channelOfLast))
        )
          retrieved = this.refusal(`${agencies[0].name}的年度报告没有写明${channelOfLast}${part}的数量，无法回答。`);
      }
      // 行政许可呢 after 行政处罚信息公示47条 (a sentence's figure) on a page cut before its tables: the row the follow-up names
      // has no cell, and the sentence the last figure came from counts it (行政许可信息公示1143条).
      const rowMissingAfterSentence =
        understood.followUp && answer.kind === 'refusal' && (retrieved === undefined || retrieved.kind === 'refusal');
      if (
        (retrievalFollowUp || rowMissingAfterSentence) &&
        mentions.length === 0 &&
        lastFact?.key === 'sentence' &&
        lastFact.agency === agencies[0].name &&
        // (Only against an answer from another sentence: a channel's figure read from the same one, 微博呢, stands. 省市媒体的呢
        // answered from the same sentence with a count whose clause never names the item, the whole 96篇 before its 省、市媒体
        // 51篇, is no answer of the item either.)
        (retrieved?.kind !== 'figure' ||
          retrieved.facts.every(
            (fact) =>
              fact.key === 'sentence' && (fact.sentence !== lastFact.sentence || !clauseNamesItem(fact.sentence ?? '', fact.value, text)),
          ))
      )
        retrieved = itemInLastSentence(lastFact, text) ?? retrieved;
      const chosen = this.publishedNotReceived(retrieved, text, agencies[0]) ?? retrieved;
      answer = looseCount(answer, chosen, topic) ? answer : (chosen ?? answer);
      // 其中政务公开多少 after 主动公开多少条 (主动公开政府信息598条,其中,政务公开517条): a part asked of the whole just given,
      // answered with that whole again (the part's words are the topic's own), is the part its sentence counts after it.
      const partAsked = PART_COUNT_FOLLOW_UP.exec(text)?.[1];
      if (
        partAsked &&
        mentions.length === 0 &&
        lastFact?.sentence &&
        lastFact.agency === agencies[0].name &&
        answer.kind === 'figure' &&
        answer.facts.length > 0 &&
        answer.facts.every((fact) => fact.value === lastFact.value)
      )
        answer = itemInLastSentence(lastFact, `${partAsked}呢`) ?? answer;
      // 都处理了吗 after 收到留言56条 (…,已全部办理): the counted things' handling as that sentence states it, not table 三's.
      if (mentions.length === 0 && lastFact?.key === 'sentence' && lastFact.agency === agencies[0].name)
        answer = allHandledOfLast(lastFact, text) ?? answer;
      // 被告了几次 / 复议过几回 where table 四 is cut, no sentence counts them and the prose says none came (无涉及政府信息公开
      // 行政复议、诉讼案件): that sentence, 没有, for every row asked in its own words (答复议案 names no review).
      if (answer.kind === 'refusal' && topic?.type === 'cell' && topic.row.table === 'appeals' && APPEAL_ASKED.test(rest)) {
        const report = this.reportAsked(agencies[0], years);
        if (report && this.store.cell(report.id, topic.row.key, 'total') === undefined)
          answer = this.noneAppealedStated(report, [topic.row, ...(topic.alsoRows ?? [])]) ?? answer;
      }
      // 有没有被纠正的 / 还有没判完的官司吗 where table 四 is cut: the outcome the prose states (行政诉讼2件,均为结果维持) answers,
      // as it does a question the table path did not take (官司输了吗), before the cut table's refusal.
      if (answer.kind === 'refusal' && topic?.type === 'cell' && topic.row.table === 'appeals') {
        const report = this.reportAsked(agencies[0], years);
        // (结果纠错的几件 after 复议案件几件 asks the remembered kind's outcome, never both kinds' read together.)
        const lastAsked = memory?.lastQuestion ?? '';
        const lastKind = APPEAL_KIND_WORDS.test(lastAsked)
          ? LITIGATION_KIND_WORDS.test(lastAsked)
            ? undefined
            : '复议'
          : LITIGATION_KIND_WORDS.test(lastAsked)
            ? '诉讼'
            : undefined;
        const asked =
          mentions.length === 0 && lastKind && !APPEAL_KIND_WORDS.test(text) && !LITIGATION_KIND_WORDS.test(text)
            ? `${lastKind}${text}`
            : text;
        if (report && this.store.cell(report.id, topic.row.key, 'total') === undefined)
          answer = this.appealOutcomeOfProse(report, asked) ?? answer;
      }
      if (answer.kind === 'figure' && APPLICANT_PART_ASKED.test(rest)) answer = withApplicantGroupNoted(answer, rest);
      if (!topic) answer = this.bareNounCount(answer, rest, agencies[0], years) ?? answer;
      // A table figure answered from another report than the year asked (the latest, said so) is the year its rate is read from.
      if (FINISHED_ASKED.test(text)) {
        const answeredYears =
          answer.kind === 'figure' &&
          answer.facts.length > 0 &&
          answer.facts.every((fact) => fact.key !== 'sentence' && !years.includes(fact.year))
            ? [answer.facts[0].year]
            : years;
        answer = this.completionRate(agencies[0], answeredYears) ?? answer;
      }
      answer = withoutUnnegatedCount(answer, text, agencies[0]);
      // 有几件没公开 of a report that received no application (全年未收到政府信息公开申请): none, not a refusal (none-received.ts).
      // 不予公开几件 (an outcome asked as a table row) of such a report, refused as cut before table 三: the same none.
      if (answer.kind === 'refusal')
        answer =
          this.noneReceivedNegated(text, agencies[0], years) ??
          this.noneReceivedOutcome(answer, text, agencies[0], years) ??
          this.noneReceivedCount(answer, topic, agencies[0], years) ??
          answer;
      answer = withoutOtherMediaCount(answer, text, agencies[0]);
      answer = withoutUnstatedProperty(answer, text, agencies[0].name);
      answer = withoutFinerPart(answer, text, agencies[0].name);
      answer = withDocumentActAsked(answer, text);
      answer = withOtherKindNoted(answer, text, agencies[0].name);
      // 占比多少 answered with a count or another rate; 法人申请几件 with every applicant's count; 上年结转 after 上年无结转 (wrong-clause.ts).
      answer = withoutUnprintedShare(answer, text, agencies[0].name);
      answer = withoutAllApplicantsCount(answer, text, agencies[0].name);
      answer = withNoneCarriedOver(answer, text);
      // 占比多少 after 不予公开39件 (read from 不予公开39件,占8.6%): the share printed with that count.
      if (answer.kind !== 'figure' && mentions.length === 0) answer = shareOfLast(lastFact, text) ?? answer;
      // 占比多少 after 无法提供的几件, answered from table 三 (31件): the share a sentence prints beside that count (无法提供31件,占38.27%).
      if (answer.kind !== 'figure' && mentions.length === 0) answer = this.shareBesideTableCount(lastFact, text, agencies[0]) ?? answer;
      // 主动公开的都有哪些类别，列一下: the whole passage that lists the kinds after the total, not only its first clause.
      if (answer.kind === 'figure' && KINDS_LISTED_ASKED.test(text)) answer = this.kindsListed(answer, agencies[0]) ?? answer;
      // 东宝区有哪些专栏: the names a sentence lists before 等 and the thing asked (“扩大消费”、“宪法进网络”…等专栏建设).
      if (answer.kind !== 'figure') answer = this.namesListedBefore(text, agencies[0], years) ?? answer;
      // 比2024年多吗 names no new thing: it compares the remembered one.
      // 哪年最多 after a figure of several years a sentence states (840万元 in 2022, 2007万元 in 2023): that figure is the answer.
      const onlyYearsAsked =
        AGENCY_YEARS_ASKED.test(text) &&
        years.length === 0 &&
        rest
          .replace(EVERY_YEAR, '')
          .replace(LATEST_YEARS, '')
          .replace(/哪[一个]?年度?/, '')
          .replace(/都|各|分别|是|多少|几|最多|最少|最高|最低|多|少|呢|的|啊/g, '').length <= 1;
      if (
        topicRestored &&
        !yearsOfLastThing &&
        !onlyYearsAsked &&
        !COMPARED_YES_NO.test(text) &&
        !AGAINST_YEAR_BEFORE.test(text) &&
        !YEAR_COMPARED_WITH.test(text) &&
        !yearsCompared
      )
        answer = this.restoredTopicMissed(answer, rest, agencies[0], years) ?? answer;
      const received =
        YES_NO.test(text) || askKind(rest) === 'yesno' ? this.yesNoOfReceived(answer, rest, topic, agencies[0], years) : undefined;
      if (YES_NO.test(text) || askKind(rest) === 'yesno')
        answer = received ?? this.yesNoAboutAnEvent(answer, rest, agencies[0], years) ?? this.yesNoWithItsCount(answer, rest) ?? answer;
      // 有人申请信息公开吗 answered from the count of applications (没有，0件): no other head noun's count replaces it.
      if (!received && answer.kind === 'figure' && this.lastYesNo && (YES_NO.test(text) || askKind(rest) === 'yesno'))
        answer = this.yesNoOfItsHeadNoun(rest, agencies[0], years) ?? answer;
    }
    // 审结了没 / 判完了吗 / 结案了吗 of reviews or lawsuits: whether any is still pending, read from their 尚未审结 columns.
    answer = withConcludedVerdict(answer, text);
    answer = withAllGrantedVerdict(answer, text, (year) => {
      const report = agencies.length === 1 ? this.store.reportsOfAgency(agencies[0].id).find((each) => each.year === year) : undefined;
      return report ? this.store.cell(report.id, 'received', 'total') : undefined;
    });
    if (
      answer.kind === 'figure' &&
      YES_NO.test(text) &&
      !COMPARED_YES_NO.test(text) &&
      // 两年比变化大吗 / 有变化吗: the change is stated under the figures, not whether they are above zero.
      !(TREND_ASKED.test(text) && answer.facts.length >= 2) &&
      answer.facts.length > 0 &&
      !/^(有|没有|报告没有|已|都已|未|是|不是)/.test(answer.answer) &&
      // 翻倍了吗 is answered by the ratio (withDoubledVerdict), not by whether the figures are above zero.
      askedOperation(text) !== 'ratio'
    ) {
      const total = answer.facts.reduce((sum, fact) => sum + fact.value, 0);
      answer = { ...answer, answer: `${total > 0 ? '有' : '没有'}。${answer.answer}` };
      if (total === 0 && agencies.length === 1 && askedOfOne) answer = this.withAbsenceStated(answer, askedOfOne, agencies[0], years);
      if (total === 0 && agencies.length === 1) answer = this.withOtherApplicantsStated(answer, agencies[0]);
    }
    if (understood.operation === 'value' && agencies.length === 1) answer = withoutOtherYearsOnly(answer, understood.years) ?? answer;
    if (understood.operation === 'change' && agencies.length === 1)
      answer = withMissingYearOfChange(answer, text, years, agencies[0], mentions.length === 0 ? memory?.lastFacts?.at(-1) : undefined);
    // 差多少 / 增长了多少 after two figures side by side (two agencies, two years): the gap, stated.
    const operation = askedOperation(text);
    if (operation === 'difference' || operation === 'ratio') answer = withArithmetic(answer, operation, headlineFacts(answer.facts));
    if (operation === 'ratio') answer = withDoubledVerdict(answer, text, headlineFacts(answer.facts));
    answer = this.nearMissWithoutTheYear(mentions, understood.years) ?? withNearMissNote(answer, mentions);
    answer = withLowerBodyNote(answer, mentions);
    // 微博后来怎么样了 in a conversation about one agency: what nothing else understood may be stated in its reports.
    if (
      !topic &&
      agencies.length === 0 &&
      answer.kind === 'clarify' &&
      mentions.length === 0 &&
      memory?.agencyIds.length === 1 &&
      (REPORT_MATTER.test(text) || THING_FOLLOW_UP.test(text.trim()) || bareThingOfLastSentence(text, memory.lastFacts))
    ) {
      // (A bare thing the last figure's sentence lists is asked as a count in that figure's measure word.)
      const bare = bareThingOfLastSentence(text, memory.lastFacts);
      // (Its count, whose answer names it: 负责人解读 is never the 政策解读材料69篇 beside it.)
      const stated = bare
        ? [`${bare.thing}有多少`, `${bare.thing}有多少${bare.unit}`]
            .map((asked) => this.statedByRememberedAgency(asked, memory))
            .find((each) => each !== undefined && toSimplified(each.answer.answer.split('\n')[0]).includes(bare.thing))
        : this.statedByRememberedAgency(text, memory);
      if (stated) {
        answer = stated.answer;
        agencies = [stated.agency];
      }
    }
    // 23年呢 after R&D经费22年多少 (read from a sentence): the same question for that year, which a later report may state.
    // So too 那2022年呢 after a year not stored was refused (上饶市教育局2020年收到几件申请): asked whole, the year's sentences
    // may state what its cut table does not.
    if (
      answer.kind === 'refusal' &&
      mentions.length === 0 &&
      (memory?.retrieval || BARE_YEAR_FOLLOW_UP.test(input)) &&
      memory?.lastQuestion &&
      input.length <= 8
    ) {
      const again = this.sameQuestionForYear(input, memory.lastQuestion, context);
      if (again) return again;
    }
    // 那2024年呢 after 盐都分局2023年收到几件申请 (refused: no 2023 report), refused again because 2024's table 三 is cut: the
    // last question asked whole for that year, which reads the report's sentences (分局共收到…依申请公开件15件).
    if (answer.kind === 'refusal' && mentions.length === 0 && memory?.lastQuestion && YEAR_ONLY_FOLLOW_UP.test(input)) {
      const again = this.lastQuestionInYear(input, memory.lastQuestion, context);
      if (again) return again;
    }
    // 铜川公安呢 after 武汉公安局收了多少申请 (answered from its sentences, or refused for an agency not stored): the last question, of this agency.
    // Also when the topic was restored (收了多少申请 read as the table's row) and this agency's table is cut: its sentences may say it.
    // 西工区的呢 after 沙坡头区科技局在政府网站上挂了多少条: the restored topic is all that agency published (22条); the
    // last question, of this agency, asks its count on that channel (5条).
    // (那朱备镇一共推送了多少 asks that agency's total: 一共 asks no channel of the last question.)
    const channelAskedLast =
      topicRestored &&
      answer.kind === 'figure' &&
      CHANNEL_WORDS.test(memory?.lastQuestion ?? '') &&
      !CHANNEL_WORDS.test(input) &&
      !TOTAL_OF_ALL_ASKED.test(input);
    // 那红寺堡区科技局呢 after 中卫市科技局部门工作动态发了多少条 (a sentence's figure, not the catalogue's total): the restored
    // topic is all that agency published (225条); the last question, of this agency, asks that part (部门动态30件).
    const partAskedLast =
      topicRestored &&
      answer.kind === 'figure' &&
      topic?.type === 'prose' &&
      topic.key === 'proactive_items' &&
      memory?.lastFacts?.at(-1)?.key === 'sentence' &&
      !answer.facts.some((fact) => fact.key === 'sentence');
    // 那平川区发改局呢 after 受理了几件申请 then 政策解读多少条 (a thing of no table, answered from a sentence): the topic
    // restored is the older question's (applications); the last question, of this agency, asks its own thing.
    const ownThingAskedLast =
      topicRestored &&
      answer.kind === 'figure' &&
      memory?.retrieval !== undefined &&
      memory.lastQuestion !== undefined &&
      this.index.find(memory.lastQuestion).length === 0 &&
      understand(memory.lastQuestion, shanghaiYear(now)).topic === undefined;
    if (
      (answer.kind === 'refusal' || channelAskedLast || partAskedLast || ownThingAskedLast) &&
      mentions.length > 0 &&
      agencies.length === 1 &&
      memory?.lastQuestion
    ) {
      const again = this.lastQuestionOf(
        input,
        mentions,
        memory.lastQuestion,
        context,
        memory.unknownAgency,
        // (After a refusal, 那中卫市2025年呢 too: nothing was found for the message as said, so the year it says replaces the
        // last question's, as it does for a part asked last.)
        answer.kind === 'refusal' || channelAskedLast || partAskedLast || ownThingAskedLast,
      );
      if (again) return again;
      // 不对 我问的是淳安县的 after 政策解读几条 (answered from a sentence of another agency): the last question, of this
      // agency, finds nothing; the older question's topic (all it published) is no answer to it, so it is refused.
      const saysOnlyTheAgency = !/\p{Script=Han}/u.test(
        mentions
          .reduce((rest, mention) => rest.replace(mention.text, ''), input)
          .replace(FOLLOW_UP_FRAME, '')
          .replace(/的/g, ''),
      );
      // (So is 那市应急局的呢 after 监督检查的呢, a thing named alone with 呢; a channel (门户网站上呢) keeps the older topic's count
      // of it, and 辽宁的呢 after 投诉举报几件 the older topic.)
      // (So is 那市应急局的呢 after 监督检查的呢 when the older topic is answered only by a sentence of other things; a channel
      // (门户网站上呢) keeps the older topic's count of it, and 辽宁的呢 after 投诉举报几件 the older topic's table figure.)
      const sentenceOnly = answer.facts.length > 0 && answer.facts.every((fact) => fact.key === 'sentence');
      if (ownThingAskedLast && saysOnlyTheAgency && !CHANNEL_WORDS.test(memory.lastQuestion) && (this.correcting || sentenceOnly))
        return this.refusal(
          `${agencies[0].name}的年度报告中没有写明您上一问的“${memory.lastQuestion.replace(/[?？。!！]+$/, '')}”，无法回答。`,
        );
      // 那西工区的呢 after 海原县…政务公开栏公开了几条, where 西工区's report names no such channel: not its total instead.
      // (Only when the answer never names that channel: 西工区's total says how many went on its 政府网站, and stands.)
      const channel = channelAskedLast ? (CHANNEL_ASKED.exec(memory.lastQuestion)?.[0] ?? '') : '';
      // (政府网 asked, 政府门户网站 printed: any website is that channel.)
      if (channel && !answer.answer.includes(/网/.test(channel) ? '网站' : channel))
        answer = this.refusal(`${agencies[0].name}的年度报告中没有写明通过${channel}发布的条数，无法回答。`);
    }
    // 请了多少人 after 开放日办了几场: a question with no thing of its own is about the last question's thing.
    if (answer.kind === 'refusal' && mentions.length === 0 && agencies.length === 1 && memory?.lastQuestion && !topicRestored) {
      const again = this.withLastSubject(input, memory.lastQuestion, agencies[0], context, years.length === 1 ? years[0] : undefined);
      if (again) return again;
    }
    // 你觉得瓮安县信息公开做得怎么样: no report judges its agency's work; a sentence found on 信息公开 is no answer to it.
    if (agencies.length >= 1 && JUDGEMENT_OF_AGENCY.test(text) && (answer.kind === 'text' || answer.kind === 'figure'))
      answer = {
        kind: 'refusal',
        answer: `年度报告和指南里没有对${agencies[0].name}工作好坏的评价，这个问题我回答不了。可以问它的具体数字，例如“${agencies[0].name}收到了几件信息公开申请”。`,
        facts: [],
      };
    // 沙坡头区科技局和海原县公安局谁多, with no 海原县公安局 stored: one figure is no comparison, and the answer says so.
    if (agencies.length === 1 && answer.kind === 'figure') {
      const unknown = this.unknownComparedAgency(text, mentions, agencies[0]);
      if (unknown)
        answer = {
          ...answer,
          answer: `没有找到“${unknown}”的政府信息公开工作年度报告，无法比较；下面只是${agencies[0].name}的数字。\n${answer.answer}`,
        };
    }
    // 今天中卫下雨吗 in a conversation about 海原县科技局: a place named in a message with nothing of the reports in it
    // (no agency's kind, no word reports state) is small talk, and the conversation stays on its agency.
    // (红寺堡的呢, 中卫市的有没有 ask the last question of that place: words of their own are needed.)
    const offWithPlace =
      !topic &&
      answer.kind === 'refusal' &&
      agencies.length === 1 &&
      mentions.length > 0 &&
      (memory?.agencyIds.length ?? 0) > 0 &&
      !memory?.agencyIds.includes(agencies[0].id) &&
      mentions
        .reduce((rest, mention) => rest.replace(mention.text, ''), text)
        .replace(/[那的呢吗呀啊吧有没]|有没有|怎么样|[，,。？?！!\s]/g, '').length >= 2 &&
      understood.years.length === 0 &&
      !REPORT_MATTER.test(text.replace(/吗|有没有|没/g, '')) &&
      !mentions.some((mention) => AGENCY_WORD.test(mention.text) || this.index.kinds().some((kind) => mention.text.includes(kind))) &&
      // 那安阳人社呢, 那福泉卫健呢: a kind's short form without its 局 after the place still names the agency.
      !KIND_STEMS.some((stem) => mentions.reduce((rest, mention) => rest.replace(mention.text, ''), text).includes(stem));
    if (offWithPlace) agencies = [];
    // 有哪几年的 after a figure of one agency (or its refusal for a year not held): a side question; the thing asked before
    // stays the conversation's, so 2019年的呢 / 第一年的呢 next asks it of that year, not the list again.
    const yearsListAside =
      topic?.type === 'reports' &&
      mentions.length === 0 &&
      memory?.agencyIds.length === 1 &&
      memory.topic !== undefined &&
      memory.topic.type !== 'reports' &&
      YEARS_HELD_ASKED.test(text);
    // 有没有领导信箱 of a report that writes of one in passing (畅通…县长信箱等渠道), once nothing else answered: that sentence.
    if (answer.kind === 'refusal' && agencies.length === 1 && answer.answer.startsWith(NOT_UNDERSTOOD_OF))
      answer = this.mentionedAnswer(understood.text, agencies[0], years) ?? answer;
    let off =
      offWithPlace ||
      (!topic &&
        agencies.length === 0 &&
        answer.kind === 'clarify' &&
        mentions.length === 0 &&
        understood.years.length === 0 &&
        !answer.answer.startsWith(WHICH_OF_KIND));
    // 公安局, 那自然资源与生态环境局呢: a kind of agency alone, first in a conversation, asks which of that kind and what of it.
    const kindAlone = off && !offWithPlace && !memory?.agencyIds.length ? this.kindAlone(text) : undefined;
    if (kindAlone) {
      const shown = kindAlone.candidates.slice(0, 10).map((agency) => agency.name);
      answer = {
        kind: 'clarify',
        answer:
          shown.length === 1
            ? `库中的${kindAlone.kind}只有${shown[0]}。您想了解它的什么？例如“${shown[0]}收到了几件信息公开申请”。`
            : `${WHICH_OF_KIND}${kindAlone.kind}、想了解它的什么？库中有：${joinList(shown)}${kindAlone.candidates.length > 10 ? `等${kindAlone.candidates.length}个` : ''}。请带上地区名和想问的内容再问一次，例如“${shown[0]}收到了几件信息公开申请”。`,
        facts: [],
      };
    } else if (
      off &&
      !offWithPlace &&
      !NAMED_BODY.test(text) &&
      !memory?.agencyIds.length &&
      /多少|几/.test(text) &&
      REPORT_MATTER.test(text) &&
      // (申请人的性别比例是多少: no report counts it, whichever agency were named.)
      !NEVER_STATED_ASKED.test(text)
    ) {
      // 12345热线接了多少电话 / 政务信箱收到几封信 with no agency named or talked about: a count a report may state, of an agency
      // not named — which is asked back, and the reply completes the question (it was read as off-topic).
      off = false;
      answer = this.clarify(`请问您问的是哪个机关、哪一年？${this.whatWeHave()}`);
    } else if (off) {
      answer = {
        // 华东师范大学录取分数线: a body named (a school, hospital, company) that is not stored, asked something no report or
        // guide says, is refused; small talk with no body in it (讲个笑话) still asks for a question of the reports.
        // 哪个部门信息公开做得最差 / 申请人里男的多还是女的多: a judgement or a property no report states is refused too.
        kind: offWithPlace || NAMED_BODY.test(text) || NEVER_STATED_ASKED.test(text) ? 'refusal' : 'clarify',
        answer: this.withExamples(
          `抱歉，这个问题我回答不了。我是政府信息公开助手，只能回答政府信息公开年度报告和信息公开申请方面的问题。${memory?.introduced ? '' : `\n${CAPABILITIES}`}`,
        ),
        facts: [],
      };
    }
    remember({
      agencyIds: agencies.length > 0 ? agencies.map((agency) => agency.id) : (memory?.agencyIds ?? []),
      // A named agency without a year was answered from its latest report: a follow-up does the same.
      // (那2021年的呢 refused, no 2021 report: the years answered before stay the conversation's, so 微博发了多少条 next asks
      // the 2019 report just quoted, not the latest in place of the year refused.)
      years:
        this.yearsNotHeld.has(answer) && memory && sameIds(memory.agencyIds, agencies) && memory.years.length > 0
          ? memory.years
          : years.length > 0
            ? reportYearsOfStatedYears(answer, years)
            : agencies.length > 0
              ? []
              : (memory?.years ?? []),
      // 12345工单处理了多少条 answered from a sentence (协助处理12345热线工单378条): the thing counted is the hotline's, not
      // table 三's 办理结果 the words 处理了多少 also read as; 那X的呢 asks the sentence's thing of X, never that row.
      topic: otherRequestsFromSentence(text, answer, topic)
        ? undefined
        : yearsListAside
          ? memory?.topic
          : topic
            ? this.serializeTopic(topic)
            : topicDropped
              ? undefined
              : memory?.topic,
      lastFacts:
        answer.kind === 'figure'
          ? [...(memory?.lastFacts ?? []), ...firstPerPlace(headlineFacts(answer.facts))].slice(-4)
          : memory?.lastFacts,
      pending: answer.kind === 'clarify' && !off ? text : undefined,
      pendingOptions: answer.kind === 'clarify' && !off ? listedOptions(answer.answer) : undefined,
      // (The options listed stay offered after the reply picks one: 上面第三个呢 then picks another.)
      offered: (answer.kind === 'clarify' && !off ? listedOptions(answer.answer) : undefined) ?? memory?.offered,
      rate: answer.kind === 'figure' && answer.facts.some((fact) => fact.key === 'stated_change' && fact.unit === '%') ? true : undefined,
      // A question refused for a figure its agency's report lacks (新虹街道收到几个申请, its page cut) is still the question
      // asked: 那七都街道呢 asks it of another agency.
      // (So is one of no topic that names its year, 高青县政府办公室2025年开了几次常务会议: 2024的呢 asks it of that year.)
      lastQuestion: yearsListAside
        ? memory?.lastQuestion
        : answer.kind === 'figure' ||
            answer.kind === 'text' ||
            (answer.kind === 'refusal' &&
              agencies.length === 1 &&
              (topic !== undefined || (mentions.length > 0 && YEAR_IN_QUESTION.test(text))))
          ? framedFollowUp(text, answer, retrievalFollowUp, mentions.length)
          : memory?.lastQuestion,
      more: this.more,
      introduced: memory?.introduced || off,
      // Small talk naming a place keeps the conversation's last answer to follow up (那三区人才呢 after it); so does any
      // off-topic line (帮我订张火车票 then 那公示公告呢 asks the sentence answered before it).
      retrieval: off
        ? memory?.retrieval
        : agencies.length === 1 && this.lastRetrieval && answer.kind !== 'refusal'
          ? this.lastRetrieval
          : // 网站访问量多少 refused after 政策解读发了多少 (a sentence's count): 那财政信息呢 goes on from the count answered
            // before the miss, of the same agency.
            answer.kind === 'refusal' && agencies.length === 1 && memory?.agencyIds.length === 1 && memory.agencyIds[0] === agencies[0].id
            ? memory.retrieval
            : undefined,
      // A ranking without data (2024年哪个街道收到的申请最多, no street's table) is followed up too (2023年呢).
      lastRanking: understood.operation === 'rank' && answer.kind !== 'clarify' ? text : undefined,
      // 2024年各科技局行政许可一共多少件 / 科技局平均… / 哪些街道收到了申请, answered: 那2023年呢 asks it of that year.
      lastAcross:
        (understood.operation === 'total' || understood.operation === 'list') && agencies.length === 0 && answer.kind === 'figure'
          ? text
          : undefined,
    });
    return chosenByYear && answer.kind !== 'clarify' ? { ...answer, answer: `${chosenByYear}\n${answer.answer}` } : answer;
  }

  /**
   * A question without agency or topic (微博后来怎么样了) searched in the reports of the one agency the
   * conversation is about: a sentence that answers it, else undefined (the caller's reply stands).
   */
  private statedByRememberedAgency(text: string, memory: ConversationMemory): { answer: Answer; agency: AgencyRecord } | undefined {
    const agency = this.index.byId(memory.agencyIds[0]);
    if (!agency) return undefined;
    const rest = inReportWords(text.replace(FOLLOW_UP_LEAD, '') || text);
    // The conversation's years the agency has a report of (2023年和2024年各几条 leaves 2023, which it has none of).
    const held = new Set(this.store.reportsOfAgency(agency.id).map((report) => report.year));
    // 2024年信息发布总量 after a 2025 report's: the year the message names is asked, never the remembered one in its place (a
    // year the agency has no report of is said to be not stored).
    const named = findYears(text, shanghaiYear(this.now()));
    const wanted = named.length > 0 ? named : memory.years;
    const years = wanted.filter((year) => held.has(year));
    if (named.length > 0 && years.length === 0) {
      const available = [...held].sort((a, b) => a - b);
      if (available.length === 0) return undefined;
      const answer = this.refusal(noReportOfYears(agency.name, named, available));
      return { answer, agency };
    }
    const found = this.withRetrieval(NOTHING_FOUND, { text: rest, agency, years: years.length > 0 ? years : wanted });
    return found && (found.kind === 'figure' || found.kind === 'text') ? { answer: found, agency } : undefined;
  }

  /**
   * A follow-up that names a new thing (再问一下特派员是几名来着 after the open day's guests) is not
   * the remembered topic: when the figure found for that topic does not mention any of the new
   * words, the reports' sentences are searched for them instead. Nothing found is a refusal, never
   * the remembered topic's figure.
   */
  /** What a question asks with its agencies' names and its years taken out (收到多少件申请 of 桐林县统计局2023年收到多少件申请). */
  private thingAsked(question: string): string {
    const rest = this.index
      .find(question)
      .reduce((left, mention) => left.replace(mention.text, ''), question)
      .replace(YEAR_WORDS, '')
      .replace(/[?？。!！]+$/, '');
    return /\p{Script=Han}{2}/u.test(rest) ? rest : '';
  }

  private restoredTopicMissed(answer: Answer, rest: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    if (answer.kind !== 'figure') return undefined;
    const asked = contentWords(rest.replace(FOLLOW_UP_FRAME, '')).filter((word) => word.length >= 2 && !GENERIC_PROACTIVE.test(word));
    // The answer's own words, not the sentence it quotes (原文：…), which may name the new thing too (科技型中小企业 beside R&D).
    const said = answer.answer
      .split('\n')
      .filter((line) => !line.startsWith('原文'))
      .join('\n');
    // (预决算 said of 部门预算决算信息4条: the two words it joins, printed whole.)
    const joinedIn = (word: string) => joinedShortForm(word) !== '' && new RegExp(joinedShortForm(word), 'u').test(said);
    // (省市 said of 省、市媒体347条次: one-character words printed as a list, said run together.)
    const unlisted = said.replace(/(?<=\p{Script=Han})、(?=\p{Script=Han})/gu, '');
    if (
      asked.length === 0 ||
      asked.some((word) => said.includes(word) || unlisted.includes(word) || joinedIn(word) || saysColumnOf(said, word))
    )
      return undefined;
    // 其中网上的呢 after a count of applications: a way of applying named alone asks the applications made that way (网络申请2件).
    // (其中网上提交的呢: 提交, 递交 say only that it was applied for, which the count before already was.)
    const channels = asked.filter((word) => !/^(?:提交|递交|提出)$/.test(word));
    const channelOnly = !rest.includes('申请') && said.includes('申请') && channels.length > 0 && channels.every(isApplicationChannel);
    const searched = `${rest.replace(FOLLOW_UP_FRAME, '')}${channelOnly ? '申请' : ''}`;
    const found = this.withRetrieval(NOTHING_FOUND, { text: searched, agency, years });
    // 重点领域信息呢 after 群众诉求受理了多少件: the thing named alone asks its count, as the figure before it was one, in
    // whatever measure its own sentence prints (2424条, never the 件 of the count before).
    const anyMeasure = askKind(searched) === 'number' ? searched.replace(/(多少|几)[件条个篇项次份]/, '多少') : `${searched}多少`;
    const counted =
      found?.kind === 'figure' || anyMeasure === searched ? found : this.withRetrieval(NOTHING_FOUND, { text: anyMeasure, agency, years });
    return counted?.kind === 'figure' ? counted : this.refusal(`${agency.name}的年度报告中没有找到“${asked.join('')}”的数字，无法回答。`);
  }

  /**
   * 沙坡头和西工区科技局政府网站哪个发得多: two agencies compared on a figure only their reports'
   * sentences state. Each agency's sentences are asked the count; both must give one figure with the
   * same measure word, else undefined (no verdict on figures that do not count the same thing).
   */
  private comparedFromSentences(text: string, mentions: AgencyMention[], agencies: AgencyRecord[], years: number[]): Answer | undefined {
    let rest = mentions.reduce((left, mention) => left.replace(mention.text, ''), text).replace(YEAR_WORDS, '');
    for (const kind of this.index.kinds()) rest = rest.replaceAll(kind, '');
    const asked = rest.replace(/^[区县市旗]|[和跟与同及、](?:[区县市旗](?=\p{Script=Han}))?/gu, '').replace(
      // 谁的微博发的多: the thing and its verb (微博发) stand between 谁的 and 多.
      // (谁发布的政策解读多: the thing may be several words, 的 between them.)
      /(?:哪个|哪一个|哪家|谁)(?:的|更)?(\p{Script=Han}{0,10}?)(?:得|的)?(?:更)?(?:多|少|高|低)(?:一些|一点)?[?？。!！]*$/u,
      '$1多少',
    );
    if (askKind(asked) !== 'number') return undefined;
    // (临渭区2019年和广元市经信局2023年: each agency's own year, written right after its name, when each has one.)
    const ownYears = agencies.map((agency) => {
      const mention = mentions.find((one) => one.agencies.some((named) => named.id === agency.id));
      return mention ? yearRightAfter(text, mention.text) : undefined;
    });
    const yearsOf = (index: number) =>
      years.length === agencies.length && ownYears.every((year) => year !== undefined) ? [ownYears[index] as number] : years;
    const found = agencies.map((agency, index) => this.withRetrieval(NOTHING_FOUND, { text: asked, agency, years: yearsOf(index) }));
    const facts = found.map((answer) => (answer?.kind === 'figure' && answer.facts.length === 1 ? answer.facts[0] : undefined));
    // (政策解读10条 against 政策解读123件: items published are counted in 条 or 件 alike.)
    // (Posts are counted in 篇 as well: 公众号推送信息435篇 against 公众号623条 counts the same thing, items sent out.)
    const [first, second] = [facts[0]?.unit ?? '', facts[1]?.unit ?? ''];
    const postsCounted = /^[条件篇]$/.test(first) && /^[条件篇]$/.test(second) && /发|推送|推文|公开|发布/.test(asked);
    if (facts.some((fact) => fact === undefined) || !(sameItemUnit(first, second) || postsCounted)) return undefined;
    // 汉中工信局和新余工信局政策解读加起来多少: the two agencies' figures added, never ranked.
    if (asksForSum(text)) {
      const known = (facts as Fact[]).map((fact) => ({ agency: fact.agency, value: fact.value, unit: fact.unit }));
      const sum = sumOfNamed(known, facts as Fact[]);
      if (!sum) return undefined;
      const parts = found.map((part) => part?.answer).join('\n');
      return { kind: 'figure', answer: `${sum.verdict}\n${parts}`, facts: [...(facts as Fact[]), sum.fact] };
    }
    const compared = this.compareRemembered(facts as Fact[], /少|低/.test(rest) && !/多少/.test(rest));
    const answer: Answer = { ...compared, answer: `${compared.answer}\n${found.map((part) => part?.answer).join('\n')}` };
    return askedOperation(text) === 'difference' ? withArithmetic(answer, 'difference', compared.facts) : answer;
  }

  /**
   * 申请办完了没: whether the applications were all handled is what a completion rate the report
   * states (办结率100%) says; undefined when its sentences state none.
   */
  private completionRate(agency: AgencyRecord, years: number[]): Answer | undefined {
    const found = this.withRetrieval(NOTHING_FOUND, { text: '办结率多少', agency, years });
    const rate = found?.kind === 'figure' && found.facts.length === 1 && found.facts[0].unit === '%' ? found.facts[0].value : undefined;
    if (found === undefined || rate === undefined) return undefined;
    return { ...found, answer: `${rate >= 100 ? '已全部办结' : `未全部办结，办结率${formatNumber(rate)}%`}。\n${found.answer}` };
  }

  /**
   * 海原高企 / 红寺堡部门动态: an agency and a thing alone, no question word, asks how many there are
   * (as a sentence states it). Only for a short noun that got no answer otherwise.
   */
  private bareNounCount(answer: Answer, rest: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    // A text answer quoted from a sentence (no figure) may be its first clause, about another thing: the count is better.
    const noun = rest.replace(/[\p{P}\s]+$/u, '');
    if ((answer.kind !== 'refusal' && answer.kind !== 'text') || askKind(noun) !== 'text' || !/^\p{Script=Han}{2,8}$/u.test(noun))
      return undefined;
    // 政府信息管理情况 / 监督保障情况: a passage asked for, never a count.
    if (answer.kind === 'text' && PASSAGE_ASKED.test(noun)) return undefined;
    const counted = this.withRetrieval(NOTHING_FOUND, { text: `${noun}多少`, agency, years });
    // A text answer whose first line states no number is no count quoted loosely: only a count stated of that very noun
    // (“智慧西工”公共服务平台公开政府信息17条, after 西工 智慧西工) replaces it.
    if (answer.kind === 'text' && !COUNT_STATED.test(answer.answer.split('\n')[0]))
      return counted?.kind === 'figure' && countOfNoun(counted, noun) ? counted : undefined;
    if (counted?.kind === 'figure') return counted;
    // The sentence quoted counts something else (红寺堡公众号粉丝 → 主动公开信息225条): no answer rather than that.
    return answer.kind === 'text' ? this.refusal(`${agency.name}的年度报告中没有找到“${noun}”的数字，无法回答。`) : undefined;
  }

  /**
   * 有人申请信息公开吗, of an agency whose table 三 was cut from its page: answered by the count its
   * sentences state (全年共受理信息公开申请0件), as 收到多少申请 is, never by a sentence that only names
   * 依申请公开 as a kind of work (抓好主动公开、依申请公开等重点工作 is no application received).
   */
  private yesNoOfReceived(
    answer: Answer,
    rest: string,
    topic: Topic | undefined,
    agency: AgencyRecord,
    years: number[],
  ): Answer | undefined {
    // A 没有 read from a sentence (未收到依申请公开事宜) already answers it; only a 有 with no count is checked, and
    // a count of what was carried over (上年度结转政府信息公开申请0件) where the question names no 结转.
    const lead = answer.answer.split('\n')[0];
    const unasked =
      (answer.kind === 'text' && answer.answer.startsWith('有')) ||
      ((answer.kind === 'text' || answer.kind === 'figure') && /结转/.test(lead) && !/结转/.test(rest));
    if (topic?.type === 'cell' && topic.row.table === 'applications' && topic.row.key !== 'received')
      return this.yesNoOfOtherRow(answer, topic, agency, years);
    if (!unasked || topic?.type !== 'cell' || topic.row.key !== 'received') return undefined;
    const found = this.withRetrieval(NOTHING_FOUND, { text: '收到多少申请', topic, agency, years });
    // Only a count of applications (申请…件) answers it, never a neighbouring count (主动公开信息444条) nor the carried-over one.
    const foundLead = found?.answer.split('\n')[0] ?? '';
    if (
      found?.kind === 'figure' &&
      found.facts.length > 0 &&
      /申请/.test(foundLead) &&
      !/结转/.test(foundLead) &&
      // (共收到依申请公开信息1条 counts applications received in 条: a verb of receiving before 依申请公开 says so.)
      (found.facts.every((fact) => fact.unit !== '条') || RECEIVED_ON_APPLICATION.test(toSimplified(foundLead)))
    )
      return found;
    // The bare words found no count (a page cut before table 三 that says in prose 本年度未收到群众政府信息公开申请): asked
    // in full, a sentence saying none came in answers it 没有, before any 有 read from how applications are handled.
    const fuller = this.withRetrieval(NOTHING_FOUND, { text: '收到多少政府信息公开申请', topic, agency, years });
    const fullerLead = fuller?.answer.split('\n')[0] ?? '';
    if (fuller && fullerLead.startsWith('没有') && /申请/.test(fullerLead) && !/结转/.test(fullerLead)) return fuller;
    // 有 read from a clause on how applications are handled (依法依规答复信息公开申请), with no count found: it counts none
    // and says none came in, so it is no 有. Only a count, or a verb of receiving, says some did.
    const clause =
      answer.kind === 'text' && lead.startsWith('有') && lead.includes('报告写明：')
        ? lead.slice(lead.indexOf('报告写明：') + 5).split('。')[0]
        : '';
    if (clause && !APPLICATIONS_CAME_IN.test(toSimplified(clause))) {
      // A page cut before its part on applications (兴安盟…(二)依申请 and nothing after) says so: the report may well count
      // them, the page stored does not hold that part.
      const report = this.reportAsked(agency, years);
      if (report && !this.store.section(report.id, 'applications') && this.store.cell(report.id, 'received', 'total') === undefined)
        return (
          this.noneReceivedStated(report, undefined) ??
          this.refusal(`${reportTitle(report)}（页面）不完整，没有“收到和处理政府信息公开申请情况”这部分内容，无法回答有没有人申请。`)
        );
      return this.refusal(`${agency.name}的年度报告没有写明收到了多少政府信息公开申请（相关的只有“${clause}”），无法回答有没有人申请。`);
    }
    return undefined;
  }

  /** The report a question of these years asks (the latest of them), or the agency's latest when it names none. */
  /**
   * 有哪些专栏 / 开了什么专栏 / 专栏都有哪些: the names a sentence of the report prints in quotation marks before 等 and the
   * thing asked (扎实推进“扩大消费”、“宪法进网络”、“区政府重点工作”等专栏建设), quoted with its sentence. Undefined when no
   * sentence lists names of that thing.
   */
  private namesListedBefore(text: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    const asked = toSimplified(text).replace(/\s+/g, '');
    // (专栏有哪些: the thing is the last two to four characters before the ask, tried shortest first.)
    const after =
      /(?:有|开了?|开设了?|建了?|设了?|搞了?|做了?|包括|是)(?:哪些|哪几个|什么|啥)(\p{Script=Han}{2,4}?)(?:呀|啊|呢|啦)?[?？。!！]*$/u.exec(
        asked,
      )?.[1];
    const before = /(\p{Script=Han}{2,})(?:都|分别)?(?:有|是)(?:哪些|哪几个|什么|啥)(?:呀|啊|呢|啦)?[?？。!！]*$/u.exec(asked)?.[1];
    const nouns = after
      ? [after]
      : before
        ? [2, 3, 4].filter((length) => length <= before.length).map((length) => before.slice(-length))
        : [];
    const report = this.reportAsked(agency, years);
    if (!report) return undefined;
    for (const noun of nouns) {
      if (/信息|情况|内容|数据|问题|东西/.test(noun)) continue;
      const escaped = escapeRegExp(noun);
      const listed = new RegExp(`((?:[“"][^“”"]{1,24}[”"][、，,和及与]?){2,})等(?:${escaped})`, 'u');
      for (const [key, section] of Object.entries(this.store.sections(report.id)))
        for (const sentence of toSimplified(section)
          .replace(/\s+/g, '')
          .split(/(?<=[。！？!?])/)) {
          const found = listed.exec(sentence);
          if (!found) continue;
          const names = found[1].replace(/[、，,和及与]$/, '');
          return {
            kind: 'text',
            answer: `${report.agency}${report.year}年报告写明的${noun}有：${names}等。\n原文：“${sentence}”\n${this.cite(report, key)}`,
            facts: [],
          };
        }
    }
    return undefined;
  }

  private reportAsked(agency: AgencyRecord, years: number[]): ReportRecord | undefined {
    return years.length > 0 ? this.store.report(agency.id, Math.max(...years)) : this.store.reportsOfAgency(agency.id).at(-1);
  }

  /**
   * 申请里有没有不予公开的, of a page cut before table 三: a 有 read from a sentence that names none of the row's words
   * (规范高效做好依申请公开工作 shares only 申请 and 公开 with 不予公开) says nothing of that row, so the answer is the page's
   * lack, or the report's silence. A sentence that names the thing (不予公开1件, 均予以公开) still answers.
   */
  private yesNoOfOtherRow(
    answer: Answer,
    topic: Extract<Topic, { type: 'cell' }>,
    agency: AgencyRecord,
    years: number[],
  ): Answer | undefined {
    const lead = answer.answer.split('\n')[0];
    if (answer.kind !== 'text' || !lead.startsWith('有') || !lead.includes('报告写明：')) return undefined;
    const clause = toSimplified(lead.slice(lead.indexOf('报告写明：') + 5).split('。')[0]);
    const rows = [topic.row, ...(topic.alsoRows ?? [])];
    const words = [
      ...rows.flatMap((row) => [...row.match, ...(row.synonyms ?? [])]),
      ...[topic.group, ...rows.map((row) => row.group)].map((group) => (group ?? '').replace(/^（[一二三四五六七八九十]+）/, '')),
    ].filter((word) => word.length >= 2);
    if (words.some((word) => clause.includes(word))) return undefined;
    const report = this.reportAsked(agency, years);
    // 都答复了吗 of a page cut before table 三: the sentence that says its applications were replied in time (均在法定时限内予以答复).
    const replied =
      report && rows.some((row) => row.key === 'handled_total') ? replyTimeSentence(this.store.sections(report.id)) : undefined;
    if (report && replied)
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告写明：“${replied.sentence}”\n${this.cite(report, replied.sectionKey)}`,
        facts: [],
      };
    if (report && this.store.cell(report.id, 'received', 'total') === undefined)
      return this.refusal(`${reportTitle(report)}（页面）不完整，没有表三（收到和处理政府信息公开申请情况），无法回答。`);
    return this.refusal(`${agency.name}的年度报告没有写明这一项（相关的只有“${clause}”），无法回答。`);
  }

  /**
   * 那件申请是不是企业提的, answered 没有 from one applicant column's zero (商业企业0件) of a year that received some: who did
   * apply is said too (自然人1件), from the same row of table 三, so the 没有 does not read as no application at all.
   */
  private withOtherApplicantsStated(answer: Answer, agency: AgencyRecord): Answer {
    if (answer.facts.length !== 1) return answer;
    const [fact] = answer.facts;
    const column = /^received\.(\w+)$/.exec(fact.key)?.[1];
    if (!column || column === 'total' || !APPLICANT_COLUMNS.some((each) => each.key === column)) return answer;
    const report = this.store.reportsOfAgency(agency.id).find((each) => each.year === fact.year);
    const received = report ? this.store.cell(report.id, 'received', 'total') : undefined;
    if (!report || !received) return answer;
    const others = APPLICANT_COLUMNS.filter((each) => each.key !== 'total' && each.key !== column)
      .map((each) => ({ label: each.label, value: this.store.cell(report.id, 'received', each.key) ?? 0 }))
      .filter((each) => each.value > 0);
    if (others.length === 0) return answer;
    const listed = others.map((each) => `${each.label}${formatNumber(each.value)}${fact.unit}`).join('、');
    const lines = answer.answer.split('\n');
    const sourceAt = lines.findIndex((line) => line.startsWith('（来源'));
    lines.splice(sourceAt < 0 ? lines.length : sourceAt, 0, `该年新收申请共${formatNumber(received)}${fact.unit}，申请人为：${listed}。`);
    return { ...answer, answer: lines.join('\n') };
  }

  /**
   * 有没有复议被纠错的, answered 没有 from a table's zero: when the report's own sentence says in the
   * question's words that it did not happen (未发生因依申请公开被行政复议纠错), that sentence is quoted too.
   * Only a sentence whose yes/no reading is also 没有 is added; the table's figure stays the answer.
   */
  private withAbsenceStated(answer: Answer, rest: string, agency: AgencyRecord, years: number[]): Answer {
    const asked = answer.facts.map((fact) => fact.year);
    const found = this.withRetrieval(NOTHING_FOUND, { text: rest, agency, years: years.length > 0 ? years : asked });
    if (found?.kind !== 'text' || !found.answer.startsWith('没有')) return answer;
    const quoted = found.answer.split('\n').find((line) => line.startsWith('原文'));
    // The sentence must say it in the question's own word that the table's labels do not (纠错), and say it was not so.
    const ownWord = contentWords(rest).some((word) => word.length >= 2 && quoted?.includes(word) && !answer.answer.includes(word));
    if (!quoted || !ownWord || !/未|没有|无(?!锡)/.test(quoted) || answer.answer.includes(quoted)) return answer;
    const lines = answer.answer.split('\n');
    // The quotation goes before the table's source line.
    const sourceAt = lines.findIndex((line) => line.startsWith('（来源'));
    lines.splice(sourceAt < 0 ? lines.length : sourceAt, 0, `报告正文也写明：${quoted.replace(/^原文：/, '')}`);
    return { ...answer, answer: lines.join('\n') };
  }

  /**
   * 开过政府开放日吗 is answered by how many were held (1场), not by how many people came (26名):
   * when the figure found counts people or organisations the question does not ask about, the
   * count of the event itself is looked for in the reports' sentences (场, then 次, then 期).
   */
  private yesNoAboutAnEvent(answer: Answer, rest: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    // 搞过政务开放日吗 refused for want of its guests (the report states none) is still answered by the event's own count
    // (举办了1期“政务开放日”活动), as any event named (开放日, 培训, 发布会, 访谈) is.
    const eventRefused = answer.kind === 'refusal' && EVENT_NAMED.test(rest);
    if (!eventRefused && (answer.kind !== 'figure' || answer.facts.length === 0)) return undefined;
    if (!eventRefused && !answer.facts.every((fact) => PARTICIPANT_UNITS.has(fact.unit))) return undefined;
    if (PARTICIPANT_WORDS.test(rest)) return undefined;
    const event = rest.replace(YES_NO_WORDS, '');
    for (const unit of EVENT_UNITS) {
      const found = this.withRetrieval(NOTHING_FOUND, { text: `${event}几${unit}`, agency, years });
      if (found?.kind === 'figure' && found.facts.every((fact) => unitsAgree(unit, fact.unit))) return found;
    }
    return undefined;
  }

  /**
   * 培育出国家高新技术企业没有: a yes/no answered from a sentence that states the count right after
   * the thing asked about (国家高新技术企业1家) carries that count as its figure.
   */
  private yesNoWithItsCount(answer: Answer, rest: string): Answer | undefined {
    const said = this.lastYesNo;
    if (answer.kind !== 'text' || !said || !answer.answer.includes(said.clause)) return undefined;
    // 有没有公开议案提案办理结果 against 共发布议案提案结果信息68条: a yes whose clause prints one count only, a few words after the
    // thing asked (结果信息), carries that count too. (A no, or a clause of two counts, carries none.)
    // (按时办结了吗 against 共17件全部按时办结 asks whether, not whether there were any: only a question of 有 takes the count.)
    const oneCount =
      answer.answer.startsWith('有') &&
      /有/.test(rest) &&
      (said.clause.match(/\d+(?:\.\d+)?[家个项件条场次期名人篇所]/g) ?? []).length === 1;
    for (const word of contentWords(rest).filter((candidate) => candidate.length >= 2)) {
      const at = said.clause.indexOf(word);
      if (at < 0) continue;
      const after = said.clause.slice(at + word.length);
      const counted = COUNT_RIGHT_AFTER.exec(after) ?? (oneCount ? COUNT_A_FEW_WORDS_AFTER.exec(after) : null);
      if (!counted) continue;
      const fact: Fact = {
        agency: said.agency,
        year: said.year,
        key: 'sentence',
        value: Number(counted[1]),
        unit: counted[2],
        source: said.source,
        sentence: said.sentence,
      };
      return { kind: 'figure', answer: answer.answer, facts: [fact] };
    }
    return undefined;
  }

  /**
   * 有没有搞政策解读视频: the count cited with a yes must be of the thing asked, whose head is the
   * question's last word (视频), not of a word before it (政策文件及解读3条). When the clause cited
   * lacks that word, the count of the whole thing is looked for (“政策公开讲”视频1期) and taken
   * only when its clause names the head; else undefined (the caller keeps its answer).
   */
  private yesNoOfItsHeadNoun(rest: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    const said = this.lastYesNo;
    const thing = rest.replace(YES_NO_WORDS, '');
    const head = contentWords(thing)
      .filter((word) => word.length >= 2)
      .at(-1);
    if (!said || !head || said.clause.includes(head)) return undefined;
    const counted = this.withRetrieval(NOTHING_FOUND, { text: `${thing}多少`, agency, years });
    if (counted?.kind !== 'figure' || counted.facts.length !== 1 || !counted.answer.split('\n')[0].includes(head)) return undefined;
    return { ...counted, answer: `${counted.facts[0].value > 0 ? '有' : '没有'}。${counted.answer}` };
  }

  /** The clause and source of the last yes/no answered from a sentence (set while answering), for its count. */
  private lastYesNo: { clause: string; agency: string; year: number; source: Fact['source']; sentence: string } | undefined;

  /** The rest of a long text the last answer cut, kept for 继续 (set while answering). */
  private more: string | undefined;
  /** How the last retrieval answer was asked (set while answering), for its follow-ups. */
  private lastRetrieval: ConversationMemory['retrieval'];

  /** Set while lastQuestionInYear asks a question again, so that question is not asked again in turn. */
  private askingAgainForYear = false;
  /** The message being answered corrects the last answer (不对 我问的是X的): see answerNormalized. */
  private correcting = false;

  /**
   * 中卫排第几 / 排一下 海原县排在第几 after figures: one agency's place among the remembered figures, the message naming
   * nothing but the agency and the ranking words.
   */
  private placeInRankAsked(input: string): boolean {
    if (!PLACE_IN_RANK.test(input)) return false;
    const mentions = this.index.find(input);
    if (mentions.length !== 1) return false;
    const rest = input.replace(mentions[0].text, '').replace(PLACE_IN_RANK, '').replace(PLACE_IN_RANK_LEAD, '');
    return !/\p{Script=Han}/u.test(rest.replace(/的$/, ''));
  }

  /** A question naming no agency whose thing has no topic of its own (部门公告几条): a count asked of a sentence's words. */
  private askedAloneOfNoTopic(question: string): boolean {
    return this.index.find(question).length === 0 && COUNT_ASKED.test(question) && !understand(question, shanghaiYear(this.now())).topic;
  }

  /** The words naming the one agency a message names (武汉 of 武汉的占所有民政局的百分之多少), or undefined. */
  private oneNamedIn(text: string): string | undefined {
    const mentions = this.index.find(text).filter((mention) => mention.agencies.length === 1);
    return mentions.length === 1 ? mentions[0].text : undefined;
  }

  /**
   * 那达州呢 / 那达州的呢 right after one agency's share of its kind or place in it (memory.oneInKind): that message with the
   * agency named now in the place of the one named then; undefined for any other message.
   */
  private otherOfOneInKind(input: string, memory: ConversationMemory | undefined): string | undefined {
    if (!memory?.oneInKind) return undefined;
    const said = /^(?:那|那么)?(\p{Script=Han}{2,16}?)(?:的)?呢[?？。!！]*$/u.exec(input.trim());
    if (!said) return undefined;
    const { text, named, kind } = memory.oneInKind;
    if (kind) {
      // (Another kind said alone: 卫健委, never a place or an agency of it.)
      if (this.bareKind(said[1]) !== said[1] || named === said[1]) return undefined;
      return text.replace(named, said[1]);
    }
    const mentions = this.index.find(said[1]);
    if (mentions.length !== 1 || mentions[0].agencies.length !== 1 || mentions[0].text !== said[1]) return undefined;
    if (!text.includes(named) || named === said[1]) return undefined;
    return text.replace(named, said[1]);
  }

  /**
   * 中卫市科技局2025年收到申请排第几 / 在街道里排名第几 / 是第几名: the place of the one agency named, with the thing asked,
   * among the stored agencies of its kind (科学技术局, 镇, 街道, 县政府) that year: the ranking asked of them, the agency's place
   * counted in it (ties said). Undefined when the message names no one agency or no thing, or the ranking is no list.
   */
  /**
   * 跟别的县比怎么样 / 和其他局比起来呢 / 跟同类的比算多吗, right after one agency's figure: the last question asked again as
   * that agency's place among the stored agencies of its kind (placeAmongKind). Undefined when the last question asked no
   * figure (an overview), or no one agency is talked about.
   */
  private againstOthersOfKind(text: string, memory: ConversationMemory, context: { user?: string }): Answer | undefined {
    if (!AGAINST_OTHERS.test(text) || memory.agencyIds.length !== 1 || !memory.lastQuestion) return undefined;
    const agency = this.index.byId(memory.agencyIds[0]);
    if (!agency) return undefined;
    const last = memory.lastQuestion;
    const thing = this.index
      .find(last)
      .reduce((rest, mention) => rest.replace(mention.text, ''), last)
      .replace(/^(?:那么?|他们|它们?|该[局委办])/, '')
      .replace(/[?？。!！]+$/, '');
    if (!understand(thing, shanghaiYear(this.now())).topic) return undefined;
    const year = memory.years.length === 1 && !/(?:19|20)\d{2}年/.test(thing) ? `${memory.years[0]}年` : '';
    return this.placeAmongKind(`${agency.name}${year}${thing}排第几`, context);
  }

  private placeAmongKind(input: string, context: { user?: string }): Answer | undefined {
    const asked = PLACE_OF_ONE_ASKED.exec(input);
    if (!asked) return undefined;
    const mentions = this.index.find(input);
    if (mentions.length !== 1 || mentions[0].agencies.length !== 1) return undefined;
    const agency = mentions[0].agencies[0];
    // 在全部机关里排第几 / 在所有单位中: among every stored agency, not those of its kind.
    const everyone = AMONG_EVERYONE.exec(input);
    const kind = everyone ? '机关' : rankedKindOf(agency.name);
    const unplaced = input.replace(asked[0], '').replace(everyone?.[0] ?? '', '');
    const thing = unplaced.replace(mentions[0].text, '');
    // Nothing asked but the place (海原县排第几 after a ranking is the remembered ranking's, above).
    if (!understand(thing, shanghaiYear(this.now())).topic) return undefined;
    const ranked = this.askOne(`${unplaced.replace(mentions[0].text, kind === '机关' ? '所有机关' : `各${kind}`)}排名`, context);
    if (ranked.kind !== 'figure') return ranked.kind === 'refusal' ? ranked : undefined;
    const own = ranked.facts.find((fact) => fact.agency === agency.name);
    if (!own) {
      // Below the list shown, or no figure of its own: its own answer, then the ranking.
      const alone = this.askOne(`${agency.name}${thing}`, context);
      // (A list shorter than the ten shown is the whole ranking: a figure of the agency's outside it is no figure the ranking
      // weighs, a sentence's part rather than its report's total, so no place is given.)
      const lead =
        alone.kind === 'figure' && alone.facts.length > 0
          ? ranked.facts.length >= SHOWN_IN_LIST
            ? `${alone.answer.split('\n')[0]}不在下面列出的前${ranked.facts.length}名之内。`
            : `${alone.answer.split('\n')[0]}这个数字没有计入下面的排名，排不了名。`
          : `${agency.name}的报告没有这项数字，排不了名。`;
      return { kind: 'figure', answer: `${lead}\n${ranked.answer}`, facts: [...alone.facts.slice(0, 1), ...ranked.facts] };
    }
    const sameYear = ranked.facts.filter((fact) => fact.year === own.year && fact.key === own.key);
    // (只有…的报告有这项数据，无从比较高低: no place to give.)
    if (sameYear.length < 2) return ranked;
    const above = sameYear.filter((fact) => fact.value > own.value).length;
    const tied = sameYear.filter((fact) => fact.value === own.value).length > 1;
    const place = `${agency.name}${own.year}年${formatNumber(own.value)}${own.unit}，在库中有这项数字的${kind}里排第${above + 1}${tied ? '（与其他机关并列）' : ''}（从多到少）。`;
    return { kind: 'figure', answer: `${place}\n${ranked.answer}`, facts: ranked.facts };
  }

  /** 哪个多 after figures: the remembered facts side by side, with a verdict. */
  /**
   * A bare 涨了多少 / 增加了几个 (the gap), 翻倍了吗 / 是几倍 (the ratio) or 占比多少 (the share)
   * after figures, computed from the remembered figures only; undefined when the message asks
   * anything else or the figures do not fit (the message is then answered as a question).
   */
  private rememberedArithmetic(input: string, remembered: Fact[]): Answer | undefined {
    const direction = DIRECTION_ASKED.test(input);
    const change = direction || REMEMBERED_CHANGE.test(input);
    if (change || REMEMBERED_RATIO.test(input)) {
      const found = lastComparablePair(remembered);
      if (!found) return undefined;
      // 比19年多了几个 / 21年比20年多了多少: the years typed must be the pair's, else the pair answers another comparison.
      const typedYears = [...input.matchAll(/(?<!\d)((?:19|20)?\d{2})年/g)].map((match) =>
        match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]),
      );
      if (typedYears.some((year) => found[0].year !== year && found[1].year !== year)) return undefined;
      // 比去年多了多少条 after 村务公开105条 and 应急管理29条 (one year's two things): a year's change asked, never the gap of two
      // figures of the same year.
      if (/去年|上一?个?年|前一?年|同比|同期/.test(input) && found[0].year === found[1].year) return undefined;
      // 是几倍 after two agencies: the larger over the smaller (one agency's two years go later over earlier in withRatio).
      const pair: Fact[] =
        change || (found[0].agency === found[1].agency && found[0].year !== found[1].year)
          ? found
          : [...found].sort((a, b) => b.value - a.value);
      const channels = pair[0].agency === pair[1].agency && pair[0].year === pair[1].year;
      // Two items of one breakdown are named by their own words (通知公告240条), not the channel the sentence opens with (门户网站).
      const items = itemsOfOneBreakdown(pair[0], pair[1]);
      const describe = (fact: Fact) =>
        `${fact.agency}${fact.year}年${channels ? (items ? printedLead(fact) : (channelBefore(fact.sentence ?? '', fact.value) ?? '')) : ''}${formatNumber(fact.value)}${fact.unit}`;
      const stated: Answer = { kind: 'figure', answer: `${pair.map(describe).join('，')}。`, facts: pair };
      const computed = withArithmetic(stated, change ? 'difference' : 'ratio', pair);
      if (computed === stated) return undefined;
      // 涨了还是降了 of one agency's two years: which way it went, said before the gap.
      if (direction && pair[0].agency === pair[1].agency && pair[0].year !== pair[1].year) {
        const [earlier, later] = pair[0].year < pair[1].year ? pair : [pair[1], pair[0]];
        const way = later.value > earlier.value ? '增加（涨了）' : later.value < earlier.value ? '减少（降了）' : '持平';
        return { ...computed, answer: `${later.year}年比${earlier.year}年${way}。\n${computed.answer}` };
      }
      return change ? computed : withDoubledVerdict(computed, input, pair);
    }
    const shareAsked = REMEMBERED_SHARE.exec(input);
    if (shareAsked) {
      // The part is the last figure (这55条: the last one of that value); the whole, the latest larger figure of the same
      // agency, year and unit before it.
      const at =
        shareAsked[1] === undefined ? remembered.length - 1 : remembered.findLastIndex((fact) => fact.value === Number(shareAsked[1]));
      if (at < 0) return undefined;
      const part = remembered[at];
      // 财政信息7条,占比8.8% / 通过信函申请39件,占83% / 电子邮件申请24件,约占总量的26%: a share the report prints right after
      // the part is its own answer, never one computed here over another remembered figure (39件占42件的92.9%).
      const printedShare = shareAsked[1] === undefined && part.sentence ? statedShare(part) : undefined;
      if (printedShare) {
        const lead = new RegExp(`([^，,；;。、:：\\d]{0,20})(?<![\\d.])${String(part.value).replace('.', '\\.')}\\s*${part.unit}`).exec(
          part.sentence!,
        );
        return {
          kind: 'figure',
          answer: `${part.agency}${part.year}年：${lead?.[1] ?? ''}${formatNumber(part.value)}${part.unit}，报告写明${printedShare.words}。\n原文：${quote(part.sentence!)}`,
          facts: [{ ...part, value: printedShare.percent, unit: '%' }],
        };
      }
      // 律师呢 then 占总数多少: an applicant column's whole is its own row's 总计 (本年新收申请 713件), never a larger figure of
      // another row remembered before it (无法提供113件).
      const column = /^(.+)\.([a-z_]+)$/.exec(part.key);
      if (column && column[2] !== 'total' && APPLICANT_COLUMNS.some((each) => each.key === column[2])) {
        const whole = this.rowTotalOf(part, column[1], remembered);
        if (!whole || !(whole.value > 0)) return undefined;
        const label = APPLICANT_COLUMNS.find((each) => each.key === column[2])?.label ?? '';
        const stated: Answer = {
          kind: 'figure',
          answer: `${part.agency}${part.year}年：${figureRowName(part.key)}（${label}）${formatNumber(part.value)}${part.unit}，总计${formatNumber(whole.value)}${whole.unit}。`,
          facts: [part, whole],
        };
        const share = withArithmetic(stated, 'share', [part, whole]);
        return share !== stated ? share : undefined;
      }
      const whole =
        applicationsWholeNamed(input, part) ??
        remembered
          .slice(0, at)
          .reverse()
          .find((fact) => fact.agency === part.agency && fact.year === part.year && fact.unit === part.unit && fact.value > part.value) ??
        wholeOfBreakdown(part) ??
        this.wholeBeforeSentence(part);
      if (!whole) return undefined;
      const describe = (fact: Fact) =>
        `${figureRowName(fact.key) || (proseFigureByKey(fact.key)?.name ?? '')}${formatNumber(fact.value)}${fact.unit}`;
      const stated: Answer = {
        kind: 'figure',
        answer: `${part.agency}${part.year}年：${describe(part)}，${describe(whole)}。`,
        facts: [part, whole],
      };
      const share = withArithmetic(stated, 'share', [part, whole]);
      return share !== stated ? share : undefined;
    }
    return undefined;
  }

  /** A table row's 总计 of a column's fact: remembered, else read from the report the fact is of. */
  private rowTotalOf(part: Fact, row: string, remembered: Fact[]): Fact | undefined {
    const key = `${row}.total`;
    const said = remembered.find((fact) => fact.key === key && fact.agency === part.agency && fact.year === part.year);
    if (said) return said;
    const agency = this.store.agencyByName(part.agency);
    const report = agency ? this.store.report(agency.id, part.year) : undefined;
    const value = report ? this.store.cell(report.id, row, 'total') : undefined;
    return value === undefined ? undefined : { ...part, key, value, sentence: undefined };
  }

  /**
   * 我是个体户 之前对罚款有意见… 请问忠县政府办2025年收到多少申请: a story told before the question (nothing asked in it), then
   * 请问/想问下 and a question that names its agency, is the question alone; the story's words (罚款, 执法) are no topic of it.
   * A question that leans on the story for its agency (想问下他们…) keeps the story.
   */
  private questionAfterStory(message: string): string {
    const told = STORY_THEN_QUESTION.exec(message);
    if (!told || ASKS.test(told[1].replace(/[\s\p{P}]/gu, ''))) return message;
    // (…我想问问，红寺堡区科技局2023年，那个公众号发了多少条信息，我想看看上面有没有技术培训的东西，谢谢你啊: a question that goes
    // on in more clauses after it is read whole, as before.)
    if (told[2].split(/[，,。；;！!]/).filter((clause) => clause.trim().length > 0).length > 2) return message;
    const asked = normalizeQuestion(told[2]);
    return ASKS.test(asked) && this.index.find(asked).length > 0 ? told[2] : message;
  }

  /** 海原县科技局 / 我想了解下海原县科技局: the text names one agency and asks nothing of it. */
  private namesOnlyAnAgency(text: string): boolean {
    const mentions = this.index.find(text);
    return mentions.length > 0 && mentions.every((mention) => mention.agencies.length === 1) && namesOnly(text, mentions);
  }

  /**
   * Where a figure is written: one the conversation answered (the one whose number the question says, else the last), or
   * the figure the question names of an agency, asked as a count; its source's part first. Undefined when there is none.
   */
  private whereWritten(input: string, context: { user?: string }, remembered: readonly Fact[]): Answer | undefined {
    const said = /(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])/.exec(input.replace(YEAR_WORDS, ''));
    let fact: Fact | undefined;
    let answer = '';
    if (this.index.find(input).length === 0) {
      for (const candidate of remembered) if (!said || candidate.value === Number(said[1])) fact = candidate;
    } else {
      // 西工区科技局那6件行政许可在报告的哪张表里 → 西工区科技局行政许可多少件.
      const figureAsked = `${input.replace(WHERE_WRITTEN_WORDS, '').replace(/(?:那|这)?(?<![\d.])\d+(?:\.\d+)?(?=[件条个名家项人次期])/, '')}多少`;
      // Where-words not at the end (…第几部分讲的是什么) are not taken out: asked again, the question would ask itself.
      if (WHERE_WRITTEN.test(figureAsked)) return undefined;
      const asked = this.askOne(figureAsked, context);
      if (asked.kind !== 'figure') return undefined;
      fact = asked.facts.find((candidate) => !said || candidate.value === Number(said[1])) ?? asked.facts[0];
      answer = `\n${asked.answer}`;
    }
    if (!fact) return undefined;
    return {
      kind: 'figure',
      answer: `${fact.agency}${fact.year}年的${formatNumber(fact.value)}${fact.unit}写在${fact.source.report}的“${fact.source.section}”部分。${answer}`,
      facts: [fact],
    };
  }

  /**
   * What was published besides one item (除了部门动态，其他的加起来多少): the total the report states less that item's figure,
   * both of the one agency and report, in measures that count the same, said as a computation; undefined otherwise.
   */
  private allButOne(input: string, memory?: ConversationMemory): Answer | undefined {
    const found = ALL_BUT_ONE.exec(input);
    const mentions = this.index.find(input);
    // 除了政务运行类其他加起来多少 naming no agency, in a conversation about one: that agency and its year.
    const remembered = mentions.length === 0 && memory?.agencyIds.length === 1 ? this.index.byId(memory.agencyIds[0]) : undefined;
    // 西工区科技局除了智慧西工…: a platform named after the place names the same agency again.
    const agency = remembered ?? (mentions[0]?.agencies.length === 1 ? mentions[0].agencies[0] : undefined);
    if (!found || !agency || mentions.some((mention) => mention.agencies.some((other) => other.id !== agency.id))) return undefined;
    // 除了自然人，其他的申请有几件 asks a table's columns, not what was published.
    if (/申请|复议|诉讼|许可|处罚|强制|收费|自然人|法人|企业|机构|组织/.test(input)) return undefined;
    const yearSaid = /(?:19|20)\d{2}年/.exec(input)?.[0] ?? (remembered && memory?.years.length === 1 ? `${memory.years[0]}年` : '');
    const lead = `${agency.name}${yearSaid}`;
    const whole = this.askOne(`${lead}主动公开了多少条`, {});
    // 除了公众号转载发布的那些: the thing itself, without the pointing words after it.
    const thing = found[1].replace(/的?(?:那|这)(?:些|个|几?[条件])$/, '');
    const part = this.askOne(`${lead}${thing}多少`, {});
    const total = whole.kind === 'figure' ? headlineFacts(whole.facts)[0] : undefined;
    const item = part.kind === 'figure' && part.facts.length === 1 ? part.facts[0] : undefined;
    const computable =
      total !== undefined &&
      item !== undefined &&
      total.year === item.year &&
      total.agency === item.agency &&
      item.value < total.value &&
      (unitsAgree(total.unit, item.unit) || (/[条件]/.test(total.unit) && /[条件]/.test(item.unit)));
    if (!computable || !total || !item) {
      // 除了微博其他的多少条 where the report states no total the item is one part of: no remainder is made up.
      return whole.kind === 'figure' && part.kind === 'figure'
        ? this.refusal(`${agency.name}的年度报告没有写明除${thing}以外其他的合计，无法算出。`)
        : undefined;
    }
    return {
      kind: 'figure',
      answer: `按报告的数字计算：主动公开${formatNumber(total.value)}${total.unit}，除去${thing}${formatNumber(item.value)}${item.unit}，其他的共${formatNumber(total.value - item.value)}${total.unit}（${formatNumber(total.value)} − ${formatNumber(item.value)}）。\n${whole.answer.split('\n').find((line) => line.startsWith('（来源')) ?? ''}`,
      facts: [total, item],
    };
  }

  /**
   * 其余的呢 after one part of a whole: the whole less the part, computed and said as such. The whole is the one the part's own
   * sentence prints before its parts (主动公开政府信息89条，其中：…门户网站…19条 → 其余70条), or, for a table cell of one applicant
   * column (自然人5件), its row's total (本年新收申请总计8件 → 其余3件). Undefined when neither is printed or the part is not
   * smaller: no remainder is made up.
   */
  private restOfLastPart(part: Fact, agencyId: number): Answer | undefined {
    const source = `（来源：${part.source.report}${part.source.section}）`;
    const said = (whole: number, wholeName: string, partName: string) => ({
      kind: 'figure' as const,
      answer: `按报告的数字计算：${part.agency}${part.year}年${wholeName}${formatNumber(whole)}${part.unit}，除去${partName}${formatNumber(part.value)}${part.unit}，其余的共${formatNumber(whole - part.value)}${part.unit}（${formatNumber(whole)} − ${formatNumber(part.value)}）。\n${source}`,
      facts: [{ ...part, value: whole }, part],
    });
    if (part.sentence === undefined) {
      const [row, column] = part.key.split('.');
      const report = column && column !== 'total' ? this.store.report(agencyId, part.year) : undefined;
      const total = report ? this.store.cell(report.id, row, 'total') : undefined;
      if (total === undefined || !(total > part.value)) return undefined;
      const name = figureRowName(part.key);
      const printed = CURRENT_LAYOUT.rows.find((candidate) => candidate.key === row)?.columns.find((candidate) => candidate.key === column);
      return said(total, `${name}总计`, printed ? `${printed.synonyms[0] ?? printed.label}的` : '已说的这部分');
    }
    const sentence = toSimplified(part.sentence);
    const whole = WHOLE_OF_PARTS.exec(sentence);
    const value = whole ? Number(whole[1]) : Number.NaN;
    // The part is one of those printed after the whole's 其中 (主动公开89条，其中：…19条), not a figure before it.
    const partAfter = whole
      ? new RegExp(`(?<![\\d.])${part.value}\\s*${part.unit}`).test(sentence.slice(whole.index + whole[0].length))
      : false;
    if (!whole || !partAfter || whole[2] !== part.unit || !(value > part.value)) {
      // A whole whose parts follow 具体包括 / 包括 / 含 (各类政府信息67条，…具体包括：政务运行类信息55条) is a whole as 其中's is.
      // (共收到12件…,其中10件已经…答复,剩余2件…: the rest computed is the 2 the sentence prints, stated as a figure of its own.)
      const listed = wholeOfBreakdown(part);
      if (!listed || listed.unit !== part.unit) return undefined;
      const rest = said(listed.value, '共', '已说的这部分');
      return { ...rest, facts: [...rest.facts, { ...part, key: 'sentence', value: listed.value - part.value }] };
    }
    return said(value, '共', '已说的这部分');
  }

  /** The parts of the report a question names (its year's, else the latest), in order; undefined without one agency. */
  /**
   * The period a report's figures cover: the sentence that states it where a stored part holds one, else the format's rule
   * (a calendar year); of the agency named, else the conversation's one agency, of the year asked or remembered, else the
   * latest. Undefined when no agency is known (the general rule on reports answers).
   */
  private reportPeriod(input: string, memory: ConversationMemory | undefined): Answer | undefined {
    // 统计 of the question is no 统计局.
    const mentions = this.index.find(input.replace(REPORT_PERIOD_ASKED, ''));
    const agencyId =
      mentions.length === 1 && mentions[0].agencies.length === 1
        ? mentions[0].agencies[0].id
        : mentions.length === 0 && memory?.agencyIds.length === 1
          ? memory.agencyIds[0]
          : undefined;
    if (agencyId === undefined) return undefined;
    const reports = [...this.store.reportsOfAgency(agencyId)].sort((a, b) => b.year - a.year);
    const typed = /(?:19|20)\d{2}(?=年)/.exec(input)?.[0];
    const year = typed ? Number(typed) : mentions.length === 0 && memory?.years.length === 1 ? memory.years[0] : undefined;
    const report = year === undefined ? reports[0] : reports.find((candidate) => candidate.year === year);
    if (!report) return undefined;
    const sections = this.store.sections(report.id);
    for (const [key, text] of Object.entries(sections)) {
      // 统计期限为 2024 年 1 月 1 日 (a PDF's spacing): read as 2024年1月1日.
      const stated = PERIOD_STATED.exec(text)?.[0]
        .trim()
        .replace(/\s*(\d+)\s*(?=[年月日号])/g, '$1');
      if (stated?.includes(String(report.year)))
        return { kind: 'text', answer: `${reportTitle(report)}写明：“${stated}。”\n${this.cite(report, key)}`, facts: [] };
    }
    // A university's report of a school year (2023-2024学年), stored under the year it ends in: no calendar year is stated for it.
    for (const [key, text] of Object.entries(sections)) {
      const school = new RegExp(`${report.year - 1}\\s*(?:年)?\\s*[-—–~～至到]\\s*${report.year}\\s*(?:年)?\\s*学年`).exec(text);
      if (school)
        return {
          kind: 'text',
          answer: `${reportTitle(report)}按学年统计：报告写的是“${school[0].replace(/\s+/g, '')}”，不是${report.year}年1月1日至12月31日的自然年；它写明的起止日期库中没有存下，请以报告原文为准。\n${this.cite(report, key)}`,
          facts: [],
        };
    }
    return {
      kind: 'text',
      answer: `${reportTitle(report)}的统计期限是${report.year}年1月1日至${report.year}年12月31日：年度报告按规定格式统计一个自然年的情况，次年1月31日前报送、3月31日前公布。（依据：国办公开办函〔2021〕30号；《政府信息公开条例》第四十九条）`,
      facts: [],
    };
  }

  private partsOfReport(input: string): Answer | undefined {
    const mentions = this.index.find(input);
    if (mentions.length !== 1 || mentions[0].agencies.length !== 1) return undefined;
    const reports = this.store.reportsOfAgency(mentions[0].agencies[0].id);
    const year = Number(/(?:19|20)\d{2}/.exec(input)?.[0] ?? 0);
    const report = reports.find((candidate) => candidate.year === year) ?? [...reports].sort((a, b) => b.year - a.year)[0];
    if (!report) return undefined;
    const held = this.store.sections(report.id);
    const parts = PARTS_IN_ORDER.filter((key) => held[key] !== undefined).map((key) => SECTION_TITLE[key] ?? key);
    if (parts.length === 0) return undefined;
    const count = ['', '一', '两', '三', '四', '五', '六'][parts.length] ?? String(parts.length);
    // A page cut before its end (禄丰's 一、总体情况 alone) holds fewer parts than the report has: not its count.
    if (parts.length < PARTS_IN_ORDER.length)
      return {
        kind: 'text',
        answer: `${reportTitle(report)}库中的页面不完整，只读到${count}部分：${parts.join('；')}。按规定格式，年度报告共六部分（${PARTS_IN_ORDER.map((key) => SECTION_TITLE[key] ?? key).join('；')}）。`,
        facts: [],
      };
    return { kind: 'text', answer: `${reportTitle(report)}共${count}部分：${parts.join('；')}。`, facts: [] };
  }

  /**
   * 跟沙坡头区比呢 / 和红寺堡比怎么样 / 比西工区多吗 right after a figure: the other agency asked the last question (as
   * 那沙坡头区呢 would), then its figure and the one before it side by side with a verdict, the new one's source cited.
   * Undefined when the words name no stored agency; the other side's own answer when the two figures do not measure the same.
   */
  private comparedWithFollowUp(input: string, context: { user?: string }): Answer | undefined {
    const setAgainst = COMPARED_WITH_FOLLOW_UP.exec(input);
    const moreThan = setAgainst ? undefined : MORE_THAN_FOLLOW_UP.exec(input);
    const found = setAgainst ?? moreThan;
    if (!found || !context.user) return undefined;
    // 比网站上多吗: the place word after a channel (上, 里) is no part of its name.
    const written = CHANNEL_BEFORE_PLACE.test(found[1]) ? found[1].slice(0, -1) : found[1];
    // 跟交通局比呢 after a ranking over 平潭: the one 交通局 of what was ranked.
    const other = this.kindOfLastRanked(written, this.options.state?.get<ConversationMemory>(`qa:${context.user}`)) ?? written;
    if (this.index.find(other).length === 0) {
      // 跟微博比呢 / 比微信多吗 after the 公众号's count: another thing of the same agency and year, the gap stated with both
      // figures (比X多吗 with its yes or no first).
      if (/\d|年|月|哪|谁|什么|以前|之前|过去|平时|别[人家的]/.test(other)) return undefined;
      // The conversation's figures, the last answered last.
      const last = this.options.state?.get<ConversationMemory>(`qa:${context.user}`)?.lastFacts ?? [];
      const latest = last.at(-1);
      const fewer = moreThan ? /少|低/.test(moreThan[2]) : false;
      const gap = latest?.unit ? this.gapToLast(latest, other, fewer) : undefined;
      // Only a figure whose own line names the thing (跟以前比呢 is no thing of the report: no figure found for it stands in).
      const said = gap?.answer.split('\n')[1]?.replace(/[“”"《》]/g, '') ?? '';
      // (比县政府平台多吗 against 在县政府信息公开平台…45条: each of its words, in order, is enough.)
      if (!gap || !(said.includes(other) || wordsInOrder(said, contentWords(other)))) return undefined;
      if (!moreThan || !latest) return gap;
      const [, otherFact] = gap.facts;
      const verdict =
        otherFact.value === latest.value
          ? '一样多。'
          : (fewer ? latest.value < otherFact.value : latest.value > otherFact.value)
            ? '是的。'
            : '不是。';
      return { ...gap, answer: `${verdict}${gap.answer}` };
    }
    const asked = this.askOne(`那${other}呢`, context);
    if (asked.kind !== 'figure' || asked.facts.length === 0) return asked;
    const remembered = this.options.state?.get<ConversationMemory>(`qa:${context.user}`)?.lastFacts ?? [];
    // The two sides only: the figure answered before and the other agency's, not older figures of the conversation.
    const weighed = latestPerPlace(sameChannelMeasureAsLast(remembered)).slice(-2);
    if (weighed.length < 2 || weighed[0].agency === weighed[1].agency) return asked;
    const fewer = /少|低/.test(found[2] ?? '');
    const compared = this.compareRemembered(weighed, fewer);
    // 主动公开呢 next asks it of both sides, as after a comparison asked in one message.
    this.rememberBothSides(weighed, context);
    const sources = asked.answer.split('\n').filter((line) => line.startsWith('（来源'));
    // 比西工区多吗: yes or no first, the first side being the figure answered before.
    let verdict = '';
    if (moreThan) {
      const [before, after] = weighed;
      const more = /多|高/.test(moreThan[2]);
      verdict = before.value === after.value ? '' : (more ? before.value > after.value : before.value < after.value) ? '是的。' : '不是。';
    }
    return { ...compared, answer: [`${verdict}${compared.answer}`, ...sources].join('\n') };
  }

  /**
   * The last figure against another thing of the same agency and year (比政府网站多几条): that thing asked in the last
   * figure's measure word, and the difference stated with both figures; undefined unless it is answered with one figure
   * other than the last in the same measure word.
   */
  private gapToLast(last: Fact, thing: string, fewer: boolean): Answer | undefined {
    // 比去年多了多少条 / 比上年少几件: a time (去年, 上年, 前年, 22年, 上个月) is no other thing of the same agency and year;
    // asked as one (238条 of 2024 standing for 去年), the same year's total would be set against its own part.
    if (TIME_NOT_THING.test(thing)) return undefined;
    const asked = this.askOne(`${last.agency}${last.year}年${thing}${/发|公开|发布/.test(thing) ? '' : '发了'}多少${last.unit}`, {});
    const other = asked.kind === 'figure' && asked.facts.length >= 1 ? asked.facts[0] : undefined;
    // 公众号推了847篇, then 比网站多吗 against the site's 381条: items published are counted in 条 or 篇 alike; the two are
    // weighed with each measure word printed beside its figure.
    const postsAlike =
      other !== undefined && other.unit !== last.unit && /^[条篇]$/.test(other.unit ?? '') && /^[条篇]$/.test(last.unit ?? '');
    if (!other || (other.unit !== last.unit && !postsAlike) || other.agency !== last.agency || other.year !== last.year) return undefined;
    if (other.value === last.value && other.key === last.key && other.sentence === last.sentence) return undefined;
    const difference = fewer ? other.value - last.value : last.value - other.value;
    const unit = postsAlike ? '条（篇）' : last.unit;
    const said =
      difference >= 0
        ? `${fewer ? '少' : '多'}${formatNumber(difference)}${unit}`
        : `不是${fewer ? '少' : '多'}，反而${fewer ? '多' : '少'}${formatNumber(Math.abs(difference))}${unit}`;
    const sides = postsAlike
      ? `${formatNumber(last.value)}${last.unit} − ${formatNumber(other.value)}${other.unit}`
      : `${formatNumber(last.value)} − ${formatNumber(other.value)}`;
    return {
      kind: 'figure',
      answer: `比${thing}${said}（${sides}）。\n${asked.answer}`,
      facts: [last, other],
    };
  }

  /**
   * 哪个渠道发得最多 right after a total whose sentence splits it by channel (主动公开22条，其中政府网站5条、智慧西工17条): the
   * remembered figure is the total alone, so the last question is asked again for its channels, which are ranked.
   */
  private channelsOfLastTotal(memory: ConversationMemory, input: string, context: { user?: string }): Answer | undefined {
    // Cheap test first: a channel named in the question, after one total remembered.
    if (!/渠道|平台|途径/.test(input) || memory.lastFacts?.length !== 1 || memory.lastFacts[0].key !== 'proactive_items') return undefined;
    if (!memory.lastQuestion) return undefined;
    const again = this.askOne(memory.lastQuestion, context);
    const fewer = fewerAsked(input);
    const named: Array<[string, Fact]> = [];
    for (const fact of again.facts.filter((candidate) => candidate.key === 'proactive_items_by_channel')) {
      const channel = channelOfClause(fact.sentence ?? '', fact.value);
      if (channel) named.push([channel, fact]);
    }
    if (named.length < 2 || new Set(named.map(([channel]) => channel)).size < named.length) return undefined;
    const sorted = named.sort(([, a], [, b]) => (fewer ? a.value - b.value : b.value - a.value));
    if (sorted[0][1].value === sorted[1][1].value) return undefined;
    const [top, fact] = sorted[0];
    const total = again.facts.find((candidate) => candidate.key === 'proactive_items');
    const listed = joinList(sorted.map(([channel, each]) => `${channel}${formatNumber(each.value)}${each.unit}`));
    const facts = [...(total ? [total] : []), ...sorted.slice(1).map(([, each]) => each), fact];
    // The total and the channel ranked first are remembered: 它占百分之几 after it is that channel's share of the total.
    const key = context.user ? `qa:${context.user}` : undefined;
    const kept = key ? this.options.state?.get<ConversationMemory>(key) : undefined;
    if (key && kept)
      this.options.state?.set<ConversationMemory>(
        key,
        { ...kept, lastFacts: [...(total ? [total] : []), fact], lastMessage: undefined },
        this.ttl,
        { lazy: true },
      );
    return {
      kind: 'figure',
      answer: `${fact.agency}${fact.year}年${top}${fewer ? '最少' : '最多'}，${formatNumber(fact.value)}${fact.unit}。\n${listed}${total ? `（共${formatNumber(total.value)}${total.unit}）` : ''}。`,
      facts,
    };
  }

  /**
   * The remembered figures of one agency and year read from sentences, each of another channel (网站44条, 公众号252条,
   * 微博159条), ranked; undefined unless there are two or more such channels, all counted in one measure word.
   */
  private channelsCompared(remembered: readonly Fact[], fewer: boolean): Answer | undefined {
    const last = remembered[remembered.length - 1];
    if (!last?.sentence || (last.key !== 'sentence' && last.key !== 'proactive_items_by_channel')) return undefined;
    const byChannel = new Map<string, Fact>();
    for (const fact of remembered) {
      if (fact.key !== last.key || !fact.sentence || fact.agency !== last.agency || fact.year !== last.year || fact.unit !== last.unit)
        continue;
      const channel = ownChannel(fact.sentence, fact.value);
      if (channel) byChannel.set(channel, fact);
    }
    if (byChannel.size < 2) return undefined;
    const sorted = [...byChannel.entries()].sort(([, a], [, b]) => (fewer ? a.value - b.value : b.value - a.value));
    const describe = ([channel, fact]: [string, Fact]) => `${channel}${formatNumber(fact.value)}${fact.unit}`;
    const same = sorted[0][1].value === sorted[sorted.length - 1][1].value;
    const verdict = same
      ? `一样多，都是${formatNumber(sorted[0][1].value)}${sorted[0][1].unit}`
      : `${sorted[0][0]}${fewer ? '最少' : '最多'}，${formatNumber(sorted[0][1].value)}${sorted[0][1].unit}`;
    return {
      kind: 'figure',
      answer: `${last.agency}${last.year}年${verdict}。\n${joinList(sorted.map(describe))}。`,
      facts: sorted.map(([, fact]) => fact),
    };
  }

  /**
   * The remembered figures of one measure, one per agency and year, ranked (排个名, 从少到多排一下), or the gap between the
   * first and the last of them (第一名比最后一名多多少); undefined unless three or more such figures are remembered.
   */
  private rankRemembered(remembered: Fact[], input: string): Answer | undefined {
    const facts = latestPerPlace(sameMeasureAsLast(remembered));
    if (facts.length < 3 || new Set(facts.map((fact) => fact.agency)).size < facts.length) return undefined;
    const fewer = /从少到多|从小到大|倒序|升序/.test(input);
    const sorted = [...facts].sort((a, b) => (fewer ? a.value - b.value : b.value - a.value));
    const describe = (fact: Fact) => `${fact.agency}${fact.year}年${formatNumber(fact.value)}${fact.unit}`;
    const years = new Set(facts.map((fact) => fact.year));
    const note = years.size > 1 ? `（注意：年份不同：${joinList([...years].map((year) => `${year}年`))}）` : '';
    const gap = ENDS_GAP_ASKED.exec(input);
    if (gap) {
      const [first, last] = [sorted[0], sorted[sorted.length - 1]];
      const difference = Math.abs(first.value - last.value);
      return {
        kind: 'figure',
        answer: `第一名${describe(first)}，最后一名${describe(last)}，相差${formatNumber(difference)}${first.unit}（${formatNumber(Math.max(first.value, last.value))} − ${formatNumber(Math.min(first.value, last.value))}）。${note}`,
        facts: [first, last],
      };
    }
    // 中卫排第几: the place of the agency named, then the whole ranking.
    const named = this.placeInRankAsked(input)
      ? this.index.find(input).flatMap((mention) => mention.agencies.map((agency) => agency.name))
      : [];
    const place = sorted.findIndex((fact) => named.includes(fact.agency));
    if (!RANK_REMEMBERED.test(input) && place < 0) return undefined;
    const lines = sorted.map((fact, at) => `${at + 1}. ${describe(fact)}`);
    const placed = place >= 0 ? `${sorted[place].agency}排第${place + 1}（${fewer ? '从少到多' : '从多到少'}）。\n` : '';
    return {
      kind: 'figure',
      answer: `${placed}${fewer ? '从少到多' : '从多到少'}：${note}
${lines.join('\n')}`,
      facts: sorted,
    };
  }

  private compareRemembered(remembered: Fact[], fewer: boolean, bare = false): Answer {
    // The latest figure and the ones before it of the same kind; else simply the last two.
    const sameKind = latestPerPlace(sameMeasureAsLast(remembered));
    const lastTwo = remembered.slice(-2);
    // 复议0件 then 公众号24条: two figures read from sentences that count different things are no comparison.
    // (通知公告240条 then 政务动态1287条, two items of one breakdown, or two channels' counts, do compare.)
    const partsOfOne =
      lastTwo.length === 2 &&
      (itemsOfOneBreakdown(lastTwo[0], lastTwo[1]) ||
        ofOtherChannels(lastTwo[0], lastTwo[1]) ||
        twoChannelsCounted(lastTwo[0], lastTwo[1]));
    if (bare && sameKind.length < 2 && lastTwo.length === 2 && !partsOfOne && lastTwo.every((fact) => fact.key === 'sentence'))
      return this.clarify(
        `刚才的两个数字说的不是同一件事（${lastTwo.map((fact) => `${fact.agency}${fact.year}年${printedLead(fact)}${formatNumber(fact.value)}${fact.unit}`).join('；')}），没法比较。请说明要比较的是什么，例如把两个机关的名字和要比的事项一起说出来。`,
      );
    const facts = sameKind.length >= 2 ? sameKind : lastTwo;
    const sorted = [...facts].sort((a, b) => (fewer ? a.value - b.value : b.value - a.value));
    // A prose figure has no table row: its own name says what was counted (主动公开信息的条数). Figures of one agency and year
    // read from sentences are told apart by their words there (微信公众号发布信息584条 against “瓮安政务”微博发布信息298条:
    // 哪个多 names the channel, not only the agency and year both share). So does a figure the importer read from a sentence
    // under a key with no name of its own (proactive_items_by_channel: 在宿迁水利微信公众号自媒体发布694条).
    const oneSubject = new Set(facts.map((fact) => `${fact.agency}|${fact.year}`)).size === 1;
    const describe = (fact: Fact) =>
      `${fact.agency}${fact.year}年${figureRowName(fact.key) || (proseFigureByKey(fact.key)?.name ?? '') || (oneSubject && fact.sentence ? printedLead(fact) : '')}${formatNumber(fact.value)}${fact.unit}`;
    const same = sorted[0].value === sorted[sorted.length - 1].value;
    const years = new Set(facts.map((fact) => fact.year));
    const verdict = same
      ? `一样多，都是${formatNumber(sorted[0].value)}${sorted[0].unit}`
      : `${describe(sorted[0])}${fewer ? '最少' : '最多'}`;
    const note = years.size > 1 ? `（注意：年份不同：${joinList([...years].map((year) => `${year}年`))}）` : '';
    return { kind: 'figure', answer: `${verdict}。${note}\n${joinList(facts.map(describe))}。`, facts };
  }

  /**
   * 发布的政务公开信息多少条 answered with the headline (主动公开信息4条) where a sentence of the same report lists
   * 政务公开信息16条: an item printed whole in the question's own words, right before its count, is what is asked.
   */
  private itemOfListAsked(text: string, agency: AgencyRecord, facts: readonly Fact[]): boolean {
    // Cheap test first: a run of four characters or more ending in 信息 the question names, or four that name the way the
    // items were published (连生乡政务公开多少条 against 主动公开政府信息598条,其中,政务公开517条).
    const asked = /\p{Script=Han}{2,8}信息|\p{Script=Han}{2}公开/u.exec(text)?.[0];
    if (!asked || facts.length === 0) return false;
    const report = this.store.reportsOfAgency(agency.id).find((each) => each.year === facts[0].year);
    const sentences = new Set(facts.map((fact) => fact.sentence ?? ''));
    if (report) for (const figure of this.store.proseFigures(report.id)) sentences.add(figure.sentence);
    const question = toSimplified(text);
    for (const sentence of sentences)
      for (const [, item, value] of toSimplified(sentence).matchAll(LISTED_ITEM))
        if (question.includes(item) && !facts.some((fact) => fact.value === Number(value))) return true;
    return false;
  }

  /**
   * Sentence retrieval where the structured answer falls short: no topic was recognised, the
   * report does not hold the figure (or the year asked is a year before the report's), the
   * measure word does not fit the figure found (几家企业 against a count of guests), or a
   * channel is named (微信发了多少条) where the catalogue holds the all-channel figure.
   * Returns undefined to keep the structured answer.
   */
  /**
   * A row's whole asked of a page cut before its table (同意公开几件 where table 三 is missing, 收到多少申请): the prose may
   * state it in the table's own words (已办结件中予以公开的9件, 依申请公开申请数为21件). The row's printed and everyday names
   * are searched in the question's stead, the first that finds a figure answering. Never a column (法人申请了几件), whose
   * figure the row's whole is not.
   */
  private cutRowInProse(
    structured: Answer,
    topic: Topic | undefined,
    search: (text: string, clauseMust?: RegExp) => Retrieved | undefined,
  ): Retrieved | undefined {
    if (structured.kind !== 'refusal' || !structured.answer.includes('（页面）不完整') || topic?.type !== 'cell') return undefined;
    // (Table 二's rows print several counts, 制发, 废止, 现行有效, none of them the row's whole: only the column asked is looked
    // for, in a clause naming both the row and that column, 我局制定规范性文件5件 for 当年制定的几件 after 规范性文件.)
    if (topic.row.table === 'proactive' && topic.row.columns.length > 1 && !topic.alsoRows?.length && !topic.breakdown)
      return this.cutColumnInProse(topic, search);
    if ((topic.column && topic.column.key !== 'total') || topic.byApplicant || topic.legalPersons || topic.everyColumn) return undefined;
    if (topic.alsoRows?.length || topic.breakdown || (topic.row.table === 'proactive' && topic.row.columns.length > 1)) return undefined;
    // Only names of four characters or more (予以公开, 新收申请, 本机关不掌握…), and the clause stating the figure must hold the
    // name itself: a short everyday word (受理, 依申请, 新收) finds clauses of other counts (专栏4个, 受理…452件 of the whole city).
    for (const word of new Set([...topic.row.match, ...topic.row.synonyms])) {
      if (word.length < 4) continue;
      const found = search(`${word}多少${topic.row.unit}`, new RegExp(escapeRegExp(word)));
      if (found?.value !== undefined) return found;
    }
    return undefined;
  }

  /** A table 二 row's column asked of a page whose table is cut or unread, from a clause naming the row and that column. */
  private cutColumnInProse(
    topic: Topic & { type: 'cell' },
    search: (text: string, clauseMust?: RegExp) => Retrieved | undefined,
  ): Retrieved | undefined {
    const column = topic.column;
    if (!column || column.key === 'total') return undefined;
    const rowWords = [...new Set([...topic.row.match, ...topic.row.synonyms])].filter((word) => word.length >= 4);
    // (Only the column's own words of two characters or more: 发布 and 新增 stand in clauses of other counts, 有效 in any.)
    const columnWords = [column.label, ...column.synonyms].filter((word) => word.length >= 2 && !/^(?:发布|新增|有效|现行)$/.test(word));
    const others = topic.row.columns.filter((other) => other.key !== column.key).flatMap((other) => [other.label, ...other.synonyms]);
    for (const row of rowWords)
      for (const word of columnWords) {
        const found = search(`${word}${row}多少${topic.row.unit}`, new RegExp(escapeRegExp(row)));
        if (found?.value === undefined) continue;
        const clause = toSimplified(found.clause);
        // The clause says the column's word before the row's (制定规范性文件5件), and no other column's (现行有效的规范性文件16件).
        const at = clause.indexOf(row);
        if (at < 0 || !clause.slice(0, at).includes(word)) continue;
        if (others.some((other) => other.length >= 2 && clause.includes(other) && !word.includes(other))) continue;
        return found;
      }
    return undefined;
  }

  private withRetrieval(
    structured: Answer,
    asked: { text: string; topic?: Topic; agency: AgencyRecord; years: number[]; restored?: boolean; yearsRemembered?: boolean },
  ): Answer | undefined {
    if (this.finalRefusals.has(structured)) return undefined;
    // 某局复议呢 on a page cut before the table: a row named with 呢 alone asks its count (as that follow-up does), which the
    // prose may state (被提起行政复议1件).
    const question =
      structured.kind === 'refusal' && asked.topic?.type === 'cell' && BARE_ROW_ASKED.test(asked.text)
        ? { ...asked, text: asked.text.replace(BARE_ROW_ASKED, '多少') }
        : asked;
    const kind = askKind(question.text);
    const unit = askedUnit(question.text);
    // 共受理申请多少件 against table 三's 本年新收713 where the prose prints 全年共受理…749件: the prose's whole counts the
    // applications carried in from the year before as well; it answers, said so, only when it is exactly the two rows' sum.
    const wholeReceived = this.wholeReceivedStated(structured, question);
    if (wholeReceived) return wholeReceived;
    // 今年新增了多少关注 against 累计关注量达56人: the report prints the level reached, not the growth; no figure answers it.
    if (
      structured.kind === 'figure' &&
      structured.facts.length > 0 &&
      GROWTH_ASKED.test(question.text) &&
      !/比/.test(question.text) &&
      question.years.length <= 1 &&
      structured.facts.every((fact) => cumulativeLevelIn(fact.sentence ?? structured.answer, fact.value))
    )
      return {
        kind: 'refusal',
        answer: `报告只写了${question.agency.name}的累计数，没有写明这一年新增或增长了多少，我不能替它算出一个数。`,
        facts: [],
      };
    // Applications are counted per applicant (多少人来申请 asks for 件).
    // Not when the counted thing is information (依申请公开了多少条信息, 依申请公开信息数多少条): that is no count of applications.
    const perApplicant =
      question.topic?.type === 'cell' &&
      question.topic.row.table === 'applications' &&
      !countsInformation(question.text) &&
      (unit === undefined || !NOT_APPLICANT_UNITS.test(unit));
    // Cases and decisions a table counts in 件 are also asked in 次 (罚了几次款, 复议过几次) or 回; lawsuits and reviews in 场 too
    // (打了几场官司, 几场复议).
    const eventsCounted =
      question.topic?.type === 'cell' && (unit === '次' || unit === '回' || (unit === '场' && question.topic.row.table === 'appeals'));
    // Letters are printed in 件 in sentences (县长信箱有效信件163件), but a table's 件 counts applications or decisions, never letters.
    const lettersAgainstTable = unit === '封' && question.topic?.type === 'cell';
    // 多少条意见建议 against 收集意见建议14个: units the catalogue reads as printing that same figure count alike.
    const proseUnits = question.topic?.type === 'prose' ? proseFigureByKey(question.topic.key)?.extraction.units : undefined;
    const printedAlike = (stated: string) =>
      proseUnits !== undefined && unit !== undefined && [unit, stated].every((one) => new RegExp(`^(?:${proseUnits.source})$`).test(one));
    const unitMismatch =
      structured.kind === 'figure' &&
      unit !== undefined &&
      !perApplicant &&
      !eventsCounted &&
      structured.facts.length > 0 &&
      (lettersAgainstTable ||
        structured.facts.every(
          // (粉丝多少 against 粉丝达1360万, read as 万人: the 万 is the number's magnitude, the people its unit.)
          (fact) => !unitsAgree(unit, fact.unit.replace(/^[万亿](?=[人名个户])/, '')) && !printedAlike(fact.unit),
        ));
    // 主动公开 asked with a qualifier (a channel, a kind of information: 财政信息, 机构职能类): the
    // catalogue's all-channel total is a neighbouring figure, not the answer.
    const qualified =
      question.topic?.type === 'prose' &&
      question.topic.key === 'proactive_items' &&
      // What is left of the agency's name (翠云街道 after 渝北, 南京西路街道 after 静安区) is no qualifier.
      // (哪年最多 ranks the agency's years: no qualifier of what is counted.)
      (contentWords(withoutAgencyName(question.text.replace(YEARS_RANKED, ''), question.agency?.name)).some(
        (word) => !GENERIC_PROACTIVE.test(word),
      ) ||
        (structured.kind === 'figure' &&
          this.itemOfListAsked(withoutAgencyName(question.text, question.agency?.name), question.agency, structured.facts)));
    // A channel the answer does not mention (抖音粉丝 against WeChat and Weibo followers): not that figure.
    const channel = CHANNEL_WORDS.exec(question.text)?.[0];
    const otherChannel =
      channel !== undefined && question.topic?.type === 'prose' && structured.kind === 'figure' && !structured.answer.includes(channel);
    const channelNamed = (qualified && channel !== undefined) || otherChannel;
    const fellShort = structured.kind === 'refusal' || (!question.topic && structured.kind === 'clarify');
    // 公众号发了多少条 answered with the account's own figure (微信公众平台“魅力侨乡”公开信息1375条): the channel is the only
    // qualifier and that figure explains it; a sentence the search finds (通过微信公众平台转发各类政策解读150余条) is no better.
    const channelOnly =
      qualified &&
      channel !== undefined &&
      structured.kind === 'figure' &&
      structured.facts.length > 0 &&
      // (The kinds of item a channel carried, 门户网站公开行政处罚信息公示47条,行政许可信息公示1143条, explain it as well.)
      structured.facts.every((fact) => fact.key === 'proactive_items_by_channel' || fact.key === 'published_items') &&
      (CHANNEL_NAMES[channel] ?? new RegExp(channel)).test(structured.answer.split('\n')[0]) &&
      contentWords(withoutAgencyName(question.text, question.agency?.name)).every(
        (word) =>
          GENERIC_PROACTIVE.test(word) ||
          CHANNEL_WORDS.test(word) ||
          CHANNEL_PART.test(word) ||
          // 厅网站的呢 of 江西省农业农村厅: the agency's own kind before its channel (厅网站, 局网站) is no other qualifier; the
          // search would find another count on that site (在厅网站“政策解读”专栏发布政策解读文件52篇) for its 11040条.
          (OWN_KIND_CHARACTER.test(word) && toSimplified(question.agency?.name ?? '').includes(word)),
      );
    if (channelOnly) return undefined;
    // 县政府网站公开了多少条 against a total that names no channel and its parts by channel (60931条(…;县政府网站12365条;…)):
    // the part of the channel asked, unless the search finds a sentence of its own for it (below).
    const channelPart =
      qualified && channel !== undefined && structured.kind === 'figure' && structured.facts[0]?.key === 'proactive_items'
        ? this.channelPartOfTotal(question.agency, structured.facts[0].year, question.text)
        : undefined;
    // A table figure asked with a qualifier the row does not explain (网络申请, 信函申请, 12345平台受理的诉求):
    // a sentence stating that part answers it; without one the table's figure stands.
    const cellQualifiers =
      structured.kind === 'figure' && question.topic?.type === 'cell' && mayHoldQualifier(question.topic, question.text)
        ? unexplainedWords(question.topic, contentWords(question.text))
        : [];
    // 申请是不是全部公开了 asks the handling results whole (their verdict is added after), no part of them.
    const partAsked = cellQualifiers.length > 0 && !unitMismatch && !fellShort && !ALL_GRANTED_ASKED.test(question.text);
    // 整改了多少处失效链接: a number asked with a section's word (整改) is a figure of a sentence, not the section's text.
    const numberOfSection = question.topic?.type === 'section' && kind === 'number' && structured.kind === 'text';
    // A count of a prose figure asked with a word its answer never says (几条政策文件征求了意见建议 against the open day's
    // 意见建议5条): a sentence whose figure that word leads to answers it; without one the figure stands.
    const proseUnexplained =
      kind === 'number' && structured.kind === 'figure' && question.topic?.type === 'prose' && question.topic.key !== 'proactive_items'
        ? contentWords(question.text).filter(
            (word) => word.length >= 2 && !GENERIC_PROACTIVE.test(word) && !structured.answer.includes(word),
          )
        : [];
    const proseQualified = proseUnexplained.length > 0 && !unitMismatch && !qualified && !otherChannel && !fellShort && !partAsked;
    if (!unitMismatch && !qualified && !otherChannel && !fellShort && !partAsked && !numberOfSection && !proseQualified) return undefined;
    // A text question about a counted thing (开放日是什么主题) the count does not answer: the sentences may.
    // 复议结果 on a page cut before table 四: the prose may state it (受理政府信息公开行政复议2件,结果维持2件).
    if (kind === 'text' && question.topic && !(fellShort && (question.topic.type === 'prose' || question.topic.type === 'cell')))
      return undefined;
    // 有啥问题没 on a page cut before 五、存在的主要问题: the problems are that part's, and a sentence of another part that says
    // 问题 (镇政府对重大决策问题一律实行公开) is no yes to it. Only a count (整改了多少处) may be a sentence's.
    if (question.topic?.type === 'section' && question.topic.section === 'problems' && kind !== 'number') return undefined;
    const reports = this.store.reportsOfAgency(question.agency.id);
    if (reports.length === 0) return undefined;
    const askedYear = question.years.length === 1 ? question.years[0] : undefined;
    // Two years (2023年比2022年增长了多少) whose reports are missing: a later report may state both.
    // So does 2023年比2022年多吗 (a yes or no on two years' counts): the verdict is weighed on the two figures found.
    if (question.years.length === 2 && (kind === 'number' || COMPARED_YES_NO.test(question.text)) && fellShort)
      return this.twoYearsRetrieved(question.text, question.years, reports);
    if (question.years.length > 1) return undefined;
    // A year after the latest report (去年 before its report is in): the latest report, and the answer says so.
    const afterLatest = askedYear !== undefined && askedYear > reports[reports.length - 1].year;
    const year = afterLatest ? undefined : askedYear;
    // The year asked after the latest report is kept, so the answer can say that report is not in yet (暂无…2024年的报告).
    const latestOnly: boolean | number = afterLatest && askedYear !== undefined ? askedYear : year === undefined && reports.length > 1;
    // The year's own report, and the next two: a report often states the year before's figures.
    const candidates =
      year === undefined
        ? [reports[reports.length - 1]]
        : reports.filter((report) => report.year >= year && report.year <= year + 2).sort((a, b) => a.year - b.year);
    // 一共要办多少件 where table 三 is cut: what there was to handle is its 总计, the year's new applications and those carried in
    // from the year before, which one prose sentence may print side by side (新收到…申请78件,结转上年度办理3件): their sum, said
    // so. Read so too where a remembered row (上年结转, 答复) stands as the topic: 要办 asks the whole to handle.
    if (
      fellShort &&
      kind === 'number' &&
      (!question.topic || (question.topic.type === 'cell' && question.topic.row.table === 'applications')) &&
      TO_HANDLE_ASKED.test(question.text) &&
      candidates.length === 1
    ) {
      const sum = this.newAndCarriedInStated(candidates[0]);
      if (sum) return sum;
    }
    // A count of applications is never one of the reviews or lawsuits they led to (因政府信息公开申请产生行政复议3起), nor one
    // of other requests that never says 申请 (被举报投诉数量0件, 建议、提案4件), unless the question asks for those.
    const applicationsCell = question.topic?.type === 'cell' && question.topic.row.table === 'applications';
    // 上年结转的申请有几件 against 2025年度新收…申请数量40件,2024年结转7件: a count carried over or on is only ever a clause
    // that says it was carried (结转, 转入), never the year's new applications beside it.
    const carriedKey = question.topic?.type === 'cell' ? question.topic.row.key : undefined;
    const carriedAsked = carriedKey === 'carried_over' || carriedKey === 'carried_forward';
    // 民呼我为办结了几件 where the report quotes “民呼我为”: the question asks of that thing, not of applications.
    // (Read when first needed: reading every section of the candidates for quoted names cost a few per cent of all answer
    // time when it was done for every search.)
    let quoted: string[] | undefined;
    const quotedAsked = (): string[] =>
      (quoted ??= quotedNamesAsked(
        question.text,
        candidates.flatMap((report) => Object.values(this.store.sections(report.id))),
      ));
    // 作出了多少行政处罚 / 行政处罚决定有几个: decisions made, asked by their verb or 决定, of a row of table 二.
    const decisionsMadeAsked =
      question.topic?.type === 'cell' && question.topic.row.table === 'proactive' && DECISIONS_MADE_ASKED.test(question.text);
    // (Only of what came in: 不予公开几条 against 不予公开信息4条 is an outcome the clause counts in 条 with no word of applying.)
    const receivedAsked =
      question.topic?.type === 'cell' &&
      question.topic.row.key === 'received' &&
      /申请/.test(question.text) &&
      !/结果|公开了|办理/.test(question.text);
    const clauseNot =
      applicationsCell && !/复议|诉讼/.test(question.text) && !OTHER_REQUESTS_COUNTED.test(question.text)
        ? (clause: string) =>
            !quotedAsked().some((name) => clause.includes(name)) &&
            ((carriedAsked && !CARRIED_WORDS.test(clause)) ||
              // 转到下一年办理的有几件 against 上年结转7件,公开答复274件,转下年度办理9件: carried on, asked so, is never the clause
              // carried in, and carried in never the clause carried on (both say 结转 or 转). A bare 结转了几件 takes either.
              (carriedKey === 'carried_forward' &&
                CARRIED_ON_ASKED.test(question.text) &&
                CARRIED_IN.test(clause) &&
                !CARRIED_ON.test(clause)) ||
              (carriedKey === 'carried_over' &&
                CARRIED_IN_ASKED.test(question.text) &&
                CARRIED_ON.test(clause) &&
                !CARRIED_IN.test(clause)) ||
              /复议|诉讼/.test(clause) ||
              (OTHER_REQUESTS_COUNTED.test(clause) && !/申请/.test(clause)) ||
              // 其中政府网站发布信息95条: items published, with no word of applying, count no applications.
              // (已主动公开和同意公开的31件 is an outcome of applications: 同意公开 says so.)
              (!/申请/.test(clause) && /发布|主动公开/.test(clause) && !/(?<![不未])(?:同意|予以|准予)公开/.test(clause)) ||
              // 收到多少政府信息公开申请 against 通过政府门户网站公开信息30条 / 其中,政府信息公开指南1条: items of information
              // counted in 条, with no word of applying nor of receiving, count no applications.
              (receivedAsked &&
                !/申请|收到|受理|接到|接收|提出/.test(clause) &&
                /公开|发布/.test(clause) &&
                /\d+(?:余|多)?条/.test(clause)) ||
              // (含2022年结转0件): the count carried over is not the count received or handled, unless 结转 is asked.
              // (The question's 转结 asks it as well: 上年度转结申请多少件.)
              (CARRIED_COUNT_AT_END.test(clause) && !/结转|转结|转接/.test(question.text)))
        : decisionsMadeAsked
          ? // 作出了多少行政处罚 against 依法公示行政处罚40条: items published (公示, 公开, 信息) are no decisions made.
            (clause: string) => /公示|公开|发布|信息/.test(clause) && !/决定|作出|做出|办理|办结|实施|查处/.test(clause)
          : undefined;
    const search = (text: string, clauseMust?: RegExp) =>
      candidates.length > 0
        ? retrieve(this.store, { text, kind, year, reports: candidates, clauseMust, clauseRejected: clauseNot })
        : undefined;
    const inPian = (found: ReturnType<typeof search>) => (found && /篇$/.test(found.unit ?? '') ? found : undefined);
    // 工作总结发了几篇 where the report counts items in 条: when no sentence counts the thing in 篇, its count in 条 answers.
    // 部门动态发了几件 where the report counts them in 条 (部门工作动态51条): items published are counted in either.
    const publishedItems =
      (unit === '件' || unit === '条') && /发|公开了|推送|转载/.test(question.text) && !NOT_PUBLISHED_PIECES.test(question.text);
    // 双河镇通过网站公开了多少条 of 双河镇人民政府: what is left of the agency's name says which agency, and would lead the
    // search to the headline that starts with it (双河镇主动公开政府信息170余条) instead of the channel's clause.
    // (Only the name's part the question starts with, and only where a channel is asked: the channel's own clause is wanted.)
    const nameLead = /^\p{Script=Han}{3,}/u.exec(question.text)?.[0] ?? '';
    let leadLength = 0;
    while (leadLength < nameLead.length && toSimplified(question.agency.name).includes(nameLead.slice(0, leadLength + 1))) leadLength += 1;
    const searchedText = qualified && channel !== undefined && leadLength >= 3 ? question.text.slice(leadLength) : question.text;
    let retrieved =
      search(/\p{Script=Han}{2}/u.test(searchedText) ? searchedText : question.text) ??
      (unit === '篇' || (publishedItems && unit === '件') ? search(question.text.replace(/(多少|几)[篇件]/, '$1条')) : undefined) ??
      // 微博发了多少条 against 政务微博651篇: posts published are counted in 篇 as well (only a count printed in 篇: 几篇 agrees
      // with 件 too, and 政府文件28件 is no count of posts).
      (publishedItems && unit === '条' ? inPian(search(question.text.replace(/(多少|几)条/, '$1篇'))) : undefined) ??
      this.cutRowInProse(structured, question.topic, search);
    // 部门动态多少件 with no verb of publishing, against 主动公开…信息67条（含部门工作动态51条）: a part of the items a sentence
    // says were published, counted in 条, answers it — only where the sentence publishes and the clause counts no requests,
    // cases or decisions.
    if (!retrieved && unit === '件' && !publishedItems && !applicationsCell && !NOT_PUBLISHED_PIECES.test(question.text)) {
      const other = search(question.text.replace(/(多少|几)件/, '$1条'));
      const clause = toSimplified(other?.clause ?? '');
      if (
        other?.value !== undefined &&
        /主动公开|发布|公开发布/.test(toSimplified(other.sentence ?? '')) &&
        !NOT_PUBLISHED_PIECES.test(clause) &&
        !OTHER_REQUESTS_COUNTED.test(clause)
      )
        retrieved = other;
    }
    // 部门工作动态发了多少条 of a report that prints 部门动态30件: a figure in the other measure word that the question's words
    // stand nearer before (部门动态30件 against 部门动态30件，通过…公众号转载、发布…各类信息183条) answers it.
    if (publishedItems && retrieved?.value !== undefined) {
      // Only the words that name the part (部门动态, 解读类): 信息, 发布 stand before every count of items published.
      const words = contentWords(question.text).filter((word) => word.length >= 2 && !GENERIC_PROACTIVE.test(word));
      const current = wordsBeforeFigure(toSimplified(retrieved.clause), retrieved.value, words);
      // (Only where the sentence found prints a figure in the other measure word right after one of those words.)
      if (
        current > 2 &&
        words.some((word) => figureRightAfter(toSimplified(retrieved?.sentence ?? ''), word, unit === '件' ? '条' : '件'))
      ) {
        const other = search(question.text.replace(/(多少|几)[条件]/, `$1${unit === '件' ? '条' : '件'}`));
        // Only a figure the part's word stands right before (部门动态30件): a word far off leads to any figure.
        const near =
          other?.value !== undefined ? wordsBeforeFigure(toSimplified(other.clause), other.value, words) : Number.POSITIVE_INFINITY;
        if (near <= 2 && near < current) retrieved = other;
      }
    }
    // 收到多少条留言 where the report counts them in 件 (收到留言办理92件): messages, letters and calls are counted in either.
    // (Not proposals: 政协提案几件 against 人大政协提案建议15条 lumps two kinds together.)
    if (!retrieved && (unit === '条' || unit === '件') && !applicationsCell && MESSAGES_COUNTED.test(question.text))
      retrieved = search(question.text.replace(/(多少|几)[条件]/, unit === '条' ? '$1件' : '$1条'));
    // 政协提案办了几件 against 办理人大代表建议和答复1条,办理政协提案和答复2条: proposals of one kind are counted in 条 or 件
    // alike, where the clause counts that kind alone (never 人大政协提案建议15条, which lumps the two).
    if (!retrieved && (unit === '条' || unit === '件') && !applicationsCell && PROPOSALS_OF_ONE_KIND.test(question.text)) {
      const other = search(question.text.replace(/(多少|几)[条件]/, unit === '条' ? '$1件' : '$1条'));
      if (other && !LUMPED_PROPOSALS(toSimplified(other.clause))) retrieved = other;
    }
    // 收到几件申请 where a cut-off report counts them in 条 (共收到依申请公开7条): the count in 条 answers when its own clause
    // says 申请 (政府信息公开工作年度报告1条 shares the question's words but counts a kind of item published).
    if (!retrieved && unit === '件' && applicationsCell) retrieved = search(question.text.replace(/(多少|几)件/, '$1条'), /申请/);
    // 民呼我为收到了几件 where table 三 is cut: a channel, platform or thing the question names, with no word of applying, is no
    // application. Unless a clause naming it counts it, neither the year's applications (受理政府信息公开申请0件) nor a sentence
    // saying none came in answers it.
    if (fellShort && kind === 'number' && question.topic?.type === 'cell' && question.topic.row.key === 'received') {
      const named = otherThingThanApplications(question.topic, question.text);
      if (named.length > 0 && !(retrieved && named.some((word) => toSimplified(retrieved?.clause ?? '').includes(word))))
        return this.refusal(
          `${question.agency.name}的年度报告中没有写明您问的这一项收到了多少；报告里收到的件数只统计政府信息公开申请，不是它的数字，无法回答。`,
        );
    }
    // 强制措施几件 / 罚了多少 where table 二 is cut and the prose counts the row by its printed name (全年共办理行政许可26768件、
    // 行政处罚538件、行政强制95件): asked in the report's own words, the clause naming the row.
    if (
      !retrieved &&
      kind === 'number' &&
      fellShort &&
      question.topic?.type === 'cell' &&
      isDecisionRow(question.topic.row) &&
      !question.text.includes(question.topic.row.label) &&
      // (罚了多少 implies 元 but names no money: the count of decisions is what the prose can say; 罚了多少钱 is refused.)
      (unit === undefined || unit === '件' || unit === '次' || unit === '个' || unit === '元') &&
      !/钱|元|金额/.test(question.text)
    )
      retrieved = search(`${question.topic.row.label}多少件`, new RegExp(question.topic.row.label));
    // 有没有人去法院起诉 where table 四 is cut: 起诉 read as one row of lawsuits (未经复议直接起诉) that the question never names
    // (直接, 复议后) is any lawsuit, which the prose counts as 行政诉讼 (产生行政复议13件和行政诉讼1件).
    if (
      !retrieved &&
      fellShort &&
      question.topic?.type === 'cell' &&
      question.topic.row.table === 'appeals' &&
      question.topic.row.group === '行政诉讼' &&
      ![...question.topic.row.match, ...question.topic.row.synonyms].some((word) => question.text.includes(word))
    )
      retrieved = search(`${askedYear ?? ''}行政诉讼多少件`, /诉讼/);
    // 共收到自然人申请2件: a sentence counting applications without the question's 政府信息公开 covers too few of its words;
    // the count of applications received, asked in the report's own words, finds it.
    if (
      !retrieved &&
      kind === 'number' &&
      fellShort &&
      applicationsCell &&
      question.topic?.type === 'cell' &&
      question.topic.row.key === 'received' &&
      // (依申请公开历年累计多少件: a count over the years, which no year's count of applications received answers.)
      !OVER_MANY_YEARS.test(question.text)
    )
      retrieved = search(`${askedYear ?? ''}收到申请多少件`, /申请/);
    // 有几件申请结转到下一年 where table 三 is cut: asked in the report's own words (结转下年度继续办理2件), the clause saying 结转;
    // reports also write 转下年度继续办理1件 or 顺延到下年度答复33件, each asked in its words, the clause saying it.
    if (
      !retrieved &&
      kind === 'number' &&
      fellShort &&
      question.topic?.type === 'cell' &&
      question.topic.row.key === 'carried_forward' &&
      candidates.length > 0
    )
      for (const [words, clauseMust] of CARRIED_PHRASINGS) {
        retrieved = retrieve(this.store, { text: `${askedYear ?? ''}${words}多少件`, kind, year, reports: candidates, clauseMust });
        if (retrieved) break;
      }
    // 予以公开中含上年结转几件 where table 三 is cut: asked in the report's own words (含上年结转5件, 含2024年结转12件), the clause
    // carried in from the year before; the other words of the question (予以公开, 含) only say where the report prints it.
    if (
      !retrieved &&
      kind === 'number' &&
      fellShort &&
      question.topic?.type === 'cell' &&
      question.topic.row.key === 'carried_over' &&
      !question.topic.alsoRows?.length &&
      candidates.length > 0
    )
      retrieved = retrieve(this.store, {
        text: `${askedYear ?? ''}上年结转多少件`,
        kind,
        year,
        reports: candidates,
        clauseMust: CARRIED_IN_CLAUSE,
      });
    // A year kept from the conversation, not asked (海原县科技局2024年的亮点, then 增速多少): that year's report answers with a
    // figure it prints for another year (2023年增速138.8%), whose year the answer says; an asked year still takes only its own.
    const ownReport = reports.find((report) => report.year === year);
    if (!retrieved && question.yearsRemembered && year !== undefined && ownReport)
      retrieved = retrieve(this.store, { text: question.text, kind, year: undefined, reports: [ownReport] });
    // No year asked and the latest report (often a page cut short) does not state it: the newest older report that
    // does, and the answer says which year it is from.
    if (!retrieved && year === undefined)
      for (const older of reports.slice(0, -1).reverse()) {
        retrieved = retrieve(this.store, { text: question.text, kind, year, reports: [older] });
        if (retrieved) break;
      }
    // 办结多少件申请 where table 三 is cut and the sentence (年内共办结182件) leaves out 申请, which its paragraph names
    // before it ((二)依申请公开情况。…共接到…依申请公开184件…): the sentence counts applications all the same.
    if (!retrieved && kind === 'number' && fellShort && question.topic?.type === 'cell' && question.topic.row.table === 'applications') {
      const bare = question.text.replace(/(?:政府信息公开|信息公开|依申请公开|依申请)?申请/g, '');
      const again = bare !== question.text && /\p{Script=Han}{2}/u.test(bare) ? search(bare) : undefined;
      if (again && this.paragraphNamesBefore(again, /申请/)) retrieved = again;
    }
    // 收到几件申请 where the report only says 未收到申请: the answer is that there were none.
    // (民呼我为收到了几件 names a thing the report quotes: a none of applications says nothing of it.)
    if (!retrieved && kind === 'number' && fellShort && candidates.length > 0 && quotedAsked().length === 0) {
      // (未发生因政府信息公开被申请行政复议的情况 says no review happened, not that no one applied.)
      // 主动公开政府信息多少条 against 全年未产生政府信息公开信息处理费: a none of a fee counts nothing but the fee.
      const noneOf = (text: string) =>
        noneStated(
          retrieve(this.store, {
            text,
            kind: 'yesno',
            year,
            reports: candidates,
            // (主动公开多少条信息 against 本单位未收到政府信息公开申请: a none of applications counts nothing published.)
            clauseRejected: (clause: string) =>
              clauseNot?.(clause) ||
              (FEE_NONE.test(clause) && !FEE_ASKED.test(question.text)) ||
              (/主动(?:公开|发布)/.test(question.text) && !/申请/.test(question.text) && /申请/.test(toSimplified(clause))),
          }),
        );
      // (二)依申请公开情况 / 本年度,未接到群众要求公开的信息: the heading names the applications, the sentence under it says none came.
      const none =
        noneOf(question.text) ??
        (question.topic?.type === 'cell' && question.topic.row.key === 'received' ? noneOf(`${askedYear ?? ''}依申请公开`) : undefined);
      if (none) {
        this.lastRetrieval = { kind, unit };
        return this.retrievedAnswer(none, 'yesno', latestOnly, unit ?? '件');
      }
    }
    // 申请办结了没有 / 有没有被驳回的 where table 三 is cut and the report says no application came in (未收到申请): none
    // to handle, said so from that sentence instead of the cut table's refusal.
    // (A clause of reviews or lawsuits, 无…行政复议、诉讼、申请案例, found for 有人申请吗 says nothing of applications.)
    const appealClause =
      retrieved !== undefined && /复议|诉讼/.test(toSimplified(retrieved.clause)) && !/复议|诉讼|起诉|告/.test(question.text);
    if ((!retrieved || appealClause) && kind === 'yesno' && fellShort && applicationsCell && candidates.length > 0) {
      const noneOf = (text: string) =>
        noneStated(retrieve(this.store, { text, kind: 'yesno', year, reports: candidates, clauseRejected: clauseNot }));
      // (二)依申请公开 / 2024年,我局无依申请公开事项: the row's own words find the sentence saying none came.
      const none = noneOf(question.text) ?? noneOf(`${askedYear ?? ''}收到申请了吗`) ?? noneOf(`${askedYear ?? ''}依申请公开`);
      if (none && (NONE_RECEIVED.test(toSimplified(none.clause)) || NONE_APPLIED_OTHERWISE.test(toSimplified(none.clause)))) {
        this.lastRetrieval = { kind, unit };
        return this.retrievedAnswer(none, 'yesno', latestOnly, undefined, question.text);
      }
    }
    // 收到几件申请 where the report counts them in words (收到政府信息公开申请一件): the count read at import answers.
    if (!retrieved && kind === 'number' && fellShort && question.topic?.type === 'cell' && question.topic.row.key === 'received')
      retrieved = this.countInWords(candidates, year, question.topic.column?.key ?? 'total');
    // A column the question names (维持, 自然人) must be what the sentence states: 行政复议1起 is no count of 维持.
    const column = question.topic?.type === 'cell' ? question.topic.column : undefined;
    const columnWords =
      column && column.key !== 'total' ? [column.label, ...column.synonyms].filter((word) => question.text.includes(word)) : [];
    // (By any of the column's names: 个人申请的有多少 against 其中370项为自然人提交.)
    const columnNames = column ? [column.label, ...column.synonyms] : [];
    // 法人申请的有几件 against 受理…事项390件,其中370项为自然人提交,20项为法人提交: only a clause that names legal persons
    // (法人, 企业, 其他组织) counts them; the total before them does not.
    const legalPersonsAsked = question.topic?.type === 'cell' && question.topic.legalPersons === true;
    let found: Retrieved | undefined =
      retrieved &&
      ((columnWords.length > 0 &&
        !columnNames.some((word) => toSimplified(retrieved.sentence).includes(word)) &&
        // 企业申请的 against 法人或其他组织申请6件: the group holding companies answers, noted as the group's count.
        !(column?.key === 'business' && APPLICANT_GROUP_STATED.test(toSimplified(retrieved.clause)))) ||
        (legalPersonsAsked && !LEGAL_PERSONS_STATED.test(toSimplified(retrieved.clause))))
        ? undefined
        : retrieved;
    // 复议纠正了几件 against 因不服答复引起行政复议3件,1件结果维持,2件结果纠正: the column named is counted in a clause of its
    // own; the sentence's first count (the reviews' 3) is none of it. The clause naming the column answers, or none does.
    // (Only of reviews and lawsuits, and only where the sentence names the column: 法人或其他组织申请9件 stands for 企业 as its
    // group's count; a row of table 二 or of other requests keeps the clause it found.)
    if (
      found?.value !== undefined &&
      question.topic?.type === 'cell' &&
      question.topic.row.table === 'appeals' &&
      columnWords.length > 0 &&
      columnWords.some((word) => toSimplified(found?.sentence ?? '').includes(word)) &&
      !columnNames.some((word) => toSimplified(found?.clause ?? '').includes(word))
    )
      found = columnClauseOf(found, columnWords);
    // 收了多少信息公开费 where no fee is stated: a sentence's count of applications (收到…申请15件) is no amount of money.
    // (没交费不再处理的有几件 counts applications in 件: a count asked stays one.)
    const feeAsked = FEE_ASKED.test(question.text) && (unit === undefined || unit === '元');
    if (found?.value !== undefined && feeAsked && !unitsAgree('元', found.unit ?? '') && !feeNamedItemCounted(question.text, found))
      found = undefined;
    const clauseOfFound = found?.clause ?? '';
    if (proseQualified && (!found || !proseUnexplained.some((word) => clauseOfFound.includes(word)))) return undefined;
    // (Nor is the total itself, found in the sentence that lists the channels together: 网站、新媒体平台13635条 is none alone.)
    if (channelPart && (!found || found.value === structured.facts[0].value)) return channelPart;
    if (channelFigureStands(channel, qualified, structured, found)) return undefined;
    if (partAsked && (!found || !cellQualifiers.some((word) => clauseOfFound.includes(word)))) {
      // A way of applying (电话, 网上, 信函) is a breakdown table 三 does not have: say so rather than let the total pass for it.
      const channels =
        question.topic?.type === 'cell' && question.topic.row.table === 'applications' ? cellQualifiers.filter(isApplicationChannel) : [];
      // 网上申请几件 against 从申请方式看，网络申请3件: the same way of applying in the report's word counts it; only where no
      // sentence counts it in any of the channel's words is the breakdown not stated.
      if (channels.length > 0) {
        const stated = this.channelInOtherWords(question.text, channels, search);
        if (stated) return this.retrievedAnswer(stated, kind, latestOnly, undefined, question.text);
        return this.partNotStated(structured, channels, 'channel');
      }
      // Only the words of the clause that asks the count: a later clause (，结果怎么样) is a question of its own.
      const countClause = question.text.split(/[，,；;。？?！!]/).find((clause) => /多少|几/.test(clause)) ?? question.text;
      const asked = cellQualifiers.filter((word) => countClause.includes(word));
      // 收到几条群众意见: opinions, suggestions or complaints received are no applications; table 三's figure is not theirs.
      const otherRequests = asked.filter((word) => NOT_AN_APPLICATION.test(word));
      if (
        otherRequests.length > 0 &&
        question.topic?.type === 'cell' &&
        question.topic.row.table === 'applications' &&
        !/申请/.test(countClause)
      )
        return this.refusal(
          `${question.agency.name}的年度报告中没有写明${otherRequests.map((word) => `“${word}”`).join('、')}的数量，无法回答。`,
        );
      // A follow-up's new words (那三区人才呢 after 行政处罚) are no part of the remembered figure: no note on it.
      return asked.length > 0 && !question.restored ? this.partNotStated(structured, asked, 'other') : undefined;
    }
    // 收到多少政府信息公开申请 where table 三 is cut off: a sentence about what was published (主动公开政府信息1248条) shares
    // the question's words but counts no application: it does not stand in for the cell.
    // 有几件申请结转到下一年 where table 三 is cut: 全年收到…94件 is no count carried over; only a clause saying 结转 is.
    // (A year after the latest report keeps its refusal: the prose of an older report stands in for no table of the year asked.)
    const statesRow = (row: RowDef, candidate: Retrieved) =>
      (statesTableSubject(row.table, candidate, question.text, !afterLatest) ||
        // (民呼我为办结了几件: a clause of the quoted thing the question names is what it asks, applications or not.)
        quotedAsked().some((name) => toSimplified(candidate.clause).includes(name))) &&
      (row.key !== 'carried_forward' || CARRIED_WORDS.test(toSimplified(candidate.clause)));
    // 制作了多少条依申请公开信息 against 制作依申请公开信息495条,收到申请26例: items of information made for applicants, asked
    // by the clause's own words, are what the clause counts; the applications received beside them are another thing.
    const itemsForApplicants =
      found !== undefined && ITEMS_FOR_APPLICANTS.test(question.text) && ITEMS_FOR_APPLICANTS.test(toSimplified(found.clause));
    if (found && fellShort && question.topic?.type === 'cell' && !itemsForApplicants && !statesRow(question.topic.row, found)) {
      // 因为信息公开被复议了几次: the question's other words (信息公开) drew a sentence on applications; the row's own
      // name (行政复议多少件) may find the sentence that counts it, in the same reports.
      const { row } = question.topic;
      // 结果纠错的几件 after 复议案件几件: an outcome of the remembered kind of case is read from the part of the sentence on that
      // kind (appealOutcomeStated), never answered with the count of the cases; refused where no sentence states it.
      const caseWord = row.key === 'review' ? '复议' : '诉讼';
      const outcomeAsked = question.text.includes(caseWord) ? question.text : `${caseWord}${question.text}`;
      if (row.table === 'appeals' && kind === 'number' && appealOutcomeAsked(outcomeAsked)) {
        this.lastRetrieval = { kind, unit };
        return (
          this.appealOutcomeOfProse(found.report, outcomeAsked) ??
          this.refusal(`${found.report.agency}的年度报告中没有写明${row.label}的这一结果的件数，无法回答。`)
        );
      }
      const again = columnWords.length === 0 ? search(`${askedYear ?? ''}${row.label}多少件`) : undefined;
      if (again && statesRow(row, again)) found = again;
      else {
        // Where the report also says none was received (未接到…申请), that is the answer.
        const none =
          kind === 'number' && candidates.length > 0
            ? noneStated(retrieve(this.store, { text: question.text, kind: 'yesno', year, reports: candidates }))
            : undefined;
        // (Only a none of the row asked: 没有出现应公开而不予公开的办件 says nothing of how many applications came in online.)
        if (!none || !statesRow(row, none)) return undefined;
        this.lastRetrieval = { kind, unit };
        return this.retrievedAnswer(none, 'yesno', latestOnly, unit ?? '件');
      }
    }
    // 收到几份申请 where table 三 is cut and the prose says none came (受理政府信息公开申请数量为0): that is the answer.
    // (Not a none of what applications led to: 未发生因依申请公开而引起的行政复议 says nothing of how many came.)
    if (!found && fellShort && kind === 'number' && applicationsCell && question.topic?.type === 'cell' && candidates.length > 0) {
      const { row } = question.topic;
      const none = noneStated(retrieve(this.store, { text: question.text, kind: 'yesno', year, reports: candidates }));
      if (none && statesRow(row, none)) {
        this.lastRetrieval = { kind, unit };
        return this.retrievedAnswer(none, 'yesno', latestOnly, unit ?? '件');
      }
    }
    if (!found) {
      // 公开栏发布了多少条 answered with the figure of that one channel (公开栏发布720条): with no sentence found, it stands.
      if (channelFigureOnly(channel, structured)) return undefined;
      if (unitMismatch)
        return this.refusal(
          `${question.agency.name}的年度报告中没有写明这个数字（问的是“${unit === '%' ? '百分比' : unit}”，报告中相近的数字单位不同），无法回答。`,
        );
      if (channelNamed || qualified) {
        // 快手推送了几条 against 通过微博、微信、抖音、快手等发布信息1.42万条: the count the channels share is no count of the one
        // asked; the refusal says so and quotes it as what the report gives.
        const joint = (text: string) => retrieve(this.store, { text, kind, year, reports: candidates, jointChannelsOnly: true });
        const shared =
          channel !== undefined && candidates.length > 0
            ? (joint(question.text) ?? joint(`${channel}发布信息多少${unit ?? '条'}`))
            : undefined;
        if (shared?.value !== undefined && channel !== undefined && toSimplified(shared.clause).includes(channel)) {
          // (微信公众号 asked is named so, not 微信.)
          const named = CHANNEL_ASKED.exec(question.text)?.[0] ?? channel;
          return this.refusal(
            `${question.agency.name}的年度报告中没有写明通过这个渠道（${named}）单独发布的条数，只写了几个渠道合起来的数字：“${wholeClause(shared.sentence, shared.clause)}”（${shared.report.year}年报告），无法单算${named}一项。`,
          );
        }
        // 主动公开比上一年多了百分之多少: no channel is named, so the refusal names none.
        if (channel === undefined)
          return this.refusal(
            CHANGE_ASKED.test(question.text)
              ? `${question.agency.name}的年度报告中没有写明与上一年相比的变化，无法回答。`
              : `${question.agency.name}的年度报告中没有写明这一项的数字，无法回答。`,
          );
        return this.refusal(`${question.agency.name}的年度报告中没有写明通过这个渠道发布的条数，无法回答。`);
      }
      // 复议结果怎么样 where table 四 is cut and no sentence counts an outcome (结果维持2件): the last resort is the prose
      // sentence naming the remedy and how it ended (发生行政复议1件,申请人已撤回), quoted whole.
      if (
        fellShort &&
        kind === 'text' &&
        question.topic?.type === 'cell' &&
        question.topic.row.table === 'appeals' &&
        APPEAL_OUTCOME_ASKED.test(question.text) &&
        candidates.length === 1
      ) {
        const outcome = this.appealOutcomeStated(candidates[0], question.topic.row);
        if (outcome) return outcome;
      }
      return undefined;
    }
    // 县长信箱收到几件信息公开申请 where the table is cut: a sentence with all channels' total is no answer for one channel.
    if (fellShort && question.topic?.type === 'cell' && question.topic.row.table === 'applications') {
      const sentence = toSimplified(found.sentence);
      // (Named, but not as the way the count answered came in: 以互联网申请、信函申请等多渠道…,全年收到依申请公开8件.)
      const channels = contentWords(question.text).filter(
        (word) =>
          isApplicationChannel(word) &&
          (applicationChannelStated(sentence, word) === undefined ||
            (kind === 'number' && found.value !== undefined && !applicationChannelCounted(sentence, found.value, word))),
      );
      if (channels.length > 0)
        return this.refusal(
          `${question.agency.name}的年度报告没有按申请渠道分列，没有写明通过${channels.map((word) => `“${new RegExp(`\\p{Script=Han}{0,2}${word}`, 'u').exec(question.text)?.[0] ?? word}”`).join('、')}收到的申请件数，无法回答。`,
        );
    }
    // 公众号受众关注多少 against 发布信息220余条,并获3100余受众关注: followers asked are never answered by a sentence's count of
    // items (条 of posts); the figure's refusal stands.
    // (Only followers asked in the question's own words — 政策文件呢 after them asks another thing — and only against a count of
    // items the question did not ask in: 媒体关注有多少条 asks 条, 269万 is people.)
    if (
      fellShort &&
      question.topic?.type === 'prose' &&
      question.topic.key === 'followers' &&
      /关注|粉丝|订阅|受众/.test(question.text) &&
      found.unit !== undefined &&
      /(?:条|篇|件|期|项|份|次)$/.test(found.unit) &&
      (unit === undefined || !found.unit.endsWith(unit))
    )
      return undefined;
    this.lastRetrieval = { kind, unit };
    return this.retrievedAnswer(found, kind, latestOnly, undefined, question.text);
  }

  /**
   * The applications a report received, counted in words in its prose (收到政府信息公开申请一件), as read at import: only for
   * the total, from the year's own report, and only when its one such figure is printed in words (a digit the retrieval reads).
   */
  private countInWords(candidates: ReportRecord[], year: number | undefined, column: string): Retrieved | undefined {
    const report = year === undefined ? candidates[0] : candidates.find((each) => each.year === year);
    if (!report || column !== 'total') return undefined;
    const figures = this.store.proseFiguresWithKeys(report.id, 'applications_received');
    const [figure] = figures;
    // (Or before the applications it counts: 收到一份政府信息公开申请; or in digits glued to the paragraph's next part, which
    // the retrieval does not read as a count: 共收到依申请公开事项0三是….)
    const inWords = (text: string) =>
      SMALL_COUNT_IN_WORDS.test(text) || COUNT_IN_WORDS_BEFORE_APPLICATIONS.test(text) || APPLICATION_COUNT_GLUED_TO_NEXT_PART.test(text);
    // (A clause of the applications: 更新两次 beside 收到申请5件 is another count in words, never theirs.)
    const ofApplications = (text: string) => inWords(text) && /申请/.test(text);
    if (figures.length !== 1 || !inWords(figure.sentence)) return undefined;
    const clauses = figure.sentence.split(/[，,；;。]/);
    const clause = clauses.find(ofApplications) ?? clauses.find(inWords) ?? figure.sentence;
    // (依申请公开方面。一共七项都已办结: a bare total is quoted with the heading sentence that says what it counts.)
    const heading = headingOfTotal(this.store.section(report.id, figure.section) ?? '', figure.sentence, figure.label);
    return {
      report,
      sectionKey: figure.section,
      sentence: `${heading ?? ''}${figure.sentence}`,
      statedYear: report.year,
      // The lead says the count in digits (申请1件); the quote keeps the report's words (申请一件).
      clause: clause
        .replace(SMALL_COUNT_IN_WORDS, `${figure.value}${figure.unit}`)
        .replace(COUNT_IN_WORDS_BEFORE_APPLICATIONS, `$1${figure.value}${figure.unit}$3`)
        .replace(new RegExp(`${APPLICATION_COUNT_GLUED_TO_NEXT_PART.source}.*$`, 'u'), `$1${figure.value}${figure.unit}`),
      value: figure.value,
      unit: figure.unit,
    };
  }

  /** Whether the paragraph a found sentence stands in names `subject` before it (its heading or an earlier sentence). */
  private paragraphNamesBefore(found: Retrieved, subject: RegExp): boolean {
    const text = this.store.section(found.report.id, found.sectionKey);
    const at = text?.indexOf(found.sentence) ?? -1;
    if (!text || at < 0) return false;
    const before = text.slice(text.lastIndexOf('\n', at) + 1, at);
    return subject.test(toSimplified(before)) && !/主动(?:公开|发布)/.test(toSimplified(found.clause));
  }

  /**
   * A bare year (23年呢, 那2023年的) after a question that named another year: the last question
   * asked again with the year replaced. Only a figure or a text answer is taken (else undefined).
   */
  private sameQuestionForYear(input: string, lastQuestion: string, context: { user?: string }): Answer | undefined {
    const asked = BARE_YEAR_FOLLOW_UP.exec(input);
    // As in lastQuestionInYear: a year-only last question is not asked again, nor the question asked again in turn.
    if (!asked || this.askingAgainForYear || YEAR_ONLY_FOLLOW_UP.test(lastQuestion)) return undefined;
    const replaced = lastQuestion.replace(/(?<!\d)(?:(?:19|20)\d{2}|\d{2})(?=年)/, asked[1]);
    if (replaced === lastQuestion) return undefined;
    return this.askedAgainForYear(replaced, context);
  }

  /**
   * The last question asked again for another year (sameQuestionForYear, lastQuestionInYear); only a figure or a text answer
   * is taken. While it is asked, neither re-asks in turn, so a question can never re-ask itself without end.
   */
  private askedAgainForYear(asked: string, context: { user?: string }, refusalKept = false): Answer | undefined {
    this.askingAgainForYear = true;
    try {
      const again = this.askOne(asked, context);
      return again.kind === 'figure' || again.kind === 'text' || (refusalKept && again.kind === 'refusal') ? again : undefined;
    } finally {
      this.askingAgainForYear = false;
    }
  }

  /**
   * The last question asked again for the year a follow-up names (2024年呢, 前年呢): its year replaced,
   * or the year put in front when it named none. Only a figure or a text answer is taken (else undefined).
   */
  private lastQuestionInYear(input: string, lastQuestion: string, context: { user?: string }, refusalKept = false): Answer | undefined {
    // (前一年呢: the year before the one the last question named.)
    const year = yearOnlyOf(input) ?? yearBeforeAsked(input, lastQuestion);
    // A year-only last question (那2024年呢) is no whole question to ask again, and the question asked again is never itself
    // asked again for a year (that loop had no end: bench, 3 December).
    if (!year || this.askingAgainForYear || YEAR_ONLY_FOLLOW_UP.test(lastQuestion) || yearBeforeOnly(lastQuestion)) return undefined;
    const asked = YEAR_IN_QUESTION.test(lastQuestion) ? lastQuestion.replace(YEAR_IN_QUESTION, year) : `${year}${lastQuestion}`;
    if (asked === lastQuestion) return undefined;
    // (A year before said relatively is never the latest report's answer: that year's refusal is kept.)
    return this.askedAgainForYear(asked, context, refusalKept || yearBeforeOnly(input));
  }

  /**
   * 那审批局呢 after 平潭教育局 (not stored) was refused: the refused name's place with the kind asked (平潭审批局), when that
   * names exactly one stored agency, and the last question asked again of it. Only a figure or text answer counts.
   */
  private kindAtUnknownPlace(input: string, unknownAgency: string, lastQuestion: string, context: { user?: string }): Answer | undefined {
    const kind = input.replace(FOLLOW_UP_FRAME, '');
    // 那第五人民医院呢 after 东营市第一人民医院 was refused: a numbered unit of the same place, as a kind is.
    const numbered = NUMBERED_UNIT_ONLY.test(kind);
    if ((!BARE_KIND_ONLY.test(kind) && !numbered) || !lastQuestion.includes(unknownAgency) || unknownAgency.endsWith(kind))
      return undefined;
    // The refused name's place is some leading part of it (平潭 of 平潭教育局): the longest that names one agency with the kind.
    for (let length = unknownAgency.length - 2; length >= 2; length -= 1) {
      const name = `${unknownAgency.slice(0, length)}${kind}`;
      const found = this.index.find(name);
      if (found.length !== 1 || found[0].agencies.length !== 1 || found[0].how === 'region' || found[0].text !== name) continue;
      const again = this.askOne(lastQuestion.replace(unknownAgency, name), context);
      // (A guide's contacts asked of the refused one (…信息公开电话) are answered from this one's guide.)
      return again.kind === 'figure' || again.kind === 'text' || (numbered && again.kind === 'guide') ? again : undefined;
    }
    return undefined;
  }

  /**
   * A follow-up that only names an agency (铜川公安呢, 那武汉公安局呢): the last question asked again
   * with this name in place of the one it named (stored or not). Undefined when the follow-up says
   * more than the name, or the last question named no agency.
   */
  private lastQuestionOf(
    input: string,
    mentions: readonly AgencyMention[],
    lastQuestion: string,
    context: { user?: string },
    unknownAgency?: string,
    yearMayChange = false,
  ): Answer | undefined {
    let rest = mentions.reduce((left, mention) => left.replace(mention.text, ''), input).replace(FOLLOW_UP_FRAME, '');
    // 那临泉|四中呢: the place was read and the school after it narrowed it to one agency; the school is part of the name
    // (那济南|十一中的呢: with a 的 after it).
    const unitAfter =
      mentions.length === 1 && mentions[0].agencies.length === 1 ? NAMED_UNIT_REST.exec(rest.replace(/的$/, ''))?.[0] : undefined;
    if (unitAfter && input.includes(`${mentions[0].text}${unitAfter}`)) rest = rest.replace(unitAfter, '');
    // 那沙坡头区2024年呢 after 红寺堡区…2023年公众号发了多少条: the year said replaces the last question's.
    // (Only for the part or channel asked last, whose figure the answer found would otherwise replace by the whole's.)
    // (So may a year said after a last question that named none: 政策解读呢, then 那瓮安县2024年呢.)
    const yearsSaid = yearMayChange || !lastQuestion.match(YEAR_WORDS) ? (rest.match(YEAR_WORDS) ?? []) : [];
    if (yearsSaid.length > 0) rest = rest.replace(YEAR_WORDS, '');
    if (/\p{Script=Han}/u.test(rest.replace(/^[的]|[的]$/g, ''))) return undefined;
    // 临泉县第三中学信息公开电话 refused (not stored), then 那临泉四中呢: the whole name refused is what is replaced, not its place.
    const refused = unknownAgency && lastQuestion.includes(unknownAgency) ? unknownAgency : undefined;
    const found = refused ? undefined : this.index.find(lastQuestion).at(0);
    // 平潭文旅局 refused: only its place was found, and the kind after it (文旅局) is part of the name replaced.
    const kindAfter = found?.how === 'region' ? BARE_KIND_FIRST.exec(lastQuestion.slice(found.start + found.text.length))?.[0] : undefined;
    const last = refused
      ? refused
      : found
        ? `${found.text}${kindAfter ?? ''}`
        : (AGENCY_LIKE.exec(lastQuestion)?.slice(1, 3).join('') ?? unleveledPlaceAgency(lastQuestion));
    const name = `${mentions[0].text}${unitAfter ?? ''}`;
    // 收到几个申请 (its agency remembered, none named) then 那迎宾路街道呢: the last question with this agency in front.
    const unnamed = !refused && !found && !last && this.index.find(lastQuestion).length === 0;
    if (!unnamed && (!last || last === name || !lastQuestion.includes(last))) return undefined;
    // 其中学校设立几宗 (a part of the figure before it) then 那大冶呢: the name goes before the question, not before its lead word.
    let asked = unnamed ? `${name}${lastQuestion.replace(FOLLOW_UP_LEAD, '')}` : lastQuestion.replace(last ?? '', name);
    if (yearsSaid.length > 0) asked = asked.replace(YEAR_WORDS, '').replace(name, `${name}${yearsSaid.join('')}`);
    // 沙坡头区…2024年在政府网站上挂了多少条 then 那中卫市的呢, whose one report is 2025's: the last question's year, which this
    // agency has no report of, gives way to its latest report (the answer states the year it is from), as a restored topic does.
    // (A year the follow-up says itself is asked as said: a year with no report is refused, not replaced by the latest.)
    if (mentions[0].agencies.length === 1 && yearsSaid.length === 0) {
      const held = this.store.reportsOfAgency(mentions[0].agencies[0].id).map((report) => report.year);
      const yearsAsked = findYears(asked, shanghaiYear(this.now()));
      if (held.length > 0 && yearsAsked.length > 0 && yearsAsked.every((year) => !held.includes(year)))
        asked = asked.replace(YEAR_WORDS, '');
    }
    // (那海原县的呢 after 中卫的呢, itself remembered as said, asks 海原县的呢 again, refused, against 中卫的呢 again: askOne
    // refuses a question already being answered, so this ends.)
    const again = this.askOne(asked, context);
    // A guide's answer counts when it is the named agency's own (临泉县第四中学政府信息公开（据…指南）: 咨询电话…).
    const ownGuide = again.kind === 'guide' && mentions[0].agencies.length === 1 && again.answer.startsWith(mentions[0].agencies[0].name);
    if (again.kind !== 'figure' && again.kind !== 'text' && !ownGuide) return undefined;
    // The agency named now is the one answered: a figure of the agency talked about before is no answer for it.
    const named = new Set(mentions[0].agencies.map((agency) => agency.name));
    return again.facts.every((fact) => named.has(fact.agency)) ? again : undefined;
  }

  /**
   * A short question naming no thing (请了多少人) asked again with the first noun of the last question
   * (开放日, from 海原县科技局开放日办了几场) in front of it, of the same agency. Only a figure or text
   * answer counts; undefined otherwise (the refusal stands).
   */
  private withLastSubject(
    input: string,
    lastQuestion: string,
    agency: AgencyRecord,
    context: { user?: string },
    year?: number,
  ): Answer | undefined {
    // 它发了几条 after 荔小卫是什么平台: 它 points at the thing the last question named.
    const own = input.replace(FOLLOW_UP_LEAD, '').replace(/^(?:它|这个|那个)(?!们)/, '');
    const words = contentWords(own);
    // The question must have no noun of its own: only verbs and measure words (请了, 来了, 参加). A year alone (2019的呢) asks
    // the last question of that year, never its first noun (发布) of any count that year printed.
    if (input.length > 10 || words.some((word) => word.length >= 2) || YEAR_ONLY_FOLLOW_UP.test(input)) return undefined;
    const lastMentions = this.index.find(lastQuestion);
    const withoutName = lastMentions.reduce((rest, mention) => rest.replace(mention.text, ''), lastQuestion).replace(YEAR_WORDS, '');
    let lastRest = withoutName;
    for (const kind of this.index.kinds()) lastRest = lastRest.replace(kind, '');
    // 它发了多少篇 after 收了几个申请: what the agency published is asked of it, and a verb of the last question (收到, 受理) is no
    // thing to ask it of (一共几个人 after 收到几个申请 keeps 收到).
    // (收了多少钱 after 收到几件申请: a question with its own verb takes no verb of the last question as its thing either.)
    const published = /^(?:发|发布|推送|推|公开|更新|收|交|花|罚|批)(?:了|过|取)?(?:多少|几)/.test(own);
    const subject = contentWords(lastRest).find(
      (word) =>
        word.length >= 2 &&
        !/^(?:主动|公开|信息|政府|申请|多少|几)/.test(word) &&
        !(published && /^(?:收到|收了|受理|办理|办结|答复)/.test(word)),
    );
    if (!subject && !published) return undefined;
    // (The year the question was asked of stays: 2019年's 收到几件, then 请了多少人, is 2019年's.)
    const again = this.askOne(`${agency.name}${year === undefined ? '' : `${year}年`}${subject ?? ''}${own}`, context);
    return again.kind === 'figure' || again.kind === 'text' ? again : undefined;
  }

  /**
   * Whether a mention is the end of a longer word (智慧|西工 with no kind word after it): the word
   * names a thing of that place (a platform, a newspaper), the agency only through the conversation.
   */
  private insideAWord(text: string, mention: AgencyMention): boolean {
    if (mention.start < 2 || !/^\p{Script=Han}{2}$/u.test(text.slice(mention.start - 2, mention.start))) return false;
    // 那西工区呢, 那个中卫市, 问一下哈海原县: a spoken word before the name is no part of it; a name with its
    // own kind (威海|文登信访局) is the agency, whatever stands before it.
    if (SPOKEN_BEFORE_NAME.test(text.slice(mention.start - 1, mention.start)) || NAME_WITH_KIND.test(mention.text)) return false;
    // 广州|海珠区供销社: a higher place that starts the agency's full name is written before it, no word it is glued into.
    const before = text.slice(mention.start - 2, mention.start);
    if (mention.agencies.some((agency) => toSimplified(agency.name).startsWith(before))) return false;
    const end = mention.start + mention.text.length;
    return !this.index.kinds().some((kind) => text.startsWith(kind, end)) && !/^[区县市旗镇乡]/.test(text.slice(end));
  }

  /**
   * The passage under a sub-heading found by retrieval (（四）平台建设情况。): its text up to the next
   * sub-heading, cut to WeChat size with the rest kept for 继续. Undefined when the section text does not hold it.
   */
  private passageUnder(found: Retrieved): Answer | undefined {
    const text = this.store.section(found.report.id, found.sectionKey)?.replace(/\n+/g, '');
    const heading = found.sentence.trim().replace(/。$/, '');
    const at = text?.indexOf(heading) ?? -1;
    if (!text || at < 0) return undefined;
    const after = text.slice(at + heading.length).replace(/^[。：:\s]+/, '');
    const next = after.search(/[（(][一二三四五六七八九十]+[）)]/);
    const passage = (next > 0 ? after.slice(0, next) : after).trim();
    if (passage.length < 10) return undefined;
    const { shown, rest } = cutText(passage);
    this.more = rest;
    const title = heading.replace(/^[（(][一二三四五六七八九十]+[）)]/, '');
    return {
      kind: 'text',
      answer: `${found.report.agency}${found.report.year}年报告“${title}”：${rest ? `${shown}…（回复“继续”看后面的内容）` : shown}\n${this.cite(found.report, found.sectionKey)}`,
      facts: [],
    };
  }

  /**
   * 2023年比2022年增长了多少 where no report is of either year: a later report often states both
   * (从2022年度的840万元提高到2023年度的2007万元). Each year's figure is read from the sentences of
   * the reports up to two years after it; both must be found, else undefined (the refusal stands).
   */
  /**
   * 2024年的申请比去年多了还是少了 where only 2024's report is stored: its sentence may state the change itself (收到申请2件,
   * 比去年增加1件). The later year's figure, and the change as the report words it; the earlier year's figure is not worked out.
   */
  private changeStatedBeside(years: number[], found: ReadonlyArray<Retrieved | undefined>): Answer | undefined {
    const later = Math.max(...years);
    if (!years.includes(later - 1)) return undefined;
    const item = found[years.indexOf(later)];
    if (item?.value === undefined || item.statedYear !== later) return undefined;
    // (A 繁体 page's 較上年 is 较上年: the sentence is read in simplified characters, the same length.)
    const after = toSimplified(item.sentence.slice(item.sentence.indexOf(item.clause) + item.clause.length));
    const change =
      /^[^。；;]{0,6}?((?:(?:比|较|同比)(?:去年|上年|上一年|前一年|\d{4}年)度?(?:同期)?|(?:与|和|同|跟)(?:去年|上年|上一年|前一年|\d{4}年)度?(?:同期)?相比[,，]?)(?:增加|减少|增长|下降|上升|多|少)了?\d+(?:\.\d+)?[件条次个项起份%])/.exec(
        after,
      );
    if (!change) return undefined;
    const answer = this.retrievedAnswer(item, 'number', false);
    this.lastRetrieval = { kind: 'number', unit: item.unit };
    // The change as printed (增加1件) is a figure of the report too: 比去年多了几件 is answered by it, cited with the same sentence.
    const stated = /(\d+(?:\.\d+)?)([件条次个项起份%])$/.exec(change[1]);
    const base = answer.facts[0];
    const changeFact: Fact[] =
      stated && base ? [{ ...base, key: 'stated_change', value: Number(stated[1]), unit: stated[2] === '%' ? '%' : stated[2] }] : [];
    return {
      ...answer,
      answer: `${item.report.agency}${later}年${formatNumber(item.value)}${item.unit ?? ''}，报告写明${change[1]}。\n${answer.answer}`,
      facts: [...answer.facts, ...changeFact],
    };
  }

  private twoYearsRetrieved(text: string, years: number[], reports: ReportRecord[]): Answer | undefined {
    // 比 and the comparing words (多了, 增长了) are no words of the sentence that states the figures.
    // 增长了百分之几 asks the change as a rate: each year's amount is asked, and the rate worked out from the two.
    const rateAsked = PERCENT_CHANGE_ASKED.test(text);
    const asked = text
      .replace(PERCENT_CHANGE_WORDS, '多少')
      .replace(/比|[多少高低]了?(?=多少|几)|增长了?|增加了?|减少了?|下降了?|上涨了?|涨了?|提高了?|提升了?|降低了?/g, '');
    const found = years.map((year) =>
      retrieve(this.store, {
        text: asked,
        kind: 'number',
        year,
        reports: reports.filter((report) => report.year >= year && report.year <= year + 2).sort((a, b) => a.year - b.year),
      }),
    );
    if (found.some((item) => item?.value === undefined)) return this.changeStatedBeside(years, found);
    const answers = (found as Retrieved[]).map((item) => this.retrievedAnswer(item, 'number', false));
    this.lastRetrieval = { kind: 'number', unit: askedUnit(text) };
    const facts = answers.flatMap((answer) => answer.facts);
    const [first, second] = found as Retrieved[];
    // One sentence states both years (从2022年度的840万元提高到2023年度的2007万元): quote it once.
    if (first.sentence === second.sentence && facts.length === 2) {
      const figures = facts.map((fact) => `${fact.year}年${formatNumber(fact.value)}${fact.unit}`).join('，');
      const quoted = `原文：“${shorten(first.sentence, first.clause)}”`;
      const rate = rateAsked ? rateOfChange(facts[0], facts[1], first.sentence) : '';
      return {
        kind: 'figure',
        answer: `${first.report.agency}：${figures}（两年的数字都见${reportTitle(first.report)}）。${rate}\n${quoted}\n${this.cite(first.report, first.sectionKey)}`,
        facts,
      };
    }
    const answer = answers.map((part) => part.answer).join('\n');
    // 2023年比2022年多吗 from each year's own sentence: weighed as two years of a table's cell are, when both count alike.
    const weighed =
      facts.length === 2 && facts[0].year !== facts[1].year && facts[0].unit === facts[1].unit
        ? yearsWeighed(text, facts[0], facts[1])
        : undefined;
    if (weighed?.verdict) return { kind: 'figure', answer: `${weighed.verdict}${answer}\n${weighed.change}`, facts };
    return { kind: 'figure', answer, facts };
  }

  /**
   * A table figure asked for a part the report does not state and no sentence gives: a way of
   * applying (电话申请有几件, where table 三 has no channel breakdown) or any other qualifier the
   * row lacks (申请被驳回多少件, 交通类行政许可几件). The part is said to be not given, then the
   * table's figure follows as what it is, never as the part's.
   */
  private channelInOtherWords(
    text: string,
    channels: readonly string[],
    search: (text: string, clauseMust?: RegExp) => Retrieved | undefined,
  ): Retrieved | undefined {
    if (channels.length !== 1) return undefined;
    const [word] = channels;
    const group = SAME_APPLICATION_CHANNEL.find((same) => same.includes(word));
    for (const other of group ?? []) {
      if (other === word || other.length < 2) continue;
      // (The other word must be the clause's way of applying, counted: 网络申请3件, never 网络 of a website's posts.)
      const found = search(
        text.replace(word, other),
        new RegExp(`${escapeRegExp(other)}[^，,。；;]{0,6}?申请|申请[^，,。；;]{0,4}?${escapeRegExp(other)}`),
      );
      if (found?.value !== undefined && /申请/.test(found.clause) && found.clause.includes(other)) return found;
    }
    return undefined;
  }

  private partNotStated(structured: Answer, words: string[], by: 'channel' | 'other'): Answer {
    const named = words.map((word) => `“${word}”`).join('、');
    const lead =
      by === 'channel'
        ? `报告没有按申请渠道分列，没有写明${named}申请的件数。表中只有全部渠道的合计：`
        : `报告没有单独写明${named}的件数。表中相关的数字是：`;
    return { ...structured, answer: `${lead}\n${structured.answer}` };
  }

  /** Which report answered a question naming no year: the latest, or an older one where the latest does not say. */
  private latestNote(report: ReportRecord): string {
    const latest = this.store.reportsOfAgency(report.agencyId).at(-1);
    return latest && latest.year > report.year
      ? `（最新的${latest.year}年报告没有写明，按${report.year}年报告回答。）`
      : `（按最新的${report.year}年报告回答。）`;
  }

  /** A sentence-retrieval result as an answer: the value or yes/no, the sentence quoted and cited. */
  /** `noneCounted`: a count was asked (收到几件) and the sentence says none happened: the answer states 0 in that unit. */
  /** `latestOnly`: the latest report answered a question naming no year (true), or naming a year after it (that year). */
  private retrievedAnswer(found: Retrieved, kind: AskKind, latestOnly: boolean | number, noneCounted?: string, asked = ''): Answer {
    const { report } = found;
    // A sub-heading alone (（二）依申请公开情况。) says nothing: the passage under it is the answer.
    if (kind === 'text' && SUB_HEADING_ONLY.test(found.sentence.trim())) {
      const passage = this.passageUnder(found);
      if (passage) return passage;
    }
    const clause = withoutLeadingMarks(found.clause)
      .replace(/^(?:(?:19|20)\d{2}年度?|全年|本年度?)[，,]?/, '')
      .replace(/^(?:含|其中|包括|具体包括)[：:]?/, '');
    const who = `${report.agency}${found.statedYear}年`;
    const note = [
      found.statedYear !== report.year ? `这是${found.statedYear}年的数字，见${reportTitle(report)}。` : '',
      typeof latestOnly === 'number'
        ? `（暂无${report.agency}${latestOnly}年的报告；以下是最新的${report.year}年报告。）`
        : latestOnly
          ? this.latestNote(report)
          : '',
    ]
      .filter(Boolean)
      .join('');
    const quoted = `原文：“${shorten(found.sentence, found.clause)}”`;
    const cite = this.cite(report, found.sectionKey);
    const source = this.source(report, found.sectionKey);
    // 工作动态发了多少条 against 工作动态、通知公告等信息56条: the report counts the items together; none is stated as the one's.
    if (kind === 'number' && found.value !== undefined && found.listedTogether)
      return this.refusal(
        `${report.agency}的年度报告中没有单独写明“${found.listedTogether.item}”的数字，只写了几项合起来的数字：“${found.listedTogether.list}”（${found.statedYear}年），无法单算其中一项。\n${quoted}\n${cite}`,
      );
    // 予以公开的申请有多少件 against 已主动公开和同意公开的31件: the one count printed joins another outcome; it is quoted as that
    // joint count, no figure of the granted ones alone.
    if (kind === 'number' && found.value !== undefined && found.joint)
      return {
        kind: 'text',
        answer: `${who}报告没有单独写明予以公开（同意公开）的申请件数，只写了合在一起的数：${clause}。${note}\n${quoted}\n${cite}`,
        facts: [],
      };
    // 输了几次 after 复议了几次, against 因政府信息公开引发行政复议3件: the count of the cases is no count of those lost; a part of
    // the sentence that states no outcome is refused, as 纠正的呢 is.
    if (kind === 'number' && found.value !== undefined && outcomeWordAsked(asked)) {
      const outcome = appealOutcomeStated(asked, toSimplified(found.sentence));
      if (outcome?.refused)
        return this.finalRefusal(`${who}报告只写了“${outcome.part}”，没有写明${outcome.refused}，无法回答。\n${quoted}\n${cite}`);
    }
    if (kind === 'number' && found.value !== undefined) {
      const fact: Fact = {
        agency: report.agency,
        year: found.statedYear,
        key: 'sentence',
        value: found.value,
        unit: found.unit ?? '',
        source,
        sentence: found.sentence,
      };
      // 微信和微博一共 against 微信和微博分别发布信息1408条、6502条: each item named, and their sum as a computation.
      if (found.parts && found.respective) {
        const { parts } = found;
        const sum = parts.reduce((total, part) => total + part.value, 0);
        const listed = parts.map((part) => part.label.replace(/[“”"]/g, '')).join('、');
        return {
          kind: 'figure',
          answer: `${who}：${listed}，合计（计算所得）${formatNumber(sum)}${parts[0].unit}。${note}\n${quoted}\n${cite}`,
          facts: parts.map((part) => ({ ...fact, value: part.value, unit: part.unit })),
        };
      }
      // 推文 listed by kind with no total (政策类推文12篇，服务类推文20篇): every item, and their sum as a computation.
      if (found.parts) {
        const { parts } = found;
        const head = parts[0].label.replace(/[\d.,]+\D*$/, '').slice(-2);
        const sum = parts.reduce((total, part) => total + part.value, 0);
        const facts = parts.map((part) => ({ ...fact, value: part.value, unit: part.unit }));
        const listed = parts.map((part) => part.label.replace(/[“”"]/g, '')).join('、');
        return {
          kind: 'figure',
          answer: `${who}：报告没有写${head}的总数，分项是：${listed}。按这几项相加（计算所得）共${formatNumber(sum)}${parts[0].unit}。${note}\n${quoted}\n${cite}`,
          facts,
        };
      }
      // 在公示栏公开了几次 against 在乡政务公开公示栏…90余次;在村公示栏…60余次: the noun asked is counted in two places, each
      // stated as printed (no sum: neither is said to be part of a whole).
      const other = found.alsoStated;
      if (other?.value !== undefined) {
        const both = found.alsoStatedBefore ? [other, found] : [found, other];
        const clauses = both.map((one) => withoutLeadingMarks(one.clause).replace(/^(?:(?:19|20)\d{2}年度?|全年|本年度?)[，,]?/, ''));
        const sentences = [...new Set(both.map((one) => one.sentence))];
        return {
          kind: 'figure',
          answer: `${who}：报告分两处写了这一项：${clauses.join('；')}。${note}\n原文：${sentences.map((sentence) => `“${sentence.trim()}”`).join('')}\n${cite}`,
          facts: [fact, { ...fact, value: other.value, unit: other.unit ?? '', sentence: other.sentence }],
        };
      }
      // 收到多少申请 against 共办理政府信息公开申请675件(含2024年结转12件): the count printed includes the year before's
      // carried-over applications, so it is no count of those received; the new ones are worked out (675 − 12), each number shown.
      const carried = NEW_APPLICATIONS_ASKED.test(asked)
        ? CARRIED_INCLUDED.exec(found.sentence.slice(found.sentence.indexOf(found.clause) + found.clause.length))
        : null;
      if (carried && /申请|依申请/.test(found.clause) && Number(carried[2]) <= found.value) {
        const before = Number(carried[2]);
        return {
          kind: 'figure',
          answer: `${who}：报告写的是${clause}（含${carried[1]}），没有单独写本年新收的件数；按这两个数计算，本年新收${formatNumber(found.value - before)}${found.unit ?? '件'}（${formatNumber(found.value)} − ${formatNumber(before)}，计算所得）。${note}\n${quoted}\n${cite}`,
          // The carried-over count first and keyed apart: the printed count stays the answer's last fact, the one a comparison
          // of agencies weighs and a ranking of remembered figures (通化县排第几 after 谁收到的申请最多) ranks.
          facts: [{ ...fact, key: CARRIED_INCLUDED_KEY, value: before }, fact],
        };
      }
      return { kind: 'figure', answer: `${who}：${clause}。${note}\n${quoted}\n${cite}`, facts: [fact] };
    }
    // 公开信息比去年多吗 against 推动政府信息公开与…深度融合: whether a thing grew is answered by a sentence stating a change,
    // never by one that only mentions the thing.
    if (kind === 'yesno' && YEAR_BEFORE_ASKED.test(asked) && CHANGE_DIRECTION_ASKED.test(asked) && !CHANGE_STATED.test(found.sentence))
      return this.refusal(`${report.agency}的年度报告中没有写明与上一年相比的变化，无法回答。`);
    // 官司打赢了吗 against 行政诉讼2件,均尚未审结 / 复议纠正了吗 against 行政复议5件(4件结果维持,1件结果纠正): an outcome is
    // read from the part of the sentence on the kind asked, never answered 有 from its count; a part with no outcome is refused.
    if (kind === 'yesno' && found.yes) {
      const outcome = appealOutcomeStated(asked, toSimplified(found.sentence));
      if (outcome?.refused)
        return this.refusal(`${who}报告只写了“${outcome.part}”，没有写明${outcome.refused}，无法回答。\n${quoted}\n${cite}`);
      if (outcome) {
        const facts: Fact[] = outcome.values.map((value) => ({
          agency: report.agency,
          year: found.statedYear,
          key: 'sentence',
          value,
          unit: '件',
          source,
          sentence: found.sentence,
        }));
        return {
          kind: facts.length > 0 ? 'figure' : 'text',
          answer: `${outcome.lead}${who}报告写明：${outcome.part}。${outcome.note}${note}\n${quoted}\n${cite}`,
          facts,
        };
      }
    }
    if (kind === 'yesno' && found.yes !== undefined) {
      this.lastYesNo = { clause, agency: report.agency, year: found.statedYear, source, sentence: found.sentence };
      // 行政诉讼赔了多少钱 against 无…行政诉讼案件: no case says nothing of money in a sentence that names none; no 0元 is made up.
      if (noneCounted !== undefined && !found.yes && /元|钱/.test(noneCounted) && !/元|费|钱/.test(found.sentence))
        return {
          kind: 'text',
          answer: `${who}报告没有写明金额，只写了：${clause}。${note}\n${quoted}\n${cite}`,
          facts: [],
        };
      if (noneCounted !== undefined && !found.yes) {
        const none: Fact = {
          agency: report.agency,
          year: found.statedYear,
          key: 'sentence',
          value: 0,
          unit: noneCounted,
          source,
          sentence: found.sentence,
        };
        return { kind: 'figure', answer: `没有，0${noneCounted}。${who}报告写明：${clause}。${note}\n${quoted}\n${cite}`, facts: [none] };
      }
      // 申请都办完了吗 against 共办结24件,结转到2025年办理7件: handled ones do not make all of them; what went into the next
      // year was not finished, and is the figure.
      const carried = found.yes && HANDLED_ALL_ASKED.test(asked) ? CARRIED_INTO_NEXT.exec(toSimplified(found.sentence)) : null;
      const carriedCount = carried ? Number(carried[1] ?? carried[2]) : 0;
      if (carried && carriedCount > 0) {
        const open: Fact = { agency: report.agency, year: found.statedYear, key: 'sentence', value: carriedCount, unit: '件', source };
        return {
          kind: 'figure',
          answer: `没有全部办结：${carried[0]}。${who}报告写明：${clause}。${note}\n${quoted}\n${cite}`,
          facts: [{ ...open, sentence: found.sentence }],
        };
      }
      // 收到的申请都办完了吗 against 未收到申请: not "no, not all handled" but none to handle.
      // 有尚未审结的吗 against 其中1起尚未审结: yes, with the count of the cases still pending.
      if (found.yes && found.notYetCount && found.value !== undefined) {
        const pending: Fact = {
          agency: report.agency,
          year: found.statedYear,
          key: 'sentence',
          value: found.value,
          unit: found.unit ?? '',
          source,
        };
        return {
          kind: 'figure',
          answer: `有，${formatNumber(found.value)}${found.unit ?? ''}。${who}报告写明：${clause}。${note}\n${quoted}\n${cite}`,
          facts: [{ ...pending, sentence: found.sentence }],
        };
      }
      const noneToHandle = !found.yes && HANDLED_ALL_ASKED.test(asked) && NONE_RECEIVED.test(toSimplified(clause));
      const lead = noneToHandle ? '没有收到申请，也就没有要办理的。' : found.yes ? '有。' : '没有。';
      // 有人申请吗 against 收到1条依申请公开政府信息事项: yes, and the clause's one count of applications is the figure said.
      // (没有 against 共收到依申请件0件: its 0, as said.)
      // 有人撤回吗 against 申请人主动撤回信息公开申请3件: the same, the clause saying that verb.
      // (有被申请复议的吗 in the passive states its count only when there was one: 有没有被复议过 against 0件 says 没有 with no
      // figure, as the older sets expect.)
      const actingMatch = PEOPLE_ACTING_ASKED.exec(asked);
      const acting = actingMatch?.[1] ?? (found.yes ? actingMatch?.[2] : undefined);
      const counts = PEOPLE_APPLYING_ASKED.test(asked) || acting ? [...toSimplified(clause).matchAll(/(?<![\d.])(\d+)([件条项])/g)] : [];
      // (依申请公开4件 among the kinds of 收到政务公开申请11件 is a part: the clause must say the applications came in.)
      const facts: Fact[] =
        counts.length === 1 &&
        (acting
          ? (/撤回|撤销/.test(acting) ? /撤回|撤销/ : new RegExp(acting)).test(toSimplified(clause))
          : /(?:收到|受理|接到)[^，,。]*申请|申请[^，,。]*(?:收到|受理)/.test(toSimplified(clause))) &&
        Number(counts[0][1]) > 0 === found.yes
          ? [
              {
                agency: report.agency,
                year: found.statedYear,
                key: 'sentence',
                value: Number(counts[0][1]),
                unit: counts[0][2],
                source,
                sentence: found.sentence,
              },
            ]
          : [];
      // 有没有人申请行政复议 / 有没有被起诉过 against 因依申请公开引发的行政复议案件10件、行政诉讼案件1件: a yes to an appeal of
      // one kind asked, the clause counting that kind once, has that count as its figure (a no states none, as above).
      const appealKind = /复议/.test(asked) ? '行政复议' : /起诉|诉讼|被告|告过/.test(asked) ? '行政诉讼' : undefined;
      const appealCounts =
        facts.length === 0 && found.yes && appealKind
          ? [...toSimplified(clause).matchAll(new RegExp(`${appealKind}[^，,。；;、\\d]{0,8}?(?<![\\d.])(\\d+)([件起宗个])`, 'g'))]
          : [];
      if (appealCounts.length === 1 && Number(appealCounts[0][1]) > 0)
        facts.push({
          agency: report.agency,
          year: found.statedYear,
          key: 'sentence',
          value: Number(appealCounts[0][1]),
          unit: appealCounts[0][2],
          source,
          sentence: found.sentence,
        });
      return { kind: facts.length > 0 ? 'figure' : 'text', answer: `${lead}${who}报告写明：${clause}。${note}\n${quoted}\n${cite}`, facts };
    }
    // (A clause run on into the next sentence, read with it: 领导小组，。由… is 领导小组。由….)
    const told = clauseGoingOn(found.sentence, clause, asked).replace(/[，,]。/g, '。');
    // 为啥不给 (不予公开的原因) against 不予公开7件、无法提供1件 on a page cut before table 三: the clause found counts the
    // refusals and gives no reason; the answer says so before quoting it.
    if (REASON_ASKED_WORD.test(asked) && !REASON_GIVEN.test(toSimplified(told)))
      return { kind: 'text', answer: `${who}报告没有写明原因，只写了：${told}。${note}\n${quoted}\n${cite}`, facts: [] };
    // 复议结果咋样 against 审理…行政复议案件7起,其中:结果维持3起,结果纠正3起,其他结果1起: the counts of the part on the kind asked,
    // as the clause quoted prints them, are the answer's figures.
    const outcome = kind === 'text' ? appealOutcomeStated(asked, toSimplified(found.sentence)) : undefined;
    const simplifiedTold = toSimplified(told);
    if (
      outcome &&
      !outcome.refused &&
      outcome.values.length > 0 &&
      outcome.values.every((value) => new RegExp(`(?<![\\d.])${value}(?:件|起|个|宗)`).test(simplifiedTold))
    )
      return {
        kind: 'figure',
        answer: `${who}报告写明：${told}。${note}\n${quoted}\n${cite}`,
        facts: outcome.values.map((value) => ({
          agency: report.agency,
          year: found.statedYear,
          key: 'sentence',
          value,
          unit: caseUnitOf(outcome.part, value),
          source,
          sentence: found.sentence,
        })),
      };
    // 行政诉讼 / 我是说微信发的 / …收到的政府信息公开申请 (a thing named, no question word) against 行政诉讼3件 / 通过微信发布信息
    // 475条: the one count printed right after the thing named is its figure, stated as one, not only quoted.
    const counted = kind === 'text' && !TEXT_ASKED_WORD.test(asked) ? countAfterThingNamed(asked, simplifiedTold) : undefined;
    if (counted)
      return {
        kind: 'figure',
        answer: `${who}报告写明：${told}。${note}\n${quoted}\n${cite}`,
        facts: [{ agency: report.agency, year: found.statedYear, key: 'sentence', ...counted, source, sentence: found.sentence }],
      };
    return { kind: 'text', answer: `${who}报告写明：${told}。${note}\n${quoted}\n${cite}`, facts: [] };
  }

  /**
   * Sentences of one agency's reports that match a query (the LLM's `search_reports` tool):
   * the same index and ranking as offline retrieval, best first, each with its report and
   * section. An unknown or ambiguous agency gives an error text instead.
   */
  searchReports(
    agencyName: string,
    query: string,
    year?: number,
    limit = 5,
  ): { error?: string; sentences: Array<{ agency: string; year: number; report: string; section: string; sentence: string }> } {
    const mentions = this.index.find(correctKindTypos(normalizeQuestion(agencyName), this.index.kinds(), this.kindStored));
    if (mentions.length === 0) return { error: `没有找到“${agencyName}”的年度报告。`, sentences: [] };
    if (mentions[0].agencies.length > 1)
      return { error: `“${agencyName}”有多个机关：${joinList(mentions[0].agencies.map((agency) => agency.name))}。`, sentences: [] };
    const reports = this.store
      .reportsOfAgency(mentions[0].agencies[0].id)
      .filter((report) => year === undefined || report.year === year || report.year === year + 1);
    const words = searchWords(normalizeQuestion(query)).filter((word) => word.length >= 2);
    const hits = reports.flatMap((report) => this.store.searchSentences(report.id, words, limit).map((hit) => ({ report, hit })));
    hits.sort((a, b) => a.hit.score - b.hit.score);
    return {
      sentences: hits.slice(0, limit).map(({ report, hit }) => ({
        agency: report.agency,
        year: report.year,
        report: reportTitle(report),
        section: SECTION_TITLE[hit.sectionKey] ?? hit.sectionKey,
        sentence: hit.sentence,
      })),
    };
  }

  /**
   * The same lookups, with the question already understood: what the optional LLM calls as
   * a tool. Agencies are names or aliases as a person writes them; unknown ones are refused.
   */
  lookup(request: LookupRequest): Answer {
    const topic = topicFromKey(request.topic, request.column);
    if (!topic) return this.refusal(`无法查询“${request.topic}”。`);
    return this.lookupTopic(request, topic);
  }

  /**
   * A question type's tool call: the topic its validated slots made, answered for the named
   * agencies and years by the same code as an offline question.
   */
  lookupTopic(request: Omit<LookupRequest, 'topic' | 'column'>, topic: Topic): Answer {
    const agencies: AgencyRecord[] = [];
    for (const name of request.agencies) {
      const mentions = this.index.find(normalizeQuestion(name));
      if (mentions.length === 0) return this.refusal(`没有找到“${name}”的年度报告。${this.whatWeHave(name)}`);
      if (mentions[0].agencies.length > 1)
        return this.clarify(`“${name}”有多个机关：${joinList(mentions[0].agencies.map((agency) => agency.name))}。请问是哪一个？`);
      agencies.push(mentions[0].agencies[0]);
    }
    const operation = request.operation ?? 'value';
    const understood: Understanding = {
      text: '',
      years: request.years ?? [],
      topic,
      operation,
      rankOrder: request.order ?? 'desc',
      acrossAgencies: agencies.length === 0 && operation !== 'value',
      followUp: false,
    };
    return this.answerWith(understood, agencies);
  }

  /**
   * The largest (or smallest) part of a breakdown: asked of a named agency (or the one of the conversation), the breakdown
   * question is asked and its figures weighed; after a breakdown answer, its figures. Undefined when there is no breakdown.
   */
  private largestPartAnswer(input: string, context: { user?: string }, memory: ConversationMemory | undefined): Answer | undefined {
    const rewritten = breakdownQuestion(input);
    if (rewritten && (this.index.find(input).length > 0 || memory?.agencyIds.length === 1)) {
      const asked = this.askOne(rewritten, context);
      const part = asked.kind === 'figure' ? largestPart(asked.facts, input) : undefined;
      // 哪类申请人最多 of a report whose table 三 is cut: what the breakdown question got (the page lacks the part, or the
      // sentence that says all were of one kind), not "回答不了".
      if (!part) return asked.kind === 'refusal' && PAGE_LACKS_PART.test(asked.answer) ? asked : asked.kind === 'text' ? asked : undefined;
      // The verdict first, under a note on how the name was read (（“沭阳县”按…理解…）).
      const note = /^（“[^\n]*\n/.exec(asked.answer)?.[0] ?? '';
      return { kind: 'figure', answer: `${note}${part.answer}\n${asked.answer.slice(note.length)}`, facts: asked.facts };
    }
    // 哪类最多 after 都是谁申请的 / 复议结果怎么样: the breakdown just answered, read again from its report.
    const topic = memory?.topic && memory.agencyIds.length === 1 ? this.restoreTopic(memory.topic) : undefined;
    if (topic?.type !== 'cell' || !(topic.byApplicant || topic.everyColumn || topic.breakdown || topic.group)) return undefined;
    const reports = this.store.reportsOfAgency(memory?.agencyIds[0] ?? -1);
    const report = memory?.years.length
      ? reports.find((each) => each.year === memory.years[0])
      : [...reports].sort((a, b) => b.year - a.year)[0];
    if (!report) return undefined;
    const again = this.cellAnswer(topic, report);
    const part = again.kind === 'figure' ? largestPart(again.facts, input) : undefined;
    return part && { kind: 'figure', answer: `${part.answer}\n${this.cite(report, topic.row.table)}`, facts: part.facts };
  }

  /**
   * 结果怎么样 / 结果呢 / 什么结果 right after a count of reviews or lawsuits: the message names no application (申请, 办理,
   * 答复), so the results asked are the appeal's, whatever table 三's 办理结果 its bare 结果 reads as.
   */
  private appealResultsFollowUp(text: string, asked: Topic | undefined, remembered: SerializedTopic): boolean {
    if (remembered.type !== 'cell' || !CURRENT_LAYOUT.rows.some((row) => row.key === remembered.row && row.table === 'appeals'))
      return false;
    if (!(/结果|判[了得]|怎么判/.test(text) || CONCLUDED_ASKED.test(text)) || /申请|办理|办结|处理|答复|公开/.test(text)) return false;
    if (asked && !(asked.type === 'cell' && asked.row.table === 'applications')) return false;
    return this.index.find(text).length === 0;
  }

  private serializeTopic(topic: Topic): SerializedTopic {
    if (topic.type !== 'cell') return topic;
    return {
      type: 'cell',
      row: topic.row.key,
      column: topic.column?.key,
      byApplicant: topic.byApplicant,
      alsoRows: topic.alsoRows?.map((row) => row.key),
      group: topic.group,
      breakdown: topic.breakdown,
      legalPersons: topic.legalPersons,
      everyColumn: topic.everyColumn,
    };
  }

  /** A thing reports tell of (新闻发布会, 政策解读 …) that none of the agency's asked reports writes of: said not mentioned. */
  private unmentionedAnswer(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const thing = proseThingAsked(text);
    if (!thing) return undefined;
    const reports = this.store
      .reportsOfAgency(agency.id)
      .filter((report) => years.length === 0 || years.includes(report.year))
      .sort((a, b) => a.year - b.year);
    const texts = reports.map((report) => toSimplified(Object.values(this.store.sections(report.id)).join('\n')));
    if (!unmentionedIn(texts, thing.written)) return undefined;
    const which = reports.map((report) => report.year).join('、');
    return this.refusal(
      `${agency.name}${which}年的年度报告中没有写到${thing.name}，无法回答（报告没有写到，不等于没有）。可以问它收到和办结了几件申请、主动公开了多少条信息，或向该机关咨询。`,
    );
  }

  /**
   * 有没有领导信箱 / 开通公众号了吗, asked yes or no of one agency whose report writes of the thing without a figure asked:
   * the newest report's sentences that write of it, quoted (never a count: none was asked).
   */
  private mentionedAnswer(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const thing = proseThingAsked(text);
    if (!thing || !existenceAsked(text)) return undefined;
    const reports = this.store.reportsOfAgency(agency.id).filter((report) => years.length === 0 || years.includes(report.year));
    for (const report of [...reports].sort((a, b) => b.year - a.year)) {
      for (const [key, section] of Object.entries(this.store.sections(report.id))) {
        const quoted = sentencesWriting(toSimplified(section), thing.written);
        if (quoted.length === 0) continue;
        return {
          kind: 'text',
          answer: `${report.agency}${report.year}年的年度报告写到了${thing.name}：\n${quoted.map((each) => `原文：“${each}”`).join('\n')}\n${this.cite(report, key)}`,
          facts: [],
        };
      }
    }
    return undefined;
  }

  private restoreTopic(topic: SerializedTopic): Topic | undefined {
    if (topic.type !== 'cell') return topic;
    const row = CURRENT_LAYOUT.rows.find((candidate) => candidate.key === topic.row);
    if (!row) return undefined;
    const alsoRows = topic.alsoRows
      ?.map((key) => CURRENT_LAYOUT.rows.find((candidate) => candidate.key === key))
      .filter((item): item is RowDef => item !== undefined);
    return {
      type: 'cell',
      row,
      column: row.columns.find((column) => column.key === topic.column),
      byApplicant: topic.byApplicant,
      alsoRows,
      group: topic.group,
      breakdown: topic.breakdown,
      legalPersons: topic.legalPersons,
      everyColumn: topic.everyColumn,
    };
  }

  private answerWith(understood: Understanding, agencies: AgencyRecord[]): Answer {
    const { topic, years, operation } = understood;
    if (!topic) {
      const other = DEPUTIES_AND_PETITIONS.exec(understood.text)?.[0];
      if (agencies.length > 0 && other)
        return this.refusal(
          `${agencies[0].name}的政府信息公开年度报告中没有写明“${other}”的件数。${other}不属于政府信息公开申请，年报表三只统计信息公开申请；可以问“收到多少件信息公开申请”。`,
        );
      // Of one agency, what its report's sentences say of a thing no topic names, in this order:
      // 公众号被注销了吗 where another channel was shut (新浪微博官方账号进行关停注销): that one, said as such;
      // 有公众号吗 where the agency registered no 政务新媒体 at all: none, quoted from that sentence;
      // 采纳了几条 against 共收集有效意见建议5条，均已全部采纳: the count the clause before says all of;
      // 哪类信息最多 / 哪一级媒体报道最多: the largest of the parts one sentence lists;
      // 接待了多少人次咨询 against 活动共接待群众咨询近千人次: a count printed in words alone, quoted as printed, never a number;
      // then a change stated without its count.
      if (agencies.length === 1) {
        const readers = [
          this.otherChannelShut,
          this.noNewMediaAccount,
          this.allOfCountDid,
          this.largestListedPart,
          this.approximateCountStated,
          this.bareChangeStated,
        ];
        for (const read of readers) {
          const found = read.call(this, understood.text, agencies[0], years);
          if (found) return found;
        }
      }
      const held = this.placeOrAgencyHeld(understood.text, agencies, years);
      if (held) return held;
      // 教育局的年报 / 我们县卫健委的年度报告 / 本地公安局的年报呢: a kind's report, no place said: which of that kind are held.
      if (agencies.length === 0 && KIND_REPORT_ASKED.test(understood.text) && this.bareKind(understood.text))
        return this.listScope(understood.text, years);
      // 有没有开新闻发布会 of a report that never writes of one: it is not mentioned, said so of the thing named.
      const unmentioned = agencies.length === 1 ? this.unmentionedAnswer(understood.text, agencies[0], years) : undefined;
      if (unmentioned) return unmentioned;
      if (agencies.length > 0) {
        return this.refusal(
          `${NOT_UNDERSTOOD_OF}${agencies[0].name}的哪项内容，年报中也可能没有这项数据。可以问：行政许可、收到的申请、办理结果、行政复议、主动公开信息条数、联系电话、存在的问题等。`,
        );
      }
      // 科技局选聘了多少名科技特派员: a count asked of an agency kind with no place, about a thing only sentences state: which one.
      const which = askKind(understood.text) === 'number' ? this.whichOfKind(understood.text) : undefined;
      if (which) return which;
      return this.help('抱歉，我没有理解您的问题。');
    }
    if (topic.type === 'reports') {
      if (agencies.length === 0 && STORE_RECENCY.test(understood.text) && !this.bareKind(understood.text)) return this.storeRecency(years);
      // (通榆县那个乡: the place is a stored agency too, but one of its towns is asked.)
      const one = this.oneOfLevelAsked(understood.text, years);
      if (one) return one;
      // (Only 三亚2025年的报告有吗 refuses a year newer than held; 今年的年报出了吗 is told the years held.)
      const yearAsked = /\d{2,4}年度?的?(?:年报|年度报告|报告)(?:有(?:吗|么|嘛|没有?)|有没有)[?？]*$/.test(understood.text);
      return agencies.length > 0 ? this.listReports(agencies, years, understood.text, yearAsked) : this.listScope(understood.text, years);
    }
    const crossAgency =
      agencies.length === 0 && (operation === 'rank' || operation === 'total' || operation === 'list' || understood.acrossAgencies);
    if (crossAgency) {
      // 教育局收到申请排名 / 把几个教育局按…排个名: a kind named with no word of "among" still scopes the ranking to that kind.
      const bare = this.bareKind(understood.text);
      // 2023年街道平均每个公开多少条 / 街道当中有谁…: the kind named first, without 各, is still the scope.
      const scope =
        rankingScope(understood.text, this.index.kinds()) ??
        (bare ? { kind: bare, label: bare } : undefined) ??
        (understood.average || KIND_AMONG_WHO.test(understood.text)
          ? rankingScope(understood.text.replace(/^((?:19|20)\d{2}年度?)?/, '$1各'), this.index.kinds())
          : undefined);
      // 各机关微博发了几条: the ranking holds each report's total of items published, which is no count of one channel.
      if (topic.type === 'prose' && topic.key === 'proactive_items' && CHANNEL_WORDS.test(understood.text))
        return this.refusal(
          `各机关报告写的是全部渠道主动公开的总条数，没有可以放在一起比较的“${CHANNEL_WORDS.exec(understood.text)?.[0]}”条数。可以逐个问，例如“某某科技局${CHANNEL_WORDS.exec(understood.text)?.[0]}发了几条”。`,
        );
      if (topic.type === 'prose') return this.proseAcrossAgencies(understood, topic.key, scope);
      if (topic.type !== 'cell') return this.clarify(`请问您问的是哪个机关？${this.whatWeHave()}`);
      return this.acrossAgencies(understood, topic, scope);
    }
    if (agencies.length === 0) {
      // 街道办电话多少: which street's office, of those stored (a street is no kind of its own: each is named by itself).
      // 街道办收到多少申请 / 我们街道办2024年行政处罚多少件: a figure of a street's office, no street named, asks which street too.
      const figureOfStreet = (topic.type === 'cell' || topic.type === 'prose') && STREET_OFFICE_FIGURE.test(understood.text);
      if ((topic.type === 'contacts' && STREET_OFFICE_ALONE.test(understood.text)) || figureOfStreet) {
        const streets = this.index.all().filter((agency) => /街道(?:办事处)?$|街道办$/.test(agency.name));
        if (streets.length > 0) {
          const shown = streets.slice(0, 10).map((agency) => agency.name);
          return this.clarify(
            `${WHICH_OF_KIND}街道办事处？库中有：${joinList(shown)}${streets.length > 10 ? `等${streets.length}个` : ''}。请带上街道名再问一次，例如“${shown[0]}${figureOfStreet ? '收到了几件信息公开申请' : '电话'}”。`,
          );
        }
      }
      const kind = this.bareKind(understood.text);
      if (kind) {
        const candidates = this.index.ofKind(kind);
        const { place } = this.placeOfKind(understood.text, kind);
        const stranger = this.strangerOfKind(understood.text, kind);
        if (stranger)
          return this.refusal(
            `没有找到“${stranger.place}${stranger.ordinal ?? kind}”的政府信息公开指南或年度报告。${this.whatWeHave(`${stranger.place}${kind}`)}`,
          );
        // 万潮镇…: the one agency of that kind, named in full, is no question of which.
        if (candidates.length === 1 && understood.text.includes(candidates[0].name)) return this.answerWith(understood, [candidates[0]]);
        // 2024年科技局一共收到多少申请 / 有没有科技局被复议 / 科技局都收到申请了吗: the stored agencies of the kind, together.
        const together = KIND_TOTAL_ASKED.test(understood.text) ? 'total' : KIND_ANY_ASKED.test(understood.text) ? 'list' : undefined;
        if (together && candidates.length >= 2 && !place && (topic.type === 'cell' || topic.type === 'prose')) {
          const across: Understanding = { ...understood, operation: together, acrossAgencies: true };
          const scope = { kind, label: kind };
          return topic.type === 'prose' ? this.proseAcrossAgencies(across, topic.key, scope) : this.acrossAgencies(across, topic, scope);
        }
        if (candidates.length > 0) {
          const shown = candidates.slice(0, 10).map((agency) => agency.name);
          return this.clarify(
            `您问的是哪个${kind}？库中有：${joinList(shown)}${candidates.length > 10 ? `等${candidates.length}个` : ''}。请带上地区名再问一次，例如“${shown[0]}”。`,
          );
        }
      }
      // 亳州市第二中学, 亳州三中: a school or hospital of a place, none stored.
      const unit = UNIT_NAMED.exec(understood.text);
      if (unit && placeBefore(unit[0], unit[2]) !== undefined)
        return this.refusal(`没有找到“${unit[0]}”的政府信息公开指南或年度报告。${this.whatWeHave()}`);
      // 紫金港小学信息公开电话: a school or hospital by a name of its own, none stored (紫金港中学 is another body).
      const ownUnit = OWN_UNIT_ASKED.exec(understood.text);
      if (ownUnit && OWN_NAMED_UNIT.test(ownUnit[1]))
        return this.refusal(`没有找到“${ownUnit[1]}”的政府信息公开指南或年度报告。${this.whatWeHave()}`);
      // 长江师范学院信息公开电话: a college or university named whole, none stored; 苏巷镇派出所: a unit of a town.
      // 长兴岛派出所电话, 灵隐街道信息公开传真: a station or a street by its own name at the question's start, none stored.
      const college = COLLEGE_ASKED.exec(understood.text) ?? TOWN_UNIT_ASKED.exec(understood.text) ?? STATION_ASKED.exec(understood.text);
      if (college) return this.refusal(`没有找到“${college[1]}”的政府信息公开指南或年度报告。${this.whatWeHave()}`);
      // 那深圳南山区的呢: a city's district or county named alone, no stored agency of it, is not held (was: the stored reports
      // listed, as if no place had been named).
      const place = UNSTORED_DISTRICT.exec(understood.text)?.[1];
      if (place && !/这|那|我们|咱们|本|全|该/.test(place) && this.index.find(place).length === 0)
        return this.refusal(`没有找到“${place}”的政府信息公开工作年度报告。${this.whatWeHave()}`);
      // 申请人都是多大年纪的: what no report counts (applicants' sex or age, a judgement of the work) is refused, not asked back.
      if (NEVER_STATED_ASKED.test(understood.text))
        return this.refusal(
          '年度报告不统计申请人的性别、年龄，也不评价各机关工作的好坏，这个问题我回答不了。可以问某个机关收到的申请数、办理结果等数字。',
        );
      return this.clarify(`请问您问的是哪个机关、哪一年？${this.whatWeHave()}`);
    }
    if (agencies.length > 1) {
      if (topic.type === 'cell' || topic.type === 'prose') return this.compareAgencies(understood, topic, agencies);
      return this.concat(agencies.map((agency) => this.forAgency(understood, topic, agency, years)));
    }
    return this.forAgency(understood, topic, agencies[0], years);
  }

  /**
   * Two guesses do not make an answer: a name read with one character corrected (西湖区教育局 →
   * 西青区教育局) whose agency has no report of the year asked is more likely another agency we
   * do not hold than a typo, so the answer is a refusal naming what we do hold, not its latest report.
   */
  private nearMissWithoutTheYear(mentions: readonly AgencyMention[], askedYears: readonly number[]): Answer | undefined {
    if (askedYears.length === 0) return undefined;
    const near = mentions.find((mention) => mention.how === 'fuzzy' && mention.agencies.length === 1);
    if (!near) return undefined;
    const agency = near.agencies[0];
    const years = this.store.reportsOfAgency(agency.id).map((report) => report.year);
    if (askedYears.some((year) => years.includes(year))) return undefined;
    return this.refusal(
      `没有找到“${near.text}”${joinList(askedYears.map((year) => `${year}年`))}的年度报告。名称相近的${agency.name}只有${joinList(years.map((year) => `${year}年`))}的报告；如问的是它，请写全名再问。`,
    );
  }

  /**
   * 意见征集呢 after 政策解读发了多少条: the remembered 条 found a neighbour (回应关切22条) where the
   * sentence counts the new thing in another measure right after its name (意见征集17次). Asked
   * without the measure, a figure written right after the noun wins; otherwise undefined.
   */
  private countRightAfterNoun(
    asked: string,
    withUnit: Answer,
    agency: AgencyRecord,
    topic: Topic | undefined,
    years: number[],
  ): Answer | undefined {
    const noun = asked.replace(/多少$/, '');
    if (noun.length < 2) return undefined;
    const rightAfter = new RegExp(`${escapeRegExp(noun)}(\\d+(?:\\.\\d+)?)`);
    const statedFirst = (answer: Answer) => {
      const value = rightAfter.exec(answer.answer.split('\n')[0])?.[1];
      return value !== undefined && answer.facts[0]?.value === Number(value);
    };
    if (statedFirst(withUnit)) return undefined;
    // 在线访谈呢 after 开了几场发布会, against 组织11期“在线访谈”和29场“新闻发布会”: the new thing's own count is printed right
    // before it, in its own measure word (11期), where the last question's measure (场) picked the other thing's 29.
    const rightBefore = new RegExp(`(\\d+(?:\\.\\d+)?)([条件个篇次项期场份起封宗名家批轮]次?)([“"‘]?)${escapeRegExp(noun)}`);
    const fact = withUnit.facts[0];
    const printedBefore = fact?.sentence ? rightBefore.exec(fact.sentence) : null;
    const found = this.withRetrieval(NOTHING_FOUND, { text: asked, topic, agency, years });
    if (fact && printedBefore && Number(printedBefore[1]) !== fact.value) {
      const value = Number(printedBefore[1]);
      if (found?.kind === 'figure' && found.facts[0]?.value === value) return found;
      const [line = '', ...rest] = withUnit.answer.split('\n');
      const head = line.slice(0, line.indexOf('：') + 1);
      const closing = printedBefore[3] === '“' ? '”' : printedBefore[3] === '‘' ? '’' : printedBefore[3];
      return {
        ...withUnit,
        answer: [`${head}${printedBefore[0]}${closing}。`, ...rest].join('\n'),
        facts: [{ ...fact, value, unit: printedBefore[2] }],
      };
    }
    if (found?.kind !== 'figure') return undefined;
    if (statedFirst(found)) return found;
    // The figure with the last question's measure word counts a title named right before it (发布《海原科技信息》55期),
    // not the new thing: the first number after the new thing in its clause (微信工作群主动公开信息3条) is its count.
    return countsANamedTitle(withUnit) && countOfNoun(found, noun) ? found : undefined;
  }

  /**
   * 收到多少件政协提案 answered from a sentence that counts what was published about them
   * (主动公开人大代表建议和政协提案办理情况84项): a count of items published is not a count of
   * proposals received, and those are no disclosure applications either. Undefined otherwise.
   */
  private publishedNotReceived(retrieved: Answer | undefined, question: string, agency: AgencyRecord): Answer | undefined {
    const other = DEPUTIES_AND_PETITIONS.exec(question)?.[0];
    if (!other || retrieved?.kind !== 'figure' || !/收到|接到|受理|收了|收过|来了/.test(question)) return undefined;
    const sentences = retrieved.facts.map((fact) => fact.sentence ?? '');
    const published = (sentence: string) => /公开|发布|公示/.test(sentence) && !/收到|接到|受理|承办|交办/.test(sentence);
    if (sentences.length === 0 || !sentences.every(published)) return undefined;
    // 政协建议提案4件,均及时进行了办结回复…并…进行公示: the proposals themselves counted, their number printed right after their
    // name in a clause with no publishing verb before it (a list's item whose 共收到县人大、 was split off): what was
    // published about them is said after, of the same proposals.
    const countsTheProposals = retrieved.facts.every((fact) => {
      const clause = (fact.sentence ?? '')
        .split(/[,，;；。]/)
        .find((part) => new RegExp(`(?:${DEPUTIES_AND_PETITIONS.source})${fact.value}[件条项个]`).test(part));
      return clause !== undefined && !/公开|发布|公示|公布/.test(clause);
    });
    if (countsTheProposals) return undefined;
    return this.refusal(
      `${agency.name}的年度报告没有写明收到“${other}”的件数，只写了公开其办理情况的条数。${other}不属于政府信息公开申请，年报表三只统计信息公开申请；可以问“收到多少件信息公开申请”。`,
    );
  }

  private concat(answers: Answer[]): Answer {
    // (One agency's 没有 of none received, among others refused, answers no figure asked of many: the whole stays a refusal.)
    const kind = answers.every((answer) => answer.kind === 'refusal' || (answers.length > 1 && saysNoneReceived(answer.answer)))
      ? 'refusal'
      : (answers.find((answer) => answer.kind !== 'refusal')?.kind ?? 'text');
    const combined = { kind, answer: answers.map((answer) => answer.answer).join('\n'), facts: answers.flatMap((answer) => answer.facts) };
    // A final refusal (a total not written, its parts said) stays final when it is all there is.
    if (kind === 'refusal' && answers.every((answer) => this.finalRefusals.has(answer))) this.finalRefusals.add(combined);
    return combined;
  }

  /**
   * 那卫东区市场监管局呢 right after a guide's answer (邮编呢): the last question asked of the agency now named, from its
   * guide; undefined when the words beside the name ask anything else, or the last answer was not a guide's.
   */
  private guideFollowUp(
    text: string,
    mentions: readonly AgencyMention[],
    memory: ConversationMemory | undefined,
    agency: AgencyRecord,
    now: Date,
  ): { kind: 'guide' | 'text'; answer: string } | undefined {
    if (!memory?.guide || !memory.lastQuestion || mentions.length !== 1) return undefined;
    // 那安阳人社呢: a kind's short form without its 局 right after the place named is part of the name, no word of a question.
    const after = text.slice(mentions[0].start + mentions[0].text.length);
    const stem = KIND_STEMS.find((candidate) => after.startsWith(candidate)) ?? '';
    // 那白银给排水呢: words of the agency's own name right after the place named (白银市给排水公司) are part of the name too.
    const name = toSimplified(agency.name);
    let own = 0;
    for (let length = after.length; length >= 2 && own === 0; length -= 1) if (name.includes(after.slice(0, length))) own = length;
    // 那信阳粮食局呢: the name's words then the last word of its kind (粮食…局 of 信阳市粮食和物资储备局) are the name too.
    const kindEnd = own > 0 ? /^(?:委员会|局|委|厅|院|中心)/.exec(after.slice(own))?.[0] : undefined;
    if (kindEnd && name.endsWith(kindEnd)) own += kindEnd.length;
    const rest = text.slice(0, mentions[0].start) + after.slice(Math.max(stem.length, own));
    if (!BARE_FOLLOW_UP_WORDS.test(rest)) return undefined;
    return this.options.agencyGuide?.answer(memory.lastQuestion, agency, now) ?? undefined;
  }

  /** The agency stored under the other form of a 委员会's name (…委员会 and …委), when it has reports. */
  private sameBodyWithReports(agency: AgencyRecord): AgencyRecord | undefined {
    const name = toSimplified(agency.name);
    const other = /委员会$/.test(name) ? name.replace(/员会$/, '') : /委$/.test(name) ? `${name}员会` : undefined;
    const found = other === undefined ? undefined : this.store.agencyByName(other);
    return found && this.store.reportsOfAgency(found.id).length > 0 ? found : undefined;
  }

  /** Each agency's own guide's answer to a where/when/how question naming two or three agencies, when every one has a guide. */
  private guidesCompared(text: string, agencies: readonly AgencyRecord[], now: Date): Answer | undefined {
    const guides = this.options.agencyGuide;
    if (!guides || agencyGuideAsks(text).length === 0 || !agencies.every((agency) => guides.hasGuide?.(agency) === true)) return undefined;
    const replies = agencies.map((agency) => guides.answer(text, agency, now));
    if (replies.some((reply) => reply === null || reply.kind !== 'guide')) return undefined;
    return { kind: 'guide', answer: replies.map((reply) => reply!.answer).join('\n\n'), facts: [] };
  }

  /** One agency: resolve the year(s), then answer. */
  private forAgency(understood: Understanding, topic: Topic, agency: AgencyRecord, years: number[]): Answer {
    const reports = this.store.reportsOfAgency(agency.id);
    // 国家卫生健康委员会 known by its guide, its reports stored under 国家卫生健康委: the same body's reports answer.
    const sameBody = reports.length === 0 ? this.sameBodyWithReports(agency) : undefined;
    if (sameBody) return this.forAgency(understood, topic, sameBody, years);
    if (reports.length === 0)
      return this.refusal(
        // An agency known by its guide alone: what the guide answers, not a list of other agencies' reports.
        this.options.agencyGuide?.hasGuide?.(agency) === true
          ? `库中还没有${agency.name}的年度报告，只有它的政府信息公开指南：可以问怎么申请、受理机构、地址、电话和办公时间。`
          : `库中还没有${agency.name}的年度报告。${this.whatWeHave(agency.name)}`,
      );
    const available = reports.map((report) => report.year);
    if (topic.type === 'contacts') return this.contacts(topic.fields, agency, reports, years);
    const latest = reports[reports.length - 1];
    let note = '';
    // 哪年收到的申请最多 of one agency: each year's figure, and the year with the most (or least).
    if (
      years.length === 0 &&
      reports.length > 1 &&
      // (A figure the prose states, 主动公开 of each year, is ranked alike.)
      (topic.type === 'cell' || topic.type === 'prose') &&
      (understood.operation === 'rank' || WHICH_YEAR_MORE.test(understood.text)) &&
      WHICH_YEAR.test(understood.text)
    ) {
      const byYear = this.whichYearAnswer(topic, reports, understood.rankOrder === 'asc' || WHICH_YEAR_FEWER.test(understood.text));
      if (byYear) return byYear;
    }
    // 历年 / 近三年 / 这几年 of one agency: those years of its reports, each with its figure.
    const spanned = years.length === 0 && reports.length > 1 ? yearsOfSpan(understood.text, available) : undefined;
    if (spanned && spanned.length > 1) years = spanned;
    if (years.length === 0) {
      // No year named: the latest report, and the reply says that it is the latest.
      years = [latest.year];
      if (reports.length > 1)
        note = `（没有说年份，按最新的${latest.year}年报告回答；库中还有${joinList(available.slice(0, -1).map((year) => `${year}年`))}的报告。）`;
    }
    let found = years.map((year) => reports.find((report) => report.year === year));
    let missing = years.filter((_, index) => !found[index]);
    // A year newer than the agency's latest report (去年, before the report is in), or a year kept
    // from the conversation that this agency lacks: the latest report, saying so.
    // Two years kept from a question that gave each agency its own (红寺堡2023年和海原县2024年 …, then 那中卫市的呢) are
    // kept the same way: the agency named after holds neither, so its latest report answers.
    if (missing.length === years.length && ((years.length === 1 && years[0] > latest.year) || understood.yearsRemembered)) {
      note =
        understood.yearsRemembered && years.some((year) => year < latest.year)
          ? `（${agency.name}没有${joinList(years.map((year) => `${year}年`))}的报告，按最新的${latest.year}年报告回答。）`
          : `（暂无${agency.name}${years[0]}年的报告；以下是最新的${latest.year}年报告。）`;
      years = [latest.year];
      found = [latest];
      missing = [];
    }
    if (missing.length === years.length) {
      const refused = this.refusal(noReportOfYears(agency.name, missing, available));
      this.yearsNotHeld.add(refused);
      return refused;
    }
    // 2024年的申请比去年多了还是少了 with only 2024's report stored: a sentence of it may state the change (比去年增加1件).
    if (understood.operation === 'change' && years.length === 2 && missing.length === 1) {
      const later = Math.max(...years);
      const report = found.find((item) => item?.year === later);
      // The year compared with (去年, 2023年) is no word of the sentence: the number asked is the later year's own.
      const asked = understood.text.replace(
        /比|(?:多|少|高|低)了?(?:还是(?:多|少|高|低)了?)?|增加了?|减少了?|增长了?|下降了?|去年|上年|上一年|前一年|(?:19|20)\d{2}年度?/g,
        '',
      );
      // A table's row is asked by its own name (本年新收申请多少件), as a cut table's cell is elsewhere.
      const changeAsked = topic.type === 'cell' ? `${topic.row.label}多少${topic.row.unit}` : `${asked.replace(agency.name, '')}多少`;
      const stated = report
        ? this.changeStatedBeside(
            [later - 1, later],
            [undefined, retrieve(this.store, { text: changeAsked, kind: 'number', year: later, reports: [report] })],
          )
        : undefined;
      if (stated && years.includes(later - 1)) return stated;
    }
    const parts = found
      .filter((report): report is ReportRecord => report !== undefined)
      .map((report) => this.forReport(topic, report, understood.text));
    if (missing.length > 0) {
      parts.push(this.refusal(`（没有${agency.name}${joinList(missing.map((year) => `${year}年`))}的报告。）`));
    }
    const combined = this.concat(parts);
    if (note) combined.answer = `${note}\n${combined.answer}`;
    // 2020年和2021年主动公开加起来: a prose figure of two years added too (their change stays the table's).
    const proseSummed =
      topic.type === 'prose' && parts.length === 2 && TWO_YEARS_SUMMED.test(understood.text) && !/比/.test(understood.text);
    if (understood.operation === 'change' && parts.length === 2 && (topic.type === 'cell' || proseSummed)) {
      // Compare the first fact of each year's part; a part may hold several facts or none.
      const one = parts[0].facts[0];
      const other = one === undefined ? undefined : parts[1].facts.find((fact) => fact.key === one.key);
      if (one !== undefined && other !== undefined) {
        // The later year against the earlier, however the question orders them (2024年比2019年).
        const [first, second] = one.year <= other.year ? [one, other] : [other, one];
        // 2021年和2022年一共收到多少: the two years added, not their change.
        if (TWO_YEARS_SUMMED.test(understood.text) && !/比/.test(understood.text)) {
          const total = first.value + second.value;
          combined.answer += `\n${first.year}年和${second.year}年合计${formatNumber(total)}${first.unit}（${formatNumber(first.value)} + ${formatNumber(second.value)}）。`;
          combined.facts = [...combined.facts, { ...second, value: total }];
          return combined;
        }
        const weighed = yearsWeighed(understood.text, one, other);
        if (weighed.verdict) combined.answer = `${weighed.verdict}${combined.answer}`;
        combined.answer += `\n${weighed.change}`;
        // 增长了百分之几 / 增长率 / 增幅 of two years' table figures: the rate worked out from the two, and said to be worked out.
        if (PERCENT_CHANGE_ASKED.test(understood.text)) combined.answer += rateOfChange(one, other, undefined);
      }
    }
    // Three or more years of a table's figure, each year having it (no partial sum, no trend over a gap).
    // (A figure the prose states, 主动公开 of each year, alike: each year's own figure, of the same key.)
    const yearly = parts.length >= 3 && (topic.type === 'cell' || topic.type === 'prose') ? oneFigureEachYear(parts) : undefined;
    // 这几年是增加还是减少 / 近三年有什么变化: each year's figure in order, and the change from the first year to the last.
    if (yearly && TREND_ASKED.test(understood.text))
      combined.answer += `\n${yearly.map((fact) => `${fact.year}年${formatNumber(fact.value)}${fact.unit}`).join('，')}；${yearChange(yearly[0], yearly[yearly.length - 1])}`;
    // 2022到2024年一共 / 这三年加起来: the years added.
    if (yearly && TWO_YEARS_SUMMED.test(understood.text) && !/比/.test(understood.text)) {
      const last = yearly[yearly.length - 1];
      const total = yearly.reduce((sum, fact) => sum + fact.value, 0);
      combined.answer += `\n${yearly[0].year}—${last.year}年${yearly.length}年合计${formatNumber(total)}${last.unit}（${yearly.map((fact) => formatNumber(fact.value)).join(' + ')}）。`;
      combined.facts = [...combined.facts, { ...last, value: total }];
    }
    return combined;
  }

  /**
   * The year of one agency's reports whose figure is largest (or smallest): every report's figure
   * listed, the extreme named. Undefined when a report gives no figure of the same row and column.
   */
  private whichYearAnswer(topic: Topic, reports: ReportRecord[], ascending: boolean): Answer | undefined {
    // The latest report's row and column decide; a year whose report (another layout) lacks that cell is named as lacking it.
    const latest = this.forReport(topic, reports[reports.length - 1]).facts[0];
    if (!latest) return undefined;
    const byReport = reports.map((report) => {
      const fact = report === reports[reports.length - 1] ? latest : this.forReport(topic, report).facts[0];
      return fact && fact.key === latest.key && fact.unit === latest.unit ? fact : undefined;
    });
    const facts = byReport.filter((fact): fact is Fact => fact !== undefined);
    if (facts.length < 2) return undefined;
    const first = facts[0];
    const lacking = reports.filter((_, index) => byReport[index] === undefined).map((report) => `${report.year}年`);
    const best = facts.reduce((a, b) => ((ascending ? b.value < a.value : b.value > a.value) ? b : a));
    const tied = facts.filter((fact) => fact.value === best.value).map((fact) => `${fact.year}年`);
    const list = facts.map((fact) => `${fact.year}年${formatNumber(fact.value)}${fact.unit}`).join('，');
    return {
      kind: 'figure',
      answer: `${first.agency}各年：${list}。${joinList(tied)}${ascending ? '最少' : '最多'}（${formatNumber(best.value)}${best.unit}）。${lacking.length > 0 ? `（${joinList(lacking)}的报告${topic.type === 'cell' ? '没有同一栏的数字' : '没有以同样的说法写明这个数字'}，未计入。）` : ''}\n（来源：${first.agency}${reports[0].year}—${reports[reports.length - 1].year}年各年度报告，${first.source.section}）`,
      facts: [best, ...facts.filter((fact) => fact !== best)],
    };
  }

  /** One topic from one report. */
  private forReport(topic: Topic, report: ReportRecord, asked = ''): Answer {
    switch (topic.type) {
      case 'cell':
        return this.cellAnswer(topic, report);
      case 'prose':
        return this.proseAnswer(topic.key, report, asked);
      case 'section':
        return this.sectionAnswer(topic, report);
      case 'contacts':
        return this.contacts(topic.fields, { id: report.agencyId, name: report.agency, region: '', kind: '' }, [report], [report.year]);
      case 'reports':
        return this.listReports([{ id: report.agencyId, name: report.agency, region: '', kind: '' }], [report.year]);
    }
  }

  private source(report: { agency: string; year: number }, section: string): Fact['source'] {
    return { report: reportTitle(report), section: SECTION_TITLE[section] ?? section };
  }

  /** A prose figure of a report as a fact of the answer. */
  private proseFact(report: ReportRecord, figure: ProseFigure): Fact {
    const { key, value, unit, section } = figure;
    // 从2022年度的840万元: a figure the words right before it date to another year is that year's, not the report's.
    const stated = STATED_YEAR_BEFORE.exec(figure.label);
    const year = stated ? Number(stated[1]) : report.year;
    // The sentence it was read from: 一共呢 after two channels of one sentence gives that sentence's printed total.
    return { agency: report.agency, year, key, value, unit, source: this.source(report, section), sentence: figure.sentence };
  }

  /**
   * The kinds a total is broken into (政务运行类信息55条…；机构职能类信息3条…；政策服务类…): the report's passage from the
   * total to the end of its sentence (。), across the clauses (；) the sentence store splits it into, when it names two kinds
   * or more. Undefined when no such passage is found.
   */
  private kindsListed(answer: Answer, agency: AgencyRecord): Answer | undefined {
    const head = answer.facts[0];
    const report = this.store.reportsOfAgency(agency.id).find((each) => each.year === head.year);
    if (!report) return undefined;
    const printed = `${head.value}${head.unit}`;
    for (const [key, section] of Object.entries(this.store.sections(report.id))) {
      const text = toSimplified(section).replace(/\s+/g, '');
      const at = text.indexOf(printed);
      if (at < 0) continue;
      let end = text.indexOf('。', at);
      // 全年累计发布信息9035条。其中,概况类信息418条,…: a breakdown opening the next sentence is the same passage.
      if (end >= 0 && /^(?:其中|具体(?:包括|为|是)|包括|分别为)/.test(text.slice(end + 1))) end = text.indexOf('。', end + 1);
      const passage = text.slice(at, end < 0 ? undefined : end + 1);
      const kinds = passage.match(/\p{Script=Han}{2,6}类/gu) ?? [];
      // 其中:1.政策性文件1条;2.工作动态类信息12条;…: numbered items are kinds whatever their names end with.
      const numbered = passage.match(/(?:^|[：:；;，,])\s*[(（]?\d{1,2}[.、．)）]\s*\p{Script=Han}/gu) ?? [];
      // 其中,概况类信息418条,政务动态信息4742条,…: two items or more counted after 其中 are the kinds, named as printed.
      const breakdown = /(?:其中|包括|分别为)[：:，,]?(.*)$/u.exec(passage)?.[1] ?? '';
      const counted = breakdown.match(new RegExp(`\\p{Script=Han}{2,}\\d+(?:\\.\\d+)?${head.unit}`, 'gu')) ?? [];
      if (new Set(kinds).size < 2 && numbered.length < 2 && counted.length < 2) continue;
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年主动公开${printed}，报告列出的分类：“${shorten(passage, printed, 400)}”\n${this.cite(report, key)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * The one agency's report of the year asked, else its latest; undefined when several agencies are meant or none is stored.
   */
  private reportOfOne(agencyIds: readonly number[], years: readonly number[]): ReportRecord | undefined {
    if (agencyIds.length !== 1) return undefined;
    // (Stored in the order of their years: the last is the latest.)
    const reports = this.store.reportsOfAgency(agencyIds[0]);
    return years.length > 0 ? reports.find((candidate) => years.includes(candidate.year)) : reports.at(-1);
  }

  /**
   * 占比多少 after a table's count (the last answer's headline fact, `head`): the share its report prints beside that count in a
   * sentence naming the row (shareBesideTableCount).
   */
  private shareBesideTableCount(head: Fact | undefined, text: string, agency: AgencyRecord): Answer | undefined {
    if (!head || head.agency !== agency.name) return undefined;
    const report = this.store.reportsOfAgency(agency.id).find((each) => each.year === head.year);
    if (!report) return undefined;
    // The row's words (无法提供 for unavailable.total, 不掌握 for unavailable.not_held.total): its own, or its group's heading.
    const rowKey = head.key.replace(/\.[^.]+$/, '');
    const layout = layoutOf(report.format);
    const row = layout.row(rowKey);
    const grouped = row ? undefined : layout.rows.find((each) => each.key.startsWith(`${rowKey}.`))?.group;
    const words = row ? [...row.match, ...row.synonyms] : grouped ? [grouped.replace(/^[（(][一二三四五六七八九十]+[)）]/, '')] : [];
    if (words.length === 0) return undefined;
    const sentences = this.sentencesOfReport(report.id).map(([section, sentence]) => [sectionTitle(section), sentence] as const);
    return shareBesideTableCount(head, sentences, words, text);
  }

  /** Each sentence of a report's sections, with its section's key, the lines of a section joined. */
  private sentencesOfReport(reportId: number): Array<readonly [section: string, sentence: string]> {
    return Object.entries(this.store.sections(reportId)).flatMap(([section, body]) =>
      (body.replace(/\n+/g, '').match(/[^。]+。?/g) ?? []).map((sentence) => [section, sentence] as const),
    );
  }

  /**
   * 平均多久答复 of one agency whose report (of the year asked, else its latest) prints its average time (平均处理答复时间2个工作日,
   * 平均办理时长3.5天): that sentence, quoted; undefined when no sentence prints one.
   */
  private averageDurationAnswer(agencyIds: readonly number[], years: readonly number[], asked: string): Answer | undefined {
    const report = this.reportOfOne(agencyIds, years);
    if (!report) return undefined;
    for (const [sectionKey, body] of Object.entries(this.store.sections(report.id))) {
      // (申请平均多久办完 against 留言…平均办理时间1个工作日: an average of messages is no average of applications.)
      const sentence = body
        .split(/(?<=[。；;])/)
        .find((each) => AVERAGE_DURATION_PRINTED.test(each) && (!/申请/.test(asked) || /申请/.test(each)));
      if (!sentence) continue;
      // (The average printed is a figure the report holds: 平均办理时间1个工作日 gives 1, in 个工作日.)
      const printed = /(\d+(?:\.\d+)?)\s*(个?(?:工作日|天|日))/.exec(AVERAGE_DURATION_PRINTED.exec(sentence)?.[0] ?? '');
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告写明：${sentence.trim()}\n${this.cite(report, sectionKey)}`,
        facts: printed
          ? [
              {
                agency: report.agency,
                year: report.year,
                key: 'sentence',
                value: Number(printed[1]),
                unit: printed[2],
                source: { report: reportTitle(report), section: SECTION_TITLE[sectionKey] ?? '' },
                sentence: sentence.trim(),
              },
            ]
          : [],
      };
    }
    return undefined;
  }

  /**
   * What an application asked for, as the one agency's report states it (申请公开内容是…, with the sentence counting it
   * before): of the year asked, else its latest report. Undefined when several agencies are meant, or the report says nothing.
   */
  private applicationContentAnswer(agencyIds: readonly number[], years: readonly number[], topic?: string): Answer | undefined {
    const report = this.reportOfOne(agencyIds, years);
    if (!report) return undefined;
    const stated = applicationContentStated(Object.entries(this.store.sections(report.id)));
    if (!stated) return undefined;
    const lead =
      topic === undefined
        ? ''
        : topicStated(stated.sentence, topic)
          ? '有。'
          : `报告没有单独写明有没有“${topic}”方面的申请，只写明了申请主要涉及的内容。`;
    return {
      kind: 'text',
      answer: `${lead}${report.agency}${report.year}年报告写明：${stated.sentence}\n${this.cite(report, stated.sectionKey)}`,
      facts: [],
    };
  }

  /**
   * 深圳市生态环境局2023年申请量同比增长了多少: the rate the report of the year asked (else its latest) prints of the thing
   * asked (申请量同比增长42.9%), as a figure of the report. Only when the rate is asked in so many words (增速, 百分之几) or
   * the year before has no report to compare with; undefined when no sentence prints a rate of that thing.
   */
  private statedRateAnswer(
    agency: AgencyRecord,
    years: readonly number[],
    text: string,
    mentions: readonly AgencyMention[],
  ): Answer | undefined {
    const reports = this.store.reportsOfAgency(agency.id);
    if (reports.length === 0) return undefined;
    const held = years.filter((year) => reports.some((report) => report.year === year));
    if (years.length > 0 && held.length === 0) return undefined;
    const year = held.length > 0 ? Math.max(...held) : Math.max(...reports.map((report) => report.year));
    const report = reports.find((each) => each.year === year);
    if (!report || (!RATE_ASKED.test(text) && reports.some((each) => each.year === year - 1))) return undefined;
    const name = mentions.reduce((longest, mention) => (mention.text.length > longest.length ? mention.text : longest), '');
    let thing = thingOfChange(text.replace(nameWithRest(text, name, agency.name), ''));
    for (const kind of this.index.kinds()) thing = thing.replace(kind, '');
    const directionAsked = CHANGE_DIRECTION_ASKED.test(text);
    // 同比增长多少 naming nothing of its own: the report's one stated rate, if one only fits (its subject quoted).
    const yearsOf = (sentence: string) => [...sentence.matchAll(/((?:19|20)\d{2})年/g)].every((match) => Number(match[1]) === year);
    const sole = directionAsked
      ? undefined
      : soleRateOfThing(
          this.sentencesOfReport(report.id).filter(([, sentence]) => yearsOf(sentence)),
          thing,
          agency.name,
        );
    if (sole)
      return {
        kind: 'figure',
        answer: `${report.agency}${year}年报告写明：${sole.statement}。\n原文：“${sole.sentence}”\n${this.cite(report, sole.section)}`,
        facts: [
          {
            agency: report.agency,
            year,
            key: 'stated_change',
            value: sole.rate.value,
            unit: '%',
            source: { report: reportTitle(report), section: sole.section },
            sentence: sole.sentence,
          },
        ],
      };
    if (thing.length < 2) return undefined;
    // The change whose subject shares most words with the thing asked, over the sentences that may print it; a change
    // stated without a figure (较去年有所增长) answers only which way (多了还是少了).
    let best: { change: StatedChange; hit: { sentence: string; sectionKey: string } } | undefined;
    // 收到并处理…申请37件,同比减少5%。协助上级调查处理…申请5件,同比减少17%: rates of things the words asked fit as well are
    // all given, never one of them alone as the one asked.
    let tied: Array<{ change: StatedChange; hit: { sentence: string; sectionKey: string } }> = [];
    // 从2022年度的840万元提高到2023年度的2007万元,增速达到138.8% in the 2024 report: a rate of another year than the one asked.
    for (const hit of this.store.searchSentences(report.id, searchWords(`${thing} 同比 增长 增速`)))
      if (![...hit.sentence.matchAll(/((?:19|20)\d{2})年/g)].every((match) => Number(match[1]) === year)) continue;
      else
        for (const change of changesOfThing(hit.sentence, thing, agency.name)) {
          if (!change.rate && !directionAsked) continue;
          if (!best || change.score > best.change.score) {
            best = { change, hit };
            tied = [best];
          } else if (change.score === best.change.score && change.rate && best.change.rate) tied.push({ change, hit });
        }
    // 公开的信息比上年多了百分之多少 against 全年累计公开…各类信息203条,同比增长7%: information published, asked in the words
    // every report uses (公开, 信息), is the year's 主动公开 total, and the rate printed right after it is its change.
    if (!best && PUBLISHED_THING.test(thing)) {
      const main = this.proseFigures(report, 'proactive_items')[0];
      const rate =
        main && /^(?:proactive|published)_items$/.test(main.key) ? rateAfterFigure(main.sentence, main.value, main.unit) : undefined;
      if (main && rate)
        best = {
          change: { statement: rateStatement(main.sentence, rate), rate, score: 1 },
          hit: { sentence: main.sentence, sectionKey: main.section },
        };
    }
    if (!best) return undefined;
    const rates = tied.filter((each, index) => tied.findIndex((other) => other.change.statement === each.change.statement) === index);
    if (rates.length > 1)
      return {
        kind: 'figure',
        answer: `${report.agency}${year}年报告写明：${rates.map((each) => each.change.statement).join('；')}。\n原文：${[...new Set(rates.map((each) => each.hit.sentence))].map((sentence) => `“${sentence}”`).join(' ')}\n${this.cite(report, rates[0].hit.sectionKey)}`,
        facts: rates.map(({ change, hit }) => ({
          agency: report.agency,
          year,
          key: 'stated_change',
          value: change.rate?.value ?? 0,
          unit: '%',
          source: { report: reportTitle(report), section: hit.sectionKey },
          sentence: hit.sentence,
        })),
      };
    const { change, hit } = best;
    if (!change.rate)
      return {
        kind: 'text',
        answer: `${report.agency}${year}年报告写明：${change.statement}（没有写具体数字）。\n原文：“${hit.sentence}”\n${this.cite(report, hit.sectionKey)}`,
        facts: [],
      };
    return {
      kind: 'figure',
      // 比去年多吗: which way first (多了 / 少了), then the rate as printed.
      answer: `${directionAsked ? (/下降|减少|回落|降低|下滑|降幅/.test(change.rate.words) ? '少了。' : '多了。') : ''}${report.agency}${year}年报告写明：${change.statement}。\n原文：“${hit.sentence}”\n${this.cite(report, hit.sectionKey)}`,
      facts: [
        {
          agency: report.agency,
          year,
          key: 'stated_change',
          value: change.rate.value,
          unit: '%',
          source: { report: reportTitle(report), section: hit.sectionKey },
          sentence: hit.sentence,
        },
      ],
    };
  }

  /**
   * 比22年多了多少 / 增速多少 / 比2022年涨了多少 after a figure read from a sentence: the earlier year's figure that sentence
   * prints (从2022年度的840万元提高到2023年度的2007万元: 1167万元 more), or the rate it prints right after the figure
   * (订阅数9250个,较去年同期增长11%). Only against the year before the figure's (`against` 0 is the year before); undefined
   * when the sentence prints neither, and the usual reading goes on.
   */
  /**
   * The last question asked again for `year` and its figure weighed against the same figure of the last answer (same agency,
   * thing and unit): 比23年多还是少 after 19年主动公开了多少条. Undefined when either year gives no such figure.
   */
  private changeAgainstYear(
    remembered: readonly Fact[],
    year: number,
    lastQuestion: string,
    context: { user?: string },
  ): Answer | undefined {
    const last = remembered[remembered.length - 1];
    if (year === last.year || this.askingAgainForYear || YEAR_ONLY_FOLLOW_UP.test(lastQuestion)) return undefined;
    const asked = YEAR_IN_QUESTION.test(lastQuestion) ? lastQuestion.replace(YEAR_IN_QUESTION, `${year}年`) : `${year}年${lastQuestion}`;
    if (asked === lastQuestion) return undefined;
    const other = this.askedAgainForYear(asked, context);
    if (other?.kind !== 'figure') return undefined;
    for (const earlier of other.facts) {
      if (earlier.year !== year || earlier.agency !== last.agency) continue;
      const later = remembered.find(
        (fact) => fact.year === last.year && fact.agency === last.agency && fact.key === earlier.key && fact.unit === earlier.unit,
      );
      if (!later) continue;
      const gap = Math.round((later.value - earlier.value) * 1000) / 1000;
      const verdict =
        gap === 0
          ? '一样多'
          : `${later.year}年比${year}年${gap > 0 ? '多' : '少'}${formatNumber(Math.abs(gap))}${later.unit}（${formatNumber(later.value)} − ${formatNumber(earlier.value)}）`;
      return {
        kind: 'figure',
        answer: `${other.answer}\n${later.agency}${later.year}年${formatNumber(later.value)}${later.unit}、${year}年${formatNumber(earlier.value)}${earlier.unit}：${verdict}。`,
        facts: [later, earlier, { ...later, key: 'difference', value: Math.abs(gap) }],
      };
    }
    return undefined;
  }

  /**
   * 受理申请859件 answered from table 三, then 比去年回落了多少: the report's sentence printing the same count of applications
   * with a rate of change right after it (共受理政府信息公开申请859件，申请数量较去年回落12.3%), as the fact's sentence.
   */
  private sentenceWithRateOfCell(last: Fact): string | undefined {
    const row = CURRENT_LAYOUT.rows.find((each) => last.key === each.key || last.key.startsWith(`${each.key}.`));
    if (row?.table !== 'applications' || !Number.isInteger(last.value) || last.value <= 0) return undefined;
    const agency = this.store.agencyByName(last.agency);
    const report = agency && this.store.report(agency.id, last.year);
    if (!report) return undefined;
    for (const text of Object.values(this.store.sections(report.id)))
      for (const sentence of toSimplified(text.replace(/\n+/g, '')).split(/(?<=[。；;])/))
        if (/申请/.test(sentence) && rateAfterFigure(sentence, last.value, last.unit)) return sentence.trim();
    return undefined;
  }

  private changeStatedOfLast(stated: Fact, against: number, input: string): Answer | undefined {
    const sentence = stated.sentence ?? this.sentenceWithRateOfCell(stated);
    if (!sentence) return undefined;
    const last = { ...stated, sentence };
    const earlierYear = against || last.year - 1;
    if (earlierYear !== last.year - 1) return undefined;
    const agency = this.store.agencyByName(last.agency);
    // 同比呢 where the year before has a report of its own: that report's figure is compared, as before.
    const rateAsked = RATE_ASKED.test(input);
    if (!rateAsked && agency && this.store.report(agency.id, earlierYear)) return undefined;
    const rate = rateAfterFigure(last.sentence, last.value, last.unit);
    const earlier = rateAsked ? undefined : earlierFigure(last.sentence, earlierYear, last.unit);
    const source = `原文：“${last.sentence}”\n（来源：${last.source.report}${SECTION_TITLE[last.source.section] ?? ''}）`;
    if (earlier !== undefined) {
      const gap = Math.round((last.value - earlier) * 1000) / 1000;
      const more = gap >= 0;
      return {
        kind: 'figure',
        answer: `${last.agency}报告写明${earlierYear}年${formatNumber(earlier)}${last.unit}、${last.year}年${formatNumber(last.value)}${last.unit}，${more ? '多了' : '少了'}${formatNumber(Math.abs(gap))}${last.unit}（${formatNumber(last.value)} − ${formatNumber(earlier)}）${rate ? `；报告写明${rate.words}` : ''}。\n${source}`,
        facts: [last, { ...last, year: earlierYear, value: earlier }, { ...last, key: 'difference', value: Math.abs(gap) }],
      };
    }
    // 比上一年多了多少 after 接收依申请…52件,与去年相比增加了32件: the count of the change the sentence prints.
    const counted = rateAsked ? undefined : countChangeAfterFigure(last.sentence, last.value, last.unit, earlierYear);
    if (counted)
      return {
        kind: 'figure',
        answer: `${last.agency}${last.year}年${formatNumber(last.value)}${last.unit}，报告写明${counted.words}（报告没有写${earlierYear}年的数字）。\n${source}`,
        facts: [last, { ...last, key: 'stated_change', value: counted.value }],
      };
    if (!rate) return undefined;
    return {
      kind: 'figure',
      answer: `${last.agency}${last.year}年${formatNumber(last.value)}${last.unit}，报告写明${rate.words}${rateAsked ? '' : `（报告只写了变化的百分比，没有写${earlierYear}年的数字）`}。\n${source}`,
      facts: [last, { ...last, key: 'stated_change', value: rate.value, unit: '%' }],
    };
  }

  private cite(report: { agency: string; year: number }, section: string): string {
    return `（来源：${reportTitle(report)}${SECTION_TITLE[section] ?? ''}）`;
  }

  /**
   * The one row of this report's layout that a group of the other layout's rows adds up to (the 2019
   * layout's single （六）其他处理 for the 2021 layout's three): the group is answered as that row.
   */
  private oneRowForGroup(rows: readonly RowDef[], report: ReportRecord): RowDef | undefined {
    const layout = layoutOf(report.format);
    const keys = new Set(rows.map((row) => row.key));
    const link = layout.links.find(
      (candidate) =>
        candidate.rows.length === 1 && candidate.otherRows.length === keys.size && candidate.otherRows.every((key) => keys.has(key)),
    );
    return link && layout.row(link.rows[0]);
  }

  /**
   * How the applications were handled, as a report without its table 三 says it in prose (收到申请1条,经办理,确认为不存在信息,
   * 予以答复; 该信息是公民以网络申请的方式,目前已撤销办结): that sentence quoted and cited, as text.
   */
  private handlingStated(report: ReportRecord): Answer | undefined {
    return this.tableThreeStated(report, (text) => text.includes('申请') && HANDLING_STATED.test(text));
  }

  /**
   * Who applied, as a report without its table 三 says it in prose (本年度共接到依申请公开8个，均为个人申请; 公民个人提出申请1030件，
   * 占比98.5%；法人或其他组织提出申请16件): that sentence quoted and cited, as text (its figures are no table's columns).
   */
  private applicantsStated(report: ReportRecord, stated: RegExp): Answer | undefined {
    return this.tableThreeStated(report, (text) => stated.test(text));
  }

  /**
   * 共受理…多少件 answered with table 三's 本年新收 where a prose sentence of the same report prints a whole received (全年共受理
   * 政府信息公开申请749件) that is exactly 本年新收 plus 上年结转: that whole, with its two parts. Undefined otherwise (a prose
   * whole that is not their sum is never preferred to the table; with none carried in, a prose whole other than 本年新收 is said
   * beside it, the two named as disagreeing).
   */
  private wholeReceivedStated(structured: Answer, asked: { text: string; agency: AgencyRecord }): Answer | undefined {
    if (structured.kind !== 'figure' || structured.facts.length !== 1 || !WHOLE_RECEIVED_ASKED.test(asked.text)) return undefined;
    const fact = structured.facts[0];
    if (fact.key !== 'received.total' || /复议|诉讼|结转/.test(asked.text)) return undefined;
    const report = this.store.reportsOfAgency(asked.agency.id).find((candidate) => candidate.year === fact.year);
    if (!report) return undefined;
    const carriedCell = this.store.cell(report.id, 'carried_over', 'total');
    const carried = carriedCell ?? 0;
    const sum = fact.value + carried;
    let differing: { section: string; sentence: string; value: number } | undefined;
    for (const [section, text] of Object.entries(this.store.sections(report.id))) {
      for (const sentence of toSimplified(text.replace(/\n+/g, '')).split(/(?<=[。])/)) {
        const stated = WHOLE_RECEIVED_STATED.exec(sentence);
        if (!stated || /复议|诉讼/.test(stated[0])) continue;
        if (Number(stated[1]) !== sum || carried === 0) {
          // (Only a whole of applications for information, 共受理（政府信息）公开申请, is set against the table's, and only where
          // none were carried in: with some, a prose whole that is not the two rows' sum is never set against them.)
          if (carriedCell === 0 && Number(stated[1]) !== fact.value && /公开/.test(stated[0]))
            differing ??= { section, sentence: sentence.trim(), value: Number(stated[1]) };
          continue;
        }
        return {
          kind: 'figure',
          answer: `${report.agency}${report.year}年共受理政府信息公开申请${formatNumber(sum)}件（本年新收${formatNumber(fact.value)}件，加上上年结转${formatNumber(carried)}件）。\n原文：“${sentence.trim()}”\n${this.cite(report, section)}`,
          facts: [
            {
              agency: report.agency,
              year: report.year,
              key: 'sentence',
              value: sum,
              unit: '件',
              source: { report: reportTitle(report), section: SECTION_TITLE[section] ?? '' },
              sentence: sentence.trim(),
            },
          ],
        };
      }
    }
    // 共受理公开申请多少件 where the prose prints 共受理公开申请34件 and table 三 32 new and none carried in: the two disagree; both
    // are said, each with where it stands, rather than one of them as the answer.
    if (!differing) return undefined;
    return {
      kind: 'figure',
      answer: `${report.agency}${report.year}年的报告里两处数字不一致：正文写共受理政府信息公开申请${formatNumber(differing.value)}件；表三记本年新收申请${formatNumber(fact.value)}件（没有上年结转）。两者统计口径可能不同，请以报告原文为准。\n原文：“${differing.sentence}”\n${this.cite(report, differing.section)}`,
      facts: [
        {
          agency: report.agency,
          year: report.year,
          key: 'sentence',
          value: differing.value,
          unit: '件',
          source: { report: reportTitle(report), section: SECTION_TITLE[differing.section] ?? '' },
          sentence: differing.sentence,
        },
        fact,
      ],
    };
  }

  /**
   * Table 三's 总计 where the table is cut: the year's new applications and those carried in from the year before, both printed
   * in one prose sentence (新收到依申请公开政府信息78件,结转上年度办理3件), added up. Undefined unless one sentence prints both.
   */
  private newAndCarriedInStated(report: ReportRecord): Answer | undefined {
    for (const [section, text] of Object.entries(this.store.sections(report.id))) {
      for (const sentence of toSimplified(text.replace(/\n+/g, '')).split(/(?<=[。])/)) {
        const received = NEW_APPLICATIONS_STATED.exec(sentence);
        const carried = CARRIED_IN_STATED.exec(sentence);
        if (!received || !carried || /复议|诉讼/.test(received[0])) continue;
        const [newCount, carriedCount] = [Number(received[1]), Number(carried[1])];
        const sum = newCount + carriedCount;
        return {
          kind: 'figure',
          answer: `按报告的数字计算：${report.agency}${report.year}年新收申请${formatNumber(newCount)}件，加上上年结转${formatNumber(carriedCount)}件，一共要办理${formatNumber(sum)}件（${formatNumber(newCount)} + ${formatNumber(carriedCount)}；表三页面不完整，没有“总计”一栏）。\n原文：“${sentence.trim()}”\n${this.cite(report, section)}`,
          facts: [
            {
              agency: report.agency,
              year: report.year,
              key: 'handled_total.new_and_carried',
              value: sum,
              unit: '件',
              source: { report: reportTitle(report), section: SECTION_TITLE[section] ?? '' },
              sentence: sentence.trim(),
            },
          ],
        };
      }
    }
    return undefined;
  }

  /**
   * 复议结果怎么样 where table 四 is cut and no sentence counts an outcome: the prose sentence that names the remedy and how it
   * ended (发生行政复议1件,申请人已撤回), quoted as what the cut table would say; undefined when none states one.
   */
  private appealOutcomeStated(report: ReportRecord, row: RowDef): Answer | undefined {
    const remedy = row.key === 'review' ? /复议/ : /诉讼|起诉/;
    // (未发生…行政复议 says none happened: no outcome.)
    const none =
      row.key === 'review'
        ? /(?:未|没有)(?:发生|收到|产生|出现|被)[^，,。；;]{0,16}复议/
        : /(?:未|没有)(?:发生|收到|产生|出现|被)[^，,。；;]{0,16}(?:诉讼|起诉)/;
    return this.tableThreeStated(report, (text) => remedy.test(text) && APPEAL_OUTCOME.test(text) && !none.test(text), '表四');
  }

  /** The first sentence of the report's prose that `states` holds for, quoted and cited as what table 三 (cut) would say. */
  private tableThreeStated(report: ReportRecord, states: (text: string) => boolean, table = '表三'): Answer | undefined {
    for (const [section, text] of Object.entries(this.store.sections(report.id))) {
      // (A page printed in 繁体, 全年收到申請1件,予以公開1件, is read in the simplified script the patterns are written in.)
      if (!states(toSimplified(text))) continue;
      // A rule quoted across a 。 (第三十八条“…。…可以不予提供”之规定,决定不予提供) stays in its sentence, whose end says the outcome.
      const sentence = withQuotesWhole(text.replace(/\n+/g, '').split(/(?<=[。])/)).find((each) => states(toSimplified(each)));
      if (!sentence) continue;
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告的${table}（页面）不完整，正文写明：${sentence.trim()}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * A sentence of the report saying no application was carried into the next year (无结转下年度事项, 没有结转下一年度的申请):
   * quoted as the answer; undefined when none says so.
   */
  /** 有几件没公开 / 几件申请没答复 (a count of applications not granted or answered) of a report that received none. */
  private noneReceivedNegated(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const negated = NEGATED_COUNT.exec(text);
    const verb = negated?.[1] ?? negated?.[2];
    if (!verb || !/^(?:公开|答复|办结|办理|处理|回复)$/.test(verb) || !/件|申请/.test(text)) return undefined;
    const report = this.reportAskedOrLatest(agency, years);
    return report ? this.noneReceivedStated(report, `未${verb}`) : undefined;
  }

  /**
   * 不予公开几件 / 予以公开了几件 (an outcome of applications asked as table 三's row) refused because the page stores no
   * table 三, where the report says it received no application: none of that outcome, said so. Only a refusal of a page that
   * lacks the part is replaced (a sentence that counts the words asked, 民生诉求办结7853件, was already looked for).
   */
  private noneReceivedOutcome(refused: Answer, text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const outcome = OUTCOME_ROW_ASKED.exec(text)?.[0];
    if (!outcome || !PAGE_LACKS_PART.test(refused.answer) || !/几|多少/.test(text) || /复议|诉讼|投诉|信访件/.test(text)) return undefined;
    const report = this.reportAskedOrLatest(agency, years);
    return report && refused.answer.includes(reportTitle(report)) ? this.noneReceivedStated(report, outcome) : undefined;
  }

  /**
   * 收到几件申请 (table 三's applications received) refused because the page stores no table 三, where the report says it
   * received none (全年未收到政府信息公开申请, after another sentence of its paragraph): 没有, 0件, quoting it. Only that refusal
   * is replaced, after every sentence counting applications was looked for.
   */
  private noneReceivedCount(refused: Answer, topic: Topic | undefined, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    if (topic?.type !== 'cell' || topic.row.key !== 'received' || topic.alsoRows?.length || !PAGE_LACKS_PART.test(refused.answer))
      return undefined;
    const report = this.reportAskedOrLatest(agency, years);
    return report && refused.answer.includes(reportTitle(report)) ? this.noneReceivedStated(report, undefined) : undefined;
  }

  /** The report of the one year asked, or the latest stored when none is asked. */
  private reportAskedOrLatest(agency: AgencyRecord, years: readonly number[]): ReportRecord | undefined {
    const reports = this.store.reportsOfAgency(agency.id);
    return years.length === 1
      ? reports.find((candidate) => candidate.year === years[0])
      : reports.reduce<ReportRecord | undefined>(
          (latest, candidate) => (latest === undefined || candidate.year > latest.year ? candidate : latest),
          undefined,
        );
  }

  /** A sentence of a report with no table 三 stored saying no application was received: 没有 any of the outcome asked. */
  private noneReceivedStated(report: ReportRecord, outcome: string | undefined): Answer | undefined {
    if (this.store.cell(report.id, 'received', 'total') !== undefined) return undefined;
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const clause = noneReceivedClause(toSimplified(sentence));
      if (!clause) continue;
      const answer = `${noneReceivedAnswer(report.agency, report.year, outcome, clause)}\n原文：${quote(sentence)}\n${this.cite(report, section)}`;
      if (outcome) return { kind: 'text', answer, facts: [] };
      // The applications received themselves: none, the count 0 that sentence states in words.
      const source = this.source(report, section);
      return {
        kind: 'figure',
        answer: answer.replace(/没有收到政府信息公开申请。/, '即收到政府信息公开申请0件。'),
        facts: [{ agency: report.agency, year: report.year, key: 'sentence', value: 0, unit: '件', source, sentence }],
      };
    }
    return undefined;
  }

  private noneCarriedStated(report: ReportRecord): Answer | undefined {
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const said = NONE_CARRIED.exec(toSimplified(sentence));
      if (!said) continue;
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告写明：${said[0]}（没有结转下年度继续办理的申请）。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * An outcome of a review or lawsuit asked in everyday words (有没有被纠正的, 还在审吗) of a report whose table 四 is cut: the first
   * sentence naming a review or lawsuit whose part on the kind asked states an outcome, a none or a count, read as
   * appealOutcomeStated reads it (refused when that part states no outcome); undefined when no sentence does or no outcome is asked.
   */
  private appealOutcomeOfProse(report: ReportRecord, asked: string): Answer | undefined {
    const read = this.sentencesOfReport(report.id).flatMap(([section, sentence]) => {
      const outcome = appealOutcomeStated(asked, toSimplified(sentence));
      return outcome ? [{ section, sentence, outcome }] : [];
    });
    // A sentence stating the outcome comes first; else one counting cases with none (refused); a sentence naming the remedy
    // only (可依法申请行政复议或提起行政诉讼) counts no case and is never read.
    const chosen = read.find((each) => !each.outcome.refused) ?? read.find((each) => /\d/.test(each.outcome.part));
    if (chosen) {
      const { section, sentence, outcome } = chosen;
      const who = `${report.agency}${report.year}年`;
      const cited = `原文：${quote(sentence)}\n${this.cite(report, section)}`;
      if (outcome.refused) return this.refusal(`${who}报告只写了“${outcome.part}”，没有写明${outcome.refused}，无法回答。\n${cited}`);
      const source = this.source(report, section);
      const facts: Fact[] = outcome.values.map((value) => ({
        agency: report.agency,
        year: report.year,
        key: 'sentence',
        value,
        unit: caseUnitOf(outcome.part, value),
        source,
        sentence,
      }));
      return {
        kind: facts.length > 0 ? 'figure' : 'text',
        answer: `${outcome.lead}${who}报告写明：${outcome.part}。${outcome.note}\n${cited}`,
        facts,
      };
    }
    return undefined;
  }

  /**
   * A sentence of the report saying no review or lawsuit came (无涉及政府信息公开行政复议、诉讼案件, 未发生…行政诉讼), naming the
   * kind of every table-四 row asked (复议 for 行政复议, 诉讼 for either lawsuit row): quoted with 没有, no figure stated.
   */
  private noneAppealedStated(report: ReportRecord, rows: readonly RowDef[]): Answer | undefined {
    if (!rows.every((row) => row.table === 'appeals')) return undefined;
    const kinds = [...new Set(rows.map((row) => (row.key === 'review' ? '复议' : '诉讼')))];
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const said = NONE_APPEALED.exec(toSimplified(sentence));
      // (未发生…行政复议败诉 says no review was lost, not that none came.)
      if (!said || !kinds.every((kind) => said[0].includes(kind)) || /败诉|纠错|纠正|撤销/.test(said[0])) continue;
      return {
        kind: 'text',
        answer: `没有。${report.agency}${report.year}年报告写明：${said[0]}。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * 结转了几件 (or 结转下一年度的呢) where table 三 is cut and the prose states the count carried on (…,结转下一年度继续办理79件):
   * that clause's count, quoted. A bare 结转 asks both 上年结转 and 结转下年度; a sentence printing 上年度转结 as a note on
   * another count (答复…1641件(含上年度转结)) gives no count of either, so only the count carried on is stated.
   */
  private carriedOnStated(report: ReportRecord, bare: boolean): Answer | undefined {
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const simplified = toSimplified(sentence);
      const said = CARRIED_INTO_NEXT.exec(simplified);
      // 答复完毕6件,办理中1件 in the applications' sentence: those not done when the year closed, as the report says them.
      const handling = said ? undefined : /申请/.test(simplified) ? STILL_BEING_HANDLED.exec(simplified) : undefined;
      if (!said && !handling) continue;
      const value = Number(said ? (said[1] ?? said[2]) : handling?.[2]);
      // 结转多少件 against 全年接收…1554件,2023年结转132件;…结转2025年183件: the count carried in is printed too, and said.
      const fromBefore = bare ? this.carriedInStated(report) : undefined;
      const carriedIn = !bare ? '' : fromBefore ? `上年结转${formatNumber(fromBefore.value)}件；` : '（上年结转的申请数报告没有写明。）';
      const what = said
        ? `结转下一年度继续办理${formatNumber(value)}件`
        : `${handling?.[1]}${formatNumber(value)}件（统计截止时还没有办完）`;
      const carriedForward: Fact = {
        agency: report.agency,
        year: report.year,
        key: 'carried_forward',
        value,
        unit: '件',
        source: this.source(report, section),
      };
      if (fromBefore)
        return {
          kind: 'figure',
          answer: `${report.agency}${report.year}年报告写明：${carriedIn}${what}。\n原文：${quote(fromBefore.sentence)}${fromBefore.sentence === sentence ? '' : `\n原文：${quote(sentence)}`}\n${this.cite(report, section)}`,
          facts: [fromBefore.fact, carriedForward],
        };
      return {
        kind: 'figure',
        answer: `${report.agency}${report.year}年报告写明：${what}。${carriedIn}\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [carriedForward],
      };
    }
    return undefined;
  }

  /** The count carried in from the year before that a sentence of the report prints (2023年结转132件 in a report of 2024). */
  private carriedInStated(report: ReportRecord): { value: number; sentence: string; fact: Fact } | undefined {
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const said = CARRIED_FROM_BEFORE.exec(toSimplified(sentence));
      if (!said || (said[1] !== undefined && Number(said[1]) !== report.year - 1)) continue;
      const value = Number(said[2]);
      const fact: Fact = {
        agency: report.agency,
        year: report.year,
        key: 'carried_over',
        value,
        unit: '件',
        source: this.source(report, section),
      };
      return { value, sentence, fact };
    }
    return undefined;
  }

  /** The row as stored in this report's layout (2019 reports keep their own keys). */
  private rowFor(row: RowDef, report: ReportRecord): RowDef | undefined {
    return sameRowIn(layoutOf(report.format), row);
  }

  private cellAnswer(topic: Extract<Topic, { type: 'cell' }>, report: ReportRecord): Answer {
    if (topic.group || topic.breakdown) return this.groupAnswer(topic, report);
    const asked = [topic.row, ...(topic.alsoRows ?? [])].map((row) => row.key);
    if (
      asked.includes('carried_forward') &&
      asked.every((key) => key === 'carried_forward' || key === 'carried_over') &&
      (topic.column === undefined || topic.column.key === 'total') &&
      asked.every((key) => this.store.cell(report.id, key, 'total') === undefined)
    ) {
      const stated = this.carriedOnStated(report, asked.length > 1);
      if (stated) return stated;
    }
    const facts: Fact[] = [];
    const lines: string[] = [];
    const missingParts: string[] = [];
    let missingAt: number | undefined;
    const section = topic.row.table;
    for (const wanted of [topic.row, ...(topic.alsoRows ?? [])]) {
      const row = this.rowFor(wanted, report);
      if (!row) {
        lines.push(`该报告（${report.format}年版式）没有“${rowAnswerName(wanted)}”一项。`);
        continue;
      }
      // (Nor one the 2019 layout has no counterpart of, 本年废止件数: its table 二 counts documents made and published only.)
      if (
        (isTrialOnlyColumn(topic.column) || WITHOUT_TRIAL_COUNTERPART.has(topic.column?.key ?? '')) &&
        !row.columns.some((column) => column.key === topic.column?.key)
      ) {
        lines.push(`${reportTitle(report)}（${report.format}年版式）的“${rowAnswerName(row)}”没有“${topic.column?.label}”一栏，无法回答。`);
        continue;
      }
      const columns = this.columnsToAnswer(topic, row);
      const values = columns.map((column) => ({ column, value: this.store.cell(report.id, row.key, column.key) }));
      const present = values.filter((item): item is { column: ColumnDef; value: number } => item.value !== undefined);
      if (present.length === 0) {
        // 申请都是谁提的 / 个人还是企业 / 有几件是企业申请的 where table 三 is cut: the prose may say who applied (均为个人申请,
        // 公民个人提出申请1030件), quoted as it stands.
        // One kind asked (法人申请了几件) is answered so only where all were of one kind (均为公民个人申请): counts by kind in the
        // prose (法人或其他组织申请6件) are figures, which the sentence retrieval below states.
        const oneKindAsked = topic.legalPersons || (topic.column !== undefined && topic.column.key !== 'total');
        const applicants =
          row.key === 'received' && row.columns === APPLICANT_COLUMNS && (topic.byApplicant || oneKindAsked)
            ? this.applicantsStated(report, oneKindAsked ? ALL_OF_ONE_KIND : APPLICANTS_STATED)
            : undefined;
        if (applicants && !topic.alsoRows?.length) return applicants;
        // 有结转到明年的吗 where table 三 is cut and the prose says none was carried (无结转下年度事项): that sentence.
        const noneCarried = row.key === 'carried_forward' && !topic.alsoRows?.length ? this.noneCarriedStated(report) : undefined;
        if (noneCarried) return noneCarried;
        // Two parts cut (未经复议直接起诉, 复议后起诉 for 有没有被告): one line naming both, not the same sentence twice.
        missingAt ??= lines.length;
        missingParts.push(`“${rowAnswerName(row)}”`);
        continue;
      }
      const key = (column: ColumnDef) => (row.columns.length === 1 ? row.key : `${row.key}.${column.key}`);
      // A blank cell is stored as 0: only a 0 总计 can be blank or a slip, so no other answer asks the store more.
      const fromParts =
        present.length === 1 && present[0].column.key === 'total' && present[0].value === 0 ? this.totalFromParts(report, row) : undefined;
      if (fromParts) {
        facts.push({
          agency: report.agency,
          year: report.year,
          key: `${row.key}.parts_sum`,
          value: fromParts.sum,
          unit: row.unit,
          source: this.source(report, section),
        });
        lines.push(
          `${report.agency}${report.year}年${rowAnswerName(row)}共${formatNumber(fromParts.sum)}${row.unit}（${fromParts.detail}；${fromParts.printed ? '报告“总计”一栏印为0，与各栏不符' : '“总计”一栏报告未填写'}，这是各栏相加之和）。`,
        );
        continue;
      }
      if (topic.legalPersons && row.columns === APPLICANT_COLUMNS) {
        // The sum the answer states first, as its own fact, then the columns it adds up.
        const sum = present.filter((item) => LEGAL_PERSON_COLUMNS.has(item.column.key)).reduce((total, item) => total + item.value, 0);
        facts.push({
          agency: report.agency,
          year: report.year,
          key: `${row.key}.legal_persons`,
          value: sum,
          unit: row.unit,
          source: this.source(report, section),
        });
      }
      for (const item of present)
        if (!topic.legalPersons || LEGAL_PERSON_COLUMNS.has(item.column.key))
          facts.push({
            agency: report.agency,
            year: report.year,
            key: key(item.column),
            value: item.value,
            unit: unitlessAmount(item.column) ? '' : row.unit,
            source: this.source(report, section),
          });
      lines.push(this.describeCell(report, row, present, topic));
      const blankNote = this.blankNote(
        report,
        row,
        present.map((item) => item.column),
      );
      if (blankNote) lines.push(blankNote);
    }
    if (missingAt !== undefined)
      lines.splice(
        missingAt,
        0,
        `${reportTitle(report)}（页面）不完整，没有${missingParts.join('')}${missingParts.length === 2 ? '这两部分' : missingParts.length > 2 ? '这几部分' : '这部分'}内容，无法回答。`,
      );
    if (facts.length === 0) return this.refusal(lines.join('\n'));
    const lawsuits = lawsuitsTogether(asked, facts);
    if (lawsuits) {
      // 诉讼几件: table 四 prints the lawsuits in two parts; the whole asked is their sum, stated first and said to be one.
      const [direct, afterReview] = lawsuits;
      const total = direct.value + afterReview.value;
      const columnKey = direct.key.split('.')[1] ?? 'total';
      const label = columnKey === 'total' ? '' : `（${APPEAL_COLUMNS.find((column) => column.key === columnKey)?.label ?? columnKey}）`;
      facts.unshift({ ...direct, key: `litigation.${columnKey}`, value: total });
      lines.unshift(
        `${report.agency}${report.year}年行政诉讼${label}共${formatNumber(total)}${direct.unit}（未经复议直接起诉${formatNumber(direct.value)}${direct.unit}＋复议后起诉${formatNumber(afterReview.value)}${afterReview.unit}，两部分相加）：`,
      );
    }
    return { kind: 'figure', answer: `${lines.join('\n')}\n${this.cite(report, section)}`, facts };
  }

  /** A group of table-三 rows (（三）不予公开 …) or the handling results: the total and the rows that are not zero. */
  private groupAnswer(topic: Extract<Topic, { type: 'cell' }>, report: ReportRecord): Answer {
    const column = topic.column ?? APPLICANT_COLUMNS[6];
    const rows = topic.breakdown
      ? CURRENT_LAYOUT.rows.filter(
          (row) =>
            row.table === 'applications' &&
            row.group !== undefined &&
            row.key !== 'handled_total' &&
            CURRENT_LAYOUT.rows.indexOf(row) > CURRENT_LAYOUT.rows.findIndex((candidate) => candidate.key === 'received'),
        )
      : [topic.row, ...(topic.alsoRows ?? [])];
    const single = topic.breakdown ? undefined : this.oneRowForGroup(rows, report);
    if (single) return this.cellAnswer({ ...topic, row: single, alsoRows: undefined, group: undefined }, report);
    const values = rows.map((row) => ({ row, value: this.store.cell(report.id, row.key, column.key) }));
    // A row whose 总计 the report left empty (or printed 0) beside filled columns (国家秘密: 自然人 14, 总计 blank) counts
    // its columns' sum, as a single row's answer does: the stored 0 would state the group as 0.
    const summedRows: RowDef[] = [];
    const present = values
      .filter((item): item is { row: RowDef; value: number } => item.value !== undefined)
      .map((item) => {
        const layoutRow = column.key === 'total' && item.value === 0 ? this.rowFor(item.row, report) : undefined;
        const parts = layoutRow ? this.totalFromParts(report, layoutRow) : undefined;
        if (!parts) return item;
        summedRows.push(item.row);
        return { row: item.row, value: parts.sum };
      });
    const summedNote =
      summedRows.length === 0
        ? ''
        : summedRows.length === 1
          ? `（“${rowAnswerName(summedRows[0])}”的“总计”一栏报告未填写或印为0，按各栏相加计）`
          : `（其中${summedRows.length}项的“总计”一栏报告未填写或印为0，按各栏相加计）`;
    if (present.length === 0)
      return (
        (topic.breakdown || topic.row.key === 'handled_total' ? this.handlingStated(report) : undefined) ??
        this.refusal(`${reportTitle(report)}（页面）不完整，没有这部分内容（表三），无法回答。`)
      );
    // Some rows of the group were not read from the report: their sum would pass for the group's total.
    const absent = values.filter((item) => item.value === undefined && this.rowFor(item.row, report) !== undefined);
    if (!topic.breakdown && absent.length > 0)
      return this.refusal(
        `${reportTitle(report)}（页面）不完整，“${(topic.group ?? '').replace(/^（[一二三四五六七]）/, '')}”缺少${joinList(absent.map((item) => `“${rowAnswerName(item.row)}”`))}，无法给出合计。`,
      );
    const facts: Fact[] = present.map((item) => ({
      agency: report.agency,
      year: report.year,
      key: `${item.row.key}.${column.key}`,
      value: item.value,
      unit: '件',
      source: this.source(report, 'applications'),
    }));
    const nonZero = present.filter((item) => item.value !== 0).map((item) => `${rowAnswerName(item.row)}${formatNumber(item.value)}件`);
    const columnText = column.key === 'total' ? '' : `（${column.label === '其他' ? '其他组织' : column.label}）`;
    let lead: string;
    if (topic.breakdown) {
      const total = this.store.cell(report.id, 'handled_total', column.key);
      if (total !== undefined)
        facts.push({
          agency: report.agency,
          year: report.year,
          key: `handled_total.${column.key}`,
          value: total,
          unit: '件',
          source: this.source(report, 'applications'),
        });
      lead = `${report.agency}${report.year}年办理结果${columnText}：共办结${formatNumber(total ?? present.reduce((sum, item) => sum + item.value, 0))}件${nonZero.length > 0 ? `，其中${joinList(nonZero)}` : ''}${nonZero.length === 0 ? '' : '，其余各项为0'}。`;
    } else {
      const sum = present.reduce((total, item) => total + item.value, 0);
      // The group's total is what the answer states first: a fact of its own, the sum of the stored rows it lists.
      facts.unshift({
        agency: report.agency,
        year: report.year,
        key: `${topic.row.key.split('.')[0]}.${column.key}`,
        value: sum,
        unit: '件',
        source: this.source(report, 'applications'),
      });
      const name = (topic.group ?? '').replace(/^（[一二三四五六七]）/, '');
      lead = `${report.agency}${report.year}年“${name}”${columnText}共${formatNumber(sum)}件${nonZero.length > 0 ? `，其中${joinList(nonZero)}` : '（各项均为0）'}。`;
    }
    return { kind: 'figure', answer: `${lead}${summedNote}\n${this.cite(report, 'applications')}`, facts };
  }

  /**
   * The cells of an answer that the report left empty: stored and stated as 0, but said to be
   * blank. A blank 总计 is never filled in; where its parts are filled, their sum is added.
   */
  private blankNote(report: ReportRecord, row: RowDef, columns: ColumnDef[]): string | undefined {
    const blank = columns.filter((column) => this.store.cellIsBlank(report.id, row.key, column.key));
    if (blank.length === 0) return undefined;
    const label = (column: ColumnDef) =>
      row.columns.length === 1 ? '' : column.key === 'total' ? '总计' : column.label === '其他' ? '其他组织' : column.label;
    const named = blank.map(label).filter((text) => text.length > 0);
    let note = `${named.length > 0 ? `“${rowAnswerName(row)}”的${joinList(named)}一栏` : `“${rowAnswerName(row)}”`}报告未填写（按零计）`;
    if (blank.some((column) => column.key === 'total')) {
      const parts = row.columns.filter((column) => column.key !== 'total');
      const filled = parts.filter((column) => !this.store.cellIsBlank(report.id, row.key, column.key));
      const values = parts.map((column) => this.store.cell(report.id, row.key, column.key));
      if (filled.length > 0 && values.every((value) => value !== undefined)) {
        note += `，各项合计为${formatNumber(values.reduce<number>((sum, value) => sum + (value ?? 0), 0))}${row.unit}`;
      }
    }
    return `${note}。`;
  }

  /**
   * A 总计 the report left empty, or printed 0, while it filled the applicant columns (予以公开: 自然人
   * 18, 总计 blank; 不掌握: 自然人 4, 总计 0): the columns' sum is what the row counts, stated as their
   * sum with the blank or the slip said; no sum when any column was not read or none was filled
   * (then the 0 is all there is).
   */
  /** The one agency a question names, or, when it names none, the one its conversation is about. */
  /**
   * 庐山市2025年发布了多少信息, 那庐山市呢: a province, city or county of the division data, written with its level at the
   * question's start, in which no stored agency lies, names that place's own report: one not held, refused as such. It was
   * read as no agency at all, so a conversation's remembered agency answered with its own figure (another place's).
   */
  private unstoredPlaceNamed(text: string): { name: string; how: 'named' } | undefined {
    const rest = toSimplified(text).replace(UNSTORED_PLACE_LEAD, '');
    const found = placeStarting(rest);
    const written = found?.place.written;
    if (!found || !written || !WRITTEN_LEVEL_END.test(written)) return undefined;
    // 庐山市哪个局最多, 庐山市各部门, 庐山市里: a scope among the place's agencies, not the place's own report.
    if (PLACE_SCOPE_AFTER.test(rest.slice(written.length))) return undefined;
    if (this.index.all().some((agency) => agencyInPlace(agency.name, found.place))) return undefined;
    return { name: written, how: 'named' };
  }

  /**
   * Whether a bare place (天水市) named after the agencies already read lies over every one of them (张家川县龙山镇人民政府 is
   * in 天水市), with no word between that joins or compares (和, 比, 谁) the two: the place of the thing asked, not an agency.
   */
  private placeOfNamedAgencies(text: string, first: AgencyMention, mention: AgencyMention, agencies: readonly AgencyRecord[]): boolean {
    if (mention === first || PLACES_COMPARED.test(text)) return false;
    const firstEnd = first.start + first.text.length;
    if (!(firstEnd <= mention.start) || PLACE_JOINED.test(text.slice(firstEnd, mention.start))) return false;
    const place = placeStarting(mention.text)?.place;
    return (
      place !== undefined && place.written === toSimplified(mention.text) && agencies.every((agency) => agencyInPlace(agency.name, place))
    );
  }

  /**
   * The one agency whose report quotes an account by the name a question gives it before a channel (碧谷新语|公众号,
   * 百山祖国家公园|抖音号): in its report that name stands right before the channel (“新杨村”微信公众号, 百山祖国家公园抖音号)
   * or in quotation marks right after it (微信公众号“碧谷新语”). No owner when several agencies' reports quote it.
   */
  private accountOwnedByName(text: string): { name: string; owner: AgencyRecord } | undefined {
    const asked = ACCOUNT_NAMED_ALONE.exec(toSimplified(text).replace(/\s+/g, ''));
    if (!asked) return undefined;
    // (Han only, so the name is safe inside a pattern.)
    const name = asked[1].replace(/^(?:年度?|请问一?下?|问一?下|今年|去年|前年|那个?|这个?)/, '');
    if (name.length < 2 || /^[本我该其贵这那他她它]/.test(name) || !text.includes(name)) return undefined;
    // 怎么关注公众号, 是否有政务微博号, 你们有公众号吗: the question's own words before the channel, which no report prints as an
    // account's name (the owner would be looked for in every stored report's sentences, seconds over 20,000 reports).
    if (QUESTION_BEFORE_CHANNEL.test(name)) return undefined;
    // 科技局公众号: an agency's kind (or any agency's name) before the channel is asked of that agency, never as an account's name.
    // (北京花乡公众号: a name ending as an agency's does (乡) is an account's only as a report prints it, in quotation marks before
    // its channel: “北京花乡”微信公众平台.)
    if (this.bareKind(name)) return undefined;
    const agencyLike = AGENCY_NAME_END.test(name);
    const before = new RegExp(`${agencyLike ? '[“"「『]' : ''}${name}[”"」』]${agencyLike ? '' : '?'}\\s?(?:${ACCOUNT_NAME_CHANNEL})`);
    const after = new RegExp(`(?:${ACCOUNT_NAME_CHANNEL})\\s?[“"「『]${name}[”"」』]`);
    const words = searchWords(name).filter((word) => word.length >= 2);
    if (words.length === 0) return undefined;
    const { owner } = this.accountOwners.get(`named|${name}`, () => {
      const owners = new Map<number, AgencyRecord>();
      for (const report of this.store.reports()) {
        if (owners.has(report.agencyId)) continue;
        const quoted = this.store.searchSentences(report.id, words, 10).some((hit) => {
          const sentence = toSimplified(hit.sentence);
          return sentence.includes(name) && (before.test(sentence) || after.test(sentence));
        });
        const agency = quoted ? this.index.byId(report.agencyId) : undefined;
        if (agency) owners.set(agency.id, agency);
        if (owners.size > 1) return {};
      }
      return { owner: owners.size === 1 ? [...owners.values()][0] : undefined };
    });
    // (A stored agency's own name is asked of that agency, never as an account's.)
    if (agencyLike && this.index.find(name).length > 0) return undefined;
    return owner ? { name, owner } : undefined;
  }

  /** Whether each agency named is a place of several agencies inside an account's name before its channel (文旅深圳公众号). */
  private placeInsideAccountName(text: string, mentions: readonly AgencyMention[]): boolean {
    const account = ACCOUNT_NAMED_ALONE.exec(text);
    if (!account || AGENCY_NAME_END.test(account[1])) return false;
    const end = account.index + account[1].length;
    return mentions.every(
      (mention) => mention.agencies.length > 1 && mention.start > account.index && mention.start + mention.text.length <= end,
    );
  }

  /**
   * 上海发布微信公众号粉丝多少 in a conversation about 上海市人民政府办公厅: the place named is only the start of an account's
   * name (X发布 before a channel), the account of the agency talked about, whose name holds the place; not the place's own body.
   */
  private namesOwnAccount(text: string, mention: AgencyMention, memory: ConversationMemory | undefined): boolean {
    if (memory?.agencyIds.length !== 1) return false;
    if (!ACCOUNT_AFTER_PLACE.test(text.slice(mention.start + mention.text.length))) return false;
    const talkedAbout = this.index.byId(memory.agencyIds[0]);
    const place = mention.text.replace(/[省市区县镇乡]$/, '');
    return talkedAbout !== undefined && place.length >= 2 && talkedAbout.name.includes(place) && talkedAbout.name !== mention.text;
  }

  /**
   * The one agency whose report quotes `name` as an account's name before its channel, alone or among other quoted names
   * (“弥勒市图书馆”“弥勒市文化馆”“弥勒市博物馆”微信公众号); none when no report, or more than one agency's, does.
   */
  private accountQuotedAs(name: string): AgencyRecord | undefined {
    const quoted = new RegExp(
      `[“"]${escapeRegExp(name)}[”"](?:[、和及与]?[“"][^”"“]{1,20}[”"])*(?:等)?(?:官方|政务)?(?:${ACCOUNT_NAME_CHANNEL})`,
    );
    const words = searchWords(name).filter((word) => word.length >= 2);
    if (words.length === 0) return undefined;
    return this.accountOwners.get(`quoted|${name}`, () => {
      const owners = new Map<number, AgencyRecord>();
      for (const report of this.store.reports()) {
        if (owners.has(report.agencyId)) continue;
        if (!this.store.searchSentences(report.id, words, 10).some((hit) => quoted.test(toSimplified(hit.sentence)))) continue;
        const agency = this.index.byId(report.agencyId);
        if (agency) owners.set(agency.id, agency);
        if (owners.size > 1) return {};
      }
      return { owner: owners.size === 1 ? [...owners.values()][0] : undefined };
    }).owner;
  }

  /** The one agency of the place whose report quotes an account named after the place's government (“濂溪区人民政府发布”). */
  private accountNamedAfter(name: string): AgencyRecord | undefined {
    const place = name.replace(/(?:人民政府|政府)$/, '');
    if (place === name || place.length < 2) return undefined;
    const account = `${name}发布`;
    const owners = new Map<number, AgencyRecord>();
    for (const mention of this.index.find(place))
      for (const agency of mention.agencies)
        for (const report of this.store.reportsOfAgency(agency.id))
          if (this.store.searchSentences(report.id, ['发布'], 40).some((hit) => toSimplified(hit.sentence).includes(`“${account}”`)))
            owners.set(agency.id, agency);
    return owners.size === 1 ? [...owners.values()][0] : undefined;
  }

  /** The sentence of the agency's latest report that says it has no website of its own (我局没有门户网站), as a 没有 answer. */
  private noSiteStated(agency: AgencyRecord): Answer | undefined {
    const reports = [...this.store.reportsOfAgency(agency.id)].sort((a, b) => b.year - a.year);
    for (const report of reports)
      for (const hit of this.store.searchSentences(report.id, ['网站'], 20)) {
        const sentence = toSimplified(hit.sentence);
        const none = NO_SITE_STATED.exec(sentence);
        if (!none) continue;
        return {
          kind: 'text',
          answer: `没有。${report.agency}${report.year}年报告写明：“${shorten(sentence, none[0], 120)}”\n${this.cite(report, hit.sectionKey)}`,
          facts: [],
        };
      }
    return undefined;
  }

  private namedOrRemembered(
    agencies: readonly AgencyRecord[],
    mentions: readonly AgencyMention[],
    memory: ConversationMemory | undefined,
  ): AgencyRecord | undefined {
    if (agencies.length === 1) return agencies[0];
    return agencies.length === 0 && mentions.length === 0 && memory?.agencyIds.length === 1
      ? this.index.byId(memory.agencyIds[0])
      : undefined;
  }

  /**
   * 被起诉了那么多次是为什么 / 收了那么多信息处理费，凭什么: the quantity the question takes for granted is asked first (那么多
   * as 多少, the why dropped); its answer, with the report giving no reason, corrects or confirms the premise. Undefined
   * when the figure asked gets no answer (the why is then answered as it stands).
   */
  private whyPremise(text: string, context: { user?: string }): Answer | undefined {
    const asked = text
      .replace(
        /[，,。？?！!\s]*(?:这|那)?(?:是|又是|都是)?(?:为什么|为啥|为何|什么原因|啥原因|怎么会|咋会|凭什么)(?:呢|啊|呀)?[？?！!。]*$/,
        '',
      )
      .replace(/^(?:为什么|为啥|为何|凭什么|怎么会|咋会)/, '')
      .replace(WHY_PREMISE_ALL, '多少');
    if (asked === text || !asked.includes('多少')) return undefined;
    const usable = (found: Answer | undefined): found is Answer =>
      found !== undefined && found.kind !== 'refusal' && found.kind !== 'clarify' && found.kind !== 'guide';
    // Nothing of the kind (0件, 未产生…): the premise is wrong, and said to be so.
    const noneIn = (found: Answer) =>
      found.facts.length > 0 ? found.facts.every((fact) => fact.value === 0) : /未|没有|无/.test(found.answer.split('\n')[0]);
    let answer = this.askOne(asked, context);
    // 行政处罚了那么多家企业: the people or firms a table counts in 件 (decisions); none decided is none of them, so a 0 there
    // answers the premise (a count above 0 would be decisions, not firms, and is not said).
    const whom = !usable(answer) ? /多少(?:家|个|名|位)\p{Script=Han}{0,4}$/u.exec(asked) : null;
    if (whom) {
      const decisions = this.askOne(`${asked.slice(0, whom.index)}多少件`, context);
      if (usable(decisions) && decisions.facts.length > 0 && decisions.facts.every((fact) => fact.value === 0)) answer = decisions;
    }
    // 那么多申请都不予公开 / 申请全被驳回: how the applications were handled, as a whole, shows what became of them.
    const premiseAt = WHY_PREMISE.exec(text)?.index ?? 0;
    const handled = HANDLING_PREMISE.test(text) ? this.askOne(`${text.slice(0, premiseAt)}申请的办理结果`, context) : undefined;
    const shown = handled?.kind === 'figure' && (!usable(answer) || noneIn(answer)) ? handled : answer;
    if (!usable(shown)) return undefined;
    const none = usable(answer) ? noneIn(answer) : noneIn(shown);
    // 那么多申请都被拒绝了 when some were granted (予以公开3件): the premise does not hold, and the answer says so first.
    const someGranted = shown === handled && /(?:予以公开|部分公开)[1-9]\d*件/.test(shown.answer.split('\n')[0]);
    const lead = none
      ? '年报里没有“那么多”：'
      : someGranted
        ? '年报里申请并没有都被拒绝，有的予以公开了；报告也没有写明原因。它写的是：'
        : '报告没有写明原因。它写的是：';
    return { ...shown, answer: `${lead}${shown.answer}` };
  }

  /**
   * A reason asked of one agency (为什么一个申请都没收到, 为啥要搞开放日): the sentence of its report on the thing asked,
   * one that states a reason or purpose (为进一步…, 经…研究决定) first, quoted as the report's record with no reason
   * made up; else that the report gives none. Every word of what is asked must be in the sentence quoted, and one of
   * them must name something specific (开放日, 关停: not only 申请, 公开). Undefined when nothing is asked about.
   */
  private whyAnswer(text: string, mentions: ReadonlyArray<{ text: string }>, agency: AgencyRecord, years: number[]): Answer | undefined {
    // 那微博后来为什么注销了: a follow-up's lead 那 is no word of the record.
    const asked = mentions
      .reduce((rest, mention) => rest.replace(mention.text, ''), text)
      .replace(WHY_WORDS, '')
      .replace(/^那么?/, '');
    // 没收到 is not 没收 (to confiscate): what was not received is asked as received.
    const noReason = () => this.refusal(`${agency.name}的年度报告中没有写明原因，无法回答。可以问它的联系电话，向该机关咨询。`);
    const grounds = this.outcomeGroundsAnswer(asked, agency, years);
    if (grounds) return grounds;
    const words = contentWords(asked.replace(/(?:没有?|未)(?=收到)/g, '')).filter((word) => word.length >= 2);
    // 为啥少了 / 为什么多了 after a figure: why it changed, which a report states only in its own words of the thing, here none.
    if (words.length === 0) return /[多少增减涨降高低变]/.test(asked) ? noReason() : undefined;
    const reports = this.store.reportsOfAgency(agency.id).filter((report) => years.length === 0 || years.includes(report.year));
    const latestFirst = [...reports].sort((a, b) => b.year - a.year).slice(0, years.length === 0 ? 1 : reports.length);
    if (latestFirst.length === 0) return undefined;
    const terms = [...words];
    for (const word of words) if (word.length >= 3) for (let at = 0; at + 1 < word.length; at += 1) terms.push(word.slice(at, at + 2));
    let record: { report: ReportRecord; sentence: string; sectionKey: string; reason: boolean } | undefined;
    if (words.some((word) => !WHY_GENERIC_WORD.test(word)))
      for (const report of latestFirst) {
        for (const hit of this.store.searchSentences(report.id, terms, 20)) {
          const sentence = toSimplified(hit.sentence);
          // A heading ((二)依申请公开情况。) records nothing.
          if (sentence.length < 16 || !words.every((word) => sentence.includes(word))) continue;
          const reason = REASON_STATED.test(sentence);
          if (!record || (reason && !record.reason)) record = { report, sentence, sectionKey: hit.sectionKey, reason };
          if (reason) break;
        }
        if (record?.reason) break;
      }
    if (!record) return noReason();
    return {
      kind: 'text',
      answer: `${record.report.agency}${record.report.year}年报告中与此有关的记载：“${shorten(record.sentence, words[0], 160)}”\n${this.cite(record.report, record.sectionKey)}`,
      facts: [],
    };
  }

  /** 为什么无法提供 / 为啥不予公开: table 三's grounds of that outcome above 0 (src/qa/outcome-grounds.ts), or undefined. */
  private outcomeGroundsAnswer(asked: string, agency: AgencyRecord, years: number[]): Answer | undefined {
    const outcome = outcomeAsked(asked);
    if (!outcome) return undefined;
    const reports = this.store.reportsOfAgency(agency.id).filter((report) => years.length === 0 || years.includes(report.year));
    const report = [...reports].sort((a, b) => b.year - a.year)[0];
    if (!report) return undefined;
    const grounds = outcomeGrounds(outcome.group, report.format, (rowKey) => this.store.cell(report.id, rowKey, 'total'));
    if (grounds.length === 0) return undefined;
    const listed = grounds.map((ground) => `“${ground.label}”${formatNumber(ground.value)}件`).join('、');
    return {
      kind: 'text',
      answer: `${report.agency}${report.year}年报告没有用文字写原因；它的表三把${outcome.name}的理由列为：${listed}。\n${this.cite(report, 'applications')}`,
      facts: grounds.map((ground) => ({
        agency: report.agency,
        year: report.year,
        key: `${ground.key}.total`,
        value: ground.value,
        unit: '件',
        source: { report: reportTitle(report), section: SECTION_TITLE.applications ?? '' },
      })),
    };
  }

  /**
   * Whether the agency's replies came within the time limit: the sentence of its report (the latest, or of the years asked)
   * that says so (在法定期限内答复, 按时办结, 无超期), quoted and cited; else that the report does not say.
   */
  /**
   * The name of one of an agency's accounts (“青川供销”微信公众号, 政务微博“青川供销发布”): the quoted name right before
   * (or right after) the channel's word in its latest report (or the year asked), cited; not stated, it says so.
   */
  private channelNameAnswer(agency: AgencyRecord, channel: string, years: number[]): Answer {
    const reports = this.store.reportsOfAgency(agency.id).filter((report) => years.length === 0 || years.includes(report.year));
    const latestFirst = [...reports].sort((a, b) => b.year - a.year);
    const label = /微信|公众号|订阅号|服务号/.test(channel) ? '微信公众号' : /网站/.test(channel) ? '网站' : channel.replace(/^政务/, '');
    if (latestFirst.length === 0) return this.refusal(`库中没有${agency.name}的年度报告，说不出它的${label}叫什么。`);
    const words = CHANNEL_NAME_WORDS[label] ?? label;
    // (“浑江区卫生健康局”政务微信公众号: 政务 or 官方 may stand between the name and the channel's word.)
    const before = new RegExp(`“([^”“]{2,24})”(?:的)?(?:政务|官方)?(?:${words})`, 'g');
    // (政务微信(“浙江瓜沥”): the name in brackets after the channel.)
    const after = new RegExp(`(?:${words})(?:账号)?[：:(（]?“([^”“]{2,24})”`, 'g');
    // 通过政务公开栏、醉美枫林微信公众号、村务公开平台: a name printed unquoted right before the channel's word, as an item of
    // a list of channels (after 、 or 通过): only a proper name, never a generic word (官方, 镇政府, 政务) before the channel.
    const unquoted = new RegExp(`(?:[、，,：:]|通过|利用|依托)(\\p{Script=Han}{2,8}?)(?:${words})`, 'gu');
    // 无微博、微信公众号等政务新媒体: the report says the agency has no such account.
    const noAccount = new RegExp(`(?:无|没有|未开通|未设立?)[^，。；,;]{0,10}(?:${words})`);
    // The segmenter may keep 微信公众号 or 政务微博 whole, or split them: every form is searched.
    const terms =
      label === '微信公众号'
        ? ['微信公众号', '公众号', '微信', '公众平台', '订阅号', '服务号']
        : label === '网站'
          ? ['网站', '门户网站', '官网']
          : [label, `政务${label}`, `官方${label}`];
    // (“瓶窑发布”公众号 segmented 公众|号: a word's two-character parts are searched too, as retrieval searches them.)
    const searched = [...terms];
    for (const term of terms) if (term.length >= 3) for (let at = 0; at + 1 < term.length; at += 1) searched.push(term.slice(at, at + 2));
    for (const report of latestFirst) {
      const hits = this.store.searchSentences(report.id, searched, 20);
      // 通过微信公众号等线上平台…发布信息1096条 ranks before 更新…和“七彩共和新”微信公众号的政府信息: a quoted name in any of
      // the report's sentences beats a bare one.
      const anyQuoted = hits.some((hit) => {
        const sentence = toSimplified(hit.sentence);
        return [...sentence.matchAll(before), ...sentence.matchAll(after)].some((match) => !NOT_ACCOUNT_NAME.test(match[1]));
      });
      for (const hit of hits) {
        const sentence = toSimplified(hit.sentence);
        const quoted = [...sentence.matchAll(before), ...sentence.matchAll(after)].map((match) => match[1]);
        // (通过微信公众号: 微信 before 公众号 is the channel's own word, no name.)
        const bare =
          quoted.length > 0 || anyQuoted
            ? []
            : [...sentence.matchAll(unquoted)]
                .map((match) => match[1])
                .filter((name) => !GENERIC_ACCOUNT_WORD.test(name) && !CHANNEL_WORD_ONLY.test(name))
                // (有效提升了网站信息质量: a website's bare name is a place's or a body's, 开平市人民政府网站, never a phrase.)
                .filter((name) => label !== '网站' || SITE_NAME_END.test(name));
        const names = [...new Set([...quoted, ...bare])].filter((name) => !NOT_ACCOUNT_NAME.test(name));
        if (names.length === 0) {
          // No such account, so no name either (unless another sentence quotes the account's name: 依托…平台, 无… read
          // before “南屏教育”微信订阅号 once the channel word's parts are searched).
          const none = anyQuoted ? null : noAccount.exec(sentence);
          if (none)
            return {
              kind: 'text',
              answer: `${report.agency}没有${label}：${report.year}年报告写明“${shorten(sentence, none[0], 120)}”，所以也没有${label}的名称。\n${this.cite(report, hit.sectionKey)}`,
              facts: [],
            };
          continue;
        }
        const quotedAt = sentence.indexOf(`“${names[0]}”`);
        const at = quotedAt >= 0 ? quotedAt : sentence.indexOf(names[0]);
        return {
          kind: 'text',
          answer: `${report.agency}的${label}：${names.map((name) => `“${name}”`).join('、')}（据${report.year}年报告）。\n原文：“${shorten(sentence, sentence.slice(at, at + names[0].length + 2), 160)}”\n${this.cite(report, hit.sectionKey)}`,
          facts: [],
        };
      }
    }
    return this.refusal(
      `${agency.name}${latestFirst.map((report) => `${report.year}年`).join('、')}的年度报告没有写明${label}的名称。可以问它通过${label}发布了多少条信息。`,
    );
  }

  /** A role of the disclosure work asked of one agency's report (role-holder.ts); undefined to let the other readers try. */
  private roleReply(asked: RoleAsked, agencyId: number, years: readonly number[]): Answer | undefined {
    const reports = this.store.reportsOfAgency(agencyId);
    const report = years.length === 1 ? reports.find((each) => each.year === years[0]) : [...reports].sort((a, b) => b.year - a.year)[0];
    if (!report) return undefined;
    let found: { stated: RoleStated; key: string } | undefined;
    for (const [key, text] of Object.entries(this.store.sections(report.id))) {
      const stated = roleStated(toSimplified(text).split(/[。；;!！？?\n]/u), asked);
      if (stated && (!found || (stated.holder && !found.stated.holder))) found = { stated, key };
      if (found?.stated.holder) break;
    }
    // 谁负责政务公开工作 with no sentence of the report on it: its guide or the rules may say.
    if (!found && asked.role === '负责') return undefined;
    const reply = roleAnswer(asked, found?.stated, { agency: report.agency, year: report.year, cite: this.cite(report, found?.key ?? '') });
    return reply.kind === 'refusal' ? this.refusal(reply.answer) : { ...reply, facts: [] };
  }

  private timelyAnswer(agency: AgencyRecord, years: number[], countAsked = false): Answer {
    const reports = this.store.reportsOfAgency(agency.id).filter((report) => years.length === 0 || years.includes(report.year));
    const latestFirst = [...reports].sort((a, b) => b.year - a.year).slice(0, years.length === 0 ? 1 : reports.length);
    if (latestFirst.length === 0)
      return this.refusal(
        `库中没有${agency.name}${years.length > 0 ? joinList(years.map((year) => `${year}年`)) : ''}的年度报告，无法回答。`,
      );
    const found: string[] = [];
    const facts: Fact[] = [];
    for (const report of latestFirst) {
      let best: { sentence: string; sectionKey: string; strong: boolean } | undefined;
      for (const hit of this.store.searchSentences(report.id, TIMELY_TERMS, 40)) {
        const sentence = toSimplified(hit.sentence);
        // Of disclosure applications, not of complaints or the 12345 hotline's requests (投诉…按时办结率100%).
        // (其中43件已在法定时限内答复 opens its own sentence after the applications' count: its 其中 is of those.)
        if (
          !TIMELY_NEAR_REPLY.test(sentence) ||
          !(/申请/.test(sentence) || (/^其中/.test(sentence) && !/投诉|热线|来信|留言/.test(sentence)))
        )
          continue;
        // The regulation's rule restated (应当自收到申请之日起20个工作日内) says nothing of what the agency did.
        if (/应当|不得超过|可以延长/.test(sentence) && !/均|全部|都|按时|未出现|没有出现|无/.test(sentence)) continue;
        const strong = /法定|规定|按时|按期|超期|逾期|办结率|答复率/.test(sentence);
        if (!best || (strong && !best.strong)) best = { sentence, sectionKey: hit.sectionKey, strong };
        if (strong) break;
      }
      if (best) {
        const at = TIMELY_NEAR_REPLY.exec(best.sentence)?.[0] ?? '';
        // 按时答复了几件 against 其中10件已经按时按规完成答复 / 19件已按照规定时限…进行了答复: the count the sentence gives the
        // replies in time, as printed; a sentence giving none is quoted as it is.
        const counted = countAsked ? COUNT_IN_TIME.exec(best.sentence) : null;
        if (counted) {
          const value = Number(counted[1] ?? counted[3]);
          facts.push({
            agency: report.agency,
            year: report.year,
            key: 'prose.answered_in_time',
            value,
            unit: '件',
            source: { report: reportTitle(report), section: best.sectionKey },
            sentence: best.sentence,
          });
          found.push(
            `${report.agency}${report.year}年按时${counted[2] === '办结' ? '办结' : '答复'}的申请：${formatNumber(value)}件。\n原文：“${shorten(best.sentence, counted[0], 160)}”\n${this.cite(report, best.sectionKey)}`,
          );
          continue;
        }
        found.push(`${report.agency}${report.year}年报告写明：“${shorten(best.sentence, at, 160)}”\n${this.cite(report, best.sectionKey)}`);
      }
    }
    if (found.length === 0)
      return this.refusal(
        `${agency.name}${latestFirst.map((report) => `${report.year}年`).join('、')}的年度报告中没有写明申请是否都在期限内答复，无法回答。可以问它收到和办结了几件申请。`,
      );
    if (facts.length > 0) return { kind: 'figure', answer: found.join('\n'), facts };
    return { kind: 'text', answer: found.join('\n'), facts: [] };
  }

  private totalFromParts(report: ReportRecord, row: RowDef): { sum: number; detail: string; printed: boolean } | undefined {
    if (!row.columns.some((column) => column.key === 'total')) return undefined;
    // A 总计 printed 0 beside filled columns (自然人 4, 总计 0) is the report's slip: the columns are what it counted.
    const printed = !this.store.cellIsBlank(report.id, row.key, 'total');
    const parts = row.columns.filter((column) => column.key !== 'total');
    const values = parts.map((column) => ({ column, value: this.store.cell(report.id, row.key, column.key) }));
    if (values.some((item) => item.value === undefined)) return undefined;
    const filled = values.filter((item) => (item.value ?? 0) > 0);
    if (filled.length === 0) return undefined;
    const label = (column: ColumnDef) => (column.label === '其他' ? '其他组织' : column.label);
    return {
      sum: filled.reduce((sum, item) => sum + (item.value ?? 0), 0),
      detail: `其中${joinList(filled.map((item) => `${label(item.column)}${formatNumber(item.value ?? 0)}${row.unit}`))}`,
      printed,
    };
  }

  private columnsToAnswer(topic: Extract<Topic, { type: 'cell' }>, row: RowDef): ColumnDef[] {
    if (row.columns.length === 1) return [...row.columns];
    if (topic.byApplicant || topic.everyColumn) return [...row.columns];
    const named = topic.column && row.columns.find((column) => column.key === topic.column!.key);
    if (named) return [named];
    if (row.columns === APPLICANT_COLUMNS || row.columns.some((column) => column.key === 'total'))
      return [row.columns[row.columns.length - 1]];
    return [...row.columns];
  }

  private describeCell(
    report: ReportRecord,
    row: RowDef,
    values: Array<{ column: ColumnDef; value: number }>,
    topic: Extract<Topic, { type: 'cell' }>,
  ): string {
    const who = `${report.agency}${report.year}年`;
    const name = row.group && row.table === 'appeals' ? `${row.group}（${rowAnswerName(row)}）` : rowAnswerName(row);
    const unit = row.unit;
    if (row.columns.length === 1)
      return `${who}${name}${row.columns[0].label.replace(/（单位：万元）/, '')}为${formatNumber(values[0].value)}${unit}。`;
    if (topic.legalPersons && row.columns === APPLICANT_COLUMNS) {
      const organisations = values.filter((item) => LEGAL_PERSON_COLUMNS.has(item.column.key));
      const sum = organisations.reduce((total, item) => total + item.value, 0);
      const nonZero = organisations.filter((item) => item.value !== 0);
      const label = (item: { column: ColumnDef }) => (item.column.label === '其他' ? '其他组织' : item.column.label);
      const detail =
        nonZero.length > 0
          ? `，其中${joinList(nonZero.map((item) => `${label(item)}${formatNumber(item.value)}${unit}`))}`
          : `（${joinList(organisations.map(label))}均为0）`;
      return `${who}${name}（法人或其他组织）共${formatNumber(sum)}${unit}${detail}。`;
    }
    if (topic.byApplicant && row.columns === APPLICANT_COLUMNS) {
      const total = values.find((item) => item.column.key === 'total');
      const parts = values.filter((item) => item.column.key !== 'total');
      const nonZero = parts.filter((item) => item.value !== 0);
      const breakdown =
        nonZero.length > 0
          ? `其中${joinList(nonZero.map((item) => `${item.column.label === '其他' ? '其他组织' : item.column.label}${formatNumber(item.value)}${unit}`))}`
          : '各类申请人均为0';
      const zero = parts.filter((item) => item.value === 0).map((item) => (item.column.label === '其他' ? '其他组织' : item.column.label));
      return `${who}${name}共${formatNumber(total?.value ?? 0)}${unit}，${breakdown}${nonZero.length > 0 && zero.length > 0 ? `；${joinList(zero)}为0` : ''}。`;
    }
    if (row.columns === APPEAL_COLUMNS && values.length > 1) {
      // 行政复议共61件，其中结果维持25件、结果纠正10件、其他结果8件、尚未审结18件.
      const total = values.find((item) => item.column.key === 'total');
      const parts = values.filter((item) => item.column.key !== 'total');
      const nonZero = parts.filter((item) => item.value !== 0);
      const zero = parts.filter((item) => item.value === 0).map((item) => item.column.label);
      const listed = `${joinList(nonZero.map((item) => `${item.column.label}${formatNumber(item.value)}${unit}`))}${nonZero.length > 0 && zero.length > 0 ? `；${joinList(zero)}为0` : ''}`;
      if (!total) return `${who}${name}：${nonZero.length > 0 ? listed : `${joinList(zero)}均为0`}。`;
      return nonZero.length > 0
        ? `${who}${name}共${formatNumber(total.value)}${unit}，其中${listed}。`
        : `${who}${name}共${formatNumber(total.value)}${unit}（${joinList(zero)}均为0）。`;
    }
    if (values.length === 1) {
      const column = values[0].column;
      if (row.columns === DOCUMENT_COLUMNS) return `${who}${name}${column.label.replace(/件数$/, '')}${formatNumber(values[0].value)}件。`;
      const columnText = column.key === 'total' ? '总计' : `${column.label === '其他' ? '其他组织' : column.label}`;
      if (unitlessAmount(column)) return `${who}${name}（${columnText}）为${formatNumber(values[0].value)}（报告没有注明金额单位）。`;
      return `${who}${name}（${columnText}）为${formatNumber(values[0].value)}${unit}。`;
    }
    return `${who}${name}：${joinList(values.map((item) => `${item.column.label.replace(/件数$/, '')}${formatNumber(item.value)}${unit}`))}。`;
  }

  /** The figures a prose question is about; for 主动公开, the total first (one with no channel if stated). */
  private proseFigures(report: ReportRecord, key: string, asked = ''): ProseFigure[] {
    const partsKey = proseFigureByKey(key)?.partsKey;
    const all = this.store.proseFiguresWithKeys(report.id, key, partsKey);
    if (!partsKey) return all;
    const totals = all.filter((figure) => figure.key === key);
    const byChannel = all.filter((figure) => figure.key === partsKey);
    const overTheYearsAsked = OVER_THE_YEARS.test(asked);
    // 历年累计主动公开4390条 is no year's total: a year's question is answered with the year's own total when the report
    // prints one (主动公开政府信息8769条 … 截至2019年底,累计主动公开64627条: 8769), and never with the level alone.
    const main = mainTotal(overTheYearsAsked ? totals : totalsOfTheYear(totals), overTheYearsAsked, asked);
    if (main && !overTheYearsAsked && OVER_MANY_YEARS.test(main.label)) return byChannel;
    // No total stated: what the report says it published without a channel (共发布信息141条) comes before one channel's
    // figure (发布微博共计18635条), which alone would read as all that was published.
    // (A channel asked, 官网发布信息多少条, is that channel's figure alone.)
    if (!main) {
      if (key !== 'proactive_items') return byChannel;
      // 共计22条,其中:1.政策性文件1条;…3.信息公开信息1条: a numbered item of a breakdown under a larger count of its sentence is
      // a part, never what was published in all.
      const stored = this.store.proseFiguresWithKeys(report.id, 'published_items');
      const published = stored.filter((figure) => !numberedPartUnder(figure, [...stored, ...byChannel]));
      // (门户网站公开了多少 where the site's figures are kinds of item, 行政处罚信息公示47条,行政许可信息公示1143条…: those kinds.)
      return !CHANNEL_WORDS.test(asked) && !/官网|公开栏|公示栏/.test(asked)
        ? [...published, ...byChannel]
        : [...published.flatMap((figure) => this.ofChannelNamed(figure, asked)), ...byChannel];
    }
    // 依托门户网站主动公开政府信息121条;利用微信公众号、官网和官博主动公开政府信息1147条: a count of a list of channels after
    // another channel's own count, with no word of all (共, 等渠道), is those channels' joint count, not the year's total;
    // the report then prints no total, and both are its parts by channel.
    const at = all.indexOf(main);
    if (
      main.channel?.includes('、') &&
      !/等|全部|所有/.test(main.label) &&
      !TOTAL_STATED.test(main.label) &&
      byChannel.some((figure) => all.indexOf(figure) < at && figure.section === main.section && figure.unit === main.unit)
    )
      return all
        .filter((figure) => figure === main || figure.key === partsKey)
        .map((figure) => (figure === main ? { ...main, key: partsKey } : figure));
    return [main, ...byChannel];
  }

  /**
   * 发布信息多少篇 against 公开政府信息481条 (the year's total, in 条) and 全年发布信息720篇 (posts counted in 篇): the one
   * published count in the measure word asked whose own words hold every word asked, when no figure found for the total is
   * in that measure word. Undefined otherwise (a question in 条 of a total in 条 keeps the total).
   */
  private publishedInMeasureAsked(report: ReportRecord, found: ProseFigure[], asked: string): ProseFigure[] | undefined {
    const measure = /(?:多少|几)([条件篇项期])/.exec(asked)?.[1];
    // (Nothing found, as for a channel the report counts only with others, 报刊、微博等媒体86条: no count of it alone is sought.)
    if (!measure || found.length === 0 || found.some((figure) => figure.unit.endsWith(measure))) return undefined;
    const words = contentWords(withoutAgencyName(asked.replace(YEAR_WORDS, ''), report.agency)).filter(
      (word) => !toSimplified(report.agency).includes(word) && !/^[〇零一二三四五六七八九\d]+年?$/.test(word),
    );
    if (words.length === 0) return undefined;
    const inMeasure = this.store
      .proseFiguresWithKeys(report.id, 'published_items', 'proactive_items_by_channel')
      .filter((figure) => figure.unit === measure && words.every((word) => figure.label.includes(word) || figure.channel?.includes(word)));
    return inMeasure.length === 1 ? inMeasure : undefined;
  }

  /**
   * A published figure kept for a question that names a channel: one stored with its channel; one stored with none whose
   * own words name the channel asked (通过微信发布信息475条 for 微信发了多少), given that channel; none else.
   */
  private ofChannelNamed(figure: ProseFigure, asked: string): ProseFigure[] {
    if (figure.channel) return [figure];
    const channel = CHANNEL_ASKED.exec(asked)?.[0];
    // (公众号发了多少 against 通过微信发布信息475条: the account is named by either word, CHANNEL_NAMES; 微信工作群 is not.)
    const names = channel && !/工作群/.test(channel) ? CHANNEL_NAMES[channel] : undefined;
    const own = channel && (figure.label.includes(channel) || (names?.test(figure.label) && !/群/.test(figure.label)));
    return own ? [{ ...figure, channel }] : [];
  }

  /**
   * 收费了吗 where the report states no 信息处理费: the question names no fee of applications, so table 二's 行政事业性收费 (the
   * agency's own fees, 0万元 often) is what the report states of 收费, given beside the refusal and said to be another fee;
   * undefined when the question names the applications' fee or table 二 holds no such cell.
   */
  private feesOfTableTwo(report: ReportRecord, asked: string): Answer | undefined {
    if (APPLICATION_FEE_NAMED.test(asked)) return undefined;
    const table = this.askOne(`${report.agency}${report.year}年行政事业性收费多少`, {});
    const fact = table.kind === 'figure' && table.facts.length === 1 ? table.facts[0] : undefined;
    if (!fact || fact.agency !== report.agency || fact.year !== report.year || !/^fees/.test(fact.key)) return undefined;
    return {
      kind: 'figure',
      answer: `报告没有写明申请信息公开的信息处理费；表二写明的是本机关的行政事业性收费（不是申请信息公开的费用）：\n${table.answer}`,
      facts: [fact],
    };
  }

  /**
   * The one part of a year's total that counts the channel asked alone, when the total names no channel: 县政府网站公开了多少条
   * against 主动公开各类政府信息60931条(中央及省市主流媒体、网站、新媒体平台13635条;县政府网站12365条;…) is 12365条, the
   * part whose own words name 网站 (新媒体平台13635条 lumps 网站 with other media, and is none of them alone). Undefined unless
   * exactly one such part is stored and every other word asked (县政府) is in its words.
   */
  private channelPartOfTotal(agency: AgencyRecord, year: number, asked: string): Answer | undefined {
    const report = this.store.reportsOfAgency(agency.id).find((each) => each.year === year);
    // The channel as asked, the longer name first (微信公众号 is no 微信工作群).
    const channel = CHANNEL_ASKED.exec(asked)?.[0];
    if (!report || !channel) return undefined;
    const figures = this.proseFigures(report, 'proactive_items', asked);
    const main = figures[0];
    if (main?.key !== 'proactive_items' || main.channel) return undefined;
    const names = /网/.test(channel) ? /网站|政府网/ : new RegExp(channel);
    const parts = figures.slice(1).filter((figure) => names.test(figure.label) && !figure.channel?.includes('、'));
    if (parts.length !== 1) return undefined;
    const [part] = parts;
    // Every word asked is the part's own (县政府 and 网站 of 县政府网站), or says only that it was published.
    const words = contentWords(withoutAgencyName(asked, agency.name));
    if (!words.every((word) => GENERIC_PROACTIVE.test(word) || part.label.includes(word))) return undefined;
    const sentences = [...new Set([main.sentence, part.sentence])];
    return {
      kind: 'figure',
      answer: `${report.agency}${report.year}年${part.label}${printedFigure(part)}（全年主动公开政府信息共${printedFigure(main)}）。\n原文：${sentences.map((sentence) => quote(sentence)).join(' ')}\n${this.cite(report, part.section)}`,
      facts: [this.proseFact(report, part)],
    };
  }

  /**
   * 主动公开了多少条 where the report gives the items published only in words of size (主动及时公开信息百余条, 发布信息数百条):
   * that phrase quoted as what the report says, with no figure (百余 is no number to state). Undefined where no sentence says so.
   */
  private roughCountStated(report: ReportRecord): Answer | undefined {
    for (const [section, text] of Object.entries(this.store.sections(report.id))) {
      for (const sentence of toSimplified(text.replace(/\n+/g, '')).split(/(?<=[。；;])/)) {
        const rough = ROUGH_PUBLISHED_COUNT.exec(sentence);
        if (!rough || /申请|复议|诉讼/.test(rough[0])) continue;
        return {
          kind: 'text',
          answer: `${report.agency}${report.year}年报告没有写明确切的条数，只写了约数：“${rough[1]}${rough[2]}”。\n原文：${quote(sentence.trim())}\n${this.cite(report, section)}`,
          facts: [],
        };
      }
    }
    return undefined;
  }

  private proseAnswer(key: string, report: ReportRecord, asked = ''): Answer {
    // “广州番禺发布”公众号发了多少条 against “番禺政府网”微信公众号推送各类信息750条: another account's figure answers nothing.
    const stated = ofAskedChannel(this.proseFigures(report, key, asked), asked).filter((figure) => !otherAccountNamed(asked, figure.label));
    const figures = key === 'proactive_items' ? (this.publishedInMeasureAsked(report, stated, asked) ?? stated) : stated;
    if (figures.length === 0) {
      const definition = proseFigureByKey(key);
      // 有没有开展政府开放日 asks whether it was held, not how many came: the answer says the report does not mention it.
      if (definition?.activity && YES_NO.test(asked) && !/多少|几/.test(asked)) {
        return this.refusal(`${reportTitle(report)}中没有写明是否开展${definition.activity}，无法回答。`);
      }
      return (
        (key === 'fees_collected' ? this.feesOfTableTwo(report, asked) : undefined) ??
        (key === 'proactive_items' ? this.roughCountStated(report) : undefined) ??
        this.refusal(`${reportTitle(report)}中没有写明${definition?.name ?? '这项数字'}，无法回答。`)
      );
    }
    let facts = figures.map((figure) => this.proseFact(report, figure));
    const sentences = [...new Set(figures.map((figure) => figure.sentence))];
    const section = figures[0].section;
    let lead: string;
    if (key === 'fees_collected') {
      // 街道未向公民、法人和其他组织收取任何…费用: a sentence of none charged answers 收过钱没有 with 没有 before it is quoted.
      const none = facts.every((fact) => fact.value === 0) && !/没有/.test(sentences[0]);
      lead = `${report.agency}${report.year}年：${none ? '没有收取。' : ''}${sentences[0]}`;
      // A fee collected is a figure (收取信息处理费共计380元); “none collected” is a statement.
      return { kind: facts.some((fact) => fact.value > 0) ? 'figure' : 'text', answer: `${lead}\n${this.cite(report, section)}`, facts };
    }
    const main = figures[0];
    // 通过哪些渠道公开信息 against 通过各类平台累计主动公开政府信息179条, which names none: the sentence naming the channels
    // (持续优化政府门户网站栏目设置,加强微信公众号…) answers which, beside the count. (平台 alone names no channel.)
    if (
      key === 'proactive_items' &&
      CHANNELS_LISTED_ASKED.test(asked) &&
      !figures.some((figure) => CHANNEL_WORDS.test(figure.channel ?? ''))
    ) {
      const listing = channelsSentence(this.store.sections(report.id), main.section);
      if (listing && listing !== main.sentence)
        return {
          kind: 'figure',
          answer: `${report.agency}${report.year}年报告写明的公开渠道：${quote(listing)}；全年主动公开政府信息${printedFigure(main)}。\n原文：${[listing, main.sentence].map((sentence) => quote(sentence)).join(' ')}\n${this.cite(report, section)}`,
          facts,
        };
    }
    // 一共公开多少条 against a report that lists its columns (通知公告43条、工作动态115条…) and prints no total: the total asked is
    // not written, and no part (nor a sum of parts that may overlap or be cut off) is it.
    // (One channel's count alone is no total either: 一共发布了多少条信息 against 在微信公众号自媒体发布694条 and no total. But
    // 通过政府信息公开平台推送各类政务信息400条 publishes all kinds: the whole, through the one platform.)
    if (
      (figures.length > 1 || (figures.length === 1 && Boolean(figures[0].channel) && !/各类|各项|全部|所有/.test(figures[0].label))) &&
      !figures.some((figure) => figure.key === key || TOTAL_STATED.test(`${figure.label}${figure.value}`)) &&
      proseFigureByKey(key)?.partsKey &&
      TOTAL_ASKED.test(asked) &&
      // 微信微博一共发了多少条: the channels named are the parts summed, no total of all the report's channels.
      !CHANNEL_WORDS.test(asked)
    ) {
      const listed = joinList(withoutRepeatedStarts(figures.map((figure) => `${figure.label}${printedFigure(figure)}`)));
      // 网站主动公开信息233条,微信公众号发布信息295条,共计528条: the bare total printed right after the parts, equal to their sum,
      // is the sentence's own total (it names nothing, so it is no figure of its own; only a total asked reads it).
      const total = bareTotalAfterParts(figures);
      if (total !== undefined)
        return {
          kind: 'figure',
          answer: `${report.agency}${report.year}年主动公开信息共计${formatNumber(total)}${main.unit}（${listed}）。\n原文：${quote(main.sentence)}\n${this.cite(report, section)}`,
          facts: [{ ...this.proseFact(report, main), key, value: total }],
        };
      return this.finalRefusal(
        `${report.agency}${report.year}年报告没有写明${(proseFigureByKey(key)?.name ?? '这项数字').replace(/的?(?:条数|件数|数量)$/, '')}的总数，只分项写了：${listed}。\n原文：${sentences.map((sentence) => quote(sentence)).join(' ')}\n${this.cite(report, section)}`,
      );
    }
    const channelText = (figure: ProseFigure) => (figure.channel ? `（${figure.channel}）` : '');
    // 发布信息252条 alone does not say where: a label without its channel (the channel named earlier in the sentence) gets it.
    const channelPart = (figure: ProseFigure) =>
      `${figure.label}${printedFigure(figure)}${figure.channel && !CHANNEL_WORDS.test(figure.label) && !/通过/.test(figure.label) ? `（${figure.channel}）` : ''}`;
    if (key === 'proactive_items' && main.key === 'proactive_items') {
      const parts = figures.slice(1);
      // A channel's count larger than the total in its unit is no part of it (…内容共计108条,…抖音号发布视频203条): the
      // sentence's channels are then said beside the total, not under it.
      const underMain = (figure: ProseFigure) => figure.unit !== main.unit || figure.value <= main.value;
      const sameSentence = parts.filter((figure) => figure.sentence === main.sentence);
      const inSentence = sameSentence.every(underMain) ? sameSentence : [];
      const elsewhere = parts.filter((figure) => !inSentence.includes(figure));
      lead =
        `${report.agency}${report.year}年主动公开政府信息${printedFigure(main)}${main.channel ? `（通过${main.channel}等渠道）` : ''}` +
        (inSentence.length > 0 ? `，其中${joinList(inSentence.map(channelPart))}` : '') +
        (elsewhere.length > 0 ? `；另：${joinList(elsewhere.map(channelPart))}` : '') +
        '。';
    } else if (figures.length === 1) {
      // A label that starts with the year (2025年活动期间…, or 2025通过门户网站… with its 年 lost) would read 2025年2025年.
      // Nor 沙坡头区科学技术局2024年沙坡头区科学技术局微信公众号…（微信公众号）: the agency and the channel are said once.
      // But a name in quotation marks (“九原区民族事务委员会”公众号) is an account's or a title's own name: it stays, never “”公众号.
      const label = withoutOwnNameUnquoted(main.label.replace(new RegExp(`^${report.year}(?:年度?)?(?!\\d)[，,]?`), ''), report.agency);
      const channel = main.channel && label.includes(main.channel) ? '' : channelText(main);
      lead = `${report.agency}${report.year}年${label}${printedFigure(main)}${countedNounAfter(main)}${channel}。`;
    } else {
      // 门户网站发布了多少条 against 门户网站发布信息1.35万余条、市政府公文105件…: the counts in the measure word asked, when
      // some are (the others count something else the sentence lists).
      const measure = /(?:多少|几)([条件篇项])/.exec(asked)?.[1];
      const inMeasure = measure ? figures.filter((figure) => figure.unit?.endsWith(measure)) : [];
      const listed = inMeasure.length > 0 ? inMeasure : figures;
      facts = listed.map((figure) => this.proseFact(report, figure));
      lead = `${report.agency}${report.year}年报告写明：${joinList(withoutRepeatedStarts(listed.map((figure) => `${figure.label}${printedFigure(figure)}`)))}。`;
    }
    return {
      kind: 'figure',
      answer: `${lead}\n原文：${sentences.map((sentence) => quote(sentence)).join(' ')}\n${this.cite(report, section)}`,
      facts,
    };
  }

  /**
   * 采纳了几条 / 整改了多少件: a count asked of a verb the report states only of all of a count before it (收集有效意见建议5条，
   * 均已全部采纳): all of them, said with the clause, no figure of the verb's own made up. Undefined when no clause says so.
   */
  /**
   * 接待了多少人次咨询 of one agency whose report prints the count in words alone (活动共接待群众咨询近千人次, 上千人, 数百件): the
   * clause that holds every word asked (the agency's name left out) and an approximate count in the unit asked, quoted as
   * printed, with no figure (近千 is no number the store holds). Undefined when no such clause is printed.
   */
  private approximateCountStated(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    // (接待了多少群众咨询: no measure word asked, any count of people, visits or things printed in words answers.)
    const unit = askedUnit(text);
    if (!unit && !/多少|几/.test(text)) return undefined;
    const name = toSimplified(agency.name);
    const words = contentWords(text.replace(YEAR_WORDS, '')).filter(
      (word) => word.length >= 2 && !name.includes(word) && !/(?:区|县|市|旗|局|委|厅|镇|乡|街道|政府)$/.test(word),
    );
    if (words.length === 0) return undefined;
    const report = this.reportOfOne([agency.id], years);
    if (!report) return undefined;
    const measure = unit ? escapeRegExp(unit) : '人次|人|次|份|条|件|个|场|家';
    const inWords = new RegExp(`(?:近|上|数|几|逾|超)(?:十|百|千|万)余?(?:${measure})`);
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const whole = toSimplified(sentence);
      for (const clause of whole.split(/[，,；;。]/)) {
        // (The words may stand earlier in the sentence, 5·15政务公开日 before 活动共接待群众咨询近千人次, the count's own clause
        // naming one of them at least.)
        if (/\d/.test(clause) || !inWords.test(clause)) continue;
        if (!words.every((word) => whole.includes(word)) || !words.some((word) => clause.includes(word))) continue;
        return {
          kind: 'text',
          answer: `${report.agency}${report.year}年报告没有写出确切的数字，只写了约数：“${clause.trim()}”。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
          facts: [],
        };
      }
    }
    return undefined;
  }

  /**
   * 某局2024年与去年相比增加多少件 / 比2023年增加几起 of one agency, no thing named: the one change of a count against the year
   * before its report prints in that unit (收到3起申请,比2023年增加3起; 办理52件,与去年相比增加了32件), quoted with the figure it
   * follows. Undefined when the question names a thing, or the report prints no such change, or more than one.
   */
  private bareChangeStated(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const asked = BARE_CHANGE_ASKED.exec(text);
    if (!asked) return undefined;
    // Nothing but the agency's name and the year before the change asked.
    let before = text.slice(0, asked.index);
    for (const mention of this.index.find(before)) before = before.replace(mention.text, '');
    if (/\p{Script=Han}/u.test(before.replace(YEAR_WORDS, '').replace(BARE_CHANGE_FILLER, ''))) return undefined;
    const report = this.reportOfOne([agency.id], years.length > 0 ? [Math.max(...years)] : []);
    if (!report) return undefined;
    const fewer = /减少|下降|少/.test(asked[1]);
    const found: Array<{ section: string; sentence: string; words: string; value: number; unit: string }> = [];
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      for (const stated of toSimplified(sentence).replace(/\s+/g, '').matchAll(COUNT_CHANGE_STATED)) {
        if (stated[2] !== stated[6] || (asked[2] && asked[2] !== stated[2]) || /减少|下降|少/.test(stated[4]) !== fewer) continue;
        found.push({
          section,
          sentence: sentence.trim(),
          words: stated[3].replace(/[,，]/g, ''),
          value: Number(stated[5]),
          unit: stated[2],
        });
      }
    }
    if (found.length !== 1) return undefined;
    const [one] = found;
    return {
      kind: 'figure',
      answer: `${report.agency}${report.year}年报告写明${one.words}${formatNumber(one.value)}${one.unit}。\n原文：${quote(one.sentence)}\n${this.cite(report, one.section)}`,
      facts: [
        {
          agency: report.agency,
          year: report.year,
          key: 'sentence',
          value: one.value,
          unit: one.unit,
          source: { report: reportTitle(report), section: SECTION_TITLE[one.section] ?? '' },
          sentence: one.sentence,
        },
      ],
    };
  }

  private allOfCountDid(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const verb = /(\p{Script=Han}{2})了?(?:几|多少)/u.exec(text)?.[1];
    if (!verb || /^(?:一共|总共|共有|还有|他们|是否|到底)$/.test(verb)) return undefined;
    const report = this.reportOfOne([agency.id], years);
    if (!report) return undefined;
    const allDid = new RegExp(
      `([^，,；;。]*?(\\d+)\\s*([条件个项次名家])[^，,；;。]{0,4}?)[，,]?(?:均|都|全部|全都)(?:已经?)?(?:全部)?${verb}`,
    );
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const said = allDid.exec(sentence);
      if (!said) continue;
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告写明：${said[0].trim()}，即这${said[2]}${said[3]}都已${verb}（报告没有另写${verb}的${said[3]}数）。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * 哪类信息最多 / 哪一级媒体报道最多 of one agency: of the report's sentences that list two or more parts of the kind asked (类,
   * 级) in one measure word, the one that names the topic asked (信息, 媒体报道) with the most parts; its parts ranked.
   * Undefined when no sentence lists such parts.
   */
  private largestListedPart(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const asked = partKindAsked(text);
    if (!asked) return undefined;
    const report = this.reportOfOne([agency.id], years);
    if (!report) return undefined;
    let best: { section: string; sentence: string; parts: ListedPart[] } | undefined;
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      if (asked.topic && !sentence.includes(asked.topic)) continue;
      const parts = partsToRank(sentence, asked.kind);
      if (parts.length >= 2 && (!best || parts.length > best.parts.length)) best = { section, sentence, parts };
    }
    if (!best) return undefined;
    return listedPartsAnswer(
      { agency: report.agency, year: report.year, source: { report: reportTitle(report), section: SECTION_TITLE[best.section] ?? '' } },
      best.sentence,
      best.parts,
      asked.fewest,
      this.cite(report, best.section),
    );
  }

  /**
   * The parts of the sentence the remembered figures were read from, ranked, when two or more of them were (a total and some
   * of its parts, or parts asked in turn) and the sentence lists two or more parts; undefined otherwise.
   */
  private partsOfRemembered(remembered: readonly Fact[], fewest: boolean): Answer | undefined {
    const last = remembered[remembered.length - 1];
    if (!last?.sentence) return undefined;
    const same = remembered.filter((fact) => fact.sentence === last.sentence && fact.agency === last.agency && fact.year === last.year);
    if (same.length < 2) return undefined;
    const parts = partsToRank(last.sentence, undefined);
    // The parts must be those remembered (not another list of the same sentence).
    if (
      !same.every(
        (fact) =>
          parts.some((part) => part.value === fact.value) ||
          listedParts(last.sentence ?? '').some((part) => part.total && part.value === fact.value),
      )
    )
      return undefined;
    return listedPartsAnswer(last, last.sentence, parts, fewest, `（来源：${last.source.report}${last.source.section}）`);
  }

  /**
   * 有公众号吗 / 开通微博了没 of an agency whose report says it has no new-media account at all (截至…,我局未注册政务新媒体):
   * a 公众号 is one of the 政务新媒体, so the answer is no, quoted from that sentence. Undefined when no sentence says so, or
   * a sentence names the account asked (the usual path reads it).
   */
  private noNewMediaAccount(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const plain = toSimplified(text);
    const asked = MEDIA_ACCOUNT_HAD.exec(plain)?.[1];
    if (!asked || /多少|几/.test(plain)) return undefined;
    const report = this.reportOfOne([agency.id], years);
    if (!report) return undefined;
    const sentences = this.sentencesOfReport(report.id);
    if (sentences.some(([, sentence]) => toSimplified(sentence).includes(asked))) return undefined;
    for (const [section, sentence] of sentences) {
      const none = NO_NEW_MEDIA.exec(toSimplified(sentence));
      if (!none) continue;
      return {
        kind: 'text',
        answer: `没有。${report.agency}${report.year}年报告写明${none[0]}（${asked}也是政务新媒体的一种）。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * 公众号被注销了吗 / 网站关停了吗: a channel asked to have been shut, where the report's only sentence on shutting an account
   * names another channel (对“…”新浪微博官方账号进行关停注销): the report does not say the one asked was, and says which was.
   * Undefined when no sentence shuts any channel, or one names the channel asked (the usual path reads it).
   */
  private otherChannelShut(text: string, agency: AgencyRecord, years: readonly number[]): Answer | undefined {
    const verb = CHANNEL_SHUT.exec(text)?.[0];
    const asked = CHANNEL_ASKED.exec(text)?.[0];
    if (!verb || !asked) return undefined;
    const report = this.reportOfOne([agency.id], years);
    if (!report) return undefined;
    for (const [section, sentence] of this.sentencesOfReport(report.id)) {
      const shutAt = sentence.search(CHANNEL_SHUT);
      if (shutAt < 0) continue;
      // The channel shut is the one named last before the verb (政务新媒体…对…新浪微博官方账号进行关停注销: 微博).
      const other = [...sentence.slice(0, shutAt).matchAll(new RegExp(CHANNEL_ASKED.source, 'g'))].at(-1)?.[0];
      if (!other || sentence.includes(asked) || other === asked) return undefined;
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告没有写${asked}被${verb}；写明关停注销的是${other}。\n原文：${quote(sentence)}\n${this.cite(report, section)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * 有什么亮点: a report that has a passage headed 亮点 (县科技局2024年亮点工作：一是…二是…) is
   * summarised from that passage, point by point; otherwise undefined (the overview's summary).
   */
  private highlightsAnswer(report: ReportRecord): Answer | undefined {
    for (const [key, text] of Object.entries(this.store.sections(report.id))) {
      const flat = text.replace(/\n+/g, '');
      const at = flat.indexOf('亮点');
      if (at < 0) continue;
      const start = Math.max(0, flat.lastIndexOf('（', at), flat.lastIndexOf('。', at) + 1);
      const next = flat.slice(at).search(/[（(][一二三四五六七八九十]+[）)]/);
      const passage = next > 0 ? flat.slice(start, at + next) : flat.slice(start);
      const points = passage.split(/(?=[一二三四五六七八九十]是)/).slice(1);
      if (points.length === 0) continue;
      // A point's first sentence is often only its heading (一是在围绕高质量发展方面。): the next one says what was done.
      const clip = (point: string) => {
        const sentences = point.match(/[^。；]+[。；]?/g) ?? [point];
        const said = sentences[0].length < 24 && sentences.length > 1 ? `${sentences[0]}${sentences[1]}` : sentences[0];
        if (said.length <= 100) return said;
        // Cut between clauses, not inside one; past 100 characters, clauses that state a figure are what the point is
        // (培育国家科技型中小企业 33 家): they are kept up to 220 characters, and the cut comes at the first without one.
        let kept = '';
        for (const clause of said.match(/[^，,；;]+[，,；;]?/g) ?? [said]) {
          if (kept.length + clause.length <= 100 || (/\d/.test(clause) && kept.length + clause.length <= 220)) kept += clause;
          else break;
        }
        if (kept.length === 0) return `${said.slice(0, 100)}…`;
        return kept === said ? said : `${kept.replace(/[，,；;]$/, '')}…`;
      };
      const shown = points.slice(0, 6);
      const clipped = shown.map(clip);
      // A point cut short (its figures after the cut: 科技型中小企业33家): the whole passage, point by point, is kept for 继续.
      const cut = clipped.some((point, index) => point !== shown[index]) || points.length > shown.length;
      if (cut) this.more = points.map((point) => `· ${point}`).join('\n');
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告写的亮点：\n${clipped.map((point) => `· ${point}`).join('\n')}${cut ? '\n（回复“继续”看亮点全文）' : ''}\n${this.cite(report, key)}`,
        facts: [],
      };
    }
    return undefined;
  }

  /**
   * A part of one agency's report asked by its number (表三给我看看, 第五部分说了什么): the text parts as the
   * section answers give them, a table as its rows (table 三's zero rows summed up), with its non-zero cells as facts.
   * Undefined when no single agency is named or remembered, or no report of the year asked is stored (the usual path says so).
   */
  private wholePart(
    text: string,
    agencies: readonly AgencyRecord[],
    years: readonly number[],
    memory: ConversationMemory | undefined,
  ): { answer: Answer; report: ReportRecord } | undefined {
    const asked = PART_ASKED.exec(text);
    if (!asked || FIGURE_IN_PART.test(text)) return undefined;
    const agency =
      agencies.length === 1
        ? agencies[0]
        : agencies.length === 0 && memory?.agencyIds.length === 1
          ? this.index.byId(memory.agencyIds[0])
          : undefined;
    if (!agency) return undefined;
    const reports = this.store.reportsOfAgency(agency.id);
    const wanted = years.length > 0 ? years : agencies.length === 0 ? (memory?.years ?? []) : [];
    const latest = reports.at(-1);
    if (!latest) return undefined;
    const digit = asked[1] ?? asked[2] ?? asked[3];
    const number = /\d/.test(digit) ? Number(digit) : '一二三四五六'.indexOf(digit) + 1;
    const key = PARTS_IN_ORDER[number - 1];
    // A year after the latest report is answered from the latest, said so; a year before it, or between, is not stored.
    const report =
      wanted.length === 0
        ? latest
        : (reports.find((candidate) => candidate.year === wanted[0]) ?? (wanted[0] > latest.year ? latest : undefined));
    if (!report) {
      const held = joinList(reports.map((candidate) => `${candidate.year}年`));
      return {
        answer: this.refusal(`库中没有${agency.name}${wanted[0]}年的年度报告（有${held}的），无法给出它的“${sectionTitle(key)}”。`),
        report: latest,
      };
    }
    if (wanted.length > 0 && report.year !== wanted[0]) {
      const part = this.wholePart(text.replace(YEAR_WORDS, ''), [agency], [], undefined);
      if (part)
        return {
          answer: {
            ...part.answer,
            answer: `（暂无${agency.name}${wanted[0]}年的报告；以下是最新的${report.year}年报告。）\n${part.answer.answer}`,
          },
          report,
        };
    }
    if (key === 'overview' || key === 'problems' || key === 'other')
      return { answer: this.subItemAnswer(text, report, key) ?? this.sectionAnswer({ type: 'section', section: key }, report), report };
    const model = this.store.load(report.id);
    if (!model) return undefined;
    const facts: Fact[] = [];
    for (const row of layoutOf(report.format).rows.filter((candidate) => candidate.table === key)) {
      const stored = model[key][row.key] ?? [];
      row.columns.forEach((_, index) => {
        const value = stored[index];
        if (value !== undefined && Number.isFinite(value) && value !== 0)
          facts.push({
            agency: report.agency,
            year: report.year,
            key: `${row.key}.${row.columns[index].key}`,
            value,
            unit: row.unit,
            source: this.source(report, key),
          });
      });
    }
    const lines = plainTableLines(model, key);
    return {
      answer: {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告“${SECTION_TITLE[key] ?? sectionTitle(key)}”：\n${lines.join('\n')}\n${this.cite(report, key)}`,
        facts,
      },
      report,
    };
  }

  /**
   * Whether a message asks how to appeal, sue or complain (去哪告, 怎么起诉), or follows the rules on remedies with
   * another remedy (直接起诉呢, 复议呢): the rules answer it, also in a conversation about one agency. A count asked
   * (起诉了几件) stays the report's.
   */
  private remedyAsked(input: string, memory: ConversationMemory | undefined): boolean {
    if (COUNT_ASKED.test(input) || /多少件|几件|几起|多少起/.test(input)) return false;
    if (REMEDY_ASKED.test(input)) return true;
    // 那他们那年被起诉过吗: whether it happened is the report's count, not the rules.
    if (/被|过[吗没]|了[吗没]|有没有|有无/.test(input)) return false;
    // 投诉电话呢 after the rules or a guide: the complaint line's number, which the agency's guide may give, not the rules again.
    if (memory?.agencyIds.length === 1 && /电话|号码|热线|传真|地址/.test(input)) return false;
    // (复议找谁 after a refused question about an agency known by its guide alone: no report counts its appeals.)
    const guideOnly = memory?.agencyIds.length === 1 && this.guideOnly(memory.agencyIds[0]);
    return (
      (memory?.guideTopic === 'remedies' || memory?.guide === true || guideOnly) &&
      input.length <= 10 &&
      /起诉|诉讼|复议|告|投诉|举报/.test(input)
    );
  }

  /**
   * The last ranking asked again for the year of 2022年呢, the direction of 那最少的呢, or the kind of agency of 哪个镇最多 (the
   * thing ranked kept); undefined for any other message.
   */
  private rankingFollowUp(
    input: string,
    lastRanking: string,
    context: { user?: string },
    rankingLast = false,
    lastFacts: readonly Fact[] = [],
  ): Answer | undefined {
    const text = input.trim();
    const year = yearOnlyOf(text);
    if (year) {
      // (2022年呢 after 哪年最多, a ranking of one agency's years: that year's figure of the thing ranked, which memory asks.)
      if (RANKS_YEARS.test(lastRanking)) return undefined;
      const again = YEAR_IN_QUESTION.test(lastRanking) ? lastRanking.replace(YEAR_IN_QUESTION, year) : `${year}${lastRanking}`;
      return again === lastRanking ? undefined : this.askOne(again, context);
    }
    const direction = /^(?:那|那么)?(?:是)?最(多|少|高|低)的?(?:是哪个|是谁|呢|啊)?[?？。!！]*$/.exec(text)?.[1];
    if (direction) {
      const again = lastRanking.replace(/最(?:多|少|高|低)/, `最${direction}`);
      return again === lastRanking ? undefined : this.askOne(again, context);
    }
    // 它主动公开了多少 / 这个单位的电话 / 第二名的复议呢 after a ranking: the agency ranked first (or at the place said), asked
    // that question of its year; the ranking's own figure is the same report's.
    // (Only while the ranking is what was last answered: after the agency's own answer, 它 is that agency, as memory keeps it.
    // The ranking stays remembered, so 第二名呢 still asks its second place.)
    const referent = RANKED_REFERENT.exec(text);
    // (它的复议呢 after an agency's own answer: that agency's, which the memory answers; no ranking again.)
    if (referent && !referent[1] && !rankingLast) return undefined;
    if (
      referent &&
      (rankingLast || referent[1]) &&
      /\p{Script=Han}{2}/u.test(referent[2]) &&
      !/^(?:是|叫|排)?(?:谁|哪个|哪家|哪一个|哪一家|什么|啥|多少|几)?(?:呢|啊|呀)?[?？。!！]*$/u.test(referent[2])
    ) {
      const position = referent[1]
        ? /\d/.test(referent[1])
          ? Number(referent[1])
          : '一二三四五六七八九十'.indexOf(referent[1].replace('两', '二')) + 1
        : 1;
      // 它 after 倒数第一呢 / 第二名呢 (one agency of the ranking just named): that one, not the ranking's first.
      const named = !referent[1] && pointsAtLastNamed(text) && lastFacts.length === 1 ? lastFacts[0] : undefined;
      if (named) {
        const answer = this.askOne(askedOfRanked(named.agency, named.year, referent[2]), context);
        this.keepRanking(lastRanking, context);
        return answer;
      }
      const ranked = this.askOne(lastRanking, context);
      // (A ranking answered as a comparison of a few agencies (比较：乌海市应急管理局最多（3件）…): its first is the one it names.)
      const compared =
        ranked.kind === 'figure' && position === 1 ? /^比较：(\p{Script=Han}+?)最(?:多|少|高|低)/u.exec(ranked.answer)?.[1] : undefined;
      const fact =
        ranked.kind === 'figure' && /最(?:多|少|高|低)的是/.test(ranked.answer)
          ? ranked.facts[position - 1]
          : compared
            ? ranked.facts.find((each) => each.agency === compared)
            : undefined;
      if (fact) {
        const answer = this.askOne(askedOfRanked(fact.agency, fact.year, referent[2]), context);
        this.keepRanking(lastRanking, context);
        return answer;
      }
    }
    // 第二名是谁 / 排第三的呢 / 第二多的是哪个: that place of the same ranking, from its list (ties said), cited as the ranking is.
    const place =
      /^(?:那|那么)?(?:排(?:在)?)?第([二三四五六七八九十两]|\d{1,2})(?:名|位|多|少|高|低)?的?(?:是谁|是哪个|是哪家|是哪一个|是什么|呢|啊)?[?？。!！]*$/.exec(
        text,
      );
    if (place) {
      const position = /\d/.test(place[1]) ? Number(place[1]) : '一二三四五六七八九十'.indexOf(place[1].replace('两', '二')) + 1;
      const ranked = this.askOne(lastRanking, context);
      if (ranked.kind !== 'figure' || position < 2 || ranked.facts.length < position) return undefined;
      const fact = ranked.facts[position - 1];
      // (各机关都是0件，没有高低之分: no place to give; the ranking's own answer says so.)
      const head = /^(.*?)最(?:多|少|高|低)的是/.exec(ranked.answer)?.[1];
      // (A ranking of named agencies answered as their comparison (比较：…最少): its place is read from the figures it weighed,
      // by placeInCompared, not this list's order, which is the order the agencies were named in.)
      if (head === undefined) return ranked.answer.startsWith('比较：') && this.index.find(lastRanking).length >= 2 ? undefined : ranked;
      const tied = ranked.facts.filter((other) => other.value === fact.value).length > 1;
      const cite = ranked.answer.split('\n').filter((line) => line.startsWith('（来源'));
      this.keepRanking(lastRanking, context, fact);
      return {
        kind: 'figure',
        answer:
          `${head}排第${position}的是${fact.agency}${head.includes(`${fact.year}年`) ? '' : `（${fact.year}年）`}${formatNumber(fact.value)}${fact.unit}${tied ? '（与其他机关数字相同，并列）' : ''}。\n${cite.join('\n')}`.trim(),
        facts: [fact],
      };
    }
    // 前三名呢 / 前5名是哪些 / 排前十的都有谁: the first places of the same ranking, from its list, cited as the ranking is.
    const top =
      /^(?:那|那么)?(?:排(?:在)?)?前([二三四五六七八九十两]|\d{1,2})(?:名|位|个|家)?(?:的)?(?:是谁|是哪些|是哪几个|是哪几家|有哪些|有谁|都有谁|都是谁|都是哪些|分别是(?:谁|哪些)?|呢|啊)?[?？。!！]*$/.exec(
        text,
      );
    if (top) {
      const count = /\d/.test(top[1]) ? Number(top[1]) : '一二三四五六七八九十'.indexOf(top[1].replace('两', '二')) + 1;
      const ranked = this.askOne(lastRanking, context);
      const head = ranked.kind === 'figure' ? /^(.*?)最(?:多|少|高|低)的是/.exec(ranked.answer)?.[1] : undefined;
      if (head === undefined || count < 2) return undefined;
      const shown = ranked.facts.slice(0, count);
      const cite = ranked.answer.split('\n').filter((line) => line.startsWith('（来源'));
      const fewer = shown.length < count ? `（有这项数字的只有${shown.length}个，全部列出）` : '';
      // (The next place with the same figure as the last shown is tied with it: said, never left out silently.)
      const next = ranked.facts[count];
      const tiedNext =
        next && shown.length === count && next.value === shown[count - 1].value
          ? `（${next.agency}也是${formatNumber(next.value)}${next.unit}，与第${count}名并列）`
          : '';
      return {
        kind: 'figure',
        answer:
          `${head}前${Math.min(count, shown.length)}名${fewer}：${joinList(shown.map((fact) => `${fact.agency}${head.includes(`${fact.year}年`) ? '' : `（${fact.year}年）`}${formatNumber(fact.value)}${fact.unit}`))}。${tiedNext}\n${cite.join('\n')}`.trim(),
        facts: shown,
      };
    }
    // 哪个镇最多 / 那哪个局最少: another kind over the same thing; the kind word replaces the last ranking's (街道, 单位, 机关 …).
    const kind =
      /^(?:那|那么)?哪(?:个|家|一个)(镇|乡|街道|县|区|市|局|委|办|单位|机关|部门|学校|医院)(?:的)?(最(?:多|少|高|低))(?:呢|啊)?[?？。!！]*$/.exec(
        text,
      );
    if (kind) {
      const lastKind = /哪(?:个|家|一个|些)(\p{Script=Han}{1,4}?)(?=收到|办理|主动|被|的|行政|公开|最)/u.exec(lastRanking);
      if (!lastKind) return undefined;
      const again = lastRanking.replace(lastKind[0], lastKind[0].replace(lastKind[1], kind[1])).replace(/最(?:多|少|高|低)/, kind[2]);
      return again === lastRanking ? undefined : this.askOne(again, context);
    }
    return this.rankingInSameScope(text, lastRanking, context);
  }

  /**
   * 哪个收到申请最多 / 那行政复议呢 after a ranking among a scope (宁夏哪个科技局2024年公开的信息最多): another ranking, or
   * another thing ranked, asked with no agency, place, kind or year of its own is asked among the same agencies in the same
   * year. The thing alone (行政复议呢) is taken only when it is a figure of the reports (a cell or a prose count); undefined
   * otherwise.
   */
  private rankingInSameScope(text: string, lastRanking: string, context: { user?: string }): Answer | undefined {
    const year = YEAR_IN_QUESTION.exec(lastRanking)?.[0] ?? '';
    const scope = rankingScope(lastRanking, this.index.kinds());
    if (!scope && !year) return undefined;
    // 从少到多排一下 over the figures of a conversation (its text holds the agency asked last) ranked no agencies of a scope;
    // 最多的比最少的多多少 weighs two of the ranked, asking no ranking.
    if (this.index.find(lastRanking).some((mention) => mention.how !== 'region') || text.includes('比')) return undefined;
    if (YEAR_IN_QUESTION.test(text) || rankingScope(text, this.index.kinds()) || this.index.find(text).length > 0) return undefined;
    if (placeStarting(text.replace(/^(?:那|那么)/, ''))) return undefined;
    const now = shanghaiYear(this.now());
    // The scope written back as a ranking writes it (甘肃哪个科技局, 哪个街道, 宁夏的科技局里, 各公安局), the first that reads
    // back as that scope (公安局里 reads as the county 公安县; 甘肃省的科技局 as an agency's name).
    const within = (question: string) => {
      if (!scope) return `${year}${question}`;
      const asked = question.replace(/^(?:是)?(?:哪一个|哪个|哪家|谁)(?:的)?/, '');
      const level = scope.levels ? LEVEL_WORD[scope.levels.join('')] : undefined;
      const which = `${scope.place?.written ?? scope.place?.name ?? ''}哪个${level ?? ''}${level && scope.kind ? '的' : ''}${scope.kind ?? (level ? '' : '单位')}`;
      const candidates = [
        ...(asked !== question ? [`${year}${which}${asked}`] : []),
        `${year}${scope.label}里${question}`,
        `${year}各${scope.label}${question}`,
      ];
      return candidates.find((again) => rankingScope(again, this.index.kinds())?.label === scope.label);
    };
    if (understand(text, now).operation === 'rank') {
      const again = within(text.replace(/^(?:那|那么)/, ''));
      return again ? this.askOne(again, context) : undefined;
    }
    const thing = /^(?:那|那么)?(\p{Script=Han}{2,10}?)(?:的)?(?:呢|啊)[?？。!！]*$/u.exec(text)?.[1];
    const type = thing ? understand(thing, now).topic?.type : undefined;
    if (!thing || (type !== 'cell' && type !== 'prose')) return undefined;
    const direction = /最(多|少|高|低)/.exec(lastRanking)?.[1] ?? '多';
    const again = within(`哪个${thing}最${direction}`);
    const ranked = again ? this.askOne(again, context) : undefined;
    // (A ranking of those agencies with no such figure says so: 库中的街道2023年的年度报告中都没有行政复议的数据.)
    return ranked?.kind === 'figure' || ranked?.kind === 'refusal' ? ranked : undefined;
  }

  /**
   * A statistic over the agencies of one kind in one year (中位数, 占所有民政局的百分之多少, 超过50件的有几个, 哪些没有收到申请,
   * 前三名, 倒数第一, 最多的比最少的多多少, 比去年多的有哪几个), asked with its thing and kind or right after a ranking or a
   * total across agencies (第二名是谁, 中位数呢, 有几个是零): each agency's figure of that year read as a comparison of named
   * agencies reads it, the statistic computed from them, and the agencies counted named. Undefined when the message asks none,
   * names no kind (nor follows a ranking of one), or the kind is too large to read agency by agency.
   */
  private kindStatistic(
    input: string,
    memory: ConversationMemory | undefined,
  ): { answer: Answer; year?: number; ranking?: string; focus: Fact[] } | undefined {
    const text = toSimplified(input).replace(/\s+/g, '');
    const found = statisticAsked(text);
    if (!found) return undefined;
    const now = shanghaiYear(this.now());
    const kinds = this.index.kinds();
    // 2025年省政府办公厅收到申请的中位数: a kind with its level (省政府办公厅) read loosely as one agency (辽宁省人民政府办公厅) is
    // the kind the statistic is over, no agency named.
    const mentions = this.index
      .find(found.rest)
      .filter((mention) => !(mention.how === 'fuzzy' && rankingScope(`各${mention.text.replace(/^\d*年度?/, '')}`, kinds)));
    let without = found.rest;
    for (const mention of mentions) without = without.replace(mention.text, '');
    const bare = bareRest(without);
    // 民政局申请少于2件的有哪些: 申请 alone (no verb, no other thing) over the agencies of a kind is the applications received.
    const own =
      bare &&
      ['threshold', 'zero', 'ties', 'median', 'average'].includes(found.asked.type) &&
      !understand(bare, now).topic &&
      /^[^，,。]*?(?<!收到|受理|新收|接到|提出|办理|答复)申请(?:数|数量|件数)?$/.test(bare)
        ? bare.replace(/申请(?:数|数量|件数)?$/, '收到申请')
        : bare;
    const ownUnderstood = own ? understand(own, now) : undefined;
    const ownTopic = ownUnderstood?.topic;
    const scopeOf = (question: string) => {
      const bare = this.bareKind(question);
      return (
        rankingScope(question, kinds) ??
        (bare ? { kind: bare, label: bare } : undefined) ??
        // (A statistic asks across the kind named: 2025年省政府办公厅收到申请的中位数 is of each of them.)
        rankingScope(question.replace(/^((?:19|20)?\d{2}年度?)?/, '$1各'), kinds)
      );
    };
    const ownScope = ownUnderstood && ownTopic ? scopeOf(own) : undefined;
    // The last ranking, total or list across the agencies of a kind (a question naming no one agency) is what a bare statistic
    // follows.
    const lastAcross =
      memory?.lastQuestion && this.index.find(memory.lastQuestion).every((mention) => mention.how === 'region')
        ? memory.lastQuestion
        : undefined;
    const last =
      memory?.lastRanking ??
      memory?.lastAcross ??
      (lastAcross && ['rank', 'total', 'list'].includes(understand(lastAcross, now).operation) ? lastAcross : undefined);
    // 武汉的占所有民政局的百分之多少: the kind named again (所有民政局) asks nothing new.
    let leftover = own.replace(/所有|全部|各个?|这些|这几个|全体|[的了都一共里中]/g, '');
    const kindAgain = leftover ? this.bareKind(leftover) : undefined;
    if (kindAgain) for (const word of [kindAgain, ...kindVariants(kindAgain)]) leftover = leftover.split(word).join('');
    let base: string;
    let followUp = false;
    if (ownTopic && (ownTopic.type === 'cell' || ownTopic.type === 'prose') && ownScope) base = own;
    else if (last && !/\p{Script=Han}/u.test(leftover)) {
      base = last;
      followUp = true;
    } else return undefined;
    // 第二名是谁 after a ranking is the ranking's own place (rankingFollowUp), from its list.
    if (followUp && found.asked.type === 'place' && !found.asked.fromBottom) return undefined;
    const understood = understand(base, now);
    const topic = understood.topic;
    if (!topic || (topic.type !== 'cell' && topic.type !== 'prose') || understood.years.length > 1) return undefined;
    const scope = scopeOf(base);
    if (!scope) return undefined;
    const agencies = agenciesInScope(scope, this.index.all(), (kind) => this.index.ofKind(kind));
    if (agencies.length === 0 || agencies.length > MAX_AGENCIES_READ_ONE_BY_ONE) return undefined;
    const held = (agency: AgencyRecord) => this.store.reportsOfAgency(agency.id).map((report) => report.year);
    const stored = [...new Set(agencies.flatMap(held))].sort((a, b) => a - b);
    const year = understood.years[0] ?? (memory?.years.length === 1 ? memory.years[0] : stored[stored.length - 1]);
    const ofYear = agencies.filter((agency) => held(agency).includes(year));
    const kindYears = `库中的${scope.label}有报告的年份：${joinList(stored.map((each) => `${each}年`))}。`;
    if (ofYear.length === 0)
      return { answer: this.refusal(`库中没有${year}年${scope.label}的政府信息公开工作年度报告，无法计算。${kindYears}`), focus: [] };
    const label = topic.type === 'cell' ? this.figureLabel(topic).text : (proseFigureByKey(topic.key)?.name ?? '这项数字');
    // The thing alone, as each agency is asked it (收到申请): the kind's words and the ranking's are no part of it.
    const kindWords = scope.kind ? kindVariants(scope.kind).sort((a, b) => b.length - a.length) : [];
    let question = understood.text.replace(
      /哪(?:一个|个|家|些|几个)|最(?:多|少|高|低)|排名|排行|的是|是谁|一共|合计|总共|平均|各|所有|全部/g,
      '',
    );
    for (const word of kindWords) question = question.split(word).join('');
    question = question.replace(/^(?:(?:19|20)?\d{2}年度?)?(?:里头|里面|当中|之中|里|中)/, '');
    question = question.replace(/(?:19|20)?\d{2}年度?|今年|去年|前年/g, '');
    if (!/多少|几/.test(question)) question = `${question}多少`;
    // Each agency asked the thing as a citizen asking of it alone is answered (its figure, or its refusal), never remembered.
    const entriesOf = (agenciesRead: readonly AgencyRecord[], yearRead: number) => {
      const entries: KindEntry[] = [];
      const missing: string[] = [];
      // A prose figure is each report's main one, as its ranking weighs it (主动公开410条, never a channel's 微信475条).
      if (topic.type === 'prose') {
        const ranked = this.store.proseRanking(
          topic.key,
          [yearRead],
          'desc',
          MAX_AGENCIES_READ_ONE_BY_ONE,
          agenciesRead.map((agency) => agency.id),
        );
        for (const { report, figure } of ranked.top)
          if (!/[余多近约]/.test(figure.unit))
            entries.push({ agency: report.agency, value: figure.value, unit: figure.unit, fact: this.proseFact(report, figure) });
        for (const agency of agenciesRead) if (!entries.some((entry) => entry.agency === agency.name)) missing.push(agency.name);
        return { entries, missing };
      }
      for (const agency of agenciesRead) {
        const alone = this.askOne(`${agency.name}${yearRead}年${question}`, {});
        const fact = alone.kind === 'figure' ? alone.facts[0] : undefined;
        // (100余条 / 近千人次: a count printed as a bound is no figure to add or rank.)
        if (!fact || fact.agency !== agency.name || fact.year !== yearRead || /[余多近约]/.test(fact.unit)) missing.push(agency.name);
        else entries.push({ agency: agency.name, value: fact.value, unit: fact.unit, fact });
      }
      return { entries, missing };
    };
    const ranking = followUp ? base : `${findYears(own, now).length > 0 ? '' : `${year}年`}${own}排名`;
    const cite = `（来源：各机关${year}年政府信息公开工作年度报告；计算结果是按报告写明的数字算的）`;
    if (found.asked.type === 'change') {
      const prior = found.asked.against === 'last' ? year - 1 : found.asked.against;
      const both = ofYear.filter((agency) => held(agency).includes(prior));
      if (both.length === 0)
        return {
          answer: this.refusal(
            `库中的${scope.label}没有一个同时有${year}年和${prior}年的报告，无法比较哪几个比${prior}年${found.asked.more ? '多' : '少'}。${kindYears}`,
          ),
          focus: [],
        };
      const now1 = entriesOf(both, year).entries;
      const before = entriesOf(both, prior).entries;
      const pairs = now1.flatMap((entry) => {
        const earlier = before.find((other) => other.agency === entry.agency);
        return earlier ? [{ entry, earlier }] : [];
      });
      if (pairs.length === 0) return { answer: this.refusal(`库中的${scope.label}没有两年都写明${label}的，无法比较。`), focus: [] };
      const more = found.asked.more;
      const chosen = pairs.filter(({ entry, earlier }) => (more ? entry.value > earlier.value : entry.value < earlier.value));
      const describe = ({ entry, earlier }: (typeof pairs)[number]) =>
        `${entry.agency}${prior}年${formatNumber(earlier.value)}${earlier.unit}、${year}年${formatNumber(entry.value)}${entry.unit}`;
      const head =
        chosen.length === 0
          ? `库中两年都有数字的${scope.label}里，没有${year}年${label}比${prior}年${more ? '多' : '少'}的。`
          : `${year}年${label}比${prior}年${more ? '多' : '少'}的${scope.label}有${chosen.length}个：${chosen.map(describe).join('；')}。`;
      return {
        answer: {
          kind: 'figure',
          answer: `${head}\n两年都有数字的：${pairs.map(describe).join('；')}。\n${cite}`,
          facts: pairs.flatMap(({ entry, earlier }) => [earlier.fact, entry.fact]),
        },
        year,
        ranking,
        focus: [],
      };
    }
    const { entries, missing } = entriesOf(ofYear, year);
    const missingNote = missing.length > 0 ? `\n报告没有写明这项数字的（不计入）：${joinList(missing)}。` : '';
    if (entries.length === 0)
      return { answer: this.refusal(`${year}年库中的${scope.label}的报告都没有写明${label}的数字，无法计算。`), focus: [] };
    // The agency a share, a place or a gap is asked of: one of those counted (武汉的占…, 常州卫健委占…).
    const named = mentions.flatMap((mention) => mention.agencies).find((agency) => ofYear.some((each) => each.id === agency.id));
    if (found.asked.type === 'share' && !found.asked.first) {
      if (!named) return undefined;
      if (!entries.some((entry) => entry.agency === named.name))
        return {
          answer: this.refusal(`${named.name}${year}年的报告没有写明${label}的数字，算不出它的占比。${missingNote}`),
          focus: [],
        };
    }
    // 它: the one agency the last answer named, or the last of a ranking asked from the fewest (最少的是谁 then 最多的比它多多少).
    const lastAgency =
      memory?.lastFacts?.length === 1
        ? memory.lastFacts[0].agency
        : /最(?:少|低|小)/.test(base)
          ? [...entries].sort((a, b) => a.value - b.value)[0]?.agency
          : undefined;
    // Two weighed (辽宁比吉林多多少, 是吉林的几倍): the two named, or the one named and the one the ranking put first.
    const namedOfKind = mentions
      .map((mention) => mention.agencies.find((agency) => ofYear.some((each) => each.id === agency.id)))
      .filter((agency): agency is AgencyRecord => agency !== undefined);
    let pair: [string | undefined, string | undefined] = [named?.name, undefined];
    if (found.asked.type === 'pair') {
      if (namedOfKind.length === 2) pair = [namedOfKind[0].name, namedOfKind[1].name];
      else if (namedOfKind.length === 1 && !found.asked.firstNamed && followUp) {
        const ordered = [...entries].sort((a, b) => (/最(?:少|低|小)/.test(base) ? a.value - b.value : b.value - a.value));
        pair = [ordered[0]?.agency, namedOfKind[0].name];
      } else return undefined;
    }
    const stated = statisticAnswer(found.asked, entries, {
      who: `${year}年库中的${scope.label}`,
      label,
      named: pair[0],
      other: pair[1],
      last: lastAgency,
    });
    if (!stated) return undefined;
    const focus =
      found.asked.type === 'place' || found.asked.type === 'share'
        ? entries.filter((entry) => stated.split('\n')[0].includes(entry.agency)).map((entry) => entry.fact)
        : [];
    return {
      answer: { kind: 'figure', answer: `${stated}${missingNote}\n${cite}`, facts: entries.map((entry) => entry.fact) },
      year,
      ranking,
      focus,
    };
  }

  /**
   * The message with its bare kind written as the one agency of that kind the last ranking or comparison was over (水务局呢 after
   * 硚口区哪个部门…最多 → 硚口区水务局呢); undefined when the message names an agency or no kind, or no one agency fits.
   */
  private kindOfLastRanked(input: string, memory: ConversationMemory | undefined): string | undefined {
    const weighed = new Set((memory?.lastFacts ?? []).map((fact) => fact.agency)).size;
    if (!memory || (!memory.lastRanking && memory.agencyIds.length < 2 && weighed < 2)) return undefined;
    if (this.index.find(input).length > 0) return undefined;
    const kind = this.bareKind(input);
    if (!kind || !input.includes(kind)) return undefined;
    const named = [
      ...(memory.lastFacts ?? []).map((fact) => fact.agency),
      ...memory.agencyIds.map((id) => this.index.byId(id)?.name ?? ''),
    ];
    const place = memory.lastRanking ? rankingScope(memory.lastRanking, this.index.kinds())?.place : undefined;
    const agency = kindOfRanked(this.index.ofKind(kind), named, place);
    return agency ? input.replace(kind, agency.name) : undefined;
  }

  /** The last ranking asked again with the direction of 哪个最少 / 哪个最多; undefined when its words name no direction. */
  private rankedTheOtherWay(input: string, lastRanking: string, context: { user?: string }): Answer | undefined {
    const direction = fewerAsked(input) ? '少' : '多';
    const again = lastRanking.replace(/最(?:多|少|高|低)/, `最${direction}`);
    if (again === lastRanking && !lastRanking.includes(`最${direction}`)) return undefined;
    return this.askOne(again, context);
  }

  /**
   * 第一部分第四点说了什么 / 第六部分（二）: one numbered item (（四）…) of a text part, from its number to the next one.
   * Undefined when no item is asked or the part has no item of that number.
   */
  private subItemAnswer(text: string, report: ReportRecord, key: 'overview' | 'problems' | 'other'): Answer | undefined {
    // Cheap test first: an item's number after the part's.
    const item = SUB_ITEM_ASKED.exec(text.replace(PART_ASKED, ''));
    if (!item) return undefined;
    const numeral = item[1] ?? item[2];
    const number = /\d/.test(numeral) ? Number(numeral) : '一二三四五六七八九'.indexOf(numeral) + 1;
    const flat = (this.store.section(report.id, key) ?? '').replace(/\n+/g, '');
    const marker = (at: number) => new RegExp(`[（(]${'一二三四五六七八九'[at - 1]}[）)]`);
    const start = flat.search(marker(number));
    if (number < 1 || number > 9 || start < 0) return undefined;
    const next = number < 9 ? flat.slice(start + 3).search(marker(number + 1)) : -1;
    const { shown, rest } = cutText(next > 0 ? flat.slice(start, start + 3 + next) : flat.slice(start));
    this.more = rest;
    return {
      kind: 'text',
      answer: `${report.agency}${report.year}年报告“${SECTION_TITLE[key]}”：${shown}${rest ? '…（回复“继续”看后面的内容）' : ''}\n${this.cite(report, key)}`,
      facts: [],
    };
  }

  private sectionAnswer(topic: Extract<Topic, { type: 'section' }>, report: ReportRecord): Answer {
    const text = this.store.section(report.id, topic.section);
    const title = SECTION_TITLE[topic.section];
    // (五、存在的主要问题及改进情况 then 20 and the page's end: a heading with the first characters of its text is no text.)
    // (六、其他需要报告的事项 then 无 or 無| alone: the section says there is nothing, which is its text.)
    if (!text || (!/\p{Script=Han}{2}/u.test(text) && !SECTION_SAYS_NONE.test(text)))
      return this.refusal(`${reportTitle(report)}（页面）不完整，没有“${title}”这部分内容，无法回答。`);
    const flat = text.replace(/\n+/g, '').replace(/\s*[|｜]\s*$/, '');
    if (topic.focus === 'highlights') {
      const highlights = this.highlightsAnswer(report);
      if (highlights) return highlights;
    }
    if (topic.focus === 'summary' || topic.focus === 'highlights') {
      // 继续 / 更多 after the points: the part's whole text, which the points only begin.
      const points = summarize(flat);
      this.more = points.length < flat.length ? flat : undefined;
      const hint = this.more ? '\n（回复“继续”看这部分全文）' : '';
      return {
        kind: 'text',
        answer: `${report.agency}${report.year}年报告要点（摘自“${title}”）：\n${points}${hint}\n${this.cite(report, topic.section)}`,
        facts: [],
      };
    }
    let extract = flat;
    if (topic.focus === 'improvements') {
      const at = flat.search(/改进|下一步|整改|措施|将(进一步|继续|持续)|我局将/);
      if (at > 0) extract = flat.slice(Math.max(0, flat.lastIndexOf('。', at) + 1));
    } else if (topic.focus === 'problems') {
      const end = flat.search(/(\(二\)|（二）)?\s*改进(措施|举措|情况)|改进措施|下一步|\d{4}年,?(我局)?将/);
      if (end > 40) extract = flat.slice(0, end);
    }
    const { shown, rest } = cutText(extract);
    this.more = rest;
    const short = rest ? `${shown}…（回复“继续”看后面的内容）` : shown;
    return {
      kind: 'text',
      answer: `${report.agency}${report.year}年报告“${title}”：${short}\n${this.cite(report, topic.section)}`,
      facts: [],
    };
  }

  /**
   * 某局2020年的年报是哪天发的: the date its page prints (发布时间, or the date under its signature), read at import, with the
   * rule on when reports are due; undefined when the question names no single agency, no report of the year asked is stored,
   * or the report records no date (the caller then says so).
   */
  private publicationOfReport(agencyId: number, years: number[], rule: string | undefined): Answer | undefined {
    if (years.length > 1) return undefined;
    const reports = this.store.reportsOfAgency(agencyId);
    const report = years.length === 1 ? reports.find((each) => each.year === years[0]) : reports[reports.length - 1];
    const published = report ? this.store.published(report.id) : undefined;
    if (!report || !published) return undefined;
    const [year, month, day] = published.date.split('-').map(Number);
    const written = `${year}年${month}月${day}日`;
    const how =
      published.from === 'signature'
        ? `页面没有印发布时间，报告落款的日期是${written}（${published.date}）`
        : `页面印的发布时间是${published.date}（${written}）`;
    return {
      kind: 'text',
      answer: `${report.agency}${report.year}年的年度报告，${how}。${rule ? `\n按规定：\n${rule}` : ''}\n（来源：${reportTitle(report)}）`,
      facts: [],
    };
  }

  private contacts(askedFields: string[], agency: AgencyRecord, reports: ReportRecord[], years: number[]): Answer {
    const wantsFloor = askedFields.includes('floor');
    // 找哪个办公室: the body the contact clause names, with the address that tells where it sits (…人民政府，党政办公室).
    const fields = [
      ...new Set(askedFields.flatMap((field) => (field === 'floor' ? ['address'] : field === 'office' ? ['office', 'address'] : [field]))),
    ];
    const ordered = [...reports].sort((a, b) => b.year - a.year).filter((report) => years.length === 0 || years.includes(report.year));
    const candidates = ordered.length > 0 ? ordered : [...reports].sort((a, b) => b.year - a.year);
    const labels: Record<string, string> = {
      phone: '联系电话',
      address: '地址',
      email: '电子邮箱',
      post_code: '邮编',
      website: '网址',
      fax: '传真',
      office_hours: '办公时间',
      contact_person: '联系人',
      qq: 'QQ',
      office: '联系机构',
    };
    for (const report of candidates) {
      const contacts = this.store.contacts(report.id) as Record<string, string | undefined>;
      if (Object.keys(contacts).length === 0) continue;
      // 在几楼 where the address prints no floor and no room number tells it: the address does not answer it.
      const floor = wantsFloor ? floorNote(contacts.address) : '';
      if (floor === undefined)
        return this.refusal(
          `${agency.name}的年度报告中没有写明办公室在几楼${contacts.address ? `，只写了地址：${contacts.address}` : ''}。\n（来源：${reportTitle(report)}）`,
        );
      const asked = fields.filter((field) => contacts[field]);
      const shown = asked.length > 0 ? asked : Object.keys(contacts);
      const missing = fields.filter((field) => !contacts[field]);
      // No year asked: a field this report lacks that an earlier report prints (联系人 only in the 2021 report) is told with
      // its year, as that report's.
      const earlier: string[] = [];
      if (years.length === 0 && missing.length > 0) {
        for (const older of candidates.filter((other) => other.year < report.year)) {
          const printed = this.store.contacts(older.id) as Record<string, string | undefined>;
          for (const field of missing.filter((key) => printed[key] && !earlier.some((line) => line.startsWith(labels[key]))))
            earlier.push(`${labels[field]}：${printed[field]}（据${reportTitle(older)}，较早年份，可能已有变动）`);
        }
      }
      const lacking = missing.filter((field) => !earlier.some((line) => line.startsWith(labels[field]))).map((field) => labels[field]);
      const body = shown.map((field) => `${labels[field]}：${contacts[field]}`).join('；');
      const note = `${earlier.length > 0 ? `\n${earlier.join('；')}。` : ''}${lacking.length > 0 ? `\n报告中没有写明${joinList(lacking)}。` : ''}${floor}`;
      return {
        kind: 'text',
        answer: `${agency.name}政府信息公开工作联系方式：${body}。${note}\n（来源：${reportTitle(report)}）`,
        facts: [],
      };
    }
    return this.refusal(`${agency.name}的年度报告中没有写明联系方式。可通过该机关的政府信息公开指南或政府网站查询。`);
  }

  private figureLabel(topic: Extract<Topic, { type: 'cell' }>): { row: RowDef; column: ColumnDef; text: string } {
    const row = topic.row;
    const column = topic.column ?? row.columns[row.columns.length - 1];
    const name =
      row.columns.length === 1 || column.key === 'total'
        ? rowAnswerName(row)
        : `${rowAnswerName(row)}（${column.label === '其他' ? '其他组织' : column.label}）`;
    return { row, column, text: name };
  }

  /**
   * A cross-agency answer, kept until the store's data changes: over 100,000 reports a ranking
   * reads and sorts thousands of values, so it is computed once per change, not per question.
   */
  private crossAgency(key: string, compute: () => Answer): Answer {
    const answer = this.crossAnswers.get(key, compute);
    return { ...answer, facts: [...answer.facts] };
  }

  /** Rankings, lists and totals over every agency with a report for the year. */
  private acrossAgencies(understood: Understanding, topic: Extract<Topic, { type: 'cell' }>, among?: RankingScope): Answer {
    const { row, column } = this.figureLabel(topic);
    const key = acrossAgenciesKey(['cell', row.key, column.key, topic.alsoRows?.map((also) => also.key)], understood, among);
    return this.crossAgency(key, () => this.computeAcrossAgencies(understood, topic, among));
  }

  /**
   * The agencies of a ranking's scope (哪个公安局, 哪个乡镇), or undefined for every agency; a
   * refusal when the store holds none of them.
   */
  private agenciesAmong(among: RankingScope | undefined): number[] | Answer | undefined {
    if (!among) return undefined;
    const agencies = agenciesInScope(among, this.index.all(), (kind) => this.index.ofKind(kind));
    if (agencies.length === 0) {
      // 哪个县的科技局 when only a city's is stored: name the ones of that kind there are.
      const ofKind = among.kind ? this.index.ofKind(among.kind) : [];
      const stored =
        ofKind.length > 0
          ? `库中的${among.kind}有：${joinList(ofKind.slice(0, 10).map((agency) => agency.name))}${ofKind.length > 10 ? `等${ofKind.length}个` : ''}。`
          : this.whatWeHave();
      // (广州市哪个局 when nothing of 广州市 is stored at all: said of the place, its agencies, not only of its bureaus; a kind
      // asked by name, 广东省哪个科技局, is said of that kind.)
      const placeHeld =
        among.place && among.ending && !among.kind
          ? agenciesInScope({ ...among, ending: undefined, levels: undefined }, this.index.all(), () => []).length > 0
          : true;
      const label = placeHeld || !among.place ? among.label : `${placeLabel(among.place.name)}的机关`;
      return this.refusal(`库中还没有${label}的政府信息公开工作年度报告，无法排名或比较。${stored}`);
    }
    return agencies.map((agency) => agency.id);
  }

  private computeAcrossAgencies(understood: Understanding, topic: Extract<Topic, { type: 'cell' }>, among?: RankingScope): Answer {
    const { row, column, text: name } = this.figureLabel(topic);
    const years = understood.years;
    const rowsToSum = [row, ...(topic.alsoRows ?? [])];
    // 超过1000件的有哪些 / 3件以下的有哪些: the agencies past a bar, read over every value (not the first ten), in the bar's order.
    const bar = understood.operation === 'list' ? barAsked(understood.text) : undefined;
    const order = bar ? (bar.above ? 'desc' : 'asc') : understood.rankOrder === 'asc' ? 'asc' : 'desc';
    const read = bar ? Number.MAX_SAFE_INTEGER : SHOWN_IN_LIST;
    const amongIds = this.agenciesAmong(among);
    if (amongIds && !Array.isArray(amongIds)) return amongIds;
    // One ordered pass in the store: counts, the total and the first entries of each list. 新收申请 of a report whose table 三
    // is cut is the count its text states (收到申请1681件): ranked with the tables' (三亚市's prose beside 碑林区's table).
    // (Over the whole store only: a ranking among a kind or a place keeps its own reading of their tables and sentences.)
    const proseTwin = rowsToSum.length === 1 && !among ? PROSE_TWIN_OF_CELL[`${row.key}.${column.key}`] : undefined;
    let ranking: FigureRanking & { fromProse?: Set<number> } = proseTwin
      ? this.store.cellOrProseRanking(row.key, column.key, proseTwin, years, order, read, amongIds)
      : this.store.figureRanking(
          rowsToSum.map((current) => current.key),
          column.key,
          years,
          order,
          read,
          amongIds,
        );
    // 甘肃省哪个单位收到申请最多 where every report of the place is cut before its tables: the counts their texts state
    // (收到申请1681件), as over the whole store, rather than "no data" while the sentences hold it.
    const amongTwin = among && rowsToSum.length === 1 ? PROSE_TWIN_OF_CELL[`${row.key}.${column.key}`] : undefined;
    if (ranking.count === 0 && amongTwin && Array.isArray(amongIds) && amongIds.length > 8)
      ranking = this.store.cellOrProseRanking(row.key, column.key, amongTwin, years, order, read, amongIds);
    // A table 三 group summed (不予公开: its eight rows) is named by the group, never by its first row (属于国家秘密).
    const groupLabel = topic.group ? `“${topic.group.replace(/^（[一二三四五六七]）/, '')}”` : name;
    const label = rowsToSum.length > 1 ? (row.table === 'appeals' ? '行政诉讼' : groupLabel) : name;
    const scope = years.length > 0 ? `${joinList(years.map((year) => `${year}年`))}` : '各年度';
    // 库中各机关, or the scope asked: 库中的公安局.
    const who = among ? `库中的${among.label}` : '库中各机关';
    const lead = among ? `${who}中，` : '';
    if (ranking.count === 0) {
      // 广元市的几个局哪个收到的申请最多 where every table is cut: a few agencies of the place compared one by one, each
      // from its sentences (收到依申请公开共9件) as a comparison of named agencies is.
      if (among && Array.isArray(amongIds) && amongIds.length >= 2 && amongIds.length <= 8) {
        // A year asked (2025年哪个卫健委…最多): only the agencies with a report of it; another year's latest report is no figure of
        // that year, so an agency without one is named as not counted, never compared with its 2020 figure.
        const kind = amongIds.map((id) => this.index.byId(id)).filter((agency): agency is AgencyRecord => agency !== undefined);
        const ofYear = (agency: AgencyRecord) =>
          years.length === 0 || this.store.reportsOfAgency(agency.id).some((report) => years.includes(report.year));
        const agencies = kind.filter(ofYear);
        const unheld = kind.filter((agency) => !ofYear(agency)).map((agency) => agency.name);
        const compared = agencies.length >= 2 ? this.compareAgencies(understood, topic, agencies) : undefined;
        // (一共 asked: the sum of those read, each side shown.)
        const summed = compared !== undefined && asksForSum(understood.text) && /合计/.test(compared.answer.split('\n')[0]);
        if (compared?.kind === 'figure' && (compared.answer.startsWith('比较：') || summed))
          return unheld.length > 0
            ? { ...compared, answer: `${compared.answer}\n（库中没有${scope}报告的，未计入：${joinList(unheld)}。）` }
            : compared;
      }
      // (木兰县哪个部门收到的申请最多, its few reports cut before their tables and not all stating the count: those that state
      // it in a sentence are ranked, as a scope of more than eight is, rather than "no data" while a sentence holds it.)
      const twin =
        among && amongTwin && Array.isArray(amongIds)
          ? this.store.cellOrProseRanking(row.key, column.key, amongTwin, years, order, read, amongIds)
          : undefined;
      if (among && !twin?.count) return this.refusal(`${who}${scope}的年度报告中都没有${label}的数据，无法统计。`);
      if (!among)
        return this.refusal(
          `库中没有${scope}的年度报告数据，无法统计${label}。已有年份：${joinList(this.store.years().map((year) => `${year}年`))}。`,
        );
      ranking = twin!;
    }
    const unit = row.unit;
    const noun = years.length === 1 ? '个机关' : '份报告';
    const shown = new Set<FigureValue>();
    const list = (items: FigureValue[], total: number, describe: (item: FigureValue) => string) => {
      for (const item of items) shown.add(item);
      return `${joinList(items.map(describe))}${total > items.length ? `等${total}${noun}` : ''}`;
    };
    const describe = (item: FigureValue) =>
      `${item.agency}${years.length === 1 ? '' : `（${item.year}年）`}${formatNumber(item.value)}${unit}`;
    const nameOnly = (item: FigureValue) => item.agency + (years.length === 1 ? '' : `（${item.year}年）`);
    const fromText = ranking.fromProse?.size ?? 0;
    const sourceNote = `（来源：各机关${scope}政府信息公开工作年度报告${SECTION_TITLE[row.table]}${fromText > 0 ? `，表格缺失的${fromText}份报告据其正文` : ''}，共${ranking.count}份报告）`;
    let answer: string;
    if (understood.operation === 'total' && understood.average) {
      answer = `${scope}${who}${label}${averageOf(ranking.sum, ranking.count, unit, noun)}：${list(ranking.top, ranking.count, describe)}。`;
    } else if (understood.operation === 'total') {
      answer = `${scope}${who}${label}合计${formatNumber(ranking.sum)}${unit}：${list(ranking.top, ranking.count, describe)}。`;
    } else if (understood.operation === 'rank') {
      const best = ranking.top[0].value;
      if (ranking.count === 1) {
        shown.add(ranking.top[0]);
        answer = `${scope}${who}只有${nameOnly(ranking.top[0])}的报告有这项数据：${label}${formatNumber(best)}${unit}，无从比较高低。`;
      } else if (ranking.bestCount === ranking.count)
        answer = `${scope}${who}${label}都是${formatNumber(best)}${unit}，没有高低之分：${list(ranking.top, ranking.count, nameOnly)}。`;
      else
        answer = `${scope}${lead}${label}${order === 'asc' ? '最少' : '最多'}的是${list(ranking.top.slice(0, ranking.bestCount), ranking.bestCount, describe)}。全部：${list(ranking.top, ranking.count, describe)}。${endsGap(understood.text, ranking.top, ranking.count, (item) => item.agency, unit)}`;
    } else if (bar) {
      const passing = ranking.top.filter((item) => bar.passes(item.value));
      const words = bar.words(unit);
      answer =
        passing.length > 0
          ? `${scope}${lead}${label}${words}的有${passing.length}${noun}：${list(passing.slice(0, SHOWN_IN_LIST), passing.length, describe)}。`
          : `${scope}${who}${label}没有${words}的（共${ranking.count}${noun}有这项数据）。`;
    } else {
      const zero = ranking.count - ranking.positive;
      answer =
        ranking.positive > 0
          ? `${scope}${lead}${label}不为0的有：${list(ranking.positiveTop, ranking.positive, describe)}。${zero > 0 ? `其余为0：${list(ranking.zeroFirst, zero, nameOnly)}。` : ''}`
          : `${scope}${who}${label}都是0${unit}：${list(ranking.top, ranking.count, (item) => item.agency)}。`;
    }
    // The figures the answer states, not every report's (100,000 would not fit a reply or a tool result).
    const key = row.columns.length === 1 ? row.key : `${row.key}.${column.key}`;
    const facts: Fact[] = [...shown].map((item) => ({
      agency: item.agency,
      year: item.year,
      key,
      value: item.value,
      unit,
      source: this.source(item, ranking.fromProse?.has(item.reportId) ? '正文' : row.table),
    }));
    return { kind: 'figure', answer: `${answer}\n${sourceNote}`, facts };
  }

  /** Rankings and totals of a prose figure (主动公开条数 …): each report's main figure for it. */
  private proseAcrossAgencies(understood: Understanding, key: string, among?: RankingScope): Answer {
    const cacheKey = acrossAgenciesKey(['prose', key], understood, among);
    return this.crossAgency(cacheKey, () => this.computeProseAcrossAgencies(understood, key, among));
  }

  private computeProseAcrossAgencies(understood: Understanding, key: string, among?: RankingScope): Answer {
    const years = understood.years;
    // 哪些单位培训超过3次 / 3次以下的有哪些: the reports past the bar, read over every stated figure in the bar's order, as a
    // table figure's ranking reads them (never every report's figure listed as if it passed).
    const bar = understood.operation === 'list' ? barAsked(understood.text) : undefined;
    const order = bar ? (bar.above ? 'desc' : 'asc') : understood.rankOrder === 'asc' ? 'asc' : 'desc';
    const amongIds = this.agenciesAmong(among);
    if (amongIds && !Array.isArray(amongIds)) return amongIds;
    const read = this.store.proseRanking(key, years, order, bar ? Number.MAX_SAFE_INTEGER : SHOWN_IN_LIST, amongIds);
    const passing = bar ? read.top.filter(({ figure }) => bar.passes(figure.value)) : read.top;
    const ranking = bar ? { ...read, top: passing.slice(0, SHOWN_IN_LIST), withoutFirst: read.withoutFirst.slice(0, SHOWN_IN_LIST) } : read;
    const scope = years.length > 0 ? joinList(years.map((year) => `${year}年`)) : '各年度';
    const lead = among ? `库中的${among.label}中，` : '';
    if (ranking.count === 0)
      return this.refusal(`${scope}${among ? `库中的${among.label}的` : '库中的'}报告都没有写明这项数字，无法比较。`);
    const noun = years.length === 1 ? '个机关' : '份报告';
    const more = (total: number, named: number) => (total > named ? `等${total}${noun}` : '');
    const nameOf = ({ report }: MainProseFigure) => `${report.agency}${years.length === 1 ? '' : `（${report.year}年）`}`;
    const describe = (item: MainProseFigure) => `${nameOf(item)}${printedFigure(item.figure)}`;
    const all = `${joinList(ranking.top.map(describe))}${more(ranking.count, ranking.top.length)}`;
    const first = ranking.top[0];
    const who = among ? `库中的${among.label}` : '库中各机关';
    const name = proseFigureByKey(key)?.name ?? '这项数字';
    // A figure only one report states, or every report the same, ranks nothing: said so, never “最多的是” one report alone.
    const alone = understood.operation === 'rank' && ranking.count === 1;
    const allEqual =
      understood.operation === 'rank' &&
      ranking.count > 1 &&
      ranking.count <= ranking.top.length &&
      ranking.top.every(({ figure }) => figure.value === first.figure.value);
    let answer: string;
    if (bar) {
      const words = bar.words(first.figure.unit);
      answer =
        passing.length > 0
          ? `${scope}${lead}报告写明${name}${words}的有${passing.length}${noun}：${joinList(ranking.top.map(describe))}${more(passing.length, ranking.top.length)}。（共${read.count}${noun}写明了这项数字）`
          : `${scope}${who}报告写明的${name}没有${words}的（共${read.count}${noun}写明了这项数字）。`;
    } else if (alone) answer = `${scope}${who}只有${nameOf(first)}的报告写明了${name}：${printedFigure(first.figure)}，无从比较高低。`;
    else if (allEqual)
      answer = `${scope}${who}报告写明的${name}都是${printedFigure(first.figure)}，没有高低之分：${joinList(ranking.top.map(nameOf))}。`;
    else if (understood.operation === 'total' && understood.average)
      answer = `${scope}${among ? `库中的${among.label}` : '各机关'}报告写明的数字${averageOf(ranking.sum, ranking.count, first.figure.unit, noun)}：${all}。`;
    else if (understood.operation === 'total')
      answer = `${scope}${among ? `库中的${among.label}` : '各机关'}报告写明的数字合计${formatNumber(ranking.sum)}${first.figure.unit}：${all}。`;
    else if (understood.operation === 'rank')
      answer = `${scope}${lead}${order === 'asc' ? '最少' : '最多'}的是${describe(first)}。全部：${all}。${endsGap(
        understood.text,
        ranking.top.map(({ report, figure }) => ({ agency: report.agency, value: figure.value })),
        ranking.count,
        (item) => item.agency,
        first.figure.unit,
      )}`;
    else answer = `${scope}${among ? `库中的${among.label}` : '各机关'}报告写明的数字：${all}。`;
    const facts = ranking.top.map(({ report, figure }) => this.proseFact(report, figure));
    const without = ranking.withoutFirst.map((item) => `${item.agency}（${item.year}年）`);
    const note =
      ranking.without > 0
        ? `\n报告中没有写明这项数字的：${joinList(without)}${ranking.without > without.length ? `等${ranking.without}份报告` : ''}。`
        : '';
    return { kind: 'figure', answer: `${answer}${note}\n（来源：各机关${scope}政府信息公开工作年度报告正文）`, facts };
  }

  /** Two or more agencies named: each one's value, and who has more. */
  /**
   * Each agency's answer of the thing asked, and its main figure (undefined where none is read), as a comparison of named
   * agencies weighs them: a sentence's first count, a prose figure's first, a cell's figures added.
   */
  private sidesOf(
    understood: Understanding,
    topic: Extract<Topic, { type: 'cell' } | { type: 'prose' }>,
    agencies: readonly AgencyRecord[],
  ): { combined: Answer; totals: { agency: string; value: number | undefined; unit: string }[] } {
    const fromSentences = new Set<string>();
    // 三门峡文旅局2025年和番禺统计局2021年: a year for each agency, each holding the report of its own one only.
    const yearEach = understood.years.length >= 2 && understood.years.length === agencies.length;
    const answers = agencies.map((agency) => {
      const reports = this.store.reportsOfAgency(agency.id);
      let years = understood.years;
      if (years.length === 0 && reports.length > 0) years = [reports[reports.length - 1].year];
      if (yearEach) {
        const held = years.filter((year) => reports.some((report) => report.year === year));
        if (held.length === 1) years = held;
      }
      const answer = this.forAgency({ ...understood, operation: 'value' }, topic, agency, years);
      const stated = answer.kind === 'refusal' ? this.sideFromSentences(understood.text, topic, agency, years, answer) : undefined;
      if (!stated) return answer;
      fromSentences.add(agency.name);
      return stated;
    });
    const combined = this.concat(answers);
    const totals = agencies.map((agency) => {
      const facts = combined.facts.filter((fact) => fact.agency === agency.name && fact.key !== CARRIED_INCLUDED_KEY);
      // A figure read from a sentence is its first fact (17件, not 17 and the 4 of them not handled).
      const main = fromSentences.has(agency.name)
        ? facts.slice(0, 1)
        : topic.type === 'prose'
          ? facts.filter((fact) => fact.key === topic.key).slice(0, 1)
          : facts;
      return {
        agency: agency.name,
        value: main.length > 0 ? main.reduce((sum, fact) => sum + fact.value, 0) : undefined,
        unit: facts[0]?.unit ?? '',
      };
    });
    return { combined, totals };
  }

  private compareAgencies(
    understood: Understanding,
    topic: Extract<Topic, { type: 'cell' } | { type: 'prose' }>,
    agencies: AgencyRecord[],
  ): Answer {
    const { combined, totals } = this.sidesOf(understood, topic, agencies);
    const known = totals.filter((item): item is { agency: string; value: number; unit: string } => item.value !== undefined);
    if (known.length >= 2) {
      // 哪个少 / 谁低: the verdict names the smaller one.
      const fewer = understood.rankOrder === 'asc';
      const sorted = [...known].sort((a, b) => (fewer ? a.value - b.value : b.value - a.value));
      const sum = asksForSum(understood.text) ? sumOfNamed(known, combined.facts) : undefined;
      if (sum) combined.facts.push(sum.fact);
      // 沙坡头区科技局主动公开是海原县科技局的几倍: the first named over the second, computed and said so.
      // (差几倍 / 相差多少倍, no 是…的: the larger over the smaller.)
      const ordered = FIRST_OVER_SECOND.test(understood.text) ? known : [...known].sort((a, b) => b.value - a.value);
      const ratio = known.length === 2 && TIMES_ASKED.test(understood.text) ? timesVerdict(ordered[0], ordered[1]) : undefined;
      const verdict = sum
        ? sum.verdict
        : (ratio ??
          (known.length === 2 ? pairVerdict(understood.text, known[0], known[1], understood.rankOrder) : undefined) ??
          (sorted[0].value === sorted[sorted.length - 1].value
            ? `${joinList(sorted.map((item) => item.agency))}相同，都是${formatNumber(sorted[0].value)}${sorted[0].unit}。`
            : `${sorted[0].agency}${fewer ? '最少' : '最多'}（${formatNumber(sorted[0].value)}${sorted[0].unit}）。`));
      const years = [...new Set(combined.facts.map((fact) => fact.year))];
      const yearNote =
        years.length > 1
          ? `（注意：年份不同，${joinList(agencies.map((agency) => `${agency.name}${joinList([...new Set(combined.facts.filter((fact) => fact.agency === agency.name).map((fact) => `${fact.year}年`))])}`))}）`
          : '';
      // 三个机关谁最多 where one side's figure is not read: weighed among the others, and the answer says which was left out.
      const unread = totals.filter((item) => item.value === undefined).map((item) => item.agency);
      const leftOut = unread.length > 0 && !sum ? `（${joinList(unread)}的报告中没有读到这项数字，未参与比较。）` : '';
      combined.answer = `${sum || /^(是|不是)，/.test(verdict) ? '' : '比较：'}${verdict}${yearNote}${leftOut}\n${combined.answer}`;
    } else if (topic.type === 'prose' && known.length === 1 && agencies.length === 2 && combined.kind !== 'refusal') {
      // 禄丰跟盘龙比谁主动公开的多 where one report lists kinds of items and states no total: no verdict can be given, and
      // the answer says so before each side's own words (a list read as a total would be a figure the report never stated).
      const missing = totals.filter((item) => item.value === undefined).map((item) => item.agency);
      const what = (proseFigureByKey(topic.key)?.name ?? '这项数字').replace(/的?(?:条数|件数|数量)$/, '');
      combined.answer = `无法比较：${joinList(missing)}的报告没有写明${what}的总数。\n${combined.answer}`;
    }
    return combined;
  }

  /**
   * One side of 海门经开区和重庆高新区2023年谁收到的申请多 whose table was cut from the page: the
   * count its prose states (本年度共收到依申请公开17件), asked as 收到的申请多少件 of that agency's
   * sentences. Undefined when no sentence states it (the refusal stands).
   */
  private sideFromSentences(
    question: string,
    topic: Extract<Topic, { type: 'cell' } | { type: 'prose' }>,
    agency: AgencyRecord,
    years: number[],
    refusal: Answer,
  ): Answer | undefined {
    if (years.length !== 1) return undefined;
    let afterYear = question.replace(/^.*?(?:(?:19|20)\d{2}年度?|今年|去年|前年)/, '');
    // 2024年城中区人民政府 硚口区住建局 谁收到的申请最少: the year first, the names after it are no words of the thing asked.
    const namedAfterYear = afterYear === question ? undefined : this.index.find(afterYear).at(-1);
    if (namedAfterYear) afterYear = afterYear.slice(namedAfterYear.start + namedAfterYear.text.length);
    // No year written (武汉公安和铜川公安谁收到的申请多): what follows the last agency named.
    if (afterYear === question) {
      const last = this.index.find(question).at(-1);
      // The rest of a name the index read only in part (铜川|公安厅) is no part of the thing asked.
      afterYear = last ? question.slice(last.start + last.text.length).replace(/^(?![谁哪])\p{Script=Han}{0,3}?[局厅]/u, '') : '';
      // No agency named (广元市的几个局哪个收到的申请最多, a place's agencies compared): what follows the word asking which.
      if (!last && /哪一个|哪一家|哪个|哪家|谁/.test(question)) afterYear = question.replace(/^.*?(?:哪一个|哪一家|哪个|哪家|谁)/, '');
      // 那行政复议呢 after two agencies compared: a follow-up naming neither agency nor year asks its own words of each.
      else if (!last) {
        const asked = question.replace(FOLLOW_UP_LEAD, '').replace(/的?(?:呢|啊|呀)?[?？。!！\s]*$/, '');
        if (asked !== question && asked.length >= 2) afterYear = asked;
      }
    }
    const thing = (afterYear === question ? '' : afterYear)
      // 加起来多少 / 一共几件: the sum's words are no words of the sentence either.
      .replace(/谁|哪个|哪家|哪一个|哪一家|比较一下|比较|相比|加起来|加一起|加在一起|合起来|一共|总共|合计|共计/g, '')
      .replace(/(?:是|有)?(?:多少|几)(?:件|个|条|项|次)?(?:呢|啊)?[?？。!！]*$/, '')
      .replace(/的?(?:更|比较|最)?(?:多|少|高|低)(?:一些|一点|点)?(?:呢|啊|呀)?[?？。!！]*$/, '');
    const unit = askedUnit(question) ?? (topic.type === 'cell' ? topic.row.unit : '条');
    if (thing.length < 2) return undefined;
    const ask = (text: string, measure = unit) => {
      const found = this.withRetrieval(refusal, { text: `${text}多少${measure}`, topic, agency, years });
      return found?.kind === 'figure' && found.facts.length > 0 ? found : undefined;
    };
    // Reports say 收到, 受理 or 办理 of the same applications: the thing without its verb when the verb found none.
    const noun = thing.replace(/^(?:新)?(?:收到|接到|受理|办理|收)(?:了|的)?/, '');
    // Applications are counted in 条 or 项 too (收到依申请公开信息2条): asked in none of them or in 件, any of them.
    const asked = askedUnit(question);
    const anyMeasure = topic.type === 'cell' && topic.row.table === 'applications' && (asked === undefined || /^[件条项]$/.test(asked));
    return ask(thing) ?? (noun !== thing && noun.length >= 2 ? ask(noun) : undefined) ?? (anyMeasure ? ask(thing, '') : undefined);
  }

  /**
   * An agency named by its kind alone right after 和/与/跟/及/、/还是 and a first agency (平潭公安局和
   * 投资促进局): the one agency of that kind in the first one's region, if there is exactly one.
   */
  /**
   * The agencies named by their kind alone after a joiner (、 和 跟 …) in a question that already names one or more
   * (平潭行政审批局、苏平片区管理局、经济发展局; 岚山县审计局、统计局、农业农村局): each the one agency of that kind in the first
   * one's region, not named yet.
   */
  private siblingsNamed(text: string, mentions: AgencyMention[], named: readonly AgencyRecord[]): { agency: AgencyRecord; kind: string }[] {
    const first = named[0];
    if (!first.region) return [];
    const found: { agency: AgencyRecord; kind: string; at: number }[] = [];
    for (const kind of this.index.kindsIn(text)) {
      const at = text.indexOf(kind);
      if (at < 0 || mentions.some((mention) => at < mention.start + mention.text.length && mention.start < at + kind.length)) continue;
      // (The longest kind at a place only: 经济发展局, not 发展局 inside it.)
      if (found.some((other) => at < other.at + other.kind.length && other.at < at + kind.length)) continue;
      if (!/(?:和|与|跟|及|、|还是|同)$/.test(text.slice(0, at))) continue;
      const candidates = this.index
        .ofKind(kind)
        .filter((agency) => agency.region === first.region && !named.some((known) => known.id === agency.id));
      if (candidates.length === 1) found.push({ agency: candidates[0], kind, at });
    }
    return found;
  }

  private siblingAgency(text: string, mentions: AgencyMention[], first: AgencyRecord): { agency: AgencyRecord; kind: string } | undefined {
    if (!first.region) return undefined;
    for (const kind of this.index.kindsIn(text)) {
      const at = text.indexOf(kind);
      if (at < 0 || mentions.some((mention) => at < mention.start + mention.text.length && mention.start < at + kind.length)) continue;
      if (!/(?:和|与|跟|及|、|还是|同)$/.test(text.slice(0, at))) continue;
      const candidates = this.index.ofKind(kind).filter((agency) => agency.region === first.region && agency.id !== first.id);
      return candidates.length === 1 ? { agency: candidates[0], kind } : undefined;
    }
    // 平潭交建局和审批局: the second kind shortened as citizens shorten it (审批局 for 行政审批局) is read as
    // the first one's region followed by it, the way 平潭审批局 names the agency.
    const rest = wordsAfterJoiner(text, mentions, JOINED_AFTER_NAME);
    if (rest === undefined) return undefined;
    const found = this.index.find(`${first.region}${rest}`)[0];
    if (found?.start !== 0 || found.text.length <= first.region.length) return undefined;
    const named = found.agencies.filter((agency) => agency.region === first.region && agency.id !== first.id);
    return named.length === 1 && found.agencies.length === 1
      ? { agency: named[0], kind: found.text.slice(first.region.length) }
      : undefined;
  }

  /**
   * 中卫市全市一共主动公开了多少条 / 海原县全县收到几件申请: a place named, then 全市/全县 for the whole of it, where no body that
   * speaks for all of it is stored (withoutWholeRegionWord found none): only a bureau of the place is, whose figures are not the
   * place's total. A refusal naming what is held; undefined when 全X follows no place read as a stored agency's region alone.
   */
  private wholeRegionUnheld(text: string): Answer | undefined {
    const whole = WHOLE_REGION_WORD.exec(text);
    if (!whole || whole.index < 2) return undefined;
    const before = text.slice(0, whole.index).replace(/的$/, '');
    if (!/[区县市旗盟州]$/.test(before)) return undefined;
    const mention = this.index.find(before).find((found) => found.start + found.text.length === before.length);
    // The place alone (中卫市), not a body named in full (中卫市科技局全市排名 names the bureau).
    if (!mention || !/[区县市旗盟州]$/.test(mention.text) || mention.agencies.some((agency) => WHOLE_PLACE_BODY.test(agency.name)))
      return undefined;
    const region = mention.text;
    const held = this.index.all().filter((agency) => agency.region === region || agency.name.startsWith(region));
    if (held.length === 0) return undefined;
    return this.refusal(
      `库中没有${region}${whole[0]}的合计数字：收录的只有${joinList(held.map((agency) => agency.name))}的年度报告，${held.length > 1 ? '它们' : '它'}的数字不能代表${whole[0]}。可以问${held.length > 1 ? '其中某个' : '这个'}机关自己的数字。`,
    );
  }

  /**
   * 平潭全区, 中卫市全市: a place named, then 全区/全县/全市 for the whole of it, is the place itself
   * (its government's report speaks for the whole region). Only right after a name that names a
   * stored agency; 全区 alone stays as it is.
   */
  private withoutWholeRegionWord(text: string): string {
    const whole = WHOLE_REGION_WORD.exec(text);
    if (!whole || whole.index < 2) return text;
    const before = text.slice(0, whole.index);
    // Only a place's own body speaks for all of it (平潭综合实验区, 中卫市人民政府), not a bureau of it (中卫市科学技术局).
    const namedAt = (name: string) =>
      this.index
        .find(name)
        .some(
          (mention) =>
            mention.start + mention.text.length === name.length &&
            mention.agencies.length === 1 &&
            WHOLE_PLACE_BODY.test(mention.agencies[0].name),
        );
    const rest = text.slice(whole.index + whole[0].length);
    if (namedAt(before)) return `${before}${rest}`;
    // 蓟州全区, 上海全市: the place written without its level, which 全区/全市 gives (蓟州区, 上海市).
    const leveled = `${before}${whole[0].slice(1)}`;
    return !/[区县市旗盟]$/.test(before) && namedAt(leveled) ? `${leveled}${rest}` : text;
  }

  /**
   * 那交建局呢 in a conversation about one agency (平潭自然资源局): a kind of agency named alone, as
   * citizens shorten it, is the agency of that kind in the remembered agency's region, when exactly
   * one is stored. Found as 平潭审批局 is: the region's name, then the words asked.
   */
  private siblingOfRemembered(text: string, memory: ConversationMemory | undefined): AgencyMention[] {
    if (memory?.agencyIds.length !== 1 || text.length > 24) return [];
    const remembered = this.index.byId(memory.agencyIds[0]);
    if (!remembered?.region) return [];
    const lead = REMEMBERED_SIBLING_LEAD.exec(text)?.[0] ?? '';
    const rest = text.slice(lead.length);
    if (!BARE_KIND_FIRST.test(rest)) return [];
    // 那行政审批局呢 after 平潭综合实验区君山片区管理局: a sub-area's body (片区, 风景区) has no bureaus of its own kind, so the
    // enclosing places are tried too, nearest first (平潭综合实验区君山片区, then 平潭综合实验区).
    const levels = regionLevels(remembered.region);
    for (let count = levels.length; count >= 1; count -= 1) {
      const region = count === levels.length ? remembered.region : levels.slice(0, count).join('');
      if (!remembered.region.startsWith(region)) break;
      const found = this.index.find(`${region}${rest}`)[0];
      if (found?.start !== 0 || found.agencies.length !== 1 || found.text.length <= region.length) continue;
      const [agency] = found.agencies;
      if (agency.region !== region || agency.id === remembered.id) continue;
      const kind = found.text.slice(region.length);
      if (rest.startsWith(kind)) return [{ agencies: [agency], text: kind, start: lead.length, how: 'shortened' }];
    }
    return [];
  }

  /**
   * 审批局有没有被告过 / 残联有没有被复议过 after a question about 平潭综合实验区行政审批局 / 长春市残疾人联合会: the remembered
   * agency named by its own kind alone, as people go on about it, is a pronoun for it (他们有没有被告过): the kind's words are
   * no topic (审批 is 行政许可's word), and the question is no rule of every agency. Only a kind opening the question, of
   * which the remembered agency is one, in a question that ranks or joins nothing (审计局哪家公开得最多 asks across them).
   */
  private ownKindAsPronoun(text: string, memory: ConversationMemory | undefined): string {
    if (memory?.agencyIds.length !== 1 || text.length > 24 || KINDS_ACROSS.test(text)) return text;
    const remembered = this.index.byId(memory.agencyIds[0]);
    if (!remembered) return text;
    const lead = REMEMBERED_SIBLING_LEAD.exec(text)?.[0] ?? '';
    const rest = text.slice(lead.length);
    const kind = this.index
      .kinds()
      .filter((each) => rest.startsWith(each))
      .sort((a, b) => b.length - a.length)[0];
    if (!kind || !this.index.ofKind(kind).some((agency) => agency.id === remembered.id)) return text;
    // 那兴安盟审计局呢 after 兴安盟 (a body named by its place alone, which is its kind too): the words go on into another
    // stored body's name, which is that body asked, no pronoun for the one remembered.
    if (this.index.find(rest).some((mention) => mention.start === 0 && mention.text.length > kind.length)) return text;
    return `${lead}他们${rest.slice(kind.length)}`;
  }

  /**
   * The agency-like name (a region with its level, then a kind) that a comparison joins to the named
   * agency when no stored agency has it: 和海原县公安局谁多. Undefined when the question compares
   * nothing, or every name in it is stored.
   */
  private unknownComparedAgency(text: string, mentions: AgencyMention[], agency: AgencyRecord): string | undefined {
    if (!COMPARISON_ASKED.test(text) || mentions.length === 0) return undefined;
    const rest = wordsAfterJoiner(text, mentions, COMPARED_AFTER_NAME);
    if (rest === undefined) return undefined;
    const named = AGENCY_LIKE.exec(rest);
    if (named && named.index === 0) {
      const name = `${named[1]}${named[2]}`;
      return this.index.find(name).length === 0 ? name : undefined;
    }
    const written = BARE_KIND_FIRST.exec(rest)?.[0];
    if (!written || /^(?:其他|其它|别的|其余|各|所有|全部|哪|这|那|本|该)/.test(written)) return undefined;
    // 宁夏科技厅: a place without its level, then a kind.
    // (公安局 is no place 公安 and a 局: a kind has a word before its 局.)
    if ((placeStarting(written)?.rest.length ?? 0) >= 2) return this.index.find(written).length === 0 ? written : undefined;
    // 平潭公安局和教育局: a kind alone, in the named agency's region (a stored one was taken as its sibling before).
    if (!agency.region) return undefined;
    const name = `${agency.region}${written}`;
    return this.index.find(name).length === 0 ? name : undefined;
  }

  /**
   * 保定的医保局, 天津体育局: a city named without its level (市), then a kind (的 between them is dropped before), when no agency of the city itself is
   * stored but exactly one of that kind in one of its districts or counties is (保定市满城区医疗保障局): that one, found as a
   * near-miss, so the answer names the body it is about. Not when the kind alone found some other body (国家体育总局 for
   * 体育局) and not when two districts' bureaus are stored (上海的医保局: 杨浦 and 宝山), which stays unknown.
   */
  private districtBodyOfCity(text: string, found: readonly AgencyMention[]): AgencyMention[] {
    const kind = found.length === 1 ? found[0].text : this.bareKind(text);
    if (!kind) return [];
    const kindAt = found.length === 1 ? found[0].start : text.indexOf(kind);
    if (kindAt < 2 || text.slice(kindAt, kindAt + kind.length) !== kind) return [];
    const before = text.slice(0, kindAt).replace(/的$/, '');
    const matches = this.index.ofKind(kind).filter((agency) => {
      const region = agency.region ?? '';
      const level = region.indexOf('市');
      if (level < 2 || level > 3 || !/[区县]$/.test(region) || region.length < level + 3) return false;
      const city = region.slice(0, level);
      // Written with its level (平顶山市市场监督管理局) the city's own bureau is meant, which is not stored.
      const at = before.endsWith(city) ? before.length - city.length : -1;
      // The city begins the question or follows a lead word (那保定医保局呢); inside a longer name it is no city (新保定).
      return at === 0 || (at > 0 && !/\p{Script=Han}/u.test(before[at - 1])) || (at > 0 && FOLLOW_UP_LEAD_CHARACTER.test(before[at - 1]));
    });
    if (matches.length === 0) return this.countyBodyOfCity(text, before, kind, kindAt);
    // Two districts' bureaus of the city (上海的医保局: 杨浦, 宝山): both, so the year asked picks one or the citizen is asked which.
    if (matches.length > 4) return [];
    const region = matches[0].region ?? '';
    const city = region.slice(0, region.indexOf('市'));
    const start = before.lastIndexOf(city);
    return [{ agencies: matches, text: text.slice(start, kindAt + kind.length), start, how: 'fuzzy' }];
  }

  /**
   * 泰州公开了多少条 / 通化主动公开了多少: a city named bare at the question's start, no kind after it, where the store holds
   * agencies of its districts, towns or zones (泰州市姜堰区民政局, 泰州医药高新区…卫健委, 通化市东昌区金厂镇) besides any the
   * place's own name reads as (通化 of 通化县人民政府): all of them, two to eight, as one place's agencies, so the citizen is
   * asked which (a district's figure is never the city's). Empty when the city's name is not bare or no such agency is stored.
   */
  private cityAndItsDistricts(text: string, found: readonly AgencyMention[]): AgencyMention[] {
    const lead = /^(?:那么?|请问|我想问一?下|问一?下)?/.exec(text)?.[0] ?? '';
    const bare =
      found.length === 1 && found[0].how === 'region' && found[0].start === lead.length && !/[省市州盟县区旗镇乡]$/.test(found[0].text);
    if (found.length > 1 || (found.length === 1 && !bare)) return [];
    for (const length of [4, 3, 2]) {
      const city = text.slice(lead.length, lead.length + length);
      if (!/^\p{Script=Han}+$/u.test(city) || (bare && city !== found[0].text)) continue;
      const rest = text.slice(lead.length + length).replace(/^市?的?/, '');
      // (上海城管执法局邮编, 白银给排水呢, 武汉公安…: a body named after the city is no question of the city's agencies; only a
      // thing asked right after the city, 公开了多少条, is.)
      // (上海发布…: an account named after its city; 上海全市… with 上海市 itself stored: the city's own, no districts asked.)
      if (this.simplifiedNames().has(`${city}市`)) return [];
      if (
        !/^(?:主动|公开|收到|受理|办理|政府信息|信息公开|依申请|申请|行政|全年|今年|去年|\d)/.test(rest) ||
        !understand(rest, shanghaiYear(this.now())).topic
      )
        continue;
      if (this.bareKind(rest) !== undefined || /^[省市州盟县区旗镇乡]/.test(text.slice(lead.length + length).replace(/^市/, ''))) continue;
      // 泰州市姜堰区 (the city's level, then a lower place) or 泰州医药高新区 (a zone of the city, named after it).
      const inCity = this.districtsByCity.get('cities', () => districtAgenciesByCity(this.index.all())).get(city) ?? [];
      if (inCity.length === 0) continue;
      const agencies = [...(bare ? found[0].agencies : []), ...inCity.filter((agency) => !(bare && found[0].agencies.includes(agency)))];
      if (agencies.length < 2 || agencies.length > 8) return [];
      const said = /^市/.test(text.slice(lead.length + length)) ? `${city}市` : city;
      return [{ agencies, text: said, start: lead.length, how: 'region' }];
    }
    return [];
  }

  /**
   * 齐齐哈尔的气象局, 资阳的卫健局: the city named without its level, when the stored bureau of that kind is a county's or a
   * district's whose name does not write the city (黑龙江省甘南县气象局, 雁江区卫生健康局): the division data places the county
   * in the city. One to four such bureaus, none of them the city's own; the answer names the body it is about.
   */
  private countyBodyOfCity(text: string, before: string, kind: string, kindAt: number): AgencyMention[] {
    // Cheap first: a short place word alone before the kind (or after a lead word), then the division data.
    if (before.length < 2 || before.length > 8) return [];
    // 洛阳的科技局里谁最多, 齐齐哈尔各气象局: a question among the place's bureaus is a ranking's, not one bureau's.
    if (/^[里中们]|谁|哪|最多|最少|排名|排行|各/.test(text.slice(kindAt + kind.length)) || /各|哪/.test(before)) return [];
    const ending = placeEnding(before);
    // Written with its level (齐齐哈尔市气象局) the city's own bureau is meant, which is not stored.
    if (ending?.place.level !== 'city' || !ending.place.city || /(?:市|州|盟|地区)$/.test(ending.place.written ?? '')) return [];
    const lead = before.slice(0, ending.start);
    if (lead && !(lead.length === 1 && FOLLOW_UP_LEAD_CHARACTER.test(lead))) return [];
    const place = ending.place;
    const city = place.city ?? '';
    const matches = this.index
      .ofKind(kind)
      .filter(
        (agency) => /[区县]$/.test(agency.region ?? '') && !(agency.region ?? '').includes(city) && agencyInPlace(agency.name, place),
      );
    if (matches.length === 0 || matches.length > 4) return [];
    return [{ agencies: matches, text: text.slice(ending.start, kindAt + kind.length), start: ending.start, how: 'fuzzy' }];
  }

  /**
   * 锡蒙商务局: a kind of agency written whole right after a short region name one character off
   * the region of exactly one stored agency of that kind (锡盟商务局). The kind anchors the name as
   * a level does for 西公区科技局; the answer says how the name was read.
   */
  private kindNearMiss(text: string): AgencyMention[] {
    const kind = this.bareKind(text);
    if (!kind) return [];
    const at = text.indexOf(kind);
    // The region as written with its level (海源县) or, for a three-character region, without it (海源). Every
    // agency of the kind is tried (there may be thousands): cheap character tests first, place lookups last.
    const written = [2, 3, 4].map((length) => (at >= length ? text.slice(at - length, at) : ''));
    const oneOff = (form: string): boolean => {
      const typed = written[form.length - 2];
      if (!typed || typed[0] !== form[0]) return false;
      let differences = 0;
      for (let index = 1; index < form.length; index += 1) if (typed[index] !== form[index]) differences += 1;
      return differences === 1;
    };
    const writtenAs = (region: string): string | undefined => {
      if (region.length < 2 || region.length > 4) return undefined;
      const forms = region.length === 3 && /[市区县旗]$/.test(region) ? [region, region.slice(0, 2)] : [region];
      return forms.find((form) => {
        if (!oneOff(form)) return false;
        const typed = written[form.length - 2];
        if (!/^\p{Script=Han}+$/u.test(typed)) return false;
        // 长沙市卫健委 names 长沙市, a place of its own, not 长春市 mistyped; 海口科技局 names 海口, not 海原.
        if (twoKnownPlaces(typed, form) || (form.length === 2 && placeEnding(typed)?.start === 0)) return false;
        // A character before a two-character form would make it part of a longer name (中海源科技局).
        return !(form.length === 2 && at > 2 && /\p{Script=Han}/u.test(text[at - 3]) && !FOLLOW_UP_LEAD_CHARACTER.test(text[at - 3]));
      });
    };
    const matches: Array<{ agency: AgencyRecord; form: string }> = [];
    for (const agency of this.index.ofKind(kind)) {
      const form = writtenAs(agency.region);
      if (form) matches.push({ agency, form });
    }
    if (matches.length !== 1) return [];
    const start = at - matches[0].form.length;
    return [{ agencies: [matches[0].agency], text: text.slice(start, at + kind.length), start, how: 'fuzzy' }];
  }

  /**
   * 共和镇政务服务中心在哪里查阅, 克东县政务服务中心查阅点电话: a place, then a place to read published information that the
   * guide of the place's one stored agency names among its reading places or ways of publishing: that guide answers.
   */
  private readingPlaceOfPlace(text: string): AgencyMention[] {
    const unit = READING_UNIT_AFTER_PLACE.exec(text);
    if (!unit || !this.options.agencyGuide) return [];
    const before = text.slice(0, unit.index);
    const found = this.index
      .find(before)
      .filter((mention) => mention.how !== 'fuzzy' && mention.start + mention.text.length === before.length);
    const agencies = found.flatMap((mention) => mention.agencies);
    if (agencies.length !== 1 || !this.options.agencyGuide.namesReadingPlace?.(agencies[0], unit[0].replace(/^政府/, '政务'))) return [];
    return [{ agencies, text: text.slice(found[0].start, unit.index + unit[0].length), start: found[0].start, how: 'alias' }];
  }

  /**
   * 桐梓县政府办公室的邮编, with no 政府办公室 of that region stored: the region's government is
   * stored, and its report's contacts are its office's (请与桐梓县人民政府办公室联系). For contact
   * questions and questions of its guide only: a figure of the office is not the government's.
   */
  private governmentOfficeForContacts(text: string): AgencyMention[] {
    // 政府办下午几点可以去, 政府办几点上班: the office's hours are its contacts too.
    // 宝清县政府办公室的目录有哪些内容: any other question of the office's guide (no figure) is the government's guide's too.
    if (
      !/电话|地址|邮编|邮政编码|传真|邮箱|在哪|办公时间|怎么联系|联系方式|几点|上班|下班|开门|关门|上午|下午/.test(text) &&
      agencyGuideAsks(text).length === 0
    )
      return [];
    const named = /([\u4e00-\u9fa5]{1,8}?(?:市|区|县|旗|州|盟))((?:人民)?政府(?:办公室|办))/.exec(text);
    if (!named) return [];
    const region = named[1].replace(/^(?:请问|我想问|想问一下|想知道|你好|您好)/, '');
    // 伊春市|金林区政府办公室: a district or county stored without its city (金林区人民政府) is named with the city before it.
    const lower = /^\p{Script=Han}{2,4}?[市州盟](\p{Script=Han}{2,6}[区县旗])$/u.exec(region)?.[1];
    const government = this.index
      .find(region)
      .flatMap((mention) => mention.agencies)
      // 开封市祥符区人民政府 for 祥符区: the government stored under its full name, its city before the district.
      // 中方縣人民政府 for 中方县: a name stored in 繁体 is compared simplified, as the question is.
      .filter((agency) => {
        const name = toSimplified(agency.name);
        return (
          name === region ||
          [`${region}人民政府`, `${region}政府`].some((government) => name.endsWith(government)) ||
          (lower !== undefined && [`${lower}人民政府`, `${lower}政府`].includes(name))
        );
      });
    if (government.length !== 1) return [];
    const start = text.indexOf(region);
    return [{ agencies: government, text: `${region}${named[2]}`, start, how: 'alias' }];
  }

  /**
   * A name citizens write in another order or with one word more than the stored one, tried only
   * when nothing else named an agency: a level added to a region stored without it (阜阳市气象局 for
   * 阜陽氣象局), a branch named after its district first (船山区公安分局 for 遂宁市公安局船山区分局),
   * a company by its brand (富鸣集团 for 广西富鸣城市投资发展集团有限责任公司), a town after its county
   * (屯昌南吕镇 for 南吕镇). Each rewrite must name
   * exactly one agency; the mention spans the words as written.
   */
  private rewrittenAgencyName(text: string): AgencyMention[] {
    // A near-miss of a rewritten name is two guesses: never taken.
    const single = (mentions: readonly AgencyMention[]) => {
      if (mentions.some((mention) => mention.how === 'fuzzy')) return undefined;
      const agencies = mentions.flatMap((mention) => mention.agencies);
      return agencies.length === 1 ? agencies : undefined;
    };
    // A level the stored name lacks: the rewrite must find a name across the place where it stood.
    for (const match of text.matchAll(/\p{Script=Han}{2,4}?([市县区])(?=\p{Script=Han}{2})/gu)) {
      const at = (match.index ?? 0) + match[0].length - 1;
      const without = text.slice(0, at) + text.slice(at + 1);
      // The name found must hold the place's own two characters before the level (阜阳|气象局), not one of them
      // glued to what follows (运城|市|中心医院 read as 城中, another place).
      const spanning = this.index.find(without).filter((mention) => mention.start <= at - 2 && mention.start + mention.text.length > at);
      const agencies = single(spanning);
      // 通化市政府 with 通化县人民政府 stored: the place written with its level (通化市) is another place than the stored one's
      // (通化县), both of the division data, never the stored name with a level it lacks.
      const short = match[0].slice(0, -1);
      const own = agencies ? new RegExp(`${short}(?:[省市区县旗州盟镇乡]|街道)`, 'u').exec(toSimplified(agencies[0].name))?.[0] : undefined;
      // 酒泉市政府 with only 和政县酒泉镇人民政府 stored: a city or county of the division data written whole is that place, no
      // town or street named like it.
      const townNamedLikePlace = own !== undefined && /(?:[镇乡]|街道)$/.test(own) && placeStarting(match[0])?.place.written === match[0];
      if (own !== undefined && own !== match[0] && (twoKnownPlaces(match[0], own) || townNamedLikePlace)) continue;
      if (agencies) {
        const start = spanning[0].start;
        return [{ agencies, text: text.slice(start, spanning[0].start + spanning[0].text.length + 1), start, how: 'fuzzy' }];
      }
    }
    // X区Y分局 → Y局X区分局: a branch of a city bureau named the way its district calls it.
    const branch = /(\p{Script=Han}{2}[区县]?)(\p{Script=Han}{2})分局/u.exec(text);
    if (branch) {
      const agencies = single(this.index.find(`${branch[2]}局${branch[1]}分局`));
      if (agencies) {
        const start = startWithCityWritten(text, branch.index, toSimplified(agencies[0].name));
        return [{ agencies, text: text.slice(start, branch.index + branch[0].length), start, how: 'shortened' }];
      }
    }
    // 船山公安 / 船山区公安局 → …公安局船山区分局: a district's branch of a city bureau, named by the district and the bureau's kind alone.
    const district = BRANCH_KIND_AFTER_DISTRICT.exec(text);
    if (district && !/^分局/.test(text.slice(district.index + district[0].length))) {
      const [written, place, kind] = district;
      const agencies = single(this.index.find(`${kind}局${place}分局`));
      const name = agencies ? toSimplified(agencies[0].name) : '';
      if (agencies && name.includes(`${kind}局`) && name.includes(place.replace(/[区县]$/, '')) && /分局$/.test(name)) {
        const start = startWithCityWritten(text, district.index, name);
        return [{ agencies, text: text.slice(start, district.index + written.length), start, how: 'shortened' }];
      }
    }
    // 泉州市工信局: a bureau whose guide is stored under its office (泉州市工业和信息化局办公室). A province's government has a
    // 办公厅 where a city's has a 办公室: 吉林省政府 with only 吉林省人民政府办公厅 stored is found the same way.
    for (const [long, short] of KIND_ABBREVIATIONS)
      for (const officeWord of ['办公室', '办公厅']) {
        const written = text.includes(short) ? short : text.includes(long) ? long : undefined;
        if (!written || text.includes(`${written}${officeWord}`)) continue;
        const at = text.indexOf(written);
        const office = this.index.find(`${text.slice(0, at)}${long}${officeWord}`).filter((mention) => mention.how !== 'fuzzy');
        const agencies = single(office);
        if (!agencies || office[0].start + office[0].text.length !== at + long.length + 3) continue;
        return [{ agencies, text: text.slice(office[0].start, at + written.length), start: office[0].start, how: 'shortened' }];
      }
    // 平潭管委会: a zone's committee whose disclosure is stored under its office (平潭综合实验区管委会办公室), as 两江新区管委会
    // already reads 重庆两江新区管理委员会办公室; the answer names the office.
    const committee = /管委会|管理委员会/.exec(text);
    if (committee && !text.startsWith('办公室', committee.index + committee[0].length)) {
      const end = committee.index + committee[0].length;
      for (const form of ['管委会', '管理委员会']) {
        const office = this.index
          .find(`${text.slice(0, committee.index)}${form}办公室`)
          .filter((mention) => mention.how !== 'fuzzy' && mention.start + mention.text.length === committee.index + form.length + 3);
        const agencies = single(office);
        if (agencies) return [{ agencies, text: text.slice(office[0].start, end), start: office[0].start, how: 'shortened' }];
      }
    }
    // 屯昌南吕镇: the county written before a town or a street stored without it.
    for (const skip of [2, 3]) {
      const mentions = this.index.find(text.slice(skip)).filter((mention) => mention.start === 0);
      const agencies = single(mentions);
      if (!agencies || !/(?:镇|乡|街道|街道办事处)(?:人民政府|政府)?$/.test(toSimplified(agencies[0].name))) continue;
      if (!/^\p{Script=Han}+$/u.test(text.slice(0, skip)) || toSimplified(agencies[0].name).includes(text.slice(0, skip))) continue;
      // The county is not checked against the town's (no stored name says it): the answer says how the name was read.
      return [{ agencies, text: text.slice(0, skip + mentions[0].text.length), start: 0, how: 'fuzzy' }];
    }
    // 富鸣集团: the one group company whose name holds the brand.
    const group = /(\p{Script=Han}{2})集团/u.exec(text);
    if (group) {
      const agencies = this.index.all().filter((agency) => /集团/.test(agency.name) && toSimplified(agency.name).includes(group[1]));
      if (agencies.length === 1) return [{ agencies, text: group[0], start: group.index, how: 'shortened' }];
    }
    // 新奥燃气 for 聊城新奥燃气有限公司: a company by its own words without the place printed before them (with no 市 to mark it,
    // the place stayed in the stored name), as 和源水务 finds 费县和源水务有限公司; the one stored company whose name holds them.
    const owned = new Map<number, { agency: AgencyRecord; words: string }>();
    for (const { agency, own } of this.companiesByOwnWords()) {
      for (const skip of [2, 3]) {
        const words = own.slice(skip);
        if (words.length >= 4 && /^\p{Script=Han}+$/u.test(words) && text.includes(words)) owned.set(agency.id, { agency, words });
      }
    }
    if (owned.size === 1) {
      const [{ agency, words }] = owned.values();
      return [{ agencies: [agency], text: words, start: text.indexOf(words), how: 'shortened' }];
    }
    return [];
  }

  /**
   * The stored companies with their names' own words (聊城新奥燃气 of 聊城新奥燃气有限公司), kept until the data changes: every
   * question naming no agency asked it, and walking every agency with a 繁简 conversion each time cost a tenth of the answer
   * time over 100,000 reports.
   */
  private companiesByOwnWords(): ReadonlyArray<{ agency: AgencyRecord; own: string }> {
    return this.companies.get('companies', () =>
      this.index
        .all()
        .filter((agency) => /公司$/.test(agency.name))
        .map((agency) => ({ agency, own: toSimplified(agency.name).replace(/(?:股份)?有限(?:责任)?公司$|公司$/, '') })),
    );
  }

  /** 临夏州公安局和遂宁船山公安分局: the second of two joined names, found only when rewritten, joins the first. */
  private withRewrittenSecond(text: string, mentions: AgencyMention[]): AgencyMention[] {
    if (mentions.length !== 1) return mentions;
    let end = mentions[0].start + mentions[0].text.length;
    // 铜川公安和龙华公安分局: a region read as its one agency (铜川 → 铜川市公安局), then words of that agency's name (公安),
    // then the joiner: the second name starts after it all the same.
    const words = /^(\p{Script=Han}{1,4}?)(?=[和与跟及、])/u.exec(text.slice(end))?.[1];
    const ownName = mentions[0].agencies.length === 1 ? toSimplified(mentions[0].agencies[0].name) : '';
    if (mentions[0].how === 'region' && words && ownName.includes(words) && !PLACE_BODY_NAME.test(ownName)) end += words.length;
    if (!/^[和与跟及、]/.test(text.slice(end))) return mentions;
    const whole = this.index.find(text.slice(end + 1)).filter((mention) => mention.start === 0 && mention.how !== 'fuzzy');
    const second = whole.length === 1 && whole[0].agencies.length === 1 ? [whole[0]] : this.rewrittenAgencyName(text.slice(end + 1));
    if (second.length !== 1 || second[0].agencies[0].id === mentions[0].agencies[0]?.id) return mentions;
    return [...mentions, { ...second[0], start: second[0].start + end + 1 }];
  }

  /** The one agency of a clarifying question's list that has a report of each year given; undefined when none or several. */
  private onlyOptionWithYears(options: readonly string[] | undefined, years: readonly number[]): string | undefined {
    // (One agency offered, as a refusal of a name not stored offers the one of that kind: 那2020年呢 asks it of that year.)
    if (!options || options.length < 1 || options.length > 20) return undefined;
    const fitting = options.filter((name) => {
      const found = this.index.find(name);
      const agency = found.length === 1 && found[0].agencies.length === 1 ? found[0].agencies[0] : undefined;
      const held = agency ? new Set(this.store.reportsOfAgency(agency.id).map((report) => report.year)) : undefined;
      return held !== undefined && years.every((year) => held.has(year));
    });
    return fitting.length === 1 ? fitting[0] : undefined;
  }

  /** A kind of agency named without a region (科技局 …), if the question has one. */
  /** 您问的是哪个科技局？ with the stored agencies of the kind the question names, when more than one is stored. */
  private whichOfKind(text: string): Answer | undefined {
    const kind = this.bareKind(text);
    const candidates = kind ? this.index.ofKind(kind) : [];
    if (!kind || candidates.length < 2 || placeBefore(text, kind) !== undefined) return undefined;
    const shown = candidates.slice(0, 10).map((agency) => agency.name);
    return this.clarify(
      `${WHICH_OF_KIND}${kind}？库中有：${joinList(shown)}${candidates.length > 10 ? `等${candidates.length}个` : ''}。请带上地区名再问一次，例如“${shown[0]}”。`,
    );
  }

  /**
   * A kind of agency the question names alone (科技局, 公安局) that no stored agency is of, in any of its forms: the
   * question's own words for it. Undefined when a place stands right before it (unknownPlacedAgency answers those) or a
   * stored agency is of that kind.
   */
  private unstoredKind(text: string): string | undefined {
    const stored = new Set(this.index.kinds());
    for (const kind of COMMON_KINDS) {
      const at = text.indexOf(kind);
      if (at < 0) continue;
      // Only a kind named alone: a place or any other name before it (平潭教育局, 我们县的公安局) is another question's.
      if (!/^(?:那么?|还有|那个|这个|请问|我想问下?|想问下?|问一下|问下|你好|您好)?[，,]?$/.test(text.slice(0, at))) return undefined;
      if (kindVariants(kind).some((form) => stored.has(form) || [...stored].some((name) => name.endsWith(form)))) return undefined;
      return kind;
    }
    return undefined;
  }

  /**
   * Whether the text names no kind of agency, or one written with at most a level before it (市教育局, 那县卫健局) that is the
   * one agency the conversation remembers: of that kind, its name ending with that level and kind (威海市教育局 for 市教育局,
   * not 同安区教育局). Only asked once the rest of a follow-up holds, since reading the kinds costs a pass over all of them.
   */
  private namesNoOtherOfKind(question: string, remembered: readonly number[]): boolean {
    // 县本级政府及政府办收到多少申请 about 某县人民政府办公室: the government and its office, as such reports name their
    // subject, are the office remembered (its kind, 政府办, with the level written first).
    const text = question.replace(GOVERNMENT_AND_OFFICE, '$1政府办');
    const kind = this.bareKind(text);
    if (!kind) return true;
    if (remembered.length !== 1) return false;
    const lead = KIND_WITH_LEVEL_ONLY.exec(text.slice(0, text.indexOf(kind)));
    const agency = this.index.byId(remembered[0]);
    if (lead === null || agency === undefined) return false;
    const name = toSimplified(agency.name);
    // 政府新收依申请公开多少件 about 某区人民政府办公室: the office's report is its government's, the one 政府 spoken of.
    if (kind === '政府' && new RegExp(`${lead[1] ?? ''}(?:人民)?政府办公室$`).test(name)) return true;
    return (
      this.index.ofKind(kind).includes(agency) &&
      // 县政府本级 / 县级政府 in a conversation about 通化县人民政府: 人民 is left out as it is spoken.
      (name.endsWith(`${lead[1] ?? ''}${kind}`) ||
        (kind === '政府' && name.endsWith(`${lead[1] ?? ''}人民政府`)) ||
        // 县政府办 about 闽侯县人民政府办公室: the office by its short name.
        (kind === '政府办' && new RegExp(`${lead[1] ?? ''}(?:人民)?政府办公室$`).test(name)))
    );
  }

  /**
   * 办结率是多少 / 黄石市2025年答复率多少 of one agency (named, or the one the conversation is about): when its report prints
   * no such rate, the rate worked out from one sentence stating both the applications handled and those the act was done to
   * (the last figure's sentence first, else the sentence the act's count is read from). Undefined when a rate is printed
   * (the sentences answer it), when no single agency is meant, or when no sentence states both counts.
   */
  private workedRateAnswer(input: string, memory: ConversationMemory | undefined): Answer | undefined {
    const act = WORKED_RATE_ASKED.exec(input)?.[1];
    if (!act || input.length > 12 || /满意|好评|按时|按期|及时|超期|逾期/.test(input)) return undefined;
    // Only as a follow-up of the agency just answered (asked alone, a rate the report does not print is refused: the
    // citizen has not seen the counts it would be worked out from).
    if (this.index.find(input).length > 0 || memory?.agencyIds.length !== 1 || memory.lastRanking || memory.lastAcross) return undefined;
    const agency = this.index.byId(memory.agencyIds[0]);
    if (!agency || !memory.lastFacts?.some((fact) => fact.agency === agency.name)) return undefined;
    const said = findYears(input, shanghaiYear(this.now()));
    if (said.length > 0) return undefined;
    const years = memory.years;
    if (years.length > 1) return undefined;
    return this.rateFromOneSentence(act, agency, years, memory.lastFacts);
  }

  /**
   * 予以公开占百分之几 / 复议的占了百分之多少 after a figure of one agency: a share of its applications with no whole named is
   * asked with the applications received as the whole (X占收到申请的百分之几), read as any A占B is.
   */
  private ofApplicationsReceived(input: string, memory: ConversationMemory | undefined): string {
    if (memory?.agencyIds.length !== 1 || memory.lastRanking || memory.lastAcross || !memory.lastFacts?.length) return input;
    const rewritten = shareOfApplicationsQuestion(input);
    return rewritten && this.index.find(input).length === 0 ? rewritten : input;
  }

  /**
   * The disclosure rate (公开率多少: 予以公开 and 部分公开 of those received, each count
   * read as the citizen would ask it, all three stated); a refusal when a count is not read. Undefined for other questions.
   */
  private shareOfApplications(input: string, memory: ConversationMemory | undefined): Answer | undefined {
    if (memory?.agencyIds.length !== 1 || memory.lastRanking || memory.lastAcross || !memory.lastFacts?.length) return undefined;
    if (this.index.find(input).length > 0) return undefined;
    const agency = disclosureRateAsked(input) ? this.index.byId(memory.agencyIds[0]) : undefined;
    if (!agency) return undefined;
    const year = memory.years.length === 1 ? memory.years[0] : memory.lastFacts[memory.lastFacts.length - 1].year;
    const read = (asked: string, word: string) => {
      const user = `share-of-applications:${process.pid}:${(this.messageCounter += 1)}`;
      const answer = this.askOne(`${agency.name}${year}年${asked}`, { user });
      this.options.state?.delete(`qa:${user}`);
      const facts = answer.kind === 'figure' ? answer.facts.filter((fact) => fact.agency === agency.name && fact.year === year) : [];
      const line = answer.answer.split('\n')[0];
      if (facts.length !== 1 || facts[0].unit !== '件' || !line.includes(word) || /没有(?:单独)?写明/.test(answer.answer)) return undefined;
      return { value: facts[0].value, unit: facts[0].unit, line, fact: facts[0] };
    };
    const received = read('收到多少件政府信息公开申请', '申请');
    const granted = received && read('予以公开多少件', '予以公开');
    const partly = granted && read('部分公开多少件', '部分公开');
    const text = received && granted && partly ? disclosureRateText(`${agency.name}${year}年`, granted, partly, received) : undefined;
    if (!text || !received || !granted || !partly)
      return this.refusal(
        `${agency.name}${year}年的报告没有写明公开率，也没有读到可以算出公开率的收到申请、予以公开和部分公开的件数，无法回答。`,
      );
    return {
      kind: 'figure',
      answer: `${text}\n（来源：${received.fact.source.report}${received.fact.source.section}）`,
      facts: [received.fact, granted.fact, partly.fact],
    };
  }

  /**
   * 石家庄市长安区2024年办结率是多少 asked alone, of one agency whose report prints no such rate and holds no table 三 (a cut
   * page, its applications counted only in its sentences): the question is answered as it stands (the conversation then
   * knows the agency and year), and the rate is worked out from one sentence as a follow-up's is. A report whose table 三
   * is held keeps its answer (its counts are the table's, which a sentence is not weighed against); a printed rate answers.
   */
  private workedRateAlone(text: string, context: { user?: string }): Answer | undefined {
    const act = WORKED_RATE_ASKED.exec(text)?.[1];
    if (!act || /满意|好评|按时|按期|及时|超期|逾期|平均|各|哪个|哪些|排名|最高|最低/.test(text)) return undefined;
    if (this.index.find(text).length === 0) return undefined;
    const transient = context.user ? undefined : `rate-alone:${process.pid}:${(this.messageCounter += 1)}`;
    const user = context.user ?? transient;
    const answered = this.askOne(text, { user });
    const memory = this.options.state?.get<ConversationMemory>(`qa:${user}`);
    if (transient) this.options.state?.delete(`qa:${transient}`);
    if (answered.kind === 'figure' && answered.facts.some((fact) => fact.unit === '%')) return answered;
    if (memory?.agencyIds.length !== 1 || memory.lastRanking || memory.lastAcross || memory.years.length > 1) return answered;
    const agency = this.index.byId(memory.agencyIds[0]);
    if (!agency) return answered;
    const reports = this.store.reportsOfAgency(agency.id);
    const report = memory.years.length === 1 ? reports.find((each) => each.year === memory.years[0]) : reports[reports.length - 1];
    if (!report || this.store.cell(report.id, 'received', 'total') !== undefined) return answered;
    const facts = answered.kind === 'figure' ? answered.facts : [];
    return this.rateFromOneSentence(act, agency, [report.year], facts) ?? answered;
  }

  /**
   * The rate of `act` of one agency's report of the years, worked out from one sentence stating both counts (the figures
   * just answered first, else the sentence the act's count is read from); a refusal when a count of the act is read with no
   * whole it is of; undefined when a rate is printed or nothing is read.
   */
  private rateFromOneSentence(act: string, agency: AgencyRecord, years: number[], lastFacts: readonly Fact[]): Answer | undefined {
    const printed = this.withRetrieval(NOTHING_FOUND, { text: `${act}率多少`, agency, years });
    if (printed?.kind === 'figure' && printed.facts.some((fact) => fact.unit === '%')) return undefined;
    const ofAgency = (fact: Fact) => fact.agency === agency.name && (years.length === 0 || years.includes(fact.year));
    const remembered = lastFacts.filter(ofAgency).reverse();
    const read = this.withRetrieval(NOTHING_FOUND, { text: `已${act}多少件`, agency, years });
    const candidates = [...remembered, ...(read?.kind === 'figure' ? read.facts.filter(ofAgency) : [])];
    for (const fact of candidates) {
      if (!fact.sentence) continue;
      const rate = workedRate(toSimplified(fact.sentence), act);
      if (!rate) continue;
      // (A figure of the year before read from this report, 2024年结转12件, is still this report's sentence: its own year.)
      const year = Number(/((?:19|20)\d{2})年/.exec(fact.source.report)?.[1] ?? fact.year);
      const base = { agency: fact.agency, year, key: fact.key, unit: '件', source: fact.source, sentence: fact.sentence };
      return {
        kind: 'figure',
        answer:
          `${fact.agency}${year}年的报告没有写明${act}率。按报告同一句写明的两个数计算：${rate.doneWords}，${rate.totalWords}，` +
          `${act}率约${formatNumber(rate.percent)}%（${formatNumber(rate.done)} ÷ ${formatNumber(rate.total)}，是计算结果，不是报告原文）。\n` +
          `原文：“${fact.sentence}”\n（来源：${fact.source.report}${fact.source.section}）`,
        facts: [
          { ...base, value: rate.total },
          { ...base, value: rate.done },
        ],
      };
    }
    // A count of the act found with no whole it is of (共办结24件 beside 上年度结转1件): no rate, and no count in its place.
    if (printed?.kind === 'figure' || read?.kind === 'figure')
      return this.refusal(
        `${agency.name}的年度报告没有写明${act}率，也没有在同一句里写明可以算出${act}率的申请总数和${act}件数，无法回答。`,
      );
    return undefined;
  }

  /**
   * 哪个主动公开的多 in a conversation whose last two figures were of two agencies asked in turn: the question of both, named
   * (A和B哪个主动公开的多), with their one year when they share it. Undefined after a ranking or a total across agencies
   * (its figures are many agencies'), when a kind or an agency is named, or when the thing asked is no thing (那个, 这个).
   */
  private whichOfLastTwoAgencies(input: string, memory: ConversationMemory | undefined): string | undefined {
    const asked = WHICH_THING_MORE.exec(input);
    if (!asked || !memory?.lastFacts || memory.lastRanking || memory.lastAcross || memory.oneInKind) return undefined;
    if (/^(?:那个|这个|这两个|那两个|两个|一个)/.test(asked[1]) || this.index.find(input).length > 0 || this.bareKind(input))
      return undefined;
    const agencies: string[] = [];
    for (const fact of [...memory.lastFacts].reverse()) {
      if (!agencies.includes(fact.agency)) agencies.unshift(fact.agency);
      if (agencies.length === 2) break;
    }
    // (Three or more agencies among the last figures: a comparison answered of several, weighed again by 哪个多 alone.)
    const distinct = new Set(memory.lastFacts.map((fact) => fact.agency));
    if (agencies.length !== 2 || distinct.size !== 2 || agencies.some((name) => this.index.find(name).length !== 1)) return undefined;
    const years = new Set(memory.lastFacts.map((fact) => fact.year));
    const year = years.size === 1 ? `${[...years][0]}年` : '';
    return `${year}${agencies[0]}和${agencies[1]}${input.replace(/^(?:那|那么)/, '')}`;
  }

  /** The kind of agency a message names and nothing else (公安局, 那自然资源与生态环境局呢), with the stored agencies of it. */
  private kindAlone(text: string): { kind: string; candidates: readonly AgencyRecord[] } | undefined {
    const kind = this.bareKind(text);
    if (!kind || text.replace(/^(?:那么?|还有)/, '').replace(/(?:呢|的呢|的|吗|呀|啊)?[？?。！!\s]*$/, '') !== kind) return undefined;
    const candidates = this.index.ofKind(kind);
    return candidates.length > 0 ? { kind, candidates } : undefined;
  }

  /**
   * A place written before a bare kind (贵州省卫生健康委员会, 临沂市人民医院, 重庆海关) of which no stored agency of that kind
   * is: an agency none stored. 东营市第五人民医院: the place before an ordinal of the kind; 淮北市第二人民医院: an ordinal no
   * stored agency of the place has.
   */
  private strangerOfKind(text: string, kind: string): { place: string; ordinal?: string } | undefined {
    const candidates = this.index.ofKind(kind);
    const { place, ordinal, province } = this.placeOfKind(text, kind);
    // 宁夏卫健委, 广西卫健委: a province by its short name, in which none of the stored agencies of the kind lies.
    const ofPlace =
      province && place === province.written
        ? candidates.filter((agency) => agencyInPlace(agency.name, province))
        : place
          ? candidates.filter((agency) => toSimplified(agency.name).includes(place.replace(/(?:省|市|区|县|旗|州|盟)$/, '')))
          : [];
    if (
      place &&
      candidates.length > 0 &&
      (ofPlace.length === 0 || (ordinal && !ofPlace.some((agency) => toSimplified(agency.name).includes(ordinal))))
    )
      return { place, ordinal };
    return undefined;
  }

  /** The place written before a bare kind (or before an ordinal of it), and the province when that is how it is written. */
  private placeOfKind(text: string, kind: string): { place?: string; ordinal?: string; province?: Place & { written: string } } {
    const ordinal = ORDINAL_BEFORE_KIND(kind).exec(text)?.[0];
    const province = provinceBefore(text, kind);
    const place =
      placeBefore(text, kind) ??
      (ordinal ? placeBefore(text.replace(ordinal, kind), kind) : undefined) ??
      this.unleveledPlaceBefore(text, kind) ??
      province?.written;
    return { place, ordinal, province };
  }

  /** A place before a bare kind the question names (重庆海关), no stored agency of that kind of it: see strangerOfKind. */
  private strangerOfBareKind(text: string): boolean {
    const kind = this.bareKind(text);
    return kind !== undefined && this.strangerOfKind(text, kind) !== undefined;
  }

  private bareKind(text: string): string | undefined {
    // 政府网站呢, 在政府网上发了几条: a channel (the government's website), not the kind 政府 with no place.
    // (政府采购的呢, 政府工作报告, 政府购买服务: 政府 says whose purchases or report these are, no agency asked.)
    // (向区政府提出的呢: the government applications went to, by its level alone, is a part of the agency asked, no kind.)
    // (那个政府开放日请了多少人: the open day an agency holds is an event's name, no government asked.)
    // (政府规章现行有效几份: 政府规章 is a kind of rule, as 行政规范性文件 is; no government asked. 主动公开市政府文件多少件: the
    // government's documents, a kind of document, no agency.)
    const withoutChannels = text
      .replace(
        /政府(?=网站|网|门户|信息|公报|采购|集中采购|购买|工作报告|投资|债务|性基金|开放日|开放活动|文件|规章|公文|规范性文件|常务会议|令)/g,
        '',
      )
      .replace(/([向对给朝][省市区县]?)(?:人民)?政府/g, '$1')
      // (区政府交办的呢 / 市政府转来的件: the government that passed the items on, by its level alone, is where they came from,
      // no agency asked.)
      .replace(GOVERNMENTS_PASSED_ON, (passed) => passed.replace(/(?:人民)?政府/, ''));
    const kind = this.index.kindsIn(withoutChannels).find((kind) => !insideLargerOrdinal(withoutChannels, kind));
    if (kind) return kind;
    // 办公厅受理了多少件: an office alone, with nothing before it, is a government's (人民政府办公厅), the kind citizens mean.
    const office = BARE_OFFICE.exec(text);
    return office && this.index.ofKind(`政府${office[1]}`).length > 0 ? `政府${office[1]}` : undefined;
  }

  /**
   * The general rules for a question that names one agency but asks what holds for all (what to
   * send, remedies, exemptions …): the guide's answer with the agency's name, or undefined when
   * the guide has none. Asked without the names `mentions` found, so their words do not pick the topic.
   */
  private generalRulesFor(text: string, mentions: readonly AgencyMention[], agency: AgencyRecord, now: Date): Answer | undefined {
    // 办户口迁移要啥材料, 不动产登记怎么办: a service of the agency's, whose papers are no disclosure application's.
    if (asksAgencyService(text)) return undefined;
    let rest = text;
    for (const mention of mentions) rest = rest.replace(mention.text, '');
    // 海原县科技局2024年申请要带什么材料: the year (carried into the second of two questions) says nothing of the rules.
    rest = rest.replace(YEAR_WORDS, '');
    if (rest.replace(/[的了吗呢啊呀？?。，,！!\s]/g, '').length < 2 || /几|多少|数量/.test(rest)) return undefined;
    const guide = this.options.guide?.answer(rest, now);
    if (!guide?.topicId || !RULES_FOR_EVERY_AGENCY.has(guide.topicId)) return undefined;
    // An agency with no guide stored: say so, as its contacts' answer does (what its own guide adds is not known).
    const noGuide =
      this.options.agencyGuide?.hasGuide?.(agency) === false ? `\n（库中没有${agency.name}的政府信息公开指南，具体以其指南为准。）` : '';
    // A stored guide that says nothing of the topic (no paper, no word on applying through someone else): say so, after the rules.
    const unsaid = GUIDE_SILENT_TOPICS.get(guide.topicId);
    const silent =
      unsaid && this.options.agencyGuide?.guideSays?.(agency, unsaid.words) === false
        ? `\n（${agency.name}的政府信息公开指南没有写明${unsaid.what}，以上是一般规定，具体可电话咨询该机关。）`
        : '';
    // 桃江公安局不给我公开 去哪告: the agency's own guide, when stored, is said to give its words on remedies, or none.
    const own = guide.topicId === 'remedies' ? this.options.agencyGuide?.remediesSaid?.(agency) : undefined;
    const ownWords = own
      ? own.words
        ? `《${own.title}》写明：${own.words}。\n`
        : `《${own.title}》没有写明不服时向哪里投诉、申请复议或起诉。\n`
      : '';
    return {
      kind: 'guide',
      answer: `${agency.name}：${ownWords}以下是政府信息公开的一般规定，对各机关都适用：\n${guide.answer}${noGuide}${silent}`,
      facts: [],
    };
  }

  /** Which reports the database holds (for one agency, or all). */
  private listReports(agencies: AgencyRecord[], years: number[], text = '', asked = false): Answer {
    if (agencies.length === 0) return { kind: 'text', answer: this.whatWeHave(), facts: [] };
    // 一共有几年的年报 / 有多少份报告: how many, besides which.
    const countAsked = /几|多少/.test(text);
    const lines = agencies.map((agency) => {
      const reports = this.store.reportsOfAgency(agency.id);
      const wanted = years.filter((year) => !reports.some((report) => report.year === year));
      const have =
        reports.length > 0
          ? `库中有${agency.name}${joinList(reports.map((report) => `${report.year}年`))}的政府信息公开工作年度报告${countAsked ? `，共${reports.length}份` : ''}`
          : `库中还没有${agency.name}的年度报告`;
      return `${have}${wanted.length > 0 ? `，没有${joinList(wanted.map((year) => `${year}年`))}的` : ''}。`;
    });
    // 三亚2025年的报告有吗 (agency and year asked in one question) where its newest report is of 2024: that report is not in the
    // store (yet), a refusal of what was asked; after 年报在哪看, 今年的有吗 is told the years held as text (`asked` false).
    const notYetHeld =
      asked &&
      years.length > 0 &&
      agencies.every((agency) => {
        const held = this.store.reportsOfAgency(agency.id).map((report) => report.year);
        return held.length > 0 && years.every((year) => year > Math.max(...held));
      });
    return { kind: notYetHeld ? 'refusal' : 'text', answer: lines.join('\n'), facts: [] };
  }

  /**
   * 湖口县那个乡镇25年的报告有吗: one agency of a level or kind in a place (那个/这个/某个 before the level, not 哪些 or 各),
   * named by neither: which one is asked, among the place's agencies of that level or kind with reports (of the years asked);
   * the one itself when it is alone. Undefined when the words name no such one or no such agency is stored.
   */
  private oneOfLevelAsked(text: string, years: number[]): Answer | undefined {
    const one = /(?:那|这|某)一?个/.exec(text);
    if (!one) return undefined;
    const scope = rankingScope(text.replace(one[0], '哪个'), this.index.kinds());
    if (!scope?.place || (!scope.levels && !scope.kind)) return undefined;
    const listed = agenciesInScope(scope, this.index.all(), (kind) => this.index.ofKind(kind)).filter((agency) =>
      this.store.reportsOfAgency(agency.id).some((report) => years.length === 0 || years.includes(report.year)),
    );
    if (listed.length === 0) return undefined;
    if (listed.length === 1) return this.listReports(listed, years, text, true);
    const ofYears = years.length > 0 ? joinList(years.map((year) => `${year}年`)) : '';
    return this.clarify(
      `库中有${listed.length}个${scope.label}的${ofYears}年度报告：${joinList(listed.map((agency) => agency.name))}。请问您问的是哪个？`,
    );
  }

  /**
   * 哪些科技局有2024年的报告, 宁夏有几个单位的年报, 库里有哪些乡镇: the agencies of the kind, level or
   * place asked whose reports are stored (of the years asked), counted and listed; without a scope,
   * what the store holds.
   */
  /**
   * How recent the store is (哪个单位的年报最新, 你们什么时候更新的, 2025年的年报都出来了吗): the latest year held with its count and
   * a few of its agencies, the count of each year, the day reports were last stored, and of a year asked, by when its reports
   * were due (Art. 49: departments by 31 January, governments by 31 March of the next year) and how many are held.
   */
  private storeRecency(years: number[]): Answer {
    const reports = this.store.reports();
    if (reports.length === 0) return { kind: 'text', answer: '库中还没有年度报告。', facts: [] };
    const byYear = new Map<number, string[]>();
    let lastStored = '';
    for (const report of reports) {
      const names = byYear.get(report.year) ?? [];
      names.push(report.agency);
      byYear.set(report.year, names);
      if (report.storedAt > lastStored) lastStored = report.storedAt;
    }
    const held = [...byYear.keys()].sort((a, b) => b - a);
    const counts = held.map((year) => `${year}年度${byYear.get(year)?.length}份`);
    const stored = lastStored
      ? `库中报告最近一次导入是${shanghaiDate(new Date(lastStored)).replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}。`
      : '';
    const rule = '按规定，县级以上人民政府部门应在每年1月31日前、县级以上地方人民政府应在每年3月31日前公布上一年度的年度报告。';
    if (years.length === 1) {
      const [year] = years;
      const today = shanghaiDate(this.now());
      const due = `${year + 1}-03-31`;
      const when =
        today > due
          ? `${year}年度的报告应已于${year + 1}年3月31日前公布。`
          : today >= `${year + 1}-01-01`
            ? `${year}年度的报告正在公布期内（部门${year + 1}年1月31日前，政府${year + 1}年3月31日前）。`
            : `${year}年度还没有结束，它的报告要到${year + 1}年1月31日（部门）和3月31日（政府）前才公布。`;
      const count = byYear.get(year)?.length ?? 0;
      const ofYear =
        count > 0
          ? `库中现有${year}年度报告${count}份，例如${joinList([...new Set(byYear.get(year))].slice(0, 5))}。某个机关的有没有，可以问“某某局有${year}年的年报吗”。`
          : `库中还没有${year}年度的报告。`;
      return { kind: 'text', answer: `${rule}${when}${ofYear}${stored}`, facts: [] };
    }
    const latest = held[0];
    const latestNames = [...new Set(byYear.get(latest))];
    return {
      kind: 'text',
      answer:
        `库中最新的是${latest}年度的年度报告，共${byYear.get(latest)?.length}份，例如${joinList(latestNames.slice(0, 5))}${latestNames.length > 5 ? '等' : ''}。` +
        `各年度：${counts.join('、')}。${stored}${rule}`,
      facts: [],
    };
  }

  /**
   * A ranking asked with no place, kind or agency of its own (哪个收到的申请最多, 其中谁最多) right after a list, or a ranking,
   * of the agencies of a place or kind: the question with that scope said (乌海市的机关里哪个收到的申请最多).
   */
  private amongLastList(input: string, memory: ConversationMemory | undefined): string | undefined {
    const last = memory?.lastQuestion;
    if (!last || !RANK_AFTER_LIST.test(input) || this.index.find(input).length > 0) return undefined;
    const now = shanghaiYear(this.now());
    // (After a ranking within a place or kind, the next ranking asked with no scope of its own is among the same agencies.)
    if (!['list', 'rank'].includes(understand(last, now).operation) || understand(input, now).operation !== 'rank') return undefined;
    const kinds = this.index.kinds();
    if (rankingScope(input, kinds) || this.bareKind(input)) return undefined;
    const scope = rankingScope(last, kinds) ?? placeOfData(last);
    if (!scope) return undefined;
    return `${scope.label}里${input.replace(AMONG_THOSE_LISTED, '')}`;
  }

  private listScope(text: string, years: number[]): Answer {
    // 有几个科技局的年报 / 几个科技局交了年报: the kind named with no 各 scopes the list as well.
    const bare = this.bareKind(text);
    const scope = rankingScope(text, this.index.kinds()) ?? placeOfData(text) ?? (bare ? { kind: bare, label: bare } : undefined);
    if (!scope) return this.placesHeld(text, years) ?? { kind: 'text', answer: this.whatWeHave(), facts: [] };
    const listed = agenciesInScope(scope, this.index.all(), (kind) => this.index.ofKind(kind))
      .map((agency) => ({ agency, years: this.store.reportsOfAgency(agency.id).map((report) => report.year) }))
      .map((entry) => ({ ...entry, years: years.length > 0 ? entry.years.filter((year) => years.includes(year)) : entry.years }))
      .filter((entry) => entry.years.length > 0);
    const ofYears = years.length > 0 ? joinList(years.map((year) => `${year}年`)) : '';
    if (listed.length === 0)
      return { kind: 'text', answer: `库中还没有${scope.label}的${ofYears}政府信息公开工作年度报告。${this.whatWeHave()}`, facts: [] };
    const shown = listed.slice(0, 20).map(({ agency, years: held }) => `${agency.name}（${held.join('、')}年）`);
    return {
      kind: 'text',
      answer: `库中有${listed.length}个${scope.label}的${ofYears}年度报告：${joinList(shown)}${listed.length > 20 ? '等' : ''}。`,
      facts: [],
    };
  }

  /**
   * 有哪些城市的 / 能查哪些省 / 有几个城市: the provinces, cities or counties the stored agencies lie in (by their names, see
   * agencyPlaces), each with how many agencies of it have reports (of the years asked), largest first; undefined when the
   * question names no level of place.
   */
  private placesHeld(text: string, years: number[]): Answer | undefined {
    const asked = PLACE_LEVEL_ASKED.exec(text);
    if (!asked) return undefined;
    const word = asked[1] ?? asked[2] ?? asked[3];
    const depth = /省/.test(word) && !/县/.test(word) ? 1 : /县/.test(word) ? 3 : /城市|市/.test(word) ? 2 : 1;
    const levelWord = depth === 1 ? '省（区、市）' : depth === 2 ? '市' : '县（区）';
    const reported = new Set<number>();
    for (const report of this.store.reports()) if (years.length === 0 || years.includes(report.year)) reported.add(report.agencyId);
    const agenciesOf = new Map<string, number>();
    let unplaced = 0;
    for (const agency of this.index.all()) {
      if (!reported.has(agency.id)) continue;
      const keys = [...agencyPlaces(agency.name)].filter((key) => key.split('|').length === depth);
      if (keys.length === 0) unplaced += 1;
      for (const key of keys) {
        const name = key.split('|').at(-1) as string;
        agenciesOf.set(name, (agenciesOf.get(name) ?? 0) + 1);
      }
    }
    const ofYears = years.length > 0 ? `${joinList(years.map((year) => `${year}年`))}的` : '';
    if (agenciesOf.size === 0) return { kind: 'text', answer: `库中还没有${ofYears}年度报告。`, facts: [] };
    const ranked = [...agenciesOf].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-Hans-CN'));
    const shown = ranked.slice(0, 30).map(([name, count]) => `${name}（${count}个）`);
    const example = ranked[0][0];
    return {
      kind: 'text',
      answer:
        `库中有${ofYears}年度报告的机关分布在${agenciesOf.size}个${levelWord}（括号里是有报告的机关数）：${joinList(shown)}${ranked.length > 30 ? '等' : ''}。` +
        `${unplaced > 0 ? `另有${unplaced}个机关从名称看不出所在的${levelWord}。` : ''}可以接着问“${example}有哪些单位的年报”。`,
      facts: [],
    };
  }

  /**
   * 有没有北京的 / 有宁夏的吗 / 西工区科技局的有吗: whether the place's agencies (or the agency named) have reports here, with
   * no other noun asked. Undefined when the words are no place or agency (有没有不予公开的).
   */
  private placeOrAgencyHeld(text: string, agencies: readonly AgencyRecord[], years: number[]): Answer | undefined {
    const matched = BARE_HOLDING.exec(text);
    const named = matched ? (matched[1] ?? matched[2]).replace(/^(?:你们|这里|库里)?(?:有没有|有无|有)/, '') : undefined;
    if (!named) return undefined;
    const place = placeEnding(named);
    if (place && place.start === 0) {
      const found = this.listScope(`${place.place.name}的报告`, years);
      return found;
    }
    const agency = agencies.length === 1 ? agencies[0] : undefined;
    if (agency && toSimplified(agency.name).includes(toSimplified(named))) return this.listReports([agency], years, text);
    return undefined;
  }

  /**
   * The agency whose report's contact clause names the body a question asks (阿里地区网络信息中心, 阿里地区行署办公室 against
   * 受理机构 阿里地区行署办公室网络信息中心; 共青城信息中心 against 共青城市信息中心), when no stored agency bears the question's
   * name: the question opens with the place of a stored agency, and the words after the place open with a run of the body's
   * own words that ends a body's name (中心, 办公室, 局) and is four characters or more. Only the place's agencies are read.
   */
  private contactBodyNamed(text: string): { agency: AgencyRecord; named: string; office: string } | undefined {
    const forms = placeOpening(text);
    if (!forms) return undefined;
    const longestFirst = [...forms].sort((a, b) => b.length - a.length);
    const form = longestFirst.find((candidate) => text.startsWith(candidate));
    if (!form) return undefined;
    const asked = text.slice(form.length);
    let read = 0;
    for (const agency of this.index.all()) {
      if (!forms.some((candidate) => agency.name.startsWith(candidate))) continue;
      // The question names the agency itself (more than its place): its own contacts are asked the usual way.
      if (agency.name.length > form.length && text.includes(agency.name)) return undefined;
      if (++read > 40) break;
      const latest = this.store
        .reportsOfAgency(agency.id)
        .sort((a, b) => b.year - a.year)
        .at(0);
      const office = latest ? (this.store.contacts(latest.id) as Record<string, string | undefined>).office : undefined;
      if (!office) continue;
      const own = longestFirst.find((candidate) => office.startsWith(candidate));
      const rest = own ? office.slice(own.length) : office;
      for (let end = rest.length; end >= 4; end -= 1) {
        if (!BODY_NAME_END.test(rest.slice(0, end))) continue;
        for (let start = 0; end - start >= 4; start += 1) {
          const words = rest.slice(start, end);
          if (asked.startsWith(words)) return { agency, named: `${form}${words}`, office };
        }
      }
    }
    return undefined;
  }

  /**
   * What the store holds, in one sentence: the first agencies by name and how many there are (bounded: never reads every
   * report). When the name asked ends in a kind the store has (大冶市教育局), the stored agencies of that kind instead: a
   * citizen looking for one 教育局 learns which 教育局 can be asked, not the first twelve names of the alphabet.
   */
  private whatWeHave(asked?: string): string {
    const kind = asked
      ? this.index
          .kinds()
          .filter((candidate) => asked.endsWith(candidate) && asked.length > candidate.length)
          .reduce<string | undefined>(
            (longest, candidate) => (longest && longest.length >= candidate.length ? longest : candidate),
            undefined,
          )
      : undefined;
    // Those with reports, the first twelve in name order, from at most 40 read (a refusal stays cheap).
    const shown: string[] = [];
    for (const agency of (kind ? this.index.ofKind(kind) : []).slice(0, 40)) {
      if (shown.length === 12 || agency.name === asked) continue;
      const years = this.store.reportsOfAgency(agency.id).map((report) => report.year);
      if (years.length > 0) shown.push(`${agency.name}（${years.join('、')}年）`);
    }
    if (shown.length > 0) return `有年度报告的${kind}：${joinList(shown)}${shown.length === 12 ? '等' : ''}。`;
    const place = asked ? placeOpening(asked) : undefined;
    if (place) {
      for (const agency of this.index.all()) {
        if (shown.length === 12) break;
        if (agency.name === asked || !place.some((form) => agency.name.startsWith(form))) continue;
        const years = this.store.reportsOfAgency(agency.id).map((report) => report.year);
        if (years.length > 0) shown.push(`${agency.name}（${years.join('、')}年）`);
      }
      if (shown.length > 0) return `${place[0]}有年度报告的机关：${joinList(shown)}${shown.length === 12 ? '等' : ''}。`;
    }
    const summary = this.store.reportSummary(12);
    if (summary.reports === 0) return '库中还没有任何年度报告。';
    const list = summary.first.map(({ agency, years }) => `${agency}（${years.join('、')}年）`);
    return `目前可查询的报告有：${joinList(list)}${summary.agencies > 12 ? `等${summary.agencies}个机关` : ''}。`;
  }

  /**
   * 一般多久答复, 收费吗 said alone in a conversation about an agency whose guide is stored, also after a figure of its report:
   * the guide states its own time limit and fees (平潭财政金融局's 15个工作日), which the general rules would not give.
   */
  private guideOwnRuleAsked(text: string, input: string, agencyId: number): boolean {
    if (input.length > 10) return false;
    const asks = agencyGuideAsks(text);
    if (asks.length === 0 || !asks.every((ask) => ask === 'time_limit' || ask === 'fees')) return false;
    const agency = this.index.byId(agencyId);
    return agency !== undefined && this.options.agencyGuide?.hasGuide?.(agency) === true;
  }

  /**
   * 那网址呢, 复议找谁 in a conversation about an agency known by its guide alone (no report), also after a refused question
   * (局长是谁): only its guide can answer what the question asks of it.
   */
  private guideOnlyAsked(text: string, agencyId: number): boolean {
    return agencyGuideAsks(text).length > 0 && this.guideOnly(agencyId);
  }

  /** An agency known by its guide alone: no report stored, its guide stored. */
  private guideOnly(agencyId: number): boolean {
    const agency = this.index.byId(agencyId);
    return (
      agency !== undefined && this.store.reportsOfAgency(agency.id).length === 0 && this.options.agencyGuide?.hasGuide?.(agency) === true
    );
  }

  private refusal(text: string): Answer {
    return { kind: 'refusal', answer: text, facts: [] };
  }

  /** A refusal that already says what the report holds instead (its parts, no total): no sentence search may override it. */
  private finalRefusal(text: string): Answer {
    const answer = this.refusal(text);
    this.finalRefusals.add(answer);
    return answer;
  }

  private clarify(text: string): Answer {
    return { kind: 'clarify', answer: text, facts: [] };
  }

  private help(lead: string): Answer {
    const examples = this.examples();
    const lines = examples ? [examples.figure, examples.ranking, examples.contact] : [];
    return {
      kind: 'clarify',
      answer: `${lead}您可以这样问：\n${[...lines, '申请政府信息公开多久能答复？'].map((line) => `· ${line}`).join('\n')}\n${this.whatWeHave()}`,
      facts: [],
    };
  }

  /** A text with its {figure} and {contact} places filled with example questions over the store (none while it is empty). */
  private withExamples(text: string): string {
    if (!text.includes('{')) return text;
    const examples = this.examples();
    return text
      .replace('{figure}', examples ? `（例如“${examples.figure.replace(/？$/, '')}”）` : '')
      .replace('{contact}', examples ? `（例如“${examples.contact.replace(/？$/, '')}”）` : '');
  }

  /**
   * Example questions for the welcome and help texts, named after agencies and years the store holds, so that an
   * account serving other agencies never shows the sample reports' names; undefined while the store holds no report.
   */
  examples(): ExampleQuestions | undefined {
    // Every help text, welcome and off-topic reply shows them: built once per change of the data.
    const stamp = this.store.changeStamp();
    if (this.examplesKept?.stamp !== stamp) this.examplesKept = { stamp, examples: this.examplesOfStore() };
    return this.examplesKept.examples;
  }

  private examplesKept: { stamp: string; examples: ExampleQuestions | undefined } | undefined;

  private examplesOfStore(): ExampleQuestions | undefined {
    const [first, second = first, third = second] = this.store.reportSummary(3).first;
    if (!first) return undefined;
    const year = first.years[first.years.length - 1];
    // A ranking's example year is one two agencies have reports of, where there is one.
    const shared = [...first.years].reverse().find((each) => second !== first && second.years.includes(each)) ?? year;
    const kind = this.store.agencyByName(first.agency)?.kind;
    // 哪个科学技术局最多 only when the store holds two of that kind; else any agency.
    const among = kind && this.index.ofKind(kind).length >= 2 ? kind : '机关';
    return {
      figure: `${first.agency}${year}年办理了几件行政许可？`,
      received: `${second.agency}${second.years[second.years.length - 1]}年收到了多少件申请？都是谁提出的？`,
      ranking: `${shared}年哪个${among}主动公开的信息最多？`,
      contact: `${third.agency}的联系电话是多少？`,
      followUps: [`那${year - 1}年呢？`, `${second.agency}呢？`],
    };
  }
}
