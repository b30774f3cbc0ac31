/**
 * The channel registry: which receivers the service runs, built from the configuration. Adding a
 * channel is one folder under channels/ (its receiver and a `…ReceiverFrom(config, clients)`),
 * its settings in config/config.ts, and one line in RECEIVERS below. createApp composes them
 * (composeChannels); the service only starts and stops what it got.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { Logger } from '../core/log.js';
import type { HttpReceiver, ReceiverApp } from './receiver.js';
import { type WeChatApiClient, weChatOaClientFrom, weChatOaReceiverFrom } from './wechat-oa/index.js';
import { type WeComApiClient, weComClientFrom, weComReceiverFrom } from './wecom-app/index.js';

/** The platforms' API clients, shared by channels and notifiers so each platform has one access token. */
export interface ChannelClients {
  wechatOa?: WeChatApiClient;
  weComApp?: WeComApiClient;
}

/** Build the clients the configuration enables. */
export function clientsFrom(config: Config, logger: Logger): ChannelClients {
  return { wechatOa: weChatOaClientFrom(config, logger), weComApp: weComClientFrom(config, logger) };
}

/** Every channel whose platform calls back over HTTP; each returns undefined when it is not configured. */
const RECEIVERS: ReadonlyArray<(config: Config, clients: ChannelClients) => HttpReceiver | undefined> = [
  (config, clients) => weChatOaReceiverFrom(config, clients.wechatOa),
  (config, clients) => weComReceiverFrom(config, clients.weComApp),
];

/** The receivers the configuration asks for, in mounting order. */
export function receiversFrom(config: Config, logger: Logger, clients: ChannelClients = clientsFrom(config, logger)): HttpReceiver[] {
  return RECEIVERS.map((build) => build(config, clients)).filter((receiver): receiver is HttpReceiver => receiver !== undefined);
}

/** The service's channels, composed from the configuration and attached to the application. */
export interface Channels {
  /** The platforms' API clients (also the notifiers' ports). */
  clients: ChannelClients;
  /** Every configured HTTP receiver, `init`ed with the application, in mounting order; not yet started. */
  receivers: HttpReceiver[];
  /** The official account's token in use: the configured one, or a random development token. */
  token: string;
  /** True when WECHAT_OA_TOKEN is not set and `token` is a development token. */
  developmentToken: boolean;
}

/**
 * Build the clients and receivers the configuration enables and give each receiver the
 * application. Without WECHAT_OA_TOKEN the official account runs on a random development token,
 * so that `npm start` works out of the box (the banner shows it).
 */
export function composeChannels(config: Config, app: ReceiverApp): Channels {
  // One API client per platform, shared by its channel and its notifier: fetching a new access
  // token invalidates the previous one.
  const clients = clientsFrom(config, app.logger);
  const developmentToken = !config.WECHAT_OA_TOKEN;
  const token = config.WECHAT_OA_TOKEN ?? `dev${randomBytes(12).toString('hex')}`;
  const receivers = receiversFrom({ ...config, WECHAT_OA_TOKEN: token }, app.logger, clients);
  for (const receiver of receivers) receiver.init(app);
  return { clients, receivers, token, developmentToken };
}
