/**
 * `npm start` / `gongkai serve`: starts the running service. createApp (src/app.ts, the only
 * composition root) builds the application, its pipeline and its channels; this file starts and
 * stops them: every receiver createApp composed (the HTTP ones mounted on the one HTTP server), the
 * review notifications and the reminder scheduler.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type App, createApp } from './app.js';
import { allReceiversFrom, clientsFrom, notifierPortsFrom } from './channels/index.js';
import { isHttpReceiver } from './channels/receiver.js';
import { type Config, listenHost } from './config/config.js';
import { GongkaiError } from './core/errors.js';
import { type Logger, silentLogger } from './core/log.js';
import { createServiceServer } from './http/service-server.js';
import { createNotifierDirectory } from './reminders/notifiers/directory.js';
import { type ComponentHealth, type Extras, startExtras } from './services.js';
import { loadDeadlineCalendar } from './reminders/calendar.js';
import { ConsoleStore } from './web/console-store.js';
import { createWebApp } from './web/web-app.js';

export interface RunningService {
  app: App;
  address: AddressInfo;
  /** The token in use (the configured one, or a random development token). */
  token: string;
  developmentToken: boolean;
  /** Lines for a person starting the service: where it listens and how to try it. */
  banner: string[];
  stop(): Promise<void>;
}

