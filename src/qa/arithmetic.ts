/**
 * Sums and differences citizens ask of two figures (issue 11, item 5): 门户网站和公开栏加起来,
 * 公众号比微博多发了多少条, 海原县和红寺堡区主动公开差多少. The figures always come from the
 * store; this module only reads the question and adds the arithmetic line under the answer.
 */
import { aboutWord, approximateMark, boundsNote } from './approximate.js';
import type { Answer, Fact } from './engine.js';

/** 差多少, 多多少, 少了多少, 相差, 增长了多少: the gap between two figures. */
const DIFFERENCE =
  /比[^，。？?]{1,12}?[多少高低]\p{Script=Han}{0,3}?了?(?:多少|几)|差(?:了)?(?:多少|几)|相差|差距|差值|[多少高低](?:了)?(?:多少|几)|增长了?(?:多少|几)|增加了?(?:多少|几)|减少了?(?:多少|几)|下降了?(?:多少|几)|(?:上涨|涨|提高|提升|降|降低)了?(?:多少|几)/u;
/** 加起来, 一共, 合计: the sum of the figures. */
const SUM = /加起来|加一起|加一块|加在一起|合起来|一共|总共|合计|共计|总计/;

/** 几倍, 多少倍, 翻倍了吗, 翻番: how many times the one figure is the other. */
const RATIO = /几倍|多少倍|翻(?:了)?一?倍|翻(?:了)?一?番/;

/** The operation a question asks of its figures, if any. */
export function askedOperation(text: string): 'sum' | 'difference' | 'ratio' | undefined {
  if (DIFFERENCE.test(text)) return 'difference';
  if (RATIO.test(text)) return 'ratio';
  if (SUM.test(text)) return 'sum';
  return undefined;
}

/** Words a predicate after two named things starts with (公开了多少条, 发了几条, 有多少). */
const PREDICATE = '(?:公开|发布|发(?!展)|有|是|上|里|中|分别|各|共|多少|几|收|办|开展|举办|组织|培育|选聘|申请|提出|受理)';
/**
 * A thing named before or after the conjunction: two to twelve characters (国家科技型中小企业), no question word; a
 * service line's number may open it (12345热线办件).
 */
const THING = '((?:\\d{5,6}(?=[\\u4e00-\\u9fa5]))?[\\u4e00-\\u9fa5A-Za-z&]{2,12}?)';
/** 门户网站和公开栏加起来公开了多少条 / 政府网站加中卫日报一共发了多少 / 微博和公众号加起来一共发了多少条. */
const AND_PAIR = new RegExp(
  `^${THING}(?:和|跟|与|加上|加|及|以及|还有)${THING}((?:加起来|加一起|加一块|加在一起|合起来)(?:一共|总共|合计|共计)?|一共|总共|合计|共计)?((?=${PREDICATE}).*(?:多少|几).*)$`,
  'u',
);
/** The same, the first thing holding a 及 of its own (政策文件及解读和通知公告一共多少条). */
const AND_PAIR_AFTER_JI = new RegExp(
  `^([\\u4e00-\\u9fa5A-Za-z&]{1,10}?及[\\u4e00-\\u9fa5A-Za-z&]{1,10}?)(?:和|跟|与|加上)${THING}((?:加起来|加一起|加一块|加在一起|合起来)(?:一共|总共|合计|共计)?|一共|总共|合计|共计)?((?=${PREDICATE}).*(?:多少|几).*)$`,
  'u',
);
/** 公众号比微博多发了多少条 / 网站比日报少多少. */
const THAN_PAIR = new RegExp(`^${THING}比${THING}([多少])(${PREDICATE}?.*(?:多少|几).*)$`, 'u');
/**
 * 水利建设比通知公告多吗 / 微信比微博少吧: whether one thing is more than the other, asked as a yes/no of two things of one
 * agency. Both are asked as counts and weighed (which is more, by how much); never one of them stated as the answer.
 */
