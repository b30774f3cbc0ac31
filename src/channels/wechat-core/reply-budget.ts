/**
 * The reply budget of WeChat-family callbacks. WeChat and WeCom wait 5 s for the HTTP answer, then
 * retry; an answer is passive (in the HTTP response) when the handler finishes within the budget,
 * and otherwise it follows through the channel's `sendLater` port (customer-service API,
 * message/send). A long answer's first chunk goes passively and the rest follow the same way.
 */
import { performance } from 'node:perf_hooks';
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { IncomingMessage, MessageHandler } from '../../core/message.js';
import { byteLength, splitForWeChat } from '../../core/split.js';

/** How one message is answered over HTTP: a passive text, or nothing (the answer follows later, or there is none). */
export type ReplyOutcome = { kind: 'passive'; text: string } | { kind: 'none' };

/** Settings of the budget. */
export interface ReplyBudgetOptions {
  /** How long to wait for the handler before answering nothing and switching to `sendLater`. */
  budgetMs: number;
  /** Largest message in UTF-8 bytes (WeChat truncates near 2048). */
  maxTextBytes: number;
  /** Deliver one message outside the passive window; without it, late and follow-up parts are dropped (and logged). */
  sendLater?: (user: string, text: string) => Promise<void>;
  logger: Logger;
  /** What the user reads when the handler fails without a message of its own. */
  apology: string;
  /**
   * Pause before the follow-up chunks of a long passive reply, so the API call does not overtake
   * the HTTP response the platform is still turning into the first message (default 1000 ms).
   */
  followUpDelayMs?: number;
  /** How the log names `sendLater`, e.g. `through the customer-service API` (default `later`). */
  laterVia?: string;
}

/** The budget of one channel. */
export interface ReplyBudget {
  /** Run the handler once and decide, once, how its answer travels. */
  answer(message: IncomingMessage, handler: MessageHandler): Promise<ReplyOutcome>;
  /** Send text through `sendLater` in chunks, in order, stopping at the first failure (which is logged). */
  deliver(user: string, text: string, reason: string): Promise<void>;
  /** Resolves once background deliveries settle, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
}

const NONE: ReplyOutcome = { kind: 'none' };
/** What the budget's wait resolves with when the deadline came first. */
const LATE = Symbol('late');

/** One message waiting for its answer: expired at `at` (performance.now()) unless removed before. */
interface Waiter {
  at: number;
  expire: () => void;
}

/**
 * One timer for every message's budget instead of a setTimeout and a clearTimeout per message:
 * every budget of a channel is as long, so deadlines come in the order messages arrived and the
 * first waiter is always the next to expire. The timer is armed for that waiter and, when it
 * fires, expires what is due and re-arms for the next; answers remove themselves in O(1).
 */
export class DeadlineTimer {
  private readonly waiting = new Set<Waiter>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly budgetMs: number) {}

  /** Messages still waiting. */
  get size(): number {
    return this.waiting.size;
  }

  /** Call `expire` once the budget has passed, unless `cancel` is called with the waiter first. */
  add(expire: () => void): Waiter {
    const waiter = { at: performance.now() + this.budgetMs, expire };
    this.waiting.add(waiter);
    if (this.timer === undefined) this.arm(this.budgetMs);
    return waiter;
  }

  /** The answer came in time. */
  cancel(waiter: Waiter): void {
    this.waiting.delete(waiter);
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.fire(), Math.max(1, delayMs));
  }

  private fire(): void {
    this.timer = undefined;
    const now = performance.now();
    for (const waiter of this.waiting) {
      if (waiter.at > now) {
        this.arm(waiter.at - now);
        return;
      }
      this.waiting.delete(waiter);
      waiter.expire();
    }
  }
}

