/**
 * The cron wiring: node-cron runs the reminder pass every hour of the sending window (the
 * configured hour first) in Asia/Shanghai, and once on start to catch up what was missed while
 * the service was down. The pass is idempotent, so the later hourly runs only retry failures and
 * reach staff registered since.
 */
import cron from 'node-cron';
import { GongkaiError } from '../core/errors.js';
import { type DeadlineCalendar, loadDeadlineCalendar } from './calendar.js';
import { SHANGHAI_TIME_ZONE } from '../core/clock.js';
import { sendWindowEnd } from './due.js';
import type { Notifier, NotifierDirectory } from './notifiers/port.js';
import { type ReminderApp, type ReminderPassResult, type RetryPolicy, runReminderPass } from './pass.js';

/** The holiday arithmetic (core/clock.ts) is Shanghai time, so the cron must be too. */
export const REMINDER_TIMEZONE = SHANGHAI_TIME_ZONE;

export interface ReminderSchedulerOptions {
  app: ReminderApp;
  /** Notifiers per agency (`createNotifierDirectory`), or one list for every agency. */
  notifiers: NotifierDirectory | Notifier[];
  /** Sending hour, 0–23 (REMINDER_HOUR). */
  hour: number;
  timezone: typeof REMINDER_TIMEZONE;
  /** Default: data/deadline-calendar.json, validated now. */
  calendar?: DeadlineCalendar;
  /** Run a pass at once to send reminders missed while the service was down (default true). */
  catchUpOnStart?: boolean;
  /** The clock; default `app.now`. */
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Called after each pass (tests, metrics). */
  onPass?: (result: ReminderPassResult) => void;
}

/** A serialised pass: concurrent calls queue, so the catch-up and a cron tick never overlap. */
export type ReminderTask = () => Promise<ReminderPassResult>;

/** The cron expression: minute 0 of every hour from `hour` to the end of the sending window. */
export function reminderCronExpression(hour: number): string {
  const last = sendWindowEnd(hour) - 1;
  return last === hour ? `0 ${hour} * * *` : `0 ${hour}-${last} * * *`;
}

function checkOptions(options: Pick<ReminderSchedulerOptions, 'hour' | 'timezone'>): void {
  const problems: string[] = [];
  if (!Number.isInteger(options.hour) || options.hour < 0 || options.hour > 23)
    problems.push(`  - hour: must be an integer 0–23, got ${options.hour}`);
  if (options.timezone !== REMINDER_TIMEZONE)
    problems.push(
      `  - timezone: reminders follow the Chinese working-day calendar and run in ${REMINDER_TIMEZONE}, got ${String(options.timezone)}`,
    );
  if (problems.length > 0) throw new GongkaiError('CONFIG', `invalid reminder scheduler options:\n${problems.join('\n')}`);
}

/**
 * The function the scheduler registers with node-cron: one pass as of the clock, serialised,
 * its failures logged and never thrown into node-cron.
 */
export function createReminderTask(options: Omit<ReminderSchedulerOptions, 'catchUpOnStart'>): ReminderTask {
  checkOptions(options);
  const calendar = options.calendar ?? loadDeadlineCalendar();
  const clock = options.now ?? options.app.now;
  const logger = options.app.logger.child({ module: 'reminders' });
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const run = queue.then(async () => {
      const result = await runReminderPass({
        app: options.app,
        calendar,
        notifiers: options.notifiers,
        now: clock(),
        hour: options.hour,
        retry: options.retry,
      });
      options.onPass?.(result);
      return result;
    });
    queue = run.catch((error: unknown) => {
      logger.error(
        { event: 'reminder_pass_failed', error: error instanceof Error ? error.message : String(error) },
        'reminder pass failed',
      );
    });
    return run;
  };
}

/**
 * Start the reminders: node-cron's `schedule(expression, task, { timezone })` hourly through the
 * sending window, plus a catch-up pass now. Returns a stop function that stops the cron job and
 * waits for a pass in progress.
 *
 * In services.ts (the ports come from the composed channels, `(await app.channels()).notifierPorts`):
 *   const notifiers = createNotifierDirectory({ config, ...ports });
 *   const stopReminders = startReminderScheduler({ app, notifiers, hour: config.REMINDER_HOUR, timezone: SHANGHAI_TIME_ZONE });
 *   // on shutdown: await stopReminders();
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): () => Promise<void> {
  const task = createReminderTask(options);
  const logger = options.app.logger.child({ module: 'reminders' });
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    const pass = task();
    running = pass.catch(() => undefined);
    return running;
  };
  const job = cron.schedule(reminderCronExpression(options.hour), run, {
    timezone: options.timezone,
    name: 'gongkai-reminders',
    noOverlap: true,
    logger: {
      info: (message) => logger.debug({ event: 'cron' }, message),
      warn: (message) => logger.warn({ event: 'cron' }, message),
      error: (message) => logger.error({ event: 'cron' }, String(message)),
      debug: (message) => logger.debug({ event: 'cron' }, String(message)),
    },
  });
  if (options.catchUpOnStart ?? true) void run();
  logger.info(
    { event: 'reminders_started', expression: reminderCronExpression(options.hour), timezone: options.timezone },
    'reminder scheduler started',
  );
  return async () => {
    await job.stop();
    await job.destroy();
    await running;
  };
}
