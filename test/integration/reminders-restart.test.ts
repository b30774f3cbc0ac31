/**
 * Exactly once across crashes and restarts, retries with backoff, and the real node-cron job
 * under vitest fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.js';
import { silentLogger } from '../../src/core/log.js';
import { loadDeadlineCalendar } from '../../src/reminders/calendar.js';
import type { Notifier, ReminderMessage } from '../../src/reminders/notifiers/port.js';
import { runReminderPass } from '../../src/reminders/pass.js';
import { ReminderLog } from '../../src/reminders/reminder-log.js';
import { reminderCronExpression, startReminderScheduler } from '../../src/reminders/scheduler.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const calendar = loadDeadlineCalendar();
const XIGONG = '洛阳市西工区科学技术局';
const GOVERNMENT = '中卫市人民政府办公室';

function at(day: string, time = '09:00'): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

function recordingNotifier(name = 'test'): Notifier & { sent: ReminderMessage[] } {
  const sent: ReminderMessage[] = [];
  return { name, sent, send: async (reminder) => void sent.push(reminder) };
}

const apps: TestApp[] = [];
function seasonApp(now: () => Date): TestApp {
  const app = makeTestApp({ now });
  app.staff.add({ id: 'xg-clerk', name: '张三', agency: XIGONG, role: 'clerk', mobile: '13800000001' });
  app.staff.add({ id: 'xg-clerk-2', name: '周九', agency: XIGONG, role: 'clerk' });
  app.staff.add({ id: 'gov-clerk', name: '王五', agency: GOVERNMENT, role: 'clerk' });
  apps.push(app);
  return app;
}

/** The same database file opened again, as a restarted process would. */
function restart(app: TestApp, now: () => Date) {
  const again = createApp(app.config, { logger: silentLogger, now });
  return again;
}

afterEach(() => {
  vi.useRealTimers();
  for (const app of apps.splice(0)) app.dispose();
});

