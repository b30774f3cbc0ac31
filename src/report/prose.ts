/** Figures and contact details stated in a report's prose, each kept with its sentence. */
import type { Contacts, ProseFigure } from './model.js';
import { toSimplified } from '../text/script.js';
import { tightenSpaces } from './normalize.js';
import { PROSE_FIGURES, type ProseFigureDef, classifyStatedNumber } from './prose-figures.js';

/** Figures a sentence can state as none (未收取 … 费用). */
const NONE_STATED = PROSE_FIGURES.filter(
  (figure): figure is ProseFigureDef & Required<Pick<ProseFigureDef, 'none'>> => figure.none !== undefined,
);

/** Split prose into sentences (on 。！？； and line ends), spaces between Chinese characters removed. */
export function sentences(text: string): string[] {
  return tightenSpaces(text)
    .split(/(?<=[。！？!?；;])|\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

const UNIT = '(?:余)?(条|件|篇|期|次|场|人次|人|名|家|个|万元|元|%|项|份)';
/**
 * A number and its measure word; a count printed in 万 (发布各类信息2.96万条, 4.2万余条) keeps its 万 in the unit (万条) as
 * printed (万余条 keeps its 余: an approximation is never said exact), so it is a candidate like any other (never read as 2.96条, never lost).
 */
/** The measure words of events held (培训3次, 2场, 4期). */
const EVENTS_UNIT = /^(?:次|场|期)$/;
/** The words after an event count up to its clause's end, a modifier then 的 and the event's noun (涵盖…、…的专业培训). */
const EVENT_AFTER_MODIFIER = /^[^，,。；;！!？?\d]{2,40}?的(\p{Script=Han}{2,8})(?=[，,。；;！!？?]|$)/u;
const FIGURE = /(\d+(?:\.\d+)?)\s*(?:余)?((?:万(?!元)余?)?(?:条|件|篇|期|次|场|人次|人|名|家|个|万元|元|%|项|份))/g;
/**
 * A follower count with no unit after it (订阅人数为5973。): the number ends its clause. One printed in 万 with no measure word
 * after it (微信公众号粉丝达1360万, 关注用户突破12万) is people too, in 万人, right after the word for them and a verb of reaching.
 */
const UNITLESS_FOLLOWERS =
  /(?:关注|订阅|粉丝)(?:(?:人数|用户数?|数|量)(?:为|达到?|共|有|超过)?|(?:人数|用户数?|数|量|总数|总量)?(?:已|累计|累积)?(?:达到?|超过?|突破|近|约)(?=\d[\d.]*万))(\d+(?:\.\d+)?)(万)?(?=[,，。;；]|$)/g;
/**
 * An audience count printed in 万 with no measure word after it, ending its clause right after the word for reads, clicks or
 * visits and a verb of reaching (累计阅读量超133万, 总点击量达到66万, 阅读量累计超1018万): times, read as the 万次 it counts
 * (浏览量55.3万次 is printed so). Never a figure in 万 after any other word (营收5万, a sum of money whose 元 was lost).
 */
const AUDIENCE_IN_WAN_WITHOUT_MEASURE =
  /((?:阅读|点击|浏览|访问|播放|观看)(?:量|数|次数|总量|总数)(?:累计|累积|总计|共计|共|已|全年)?(?:达到|达|超过|超|突破|近|约|为|逾)?\d+(?:\.\d+)?余?万)(?=[,，。;；]|$)/gu;
/** Followers counted before the word for them, with no unit (获3100余受众关注, 吸引5000粉丝关注): people, the sentence's channel. */
const FOLLOWERS_BEFORE_THE_WORD = /(?<![\d.])(\d+(?:\.\d+)?)余?(?:受众|粉丝|用户|网友|网民)的?关注(?![度点])/g;
/**
 * A count a template filled in between brackets (发布政务信息(1386)条, 提案共(29)件): the brackets become spaces, the
 * length kept so a label still lines up with its sentence. Only after a word: (2)项目… opening a clause, and 第(3)项, are numbering.
 */
const BRACKETED_FIGURE = new RegExp(`(?<=\\p{Script=Han})(?<!第)[(（](\\d+(?:\\.\\d+)?)[)）](?=\\s*${UNIT})`, 'gu');

/** Channels named in proactive-disclosure sentences, most specific first. */
/** A channel, whose count a 、 joins to others' (视频号、快手、今日头条等平台…120条), which the channel's own reading weighs. */
const JOINED_CHANNEL = /视频号|抖音|快手|头条|小红书|B站|客户端|APP|微信|微博|公众号|网站|公开栏|日报|报刊/i;
/** A verb before the first noun of a list (公开规范性文件、解读材料12件): the noun starts after it. */
const VERB_BEFORE_NOUN = /.*(?:公开|发布|利用|通过|推送|开展|印发|制定|包括|涉及)/;

/**
 * Where the noun a 、 joins to the next begins in the text before that 、 (…公开规范性文件 → at 规范性文件): after the last
 * verb; undefined when no short noun stands there, or a figure or a channel does (工作动态80条、 ends the item before).
 */
export function joinedNounStart(segment: string): number | undefined {
  const from = VERB_BEFORE_NOUN.exec(segment)?.[0].length ?? 0;
  const noun = segment.slice(from);
  if (noun.length < 2 || noun.length > 10 || /\d/.test(noun) || JOINED_CHANNEL.test(noun)) return undefined;
  return from;
}

const CHANNELS: Array<[RegExp, string]> = [
  // “大冶教育”抖音公众号发布稿件165条: an account on a video or news app is that app's, not a WeChat account.
  // 官方微信发布信息921条, 政务微信公开政府信息数1条: the agency's WeChat account, written without 公众号.
  // (开设政务微信小程序1个(安宁e家)公开信息125条: a mini program inside WeChat is no account of it.)
  // (微信(天津高新区)1540条: WeChat with its account's name in brackets after it is that account, never the 微博 item before it.)
  // (“邢台政务”微博、微信发布…4304条: a bare 微信 listed with 微博 is the account too; the count is both channels', never 微博's.)
  [
    /微信公众号|(?<!抖音|快手|头条|视频)公众号|微信公众平台|公众平台|官方微信(?!小程序)|政务微信(?!群|工作群|小程序)|微信(?=[(（])|(?<=微博[、和及与])微信(?![群工小])|微信(?=[、和及与]微博)/,
    '微信公众号',
  ],
  [/抖音/, '抖音'],
  [/快手/, '快手'],
  [/视频号/, '视频号'],
  [/今日头条|头条号/, '今日头条'],
  [/微信工作群|微信群/, '微信工作群'],
  [/微博/, '微博'],
  // 通过额济纳旗人民政府网公开信息23条: a government's site is also written 政府网; 通过官网发布信息3374条: 官网 is the agency's own site.
  [/门户网站|政府网站|人民政府网站|网站|政府网|官网/, '政府网站'],
  [/公开栏|公示栏/, '政务公开栏'],
  // 政府信息公示专栏公开政府信息108条: one column of a site, not the year's total (朋普镇: 主动公开…共597条 was that).
  [/专栏/, '专栏'],
  [/平台/, '平台'],
  // 通过报刊、微信公众号等媒体公开信息344条: print media named beside an account; the count is both channels', not the account's.
  [/报纸|日报|报刊/, '报纸'],
  [/简报|信息》|期刊/, '简报'],
];

/** 网站 listed beside 媒体 (主流媒体、网站、新媒体平台, 网站、报刊等媒体): the media's sites, not the agency's own. */
const MEDIA_BESIDE_SITE = /媒体、(?:[^、，,。]{0,8}、)*网站|(?<![政府门户官])网站、(?:[^、，,。]{0,8}、)*[^、，,。]{0,8}媒体/;

function classify(label: string, unit: string): { key: string; channel?: string } {
  // …抖音发布视频95条、“朋普发布”视频号发布73期、政府信息公示专栏公开政府信息108条: a label running over the list's earlier
  // figures takes its channel from its own item (专栏), when that names one.
  const own = label.replace(/^.*\d+(?:\.\d+)?\p{Script=Han}{1,2}[、，,]/u, '');
  const named = (text: string) => CHANNELS.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
  let channels = own !== label && named(own).length > 0 ? named(own) : named(label);
  // 平台 alone names a channel; next to named ones it is only the word for them.
  if (channels.length > 1) channels = channels.filter((name) => name !== '平台');
  // 通过报刊、电视、广播、政务服务场所等传统公开载体公开信息126条: print listed with broadcast and other carriers is one of the
  // traditional carriers counted together, never the newspapers' own count.
  if (channels.includes('报纸') && /电视|广播|载体/.test(label)) channels = channels.filter((name) => name !== '报纸');
  // 中央及省市主流媒体、网站、新媒体平台13635条: a bare 网站 listed among media is any outlet's site, the count theirs together.
  if (channels.includes('政府网站') && MEDIA_BESIDE_SITE.test(label)) channels = [...channels, '媒体'];
  const channel = channels.length > 0 ? channels.join('、') : undefined;
  const { key, keepsChannel } = classifyStatedNumber({ label, unit, channels });
  return keepsChannel ? { key, channel } : { key };
}

/** What follows a count that its own sentence calls the whole: 其中 a part, then 占(信息发布)总量的P%. */
const OWN_WHOLE_AFTER = /^[^。；;]{0,4}[,，]其中[^。；;]{1,40}?占[^。；;]{0,8}(?:总量|总数)的?\d/;

/**
 * Ways of publishing listed together, a site among them, then 等 and the verb (通过政府网站、信息查阅场所等公开, 通过XX网站、
 * XX网站、新闻报刊媒体等方式公开): the count after is over all of them. (A group named after 等, 等新媒体, is one kind of channel.)
 */
const CHANNELS_LISTED_TOGETHER =
  /(?:通过|在|依托|利用)(?:[^，。;；,、\d]{1,30}网站[^，。;；,、\d]{0,6}(?:、[^，。;；,、\d]{2,20}){1,4}|(?:[^，。;；,、\d]{2,20}、){1,4}[^，。;；,、\d]{0,20}网站[^，。;；,、\d]{0,6})等(?:多种)?(?:方式|渠道|途径|载体|形式)?(?:主动)?(?:公开|发布)/;

/** A platform's name alone, as a list of channels' counts names its next item (政务微博, “某某发布”抖音号, 官方视频号). */
const BARE_PLATFORM_LABEL =
  /^(?:“[^”]{1,12}”)?(?:政务|官方)?(?:新浪|腾讯)?(?:微博|抖音|快手|今日头条|头条|视频号|微信公众号|公众号)(?:号|账号)?$/;

/** A numbered heading run into the sentence after it: (一)主动公开政府信息的情况, 二、依申请公开情况. */
const GLUED_HEADING = /^[（(]?[一二三四五六七八九十]{1,3}[）)、][^,，。;；:：\d（()）]{2,24}?(?:情况|工作|方面)(?=[^,，。;；:：])/;

/**
 * A figure after 其中 in the sentence of a total said without 主动 (…178条,其中政务公开135条,工作动态43条), in its unit: a
 * part of that total (by kind of item, where 主动公开 sentences' parts name channels), not a figure of its own.
 */
function partOfTotalWithoutTheWord(total: { end: number; unit: string } | undefined, key: string, unit: string, between: string): boolean {
  return total !== undefined && (key === 'published_items' || key === 'other') && unit === total.unit && /其中/.test(between);
}

/**
 * What a channel's count names after its verb when it is the channel's whole: information, items or posts (门户网站公开
 * 政府信息106条, 公众号发布信息62篇). A kind of item instead (门户网站主动公开行政处罚信息公示47条) is one kind of what the
 * channel carried.
 */
const CHANNEL_WHOLE =
  /(?:公开|发布|推送|更新)(?:了)?(?:各类|各项)?(?:政府|政务)?(?:信息|文章|稿件|报道|内容|动态)?(?:共计|总计|累计|合计|共|数量|数|量)?$/;

/** A further item of a list in the same unit right after a figure (…47条,行政许可信息公示1143条): the sentence lists kinds. */
const LIST_ITEM_AFTER = /^\s*[,，、;；]\s*[^,，、;；。\d]{2,20}?(\d+)\s*(\p{Script=Han})/u;

/** Where the clause a count's label is read from starts: the last mark that ends one, at or before `from`; -1 for none. */
const CLAUSE_MARKS = [',', ';', '。', ':', '、', '(', '，', '；', '：', '（'];
function lastClauseMark(text: string, from = text.length): number {
  return Math.max(...CLAUSE_MARKS.map((mark) => text.lastIndexOf(mark, from)));
}

/** What stands between two items of one list: a mark, then the next item's label. */
const LIST_GAP = /^\s*[,，、;；]\s*[^,，、;；。\d]{2,20}?$/;

/**
 * 全年通过门户网站主动公开行政处罚信息公示47条,行政许可信息公示1143条,医疗机构许可47条: the channel's figure names a kind of
 * item and more kinds follow in the same unit, so it is one kind published there, not the channel's count.
 */
function oneKindOfChannel(label: string, unit: string, after: string): boolean {
  if (CHANNEL_WHOLE.test(label.replace(/\s+/g, ''))) return false;
  const next = LIST_ITEM_AFTER.exec(after);
  if (next === null || next[2] !== unit) return false;
  // (…信息1386条,其中:概况类信息22条: the parts of the channel's count follow, not kinds beside it.)
  const gap = after.slice(0, next.index + next[0].length);
  // (…政府网站公开政府信息数28条,政务微信公开政府信息数1条: the next item counts information as a whole too, another way's count.)
  const nextLabel = gap.slice(0, gap.length - next[0].length + next[0].indexOf(next[1])).replace(/^\s*[,，、;；]\s*/, '');
  return (
    !/其中|包括|含/.test(gap) && !CHANNELS.some(([pattern]) => pattern.test(gap)) && !CHANNEL_WHOLE.test(nextLabel.replace(/\s+/g, ''))
  );
}

/** A sentence that opens with 其中: the parts of a total stated in the sentence before. */
const BREAKDOWN_SENTENCE = /^\s*其中/;
/**
 * What opens a total's breakdown inside its sentence: 其中, or a colon after 涵盖/包括 (涵盖以下方面:法定主动公开内容5条,部门文件1条).
 */
const BREAKDOWN_OPENER = /其中|(?:涵盖|包括|包含)(?:以下|如下)?(?:几个)?(?:方面|内容|类别|几类)?[:：]/;

/**
 * A sentence that opens with 此外 or 另外 (此外,我乡还通过…张贴宣传资料等方式,公开各类政府信息42条): more published by other
 * means after the year's total, never that total itself.
 */
const FURTHER_SENTENCE = /^\s*(?:此外|另外|除此之外|除此以外)/;

/** A clause that says only that items were published (信息发布182条, 信息发布量98条): its channel is the clause's before. */
const BARE_PUBLISHED = /^(?:信息)?发布(?:信息)?(?:量|数|数量)?$/;

/**
 * The clause before a number (`before` from its sentence's last mark at `clauseMark`), with the clause before it when the
 * number's own clause is a bare 信息发布 and that one names a channel (微博关注人数183人,信息发布量98条: the 微博's).
 */
function withChannelBefore(before: string, clauseMark: number): string {
  const clause = before.slice(clauseMark + 1);
  if (clauseMark < 0) return clause;
  const previousMark = Math.max(...[',', ';', '。', '，', '；'].map((mark) => before.lastIndexOf(mark, clauseMark - 1)));
  const previous = before.slice(previousMark + 1, clauseMark);
  const namesChannel = (words: string) => CHANNELS.some(([pattern]) => pattern.test(words));
  if (BARE_PUBLISHED.test(clause.replace(/\s+/g, ''))) return namesChannel(previous) ? previous + clause : clause;
  // 通过重庆市武隆区双河镇人民政府网站,公开政府信息51条: a clause that is only the way the next clause's figure went out,
  // cut from its verb by a comma: the channel is that figure's (unless its own clause names another).
  const way = previous.replace(/\s+/g, '');
  return CHANNEL_ONLY_CLAUSE.test(way) && namesChannel(way) && !namesChannel(clause) ? previous + clause : clause;
}

/** A clause listing kinds of items and summing them (具体包括调整领导干部分工、…等方面的内容共计): a count of the clause before. */
const KINDS_SUMMED = /^(?:具体|主要)?(?:包括|涵盖|涉及)[^\d]{2,60}?(?:共计|合计|总计|共)$/u;
/** A clause saying the year's disclosure with no count of its own: 积极主动地公开了各类政府信息. */
const STATEMENT_OF_DISCLOSURE = /主动地?公开了?(?:各类|各项)?(?:政府|政务)?信息$/u;

/** A clause that is only a channel after 通过 (or 依托, 利用, 借助), no number and no verb of its own: 通过XX区人民政府网站. */
const CHANNEL_ONLY_CLAUSE =
  /^(?:其中)?(?:通过|依托|利用|借助)[^\d]{1,30}?(?:网站|门户网站|政府网|公众号|微信|微博|公开栏|平台|客户端|APP|抖音|快手|视频号|头条号?)$/u;

/** What a count in words follows: a verb of receiving, doing or publishing, a noun it counts, or no word at all. */
const COUNT_IN_WORDS_AFTER = String.raw`(?<=[收到受理申请办理信息公开共计达有为会]|更新|开展|举办|召开|组织|发布|推送|印发|培训|[^\p{Script=Han}\d])`;
/** One to ninety-nine in one or two characters (两, 七, 十二, 二十). */
const NUMERAL_IN_WORDS = '[一二三四五六七八九两]|十[一二三四五六七八九]|[二三四五六七八九]十';
/**
 * 一件, 两条 after a verb or a noun and before the clause's end: a count in words (not 第一件, 统一, 每一次, 一件事). Up to
 * ninety-nine when written in one or two characters (十二次, 二十场); after a verb of doing or publishing too (更新两次,
 * 召开两场, 组织十二期), but never a frequency (每月开展一次, 至少更新一次). A clause whose mark the page lost before what became
 * of the items counted (一共七项都已办结, 两件均按时答复) ends there too.
 */
export const SMALL_COUNT_IN_WORDS = new RegExp(
  `${COUNT_IN_WORDS_AFTER}(?<!(?:每|至少|不少于|最多|定期)[^,，。;；]{0,8})(${NUMERAL_IN_WORDS})(件|条|次|篇|项|场|期)(?=[,，。;；、)）]|$|(?:都|均|全部)(?:已|按时|依法|予以|办结|答复))`,
  'u',
);
const SMALL_COUNTS_IN_WORDS = new RegExp(SMALL_COUNT_IN_WORDS.source, 'gu');
/** The end of every SMALL_COUNT_IN_WORDS: a numeral's last character (一…九, 两, 十), then its unit. */
const NUMERAL_BEFORE_UNIT = /[一二三四五六七八九两十][件条次篇项场期]/;

const DIGIT_IN_WORDS = '一二三四五六七八九';
/** A count of SMALL_COUNT_IN_WORDS in digits, as many characters as its words (十二 → 12, 两 → 2, 二十 → 20). */
function digitsOfWords(numeral: string): string {
  const digit = (character: string) => String(DIGIT_IN_WORDS.indexOf(character.replace('两', '二')) + 1);
  if (numeral.length === 1) return digit(numeral);
  return numeral.startsWith('十') ? `1${digit(numeral[1])}` : `${digit(numeral[0])}0`;
}

/**
 * A text with its counts in words (更新两次, 召开十二场) read as digits, character for character, so a clause found in the
 * reading is the printed clause at the same offsets.
 */
export function countsInWordsAsDigits(text: string): string {
  // Most sentences hold none: a numeral's last character right before a unit is tested first, which every count in words
  // has, so the lookbehinds of SMALL_COUNTS_IN_WORDS run over only the few sentences that may hold one (1.5% of the bench's
  // answering CPU went to them).
  if (!NUMERAL_BEFORE_UNIT.test(text)) return text;
  return text.replace(SMALL_COUNTS_IN_WORDS, (_match, numeral: string, unit: string) => `${digitsOfWords(numeral)}${unit}`);
}
/**
 * 收到一份政府信息公开申请: a count of one to nine in words between the verb of receiving and the applications it counts, which
 * close their clause (not 一份申请表, nor 收到一件事).
 */
export const COUNT_IN_WORDS_BEFORE_APPLICATIONS =
  /(收到|接到|接收|受理|新收)([一二三四五六七八九两])[件份个]((?:[^\d，,。；;、()（）]{0,12}?)申请)(?=[,，。;；)）]|$)/u;
const COUNTS_IN_WORDS_BEFORE_APPLICATIONS = new RegExp(COUNT_IN_WORDS_BEFORE_APPLICATIONS.source, 'gu');

/**
 * 共收到依申请公开事项0三是政府信息管理方面: a count of applications received whose measure word and full stop the page lost,
 * glued to the ordinal opening the paragraph's next part (二是 … 十是). It is read in 件, as the applications are counted.
 */
export const APPLICATION_COUNT_GLUED_TO_NEXT_PART =
  /((?:收到|接到|接收|受理|新收)[^\d，,。；;、()（）]{0,16}?申请[^\d，,。；;、()（）]{0,8}?)(\d+)(?=[二三四五六七八九十]是)/u;
const APPLICATIONS_GLUED_TO_NEXT_PART = new RegExp(APPLICATION_COUNT_GLUED_TO_NEXT_PART.source, 'gu');

/**
 * 收到申请87件分别为予以公开45件 / 受理申请36其中予以公开20件: a count glued to the word opening its breakdown (分别为, 其中), no
 * mark between (the crawl lost it, and with it maybe the total's measure word): a comma put there ends the total's clause, so
 * the breakdown's first count is labelled by its own words (予以公开), never by the total's (收到申请), whose key it would take.
 * (A total that lost its measure word stays unread.)
 */
const TOTAL_GLUED_TO_BREAKDOWN = /(?=分别[为是]|其中)(?<=\d(?:余)?(?:万?[条件篇项个次份])?)/gu;

/**
 * (其中概况类信息4条、政务动态信息885信息公开目录信息30条): a list's count that lost its measure word and the mark after it, glued
 * to the next item's label. Read as a count in the next count's measure word where the two labels end alike (…信息885信息…信息30条:
 * parallel items of one list), never where the digits go on into a measure, a date or a place (7号楼, 20231月, 12345热线…咨询30次).
 */
const COUNT_GLUED_TO_NEXT_ITEM =
  /(\p{Script=Han})(\d+)(?![\d.])(?![万亿余多年月日号楼层栋室个人次名家户元条篇件项份期批届位天时分秒岁])(\p{Script=Han}{1,12}?)\1(\d+)(条|篇|件|项|份|个|次|期)/gu;

/**
 * 受理政府信息公开申请21件,…,已办结18,结转下年度继续办理5。政府信息公开行政复议1(结果维持1): a count of applications handled,
 * carried over, reviews or lawsuits that lost its measure word, right after its verb and before a mark. Read in 件 where the
 * same sentence counts in 件 (applications are), never a number glued to words (2025关东街) or part of a longer one.
 */
const HANDLED_COUNT_WITHOUT_MEASURE = /((?:办结|办理|答复|复议|诉讼))(\d{1,4})(?![\d.])(?=[,，。;；(（]|$)/gu;

/**
 * A sentence with its counts of applications handled, carried over, reviews or lawsuits that lost their measure word
 * (HANDLED_COUNT_WITHOUT_MEASURE) read in 件, for a sentence that counts in 件 (the caller tests the printed one: applications
 * are counted so); the import and the answers' retrieval read them alike. `inserted` holds where each 件 added stands in the
 * text read (in order), so a span of it maps back to the printed.
 */
export function handledCountsInMeasure(sentence: string): { text: string; inserted: number[] } {
  const inserted: number[] = [];
  let added = 0;
  const text = sentence.replace(HANDLED_COUNT_WITHOUT_MEASURE, (match, _verb: string, _digits: string, at: number) => {
    inserted.push(at + match.length + added);
    added += 1;
    return `${match}件`;
  });
  return { text, inserted };
}

/** Two to five quoted names side by side, then the noun they share (“同安教育”“同安智慧教育”微信公众号). */
const ADJACENT_QUOTED_NAMES = /((?:“[^”]{2,12}”){2,5})([^“”]{0,8})$/;

/** Where a 分别 pair's names end (微信和微博|分别|发布信息1408条、6502条). */
const RESPECTIVELY = /分别(?:为|是|有|达到?|共)?/g;
/** The counts after 分别: the words they count, then two to five numbers of one unit apart by 、，和 (发布信息1408条、6502条). */
const RESPECTIVE_COUNTS = new RegExp(
  `^([^，。；;,\\d]{0,14}?)(\\d+(?:\\.\\d+)?)\\s*${UNIT}((?:(?:[、，,和及与]|以及)\\d+(?:\\.\\d+)?\\s*\\3)+)`,
);

/** One 分别 list of a sentence: the names before 分别 and the counts after it, in the order printed. */
export interface RespectiveList {
  /** Where the clause naming the items starts, and where its last count ends. */
  start: number;
  end: number;
  /** The words the counts share (发布信息) and their unit (条). */
  shared: string;
  unit: string;
  /**
   * The names as printed, apart by 、和与及以及, or quoted names side by side each with the noun after them (“同安教育”微信公众号,
   * “同安智慧教育”微信公众号); as many as the counts or more (通过门户网站、“X”微信和微博: the last ones pair with the counts).
   */
  names: string[];
  /** The counts, each with where its number stands in the sentence. */
  counts: Array<{ value: number; at: number }>;
}

/**
 * The 分别 lists of a sentence (“西山发布”微信和微博分别发布信息1408条、6502条: 微信 1408, 微博 6502), the one reading of 分别 that
 * the prose figures and the answers' retrieval share. A list whose counts are not one unit apart by 、，和 is none.
 */
export function respectiveLists(sentence: string): RespectiveList[] {
  const lists: RespectiveList[] = [];
  if (!sentence.includes('分别')) return lists;
  for (const match of sentence.matchAll(RESPECTIVELY)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    const counts = RESPECTIVE_COUNTS.exec(sentence.slice(end));
    if (!counts) continue;
    const start = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
    const named = sentence.slice(start, at).replace(/\s+/g, '');
    // 在“同安教育”“同安智慧教育”微信公众号分别发布…279篇、230篇: quoted names side by side share the noun after them.
    const quoted = ADJACENT_QUOTED_NAMES.exec(named);
    const names = quoted ? [...quoted[1].matchAll(/“[^”]+”/g)].map((name) => `${name[0]}${quoted[2]}`) : named.split(/以及|和|与|及|、/);
    const numbers = [...counts[0].slice(counts[1].length).matchAll(/\d+(?:\.\d+)?/g)];
    lists.push({
      start,
      end: end + counts[0].length,
      shared: counts[1].replace(/\s+/g, ''),
      unit: counts[3],
      names,
      counts: numbers.map((number) => ({ value: Number(number[0]), at: end + counts[1].length + (number.index ?? 0) })),
    });
  }
  return lists;
}

/**
 * The labels of a 分别 pair's counts by where each number stands (“西山发布”微信和微博分别发布信息1408条、6502条: 1408 is
 * the 微信's, 6502 the 微博's), each name with the words the counts share. Only where names and counts pair up one to one.
 */
function respectiveLabels(sentence: string): Map<number, string> {
  const labels = new Map<number, string>();
  for (const list of respectiveLists(sentence)) {
    if (list.names.length !== list.counts.length || list.names.some((name) => name.length < 2)) continue;
    list.counts.forEach((count, index) => labels.set(count.at, `${list.names[index]}${list.shared}`));
  }
  return labels;
}

/**
 * The counts of a 分别 list with the name each belongs to (“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇:
 * “同安教育”微信公众号发布信息 279 and “同安智慧教育”微信公众号发布信息 230), in the order printed; none where names and
 * counts do not pair up one to one.
 */
export function respectiveCounts(sentence: string): Array<{ label: string; value: number }> {
  return [...respectiveLabels(sentence)].map(([at, label]) => ({ label, value: Number(/^\d+(?:\.\d+)?/.exec(sentence.slice(at))?.[0]) }));
}

/** A 主动公开 count of two places published in together, with 共 before the number (主动公开政府信息公开目录和我局专题专栏共). */
const JOINT_TOTAL = /^主动公开\p{Script=Han}{2,24}?(?:和|及|与)\p{Script=Han}{2,16}?共计?$/u;

/**
 * 门户网站主动公开各类政府信息1427条,达州民政微信公众号发布信息170 (its line ends there, then the next paragraph): a count of
 * information published whose measure word and full stop the crawl lost, right after a clause counting information published
 * in a measure word. It is read in that clause's measure word when more of its section follows (a page cut at its last number
 * may have lost digits too, and stays unread).
 */
const UNIT_LOST_AT_LINE_END =
  /(?:公开|发布|公布)\p{Script=Han}{0,8}?信息\d+(?:\.\d+)?(?:万)?(条|篇)[,，、;；](?:[^,，、;；。\d]{2,30}?)(?:公开|发布|公布|推送)\p{Script=Han}{0,6}?信息(?:共计|共|累计)?\d+(?:\.\d+)?$/u;

/** A total with no noun of its own (一共, 共计, 全年共): what it counts is named elsewhere. */
const BARE_TOTAL = /^(?:全年|本年度?)?(?:一共|总共|共计|总计|合计|累计|共)$/u;
/** A heading that is its own sentence and names only a part of the work ((二)依申请公开方面。, 主动公开情况:). */
const TOPIC_HEADING = /^(?:[（(]?[一二三四五六七八九十]{1,3}[）)、.．])?([^\d,，;；:：。、()（）]{2,12}?)(?:方面|情况|工作)[。:：]?$/u;

/**
 * 依申请公开方面。一共七项都已办结: a count whose clause holds only a word of totalling, opening a sentence right after a heading
 * sentence of the work it belongs to, counts that work: labelled by the heading's words (依申请公开一共); undefined otherwise.
 */
function headedTotal(label: string, previous: string): string | undefined {
  if (!BARE_TOTAL.test(label)) return undefined;
  const topic = TOPIC_HEADING.exec(previous.replace(/\s+/g, ''))?.[1];
  return topic ? `${topic}${label}` : undefined;
}

/**
 * The heading sentence right before a count's sentence in its section whose bare total it labels (headedTotal:
 * 依申请公开方面。 before 一共七项都已办结。), as printed; undefined when the count names its own thing.
 */
export function headingOfTotal(sectionText: string, sentence: string, label: string): string | undefined {
  const all = sentences(sectionText);
  const at = all.indexOf(sentence);
  const own = label.replace(/(?:全年|本年度?)?(?:一共|总共|共计|总计|合计|累计|共)$/u, '');
  if (at < 1 || own === label || own.length < 2 || sentence.includes(own)) return undefined;
  return headedTotal(label.slice(own.length), all[at - 1]) === label ? all[at - 1] : undefined;
}

/**
 * Whether two measure words count the same items: one, or 条 and 篇 (公开各类信息1541条,其中政务动态信息846篇、法定主动公开信息
 * 665篇: the 篇 are parts of the 条).
 */
function sameItemMeasure(first: string, second: string): boolean {
  return first === second || (/^[条篇]$/.test(first) && /^[条篇]$/.test(second));
}

/** A label that is a change from another year (较2021年减少, 比上年增加, 与去年相比减少, 同比增长). */
const CHANGE_FROM_ANOTHER_YEAR = /(?:较|比|相比|同比|环比)[^,，;；。]{0,12}?(?:增加|减少|增长|下降|上升|提高|降低|多|少)了?$/u;

/** Find the figures in one section's prose. */
export function extractProseFigures(text: string, section: string): ProseFigure[] {
  const figures: ProseFigure[] = [];
  // A total's breakdown between brackets right after it, over several sentences (信息60931条(…;县政府网站12365条;…)): its
  // unit, and how deep the brackets stand.
  let breakdown: { unit: string; depth: number } | undefined;
  const all = sentences(text);
  for (const [index, printed] of all.entries()) {
    const lostUnit = index < all.length - 1 ? UNIT_LOST_AT_LINE_END.exec(printed)?.[1] : undefined;
    // 收到一份政府信息公开申请 is read as 收到政府信息公开申请1件 (same length): the count after the noun it counts, as labels are read.
    const glued = `${printed}${lostUnit ?? ''}`
      .replace(BRACKETED_FIGURE, (_match, digits: string) => ` ${digits} `)
      .replace(APPLICATIONS_GLUED_TO_NEXT_PART, '$1$2件');
    const sentence = (/\d件/.test(printed) ? handledCountsInMeasure(glued).text : glued)
      .replace(TOTAL_GLUED_TO_BREAKDOWN, ',')
      .replace(COUNT_GLUED_TO_NEXT_ITEM, '$1$2$5、$3$1$4$5')
      // (总点击量达到66万, read as 66万次: the sentence is stored as printed; only its reading gains the measure word.)
      .replace(AUDIENCE_IN_WAN_WITHOUT_MEASURE, '$1次')
      .replace(
        COUNTS_IN_WORDS_BEFORE_APPLICATIONS,
        (_match, verb: string, numeral: string, noun: string) =>
          `${verb}${noun}${'一二三四五六七八九'.indexOf(numeral.replace('两', '二')) + 1}件`,
      );
    let cursor = 0;
    // A total said without 主动 (公开政府信息178条,其中政务公开135条,工作动态43条): where it ends, and its unit.
    let totalWithoutTheWord: { end: number; unit: string } | undefined;
    // The first figure of the sentence: a 主动公开 count after 其中 in its unit (…等政府信息共40条,其中…政务微信公开政府信息22条)
    // is one of its parts, never the year's total.
    let firstFigure: { end: number; unit: string } | undefined;
    // A channel's figure that is one kind of item it carried (oneKindOfChannel), and where the list of kinds has got to.
    let kindsOfChannel: { unit: string; channel?: string; end?: number } | undefined;
    // Years and dates are not figures; nor are ordinals (第3次, 第20条 of a law: 根据《条例》第20条及第21条内容), nor the next
    // ones of a pair or range that share the first's 第 (《条例》第20条和21条规定的, 第3至5项).
    const scrubbed = sentence
      .replace(
        /\d{4}\s*年(度)?|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月|第\s*\d+\s*(?<ordinal>次|期|条|款|项|章|批)(?:\s*[和及与、至到或]\s*(?:第\s*)?\d+\s*\k<ordinal>)*/gu,
        (match) => '\u0000'.repeat(match.length),
      )
      // A count of one to nine in words ending its clause (收到政府信息公开申请一件,已办理完毕): read as its digit, one
      // character for one, so the label still lines up. 一件事一次办 and 统一 go on into a word, and are none.
      .replace(SMALL_COUNTS_IN_WORDS, (_match, numeral: string, unit: string) => `${digitsOfWords(numeral)}${unit}`);
    const respective = respectiveLabels(scrubbed);
    for (const found of scrubbed.matchAll(FIGURE)) {
      const unit = found[2];
      const at = found.index ?? 0;
      // 微信和微博分别发布信息1408条、6502条: each count is its own name's, labelled and classified by it alone.
      const paired = respective.get(at);
      if (paired !== undefined) {
        // (An account's quoted name, “青石发布”, is no verb of publishing: the key is read without it.)
        const classified = { ...classify(paired, unit), key: classify(paired.replace(/“[^”]*”/g, ''), unit).key };
        // 微信 alone is the WeChat account citizens and reports name (“西山发布”微信).
        const channel = classified.channel ?? (/微信(?!群|工作群|小程序)/.test(paired) ? '微信公众号' : undefined);
        const key = channel && classified.key === 'published_items' ? 'proactive_items_by_channel' : classified.key;
        firstFigure ??= { end: at, unit };
        figures.push({ key, label: paired, value: Number(found[1]), unit, channel, sentence: printed, section });
        continue;
      }
      // The label: what stands before the number within its clause.
      const before = sentence.slice(0, at);
      let clauseStart = lastClauseMark(before);
      // 公开政策文件、解读材料12件: a 、 between nouns that share one count is inside the label; one after a figure
      // (工作动态80条、统计公报6条) ends the item before.
      while (clauseStart > 0 && before[clauseStart] === '、') {
        const previous = lastClauseMark(before, clauseStart - 1);
        const from = joinedNounStart(scrubbed.slice(previous + 1, clauseStart));
        if (from === undefined) break;
        clauseStart = previous + from;
        if (from > 0) break;
      }
      // 门户网站(法定主动公开内容)发布7篇: a bracket closed before the count is an aside inside the label, which starts before it
      // (never 法定主动公开内容)发布 with its bracket left open).
      while (
        clauseStart > 0 &&
        (before[clauseStart] === '(' || before[clauseStart] === '（') &&
        /[)）]/.test(before.slice(clauseStart + 1))
      ) {
        clauseStart = lastClauseMark(before, clauseStart - 1);
      }
      // A section's heading glued to its first sentence ((一)主动公开政府信息的情况2024年我单位共制作信息30条) is no part of the label.
      const heading = GLUED_HEADING.exec(sentence)?.[0].length ?? 0;
      let label = before
        .slice(Math.max(clauseStart + 1, heading))
        .replace(/\s+/g, '')
        // (二)政务新媒体发布信息120条: the numbering's closing bracket is no part of the label.
        .replace(/^[一二三四五六七八九十\d]{1,3}[)）]/u, '')
        // (A year that qualifies the item, 2024年的信息公开年报1条, stays: without it the label would begin with 的.)
        .replace(/^(?:(?:19|20)\d{2}年度?(?!的))?(其中|分别[为是]|一是|二是|三是|四是|五是|包括|含)?/, '')
        // 另外5件办理结果为其他处理: a word joining the clause to the one before (另外, 此外) names nothing; the words after the count do.
        .replace(/^(?:另外|此外|另有|还有)$/, '');
      // A part's heading with its count between brackets (重点领域及基层公开(67条):…) is named by the heading, not its bracket.
      // A label never runs back over an earlier figure: a count opening its clause with its noun after it (复议5件(4件结果维持,
      // 1件结果纠正)) is named by those words, never by the clause before whose figure it would then take.
      if (label.length < 2) {
        const window = before
          .slice(Math.max(0, at - 24))
          .replace(/\s+/g, '')
          .replace(/[(（]$/, '');
        const lastFigure = [...window.matchAll(FIGURE)].at(-1);
        if (lastFigure === undefined) label = window;
        else {
          const after = /^[\p{Script=Han}]{2,12}?(?=[,，;；、。)）]|$)/u.exec(sentence.slice(at + found[0].length).replace(/\s+/g, ''));
          label = after?.[0] ?? window.slice((lastFigure.index ?? 0) + lastFigure[0].length).replace(/^[,，;；、(（)）]+/, '');
        }
      }
      // The clause decides what is counted; a few more words before it help with the channel.
      const sentenceStart = Math.max(...[',', ';', '。', '，', '；'].map((mark) => before.lastIndexOf(mark)));
      // 依申请公开方面。一共七项都已办结: a bare total opening its sentence counts what the heading before it names.
      const headed = index > 0 && sentenceStart < 0 ? headedTotal(label, all[index - 1]) : undefined;
      if (headed) label = headed;
      // 组织了3次涵盖政策解读、新媒体应用的专业培训: a count of events before a long modifier names what it counts after the
      // modifier's 的, at its clause's end; that noun belongs to the label.
      const counted = EVENTS_UNIT.test(unit)
        ? EVENT_AFTER_MODIFIER.exec(sentence.slice(at + found[0].length).replace(/\s+/g, ''))?.[1]
        : undefined;
      if (counted && !label.includes(counted)) label = `${label}${counted}`;
      const clause = `${headed ?? withChannelBefore(before, sentenceStart)}${counted && !headed ? counted : ''}`;
      let { key, channel } = classify(clause, unit);
      // 共收到依申请公开事项5件(其中1件为上年结转政府信息公开申请): a part its own words say was carried over from the year before
      // is no count of applications received, though the clause it stands in says 收到.
      if (key === 'applications_received' && /^[^,，;；。)）]{0,4}结转/.test(sentence.slice(at + found[0].length).replace(/\s+/g, '')))
        key = 'other';
      // 受理申请4件(较2021年减少3件), 与去年相比增加12条: a change from another year is a difference, never the count it is of.
      if (CHANGE_FROM_ANOTHER_YEAR.test(label)) {
        key = 'other';
        channel = undefined;
      }
      // 2024年,主动公开政府信息公开目录和我局专题专栏共188条。其中…: the sentence's first count, said of the places published in
      // together (X和Y共), is the year's total, not one channel's; its parts follow.
      if (
        firstFigure === undefined &&
        key === 'proactive_items_by_channel' &&
        JOINT_TOTAL.test(label) &&
        !/\d/.test(scrubbed.slice(0, at).replace(/\u0000/g, ''))
      ) {
        key = 'proactive_items';
        channel = undefined;
      }
      // 通过政府网站、信息查阅场所等公开信息35829条。其中,通过…门户网站公开4541条: a sentence's first count, said of several
      // ways listed together (a site and another, then 等), is what went out on all of them, the year's total, not one channel's.
      if (
        firstFigure === undefined &&
        key === 'proactive_items_by_channel' &&
        unit === '条' &&
        CHANNELS_LISTED_TOGETHER.test(clause.replace(/\s+/g, '')) &&
        !/\d/.test(scrubbed.slice(0, at).replace(/\u0000/g, ''))
      ) {
        key = 'proactive_items';
        channel = undefined;
      }
      // 全年在XX市人民政府网站累计主动公开政府信息895条,其中重点领域信息523条,占信息发布总量的58.44%: a sentence's first
      // count, on the one channel the year's items went out on, that the sentence's own 其中…占…总量 calls the whole, is the total.
      if (
        firstFigure === undefined &&
        key === 'proactive_items_by_channel' &&
        /主动公开/.test(label) &&
        OWN_WHOLE_AFTER.test(sentence.slice(at + found[0].length).replace(/\s+/g, ''))
      )
        key = 'proactive_items';
      // 积极主动地公开了各类政府信息,具体包括…等方面的内容共计108条: the clause before, with no figure of its own, says what
      // the 共计 of its list of kinds counts (the year's 主动公开 total, not some other count).
      if (key === 'other' && !channel && sentenceStart >= 0) {
        const previousMark = Math.max(...[',', ';', '。', '，', '；'].map((mark) => before.lastIndexOf(mark, sentenceStart - 1)));
        const previous = before.slice(previousMark + 1, sentenceStart).replace(/\s+/g, '');
        if (KINDS_SUMMED.test(clause.replace(/\s+/g, '')) && !/\d/.test(previous) && STATEMENT_OF_DISCLOSURE.test(previous))
          ({ key, channel } = classify(`${previous.replace(/主动地/, '主动')},${clause}`, unit));
      }
      if (breakdown) breakdown = stillOpen(breakdown, sentence.slice(cursor, at));
      // 县政府网站12365条 inside the brackets after a 主动公开 total: a channel's part of it, though its clause says no 公开
      // (and never a second total, though its clause runs back over the total's 主动公开).
      if (breakdown && channel && unit === breakdown.unit && /^(?:other|published_items|proactive_items)$/.test(key))
        key = 'proactive_items_by_channel';
      // A sentence opening with 其中 breaks down the total of the sentence before (全年共发布信息3366条。其中,…主动公开人大代表
      // 建议答复意见2政协委员提案答复意见6件): a 主动公开 count in it is one part, never the year's total.
      if (key === 'proactive_items' && !channel && BREAKDOWN_SENTENCE.test(sentence)) key = 'proactive_items_by_channel';
      else if (
        key === 'proactive_items' &&
        !/主动公开/.test(clause) &&
        FURTHER_SENTENCE.test(sentence) &&
        figures.some((figure) => figure.key === 'proactive_items')
      )
        key = 'proactive_items_by_channel';
      else if (
        key === 'proactive_items' &&
        !channel &&
        firstFigure !== undefined &&
        sameItemMeasure(firstFigure.unit, unit) &&
        BREAKDOWN_OPENER.test(sentence.slice(firstFigure.end, at)) &&
        // (其中主动公开信息数24条 of 共制作信息30条 says 主动公开 itself: the count disclosed of the items made. Not so an item
        // further down a list of kinds: 共发布各类信息171条,其中新闻动态8条,…法定主动公开内容63条 is one kind of the 171; nor
        // the statutory list's content first in it: 累计公开各类政务信息18条,涵盖以下方面:法定主动公开内容5条 is one kind too.)
        (!/主动公开/.test(clause) ||
          /法定主动公开/.test(clause) ||
          /\d/.test(sentence.slice(firstFigure.end, at).replace(/^[\s\S]*?(?:其中|[:：])/, '')))
      )
        key = 'proactive_items_by_channel';
      else if (key === 'proactive_items' && !channel && !/主动公开/.test(clause)) totalWithoutTheWord = { end: at, unit };
      else if (partOfTotalWithoutTheWord(totalWithoutTheWord, key, unit, sentence.slice(totalWithoutTheWord?.end ?? 0, at)))
        key = 'proactive_items_by_channel';
      if (key === 'proactive_items_by_channel' && channel && oneKindOfChannel(clause, unit, scrubbed.slice(at + found[0].length)))
        kindsOfChannel = { unit, channel };
      // …行政许可信息公示1143条,医疗机构许可47条 after it: further kinds the same channel carried, in the same unit.
      if (kindsOfChannel && (key === 'proactive_items_by_channel' || key === 'published_items' || key === 'other')) {
        const between = kindsOfChannel.end === undefined ? '' : scrubbed.slice(kindsOfChannel.end, at);
        const listGoesOn =
          kindsOfChannel.end === undefined || (LIST_GAP.test(between) && !CHANNELS.some(([pattern]) => pattern.test(between)));
        if (kindsOfChannel.unit === unit && listGoesOn) {
          key = 'published_items';
          channel = kindsOfChannel.channel;
          kindsOfChannel.end = at + found[0].length;
        } else kindsOfChannel = undefined;
      }
      // 全年公开发布机关简介信息4条,人事信息3条,政策文件22条 (no total said): the count of one kind with further kinds after it
      // in its unit is one item of a list of kinds, not all that was published, as a channel's is (oneKindOfChannel).
      // (发布政策24条,发布政策解读和图解政策34条: an item with a verb of its own is another thing published, not a kind named.)
      const nextItem = LIST_ITEM_AFTER.exec(scrubbed.slice(at + found[0].length));
      if (
        key === 'published_items' &&
        !channel &&
        nextItem &&
        !/发布|公开|公布|推送|编发|印发|制发|更新/.test(nextItem[0]) &&
        oneKindOfChannel(clause, unit, scrubbed.slice(at + found[0].length))
      )
        key = 'other';
      // 发布“山东海洋”政务微信公众号1122篇,政务微博651篇: a platform named bare right after another channel's count, in its unit,
      // is the next item of that list, published by the same verb.
      const previous = figures.at(-1);
      if (
        key === 'other' &&
        channel &&
        !channel.includes('、') &&
        BARE_PLATFORM_LABEL.test(label) &&
        previous?.key === 'proactive_items_by_channel' &&
        previous.channel !== undefined &&
        previous.channel !== channel &&
        previous.unit === unit &&
        /^\s*[,，、]\s*$/.test(scrubbed.slice(cursor, at - label.length))
      )
        key = 'proactive_items_by_channel';
      firstFigure ??= { end: at, unit };
      figures.push({ key, label, value: Number(found[1]), unit, channel, sentence: printed, section });
      cursor = at + found[0].length;
      const opening = /^\s*[(（]/.exec(sentence.slice(cursor));
      if (key === 'proactive_items' && opening) {
        breakdown = { unit, depth: 1 };
        cursor += opening[0].length;
      }
    }
    if (breakdown) breakdown = stillOpen(breakdown, sentence.slice(cursor));
    // A follower count printed with no unit (订阅人数为5973, 粉丝数达12000): counted in people, its channel the sentence's.
    for (const found of scrubbed.matchAll(UNITLESS_FOLLOWERS)) {
      const at = (found.index ?? 0) + found[0].lastIndexOf(found[1]);
      const before = sentence.slice(0, at);
      const { channel } = classify(before, '人');
      const label = before
        .slice(Math.max(...[',', ';', '。', '，', '；'].map((mark) => before.lastIndexOf(mark))) + 1)
        .replace(/(?:为|达到?|共|有|超过)$/, '');
      figures.push({
        key: 'followers',
        label,
        value: Number(found[1]),
        unit: found[2] ? '万人' : '人',
        channel,
        sentence: printed,
        section,
      });
    }
    for (const found of scrubbed.matchAll(FOLLOWERS_BEFORE_THE_WORD)) {
      const at = found.index ?? 0;
      const before = sentence.slice(0, at);
      const { channel } = classify(before, '人');
      // (Its label is the word for them: 受众关注 3100余人.)
      const label = sentence.slice(at + found[1].length, at + found[0].length).replace(/^余/, '');
      figures.push({ key: 'followers', label, value: Number(found[1]), unit: '人', channel, sentence: printed, section });
    }
    for (const figure of NONE_STATED) {
      if (figure.none.pattern.test(sentence) && figure.none.also.test(sentence))
        figures.push({ key: figure.key, label: figure.none.label, value: 0, unit: figure.unit, sentence: printed, section });
    }
  }
  // 受理线上信息公开申请65件…受理线下信息公开申请9件: counts of one sentence each received one way are parts, the year's count
  // received their sum, which the sentence never prints; none of them is stored as that count.
  for (const figure of figures) {
    const ways = figures.filter(
      (other) => other.sentence === figure.sentence && other.key === 'applications_received' && APPLIED_ONE_WAY.test(other.label),
    );
    if (ways.length >= 2) for (const way of ways) way.key = 'other';
  }
  return figures;
}

/** A way of applying named in a count's label (线上, 线下, 网上, 当面, 信函): one part of the applications received. */
const APPLIED_ONE_WAY = /线上|线下|网上|网络|现场|当面|信函|邮寄|传真|电子邮件/;

/** A total's bracketed breakdown after `text` is read: undefined once its brackets close. */
function stillOpen(breakdown: { unit: string; depth: number }, text: string): { unit: string; depth: number } | undefined {
  let depth = breakdown.depth;
  for (const character of text) {
    if (character === '(' || character === '（') depth += 1;
    else if (character === ')' || character === '）') depth -= 1;
    if (depth <= 0) return undefined;
  }
  return { unit: breakdown.unit, depth };
}

const field = (text: string, pattern: RegExp) => pattern.exec(text)?.[1]?.trim();

/**
 * The address after its label, with the building part a comma sets off (盘古大道121号,自然资源局办公大楼4楼);
 * else where the opening says the agency is (现位于南关区亚泰大街4660B号).
 */
// A bracket closed inside the address (五华科创大厦(国茶港A座)25楼) is part of it; an unmatched one closes the contact block around it.
function address(text: string): string | undefined {
  const labelled =
    /(?:联系地址|办公地址|通讯地址|通信地址|办公地点|办公场所|地址)(?:[:：]|为(?=[^\s\d，,。；;]{2,}[省市区县州旗盟镇乡路街道号]))\s*((?:[(（][^()（）\n；;，,。]{1,20}[)）]|[^；;，,。)）\n])+)(?:[，,]([^；;，,。:：)）\n]{2,20}?[楼层室]))?(?=[；;，,。)）\n]|$)/.exec(
      text,
    );
  // 海北西街43号邮政编码:016000: the next label, glued on with no comma, ends the address.
  if (labelled)
    return (
      labelled[1].replace(/\s*(?:邮政编码|邮编|联系电话|咨询电话|电话|传真|电子邮箱|邮箱)[:：]?.*$/u, '') +
      (labelled[2] ? `，${labelled[2]}` : '')
    ).trim();
  return (
    // 邮编134000,地址通化市东昌区金厂镇金厂大街13号: the label with no colon, glued to an address that ends in its number (its post
    // code may follow in brackets: 地址西安市雁塔区兴善寺西街42号(邮编710000)).
    field(
      text,
      /(?<!下载|网站|网页|链接|网络)(?:联系地址|办公地址|通讯地址|地址)([^()（）:：，,；;。\s\d]{4,40}?\d+号(?:[^()（）:：，,；;。\s]{0,12}?[楼层室])?)(?=[，,；;。(（)）\n]|$)/,
    ) ??
    field(text, /(?:现位于|现坐落于|坐落于)([^；;，,。)）\n]{4,40}?[号楼室])(?=[；;，,。)）\n]|$)/) ??
    // (重庆市渝北区龙山一路1号,邮编:401147,电话:…): an address printed unlabelled, opening a bracketed contact block before its post code,
    // or before its phone (温州市瓯海区下沈北路635号,电话:0577-85380934).
    field(
      text,
      /[(（]([^()（）:：，,；;。\d]{2,30}\d+号(?:[^()（）:：，,；;。]{0,12}?[楼层室])?)[，,；;]\s*(?:邮编|邮政编码|联系电话|电话)/,
    ) ??
    // (电话:0468-3330898,鹤岗市工农区东解放路37号;电子邮箱:…): an address printed unlabelled right after the phone in the block.
    field(
      text,
      /(?:联系电话|电话)[:：]?\s*[\d()（）\-－—]{7,16}[，,；;]\s*([^()（）:：，,；;。\d]{2,30}\d+号(?:[^()（）:：，,；;。]{0,12}?[楼层室])?)(?=[，,；;)）])/,
    )
  );
}