const YES_NO_THAN_PAIR = new RegExp(`^${THING}(?:的)?比${THING}(?:的)?(?:还|更|要)?([多少])(?:吗|么|嘛|不|没有?|吧|呢)[?？。!！]*$`, 'u');
/** A yes/no asking which of two things is more (the cheap test callers make before pairing). */
export const YES_NO_MORE_ASKED = /比.{2,12}?[多少](?:吗|么|嘛|不|没有?|吧|呢)[?？。!！]*$/u;

/** 部门工作动态占主动公开的百分之几 / 微博粉丝占公众号的比例 / 公开栏占主动公开89条的比例: the share of the first thing in the second. */
const SHARE_PAIR = new RegExp(
  `^${THING}(?:的数量|的条数|的件数)?占(?:了|比)?(?:(?:${THING}|(?:那|这|全部|总共|一共|所有|主动公开|公开)?的?(\\d+)\\s*[条件个项篇期次名家])(?:的)?)?(?:百分之几|百分之多少|多少比例|几成|多大比例|比例|比重|占比|多少)`,
  'u',
);

/** A whole named by no noun of its own (全部, 总数, 所有的): the total the named item is part of. */
const GENERIC_WHOLE = /^(?:全部|总数|总量|总的|所有|所有的|全部的|一共|合计|总计|全年|整体|总体)$/;

/** 公众号粉丝是微博的几倍: how many times the second thing the first is. */
const RATIO_PAIR = new RegExp(`^${THING}(?:是|为|相当于)${THING}(?:的)?(?:几倍|多少倍)`, 'u');

/** 政府网站和智慧西工哪个发得多 / 公众号还是微博谁的粉丝多: which of the two things has more (or fewer). */
const WHICH_PAIR = new RegExp(
  `^${THING}(?:和|跟|与|还是|或)${THING}(?:的)?(?:哪个|哪一个|谁)(?:的)?([\\u4e00-\\u9fa5]{0,4}?)(?:得|的)?(?:更|比较)?([多少])`,
  'u',
);

/**
 * 自然人多还是法人多 / 微博发的多还是微信发的多 / 申请里自然人多还是法人多: which of two things is more (or fewer), asked as
 * a choice between them; a scope said before the first (申请里) belongs to both.
 */
const EITHER_PAIR = new RegExp(
  `^(?:([\\u4e00-\\u9fa5]{1,6}?)(?:里面?|当中|之中|中))?${THING}(?:的)?([多少])(?:一些|一点|些)?(?:还是|或是|或者)${THING}(?:的)?\\3(?:一些|一点|些)?(?:呢|啊|吗|呀)?[?？。!！]*$`,
  'u',
);

/** The words joining the things of a list to be summed (公示公告加预决算加部门动态, 年报、预决算和动态). */
const LIST_JOINER = /加上|加|和|跟|与|及|、/;
/** A channel's short name, and a list of two or more written together with nothing between them (微博微信抖音). */
const CHANNEL_NAME = '(?:微信公众号|公众号|微信|微博|抖音号?|快手号?|视频号|今日头条|头条号?|门户网站|政府网站|网站)';
const GLUED_CHANNEL = new RegExp(CHANNEL_NAME, 'gu');
const GLUED_CHANNELS = new RegExp(`^${CHANNEL_NAME}{3,5}$`, 'u');
/** The sum word and what is asked after the list (一共几件, 加起来多少条). */
const LIST_TAIL =
  /((?:加起来|加一起|加一块|加在一起|合起来)(?:一共|总共|合计|共计)?|一共|总共|合计|共计)((?:是|有)?(?:(?:发布?|推送|更新|公开)了?)?(?:多少|几).*)$/u;

/**
 * 公示公告加预决算加部门动态一共几件: three to five things of one agency summed, each asked as a
 * question of its own (`lead` + thing + what is asked). Undefined for fewer than three things, or a
 * thing that is a year, a number, a question word or part of an agency's name.
 */
