import { describe, expect, it } from 'vitest';
import { addCalendarDays, isWorkingDay } from '../../../src/core/clock.js';
import { ROWS } from '../../../src/report/catalogue.js';
import { loadDeadlineCalendar } from '../../../src/reminders/calendar.js';
import {
  type AgencyReminderState,
  describeMissing,
  dueReminders,
  dueSlots,
  reminderStatus,
  reminderText,
  withinSendWindow,
} from '../../../src/reminders/due.js';
import type { DraftProgress } from '../../../src/data-entry/draft-service.js';
import type { StaffMember } from '../../../src/store/staff-store.js';

const calendar = loadDeadlineCalendar();
const HOUR = 9;

function member(id: string, name: string, agencyId: number, agency: string, role: 'clerk' | 'reviewer', paused = false): StaffMember {
  return { id, name, agencyId, agency, role, remindersPaused: paused, mobile: `1380000${id.padStart(4, '0')}` };
}

/** A draft with everything filled except the rows and sections named. */
function progressMissing(rows: string[], sections: string[] = []): DraftProgress {
  const missingCells = ROWS['2021']
    .filter((row) => rows.includes(row.key))
    .map((row) => ({ table: row.table, row: row.key, columns: row.columns.map((column) => column.key) }));
  return {
    missingCells,
    missingSections: sections,
    filledCells: 100,
    totalCells: 150,
    violations: [],
    complete: missingCells.length === 0 && sections.length === 0,
  };
}

function state(id: number, name: string, staff: StaffMember[], extra: Partial<AgencyReminderState> = {}): AgencyReminderState {
  return { agency: { id, name }, staff, published: false, ...extra };
}

const DEPARTMENT = '洛阳市西工区科学技术局';
const GOVERNMENT = '中卫市人民政府办公室';

function at(day: string, time = '09:00'): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

function everyDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push(day);
  return days;
}

describe('what is missing, in the clerk’s words', () => {
  it('names table rows and sections like the issue does', () => {
    const progress = progressMissing(['carried_over', 'granted', 'partly_granted', 'withheld.state_secret', 'handled_total'], ['problems']);
    expect(describeMissing(progress)).toBe('表三还缺：上年结转、办理结果；第五部分未填写');
  });

  it('says a whole table is not filled in', () => {
    const appeals = ROWS['2021'].filter((row) => row.table === 'appeals').map((row) => row.key);
    expect(describeMissing(progressMissing(['licensing', ...appeals], ['overview', 'other']))).toBe(
      '表二还缺：行政许可；表四未填写；第一部分、第六部分未填写',
    );
  });
});

describe('sending window', () => {
  it('working days only, from the hour to the evening, make-up Saturdays included', () => {
    expect(withinSendWindow(at('2026-01-28', '09:00'), HOUR)).toBe(true);
    expect(withinSendWindow(at('2026-01-28', '08:59'), HOUR)).toBe(false);
    expect(withinSendWindow(at('2026-01-28', '21:00'), HOUR)).toBe(false);
    expect(withinSendWindow(at('2026-01-31', '09:00'), HOUR)).toBe(false); // Saturday
    expect(withinSendWindow(at('2026-02-17', '09:00'), HOUR)).toBe(false); // Spring Festival
    expect(withinSendWindow(at('2026-02-14', '09:00'), HOUR)).toBe(true); // make-up Saturday
    expect(withinSendWindow(at('2026-01-04', '09:00'), HOUR)).toBe(true); // make-up Sunday after New Year
  });
});

