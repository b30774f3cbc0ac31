/**
 * The channel registry: which receivers the service runs, built from the configuration. Adding a
 * channel is one folder under channels/ (its receiver and a `…ReceiverFrom(config, clients)`),
 * its settings in config/config.ts, and one line in RECEIVERS below.
 */
import type { Config } from '../config/config.js';
import type { Logger } from '../core/log.js';
import type { HttpReceiver } from './receiver.js';
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
