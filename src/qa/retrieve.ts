/**
 * Retrieval over every sentence of the stored reports' prose: the figures and facts no table
 * or prose catalogue holds (11名科技特派员, 通过《中卫日报》发布信息51条, 无微信公众号).
 *
 * A question is cut into words once (jieba); each candidate report is searched with SQLite
 * FTS5 (BM25, rowid range of the report); the candidates are re-scored by how much of the
 * question's content they cover, the named year and the question's measure word. A sentence
 * that does not cover the question well enough is never quoted: the caller refuses instead.
 */
import { countAfterGluedBare, countAfterGluedTotal, gluedBareUnit } from './glued-breakdown.js';
import { type VersionedCache, versionedCache } from '../core/cache.js';
import { LRUCache } from 'lru-cache';
import { countsInWordsAsDigits, handledCountsInMeasure, joinedNounStart, respectiveLists } from '../report/prose.js';
import type { ReportRecord, ReportStore, SentenceHit } from '../store/report-store.js';
import { toSimplified } from '../text/script.js';
import { cutWords } from '../text/segment.js';
import { participationUnstated } from './participation.js';

/** What the question asks of the sentence. */
export type AskKind = 'number' | 'yesno' | 'text';

/** One answer found in a sentence. */
export interface Retrieved {
  report: ReportRecord;
  sectionKey: string;
  sentence: string;
  /** The year the stated figure belongs to (a report may quote the year before's figure). */
  statedYear: number;
  /** The clause holding the answer (for the lead of the reply). */
  clause: string;
  value?: number;
  unit?: string;
  /** For yes/no questions: does the sentence say yes? */
  yes?: boolean;
  /** How strongly the question's words lead up to the number (ranking only). */
  strength?: number;
  /** The noun the question counts (年报 in 公开年报几条) is printed right before the number (公开年报3条) (ranking only). */
  countedHere?: boolean;
  /**
   * The list the number counts together (工作动态、通知公告等信息56条) when the question names one of its items alone: the
   * report gives no count of that item, so the figure is not stated as its own.
   */
  listedTogether?: { item: string; list: string };
  /** The counts of the same thing listed with `value` and no total, when the question names none of them (listedParts). */
  parts?: Array<{ label: string; value: number; unit: string }>;
  /** The count read joins the outcome asked with another (已主动公开和同意公开的31件): no count of the one asked alone. */
  joint?: boolean;
  /** `parts` read from a 分别 pair (微信和微博分别发布信息1408条、6502条): each named item's count, asked together. */
  respective?: boolean;
  /** A yes read from a not-yet state asked (有尚未审结的吗 against 其中1起尚未审结): `value` counts the cases in that state. */
  notYetCount?: boolean;
  /** The same noun asked counted again next to it under another qualifier (乡政务公开公示栏 / 村公示栏): both are stated. */
  alsoStated?: Retrieved;
  /** `alsoStated` is printed before the chosen count (the sentence before it). */
  alsoStatedBefore?: boolean;
}

/** Measure words and units a figure may carry, longest first; words in one group count alike. */
const UNIT_GROUPS: string[][] = [
  ['万元'],
  ['亿元'],
  ['元'],
  ['人次'],
  ['人', '名', '位'],
  // Cases are counted in 例 too (收到书面申请2例), where no word goes on (例如, 例会, 例外, 例行).
  ['件', '个', '项', '宗', '起', '部', '例'],
  ['条', '则'],
  ['篇'],
  ['家', '所'],
  ['次', '场', '回'],
  // Archives used (利用档案2061卷(件)次, read 卷件次): counted in 卷次, never a count of events. (件次 stays 件: 受理依申请公开1件次.)
  ['卷次'],
  ['期'],
  // Batches (报送…数据26批次): 多少批次 asks them as 几批 does.
  ['批次', '批'],
  // Transactions (公开4笔政府采购, 拨付资金12笔): 几笔 asks them; no count of cases or items is one.
  ['笔'],
  ['份'],
  ['通'],
  ['轮次', '轮'],
  ['楼', '层'],
  ['处'],
  // Households (服务了多少户, 帮扶农户12户): no count of people or of cases is one.
  ['户'],
  // Letters, sheets, machines and sets: asked in these words, never a count of cases or items (几封信 is no 件 of applications).
  ['封'],
  ['张'],
  ['台'],
  ['套'],
  // Books and copies (公报800本, 印发手册2000册): 本 only where no word goes on (本年, 本机关, 本级).
  ['册', '本'],
  // Kinds (5种申请渠道): 几种 asks how many kinds, never how many items of one.
  ['种'],
  // Kinds counted (梳理9类重点领域信息): 几类 asks them. Only after a number: 解读类信息 names a kind, no count.
  ['类'],
  // A score (测评得了多少分, 打了几分): no count of people or items is one.
  ['分'],
  ['天', '日'],
  ['%'],
];
const UNITS = UNIT_GROUPS.flat().sort((a, b) => b.length - a.length);
// 处 counts places (失效链接43处), but 多少处理费, 几处罚 are other words.
const unitPattern = (unit: string) =>
  unit === '卷次'
    ? '卷件?次'
    : unit === '处'
      ? '处(?![理罚置分室长])'
      : unit === '本'
        ? '本(?![年月级机部单局市区县镇乡委次届期轮人])'
        : unit === '分'
          ? '分(?![钟局之类工开别期批管享析布配钱])'
          : unit === '例'
            ? '例(?![如会外行])'
            : unit === '笔'
              ? '笔(?![记试画录迹者])'
              : unit;
const UNIT_PATTERN = UNITS.map(unitPattern).join('|');
// 多少小项 / 260小项: a size word between the number and its measure word must agree too (131项大项 is not 小项).
/** 几个人, 多少个人员 (not 几个人才, which counts talents named as such): people counted in 个. */
const PEOPLE_IN_GE = /(?:多少|几)个人(?!才)/;
/** What people bring, counted as cases (几个人申请, 几个人复议): those questions ask the cases. */
const CASES_OF_PEOPLE = /申请|复议|诉讼|起诉|投诉|举报/;
// (发了多少人事任免, 几人大代表建议: 人 opening a word of its own, 人事 or 人大, is no count of people.)
// (那几个公众号发了多少条: 那几个 / 这几个 point at things said before, no count asked in 个; 哪几家 keeps its 家.)
const ASKED_UNIT = new RegExp(`(?:多少|(?<![那这])几)([大小]?)(${UNIT_PATTERN})(?!(?<=人)[事大口社防])`);
// 3,090条, 824,019条: thousands separated by commas, before a measure word that counts (never a percentage: 12,100% is 12 and 100%).
const COUNT_UNIT_PATTERN = UNITS.filter((unit) => unit !== '%')
  .map(unitPattern)
  .join('|');
// 2.9万余次: 万/亿 and 余/多 between the number and its measure word belong to the unit as printed (万次); so do they written
// the other way round (50余万次).
const SEPARATED_THOUSANDS = `\\d{1,3}(?:,\\d{3})+(?![\\d.])(?=(?:余|多)?(?:万|亿)?(?:余|多)?(?:${COUNT_UNIT_PATTERN}))`;
// 累计阅读量超133万, 总点击量达到66万: an audience count in 万 ending its clause with no measure word, after the word for reads,
// clicks or visits, is read with its 万 as its unit (as the import reads it, in 万次).
const AUDIENCE_WAN = String.raw`(?<=(?:阅读|点击|浏览|访问|播放|观看)(?:量|数|次数|总量|总数)\p{Script=Han}{0,4}\d+(?:\.\d+)?)余?万(?=[,，。;；]|$)`;
const NUMBER_WITH_UNIT = new RegExp(
  `(${SEPARATED_THOUSANDS}|\\d+(?:\\.\\d+)?)(?:([大小])(?=${UNIT_PATTERN}))?((?:(?:余|多)?万(?!元)|(?:余|多)?亿(?!元))?(?:余|多)?(?:${UNIT_PATTERN})|${AUDIENCE_WAN})?`,
  'gu',
);
/** A number as printed, thousands separators and all (3,090 → 3090). */
const printedNumber = (digits: string) => Number(digits.replace(/,/g, ''));
/** The measure word of a printed unit without its magnitude and approximation (万余次 → 次). */
// (An audience count's bare 万, AUDIENCE_WAN, counts times: 次.)
const bareUnit = (stated: string) =>
  /^[万亿]元$/.test(stated)
    ? stated
    : /^余?万$/.test(stated)
      ? '次'
      : stated.replace(/^(?:[余多]?[万亿])?[余多]?/, '').replace(/^卷件次$/, '卷次');

/** Whether two measure words count the same kind of thing (人 and 名; 件 and 个). */
export function unitsAgree(asked: string, stated: string): boolean {
  if (asked === stated) return true;
  // Money is money in whatever magnitude it is printed (花了多少钱 against 行政事业性收费0万元).
  if (asked === '元') return /元$/.test(stated);
  // 个 is the everyday classifier for anything counted (多少个科技特派员, 几个企业), not for money or percentages.
  if (asked === '个') return !/元|%/.test(stated);
  // Cases are asked in 次/回 (被告了几次) and printed in 件/起 (行政诉讼案件0件).
  if ((asked === '次' || asked === '回') && (stated === '件' || stated === '起')) return true;
  // Visits by people are printed in 人次 and asked in 人 or 次 (多少人咨询, 电话咨询多少次 against 受理咨询372人次): the answer
  // quotes the 人次 as printed, so a count of visits is never said to be of distinct people.
  if ((asked === '人' || asked === '次') && stated === '人次') return true;
  // Applications are asked in 件 and printed in 人次 too (网页申请几件 against 收到申请5件,其中…网页申请3人次): the way asked
  // is that clause's count, quoted in its own unit, never the sentence's total.
  if (asked === '件' && stated === '人次') return true;
  // Occasions are asked in 次 and printed in 批次 too (接受了多少次采访 against 接受媒体采访130余批次).
  if (asked === '次' && stated === '批次') return true;
  // Firms and households are asked in 家 and printed in 户 (查了几家企业 against 检查企业8户).
  if (asked === '家' && stated === '户') return true;
  // Letters are asked in 封 and printed in 件 (有效信件163件).
  if (asked === '封' && stated === '件') return true;
  // Writings are asked in 篇 and printed in 件, 条 or 份 (发了几篇政策解读 against 发布各类政策解读3件).
  if (asked === '篇' && (stated === '件' || stated === '条' || stated === '份')) return true;
  // Documents and letters are asked in 件 or 条 and printed in 份 (主动公开文件多少件 against 主动公开文件597份); not the other way:
  // 每期印多少份 asks copies printed, which no count of items published answers.
  if ((asked === '件' || asked === '条') && stated === '份') return true;
  return UNIT_GROUPS.some((group) => group.includes(asked) && group.includes(stated));
}

/** A count printed as one of notices (立项通知公告4条, 申报通知3个), and the words that ask for notices or published items. */
const NOTICE_COUNTED = /(?:通知公告|通知|公告|公示)$/;
const NOTICE_ASKED = /通知|公告|公示|信息|文件|条|篇|发布|公开|发了|推送|转载/;

/** A rate asked for (办结率多少, 占比是多少, 满意度是百分之多少): a percentage, whatever count stands near it. */
const RATE = /(?:率|比例|占比|百分比|满意度|知晓度|参与度|覆盖度)(?:是|为|有|达到?)?(?:百分之)?(?:多少|几)/;

/** A publishing verb, then 几次 ending the question (公开了几次, 发布过多少次吗): the times items were published, no unit of its own. */
const PUBLISHED_TIMES_ASKED = /(?:公开|发布|公布|发|推送|更新)(?:了|过)?(?:几|多少)次(?=[吗呢啊呀?？。!！]*$)/;
/** The measure word of 多少X/几X in a question, if any; % for a rate. */
export function askedUnit(text: string): string | undefined {
  // 有几个人管信息公开: 个 counts people there, never cases or items (年报1件). (有几个人申请 counts applications: 件.)
  if (PEOPLE_IN_GE.test(text) && !CASES_OF_PEOPLE.test(text)) return '人';
  // 水质情况公开了几次: how many times a kind of items was published asks its count, printed in 条 or 篇 (or 次) alike.
  if (PUBLISHED_TIMES_ASKED.test(text)) return undefined;
  const asked = ASKED_UNIT.exec(text);
  // 分哪几类 asks which kinds, not how many: no measure word asked. (哪几家公司 keeps its 家: the names are never a count.)
  const kindsAsked = asked?.[2] === '类' && text[asked.index - 1] === '哪';
  return (kindsAsked ? undefined : asked?.[2]) ?? (RATE.test(text) ? '%' : impliedUnit(text));
}

/**
 * One character's alternative in brackets inside a word (专(兼)职, 卷(件)次), the bracket's character in group 1; or a count
 * a template filled in between brackets before its measure word (发布政务信息(1386)条, 提案共(29)件), the digits in group 2.
 * Either way the reading drops the two brackets only; (2)项目 opening a clause, and 第(3)项, are numbering and stay.
 */
const BRACKETED_ALTERNATIVE = new RegExp(
  `(?<=\\p{Script=Han})[(（](\\p{Script=Han})[)）](?=\\p{Script=Han})|(?<=\\p{Script=Han})(?<!第)[(（](\\d+(?:\\.\\d+)?)[)）](?=${UNIT_PATTERN})`,
  'gu',
);

/** The span of the printed text (brackets kept) that a span of its bracket-free reading (BRACKETED_ALTERNATIVE) covers. */
function printedSpan(printed: string, start: number, end: number): [number, number] {
  let [from, to] = [start, end];
  let removed = 0;
  for (const match of printed.matchAll(BRACKETED_ALTERNATIVE)) {
    // The bracketed character stands at this index of the reading; each bracket pair before a bound moves it two on.
    const read = (match.index ?? 0) - removed;
    if (read < start) from += 2;
    if (read < end) to += 2;
    removed += 2;
  }
  return [from, to];
}

/** 第20条和 / 第3至: an ordinal and a joining word right before a number, which is then the next ordinal of the pair or range. */
const ORDINAL_PAIR_BEFORE = /第\s*\d+\s*[次期条款项章批]\s*[和及与、至到或]\s*$/u;

/** A WeChat account printed as 订阅号 or 服务号 (官方微信订阅号发布信息644条): the 公众号 asked about. */
const WECHAT_ACCOUNT = /(?<=微信)(?:订阅号|服务号)/g;

/** A total asked (一共, 总共, 合计 …), and the words that print one right before its number (总计更新主动公开信息500条). */
/** 转结 printed for 结转 (转结下年度, 上年度转结申请8件), never inside another word's 转 (转结论). */
const CARRIED_SWAPPED = /转结(?!论|果|束|合|构|晶|婚|对|业|算)/g;
/**
 * 资讯 (資訊, the Taiwan and Hong Kong word, which OpenCC keeps and pages copied through a big5 gateway print) is 信息: read as
 * one word on both sides, so 政府採購資訊發了幾條 meets 發佈政府採購信息7條 and 政府采购信息 meets 政府採購資訊7條.
 */
const INFORMATION_VARIANT = /资讯/g;
/** A count over the years asked (历年累计, 历年来共, 成立以来): one year's count is no answer to it. */
const OVER_YEARS_ASKED = /历年(?:累计|共计|总计|合计|以来|来)|(?:成立|建站|开通|上线|运行|创办)以来/;
/** What a clause says of a count over the years. */
const OVER_YEARS_STATED = /历年|累计|以来|累积|总计/;
/** A word of carrying a count over a year's end, in either order. */
const CARRY_WORD = /结转|转结|转到|转至|转入|转下/;
/** Words right after a count that say it was carried over (1件为上年结转…, 2件系上年度转结): what it counts. */
const CARRIED_OVER_AFTER = /^[为系是属]?(?:上一?年度?|去年)?(?:结转|转结)/;
const TOTAL_ASKED = /一共|总共|总计|合计|共计|总数|加起来/;
const TOTAL_BEFORE = /(?:总计|共计|合计|总共|一共|累计|总数)[^，。；,;\d]{0,12}$/;

/** Where a sentence's breakdown of its headline figure begins (其中：, 包括：, 涵盖 before an item's count: 工单378条,涵盖投诉类328条). */
const BREAKDOWN = /其中|包括[:：]|含[:：]|(?:包括|涵盖)(?=[^，。；,;\d]{1,12}\d)/;

/**
 * Followers (粉丝, 关注量, 关注的人) are people whatever measure word is missing: 粉丝多少 never takes a count of posts.
 * A platform's users or members (注册用户, 会员) are counted the same way: never its items (订阅 may be printed in 个).
 */
const FOLLOWERS = /粉丝|关注(?:量|数|人数|的人|者)|(?:注册)?用户(?:数|量)?|会员/;

/** 几个平台 / 多少个公众号: the number of outlets, counted in 个. */
const OUTLETS_COUNTED = /(?:几|多少)个(?:平台|网站|渠道|公众号|账号|栏目|新媒体|媒体|窗口)/;

/** A count of accounts bracketed after the outlet's name (微信公众账号(1个), 政务微博（2个）). */
const OUTLET_COUNT_BRACKET = /(?:号|账户|微博|平台|网站|客户端|抖音|快手|头条|视频)[（(]$/;
/** A count of outlets printed right after the outlet's name (开设政务微信小程序1个(安宁e家)公开信息125条). */
const OUTLET_COUNT_AFTER = /(?:公众号|账号|账户|微博|平台|网站|客户端|小程序|APP|App|app)$/;
/**
 * Items published asked (公开了多少信息, 发了几条), or an outlet with a bare 多少 (小程序多少, as 那小程序呢 is asked after a
 * channel's count of items): no count of the outlets they went out on.
 */
const ITEMS_ASKED = /信息|发布|推送|发了|发过|公开了|[几多少][条篇]|(?:公众号|微博|平台|网站|客户端|小程序|APP|App|app)的?多少$/;

/**
 * Publishing asked about (公众号发了多少, 网站发布几): the items published, never the people following. 公开各类信息多少 too:
 * information 公开 names as its object is what was published.
 */
// (公布 is publishing too: 工作专栏公布了多少信息 against 在镇(场)工作专栏公布信息135.)
const POSTING = /发了|发布|发表|推送|转载|发过|发的|发多少|发几|公开了|公开(?:各类|各项)?(?:政府|政务)?信息|公布/;

/** Whether a question without a measure word counts what was published (公众号发了多少 is not its 526 followers). */
function asksForPosts(text: string): boolean {
  return POSTING.test(text) && !FOLLOWERS.test(text) && !ASKED_UNIT.test(text);
}

/**
 * Money asked without a unit (花了多少钱, 几块钱, 花费多少): an amount in 元 or 万元, never a count of people or items.
 * (经费多少 is left alone: it names a thing the reports print with its own unit, and a follow-up 科技型中小企业呢 must not inherit 元.)
 */
const MONEY_ASKED =
  // 补贴发了多少 / 资金拨付了多少: money handed out, asked with no measure word, is an amount (发放情况5条 counts items published).
  // (涉农补贴公告公示发了多少, 补助名单发了多少: notices or lists about the money, published, are items counted, no amount.)
  /(?:补贴|补助|奖补|资金|救助金|抚恤金|工资|奖金|补偿款?|赔偿金?|低保金?)(?:(?!公告|公示|通知|信息|文件|名单)[^，,。；;？?多少几]){0,4}?(?:发|发放|拨付|兑付|支付)了?(?:多少|几)(?![条件个篇项次人名户家期份批场起])|(?:多少|几)块?钱|花(?:了|掉|费)?(?:多少|几)|(?:多少|几)(?:万元?|元)?罚(?:款|金)|(?<!处)罚(?:了|款)(?:多少|几)(?!件|起|个|次|项)|罚(?:款|没)的?(?:金额|数额|总额)/;

/** The measure word a counted noun implies when the question names none (粉丝多少 → 人; 花了多少钱 → 元). */
/** People asked by who they are (来了多少记者, 几位嘉宾): counted in 人, never a count of the events they came to (发布会1场). */
// (The role ends the question: 多少群众来电, 解答了多少群众疑问 count the calls and questions.)
const PEOPLE_BY_ROLE = /(?:多少|几)(?:个|位|名)?(?:记者|嘉宾|市民|群众)(?=[?？。!！呢啊]*$)/;

function impliedUnit(text: string): string | undefined {
  if (FOLLOWERS.test(text) || PEOPLE_BY_ROLE.test(text)) return '人';
  if (MONEY_ASKED.test(text) || EARNINGS_ASKED.test(text)) return '元';
  return AREA_ASKED.test(text) ? '平方米' : undefined;
}

/**
 * What a counted thing earns (高新技术企业营收多少, 产值多少): money, never the count of the things (国家高新技术企业1家).
 * The noun must be followed by the question word, so 收入 naming a thing counted stays alone.
 */
const EARNINGS_ASKED = /(营收|营业收入|营业额|产值|销售额|利润|税收|纳税)(?:是|有|达到?|为)?(?:多少|几)/;

/** A size asked (面积有多大, 多少平米): an area, which no count of places or items (众创空间1家) answers. */
const AREA_ASKED = /面积|(?:有|是)?多大(?![岁年])|多少平(?:方|米)?/;

/**
 * A count asked by its thing's noun alone at the question's end (微信公开政府信息数, 受理申请数): a number, as 多少 would ask.
 * (A measure word's count, 公开信息条数, stays as it was read: its 条数 is no word of the thing.)
 */
const COUNT_NOUN_AT_END = /(?:信息|申请)数(?:是|为)?[?？。!！]*$/;
/**
 * A rate asked by its noun alone at the question's end (解读材料与政策文件关联率？, 全文电子化率): a number (a share in %), as 多少
 * would ask. (效率 and 频率 are no share; 办结率 and 答复率 keep their own reading, the applications handled in time.)
 */
const RATE_AT_END = /(?<![效频]|办结|答复|回复)率(?:是|为)?[?？。!！]*$/;

/** What kind of answer the question wants: a number (多少/几), yes or no (有没有/是否/…吗), or text. */
export function askKind(text: string): AskKind {
  if (/多少|几[^乎]|数量|有多大|总数/.test(text) || COUNT_NOUN_AT_END.test(text) || RATE_AT_END.test(text)) return 'number';
  if (/有没有|是否|有无|是不是|吗[?？。!！]*$|没[?？。!！]*$|没有[?？。!！]*$|了没|过没|否[?？]*$/.test(text)) return 'yesno';
  return 'text';
}

/** Words that carry no content in a question. */
const STOPWORDS = new Set([
  '的',
  '了',
  '是',
  '有',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '么',
  '嘛',
  '哦',
  '哈',
  '啦',
  '多少',
  '几',
  '什么',
  '怎么',
  '怎样',
  '请问',
  '一共',
  '总共',
  '共',
  '总计',
  '在',
  '上',
  '里',
  '中',
  '年',
  '年度',
  '今年',
  '去年',
  '前年',
  '这个',
  '那个',
  '你们',
  '我',
  '我们',
  '想',
  '问',
  '问一下',
  '知道',
  '一下',
  '哪些',
  '哪个',
  '有没有',
  '没有',
  '没',
  '是否',
  '有无',
  '过',
  '都',
  '还',
  '和',
  '与',
  '及',
  '对',
  '为',
  '把',
  '被',
  '从',
  '到',
  '给',
  '多',
  '个',
  '数',
  '数量',
  '情况',
  '请',
  '能',
  '可以',
  '告诉',
  '局',
  '该局',
  '就是',
  '嗯',
  '我想',
  '帮我查',
  '帮忙',
  '帮我',
  '查查',
  '我想知道',
  '想问',
  '一下',
  '麻烦',
  '帮我',
  '查',
  '查一下',
  '看看',
  '告诉我',
  '请问一下',
  '问问',
  '呃',
  '额',
  '那个',
  '这个',
  '他们',
  // 自己主办的呢: the agency itself, said of what it did, is no word of the thing asked.
  '自己',
  '它',
  '其',
  '那',
  '那么',
  '就',
  '也',
  '又',
  '才',
  '说',
  '讲',
  '报告',
  '里面',
  '一年',
  '全年',
  '本年',
  '多大',
  '是不是',
  '否',
  '您好',
  '你好',
  '谢谢',
  // Where and how words ask, they are in no report's sentence (去哪下载, 后来怎么样了).
  '去哪',
  '去哪里',
  '去哪儿',
  '哪里',
  '哪儿',
  '在哪',
  '在哪里',
  '哪',
  '怎么样',
  '如何',
  '后来',
  // 有人申请吗 asks whether anyone applied; 因为信息公开被复议 gives the cause the report states in its own words.
  '有人',
  '因为',
  '由于',
  // 结转过来几件: a direction complement, never a sentence's word.
  '过来',
]);
const ASK_PREFIX = /^(多少|几)/;
/** The question word a thing asked ends at (多少, 几个, 百分之多少). */
const QUESTION_WORD_NEXT = /^(?:多少|几|百分之)/;
/** A verb of being or reaching between the thing and the question word (达到多少, 是百分之多少), or 百分之 itself. */
const LINK_BEFORE_QUESTION = /^(?:达到|达|是|为|百分之)$/;
const KEEP_PARTICLE = new Set(['通过', '经过', '超过', '不过', '度过', '错过', '为了', '除了', '到了', '随着', '接着', '沿着', '本着']);
/**
 * A negation governing the thing asked in its clause: 未/没有 … may stand further back (未因信息公开收取公民、法人和
 * 其他组织等任何费用) than 不/无/没, which also start words of their own (不断, 无障碍). 无因 (无因政务公开引起的行政复议和行政诉讼),
 * 无涉及 (无涉及政府信息公开的行政复议和行政诉讼), 无 before a preposition or 任何 (无针对本部门有关政府信息公开事务的行政复议、诉讼,
 * 无关于…的行政复议, 无任何…行政诉讼) and 不存在 are negations whatever their length, as 未 is. 无 opening a list joined by 、
 * negates every item of it (无规章、规范性文件、行政许可、行政处罚等…产生: 行政处罚, the fourth, is no 有); not a list of counts
 * (无法提供3件、告知作出更改补充2件、) nor one opened by a word of its own (无法, 无偿, 无纸化).
 */
const NEGATION =
  /(?:(?:未|没有|暂无|尚未|均未|从未|暂未|无因|无涉及|无针对|无关于|无任何|不存在)[^，。；：,;:]{0,30}|(?:没|无|不)[^，。；：,;:]{0,12}|无(?!障碍|法|偿|纸|缝|人机)(?:[^，。；：,;:、\d]{1,12}、){1,6}[^，。；：,;:、\d]{0,12})$/;
/**
 * 无因政府信息产生行政复议,提起行政诉讼情况发生: one 无 … 情况发生 frames both things, the comma inside the frame; the clause
 * of the second (提起行政诉讼情况发生) has no negation of its own and is no 有. Only where the clause before opens with the
 * negation and does not close the frame itself (无行政复议情况发生, 提起行政诉讼1起 stays a yes). Where the frame opens, or
 * undefined.
 */
function negatedAcrossComma(before: string, from: string): number | undefined {
  if (!/^[^，。；,;\d]{0,16}(?:的)?(?:情况|情形|事项|现象|案件)?发生/.test(from)) return undefined;
  const opened = /(?<=^|[，。；,;：:])\s*(?:无|没有|未有|未)(?![^，。；,;]*(?:发生|情况|情形))[^，。；,;\d]{2,30}[，,]$/.exec(before);
  return opened ? opened.index + (opened[0].length - opened[0].trimStart().length) : undefined;
}
/** Whether a clause names the rate asked (回复率): as written, or as one of two acts sharing 率 (回复和办结率, 办结、回复率). */
function rateNamedIn(clause: string, rate: string): boolean {
  if (clause.includes(rate)) return true;
  const act = rate.slice(0, -1);
  return new RegExp(`${act}(?:和|与|及|、)\\p{Script=Han}{2}率|\\p{Script=Han}{2}(?:和|与|及|、)${act}率`, 'u').test(clause);
}

/** A written not-yet (尚未, 未) right before a word: 尚未审结, 未办结. */
const NOT_YET_END = /(?:尚未|仍未|暂未|未)$/;

/**
 * Whether the question asks about the not-yet state of `word` itself (有尚未审结的吗, 还有未办结的吗): 尚未 or 未 stands right
 * before it, with no 有没有 / 是否 before that (有没有未审结 is still the state asked; 有没审结 is left to the plain reading).
 */
function notYetOf(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && NOT_YET_END.test(text.slice(0, at));
}

/** A clause saying the thing was shut (账号进行关停注销, 已停止更新): it is not there any more, so a yes/no about it is no. */
const CLOSED = /关停|注销|关闭|停用|停更|停止(?:运营|更新|使用|运行)|下线/;
const CLAUSE_BREAK = /[，。；：,;:！？!?]/;

/** Texts segmented last and their content words (a pure function of the text: the segmenter's dictionary never changes). */
const segmented = new LRUCache<string, readonly string[]>({ max: 512 });

/**
 * The content words of a question (agency and year already removed by the caller). The last texts are remembered: one
 * answer asks of several texts in turn (the question, its rest, the last question), which a memo of the last one alone
 * missed, and citizens ask the same words again.
 */
export function contentWords(text: string): string[] {
  let words = segmented.get(text);
  if (words === undefined) {
    words = segmentContent(text);
    segmented.set(text, words);
  }
  return [...words];
}

/** When something was founded or set up is asked (什么时候成立的, 成立时间, 哪年组建): the date is what is sought, no word to find. */
const FOUNDING_ASKED = /成立|组建|设立|挂牌/;
const WHEN_WORD = /^(?:什么时候|时候|时间|何时|哪年|哪一年|哪天|日期|几时)$/;
const FOUNDING_WHEN = /什么时候|时间|何时|哪年|哪一年|哪天|日期|几时/;

/** Two channels written together with nothing between them (微博微信): read as joined by 和, which the segmenter cuts right. */
const GLUED_CHANNELS = /(微博|微信公众号|微信(?!公众号)|公众号|抖音|快手|头条号?|视频号)(?=微博|微信|抖音|快手|头条|视频号)/g;

/** A word of three or more characters ending in 发 or 推 (荔小卫发): an unknown name the segmenter glued to its verb. */
const NAME_GLUED_TO_POSTED = /^\p{Script=Han}{3,}[发推]$/u;

function segmentContent(question: string): string[] {
  // Cheap test first: most questions name no two channels.
  const text = /微博|微信|抖音|快手|头条|视频号/.test(question) ? question.replace(GLUED_CHANNELS, '$1和') : question;
  const words: string[] = [];
  const founding = FOUNDING_ASKED.test(text);
  let run = '';
  const flush = () => {
    // Single characters the segmenter left apart (微|信) read as one word (微信).
    if (run.length >= 2 && !words.includes(run)) words.push(run);
    else if (run.length === 1 && !STOPWORDS.has(run) && !words.includes(run)) words.push(run);
    run = '';
  };
  let previous = '';
  // 荔小卫发|了: a name the segmenter does not know, glued to the 发 after it, is the name and the verb (a particle follows).
  const tokens = repairGlued(
    cutWords(text)
      .flatMap((word, index, all) =>
        NAME_GLUED_TO_POSTED.test(word) && /^[了过着]/.test(all[index + 1] ?? '') ? [word.slice(0, -1), word.slice(-1)] : [word],
      )
      // 2024|年本|年结转 (2024年本年结转): a year's 年 glued to the character after it is the year's, that character the next word's.
      .flatMap((word, index, all) => (/^年\p{Script=Han}$/u.test(word) && /^\d+$/.test(all[index - 1] ?? '') ? ['年', word[1]] : [word]))
      .flatMap(splitGluedVerb),
  );
  for (const [index, raw] of tokens.entries()) {
    // 公开面达到多少 / 公开面是百分之多少 / 公开面|是多少 glued (面是): a verb of being or reaching, or 百分之, right before the
    // question word says nothing of the thing asked (the report prints 公开面达100%).
    if (QUESTION_WORD_NEXT.test(tokens[index + 1] ?? '')) {
      if (LINK_BEFORE_QUESTION.test(raw)) {
        flush();
        continue;
      }
      if (/^\p{Script=Han}[是为]$/u.test(raw) && !STOPWORDS.has(raw)) tokens[index] = raw[0];
    }
    const stripped = tokens[index].replace(ASK_PREFIX, '');
    // 工作情况类信息: a word dropped elsewhere (情况) names a kind with 类 after it: 情况类 is a word of its own.
    if (STOPWORDS.has(stripped) && /^\p{Script=Han}{2,}$/u.test(stripped) && tokens[index + 1] === '类') {
      flush();
      if (!words.includes(`${stripped}类`)) words.push(`${stripped}类`);
      tokens[index + 1] = '';
      previous = '';
      continue;
    }
    // 发了 → 发, 申请过 → 申请; but 通过, 超过 are words of their own.
    const word = KEEP_PARTICLE.has(stripped) ? stripped : stripped.replace(/(?<=.)[了过着]$/, '');
    // 工作报告, 调研报告: 报告 after a noun is part of that noun (a report of that kind), not the report asked about.
    if (word === '报告' && words[words.length - 1] === previous && /^\p{Script=Han}{2,}$/u.test(previous)) {
      words[words.length - 1] = previous + word;
      previous = '';
      continue;
    }
    previous = word;
    // 跑|最|多|跑 (最多跑一趟): 最 with the 多 or 少 after it is one word (最多), not 最 glued to the single before it (跑最).
    if ((word === '多' || word === '少') && run.endsWith('最')) {
      run = run.slice(0, -1);
      flush();
      if (!words.includes(`最${word}`)) words.push(`最${word}`);
      continue;
    }
    // (类 stays a word of the question: 解读类信息 names a kind; only after a number is it a measure word.)
    if (
      word.length === 0 ||
      STOPWORDS.has(word) ||
      /^\d+$/.test(word) ||
      (UNITS.includes(word) && word !== '类') ||
      (founding && WHEN_WORD.test(word))
    ) {
      flush();
      continue;
    }
    if (word.length === 1 && /\p{Script=Han}/u.test(word)) {
      run += word;
      continue;
    }
    flush();
    if (!words.includes(word)) words.push(word);
  }
  flush();
  return words;
}

/** A noun's last character the segmenter glues to the verb after it (视频|号发 → 视频号|发, 答复|书出 → 答复书|出, 申请|表交). */
const NOUN_END = /[号站博台书表]/;
/** Channels of two characters the segmenter may cut in two (抖|音发 in 抖音发了多少条). */
const SPLIT_CHANNEL = /^(?:抖音|快手|微博|微信|头条)$/;
/** Verbs glued that way. */
const GLUED_AFTER = /[发办收罚批交报领送建开推出做]/;

/**
 * Tokens the segmenter cut across words in a question: 视频|号发 → 视频号|发, and a measure word
 * glued to the noun after it, 多少|条短|视频 → 多少|条|短视频.
 */
function repairGlued(tokens: string[]): string[] {
  const repaired: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    const before = repaired[repaired.length - 1];
    // 一年制|发了 (一年制发了多少件): a span of a year glued to the 制 of the verb after it (制发, 制定) is that span and the verb.
    if (/^(?:一|全|今|当|本)年制$/.test(token) && /^[发定作]/.test(tokens[index + 1] ?? '')) {
      repaired.push(token.slice(0, 2));
      tokens[index + 1] = `制${tokens[index + 1]}`;
      continue;
    }
    // 政务运行|类有|多少: 有 before the question word is the verb, not part of the word before it (类).
    if (token.length === 2 && token[1] === '有' && /^(?:多少|几)/.test(tokens[index + 1] ?? '')) {
      repaired.push(token[0]);
      continue;
    }
    // 魅力|二|街上|发了 (在魅力二街上发了几条): a name the segmenter cut into single characters, its last glued to the place word
    // after it (街上, as a word of its own), before the verb: the character is the name's, the place word says nothing.
    if (
      token.length === 2 &&
      /^\p{Script=Han}[上里]$/u.test(token) &&
      before?.length === 1 &&
      /\p{Script=Han}/u.test(before) &&
      !STOPWORDS.has(before) &&
      /^(?:发|推|公开|公布|发布|推送|更新)/.test(tokens[index + 1] ?? '')
    ) {
      repaired[repaired.length - 1] = before + token[0];
      continue;
    }
    // 抖|音发 → 抖音|发: a channel's two-character name cut in two, its second half glued to the verb after it.
    if (token.length === 2 && before && SPLIT_CHANNEL.test(before + token[0]) && GLUED_AFTER.test(token[1])) {
      repaired[repaired.length - 1] = before + token[0];
      repaired.push(token[1]);
      continue;
    }
    if (token.length === 2 && before && /^\p{Script=Han}{2,}$/u.test(before) && NOUN_END.test(token[0]) && GLUED_AFTER.test(token[1])) {
      repaired[repaired.length - 1] = before + token[0];
      repaired.push(token[1]);
      continue;
    }
    // 公众|号|多少条 (right before the question word the segmenter leaves 号 alone): 公众号, as 视频号 and 政府网站.
    if (
      token.length === 1 &&
      before &&
      /^\p{Script=Han}{2,}$/u.test(before) &&
      NOUN_END.test(token) &&
      !/[月日]$/.test(before) &&
      /^(?:多少|几|有多少|有几|呢)?$/.test(tokens[index + 1] ?? '')
    ) {
      repaired[repaired.length - 1] = before + token;
      continue;
    }
    const next = tokens[index + 1];
    if (
      token.length === 2 &&
      /^(?:多少|几)$/.test(before ?? '') &&
      !UNITS.includes(token) &&
      UNITS.includes(token[0]) &&
      next &&
      /^\p{Script=Han}+$/u.test(next)
    ) {
      repaired.push(token[0], token[1] + next);
      index += 1;
      continue;
    }
    repaired.push(token);
  }
  return repaired;
}

