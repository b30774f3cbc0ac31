/**
 * The router: who is talking (a citizen or registered staff) and what they want. Routes are
 * explicit matchers tried in order; an unmatched message falls through to the default.
 * A failing handler gives a polite Chinese reply and a log entry, never a crash.
 */
import type { Logger } from './log.js';
import type { IncomingMessage, MessageHandler } from './message.js';
import { GongkaiError, storeWriteFailure } from './errors.js';

/** Everything a handler needs for one message. */
export interface MessageContext {
  message: IncomingMessage;
  /** Normalised text (trimmed). */
  text: string;
  /** The registered staff member behind the message, if any. */
  staff?: StaffIdentity;
}

/** A registered staff member as the router sees them. */
export interface StaffIdentity {
  id: string;
  name: string;
  agencyId: number;
  agency: string;
  role: 'clerk' | 'reviewer';
}

export interface Route {
  name: string;
  /** Decide whether this route takes the message. */
  matches(context: MessageContext): boolean;
  handle(context: MessageContext): Promise<string> | string;
}

export interface RouterOptions {
  routes: Route[];
  fallback: Route['handle'];
  /** Look up the registered staff member for a channel identity. */
  identify?: (channel: string, user: string) => StaffIdentity | undefined;
  logger: Logger;
  /** Messages one citizen may send per window before being slowed down. */
  rateLimit?: { messages: number; windowMs: number };
  /** The same for registered staff, who answer a guided entry quickly ("0", "同上", …). */
  staffRateLimit?: { messages: number; windowMs: number };
  /** Longest text accepted from a citizen / from staff (pasted tables are long). */
  maxTextLength?: { citizen: number; staff: number };
  now?: () => number;
}

export const APOLOGY = '抱歉，系统暂时无法回答，请稍后再试。';
/** What registered staff read when a staff command comes through a channel that cannot prove who sent it. */
export const STAFF_UNVERIFIED_REPLY =
  '为安全起见，公众号明文模式下不受理工作人员指令（填报、审核、工作人员管理、提醒设置等），因为这种模式下消息内容没有签名保护。请改用安全模式，或通过企业微信/控制台操作；查询问题不受影响。';
export const UNSUPPORTED_REPLY = '抱歉，我目前只能看懂文字消息。请直接用文字提问，例如“西工区科技局2024年办理了几件行政许可？”';

/** Build the pipeline entry every adapter calls. */
export function createRouter(options: RouterOptions): MessageHandler {
  const citizenRate = options.rateLimit ?? { messages: 20, windowMs: 60_000 };
  const staffRate = options.staffRateLimit ?? { messages: 300, windowMs: 60_000 };
  const limits = options.maxTextLength ?? { citizen: 2000, staff: 20000 };
  const now = options.now ?? Date.now;
  const recent = new Map<string, number[]>();
  let lastSweep = Number.NEGATIVE_INFINITY;

  const allowed = (key: string, rate: { messages: number; windowMs: number }): boolean => {
    const time = now();
    const times = (recent.get(key) ?? []).filter((at) => time - at < rate.windowMs);
    if (times.length >= rate.messages) {
      recent.set(key, times);
      return false;
    }
    times.push(time);
    recent.set(key, times);
    // Keep the map bounded: forget users who went quiet. At most once a second: with more than
    // 10,000 users a minute, a sweep per message would cost more than answering it.
    if (recent.size > 10_000 && time - lastSweep >= 1000) {
      lastSweep = time;
      for (const [user, stamps] of recent)
        if (stamps.every((at) => time - at >= Math.max(citizenRate.windowMs, staffRate.windowMs))) recent.delete(user);
    }
    return true;
  };

  return async (message: IncomingMessage): Promise<string> => {
    const started = now();
    const staff = options.identify?.(message.channel, message.user);
    const context: MessageContext = { message, text: message.text.trim(), staff };
    const log = options.logger.child({ channel: message.channel, user: message.user, staff: staff ? staff.id : undefined });
    if (!allowed(`${message.channel}:${message.user}`, staff ? staffRate : citizenRate)) {
      log.warn({ event: 'rate_limited' }, 'rate limited');
      return '您发送消息太频繁了，请稍等一分钟再问。';
    }
    const limit = staff ? limits.staff : limits.citizen;
    if (context.text.length > limit) {
      log.info({ event: 'too_long', length: context.text.length }, 'message too long');
      return `您的消息太长了（${context.text.length}字）。请用一两句话提问，不超过${limit}字。`;
    }
    try {
      let route = options.routes.find((candidate) => candidate.matches(context));
      if (staff && message.senderUnverified) {
        // Anyone holding one signed URL could claim to be this person: answer as to a citizen,
        // and refuse when the message only means something as a staff command.
        const asCitizen: MessageContext = { message, text: context.text };
        const citizenRoute = options.routes.find((candidate) => candidate.matches(asCitizen));
        if (citizenRoute !== route) {
          log.warn({ event: 'staff_refused_unverified', route: route?.name }, 'staff command over an unauthenticated channel refused');
          return STAFF_UNVERIFIED_REPLY;
        }
        route = citizenRoute;
        context.staff = undefined;
      }
      const reply = await (route ? route.handle(context) : options.fallback(context));
      log.info(
        {
          event: 'reply',
          route: route?.name ?? 'fallback',
          kind: message.kind,
          textLength: context.text.length,
          replyLength: reply.length,
          ms: now() - started,
        },
        'replied',
      );
      return reply;
    } catch (error) {
      log.error(
        {
          event: 'handler_failed',
          error: error instanceof Error ? { message: error.message, code: (error as GongkaiError).code } : String(error),
        },
        'handler failed',
      );
      if (error instanceof GongkaiError && error.userMessage) return error.userMessage;
      // A write the disk refused says so, whichever handler attempted it.
      return storeWriteFailure(error)?.userMessage ?? APOLOGY;
    }
  };
}
