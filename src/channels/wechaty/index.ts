/** The Wechaty channel (a personal or staff WeChat account through a Wechaty puppet): what the composition root needs. */
import type { Config } from '../../config/config.js';
import { createWechatyReceiver, type WechatyReceiver } from './receiver.js';

export { type PuppetInterface, startWechatyAdapter, type WechatyAdapter, type WechatyAdapterOptions } from './adapter.js';
export { createWechatyReceiver, WECHATY_CHANNEL, type WechatyReceiver, type WechatyReceiverOptions } from './receiver.js';

/** The channel's settings. */
export type WechatySettings = Pick<Config, 'WECHATY_PUPPET' | 'WECHATY_PUPPET_TOKEN'>;

/** The receiver when WECHATY_PUPPET names a puppet, else undefined; building it loads nothing of wechaty. */
export function wechatyReceiverFrom(config: WechatySettings): WechatyReceiver | undefined {
  if (!config.WECHATY_PUPPET) return undefined;
  return createWechatyReceiver({ puppet: config.WECHATY_PUPPET, puppetToken: config.WECHATY_PUPPET_TOKEN });
}
