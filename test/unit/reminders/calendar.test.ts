import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { addCalendarDays, isWorkingDay, isYearCovered } from '../../../src/core/clock.js';
import {
  agencyClassOf,
  describeOffset,
  entryDate,
  loadDeadlineCalendar,
  nextWorkingDayOnOrAfter,
  parseDeadlineCalendar,
  reportYearOf,
  seasonSlots,
} from '../../../src/reminders/calendar.js';

const calendar = loadDeadlineCalendar();

function daysOf(entryId: string, reportYear: number): string[] {
  return seasonSlots(calendar, reportYear)
    .filter((slot) => slot.entry.id === entryId)
    .map((slot) => slot.day);
}

describe('the shipped calendar (data/deadline-calendar.json)', () => {
  it('has the kick-off, section inputs, review, both deadlines and overdue follow-ups', () => {
    const byId = new Map(calendar.entries.map((entry) => [entry.id, entry]));
    expect(byId.get('kickoff')).toMatchObject({ date: '12-01', applies_to: 'all' });
    expect(byId.get('kickoff')!.message).toContain('12月31日');
    expect(byId.get('section-inputs')).toMatchObject({ kind: 'milestone', applies_to: 'department' });
    expect(byId.get('section-inputs')!.date.startsWith('01-')).toBe(true);
    expect(byId.get('review')).toMatchObject({ kind: 'milestone', applies_to: 'department' });
    expect(byId.get('department-deadline')).toMatchObject({
      kind: 'deadline',
      date: '01-31',
      applies_to: 'department',
      days_before: [7, 3, 1, 0],
    });
    expect(byId.get('department-overdue')).toMatchObject({ kind: 'overdue', date: '01-31', applies_to: 'department' });
    expect(byId.get('department-overdue')!.audience).toContain('reviewer');
    expect(byId.get('government-deadline')).toMatchObject({ kind: 'deadline', date: '03-31', applies_to: 'government' });
  });

  it('puts December in the report year and January–June in the year after', () => {
    expect(reportYearOf('2025-12-01')).toBe(2025);
    expect(reportYearOf('2026-01-31')).toBe(2025);
    expect(reportYearOf('2026-04-14')).toBe(2025);
    expect(reportYearOf('2026-07-01')).toBe(2026);
    expect(entryDate({ date: '12-01' }, 2025)).toBe('2025-12-01');
    expect(entryDate({ date: '01-31' }, 2025)).toBe('2026-01-31');
  });

  it('tells departments from government disclosure offices', () => {
    expect(agencyClassOf('洛阳市西工区科学技术局')).toBe('department');
    expect(agencyClassOf('中卫市发展和改革委员会')).toBe('department');
    expect(agencyClassOf('海原县人民政府')).toBe('government');
    expect(agencyClassOf('中卫市人民政府办公室')).toBe('government');
    expect(agencyClassOf('沙坡头区政府办公室')).toBe('government');
  });
});