/** Single-character verbs the segmenter glues to the noun before them (微博发了 → 微博发|了). */
const GLUED_VERB = /^(\p{Script=Han}{2})([发办收罚批交报领送建开])$/u;

/** A place word glued to the verb after it (APP|上发, 网站|里发): the place word says nothing a sentence repeats. */
const GLUED_PLACE_VERB = /^[上里中内]([发办收推])$/u;

/** Spoken forms of a word the reports write otherwise (上一年 → 上年). */
const WRITTEN_FORMS: Record<string, string> = { 上一年: '上年', 上一年度: '上年度' };

/** 微博发 → 微博, 发: the noun is what a sentence names (微博…发布信息159条). */
/** A rate the segmenter keeps whole (回复率): its act and 率, as 办结率 is cut, so 回复和办结率 is found for it. */
const WHOLE_RATE = /^(\p{Script=Han}{2})(率)$/u;

function splitGluedVerb(word: string): string[] {
  const rate = WHOLE_RATE.exec(word);
  if (rate) return [rate[1], rate[2]];
  const glued = GLUED_VERB.exec(word);
  if (glued) return [glued[1], glued[2]];
  const placed = GLUED_PLACE_VERB.exec(word);
  if (placed) return [placed[1]];
  return [WRITTEN_FORMS[word] ?? word];
}

/**
 * Words nearly every sentence of a disclosure report holds (公开, 信息, 政府): they say little about
 * which sentence is meant, so they weigh as a short word whatever their length.
 */
const DOMAIN_WORDS = new Set(['公开', '信息', '政府', '政务', '政府信息', '信息公开', '政务公开', '主动公开', '工作', '情况']);

/** A word's weight in how much of the question a sentence covers: long words carry the question, single characters little. */
function weightOf(word: string): number {
  return word.length === 1 ? 0.25 : Math.min(word.length, 4);
}

/** A word's weight in choosing the number it leads up to: the domain's everyday words little. */
function leadWeight(word: string): number {
  return DOMAIN_WORDS.has(word) ? 1 : weightOf(word);
}

/**
 * The question's words in the noun phrase a number stands before (283项|公安行政审批事项已…,
 * 对12项|政策文件进行了解读): the rest of its clause up to the next number or mark. Counted only
 * when no word follows the number directly, so a listed figure keeps its own words.
 */
function nounPhraseAfter(sentence: string, end: number, matched: string[]): number {
  // 105批次(7大类30种)流通领域产品质量监督抽查信息: a bracket right after the number qualifies it; the phrase goes on after it.
  const start = end + (/^[（(][^）)]{0,16}[）)]/.exec(sentence.slice(end))?.[0].length ?? 0);
  let stop = start;
  while (stop < sentence.length && stop - start < 24 && !FINE_BREAK.test(sentence[stop]) && !/\d/.test(sentence[stop])) stop += 1;
  const phrase = sentence.slice(start, stop);
  // 召开新闻发布会2次提升微博、微信运行质量 (a comma lost after the count): words opening with a verb of doing more are the next
  // clause, not the noun the count stands before.
  if (NEXT_ACT_OPENING.test(phrase)) return 0;
  return matched.reduce((sum, word) => (phrase.includes(word) ? sum + leadWeight(word) : sum), 0);
}
const NEXT_ACT_OPENING =
  /^(?:提升|加强|推进|优化|完善|强化|提高|做好|深化|扩大|规范|健全|推动|持续|不断|进一步|切实|积极|全面|着力|努力|确保|坚持)/;

/**
 * The question's words in a parenthesis right after a figure that qualifies it (财政信息2条（部门预决算报告）).
 * A parenthesis holding figures of its own (3条（含…部门信息2条）) lists parts, and says nothing of the figure before it.
 */
function qualifyingParenthesis(sentence: string, end: number, matched: string[]): number {
  if (!/[（(]/.test(sentence[end] ?? '')) return 0;
  const close = sentence.slice(end + 1, end + 32).search(/[）)]/);
  if (close < 0) return 0;
  const inside = sentence.slice(end + 1, end + 1 + close);
  if (/\d/.test(inside)) return 0;
  return matched.reduce((sum, word) => (inside.includes(word) ? sum + leadWeight(word) : sum), 0);
}

/** Adjacent content words the question writes together (部门信息): its phrases. */
function phrasesOf(text: string): string[] {
  const words = contentWords(text);
  const phrases: string[] = [];
  for (let index = 0; index + 1 < words.length; index += 1) {
    const phrase = words[index] + words[index + 1];
    // 财政|信息|公开了几条: 信息公开 right after a thing's own word is that thing's 信息 and the verb 公开, no phrase telling
    // one figure from another (信息公开年报1条 is not the 财政信息7条 asked); 公开信息15条 and 收到几件信息公开申请 keep theirs.
    if (phrase === '信息公开' && index > 0 && !DOMAIN_WORDS.has(words[index - 1]) && text.includes(`${words[index - 1]}信息公开`)) continue;
    if (phrase.length >= 3 && text.includes(phrase)) phrases.push(phrase);
  }
  return phrases;
}

/**
 * The weight of the question's phrases written whole right before the number at `at`, in its own
 * list item (部门信息2条), when the sentence writes the phrase once: then it tells the figures apart.
 */
function phraseLead(sentence: string, at: number, phrases: readonly string[]): number {
  let start = /[（(]/.test(sentence[at - 1] ?? '') && HEADING_COUNT.test(sentence.slice(at)) ? at - 1 : at;
  while (start > 0 && !FINE_BREAK.test(sentence[start - 1])) start -= 1;
  const item = sentence.slice(start, at);
  return phrases.reduce(
    (sum, phrase) => (item.includes(phrase) && sentence.indexOf(phrase) === sentence.lastIndexOf(phrase) ? sum + weightOf(phrase) : sum),
    0,
  );
}

/** A fee asked for (处理费, 信息处理费, 收费) and a fee printed (收费, 费用, 处理费). */
const FEE_WORD = /^\p{Script=Han}*(?:处理费|收费)$/u;
const FEE_STATED = /收费|费用|处理费/;
/**
 * Verbs a report and a citizen use for the same act on an application: 收到 asked, 受理 or 接收 printed
 * (共受理依申请公开19件). One class, each word standing for the others.
 */
const RECEIVED_WORDS = ['收到', '受理', '接到', '接收', '新收'];
/**
 * 接受 asked (接受了多少人咨询) is 受理 or 收到 printed (受理政府信息咨询372人次); one way only: a report's 接受 (接受媒体采访,
 * 接受监督) is no receiving of what a 收到 question asks.
 */
const RECEIVED_ASKED_ONLY = '接受';
/** 接待 asked (接待咨询多少人次) where a report prints 接受 or 受理 before what people came for (接受咨询501284人次). */
const RECEPTION_ASKED = '接待';
const RECEPTION_STATED = /接受(?=[^，,。；;\d]{0,6}(?:咨询|来访|群众|办事))|受理(?=[^，,。；;\d]{0,6}(?:咨询|来访))/;

/** A WeChat official account as a question names it, and as reports print it (微信公众平台, 微信平台, 订阅号). */
/**
 * A government website as questions name it (门户网站, 政府门户网站, 官网; 网站 too, against a report printing none: 政府网站公开了
 * 多少 against 利用政府门户网主动公开信息35条) and as reports print it (人民政府网站, 政府网站, and an agency's own 官网 or 官方网站:
 * 通过官网主动公开政府信息99条).
 */
const WEBSITE_WORD = /^(?:政府)?门户(?:网站)?$|^官网$|^官方网站$|^(?:政府)?网站$/;
// (利用政府门户网主动公开信息35条: the site printed without its 站.)
const WEBSITE_STATED = /政府门户网站|门户网站|人民政府网站|政府网站|官方网站|官网|官網|官方網站|门户网(?!络)/;
/** Organisations asked in a general word (单位, 公司, 企业) where a report lists them as one of the others (…有限公司、…等企业). */
/**
 * Ways of applying that are one channel in other words (网上申请 asked, 网络申请 printed). 网站 alone is left out: it
 * is also where information is published (官方网站 and 官网 of an application are the agency's own site).
 */
export const SAME_APPLICATION_CHANNEL: ReadonlyArray<readonly string[]> = [
  // 通过委官方网站提交申请表的862件: an application made on the agency's own site (官方网站, 官网) is made online.
  ['网络平台', '网络', '网上', '在线', '线上', '互联网', '官方网站', '官网'],
  ['信函', '邮寄', '来信', '信件', '写信', '寄信'],
  ['当面', '现场', '窗口'],
  ['电子邮件', '邮件', '邮箱'],
  ['电话', '打电话', '热线'],
];

/** Every way-of-applying word, longest first, to find them in a sentence. */
const CHANNEL_WORDS = new RegExp(
  [...SAME_APPLICATION_CHANNEL.flat()]
    .filter((word) => word.length >= 2)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);
/** Words joining ways of applying named together (以互联网申请、信函申请等, 通过信函或在线申请). */
const CHANNELS_JOINED = /^[^\d，,。；;]{0,6}?(?:、|或者?|和|及|与|以及|\/)[^\d，,。；;]{0,4}$/;

/**
 * Whether the count a sentence gives (of `value`) may be the applications of the way asked (`word`): not where the sentence
 * names that way only among several joined together with no count of their own (以互联网申请、信函申请等多渠道…,全年收到依申请公开
 * 8件; 20件,大部分通过信函或在线申请). Each way with its own count (受理线上…申请65件,依法办结62件,受理线下…9件; 13件(11件网上申请,
 * 2件信函申请)) is counted, as is a count the way's word labels (网络申请8件) or the words after it say all came that way.
 * (A stricter reading — only a count the word labels — refused 办结 and counts printed before their way's word.)
 */
export function applicationChannelCounted(sentence: string, value: number, word: string): boolean {
  const group = SAME_APPLICATION_CHANNEL.findIndex((same) => same.includes(word));
  const found = [...sentence.matchAll(CHANNEL_WORDS)].map((match) => ({
    at: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    group: SAME_APPLICATION_CHANNEL.findIndex((same) => same.includes(match[0])),
  }));
  for (let index = 0; index + 1 < found.length; index += 1) {
    const [one, next] = [found[index], found[index + 1]];
    if (one.group === next.group || (one.group !== group && next.group !== group)) continue;
    if (CHANNELS_JOINED.test(sentence.slice(one.end, next.at))) {
      // (The way asked, labelling the count itself, is still its count: 通过网络申请8件、信函或当面申请2件.)
      const labelled = new RegExp(
        `(?:${SAME_APPLICATION_CHANNEL[group].join('|')})[^，,。；;、\\d]{0,8}?${String(value).replace('.', '\\.')}\\s*(?:件|条|个|项|份|例|宗)`,
      );
      return labelled.test(sentence);
    }
  }
  return true;
}

/**
 * Whether the way of applying asked (`word`, or the same channel's other word) is named only where the page is cut off, no
 * count after it (…,其中线上申请3件,线下申): its count is lost with the page's end, and the sentence's total is not it.
 */
export function applicationChannelCutOff(sentence: string, word: string): boolean {
  const same = SAME_APPLICATION_CHANNEL.find((group) => group.includes(word)) ?? [word];
  const trimmed = sentence.trimEnd();
  if (/[。！？!?；;）)”」]$/.test(trimmed)) return false;
  return same.some((other) => {
    const at = trimmed.lastIndexOf(other);
    return at >= 0 && /^[^\d，,。；;、]{0,2}$/.test(trimmed.slice(at + other.length));
  });
}

/** The word a sentence prints for the way of applying a question word names (itself, or the same channel's other word). */
export function applicationChannelStated(sentence: string, word: string): string | undefined {
  const same = SAME_APPLICATION_CHANNEL.find((group) => group.includes(word));
  if (!same) return sentence.includes(word) ? word : undefined;
  return same.find((other) => sentence.includes(other));
}

/** A private person applying, as a question names one (个人, 老百姓) and as a report prints one (自然人, 公民个人, 公民). */
const PERSON_APPLICANT_WORD = /^(?:个人|公民|自然人|公民个人|私人|老百姓|群众)$/;
const PERSON_APPLICANT_STATED = /公民个人|自然人|公民|个人|群众/;
const ORGANISATION_WORD = /^(?:单位|企业|公司)$/;
const ORGANISATIONS_STATED = /有限公司|企业|公司/;
const ACCOUNT_WORD = /^(?:微信)?(?:公众号|订阅号|服务号)$/;
/** Pushing or updating asked of an account (推送, 更新); a report prints that it published (发布, 推送, 发出). */
const PUSH_WORD = /^(?:推送|推|更新|推出)$/;
// (通过公众号公开信息数529条: an account's count printed as what it made public is what it pushed.)
const PUBLISHED_STATED = /发布|推送|发出|推出|更新|刊发|公开|公布/;
// (官方微信发布信息921条, 政务微信: the agency's account written without 公众号.)
// (政务微信小程序 is a mini program inside WeChat, no account of it.)
const ACCOUNT_STATED = /微信公众平台|公众平台|微信平台|微信公众号|公众号|订阅号|服务号|官方微信(?!小程序)|政务微信(?!群|工作群|小程序)/;
/** One kind of new-media account asked (公众号, 微博, 抖音, 视频号): each is a 政务新媒体. */
const NEW_MEDIA_KIND_WORD = /^(?:微信)?(?:公众号|订阅号|服务号)$|^(?:微博|抖音|快手|视频号|头条号?)$/;
/** A report stating it has no new-media account at all (未注册政务新媒体, 没有开通政务新媒体, 无政务新媒体账号). */
const NO_NEW_MEDIA_STATED = /(?:未|没有|尚未|暂未|暂无|无)(?:注册|开通|开设|设立|运营)?(?:任何)?(?:政务)?新媒体/;

/** The verb of receiving as a question writes it. */
const RECEIVED_WORD = /^(?:收到|接到|收了|接)$/;
/** Applications received, in a report's other verbs (收政府信息公开申请, 受理申请, 接收依申请公开申请): the verb is group 1. */
const RECEIVED_STATED = /(受理|接收|接到|(?<![验征回])收)(?:了)?(?:政府信息公开|信息公开|依申请公开|依申请)?(?:政府信息)?申请/;

/**
 * Applications counted with no verb (自然人政府信息公开申请1件): the disclosure application's name right before its number; or
 * the number before the name with only 有 or 共 before it (2025年度有1件依申请公开信息), not after another verb (办结3件依申请公开).
 */
const COUNTED_STATED =
  /(?:政府信息公开|信息公开|依申请公开)申请(?=\d)|(?<=(?:有|共|年度?)\d+件)(?:政府信息公开申请|信息公开申请|依申请公开)/;

/**
 * Applications handled, where a sentence names no verb of receiving (办理向管委会申请的政府信息31件, 办理群众提出的政府信息公开申请12件,
 * 全年处理申请数量423件: 处理 right before the applications, never 处理依申请公开答复信息, nor 不予处理, an outcome).
 */
const HANDLED_STATED =
  /(办理)(?:了)?(?:(?!复议|诉讼)[^，。；,;：:\d]){0,12}?申请|((?<!不予|予以)处理)(?:了)?(?:政府信息公开|信息公开)?申请(?!人)/u;
/**
 * Items of a hotline or mailbox handled (办理12345政务服务热线766件, 办理主任信箱15件, 领导信箱办件71件, 12345市长热线交办件78件):
 * the verb is group 1 or 2.
 */
const REQUEST_HANDLED_STATED =
  /(办理|接听|受理)(?:了)?[^，。；,;：:]{0,12}?(?:热线|信箱)|(?:热线|信箱)(交办件|办件|来件|来信|办理|受理|接听)/u;

/** Characters the segmenter leaves at a word's end that are no part of its noun (微博上, 微博是, 顺延到). */
const TRAILING_PARTICLE = /[上下里中内是到的了过着在呢吗么吧]$/;

/**
 * A word whose head (its end: 公开栏 is a 栏, 公示牌 a 牌) the sentence lacks: the sentence names another
 * thing (政务公开年报, 公告公示), however many of the word's other parts it shares.
 */
function headless(sentence: string, word: string): boolean {
  return !TRAILING_PARTICLE.test(word) && !sentence.includes(word.slice(-2));
}

/**
 * How much of the question a sentence covers, 0–1. A word found whole counts fully; a longer
 * word not found counts by the share of its character pairs found (区政府 against 人民政府网站).
 */
/** Short forms citizens say (专栏) of words reports print in full (专题栏目): how it is printed, and the term searched for it. */
// (电话 asked of a hotline; 接听154次来电 printed: the calls it took.)
const SHORT_FORMS = new Map<string, { printed: RegExp; term: string }>([
  ['专栏', { printed: /专题栏目|栏目/, term: '栏目' }],
  ['电话', { printed: /来电/, term: '来电' }],
  // An application withdrawn is printed 撤回 by some reports and 撤销 by others (colloquial.ts reads 撤了, 撤掉 as 撤销).
  // (撤消 is another spelling of 撤销: 撤消“弥勒名人”…3个栏目.)
  ['撤销', { printed: /撤回|撤消/, term: '撤回' }],
  ['撤回', { printed: /撤销/, term: '撤销' }],
  // 网站 asked; 通过双兴镇人民政府信息网主动公开政府信息13条 printed: a government’s 信息网 is its website (not 政府网, an account’s name too).
  ['网站', { printed: /信息网(?!络)/, term: '信息网' }],
  // 企业申请的 / 公司申请了几件 asked; 法人或其他组织申请6件 printed: the applicants' kind citizens call companies.
  ['企业', { printed: /法人(?:或|和|及|与)?(?:其他)?组织|法人/, term: '法人' }],
  ['公司', { printed: /法人(?:或|和|及|与)?(?:其他)?组织|法人/, term: '法人' }],
  // 央媒 / 省媒 / 市媒 asked; 中央级、省级媒体共900余篇次 printed: the media of that level, by the words reports print.
  ['央媒', { printed: /中央级?(?:主流)?(?:新闻)?媒体|中央级/, term: '中央' }],
  ['省媒', { printed: /省级?(?:主流)?(?:新闻)?媒体|省级/, term: '省级' }],
  ['市媒', { printed: /市级?(?:主流)?(?:新闻)?媒体|市级/, term: '市级' }],
  // 复议案子审了几个 asked; 审理…行政复议案件7起 printed: a case, said as people say it.
  ['案子', { printed: /案件/, term: '案件' }],
  // 办结了几个 (办完 is read as 办结) asked; 受理…申请57件,完成答复54件 printed: the requests finished, in the report's words.
  ['办结', { printed: /完成(?:答复|办理)|答复完成|办理完成/, term: '完成' }],
  // 新制发的呢 (本年制发, table 二's column) asked; 制定发布规范性文件4件 / 制定印发 printed: the documents the year issued.
  ['制发', { printed: /制定(?:并|和|及)?(?:发布|印发|出台)/, term: '制定' }],
  // 制作了多少条政府信息 asked; 产生政府文件信息22条 / 形成政府信息30条 printed: the information the year made, in the report's word.
  ['制作', { printed: /产生|形成/, term: '产生' }],
  // 当天回复的有几条 asked; 当日回复19条 printed: the same day, in the report's word.
  ['当天', { printed: /当日/, term: '当日' }],
  ['当日', { printed: /当天/, term: '当天' }],
  // 有专门的经费吗 asked; 落实专用经费 / 专项经费 printed: money set aside for the work, in the report's word.
  ['专门', { printed: /专用|专项/, term: '专用' }],
  // 有没有责任追究 (问责 and 追责 are read as 责任追究) asked; 对相关责任人进行…问责 printed: the same holding to account.
  ['追究', { printed: /问责|追责/, term: '问责' }],
]);

/**
 * 政策解读 asked; 发布解读信息12条, 解读信息发布20条, 发布解读材料25份, 解读类信息69条 printed: a report's 解读 published with no other head
 * is its policy interpretation. (Not where another thing is interpreted: 数据解读信息89篇, 重点公告解读7件, 报告及解读2条.)
 */
const POLICY_READING_STATED = /(?<!数据|公告|统计|报告|会议|图片|视频)解读(?:类)?(?:信息|材料|文章|稿件|稿)/;
/** A publication asked by its kind (刊物, 期刊, 内刊, 杂志, 简报, 专刊), not by its title. */
const PUBLICATION_WORD = /^(?:刊物|期刊|内刊|杂志|简报|专刊|快报)$/;
/** A title printed with its issues (《海原科技信息》55期): the title, group 1. */
const PUBLICATION_PRINTED = /(《[^《》]{2,20}》)(?:共|累计)?(?:编发|印发|发布|出版|刊发)?\d+期/;

/** A verb of answering requests asked (回复了几个, 办结多少, 答复了几条). */
const REPLIED_WORD = /^(?:回复|答复|办结|回应)$/;
/** Messages or letters counted as handled (办理网民留言119条, 办理群众来信12件): group 1, the words before the count. */
const MESSAGE_HANDLED_STATED = /(办理(?:网民|网友|群众|公众|市民)?(?:留言|来信|信件))(?:共|共计|合计)?\d/;
/** A sentence saying every request it counts was answered (均实现办结, 全部予以答复, 件件有回音, 办结率100%). */
const ALL_REPLIED_STATED =
  /(?:均|全部|全都|全)(?:已|已经|实现|得到|予以|按时|及时)*(?:办结|回复|答复|回应)|件件有(?:回音|回复|答复)|(?:办结|回复|答复)率(?:达到?|为)?100%/;
/** Documents still in force, as a question or a report words it (现行有效, 有效存续, 继续有效, 仍然有效). */
const IN_FORCE_WORD = /^(?:现行有效|有效存续|继续有效|仍然有效|仍有效)$/;
const IN_FORCE_STATED = /现行有效|有效存续|继续有效|仍然有效|仍有效/;
function coverage(sentence: string, words: string[]): { share: number; matched: string[] } {
  let total = 0;
  let found = 0;
  const matched: string[] = [];
  let gapped: string | undefined;
  const accountAsked = words.some((word) => ACCOUNT_WORD.test(word) || word === '公众' || /微信/.test(word));
  // 公开了几件 asked with nothing else (no thing, no other word of 公开): a sentence whose 公开 is only the name of the work
  // (因政府信息公开产生行政复议2件, 结转上年度政府信息公开申请1件, 政务公开标准目录3个) says nothing was published or granted.
  const publishedAsked =
    words.includes('公开') && words.every((word) => word === '公开' || (DOMAIN_WORDS.has(word) && !word.includes('公开')));
  const publishedNamedOnly = publishedAsked && sentence.includes('公开') && !/(?<!信息|政务)公开/.test(sentence);
  for (const word of words) {
    // A domain word (信息公开) the sentence lacks misses little: nearly every sentence is about it.
    const weight = DOMAIN_WORDS.has(word) && !sentence.includes(word) ? Math.min(weightOf(word), 1) : weightOf(word);
    total += weight;
    if (word === '公开' && publishedNamedOnly) {
      // (no match: the name of the work, not the verb asked)
    } else if (sentence.includes(word)) {
      found += weight;
      matched.push(word);
    } else if (word.length === 2 && HAN_ONLY.test(word) && sentence.includes(`${word[0]}、${word[1]}`)) {
      // 省市媒体 or 省、市媒体 asked; 省、市媒体347条次 printed: the two levels a 、 joins are the word asked, as printed.
      found += weight;
      matched.push(`${word[0]}、${word[1]}`);
    } else if (word === '其中' && BREAKDOWN.test(sentence)) {
      // 其中投诉类多少条 asked; 工单378条,涵盖投诉类328条 printed: the parts of a count, led by another word than 其中.
      found += weight;
      matched.push(BREAKDOWN.exec(sentence)![0]);
    } else if (PUBLICATION_WORD.test(word) && PUBLICATION_PRINTED.test(sentence)) {
      // 那个刊物出了几期 against 发布《海原科技信息》55期: a publication asked by its kind is the title printed with its issues.
      found += weight;
      matched.push(PUBLICATION_PRINTED.exec(sentence)![1]);
    } else if (FEE_WORD.test(word) && FEE_STATED.test(sentence)) {
      // 处理费, 信息处理费 asked; 收费, 费用 printed: the same fee.
      found += weight;
      matched.push(FEE_STATED.exec(sentence)![0]);
    } else if (RECEIVED_WORD.test(word) && RECEIVED_STATED.test(sentence)) {
      // 收到 asked; 收政府信息公开申请464件, 受理申请, 接收申请 printed: the same applications received.
      found += weight;
      matched.push(RECEIVED_STATED.exec(sentence)![1]);
    } else if (
      (RECEIVED_WORDS.includes(word) || word === RECEIVED_ASKED_ONLY) &&
      RECEIVED_WORDS.some((other) => sentence.includes(other))
    ) {
      // 收到 or 接到 asked; 共受理依申请公开19件 printed, 申请 not after the verb: another verb of the class.
      found += weight;
      matched.push(RECEIVED_WORDS.find((other) => sentence.includes(other))!);
    } else if (word === RECEPTION_ASKED && RECEPTION_STATED.test(sentence)) {
      // 接待咨询多少人次 asked; 政务服务中心接受咨询501284人次 printed: people received, in either verb.
      found += weight;
      matched.push(RECEPTION_STATED.exec(sentence)![0]);
    } else if (
      SHORT_FORMS.get(word)?.printed.test(sentence) &&
      // (案子 is a 案件 of a review or lawsuit only: 破了多少案子 asks police work, no disclosure case.)
      (word !== '案子' || words.some((other) => /复议|诉讼|起诉|官司/.test(other)))
    ) {
      // 专栏 asked; 维护专题栏目17个 printed: the short form citizens say for the word the report prints.
      found += weight;
      matched.push(SHORT_FORMS.get(word)!.printed.exec(sentence)![0]);
    } else if ((IN_FORCE_WORD.test(word) || (word === '现行' && words.includes('有效'))) && IN_FORCE_STATED.test(sentence)) {
      // 现行有效的有几份 asked (现行|有效); 废止15份、有效存续37份 printed: documents still in force, in any of the words reports use.
      found += weight;
      matched.push(IN_FORCE_STATED.exec(sentence)![0]);
    } else if (word === '起诉' && sentence.includes('诉讼')) {
      // 被起诉过吗 asked; 被提起行政诉讼0件 printed: the same lawsuits.
      found += weight;
      matched.push('诉讼');
    } else if (RECEIVED_WORD.test(word) && COUNTED_STATED.test(sentence)) {
      // 收到 asked; 我局本年度自然人政府信息公开申请1件 printed with no verb at all: the count of the year's applications.
      found += weight;
      matched.push(COUNTED_STATED.exec(sentence)![0]);
    } else if (RECEIVED_WORD.test(word) && HANDLED_STATED.test(sentence)) {
      // 收到 asked; 办理向管委会申请的政府信息31件 printed with no verb of receiving: the applications the year took in, as quoted.
      found += weight;
      const handled = HANDLED_STATED.exec(sentence)!;
      matched.push(handled[1] ?? handled[2]);
    } else if (RECEIVED_WORD.test(word) && REQUEST_HANDLED_STATED.test(sentence)) {
      // 12345热线收到多少件 asked; 办理12345政务服务热线766件 printed: a hotline's or mailbox's items are counted as handled.
      found += weight;
      const handled = REQUEST_HANDLED_STATED.exec(sentence)!;
      matched.push(handled[1] ?? handled[2]);
    } else if (REPLIED_WORD.test(word) && ALL_REPLIED_STATED.test(sentence)) {
      // 网民留言回复了几个 asked; 受理网民留言106条,均实现办结,做到件件有回音 printed: every one received was answered, so the
      // count received is the count answered.
      found += weight;
      matched.push(ALL_REPLIED_STATED.exec(sentence)![0]);
    } else if ((REPLIED_WORD.test(word) || word === '处理') && MESSAGE_HANDLED_STATED.test(sentence)) {
      // 网民留言回复了几条 asked; 全年办理网民留言119条 printed: a message is handled by answering it, so the count handled
      // is the count answered. (Of messages and letters only: an application handled, 办理申请46件, is not one answered.)
      found += weight;
      matched.push(MESSAGE_HANDLED_STATED.exec(sentence)![1]);
    } else if (PUSH_WORD.test(word) && accountAsked && PUBLISHED_STATED.test(sentence)) {
      // 公众号推送了几条 asked; 官方微信发布信息921条 printed: pushing is how an account publishes. (Only of an account:
      // 门户网站更新了多少 is the site's 共更新信息120条, not the 共发布信息300条 of the site and the account.)
      found += weight;
      matched.push(PUBLISHED_STATED.exec(sentence)![0]);
    } else if (ACCOUNT_WORD.test(word) && ACCOUNT_STATED.test(sentence)) {
      // 公众号 asked; 官方微信公众平台发布416条 printed: the same WeChat account (its head 号 is not printed).
      found += weight;
      matched.push(ACCOUNT_STATED.exec(sentence)![0]);
    } else if (word === '政策' && words.includes('解读') && POLICY_READING_STATED.test(sentence)) {
      // 政策解读有几篇 asked (政策|解读); 发布解读信息12条 printed: the report's own interpretations, 政策 left unsaid.
      found += weight;
      matched.push(POLICY_READING_STATED.exec(sentence)![0]);
    } else if (NEW_MEDIA_KIND_WORD.test(word) && NO_NEW_MEDIA_STATED.test(sentence)) {
      // 有没有开通公众号 asked; 我局未注册政务新媒体 printed: no new-media account at all is no account of the kind asked (the
      // matched word is 新媒体, so the 未 before it is read as the negation it is).
      found += weight;
      matched.push('新媒体');
    } else if (
      (WEBSITE_WORD.test(word) && WEBSITE_STATED.test(sentence)) ||
      // 网站 asked; 利用政府门户网主动公开信息35条 or 通过官网… printed, no 网站 in it: the same website.
      (word === '网站' && !sentence.includes('网站') && /门户网(?!络)|官网|官網/.test(sentence))
    ) {
      // 门户网站 or 官网 asked; 通过中卫市人民政府网站发布信息16条 printed: the same government website.
      found += weight;
      matched.push(WEBSITE_STATED.exec(sentence)![0]);
    } else if (applicationChannelStated(sentence, word) !== undefined && /申请/.test(sentence)) {
      // 网上申请 asked; 网络申请2件 printed: the same way of applying.
      found += weight;
      matched.push(applicationChannelStated(sentence, word)!);
    } else if (PERSON_APPLICANT_WORD.test(word) && PERSON_APPLICANT_STATED.test(sentence) && /申请/.test(sentence)) {
      // 个人申请的有多少 asked; 其中370项为自然人提交 printed: a private person applying, by any of the words reports use.
      found += weight;
      matched.push(PERSON_APPLICANT_STATED.exec(sentence)![0]);
    } else if (ORGANISATION_WORD.test(word) && ORGANISATIONS_STATED.test(sentence)) {
      // 去了哪些单位 asked; 走访观摩了…有限公司、…等企业 printed: the organisations named.
      found += weight;
      matched.push(ORGANISATIONS_STATED.exec(sentence)![0]);
    } else if (word.length === 4 && !FEE_WORD.test(word) && (gapped = gappedIn(sentence, word)) !== undefined) {
      // 部门动态 asked; 部门工作动态51条 printed: the two halves of the word with one or two characters between them.
      found += weight;
      matched.push(gapped);
    } else if (FEE_WORD.test(word)) {
      // 处理费 against 其他处理: without a fee printed, the pair 处理 is another thing.
    } else if (word.length >= 3 && !headless(sentence, word)) {
      let pairs = 0;
      for (let at = 0; at + 1 < word.length; at += 1) if (sentence.includes(word.slice(at, at + 2))) pairs += 1;
      found += (weight * pairs) / (word.length - 1);
      for (let at = 0; at + 1 < word.length; at += 1) if (sentence.includes(word.slice(at, at + 2))) matched.push(word.slice(at, at + 2));
    }
  }
  return { share: total === 0 ? 0 : found / total, matched };
}

