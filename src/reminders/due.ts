/**
 * "What is due now" as pure functions: given an instant, the calendar, and the agencies with
 * their staff, drafts and published state, the reminders to send and what they say. No
 * database, no clock, no network: the pass (pass.ts) gathers the inputs and does the sending.
 */
import { rowBlockName } from '../report/labels.js';
import { rowByKey, rowsOf, SECTIONS, type TableKey } from '../report/catalogue.js';
import type { Violation } from '../report/model.js';
import { addCalendarDays, formatChineseDate, isWorkingDay, type IsoDate, shanghaiDate, shanghaiHour } from '../core/clock.js';
import type { DraftProgress } from '../data-entry/draft-service.js';
import type { DraftStatus } from '../store/draft-store.js';
import type { StaffMember, StaffRole } from '../store/staff-store.js';
import {
  type AgencyClass,
  agencyClassOf,
  type CalendarEntry,
  deadlineEntry,
  type DeadlineCalendar,
  entryDate,
  type ReminderSlot,
  reportYearOf,
  seasonSlots,
} from './calendar.js';

/** No reminder goes out at or after this hour (Asia/Shanghai): a restart at night waits for the morning. */
export const SEND_WINDOW_END_HOUR = 21;

const MILLISECONDS_PER_DAY = 86_400_000;
const TABLE_NAMES: Record<TableKey, string> = { proactive: '表二', applications: '表三', appeals: '表四' };
const MAX_VIOLATIONS_NAMED = 3;

/** One agency as the reminders see it, for one report year. */
export interface AgencyReminderState {
  agency: { id: number; name: string };
  /** Registered staff of the agency (paused ones included; they are left out when addressing). */
  staff: StaffMember[];
  /** The draft of the report year, if one was started. */
  draft?: { status: DraftStatus; returnReason: string | null; progress: DraftProgress };
  /** A report for the year is stored (published from a draft or imported): no more reminders. */
  published: boolean;
}

/** A reminder to send: one calendar slot for one agency, addressed to some of its staff. */
export interface DueReminder {
  agencyId: number;
  agency: string;
  agencyClass: AgencyClass;
  slot: ReminderSlot;
  entry: CalendarEntry;
  reportYear: number;
  /** The agency's publication deadline (31 January or 31 March). */
  deadline: IsoDate;
  /** Calendar days from the sending day to the deadline; negative once overdue. */
  daysLeft: number;
  overdue: boolean;
  /** Staff to address (not paused). */
  recipients: StaffMember[];
  /** Staff who would be addressed but paused their reminders. */
  paused: StaffMember[];
  /** What the draft lacks, one line: "表三还缺：上年结转、办理结果；第五部分未填写。" */
  summary: string;
  /** Broken rules, one line, or empty. */
  violations: string;
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MILLISECONDS_PER_DAY);
}

/** The last hour (exclusive) in which reminders may go out, given the configured sending hour. */
export function sendWindowEnd(hour: number): number {
  return Math.max(SEND_WINDOW_END_HOUR, hour + 1);
}

/**
 * Whether reminders may go out at `now`: a working day (holidays skipped, make-up days worked)
 * between the configured hour and the end of the sending window.
 */
export function withinSendWindow(now: Date, hour: number): boolean {
  const localHour = shanghaiHour(now);
  return isWorkingDay(shanghaiDate(now)) && localHour >= hour && localHour < sendWindowEnd(hour);
}

/**
 * The slots due at `now` for an agency class: the most recent reminder day of the season that
 * has come (today's once the hour has struck, else an earlier one), if it lies within the
 * calendar's catch-up window. Only the most recent one: a newer reminder supersedes an older
 * one that was missed, so a restart never floods anyone with stale reminders.
 */
export function dueSlots(now: Date, calendar: DeadlineCalendar, hour: number, agencyClass: AgencyClass): ReminderSlot[] {
  if (!withinSendWindow(now, hour)) return [];
  const today = shanghaiDate(now);
  const earliest = addCalendarDays(today, -calendar.catch_up_days);
  const reached = seasonSlots(calendar, reportYearOf(today), agencyClass).filter((slot) => slot.day <= today && slot.day >= earliest);
  if (reached.length === 0) return [];
  const latest = reached[reached.length - 1].day;
  return reached.filter((slot) => slot.day === latest);
}

