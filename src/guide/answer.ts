import { toSimplified } from '../text/script.js';
/**
 * Answers for the disclosure-guide handler: the reply-deadline and fee calculators first, since
 * they need a concrete date or number from the question, then the guide's topics.
 */
import { GongkaiError } from '../core/errors.js';
import { parseChineseNumber, normalizeText } from '../report/normalize.js';
import { FESTIVAL_DATES, type Festival, TWELFTH_MONTH_START } from './festival-dates.js';
import { feeByPages, feeByRequests, type FeeResult } from './fees.js';
import type { Guide } from './topics.js';
import {
  addCalendarDays,
  addWorkingDays,
  formatChineseDate,
  isYearCovered,
  replyDeadline,
  shanghaiDate,
  type IsoDate,
} from '../core/clock.js';

/** What the guide handler replies. `answer` already ends with `（依据：…）`. */
export interface GuideAnswer {
  kind: 'guide';
  answer: string;
  source: string;
  topicId: string;
}

/** `topicId` of a reply-deadline calculation; calculator ids sit beside the data file's topic ids. */
export const DEADLINE_CALCULATOR_ID = 'reply-deadline-calculator';
/** `topicId` of a per-request fee calculation (also used when pages and requests are both given). */
export const FEE_BY_REQUESTS_ID = 'fee-by-requests-calculator';
/** `topicId` of a per-page fee calculation. */
export const FEE_BY_PAGES_ID = 'fee-by-pages-calculator';

const DEADLINE_SOURCE = '《政府信息公开条例》第三十一条、第三十三条';
const FEE_SOURCE = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）；《政府信息公开条例》第四十二条';
/** A fee breakdown longer than this is shortened so the reply stays one WeChat message. */
const MAX_BREAKDOWN_LINES = 6;
/**
 * How far ahead a month-and-day without a year may lie before it is read as last year's: up to the
 * end of next month. 12月28号 asked on 24 November is the coming one (an application about to be
 * sent); 1月5号 asked then is last January's.
 */
function latestReadAhead(today: IsoDate): IsoDate {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  // Day 0 of the month after next is the last day of next month.
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千万]';
const NUMBER = `(?:\\d+|${CHINESE_NUMERAL}+)`;
const SMALL_NUMBER = '(?:\\d{1,2}|[一二三四五六七八九十]{1,3})';
const FULL_DATE = new RegExp(`(\\d{4}|[〇零一二三四五六七八九]{4})年(${SMALL_NUMBER})月(${SMALL_NUMBER})[日号]`);
const ISO_LIKE_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const MONTH_DAY = new RegExp(`(${SMALL_NUMBER})月(${SMALL_NUMBER})[日号]`);
const RELATIVE_DAYS: Array<[RegExp, number]> = [
  [/大前天/, -3],
  [/前天/, -2],
  [/昨天|昨日/, -1],
  [/今天|今日|当天|刚刚|刚才/, 0],
  [/大后天/, 3],
  [/后天/, 2],
  [/明天|明日/, 1],
];
/** When the agency must tell the applicant to correct an unclear application (通知我补正, 让我补正最晚哪天). */
const CORRECTION_NOTICE_ASKED = /(?:通知|告知|告诉|让|要|叫)我?补正|补正(?:通知|告知)|不清楚|不明确/;
const CORRECTION_NOTICE_WORKING_DAYS = 7;
/** A question that is only a dated application (…号交的申请, …提交的申请呢). */
const SHORT_DATED_APPLICATION = /^.{0,24}(?:交|提交|递交|寄|寄出|申请|收到|受理)的(?:申请|信息公开申请)?[呢吗?？。]*$/;
const DEADLINE_INTENT = /答复|回复|到期|期限|截止|最晚|最迟|什么时候|哪天|哪一天|几号|多久|结果/;
/** Handing in an application, also said without 提 (6月15号交的, 交上去). */
const APPLICATION_ACT = /申请|提交|递交|寄|收到|受理|签收|补正|交(?=的|了|上去|过去)/;
const FEE_INTENT = /钱|收费|费用|缴费|交费|付费|花多少|收多少|要交|得交|元(?!旦)/;
const REQUEST_COUNT = new RegExp(`(${NUMBER})(?:件|个申请|次申请)`);
const PAGE_COUNT = new RegExp(`(${NUMBER})(?:页|张)`);