export function listSum(lead: string, rest: string): { questions: string[]; things: string[] } | undefined {
  const tail = LIST_TAIL.exec(rest);
  if (!tail) return undefined;
  const listed = rest.slice(0, tail.index);
  // 微博微信抖音加起来: channels written one after another with no word between them are a list too.
  const glued = GLUED_CHANNELS.test(listed) ? listed.match(GLUED_CHANNEL) : null;
  const things = glued ? [...glued] : listed.split(LIST_JOINER).map((thing) => thing.trim());
  if (things.length < 3 || things.length > 5 || things.some((thing) => !new RegExp(`^${THING}$`, 'u').test(thing))) return undefined;
  if (things.some((thing, index) => index > 0 && !plausible(things[0], thing))) return undefined;
  const asked = tail[2].replace(/^(?:是|有)/, '');
  return { questions: things.map((thing) => `${lead}${thing}${asked}`), things };
}

/** A way only applications come by (电子邮件, 信函, 当面, 传真), never a channel of publishing. */
const APPLYING_ONLY_CHANNEL =
  /^(?:通过|以)?(?:电子邮件|电子邮箱|邮件|信函|来信|写信|寄信|邮寄|当面|现场|传真)(?:方式|形式)?(?:提交|提出|寄来|发来)?的?$/;

/**
 * A column of applicants in table 三 (自然人, 商业企业, 法人或其他组织 …), said with or without 申请: a part of the applications
 * received, whose share is asked of them.
 */
const APPLICANT_COLUMN =
  /^(?:自然人|个人|公民|群众|老百姓|商业企业|企业|公司|法人|法人或其他组织|其他组织|科研机构|社会公益组织|公益组织|法律服务机构|律师事务所|律所|律师)的?(?:申请|提出的申请|提交的申请|提的)?的?$/u;
/** 的占比 / 占比？ / 占比是多少 ending the question: asked as 占比多少. */
const SHARE_ENDING_BARE = /(?<=\p{Script=Han})的?占比(?:是|为|有)?(?:多少)?[?？。]*$/u;

/** A way of applying said bare (网上, 网络, 在线, 电话): a channel of publishing or of calls too, unless the other side applies. */
const BARE_APPLYING_WAY = /^(?:网上|网络|在线|线上|线下|电话|当面|现场|信函|来信|邮寄|传真|电子邮件|邮件)(?:提交|提出|递交)?的?$/;

/**
 * 信函比网上多几件 / 当面申请比网络多几件: two ways of applying weighed, one of them an application's only (信函, 当面) or said
 * with 申请: the other, said bare (网上), is a way of applying too, asked as 网上申请 (a report prints 网络申请, never 网上 alone).
 */
function asApplyingWays(first: string, second: string): [string, string] {
  const applying = (side: string) => /申请/.test(side) || APPLYING_ONLY_CHANNEL.test(side);
  if (!applying(first) && !applying(second)) return [first, second];
  const asked = (side: string) => (BARE_APPLYING_WAY.test(side) ? `${side.replace(/的$/, '')}申请` : side);
  return [asked(first), asked(second)];
}

/** Two things of one agency asked together, each as a question of its own, and what to do with their figures. */
export interface PairedQuestion {
  first: string;
  second: string;
  operation: 'sum' | 'difference' | 'share' | 'ratio' | 'more' | 'fewer' | undefined;
  /** The two things as named (门户网站, 公开栏), and what is asked of them (公开了多少条). */
  things: [string, string];
  asked: string;
  /** 部门动态占225条的比例: the whole as the question states it, a number the whole found must be. */
  statedWhole?: number;
  /** 甲比乙多吗: more or fewer asked as a yes/no, answered 是 or 不是 before the weighing. */
  yesNo?: boolean;
}

/**
 * The two questions in “lead + A和B(加起来) + predicate” or “lead + A比B多 + predicate”, where
 * `lead` is the agency and year already read off the front. Undefined when the words do not
 * have that shape, or when either side holds a question word or a year.
 */
