/**
 * The one clock of the service: instants read on the Asia/Shanghai clock (date, year, month,
 * hour), and working-day arithmetic for disclosure deadlines (工作日: no weekends, no public
 * holidays, the official make-up working days 调休 included). Every date the service reasons
 * about is a Chinese calendar date, so the zone is fixed, not configured.
 *
 *
 * Holiday data comes from the `chinese-days` package. We read its published data file
 * (dist/chinese-days.json, advertised in its README for non-JS users) rather than calling
 * `isWorkday()`, because that function keys its tables by the process's local time zone: with a
 * negative UTC offset (a laptop in America/New_York) it reports 2025-09-28 as a plain Sunday.
 * Doing the calendar maths ourselves in UTC keeps the answer the same on every server.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { dataPath } from '../config/paths.js';
import { GongkaiError } from '../core/errors.js';
import { versionedCache } from './cache.js';

/** A calendar date in Asia/Shanghai, written 'YYYY-MM-DD'. */
export type IsoDate = string;

const MILLISECONDS_PER_DAY = 86_400_000;
/** China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MILLISECONDS = 8 * 60 * 60 * 1000;
const CHINESE_WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
/** Art. 33: the ordinary reply period, in working days. */
export const REPLY_WORKING_DAYS = 20;
/** Art. 33: the one extension allowed, at most this many further working days. */
export const EXTENSION_WORKING_DAYS = 20;

const holidayDataSchema = z.object({
  holidays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
  workdays: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()),
});

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/**
 * data/holidays.json: a year's official schedule as the State Council publishes it, added by an
 * operator before the chinese-days package knows it. Each year lists its days off and its
 * make-up working days; a date must lie in its own year.
 */
export const operatorHolidaysSchema = z
  .object({
    years: z.record(
      z.string().regex(/^\d{4}$/, 'a year written YYYY'),
      z.object({
        /** Days off: the statutory holidays and the weekdays moved into them. */
        holidays: z.array(isoDateSchema),
        /** Weekend days that are working days (调休上班). */
        workdays: z.array(isoDateSchema).default([]),
      }),
    ),
  })
  .superRefine((value, context) => {
    for (const [year, schedule] of Object.entries(value.years)) {
      for (const date of [...schedule.holidays, ...schedule.workdays]) {
        if (!date.startsWith(`${year}-`)) context.addIssue({ code: 'custom', message: `${date} is not in ${year}`, path: ['years', year] });
      }
    }
  });

/**
 * Statutory holidays on fixed Gregorian dates (《全国年节及纪念日放假办法》, as revised in 2024):
 * 元旦 1月1日, 劳动节 5月1日–2日, 国庆节 10月1日–3日. They are known for any year, even before
 * that year's schedule (lunar holidays, moved days, make-up days) is published.
 */
export const FIXED_DATE_HOLIDAYS: ReadonlyArray<{ monthDay: string; name: string }> = [
  { monthDay: '01-01', name: '元旦' },
  { monthDay: '05-01', name: '劳动节' },
  { monthDay: '05-02', name: '劳动节' },
  { monthDay: '10-01', name: '国庆节' },
  { monthDay: '10-02', name: '国庆节' },
  { monthDay: '10-03', name: '国庆节' },
];
const FIXED_MONTH_DAYS = new Set(FIXED_DATE_HOLIDAYS.map((holiday) => holiday.monthDay));

interface HolidayCalendar {
  /** Weekdays that are days off (法定节假日 and the weekdays moved into them). */
  daysOff: ReadonlySet<IsoDate>;
  /** Weekend days that are official make-up working days (调休上班). */
  makeUpWorkingDays: ReadonlySet<IsoDate>;
  /** Years for which the State Council's arrangement is in the data. */
  coveredYears: ReadonlySet<number>;
}

