/**
 * Services started beside the channels: review notifications and the reminder scheduler. Their
 * notifiers send through the ports the composed channels offer (src/channels/index.ts), so this
 * file names no channel.
 */
import type { App } from './app.js';
import type { NotifierPorts } from './channels/index.js';
import type { Config } from './config/config.js';
import { SHANGHAI_TIME_ZONE } from './core/clock.js';
import type { Logger } from './core/log.js';
import { createNotifierDirectory } from './reminders/notifiers/directory.js';
import { startReminderScheduler } from './reminders/scheduler.js';
import { startReviewNotifications } from './notifications/review-notifications.js';

/** One component's state for /healthz. */
export interface ComponentHealth {
  ok: boolean;
  detail?: string;
}

export interface Extras {
  started: string[];
  stop(): Promise<void>;
  /** The state of each service started here (only configured ones appear). */
  health(): Record<string, ComponentHealth>;
}

export interface ExtrasOptions {
  /** The notifiers' ports from the composed channels (`app.channels()`); without them only webhook and console notifiers work. */
  ports?: NotifierPorts;
  /** Start the reminder scheduler (default true). */
  reminders?: boolean;
}

/** Start what the configuration asks for; each leaves its stop function. */
export async function startExtras(app: App, config: Config, logger: Logger, options: ExtrasOptions = {}): Promise<Extras> {
  const stops: Array<() => Promise<void> | void> = [];
  const started: string[] = [];
  const checks: Record<string, () => ComponentHealth> = {};
  let stopped = false;
  const notifiers = createNotifierDirectory({ config, ...options.ports });
  const notifications = startReviewNotifications({
    db: app.db,
    drafts: app.drafts,
    reports: app.reports,
    staff: app.staff,
    notifiers,
    logger,
    now: app.now,
  });
  stops.push(() => notifications.stop());
  started.push('review notifications');
  if (options.reminders ?? true) {
    stops.push(startReminderScheduler({ app, notifiers, hour: config.REMINDER_HOUR, timezone: SHANGHAI_TIME_ZONE }));
    checks.reminders = () =>
      stopped ? { ok: false, detail: 'stopped' } : { ok: true, detail: `daily from ${config.REMINDER_HOUR}:00 Asia/Shanghai` };
    started.push(`reminders (${config.REMINDER_HOUR}:00 Asia/Shanghai, ${config.REMINDER_NOTIFIERS})`);
  }
  return {
    started,
    stop: async () => {
      stopped = true;
      for (const stop of stops.reverse()) await stop();
    },
    health: () => Object.fromEntries(Object.entries(checks).map(([name, check]) => [name, check()])),
  };
}
