import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dataPath } from '../../../src/config/paths.js';
import { GongkaiError } from '../../../src/core/errors.js';
import {
  addCalendarDays,
  addWorkingDays,
  calendarCoverage,
  dayOfWeek,
  formatChineseDate,
  isWorkingDay,
  isYearCovered,
  previousWorkingDayOnOrBefore,
  replyDeadline,
  readOperatorHolidays,
  SHANGHAI_TIME_ZONE,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiHour,
  shanghaiMonth,
  shanghaiYear,
  useOperatorHolidays,
  workingDaysAfter,
} from '../../../src/core/clock.js';

// chinese-days' own functions key their tables in local time and go wrong west of UTC, so the
// cross-checks against them only run where the process offset is UTC or east of it.
const libraryTrustworthyHere = new Date(2025, 0, 1).getTimezoneOffset() <= 0;

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

describe('holiday data (checked against chinese-days itself, not memory)', () => {
  it.runIf(libraryTrustworthyHere)('2025 National Day and Mid-Autumn: 1–8 October off, 28 September and 11 October worked', () => {
    for (const day of everyDay('2025-10-01', '2025-10-08')) expect(chineseDays.isWorkday(day), day).toBe(false);
    expect(chineseDays.getDayDetail('2025-09-28')).toMatchObject({ work: true, name: expect.stringContaining('国庆') });
    expect(chineseDays.getDayDetail('2025-10-11')).toMatchObject({ work: true, name: expect.stringContaining('国庆') });
    expect(chineseDays.getDayDetail('2025-10-06').name).toContain('中秋');
  });

  it.runIf(libraryTrustworthyHere)('2026 Spring Festival: 15–23 February off, 14 and 28 February worked', () => {
    for (const day of everyDay('2026-02-15', '2026-02-23'))
      expect(chineseDays.getDayDetail(day), day).toMatchObject({ work: false, name: expect.stringContaining('春节') });
    expect(chineseDays.getDayDetail('2026-02-14')).toMatchObject({ work: true, name: expect.stringContaining('春节') });
    expect(chineseDays.getDayDetail('2026-02-28')).toMatchObject({ work: true, name: expect.stringContaining('春节') });
  });

  it.runIf(libraryTrustworthyHere)('agrees with chinese-days.isWorkday on every day of 2024–2026', () => {
    const disagreements = everyDay('2024-01-01', '2026-12-31').filter((day) => isWorkingDay(day) !== chineseDays.isWorkday(day));
    expect(disagreements).toEqual([]);
  });

  it('knows which years it covers', () => {
    const coverage = calendarCoverage();
    expect(coverage.firstYear).toBeLessThanOrEqual(2004);
    expect(coverage.lastYear).toBeGreaterThanOrEqual(2026);
    expect(isYearCovered(2025)).toBe(true);
    expect(isYearCovered(coverage.lastYear + 1)).toBe(false);
  });
});

describe('isWorkingDay', () => {
  it('follows the 2025 National Day arrangement', () => {
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(isWorkingDay('2025-09-28')).toBe(true);
    expect(isWorkingDay('2025-09-27')).toBe(false);
    for (const day of everyDay('2025-10-01', '2025-10-08')) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2025-10-09')).toBe(true);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(isWorkingDay('2025-10-11')).toBe(true);
    expect(isWorkingDay('2025-10-12')).toBe(false);
  });

  it('follows the 2026 Spring Festival arrangement', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true);
    for (const day of everyDay('2026-02-15', '2026-02-23')) expect(isWorkingDay(day), day).toBe(false);
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true);
  });

  it('reads a Date as an instant on the Shanghai clock', () => {
    // 2025-10-08T17:00Z is already 9 October, a working day, in Shanghai.
    expect(isWorkingDay(new Date('2025-10-08T17:00:00Z'))).toBe(true);
    expect(isWorkingDay(new Date('2025-10-08T15:00:00Z'))).toBe(false);
  });

  it('falls back to weekends and the fixed-date holidays for an uncovered year', () => {
    const year = calendarCoverage().lastYear + 1;
    expect(isWorkingDay(`${year}-10-01`)).toBe(false);
    expect(isWorkingDay(`${year}-06-10`)).toBe(![0, 6].includes(dayOfWeek(`${year}-06-10`)));
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day and skips the National Day holiday, counting make-up days', () => {
    expect(addWorkingDays('2025-09-26', 0)).toBe('2025-09-26');
    expect(addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(addWorkingDays('2025-09-26', 3)).toBe('2025-09-30');
    expect(addWorkingDays('2025-09-26', 4)).toBe('2025-10-09');
    expect(addWorkingDays('2025-09-26', 6)).toBe('2025-10-11');
    expect(addWorkingDays('2025-09-26', 7)).toBe('2025-10-13');
  });

  it('starts counting on the first working day after a receipt during the holiday', () => {
    expect(addWorkingDays('2025-10-03', 1)).toBe('2025-10-09');
  });

  it('skips the 2026 Spring Festival', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
  });

  it('accepts a Date', () => {
    expect(addWorkingDays(new Date('2025-09-25T18:00:00Z'), 1)).toBe('2025-09-28');
  });

  it('rejects bad dates and counts', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '2025/10/01', 'tomorrow', '']) {
      expect(() => addWorkingDays(bad, 1), bad).toThrow(GongkaiError);
    }
    expect(() => addWorkingDays('2025-10-01', -1)).toThrow(/non-negative integer/);
    expect(() => addWorkingDays('2025-10-01', 1.5)).toThrow(GongkaiError);
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(GongkaiError);
  });

  it('flags an approximate result when a year without holiday data is counted', () => {
    const year = calendarCoverage().lastYear;
    expect(workingDaysAfter(`${year}-06-01`, 5).approximate).toBe(false);
    expect(workingDaysAfter(`${year}-12-20`, 20).approximate).toBe(true);
  });
});