/** A pinyin gloss after a character, as some converted pages print it (聯(lián)系, 輸(shū)入). */
const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/g;

/**
 * Two numbers of one area code whose separator the crawl dropped (0991-28171210991-2810740): the area code printed again
 * with its hyphen ends the first, whose local part (seven or eight digits) is the shortest that leaves it so.
 */
const GLUED_PHONES = /(0\d{2,3})([-－—])(\d{7,8}?)(?=\1[-－—]\d{7,8}(?!\d))/g;

/** A number read with the bracket that opened before it and closed after it: without that bracket. */
function withoutOpenBracket(value: string | undefined): string | undefined {
  return value && /^[(（][^)）]*$/.test(value) ? value.slice(1) : value;
}

/** The contact details a report's contact clause may print beside the usual ones (not stored: read from its text when asked). */
export interface ContactExtras {
  /** 联系人:王曦瑶 */
  contact_person?: string;
  /** 互联网联系方式:QQ:58800110 */
  qq?: string;
  /** The office that does the work: 领导小组办公室设在政秘股 → 政秘股. */
  office?: string;
}

const CONTACT_PERSON = /(?:联系人|联络人|对接人)(?:员)?[:：]\s*([\p{Script=Han}·]{2,4}?)(?=[)）;；,，。、\s]|电话|联系|手机|$)/u;
const QQ_NUMBER = /(?:QQ|qq|ＱＱ)(?:号码?|群)?[:：]?\s*(\d{5,11})(?!\d)/;
/**
 * 领导小组办公室设在政秘股 / 政府信息公开工作由办公室负责 / 为确保政务信息公开工作落到实处,…,具体工作由党政办负责: the office
 * named as the one that does the disclosure work (具体工作 only in a sentence about the disclosure); 请与XX县政府信息公开日常受理
 * 机构(XX县政务服务中心)联系: the body in brackets after the receiving role.
 */
