/**
 * The message pipeline, in the style of grammY's Composer: every feature is a middleware
 * `(context, next)`. A feature that takes the message replies; one that does not calls `next()`
 * and the message moves on. The order of the chain, not each feature, decides who gets a
 * message first. `createPipeline` wraps the chain in the one error boundary and the log line.
 */
import { GongkaiError, storeWriteFailure } from './errors.js';
import type { Logger } from './log.js';
import type { IncomingMessage, MessageHandler } from './message.js';

/** A registered staff member as the pipeline sees them. */
export interface StaffIdentity {
  id: string;
  name: string;
  agencyId: number;
  agency: string;
  role: 'clerk' | 'reviewer';
}

/** Everything a feature needs for one message. */
export interface MessageContext {
  message: IncomingMessage;
  /** Normalised text (trimmed). */
  text: string;
  /** The registered staff member behind the message, once `identify` has run and the channel vouches for the sender. */
  staff?: StaffIdentity;
  /**
   * A registered staff member on a channel that cannot prove the sender (`senderUnverified`):
   * answered as a citizen, and refused what only a staff member could ask.
   */
  staffUnverified?: StaffIdentity;
  /** The registry's answer for this channel identity, looked up once (limits and `identify` share it). */
  registered(): StaffIdentity | undefined;
  /** This message's logger (channel, user and staff id bound). */
  logger: Logger;
  /** Answer the message; a feature that replies does not call `next()`. */
  reply(text: string): void;
  /** The reply so far (undefined: nobody replied). */
  readonly replyText: string | undefined;
  /** The feature that replied, for the log line. */
  readonly repliedBy: string | undefined;
}

/** What `next()` continues with: the rest of the chain. */
export type Next = () => Promise<void>;

/** One step of the pipeline. */
export type Middleware<Context = MessageContext> = (context: Context, next: Next) => Promise<void> | void;

/** What `next()` returns when the rest of the chain finished without waiting for anything. */
const DONE: Promise<void> = Promise.resolve();

/**
 * Run middleware in order, each deciding whether the rest runs (Koa/Hono/grammY semantics).
 * A step that finishes without waiting costs no promise of its own: most messages pass a
 * dozen steps that only look and move on, and an async frame per step was a tenth of the
 * webhook's CPU per message.
 */