describe('previousWorkingDayOnOrBefore', () => {
  it('keeps a working day and steps back over weekends and holidays', () => {
    expect(previousWorkingDayOnOrBefore('2025-10-09')).toBe('2025-10-09');
    expect(previousWorkingDayOnOrBefore('2025-10-08')).toBe('2025-09-30');
    expect(previousWorkingDayOnOrBefore('2025-09-28')).toBe('2025-09-28');
    expect(previousWorkingDayOnOrBefore('2026-02-22')).toBe('2026-02-14');
    // 31 January 2026 is a Saturday: a report due then should be out by Friday the 30th.
    expect(previousWorkingDayOnOrBefore('2026-01-31')).toBe('2026-01-30');
  });
});

describe('replyDeadline', () => {
  it('gives 20 working days, across the 2025 holiday', () => {
    expect(replyDeadline('2025-09-30')).toEqual({ receivedOn: '2025-09-30', deadline: '2025-11-04', approximate: false });
    expect(replyDeadline('2025-09-26').deadline).toBe('2025-10-30');
  });

  it('adds the 40-working-day date when extended', () => {
    expect(replyDeadline('2025-09-30', { extended: true })).toEqual({
      receivedOn: '2025-09-30',
      deadline: '2025-11-04',
      extendedDeadline: '2025-12-02',
      approximate: false,
    });
    expect(replyDeadline('2026-09-28', { extended: true })).toMatchObject({ deadline: '2026-10-30', extendedDeadline: '2026-11-27' });
  });

  it('gives 20 working days across the 2026 Spring Festival', () => {
    expect(replyDeadline('2026-02-13', { extended: true })).toMatchObject({ deadline: '2026-03-19', extendedDeadline: '2026-04-17' });
  });

  it('says when it had to guess holidays', () => {
    const year = calendarCoverage().lastYear + 1;
    const result = replyDeadline(`${year}-03-01`);
    expect(result.approximate).toBe(true);
    expect(result.deadline).toBe(addWorkingDaysWeekendsOnly(`${year}-03-01`, 20));
  });
});