const OFFICE_IN_CHARGE =
  /(?:办公室|工作机构|日常工作)(?:设在|设于|挂靠在?|挂靠于)([^，,。；;、]{2,16}?(?:股|科|室|处|局|中心|部|办))(?=[，,。；;、)）]|$)|(?:政府)?信息公开(?:日常)?工作(?:由|归)([^，,。；;、]{2,16}?(?:股|科|室|处|中心|部|办))(?:负责|承办|具体负责|牵头)|(?:信息|政务)公开[^。；;]{0,80}?具体工作(?:由|归)([^，,。；;、]{2,16}?(?:股|科|室|处|中心|部|办))(?:负责|承办)|信息公开(?:日常)?(?:受理机构|工作机构)[(（]([^()（），,。；;]{2,30}?(?:股|科|室|处|局|中心|部|办))[)）]/;

/**
 * 如对本报告有疑问,请与广东省林业事务中心联系 / 请与奇台县某乡办公室联系(地址:…): the body the contact clause names, whom to
 * ask, where no office in charge is named.
 */
const CONTACT_BODY =
  /(?:请与|请和|可与|可以与|请联系)([^()（）:：，,。；;、\s]{2,30}?(?:办公室|办公厅|股|科|室|处|局|中心|部|办|委员会|政府|政务服务中心))(?:联系|联络|取得联系|咨询)/;

