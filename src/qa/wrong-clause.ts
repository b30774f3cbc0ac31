/**
 * A figure read from a sentence's clause that is not of the thing asked, in three shapes the other guards leave:
 * - a share asked (占比多少, 占百分之几, 占多大比例) answered with a count (头条号公开信息321条) or with another rate the sentence prints
 *   (媒体评论文章20篇,政策解读比例为100%; 累计公开…184条，全文电子化达100%; …80件,同比增长5.26%; 主动公开及依申请公开…总条数占…78.80%
 *   asked of 依申请公开 alone): only a percentage printed after 占 of the thing (70条,占82.35%) is its share;
 * - one kind of applicant asked (法人申请了几件, 有几家企业申请) answered with the count of every applicant (收到公民、法人和其他组织…
 *   申请16件) or with a count that names no applicant at all but an outcome (其中予以公开3件, for 个人申请了几件);
 * - 上年结转几件 answered with the count after a clause that says none was carried (上年无结转,已办理2件): none, 0.
 */
import { toSimplified } from '../text/script.js';
import type { Answer, Fact } from './engine.js';

/** A share asked: 占比, 占了百分之几, 占多大比例, 比例是多少, 百分之多少. */
const SHARE_ASKED =
  /占比|占(?:了|据)?[^，。？?]{0,12}?(?:百分之|比例|比重|几成|百分比|多少)|百分之(?:几|多少)|(?:多大|多少)(?:的)?(?:比例|比重)|(?:比例|比重)(?:是|为|有)?(?:多少|几)|(?:比例|比重)(?:呢|啊)?[?？。]*$/;
/** Words joining two things into one count or share (主动公开及依申请公开). */
const JOINED = /及|和|与|、|或|加/;

/** The first line of the answer: its lead (agency and year) and the clause it states. */
function headline(answer: Answer): { lead: string; clause: string } {
  const head = answer.answer.split('\n')[0] ?? '';
  const at = head.indexOf('：');
  return at < 0 ? { lead: '', clause: head } : { lead: head.slice(0, at), clause: head.slice(at + 1).replace(/。$/, '') };
}