describe('shanghaiDate and formatChineseDate', () => {
  it('turns an instant into the Shanghai calendar date', () => {
    expect(shanghaiDate(new Date('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
    expect(shanghaiDate(new Date('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
    expect(shanghaiDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });

  it('writes a date the Chinese way with the weekday', () => {
    expect(formatChineseDate('2026-10-30')).toBe('2026年10月30日（星期五）');
    expect(formatChineseDate('2025-09-28')).toBe('2025年9月28日（星期日）');
  });
});

/** Independent weekends-only count, to check the fallback without reusing the code under test. */
function addWorkingDaysWeekendsOnly(start: string, count: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  while (count > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) count -= 1;
  }
  return date.toISOString().slice(0, 10);
}

// 2031 lies well beyond any chinese-days release, so its schedule is unpublished in these tests.
describe('a year whose schedule is not published (2031)', () => {
  it('still knows the fixed-date statutory holidays: 元旦, 劳动节 1–2 May, 国庆节 1–3 October', () => {
    expect(isYearCovered(2031)).toBe(false);
    for (const date of ['2031-01-01', '2031-05-01', '2031-05-02', '2031-10-01', '2031-10-02', '2031-10-03'])
      expect(isWorkingDay(date), date).toBe(false);
    for (const date of ['2031-01-02', '2031-05-05', '2031-10-06']) expect(isWorkingDay(date), date).toBe(true);
  });

  it('counts a deadline across 国庆节 without those days, flagged as approximate', () => {
    // Friday 26 September: 29, 30 Sep, then 6 Oct onwards (1–3 Oct off, 4–5 a weekend).
    expect(replyDeadline('2031-09-26')).toEqual({ receivedOn: '2031-09-26', deadline: '2031-10-29', approximate: true });
  });
});

describe('data/holidays.json: an operator adds a year’s official schedule', () => {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-holidays-'));
  afterEach(() => useOperatorHolidays(dataPath('holidays.json')));

  it('ships an empty, valid file', () => {
    expect(readOperatorHolidays(dataPath('holidays.json'))).toEqual({ years: {} });
  });

  it('makes the year known: its days off and its make-up working days', () => {
    const file = join(directory, 'holidays.json');
    writeFileSync(file, JSON.stringify({ years: { '2031': { holidays: ['2031-01-01', '2031-02-03'], workdays: ['2031-01-26'] } } }));
    // Counted before the schedule is known (weekends and fixed holidays only), and kept: asked again, the same.
    const before = workingDaysAfter('2031-01-30', 3);
    expect(before).toEqual({ date: '2031-02-04', approximate: true });
    expect(workingDaysAfter('2031-01-30', 3)).toEqual(before);
    useOperatorHolidays(file);
    // The new schedule is counted with, not the count kept from before it (2031-02-03 is now a day off).
    expect(workingDaysAfter('2031-01-30', 3)).toEqual({ date: '2031-02-05', approximate: false });
    expect(isYearCovered(2031)).toBe(true);
    expect(isWorkingDay('2031-02-03')).toBe(false);
    // A Sunday made a working day.
    expect(isWorkingDay('2031-01-26')).toBe(true);
    // Only the listed days: 1 October is a working day in this (made-up) schedule, and nothing is approximate.
    expect(isWorkingDay('2031-10-01')).toBe(true);
    expect(workingDaysAfter('2031-01-20', 10).approximate).toBe(false);
    rmSync(directory, { recursive: true, force: true });
  });

  it('refuses a malformed file with the problem named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-holidays-bad-'));
    const file = join(dir, 'holidays.json');
    writeFileSync(file, JSON.stringify({ years: { '2031': { holidays: ['2032-01-01'] } } }));
    expect(() => useOperatorHolidays(file)).toThrow(/2032-01-01 is not in 2031/);
    writeFileSync(file, JSON.stringify({ years: { '2031': { holidays: ['2031-1-1'] } } }));
    expect(() => useOperatorHolidays(file)).toThrow(GongkaiError);
    writeFileSync(file, '{ not json');
    expect(() => useOperatorHolidays(file)).toThrow(/not valid JSON/);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the Shanghai clock', () => {
  it('turns the year, month and day at midnight Shanghai time, 16:00 UTC', () => {
    const before = new Date('2025-12-31T15:59:59Z');
    const after = new Date('2025-12-31T16:00:00Z');
    expect([shanghaiDate(before), shanghaiYear(before), shanghaiMonth(before), shanghaiHour(before)]).toEqual(['2025-12-31', 2025, 12, 23]);
    expect([shanghaiDate(after), shanghaiYear(after), shanghaiMonth(after), shanghaiHour(after)]).toEqual(['2026-01-01', 2026, 1, 0]);
  });

  it('agrees with the ICU time-zone database for any instant from 1992 to 2100', () => {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: SHANGHAI_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (milliseconds) => {
        const instant = new Date(milliseconds);
        const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
        expect(shanghaiYear(instant)).toBe(parts.year);
        expect(shanghaiMonth(instant)).toBe(parts.month);
        expect(shanghaiHour(instant)).toBe(parts.hour);
        const date = `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
        expect(shanghaiDate(instant)).toBe(date);
        expect(shanghaiDateTime(instant)).toBe(`${date} ${String(parts.hour).padStart(2, '0')}:${String(parts.minute).padStart(2, '0')}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an invalid Date instead of answering with NaN', () => {
    expect(() => shanghaiYear(new Date('not a date'))).toThrow(GongkaiError);
  });
});