function loadHolidayCalendar(): HolidayCalendar {
  const require = createRequire(import.meta.url);
  let raw: unknown;
  try {
    raw = require('chinese-days/dist/chinese-days.json');
  } catch (error) {
    throw new GongkaiError('CONFIG', 'cannot read chinese-days/dist/chinese-days.json', undefined, { cause: error });
  }
  // Parsed once per process: zod's generated fast path would cost more to build than it saves.
  const parsed = holidayDataSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    throw new GongkaiError('CONFIG', `chinese-days data has an unexpected shape: ${z.prettifyError(parsed.error)}`);
  }
  const daysOff = new Set(Object.keys(parsed.data.holidays));
  const makeUpWorkingDays = new Set(Object.keys(parsed.data.workdays));
  // Every year's arrangement includes New Year's Day, so the years with holiday entries are the covered years.
  const coveredYears = new Set([...daysOff].map((date) => Number(date.slice(0, 4))));
  return { daysOff, makeUpWorkingDays, coveredYears };
}

/**
 * Read an operator's schedules (data/holidays.json by default; none when the file is absent).
 * A year given there replaces the package's arrangement for that year. Bad content stops the
 * service's start-up (checkHolidayCalendar) with every problem listed.
 */
export function readOperatorHolidays(file = dataPath('holidays.json')): z.infer<typeof operatorHolidaysSchema> {
  if (!existsSync(file)) return { years: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GongkaiError('CONFIG', `${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = operatorHolidaysSchema.safeParse(raw, { jitless: true });
  if (!parsed.success) throw new GongkaiError('CONFIG', `${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function withOperatorHolidays(base: HolidayCalendar, extra: z.infer<typeof operatorHolidaysSchema>): HolidayCalendar {
  const daysOff = new Set(base.daysOff);
  const makeUpWorkingDays = new Set(base.makeUpWorkingDays);
  const coveredYears = new Set(base.coveredYears);
  for (const [year, schedule] of Object.entries(extra.years)) {
    for (const date of [...daysOff]) if (date.startsWith(`${year}-`)) daysOff.delete(date);
    for (const date of [...makeUpWorkingDays]) if (date.startsWith(`${year}-`)) makeUpWorkingDays.delete(date);
    for (const date of schedule.holidays) daysOff.add(date);
    for (const date of schedule.workdays) makeUpWorkingDays.add(date);
    coveredYears.add(Number(year));
  }
  return { daysOff, makeUpWorkingDays, coveredYears };
}

// Read on first use, not at import: `gongkai ask` imports the clock but rarely counts working days.
let packageCalendar: HolidayCalendar | undefined;
let calendar: HolidayCalendar | undefined;

function holidayCalendar(): HolidayCalendar {
  packageCalendar ??= loadHolidayCalendar();
  calendar ??= withOperatorHolidays(packageCalendar, readOperatorHolidays());
  return calendar;
}

/** Read and validate the holiday data now (the service calls it at start-up, so bad data stops it there). */
export function checkHolidayCalendar(): void {
  holidayCalendar();
}

/** Use another operator schedule file (tests, or a deployment keeping it elsewhere); validated as at start-up. */
export function useOperatorHolidays(file: string): void {
  packageCalendar ??= loadHolidayCalendar();
  calendar = withOperatorHolidays(packageCalendar, readOperatorHolidays(file));
}

/** The first and last year whose holidays and make-up days `chinese-days` knows. */
export function calendarCoverage(): { firstYear: number; lastYear: number } {
  const years = [...holidayCalendar().coveredYears];
  return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

/** Whether the official holiday arrangement for `year` is known; if not, only weekends are skipped. */
export function isYearCovered(year: number): boolean {
  return holidayCalendar().coveredYears.has(year);
}

/** Days since 1970-01-01 for a valid ISO date; throws BAD_INPUT for anything else. */
function toDayNumber(date: IsoDate): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const milliseconds = Date.UTC(year, month - 1, day);
    const check = new Date(milliseconds);
    // Date.UTC rolls 2025-02-30 over to March; a round trip catches dates that do not exist.
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return milliseconds / MILLISECONDS_PER_DAY;
    }
  }
  throw new GongkaiError('BAD_INPUT', `not a calendar date: ${JSON.stringify(date)}`, '日期格式不对，请写成“2026年3月1日”这样的日期。');
}

function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Turn an input into a Shanghai calendar date. A `Date` is an instant, so it is read on the
 * Shanghai clock; a string must already be 'YYYY-MM-DD'.
 */
export function toIsoDate(date: Date | IsoDate): IsoDate {
  if (date instanceof Date) return shanghaiDate(date);
  return fromDayNumber(toDayNumber(date));
}

/** The zone every date of the service is read in (the reminders' cron runs in it too). */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

/** The instant as a UTC date whose fields read as the Shanghai wall clock. */
function onShanghaiClock(now: Date): Date {
  if (Number.isNaN(now.getTime())) throw new GongkaiError('BAD_INPUT', 'invalid Date');
  return new Date(now.getTime() + SHANGHAI_OFFSET_MILLISECONDS);
}

/** The calendar date in Asia/Shanghai at instant `now`, as 'YYYY-MM-DD'. */
export function shanghaiDate(now: Date): IsoDate {
  return onShanghaiClock(now).toISOString().slice(0, 10);
}

/** The date and time to the minute in Asia/Shanghai at instant `now`, as 'YYYY-MM-DD HH:MM' (how staff read a stored time). */
export function shanghaiDateTime(now: Date): string {
  return onShanghaiClock(now).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The last instant shanghaiYear was asked of and its year: one answer asks the year of the same instant dozens of times
 * (every reader of 去年 and 今年), each a new Date before.
 */
let yearRead = { time: Number.NaN, year: 0 };

/** The year in Asia/Shanghai at instant `now` (去年 and 今年 in questions count from it). */
export function shanghaiYear(now: Date): number {
  const time = now.getTime();
  // (An invalid Date's NaN equals nothing: it throws below, as before.)
  if (time === yearRead.time) return yearRead.year;
  const year = onShanghaiClock(now).getUTCFullYear();
  yearRead = { time, year };
  return year;
}

/** The month (1–12) in Asia/Shanghai at instant `now`. */
export function shanghaiMonth(now: Date): number {
  return onShanghaiClock(now).getUTCMonth() + 1;
}

/** The hour of the day (0–23) in Asia/Shanghai at instant `now`. */
export function shanghaiHour(now: Date): number {
  return onShanghaiClock(now).getUTCHours();
}

/** Add (or subtract) calendar days to a date. */
export function addCalendarDays(date: Date | IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(toIsoDate(date)) + days);
}

/** Day of the week, 0 = Sunday, computed in UTC so the server's time zone does not matter. */
export function dayOfWeek(date: Date | IsoDate): number {
  return new Date(toDayNumber(toIsoDate(date)) * MILLISECONDS_PER_DAY).getUTCDay();
}

/** A date written the way a Chinese reply expects: 2026年10月30日（星期五）. */
export function formatChineseDate(date: Date | IsoDate): string {
  const iso = toIsoDate(date);
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日（${CHINESE_WEEKDAYS[dayOfWeek(iso)]}）`;
}

function workingDayStatus(iso: IsoDate): { working: boolean; approximate: boolean } {
  const year = Number(iso.slice(0, 4));
  const weekday = dayOfWeek(iso);
  const weekend = weekday === 0 || weekday === 6;
  // A year whose schedule is not published: weekends and the fixed-date holidays are known; lunar holidays and make-up days are not.
  const schedule = holidayCalendar();
  if (!schedule.coveredYears.has(year)) return { working: !weekend && !FIXED_MONTH_DAYS.has(iso.slice(5)), approximate: true };
  if (schedule.makeUpWorkingDays.has(iso)) return { working: true, approximate: false };
  if (schedule.daysOff.has(iso)) return { working: false, approximate: false };
  return { working: !weekend, approximate: false };
}

/**
 * Whether `date` is a working day: Monday to Friday except public holidays, plus the weekend
 * make-up days. For a year whose schedule is not known, weekends and the fixed-date holidays
 * (元旦, 劳动节, 国庆节) are days off.
 */
export function isWorkingDay(date: Date | IsoDate): boolean {
  return workingDayStatus(toIsoDate(date)).working;
}

/** A computed date, flagged when a year without known holidays was involved. */
export interface WorkingDayResult {
  date: IsoDate;
  /** True when some day counted lies in a year whose holiday arrangement is unknown (weekends only). */
  approximate: boolean;
}

function assertWorkingDayCount(count: number): void {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new GongkaiError('BAD_INPUT', `working-day count must be a non-negative integer, got ${count}`, '天数必须是不小于0的整数。');
  }
}

/**
 * The date `count` working days after `start`, with the approximation flag. The start day itself
 * is not counted (期间开始的当日不计算在期间内), so counting begins the next calendar day; zero
 * returns `start` unchanged.
 */
export function workingDaysAfter(start: Date | IsoDate, count: number): WorkingDayResult {
  assertWorkingDayCount(count);
  const iso = toIsoDate(start);
  // Every deadline question asks the same few counts from today: counted once per day and count.
  // The calendar is the cache's version, so an operator schedule loaded later starts it afresh.
  return countedWorkingDays.get(`${iso}|${count}`, () => countWorkingDays(iso, count));
}

/** Working-day counts already made (workingDaysAfter), until the holiday calendar changes. */
const countedWorkingDays = versionedCache<string, WorkingDayResult>({ max: 512, version: () => calendar });

function countWorkingDays(start: IsoDate, count: number): WorkingDayResult {
  let dayNumber = toDayNumber(toIsoDate(start));
  let approximate = false;
  let remaining = count;
  while (remaining > 0) {
    dayNumber += 1;
    const status = workingDayStatus(fromDayNumber(dayNumber));
    approximate ||= status.approximate;
    if (status.working) remaining -= 1;
  }
  return { date: fromDayNumber(dayNumber), approximate };
}

/** The date `count` working days after `start` ('YYYY-MM-DD'); the start day is not counted. */
export function addWorkingDays(start: Date | IsoDate, count: number): IsoDate {
  return workingDaysAfter(start, count).date;
}

/**
 * `date` itself if it is a working day, else the last working day before it: the day to act by
 * when a deadline such as 1月31日 falls on a weekend or holiday.
 */
export function previousWorkingDayOnOrBefore(date: Date | IsoDate): IsoDate {
  let dayNumber = toDayNumber(toIsoDate(date));
  while (!workingDayStatus(fromDayNumber(dayNumber)).working) dayNumber -= 1;
  return fromDayNumber(dayNumber);
}

/** The Art. 33 reply deadlines for an application received on a given day. */
export interface ReplyDeadline {
  receivedOn: IsoDate;
  /** Last day of the ordinary period: 20 working days after receipt. */
  deadline: IsoDate;
  /** Last day if the period is extended once by 20 working days (40 after receipt); only when asked for. */
  extendedDeadline?: IsoDate;
  /** True when a year without known holidays was counted with weekends only. */
  approximate: boolean;
}

/**
 * Reply deadline for an application received on `receivedOn` (Art. 33): 20 working days, and with
 * `extended` also the 40-working-day date. Time spent on correction or third-party views is not
 * modelled here; the caller restarts from the correction's receipt.
 */
export function replyDeadline(receivedOn: Date | IsoDate, options: { extended?: boolean } = {}): ReplyDeadline {
  const received = toIsoDate(receivedOn);
  const ordinary = workingDaysAfter(received, REPLY_WORKING_DAYS);
  if (!options.extended) return { receivedOn: received, deadline: ordinary.date, approximate: ordinary.approximate };
  const extended = workingDaysAfter(ordinary.date, EXTENSION_WORKING_DAYS);
  return {
    receivedOn: received,
    deadline: ordinary.date,
    extendedDeadline: extended.date,
    approximate: ordinary.approximate || extended.approximate,
  };
}