export function compose<Context>(middleware: ReadonlyArray<Middleware<Context>>): Middleware<Context> {
  return (context, last) => {
    let reached = -1;
    const run = (index: number): Promise<void> => {
      // Calling next() twice would run the rest of the chain twice: two replies, two writes.
      if (index <= reached) throw new GongkaiError('INTERNAL', 'next() called more than once');
      reached = index;
      const step = index === middleware.length ? last : middleware[index];
      if (!step) return DONE;
      return step(context, () => run(index + 1)) ?? DONE;
    };
    try {
      return run(0);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

/** A small Composer: collect middleware with `use`, get the chain with `compose`. */
export class Composer<Context = MessageContext> {
  private readonly stack: Array<Middleware<Context>> = [];

  /** Append middleware to the chain; returns the composer for chaining. */
  use(...middleware: Array<Middleware<Context>>): this {
    this.stack.push(...middleware);
    return this;
  }

  /** The chain as one middleware. */
  compose(): Middleware<Context> {
    return compose([...this.stack]);
  }
}

/**
 * A middleware built on first use: its module is imported when the first message reaches it, so
 * a command that only answers questions (`gongkai ask`) never loads data entry, reminders or the
 * console (a third of its start-up).
 */
export function lazy<Context = MessageContext>(load: () => Promise<Middleware<Context>>): Middleware<Context> {
  let loading: Promise<Middleware<Context>> | undefined;
  let loaded: Middleware<Context> | undefined;
  return (context, next) => {
    if (loaded) return loaded(context, next);
    loading ??= load().then((middleware) => (loaded = middleware));
    return loading.then((middleware) => middleware(context, next));
  };
}

/** The bookkeeping `feature` keeps on the context: who is running, and who failed. */
type NamedContext = MessageContext & { featureName?: string; failedIn?: string };

/**
 * Names a feature so that the log line says who replied: while the feature runs (before and
 * after its `next()`), the context's featureName is its name. Without an async frame when the
 * feature and the rest of the chain finish without waiting (see compose).
 */
export function feature(name: string, middleware: Middleware): Middleware {
  return (context, next) => {
    const named = context as NamedContext;
    const outer = named.featureName;
    named.featureName = name;
    const failed = (error: unknown): never => {
      // The innermost feature sees the error first: it is the one that failed.
      named.failedIn ??= name;
      named.featureName = outer;
      throw error;
    };
    let result: Promise<void> | void;
    try {
      result = middleware(context, () => {
        named.featureName = outer;
        let rest: Promise<void>;
        try {
          rest = next();
        } catch (error) {
          named.featureName = name;
          throw error;
        }
        if (rest === DONE) {
          named.featureName = name;
          return DONE;
        }
        return rest.then(
          () => {
            named.featureName = name;
          },
          (error: unknown) => {
            named.featureName = name;
            throw error;
          },
        );
      });
    } catch (error) {
      return failed(error);
    }
    if (result === undefined || result === DONE) {
      named.featureName = outer;
      return DONE;
    }
    return result.then(() => {
      named.featureName = outer;
    }, failed);
  };
}

export const APOLOGY = '抱歉，系统暂时无法回答，请稍后再试。';
/** What registered staff read when a staff command comes through a channel that cannot prove who sent it. */
export const STAFF_UNVERIFIED_REPLY =
  '为安全起见，公众号明文模式下不受理工作人员指令（填报、审核、工作人员管理、提醒设置等），因为这种模式下消息内容没有签名保护。请改用安全模式，或通过企业微信/控制台操作；查询问题不受影响。';
/** The reply to a message that is not text (a picture, a file); `example` is a question over what the store holds. */
export const unsupportedReply = (example?: string): string =>
  `抱歉，我目前只能看懂文字消息。请直接用文字提问${example ? `，例如“${example}”` : '。'}`;

/**
 * A staff-only feature. `recognise` says what the message means for this feature for a given
 * staff member (undefined: not for it). Verified staff are handled; unverified staff get the
 * refusal for a message that would be this feature's command; everyone else goes on.
 */
export function staffFeature<Intent>(
  name: string,
  recognise: (context: MessageContext, staff: StaffIdentity) => Intent | undefined,
  handle: (context: MessageContext, staff: StaffIdentity, intent: Intent) => Promise<string> | string,
): Middleware {
  const named = feature(name, async (context, next) => {
    const staff = context.staff ?? context.staffUnverified;
    const intent = staff && context.message.kind === 'text' ? recognise(context, staff) : undefined;
    if (!staff || intent === undefined) return next();
    if (!context.staff) {
      context.logger.warn({ event: 'staff_refused_unverified', route: name }, 'staff command over an unauthenticated channel refused');
      context.reply(STAFF_UNVERIFIED_REPLY);
      return;
    }
    context.reply(await handle(context, staff, intent));
  });
  // Citizens, nearly every message, pass straight on.
  return (context, next) => ((context.staff ?? context.staffUnverified) ? named(context, next) : next());
}

/** A sliding-window rate per sender. */
export interface Rate {
  messages: number;
  windowMs: number;
}

/** Slows down a sender who writes too fast; registered staff get their own (higher) rate. */
export function rateLimit(options: { citizen?: Rate; staff?: Rate; now?: () => number } = {}): Middleware {
  const citizenRate = options.citizen ?? { messages: 20, windowMs: 60_000 };
  const staffRate = options.staff ?? { messages: 300, windowMs: 60_000 };
  const now = options.now ?? Date.now;
  const recent = new Map<string, number[]>();
  let lastSweep = Number.NEGATIVE_INFINITY;
  const allowed = (key: string, rate: Rate): boolean => {
    const time = now();
    // Pruned in place: a new array per message outlives a young-generation collection (the map
    // holds it) and leaves the old one as old-generation garbage, which grows the heap under load.
    let times = recent.get(key);
    if (!times) {
      times = [];
      recent.set(key, times);
    }
    let kept = 0;
    for (const at of times) if (time - at < rate.windowMs) times[kept++] = at;
    times.length = kept;
    if (kept >= rate.messages) return false;
    times.push(time);
    // Keep the map bounded: forget users who went quiet. At most once a second: with more than
    // 10,000 users a minute, a sweep per message would cost more than answering it.
    if (recent.size > 10_000 && time - lastSweep >= 1000) {
      lastSweep = time;
      for (const [user, stamps] of recent)
        if (stamps.every((at) => time - at >= Math.max(citizenRate.windowMs, staffRate.windowMs))) recent.delete(user);
    }
    return true;
  };
  return feature('rate-limit', (context, next) => {
    const { channel, user } = context.message;
    if (allowed(`${channel}:${user}`, context.registered() ? staffRate : citizenRate)) return next();
    context.logger.warn({ event: 'rate_limited' }, 'rate limited');
    context.reply('您发送消息太频繁了，请稍等一分钟再问。');
  });
}

/** Refuses a text longer than a citizen's question (staff paste whole tables, so theirs is longer). */
export function lengthLimit(limits: { citizen: number; staff: number } = { citizen: 2000, staff: 20000 }): Middleware {
  return feature('length-limit', (context, next) => {
    const limit = context.registered() ? limits.staff : limits.citizen;
    if (context.text.length <= limit) return next();
    context.logger.info({ event: 'too_long', length: context.text.length }, 'message too long');
    context.reply(`您的消息太长了（${context.text.length}字）。请用一两句话提问，不超过${limit}字。`);
  });
}

/**
 * Who is talking. A registered member on a channel that cannot prove the sender (the official
 * account's plain mode) is answered as a citizen: anyone holding one signed URL could claim to be
 * them. Staff features see `staffUnverified` and refuse instead of handling.
 */
export function identify(): Middleware {
  return (context, next) => {
    const member = context.registered();
    if (member && context.message.senderUnverified) context.staffUnverified = member;
    else context.staff = member;
    return next();
  };
}

/** Options of the pipeline entry. */
export interface PipelineOptions {
  /** The chain, in order. */
  middleware: Middleware;
  /** Look up the registered staff member for a channel identity. */
  registry?: (channel: string, user: string) => StaffIdentity | undefined;
  logger: Logger;
  now?: () => number;
}

/**
 * One message's context. A class rather than an object literal with getters and closures:
 * built once per message, it is a fixed shape with its methods on the prototype.
 */
class PipelineContext implements MessageContext {
  readonly text: string;
  staff?: StaffIdentity;
  staffUnverified?: StaffIdentity;
  featureName?: string;
  failedIn?: string;
  replyText: string | undefined = undefined;
  repliedBy: string | undefined = undefined;
  private looked = false;
  private member: StaffIdentity | undefined = undefined;
  private boundLogger: Logger | undefined = undefined;

  constructor(
    readonly message: IncomingMessage,
    private readonly options: PipelineOptions,
  ) {
    this.text = message.text.trim();
  }

  registered(): StaffIdentity | undefined {
    if (!this.looked) {
      this.looked = true;
      this.member = this.options.registry?.(this.message.channel, this.message.user);
    }
    return this.member;
  }

  /** Bound lazily: the staff id is known only after the registry lookup. */
  get logger(): Logger {
    this.boundLogger ??= this.options.logger.child({
      channel: this.message.channel,
      user: this.message.user,
      staff: this.registered()?.id,
    });
    return this.boundLogger;
  }

  /** The logger if a feature asked for it, else undefined. */
  get loggerInUse(): Logger | undefined {
    return this.boundLogger;
  }

  reply(text: string): void {
    if (this.replyText !== undefined)
      throw new GongkaiError('INTERNAL', `a second reply to one message (${this.featureName ?? 'unnamed'})`);
    this.replyText = text;
    this.repliedBy = this.featureName;
  }
}

/** The pipeline entry every channel calls: one message in, the reply text out ('' when nobody replied). */
export function createPipeline(options: PipelineOptions): MessageHandler {
  const now = options.now ?? Date.now;
  const last = () => DONE;
  return async (message: IncomingMessage): Promise<string> => {
    const started = now();
    const context = new PipelineContext(message, options);
    try {
      await options.middleware(context, last);
      const reply = context.replyText ?? '';
      const logger = context.loggerInUse;
      const fields = {
        event: 'reply',
        route: context.repliedBy ?? 'none',
        kind: message.kind,
        textLength: context.text.length,
        replyLength: reply.length,
        ms: now() - started,
      };
      // The same line as context.logger would write, without making a child logger for it: most
      // messages log nothing else, and a child per message is a third of the line's cost.
      if (logger) logger.info(fields, 'replied');
      else options.logger.info({ channel: message.channel, user: message.user, staff: context.registered()?.id, ...fields }, 'replied');
      return reply;
    } catch (error) {
      context.logger.error(
        {
          event: 'handler_failed',
          route: context.failedIn,
          error: error instanceof Error ? { message: error.message, code: (error as GongkaiError).code } : String(error),
        },
        'handler failed',
      );
      if (error instanceof GongkaiError && error.userMessage) return error.userMessage;
      // A write the disk refused says so, whichever feature attempted it.
      return storeWriteFailure(error)?.userMessage ?? APOLOGY;
    }
  };
}
