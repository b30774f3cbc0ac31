/**
 * Notifications when a report moves: reviewers are told when a draft is submitted, the clerk when
 * it is returned (with the reason) or approved, the disclosure office when an agency publishes.
 * They go through the reminders' notifier port (WeCom robot, Wechaty, OA template, console).
 * Sending happens after the action's transaction, in the background, with retries; a failure is
 * logged (and recorded in notification_log) and never undoes or delays the action.
 */
import { reportTitleOf } from '../report/labels.js';
import { shanghaiDate } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Notifier, NotifierDirectory, ReminderMessage, ReminderRecipient } from '../reminders/notifiers/port.js';
import type { Db } from '../store/db.js';
import type { DraftStatusChange, DraftStore } from '../store/draft-store.js';
import type { ReportStore } from '../store/report-store.js';
import type { StaffStore } from '../store/staff-store.js';
import { agenciesInScope, ConsoleStore } from '../web/console-store.js';

/** What a notification is about. */
export type ReviewEvent = 'submitted' | 'returned' | 'approved' | 'published-office';

/** One notification to send. */
export interface ReviewNotice {
  event: ReviewEvent;
  draftId: number;
  agencyId: number;
  agency: string;
  reportYear: number;
  recipients: ReminderRecipient[];
  text: string;
}

/** Retries: attempts in all, and the pause before each retry (doubling). */
export interface NoticeRetry {
  attempts: number;
  firstDelayMs: number;
}

/** Options of the notification service. */
export interface ReviewNotificationOptions {
  db: Db;
  drafts: DraftStore;
  reports: ReportStore;
  staff: StaffStore;
  notifiers: NotifierDirectory;
  logger: Logger;
  now: () => Date;
  retry?: NoticeRetry;
}

