/**
 * The reminder pass: gather the agencies, ask the pure functions what is due, record each
 * reminder in the ledger, send it, mark it. The cron job, the catch-up on start and
 * `gongkai remind` all run this one function.
 */
import type { App } from '../app.js';
import { type IsoDate, shanghaiDate } from '../core/clock.js';
import { draftProgress } from '../data-entry/draft-service.js';
import type { StaffMember, StaffRole } from '../store/staff-store.js';
import { type DeadlineCalendar, reportYearOf } from './calendar.js';
import { type AgencyReminderState, type DueReminder, dueReminders, reminderText, withinSendWindow } from './due.js';
import type { Notifier, NotifierDirectory, ReminderMessage } from './notifiers/port.js';
import { type ReminderKey, ReminderLog, type ReminderLogRow } from './reminder-log.js';

/** The parts of the application the reminders use. */
export type ReminderApp = Pick<App, 'db' | 'staff' | 'drafts' | 'reports' | 'logger' | 'now'>;

/** How failed sends are retried: with doubling backoff inside a pass, bounded in total across passes. */
export interface RetryPolicy {
  /** Attempts per reminder over its whole life (restarts and later passes included). */
  maxAttempts: number;
  /** Attempts within one pass before leaving it to the next pass (the cron runs hourly). */
  attemptsPerPass: number;
  /** First wait between attempts; doubled each time. */
  backoffMs: number;
  sleep: (milliseconds: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxAttempts: 6,
  attemptsPerPass: 3,
  backoffMs: 2_000,
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

/** One reminder to one person on one channel, as the pass reports it. */
export interface ReminderDelivery {
  agency: string;
  agencyId: number;
  /** The person's name. */
  recipient: string;
  recipientId: string;
  role: StaffRole;
  channel: string;
  text: string;
  /** The calendar entry id. */
  entry: string;
  /** The reminder day it belongs to. */
  day: IsoDate;
  /** would-send: a dry run's answer. */
  status: 'sent' | 'failed' | 'would-send';
  attempts: number;
  error?: string;
}

export interface ReminderPassResult {
  at: string;
  today: IsoDate;
  reportYear: number;
  /** False on days off and outside the sending hours: then nothing at all is done. */
  withinWindow: boolean;
  deliveries: ReminderDelivery[];
  /** Unconfirmed reminders given up because they are no longer relevant. */
  cancelled: number;
}

export interface ReminderPassOptions {
  app: ReminderApp;
  calendar: DeadlineCalendar;
  /** Notifiers per agency, or one list for every agency. */
  notifiers: NotifierDirectory | Notifier[];
  now: Date;
  /** The configured sending hour (Asia/Shanghai). */
  hour: number;
  /** Compute what would go out; record and send nothing. */
  dryRun?: boolean;
  retry?: Partial<RetryPolicy>;
  /** Which process this is, for claims in the ledger (default: this process; tests simulate others). */
  instance?: string;
}

/** One agency's draft and published state for `reportYear`, with the staff given. */
function stateOf(
  app: Pick<ReminderApp, 'drafts' | 'reports'>,
  agency: { id: number; name: string },
  staff: StaffMember[],
  reportYear: number,
): AgencyReminderState {
  const draft = app.drafts.get(agency.id, reportYear);
  return {
    agency,
    staff,
    draft: draft ? { status: draft.status, returnReason: draft.returnReason, progress: draftProgress(app.drafts, draft.id) } : undefined,
    published: draft?.status === 'published' || app.reports.report(agency.id, reportYear) !== undefined,
  };
}

/** The agencies with registered staff, with their draft and published state for `reportYear`. */
export function gatherAgencyStates(app: Pick<ReminderApp, 'staff' | 'drafts' | 'reports'>, reportYear: number): AgencyReminderState[] {
  const byAgency = new Map<number, { agency: { id: number; name: string }; staff: StaffMember[] }>();
  for (const member of app.staff.list()) {
    const entry = byAgency.get(member.agencyId) ?? { agency: { id: member.agencyId, name: member.agency }, staff: [] };
    entry.staff.push(member);
    byAgency.set(member.agencyId, entry);
  }
  return [...byAgency.values()].map((entry) => stateOf(app, entry.agency, entry.staff, reportYear));
}

/** The state of one agency (for the "提醒" command). */
export function agencyState(
  app: Pick<ReminderApp, 'staff' | 'drafts' | 'reports'>,
  agency: { id: number; name: string },
  reportYear: number,
): AgencyReminderState {
  return stateOf(app, agency, app.staff.ofAgency(agency.id), reportYear);
}

function messageOf(due: DueReminder, recipients: StaffMember[]): ReminderMessage {
  return {
    agencyId: due.agencyId,
    agency: due.agency,
    entryId: due.entry.id,
    entryTitle: due.entry.title,
    day: due.slot.day,
    reportYear: due.reportYear,
    deadline: due.deadline,
    daysLeft: due.daysLeft,
    overdue: due.overdue,
    recipients: recipients.map((member) => ({
      id: member.id,
      name: member.name,
      role: member.role,
      mobile: member.mobile,
      addresses: member.addresses,
    })),
    summary: due.summary,
    text: reminderText(due, recipients),
  };
}

function keyOf(due: DueReminder, member: StaffMember, notifier: Notifier): ReminderKey {
  return { agencyId: due.agencyId, personId: member.id, entryId: due.entry.id, day: due.slot.day, channel: notifier.name };
}

/**
 * Run one pass as of `now`. Outside the sending window (days off, before the hour, late evening)
 * it does nothing. Otherwise each due reminder is recorded as pending in one transaction, sent,
 * and marked sent or failed; failed ones are retried with backoff, within the policy's bounds.
 * Unconfirmed reminders that are no longer due are cancelled. Passes must not overlap (the
 * scheduler serialises them).
 */
export async function runReminderPass(options: ReminderPassOptions): Promise<ReminderPassResult> {
  const { app, calendar, now, hour } = options;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const today = shanghaiDate(now);
  const reportYear = reportYearOf(today);
  const result: ReminderPassResult = {
    at: now.toISOString(),
    today,
    reportYear,
    withinWindow: withinSendWindow(now, hour),
    deliveries: [],
    cancelled: 0,
  };
  if (!result.withinWindow) return result;

  const logger = app.logger.child({ module: 'reminders' });
  const ledger = new ReminderLog(app.db, () => now, options.instance);
  const directory: NotifierDirectory = Array.isArray(options.notifiers) ? () => options.notifiers as Notifier[] : options.notifiers;
  const due = dueReminders({ now, calendar, hour, agencies: gatherAgencyStates(app, reportYear) });
  const plan = due.map((reminder) => ({ reminder, notifiers: directory({ id: reminder.agencyId, name: reminder.agency }) }));

  const delivery = (
    reminder: DueReminder,
    member: StaffMember,
    notifier: Notifier,
    text: string,
    status: ReminderDelivery['status'],
    attempts: number,
    error?: string,
  ): ReminderDelivery => ({
    agency: reminder.agency,
    agencyId: reminder.agencyId,
    recipient: member.name,
    recipientId: member.id,
    role: member.role,
    channel: notifier.name,
    text,
    entry: reminder.entry.id,
    day: reminder.slot.day,
    status,
    attempts,
    ...(error ? { error } : {}),
  });
  const retryable = (row: ReminderLogRow | undefined) =>
    !row || ((row.status === 'pending' || row.status === 'failed') && row.attempts < retry.maxAttempts);

  if (options.dryRun) {
    for (const { reminder, notifiers } of plan) {
      for (const notifier of notifiers) {
        for (const member of reminder.recipients) {
          const row = ledger.find(keyOf(reminder, member, notifier));
          if (!retryable(row)) continue;
          const text = reminderText(reminder, notifier.perRecipient ? [member] : reminder.recipients);
          result.deliveries.push(delivery(reminder, member, notifier, text, 'would-send', row?.attempts ?? 0));
        }
      }
    }
    return result;
  }

  // Record first: from here on a crash leaves pending rows that the next pass finishes.
  const recorded = ledger.record(
    plan.flatMap(({ reminder, notifiers }) =>
      notifiers.flatMap((notifier) => [
        ...reminder.recipients.map((member) => ({
          ...keyOf(reminder, member, notifier),
          reportYear,
          text: reminderText(reminder, notifier.perRecipient ? [member] : reminder.recipients),
        })),
        ...reminder.paused.map((member) => ({ ...keyOf(reminder, member, notifier), reportYear, text: '', cancelledBecause: 'paused' })),
      ]),
    ),
  );
  const current = new Set(recorded.map((row) => row.id));
  const stale = ledger.open().filter((row) => !current.has(row.id));
  if (stale.length > 0) {
    ledger.cancel(
      stale.map((row) => row.id),
      'no longer due (superseded, published or staff changed)',
    );
    result.cancelled = stale.length;
  }

  for (const { reminder, notifiers } of plan) {
    for (const notifier of notifiers) {
      const rows = reminder.recipients
        .map((member) => ({ member, row: ledger.find(keyOf(reminder, member, notifier))! }))
        .filter(({ row }) => row && row.status !== 'cancelled' && retryable(row));
      const groups = notifier.perRecipient ? rows.map((item) => [item]) : rows.length > 0 ? [rows] : [];
      for (const group of groups) {
        let members = group.map((item) => item.member);
        let ids = group.map((item) => item.row.id);
        let attempts = Math.max(...group.map((item) => item.row.attempts));
        for (let attemptInPass = 1; ; attemptInPass += 1) {
          // Another process sending the same reminder right now keeps it; this pass leaves it alone.
          const claimed = ledger.claim(ids, retry.maxAttempts);
          if (claimed.length === 0) break;
          members = members.filter((_, index) => claimed.includes(ids[index]));
          ids = claimed;
          attempts += 1;
          const message = messageOf(reminder, members);
          try {
            await notifier.send(message);
            ledger.markSent(ids, message.text);
            for (const member of members) result.deliveries.push(delivery(reminder, member, notifier, message.text, 'sent', attempts));
            break;
          } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            ledger.markFailed(ids, reason, message.text);
            logger.warn(
              { event: 'reminder_failed', agency: reminder.agency, entry: reminder.entry.id, channel: notifier.name, attempts, reason },
              'reminder send failed',
            );
            if (attemptInPass >= retry.attemptsPerPass || attempts >= retry.maxAttempts) {
              for (const member of members)
                result.deliveries.push(delivery(reminder, member, notifier, message.text, 'failed', attempts, reason));
              break;
            }
            await retry.sleep(retry.backoffMs * 2 ** (attemptInPass - 1));
          }
        }
      }
    }
  }
  const sent = result.deliveries.filter((item) => item.status === 'sent').length;
  if (result.deliveries.length > 0 || result.cancelled > 0) {
    logger.info(
      { event: 'reminder_pass', today, sent, failed: result.deliveries.length - sent, cancelled: result.cancelled },
      'reminder pass',
    );
  }
  return result;
}
