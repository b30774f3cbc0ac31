/**
 * The seam every channel plugs into, in the style of Bolt's Receiver: the composition root builds
 * a receiver from its settings, gives it the application with `init`, and starts and stops it with
 * the service. The receiver handles transport only (signatures, envelopes, retries, HTTP) and
 * hands each message to `app.handle`; `sendLater` is its port for answers that miss the
 * platform's passive-reply window, and for notifications. HTTP receivers are mounted on the
 * service's port; the others (Wechaty keeps its own connection to its puppet) are only started
 * and stopped.
 */
import type { IncomingMessage as NodeRequest, ServerResponse } from 'node:http';
import type { Hono } from 'hono';
import type { Logger } from '../core/log.js';
import type { MessageHandler } from '../core/message.js';

/** What a receiver needs from the application. */
export interface ReceiverApp {
  /** The channel-neutral pipeline (router) every channel calls. */
  handle: MessageHandler;
  logger: Logger;
}

/** One component's state for /healthz. */
export interface ReceiverHealth {
  ok: boolean;
  detail?: string;
}

/** A channel's transport. */
export interface Receiver {
  /** The `channel` of every IncomingMessage it produces, e.g. `wecom-app`. */
  readonly channel: string;
  /** How the start-up banner names a receiver that is not reached over HTTP, e.g. `wechaty (wechaty-puppet-service)`; default `channel`. */
  readonly description?: string;
  /** Attach the application; called once, before `start`. */
  init(app: ReceiverApp): void;
  /** Begin taking messages (before it, callbacks are answered 503 so the platform retries). */
  start(): Promise<void>;
  /** Stop taking messages, then wait (bounded) for answers still being delivered. */
  stop(): Promise<void>;
  /** Send text to a user outside a reply: resolves once the platform accepted every part. */
  sendLater(user: string, text: string): Promise<void>;
  /** What /healthz shows for this channel. */
  health(): ReceiverHealth;
}

/** A receiver whose platform calls back over HTTP: its routes are mounted under `path` on the service's port. */
export interface HttpReceiver extends Receiver {
  /** The callback path, e.g. `/wecom`. */
  readonly path: string;
  /** The routes, relative to `path`. */
  readonly routes: Hono;
  /**
   * The hot route straight on node:http, for requests whose path is exactly `path` (the service
   * server tries it before Hono): true when it took the request, false to leave it to `routes`.
   */
  readonly serveNode?: (request: NodeRequest, response: ServerResponse) => boolean;
}

/** True for a receiver the platform calls over HTTP (it is mounted on the service's port); the others are only started and stopped. */
export function isHttpReceiver(receiver: Receiver): receiver is HttpReceiver {
  return 'routes' in receiver && 'path' in receiver;
}