/** What a draft still lacks, as one line, e.g. "表三还缺：上年结转、办理结果；第五部分未填写". */
export function describeMissing(progress: DraftProgress): string {
  const parts: string[] = [];
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const missing = progress.missingCells.filter((item) => item.table === table);
    if (missing.length === 0) continue;
    const rows = rowsOf(table);
    const untouched = missing.length === rows.length && missing.every((item) => item.columns.length === rowByKey(item.row)!.columns.length);
    if (untouched) {
      parts.push(`${TABLE_NAMES[table]}未填写`);
      continue;
    }
    const labels = [...new Set(missing.map((item) => rowBlockName(item.row)))];
    parts.push(`${TABLE_NAMES[table]}还缺：${labels.join('、')}`);
  }
  if (progress.missingSections.length > 0) {
    const numbers = progress.missingSections.map((key) => SECTIONS.find((section) => section.key === key)?.number ?? key);
    parts.push(`${numbers.map((number) => `第${number}部分`).join('、')}未填写`);
  }
  return parts.join('；');
}

/** Broken consistency rules, one line: "勾稽关系不符：…；…等5处". */
export function describeViolations(violations: Violation[]): string {
  if (violations.length === 0) return '';
  const named = violations.slice(0, MAX_VIOLATIONS_NAMED).map((violation) => violation.message.replace(/[。；;.]+$/, ''));
  const more = violations.length > MAX_VIOLATIONS_NAMED ? `等${violations.length}处` : '';
  return `勾稽关系不符：${named.join('；')}${more}。`;
}

/** Where the report stands, one line, for a reminder or the "提醒" command. */
export function describeProgress(state: AgencyReminderState, reportYear: number): string {
  const draft = state.draft;
  if (state.published) return `${reportYear}年度报告已发布，无需提醒。`;
  if (!draft) return `${reportYear}年度报告尚未开始填报。`;
  if (draft.status === 'submitted') return `${reportYear}年度报告草稿已提交，等待审核发布。`;
  const missing = describeMissing(draft.progress);
  const returned = draft.status === 'returned' ? `草稿已被退回${draft.returnReason ? `（${draft.returnReason}）` : ''}` : '';
  if (!missing) {
    if (returned) return `${reportYear}年度报告${returned}，请修改后重新提交审核。`;
    return `${reportYear}年度报告草稿已填完，${draft.progress.violations.length > 0 ? '请先改正勾稽关系' : '请提交审核'}。`;
  }
  return `${returned ? `${returned}；` : ''}${missing}。`;
}

/** The deadline line: "发布截止：2026年1月31日（星期六），还剩3天。" */
export function describeDeadline(deadline: IsoDate, daysLeft: number): string {
  if (daysLeft > 0) return `发布截止：${formatChineseDate(deadline)}，还剩${daysLeft}天。`;
  if (daysLeft === 0) return `发布截止：今天，${formatChineseDate(deadline)}。`;
  return `发布截止：${formatChineseDate(deadline)}，已逾期${-daysLeft}天。`;
}

/** Roles to address for a slot: the entry's audience; a submitted draft waits on the reviewers. */
function rolesFor(entry: CalendarEntry, state: AgencyReminderState): Set<StaffRole> {
  const roles = new Set<StaffRole>(entry.audience);
  const hasReviewer = state.staff.some((member) => member.role === 'reviewer');
  if (state.draft?.status === 'submitted' && entry.kind !== 'overdue' && hasReviewer) return new Set<StaffRole>(['reviewer']);
  return roles;
}

/**
 * The reminders due at `now`: for every agency with registered staff and no published report,
 * the slot due now (see `dueSlots`), addressed to the entry's audience, with what the draft lacks.
 */
