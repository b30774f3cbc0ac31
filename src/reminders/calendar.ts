/**
 * The deadline calendar as data (data/deadline-calendar.json), validated with zod at start-up,
 * and the season's reminder days computed from it with the guide's working-day calendar.
 *
 * A season is about one report year Y: entries dated July–December fall in Y, entries dated
 * January–June in Y+1 (the kick-off in December Y, the 31 January and 31 March deadlines in Y+1).
 */
import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import { dataPath } from '../config/paths.js';
import { GongkaiError } from '../core/errors.js';
import { addCalendarDays, isWorkingDay, isYearCovered, type IsoDate, previousWorkingDayOnOrBefore } from '../core/clock.js';

/** Months from this one to December belong to the report year; earlier months to the year after. */
export const SEASON_FIRST_MONTH = 7;

/** Which agencies an entry concerns: departments (31 January), government disclosure offices (31 March), or both. */
export type AppliesTo = 'department' | 'government' | 'all';
/** The class of an agency for the deadlines of Art. 49. */
export type AgencyClass = 'department' | 'government';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const monthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/, 'must be MM-DD, e.g. "01-31"')
  .refine((value) => {
    const [month, day] = value.split('-').map(Number);
    return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
  }, 'not a date that exists every year (29 February is not allowed)');

const offsetsSchema = z
  .array(z.number().int().min(0).max(120))
  .min(1)
  .refine((offsets) => new Set(offsets).size === offsets.length, 'offsets must not repeat');

/** One entry of the calendar. */
export const CalendarEntrySchema = z
  .strictObject({
    /** Stable identifier, kebab-case: part of the exactly-once key of every reminder. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case'),
    /** milestone: a date in the work plan; deadline: the legal publication date; overdue: follow-ups after a deadline. */
    kind: z.enum(['milestone', 'deadline', 'overdue']),
    applies_to: z.enum(['department', 'government', 'all']),
    date: monthDaySchema,
    /** Reminders this many days before `date` (0 = on the day); milestones default to [0]. */
    days_before: offsetsSchema.optional(),
    /** Overdue entries only: follow-ups this many days after `date` (each at least 1). */
    days_after: offsetsSchema.optional(),
    title: z.string().min(2).max(40),
    message: z.string().min(4).max(300),
    /** Who is addressed; an overdue entry should include reviewers (escalation). */
    audience: z.array(z.enum(['clerk', 'reviewer'])).min(1),
    comment: z.string().optional(),
  })
  .superRefine((entry, context) => {
    if (entry.kind === 'overdue') {
      if (!entry.days_after) context.addIssue({ code: 'custom', path: ['days_after'], message: 'an overdue entry needs days_after' });
      if (entry.days_before)
        context.addIssue({ code: 'custom', path: ['days_before'], message: 'an overdue entry has days_after, not days_before' });
      if (entry.days_after?.includes(0))
        context.addIssue({ code: 'custom', path: ['days_after'], message: 'overdue follow-ups start at least 1 day after the deadline' });
    } else {
      if (entry.days_after)
        context.addIssue({ code: 'custom', path: ['days_after'], message: `a ${entry.kind} entry has days_before, not days_after` });
      if (entry.kind === 'deadline' && !entry.days_before)
        context.addIssue({ code: 'custom', path: ['days_before'], message: 'a deadline entry needs days_before, e.g. [7, 3, 1, 0]' });
    }
  });
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

/** The whole calendar file. */
export const DeadlineCalendarSchema = z
  .strictObject({
    version: z.literal(1),
    comment: z.string().optional(),
    /** How many calendar days back a missed reminder is still sent (after downtime, a new staff member…). */
    catch_up_days: z.number().int().min(0).max(31).default(7),
    entries: z.array(CalendarEntrySchema).min(1),
  })
  .superRefine((calendar, context) => {
    const seen = new Set<string>();
    calendar.entries.forEach((entry, index) => {
      if (seen.has(entry.id))
        context.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `duplicate entry id ${entry.id}` });
      seen.add(entry.id);
    });
    // Every agency needs exactly one publication deadline: reminders state it and count the days left.
    for (const agencyClass of ['department', 'government'] as const) {
      const deadlines = calendar.entries.filter((entry) => entry.kind === 'deadline' && appliesTo(entry, agencyClass));
      if (deadlines.length !== 1) {
        context.addIssue({
          code: 'custom',
          path: ['entries'],
          message: `exactly one deadline entry must apply to ${agencyClass} agencies, found ${deadlines.length}`,
        });
      }
    }
    calendar.entries.forEach((entry, index) => {
      if (entry.kind !== 'overdue') return;
      const follows = calendar.entries.some(
        (other) => other.kind === 'deadline' && other.date === entry.date && other.applies_to === entry.applies_to,
      );
      if (!follows)
        context.addIssue({
          code: 'custom',
          path: ['entries', index, 'date'],
          message: `overdue entry ${entry.id} follows no deadline entry with date ${entry.date} and applies_to ${entry.applies_to}`,
        });
    });
  });
export type DeadlineCalendar = z.infer<typeof DeadlineCalendarSchema>;