/** Create the budget for one channel. */
export function createReplyBudget(options: ReplyBudgetOptions): ReplyBudget {
  const log = options.logger;
  const followUpDelayMs = options.followUpDelayMs ?? 1000;
  const deliveries = new Set<Promise<void>>();
  const deadlines = new DeadlineTimer(options.budgetMs);

  const toChunks = (text: string): string[] =>
    text.trim() === '' ? [] : splitForWeChat(text, options.maxTextBytes).filter((chunk) => chunk.trim() !== '');

  async function runHandler(message: IncomingMessage, handler: MessageHandler): Promise<string> {
    try {
      const reply = await handler(message);
      return typeof reply === 'string' ? reply : '';
    } catch (error) {
      log.error({ err: error, user: message.user, messageId: message.id }, 'handler failed; apologising to the user');
      return error instanceof GongkaiError && error.userMessage ? error.userMessage : options.apology;
    }
  }

  async function deliverChunks(user: string, chunks: string[], reason: string): Promise<void> {
    if (chunks.length === 0) return;
    if (!options.sendLater) {
      log.warn({ user, undeliveredChunks: chunks.length, reason }, 'no way to send later; part of the reply is dropped');
      return;
    }
    for (const [index, chunk] of chunks.entries()) {
      try {
        await options.sendLater(user, chunk);
      } catch (error) {
        log.error({ err: error, user, sentChunks: index, undeliveredChunks: chunks.length - index, reason }, 'sending later failed');
        return;
      }
    }
    log.info(
      { user, delivery: 'later', chunks: chunks.length, replyBytes: chunks.reduce((sum, chunk) => sum + byteLength(chunk), 0), reason },
      `reply sent ${options.laterVia ?? 'later'}`,
    );
  }

  function inBackground(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => log.error({ err: error }, 'background delivery failed'));
    deliveries.add(tracked);
    void tracked.finally(() => deliveries.delete(tracked));
  }

  async function answer(message: IncomingMessage, handler: MessageHandler): Promise<ReplyOutcome> {
    const started = performance.now();
    const reply = runHandler(message, handler);
    const inTime = await new Promise<string | typeof LATE>((resolve) => {
      const waiter = deadlines.add(() => resolve(LATE));
      // runHandler never rejects: a failure becomes the apology.
      void reply.then((text) => {
        deadlines.cancel(waiter);
        resolve(text);
      });
    });
    if (inTime === LATE) {
      log.info({ user: message.user, budgetMs: options.budgetMs }, 'answer not ready within the passive budget; it will be sent later');
      inBackground(
        reply.then((text) => {
          log.info(
            { user: message.user, handlerMs: Math.round(performance.now() - started), replyBytes: byteLength(text) },
            'late answer ready',
          );
          return deliverChunks(message.user, toChunks(text), 'late answer');
        }),
      );
      return NONE;
    }
    const handlerMs = Math.round(performance.now() - started);
    const chunks = toChunks(inTime);
    if (chunks.length === 0) {
      log.info({ user: message.user, delivery: 'none', handlerMs }, 'no reply');
      return NONE;
    }
    // One passive chunk is the common case, already in the pipeline's `replied` line: debug. A split reply is news: info.
    const level = chunks.length > 1 ? 'info' : 'debug';
    if (log.isLevelEnabled(level))
      log[level](
        { user: message.user, delivery: 'passive', handlerMs, replyBytes: byteLength(inTime), chunks: chunks.length },
        'reply sent passively',
      );
    if (chunks.length > 1) {
      const pause = options.sendLater ? delay(followUpDelayMs) : Promise.resolve();
      inBackground(pause.then(() => deliverChunks(message.user, chunks.slice(1), 'rest of a long reply')));
    }
    return { kind: 'passive', text: chunks[0] };
  }

  async function idle(timeoutMs = 10_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (deliveries.size > 0) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) {
        log.warn({ pending: deliveries.size }, 'gave up waiting for deliveries');
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...deliveries]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, remaining);
        }),
      ]);
      clearTimeout(timer);
    }
  }

  return { answer, deliver: (user, text, reason) => deliverChunks(user, toChunks(text), reason), idle };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