/**
 * 联系人, QQ and the office in charge, from a report's text (联系人:王曦瑶; 互联网联系方式:QQ:58800110; 领导小组办公室设在政秘股).
 * Read when asked, from the stored sections: what is not printed stays undefined.
 */
export function extractContactExtras(fullText: string): ContactExtras {
  return contactExtrasOfText(contactText(fullText));
}

/** A report's text as the contact readers read it: simplified script, its lines joined, spaces between words tightened. */
function contactText(fullText: string): string {
  return tightenSpaces(toSimplified(fullText).replace(/\n\s*/g, ''));
}

/**
 * Contacts and their extras of one text (parse reads both): the text is simplified, joined and tightened once, not once
 * for each (the same work over a whole page, twice a report).
 */
export function extractAllContacts(fullText: string): Contacts & ContactExtras {
  const text = contactText(fullText);
  return { ...contactsOfText(text), ...contactExtrasOfText(text) };
}

function contactExtrasOfText(text: string): ContactExtras {
  const office = OFFICE_IN_CHARGE.exec(text);
  const extras: ContactExtras = {
    contact_person: field(text, CONTACT_PERSON),
    qq: field(text, QQ_NUMBER),
    office: (office?.[1] ?? office?.[2] ?? office?.[3] ?? office?.[4] ?? field(text, CONTACT_BODY))?.trim(),
  };
  return Object.fromEntries(Object.entries(extras).filter(([, value]) => value)) as ContactExtras;
}