describe('a whole season, day by day (pure functions, fake clock)', () => {
  const clerk = member('1', '张三', 1, DEPARTMENT, 'clerk');
  const reviewer = member('2', '李四', 1, DEPARTMENT, 'reviewer');
  const governmentClerk = member('3', '王五', 2, GOVERNMENT, 'clerk');
  const governmentReviewer = member('4', '赵六', 2, GOVERNMENT, 'reviewer');

  /** Drive dueReminders at 09:00 every day, keeping what was "sent" like the ledger does. */
  function season(agencies: AgencyReminderState[]) {
    const sent = new Map<string, { day: string; entry: string; agency: string; recipients: string[]; text: string; today: string }>();
    for (const day of everyDay('2025-12-01', '2026-04-30')) {
      for (const reminder of dueReminders({ now: at(day), calendar, hour: HOUR, agencies })) {
        const key = `${reminder.agencyId}|${reminder.entry.id}|${reminder.slot.day}`;
        if (sent.has(key)) continue;
        sent.set(key, {
          day: reminder.slot.day,
          today: day,
          entry: reminder.entry.id,
          agency: reminder.agency,
          recipients: reminder.recipients.map((person) => person.name),
          text: reminderText(reminder),
        });
      }
    }
    return [...sent.values()];
  }

  it('sends the right reminders on the right days, never on a day off', () => {
    const sent = season([state(1, DEPARTMENT, [clerk, reviewer]), state(2, GOVERNMENT, [governmentClerk, governmentReviewer])]);
    for (const item of sent) {
      expect(item.today, 'sent the day it is due').toBe(item.day);
      expect(isWorkingDay(item.day), item.day).toBe(true);
    }
    expect(sent.filter((item) => item.agency === DEPARTMENT).map((item) => `${item.day} ${item.entry}`)).toEqual([
      '2025-12-01 kickoff',
      '2026-01-09 section-inputs',
      '2026-01-20 review',
      '2026-01-23 department-deadline',
      '2026-01-28 department-deadline',
      '2026-01-30 department-deadline',
      '2026-02-02 department-overdue',
      '2026-02-09 department-overdue',
      '2026-02-14 department-overdue', // make-up Saturday
      '2026-02-24 department-overdue', // 21 Feb falls in the Spring Festival: the first working day after
      '2026-02-28 department-overdue', // make-up Saturday
      '2026-03-16 department-overdue',
      '2026-03-30 department-overdue',
    ]);
    expect(sent.filter((item) => item.agency === GOVERNMENT).map((item) => `${item.day} ${item.entry}`)).toEqual([
      '2025-12-01 kickoff',
      '2026-03-24 government-deadline',
      '2026-03-27 government-deadline',
      '2026-03-30 government-deadline',
      '2026-03-31 government-deadline',
      '2026-04-01 government-overdue',
      '2026-04-07 government-overdue',
      '2026-04-14 government-overdue',
    ]);
    // Nothing during the Spring Festival, nothing at weekends except the make-up days.
    expect(sent.some((item) => item.day >= '2026-02-15' && item.day <= '2026-02-23')).toBe(false);
  });

  it('addresses clerks before the deadline and escalates to reviewers once overdue', () => {
    const sent = season([state(1, DEPARTMENT, [clerk, reviewer])]);
    const recipientsOn = (day: string) => sent.find((item) => item.day === day)!.recipients;
    expect(recipientsOn('2026-01-28')).toEqual(['张三']);
    expect(recipientsOn('2026-01-20')).toEqual(['张三', '李四']); // the review date concerns both
    expect(recipientsOn('2026-02-02')).toEqual(['张三', '李四']);
    const overdue = sent.find((item) => item.day === '2026-02-02')!.text;
    expect(overdue).toContain('已逾期2天');
    expect(overdue).toContain('同时提醒审核人');
    expect(sent.find((item) => item.day === '2026-01-28')!.text).toContain('还剩3天');
  });

  it('is silent for a published report and leaves paused staff out', () => {
    const published = season([state(1, DEPARTMENT, [clerk, reviewer], { published: true })]);
    expect(published).toEqual([]);
    const paused = season([state(1, DEPARTMENT, [member('1', '张三', 1, DEPARTMENT, 'clerk', true), reviewer])]);
    expect(paused.find((item) => item.day === '2026-01-28')!.recipients).toEqual([]);
    expect(paused.find((item) => item.day === '2026-02-02')!.recipients).toEqual(['李四']);
  });

  it('hands a submitted draft to the reviewers', () => {
    const submitted = state(1, DEPARTMENT, [clerk, reviewer], {
      draft: { status: 'submitted', returnReason: null, progress: progressMissing([]) },
    });
    const [reminder] = dueReminders({ now: at('2026-01-28'), calendar, hour: HOUR, agencies: [submitted] });
    expect(reminder.recipients.map((person) => person.name)).toEqual(['李四']);
    expect(reminder.summary).toContain('已提交，等待审核发布');
  });
});

