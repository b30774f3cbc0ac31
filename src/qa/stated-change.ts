/**
 * Changes a report states in its own words: a rate of change printed beside a figure (申请量同比增长42.9%, 增速达到138.8%,
 * 订阅数9250个,较去年同期增长11%) is a figure the store holds, read from the sentence; the earlier year's figure printed in
 * the same sentence (从2022年度的840万元提高到2023年度的2007万元) is one too. A rate the page does not print is never worked out
 * from nothing.
 */
import { toSimplified } from '../text/script.js';

/**
 * A rate of change as a report prints it: the words up to the number in group 1, the number in group 2 (同比增长约5%: the
 * approximation stays in the words).
 */
const STATED_RATE =
  /((?:同比|较(?:去年|上年|上一年|前一年|上年度)(?:同期)?|比(?:去年|上年|上一年|前一年|上年度)(?:同期)?)(?:显著|明显|大幅|大幅度|稳步|持续|进一步|小幅|略有)?(?:增长|增加|上升|提高|提升|上涨|下降|减少|回落|降低|下滑)了?|(?:增速|增幅|增长率|涨幅|降幅)(?:达到|达|为|是|约)?)(?:约|近|超过|超|逾)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** The question asks the change as a rate in so many words (增速多少, 增长了百分之几, 增幅, 几个百分点). */
export const RATE_ASKED = /增速|增幅|增长率|涨幅|降幅|百分之(?:几|多少)|百分比|多少个?百分点|几个百分点|几个点/;

/** The question asks a change against the year before (同比, 比去年, 较上年) or a year it names (比2023年). */
export const YEAR_BEFORE_ASKED = /同比|比(?:去年|上年|上一年|前一年|(?:19|20)?\d{2}年)|较(?:去年|上年|上一年|前一年|(?:19|20)?\d{2}年)/;

/** The question asks only which way a thing went (多了还是少了, 增加还是减少, 有变化吗), not by how much. */
export const CHANGE_DIRECTION_ASKED = /还是|增减|变化|趋势|(?:多|少|增加|减少|增长|下降|涨|降)了?(?:吗|没有?)(?=[?？。!！]*$)/;

/** A change a report states without a figure (工作动态数量较去年有所增长, 申请量同比明显下降). */
const STATED_DIRECTION =
  /(?:同比|较(?:去年|上年|上一年|前一年|上年度)(?:同期)?|比(?:去年|上年|上一年|前一年|上年度)(?:同期)?)(?:有所|明显|大幅|略有|稳步|进一步|大幅度|小幅)?(?:增长|增加|上升|提高|提升|上涨|下降|减少|回落|降低|下滑)(?![\d.]|了?\s*\d)/g;

/**
 * A follow-up that asks the change of the figure just answered: 增速多少, 同比呢, 比22年多了多少, 比2022年涨了多少,
 * 比去年增长了百分之几; a fall asked as such too (同比减少百分之几, 同比下降了多少, 比去年少了多少), whose rate is the one printed
 * beside the figure asked, never another sentence's. The year compared (if any) in group 1. 跟前年比多了还是少了 / 和前年比呢
 * (the year set against said before 比) asks the same as 比前年多了还是少了 (it had answered 前年's figure alone, or nothing).
 */
const CHANGE_FOLLOW_UP =
  /^(?:那|那么)?(?:它|这个|这)?(?:(?:同比|比(?:去年|上年|上一年|前一年|(前年)|((?:19|20)?\d{2})年度?)|较(?:去年|上年|上一年|前一年)|(?:跟|和|与|同)(?:(前年)|去年|上年|上一年|前一年|上年度)(?:相)?比(?:较|起来|一下)?(?:的话)?[，,]?)(?:的)?)?(?:增速|增幅|增长率|涨幅|降幅|涨|增长|增加|多|提高|上升|上涨|变化|减少|下降|降低|回落|下滑|少|降)?了?(?:还是(?:少|多|减少|增加|下降|上升|降|涨)了?)?(?:是|有|为)?(?:(?:多少|几)[件条次个项篇封场期人名起宗份家]?|百分之几|百分之多少|多少个?百分点|几个点)?(?:呢|啊|呀)?[?？。!！]*$/;

/** 跟去年比呢 / 和上一年比: the year before set against in so many words asks the change, as 同比呢 does. */
const SET_AGAINST_YEAR_BEFORE = /^(?:那|那么)?(?:跟|和|与|同)(?:去年|上年|上一年|前一年|上年度)(?:相)?比/;

