/**
 * The channel registry: which receivers the service runs, built from the configuration. Adding a
 * channel is one folder under channels/ (its receiver and a `…ReceiverFrom(config, clients)`),
 * its settings in config/config.ts, and one line in RECEIVERS below. createApp composes them
 * (composeChannels); the service only starts and stops what it got, and mounts the HTTP ones.
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { Logger } from '../core/log.js';
import type { NotifierDirectoryOptions } from '../reminders/notifiers/directory.js';
import { type HttpReceiver, isHttpReceiver, type Receiver, type ReceiverApp } from './receiver.js';
import { type WeChatApiClient, weChatOaClientFrom, weChatOaReceiverFrom } from './wechat-oa/index.js';
import { WECHATY_CHANNEL, wechatyReceiverFrom } from './wechaty/index.js';
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

/** Every channel, in start order; each returns undefined when it is not configured. */
const RECEIVERS: ReadonlyArray<(config: Config, clients: ChannelClients) => Receiver | undefined> = [
  (config, clients) => weChatOaReceiverFrom(config, clients.wechatOa),
  (config, clients) => weComReceiverFrom(config, clients.weComApp),
  (config) => wechatyReceiverFrom(config),
];

/** Every receiver the configuration asks for, HTTP or not, in start order. */
export function allReceiversFrom(config: Config, logger: Logger, clients: ChannelClients = clientsFrom(config, logger)): Receiver[] {
  return RECEIVERS.map((build) => build(config, clients)).filter((receiver): receiver is Receiver => receiver !== undefined);
}

/** The configured receivers the platform calls over HTTP, in mounting order. */
export function receiversFrom(config: Config, logger: Logger, clients: ChannelClients = clientsFrom(config, logger)): HttpReceiver[] {
  return allReceiversFrom(config, logger, clients).filter(isHttpReceiver);
}

/** What the reminders' and review notifications' notifiers send through: each is there when its channel is configured. */
export type NotifierPorts = Pick<NotifierDirectoryOptions, 'say' | 'getAccessToken' | 'weComApp'>;

/**
 * The notifier ports the channels offer: Wechaty's `sendLater` as `say` (the `wechaty` and
 * `wechaty-room` notifiers), the official account's access token (`oa-template`) and the WeCom
 * app's sender (`wecom-app`), which share the channels' clients and so their access tokens.
 */
export function notifierPortsFrom(
  config: Pick<Config, 'WECOM_AGENT_ID'>,
  clients: ChannelClients,
  receivers: readonly Receiver[],
): NotifierPorts {
  const wechaty = receivers.find((receiver) => receiver.channel === WECHATY_CHANNEL);
  const weComClient = clients.weComApp;
  return {
    say: wechaty ? (targetId, text) => wechaty.sendLater(targetId, text) : undefined,
    getAccessToken: clients.wechatOa?.getAccessToken,
    weComApp:
      weComClient && config.WECOM_AGENT_ID !== undefined ? { agentId: config.WECOM_AGENT_ID, sendText: weComClient.sendText } : undefined,
  };
}

/** The service's channels, composed from the configuration and attached to the application. */
export interface Channels {
  /** The platforms' API clients. */
  clients: ChannelClients;
  /** Every configured receiver, `init`ed with the application, in start order; not yet started. */
  all: Receiver[];
  /** Those of `all` the platform calls over HTTP, in mounting order (each at its path on the service's port). */
  receivers: HttpReceiver[];
  /** The notifiers' ports, from the receivers and clients above. */
  notifierPorts: NotifierPorts;
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
  const all = allReceiversFrom({ ...config, WECHAT_OA_TOKEN: token }, app.logger, clients);
  for (const receiver of all) receiver.init(app);
  return {
    clients,
    all,
    receivers: all.filter(isHttpReceiver),
    notifierPorts: notifierPortsFrom(config, clients, all),
    token,
    developmentToken,
  };
}