/** A four-character word printed with one or two characters inside it (部门动态 as 部门工作动态), as printed; else undefined. */
function gappedIn(sentence: string, word: string): string | undefined {
  const head = word.slice(0, 2);
  const tail = word.slice(2);
  for (let at = sentence.indexOf(head); at >= 0; at = sentence.indexOf(head, at + 1)) {
    for (const gap of [1, 2]) {
      const end = at + 2 + gap;
      if (sentence.startsWith(tail, end) && HAN_ONLY.test(sentence.slice(at + 2, end))) return sentence.slice(at, end + tail.length);
    }
  }
  return undefined;
}
const HAN_ONLY = /^\p{Script=Han}+$/u;

/**
 * How strongly the question's words lead up to position `at`: their weight within the same
 * clause before it, half weight in the clause before that. A word listed with another (微信公众号、微博)
 * counts a quarter: the number after such a list is the sum over the list, not the one named.
 */
/** A count alone between brackets right before a colon (67条):): the count of the heading the bracket follows. */
const HEADING_COUNT = /^\d+(?:\.\d+)?\p{Script=Han}{1,2}[）)][:：]/u;
/** A count named by 数量 (数, 总数) printed bare and run into a word that is no measure word (信息数量304利用…). */
const BARE_COUNT_ENDS = /(?:数量|总数|数)(?:为|是|达)?\d+\p{Script=Han}$/u;

function leadUp(sentence: string, at: number, matched: string[]): number {
  let start = at;
  while (start > 0 && !CLAUSE_BREAK.test(sentence[start - 1])) start -= 1;
  let previous = Math.max(0, start - 1);
  while (previous > 0 && !CLAUSE_BREAK.test(sentence[previous - 1])) previous -= 1;
  const own = new Set<string>();
  const strength = (from: number, to: number, skip: Set<string>, record: boolean) =>
    matched.reduce((sum, word) => {
      const found = skip.has(word) ? -1 : sentence.slice(from, to).indexOf(word);
      if (found < 0) return sum;
      if (record) own.add(word);
      const position = from + found;
      // Listed with a name (微信公众号、微博), not after a figure (51条、工作总结2条).
      const listed =
        /^\p{Script=Han}{0,3}、/u.test(sentence.slice(position + word.length)) ||
        /(?<!\d\p{Script=Han}?[）)]?)、\p{Script=Han}{0,3}$/u.test(sentence.slice(0, position));
      return sum + leadWeight(word) * (listed ? 0.25 : 1);
    }, 0);
  // Words in the number's own list item (工作总结2条 in “…、工作总结2条、…”) count fully; the rest
  // of the clause a quarter, the clause before (only words this clause lacks) a quarter.
  // An item ends at 、 only in an enumeration of figures (…51条、工作总结2条), not in a list of names.
  let item = at;
  // 重点领域及基层公开(67条):…: a count alone between brackets before a colon is its heading's; the item goes on before the bracket.
  if (/[（(]/.test(sentence[at - 1] ?? '') && HEADING_COUNT.test(sentence.slice(at))) item -= 1;
  while (item > start) {
    const character = sentence[item - 1];
    if (FINE_BREAK.test(character) && (character !== '、' || endsFigureItem(sentence.slice(start, item - 1)))) break;
    // …发布的信息数量304利用本镇公众号发布信息数量144: a count printed bare, run into the next words with no mark, ends its item.
    if (item < at && BARE_COUNT_ENDS.test(sentence.slice(Math.max(start, item - 12), item + 1))) break;
    item -= 1;
  }
  const inItem = strength(item, at, new Set(), true);
  // 全年开展季度通报3次、月通报7次: the verb opening an enumeration of figures (开展) leads up to every item, not to the first
  // alone; a later item is credited with it as fully as the first.
  const lead = enumerationLead(sentence, start, item);
  const inLead = lead > start ? strength(start, lead, own, true) : 0;
  const inClause = strength(start, item, own, true) / 4;
  return inItem + inLead + inClause + (start > 0 ? strength(previous, start, own, false) / 4 : 0);
}

/**
 * Where the lead shared by an enumeration of figures ends (全年开展|季度通报3次、月通报7次: after its first verb), when the item
 * starting at \`item\` is a later one of it (right after a 、 closing a figure); \`start\` otherwise.
 */
function enumerationLead(sentence: string, start: number, item: number): number {
  if (item <= start || sentence[item - 1] !== '、') return start;
  const first = sentence.slice(start, item);
  const figure = first.search(/\d/);
  if (figure < 0) return start;
  const verb = /(?:发布|公开|公布|推送|编发|印发|制发|举办|开展|组织|召开|刊发|刊登|转载|更新|推出|制作|办理|受理)/.exec(
    first.slice(0, figure),
  );
  return verb ? start + verb.index + verb[0].length : start;
}

/**
 * Whether the text before a 、 ends an item of an enumeration of figures: 工作总结2条、 (the figure
 * closes the item) or 1条播放量破亿、 (the figure opens it, its words follow). A list of names
 * (微信公众号、微博) has no figure. A figure joined by 的 to its words (1964批次的食品安全抽检信息、) opens its item too.
 */
function endsFigureItem(before: string): boolean {
  return (
    /\d+\p{Script=Han}?[）)]?$/u.test(before) ||
    /(?:^|[，,；;：:、])[^，,；;：:、\d]{0,4}\d+(?:\.\d+)?[条件个篇次项名人家场期]\p{Script=Han}{1,10}$/u.test(before) ||
    // 已公布5期共1964批次的食品安全抽检信息、105批次…: an item whose figure opens it and 的 joins it to its words.
    /\d+(?:\.\d+)?\p{Script=Han}{1,2}的[^，,；;：:、\d]{1,14}$/u.test(before)
  );
}

/**
 * How many characters right before position `at` are a run of the question as written (依申请公开 before
 * 4件, asked 依申请公开的有几件): 0 when fewer than three are.
 */
function askedRightBefore(sentence: string, at: number, question: string): number {
  // Only the words before the question word count (涉及多少个领域: 个领域 follows 多少, it is no thing before a number).
  const asked = question.split(/多少|几/)[0];
  let length = 0;
  while (length < at && length < 12 && asked.includes(sentence.slice(at - length - 1, at))) length += 1;
  return length >= 3 ? length : 0;
}

/**
 * Whether position `at` stands inside a bracket opened right after a count (57条(含采购公告公示16条)):
 * the breakdown of that count. A bracket after a year (比2022年(31起)) holds no breakdown.
 */
/** Verbs an item's label may open with; what follows the last of them names the item (发布|政策类推文). */
const ITEM_VERB = /(?:发布|公开|公布|推送|编发|印发|制发|举办|开展|组织|召开|刊发|刊登|转载|更新|推出|制作|办理|受理)/g;
/** A label that prints a total (共发布, 合计, 累计): the list has its total, so no item stands for the whole. */
const TOTAL_LABEL = /共|合计|总计|累计|总数|全部/;

/**
 * The counts of the same thing listed beside the one chosen, when the question names none of them
 * and the sentence prints no total: 公众号发了多少篇推文 against 发布职业技能相关推文30篇,就业创业推文46篇,…党风廉政主题
 * 教育推文11篇 asks all of them, and 30 alone would read as the whole. Each item's label ends in the
 * same noun (推文), the words before that noun tell the items apart (职业技能相关, 就业创业), and the
 * question names none of those words. Undefined when the chosen count stands alone, or a total is printed
 * (a label with 共/合计, or one count equal to the others' sum: 主动公开120条, 网站100条, 公众号20条).
 */