/** Where a value is printed in a sentence (not inside a longer number), or -1. */
function printedAt(sentence: string, value: number, after = ''): number {
  return sentence.search(new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])${after}`));
}

/** The clause a value is printed in, from the mark before it (、 joins items within one clause) up to the value. */
function clauseBefore(sentence: string, at: number): string {
  const start =
    Math.max(...['，', ',', '。', '；', ';', '：', ':', '(', '（', ')', '）'].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
  const clause = sentence.slice(start, at);
  // (自然人申请32件、企业申请2件: the words since the count before, not that count's own; 2023年共收到…: after the year.)
  const lastDigit = Math.max(...[...clause.matchAll(/\d/g)].map((match) => match.index ?? -1), -1);
  return clause.slice(lastDigit + 1).replace(/^(?:年度?|[件条个项次人名家篇份])?[、及和与]?/, '');
}

/**
 * Whether a percentage a sentence prints is the share of the thing its count stands for: printed after 占 (70条,占82.35%;
 * 主动公开的政府信息占34.82%), not a rate of something else (解读比例为100%, 全文电子化达100%, 同比增长16%), nor the share of
 * two things joined when the question asks one (主动公开及依申请公开…总条数占…78.80%).
 */
function printedShareOf(fact: Fact, question: string): boolean {
  if (!fact.sentence) return false;
  const sentence = toSimplified(fact.sentence.replace(/\s+/g, ''));
  const at = printedAt(sentence, fact.value, '\\s*[%％]');
  if (at < 0) return false;
  const before = sentence.slice(0, at);
  // The words since the number before the percentage (条,占 of 70条,占82.35%), or since the sentence's start.
  const since = before.slice(Math.max(...[...before.matchAll(/\d/g)].map((match) => match.index ?? -1), -1) + 1);
  const share = since.search(/占/);
  // (多样化解读达30% asked as 多样化解读占多少: a rate the sentence prints of the very thing asked is its own.)
  if (share < 0) return rateNamed(since, question);
  // The words naming what has the share, from the mark after that number to 占 (主动公开及依申请公开政府信息总条数).
  const subject = since.slice(0, share).replace(/^[^，,；;。：:（(]*[，,；;。：:（(]/, '');
  return !(JOINED.test(subject.replace(/^(?:约|大约|共|合计)/, '')) && !JOINED.test(question));
}

/** Whether the words a percentage is printed after name the thing asked (多样化解读 of 政策解读123件,多样化解读达30%). */
function rateNamed(words: string, question: string): boolean {
  const named = words.replace(/^.*[，,；;。：:（(]/, '').replace(/(?:均|都|已|达到|达|为|是|约|占比|比例|比重|率)+$/, '');
  return named.length >= 2 && question.includes(named);
}

/** Whether a sentence prints a share of a thing: after its count and 占 (投诉类328条(占比86.7%)), or right after its name (多样化解读达30%). */
export function shareOfThingPrinted(sentence: string, thing: string): boolean {
  // (12345投诉类 of 12345热线工单378条,涵盖投诉类328条: the thing's last words, three characters at least, as the sentence prints them.)
  const plain = toSimplified(sentence.replace(/\s+/g, ''));
  for (let start = 0; start === 0 || thing.length - start >= 3; start += 1) if (printedAfter(plain, thing.slice(start))) return true;
  return false;
}

function printedAfter(plain: string, thing: string): boolean {
  const at = plain.indexOf(thing);
  if (at < 0 || thing.length < 2) return false;
  const clause =
    /^[^，,；;。]*?(?:\d+(?:\.\d+)?[^\d，,；;。]{0,3}?[(（，,]?(?:约|大约)?占(?:比|了)?[^\d，,；;。]{0,10}?|(?:达到|达|为|约)?)\d+(?:\.\d+)?\s*[%％]/;
  return clause.test(plain.slice(at + thing.length));
}

/** A change asked (较上年度上升百分之几, 同比增长多少): a rate of its own, no share. */
const CHANGE_ASKED = /上升|增长|增加|下降|减少|提高|降低|同比|较上|比上|比去年|涨|降/;

export function withoutUnprintedShare(answer: Answer, text: string, agencyName: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length === 0 || !SHARE_ASKED.test(text) || CHANGE_ASKED.test(text)) return answer;
  // A share the engine worked out from printed counts says so (是计算结果) and is of the thing asked.
  if (/计算/.test(answer.answer)) return answer;
  if (!answer.facts.every((fact) => fact.key !== 'sentence' || fact.sentence)) return answer;
  const percentages = answer.facts.filter((fact) => fact.unit === '%');
  // (A rate asked without 占, 解读比例是多少, is the rate the sentence prints: only a share of a whole is checked for 占.)
  const shareOfWhole = /占/.test(text);
  if (
    percentages.length > 0 &&
    (!shareOfWhole || percentages.some((fact) => (fact.sentence ? printedShareOf(fact, text) : fact.key !== 'sentence')))
  )
    return answer;
  const { lead, clause } = headline(answer);
  const quoted = answer.answer.split('\n').find((line) => line.startsWith('原文：'));
  // 无法提供6件,占33.3%: the share the sentence prints right after the count given is the share asked.
  const [count] = answer.facts;
  const printed = answer.facts.length === 1 && count.sentence ? shareAfterCount(count.sentence, count.value, count.unit) : undefined;
  if (printed !== undefined)
    return {
      kind: 'figure',
      answer: [`${lead ? `${lead}：` : ''}${clause}，占${printed}%（报告原文写明）。`, ...answer.answer.split('\n').slice(1)].join('\n'),
      facts: [{ ...count, value: printed, unit: '%' }],
    };
  // 政务微信923条 of 主动公开各类信息1186条,其中政务微信公开信息数923条: a part's share of the whole printed right before 其中.
  const whole = answer.facts.length === 1 && count.sentence ? wholeBeforeBreakdown(count.sentence, count.value, count.unit) : undefined;
  if (whole) {
    const percent = Math.round((count.value / whole.value) * 1000) / 10;
    return {
      kind: 'figure',
      answer: [
        `${lead ? `${lead}：` : ''}${clause}，占${whole.words}的约${percent}%（${count.value} ÷ ${whole.value}，是计算结果，不是报告原文）。`,
        ...answer.answer.split('\n').slice(1),
      ].join('\n'),
      facts: [count, { ...count, value: whole.value }],
    };
  }
  return {
    kind: 'refusal',
    answer: `${agencyName}的年度报告这里写的是“${clause}”，没有写明所问的占比，无法回答。${quoted ? `\n${quoted}` : ''}`,
    facts: [],
  };
}

/**
 * The whole a part is counted in: printed in the same unit right before the sentence's 其中 (…主动公开各类信息1186条,其中政务微信
 * 公开信息数923条), the part after it, no larger than the whole. Once in the sentence, else undefined.
 */
function wholeBeforeBreakdown(sentence: string, value: number, unit: string): { value: number; words: string } | undefined {
  const plain = toSimplified(sentence.replace(/\s+/g, ''));
  const found = [...plain.matchAll(new RegExp(`([^，,。；;：:\\d]{2,20}?)(\\d+(?:\\.\\d+)?)${unit}[，,；;]?其中`, 'g'))];
  if (found.length !== 1) return undefined;
  const whole = Number(found[0][2]);
  const after = plain.slice((found[0].index ?? 0) + found[0][0].length);
  const part = new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}${unit}`);
  if (!(whole > value) || !part.test(after)) return undefined;
  // (…市政府镇宣传栏等多种渠道主动公开各类信息: the whole named from its verb on, 主动公开各类信息.)
  const named = /(?:主动公开|公开|发布|收到|受理).*$/.exec(found[0][1])?.[0] ?? found[0][1].replace(/^(?:年内|全年|共|累计)/, '');
  return { value: whole, words: `${named}${whole}${unit}` };
}