export function pairedQuestion(lead: string, said: string): PairedQuestion | undefined {
  // 自然人申请的占比 / 企业申请占比是多少: 占比 ending the question asks it as 占比多少 does.
  // 新收加上年结转一共几件: the 加 before 上年结转 joins the two rows (新收|加|上年结转), never 加上 before a 年结转.
  const rest = said.replace(SHARE_ENDING_BARE, '占比多少').replace(/加(?=上一?年度?(?:结转|转结))/u, '和');
  // 《海原科技信息》占主动公开的比例: a title's book marks are no part of the thing asked.
  const share = SHARE_PAIR.exec(rest.includes('《') ? rest.replace(/[《》]/g, '') : rest);
  if (share) {
    const [first, named] = share.slice(1, 3).map((side): string | undefined => (side === undefined ? undefined : asCountedSide(side)));
    if (first === undefined) return undefined;
    // (占比 right after the thing is read as 占 only for a way applications come by: 信函占比多少. 同意公开的占比多少 and the like
    // keep their own readings.)
    // (So is 占比 after a column of applicants, 自然人申请占比多少: a part of the applications received.)
    if (/^[^占]*占比(?!例|重)/.test(rest) && !APPLYING_ONLY_CHANNEL.test(first) && !APPLICANT_COLUMN.test(first)) return undefined;
    // 政策服务类占全部的百分之几: a whole named by no noun of its own is the total the items are part of.
    // 智慧西工平台上的占百分之多少 / 政务运行类占多大比例: no whole named at all is the same.
    // 部门动态占225条的比例: a whole said as a number is the total too, and must be the figure found for it.
    const stated = share[3] === undefined ? undefined : Number(share[3]);
    const second =
      named === undefined || /^(?:百分|比例|比重|占比|多大|多少)/.test(named) || GENERIC_WHOLE.test(named)
        ? // (电子邮件占多少 / 信函的占比: a way only applications come by is a part of the applications received.)
          /申请/.test(first) || APPLYING_ONLY_CHANNEL.test(first) || APPLICANT_COLUMN.test(first)
          ? '收到的申请'
          : '主动公开'
        : named;
    if (!plausible(first, second)) return undefined;
    // Each side is asked as a count; the share is computed from the two figures found.
    return {
      ...withSharedNoun(`${lead}${first}`, `${lead}${second}`, '多少'),
      operation: 'share',
      things: [first, second],
      asked: '多少',
      ...(stated === undefined ? {} : { statedWhole: stated }),
    };
  }
  const ratio = RATIO_PAIR.exec(rest);
  if (ratio) {
    const [, written, other] = ratio;
    if (!plausible(written, other)) return undefined;
    // 公众号发的是微博的几倍: the verb said of the first side (发的, 公开的) is the second's too, not its followers.
    const verb = /(发布|发|公开|推送|转载)了?的?$/.exec(written)?.[1];
    const first = verb ? written.replace(/的$/, '') : written;
    const second = verb && !other.includes(verb) ? `${other}${verb}` : other;
    return { ...withSharedNoun(`${lead}${first}`, `${lead}${second}`, '多少'), operation: 'ratio', things: [first, second], asked: '多少' };
  }
  const which = WHICH_PAIR.exec(rest);
  if (which) {
    const [, first, second, verb, more] = which;
    if (!plausible(first, second)) return undefined;
    // 发得多 asks how many were posted; 粉丝多 how many followers (the noun said once belongs to both).
    const asked = /发|公开|更新|推送/.test(verb) ? `${verb.replace(/了$/, '')}了多少` : `${verb}多少`;
    return {
      ...withSharedNoun(`${lead}${first}`, `${lead}${second}`, asked),
      operation: more === '多' ? 'more' : 'fewer',
      things: [first, second],
      asked,
    };
  }
  const either = EITHER_PAIR.exec(rest);
  if (either) {
    const [, scope = '', first, more, second] = either;
    if (!plausible(first, second)) return undefined;
    return {
      ...withSharedNoun(`${lead}${scope}${first}`, `${lead}${scope}${second}`, '多少'),
      operation: more === '多' ? 'more' : 'fewer',
      // 微博发的多还是微信发的多: each named by its channel, the verb said of both left out of the names.
      things: [first, second].map((thing) => thing.replace(/(?:发布?|公开|推送|更新)了?$/, '') || thing) as [string, string],
      asked: '多少',
    };
  }
  // (Before THAN_PAIR: 多吗 asks no 多少, so the two never overlap.)
  const yesNo = YES_NO_THAN_PAIR.exec(rest);
  if (yesNo) {
    const [, first, second, more] = yesNo;
    if (!plausible(first, second)) return undefined;
    return {
      ...withSharedNoun(`${lead}${first}`, `${lead}${second}`, '多少'),
      operation: more === '多' ? 'more' : 'fewer',
      things: [first, second],
      asked: '多少',
      yesNo: true,
    };
  }
  const than = THAN_PAIR.exec(rest);
  if (than) {
    const [, first, second, , predicate] = than;
    if (!plausible(first, second)) return undefined;
    const asked = predicate.replace(/^了/, '');
    const [firstAsked, secondAsked] = asApplyingWays(first, second);
    return {
      ...withSharedNoun(`${lead}${firstAsked}`, `${lead}${secondAsked}`, asked),
      operation: 'difference',
      things: [first, second],
      asked,
    };
  }
  // 政策文件及解读和通知公告一共: 及 binds closer than 和 (A及B和C is A及B, and C), so the pair is cut at the 和.
  const and = (/及.*(?:和|跟|与|加上)/.test(rest) ? AND_PAIR_AFTER_JI.exec(rest) : null) ?? AND_PAIR.exec(rest);
  if (!and) return undefined;
  const [, first, written, together, predicate] = and;
  // 行政复议和行政诉讼被纠正了几件: a passive said after the second side (被纠正了, 被驳回的) is said of both, as the shared
  // predicate is; left on the second side, the first was asked bare (行政复议几件, its total).
  const passive = first.includes('被') ? null : PASSIVE_TAIL.exec(written);
  const second = passive ? written.slice(0, passive.index) : written;
  if (!plausible(first, second)) return undefined;
  const operation = together ? 'sum' : askedOperation(predicate);
  // 微博和公众号各发了多少 / 分别有几条: 各 and 分别 say the two are asked one by one; each side's question is without them.
  const asked = `${passive?.[0] ?? ''}${predicate.replace(/^(?:一共|总共|合计|共计|共)/, '').replace(/^(?:分别|各自|各)/, '')}`;
  return { ...withSharedNoun(`${lead}${first}`, `${lead}${second}`, asked), operation, things: [first, second], asked };
}