export function listedParts(
  sentence: string,
  chosenAt: number,
  unit: string | undefined,
  question: string,
): Array<{ label: string; value: number; unit: string }> | undefined {
  if (!unit) return undefined;
  const items: Array<{
    label: string;
    head: string;
    qualifier: string;
    value: number;
    unit: string;
    at: number;
    start: number;
    end: number;
  }> = [];
  for (const match of sentence.matchAll(NUMBER_WITH_UNIT)) {
    const at = match.index ?? 0;
    if (!match[3] || match[2] || /[\d.]/.test(sentence[at - 1] ?? '')) continue;
    const start =
      Math.max(...['，', ',', '、', '；', ';', '。', '：', ':', '（', '('].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
    const label = sentence.slice(start, at).replace(/[“”"‘’《》]/g, '');
    if (!/^\p{Script=Han}+$/u.test(label) || label.length < 3) continue;
    const head = label.slice(-2);
    let verbEnd = 0;
    for (const verb of label.matchAll(ITEM_VERB)) verbEnd = (verb.index ?? 0) + verb[0].length;
    const qualifier = label.slice(verbEnd, -2);
    const end = at + match[0].length;
    items.push({ label: sentence.slice(start, end), head, qualifier, value: printedNumber(match[1]), unit: match[3], at, start, end });
  }
  const chosen = items.find((item) => item.at === chosenAt);
  if (!chosen || chosen.unit !== unit || chosen.qualifier.length < 2 || !question.includes(chosen.head)) return undefined;
  let parts = items.filter((item) => item.head === chosen.head && item.unit === chosen.unit);
  // 公开了多少条信息 against 全年公开发布机关简介信息4条,人事信息3条,计划总结4条,政策文件22条 (no total): one kind of 信息
  // heads a list of kinds named each in its own words, one mark apart in one unit; the first is no count of all the 信息.
  // (Some of its kinds may end in 信息 too: 人事信息 beside 计划总结 and 政策文件 is one kind among the rest.)
  const listedKinds = chosen.head === '信息' ? kindsListedFrom(items, chosen, sentence) : [];
  const kinds = listedKinds.length > parts.length && listedKinds.some((item) => item.head !== chosen.head) ? listedKinds : [];
  if (kinds.length >= 2) parts = kinds;
  if (parts.length < 2) return undefined;
  if (parts.some((part) => part.qualifier.length < 2 || TOTAL_LABEL.test(part.label) || insideBrackets(sentence, part.at)))
    return undefined;
  // 受理咨询372人次,其中现场咨询331人次,电话咨询61人次: an item opening with 其中 breaks down the one before it, a total.
  if (parts.slice(1).some((part) => BREAKDOWN.test(part.label))) return undefined;
  // 公开重点领域信息160条。其中,…经费32条,…惠民惠农信息20条: a breakdown opened between two items puts the later one under
  // the earlier, a total; the two are no peers to add (160 + 20 is no count of anything).
  if (parts.slice(1).some((part, index) => BREAKDOWN.test(sentence.slice(parts[index].end, part.start)))) return undefined;
  if (new Set(parts.map((part) => part.qualifier)).size < parts.length) return undefined;
  const sum = parts.reduce((total, part) => total + part.value, 0);
  if (parts.some((part) => part.value * 2 === sum)) return undefined;
  // The question names an item (服务类推文几篇, 依申请公开的信息 against 主动公开政务信息85条,依申请公开政府信息2条): that item is
  // the answer, not the list. Words every item's label holds (推文, 公开) name none.
  const bigrams = (text: string) =>
    new Set(Array.from({ length: Math.max(0, text.length - 1) }, (_, index) => text.slice(index, index + 2)));
  // (The channel the list opens with, 通过“青松住建”微信公众号发布…, is the whole list's, not its first item's.)
  // (A list of kinds tells its items apart by the kinds' own words: the verb heading its first item is the whole list's, and
  // 信息 the noun asked.)
  const labels = parts.map((part) =>
    bigrams(
      (kinds.length >= 2 ? part.qualifier : part.label)
        .replace(/[\d.,]+\D*$/, '')
        .replace(/[“”"‘’《》]/g, '')
        .replace(/^(?:通过|在|依托|利用|借助)\p{Script=Han}*?(?:发布|公开|推送|编发|刊发)/u, ''),
    ),
  );
  const shared = [...labels[0]].filter((pair) => labels.every((label) => label.has(pair)));
  if (labels.some((label) => [...label].some((pair) => !shared.includes(pair) && question.includes(pair)))) return undefined;
  // 网上申请的有几件 against 当面申请4件,通过网络提交申请10件,邮寄申请23件: the way of applying asked in other words (网上 for
  // 网络, 写信 or 信函 for 邮寄) names that item too.
  if (
    SAME_APPLICATION_CHANNEL.some(
      (group) =>
        group.some((word) => question.includes(word)) &&
        parts.some((part) => group.some((word) => part.label.includes(word))) &&
        !parts.every((part) => group.some((word) => part.label.includes(word))),
    )
  )
    return undefined;
  return parts.map((part) => ({ label: part.label, value: part.value, unit: part.unit }));
}

/**
 * The items of a list of kinds starting at `first` (…机关简介信息4条,人事信息3条,计划总结4条): each next item one mark after the
 * one before, in its unit, its label a kind's short name (no verb, no figure of its own before it).
 */
function kindsListedFrom<T extends { label: string; unit: string; start: number; end: number }>(
  items: readonly T[],
  first: T,
  sentence: string,
): T[] {
  const listed = [first];
  for (const item of items.slice(items.indexOf(first) + 1)) {
    const previous = listed[listed.length - 1];
    const kindName = item.label.replace(/[\d.].*$/, '');
    if (
      item.unit !== first.unit ||
      !/^[，,、；;]$/.test(sentence.slice(previous.end, item.start)) ||
      !/^\p{Script=Han}{2,8}$/u.test(kindName) ||
      new RegExp(ITEM_VERB.source).test(kindName)
    )
      break;
    listed.push(item);
  }
  return listed;
}

function insideBrackets(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const opened = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
  if (opened <= Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'))) return false;
  // (13封(含2封…), 5宗(含…): letters and cases counted in 封 and 宗 too.)
  return /\d(?:万|亿)?[条件个篇次项名人家场期份起余多封宗]$/u.test(before.slice(0, opened));
}

/** The shortest span around a number that reads as an answer: from the question's words before it to its unit. */
const FINE_BREAK = /[，。；：,;:！？!?、（）()]/;
function leadAround(sentence: string, at: number, end: number, matched: string[]): string {
  let start = at;
  while (start > 0 && !FINE_BREAK.test(sentence[start - 1])) start -= 1;
  // The answer names what it counts: reach back to the question's heaviest word before the number.
  const heaviest = [...matched].sort((a, b) => weightOf(b) - weightOf(a))[0];
  const heaviestAt = heaviest === undefined ? -1 : sentence.lastIndexOf(heaviest, at);
  // 12件结转下年度办结: a number opening its item, named by the words after it, needs no words from the item before.
  const namedAfter = start === at && heaviest !== undefined && itemAfter(sentence, end).includes(heaviest);
  if (heaviestAt >= 0 && heaviestAt < start && !namedAfter) {
    start = heaviestAt;
    while (start > 0 && !FINE_BREAK.test(sentence[start - 1])) start -= 1;
  } else if (!matched.some((word) => sentence.slice(start, end).includes(word))) start = clauseAt(sentence, at).start;
  // 政策文件、解读材料12件: nouns a 、 joins before one count share it; the lead names them all (one after a figure,
  // 工作动态80条、统计公报6条, is an item of its own).
  while (start > 0 && sentence[start - 1] === '、') {
    let previous = start - 1;
    while (previous > 0 && !FINE_BREAK.test(sentence[previous - 1])) previous -= 1;
    const from = joinedNounStart(sentence.slice(previous, start - 1));
    if (from === undefined) break;
    start = previous + from;
    if (from > 0) break;
  }
  let stop = end;
  while (stop < sentence.length && !FINE_BREAK.test(sentence[stop])) stop += 1;
  return sentence.slice(start, stop);
}

/** The clause of the sentence around position `at` (between clause marks). */
function clauseAt(sentence: string, at: number): { start: number; end: number } {
  let start = at;
  while (start > 0 && !breaksClause(sentence, start - 1)) start -= 1;
  let end = at;
  while (end < sentence.length && !breaksClause(sentence, end)) end += 1;
  return { start, end };
}

/** The whole clause (between clause marks) of the sentence that holds the quoted `clause`; the quote itself where not found. */
function wholeClauseOf(sentence: string, clause: string): string {
  const at = sentence.indexOf(clause);
  if (at < 0) return clause;
  const { start, end } = clauseAt(sentence, at);
  return sentence.slice(start, Math.max(end, at + clause.length));
}

/** Whether the character at `at` ends a clause; the colon of a web address (http://) does not. */
function breaksClause(sentence: string, at: number): boolean {
  return CLAUSE_BREAK.test(sentence[at]) && !(sentence[at] === ':' && sentence.startsWith('//', at + 1));
}

/**
 * A year that names a document (2023年度预算、2022年度决算信息2条, 2023年财政决算等财政信息95条; 2021年政府信息公开工作年度报告1条,
 * 2021年度法治政府建设情况报告1条: last year's reports published this year), not when the counted thing happened.
 */
const DOCUMENT_YEAR =
  /^度?的?(?:(?:部门|财政|本级)?(?:预算|决算|预决算|政府工作报告|工作要点|工作计划|计划|规划|总结)|\p{Script=Han}{0,14}?(?:报告|年报))/u;

/** What makes a year the start of a span (2000年以来, 2018年起, 2020年至今): no count of that year. */
const SPAN_FROM_YEAR = /^(?:以来|来|起|开始|至今|迄今|以后)/;

/** A verb of carrying into a year (结转2023年, 转入下年, 结转至2025年, 留到2025年) right before the year. */
/**
 * A year's carried-over count named by the year it came from: 2024年结转7件 (in the 2025 report), 2022年度结转的申请3件; never
 * 2023年结转2024年…4件, which names both years (which way it went is for the clause's other words).
 */
const CARRIED_FROM =
  /^度?(?:未办结)?结转(?![至到入下]|(?:19|20)\d{2})(?:的|来的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数量)?(?:为|共)?\d/;
const CARRIED_INTO = /(?:结转|转入|转至|转到|留到|拖到|延至|顺延)(?:至|到)?$/;

/**
 * A comparison's baseline right before the year (比2023年度增加19件, 较2023年减少3条, 与2023年相比增长5件): the figure after it is
 * the change against that year, not that year's count.
 */
const COMPARED_WITH = /(?:比|较)$/;
/** 与2023年相比, 同2023年同期相比: the baseline named with 与 or 同, its 相比 after the year. */
const COMPARED_AFTER = /^年度?(?:同期)?相比/;
/** 比2022年(31起), 较2022年的31件: what follows the baseline year up to the figure, when the figure is that year's own. */
const YEAR_OWN_COUNT_AFTER = /^年度?(?:[(（]|的)$/;

/**
 * A question asking what was carried on into the next year (结转到下一年, 转到明年办理, 结转到2025年的: the year carried into,
 * which the question's text has lost by the time it is searched, leaves 结转到的).
 */
const CARRIED_ON_QUESTION =
  /(?:结转|转)[^，。？?]{0,4}(?:下一?年|明年)|(?:下一?年|明年)[^，。？?]{0,4}(?:继续)?(?:办理|结转)|(?:结转|转)(?:到|至)\s*(?:(?:19|20)?\d{2}年度?)?\s*(?:的|办理|申请)|结转(?:19|20)\d{2}年|(?:本|今)年度?结转/;
/** A clause counting what came in from the year before (上年结转5条, 从上年转来), naming no carrying on (结转下年度, 结转2025年). */
const CARRIED_IN_ONLY = /上一?年度?(?:结转|转入|转来)|(?:从|自)上一?年度?转|结转上一?年/;
const CARRIED_ON_CLAUSE = /结转(?:至|到)?(?:下一?年|(?:19|20)\d{2}年)|转(?:入|至|到)?下一?年|继续办理/;
function carriedInForCarriedOn(question: string, clause: string): boolean {
  return CARRIED_ON_QUESTION.test(question) && CARRIED_IN_ONLY.test(clause) && !CARRIED_ON_CLAUSE.test(clause);
}

/** A question asking what came in from the year before (上年度结转多少件, 上年转来的, 去年结转过来的), carrying on named nowhere. */
const CARRIED_IN_QUESTION = /上一?年度?(?:未办结)?(?:结转|转入|转来)|(?:从|自)上一?年度?转|结转上一?年|去年(?:结转|转)/;
function carriedInQuestion(question: string): boolean {
  return CARRIED_IN_QUESTION.test(question) && !CARRIED_ON_QUESTION.test(question);
}
/** What went on to the next year (另有5件申请转结下年度继续办理) asked of what came in from the year before: never its answer. */
function carriedOnForCarriedIn(question: string, clause: string): boolean {
  return carriedInQuestion(question) && CARRIED_ON_CLAUSE.test(clause) && !CARRIED_IN_ONLY.test(clause);
}
/** The sentence with each clause counting only what went on to the next year blanked (same length). */
function withoutCarriedOn(sentence: string): string {
  return sentence.replace(/[^，,；;。]+/g, (clause) =>
    CARRIED_ON_CLAUSE.test(clause) && !CARRIED_IN_ONLY.test(clause) ? '\u3000'.repeat(clause.length) : clause,
  );
}

/** The sentence with each clause counting only what came in from the year before blanked (same length). */
function withoutCarriedIn(sentence: string): string {
  return sentence.replace(/[^，,；;。]+/g, (clause) =>
    CARRIED_IN_ONLY.test(clause) && !CARRIED_ON_CLAUSE.test(clause) ? '\u3000'.repeat(clause.length) : clause,
  );
}

/** The last year written before `at` in the same sentence (2022年度的840万元 → 2022), skipping a document's year. */
function yearBefore(sentence: string, at: number): number | undefined {
  let year: number | undefined;
  // 共受理…34件(含2022年结转0件),办结34件: a year inside a bracket closed before the figure qualifies the aside only.
  let before = sentence.slice(0, at);
  if (/[(（]/.test(before)) before = before.replace(/[(（][^()（）]*[)）]/g, (aside) => ' '.repeat(aside.length));
  // 其中《某县2022年国民经济和社会发展统计公报》1条: a year inside a title closed before the figure dates the document, not the count.
  if (before.includes('《')) before = before.replace(/《[^《》]*》/g, (title) => ' '.repeat(title.length));
  // 较2023年增加6%: a rate's baseline year stays the year the rate code compares against; 比2022年(31起): a count in brackets
  // right after the baseline is that year's own.
  const changeCounted = !/^\d+(?:\.\d+)?\s*[%％]/.test(sentence.slice(at));
  for (const match of before.matchAll(/((?:19|20)\d{2})年/g))
    if (
      !DOCUMENT_YEAR.test(before.slice((match.index ?? 0) + match[0].length)) &&
      // 对2000年以来的…文件进行梳理,清理文件9件: the start of a span is not the year of the count.
      !SPAN_FROM_YEAR.test(before.slice((match.index ?? 0) + match[0].length)) &&
      // 结转2023年办理3件: the year carried into says where the count went, not when it was counted.
      !CARRIED_INTO.test(before.slice(Math.max(0, (match.index ?? 0) - 3), match.index)) &&
      // 比2023年度增加19件: the year compared against, its figure the change.
      !(
        changeCounted &&
        !YEAR_OWN_COUNT_AFTER.test(before.slice((match.index ?? 0) + 4)) &&
        (COMPARED_WITH.test(before.slice(Math.max(0, (match.index ?? 0) - 1), match.index)) ||
          (/[与同]$/.test(before.slice(0, match.index)) && COMPARED_AFTER.test(before.slice((match.index ?? 0) + 4))))
      )
    )
      // 2025年度新收申请40件,2024年结转7件: the year carried from, before 结转, counts what the next year took over.
      year = Number(match[1]) + (CARRIED_FROM.test(before.slice((match.index ?? 0) + match[0].length)) ? 1 : 0);
  return year;
}

export interface RetrieveRequest {
  /** The question with the agency's name and the years removed. */
  text: string;
  kind: AskKind;
  /** The year the question names, if any. */
  year?: number;
  /** Reports to search, most relevant first. */
  reports: ReportRecord[];
  /** Only an answer whose clause (simplified) this matches: 申请 for applications asked in 件 and searched in 条. */
  clauseMust?: RegExp;
  /** No answer whose clause (simplified) this rejects: a count of reviews, or of letters, for a count of applications. */
  clauseRejected?: (clause: string) => boolean;
  /** Only a count several channels share (微博、微信、抖音、快手等发布信息1.42万条), for saying the one asked is not given alone. */
  jointChannelsOnly?: boolean;
}

/** A level reached asked (累计公开多少, 至今), and the words of a year's new items (新增, 本年新). */
const LEVEL_ASKED = /累计|至今|截至目前|截止目前/;
const NEW_THIS_YEAR = /新增|本年度?新|今年新|当年新/;

/** The counted noun of “X数/X量/X人数 (是)多少”. */
const MEASURED_NOUN = /(\p{Script=Han}{2})(?:人数|次数|数量|数|量)(?:是|有|为|共)?(?:多少|几)/u;
/** The measure asked after 多少 (有多少访问量, 多少阅读量): the same noun, written after the question word. */
const MEASURED_NOUN_AFTER = /(?:多少|几)(?:个|次)?(\p{Script=Han}{2})(?:人数|次数|量)(?!\p{Script=Han})/u;

/** A growth asked within one figure's year (今年涨了多少粉, 新增了多少关注): a cumulative level (累计关注量达526人) is not it. */
export const GROWTH_ASKED = /(?:涨|增加|增长|新增|上涨)了?(?:多少|几)|涨粉|新增(?:多少|几)|新增\p{Script=Han}{1,4}?(?:多少|几)/u;
/** The words right before a number that make it a cumulative level (累计关注量达, 总关注量). */
/** Whether `value` stands in `text` as a cumulative level (累计关注量达526人), wherever it is written first. */
export function cumulativeLevelIn(text: string, value: number): boolean {
  const at = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).exec(text)?.index;
  return at !== undefined && CUMULATIVE_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}
const GROWTH_STATED = /新增|增加|增长|上涨|涨粉|提高|提升/;
const CUMULATIVE_BEFORE = /(?:累计|总计|总共|总)[^，。；,;]{0,8}$/;

/** A rate asked by its own name (办结率是多少, 按期答复率多少): the name, two characters and 率, in group 1. */
const RATE_NAMED = /(\p{Script=Han}{2}率)(?:是|为|有|达到?)?(?:多少|几)/u;

/** Enough of the question must be in the sentence to quote it. */
const MIN_COVERAGE = 0.6;

/** Find the best sentence answer, or undefined when no sentence answers well enough. */
/** The applicant types of the applications table's columns, as sentences and questions write them. */
const APPLICANT_TYPE = /公民个人|自然人|个人|群众|法人|企业|公司|社会公益组织|法律服务机构|律师|科研机构/;

/**
 * A verb of two characters right before the count asked (新开了几个专栏, 新建多少个; 驳回了几个申请 against 收到申请12件,其中…驳回7件;
 * 废止了几个文件 against 制发行政规范性文件8件,废止17件; 答复了几个申请 against 收到…申请89件次,已经答复88件). (答复 and 办结
 * only before 几个, where the thing counted after 个 would else rule out the verb's own count: 已答复35件,另有6件…顺延到下年度
 * 答复 read 答复 as the verb of 有几件申请结转到下一年 too.)
 */
const VERB_BEFORE_COUNT =
  /(新开|新建|新增|新设|开通|新上线|上线|撤销|关停|注销|整合|合并|迁移|驳回|退回|废止|废除|修订|修改|清理|宣布失效|(?:答复|办结)(?=了?(?:几|多少)个))了?(?:几|多少)/;
/**
 * A verb that ends a document or a case, with its noun between it and the count asked (废止规范性文件几份 against 制发新增规范性
 * 文件8份、废止15份、有效存续37份; 撤销了行政许可多少件): the item led by that verb is the count asked all the same.
 */
const ENDING_VERB_BEFORE_NOUN = /(废止|废除|撤销|撤回|驳回|退回|宣布失效|修订|修改)了?[^\d，。？?、,\s]{1,8}?(?:有|是|共)?(?:几|多少)/;
/** A status the count asked is of, said before its noun (现行有效的规范性文件有几件 against …废止17件,现行有效件数20件; 有效存续 alike). */
const STATUS_BEFORE_COUNT = /(现行有效|有效存续|继续有效|仍然有效)的?[^，。？?\d]{0,10}?(?:有|是|共)?(?:几|多少)/;

/**
 * A verb or status asked as reports may print it: a status of documents still in force by any of its words (现行有效几份
 * against 制发新增规范性文件8份、废止15份、有效存续37份).
 */
function asPrinted(asked: string): string {
  return /有效|存续/.test(asked) ? '(?:现行有效|有效存续|继续有效|仍然有效|仍有效|有效)' : asked;
}

/** A count of a site's columns asked (多少个信息公开栏目, 栏目有几个, 几个专栏). */
const COLUMNS_COUNTED = /(?:多少|几)个?\p{Script=Han}{0,4}?(?:栏目|专栏)|(?:栏目|专栏)(?:有|共|一共)?(?:多少|几)个/u;

/** A sentence that lists the parts of the one before it (其中…, 包括…). */
const OPENS_BREAKDOWN = /^(?:其中|包括|含)/;

/** A measure of reach read alone (点击量为835382次, 浏览量达1.2万次). */
const REACH_CLAUSE = /^(?:总)?(?:点击|浏览|访问|阅读)量(?:为|达到|达|是|共|累计)?\d/;
/** The count of everything right before a clause (共发布政府信息1192条,): 共, 共计, 合计, 总计 or 全年 and its count. */
const WHOLE_COUNT_BEFORE = /(?:共|共计|合计|总计|全年)[^，,；;。\d]{0,16}?\d+(?:\.\d+)?[条件篇次个项][，,]$/;

/**
 * Whether a clause read is a measure of reach (点击量为…) printed right after the count of everything in its sentence, and the
 * question names nothing the clause does not (点击量多少, not 重点领域信息点击量多少).
 */
function reachOfWhole(sentence: string, clause: string, words: readonly string[]): boolean {
  if (!REACH_CLAUSE.test(clause)) return false;
  const at = sentence.indexOf(clause);
  const whole = at < 0 ? null : WHOLE_COUNT_BEFORE.exec(sentence.slice(0, at));
  if (!whole) return false;
  // (信息点击量一共多少: 信息 of the whole's count, 一共 of its total, are named by it too.)
  const named = `${whole[0]}${clause}一共总共合计`;
  return words.every((word) => word.length < 2 || DOMAIN_WORDS.has(word) || named.includes(word));
}

/** A question that asks a part of a count (其中, 分别, 申请里有几件, 当中有几个). */
const PART_ASKED = /其中|分别|(?:里|里面|当中|中间)(?:有)?几|(?:里面|当中)[^，。？?\s]{1,8}?的(?:是|有)?(?:多少|几)/;

/** The words reports print for a website's visits, one for another. */
const VISITS_WORDS = ['浏览量', '访问量', '点击量', '阅读量', '浏览', '访问', '点击', '阅读'];
const VISITS_ASKED = /浏览量|访问量|点击量|阅读量/;
/** A count per period right after a clause (,日均浏览量1.7万余人次). */
const PER_PERIOD_AFTER = /^[，,；;](?:日均|月均|周均|平均每[日天月周]|每[日天月周])/;

export function retrieve(store: ReportStore, asked: RetrieveRequest): Retrieved | undefined {
  // 上年度转结多少件: the question's 转结 is read as 结转, as the sentences' is (CARRIED_SWAPPED), so that its words still meet.
  const text = asked.text.replace(CARRIED_SWAPPED, '结转').replace(INFORMATION_VARIANT, '信息');
  const request = text === asked.text ? asked : { ...asked, text };
  const found = retrieveOnce(store, request);
  if (found && (otherPeriodCounted(request.text, found) || otherThanPeopleCounted(request.text, found))) return undefined;
  if (found && leavesOutChannelAsked(request.text, found.clause)) return undefined;
  if (found) return found;
  // 网站浏览量多少 against 网站访问量累计超过7708682人次,日均浏览量1.7万余人次: a site's visits asked by one of the words reports
  // print for them (浏览量, 访问量, 点击量, 阅读量), none found under it, are searched under the others, then under their verbs
  // (阅读量多少 against 129.2万人次浏览信息).
  const visits = VISITS_ASKED.exec(request.text)?.[0];
  for (const other of visits ? VISITS_WORDS.filter((word) => word !== visits) : []) {
    const text = request.text.replace(VISITS_ASKED, other);
    const again = retrieveOnce(store, { ...request, text });
    // (The clause must print the measure's verb: 智慧西工平台访问量 is never 通过智慧西工平台公开政府信息17条.)
    if (!again || otherPeriodCounted(text, again) || !toSimplified(again.clause).includes(other.slice(0, 2))) continue;
    // (The sentence is quoted to the clause answered: the 日均浏览量 after it is the word asked, but of no total.)
    const end = again.sentence.indexOf(again.clause);
    const rest = end < 0 ? '' : again.sentence.slice(end + again.clause.length);
    return /[，,；;]/.test(rest.slice(0, 1)) && PER_PERIOD_AFTER.test(rest)
      ? { ...again, sentence: `${again.sentence.slice(0, end + again.clause.length)}……` }
      : again;
  }
  if (!SPELLED_OUT.test(request.text)) return found;
  // 研发经费 where the report prints R&D经费: the same words in the report's spelling.
  return retrieveOnce(store, { ...request, text: request.text.replace(SPELLED_OUT_ALL, 'r&d') });
}

/**
 * A period glued before the thing asked (开展年通报多少次, 月报几期): not after a number or a word that makes it a time (2023年,
 * 全年, 去年, 每月, 上半年). 年 and 月 may be printed with 度 (年度通报).
 */
const PERIOD_BEFORE_THING =
  /(?<![\d〇零一二两三四五六七八九十百全每今去本当上下前后明近历同往多半学新该此各整跨])(半年|季度|年度?|月度?|周)(?=\p{Script=Han}{2})/gu;
/** The period printed right before a thing (季度通报, 月通报, 年度考核): another kind of it than a different period's. */
const PERIOD_PRINTED = '(?:半年|季度|年度?|月度?|周)';

/** People counted by a noun of their post (几个信息管理员, 网站管理员有几个, 多少名联络员). */
const POST_COUNTED =
  /(?:几|多少)(?:个|名|位)?\p{Script=Han}{0,6}?(\p{Script=Han}员)(?!会)|(\p{Script=Han}员)(?:有|共有|一共有)?(?:几|多少)(?:个|名|位)?/u;

/** The post whose people a question counts, its last two characters (理员, 络员), and where they stand; undefined for none. */
export function postCounted(text: string): { post: string; at: number } | undefined {
  const found = POST_COUNTED.exec(text);
  if (!found) return undefined;
  const post = found[1] ?? found[2];
  return { post, at: text.indexOf(post) };
}

/**
 * 网站管理员有几个 against 在县政府门户网站主动公开政务信息共6931条: a count of people of a post, answered by a figure whose clause
 * never names the post, is another thing's count (the items published, not the staff).
 */
function otherThanPeopleCounted(text: string, found: Retrieved): boolean {
  if (found.value === undefined) return false;
  const counted = postCounted(text);
  return counted !== undefined && !found.clause.includes(counted.post);
}

/**
 * Whether the question asks a thing of one period (年通报) and the clause answered counts it of another (季度通报3次、月通报7次)
 * while the sentence never prints the one asked: a quarterly report's count is no yearly one's, and none is stated.
 */
function otherPeriodCounted(text: string, found: Retrieved): boolean {
  if (found.value === undefined) return false;
  const words = contentWords(text).filter((word) => word.length >= 2);
  const sentence = found.sentence.replace(/\s+/g, '');
  const clause = found.clause.replace(/\s+/g, '');
  const base = (period: string) => period.replace(/度$/, '');
  for (const period of text.matchAll(PERIOD_BEFORE_THING)) {
    const after = text.slice((period.index ?? 0) + period[0].length);
    const word = words.find((candidate) => after.startsWith(candidate));
    if (!word) continue;
    const asked = base(period[1]);
    if (new RegExp(`${asked}度?${word}`).test(sentence)) continue;
    const printed = [...clause.matchAll(new RegExp(`(${PERIOD_PRINTED})${word}`, 'g'))].map((match) => base(match[1]));
    if (printed.some((other) => other !== asked)) return true;
  }
  return false;
}

/**
 * A kind of item counted (多少条视频, 几个短视频, 图片发了几张, 视频号发了几条 is a channel and stays): the figure must be of that kind.
 */
const MEDIA_ASKED =
  /(?:多少|几)[条个期部段篇份张场次]?(短视频|视频(?!号)|图片|图解|音频|直播)|(短视频|视频(?!号)|图片|图解|音频|直播)(?:[发推录制作播出上传了过]{0,3})(?:多少|几)/;
export function mediaKindAsked(text: string): string | undefined {
  if (/视频|图片|图解|音频|直播/.test(text)) {
    const match = MEDIA_ASKED.exec(text);
    if (match) return match[1] ?? match[2];
  }
  // 企业产值多少 / 利润多少: the money a thing earns, only from a clause that names it (经费投入840万元 is none).
  return EARNINGS_ASKED.exec(text)?.[1];
}

/**
 * A property of the counted things asked (预决算公开的金额, 企业有多少员工, 工作总结有多少字, 原创了多少条, 日报有多少读者, 阅读量多少,
 * 《…信息》每期多少页):
 * a count of the things
 * (预决算公开3件, 工作总结2条) is no answer; only a figure whose own line names the property (金额 by an amount in 元) is.
 */
const ATTRIBUTE_ASKED =
  /(金额|员工|职工|从业人员|字数|原创|读者|阅读量|订户|发行量)[^，,。？?！!]{0,6}?(?:多少|几)|(?:多少|几)(?:个|名|位)?(字|员工|职工|读者|订户|页)(?!\p{Script=Han})/u;
export function attributeAsked(text: string): string | undefined {
  if (!/金额|员工|职工|从业人员|字|原创|读者|阅读量|订户|发行量|页/.test(text)) return undefined;
  const match = ATTRIBUTE_ASKED.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** Whether an answer's line states the property asked (金额 is stated by an amount in 元 or 万元). */
export function statesAttribute(line: string, attribute: string): boolean {
  if (line.includes(attribute) || (attribute === '金额' && /元|收费|费用/.test(line))) return true;
  // 多少人看了 (阅读量) against 129.2万人次浏览信息: the views of what was posted, in the words reports print for them.
  if (attribute === '阅读量' && /(?:浏览|阅读|点击|访问)[^，,。；;]{0,6}?(?:量|人次|次)|(?:人次|次)(?:浏览|阅读|点击|访问)/.test(line))
    return true;
  // 阅读量 is stated as 阅读总量 or 阅读、播放总量: the measure's own word, then its 量 a few characters on.
  const measure = /^(\p{Script=Han}{2})量$/u.exec(attribute);
  return measure !== null && new RegExp(`${measure[1]}[^，,。；;]{0,4}?量`, 'u').test(line);
}

/** Chinese words a report may print as their English abbreviation (研发 and 研究与试验发展 as R&D). */
const SPELLED_OUT = /研究与试验发展|研发/;
const SPELLED_OUT_ALL = new RegExp(SPELLED_OUT.source, 'g');

/**
 * 多少电话, 几个申请人: a count asked by the noun it counts, no measure word between (多少率, 几成 ask no count); or the noun
 * before a bare 多少 (制发政府信息多少, what 那制发政府信息呢 after a count asks) with no change or level asked (增长多少, 达到多少,
 * nor a level by its noun: 公开面多少, 满意度多少, 知晓率多少).
 */
const COUNT_BY_NOUN =
  /(?:多少|几)(?![率比成倍])\p{Script=Han}|^(?!.*(?:增长|增加|减少|下降|上升|提高|提升|同比|环比|变化|幅|涨|降|达到?)).*\p{Script=Han}{2}(?<![面度率])(?:有|是|共|一共)?(?:多少|几)[呢啊呀?？。]*$/u;
/** A share or rate asked in any words (占比, 比例, 百分之几, 几成, 率): a percentage may answer it. */
const SHARE_ASKED = /占|比例|比重|百分|几成|率|%|％/;

/**
 * A count carried over from the year before, written with that year's number (2025's report: 2024年结转7件, 2024年度结转的申请3件),
 * read as 上年 where the question says 上年: the year's characters become 上年, padded before so offsets hold.
 */
function lastYearCarried(sentence: string, reportYear: number): string {
  if (!sentence.includes(`${reportYear - 1}年`)) return sentence;
  return sentence.replace(YEAR_CARRIED, (whole, year: string, du: string) =>
    Number(year) === reportYear - 1 ? `${'\u3000'.repeat(3)}上年${du}` : whole,
  );
}
/** A year right before the count it carried over: 2024年结转, 2024年度未办结结转 (never 结转至, 结转到下一年). */
const YEAR_CARRIED = /((?:19|20)\d{2})年(度?)(?=(?:未办结)?结转(?![至到入下]|(?:19|20)\d{2}))/g;

/**
 * A count carried on into the next year, written with that year's number (2024's report: 本年结转2025年…申请17条, 结转至2025年度2件),
 * read as 下一年 where the question says 下一年 or 下年度: the year's characters become 下一年, padded before so offsets hold.
 */
function nextYearCarried(sentence: string, reportYear: number): string {
  if (!sentence.includes(`${reportYear + 1}年`)) return sentence;
  return sentence.replace(YEAR_CARRIED_ON, (whole, lead: string, year: string) =>
    Number(year) === reportYear + 1 ? `${lead}${'\u3000'.repeat(2)}下一年` : whole,
  );
}
/** 结转, 结转至, 转入 right before the year the count went on to (结转2025年, 结转至2026年度). */
const YEAR_CARRIED_ON = /((?:结转|转入|转)(?:至|到)?)((?:19|20)\d{2})年/g;

/** 有多少申请人 / 几位申请人 / 申请人有多少: the applicants asked, with no measure word: counted in 人, never the applications' 条. */
const APPLICANTS_ASKED =
  /(?:多少|几)(?:个|位|名)?申请人(?!数|次)|申请人(?:数量?|人数)?(?:一共|总共|共计?|合计)?(?:有|是|为)?(?:多少|几)(?![件条项次个位名人])/;

function retrieveOnce(store: ReportStore, request: RetrieveRequest): Retrieved | undefined {
  const unit = askedUnit(request.text) ?? (APPLICANTS_ASKED.test(request.text) ? '人' : undefined);
  // 申请人一共多少人 against 收到…申请共84条,总计68人: the applicants counted in 人 are printed after the applications, the
  // sentence naming them 申请 only.
  const words = contentWords(request.text).map((word) => (word === '申请人' && unit === '人' ? '申请' : word));
  // At least one real content word (two characters or more): 有多少 alone is not a question about anything.
  if (!words.some((word) => word.length >= 2)) return undefined;
  const beforeAsks = textBeforeAsks(request.text);
  const mediaAsked = mediaKindAsked(request.text);
  // 网站有多少个信息公开栏目: the site named holds the columns counted, no channel whose posts are (官方微博 may be a column's name).
  const channelAsked = request.kind === 'number' && !COLUMNS_COUNTED.test(request.text) ? oneChannelAsked(request.text) : undefined;
  const accountKindAsked = /订阅号|服务号/.test(request.text);
  const queryTerms = [...words];
  for (const word of words) if (word.length >= 3) for (let at = 0; at + 1 < word.length; at += 1) queryTerms.push(word.slice(at, at + 2));
  // 哪些单位 finds the sentences that name organisations as 企业 or 公司 too (coverage counts them alike).
  if (words.some((word) => ORGANISATION_WORD.test(word))) queryTerms.push('企业', '公司');
  // 被起诉过吗: reports print the lawsuit (被提起行政诉讼0件), which coverage takes for it.
  if (words.includes('起诉')) queryTerms.push('诉讼');
  // 有没有开通公众号: a report may say it has no new-media account at all (未注册政务新媒体), which coverage takes for it.
  if (words.some((word) => NEW_MEDIA_KIND_WORD.test(word))) queryTerms.push('新媒体', '媒体');
  // 刊物出了几期: the sentence prints the publication's title and its issues (发布《海原科技信息》55期), not its kind.
  if (words.some((word) => PUBLICATION_WORD.test(word))) queryTerms.push('期');
  for (const word of words) {
    const printed = SHORT_FORMS.get(word);
    if (printed) queryTerms.push(printed.term);
  }
  if (words.includes('撤销')) queryTerms.push('撤消');
  // 结转 is printed 转结 too (另有5件申请转结下年度): the search finds either order.
  for (const word of words) if (word.includes('结转')) queryTerms.push(word.replace('结转', '转结'));
  if (words.some((word) => CARRY_WORD.test(word))) queryTerms.push('转结');
  // 信息 is printed 資訊 too (INFORMATION_VARIANT): the search finds either word.
  for (const word of words) if (word.includes('信息')) queryTerms.push(word.replace('信息', '资讯'), '资讯');
  const foundingDateAsked = request.kind === 'text' && FOUNDING_ASKED.test(request.text) && FOUNDING_WHEN.test(request.text);
  const rateNamed = request.kind === 'number' ? RATE_NAMED.exec(request.text)?.[1] : undefined;
  const lastYearAsked = words.some((word) => /^上年度?$/.test(word));
  // 结转到下一年的有几件, 结转下年度多少: the year after the report's, printed by its number, is 下一年.
  const nextYearAsked =
    words.includes('下') && /(?:结转|转)[^，。？?]{0,4}下一?年|下一?年度?[^，。？?]{0,4}(?:继续)?(?:办理|结转)/.test(request.text);
  // (A channel asked, 网站 or 网上, is no thing of its own here: a site is printed by its name, 县人民政府网, or not at all.)
  const namesOwnThing = words.some(
    (word) =>
      word.length >= 2 &&
      !DOMAIN_WORDS.has(word) &&
      !CHANNEL_WORD.test(word) &&
      !/^(?:网上|线上|网络)$/.test(word) &&
      // (发布 / 主动 / 一共: the act of publishing or a total, no thing of its own: 发布政务公开多少篇 asks the 政务公开 items.)
      !/^(?:发布|发表|公布|推送|上传|发送|刊发|印发|转发|报送|主动|一共|总共|合计|全年|全部)$/.test(word) &&
      // (东辽县, 金州乡: the agency's place left in the words, no thing asked.)
      !/[省市区县镇乡州旗盟]$/.test(word),
  );
  let best: { score: number; found: Retrieved } | undefined;
  const counted: Array<{ found: Retrieved; rowid: number; matched: string[] }> = [];
  // 收到的申请里有几件是…: a part asked may be printed in a sentence of its own after the total's (…4件。其中2件为…).
  const partAsked = request.kind === 'number' && PART_ASKED.test(request.text);
  // 领导小组组长是谁: the role asked, which the sentence after the one naming the group may fill (由党工委书记…担任组长).
  const roleAsked = request.kind === 'text' ? ROLE_ASKED.exec(request.text)?.[1] : undefined;
  // 用的什么审核机制: the thing asked for is the head noun after 什么 (机制), the words before it (审核) only qualify it.
  const whatTail = request.kind === 'text' ? WHAT_TAIL.exec(request.text)?.[1] : undefined;
  const whatHead = whatTail
    ? contentWords(whatTail)
        .filter((word) => word.length >= 2 && !DOMAIN_WORDS.has(word))
        .at(-1)
    : undefined;
  // 重点领域公开了哪些方面: a list asked of the question's phrase (重点领域).
  const listPhrases = request.kind === 'text' && LIST_ASKED.test(request.text) ? phrasesOf(request.text) : [];
  for (const report of request.reports) {
    for (const searched of store.searchSentences(report.id, queryTerms, 20)) {
      // 主动公开征地信息类多少条 against 主动公开政府信息225条,…涉及…征地信息…。其中…征地信息类121条: the item asked, counted in the
      // breakdown sentence after the total's, is read with the sentence that says what it is a part of.
      const hit = partAsked
        ? withBreakdownAfter(store, report.id, searched)
        : request.kind === 'number'
          ? withBreakdownAfter(store, report.id, searched, words)
          : roleAsked && !toSimplified(searched.sentence).includes(roleAsked)
            ? withRoleAfter(store, report.id, searched, roleAsked)
            : searched;
      // A 繁体 sentence is read in its simplified form, as the question was normalised, and quoted as printed.
      const printed = toSimplified(hit.sentence);
      // The question's words are lower case (APP → app): so is the sentence they are matched in; the clause is quoted as printed.
      // A WeChat 订阅号 or 服务号 is the 公众号 citizens name (same length: the clause's offsets hold), unless the question
      // names that kind itself (服务号发了多少条 against 微信公众号“健康合江”发布440条,微信服务号“健康合江服务”发布37条: 37).
      const lowered = /[A-Z]/.test(printed) ? printed.toLowerCase() : printed;
      const named = accountKindAsked ? lowered : lowered.replace(WECHAT_ACCOUNT, '公众号');
      // 转结下年度 / 上年度转结申请8件: the carrying printed in the other order is read as 结转 (same length: offsets hold).
      // 資訊 printed for 信息 (simplified 资讯): the one word the question's is read as (same length: offsets hold).
      // 更新两次, 召开十二场: a count in words is read in digits, as the import reads it (same length: offsets hold).
      // 已办结18,结转下年度继续办理5。行政复议1(结果维持1): counts of applications handled, carried over, reviews or lawsuits that
      // lost their measure word are read in 件 where the sentence counts in 件, as the import reads them; the quote maps back.
      const measured = request.kind === 'text' || !/\d件/.test(named) ? undefined : handledCountsInMeasure(named);
      const added = measured?.inserted.length ? measured.inserted : undefined;
      const cased = countsInWordsAsDigits(
        (added ? (measured?.text ?? named) : named).replace(CARRIED_SWAPPED, '结转').replace(INFORMATION_VARIANT, '信息'),
      );
      // 专(兼)职, 卷(件)次: one character's alternative bracketed inside a word is read as part of it (专兼职, 卷件次); the
      // clause is quoted as printed, brackets and all.
      const unbracketed = cased.includes('(') || cased.includes('（') ? cased.replace(BRACKETED_ALTERNATIVE, '$1$2') : cased;
      // 上年结转的申请有几件 against the 2025 report's 2024年结转7件: the year before, carried over by its number, is 上年 (padded
      // before to keep the clause's offsets: 　　　上年结转7件).
      const sentence = lastYearAsked
        ? lastYearCarried(unbracketed, report.year)
        : nextYearAsked
          ? nextYearCarried(unbracketed, report.year)
          : unbracketed;
      const reshaped = sentence.length !== cased.length;
      // (A span of the reading less the 件 added before each bound: the printed span.)
      const unmeasured = ([from, to]: [number, number]): [number, number] =>
        added ? [from - added.filter((at) => at < from).length, to - added.filter((at) => at < to).length] : [from, to];
      const { share, matched } = coverage(sentence, words);
      if (share < MIN_COVERAGE || !matched.some((word) => word.length >= 2)) continue;
      // 政务公开查阅点有几个 against …《面向村（居）政务公开标准目录》3份清单: a sentence sharing only the words every report holds
      // (政务, 公开) does not cover a question that names a thing of its own (查阅, 专区).
      if (namesOwnThing && !matched.some((word) => word.length >= 2 && !DOMAIN_WORDS.has(word))) continue;
      // 常务会议让群众列席了吗 against 常务会议议定事项均予以公开: the meeting named, nobody's attending: no answer either way.
      if (participationUnstated(request.text, sentence)) continue;
      // 2.因政府信息公开工作被申请行政复议、提起行政诉讼情况。 answers no yes/no itself: the sentence under it may (不存在此类情况).
      const under = request.kind === 'yesno' && isHeadingOnly(sentence) ? noneUnderHeading(store, report, hit, request.year) : undefined;
      const respective =
        request.kind === 'number'
          ? (respectiveCount(sentence, request.text, unit, report.year) ?? countBeforeItsOutcome(sentence, request.text, unit, report.year))
          : undefined;
      // 结转到下一年的有几件 against 上年结转…申请5条,…,本年结转2025年…申请17条: the clause carried in from the year before is
      // never read, so the sentence's clause carried on is (blanked, same length: the clause's offsets hold).
      // (上年度转结多少件 against 含上年度转结申请8件,另有5件申请转结下年度继续办理: the other way round, the clause carried on.)
      const readFrom =
        request.kind === 'number' && CARRIED_ON_QUESTION.test(request.text)
          ? withoutCarriedIn(sentence)
          : request.kind === 'number' && carriedInQuestion(request.text)
            ? withoutCarriedOn(sentence)
            : sentence;
      // (其中,疫情防控新闻发布会累计举行151场: a sentence opening a breakdown is read with the sentence before it, its headline.)
      const headline = request.kind === 'number' && OPENS_BREAKDOWN.test(readFrom) ? sentenceBefore(store, report.id, hit) : '';
      const read = under ?? respective ?? readAnswer(readFrom, matched, request, unit, report, beforeAsks, headline);
      if (!read) continue;
      const at = readFrom === printed ? -1 : readFrom.indexOf(read.clause);
      const span =
        at < 0 ? undefined : unmeasured(reshaped ? printedSpan(cased, at, at + read.clause.length) : [at, at + read.clause.length]);
      // (更新两次: the lead says the count in digits, 更新2次, as it was read; the quote keeps the report's words.)
      let found = span ? { ...read, clause: countsInWordsAsDigits(printed.slice(span[0], span[1])) } : read;
      // 收到多少件申请 against 共办结申请127件 or 上年结转申请21件,本年新收434件: a count of another stage of the applications
      // is not the one asked; the sentence's clause of the stage asked (本年新收434件) answers, a count carried over never.
      const staged = request.kind === 'number' ? atAskedApplicationStage(found, printed, request.text) : { read: found, other: false };
      if (staged === undefined) continue;
      found = staged.read;
      if (request.clauseMust && !request.clauseMust.test(toSimplified(found.clause))) continue;
      // (含上年度转结申请8件): the clause's 转结 is judged as the 结转 it prints, as its words were read (CARRIED_SWAPPED).
      if (request.clauseRejected?.(toSimplified(found.clause).replace(CARRIED_SWAPPED, '结转'))) continue;
      // 依申请公开历年累计多少件 against 2024年度,我办受理依申请公开38件,…信函申请数22件: a count over the years is asked; a clause
      // that never says so (历年, 累计, 以来) counts one year, however its words meet the question's.
      if (request.kind === 'number' && OVER_YEARS_ASKED.test(request.text) && !OVER_YEARS_STATED.test(wholeClauseOf(printed, found.clause)))
        continue;
      // 结转到下一年的有几件 against 上年结转政府信息公开申请5条,…,本年结转2025年…申请17条: what came in from the year before is
      // never what went on to the next, whichever the sentence's clause read first.
      if (
        request.kind === 'number' &&
        (carriedInForCarriedOn(request.text, toSimplified(found.clause)) || carriedOnForCarriedIn(request.text, toSimplified(found.clause)))
      )
        continue;
      // 公开答复多少条留言 against 接收留言89条、处理留言89条、公开答复8 (the page cut there): the handling asked is printed right
      // before the cut sentence's last number, with no measure word after it; what it counted is lost, and another clause's
      // count (接收留言89条) is not it.
      if (
        request.kind === 'number' &&
        found.value !== undefined &&
        cutCountOfWordAsked(toSimplified(printed), matched, toSimplified(found.clause))
      )
        continue;
      // 微博发了多少条视频: a count of one kind of item (视频, 图片) only from a clause that names it, never 发布信息159条.
      if (mediaAsked !== undefined && !found.clause.includes(mediaAsked)) continue;
      // 微博发布了多少信息 against 通过官网发布信息3374条: a count whose clause names another channel, never the one asked, is
      // that channel's.
      // (通过政府网站、公开专栏…等途径向社会公开各类政府信息328条次 asked of the 微信公众号: the quoted lead may start past the
      // channel its clause names, so the number's whole clause is weighed.)
      if (channelAsked && namesOtherChannel(wholeClauseOf(printed, toSimplified(found.clause)), found.value, channelAsked)) continue;
      // 抖音号发布信息多少条 against …发布信息255条、63条 whose channels the page garbled: a sentence that never names the channel
      // asked counts none of its posts (a new-media account's only: a website, the default outlet, may go unnamed, and 报纸 or 报刊
      // asked may be no paper at all, 公报纸质版, 公报刊登).
      if (channelAsked && NEW_MEDIA_FAMILIES.includes(channelAsked) && !channelAsked.test(printed)) continue;
      // 被起诉几件 against …被申请行政复议0件, 办结了几件 against 收到信件238件,办结99件: a count whose own item names the other kind
      // of case, or the other step of handling, counts that one.
      if (countsOtherCaseOrStep(request.text, toSimplified(found.clause), found.value)) continue;
      // “广州番禺发布”公众号发了多少条 against “番禺政府网”微信公众号推送各类信息750条: another account's count.
      if (namesOtherAccount(request.text, toSimplified(found.clause), found.value)) continue;
      // 12345热线接了多少电话: a count asked by its noun alone (no measure word) is never a share (电话量占总数的10.09%).
      if (unit === undefined && found.unit === '%' && COUNT_BY_NOUN.test(request.text) && !SHARE_ASKED.test(request.text)) continue;
      // 工单的办结率是多少 against 投诉类328条(占比86.7%): a rate asked by its name is only a percentage whose clause names it.
      // (回复率 is named by 回复和办结率: a rate of two acts joined names each.)
      if (rateNamed && found.unit === '%' && !rateNamedIn(toSimplified(found.clause), rateNamed)) continue;
      // 什么时候成立的: only a clause that prints a date (成立于2019年2月20日) says when, never 成立…领导小组 alone. A date that
      // opens the sentence right before the clause (6月15日,成立“六提六促”专项行动领导小组) is the clause's own.
      if (foundingDateAsked && !/\d{4}年|\d{1,2}月\d{1,2}日/.test(found.clause)) {
        const at = printed.indexOf(found.clause);
        const dated = at < 0 ? null : DATE_OPENING_CLAUSE.exec(printed.slice(0, at));
        if (!dated) continue;
        found = { ...found, clause: printed.slice(at - dated[0].length, at + found.clause.length) };
      }
      // BM25 (lower is better) breaks ties between sentences that cover the question alike; a
      // number the question's words lead up to beats one they only share a sentence with.
      let score = share * 10 - hit.score * 0.3 + (found.strength ?? 0);
      // Applications handled (办理申请12件) stand for those received only where no sentence prints a count of them coming in.
      if (staged.other) score -= 6;
      if (request.year !== undefined && found.statedYear === request.year) score += 3;
      // 公开年报几条: a number printed right after the counted noun (公开年报3条) beats one the other words lead to
      // in a sentence that never names it (通过政府门户网站主动公开信息19条).
      if (found.countedHere) score += 3;
      // 财政资金栏目信息多少条 against …,财政资金129条,… and …,财政资金直达基层12条,…: an item named by exactly one word asked beats
      // one whose name goes on past it, whatever the sentences' other words.
      if (request.kind === 'number' && found.value !== undefined && namedExactly(toSimplified(found.clause), matched)) score += 0.5;
      if (request.year !== undefined && report.year === request.year) score += 1;
      // A yes/no is answered by a dated statement of what happened (2023年，我镇未收到…), not by a description of how work is done.
      if (request.kind === 'yesno' && sentence.includes(`${request.year ?? report.year}年`)) score += 2;
      // 其中图片解读文件16个 is a part of the total the sentence before states (共解读文件23个): alike otherwise, the total.
      // (收到的申请里有几件是…, 当中有几件: the question asks a part too.)
      if (OPENS_BREAKDOWN.test(sentence) && !PART_ASKED.test(request.text)) score -= 1;
      // 公民个人提出申请1030件 is one applicant type's count: a question that names none asks the total (共收到申请1046件).
      if (request.kind === 'number' && APPLICANT_TYPE.test(found.clause) && !APPLICANT_TYPE.test(request.text)) score -= 2;
      // A count of the item asked together with another (目录和专题专栏共188条) answers only where no sentence counts it alone.
      if (found.listedTogether) score -= 10;
      // 用的什么审核机制 against …加强内容审核把关… and 严格执行信息发布“三审三校”机制: the clause naming the head noun asked (机制)
      // names the thing, not one sharing only the words that qualify it (审核).
      if (whatHead !== undefined && toSimplified(found.clause).includes(whatHead)) score += 1;
      // 重点领域公开了哪些方面 against …等民生关切领域 and 发布重大建设项目、公共资源配置、公益事业等重点领域信息315条: a list closed
      // by 等 right before the question's phrase names its items.
      if (listPhrases.length > 0 && listedBefore(toSimplified(found.clause), listPhrases)) score += 1;
      // 点击量多少 against 共发布政府信息1192条,点击量为835382次 and 重点领域信息219条,点击量为169012次: a measure of reach asked
      // alone, naming no item, is the whole's, printed right after the count of everything, not an item's.
      if (request.kind === 'number' && !PART_ASKED.test(request.text) && reachOfWhole(printed, toSimplified(found.clause), words))
        score += 5;
      const quoted = under
        ? `${hit.sentence.trim().replace(/[。：:]$/, '')}。${under.clause.slice(under.clause.indexOf('：') + 1)}`
        : hit.sentence;
      const kept = { ...found, report, sectionKey: hit.sectionKey, sentence: quoted };
      if (request.kind === 'number' && found.value !== undefined) counted.push({ found: kept, rowid: hit.rowid, matched });
      if (!best || score > best.score) best = { score, found: kept };
    }
  }
  if (best && request.kind === 'number') {
    const chosen = counted.find((candidate) => candidate.found === best?.found);
    const other = chosen && placedAlike(chosen, counted, request.text);
    if (other) return { ...best.found, alsoStated: other.found, alsoStatedBefore: other.rowid < chosen.rowid };
  }
  return best?.found;
}

/** Whether a clause counts an item named by exactly one of the words asked (财政资金129条 of 财政资金), nothing before or after it. */
/**
 * Whether a sentence cut right after a bare number (…、公开答复8) prints a word of the question (答复) right before that number,
 * a word the clause found does not hold: the count asked is then the cut one.
 */
function cutCountOfWordAsked(sentence: string, matched: readonly string[], clause: string): boolean {
  const cut = /(\p{Script=Han}{2,})\d+$/u.exec(sentence.trim());
  if (!cut) return false;
  return matched.some((word) => word.length >= 2 && !DOMAIN_WORDS.has(word) && cut[1].endsWith(word) && !clause.includes(word));
}

function namedExactly(clause: string, matched: readonly string[]): boolean {
  const label = clause.replace(/^(?:其中)?[，,、；;:：]*/, '').replace(/(?:共|达|共计)?\d[\d.]*(?:余|多)?\p{Script=Han}{0,2}$/u, '');
  return matched.some((word) => word.length >= 2 && label === word);
}

/** The word that opens a place's or channel's name before its noun (在村公示栏, 通过县政府网站). */
const PLACE_OPENER = /(?:在|于|通过|利用|依托|借助)(?!.*(?:在|于|通过|利用|依托|借助))/u;
/** Words that make the run before the noun no qualifier of one place: a list or a verb (门户网站和公众号共发布). */
const NO_PLACE_QUALIFIER = /[和及与、共]|发布|更新|推送|报送|转载|刊发/;

/**
 * 在公示栏公开了几次 against 在乡政务公开公示栏公开政府工作90余次;在村公示栏公开政府相关工作60余次: the noun asked (公示栏) is
 * counted twice, in the same sentence or the one next to it, each time qualified by words the question does not say (乡政务公开,
 * 村), in the same measure word and with different values. Neither count is the whole the question asks: the other is returned
 * to state both. Undefined when the question names a qualifier, or the clauses count anything but the same noun.
 */
function placedAlike(
  chosen: { found: Retrieved; rowid: number; matched: string[] },
  counted: ReadonlyArray<{ found: Retrieved; rowid: number; matched: string[] }>,
  question: string,
): { found: Retrieved; rowid: number } | undefined {
  const qualifierOf = (clause: string, noun: string): string | undefined => {
    const at = clause.indexOf(noun);
    if (at <= 0 || clause.indexOf(noun, at + 1) >= 0) return undefined;
    const run = /\p{Script=Han}*$/u.exec(clause.slice(0, at))?.[0] ?? '';
    const opener = PLACE_OPENER.exec(run);
    if (!opener) return undefined;
    const qualifier = run.slice((opener.index ?? 0) + opener[0].length);
    return qualifier.length > 0 && qualifier.length <= 6 && !NO_PLACE_QUALIFIER.test(qualifier) ? qualifier : undefined;
  };
  const { found } = chosen;
  for (const noun of chosen.matched.filter((word) => word.length >= 3)) {
    const mine = qualifierOf(toSimplified(found.clause), noun);
    if (!mine || question.includes(mine + noun)) continue;
    for (const other of counted) {
      if (other.found.report.id !== found.report.id || Math.abs(other.rowid - chosen.rowid) > 1) continue;
      if (other.found.clause === found.clause || other.found.value === found.value || other.found.unit !== found.unit) continue;
      if (!other.matched.includes(noun)) continue;
      const theirs = qualifierOf(toSimplified(other.found.clause), noun);
      if (!theirs || theirs === mine || question.includes(theirs + noun)) continue;
      // (Either qualifier said in the question, 村 in 村里的公示栏, names that one.)
      if ([mine, theirs].some((qualifier) => question.includes(qualifier))) continue;
      return other;
    }
  }
  return undefined;
}

/** A date alone opening a sentence, right before a clause (6月15日,成立…; 2024年3月2日，召开…). */
const DATE_OPENING_CLAUSE = /^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)[,，]?$/;

/** 什么 and the words after it to the question's end (用的什么审核机制): the thing asked for, its head noun last. */
const WHAT_TAIL = /什么(\p{Script=Han}{2,8}?)(?:呢|啊|吗|呀)?[？?！!。\s]*$/u;
/** A list asked (哪些, 哪几个, 哪几方面). */
const LIST_ASKED = /哪些|哪几/;

/** Whether a clause lists items closed by 等 right before one of the phrases (重大建设项目、公共资源配置、公益事业等重点领域). */
function listedBefore(clause: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => new RegExp(`、[^、，,。；;：:]{1,16}等${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(clause));
}

/** Applications coming in (收到, 新收, 受理), as a question or a clause words them. */
const RECEIVED_STAGE = /收到|接到|接收|新收|受理/;
/**
 * Applications at another stage than coming in: handled, answered, carried over, or withdrawn by their applicants (办结, 办理,
 * 答复, 结转, 申请人主动撤回信息公开申请3件).
 */
const OTHER_STAGE = /办结|办理|答复|回复|结转|处理|撤回|撤销/;
/** A clause of a sentence that counts applications coming in (本年新收434件, 全年收到申请5件): the stage word, then its count. */
const RECEIVED_CLAUSE = /[^，,。；;]*?(?:收到|接到|接收|新收|受理)[^，,。；;\d]{0,16}?(\d+)件/;

/**
 * How many applications came in, asked (收到, 新收, 受理, not 办结 or 结转): a read whose clause counts them at another stage
 * only (共办结申请127件, 上年结转申请21件) is replaced by the sentence's clause of the stage asked, if one prints its count
 * (…,本年新收434件). Else a count carried over is no answer (undefined), and one handled (办理申请12件) is marked `other`: it
 * answers only where no sentence counts applications coming in. Any other read is kept as it is.
 */
function atAskedApplicationStage<T extends { clause: string; value?: number }>(
  read: T,
  sentence: string,
  question: string,
): { read: T; other: boolean } | undefined {
  const asked = toSimplified(question);
  if (GRANTED_OUTCOME.test(asked) && /申请|件/.test(asked)) return atGrantedOutcome(read, sentence, asked);
  if (ANSWERED_STAGE.test(asked) && !RECEIVED_STAGE.test(asked) && /申请/.test(asked)) return atAnsweredStage(read, sentence);
  if (!RECEIVED_STAGE.test(asked) || OTHER_STAGE.test(asked) || !/申请/.test(asked)) return { read, other: false };
  // (上年转结政府信息公开申请0件: the carrying printed in the other order is carried all the same.)
  const clause = toSimplified(read.clause).replace(CARRIED_SWAPPED, '结转');
  if (RECEIVED_STAGE.test(clause) || !OTHER_STAGE.test(clause)) return { read, other: false };
  const received = RECEIVED_CLAUSE.exec(sentence);
  if (received) return { read: { ...read, clause: received[0].replace(/^[,，\s]+/, ''), value: Number(received[1]) }, other: false };
  return /结转/.test(clause) ? undefined : { read, other: true };
}

/** Applications answered or settled, as a question or a clause words them (答复, 回复, 办结; not 办理, which may ask either). */
const ANSWERED_STAGE = /答复|回复|办结/;
/** A clause of a sentence that counts applications answered (累计回复公开申请38件, 办结12件): the stage word, then its count. */
const ANSWERED_CLAUSE = /[^，,。；;]*?(?:答复|回复|办结)[^，,。；;\d]{0,16}?(\d+)件/;
/** Every application counted was answered (均已办结, 全部按时答复, 均在法定期限内予以回复). */
const ALL_ANSWERED = /(?:均|全部|都|一律)[^，,。；;\d]{0,14}?(?:答复|回复|办结)/;

/**
 * How many applications were answered, asked (回复了多少件申请, 答复了几件): a read whose clause counts them at another stage
 * (累计收到公民、法人依申请公开申请35件, the ones that came in) is replaced by the sentence's clause of the answered ones, if one
 * prints their count; kept where the sentence says every one counted was answered (均已办结); else no answer (undefined).
 */
function atAnsweredStage<T extends { clause: string; value?: number }>(read: T, sentence: string): { read: T; other: boolean } | undefined {
  const clause = toSimplified(read.clause);
  const whole = toSimplified(sentence);
  if (ANSWERED_STAGE.test(clause)) return { read, other: false };
  // (A clause cut at 、, 法人依申请公开申请35件, says no stage itself: the sentence says whether it came in or was answered.)
  if (!RECEIVED_STAGE.test(clause) && !RECEIVED_STAGE.test(whole)) return { read, other: false };
  const answered = ANSWERED_CLAUSE.exec(whole);
  // (The printed clause, in the sentence's own script: the simplified text is read character for character.)
  const printed =
    whole.length === sentence.length && answered ? sentence.slice(answered.index, answered.index + answered[0].length) : answered?.[0];
  if (answered && printed) return { read: { ...read, clause: printed.replace(/^[,，\s]+/, ''), value: Number(answered[1]) }, other: false };
  return ALL_ANSWERED.test(whole) ? { read, other: false } : undefined;
}

/** Applications granted, as a question or a clause words them (予以公开, 同意公开, 准予公开; never 不予公开 or 不同意公开). */
const GRANTED_OUTCOME = /(?<![不未])(?:予以公开|同意公开|准予公开)/;
/** A clause counting applications granted (予以公开12件, 已主动公开和同意公开的31件, 31件予以公开): the clause, its count at 1 or 2. */
const GRANTED_CLAUSE =
  /[^，,。；;：:]*?(?<![不未])(?:予以公开|同意公开|准予公开)[^，,。；;\d]{0,8}?(\d+)件|[^，,。；;：:]*?(\d+)件[^，,。；;\d]{0,4}?(?<![不未])(?:予以公开|同意公开|准予公开)/;
/** Every application counted granted (均已…予以公开, 全部予以公开). */
const ALL_GRANTED = /(?:均|全部|都|一律)[^，,。；;\d]{0,12}?(?<![不未])(?:予以公开|同意公开|准予公开)/;
/** A granted clause joining another outcome in one count (已主动公开和同意公开的31件): no count of the granted ones alone. */
const JOINT_GRANTED = /(?:和|及|与|、)(?:已经?)?(?:同意|予以|准予)公开|(?:同意|予以|准予)公开(?:和|及|与|、)/;

/**
 * How many applications were granted, asked (予以公开的申请有多少件): a read whose clause counts them at no outcome (共受理依申请
 * 公开45件, the total received) is replaced by the sentence's clause of the granted ones, if one prints their count — marked
 * `joint` where that count joins another outcome (已主动公开和同意公开的31件) — else is no answer (undefined).
 */
function atGrantedOutcome<T extends { clause: string; value?: number; joint?: boolean }>(
  read: T,
  sentence: string,
  asked: string,
): { read: T; other: boolean } | undefined {
  // (Joined with 部分公开, 予以公开及部分公开845件, the count is still of applications disclosed to their applicants, quoted as
  // printed; joined with what was already published, 已主动公开和同意公开, it is not, unless the question names that too.)
  const joint = (clause: string) => (JOINT_GRANTED.test(clause) && /主动公开/.test(clause) && !/主动公开/.test(asked)) || undefined;
  const own = GRANTED_CLAUSE.exec(toSimplified(read.clause));
  if (own && Number(own[1] ?? own[2]) === read.value) return { read: { ...read, joint: joint(own[0]) }, other: false };
  const granted = GRANTED_CLAUSE.exec(toSimplified(sentence));
  // 收到…申请2件,均已按时受理并按规定予以公开答复: every one counted was granted, so the count read is theirs.
  if (!granted) return ALL_GRANTED.test(toSimplified(sentence)) ? { read, other: false } : undefined;
  const clause = granted[0].replace(/^[,，\s]+/, '').replace(/^其中[,，：:]?/, '');
  return {
    read: { ...read, clause, value: Number(granted[1] ?? granted[2]), joint: joint(clause) },
    other: false,
  };
}

/**
 * The question's text before each 多少 or 几, with and without a 有/共/一共/总共 in front of it:
 * a word that one of them ends with stands right before the ask (收到留言|多少条).
 */
function textBeforeAsks(text: string): string[] {
  const befores: string[] = [];
  for (const ask of text.matchAll(/多少|几/g)) {
    const before = text.slice(0, ask.index);
    befores.push(before);
    const joint = /(?:一共|总共|有|共)$/.exec(before)?.[0];
    if (joint) befores.push(before.slice(0, -joint.length));
  }
  return befores;
}

/**
 * Whether the words right before an ask (…根据群众意愿公开了, 新制定了, 公开答复了), 2 to 6 characters of them, are printed
 * in the sentence right before a number (公开4条, 新制定5件, 公开答复数量1061条).
 */
function handlingPrintedBeforeNumber(sentence: string, beforeAsks: readonly string[]): boolean {
  for (const before of beforeAsks) {
    const lead = before.replace(/[了的过]+$/, '');
    for (let length = Math.min(6, lead.length); length >= 2; length -= 1) {
      const words = lead.slice(-length);
      if (!/^\p{Script=Han}+$/u.test(words) || COUNTING_VERB.test(words)) continue;
      let from = sentence.indexOf(words);
      while (from >= 0) {
        if (/^(?:数量|数|了|共计|共|的)?\d/.test(sentence.slice(from + words.length))) return true;
        from = sentence.indexOf(words, from + 1);
      }
    }
  }
  return false;
}

/** Kinds of item published (新闻, 稿件, 文章, 动态 …): every item of a channel's breakdown is one. */
const PUBLISHED_ITEM = /^(?:新闻|稿件|文章|动态|消息|报道|作品|视频|图片|图文|推文|信息)/;

/**
 * The noun the question prints right after 多少/几 and its measure word (收到多少条|留言, 办理了多少件|建议提案): the longest run
 * of the question's matched words there, when it is no verb or word every count shares.
 */
function nounAfterAsks(text: string, matched: readonly string[]): string | undefined {
  for (const ask of text.matchAll(/(?:多少|几)(?:人次|个|条|件|篇|次|场|期|项|份|名|家|封|起|批次|批)?/g)) {
    let rest = text.slice((ask.index ?? 0) + ask[0].length);
    let noun = '';
    for (;;) {
      const word = matched.filter((candidate) => candidate.length > 0 && rest.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
      if (!word) break;
      noun += word;
      rest = rest.slice(word.length);
    }
    // (央视上发了多少条新闻 against 发布…新闻60条,其中央视发布12条: items published are told apart by where they went, not by their
    // own noun, which every item of the breakdown shares.)
    if (noun.length >= 2 && !COUNTING_VERB.test(noun) && !GENERIC_COUNTED.test(noun) && !PUBLISHED_ITEM.test(noun)) return noun;
  }
  return undefined;
}

/** The question's words in the forms the sentence prints them (当天办结 → 当日办结 against 当日办结150条: SHORT_FORMS). */
function withPrintedForms(text: string, sentence: string): string {
  let printed = text;
  for (const [word, form] of SHORT_FORMS) {
    if (!printed.includes(word) || sentence.includes(word)) continue;
    const stated = form.printed.exec(sentence)?.[0];
    if (stated) printed = printed.replaceAll(word, stated);
  }
  return printed;
}

/**
 * The words the question puts right before its counted noun that say how it was handled, a verb of handling last (电话|答复 in
 * 电话答复留言多少条), when the sentence prints them joined right before a number (电话答复70条) and never before the noun itself:
 * that number's item is the handling asked, the noun's own count (受理网民留言111条) the whole it is a part of.
 */
function handlingBefore(sentence: string, noun: string, matched: readonly string[], beforeAsks: readonly string[]): string | undefined {
  for (const before of beforeAsks) {
    if (!before.endsWith(noun)) continue;
    const lead = withPrintedForms(before.slice(0, -noun.length).replace(/[了的]$/, ''), sentence);
    const words: string[] = [];
    let rest = lead;
    for (;;) {
      const word = matched.find((candidate) => candidate !== noun && candidate.length >= 2 && rest.endsWith(candidate));
      if (!word) break;
      words.unshift(word);
      rest = rest.slice(0, -word.length);
    }
    if (words.length < 2 || !HANDLING_VERB.test(words[words.length - 1] ?? '')) continue;
    const phrase = words.join('');
    if (sentence.includes(phrase + noun)) continue;
    if (new RegExp(`${phrase}(?:了|共|共计)?\\d`).test(sentence)) return phrase;
  }
  return undefined;
}
/** A session held, as the item of a count printed in 期 (在线访谈2期, 新闻发布会3期, 政策宣讲5期). */
const SESSION_ITEM = /(访谈|发布会|座谈会?|讲座|宣讲|培训班?|直播|开放日|听证会?)[”"」]?(?:共|共计|累计)?$/;
/** The same session named right after the measure word (开展11期“在线访谈”). */
const SESSION_AFTER = /^[“"「]?[^，,。；;、\d]{0,6}?(访谈|发布会|座谈会?|讲座|宣讲|培训班?|直播|开放日|听证会?)/;

/** Whether the session a count in 期 is of, named in its item before it or right after its measure word, is one the question names. */
function sessionNamed(before: string, after: string, question: string): boolean {
  const session = SESSION_ITEM.exec(before)?.[1] ?? SESSION_AFTER.exec(after)?.[1];
  return session !== undefined && question.includes(session.slice(0, 2));
}
/** Verbs of handling a thing received (答复, 办结): said after the way it was done (电话答复, 网上办结). */
const HANDLING_VERB = /^(?:答复|回复|办理|办结|处理|受理|转办|反馈)$/;

/** Verbs a question may put right before 多少 (公开几件, 投入多少万元): the thing counted is elsewhere. */
const COUNTING_VERB =
  /^(?:公开|公示|发布|发文|公布|收到|受理|办理|开展|投入|举办|组织|召开|印发|制发|制定|处理|答复|办结|培训|解读|推送|更新|报送|上报|接待|接收|征集|回复|回应|审核|参加|参与|开通|完成|新增|增加|减少|增长|下降|发出|发送|转发|播放|浏览|阅读|访问|点击|关注|选聘|培育|认定|立项|支持|拨付|申报|申请|涉及|包括|包含)$/;
/** Nouns every count of a report may follow (信息, 内容): they tell no number from another. */
const GENERIC_COUNTED = /^(?:信息|政府信息|政务信息|内容|文件|事项|数据|项目|条目|类信息|人次|次数|数量)$/;

/** Publishing channels a report counts items by (微信公众号, 微博, 政府网站, 《中卫日报》 …). */
const CHANNEL =
  '(?:微信公众号|公众号|微信|微博|门户网站|网站|日报|抖音|快手|头条|视频号|公开栏(?!目)|工作群|新媒体|客户端|报刊|报纸|广播|电视)';
/** The new-media accounts' families (微博, 微信, 抖音, 快手, 头条, 视频号). */
const NEW_MEDIA_FAMILIES: readonly RegExp[] = [/微博/, /微信|公众号|订阅号|服务号/, /抖音/, /快手/, /头条/, /视频号/];
/** Channels by family, each with the words a report names it by (官网 and 门户网站 are one website). */
const CHANNEL_FAMILIES: readonly RegExp[] = [
  ...NEW_MEDIA_FAMILIES,
  /网站|官网|门户|政府网|网页|信息网(?!络)/,
  // (信息公开栏目 is a website's section, 栏目: no notice board.)
  /(?:公开栏|宣传栏|公示栏)(?!目)/,
  /日报|报纸|报刊/,
];
/** Any channel a clause may name. */
/** A question word that names a channel (网站, 公众号, 门户网站). */
const CHANNEL_WORD = new RegExp(CHANNEL);
const ANY_CHANNEL = new RegExp(CHANNEL_FAMILIES.map((family) => family.source).join('|'));

/**
 * Whether the item of a clause that leads to its number (after the figure before it: 微博发布信息120条,|微信公众号推送信息340条)
 * names a channel other than the one asked and not that one; the whole clause is weighed when the item names none.
 */
function namesOtherChannel(clause: string, value: number | undefined, asked: RegExp): boolean {
  const at = value === undefined ? -1 : clause.search(new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`));
  const item =
    at < 0
      ? ''
      : (clause
          .slice(0, at)
          .split(/\d[^\d，,；;。]*[，,；;、]/)
          .pop() ?? '');
  // The piece right before the number, after the item's last comma, names its channel where it names one: 并开通“东宝招商”视频号,
  // …,2024年全年累计发布微信公众号信息136条 counts the 公众号's posts, not the 视频号 the clause opened with.
  const piece = item.split(/[，,；;]/).pop() ?? '';
  // (政务新媒体 names the accounts together: none of them alone, so no count of the one asked.)
  const weighed = ITEM_CHANNEL.test(piece) ? piece : ITEM_CHANNEL.test(item) ? item : clause;
  // (A 专栏 is a column of the site: named alone, it is no other channel than the website asked — 网站上的专题专栏几件.)
  const columnOfSite = !ANY_CHANNEL.test(weighed) && !/新媒体/.test(weighed) && asked.test('网站');
  return ITEM_CHANNEL.test(weighed) && !asked.test(weighed) && !columnOfSite;
}

/** A channel an item may name, 新媒体 (the accounts together) too. */
// (…视频号发布73期、政府信息公示专栏公开政府信息108条: a site's 专栏 named as where an item went is that item's channel, so its
// count is never the 视频号's.)
const ITEM_CHANNEL = new RegExp(`${ANY_CHANNEL.source}|新媒体|专栏`);

/**
 * The words naming a channel in the item leading to the number at \`at\` (after the figure before it, and after that item's last comma:
 * …网站,公开政府信息51条,通过政务新媒体上报信息120余条 → 新媒体 for 120), or its whole item where the piece names none; undefined where neither names one.
 */
function channelItemNamed(sentence: string, at: number, pieceOnly = false): string | undefined {
  // (A year is no figure before the item: 2023年全镇通过政府网站、公开专栏…公开各类政府信息328条次 names the website.)
  const item =
    sentence
      .slice(0, at)
      .replace(/(?:19|20)\d{2}(?=年)/g, '····')
      .split(/\d[^\d，,；;。]*[，,；;、。]/)
      .pop() ?? '';
  const piece = item.split(/[，,；;]/).pop() ?? '';
  return ITEM_CHANNEL.test(piece) ? piece : !pieceOnly && ITEM_CHANNEL.test(item) ? item : undefined;
}

/** Lawsuits and reviews; received and closed: pairs a question asks one of, each never counted by a number the other names. */
const CASE_OR_STEP_PAIRS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/诉讼|起诉|被告|告了/, /复议/],
  [/办结|办理完毕|办完/, /收到|接收|受理|新收/],
  // 信箱选登了几件 against 领导信箱办件71件,办结71件,选登公开28件: letters chosen to be printed are a step of their own.
  [/选登|刊登|登载/, /办件|办结|办理|收到|接收|受理|交办|来信/],
  // 收到几件依申请公开 against 因政府信息依申请公开工作提起上诉案件1件: a lawsuit or a review over requests is no request received.
  [/收到|接收|受理|新收/, /上诉|起诉|诉讼|复议/],
];

/**
 * Whether the item of the clause leading to its number (after the figure before it) names the other of a pair the question
 * asks one side of, and not the side asked (…行政复议5宗、行政诉讼0宗: 行政诉讼 is 0's own item; 收到信件238件 is 238's).
 */
function countsOtherCaseOrStep(question: string, clause: string, value: number | undefined): boolean {
  // (办结率多少 against 收到群众来信100件、回复100件,办结率100%: a rate is no count of either step.)
  if (value === undefined || /率/.test(question)) return false;
  const items = itemsLeadingTo(clause, value).map(
    (item) =>
      item
        .split(/[，,；;。]/)
        .pop()
        ?.split(/\d[^\d，,；;。]*[、]/)
        .pop() ?? '',
  );
  return items.length > 0 && items.every((item) => namesOtherCaseOrStep(question, item));
}

/** A step of handling requests a question may ask (办结了几件, 答复了多少): each a count of its own in a sentence of several steps. */
const HANDLING_STEP = /办结|答复|回复|受理|收到|接收|新收|转办|交办|选登/g;

/**
 * Where the sentence prints a number right after the one step the question asks, the step opening its item (…,办结7852件 for
 * 办结了几件; 网络平台收到3件 is a part, not the step): none where the question asks a rate or names two steps, or the sentence
 * never prints that step so.
 */
function stepNumbersOf(question: string, sentence: string): number[] {
  if (/率/.test(question)) return [];
  const steps = new Set(question.match(HANDLING_STEP) ?? []);
  if (steps.size !== 1) return [];
  const [step] = steps;
  return [...sentence.matchAll(new RegExp(`(?<=^|[，,、；;])${step}了?(?:共|共计|合计)?(?=\\d)`, 'g'))].map(
    (match) => (match.index ?? 0) + match[0].length,
  );
}

/** What leads to each place the clause prints `value` (收到来信100件、回复100件: both 100s), from the clause's start. */
function itemsLeadingTo(clause: string, value: number): string[] {
  const printed = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`, 'g');
  return [...clause.matchAll(printed)].map((match) => clause.slice(0, match.index ?? 0));
}

/** Whether `item` names the other side of a pair the question asks one side of, and not the side asked. */
function namesOtherCaseOrStep(question: string, item: string): boolean {
  return CASE_OR_STEP_PAIRS.some(([one, other]) =>
    [
      [one, other],
      [other, one],
    ].some(([asked, named]) => asked.test(question) && !named.test(question) && named.test(item) && !asked.test(item)),
  );
}

/** An account a question names: quoted (“广州番禺发布”), or a name ending in 发布 right before its channel (西山发布微博). */
const ASKED_ACCOUNT = /[“"]([^”"]{2,12})[”"]|(\p{Script=Han}{2,8}发布)(?=微信|公众号|微博|抖音|视频号|头条|客户端|APP|app)/u;
/** A quoted account's name in a sentence. */
const QUOTED_NAME = /[“"]([^”"]{2,12})[”"]/g;

/**
 * Whether the question names an account and the item leading to the clause's number names another by its quoted name, not
 * the one asked: that count is the other account's, whatever channel both are on.
 */
function namesOtherAccount(question: string, clause: string, value: number | undefined): boolean {
  if (value === undefined || !ASKED_ACCOUNT.test(question)) return false;
  const items = itemsLeadingTo(clause, value).map((before) => before.split(/\d[^\d，,；;。]*[，,；;、]/).pop() ?? '');
  return items.length > 0 && items.every((item) => otherAccountNamed(question, item));
}

/** Whether the question names an account and `item` (what leads to a number) names others by their quoted names, not it. */
export function otherAccountNamed(question: string, item: string): boolean {
  const asked = ASKED_ACCOUNT.exec(question);
  if (!asked) return false;
  const name = asked[1] ?? asked[2];
  const named = [...item.matchAll(QUOTED_NAME)].map((match) => match[1]);
  return named.length > 0 && !named.some((other) => other.includes(name) || name.includes(other));
}

/** The family of the one channel a question names (微博发了多少条 → 微博), undefined when it names none or several. */
function oneChannelAsked(text: string): RegExp | undefined {
  if (!ANY_CHANNEL.test(text)) return undefined;
  const named = CHANNEL_FAMILIES.filter((family) => family.test(text));
  return named.length === 1 ? named[0] : undefined;
}

/** A total asked (网站和订阅号一共多少, 加起来, 合计). */
const TOTAL_WORD = /一共|总共|合计|加起来|共计|总计/;

/**
 * 网站和订阅号一共多少 against 通过…政府门户网站主动公开信息26条,通过微信订阅号…公开政务信息193条: a total asked of two channels
 * or more is never a clause that names some of them and leaves another out (the site's 26 alone), nor one that prints each
 * its own count (…网站…30条,通过微信订阅号…150条: its last count is the account's); a clause naming none of them (全年共发布500条)
 * is weighed as before.
 */
function leavesOutChannelAsked(text: string, clause: string): boolean {
  if (!TOTAL_WORD.test(text)) return false;
  const asked = CHANNEL_FAMILIES.filter((family) => family.test(text));
  if (asked.length < 2) return false;
  const printed = toSimplified(clause);
  const named = asked.filter((family) => family.test(printed));
  if (named.length === 0) return false;
  return named.length < asked.length || [...printed.matchAll(NUMBER_WITH_UNIT)].length >= 2;
}

/** Every channel a question names (视频号抖音这些 → 视频号, 抖音). */
const CHANNEL_GLOBAL = new RegExp(CHANNEL, 'g');
/** Words of the whole, not of an item (全年, 总计): they name no part of a breakdown. */
const WHOLE_WORD = /^(?:全年|全年度|全部|所有|各类|总计|共计|累计|合计|一共|总共|总数|总量)$/;
/** Two channels or more joined in one subject: 微信公众号、微博 / 网站和微信 / 微博、微信、抖音、快手、今日头条 (the whole run). */
// (微信公众号、常熟经济技术开发区官网和官博: a site written 官网 or 官博 after the mark may follow its owner's name; a paper's
// or an account's own name is no channel joined (《遂宁日报》以及遂宁日报报业集团…, 眉山日报、四川农村日报 each name their own).)
const OFFICIAL_CHANNEL = '(?:官方网站|官方微博|官网|官博|官微)';
const JOINED_CHANNELS = new RegExp(
  // 门户网站、“辽宁发布”政务微信公众号: a channel joined may be named by its account in quotes first (and 政务).
  // 微信公众号平台、政务公开栏、泰安高新区政府网站等平台 / 微信公众号、微信视频号、抖音: a channel may be written with 平台 (or
  // 账号) after it, and the next one with its owner's or its kind's words (政务, 泰安高新区政府, 微信) before it; never a paper,
  // whose words before it are its own name.
  `${CHANNEL}(?:平台|账号|帐号)?(?:[”》"]?(?:、|和|及|与|跟|以及)(?:[“《"][^“”《》"、，。,]{1,12}[”》"](?:政务)?)?[“《"]?(?:今日)?(?:(?:${CHANNEL}|\\p{Script=Han}{1,8}?(?!日报|报刊|报纸)${CHANNEL})(?:平台|账号|帐号)?|[\\p{Script=Han}“”"]{0,16}?${OFFICIAL_CHANNEL}))+`,
  'u',
);
const JOINED_CHANNELS_GLOBAL = new RegExp(JOINED_CHANNELS.source, 'gu');
const CHANNEL_WORD_GLOBAL = new RegExp(CHANNEL, 'g');
/** A measure of reach, not of items published (阅读量达519万次, 浏览量, 点击量, 关注). */
const REACH_MEASURED = /阅读|浏览|点击|访问|播放|关注|粉丝|订阅/;
/** A question asking the channels a report lumps together (抖音小红书那些, 这些平台): 两个公众号一共 asks accounts, not this. */
const SEVERAL_ASKED = /那些|这些|等(?:平台|渠道)/;
/** Every channel a question names, 官网 and 官博 too (公众号官网官博 → 公众号, 官网, 官博). */
const CHANNEL_OR_OFFICIAL_GLOBAL = new RegExp(`${CHANNEL}|${OFFICIAL_CHANNEL}`, 'g');

/** A word that is one channel's name (公众号, 微博), no more. */
const ONE_CHANNEL = new RegExp(`^(?:${CHANNEL}|${OFFICIAL_CHANNEL})$`);

/** Whether channel words all name one channel (微信 and 公众号 of 微信公众号; not 微信 and 微博). */
function sameChannelFamily(words: readonly string[]): boolean {
  return CHANNEL_FAMILIES.some((family) => words.every((word) => family.test(word)));
}

/**
 * Whether the number at `at` is counted for several channels together while the question names
 * one of them: the clause before it joins the asked channel with another (微信公众号、微博…455条).
 */
function countsSeveralChannels(sentence: string, at: number, matched: readonly string[], question: string): boolean {
  // 微信公众号 asked is matched as 微信 and 公众号: words of one family of channels are one channel asked.
  const asked = matched.filter((word) => ONE_CHANNEL.test(word));
  if (asked.length === 0 || (asked.length > 1 && !sameChannelFamily(asked))) return false;
  // The clause the number closes: its subject is after the last break before it.
  // (Pages typed with ASCII marks break their clauses the same way: 多种途径…,其中…,通过微信公众号发布信息550余条; …通过政府网站、
  // 微信公众号等平台主动公开信息,…,微信公众号“永和镇”发布79条: the 79 is the one account's.)
  const start = Math.max(0, ...['。', '；', '，', '：', ',', ';', ':'].map((mark) => sentence.lastIndexOf(mark, at)));
  const before = sentence.slice(start, at);
  // (微信公众号、微信视频号、抖音: the run read first may stop at 微信 of 微信视频号; a later run holding the channel asked counts.)
  // (…抖音、小红书、微博共计发布图文及视频1124条次,阅读量达519万次: a clause naming no channel goes on with the sentence's joint
  // subject before it, so the 519 is no more the one channel's than the 1124.)
  // (Only a measure of reach goes on so: 其中…信息公开平台发布159条 and 共计287条 count items of their own.)
  const subject = ANY_CHANNEL.test(before) || !REACH_MEASURED.test(before) ? before : sentence.slice(0, at);
  // 政府门户网站及政府网站浏览量: channels of one family joined are one channel, no joint count (the run of most families read).
  // (A channel of no family, 广播 or 新媒体平台, is one of its own: 广播、微信公众号 and 网站、新媒体平台 are two.)
  const families = (run: string) =>
    new Set(
      (run.match(CHANNEL_WORD_GLOBAL) ?? []).map((word) => {
        const at = CHANNEL_FAMILIES.findIndex((family) => family.test(word));
        return at >= 0 ? String(at) : word;
      }),
    ).size;
  const joined = [...subject.matchAll(JOINED_CHANNELS_GLOBAL)]
    .filter((run) => run[0].includes(asked[0]))
    .sort((a, b) => families(b[0]) - families(a[0]))[0];
  if (!joined) return false;
  // (微信公众号、微信 read off 微信公众号、微信视频号、抖音 goes on with a channel right after it: no run of one family.)
  const goesOn = new RegExp(`^\\p{Script=Han}{0,4}?${CHANNEL}`, 'u').test(subject.slice((joined.index ?? 0) + joined[0].length));
  if (families(joined[0]) < 2 && !goesOn && !new RegExp(OFFICIAL_CHANNEL).test(joined[0])) return false;
  // 抖音小红书那些一共发了多少: the question asks the joint count itself.
  if (SEVERAL_ASKED.test(question)) return false;
  // 政府网站及局官网…12766条: a site and its 官网 are one channel, no joint count (官博 is a 微博, 官微 a WeChat account).
  if (new RegExp(OFFICIAL_CHANNEL).test(joined[0])) {
    const run = joined[0].replace(/官方微博|官博/g, '微博').replace(/官微/g, '微信');
    if (CHANNEL_FAMILIES.filter((family) => family.test(run)).length < 2) return false;
  }
  // 视频号抖音推送了多少条视频 against 视频号、抖音、B站…推送视频964条: two or more channels asked together, each of them
  // among those the clause lumps, are answered by the figure they share (the quoted sentence says which it counts).
  const named = question.match(CHANNEL_OR_OFFICIAL_GLOBAL) ?? [];
  if (new Set(named).size >= 2 && named.every((channel) => subject.includes(channel))) return false;
  // 省政府门户网站和辽宁发布发布了多少 against 省政府门户网站、“辽宁发布”政务微信公众号发布各类信息2.96万条: the channel asked joined
  // by 和 (与, 及, 、) to an account the clause names with it asks their joint count too, the account named by its own name.
  return ![...question.matchAll(JOINED_IN_QUESTION)].some((pair) => subject.includes(pair[1]) && subject.includes(pair[2]));
}

/** Two things a question joins (网站和辽宁发布: the two characters on either side of the joining word). */
/** A count asked in 件次 (受理申请多少件次): requests counted each time they came, as reports print them (4件次共6项). */
const PER_TIMES_ASKED = /(?:多少|几)件次/;

const JOINED_IN_QUESTION = /(\p{Script=Han}{2})(?:和|与|及|以及|、)(\p{Script=Han}{2})/gu;

function readAnswer(
  sentence: string,
  matched: string[],
  request: RetrieveRequest,
  unit: string | undefined,
  report: ReportRecord,
  beforeAsks: readonly string[],
  headlineBefore = '',
): Omit<Retrieved, 'report' | 'sectionKey' | 'sentence'> | undefined {
  const positions = matched.map((word) => sentence.indexOf(word)).filter((at) => at >= 0);
  const anchor = Math.min(...positions);
  if (request.kind === 'number') {
    // The number that goes with the question: its unit agrees with the asked one, its year is the
    // asked year (or the report's), and the question's words come just before it.
    let chosen:
      | {
          value: number;
          unit?: string;
          at: number;
          end: number;
          strength: number;
          preference: number;
          distance: number;
          said: number;
          year: number;
          inBreakdown: boolean;
          /** Inside brackets after another figure: that figure's breakdown. */
          bracketed: boolean;
          /** How many characters right before the number are the question's own words, written as asked (3 or more, else 0). */
          adjacent: number;
          /** The question's words right before it are joined (或, 和, 及) to a name the question does not ask: a group's count. */
          joined: boolean;
          /** Whether the number's own item names the channel asked (1), another or any where none is asked (-1), or none (0). */
          channelItem: number;
          /** An item of the breakdown the question's own words name (征地信息98条). */
          namesItem: boolean;
          /** The total closes a list the question names (专题专栏…,共发布86条). */
          list: boolean;
          /** Printed as the sentence's total (总计…500条) when a total is asked. */
          total: boolean;
          /** The number as printed, when it differs from its value (3,090). */
          digits: string;
        }
      | undefined;
    // 订阅数多少, 阅读量是多少: the noun before 数/量 is what is counted; a number right after it beats one after the other words.
    const measured = MEASURED_NOUN.exec(request.text)?.[1] ?? MEASURED_NOUN_AFTER.exec(request.text)?.[1];
    const countedEntity = COUNTED_ENTITY.exec(request.text)?.[1];
    const partsNoun = COUNTED_PARTS.exec(request.text)?.[1];
    const countedParts = partsNoun ? new RegExp(`\\d\\s*个${partsNoun}`) : undefined;
    const countedOthers = countedEntity
      ? matched.filter(
          (word) =>
            word.length >= 2 &&
            !word.includes(countedEntity) &&
            new RegExp(`${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[”"》]?\\d`).test(sentence),
        )
      : [];
    const growthAsked = GROWTH_ASKED.test(request.text) && !/比/.test(request.text);
    const distinguishing = distinguishingWords(sentence, matched);
    // 新开了几个专栏 against 共维护13个专栏,其中新开2个: the verb the question puts right before its 几 names the part printed
    // right after that verb in a breakdown, not the headline its noun goes with. A run of items each led by its own verb
    // (制发行政规范性文件8件,废止17件,现行有效20件) is such a breakdown too, when the verb asked leads one item after the first.
    const askedVerb =
      VERB_BEFORE_COUNT.exec(request.text)?.[1] ??
      STATUS_BEFORE_COUNT.exec(request.text)?.[1] ??
      ENDING_VERB_BEFORE_NOUN.exec(request.text)?.[1];
    const verbBreakdownAt = sentence.search(BREAKDOWN);
    const verbNumbers =
      askedVerb === undefined
        ? []
        : [...sentence.matchAll(NUMBER_WITH_UNIT)]
            .map((number) => number.index ?? 0)
            .filter((at, nth) => (verbBreakdownAt >= 0 ? at > verbBreakdownAt : nth > 0))
            .filter((at) => new RegExp(`${asPrinted(askedVerb)}(?:了|的?件数|的?数量|数)?$`).test(sentence.slice(0, at)));
    const stepNumbers = stepNumbersOf(request.text, sentence);
    const phrases = phrasesOf(request.text);
    const askedSize = ASKED_UNIT.exec(request.text)?.[1] ?? '';
    const postsAsked = asksForPosts(request.text);
    // 视频号抖音这些推送了多少条: the question joins the channels itself, so their joint count is the one asked.
    const channelsAsked = request.text.match(CHANNEL_GLOBAL) ?? [];
    const severalChannelsAsked = new Set(channelsAsked).size >= 2;
    const refusalAsked = REFUSAL_ASKED.exec(request.text)?.[0];
    const negatedAct = /不予(处理|受理|答复|办理|采纳)/.exec(request.text)?.[1];
    const averageAsked = AVERAGE_ASKED.test(request.text);

    // 视频号抖音这些 / 那些平台: the question asks the list's items together; so does one closing an item as a list is closed
    // (政策文件等内容多少条, 疫情防控各类信息多少条 against 政策文件、公告类信息…等内容139条).
    const listAsked = severalChannelsAsked || /这些|那些|这几个|那几个/.test(request.text) || LIST_CLOSE_ASKED.test(request.text);
    // 公众号发了多少条 too: publishing asked with or without a measure word.
    const postingAsked = POSTING.test(request.text) && !FOLLOWERS.test(request.text);
    const ordinalAsked = /第(?:几|多少)/.test(request.text);
    const countAskedByNoun = unit === undefined && COUNT_BY_NOUN.test(request.text) && !SHARE_ASKED.test(request.text);
    // Notices, documents or posted items asked (公告几条, 发布了多少条信息): then a count of notices answers.
    const noticesAsked = NOTICE_ASKED.test(request.text);
    const totalAsked = TOTAL_ASKED.test(request.text);
    const partQuestion = PART_ASKED.test(request.text);
    // 有几个平台发信息 counts the outlets (个), never the items published on one (17条).
    const outletsAsked = OUTLETS_COUNTED.test(request.text);
    // 完成了多少个交易项目: the thing counted in 个 (项目), which a number in another unit must name in its own clause.
    const countedInGe = request.text.includes('个') ? COUNTED_IN_GE.exec(request.text)?.[1]?.slice(-2) : undefined;
    // 公开了多少条信息 asks what was published: a count whose own clause is of applications (历年共计收到依申请公开信息申请0条,
    // 依申请公开信息数59条) counts no information published. (信息公开复议了几件 asks appeals, which 公开 only qualifies.)
    // (予以公开多少件, 同意公开几件: an outcome of applications asked, never a count of information published, though it says 公开.)
    const publishedAsked =
      /公开|发布|公布/.test(request.text) &&
      !/申请|答复|受理|收到|办理|办结|回复|复议|诉讼|起诉|投诉|举报|(?:予以|同意|部分|不予)公开/.test(request.text);
    // 收到留言多少条: a specific noun right before 多少 is what is counted. When the sentence prints a
    // number right after that noun (收到留言2521条), the others (公布动态信息332条) count something else.
    // (收到多少条留言, 公开了多少件政协提案: the noun may follow 多少 and its measure word too, as the run of the question's
    // words printed there: 多少件建议提案 counts 建议提案, not the 建议 of 人大代表建议5起.)
    const countedBeforeAsk = matched.find(
      (word) =>
        word.length >= 2 && !COUNTING_VERB.test(word) && !GENERIC_COUNTED.test(word) && beforeAsks.some((before) => before.endsWith(word)),
    );
    // (根据群众意愿公开了几条留言 against 收到群众留言25条,…根据群众意愿公开4条; 新制定了几件规章 against 规章13件(含新制定5件): the
    // handling said before the ask, printed right before a number of its own, is what is counted, not the noun after it.)
    const countedAfterAsk =
      countedBeforeAsk === undefined && !handlingPrintedBeforeNumber(sentence, beforeAsks)
        ? nounAfterAsks(request.text, matched)
        : undefined;
    const countedNoun = countedBeforeAsk ?? countedAfterAsk;
    // 电话答复留言多少条 against 受理网民留言111条,公开答复41条、电话答复70条: the way the noun was handled, said right before it
    // (电话答复), is the item counted where the sentence prints that phrase right before a number of its own.
    const counted = countedNoun === undefined ? undefined : (handlingBefore(sentence, countedNoun, matched, beforeAsks) ?? countedNoun);
    const countedBefore = (at: number) => {
      if (counted === undefined) return false;
      // 图文信息218期932篇, 发布稿件430余期1652篇: a count in another measure word (余 or 多 before it too) may stand between the
      // noun and the number asked.
      const other = /(?<![\d.])\d+(?:\.\d+)?(?:余|多)?[条件个篇次项期场份]$/.exec(sentence.slice(Math.max(0, at - 8), at));
      const end = other ? at - other[0].length : at;
      const before = sentence.slice(Math.max(0, end - counted.length - 3), end);
      // 工作动态信息292条 counts 工作动态 too: 信息 or 类 may stand between the noun and its number; so may 办理, handling said of
      // no step (人民网留言办理8件 counts the 留言).
      return ['', '共', '达', '了', '共计', '信息', '类', '类信息', '办理'].some((joint) => before.endsWith(counted + joint));
    };
    // (本年结转2025年…申请17条: a year printed right after the noun, 2025年, is no count of it; the loop below never reads one.)
    // (A noun said after 多少场 counts only where the sentence prints it before a number in that measure word: 开了多少场新闻发布会
    // against 出席新闻发布会共计12人次 is no count of the conferences.)
    const countedPrinted =
      counted !== undefined &&
      [...sentence.matchAll(NUMBER_WITH_UNIT)].some(
        (match) =>
          countedBefore(match.index ?? 0) &&
          !/^[年月日号]/.test(match[3] ?? sentence[(match.index ?? 0) + match[0].length] ?? '') &&
          (!countedAfterAsk || unit === undefined || (match[3] !== undefined && unitsAgree(unit, bareUnit(match[3])))),
      );
    // 发布智慧城市应用场景多少个 against 开放清单7个批次,共计87个应用场景: the noun printed right after a measure word says what
    // its number counts; where one number of the sentence is followed by the noun asked, another followed by a noun of its
    // own (批次) counts that noun.
    const nounRunAfter = (end: number) => /^\p{Script=Han}{0,8}/u.exec(sentence.slice(end))?.[0] ?? '';
    const countedAfterPrinted =
      counted !== undefined &&
      unit !== undefined &&
      [...sentence.matchAll(NUMBER_WITH_UNIT)].some((match) => nounRunAfter((match.index ?? 0) + match[0].length).includes(counted));
    // 在线访谈多少 against 组织11期“在线访谈”和29场“新闻发布会”: with no measure word asked, a noun printed right after a count's
    // own measure word (quoted or not) is that count's; where the sentence prints none right before its noun, the number after
    // the noun counts the next thing (新闻发布会), so only a number whose measure word the noun follows is weighed.
    const nounAfterMeasure = (end: number) => /^[“"《「‘]?(\p{Script=Han}{0,8})/u.exec(sentence.slice(end))?.[1] ?? '';
    // (民情热线做了多少: a verb of doing between the noun and 多少 leaves the noun the thing counted.)
    const countedBare =
      counted ??
      matched.find(
        (word) =>
          word.length >= 2 &&
          !COUNTING_VERB.test(word) &&
          !GENERIC_COUNTED.test(word) &&
          beforeAsks.some((before) => before.replace(/(?:做|办|开|搞|举办|开展|组织|录制|制作)了?$/, '').endsWith(word)),
      );
    const countedAfterBare =
      countedBare !== undefined &&
      unit === undefined &&
      !countedPrinted &&
      [...sentence.matchAll(NUMBER_WITH_UNIT)].some(
        (match) => /[期场次篇]$/.test(match[0]) && nounAfterMeasure((match.index ?? 0) + match[0].length).includes(countedBare),
      );
    // 有几个部门通过…平台公开信息 against 全年29个部门通过…平台主动公开…信息2500余条: the thing asked in 个 printed right after a
    // count in 个 (29个部门) is counted by that number, never by another number of the sentence in another unit.
    // (公开单位几个 against 本级及9个公开单位…共计829条: the noun may stand before 几个 too, its head then printed among the
    // first characters after the count's 个.)
    const geNounAfter = /(?:多少|几)个(\p{Script=Han}{2})/u.exec(request.text)?.[1];
    const geNounBefore = geNounAfter === undefined ? NOUN_BEFORE_GE.exec(request.text)?.[1] : undefined;
    const geNoun = unit === '个' ? (geNounAfter ?? geNounBefore) : undefined;
    const geNounNamed = (run: string) =>
      geNoun !== undefined && (geNounBefore !== undefined ? run.slice(0, 4).includes(geNoun) : run.startsWith(geNoun));
    const geNounPrinted =
      geNoun !== undefined &&
      [...sentence.matchAll(NUMBER_WITH_UNIT)].some(
        (match) => /个$/.test(match[0]) && geNounNamed(nounRunAfter((match.index ?? 0) + match[0].length)),
      );
    // 通过网站公开政府信息多少条 against …网站,公开政府信息51条,通过政务新媒体上报信息120余条: a number whose own item names
    // another channel than the one asked counts that channel's items; the item naming the one asked wins over it.
    const askedChannel = oneChannelAsked(request.text);
    // 在新华网刊登新闻几条 against 刊登新闻144条，其中…新华网14条: another of the question's words printed right
    // before a number of the breakdown (新华网14条) names the item counted, so that number is one to weigh too.
    const breakdownStart = sentence.search(BREAKDOWN);
    const itemNamedBefore = (at: number) =>
      breakdownStart >= 0 &&
      at > breakdownStart &&
      matched.some(
        (word) =>
          word !== counted &&
          word.length >= 2 &&
          !GENERIC_COUNTED.test(word) &&
          // 涵盖投诉类328条 names 投诉 too: 类 may stand between the item's word and its number, as for the noun counted.
          ['', '类'].some((joint) =>
            sentence
              .slice(0, at)
              .replace(/[“”"《》]+$/, '')
              .endsWith(word + joint),
          ),
      );
    // 主动公开的征地信息多少条 against 主动公开128条，其中…征地信息98条: a word of the question the sentence prints only
    // in its breakdown names the item asked; the headline's words (主动公开) are those of every item. An item that
    // word leads to is credited with the headline's words too, so it beats the headline it belongs to.
    const breakdownAt = sentence.search(BREAKDOWN);
    // An item's word may stand in the headline's clause too (覆盖政务运行全流程，具体包括：政务运行类信息55条): it is the item's.
    // Words every item shares (公开, 政务: 政务公开年报) name none. A word that leads up to the headline's own number
    // (主动|公开政府信息89条，其中…主动公开信息19条) is the headline's; one only in a clause after it (67条，…覆盖政务运行
    // 全流程，具体包括：政务运行类信息55条) still names an item.
    let headlineAt = -1;
    if (breakdownAt >= 0)
      for (const number of sentence.slice(0, breakdownAt).matchAll(NUMBER_WITH_UNIT)) if (number[3]) headlineAt = number.index ?? -1;
    const itemWords =
      breakdownAt < 0
        ? []
        : matched.filter((word) => {
            if (word.length < 2 || DOMAIN_WORDS.has(word)) return false;
            const first = sentence.indexOf(word);
            return first > breakdownAt || (sentence.indexOf(word, breakdownAt) > breakdownAt && headlineAt >= 0 && first > headlineAt);
          });
    const headlineWeight =
      itemWords.length === 0
        ? 0
        : matched.reduce((sum, word) => {
            const first = sentence.indexOf(word);
            return first >= 0 && first < breakdownAt && !itemWords.includes(word) ? sum + leadWeight(word) : sum;
          }, 0);
    // The headline's own lead-up (各类公共法律服务事项14527件: 类, 法律, 服务, 事项 right before it), which its item is credited
    // with when that is more than the headline's words weigh alone.
    const headlineLead =
      headlineWeight > 0 && headlineAt >= 0
        ? leadUp(
            sentence,
            headlineAt,
            matched.filter((word) => !itemWords.includes(word)),
          ) + phraseLead(sentence, headlineAt, phrases)
        : 0;
    // Applications counted in 条 by the sentence (收到…申请4条), asked of applications, not of items published.
    const applicationsCountedInTiao = APPLICATIONS_IN_TIAO.test(sentence) && !publishedAsked;
    // 收到248条网民留言,办结留言230条 asked 收到网民留言多少条: a count printed before the noun asked (its measure word, then at
    // most two characters that qualify it, 网民, then the noun) counts it as one printed after the noun does.
    const countedRightAfter = (end: number) =>
      counted !== undefined &&
      nounRunAfter(end)
        .slice(0, counted.length + 2)
        .includes(counted);
    const levelAsked = LEVEL_ASKED.test(request.text) && !NEW_THIS_YEAR.test(request.text);
    for (const match of sentence.matchAll(NUMBER_WITH_UNIT)) {
      const at = match.index ?? 0;
      // 建议、提案4件,其中1件主办件、2件合办件 asked 合办的…几件: an item of the breakdown printed number first, named by an item
      // word right after its measure word, is one to weigh too.
      if (
        countedPrinted &&
        !countedBefore(at) &&
        !(match[3] && countedRightAfter(at + match[0].length)) &&
        !itemNamedBefore(at) &&
        !(verbNumbers.length === 1 && at === verbNumbers[0]) &&
        !itemWords.some((word) => sentence.startsWith(word, at + match[0].length))
      )
        continue;
      const after = sentence[at + match[0].length] ?? '';
      if (/^[年月日号]/.test(match[3] ?? after) || /[\d.]/.test(sentence[at - 1] ?? '')) continue;
      // 众创空间入驻了多少企业 against 自治区众创空间1家: the number counts what its clause names; a clause that never names
      // the entity asked after 多少 counts something else (the 众创空间 itself).
      // Nor does a count the sentence prints of another thing the question names (众创空间1家), nor a number outside
      // that thing's clause (科技型中小企业33家): the question asks what is in it, which the report does not count.
      if (countedEntity && !clauseAround(sentence, at).includes(countedEntity)) continue;
      // 分了几个方面 against 细化5个方面39项要点工作: the parts counted by a noun after the measure word are the number printed
      // right before that noun, never another count of the same clause.
      if (
        countedParts?.test(sentence) &&
        !countedParts.test(sentence.slice(at, at + match[0].length + 4)) &&
        !(verbNumbers.length === 1 && at === verbNumbers[0])
      )
        continue;
      // 收到几件申请 against 共收到依申请公开事项5件(其中1件为上年结转政府信息公开申请): a count its own words after it say was
      // carried over from the year before is that part, never the count asked, unless carrying over is what is asked.
      if (!CARRY_WORD.test(request.text) && CARRIED_OVER_AFTER.test(sentence.slice(at + match[0].length))) continue;
      // 不予公开的有几个 against 予以公开7件、部分公开5件…: the item a number closes must be the refusal asked, not its opposite.
      // (1件经…同意对答复内容不予公开: the words may follow the number in its item.)
      if (refusalAsked && !itemBefore(sentence, at).includes(refusalAsked) && !itemAfter(sentence, at).includes(refusalAsked)) continue;
      // 全年共公开信息多少条 against …不予公开信息数46条: what was withheld is no count of what was published.
      if (
        !refusalAsked &&
        !/不(?:予以?)?公开|没(?:有)?公开|未公开/.test(request.text) &&
        /(?:不予以?|不|未)公开/.test(itemBefore(sentence, at))
      )
        continue;
      if (countedOthers.length > 0 && !countedOthers.some((word) => clauseAround(sentence, at).includes(word))) continue;
      // 办结了几件 against 县长信箱收到信件238件,办结99件: the number whose own item is the other step (收到) is not the one asked.
      if (!/率/.test(request.text) && namesOtherCaseOrStep(request.text, itemBefore(sentence, at))) continue;
      // 民生诉求办结了几件 against 处理解决民生诉求7853件,办结7852件: the step asked, printed right before a number of the sentence,
      // names that number; a number whose own item never says it is another step's.
      if (stepNumbers.length > 0 && !stepNumbers.includes(at)) continue;
      // 第17次党组会议 is the seventeenth meeting, not seventeen meetings: an ordinal answers only 第几.
      if (sentence[at - 1] === '第' && !ordinalAsked) continue;
      // 《条例》第20条和21条规定的: the second of a pair of ordinals sharing the first's 第 is one too.
      if (!ordinalAsked && ORDINAL_PAIR_BEFORE.test(sentence.slice(Math.max(0, at - 12), at))) continue;
      // 受理申请多少件次 against 共受理政府信息公开申请4件次共6项: a count asked in 件次 is the one printed so, where the sentence
      // prints one (the total after 共 counts the items the requests asked, in 项).
      if (PER_TIMES_ASKED.test(request.text) && /\d件次/.test(sentence) && !sentence.startsWith('件次', at + match[1].length)) continue;
      // 官方网站和微信公众号分别发布信息400条 where the page ends: the second count was cut off, so the one left is no item's.
      if (cutRespectiveCount(sentence, at + match[0].length)) continue;
      if (verbNumbers.length === 1 && at !== verbNumbers[0]) continue;
      // 政务动态信息885信息公开目录信息30条 asked 政务动态信息几条: the bare count glued to the next item is counted in that item's
      // measure word.
      const gluedUnit = match[3] ? undefined : gluedBareUnit(sentence, at, match[0].length, matched);
      const printed = match[3] ?? gluedUnit;
      const stated = printed && bareUnit(printed);
      // 粉丝数54373, 点赞量136888: a count printed without a measure word, right after the question's noun and 数/量.
      const namedCount = countNamedBefore(sentence, at, matched);
      // A unit only implied by the noun (粉丝 → 人) is no measure word the sentence must print.
      const unitImplied = unit !== undefined && !ASKED_UNIT.test(request.text) && unit === impliedUnit(request.text);
      // 订阅多少人 against 订阅人数为6113: the measure word asked is the one the count's name ends in (人数, 次数).
      const lead = sentence.slice(Math.max(0, at - 5), at);
      const unitNamedBefore = unit !== undefined && lead.includes(`${unit}数`) && /数(?:为|是|达|达到|共|:|：)?$/.test(lead);
      // 微信公众号发布信息816,“…”视频号…推送视频964条: a count printed bare right after what was published, at a clause's end.
      const postedBare =
        !printed && postingAsked && (unit === undefined || unit === '条' || unit === '篇')
          ? postedCountBefore(sentence, at, match[0].length, matched)
          : 0;
      // 微信公开政府信息数为117 asked 多少条: a count of items published (信息数, 稿件数) printed bare is a count in 条 or 篇.
      // (微信呢 after another channel's count: the channel named in the number's own clause is enough.)
      const itemsNamedBefore =
        !printed &&
        (unit === '条' || unit === '篇') &&
        ITEMS_COUNT_BEFORE.test(lead) &&
        matched.some((word) => word.length >= 2 && clauseAround(sentence, at).includes(word));
      // 纳入负面清单事项为0。 asked 负面清单事项多少: a whole number printed bare after the question's own noun and 为, closing its clause.
      const closingBare = !printed && (unit === undefined || unitImplied) && bareAfterNounClosing(sentence, at, match[0].length, matched);
      const bareCount =
        !printed &&
        (((unit === undefined || unitImplied || unitNamedBefore) && namedCount > 0) || postedBare > 0 || itemsNamedBefore || closingBare);
      // 累计主动公开多少 against 新增主动公开政府信息10114条,…累计主动公开政府信息39803件: a level asked (累计) is the count of
      // items published printed after 累计, in 件 as well as 条; the year's new items are no answer to it.
      const levelClause = sentence.slice(clauseAt(sentence, at).start, at);
      if (levelAsked && NEW_THIS_YEAR.test(levelClause) && !/累计/.test(levelClause) && /累计/.test(sentence)) continue;
      const levelInJian = levelAsked && unit === '条' && stated === '件' && /累计[^，。；,;\d]{0,4}(?:公开|发布)/.test(levelClause);
      // 收到政府信息公开申请4条,其中…1条已结转下一年度: a sentence counting applications in 条 counts them as 件 are asked.
      const applicationsInTiao = unit === '件' && stated === '条' && applicationsCountedInTiao;
      // 局长信箱收了几封信 against 局长信箱收到2条: letters to a mailbox are counted in 条 too, where the number's own clause names it.
      const mailboxLetters = unit === '封' && stated === '条' && /信箱|来信|信件/.test(sentence.slice(clauseAt(sentence, at).start, at));
      // 在线访谈几次 against 在线访谈2期: sessions of an interview, a conference or a lecture are asked in 次 or 场 and printed in 期
      // too, where the number's own item or the noun right after its measure word names the session.
      // (新闻发布会9篇: the conferences a list of published items counts in 篇 are asked in 次 or 场 too, the item naming them.)
      const sessionsInQi =
        (unit === '次' || unit === '场') &&
        (stated === '期' || stated === '篇') &&
        sessionNamed(itemBefore(sentence, at).slice(-8), sentence.slice(at + match[0].length), request.text);
      // 视频号发了多少条 against “X”视频号发布73期: a channel's posts printed in 期 (issues of its videos) are its posts, where the
      // number's own item names the channel asked.
      const postsInQi =
        (unit === '条' || unit === '篇') &&
        stated === '期' &&
        askedChannel !== undefined &&
        POSTING.test(request.text) &&
        askedChannel.test(channelItemNamed(sentence, at, true) ?? '') &&
        // (发布信息120期,450条: the posts counted in 条 right after the issues are the ones asked.)
        !/^\s*[,，、]?\s*\d+(?:\.\d+)?\s*(?:余)?[条篇]/.test(sentence.slice(at + match[0].length));
      if (
        !bareCount &&
        !applicationsInTiao &&
        !levelInJian &&
        !mailboxLetters &&
        !sessionsInQi &&
        !postsInQi &&
        (unit ? !stated || !unitsAgree(unit, stated) : !stated)
      )
        continue;
      if (outletsAsked && stated !== '个') continue;
      // 12345热线接了多少电话 against 累计接听电话84472通，…电话量占总数的10.09%: a count asked by its noun is never the share.
      if (countAskedByNoun && stated === '%') continue;
      // 共发布公共资源交易信息2934条,共完成交易项目1954个 asked 多少个交易项目: a number in another unit whose clause does not
      // name the thing counted (项目, before or after the number) counts something else, though 个 agrees with any unit.
      // 驳回了几个申请 against 收到申请12件,其中…驳回7件: the item the asked verb leads to counts the headline's thing.
      if (
        countedInGe &&
        stated &&
        stated !== '个' &&
        !clauseAround(sentence, at).includes(countedInGe) &&
        !(verbNumbers.length === 1 && at === verbNumbers[0])
      )
        continue;
      if (postsAsked && stated && unitsAgree('人', stated)) continue;
      // 公众号发了多少 against 粉丝…同比增长11.2%,…发布信息847篇: a rate is no count of what was published unless a share or a
      // change is asked.
      if (postsAsked && stated === '%' && !SHARE_ASKED.test(request.text) && !/增长|增加|减少|下降|上升|同比|变化|涨|降/.test(request.text))
        continue;
      // 微信公众账号(1个)发布信息149条: the bracketed count of accounts is not what they published; only 几个账号 asks it.
      if (!outletsAsked && unit !== '个' && stated === '个' && OUTLET_COUNT_BRACKET.test(sentence.slice(Math.max(0, at - 8), at))) continue;
      // 开设政务微信小程序1个(安宁e家)公开信息125条 asked 小程序公开了多少信息: the outlets opened are not what went out on them.
      if (
        !outletsAsked &&
        unit !== '个' &&
        stated === '个' &&
        ITEMS_ASKED.test(request.text) &&
        OUTLET_COUNT_AFTER.test(sentence.slice(Math.max(0, at - 8), at))
      )
        continue;
      // The size word stands before the measure word (260小项) or after it (131项大项).
      if ((match[2] ?? (stated && /^[大小]/.test(after) ? after : '')) !== askedSize) continue;
      const year = yearBefore(sentence, at) ?? report.year;
      if (request.year !== undefined && year !== request.year) continue;
      // 组织14名“三区”人才: the words may follow the number and its unit, quoted or not.
      const end = at + match[0].length;
      // 设立了1个专门的信息申请受理点 asked 收到几件申请: the number counts the place or desk its noun phrase ends in, which
      // the question's own words (申请) only qualify; it answers only a question naming that place.
      const placeCounted = PLACE_COUNTED.exec(sentence.slice(end))?.[1];
      if (placeCounted && !request.text.includes(placeCounted.slice(-2))) continue;
      // 不予处理的申请有几件 against 全年处理申请数量423件: an item that names the very act the question negates, without the
      // negation, counts the acts done, never the ones refused.
      if (negatedAct && itemBefore(sentence, at).includes(negatedAct) && !/不予|不|未|拒绝/.test(itemBefore(sentence, at))) continue;
      // 答复了几件 against 全年答复申请4件,未答复1件: an item that negates the very act the question asks (未答复, 尚未办结) counts
      // the acts not done; a question that negates nothing is never answered with it.
      const notDone = /^(?:全年|本年|其中)?(?:未|尚未|暂未|没有)(\p{Script=Han}{2})/u.exec(itemBefore(sentence, at))?.[1];
      if (notDone && request.text.includes(notDone) && !/未|没|不|无|尚|拒/.test(request.text)) continue;
      // 网站浏览量多少 against 访问量累计超过7708682人次,日均浏览量1.7万余人次: a count per day (month, week, year) is a rate,
      // no total of it; only a question asking the average (日均, 平均, 每天) is answered with it.
      // (每日发布水情信息共计365条: a total said of the daily items is the total.)
      if (
        !averageAsked &&
        PER_PERIOD_BEFORE.test(clauseBefore(sentence, at)) &&
        !/共计|累计|总计|合计|一共|总共/.test(clauseBefore(sentence, at))
      )
        continue;
      if (countedAfterBare && countedBare !== undefined && !nounAfterMeasure(end).includes(countedBare)) continue;
      // (共维护20个专栏，其中新开3个: a count in 个 with no noun of its own after it counts the same thing.)
      if (geNounPrinted && geNoun !== undefined && (!/个$/.test(match[0]) || (nounRunAfter(end) !== '' && !geNounNamed(nounRunAfter(end)))))
        continue;
      if (countedAfterPrinted && counted !== undefined) {
        const noun = nounRunAfter(end);
        if (noun.length >= 2 && !noun.includes(counted) && !matched.some((word) => word.length >= 2 && noun.startsWith(word))) continue;
      }
      // 1 where the number's item names the channel asked, -1 where it names another (or any, when none is asked), 0 otherwise.
      // (Asked of no channel, only the clause right before the number: 增强政府网站…作用,全年主动公开各类政府信息53条 counts no
      // channel's part.)
      const channelOfItem = channelItemNamed(sentence, at, !askedChannel);
      const channelItem = channelOfItem === undefined || !askedChannel ? 0 : askedChannel.test(channelOfItem) ? 1 : -1;
      // A run of them (260小项审批项目: 审批, 项目) counts word by word.
      let following = 0;
      for (let cursor = end; ; ) {
        while (/[“”"'‘’《》「」]/.test(sentence[cursor] ?? '')) cursor += 1;
        const word = matched.find((candidate) => sentence.startsWith(candidate, cursor));
        if (!word) break;
        following += leadWeight(word);
        cursor += word.length;
      }
      // 微信公众号、微博主动公开…455条 counts both channels: not the answer for one of them.
      if (countsSeveralChannels(sentence, at, matched, request.text) !== (request.jointChannelsOnly === true)) continue;
      // 涉及疫情防控、社会救助、养老服务等方面信息423条 asked for 疫情防控 alone: the count is of every item listed together.
      if (!listAsked && countsListedTogether(sentence, at, matched, report.agency)) continue;
      if (following === 0) following = nounPhraseAfter(sentence, end, matched);
      // 4件为上年度结转办结,12件结转下年度办结: a number opening its clause is named by all of its phrase after it, not only by
      // the run of the question's words right after its unit (结转下|年度 stops at a word the question writes apart).
      // So is one opening a bracket of parts after another figure (13封(含2封转下年度办结)): 含 is its clause's only word.
      else if (/^(?:其中|另有|有|[(（]含)?$/.test(sentence.slice(clauseAt(sentence, at).start, at).replace(/^.*\d\S?[(（]含$/, '（含')))
        following = Math.max(following, nounPhraseAfter(sentence, end, matched));
      if (following === 0) following = qualifyingParenthesis(sentence, end, matched);
      // 一共呢 / 总共多少: the sentence's total (全年总计更新…500条) over the channels it adds up. A list closed by its own total
      // (专题专栏包括组织机构4条、…,共发布86条) is asked that total by a question naming the list and none of its items.
      const listFrom = listClosedBy(sentence, at, request.text);
      // (累计浏览量达39481次 is a level of views, no total of the items 一共推送了多少 asks: a 量 the question does not say.)
      const totalWords = totalAsked ? TOTAL_BEFORE.exec(sentence.slice(Math.max(0, at - 16), at))?.[0] : undefined;
      const totalHere =
        (totalWords !== undefined && !(totalWords.includes('量') && !request.text.includes('量'))) || listFrom !== undefined;
      // 阅读、播放总量705万次 for 阅读量: the measure named with another before their shared 量, as near the number.
      // (网站访问量累计超过7708682人次: words of a level reached, 累计 and 超过, may stand between the measure and its number.)
      const measuredHere =
        measured !== undefined &&
        (sentence.slice(Math.max(0, at - measured.length - 4), at).includes(measured) ||
          new RegExp(`${measured}[^，,。；;\\d]{0,6}量(?:[^，,。；;\\d]{0,3}|${LEVEL_WORDS})$`, 'u').test(
            sentence.slice(Math.max(0, at - measured.length - 16), at),
          ));
      // The counted noun is in the sentence but not before this number: a neighbouring figure (关注人数1022人 for 阅读量).
      // Nor is a sentence that never names it an answer (播放量 against 政策文件及解读3条).
      if (measured !== undefined && !measuredHere && (sentence.includes(measured) || UNPRINTED_MEASURE.test(measured))) continue;
      // 今年涨了多少粉 against 累计关注量达526人: the level reached is no growth, nor is another figure of a sentence that
      // states levels and no growth (发布信息252条).
      if (
        growthAsked &&
        (CUMULATIVE_BEFORE.test(sentence.slice(Math.max(0, at - 12), at)) || (/累计|总计/.test(sentence) && !GROWTH_STATED.test(sentence)))
      )
        continue;
      // 梳理12类基础信息和9类重点领域信息: a count of kinds names what it counts after its measure word; the words before it
      // (基础信息和) are the item before's, so a number with a kind named right after it is weighed by the words after it alone.
      const kindsNamedAfter = (stated === '类' || stated === '种') && /\p{Script=Han}/u.test(sentence[end] ?? '');
      const strength = kindsNamedAfter
        ? following
        : leadUp(sentence, at, matched) +
          following +
          (measuredHere ? weightOf(measured) : 0) +
          phraseLead(sentence, at, phrases) +
          namedCount +
          postedBare +
          // A list's total is led up to by the words before its first item (政府信息公开目录中公开…1条,…,共发布102条).
          (listFrom === undefined ? 0 : leadUp(sentence, listFrom, matched));
      // Which of the sentence's numbers: the words that tell them apart count too (not in ranking sentences against each other).
      const namesItem =
        headlineWeight > 0 &&
        at > breakdownAt &&
        itemWords.some((word) => {
          const position = sentence.lastIndexOf(word, at - word.length);
          // 其中1条权责清单、16条政协提案: an item printed number first is named right after its measure word.
          // (其中4宗申请人已主动撤销申请,1宗仍在…: 撤销 ends the item before the comma, and names 4宗, not 1宗.)
          // 其中2件为原主动公开件: or right after a 为/是 that follows it, in its own clause.
          const after = sentence.indexOf(word, end);
          return (
            (position > breakdownAt &&
              at - (position + word.length) <= 4 &&
              !/[，,；;]/.test(sentence.slice(position + word.length, at))) ||
            sentence.startsWith(word, end) ||
            (/^(?:其中|另有|共有|有)?$/.test(sentence.slice(clauseAt(sentence, at).start, at)) &&
              sentence.slice(end, clauseAt(sentence, end).end).includes(word)) ||
            (after > end && after - end <= 4 && /^(?:为|是|系|属于?)[^，,。；;\d]{0,2}$/.test(sentence.slice(end, after)))
          );
        });
      const preference = kindsNamedAfter
        ? strength
        : strength + distinguishingLead(sentence, at, distinguishing, end) + (namesItem ? Math.max(headlineWeight, headlineLead) : 0);
      // The question's words nearest before the number (their last place before it, not their first in the sentence).
      const before = matched.map((word) => sentence.lastIndexOf(word, at - word.length)).filter((position) => position >= 0);
      const distance = before.length > 0 ? at - Math.max(...before) : 200 + positions[0] - at;
      // 增速达到138.8%，…2024年…33家 asked for 2024: a number none of the question's words lead to, past another
      // number that follows them (skipped for its year or unit), counts something else.
      if (
        strength === 0 &&
        !totalHere &&
        before.length > 0 &&
        /\d/.test(sentence.slice(Math.max(...before), at).replace(/(?:19|20)\d{2}年度?/g, ''))
      )
        continue;
      // 满意度测评结果是多少 against 进行了满意度测评，现场参观了2家科技型企业: with no measure word asked, a number
      // whose own clause opens with another act (参观了) and counts a noun of its own counts something else.
      if (unit === undefined && following === 0 && otherActBefore(sentence, at, matched)) continue;
      // 收到12345群众来信、依申请信息公开等26件,其中依申请公开7件: a count lumping applications with letters or calls
      // counts no applications; the part its 其中 names does.
      if (lumpedWithOtherRequests(sentence, at, request.text)) continue;
      // 收到政府信息公开申请87分别为予以公开45件 asked 收到几件申请: 45 is the breakdown's 予以公开, not the total glued before it.
      if (countAfterGluedTotal(sentence, at, matched)) continue;
      if (countAfterGluedBare(sentence, at, matched)) continue;
      // 街镇收到的申请多少 against 全区共收到信息公开申请130件,其中…向各街镇提出的…共36件: a sub-unit asked (街镇, 各部门,
      // 乡镇) whose count the sentence states apart is never answered with the whole's count.
      if (wholeForSubUnit(sentence, at, request.text)) continue;
      // 依申请公开请求9件,其中网络平台收到3件 asked 收到几个申请: a part of the breakdown by channel (网络平台, 线下, 信函) the
      // question does not name is not the count of applications asked, though the question's verb is printed there only.
      if (request.text.includes('申请') && channelPartNotAsked(sentence, at, request.text)) continue;
      // 收到依申请公开6条…其中,商业企业申请…1条,…收到自然人申请政府信息公开申请5条 asked 收到几件申请: a part of the breakdown by
      // applicant (自然人, 企业) the question does not name is no count of the applications asked, though its words are printed there.
      if (request.text.includes('申请') && applicantPartNotAsked(sentence, at, request.text)) continue;
      // 回复了几条12345留言 against 回复市长信箱留言2件、12345留言6件: a hotline asked by its number (12345, 12315) is counted
      // after that number, never by an item listed before it.
      if (request.text.includes('123') && beforeHotlineAsked(sentence, at, request.text)) continue;
      if (publishedAsked && APPLICATIONS_COUNTED.test(clauseBefore(sentence, at))) continue;
      // 在媒体上登了多少篇 against 通过…媒体平台刊发信息206篇,其中省级及以上媒体刊发信息38篇, 开了多少场新闻发布会 against
      // 共举办191场…新闻发布活动…。其中,疫情防控新闻发布会累计举行151场: a part of the breakdown whose item qualifies the noun
      // asked with words the question never says is that part, not the whole its headline counts of the same noun.
      if (!partQuestion && qualifiedPart(sentence, at, stated, matched, request.text, headlineBefore)) continue;
      // Alike otherwise, the headline figure wins over the items of its breakdown (主动公开信息225条，其中：…预决算公开3件).
      const inBreakdown = BREAKDOWN.test(sentence.slice(0, at));
      // Alike too, a figure outside brackets wins over one inside them, the brackets' breakdown of the figure before
      // (公告公示信息57条(含采购公告公示16条): 公告公示 is 57).
      const bracketed = insideBrackets(sentence, at);
      // Alike, a number the question's own words stand right before, as asked (依申请公开4件 for 依申请公开的有几件),
      // wins over a headline whose words are scattered (依申请公开情况…收到政务公开申请11件).
      const adjacent = askedRightBefore(sentence, at, request.text);
      // 其他组织申请几件 against 法人或其他组织申请6件,其中其他组织申请2件: alike otherwise, the part named alone wins over a
      // group that joins it to another the question does not name.
      const joined = joinedToOther(sentence, at, matched, request.text);
      const better =
        !chosen ||
        // (…网站,公开政府信息51条,通过政务新媒体上报信息120余条 asked of the website: the item naming it, whatever the weights.)
        (Math.abs(channelItem - chosen.channelItem) === 2
          ? channelItem > chosen.channelItem
          : // (廉政建设和反腐败工作类信息一共几条: a total asked of an item its breakdown names is that item's count, not the headline's,
            // unless the total closes a list the question names: 政府信息公开目录中公开…1条,…,共发布102条. A word of a channel asked
            // (媒体 of 新媒体) is no such item: 新媒体全年一共 (一共呢 after a channel's count) asks the total the channels add up to.)
            totalHere !== chosen.total &&
              (itemWords.every((word) => channelsAsked.some((channel) => channel.includes(word)) || WHOLE_WORD.test(word)) ||
                (totalHere ? listFrom !== undefined : chosen.list))
            ? totalHere
            : // 收到的申请当中有几件是…: a part asked is an item of the breakdown its own words name, over the total they lead to.
              partQuestion && namesItem !== chosen.namesItem
              ? namesItem
              : preference > chosen.preference ||
                (preference === chosen.preference &&
                  (joined !== chosen.joined
                    ? !joined
                    : channelItem !== chosen.channelItem
                      ? channelItem > chosen.channelItem
                      : adjacent !== chosen.adjacent
                        ? adjacent > chosen.adjacent
                        : inBreakdown !== chosen.inBreakdown
                          ? !inBreakdown
                          : bracketed !== chosen.bracketed
                            ? !bracketed
                            : // 收到行政复议4件,结果维持2件,主动撤销2件 asked 撤销了几件复议: alike otherwise, the number after which
                              // the sentence has said all the question's words (the part of the total named before it), in a
                              // clause of its own (21个领域68项内容 asked 多少个领域: 领域 names 21, the number before it).
                              before.length !== chosen.said && /[，,；;]/.test(sentence.slice(chosen.end, at))
                              ? before.length > chosen.said
                              : distance < chosen.distance)));
      if (better) {
        chosen = {
          value: printedNumber(match[1]),
          // (信息数为117 asked in 条: the measure the count's name implies, so that 加起来 adds it to the channel before.)
          // (总阅读数101.1万。: a bare count in 万 with no measure word after it keeps its 万, never read as 101.1.)
          unit:
            printed ??
            (itemsNamedBefore
              ? unit
              : /^[万亿](?!\p{Script=Han})/u.test(sentence.slice(at + match[0].length))
                ? sentence[at + match[0].length]
                : undefined),
          at,
          end: at + match[0].length,
          strength,
          preference,
          distance,
          said: before.length,
          year,
          inBreakdown,
          bracketed,
          adjacent,
          joined,
          channelItem,
          namesItem,
          total: totalHere,
          list: listFrom !== undefined,
          digits: match[1],
        };
      }
    }
    if (!chosen || (chosen.strength === 0 && chosen.distance > 40)) return undefined;
    // 科技项目立项了多少个 against 科技项目立项通知公告4条: a count of the notices about a thing is no count of the thing.
    if (!noticesAsked && NOTICE_COUNTED.test(sentence.slice(Math.max(0, chosen.at - 4), chosen.at))) return undefined;
    // An item named by its own words is quoted from them (征地信息98条), not from the headline before it.
    const around = leadAround(sentence, chosen.at, chosen.end, chosen.namesItem ? itemWords : matched);
    // (信息数量304利用本镇公众号…144: the bare count run into the next words ends the clause quoted.)
    const printedCount = sentence.slice(Math.max(0, chosen.at - 4), chosen.end);
    const clause =
      BARE_COUNT_ENDS.test(sentence.slice(Math.max(0, chosen.at - 12), chosen.end + 1)) && around.includes(printedCount)
        ? around.slice(0, around.indexOf(printedCount) + printedCount.length)
        : around;
    return {
      statedYear: chosen.year,
      // The answer states the figure plainly (3090); the quoted sentence keeps it as printed.
      clause: chosen.digits.includes(',') ? clause.replace(chosen.digits, String(chosen.value)) : clause,
      value: chosen.value,
      unit: chosen.unit,
      strength: chosen.strength,
      countedHere: countedBefore(chosen.at),
      listedTogether: listAsked ? undefined : oneItemOfJointCount(sentence, chosen.at, matched, report.agency),
      parts:
        chosen.total || chosen.inBreakdown || chosen.bracketed || chosen.namesItem || ordinalAsked
          ? undefined
          : listedParts(sentence, chosen.at, chosen.unit, request.text),
    };
  }
  if (request.kind === 'yesno') {
    if (isHeadingOnly(sentence)) return undefined;
    // The answer is about the question's heaviest word (新媒体 in 有政务新媒体吗), wherever it stands.
    // Ties go to the word said last: in 有X吗 the thing asked about comes last.
    // 行政复议有尚未审结的吗: the not-yet state asked (审结 after 尚未) is the thing asked about, not the heavier 行政复议.
    const heaviest =
      matched.find((word) => notYetOf(request.text, word)) ??
      matched.map((word, index) => ({ word, index })).sort((a, b) => weightOf(b.word) - weightOf(a.word) || b.index - a.index)[0]?.word;
    let anchor = heaviest === undefined ? positions[0] : yesNoAnchor(sentence, heaviest, matched);
    // 因…申请行政复议、提出行政诉讼等情况方面:我乡未发生…行政复议案: the word in a topic's label before a colon states
    // nothing; the statement after the colon does, read at the word said there again (none said again: no answer here).
    // (在行政复议、诉讼方面,也未收到…行政复议申请: a label of several topics opened by 在/关于 and closed by a comma is one too.)
    const labelOpened = /(?:^|[，。；,;：:])\s*(?:在|关于|对于)[^，。；,;：:]*$/.test(sentence.slice(0, anchor));
    const label =
      heaviest === undefined
        ? null
        : (TOPIC_LABEL_BEFORE_COLON.exec(sentence.slice(anchor)) ??
          (labelOpened && SEVERAL_TOPICS_LABEL.test(sentence) ? TOPIC_LABEL_BEFORE_COMMA.exec(sentence.slice(anchor)) : null));
    if (label && heaviest !== undefined) {
      anchor = sentence.indexOf(heaviest, anchor + label[0].length);
      if (anchor < 0) return undefined;
    }
    if (heaviest !== undefined && namesAPlaceFor(sentence, anchor + heaviest.length)) return undefined;
    // 有没有被告上法庭 against 全文包括…提起行政诉讼情况…六部分: a part's title is no statement that a case was brought.
    if (inReportContents(sentence, anchor)) return undefined;
    const { start: own, end } = clauseAt(sentence, anchor);
    // (The negation framing two clauses is quoted with both: 无因…行政复议,提起行政诉讼情况发生.)
    const framedFrom = negatedAcrossComma(sentence.slice(0, own), sentence.slice(anchor, end));
    const start = framedFrom ?? own;
    const before = sentence.slice(own, anchor);
    const clause = sentence.slice(start, end);
    // 公众号被注销了吗 asks about the shutting: a sentence that names the account but no shutting (公众号关注量达526人) does not answer it.
    if (CLOSED.test(request.text) && !CLOSED.test(sentence)) return undefined;
    // 进入行政复议程序和行政诉讼程序均为0件: things joined, then a zero said of all of them.
    const jointZero = /^[^，。；,;\d]{0,24}(?:均|都|皆|全部)(?:为|是)?(?<![\d.])0([件条次个项起])?(?![\d.])/.exec(sentence.slice(anchor));
    // 复议有尚未审结的吗 against 其中1起尚未审结: the asked thing is itself a state not reached (尚未审结), so the 尚未
    // printed before the word is that thing, no negation of it.
    const notYetAsked = heaviest !== undefined && notYetOf(request.text, heaviest);
    const notYetStripped = notYetAsked && NOT_YET_END.test(before) ? before.replace(NOT_YET_END, '') : before;
    // 有没有不予公开的 against 不予公开答复2件: the thing asked is itself a refusal, so its own 不予 (无法, 不能) is no negation of
    // it; 未出现不予公开 still is.
    const negatedBefore = refusalThingAsked(request.text, notYetStripped, heaviest);
    // 行政复议几件 against 未发生因信息公开答复不当引发的行政复议败诉: a none of the cases lost says nothing of how many came.
    if (
      heaviest !== undefined &&
      NEGATION.test(negatedBefore) &&
      CASE_OUTCOME_AFTER.test(sentence.slice(anchor + heaviest.length)) &&
      !CASE_OUTCOME_ASKED.test(request.text)
    )
      return undefined;
    // 行政诉讼案件0件: a count of zero says no, as 未发生 does.
    // 微博关停了吗 asks about the shutting itself: a clause stating it says yes (有微博吗 is answered no by it).
    const yes = !(
      NEGATION.test(negatedBefore) ||
      framedFrom !== undefined ||
      (CLOSED.test(clause) && !CLOSED.test(request.text)) ||
      /^[^，。；]{0,8}(为0|为零|：无|:无)/.test(sentence.slice(anchor)) ||
      /^[^，。；\d]{0,12}(?<![\d.])0(?![\d.])/.test(sentence.slice(anchor)) ||
      jointZero !== null
    );
    if (request.year !== undefined && (yearBefore(sentence, anchor) ?? report.year) !== request.year) return undefined;
    // 其中1起尚未审结 asked 有尚未审结的吗: the count right before the not-yet word is that of the cases in that state.
    const notYetCount = yes && notYetStripped !== before ? /(?<![\d.])(\d+)([件条次个项起宗])$/.exec(notYetStripped) : null;
    if (notYetCount && Number(notYetCount[1]) > 0)
      return {
        statedYear: yearBefore(sentence, anchor) ?? report.year,
        clause,
        yes,
        value: Number(notYetCount[1]),
        unit: notYetCount[2],
        notYetCount: true,
      };
    // 行政诉讼0件, 举办开放日活动1场: the count right after the thing asked about goes with the yes or no.
    const count = /^[^，。；,;\d]{0,10}?(?<![\d.])(\d+(?:\.\d+)?)([件条次个项名人家场期篇起])/.exec(sentence.slice(anchor));
    return {
      statedYear: yearBefore(sentence, anchor) ?? report.year,
      clause,
      yes,
      ...(count && Number(count[1]) > 0 === yes
        ? { value: Number(count[1]), unit: count[2] }
        : jointZero?.[1]
          ? { value: 0, unit: jointZero[1] }
          : {}),
    };
  }
  const { start, end } = textClause(sentence, matched, anchor);
  return { statedYear: report.year, clause: sentence.slice(start, end) };
}

/** A refusal's own negation written right before the word it governs (不予公开, 无法提供, 不能提供, 不予处理, 不公开). */
const REFUSAL_PREFIX = /(?:不予|无法|不能|不)$/;
/**
 * The words before the thing asked with that thing's own refusal word taken off, when the question asks that refusal itself
 * (有没有不公开的 / 无法提供的有吗, the word 公开 or 提供 then written after a refusal word in the question too).
 */
function refusalThingAsked(question: string, before: string, word: string | undefined): string {
  const own = REFUSAL_PREFIX.exec(before);
  if (!own || word === undefined || !/^(?:公开|处理|提供|受理|答复)/.test(word)) return before;
  return new RegExp(`(?:不予|无法|不能|不)${word}`).test(toSimplified(question)) ? before.slice(0, -own[0].length) : before;
}

/** A topic's label ended by a colon (…行政复议、提出行政诉讼等情况方面:), no statement of its own. */
const TOPIC_LABEL_BEFORE_COLON = /^[^，。；,;:：]{0,30}?(?:等)?(?:情况)?方面\s*[:：]/;
/**
 * A label of several topics ended by a comma (在行政复议、诉讼方面,), read as one only where 在/关于/对于 opens it: what follows
 * may speak of one of them only. (在主动公开方面,全年发布信息…: one topic, its statement follows, and stays read.)
 */
const TOPIC_LABEL_BEFORE_COMMA = /^[^，。；,;:：]{0,30}?(?:等)?(?:情况)?方面\s*[,，]/;
const SEVERAL_TOPICS_LABEL = /(?:在|关于|对于)[^，。；,;：:]*[、和及与][^，。；,;：:]*方面\s*[,，]/;

/**
 * A text answer's lead clause: the one holding the most of the question's words (by weight), the first of equals
 * (the clause around `first` when no word is found). The first word found may stand in an earlier clause of the
 * sentence (申请 in 共收到…申请16件, asked 申请主要集中在哪些方面, which the clause 申请事项主要集中在…方面 answers).
 */
function textClause(sentence: string, matched: string[], first: number): { start: number; end: number } {
  let best = clauseAt(sentence, first);
  let bestWeight = -1;
  const seen = new Set<number>();
  for (const word of matched) {
    for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) {
      const clause = clauseAt(sentence, at);
      if (seen.has(clause.start)) continue;
      seen.add(clause.start);
      const text = sentence.slice(clause.start, clause.end);
      const weight = matched.reduce((sum, other) => sum + (text.includes(other) ? weightOf(other) : 0), 0);
      if (weight > bestWeight || (weight === bestWeight && clause.start < best.start)) {
        bestWeight = weight;
        best = clause;
      }
    }
  }
  return best;
}

/** A clause counting applications (收到依申请公开信息申请, 依申请公开信息数, 申请总数), not a title that names them (《公开申请办理工作流程》). */
const APPLICATIONS_COUNTED = /(?:收到|受理|接到|接收|新收|依)[^，。；《》]*申请|申请(?:总数|数|件数)/;

/** The clause a number stands in, up to it (from the last comma or stop before it). */
function clauseBefore(sentence: string, at: number): string {
  const start = Math.max(...[...sentence.slice(0, at).matchAll(/[，。；：,;:！？!?]/g)].map((match) => match.index ?? 0), -1) + 1;
  return sentence.slice(start, at);
}

/** The thing asked in 个 at the question's end (多少个交易项目, 几个项目呢): its last two characters are its head noun. */
const COUNTED_IN_GE = /(?:多少|几)个((?:(?![啊呀呢吗啦吧我你想看])\p{Script=Han}){2,5}?)(?:呢|啊|呀|吗|啦)?[?？。！!]*$/u;

/** The thing asked in 个 before the ask (公开单位几个, 专栏有多少个): its last two characters, the head noun. */
const NOUN_BEFORE_GE = /(\p{Script=Han}{2})(?:有|是|共|一共|总共)?(?:多少|几)个(?:呢|啊|呀|吗|啦)?[?？。！!]*$/u;

/** Measures of an audience a report may not print at all (播放量, 阅读量, 点击量, 浏览量, 下载量): never another count. */
/** An entity counted after the ask, ending the question (入驻了多少企业, 带动了几家公司): what the number must be a count of. */
/** 分了几个方面, 有多少个环节: the parts of a whole counted by a noun after 个, printed so (5个方面) in the report. */
const COUNTED_PARTS = /(?:多少|几)个(方面|部分|环节|领域|阶段|板块|专栏|栏目|类别)/;

const COUNTED_ENTITY =
  /(?:多少|几)(?:个|家|名|位|所)?\p{Script=Han}{0,4}?(企业|公司|单位|机构|人才|专家|代表|群众|农户|村民|学生)(?:呢|啊|吗)?[?？。！!]*$/u;

/** The clause a number stands in: from the last comma, semicolon or stop before it to the next after it (、 joins one list). */
function clauseAround(sentence: string, at: number): string {
  const start = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((mark) => sentence.lastIndexOf(mark, at))) + 1;
  const ends = ['，', ',', '；', ';', '。'].map((mark) => sentence.indexOf(mark, at)).filter((end) => end >= 0);
  return sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length);
}

/**
 * Whether the question's word that leads up to the number stands joined to another name before it (法人或其他组织申请6件,
 * asked 其他组织): the count is of both together. A name the question asks too (法人或其他组织申请几件) joins nothing new.
 */
function joinedToOther(sentence: string, at: number, matched: readonly string[], question: string): boolean {
  const lead = sentence.slice(Math.max(0, at - 16), at);
  for (const word of matched) {
    if (word.length < 2) continue;
    const position = lead.lastIndexOf(word);
    if (position < 2 || /[，。；,;、]/.test(lead.slice(position + word.length))) continue;
    const before = /(\p{Script=Han}{2})(?:或者|或|和|及|与)$/u.exec(lead.slice(0, position));
    if (before && !question.includes(before[1])) return true;
  }
  return false;
}

/** Words of a level reached between a measure and its number (累计超过, 共计达到): 量累计超过7708682人次. */
const LEVEL_WORDS = '(?:累计|总计|共计|合计|共|已|达到|达|超过|突破|逾|近|约|为|是|[:：])+';
const UNPRINTED_MEASURE = /^(?:播放|阅读|点击|浏览|访问|下载|观看|转发|点赞|评论|收看)$/;

/** An event held, counted by what it names (举办“政府开放日”活动1场, 召开培训会2次): the clause opens with the act. */
const EVENT_ACT = /^(?:举办|举行|开展|召开|组织|制作|印发|发放|参加|接待)[“"《]?\p{Script=Han}/u;

/**
 * The number's clause holds none of the question's words and opens with an act of its own (现场参观了2家, 举办“政府开放日”
 * 活动1场 after 上报工作动态信息): another count.
 */
function otherActBefore(sentence: string, at: number, matched: readonly string[]): boolean {
  const start = Math.max(...[...sentence.slice(0, at).matchAll(/[，。；：,;:！？!?]/g)].map((match) => match.index ?? 0), -1) + 1;
  if (start === 0) return false;
  const clause = sentence.slice(start, at);
  return (/\p{Script=Han}{1,6}[了过]$/u.test(clause) || EVENT_ACT.test(clause)) && !matched.some((word) => clause.includes(word));
}

/** Applications counted in 条 (收到政府信息公开申请4条, 依申请公开0条): the sentence's measure word for them. */
const APPLICATIONS_IN_TIAO = /申请(?:公开)?(?:事项|信息)?(?:共|共计|合计|累计)?\d+条/;

/** A count's noun phrase ending in a place or desk (1个专门的信息申请受理点, 2个便民服务窗口), up to its clause's end. */
const PLACE_COUNTED =
  /^[^，。；,;：:、\d]{0,14}?(受理点|咨询点|查阅点|服务点|查阅室|阅览室|窗口|专区|受理场所|查阅场所)(?![\p{Script=Han}])/u;

/** Where something is done or asked (申请|咨询点, 申请|窗口, 申请|表): the word before it names the place, not an event that happened. */
const PLACE_FOR = /^(?:咨询点|咨询台|受理点|服务点|查阅点|窗口|专区|专栏|入口|指南|流程|须知|表格?|书)/;

/** Whether the asked word at `end` is only an attribute of a place or form (政府信息公开申请咨询点): no evidence for a yes or no. */
function namesAPlaceFor(sentence: string, end: number): boolean {
  return PLACE_FOR.test(sentence.slice(end, end + 3));
}

/** A sub-heading standing as its own sentence ((二)政府信息依申请公开情况。): it names a topic and states nothing, so it answers no yes/no. */
const HEADING_ONLY = /^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．][^，。；,;：:\d]{2,30}[。：:]?$/;

/**
 * A sentence under a heading saying nothing of its kind happened (市供销社不存在此类情况, 无此类情况, 未发生相关情况), or that no
 * request came in (under (二)依申请公开情况: 本年度,未接到群众要求公开的信息).
 */
const NONE_UNDER_HEADING =
  /^(?:[^，。；,;]{0,8}[，,])?[^，。；,;]{0,12}?(?:(?:不存在|无|未发生|没有发生|未出现)(?:此类|该类|这类|相关|上述|此项|以上)?(?:情况|情形|事项|案件)|(?:未|没有|暂未)(?:收到|接到|接收到?|受理)[^，。；,;]{0,10}?(?:申请|要求公开))/;

/**
 * A heading found for a yes/no (2.因政府信息公开工作被申请行政复议、提起行政诉讼情况。) whose next sentence says none
 * happened: a no, with that sentence for its clause. Nothing when the next sentence says anything else.
 */
function noneUnderHeading(
  store: ReportStore,
  report: ReportRecord,
  hit: { sectionKey: string; sentence: string },
  year: number | undefined,
): Omit<Retrieved, 'report' | 'sectionKey' | 'sentence'> | undefined {
  if (year !== undefined && year !== report.year) return undefined;
  const text = store.section(report.id, hit.sectionKey)?.replace(/\n+/g, '');
  const heading = hit.sentence.trim().replace(/[。：:]$/, '');
  const at = text?.indexOf(heading) ?? -1;
  if (!text || at < 0) return undefined;
  const next = /^[^。；;]{2,40}/.exec(text.slice(at + heading.length).replace(/^[。：:\s]+/, ''))?.[0];
  if (!next || !NONE_UNDER_HEADING.test(toSimplified(next))) return undefined;
  // The clause keeps the heading's topic (因…被申请行政复议…情况：…不存在此类情况): what was asked is named in it.
  return {
    statedYear: report.year,
    clause: `${heading.replace(/^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]/, '')}：${next}`,
    yes: false,
  };
}

/**
 * A sentence followed in its section by one that lists its parts (…共收到申请4件。其中2件为原主动公开件…), read as one
 * sentence with it: the part's words and the total's both stand in it, and the breakdown is read as a breakdown.
 */
function withBreakdownAfter(store: ReportStore, reportId: number, hit: SentenceHit, countedWords?: string[]): SentenceHit {
  if (OPENS_BREAKDOWN.test(hit.sentence)) return hit;
  // (Spaces squeezed out of both: a stored sentence may print 240条 where its section prints 240 条.)
  const text = squeezedSection(store, reportId, hit.sectionKey);
  const own = hit.sentence.replace(/\s+/g, '').replace(/[。；;]$/, '');
  const at = own.length >= 4 ? (text?.indexOf(own) ?? -1) : -1;
  if (!text || at < 0) return hit;
  const next = /^[。；;]\s*((?:其中|包括)[^。；;]{2,80})/.exec(text.slice(at + own.length))?.[1];
  if (!next || !/\d/.test(next)) return hit;
  // (Where the question asks no part, only a breakdown that counts an item of the question's own words: 征地信息类121条.)
  if (countedWords && !countedWords.some((word) => word.length >= 2 && countsItem(toSimplified(next), word))) return hit;
  return { ...hit, sentence: `${own}。${next}` };
}

/** The sentence before a hit in its section (spaces squeezed out), or '' where none is found. */
function sentenceBefore(store: ReportStore, reportId: number, hit: SentenceHit): string {
  const text = squeezedSection(store, reportId, hit.sectionKey);
  const own = hit.sentence.replace(/\s+/g, '').replace(/[。；;]$/, '');
  const at = own.length >= 4 ? (text?.indexOf(own) ?? -1) : -1;
  if (!text || at <= 0) return '';
  return toSimplified(/[^。；;\n]*[。；;]?$/.exec(text.slice(Math.max(0, at - 300), at).replace(/[。；;]$/, ''))?.[0] ?? '');
}

/**
 * Whether the number at \`at\` counts a part of a breakdown (after 其中, in its sentence or opening the sentence after its
 * headline) whose item qualifies the noun asked with words the question does not say (省级及以上|媒体, 疫情防控|新闻发布会),
 * while the headline before the breakdown counts that same noun in the same measure word (媒体平台刊发信息206篇, 191场…新闻
 * 发布活动): the question asks the whole, not that part.
 */
function qualifiedPart(
  sentence: string,
  at: number,
  stated: string | undefined,
  matched: readonly string[],
  question: string,
  headlineBefore: string,
): boolean {
  if (!stated) return false;
  const breakdownAt = sentence.search(BREAKDOWN);
  if (breakdownAt < 0 || breakdownAt >= at) return false;
  const headline = breakdownAt > 0 ? sentence.slice(0, breakdownAt) : headlineBefore;
  const clause = clauseAt(sentence, at);
  // (The item alone: a list's items are cut at 、 and at the number before, 领导信息类1条、…处罚强制类|9条.)
  const item = sentence
    .slice(Math.max(clause.start, breakdownAt), at)
    .replace(/^(?:其中|包括|含)[:：，,]?/, '')
    .replace(/^.*[、\d（）()“”"]/u, '');
  const nouns = matched.filter((word) => word.length >= 2 && item.includes(word));
  if (nouns.length === 0) return false;
  const first = Math.min(...nouns.map((word) => item.indexOf(word)));
  const noun = nouns.find((word) => item.indexOf(word) === first) ?? '';
  const qualifier = item.slice(0, first).replace(/^(?:通过|在|对|向|由|共|全年|累计)/, '');
  // (A qualifier is a short modifier, 省级及以上 or 疫情防控: 政策解读和其他主动|公开内容等信息共34条 is a list of its own.)
  // (政府|信息公开类, 海原县政府|门户网站: the government's own name, which the question's agency already said, is no qualifier.)
  if (!/^\p{Script=Han}{2,6}$/u.test(qualifier) || /政府|政务|人民/.test(qualifier) || question.includes(qualifier) || item.includes('等'))
    return false;
  if (matched.some((word) => word.length >= 2 && qualifier.includes(word))) return false;
  // (…向社会公开各类政府信息328条次,其中:…,通过微信公众号公开…镇村工作动态各类信息297条 asked 微信公众号公开各类信息: the part's
  // own clause names the channel asked, which the headline does not: that part is what is asked.)
  const channel = oneChannelAsked(question);
  if (channel?.test(sentence.slice(clause.start, at)) && !channel.test(headline)) return false;
  // The headline says every word of the question the item says (专栏 of 政府信息公开专栏发布954条 is no word of 发布各类政府
  // 信息10615条: that item is the channel asked), and one of its numbers in the same measure word counts the noun in its own
  // clause (商品价格监测分析、…等领域,…共主动公开各类信息239条 against 商品价格监测信息48条: 239 counts no 价格监测).
  return (
    nouns.every((word) => headline.includes(word)) &&
    [...headline.matchAll(NUMBER_WITH_UNIT)].some((number) => {
      if (number[3] === undefined || bareUnit(number[3]) !== stated) return false;
      const own = clauseAt(headline, number.index ?? 0);
      return headline.slice(own.start, own.end).includes(noun);
    })
  );
}

/**
 * A section's text with its spaces squeezed out, kept per store until the data changes: every number question reads the
 * sections of up to 20 sentences found (withBreakdownAfter), mostly the same few, and reading each from SQLite again cost a
 * tenth of the answer time.
 */
const squeezedSections = new WeakMap<ReportStore, VersionedCache<string, string>>();
function squeezedSection(store: ReportStore, reportId: number, sectionKey: string): string | undefined {
  let cache = squeezedSections.get(store);
  if (!cache) {
    cache = versionedCache<string, string>({ max: 256, version: () => store.changeStamp() });
    squeezedSections.set(store, cache);
  }
  return cache.get(`${reportId}|${sectionKey}`, () => store.section(reportId, sectionKey)?.replace(/\s+/g, '') ?? '') || undefined;
}

/** Whether a breakdown counts the item a word names (征地 in 征地信息类121条): the word, a few characters of its item, a number. */
function countsItem(breakdown: string, word: string): boolean {
  for (let at = breakdown.indexOf(word); at >= 0; at = breakdown.indexOf(word, at + 1))
    if (/^[^，,、。；;：:\d]{0,4}\d/.test(breakdown.slice(at + word.length))) return true;
  return false;
}

/** 组长是谁 / 谁是负责人 / 谁担任组长: a role asked, group 1 (or 2). */
const ROLE_ASKED = /(组长|副组长|负责人|主任|召集人|联络员)(?:是|由)谁/;

/**
 * 领导小组组长是谁 against 成立…领导小组…。由党工委书记与办事处主任担任组长,…: the sentence that names the group, read with the
 * next one of its section when that one names the role asked (and the first does not).
 */
function withRoleAfter(store: ReportStore, reportId: number, hit: SentenceHit, role: string): SentenceHit {
  const text = store.section(reportId, hit.sectionKey)?.replace(/\n+/g, '');
  const own = hit.sentence.trim().replace(/[。；;]$/, '');
  const at = own.length >= 4 ? (text?.indexOf(own) ?? -1) : -1;
  if (!text || at < 0) return hit;
  const next = /^[。；;]\s*([^。；;]{2,80}[。；;]?)/.exec(text.slice(at + own.length))?.[1];
  return next && toSimplified(next).includes(role) ? { ...hit, sentence: `${own}。${next}` } : hit;
}

/** A question asking the items' counts together (一共, 加起来, 合计). */
const TOGETHER_ASKED = /一共|总共|共计|合计|加起来|加一起|总计|总数|相加|两个|俩|分别|各/;

/** The name an item of a 分别 pair is asked by: its words without a quoted account name or a leading 通过/在. */
function respectiveKey(item: string): string {
  return item
    .replace(/[“"‘《][^”"’》]*[”"’》]/g, '')
    .replace(/^(?:通过|在|依托|利用)/, '')
    .replace(/(?:上|中|里)$/, '')
    .trim();
}

/** The quoted name in an item of a 分别 list (同安智慧教育 of “同安智慧教育”微信公众号), if it has one. */
function quotedName(item: string): string | undefined {
  return /[“"‘《]([^”"’》]{2,})[”"’》]/.exec(item)?.[1];
}

/** Whether the question names an item of a 分别 pair (微信 for “西山发布”微信, 公众号 for 微信公众号). */
function namesRespectiveItem(question: string, key: string): boolean {
  if (key.length < 2) return false;
  if (question.includes(key)) return true;
  if (/微信|公众号/.test(key)) return /微信|公众号/.test(question);
  return key.length >= 3 && question.includes(key.slice(-2));
}

/**
 * A count read from a 分别 pair (“西山发布”微信和微博分别发布信息1408条、6502条): the names before 分别 and the counts after
 * it go in order, so 微博发了多少 reads 6502 and 微信和微博一共 reads both (their sum is the engine's). Undefined when the
 * question names no item, the names and counts do not pair up, or the unit differs from the one asked.
 */
/** A count printed before the outcome it had (2件办理结果为无法提供, 另外5件办理结果为其他处理): the count and the outcome. */
const COUNT_THEN_OUTCOME = /(\d+)\s*(件|条|个)(?:申请)?(?:的)?(?:办理结果|处理结果|结果)(?:为|是)([^,，;；。、()（）]{2,12})/g;

/**
 * 办理结果为其他处理的有几件 against …2件办理结果为无法提供,另外5件办理结果为其他处理: the count printed right before the outcome the
 * question names (5), not the one whose words stand before it (the 办理结果 of the clause before); undefined when no such clause
 * names an outcome the question does, or two do.
 */
export function countBeforeItsOutcome(
  sentence: string,
  question: string,
  unit: string | undefined,
  year: number,
): Omit<Retrieved, 'report' | 'sectionKey' | 'sentence'> | undefined {
  const asked = toSimplified(question);
  const found = [...toSimplified(sentence).matchAll(COUNT_THEN_OUTCOME)].filter(
    (match) => asked.includes(match[3]) && (unit === undefined || unitsAgree(unit, match[2])),
  );
  if (found.length !== 1) return undefined;
  const [match] = found;
  const clause = sentence.slice(match.index, match.index + match[0].length);
  return { statedYear: year, clause, value: Number(match[1]), unit: match[2], strength: 6, countedHere: true };
}

export function respectiveCount(
  sentence: string,
  question: string,
  unit: string | undefined,
  year: number,
): Omit<Retrieved, 'report' | 'sectionKey' | 'sentence'> | undefined {
  for (const list of respectiveLists(sentence)) {
    if (unit !== undefined && !unitsAgree(unit, list.unit)) return undefined;
    if (list.names.length < list.counts.length) return undefined;
    const items = list.names
      .slice(-list.counts.length)
      .map((name, index) => ({ name, key: respectiveKey(name), value: list.counts[index].value }));
    // The first name may carry the words that lead the list (通过“西山发布”微信): the quoted account stays in its label.
    // An account asked by its quoted name (同安智慧教育发了几篇) is that item alone, whatever the noun the names share.
    const byQuote = items.filter((item) => {
      const quoted = quotedName(item.name);
      return quoted !== undefined && question.includes(quoted);
    });
    const longest = byQuote.filter(
      (item) => !byQuote.some((other) => other !== item && quotedName(other.name)!.includes(quotedName(item.name)!)),
    );
    const named = longest.length > 0 ? longest : items.filter((item) => namesRespectiveItem(question, item.key));
    if (named.length === 0) return undefined;
    const clause = sentence.slice(list.start, list.end);
    if (named.length === 1) {
      const [item] = named;
      // The item's own clause (“同安智慧教育”微信公众号发布信息230篇), not the list's with every count (…279篇、230篇).
      const own = `${item.name.replace(/^(?:通过|在|依托|利用)/, '')}${list.shared}${item.value}${list.unit}`;
      return { statedYear: year, clause: own, value: item.value, unit: list.unit, strength: 6, countedHere: true };
    }
    if (!TOGETHER_ASKED.test(question) && named.length < items.length) return undefined;
    return {
      statedYear: year,
      clause,
      value: named[0].value,
      unit: list.unit,
      strength: 6,
      countedHere: true,
      respective: true,
      parts: named.map((item) => ({
        label: `${item.name.replace(/^(?:通过|在|依托|利用)/, '')}${item.value}${list.unit}`,
        value: item.value,
        unit: list.unit,
      })),
    };
  }
  return undefined;
}

/**
 * A report's list of its own parts (全文包括总体情况、…被申请行政复议和提起行政诉讼情况…六部分): section titles, which say
 * nothing happened; the span from the verb of listing to the count of parts, or to the 组成 that closes a list with no count
 * (本报告由…政府信息公开行政复议、行政诉讼情况…等组成).
 */
const REPORT_CONTENTS =
  /(?:全文|本报告|报告|正文)(?:内容)?(?:共|主要)?(?:包括|包含|分为|由)[^。；;]*?(?:(?:[四五六七八]|[4-8])个?部分|组成)/;

/** Whether the word at `at` stands inside a report's list of its own parts: no yes/no is read from a section's title. */
function inReportContents(sentence: string, at: number): boolean {
  const list = REPORT_CONTENTS.exec(sentence);
  return list !== null && at >= list.index && at < list.index + list[0].length;
}

/** Whether a sentence is a sub-heading only (short first, so most sentences cost one length check). */
function isHeadingOnly(sentence: string): boolean {
  return sentence.length <= 36 && HEADING_ONLY.test(sentence.trim());
}

/** The weight of the question's noun the number at `at` stands right after, with 数/量 (粉丝数54373): 0 when none. */
function countNamedBefore(sentence: string, at: number, matched: readonly string[]): number {
  const before = sentence.slice(Math.max(0, at - 12), at).replace(/(?:为|达|是|有|共|累计|约)$/, '');
  if (!/[数量]$/.test(before)) return 0;
  // (阅读数 asked whole, 总阅读数101.1万: the question's word holds the 数 itself; not 人数 or 次数 alone, which name no noun.)
  const word = matched.find(
    (candidate) =>
      candidate.length >= 2 &&
      (COUNT_SUFFIXES.some((suffix) => before.endsWith(candidate + suffix)) ||
        (candidate.length >= 3 && /[数量]$/.test(candidate) && before.endsWith(candidate))),
  );
  return word === undefined ? 0 : weightOf(word);
}

/**
 * A count printed with no measure word as what the noun before it comes to (目前我局纳入负面清单事项为0。): the question's own word
 * (two characters or more, 事项) right before 为 or 是, the whole number closing its clause. (A number run into a word, 为3项目, or a
 * rate, 为100%, is read as printed elsewhere.)
 */
function bareAfterNounClosing(sentence: string, at: number, length: number, matched: readonly string[]): boolean {
  if (!/^\d+$/.test(sentence.slice(at, at + length))) return false;
  if (!/^(?:[。，,；;]|$)/.test(sentence.slice(at + length))) return false;
  const before = /(\p{Script=Han}{2,})(?:为|是)$/u.exec(sentence.slice(Math.max(0, at - 16), at))?.[1];
  return before !== undefined && matched.some((word) => word.length >= 2 && before.endsWith(word));
}

/** A list of items closed by 等 (疫情防控、社会救助、养老服务等), its lead-in verb (涉及, 包括) left out. */
const LISTED_WITH_DENG = /((?:[^、，,。；;：:等]{1,14}、)+[^、，,。；;：:等]{1,14})等/;
const LIST_LEAD = /^.*(?:涉及|包括|包含|涵盖|围绕|关于|聚焦|覆盖)/;
/** A list of topics: led by 涉及/包括…, or closed by 等方面/等领域 (not 文稿、通知、公告等44篇, whose items are kinds of one thing). */
const TOPIC_LIST_LEAD = /涉及|包括|包含|涵盖|围绕|聚焦|覆盖/;
const TOPIC_LIST_CLOSE = /^等(?:多个|各)?(?:方面|领域)/;

/**
 * Whether the number at `at` counts the items of a list of three or more with 等 in its own clause together while the question
 * names one of them only (疫情防控 of 疫情防控、社会救助…等方面信息423条): words of the question also printed between the list and the number
 * (推送视频 in 视频号、抖音等平台推送视频964条) name what is counted, not an item.
 */
function countsListedTogether(sentence: string, at: number, matched: readonly string[], agency: string): boolean {
  const lead = sentence.slice(Math.max(0, at - 80), at);
  if (!lead.includes('等') || !lead.includes('、')) return false;
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((mark) => lead.lastIndexOf(mark))) + 1;
  const clause = lead.slice(start);
  const list = LISTED_WITH_DENG.exec(clause);
  if (!list) return false;
  const after = clause.slice((list.index ?? 0) + list[0].length);
  if (!TOPIC_LIST_LEAD.test(list[1]) && !TOPIC_LIST_CLOSE.test(clause.slice((list.index ?? 0) + list[1].length))) return false;
  // An account's quoted name (“三门峡文旅”视频号) and the agency's own words name no item.
  const items = list[1]
    .split('、')
    .map((item, index) => (index === 0 ? item.replace(LIST_LEAD, '') : item).replace(/[“"《][^”"》]*[”"》]/g, ''));
  const words = matched.filter((word) => word.length >= 2 && !DOMAIN_WORDS.has(word) && !after.includes(word) && !agency.includes(word));
  // An item is named when the question's words cover half of it or more (疫情防控, 小红书), not by a word it only starts with
  // (群众 of 受理群众政策解答、维权服务等方面的诉求). Two items (媒体通气、新闻发布会等17场) are read as one event, as before.
  if (items.length < 3) return false;
  const named = items.filter((item) => {
    const covered = words.filter((word) => item.includes(word)).reduce((sum, word) => sum + word.length, 0);
    return covered > 0 && covered * 2 >= item.length;
  });
  return named.length === 1;
}

/** A verb of publishing, which names no kind of information (发布, 公开了). */
const PUBLISHING_VERB = /^(?:发布|公开|公布|更新|推送|刊发|报送|发送|发出|推出)了?$/;
/** A channel things are published on: a list naming one lists no kinds of information alone. */
const PUBLISHING_CHANNEL = /公众号|微信|微博|网站|网页|抖音|视频号|头条|客户端|公开栏|平台|报纸|电视|广播/;

/** A question closing what it names as a list is closed (等内容, 等各类信息, 各类信息): the list's joint count asked. */
export const LIST_CLOSE_ASKED = /等(?:各类|多类|方面|类)?(?:政府|政务)?(?:信息|内容|稿件|材料)|各类(?:政府|政务)?信息/;

/** A list of kinds of information closed by 等 right before its count (工作动态、通知公告等信息56条, 等各类信息120条, 等政府信息共104条). */
const JOINT_COUNT_LIST =
  /((?:[^、，,。；;：:等\d]{1,14}、)+[^、，,。；;：:等\d]{1,14})等(?:各类|多类|方面|类)?(?:政府|政务)?(?:信息|内容|稿件|材料)(?:共|共计|合计)?$/;

/**
 * 工作动态发了多少条 against 发布工作动态、通知公告等信息56条: a count closing a list with 等 of which the question names one item
 * alone counts all the items together: that item and the list as printed with its count, else undefined.
 */
function oneItemOfJointCount(
  sentence: string,
  at: number,
  matched: readonly string[],
  agency: string,
): { item: string; list: string } | undefined {
  const lead = sentence.slice(Math.max(0, at - 60), at);
  const pair = lead.includes('等') ? undefined : oneOfPairCountedTogether(sentence, at, matched, agency);
  if (pair || !lead.includes('等')) return pair;
  const list = JOINT_COUNT_LIST.exec(lead);
  if (!list) return undefined;
  // An account's quoted name (“寺堡科技”公众号) names no item, nor does a channel the items were published on (公众号转载、…).
  const items = list[1].split('、').map((item) => item.replace(/[“"《][^”"》]*[”"》]/g, ''));
  // The first item may carry its clause's verb and channel (通过门户网站发布工作动态): only its end names it.
  items[0] = items[0].replace(/^.*(?:发布|公开|公布|更新|推送|刊发|报送|涉及|包括|包含|有)/, '');
  if (items.some((item) => PUBLISHING_CHANNEL.test(item))) return undefined;
  const words = matched.filter((word) => word.length >= 2 && !DOMAIN_WORDS.has(word) && !agency.includes(word));
  const named = items.filter((item) => words.some((word) => item.includes(word)));
  if (items.length < 2 || named.length !== 1) return undefined;
  // 围绕疫情防控,及时发布防控政策、政策解读…等各类信息315条 asked 疫情防控信息多少条: the topic the sentence names before its list
  // is what the list's count counts; a question whose words all stand there, one of them in no item, asks that count.
  const before = sentence.slice(0, Math.max(0, at - 60) + (list.index ?? 0));
  // (The verb of publishing, 发布, is no word of the topic.)
  const topic = words.filter((word) => !PUBLISHING_VERB.test(word));
  if (topic.length > 0 && topic.every((word) => before.includes(word)) && topic.some((word) => !items.some((item) => item.includes(word))))
    return undefined;
  const number = /^[\d.,]+[^\d，,。；;、]?/.exec(sentence.slice(at))?.[0] ?? '';
  return { item: named[0], list: `${items.join('、')}${lead.slice((list.index ?? 0) + list[1].length)}${number}` };
}

/** Two things joined by 和/及/与 and counted together by 共 right before the number (公开目录和我局专题专栏共188条). */
const PAIR_COUNTED_TOGETHER = /([^，,。；;：:、和及与\d]{2,24})(?:和|及|与)([^，,。；;：:、和及与\d]{2,16}?)(?:共计|合计|总计|一共|共)$/;
/**
 * Two things joined by 及/和/与 right before the number with no 共 (人大代表建议及政协委员提案答复信息845条): one count of both, as
 * printed, the clause starting at a mark. Taken only for deputies' suggestions and members' proposals (see oneOfPairCountedTogether).
 */
const PAIR_JOINED = /(?<=^|[，,。；;：:])([^，,。；;：:、和及与\d]{2,24})(?:和|及|与)([^，,。；;：:、和及与\d]{2,16}?)$/;
/** What a pair's second item may end with that is the first's too (提案答复信息, 建议办理结果). */
const PAIR_SHARED_TAIL = /(?:答复|办理|办复|公开)?(?:信息|结果|情况)$/;
/** The owner's words before the second of a pair (我局专题专栏): they name no item. */
const PAIR_OWNER = /^(?:我局|本局|我委|本委|我办|本办|我单位|本单位|我部|本部门|我中心|本中心)/;

/**
 * 政府信息公开目录发布了多少条 against 主动公开政府信息公开目录和我局专题专栏共188条: a count of two things together (A和B共N) of
 * which the question names one alone is no count of that one: the item and the pair as printed with its count, else
 * undefined. A zero counts each of them (行政复议和行政诉讼共0件), and channels joined (网站和公众号) are weighed elsewhere.
 */
function oneOfPairCountedTogether(
  sentence: string,
  at: number,
  matched: readonly string[],
  agency: string,
): { item: string; list: string } | undefined {
  const lead = sentence.slice(Math.max(0, at - 48), at);
  const together = PAIR_COUNTED_TOGETHER.exec(lead);
  // (Without 共, only deputies' suggestions joined to members' proposals: 政协提案和答复 is one thing and its reply.)
  const joined = together ? null : PAIR_JOINED.exec(lead);
  // (分别收到人大代表建议和政协提案各5件: 各 counts each of them, no joint count.)
  const each = joined !== null && (/各$/.test(joined[2]) || /分别|分別/.test(sentence.slice(Math.max(0, at - 48), at)));
  const pair = together ?? (joined && !each && /建[议議]/.test(joined[1]) && /提案/.test(joined[2]) ? joined : null);
  const number = /^[\d.,]+[^\d，,。；;、]?/.exec(sentence.slice(at))?.[0] ?? '';
  if (!pair || /^0(?![\d.])/.test(number)) return undefined;
  // The last two of a longer list (公民、法人和其他组织…申请共16件) or applicants joined (法人和其他组织) qualify what is counted.
  if (lead[(pair.index ?? 0) - 1] === '、' || APPLICANT_TYPE.test(pair[0])) return undefined;
  const items = [
    pair[1].replace(/^.*(?:发布|公开|公布|更新|推送|刊发|报送|涉及|包括|包含|有)(?=\p{Script=Han}{2})/u, ''),
    pair[2].replace(PAIR_OWNER, ''),
  ];
  if (items.some((item) => item.length < 2 || PUBLISHING_CHANNEL.test(item))) return undefined;
  const words = matched.filter((word) => word.length >= 2 && !DOMAIN_WORDS.has(word) && !agency.includes(word));
  // The pair's shared tail (人大代表建议及政协委员提案答复信息: 答复信息 is of both) names neither.
  const named = items.filter((item) => words.some((word) => item.replace(PAIR_SHARED_TAIL, '').includes(word)));
  if (named.length !== 1) return undefined;
  return { item: named[0], list: `${pair[1]}${pair[0].slice(pair[1].length)}${number}` };
}

/** The clause of a list's own total: 共/合计/总共 and at most a verb and 信息 before the number (,共发布102条, ,总共120条). */
const LIST_TOTAL_CLAUSE = /(?:^|[，,；;])(?:共|共计|合计|总计|总共|一共|累计)(?:发布|公开|公布|更新|推送|报送)?(?:各类)?(?:信息)?$/;

/**
 * Where the list starts (its first count) when the number at `at` closes a list of two counts or more as their total
 * (专题专栏包括组织机构4条、价格收费52条,共发布86条) and the question names none of the items (each item's last two
 * characters: 机构, 收费): the question asks the list's total. Undefined otherwise.
 */
function listClosedBy(sentence: string, at: number, question: string): number | undefined {
  if (!LIST_TOTAL_CLAUSE.test(sentence.slice(Math.max(0, at - 12), at))) return undefined;
  const clauseStart = Math.max(...['，', ',', '；', ';'].map((mark) => sentence.lastIndexOf(mark, at - 1)));
  const items: string[] = [];
  let first: number | undefined;
  for (const match of sentence.slice(0, clauseStart).matchAll(NUMBER_WITH_UNIT)) {
    if (!match[3]) continue;
    const start = match.index ?? 0;
    const label =
      sentence
        .slice(0, start)
        .replace(/[“”"《》]/g, '')
        .split(/[，,、；;：:]/)
        .pop() ?? '';
    const head = label.replace(/(?:类|类信息|信息)$/, '').slice(-2);
    if (!/^\p{Script=Han}{2}$/u.test(head)) continue;
    items.push(head);
    first ??= start;
  }
  return items.length >= 2 && !items.some((head) => question.includes(head)) ? first : undefined;
}

/**
 * 不予公开 asked: its count is the one its item names (不予公开2件, 1件…不予公开), never 予以公开7件 beside it. (不予处理's
 * reasons are printed without the words: 重复申请4件.)
 */
const REFUSAL_ASKED = /不予公开/;
/** A count per period printed before a number in its clause (日均浏览量, 月均发布, 每天受理): a rate, not the period's total. */
const PER_PERIOD_BEFORE = /(?:日均|月均|周均|年均|平均每[日天月周年]|每[日天月周])[^，,。；;\d]{0,10}$/;
/** A question asking an average or a rate per period. */
const AVERAGE_ASKED = /日均|月均|周均|年均|平均|每[日天月周年]|一天|一个月/;

/** The item a number closes: its text back to the last break or list mark (…、不予公开2件 → 不予公开). */
function itemBefore(sentence: string, at: number): string {
  const lead = sentence.slice(Math.max(0, at - 24), at);
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':', '、'].map((mark) => lead.lastIndexOf(mark))) + 1;
  return lead.slice(start);
}

/** The rest of the item a number opens: its text up to the next break or list mark (1件经…不予公开。). */
function itemAfter(sentence: string, at: number): string {
  const rest = sentence.slice(at, at + 40);
  const end = rest.search(/[，,。；;：:、]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * A single count after 分别 that ends a sentence with no closing mark (…网站和…公众号分别发布信息400条, the page cut there): 分别
 * pairs several names with as many counts, the rest of which the cut lost, so the count left is none of the names' alone.
 */
function cutRespectiveCount(sentence: string, end: number): boolean {
  if (sentence.slice(end).trim() !== '') return false;
  const clause = sentence.slice(
    Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((mark) => sentence.lastIndexOf(mark, end - 1))) + 1,
    end,
  );
  const respectively = clause.indexOf('分别');
  return (
    respectively > 0 &&
    /和|与|及|、/.test(clause.slice(0, respectively)) &&
    !/\d/.test(clause.slice(0, respectively)) &&
    (clause.slice(respectively).match(/\d+(?:\.\d+)?/g) ?? []).length === 1
  );
}

/** A publishing verb and what it published, right before a bare number (发布信息816, 推送文章120). */
const POSTED_BEFORE = /(?:发布|发表|推送|发送|更新|公开|公布)(?:了)?(?:各类)?(?:信息|文章|图文|动态|消息|稿件|内容)?(?:共|共计|累计)?$/;

/**
 * A count printed without a measure word right after a publishing verb (微信公众号发布信息816,): a mark must follow the number
 * and its clause must name one of the question's words of two or more characters; the weight of those words, else 0.
 */
function postedCountBefore(sentence: string, at: number, length: number, matched: readonly string[]): number {
  // A mark must close it: a page cut right after the digits (主动公开信息12) may have cut the number too.
  if (!/^[，,。；;、]/.test(sentence.slice(at + length, at + length + 1))) return 0;
  const lead = sentence.slice(Math.max(0, at - 16), at);
  if (!POSTED_BEFORE.test(lead)) return 0;
  const start = Math.max(...['，', ',', '。', '；', ';', '：', ':', '、'].map((mark) => lead.lastIndexOf(mark))) + 1;
  const clause = lead.slice(start);
  return matched.reduce((sum, word) => (word.length >= 2 && clause.includes(word) ? sum + weightOf(word) : sum), 0);
}

/** A count of items published named right before a bare number (政府信息数为, 稿件数量为): items, as 条 or 篇 ask. */
const ITEMS_COUNT_BEFORE = /(?:信息|稿件|文章)(?:数|数量|总数)(?:为|是|达|共)?$/;

/** What follows a noun to make it a count (粉丝数, 访问量, 关注人数). */
const COUNT_SUFFIXES = ['总数', '人数', '数量', '数', '量'];

/**
 * The question's words the sentence writes once only (原创 in “编发文章1640篇，其中原创文章294篇”):
 * they tell its figures apart, where words written with every figure (文章) do not.
 */
function distinguishingWords(sentence: string, matched: readonly string[]): string[] {
  return matched.filter((word) => word.length >= 2 && !DOMAIN_WORDS.has(word) && sentence.indexOf(word) === sentence.lastIndexOf(word));
}

/** The weight of the distinguishing words in the clause that leads up to the number at `at` (its own list item in an enumeration of figures). */
function distinguishingLead(sentence: string, at: number, distinguishing: readonly string[], end = at): number {
  let start = at;
  while (
    start > 0 &&
    !CLAUSE_BREAK.test(sentence[start - 1]) &&
    !(sentence[start - 1] === '、' && endsFigureItem(sentence.slice(0, start - 1)))
  )
    start -= 1;
  // (A later item of an enumeration is led up to by its shared lead too: 开展 in 全年开展季度通报3次、月通报7次.)
  let clauseStart = start;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(sentence[clauseStart - 1])) clauseStart -= 1;
  const lead = enumerationLead(sentence, clauseStart, start);
  // 其中370项为自然人提交,20项为法人提交: a number opening its clause is printed before the kind it counts; the words after it
  // in its clause lead up to it as the words before a number do.
  const opens = end > at && /^(?:其中|另有|有)?$/.test(sentence.slice(clauseStart, at));
  // (Its own item only, up to the next figure or 、: 其中1条权责清单、…16条政协提案 credits 1条 with 权责清单 alone.)
  const nextItem = sentence.slice(end).search(/[\d、（(]/);
  const clauseEnd = opens ? Math.min(clauseAt(sentence, at).end, nextItem < 0 ? sentence.length : end + nextItem) : end;
  return distinguishing.reduce((sum, word) => {
    const position = sentence.indexOf(word);
    return (position >= start && position + word.length <= at) ||
      (position >= clauseStart && position + word.length <= lead) ||
      (opens && position >= end && position + word.length <= clauseEnd)
      ? sum + leadWeight(word)
      : sum;
  }, 0);
}

/**
 * Where the heaviest word stands in the clause that holds most of the question (a heading
 * "(二)依申请公开2022年," names the topic; the next clause "…未收到政府信息公开申请" answers it).
 * Ties go to the later clause.
 */
/** An outcome right after a case's word (行政复议|败诉, 复议|被纠错): what a negation before it denies is that outcome only. */
const CASE_OUTCOME_AFTER = /^(?:案件?)?(?:败诉|被纠错|纠错|被纠正|被撤销)/;
const CASE_OUTCOME_ASKED = /败诉|纠错|纠正|撤销|输/;

/** 因 a few characters before a word (未发生因依申请公开…, 因政府信息公开申请…): the word is inside a cause … */
const CAUSE_BEFORE = /因(?!此|而)[^，。；,;因]{0,8}$/;
/** … of what follows it (…引发的行政复议, …而提起的诉讼). */
const CAUSED_AFTER = /^[^，。；,;]{0,10}?(?:引发|引起|导致|而)/;

function yesNoAnchor(sentence: string, heaviest: string, matched: string[]): number {
  let best = sentence.indexOf(heaviest);
  let bestWeight = -1;
  // A rule quoted (根据第三十八条“向申请人提供的信息,应当是……”之规定,决定不予提供) says what may be done, not what was:
  // the word inside the quotation marks is the anchor only when it stands nowhere outside them.
  const outside = occurrencesOutsideQuotes(sentence, heaviest);
  const bare = outside ? withoutQuoted(sentence) : sentence;
  let bestCause = false;
  for (let at = best; at >= 0; at = sentence.indexOf(heaviest, at + 1)) {
    if (outside && quotedAt(sentence, at)) continue;
    const { start, end } = clauseAt(sentence, at);
    const clause = bare.slice(start, end);
    const weight = matched.reduce((sum, word) => (clause.includes(word) ? sum + weightOf(word) : sum), 0);
    // 共收到依申请公开信息1件,…,未发生因依申请公开引发的行政复议: after 因 the word names the cause of another thing (the
    // 复议), so that clause speaks of the word only where no clause speaks of it as itself.
    const cause = CAUSE_BEFORE.test(bare.slice(start, at)) && CAUSED_AFTER.test(bare.slice(at + heaviest.length, end));
    if (bestWeight >= 0 && cause !== bestCause) {
      if (cause) continue;
    } else if (weight < bestWeight) continue;
    // 共受理依申请公开事项2件,其中:受理当面申请0件 asked 是不是受理了2件申请: a clause after 其中 that weighs no more is an item
    // of the total before it, which the question asked by the same words.
    else if (weight === bestWeight && !bestCause && /其中/.test(bare.slice(best, at))) continue;
    best = at;
    bestWeight = weight;
    bestCause = cause;
  }
  return best;
}

/** Whether the text at `at` stands inside “…” (a quotation opened before it and not yet closed). */
function quotedAt(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const opened = before.lastIndexOf('“');
  return opened >= 0 && before.lastIndexOf('”') < opened;
}

/** The sentence with what stands inside “…” blanked (its length kept), so a quoted rule's words weigh nothing. */
function withoutQuoted(sentence: string): string {
  return sentence.includes('“') ? sentence.replace(/“[^“”]*”/g, (quoted) => `“${'□'.repeat(quoted.length - 2)}”`) : sentence;
}

/** Whether `word` stands in the sentence at least once outside quotation marks. */
function occurrencesOutsideQuotes(sentence: string, word: string): boolean {
  if (!sentence.includes('“')) return true;
  for (let at = sentence.indexOf(word); at >= 0; at = sentence.indexOf(word, at + 1)) if (!quotedAt(sentence, at)) return true;
  return false;
}

/** A sentence shortened to WeChat size around its answer, with … where it was cut. */
export function shorten(sentence: string, around: string, max = 120): string {
  if (sentence.length <= max) return sentence;
  const at = Math.max(0, sentence.indexOf(around));
  const start = Math.max(0, Math.min(at - 30, sentence.length - max));
  const end = Math.min(sentence.length, start + max);
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end)}${end < sentence.length ? '…' : ''}`;
}

/** Requests that are not applications for information: letters, petitions, calls, consultations, complaints. */
const OTHER_REQUESTS = '(?:来信|来访|信访|来电|热线|12345|咨询|投诉|举报)';
const LUMPED = new RegExp(
  `(?:${OTHER_REQUESTS}[^，,；;。]*、[^，,；;。]*申请|申请[^，,；;。]*、[^，,；;。]*${OTHER_REQUESTS})[^，,；;。]*等(?:共|共计|合计)?$`,
);

/** Whether the question names a hotline by its number (12345, 12315) the sentence prints after `at`, or not at all: the count asked follows it. */
function beforeHotlineAsked(sentence: string, at: number, question: string): boolean {
  const hotline = /(?<!\d)123\d\d(?!\d)/.exec(question)?.[0];
  if (hotline === undefined) return false;
  // A sentence that never prints the number asked (12315 against 12345留言6件) counts some other line's calls.
  const position = sentence.indexOf(hotline);
  return position < 0 || position > at;
}

/** The channels a breakdown of applications may name (网络平台收到3件, 线下邮件收到1件, 当面申请2件). */
const CHANNEL_PART = /网络平台|网上|在线|线上|线下|当面|现场|信函|邮寄|邮件|传真|电话|协助|转办/g;

/**
 * Whether the number at `at` is a part of a breakdown (after 其中) whose own clause names a channel the question does not,
 * while a number stands before the breakdown: the headline counts what is asked, the channel's part only some of it.
 */
function channelPartNotAsked(sentence: string, at: number, question: string): boolean {
  const breakdownAt = sentence.slice(0, at).search(/其中/);
  if (breakdownAt < 0 || !/\d/.test(sentence.slice(0, breakdownAt))) return false;
  const clauseStart = Math.max(breakdownAt, ...[...'，,、；;'].map((mark) => sentence.lastIndexOf(mark, at)));
  const channels = sentence.slice(clauseStart, at).match(CHANNEL_PART);
  // The question may name the channel in other words (现场 for 当面, 邮寄 for 信函).
  return channels !== null && !channels.some((channel) => applicationChannelStated(question, channel) !== undefined);
}

/**
 * Whether the number at `at` is a part of a breakdown by applicant (其中…自然人…5条) after a count before 其中, while the
 * question names no applicant: the part answers only a question that names its applicant.
 */
function applicantPartNotAsked(sentence: string, at: number, question: string): boolean {
  const breakdownAt = sentence.slice(0, at).search(/其中/);
  // (A sentence opening with 其中 breaks down the count the one before it states.)
  // (其他组织 asked names an applicant too: 法人和其他组织申请6件 may answer it.)
  if (
    breakdownAt < 0 ||
    (breakdownAt > 0 && !/\d/.test(sentence.slice(0, breakdownAt))) ||
    APPLICANT_TYPE.test(question) ||
    /组织|机构|单位/.test(question)
  )
    return false;
  const clauseStart = Math.max(breakdownAt, ...[...'，,、；;'].map((mark) => sentence.lastIndexOf(mark, at)));
  return APPLICANT_TYPE.test(sentence.slice(clauseStart, at));
}

/** A sub-unit of a place a question may ask apart (街镇收到的, 各部门的, 乡镇的). */
const SUB_UNIT_ASKED = /街镇|镇街|乡镇|街道|部门|社区|村居/;
/** A clause counting the whole of a place (全区共收到, 全市共, 全县), not one of its sub-units. */
const WHOLE_PLACE_CLAUSE = /全(?:区|市|县|旗|州|盟|省|镇|乡)/;

/**
 * Whether the number at `at` is the whole's count (全区共收到…130件) while the question asks a sub-unit (街镇) the same
 * sentence counts in a clause of its own (向各街镇提出的…共36件).
 */
function wholeForSubUnit(sentence: string, at: number, asked: string): boolean {
  const sub = SUB_UNIT_ASKED.exec(asked)?.[0];
  if (sub === undefined || WHOLE_PLACE_CLAUSE.test(asked)) return false;
  const { start, end } = clauseAt(sentence, at);
  const clause = sentence.slice(start, end);
  if (!WHOLE_PLACE_CLAUSE.test(clause) || clause.includes(sub)) return false;
  // The sub-unit counted elsewhere in the sentence: a clause naming it with a number of its own.
  return sentence
    .split(/[，,；;。]/)
    .some((other) => other !== clause && other.includes(sub) && /\d/.test(other.replace(/(?:19|20)\d{2}年度?/g, '')));
}

/** A count of applications asked, and the number's clause lists applications with other requests under one 等. */
function lumpedWithOtherRequests(sentence: string, at: number, asked: string): boolean {
  if (!/申请/.test(asked)) return false;
  let start = at;
  while (start > 0 && !/[，,；;。：:]/.test(sentence[start - 1])) start -= 1;
  return LUMPED.test(sentence.slice(start, at));
}