/** The percentage printed right after a count and 占 (无法提供6件,占33.3%; 70条（占比82.35%）), once in the sentence; else undefined. */
function shareAfterCount(sentence: string, value: number, unit: string): number | undefined {
  const plain = toSimplified(sentence.replace(/\s+/g, ''));
  const number = String(value).replace('.', '\\.');
  const found = [
    ...plain.matchAll(new RegExp(`(?<![\\d.])${number}${unit}[,，(（]?(?:约)?占(?:比|了)?(?:约)?(\\d+(?:\\.\\d+)?)[%％]`, 'g')),
  ];
  return found.length === 1 ? Number(found[0][1]) : undefined;
}

/** One kind of applicant asked: a person (个人, 自然人, 公民) or an organisation (法人, 企业, 科研机构 …). */
const PERSON = /公民|自然人|个人|老百姓|群众|市民|居民/;
const ORGANISATION = /法人|企业|公司|科研机构|公益组织|律师|法律服务机构|其他组织/;
/** Who applied, asked (申请了几件, 提了几个申请, 有几家企业申请). */
const APPLYING = /申请|提出|提交|提了/;
/** A count of every applicant or a whole asked (一共, 总共, 加起来). */
const WHOLE_ASKED = /一共|总共|合计|加起来|合起来|总数|全部/;
/** Table 三's outcomes and the handling of applications (予以公开3件, 办结13件): no applicant's count. */
const OUTCOME = /予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|答复|办结|结转/;
/** The organisations table 三 counts one by one: one of them asked (企业申请了几件) is no count of several joined. */
const ONE_ORGANISATION = [/企业|公司/, /科研机构/, /公益组织/, /律师|法律服务机构/] as const;
/** A count of one kind of applicant printed after a count (…申请64件(其中,自然人提交申请60件,…): that count is the whole. */
const APPLICANT_COUNTED_AFTER =
  /^\d+(?:\.\d+)?件.*?(?:自然人|公民|个人|法人|企业|科研机构|公益组织|法律服务机构|律师|其他组织)[^，,。；;\d]{0,8}?\d+件/;
/** All applicants said to be of one kind (均为自然人申请, 全部为个人申请): that kind's count is the whole. */
const ALL_OF_ONE = /(?:均为|均是|全部为|全部是|全为|都是|全部来自|均来自)/;