/** A passive ending the second side of a pair (行政诉讼被纠正了, 复议被驳回的), with at least two characters before it. */
const PASSIVE_TAIL = /(?<=\p{Script=Han}{2})被\p{Script=Han}{1,4}?(?:了|过)?的?$/u;

/** What is counted of a channel (粉丝, 关注量, 阅读量): said once, on one side, it belongs to both (微博粉丝比公众号少多少). */
const COUNTED_OF_A_CHANNEL = /(粉丝|关注量|关注人数|阅读量|访问量|浏览量)$/;

/** The two questions, the counted noun of one side given to the other when only one names it. */
function withSharedNoun(first: string, second: string, asked: string): { first: string; second: string } {
  const noun = COUNTED_OF_A_CHANNEL.exec(first)?.[1] ?? COUNTED_OF_A_CHANNEL.exec(second)?.[1];
  const give = (side: string) => (noun && !side.endsWith(noun) ? `${side}${noun}` : side);
  return { first: `${give(first)}${asked}`, second: `${give(second)}${asked}` };
}

/** A place items are published on (门户网站, 公开栏): alone before 多少 it would ask for its address, not a count. */
const OUTLET = /(?:网站|公众号|微博|日报|公开栏|工作群|平台|专栏)$/;

/** 门户网站公开的 → 门户网站公开, 门户网站 → 门户网站公开: a side of a share asked as the count published there. */
function asCountedSide(side: string): string {
  const bare = side.replace(/的$/, '');
  return OUTLET.test(bare) ? `${bare}公开` : bare;
}

/** Neither side is a year, a number or a question word (年报, 年度报告 are things, not years). */
function plausible(first: string, second: string): boolean {
  // (A service line's number opening a side, 12345热线, is its name: no count or year.)
  // (本年新收, 上年结转, 结转下年度: table 三's rows, whose 年 is part of their name, no year asked.)
  return ![first, second].some(
    (side) =>
      /\d|年(?!报|度报告|鉴)|多少|几|哪|谁|什么/.test(side.replace(HOTLINE_NUMBER, '').replace(INTAKE_ROW_NAME, '')) ||
      AGENCY_PART.test(side),
  );
}