/**
 * Whether a short follow-up asks the change of the last figure; the year it compares with (19/20 added), or 0 for the year before.
 * 前年 is the year two before `currentYear` (比前年多还是少 after a figure of 去年: the year before it); without `currentYear` it
 * asks nothing.
 */
export function changeFollowUp(input: string, currentYear?: number): { year: number } | undefined {
  const text = input.trim();
  // Cheap test first: a change word must be there, and the whole message must be the follow-up.
  if (text.length > 16 || !/同比|比|较|增速|增幅|增长率|涨幅/.test(text)) return undefined;
  const match = CHANGE_FOLLOW_UP.exec(text);
  if (!match) return undefined;
  // 同比 / 比去年 alone is 同比呢: it asks the change too; 比22年 alone asks nothing.
  // (The 比 of 同比 stays: 同比呢 alone asks the change.)
  // (跟前年比呢: the year set against in so many words asks the change, as 同比呢 does.)
  if (
    !match[3] &&
    !SET_AGAINST_YEAR_BEFORE.test(text) &&
    !/增速|增幅|增长率|涨幅|降幅|涨|增|多|提高|上升|变化|减|降|回落|下滑|少|同比|多少|几/.test(text.replace(/(?<!同)比|较/, ''))
  )
    return undefined;
  if (match[1] || match[3]) return currentYear === undefined ? undefined : { year: currentYear - 2 };
  const year = match[2] ? (match[2].length === 2 ? 2000 + Number(match[2]) : Number(match[2])) : 0;
  return { year };
}

/** One rate a sentence prints: its words (同比增长42.9%), its value, and where it stands. */
export interface StatedRate {
  words: string;
  value: number;
  at: number;
  /** Where the one thing it is of stands, when the sentence gives several things their rates 分别 (in turn). */
  subject?: { start: number; end: number };
}

/**
 * Rates given in turn (复议案件2件和诉讼案件7件,同比分别下降60%和12.5%): the words up to the first rate in group 1 (同比 and
 * the verb; 分别 between them), the first rate in group 2, the rest (和12.5%) in group 3.
 */
const RATES_IN_TURN =
  /((?:同比|较(?:去年|上年|上一年|前一年|上年度)(?:同期)?|比(?:去年|上年|上一年|前一年|上年度)(?:同期)?)分别(?:增长|增加|上升|提高|提升|上涨|下降|减少|回落|降低|下滑)了?)\s*(\d+(?:\.\d+)?)\s*[%％]((?:\s*(?:和|与|及|、|，|,)\s*\d+(?:\.\d+)?\s*[%％])+)/g;

/** A figure with its unit in a clause counting things (复议案件2件). */
const COUNTED_FIGURE = /(?<![\d.])\d+(?:\.\d+)?\s*(?:件|条|次|个|项|篇|场|期|人次|人|家|万|份|起)/g;

/**
 * Every rate of change a sentence prints, in order. Rates given in turn (同比分别下降60%和12.5%) are each of the thing the
 * clause before counts in the same place (复议案件2件 60%, 诉讼案件7件 12.5%), only when the clause counts exactly as many.
 */
export function statedRates(sentence: string): StatedRate[] {
  const rates: StatedRate[] = [];
  for (const match of sentence.matchAll(STATED_RATE)) {
    if (/分别/.test(match[1])) continue;
    rates.push({ words: match[0].replace(/\s+/g, ''), value: Number(match[2]), at: match.index ?? 0 });
  }
  for (const match of sentence.matchAll(RATES_IN_TURN)) {
    const at = match.index ?? 0;
    const values = [Number(match[2]), ...[...match[3].matchAll(/\d+(?:\.\d+)?/g)].map((each) => Number(each[0]))];
    const start = rateSubjectStart(sentence, { words: match[0], value: values[0], at });
    const figures = [...sentence.slice(start, at).matchAll(COUNTED_FIGURE)];
    if (figures.length !== values.length) continue;
    const verb = match[1].replace(/\s+/g, '').replace('分别', '');
    values.forEach((value, index) => {
      const previous = figures[index - 1];
      const partStart = previous ? start + (previous.index ?? 0) + previous[0].length : start;
      const partEnd = start + (figures[index].index ?? 0) + figures[index][0].length;
      rates.push({ words: `${verb}${value}%`, value, at, subject: { start: partStart, end: partEnd } });
    });
  }
  return rates.sort((a, b) => a.at - b.at);
}