export function withoutAllApplicantsCount(answer: Answer, text: string, agencyName: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence || !APPLYING.test(text) || WHOLE_ASKED.test(text)) return answer;
  const person = PERSON.test(text.replace(/个人隐私/g, ''));
  const organisation = ORGANISATION.test(text);
  // Only one side asked (法人申请了几件), not both (公民和法人一共).
  if (person === organisation) return answer;
  const sentence = toSimplified(fact.sentence.replace(/\s+/g, ''));
  const at = printedAt(sentence, fact.value);
  if (at < 0) return answer;
  const clause = clauseBefore(sentence, at);
  const after = sentence.slice(at);
  if (ALL_OF_ONE.test(after) && (person ? PERSON : ORGANISATION).test(after.slice(after.search(ALL_OF_ONE)))) return answer;
  const plain = clause.replace(/个人隐私/g, '');
  const everyone = PERSON.test(plain) && ORGANISATION.test(plain);
  const noApplicant = !PERSON.test(plain) && !ORGANISATION.test(plain) && OUTCOME.test(clause) && !OUTCOME.test(text);
  // (企业 asked, 商业企业、科研机构、社会公益组织、法律服务机构等其他组织提交申请4件 answered: several organisations joined.)
  const oneOrganisation = ONE_ORGANISATION.filter((kind) => kind.test(text)).length === 1;
  const organisationsJoined = oneOrganisation && ONE_ORGANISATION.filter((kind) => kind.test(plain)).length > 1;
  // (律师 asked, 我委共受理信息公开申请64件(其中,自然人提交申请60件,…) answered: the whole the sentence then splits by applicant.)
  const wholeSplit =
    !PERSON.test(plain) && !ORGANISATION.test(plain) && /申请/.test(clause) && !OUTCOME.test(clause) && APPLICANT_COUNTED_AFTER.test(after);
  if (!everyone && !noApplicant && !organisationsJoined && !wholeSplit) return answer;
  const stated = `${clause}${fact.value}${fact.unit}`;
  const quoted = answer.answer.split('\n').find((line) => line.startsWith('原文：'));
  const said = everyone
    ? `只写了各类申请人合起来的数字：“${stated}”，没有按申请人类型分列`
    : organisationsJoined
      ? `只写了几类申请人合起来的数字：“${stated}”，没有单列所问的一类`
      : wholeSplit
        ? `这里写的是全部申请的件数：“${stated}”，没有单列所问申请人的件数`
        : `这里写的是“${stated}”，不是申请人的件数，没有写明所问申请人提出了几件`;
  return { kind: 'refusal', answer: `${agencyName}的年度报告${said}，无法回答。${quoted ? `\n${quoted}` : ''}`, facts: [] };
}

/** 上年结转几件 (the applications carried in from the year before), not those carried into the next. */
const CARRIED_OVER_ASKED = /(?:上一?年度?|去年|前一年)(?:的)?(?:结转|转结|转过来|剩)|结转(?:自)?上一?年/;
/** A clause saying none was carried in (上年无结转, 上年度没有结转的申请, 无上年结转). */
const NONE_CARRIED_OVER = /(?:上一?年度?|去年)(?:无|没有|未)(?:结转|转结)|无上一?年度?(?:结转|转结)/;

export function withNoneCarriedOver(answer: Answer, text: string): Answer {
  if (answer.kind !== 'figure' || answer.facts.length !== 1 || !CARRIED_OVER_ASKED.test(text)) return answer;
  const [fact] = answer.facts;
  if (fact.key !== 'sentence' || !fact.sentence || fact.value === 0) return answer;
  const sentence = toSimplified(fact.sentence.replace(/\s+/g, ''));
  const none = NONE_CARRIED_OVER.exec(sentence);
  const at = printedAt(sentence, fact.value);
  // The count answered is another clause's (已办理2件), not the carried count: the sentence says none was carried.
  if (!none || at < 0 || /结转|转结/.test(clauseBefore(sentence, at))) return answer;
  const [, ...rest] = answer.answer.split('\n');
  return {
    ...answer,
    answer: [`没有，0${fact.unit}。${fact.agency}${fact.year}年报告写明：${none[0]}。`, ...rest].join('\n'),
    facts: [{ ...fact, value: 0 }],
  };
}