/** Table 三's rows named with a year word (本年新收, 上年结转, 上一年度结转, 结转下年度): their names, not a year asked. */
const INTAKE_ROW_NAME = /本年度?新收|上一?年度?(?:结转|转结)|结转(?:至|到)?下一?年度?/g;

/** A service line's number opening a thing (12345热线, 12388平台). */
const HOTLINE_NUMBER = /^\d{5,6}(?=\p{Script=Han})/u;

/** A side that is part of an agency's name (沈阳市, 和平区, 发展和改革委员会): 和 joins the words of a name, not two things. */
const AGENCY_PART = /(?:[省市区县镇乡旗州]|局|委员会|办公室|政府|厅)$/;

/**
 * The answer with its sum or difference stated under it, when it holds exactly two figures of
 * the same unit (else the answer as it was: no arithmetic on figures that do not add up).
 */
export function withArithmetic(
  answer: Answer,
  operation: 'sum' | 'difference' | 'share' | 'ratio' | undefined,
  facts: readonly Fact[] = answer.facts,
): Answer {
  if (!operation || answer.kind !== 'figure') return answer;
  if (facts.length !== 2) return answer;
  // A share of a part the report lists under its whole in other measure words (225条，其中：…部门动态30件) is still a part of it.
  // Posts of two channels summed (公众号发布信息315篇 and 抖音发布视频95条): items published are counted in 条 or 篇 alike.
  const postsSummed = operation === 'sum' && facts.every(publishedPost) && facts[0].unit !== facts[1].unit;
  if (facts[0].unit !== facts[1].unit && !postsSummed && !(operation === 'share' && listedUnder(facts[0], facts[1]))) return answer;
  const [a, b] = facts;
  if (postsSummed) {
    const sum = Math.round((a.value + b.value) * 100) / 100;
    return {
      ...answer,
      answer: `${answer.answer}\n两项合计${aboutWord([a, b])}${sum}条（${a.value}${a.unit}＋${b.value}${b.unit}，都是发布的信息）${boundsNote([a, b])}。`,
      facts: aboutWord([a, b]) ? answer.facts : [...answer.facts, { ...b, value: sum, unit: '条' }],
    };
  }
  const unit = a.unit;
  const round = (value: number) => Math.round(value * 100) / 100;
  // A side printed as a bound (140余条): what is worked out from it is a bound too, said with 约 and not held as a fact.
  const about = aboutWord([a, b]);
  const bounds = boundsNote([a, b]);
  // The sum is a figure the answer states (computed, and said so by 合计), as the other sums' answers hold theirs.
  if (operation === 'sum')
    return {
      ...answer,
      answer: `${answer.answer}\n两项合计${about}${round(a.value + b.value)}${unit}${bounds}。`,
      facts: about ? answer.facts : [...answer.facts, { ...b, value: round(a.value + b.value) }],
    };
  if (operation === 'share') return withShare(answer, a, b);
  if (operation === 'ratio') return withRatio(answer, a, b);
  const [more, less] = a.value >= b.value ? [a, b] : [b, a];
  const gap = round(more.value - less.value);
  const sameAgency = a.agency === b.agency;
  // Two agencies in different years: the gap is no change over time, so the years are pointed out.
  const years = a.year !== b.year && !sameAgency ? `（注意：年份不同，分别是${a.year}年和${b.year}年）` : '';
  const describe = (fact: Fact) => (sameAgency && a.year !== b.year ? `${fact.year}年` : `${fact.agency}${fact.year}年`);
  // Two things of one report: the figures in the order asked (17条对5条) say which is which.
  // (A bound keeps its 余 or 多 as printed: 2023年140余条.)
  const printed = (fact: Fact) => `${fact.value}${approximateMark(fact) ?? ''}${unit}`;
  const sides =
    sameAgency && a.year === b.year
      ? `${printed(a)}对${printed(b)}`
      : `${describe(more)}${printed(more)}，${describe(less)}${printed(less)}`;
  const verdict = gap === 0 && !about ? '两者相同。' : `相差${about}${gap}${unit}（${sides}）${bounds}。`;
  return { ...answer, answer: `${answer.answer}\n${verdict}${years}` };
}