describe('season reminder days', () => {
  it('2025/26: the department deadline reminders move off weekends to the working day before', () => {
    // 24 Jan 2026 is a Saturday, 31 Jan 2026 a Saturday: the day-before and on-the-day reminders meet on Friday 30 January.
    expect(daysOf('department-deadline', 2025)).toEqual(['2026-01-23', '2026-01-28', '2026-01-30']);
    const merged = seasonSlots(calendar, 2025).find((slot) => slot.entry.id === 'department-deadline' && slot.day === '2026-01-30')!;
    expect(merged.offsets).toEqual([-1, 0]);
    expect(describeOffset(merged.offsets)).toBe('前1天、当天');
    expect(daysOf('section-inputs', 2025)).toEqual(['2026-01-09']);
    expect(daysOf('government-deadline', 2025)).toEqual(['2026-03-24', '2026-03-27', '2026-03-30', '2026-03-31']);
  });

  it('overdue follow-ups move forward, skip the Spring Festival (15–23 Feb 2026) and use the make-up Saturdays (14, 28 Feb)', () => {
    expect(daysOf('department-overdue', 2025)).toEqual([
      '2026-02-02',
      '2026-02-09',
      '2026-02-14',
      '2026-02-24',
      '2026-02-28',
      '2026-03-16',
      '2026-03-30',
    ]);
  });

  it('never lands on a day off, and every day is flagged exact while chinese-days knows the year', () => {
    for (const slot of seasonSlots(calendar, 2025)) {
      expect(isWorkingDay(slot.day), `${slot.entry.id} ${slot.day}`).toBe(true);
      expect(slot.approximate).toBe(false);
    }
  });

  it('31 January 2027 is a Sunday: the on-the-day reminder goes out on Friday 29 January 2027', () => {
    const slot = seasonSlots(calendar, 2026).find(
      (candidate) => candidate.entry.id === 'department-deadline' && candidate.offsets.includes(0),
    )!;
    expect(slot.nominalDay).toBe('2027-01-31');
    expect(slot.day).toBe('2027-01-29');
    // chinese-days may not know 2027 yet: then only weekends are skipped and the slot says so.
    expect(slot.approximate).toBe(!isYearCovered(2027));
  });

  it('next working day helper skips the whole Spring Festival', () => {
    expect(nextWorkingDayOnOrAfter('2026-02-15')).toBe('2026-02-24');
    expect(nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-14');
    expect(addCalendarDays('2026-02-14', 1)).toBe('2026-02-15');
  });
});

describe('calendar validation', () => {
  it('lists every problem at once', () => {
    const bad = {
      version: 1,
      entries: [
        { id: 'kickoff', kind: 'milestone', applies_to: 'all', date: '02-30', title: '启动', message: '开始收集数据', audience: ['clerk'] },
        {
          id: 'kickoff',
          kind: 'deadline',
          applies_to: 'department',
          date: '01-31',
          title: '截止',
          message: '部门截止日期',
          audience: ['clerk'],
        },
        {
          id: 'late',
          kind: 'overdue',
          applies_to: 'department',
          date: '01-30',
          days_after: [0, 7],
          title: '逾期',
          message: '已经逾期了',
          audience: ['clerk'],
        },
        { id: 'Bad_Id', kind: 'milestone', applies_to: 'everyone', date: '1-5', title: '错', message: '格式不对的', audience: [] },
      ],
    };
    let error: unknown;
    try {
      parseDeadlineCalendar(bad, 'test calendar');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GongkaiError);
    const message = (error as GongkaiError).message;
    expect((error as GongkaiError).code).toBe('CONFIG');
    for (const expected of [
      'entries.0.date',
      '29 February',
      'entries.1.days_before',
      'entries.2.days_after',
      'entries.3.id',
      'entries.3.applies_to',
      'entries.3.date',
      'entries.3.audience',
    ])
      expect(message).toContain(expected);
    // Shape errors stop zod before the cross-entry checks; fix them and the rest shows up.
    const second = structuredClone(bad) as { version: number; entries: Array<Record<string, unknown>> };
    second.entries[0].date = '12-01';
    second.entries[1].days_before = [7, 0];
    second.entries.pop();
    expect(() => parseDeadlineCalendar(second)).toThrow(
      /duplicate entry id kickoff[\s\S]*government agencies, found 0[\s\S]*follows no deadline entry/,
    );
  });

  it('accepts a deployment calendar with a different kick-off', () => {
    const edited = structuredClone(calendar) as { entries: Array<Record<string, unknown>> };
    edited.entries[0] = { ...edited.entries[0], date: '11-20' };
    const parsed = parseDeadlineCalendar({ ...edited, version: 1 });
    expect(seasonSlots(parsed, 2025)[0]).toMatchObject({ day: '2025-11-20' });
  });

  it('every shipped reminder day is within its season', () => {
    const days = seasonSlots(calendar, 2025).map((slot) => slot.day);
    expect(days[0]).toBe('2025-12-01');
    expect(days.every((day) => reportYearOf(day) === 2025)).toBe(true);
  });
});
