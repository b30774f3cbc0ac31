/**
 * `npm start` / `gongkai serve`: the composition root of the running service. Config →
 * store (seeded with the sample reports when empty) → answering engine and router →
 * channels (official-account webhook; Wechaty when configured) → reminder scheduler.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type App, createApp } from './app.js';
import { createWeChatApiClient } from './channels/wechat-oa/api-client.js';
import { createWeChatOaServer } from './channels/wechat-oa/index.js';
import type { Config } from './config/config.js';
import type { Logger } from './core/log.js';
import { staffRoutes } from './cli/routes.js';
import { startExtras } from './services.js';
import { loadDeadlineCalendar } from './reminders/calendar.js';
import { ConsoleStore } from './web/console-store.js';
import { createWebApp, webRequestListener } from './web/web-app.js';

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

/** A ready-to-run curl command that sends a signed text message to the webhook. */
export function signedCurlExample(baseUrl: string, token: string, question = '西工区科技局2024年办理了几件行政许可？'): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(4).toString('hex');
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  const xml = `<xml><ToUserName><![CDATA[gh_dev]]></ToUserName><FromUserName><![CDATA[dev-user]]></FromUserName><CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${question}]]></Content><MsgId>${Date.now()}</MsgId></xml>`;
  return `curl -s -X POST '${baseUrl}/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}' -H 'Content-Type: text/xml' --data '${xml}'`;
}

/** Start everything; resolves once the webhook listens. */
export async function startService(config: Config, logger: Logger, options: { now?: () => Date; reminders?: boolean } = {}): Promise<RunningService> {
  const app = createApp(config, { logger, seed: true, now: options.now, routes: staffRoutes });
  // One API client for the webhook's customer-service replies and the reminders' template messages:
  // fetching a new access token invalidates the previous one.
  const apiClient =
    config.WECHAT_OA_APP_ID && config.WECHAT_OA_APP_SECRET
      ? createWeChatApiClient({ apiBase: config.WECHAT_API_BASE, appId: config.WECHAT_OA_APP_ID, appSecret: config.WECHAT_OA_APP_SECRET, logger })
      : undefined;
  const developmentToken = !config.WECHAT_OA_TOKEN;
  const token = config.WECHAT_OA_TOKEN ?? `dev${randomBytes(12).toString('hex')}`;
  const webhook = createWeChatOaServer({
    token,
    appId: config.WECHAT_OA_APP_ID,
    appSecret: config.WECHAT_OA_APP_SECRET,
    encodingAesKey: config.WECHAT_OA_ENCODING_AES_KEY,
    encryptMode: config.WECHAT_OA_ENCRYPT_MODE,
    apiBase: config.WECHAT_API_BASE,
    path: '/wechat',
    handler: app.handle,
    logger,
    passiveBudgetMs: config.ANSWER_BUDGET_MS,
    apiClient,
    otherPaths: webRequestListener(createWebApp({ ...app, console: new ConsoleStore(app.db, () => app.now().getTime()), calendar: loadDeadlineCalendar() })),
  });
  const address = await webhook.listen(config.PORT, config.HOST);
  const extras = await startExtras(app, config, logger, { apiClient, reminders: options.reminders });
  const shown = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const baseUrl = `http://${shown}:${address.port}`;
  logger.info({ event: 'started', url: `${baseUrl}/wechat`, health: `${baseUrl}/healthz`, reports: app.reports.reportCount(), encryptMode: config.WECHAT_OA_ENCRYPT_MODE, started: extras.started }, 'gongkai-bot is serving');
  const banner = [
    `gongkai-bot: webhook ${baseUrl}/wechat (${config.WECHAT_OA_ENCRYPT_MODE}), health ${baseUrl}/healthz, ${app.reports.reportCount()} reports in ${config.databasePath}`,
    `reports ${baseUrl}/r/, staff console ${baseUrl}/console (sign in: send 登录 in chat, or npx gongkai console-link --id ID)`,
    ...(extras.started.length > 0 ? [`also running: ${extras.started.join(', ')}`] : []),
  ];
  if (developmentToken) {
    logger.warn({ event: 'development_token' }, 'WECHAT_OA_TOKEN is not set: using a random development token; production needs its own token (see .env.example)');
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
      await extras.stop();
      await webhook.close();
      app.close();
      logger.info({ event: 'stopped' }, 'stopped');
    })();
    return stopping;
  };
  return { app, address, token, developmentToken, banner, stop };
}