/** A count of items a channel published (发布信息315篇, 抖音发布视频95条, 推送…条): in 条 or 篇, read from a sentence that says so. */
function publishedPost(fact: Fact): boolean {
  if (!/^[条篇]$/.test(fact.unit)) return false;
  if (fact.key === 'proactive_items_by_channel') return true;
  const clause = fact.sentence?.split(/[，,；;。、]/).find((piece) => new RegExp(`(?<![\\d.])${fact.value}\\s*${fact.unit}`).test(piece));
  return clause !== undefined && /发布|推送|推文|发送/.test(clause);
}

/**
 * Whether the part's sentence prints the whole (225条) and, after a 其中 in the same sentence, the part (30件): the
 * report itself lists the one among the other, whatever measure word each carries.
 */
function listedUnder(part: Fact, whole: Fact): boolean {
  const sentence = part.sentence;
  if (!sentence || part.value > whole.value) return false;
  const at = sentence.search(new RegExp(`(?<![\\d.])${whole.value}\\s*${whole.unit}`));
  if (at < 0) return false;
  const rest = sentence.slice(at);
  const breakdown = rest.search(/^[^。；]*?其中/) === 0 ? rest.indexOf('其中') : -1;
  return breakdown >= 0 && new RegExp(`(?<![\\d.])${part.value}\\s*${part.unit}`).test(rest.slice(breakdown));
}

/**
 * The whole the part's own sentence lists it under (公开信息15条，其中…通知公告9条 → 15), when that sentence also names the
 * place the question's whole is asked of (门户网站): the share of a part is of the figure it is listed under, not of a count of
 * the same place read from another sentence (门户网站主动公开信息19条). Undefined when the sentence lists no such whole.
 */
export function wholeListedOver(part: Fact, wholeAsked: string): number | undefined {
  const sentence = part.sentence;
  const place = wholeAsked.replace(/(?:的|公开|发布|发的|发|信息|上)+$/u, '');
  if (!sentence || place.length < 2 || !sentence.includes(place)) return undefined;
  const at = sentence.search(new RegExp(`(?<![\\d.])${part.value}\\s*${part.unit}`));
  if (at < 0) return undefined;
  let whole: number | undefined;
  for (const listed of sentence.slice(0, at).matchAll(new RegExp(`(?<![\\d.])(\\d+)\\s*${part.unit}[，,：:]?\\s*其中`, 'gu')))
    whole = Number(listed[1]);
  return whole !== undefined && whole > part.value ? whole : undefined;
}

/**
 * The share the report itself prints right after the part's figure (重要工作动态类信息70条,占82.35%; 228小项，占260小项的87.69%):
 * the words from 占 to the percentage, and the percentage. Undefined when the sentence prints none there.
 */
export function statedShare(part: Fact): { words: string; percent: number } | undefined {
  const sentence = part.sentence;
  if (!sentence || !/[%％]/.test(sentence)) return undefined;
  // The part read is the percentage itself (占百分之几 reads 87.69%): stated when 占 stands before it.
  if (part.unit === '%') {
    const printed = new RegExp(`占[^。；;，,%％]{0,16}?(?<![\\d.])${String(part.value).replace('.', '\\.')}\\s*[%％]`).exec(sentence);
    return printed ? { words: printed[0].replace(/％/, '%'), percent: part.value } : undefined;
  }
  const figure = new RegExp(`(?<![\\d.])${String(part.value).replace('.', '\\.')}\\s*(?:万|亿)?(?:余|多)?[大小]?${part.unit}`).exec(
    sentence,
  );
  if (!figure) return undefined;
  const after = sentence.slice(figure.index + figure[0].length);
  const share =
    /^\s*[，,、]?\s*((?:约|大约)?占(?:[^。；;，,%％\d]{0,12}?(?:\d+(?:\.\d+)?[^。；;，,%％\d]{0,8}?)?的)?(?:比)?(?:为|达)?(\d+(?:\.\d+)?)\s*[%％])/.exec(
      after,
    );
  if (share) return { words: share[1].replace(/％/, '%'), percent: Number(share[2]) };
  return shareNamedLater(sentence.slice(0, figure.index), after);
}

