/**
 * The Wechaty channel as a Receiver. Wechaty is not called back over HTTP: the bot keeps its own
 * connection to the puppet, so this receiver is only started and stopped, never mounted. `start`
 * starts the bot (the adapter loads the wechaty package then, so nothing loads it when the
 * channel is not configured); `sendLater` is the bot's `say`, the port of the `wechaty` and
 * `wechaty-room` notifiers.
 */
import type { Wechaty as WechatyInterface } from 'wechaty';
import { GongkaiError } from '../../core/errors.js';
import type { Receiver, ReceiverApp, ReceiverHealth } from '../receiver.js';
import { type PuppetInterface, startWechatyAdapter, type WechatyAdapter } from './adapter.js';

/** The `channel` of every message from Wechaty. */
export const WECHATY_CHANNEL = 'wechaty';

/** Settings of the Wechaty receiver. */
export interface WechatyReceiverOptions {
  /** A puppet npm module name (WECHATY_PUPPET) or a ready puppet instance. */
  puppet: string | PuppetInterface;
  /** The puppet's token (WECHATY_PUPPET_TOKEN); only used when `puppet` is a module name. */
  puppetToken?: string;
  /** Bot name: when given, Wechaty keeps its login session in `<name>.memory-card.json`. */
  name?: string;
}

/** The Wechaty receiver. */
export interface WechatyReceiver extends Receiver {
  /** The running bot, undefined before `start` and after `stop` (for wiring that needs login state or events). */
  readonly bot: WechatyInterface | undefined;
}

/** Build the receiver; `init` it with the application, then `start` it (which logs the bot in). */
export function createWechatyReceiver(options: WechatyReceiverOptions): WechatyReceiver {
  const puppetName = typeof options.puppet === 'string' ? options.puppet : options.puppet.name();
  let app: ReceiverApp | undefined;
  let adapter: WechatyAdapter | undefined;
  return {
    channel: WECHATY_CHANNEL,
    description: `${WECHATY_CHANNEL} (${puppetName})`,
    get bot() {
      return adapter?.bot;
    },
    init(attached) {
      app = attached;
    },
    async start() {
      if (app === undefined) throw new GongkaiError('INTERNAL', 'wechaty: init(app) must be called before start()');
      if (adapter !== undefined) return;
      adapter = await startWechatyAdapter({
        puppet: options.puppet,
        puppetToken: options.puppetToken,
        name: options.name,
        handler: app.handle,
        logger: app.logger,
      });
    },
    async stop() {
      const running = adapter;
      adapter = undefined;
      await running?.stop();
    },
    async sendLater(user, text) {
      // A notification due before the bot runs (or after it stopped) is retried by the notifier's ledger.
      if (adapter === undefined) throw new GongkaiError('UPSTREAM', 'wechaty: the bot is not running');
      await adapter.say(user, text);
    },
    health(): ReceiverHealth {
      return adapter?.bot.isLoggedIn
        ? { ok: true }
        : { ok: false, detail: 'not logged in (scan the QR code in the log, or check the puppet token)' };
    },
  };
}