/** Decide who hears about a status change, and what they read (pure apart from reading the stores). */
export function noticesFor(
  change: DraftStatusChange,
  stores: Pick<ReviewNotificationOptions, 'drafts' | 'reports' | 'staff'> & { offices: ConsoleStore },
): ReviewNotice[] {
  const draft = stores.drafts.byId(change.draftId);
  if (!draft || draft.status !== change.status) return [];
  const title = `《${reportTitleOf(draft)}》`;
  const members = stores.staff.ofAgency(draft.agencyId);
  const person = (member: {
    id: string;
    name: string;
    role: 'clerk' | 'reviewer';
    mobile?: string;
    addresses?: Record<string, string>;
  }): ReminderRecipient => ({
    id: member.id,
    name: member.name,
    role: member.role,
    mobile: member.mobile,
    addresses: member.addresses,
  });
  const nameOf = (id: string | null | undefined) => (id ? (stores.staff.byId(id)?.name ?? id) : '');
  const base = { draftId: draft.id, agencyId: draft.agencyId, agency: draft.agency, reportYear: draft.year };
  // The clerk who submitted, else every clerk of the agency.
  const clerks = () => {
    const submitter = members.find((member) => member.id === draft.submittedBy);
    return submitter ? [submitter] : members.filter((member) => member.role === 'clerk');
  };
  switch (change.status) {
    case 'submitted': {
      const reviewers = members.filter((member) => member.role === 'reviewer');
      return reviewers.length === 0
        ? []
        : [
            {
              ...base,
              event: 'submitted',
              recipients: reviewers.map(person),
              text: `${title}已由${nameOf(draft.submittedBy)}提交审核。请发“审核”查看，“通过”发布，“退回 理由”退回；也可在年报工作台操作。`,
            },
          ];
    }
    case 'returned': {
      const recipients = clerks().map(person);
      return recipients.length === 0
        ? []
        : [
            {
              ...base,
              event: 'returned',
              recipients,
              text: `${title}被${nameOf(change.by)}退回修改，理由：${change.returnReason ?? draft.returnReason ?? '（未写）'}。请发“填报”修改后重新“提交”。`,
            },
          ];
    }
    case 'published': {
      const notices: ReviewNotice[] = [
        { ...base, event: 'approved', recipients: clerks().map(person), text: `${title}已由${nameOf(change.by)}审核通过并发布。` },
      ];
      const offices = stores.offices
        .offices()
        .filter((office) => agenciesInScope(office, stores.reports).some((agency) => agency.id === draft.agencyId));
      if (offices.length > 0) {
        // The office has no chat role of its own; the notifier port addresses people as clerk or reviewer.
        notices.push({
          ...base,
          event: 'published-office',
          recipients: offices.map((office) => ({ id: office.id, name: office.name, role: 'reviewer' })),
          text: `${draft.agency}已发布${title}。`,
        });
      }
      return notices.filter((notice) => notice.recipients.length > 0);
    }
    default:
      return [];
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Start listening to the draft store. Returns `stop`, which detaches and waits (bounded) for
 * notifications still being sent, and `idle` for tests.
 */
export function startReviewNotifications(options: ReviewNotificationOptions): { stop(): Promise<void>; idle(): Promise<void> } {
  const retry = options.retry ?? { attempts: 3, firstDelayMs: 2000 };
  const log = options.logger.child({ module: 'review-notifications' });
  const offices = new ConsoleStore(options.db, () => options.now().getTime());
  const record = options.db.prepare(
    'INSERT INTO notification_log (at, event, draft_id, recipients, channel, status, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const inFlight = new Set<Promise<void>>();

  async function sendOne(notice: ReviewNotice, notifier: Notifier, recipients: ReminderRecipient[]): Promise<void> {
    const day = shanghaiDate(options.now());
    const message: ReminderMessage = {
      agencyId: notice.agencyId,
      agency: notice.agency,
      entryId: `review-${notice.event}`,
      entryTitle: { submitted: '报告待审核', returned: '报告被退回', approved: '报告已发布', 'published-office': '机关已发布年报' }[
        notice.event
      ],
      day,
      reportYear: notice.reportYear,
      deadline: day,
      daysLeft: 0,
      overdue: false,
      recipients,
      summary: notice.text.slice(0, 20),
      text: notice.text,
    };
    const recordOutcome = (status: 'sent' | 'failed', attempts: number, error: string | null) =>
      record.run(
        options.now().toISOString(),
        notice.event,
        notice.draftId,
        recipients.map((recipient) => recipient.id).join(','),
        notifier.name,
        status,
        attempts,
        error,
      );
    let lastError = '';
    for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
      try {
        await notifier.send(message);
        recordOutcome('sent', attempt, null);
        log.info({ event: notice.event, draftId: notice.draftId, channel: notifier.name, attempt }, 'review notification sent');
        return;
      } catch (error) {
        lastError = error instanceof Error ? error.message : String(error);
        log.warn(
          { event: notice.event, draftId: notice.draftId, channel: notifier.name, attempt, err: error },
          'review notification failed',
        );
        if (attempt < retry.attempts) await delay(retry.firstDelayMs * 2 ** (attempt - 1));
      }
    }
    recordOutcome('failed', retry.attempts, lastError);
    log.error({ event: notice.event, draftId: notice.draftId, channel: notifier.name, lastError }, 'review notification given up');
  }

  async function deliver(change: DraftStatusChange): Promise<void> {
    const notices = noticesFor(change, { ...options, offices });
    for (const notice of notices) {
      const notifiers = options.notifiers({ id: notice.agencyId, name: notice.agency });
      await Promise.all(
        notifiers.map((notifier) =>
          notifier.perRecipient
            ? Promise.all(notice.recipients.map((recipient) => sendOne(notice, notifier, [recipient]))).then(() => undefined)
            : sendOne(notice, notifier, notice.recipients),
        ),
      );
    }
  }

  const previous = options.drafts.onStatusChange;
  const hook = (change: DraftStatusChange) => {
    previous?.(change);
    // After the caller's transaction: a rolled-back change no longer matches the stored status and is dropped.
    const work = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => deliver(change))
      .catch((error: unknown) => log.error({ err: error, draftId: change.draftId }, 'review notification failed before sending'));
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  options.drafts.onStatusChange = hook;
  const idle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return {
    idle,
    async stop() {
      if (options.drafts.onStatusChange === hook) options.drafts.onStatusChange = previous;
      // Bounded, and the bound's timer cleared once idle: a pending 10 s timer would keep the
      // process from exiting after SIGTERM.
      let bound: NodeJS.Timeout | undefined;
      await Promise.race([idle(), new Promise((resolve) => (bound = setTimeout(resolve, 10_000)))]);
      clearTimeout(bound);
    },
  };
}