/** Contact details: address, post code, phone, fax, e-mail, website, office hours. */
export function extractContacts(fullText: string): Contacts {
  // Read in the simplified script (郵編, 聯繫電話 in a 繁体 page), without the pinyin glosses some pages print (聯(lián)系).
  return contactsOfText(contactText(fullText));
}

function contactsOfText(joined: string): Contacts {
  const text = joined.replace(PINYIN_GLOSS, '').replace(GLUED_PHONES, '$1$2$3、');
  const contacts: Contacts = {
    address: address(text),
    // 邮政编码为136615, 联系电话为5560308: a clause that says 为 where a colon stands.
    post_code: field(text, /(?:邮编|邮政编码)(?:[:：]|为)?\s*(\d{6})/),
    // A mobile number (11 digits from 1) first: read as a landline it was cut to its first 8 digits.
    // 公布举报电话(0941-8212568): a bracket opened before the number and closed after it is no part of it.
    phone: withoutOpenBracket(
      field(
        text,
        // The dash after the area code may be typed twice (0531--85876766, 023——68211133).
        // 请致电0577-85380934: the verb that dials is its label too. A service hotline (023-12360, 12366) may lead a list with the office's number;
        // alone (可拨打12345政务服务便民热线) it is no phone of the agency's.
        // 请联系:0356-5873144 labels it too; so does 0478- 7960107 keep its number whole (a space after the dash).
        // 联系电话(传真):0566-2812274: a short bracket after the label (the line doubles as the fax) leaves the number its own;
        // so does 电话及传真:0851-87380054 (电话/传真, 电话和传真), one number for both.
        /(?:联系电话|咨询电话|办公电话|电话|联系方式|致电|拨打|联系(?=[:：]\s*0\d{2,3}[-－—]))(?:[(（][^()（）\d]{1,4}[)）]|[及和与、/]传真(?:号码|号)?)?(?:[:：]|为)?\s*(1[3-9]\d{9}(?!\d)|(?:(?:\(?0\d{2,3}\)?[-－—]{0,2})?123\d{2}[、,，/]\s*)?(?:\(?0\d{2,3}\)?[-－—]{0,2} ?)?\d{7,8}(?:[、,，/]\s*(?:\(?0\d{2,3}\)?[-－—]{0,2})?\d{7,8})*)/,
      ) ??
        // (电  : 0482-8268516)联系: a crawl that lost the label's words (电话 cut to 电, 请与…办公室 blanked) still prints the number
        // alone in the bracket of the clause that asks readers to get in touch (…联系).
        field(text, /[(（][^()（）\d]{0,6}[:：]?\s*(0\d{2,3}[-－—]\d{7,8})[)）]\s*联系/),
    )?.replace(/(?<=\d[-－—]{1,2}) (?=\d)/, ''),
    // 联系电话(传真号):0897-2622115: the fax named in the phone's bracket is the same number.
    // 联系电话:0791-85622668、0791-85622696(传真): a number of the list marked as the fax by a bracket after it.
    fax:
      field(text, /(?:电话[(（]传真(?:号码|号)?[)）]|传真)[:：]?\s*((?:0\d{2,3}[-－—]{0,2})?\d{7,8})/) ??
      field(text, /(?<![\d-－—])((?:0\d{2,3}[-－—]{0,2})?\d{7,8})\s*[(（]传真(?:号码|号)?[)）]/),
    // (Only where an @ stands: over a long run of letters and digits with none the pattern backtracks at every start.)
    email: text.includes('@') ? field(text, /([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/) : undefined,
    website: field(text, /((?:https?:\/\/|www\.)[A-Za-z0-9./?=&_%#:~-]+[A-Za-z0-9/])/),
    office_hours: field(text, /(?:办公时间|工作时间|受理时间)[:：]\s*([^。；;\n]+)/),
  };
  // (…0791-85622668、0791-85622696(传真): the number marked as the fax is no phone of the list.)
  const { fax, phone } = contacts;
  const listed = phone?.split('、') ?? [];
  if (fax && listed.length > 1 && listed.includes(fax) && new RegExp(`${fax}\\s*[(（]传真`).test(text))
    contacts.phone = listed.filter((number) => number !== fax).join('、');
  return Object.fromEntries(Object.entries(contacts).filter(([, value]) => value)) as Contacts;
}