export function dueReminders(input: {
  now: Date;
  calendar: DeadlineCalendar;
  hour: number;
  agencies: AgencyReminderState[];
}): DueReminder[] {
  const today = shanghaiDate(input.now);
  const reportYear = reportYearOf(today);
  const due: DueReminder[] = [];
  for (const state of input.agencies) {
    if (state.published || state.staff.length === 0) continue;
    const agencyClass = agencyClassOf(state.agency.name);
    const slots = dueSlots(input.now, input.calendar, input.hour, agencyClass);
    if (slots.length === 0) continue;
    const deadline = entryDate(deadlineEntry(input.calendar, agencyClass), reportYear);
    // Days left count from today, not from the slot: a reminder caught up late says how it is now.
    const daysLeft = daysBetween(today, deadline);
    for (const slot of slots) {
      const roles = rolesFor(slot.entry, state);
      const addressed = state.staff.filter((member) => roles.has(member.role));
      due.push({
        agencyId: state.agency.id,
        agency: state.agency.name,
        agencyClass,
        slot,
        entry: slot.entry,
        reportYear,
        deadline,
        daysLeft,
        overdue: daysLeft < 0,
        recipients: addressed.filter((member) => !member.remindersPaused),
        paused: addressed.filter((member) => member.remindersPaused),
        summary: describeProgress(state, reportYear),
        violations: state.draft && state.draft.status !== 'submitted' ? describeViolations(state.draft.progress.violations) : '',
      });
    }
  }
  return due;
}

/** The full text of a reminder, addressed to `recipients` (a group message names them all). */
export function reminderText(
  reminder: DueReminder,
  recipients: ReadonlyArray<Pick<StaffMember, 'name' | 'role'>> = reminder.recipients,
): string {
  const lines = [`【年报提醒】${reminder.agency}${reminder.reportYear}年度报告`];
  if (recipients.length > 0) lines.push(`致：${recipients.map((member) => member.name).join('、')}`);
  const when = reminder.entry.kind === 'milestone' ? `（${formatChineseDate(reminder.slot.date)}）` : '';
  lines.push(`${reminder.entry.title}${when}：${reminder.entry.message}`);
  lines.push(describeDeadline(reminder.deadline, reminder.daysLeft));
  lines.push(reminder.summary);
  if (reminder.violations) lines.push(reminder.violations);
  if (reminder.overdue && recipients.some((member) => member.role === 'reviewer')) lines.push('报告已逾期，同时提醒审核人督促办理。');
  lines.push('回复“提醒”查看最新进度，回复“暂停提醒”暂停提醒。');
  return lines.join('\n');
}

/** The next reminder day after `now` for an agency class, looking into the next season if needed. */
export function nextSlot(now: Date, calendar: DeadlineCalendar, hour: number, agencyClass: AgencyClass): ReminderSlot | undefined {
  const today = shanghaiDate(now);
  const todayStillComing = shanghaiHour(now) < hour;
  const reportYear = reportYearOf(today);
  for (const year of [reportYear, reportYear + 1]) {
    const slot = seasonSlots(calendar, year, agencyClass).find(
      (candidate) => candidate.day > today || (candidate.day === today && todayStillComing),
    );
    if (slot) return slot;
  }
  return undefined;
}

/**
 * The answer to "提醒": where the agency's report stands now, its deadline and days left, the
 * next reminder day; "已发布，无需提醒" once published.
 */
export function reminderStatus(input: {
  now: Date;
  calendar: DeadlineCalendar;
  hour: number;
  state: AgencyReminderState;
  paused?: boolean;
}): string {
  const today = shanghaiDate(input.now);
  const reportYear = reportYearOf(today);
  const { state } = input;
  if (state.published) return `${state.agency.name}${reportYear}年度报告已发布，无需提醒。`;
  const agencyClass = agencyClassOf(state.agency.name);
  const deadline = entryDate(deadlineEntry(input.calendar, agencyClass), reportYear);
  const lines = [
    `${state.agency.name}${reportYear}年度报告`,
    describeDeadline(deadline, daysBetween(today, deadline)),
    describeProgress(state, reportYear),
  ];
  const violations = state.draft && state.draft.status !== 'submitted' ? describeViolations(state.draft.progress.violations) : '';
  if (violations) lines.push(violations);
  const next = nextSlot(input.now, input.calendar, input.hour, agencyClass);
  if (next) lines.push(`下次提醒：${formatChineseDate(next.day)}，${next.entry.title}。`);
  lines.push(input.paused ? '您已暂停提醒，回复“恢复提醒”恢复。' : '回复“暂停提醒”可暂停提醒。');
  return lines.join('\n');
}
