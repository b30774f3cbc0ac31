/**
 * The season overview for the office: one row per agency in scope for a report year, built from
 * the drafts, the stored reports, the reminder log and the deadline calendar the reminders use.
 */
import { shanghaiDate } from '../core/clock.js';
import { draftProgress } from '../data-entry/draft-service.js';
import { agencyClassOf, type DeadlineCalendar, deadlineEntry, entryDate, reportYearOf } from '../reminders/calendar.js';
import { daysBetween } from '../reminders/due.js';
import type { Db } from '../store/db.js';
import type { DraftStore } from '../store/draft-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { SeasonStatus } from './layout.js';

/** One agency's line on the season page. */
export interface SeasonRow {
  agencyId: number;
  agency: string;
  status: SeasonStatus;
  /** Empty cells of the draft (0 for a stored report); null when nothing was started. */
  cellsMissing: number | null;
  sectionsMissing: number;
  ruleBreaks: number;
  lastReminder: string | null;
  deadline: string;
  daysLeft: number;
  updatedAt: string | null;
}

/** The report year the console opens on: the season that runs from July to June, as the reminders count it. */
export function defaultSeasonYear(now: Date): number {
  return reportYearOf(shanghaiDate(now));
}

/** Rows for the agencies given, for one report year. */
export function seasonRows(input: {
  db: Db;
  reports: ReportStore;
  drafts: DraftStore;
  calendar: DeadlineCalendar;
  agencies: Array<{ id: number; name: string }>;
  year: number;
  now: Date;
}): SeasonRow[] {
  const lastReminder = input.db
    .prepare("SELECT MAX(sent_at) FROM reminder_log WHERE agency_id = ? AND report_year = ? AND status = 'sent'")
    .pluck();
  const today = shanghaiDate(input.now);
  return input.agencies.map((agency) => {
    const draft = input.drafts.get(agency.id, input.year);
    const report = input.reports.report(agency.id, input.year);
    const deadline = entryDate(deadlineEntry(input.calendar, agencyClassOf(agency.name)), input.year);
    let status: SeasonStatus = 'none';
    let cellsMissing: number | null = null;
    let sectionsMissing = 0;
    let ruleBreaks = 0;
    if (draft) {
      const progress = draftProgress(input.drafts, draft.id);
      status = draft.status === 'draft' ? 'draft' : draft.status;
      cellsMissing = progress.totalCells - progress.filledCells;
      sectionsMissing = progress.missingSections.length;
      ruleBreaks = progress.violations.filter((violation) => violation.severity === 'error').length;
    }
    // A report stored without a published draft came from an import.
    if (report && draft?.status !== 'published') {
      if (!draft || draft.status === 'draft') status = report.origin === 'entry' ? 'published' : 'imported';
      if (!draft) {
        cellsMissing = 0;
        ruleBreaks = input.reports.violations(report.id).filter((violation) => violation.severity === 'error').length;
      }
    }
    return {
      agencyId: agency.id,
      agency: agency.name,
      status,
      cellsMissing,
      sectionsMissing,
      ruleBreaks,
      lastReminder: (lastReminder.get(agency.id, input.year) as string | null) ?? null,
      deadline,
      daysLeft: daysBetween(today, deadline),
      updatedAt: draft?.updatedAt ?? report?.storedAt ?? null,
    };
  });
}

const STATUS_ORDER: SeasonStatus[] = ['returned', 'none', 'draft', 'submitted', 'imported', 'published'];

/** Sort keys the season page offers. */
export type SeasonSort = 'status' | 'agency' | 'missing' | 'breaks' | 'reminder';

/** Filter by status and sort; the default order puts what needs attention first. */
export function arrangeSeason(rows: SeasonRow[], options: { status?: string; sort?: string; query?: string }): SeasonRow[] {
  const filtered = rows.filter(
    (row) => (!options.status || row.status === options.status) && (!options.query || row.agency.includes(options.query)),
  );
  const byName = (a: SeasonRow, b: SeasonRow) => a.agency.localeCompare(b.agency, 'zh');
  const comparators: Record<SeasonSort, (a: SeasonRow, b: SeasonRow) => number> = {
    status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byName(a, b),
    agency: byName,
    missing: (a, b) => (b.cellsMissing ?? Number.MAX_SAFE_INTEGER) - (a.cellsMissing ?? Number.MAX_SAFE_INTEGER) || byName(a, b),
    breaks: (a, b) => b.ruleBreaks - a.ruleBreaks || byName(a, b),
    reminder: (a, b) => (a.lastReminder ?? '').localeCompare(b.lastReminder ?? '') || byName(a, b),
  };
  const sort = (options.sort && options.sort in comparators ? options.sort : 'status') as SeasonSort;
  return [...filtered].sort(comparators[sort]);
}
