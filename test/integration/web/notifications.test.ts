/** Review notifications: who hears what when a draft moves, retries on failure, and the action never waits for them. */
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { approve, returnDraft } from '../../../src/data-entry/review.js';
import { startReviewNotifications } from '../../../src/notifications/review-notifications.js';
import type { Notifier, ReminderMessage } from '../../../src/reminders/notifiers/port.js';
import { ConsoleStore } from '../../../src/web/console-store.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

let app: TestApp;
afterEach(() => app?.dispose());

function recordingNotifier(failures = 0): Notifier & { sent: ReminderMessage[]; calls: number } {
  const notifier = {
    name: 'recording',
    sent: [] as ReminderMessage[],
    calls: 0,
    async send(message: ReminderMessage) {
      notifier.calls += 1;
      if (notifier.calls <= failures) throw new Error('robot unavailable');
      notifier.sent.push(message);
    },
  };
  return notifier;
}

function setUp(notifier: Notifier) {
  app = makeTestApp();
  const agency = app.reports.agencies().find((candidate) => !app.reports.report(candidate.id, 2025))!;
  const clerk = app.staff.add({ id: 'clerk-1', name: '张三', agency: agency.name, role: 'clerk' });
  const reviewer = app.staff.add({ id: 'rev-1', name: '李四', agency: agency.name, role: 'reviewer' });
  new ConsoleStore(app.db).addOffice({ id: 'office-1', name: '王主任' });
  const service = startReviewNotifications({
    db: app.db,
    drafts: app.drafts,
    reports: app.reports,
    staff: app.staff,
    notifiers: () => [notifier],
    logger: silentLogger,
    now: app.now,
    retry: { attempts: 3, firstDelayMs: 5 },
  });
  const deps = { db: app.db, drafts: app.drafts, reports: app.reports, staff: app.staff, state: app.state, now: app.now };
  const draft = app.drafts.open(agency, 2025);
  return { agency, clerk, reviewer, service, deps, draft };
}

describe('review notifications', () => {
  it('tells reviewers of a submission, the clerk of a return with its reason and of the approval, the office of the publication', async () => {
    const notifier = recordingNotifier();
    const { clerk, reviewer, service, deps, draft } = setUp(notifier);
    // Submitting needs a complete draft; the status change is what the notification follows.
    app.drafts.setStatus(draft.id, 'submitted', { submittedBy: clerk.id });
    await service.idle();
    expect(notifier.sent.map((message) => [message.entryId, message.recipients.map((recipient) => recipient.id)])).toEqual([
      ['review-submitted', ['rev-1']],
    ]);

    expect(returnDraft(deps, reviewer, '新收申请与台账不符', draft.id)).toContain('已退回');
    await service.idle();
    const returned = notifier.sent.at(-1)!;
    expect(returned.recipients.map((recipient) => recipient.id)).toEqual(['clerk-1']);
    expect(returned.text).toContain('新收申请与台账不符');

    app.drafts.setStatus(draft.id, 'submitted', { submittedBy: clerk.id });
    expect(approve(deps, reviewer, draft.id)).toContain('已通过并发布');
    await service.idle();
    const last = notifier.sent.slice(-2).map((message) => [message.entryId, message.recipients.map((recipient) => recipient.id)]);
    expect(last).toEqual([
      ['review-approved', ['clerk-1']],
      ['review-published-office', ['office-1']],
    ]);
    await service.stop();
  });

  it('retries a failed send, logs it, and never blocks or undoes the action', async () => {
    const notifier = recordingNotifier(2);
    const { clerk, service, draft } = setUp(notifier);
    app.drafts.setStatus(draft.id, 'submitted', { submittedBy: clerk.id });
    // The action returned before the send succeeded (it needs two retries): it did not wait for it.
    expect(notifier.sent).toHaveLength(0);
    expect(app.drafts.byId(draft.id)!.status).toBe('submitted');
    await service.idle();
    expect(notifier.calls).toBe(3);
    expect(notifier.sent).toHaveLength(1);
    expect(app.db.prepare('SELECT status, attempts FROM notification_log').all()).toEqual([{ status: 'sent', attempts: 3 }]);

    await service.stop();
    const broken = recordingNotifier(99);
    const other = startReviewNotifications({
      db: app.db,
      drafts: app.drafts,
      reports: app.reports,
      staff: app.staff,
      notifiers: () => [broken],
      logger: silentLogger,
      now: app.now,
      retry: { attempts: 2, firstDelayMs: 1 },
    });
    app.drafts.setStatus(draft.id, 'returned', { reviewedBy: 'rev-1', returnReason: '再核对' });
    await other.idle();
    expect(app.drafts.byId(draft.id)!.status).toBe('returned');
    expect(app.db.prepare("SELECT status, attempts, last_error AS lastError FROM notification_log WHERE status = 'failed'").all()).toEqual([
      { status: 'failed', attempts: 2, lastError: 'robot unavailable' },
    ]);
    await other.stop();
  });

  it('sends nothing for a change that was rolled back', async () => {
    const notifier = recordingNotifier();
    const { clerk, service, draft } = setUp(notifier);
    expect(() =>
      app.db.transaction(() => {
        app.drafts.setStatus(draft.id, 'submitted', { submittedBy: clerk.id });
        throw new Error('later step failed');
      })(),
    ).toThrow('later step failed');
    await service.idle();
    expect(notifier.sent).toHaveLength(0);
    await service.stop();
  });
});