/** A date the question names: found and valid, or found but not a real day. */
export type DateInQuestion = { kind: 'date'; date: IsoDate } | { kind: 'invalid'; text: string };

function toNumber(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : parseChineseNumber(text);
}

function validDate(year: number, month: number, day: number): IsoDate | null {
  const candidate = new Date(Date.UTC(year, month - 1, day));
  if (candidate.getUTCFullYear() !== year || candidate.getUTCMonth() !== month - 1 || candidate.getUTCDate() !== day) return null;
  return candidate.toISOString().slice(0, 10);
}

/**
 * Find the date a question names, relative to `today` (a Shanghai date). A month and day without
 * a year mean the latest such day up to the end of next month: people mostly ask about applications
 * already sent ("3月1日提交的" asked in November is this March), but "1月4日" asked on 28 December
 * is the coming January.
 */
export function findDateInQuestion(question: string, today: IsoDate): DateInQuestion | null {
  const text = normalizeText(question).replace(/\s+/g, '');
  // 11.30寄出 对方12.1签收: the day it was signed for is the day received, not the day it was sent.
  const sent = SENT_THEN_RECEIVED.exec(text);
  if (sent) {
    const after = text.slice(sent.index + sent[0].length);
    const received = findDateInQuestion(after, today);
    // 上周五寄的 对方周一签收: a weekday said alone after the day sent is the first such day after it (the Monday after that
    // Friday), not this week's.
    const weekday = BARE_WEEKDAY.exec(after);
    const sentOn = weekday && received?.kind === 'date' ? findDateInQuestion(text.slice(0, sent.index), today) : null;
    if (weekday && sentOn?.kind === 'date') {
      const sentNumber = ((new Date(`${sentOn.date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      return { kind: 'date', date: addCalendarDays(sentOn.date, ((WEEKDAY_NUMBER[weekday[1]] - sentNumber + 6) % 7) + 1) };
    }
    if (received?.kind === 'date') return received;
  }
  const withYear = FULL_DATE.exec(text) ?? ISO_LIKE_DATE.exec(text);
  if (withYear) {
    const [year, month, day] = [toNumber(withYear[1]), toNumber(withYear[2]), toNumber(withYear[3])];
    const date = validDate(year, month, day);
    return date ? { kind: 'date', date } : { kind: 'invalid', text: withYear[0] };
  }
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) {
    const found = monthAndDay(toNumber(monthDay[1]), toNumber(monthDay[2]), today, ALREADY_SENT.test(text) && !NOT_YET_SENT.test(text));
    return found.kind === 'invalid' ? { kind: 'invalid', text: monthDay[0] } : found;
  }
  const spoken = spokenDate(text, today);
  if (spoken) return spoken;
  for (const [pattern, offset] of RELATIVE_DAYS) {
    if (pattern.test(text)) return { kind: 'date', date: addCalendarDays(today, offset) };
  }
  return null;
}

/** A sending verb followed later by a day of signing or receipt (寄出…签收, 发出…收到). */
const SENT_THEN_RECEIVED = /(?:寄出|寄的|寄过去|寄了|邮寄|发出)(?=.*(?:\d|周|星期|礼拜).*(?:签收|收到))/;

/** 周一…周日 (also 星期, 礼拜; 天 and 日 are Sunday) as 1…7. */
const WEEKDAY_NUMBER: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 7,
  天: 7,
  1: 1,
  2: 2,
  3: 3,
  4: 4,
  5: 5,
  6: 6,
  7: 7,
};
/** 下周一 / 这个星期五 / 上礼拜三. */
const WEEKDAY = /(下下|下|这|本|上)(?:个)?(?:周|星期|礼拜)([一二三四五六日天1-7])/;
/** 这个月3号 / 下个月10号 / 上月28日, or a day alone (3号交的). */
const DAY_OF_MONTH = new RegExp(`(?:(这个?月|本月|下个?月|上个?月)|(?<![月\\d一二三四五六七八九十]))(${SMALL_NUMBER})[日号](?!前|后|内)`);
/** Holidays on a fixed day, with the year word that may stand before them. */
const FIXED_HOLIDAY: Array<[RegExp, number, number]> = [
  [/元旦/, 1, 1],
  [/劳动节|五一(?!\d)/, 5, 1],
  [/国庆(?:节)?|十一(?:长假|假期|那天|当天)/, 10, 1],
];
/** Festivals of the lunar calendar and 清明 (端午节交的申请), by the words people say; 除夕 is the day before 春节. */
const FESTIVALS: Array<[RegExp, Festival, number]> = [
  [/除夕|大年三十|年三十/, 'spring', -1],
  [/春节|大年初一|过年那天|正月初一/, 'spring', 0],
  [/元宵/, 'lantern', 0],
  [/端午/, 'dragonBoat', 0],
  [/七夕/, 'qixi', 0],
  [/中秋/, 'midAutumn', 0],
  [/重阳/, 'doubleNinth', 0],
  [/清明/, 'qingming', 0],
];

/** The solar date of a festival named in the text in a given year (from the generated table), else null. */
function festivalDate(text: string, year: number): IsoDate | null {
  for (const [pattern, festival, shift] of FESTIVALS) {
    if (!pattern.test(text)) continue;
    const date = FESTIVAL_DATES[year]?.[festival];
    return date ? addCalendarDays(date as IsoDate, shift) : null;
  }
  return null;
}

/** A festival named without a year: this year's, or last year's when this year's lies beyond the read-ahead window. */
function festivalInQuestion(text: string, today: IsoDate, yearWord: number | undefined): DateInQuestion | null {
  const thisYear = Number(today.slice(0, 4));
  const date = festivalDate(text, yearWord ?? thisYear);
  if (!date) return null;
  if (yearWord !== undefined || date <= latestReadAhead(today)) return { kind: 'date', date };
  return { kind: 'date', date: festivalDate(text, thisYear - 1) ?? date };
}

/** A day of a lunar month as said (初八, 十五, 二十三, 廿三, 三十). */
const LUNAR_DAY = '(初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)';
/** 腊八 / 腊月二十三 / 农历十二月初八 (the twelfth month), 正月初十 / 农历正月十六 (the first). */
const LUNAR_MONTH_DAY = new RegExp(`(腊月|农历十二月|正月|农历一月)${LUNAR_DAY}|(腊八)`);
const LUNAR_DAY_NUMBER = (said: string): number => {
  const units = '一二三四五六七八九';
  if (said.startsWith('初')) return said[1] === '十' ? 10 : units.indexOf(said[1]) + 1;
  const tens = said.startsWith('三十') ? 30 : said.startsWith('二十') || said.startsWith('廿') ? 20 : 10;
  const last = said[said.length - 1];
  return tens + (units.includes(last) && said.length > 1 && !(said === '二十' || said === '三十') ? units.indexOf(last) + 1 : 0);
};

/**
 * A day of the first or twelfth lunar month (腊八, 腊月二十三, 正月初十): counted from that year's 春节 or 腊月初一. Without a
 * year word, the latest such day up to the end of next month (up to today when the application was already sent).
 */
function lunarMonthDay(text: string, today: IsoDate, yearWord: number | undefined, alreadySent: boolean): DateInQuestion | null {
  const said = LUNAR_MONTH_DAY.exec(text);
  if (!said) return null;
  const twelfth = said[3] !== undefined || /腊|十二/.test(said[1] ?? '');
  const day = said[3] !== undefined ? 8 : LUNAR_DAY_NUMBER(said[2]);
  const dateIn = (year: number): IsoDate | null => {
    const start = twelfth ? TWELFTH_MONTH_START[year] : FESTIVAL_DATES[year]?.spring;
    if (!start) return null;
    const date = addCalendarDays(start as IsoDate, day - 1);
    // 腊月三十 in a year whose 腊月 has 29 days is no day; 正月 has 29 or 30 days, its 三十 may be 二月初一.
    if (twelfth && FESTIVAL_DATES[year] && date >= FESTIVAL_DATES[year].spring) return null;
    return date;
  };
  const thisYear = Number(today.slice(0, 4));
  if (yearWord !== undefined) {
    const date = dateIn(yearWord);
    return date ? { kind: 'date', date } : null;
  }
  const latestAllowed = alreadySent ? today : latestReadAhead(today);
  const candidates = [thisYear - 1, thisYear, thisYear + 1].map(dateIn).filter((date): date is IsoDate => date !== null);
  if (candidates.length === 0) return null;
  return { kind: 'date', date: candidates.filter((date) => date <= latestAllowed).pop() ?? candidates[0] };
}

/** 周五交 / 星期三递交: a weekday without 这/下/上 is the one of this week. */
const BARE_WEEKDAY = /(?<![下这本上个])(?:周|星期|礼拜)([一二三四五六日天1-7])/;

/**
 * 12.15 / 12-15 交的: a month and day written with a dot or dash, only in a question about a dated application; the way it
 * was handed in may come between (11-30网上提交的, 12.3当面交的).
 */
const NUMERIC_MONTH_DAY =
  /(?<![\d.])(1[0-2]|0?[1-9])[./-]([12]\d|3[01]|0?[1-9])(?![\d.])(?=[日号]?(?:网上|在线|线上|当面|现场|邮寄|快递|传真)?(?:交|提交|递交|寄|申请|收到|签收|才签收|才收到|(?:对方|他们|机关|单位)(?:才)?(?:签收|收到)|受理|那天|当天|的))/;

/**
 * Dates as people say them: a weekday (下周一), a day of this or another month (这个月3号, 3号),
 * a fixed-day holiday (明年元旦, 国庆节当天), 12.15. A month and day is read as in findDateInQuestion.
 */
function spokenDate(text: string, today: IsoDate): DateInQuestion | null {
  const weekday = WEEKDAY.exec(text);
  if (weekday) {
    const todayNumber = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const weeks = { 下下: 2, 下: 1, 这: 0, 本: 0, 上: -1 }[weekday[1]] ?? 0;
    return { kind: 'date', date: addCalendarDays(today, weeks * 7 + WEEKDAY_NUMBER[weekday[2]] - todayNumber) };
  }
  const bareWeekday = BARE_WEEKDAY.exec(text);
  if (bareWeekday) {
    const todayNumber = ((new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    return { kind: 'date', date: addCalendarDays(today, WEEKDAY_NUMBER[bareWeekday[1]] - todayNumber) };
  }
  const thisYear = Number(today.slice(0, 4));
  const yearWord = /明年/.test(text) ? thisYear + 1 : /去年/.test(text) ? thisYear - 1 : /今年/.test(text) ? thisYear : undefined;
  for (const [pattern, month, day] of FIXED_HOLIDAY) {
    if (!pattern.test(text)) continue;
    return yearWord === undefined ? monthAndDay(month, day, today) : { kind: 'date', date: validDate(yearWord, month, day) as IsoDate };
  }
  const alreadySent = ALREADY_SENT.test(text) && !NOT_YET_SENT.test(text);
  const lunar = /[正腊]|农历/.test(text) ? lunarMonthDay(text, today, yearWord, alreadySent) : null;
  if (lunar) return lunar;
  const festival = festivalInQuestion(text, today, yearWord);
  if (festival) return festival;
  const numeric = NUMERIC_MONTH_DAY.exec(text);
  if (numeric) return monthAndDay(Number(numeric[1]), Number(numeric[2]), today, alreadySent);
  const dayOfMonth = DAY_OF_MONTH.exec(text);
  if (dayOfMonth) {
    const [month, day] = [Number(today.slice(5, 7)), toNumber(dayOfMonth[2])];
    const shift = /下/.test(dayOfMonth[1] ?? '') ? 1 : /上/.test(dayOfMonth[1] ?? '') ? -1 : 0;
    const first = new Date(Date.UTC(thisYear, month - 1 + shift, 1));
    const date = validDate(first.getUTCFullYear(), first.getUTCMonth() + 1, day);
    return date ? { kind: 'date', date } : { kind: 'invalid', text: dayOfMonth[0] };
  }
  return null;
}

/** A month and day without a year: the latest such day up to the end of next month. */
/**
 * 我12月22号交的申请 / 我们已经寄了: the asker says the application was already handed in, so its day is not
 * after today (a month and day without a year is then last year's, never the coming one).
 */
const ALREADY_SENT =
  /(?:我|俺|本人|我们|我家|我爸|我妈)[^，,。？?!！]{0,14}?(?:交|提交|递交|寄|寄出|邮寄|送|送去|申请)(?:的|了|过)|已经(?:交|提交|递交|寄|邮寄|送|申请)/;
/** 要是我12月28号交的话 / 我打算12月28号交: a day not yet come, said in the words of a plan or a supposition. */
const NOT_YET_SENT = /要是|如果|假如|假设|的话|准备|打算|计划|想要?|将要|会在|要交|要寄|要提交/;

function monthAndDay(month: number, day: number, today: IsoDate, alreadySent = false): DateInQuestion {
  const thisYear = Number(today.slice(0, 4));
  const candidates = [thisYear - 1, thisYear, thisYear + 1]
    .map((year) => validDate(year, month, day))
    .filter((date): date is IsoDate => date !== null);
  if (candidates.length === 0) return { kind: 'invalid', text: `${month}月${day}日` };
  const latestAllowed = alreadySent ? today : latestReadAhead(today);
  // ISO dates compare correctly as strings; 2月29日 may exist only in a later year.
  return { kind: 'date', date: candidates.filter((date) => date <= latestAllowed).pop() ?? candidates[0] };
}

function withSource(answer: string, source: string, topicId: string): GuideAnswer {
  return { kind: 'guide', answer: `${answer}（依据：${source}）`, source, topicId };
}

function uncoveredYears(from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (!isYearCovered(year)) years.push(year);
  }
  return years;
}

function deadlineAnswer(question: string, today: IsoDate): GuideAnswer | null {
  const text = normalizeText(question);
  if (!APPLICATION_ACT.test(text)) return null;
  // A dated application alone ("2025年12月22号交的申请") asks for its deadline too.
  if (!DEADLINE_INTENT.test(text) && !(SHORT_DATED_APPLICATION.test(text.replace(/\s+/g, '')) && findDateInQuestion(text, today) !== null))
    return null;
  const found = findDateInQuestion(text, today);
  if (found === null) return null;
  if (found.kind === 'invalid') {
    return withSource(
      `日历上没有“${found.text}”这一天，请核对日期后再问我，例如“3月1日提交的申请最晚什么时候答复”。`,
      DEADLINE_SOURCE,
      DEADLINE_CALCULATOR_ID,
    );
  }
  const result = replyDeadline(found.date, { extended: true });
  const extendedDeadline = result.extendedDeadline ?? result.deadline;
  const passed = (date: IsoDate): string => (date < today ? '（已届满）' : '');
  const lines = [
    `按${formatChineseDate(result.receivedOn)}收到申请计算（收到当日不计入；已扣除周末和法定节假日，调休上班日计入）：`,
    `· 一般情况：最晚应于${formatChineseDate(result.deadline)}答复${passed(result.deadline)}（20个工作日）；`,
    `· 如经工作机构负责人同意延长（只能延长一次，并告知申请人）：最晚${formatChineseDate(extendedDeadline)}${passed(extendedDeadline)}（共40个工作日）。`,
    '“收到”之日：当面提交为提交当日，邮寄为签收之日，网上或传真为双方确认之日。需要补正的，从收到补正之日起算；征求第三方意见的时间不计入。能当场答复的应当当场答复。',
  ];
  // 写得不清楚，最晚哪天通知我补正: the notice to correct is due 7 working days after receipt (Art. 30), put first.
  if (CORRECTION_NOTICE_ASKED.test(text))
    lines.unshift(
      `申请内容不明确需要补正的，行政机关应当自收到申请之日起7个工作日内一次性告知：按${formatChineseDate(result.receivedOn)}收到计算，最晚${formatChineseDate(addWorkingDays(result.receivedOn, CORRECTION_NOTICE_WORKING_DAYS))}告知补正（《政府信息公开条例》第三十条）。答复期限从收到补正之日起重新计算；不需要补正时：`,
    );
  if (result.approximate) {
    const years = uncoveredYears(result.receivedOn, extendedDeadline).map((year) => `${year}年`);
    lines.push(
      `注意：${years.join('、')}的放假安排尚未公布（或尚未收录）：以上扣除了周末和元旦、劳动节（5月1日—2日）、国庆节（10月1日—3日）等固定日期的法定节假日；春节、清明、端午、中秋等农历节日的放假日期和该年的调休上班日还不知道，实际请以国务院公布的放假安排为准。`,
    );
  }
  return withSource(lines.join('\n'), DEADLINE_SOURCE, DEADLINE_CALCULATOR_ID);
}

function describeBands(result: FeeResult, unit: '件' | '页'): string[] {
  const describe = (band: FeeResult['breakdown'][number]): string => {
    const range = band.from === band.to ? `第${band.from}${unit}` : `第${band.from}—${band.to}${unit}`;
    return band.unitPrice === 0 ? `· ${range}：免费` : `· ${range}：${band.count}${unit}×${band.unitPrice}元＝${band.subtotal}元`;
  };
  const bands = result.breakdown;
  if (bands.length <= MAX_BREAKDOWN_LINES) return bands.map(describe);
  return [...bands.slice(0, MAX_BREAKDOWN_LINES - 1).map(describe), '· ……', describe(bands[bands.length - 1])];
}

function feeSection(result: FeeResult, unit: '件' | '页'): string {
  const heading = unit === '件' ? `按件计收（同一申请人一个自然月内累计）${result.quantity}件：` : `按量计收，${result.quantity}页：`;
  const total = result.total === 0 ? '不收费。' : `合计${result.total}元。`;
  return [heading, ...describeBands(result, unit), total].join('\n');
}

function feeAnswer(question: string): GuideAnswer | null {
  const text = normalizeText(question).replace(/\s+/g, '');
  if (!FEE_INTENT.test(text)) return null;
  const requestMatch = REQUEST_COUNT.exec(text);
  const pageMatch = PAGE_COUNT.exec(text);
  if (!requestMatch && !pageMatch) return null;
  try {
    const sections: string[] = [];
    if (requestMatch) sections.push(feeSection(feeByRequests(toNumber(requestMatch[1])), '件'));
    if (pageMatch) sections.push(feeSection(feeByPages(toNumber(pageMatch[1])), '页'));
    const note =
      '说明：依申请公开原则上免费，只有申请数量、频次明显超过合理范围时才收取信息处理费；按件和按量由行政机关选一种，不同时收取。';
    return withSource([...sections, note].join('\n'), FEE_SOURCE, pageMatch && !requestMatch ? FEE_BY_PAGES_ID : FEE_BY_REQUESTS_ID);
  } catch (error) {
    if (error instanceof GongkaiError && error.code === 'BAD_INPUT') {
      return withSource(
        error.userMessage ?? '数量无法计算。',
        FEE_SOURCE,
        pageMatch && !requestMatch ? FEE_BY_PAGES_ID : FEE_BY_REQUESTS_ID,
      );
    }
    throw error;
  }
}

/**
 * Answer a citizen's disclosure-guide question, or null when it is not one (the router then tries
 * other handlers). Dates such as 今天 and 3月1日 are read on the Shanghai calendar at `now`.
 */
export function answerGuide(question: string, now: Date, guide: Guide): GuideAnswer | null {
  const today = shanghaiDate(now);
  const calculated = deadlineAnswer(question, today) ?? feeAnswer(question);
  if (calculated) return calculated;
  const match = guide.match(question);
  if (!match) return null;
  // 能告他们吗 / 可以申请复议吗 / 能不能投诉: the remedies asked yes or no get the yes first (the regulation grants all three).
  const yes = match.topic.id === 'remedies' && REMEDY_YES_NO.test(toSimplified(question)) ? '可以。' : '';
  return withSource(`${yes}${match.topic.answer}`, match.topic.source, match.topic.id);
}

/** A remedy asked yes or no: 能/可以/可不可以 … 告/起诉/复议/投诉/举报 … 吗/不/没 (能告他们吗, 可以去复议不). */
const REMEDY_YES_NO =
  /(?:能|可以|可不可以|能不能|能否|是否可以)[^，,。？?]{0,6}(?:告|起诉|诉讼|复议|投诉|举报)[^，,。？?]{0,6}(?:吗|么|不|没|[?？]|$)|(?:告|起诉|复议|投诉|举报)[^，,。？?]{0,6}(?:行不行|可以吗|能行吗|可不可以)/;