/** The thing a rate given in turn is of, as the sentence counts it (行政诉讼案件7件), its joining word dropped. */
function subjectText(sentence: string, subject: { start: number; end: number }): string {
  return sentence
    .slice(subject.start, subject.end)
    .replace(/^[\s,，、;；]*(?:和|与|及|以及)?/, '')
    .trim();
}

/**
 * Where the clause a rate is stated of begins: its own clause, or the clause before it when its own begins with the rate
 * (2024年共办理政府信息公开申请80件,同比增长5.26% is one statement: the applications, then their rate).
 */
export function rateSubjectStart(sentence: string, rate: StatedRate): number {
  if (rate.subject) return rate.subject.start;
  const lastMark = (text: string) => Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((mark) => text.lastIndexOf(mark)));
  const before = sentence.slice(0, rate.at);
  const cut = lastMark(before);
  if (before.slice(cut + 1).replace(/\s+/g, '').length >= 2 || cut < 0) return cut + 1;
  return lastMark(before.slice(0, cut)) + 1;
}

/** The statement of a rate as the sentence prints it, from its subject to the rate (申请量同比增长42.9%). */
export function rateStatement(sentence: string, rate: StatedRate): string {
  if (rate.subject) return `${subjectText(sentence, rate.subject)}，${rate.words}`;
  const end = sentence.indexOf('%', rate.at) >= 0 ? sentence.indexOf('%', rate.at) + 1 : sentence.indexOf('％', rate.at) + 1;
  return sentence.slice(rateSubjectStart(sentence, rate), end).trim();
}

/**
 * The rate stated of the thing asked: the first rate whose statement shares a two-character word with `asked` (申请量 and
 * 申请量同比增长42.9%; 依申请公开 and 政府信息公开申请80件,同比增长5.26%). Undefined when nothing is asked or none fits.
 */
export function rateOfThing(sentence: string, asked: string, name = ''): StatedRate | undefined {
  return changesOfThing(sentence, asked, name).find((change) => change.rate)?.rate;
}

/** A change a sentence states of the thing asked: its statement, its rate (none when stated without a figure), how well it fits. */
export interface StatedChange {
  statement: string;
  rate?: StatedRate;
  /** How many two-character words of the thing asked its subject shares. */
  score: number;
}

/**
 * Every change a sentence states whose subject shares a two-character word with `asked`, best fitting first; the words of
 * the agency's own name (`name`: 水利 of 青禾县水利局) say nothing of the thing and are not counted.
 */
export function changesOfThing(sentence: string, asked: string, name = ''): StatedChange[] {
  const pairs = [...bigrams(asked)].filter((pair) => !name.includes(pair));
  if (pairs.length === 0) return [];
  const changes: StatedChange[] = [];
  const score = (start: number, end: number) => {
    const subject = sentence.slice(start, end).replace(/\s+/g, '');
    return pairs.filter((pair) => subject.includes(pair)).length;
  };
  for (const rate of statedRates(sentence)) {
    const start = rateSubjectStart(sentence, rate);
    const fit = score(start, rate.subject?.end ?? rate.at);
    if (fit > 0) changes.push({ statement: rateStatement(sentence, rate), rate, score: fit });
  }
  for (const match of sentence.matchAll(STATED_DIRECTION)) {
    const at = match.index ?? 0;
    const start = rateSubjectStart(sentence, { words: match[0], value: 0, at });
    const fit = score(start, at);
    if (fit > 0) changes.push({ statement: sentence.slice(start, at + match[0].length).trim(), score: fit });
  }
  return changes.sort((a, b) => b.score - a.score);
}

/**
 * A change asked that names nothing of its own (同比增长多少, or 公开信息同比增长百分之几: only words every report uses of
 * everything): the report's one stated rate whose subject holds each of the asked words (all of them where none is asked,
 * 2024年共办理政府信息公开申请80件,同比增长5.26%), quoted with its subject. Undefined when the thing asked names something
 * of its own, or no rate or more than one fits: which one is meant is never guessed.
 */