describe('catch-up after downtime', () => {
  const clerk = member('1', '张三', 1, DEPARTMENT, 'clerk');
  it('only the most recent reminder day is due, within the catch-up window', () => {
    expect(dueSlots(at('2026-01-29'), calendar, HOUR, 'department').map((slot) => `${slot.day} ${slot.entry.id}`)).toEqual([
      '2026-01-28 department-deadline',
    ]);
    // Down from 27 January to 10 February: only the latest (9 February) goes out, not the three before it.
    expect(dueSlots(at('2026-02-10', '15:00'), calendar, HOUR, 'department').map((slot) => slot.day)).toEqual(['2026-02-09']);
    // Before the hour, today's reminder is not due yet; yesterday's is the latest.
    expect(dueSlots(at('2026-01-28', '08:00'), calendar, HOUR, 'department')).toEqual([]);
    expect(dueSlots(at('2026-01-28', '09:00'), calendar, HOUR, 'department').map((slot) => slot.day)).toEqual(['2026-01-28']);
    // Older than catch_up_days (7): nothing.
    expect(dueSlots(at('2025-12-09'), calendar, HOUR, 'department')).toEqual([]);
    expect(dueReminders({ now: at('2025-12-05'), calendar, hour: HOUR, agencies: [state(1, DEPARTMENT, [clerk])] })[0].slot.day).toBe(
      '2025-12-01',
    );
  });
});

describe('content follows the draft', () => {
  const clerk = member('1', '张三', 1, DEPARTMENT, 'clerk');
  it('no draft, a partial draft, a complete one, broken rules, a returned one', () => {
    const text = (extra: Partial<AgencyReminderState>) =>
      reminderText(dueReminders({ now: at('2026-01-28'), calendar, hour: HOUR, agencies: [state(1, DEPARTMENT, [clerk], extra)] })[0]);
    expect(text({})).toContain('2025年度报告尚未开始填报');
    const partial = text({
      draft: { status: 'draft', returnReason: null, progress: progressMissing(['carried_over', 'granted'], ['problems']) },
    });
    expect(partial).toContain('表三还缺：上年结转、办理结果；第五部分未填写。');
    expect(partial).toContain('发布截止：2026年1月31日（星期六），还剩3天。');
    expect(partial).toContain('致：张三');
    expect(text({ draft: { status: 'draft', returnReason: null, progress: progressMissing([]) } })).toContain('已填完，请提交审核');
    const broken = {
      ...progressMissing([]),
      violations: [
        {
          rule: 1,
          row: 'handled_total',
          column: 'total',
          severity: 'error' as const,
          message: '第一项加第二项（5）不等于第三项加第四项（0）：总计一列',
        },
      ],
    };
    expect(text({ draft: { status: 'draft', returnReason: null, progress: broken } })).toContain(
      '勾稽关系不符：第一项加第二项（5）不等于第三项加第四项（0）：总计一列。',
    );
    expect(text({ draft: { status: 'returned', returnReason: '表四有误', progress: progressMissing(['review']) } })).toContain(
      '草稿已被退回（表四有误）；表四还缺：行政复议。',
    );
  });

  it('"提醒" status: deadline, days left, next reminder; published says no reminder is needed', () => {
    const status = reminderStatus({ now: at('2026-01-26', '15:00'), calendar, hour: HOUR, state: state(1, DEPARTMENT, [clerk]) });
    expect(status).toContain('还剩5天');
    expect(status).toContain('下次提醒：2026年1月28日（星期三），部门年度报告发布截止。');
    expect(
      reminderStatus({ now: at('2026-01-26'), calendar, hour: HOUR, state: state(1, DEPARTMENT, [clerk], { published: true }) }),
    ).toContain('已发布，无需提醒');
    expect(reminderStatus({ now: at('2026-01-26'), calendar, hour: HOUR, state: state(1, DEPARTMENT, [clerk]), paused: true })).toContain(
      '恢复提醒',
    );
    // In November the next season's kick-off is the next reminder.
    expect(reminderStatus({ now: at('2026-11-24'), calendar, hour: HOUR, state: state(1, DEPARTMENT, [clerk]) })).toContain(
      '下次提醒：2026年12月1日（星期二），年度报告工作启动',
    );
  });
});