/**
 * 动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%: a share printed further on in the sentence, of the thing the part's own
 * words name (the longest head of the words before the part's number that stands right before 占比 / 占 / 比例), is the
 * report's; another thing's share (图文解读占比60%) is not.
 */
function shareNamedLater(before: string, after: string): { words: string; percent: number } | undefined {
  const words = /\p{Script=Han}{2,12}$/u
    .exec(before.replace(/(?:共|共计|累计|达|了|为)$/u, ''))?.[0]
    .replace(/^(?:其中|全年|本年度?|今年|共)/u, '');
  if (!words) return undefined;
  for (let length = words.length; length >= 2; length -= 1) {
    const head = words.slice(0, length);
    const at = after.indexOf(head);
    if (at < 0) continue;
    const printed = /^(?:的)?(?:约|大约)?(?:占比|所占比例|占比重|比例|比重|占)(?:为|达|是|约)?(\d+(?:\.\d+)?)\s*[%％]/u.exec(
      after.slice(at + head.length),
    );
    if (printed) return { words: `${head}${printed[0]}`.replace(/％/, '%'), percent: Number(printed[1]) };
  }
  return undefined;
}

/** The share of the first figure in the second, to one decimal (51条占67条的76.1%); nothing when the whole is zero or smaller than the part. */
function withShare(answer: Answer, part: Fact, whole: Fact): Answer {
  if (whole.value <= 0 || part.value > whole.value) return answer;
  const percent = Math.round((part.value / whole.value) * 1000) / 10;
  return {
    ...answer,
    answer: `${answer.answer}\n${part.value}${part.unit}占${whole.value}${whole.unit}的${aboutWord([part, whole])}${percent}%（按以上两个数字计算）${boundsNote([part, whole])}。`,
  };
}

/**
 * How many times one figure is the other, to one decimal: one agency's two years, the later over the
 * earlier (翻倍了吗 asks whether it grew twofold); else in the order asked (A是B的几倍).
 */
function withRatio(answer: Answer, a: Fact, b: Fact): Answer {
  const [top, bottom] = a.agency === b.agency && a.year < b.year ? [b, a] : [a, b];
  if (bottom.value <= 0) return answer;
  const times = Math.round((top.value / bottom.value) * 10) / 10;
  const unit = top.unit;
  const of = (fact: Fact) => (a.agency === b.agency && a.year !== b.year ? `${fact.year}年的` : '');
  return {
    ...answer,
    answer: `${answer.answer}\n${of(top)}${top.value}${unit}是${of(bottom)}${bottom.value}${unit}的${aboutWord([top, bottom])}${times}倍（按以上两个数字计算）${boundsNote([top, bottom])}。`,
  };
}

/** 翻倍了吗 / 翻番了没: asks whether the later figure is at least twice the earlier. */
const DOUBLED = /翻(?:了)?一?[倍番]/;

/**
 * 翻倍了吗 answered yes or no in front of the answer, from the same two figures the ratio line uses
 * (one agency's two years, the later over the earlier); the answer as it was for any other question.
 */
export function withDoubledVerdict(answer: Answer, text: string, facts: readonly Fact[]): Answer {
  // Cheap test first: 翻 is rare in questions.
  if (!text.includes('翻') || !DOUBLED.test(text) || answer.kind !== 'figure') return answer;
  if (facts.length !== 2 || facts[0].unit !== facts[1].unit || facts[0].agency !== facts[1].agency || facts[0].year === facts[1].year)
    return answer;
  const [earlier, later] = facts[0].year < facts[1].year ? facts : [facts[1], facts[0]];
  if (earlier.value <= 0) return answer;
  return { ...answer, answer: `${later.value >= earlier.value * 2 ? '翻倍了。' : '没有翻倍。'}${answer.answer}` };
}
