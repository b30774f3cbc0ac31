/** Services started beside the webhook: the Wechaty adapter (when configured) and the reminder scheduler. */
import type { App } from './app.js';
import type { WeChatApiClient } from './channels/wechat-oa/api-client.js';
import type { Config } from './config/config.js';
import { SHANGHAI_TIME_ZONE } from './core/clock.js';
import type { Logger } from './core/log.js';
import { createNotifierDirectory } from './reminders/notifiers/directory.js';
import type { WeComAppSender } from './reminders/notifiers/wecom-app.js';
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
  /** The official account's API client, shared so there is one access token. */
  apiClient?: WeChatApiClient;
  /** The WeCom app's sender, for the `wecom-app` notifier. */
  weComApp?: WeComAppSender;
  /** Start the reminder scheduler (default true). */
  reminders?: boolean;
}

/** Start what the configuration asks for; each leaves its stop function. */
export async function startExtras(app: App, config: Config, logger: Logger, options: ExtrasOptions = {}): Promise<Extras> {
  const stops: Array<() => Promise<void> | void> = [];
  const started: string[] = [];
  const checks: Record<string, () => ComponentHealth> = {};
  let stopped = false;
  let say: ((targetId: string, text: string) => Promise<void>) | undefined;
  if (config.WECHATY_PUPPET) {
    const { startWechatyAdapter } = await import('./channels/wechaty.js');
    const wechaty = await startWechatyAdapter({
      puppet: config.WECHATY_PUPPET,
      puppetToken: config.WECHATY_PUPPET_TOKEN,
      handler: app.handle,
      logger,
    });
    say = wechaty.say;
    stops.push(() => wechaty.stop());
    checks.wechaty = () =>
      wechaty.bot.isLoggedIn
        ? { ok: true }
        : { ok: false, detail: 'not logged in (scan the QR code in the log, or check the puppet token)' };
    started.push(`wechaty (${config.WECHATY_PUPPET})`);
  }
  const notifiers = createNotifierDirectory({ config, say, getAccessToken: options.apiClient?.getAccessToken, weComApp: options.weComApp });
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