describe('exactly once across a crash', () => {
  it('a crash between record and send: the restart sends it once, and nothing twice', async () => {
    const app = seasonApp(() => at('2026-01-28'));
    // The first process records, starts sending, and dies: its send never completes.
    let reached = 0;
    const dying: Notifier = { name: 'test', send: () => new Promise<void>(() => void (reached += 1)) };
    void runReminderPass({ app, calendar, notifiers: [dying], now: at('2026-01-28', '09:00'), hour: 9, instance: 'process-1' });
    await vi.waitFor(() => expect(reached).toBe(1));
    const ledger = new ReminderLog(app.db);
    expect(
      ledger
        .all()
        .map((row) => [row.personId, row.status, row.attempts, row.claimedBy])
        .sort(),
    ).toEqual([
      ['xg-clerk', 'pending', 1, 'process-1'],
      ['xg-clerk-2', 'pending', 1, 'process-1'],
    ]);

    // The restart, a minute later, on the same file. It cannot tell a dead process from a slow
    // one, so the claim holds for its lease (5 minutes) and the next pass takes it over.
    const restarted = restart(app, () => at('2026-01-28', '09:01'));
    const notifier = recordingNotifier();
    const early = await runReminderPass({
      app: restarted,
      calendar,
      notifiers: [notifier],
      now: at('2026-01-28', '09:01'),
      hour: 9,
      instance: 'process-2',
    });
    expect(early.deliveries).toEqual([]);
    const first = await runReminderPass({
      app: restarted,
      calendar,
      notifiers: [notifier],
      now: at('2026-01-28', '10:00'),
      hour: 9,
      instance: 'process-2',
    });
    expect(first.deliveries.map((item) => `${item.recipient} ${item.status}`).sort()).toEqual(['周九 sent', '张三 sent']);
    expect(notifier.sent).toHaveLength(1); // one group message to both clerks
    // Later passes that day and another restart: nothing more.
    for (const time of ['10:01', '11:00', '20:00'])
      await runReminderPass({
        app: restarted,
        calendar,
        notifiers: [notifier],
        now: at('2026-01-28', time),
        hour: 9,
        instance: 'process-2',
      });
    const third = restart(app, () => at('2026-01-28', '11:00'));
    await runReminderPass({ app: third, calendar, notifiers: [notifier], now: at('2026-01-28', '11:00'), hour: 9, instance: 'process-3' });
    expect(notifier.sent).toHaveLength(1);
    expect(new ReminderLog(third.db).all().map((row) => [row.status, row.attempts, row.claimedBy])).toEqual([
      ['sent', 2, null],
      ['sent', 2, null],
    ]);
    restarted.close();
    third.close();
  });

  it('two processes passing at the same time: each reminder goes out once', async () => {
    const app = seasonApp(() => at('2026-01-28'));
    const other = restart(app, () => at('2026-01-28'));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: ReminderMessage[] = [];
    const slow: Notifier = {
      name: 'test',
      send: async (reminder) => {
        await gate;
        sent.push(reminder);
      },
    };
    const first = runReminderPass({ app, calendar, notifiers: [slow], now: at('2026-01-28', '09:00'), hour: 9, instance: 'serve' });
    const second = await runReminderPass({
      app: other,
      calendar,
      notifiers: [slow],
      now: at('2026-01-28', '09:00'),
      hour: 9,
      instance: 'cli',
    });
    expect(second.deliveries).toEqual([]);
    release();
    expect((await first).deliveries.map((item) => item.status)).toEqual(['sent', 'sent']);
    expect(sent).toHaveLength(1);
    other.close();
  });

  it('a notifier that throws after the record: retried with backoff, bounded, then finished by a later pass', async () => {
    const app = seasonApp(() => at('2026-01-28'));
    const sleeps: number[] = [];
    const retry = {
      maxAttempts: 5,
      attemptsPerPass: 3,
      backoffMs: 1000,
      sleep: async (milliseconds: number) => void sleeps.push(milliseconds),
    };
    let calls = 0;
    const flaky: Notifier = {
      name: 'test',
      send: async () => {
        calls += 1;
        throw new Error('errcode 45009 api freq out of limit');
      },
    };
    const failed = await runReminderPass({ app, calendar, notifiers: [flaky], now: at('2026-01-28', '09:00'), hour: 9, retry });
    expect(calls).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(failed.deliveries.map((item) => item.status)).toEqual(['failed', 'failed']);
    expect(new ReminderLog(app.db).all().map((row) => [row.status, row.attempts, row.lastError])).toEqual([
      ['failed', 3, 'errcode 45009 api freq out of limit'],
      ['failed', 3, 'errcode 45009 api freq out of limit'],
    ]);

    // The hourly pass retries; two attempts are left of five.
    await runReminderPass({ app, calendar, notifiers: [flaky], now: at('2026-01-28', '10:00'), hour: 9, retry });
    expect(calls).toBe(5);
    await runReminderPass({ app, calendar, notifiers: [flaky], now: at('2026-01-28', '11:00'), hour: 9, retry });
    expect(calls).toBe(5); // bounded: no sixth attempt

    // Another agency's reminder on a later day is not held up; the old one is given up when superseded.
    const good = recordingNotifier();
    const flakyThenGood = { name: 'test', send: good.send };
    const next = await runReminderPass({ app, calendar, notifiers: [flakyThenGood], now: at('2026-01-30', '09:00'), hour: 9, retry });
    expect(next.cancelled).toBe(2);
    expect(good.sent.map((sent) => sent.day)).toEqual(['2026-01-30']);
  });

  it('a failure that recovers within the pass is sent once', async () => {
    const app = seasonApp(() => at('2026-01-28'));
    let calls = 0;
    const sent: ReminderMessage[] = [];
    const recovering: Notifier = {
      name: 'test',
      send: async (reminder) => {
        calls += 1;
        if (calls === 1) throw new Error('HTTP 502');
        sent.push(reminder);
      },
    };
    const result = await runReminderPass({
      app,
      calendar,
      notifiers: [recovering],
      now: at('2026-01-28', '09:00'),
      hour: 9,
      retry: { sleep: async () => undefined },
    });
    expect(result.deliveries.map((item) => item.status)).toEqual(['sent', 'sent']);
    expect(sent).toHaveLength(1);
    expect(new ReminderLog(app.db).all().map((row) => [row.status, row.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('per-recipient channels: one person’s failure never resends to the other', async () => {
    const app = seasonApp(() => at('2026-01-28'));
    const delivered: string[] = [];
    let failNext = true;
    const personal: Notifier = {
      name: 'wechaty',
      perRecipient: true,
      send: async (reminder) => {
        const person = reminder.recipients[0].id;
        if (person === 'xg-clerk-2' && failNext) {
          failNext = false;
          throw new Error('contact not found');
        }
        delivered.push(person);
        expect(reminder.text).toContain(`致：${reminder.recipients[0].name}\n`);
      },
    };
    const retry = { attemptsPerPass: 1 };
    await runReminderPass({ app, calendar, notifiers: [personal], now: at('2026-01-28', '09:00'), hour: 9, retry });
    await runReminderPass({ app, calendar, notifiers: [personal], now: at('2026-01-28', '10:00'), hour: 9, retry });
    expect(delivered).toEqual(['xg-clerk', 'xg-clerk-2']);
  });
});

describe('the node-cron job under fake timers', () => {
  it('uses one cron expression over the sending window', () => {
    expect(reminderCronExpression(9)).toBe('0 9-20 * * *');
    expect(reminderCronExpression(22)).toBe('0 22 * * *');
  });

  it('fires at the hour in Asia/Shanghai, skips the Spring Festival, works the make-up Saturday; a restart around the send time sends nothing twice and misses nothing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(at('2026-02-13', '08:59'));
    const app = seasonApp(() => new Date());
    const notifier = recordingNotifier();
    const passes: string[] = [];
    const options = {
      app,
      notifiers: [notifier],
      hour: 9,
      timezone: 'Asia/Shanghai' as const,
      calendar,
      onPass: (result: { at: string }) => void passes.push(result.at),
    };
    // The service has been running: Monday 9 February's follow-up went out then.
    await runReminderPass({ app, calendar, notifiers: [notifier], now: at('2026-02-09', '09:00'), hour: 9 });
    expect(notifier.sent.map((sent) => sent.day)).toEqual(['2026-02-09']);
    notifier.sent.length = 0;

    let stop = startReminderScheduler(options);
    // The catch-up pass at 08:59 is outside the window: nothing.
    await vi.advanceTimersByTimeAsync(0);
    expect(notifier.sent).toEqual([]);

    // Fri 13 Feb: no reminder day. Sat 14 Feb (make-up working day): the overdue follow-up at 09:00.
    await vi.advanceTimersByTimeAsync(at('2026-02-14', '09:00').getTime() - Date.now() + 30_000);
    expect(passes.filter((pass) => pass.startsWith('2026-02-13T'))).toHaveLength(13); // 08:59 catch-up, then 09:00–20:00 hourly: nothing due
    expect(notifier.sent.map((sent) => `${sent.day} ${sent.agency}`)).toEqual([`2026-02-14 ${XIGONG}`]);
    expect(passes).toContain(at('2026-02-14', '09:00').toISOString());

    // Restart around the send time: "crash" at 09:00:30 and start again at once; the catch-up pass sends nothing twice.
    await stop();
    stop = startReminderScheduler(options);
    await vi.advanceTimersByTimeAsync(1000);
    expect(notifier.sent).toHaveLength(1);

    // Through the Spring Festival (15–23 Feb) to Tuesday 24 Feb 09:00.
    await vi.advanceTimersByTimeAsync(at('2026-02-24', '09:00').getTime() - Date.now() + 30_000);
    expect(notifier.sent.map((sent) => sent.day)).toEqual(['2026-02-14', '2026-02-24']);

    // Down over the next reminder day (Sat 28 Feb, a make-up working day): stop on the 27th, start on the 28th at 10:15.
    await stop();
    vi.setSystemTime(at('2026-02-28', '10:15'));
    stop = startReminderScheduler(options);
    await vi.advanceTimersByTimeAsync(1000);
    expect(notifier.sent.map((sent) => sent.day)).toEqual(['2026-02-14', '2026-02-24', '2026-02-28']);
    // The hourly passes that follow repeat nothing.
    await vi.advanceTimersByTimeAsync(3 * 3600_000);
    expect(notifier.sent).toHaveLength(3);
    await stop();

    const rows = new ReminderLog(app.db).all();
    expect(rows.every((row) => row.status === 'sent' && row.attempts === 1)).toBe(true);
    expect(rows.map((row) => `${row.personId} ${row.day}`).sort()).toEqual([
      'xg-clerk 2026-02-09',
      'xg-clerk 2026-02-14',
      'xg-clerk 2026-02-24',
      'xg-clerk 2026-02-28',
      'xg-clerk-2 2026-02-09',
      'xg-clerk-2 2026-02-14',
      'xg-clerk-2 2026-02-24',
      'xg-clerk-2 2026-02-28',
    ]);
  });

  it('refuses a time zone other than Asia/Shanghai and a bad hour, listing both', () => {
    const app = seasonApp(() => new Date());
    expect(() => startReminderScheduler({ app, notifiers: [], hour: 25, timezone: 'UTC' as 'Asia/Shanghai', calendar })).toThrow(
      /hour[\s\S]*timezone/,
    );
  });
});