/** Validate a parsed calendar; throws one CONFIG error listing every problem. */
export function parseDeadlineCalendar(raw: unknown, source = 'deadline calendar'): DeadlineCalendar {
  const parsed = DeadlineCalendarSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new GongkaiError('CONFIG', `invalid ${source}:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Read and validate data/deadline-calendar.json (or another file). */
export function loadDeadlineCalendar(path = dataPath('deadline-calendar.json')): DeadlineCalendar {
  if (!existsSync(path)) throw new GongkaiError('CONFIG', `deadline calendar not found: ${path}`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GongkaiError('CONFIG', `${path} is not valid JSON: ${(error as Error).message}`, undefined, { cause: error });
  }
  return parseDeadlineCalendar(raw, path);
}

/**
 * Departments report by 31 January, the government's disclosure office by 31 March (Art. 49).
 * A name with 人民政府 or 政府办公室 is the government's own office; everything else (局, 委, 办 …)
 * is a department.
 */
export function agencyClassOf(agencyName: string): AgencyClass {
  return /人民政府|政府办公室/.test(agencyName) ? 'government' : 'department';
}

/** Whether an entry concerns agencies of this class. */
export function appliesTo(entry: CalendarEntry, agencyClass: AgencyClass): boolean {
  return entry.applies_to === 'all' || entry.applies_to === agencyClass;
}

/** The report year a day's reminders are about: December 2025 and January–June 2026 are about 2025. */
export function reportYearOf(day: IsoDate): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= SEASON_FIRST_MONTH ? year : year - 1;
}

/** The calendar date of an entry in the season of `reportYear`. */
export function entryDate(entry: Pick<CalendarEntry, 'date'>, reportYear: number): IsoDate {
  const month = Number(entry.date.slice(0, 2));
  return `${month >= SEASON_FIRST_MONTH ? reportYear : reportYear + 1}-${entry.date}`;
}

/** The publication deadline entry for an agency class (the schema guarantees exactly one). */
export function deadlineEntry(calendar: DeadlineCalendar, agencyClass: AgencyClass): CalendarEntry {
  const entry = calendar.entries.find((candidate) => candidate.kind === 'deadline' && appliesTo(candidate, agencyClass));
  if (!entry) throw new GongkaiError('CONFIG', `no deadline entry applies to ${agencyClass} agencies`);
  return entry;
}

/** `date` itself if it is a working day, else the first working day after it. */
export function nextWorkingDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
  return day;
}

/** One day on which an entry's reminder goes out. */
export interface ReminderSlot {
  entry: CalendarEntry;
  reportYear: number;
  /** The date the entry is about (the deadline or milestone). */
  date: IsoDate;
  /** Days from `date` to the nominal reminder day: negative before, positive after. */
  offset: number;
  /** Every offset that landed on this day (31 January 2026: the day before and the day itself). */
  offsets: number[];
  /** The reminder day before moving it off a day off. */
  nominalDay: IsoDate;
  /** The working day it goes out. */
  day: IsoDate;
  /** True when a year whose holidays `chinese-days` does not know was involved (weekends only). */
  approximate: boolean;
}

/**
 * Every reminder day of a season, in order. A day off moves a reminder to the working day before
 * it; overdue follow-ups move to the working day after, because an "overdue" notice must never
 * go out before the deadline. Two reminders of one entry landing on the same day are one
 * reminder (31 January 2026 is a Saturday: the "1 day before" and "on the day" both go out on
 * 30 January); the one nearest the date is kept.
 */
export function seasonSlots(calendar: DeadlineCalendar, reportYear: number, agencyClass?: AgencyClass): ReminderSlot[] {
  const slots: ReminderSlot[] = [];
  for (const entry of calendar.entries) {
    if (agencyClass && !appliesTo(entry, agencyClass)) continue;
    const date = entryDate(entry, reportYear);
    const offsets =
      entry.kind === 'overdue' ? (entry.days_after ?? []) : (entry.days_before ?? [0]).map((days) => (days === 0 ? 0 : -days));
    const byDay = new Map<IsoDate, ReminderSlot>();
    for (const offset of offsets) {
      const nominalDay = addCalendarDays(date, offset);
      const day = entry.kind === 'overdue' ? nextWorkingDayOnOrAfter(nominalDay) : previousWorkingDayOnOrBefore(nominalDay);
      const approximate = !isYearCovered(Number(nominalDay.slice(0, 4))) || !isYearCovered(Number(day.slice(0, 4)));
      const existing = byDay.get(day);
      const offsets = [...(existing?.offsets ?? []), offset].sort((a, b) => a - b);
      if (!existing || Math.abs(offset) < Math.abs(existing.offset))
        byDay.set(day, { entry, reportYear, date, offset, offsets, nominalDay, day, approximate });
      else existing.offsets = offsets;
    }
    slots.push(...byDay.values());
  }
  const order = new Map(calendar.entries.map((entry, index) => [entry.id, index]));
  return slots.sort((a, b) => a.day.localeCompare(b.day) || order.get(a.entry.id)! - order.get(b.entry.id)!);
}

/** How offsets read in Chinese: 前7天, 当天, 后14天; several joined with 、. */
export function describeOffset(offset: number | number[]): string {
  const offsets = Array.isArray(offset) ? offset : [offset];
  return offsets.map((value) => (value === 0 ? '当天' : value < 0 ? `前${-value}天` : `后${value}天`)).join('、');
}