export function soleRateOfThing(
  sentences: ReadonlyArray<readonly [section: string, sentence: string]>,
  asked: string,
  name = '',
): { statement: string; rate: StatedRate; section: string; sentence: string } | undefined {
  if (bigrams(asked).size > 0) return undefined;
  const han = asked.replace(/[^\p{Script=Han}]/gu, '');
  const words = Array.from({ length: Math.max(0, han.length - 1) }, (_, at) => han.slice(at, at + 2)).filter(
    (pair) => GENERIC_PAIRS.has(pair) && !name.includes(pair),
  );
  const found: Array<{ statement: string; rate: StatedRate; section: string; sentence: string }> = [];
  for (const [section, sentence] of sentences)
    for (const rate of statedRates(sentence)) {
      const subject = sentence.slice(rateSubjectStart(sentence, rate), rate.subject?.end ?? rate.at).replace(/\s+/g, '');
      if (words.every((word) => subject.includes(word))) found.push({ statement: rateStatement(sentence, rate), rate, section, sentence });
    }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * Words of a question that ask a change, name a year or ask how much: none of them is the thing asked. Nor are the words a
 * citizen says around them (那个…就是…那个, 请问, 我想问一下).
 */
const NOT_THE_THING =
  /请问|我想问一?下?|想知道|问一?下|你好|您好|麻烦|谢谢|那个|这个|就是|嗯|呃|(?:19|20)?\d{2}年度?|去年|上一?年|前一年|同比|增速|增幅|增长率|涨幅|降幅|增长|增加|上涨|上升|提高|减少|下降|百分之(?:几|多少)|百分比|多少个?百分点|几个点|还是|比|较|了|多少|几|是|为|有|呢|吗|啊|的|[?？。!！,，\s]/g;

/** What a change question asks of (申请量 of 2023年申请量同比增长了多少), once its agency's words are gone. */
export function thingOfChange(text: string): string {
  return text.replace(NOT_THE_THING, '');
}

/** The two-character runs of Chinese in a text. */
function bigrams(text: string): Set<string> {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  const pairs = new Set<string>();
  for (let at = 0; at + 2 <= han.length; at += 1) if (!GENERIC_PAIRS.has(han.slice(at, at + 2))) pairs.add(han.slice(at, at + 2));
  return pairs;
}

/** Two-character words every report uses of everything: sharing one says nothing of which thing a rate is of. */
const GENERIC_PAIRS = new Set(['工作', '信息', '政府', '公开', '政务', '情况', '数量', '全年', '本年', '年度', '多还', '还少', '发多']);

/**
 * The rate stated right after a figure in its sentence (订阅数9250个,较去年同期增长11%): within the figure's clause or the
 * one after it, with no other figure between. Undefined when the sentence states none there.
 */
export function rateAfterFigure(printed: string, value: number, unit: string): StatedRate | undefined {
  // A 繁体 sentence (較上年下降16.6%) is read in simplified characters, when that keeps every place in it.
  const simplified = toSimplified(printed);
  const sentence = simplified.length === printed.length ? simplified : printed;
  const at = figureAt(sentence, value, unit);
  if (at < 0) return undefined;
  const figureText = String(value);
  // 复议案件2件和诉讼案件7件,同比分别下降60%和12.5%: the rate given in turn to the figure's own place.
  const inTurn = statedRates(sentence).find((each) => each.subject && each.subject.start <= at && at < each.subject.end);
  if (inTurn) return inTurn;
  const after = sentence.slice(at + figureText.length);
  const rate = statedRates(after).filter((each) => !each.subject)[0];
  if (!rate) return undefined;
  const between = after.slice(0, rate.at);
  // Another figure, or more than one clause, between them: the rate is of something else.
  if (/\d/.test(between) || (between.match(/[，,；;。]/g) ?? []).length > 1) return undefined;
  return { ...rate, at: at + figureText.length + rate.at };
}

/**
 * The earlier year's figure printed in the same sentence as the figure (从 2022 年度的 840 万元提高到 2023 年度的 2007 万元):
 * its value, when the sentence names `year` right before a number in the same unit; else undefined.
 */
export function earlierFigure(sentence: string, year: number, unit: string): number | undefined {
  const compact = sentence.replace(/\s+/g, '');
  const unitPattern = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${year}年度?(?:的|为|是)?(\\d+(?:\\.\\d+)?)${unitPattern}`).exec(compact);
  return match ? Number(match[1]) : undefined;
}

/** Where a figure stands in its sentence (the number, not part of a longer one), or -1. */
function figureAt(sentence: string, value: number, unit: string): number {
  const pattern = new RegExp(
    `(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d.])\\s*(?=${unit ? unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : ''})`,
  );
  return pattern.exec(sentence)?.index ?? -1;
}