/** The database answers a read, and says whether it takes writes. */
function databaseHealth(app: App): ComponentHealth {
  try {
    app.db.prepare('SELECT 1').get();
    return app.db.readonly ? { ok: true, detail: 'read-only: questions answered, nothing can be saved' } : { ok: true };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/** How often expired conversation state is deleted. */
const STATE_SWEEP_MS = 10 * 60_000;

/** A ready-to-run curl command that sends a signed text message to the webhook. */
export function signedCurlExample(baseUrl: string, token: string, question = '西工区科技局2024年办理了几件行政许可？'): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(4).toString('hex');
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  const xml = `<xml><ToUserName><![CDATA[gh_dev]]></ToUserName><FromUserName><![CDATA[dev-user]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${question}]]></Content><MsgId>${Date.now()}</MsgId></xml>`;
  return `curl -s -X POST '${baseUrl}/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}' -H 'Content-Type: text/xml' --data '${xml}'`;
}

/**
 * Every configuration problem the service would meet while starting, found before anything
 * starts (the environment itself was checked by loadConfig): notifier specs and their keys,
 * data/notifiers.json. A half-started service (webhook up, reminders dead) is worse than none.
 */
export function startupProblems(config: Config, options: { reminders?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (options.reminders ?? true) {
    try {
      // The channels the configuration enables, built but not started, offer the notifiers' ports.
      const clients = clientsFrom(config, silentLogger);
      createNotifierDirectory({ config, ...notifierPortsFrom(config, clients, allReceiversFrom(config, silentLogger, clients)) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push(
        ...message
          .split('\n')
          .filter((line) => line.trim().startsWith('-'))
          .map((line) => line.trim()),
      );
      if (!problems.length) problems.push(`- ${message}`);
    }
  }
  return problems;
}

/** Start everything; resolves once the webhook listens. */
export async function startService(
  config: Config,
  logger: Logger,
  options: { now?: () => Date; reminders?: boolean; stateSweepMs?: number } = {},
): Promise<RunningService> {
  const problems = startupProblems(config, options);
  if (problems.length > 0)
    throw new GongkaiError('CONFIG', `invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  const app = createApp(config, { logger, seed: true, now: options.now });
  // A bad guide data file stops start-up rather than a conversation.
  void app.guide;
  // Follow-up memory expires after minutes; without a sweep, rows of users who never come back stay forever.
  const sweep = () => {
    const removed = app.state.sweepExpired();
    if (removed > 0) logger.info({ event: 'state_swept', removed }, 'expired conversation state removed');
  };
  sweep();
  const sweeper = setInterval(sweep, options.stateSweepMs ?? STATE_SWEEP_MS);
  sweeper.unref();
  // Every configured channel; those the platform calls back over HTTP are mounted at their paths on this one port.
  const { all, receivers, notifierPorts, token, developmentToken } = await app.channels();
  let extras: Extras | undefined;
  // Each configured component, and not ok (503) when any of them is down.
  const health = () => {
    const components: Record<string, ComponentHealth> = { database: databaseHealth(app) };
    for (const receiver of all) components[receiver.channel] = receiver.health();
    Object.assign(components, extras?.health() ?? {});
    return { ok: Object.values(components).every((component) => component.ok), components };
  };
  const web = createWebApp({ ...app, console: new ConsoleStore(app.db, () => app.now().getTime()), calendar: loadDeadlineCalendar() });
  const http = createServiceServer({ receivers, web, health, logger });
  let address: AddressInfo;
  try {
    address = await http.listen(config.PORT, listenHost(config));
  } catch (error) {
    clearInterval(sweeper);
    app.close();
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new GongkaiError(
        'CONFIG',
        `port ${config.PORT} on ${listenHost(config)} is already in use; stop the other process or set PORT`,
        undefined,
        { cause: error },
      );
    if (code === 'EACCES')
      throw new GongkaiError(
        'CONFIG',
        `no permission to listen on port ${config.PORT}; use a port above 1023 behind a reverse proxy`,
        undefined,
        { cause: error },
      );
    throw error;
  }
  if (config.WECHAT_OA_ENCRYPT_MODE !== 'safe') {
    // The query signature does not cover the body: anyone holding one signed URL could write any sender into it.
    if (config.WECHAT_OA_ALLOW_STAFF_PLAIN) {
      logger.warn(
        { event: 'staff_over_plain_allowed', encryptMode: config.WECHAT_OA_ENCRYPT_MODE },
        'WECHAT_OA_ALLOW_STAFF_PLAIN=1: staff commands are accepted from unsigned message bodies; a captured signed URL lets anyone act as any staff member. Use safe mode.',
      );
    } else {
      logger.warn(
        { event: 'staff_over_plain_refused', encryptMode: config.WECHAT_OA_ENCRYPT_MODE },
        `staff commands are refused from unsigned message bodies (${config.WECHAT_OA_ENCRYPT_MODE} mode); use safe mode, or Wechaty/console for staff. WECHAT_OA_ALLOW_STAFF_PLAIN=1 accepts them anyway.`,
      );
    }
  }
  try {
    for (const receiver of all) await receiver.start();
    extras = await startExtras(app, config, logger, { ports: notifierPorts, reminders: options.reminders });
  } catch (error) {
    // Never leave the webhook answering while what should run beside it failed to start.
    clearInterval(sweeper);
    await http.close();
    for (const receiver of all) await receiver.stop();
    app.close();
    throw error;
  }
  const runningExtras = extras;
  // Receivers with their own connection (not mounted on the port), then the services beside them.
  const alsoRunning = [
    ...all.filter((receiver) => !isHttpReceiver(receiver)).map((receiver) => receiver.description ?? receiver.channel),
    ...runningExtras.started,
  ];
  const shown = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const baseUrl = `http://${shown}:${address.port}`;
  logger.info(
    {
      event: 'started',
      url: `${baseUrl}/wechat`,
      health: `${baseUrl}/healthz`,
      reports: app.reports.reportCount(),
      encryptMode: config.WECHAT_OA_ENCRYPT_MODE,
      started: alsoRunning,
    },
    'gongkai-bot is serving',
  );
  const banner = [
    `gongkai-bot: webhook ${baseUrl}/wechat (${config.WECHAT_OA_ENCRYPT_MODE}), health ${baseUrl}/healthz, ${app.reports.reportCount()} reports in ${config.databasePath}`,
    `reports ${baseUrl}/r/, staff console ${baseUrl}/console (sign in: send 登录 in chat, or npx gongkai console-link --id ID)`,
    ...receivers
      .filter((receiver) => receiver.path !== '/wechat')
      .map((receiver) => `${receiver.channel} callback ${baseUrl}${receiver.path} (${receiver.health().detail ?? 'on'})`),
    ...(alsoRunning.length > 0 ? [`also running: ${alsoRunning.join(', ')}`] : []),
  ];
  if (developmentToken) {
    logger.warn(
      { event: 'development_token' },
      'WECHAT_OA_TOKEN is not set: using a random development token; production needs its own token (see .env.example)',
    );
    banner.push(
      `WECHAT_OA_TOKEN is not set: development token ${token} (random, changes every start; production needs its own, see .env.example).`,
      'Try it with a signed test message:',
      signedCurlExample(baseUrl, token),
    );
  } else banner.push('Try it: npx gongkai chat (console), or send a message to the official account.');
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      logger.info({ event: 'stopping' }, 'stopping: finishing replies in flight');
      clearInterval(sweeper);
      await runningExtras.stop();
      await http.close();
      for (const receiver of all) await receiver.stop();
      app.close();
      logger.info({ event: 'stopped' }, 'stopped');
    })();
    return stopping;
  };
  return { app, address, token, developmentToken, banner, stop };
}
