/**
 * Console sign-in and request protection: the session cookie (HttpOnly, SameSite=Strict, Secure
 * behind TLS), the CSRF check on every form that writes, and a per-address limit on sign-in attempts.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { ConsoleSession, ConsoleStore } from './console-store.js';
import { SESSION_TTL_MS } from './console-store.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'gongkai_session';
/** The hidden form field that carries the CSRF token. */
export const CSRF_FIELD = '_csrf';

/** Hono context variables the console sets. */
export type ConsoleVariables = { session: ConsoleSession; sessionId: string };

/** True when the browser reached us over TLS (directly, or through a proxy that says so). */
export function isSecureRequest(context: Context): boolean {
  const forwarded = context.req.header('x-forwarded-proto');
  if (forwarded) return forwarded.split(',')[0].trim().toLowerCase() === 'https';
  return new URL(context.req.url).protocol === 'https:';
}

/** Set the session cookie after a successful sign-in. */
export function startSessionCookie(context: Context, sessionId: string): void {
  setCookie(context, SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isSecureRequest(context),
    path: '/console',
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

/** Remove the session cookie. */
export function endSessionCookie(context: Context): void {
  deleteCookie(context, SESSION_COOKIE, { path: '/console', secure: isSecureRequest(context) });
}

/**
 * The client's address, for the rate limit and the audit log. X-Forwarded-For is believed only
 * from a proxy on this host (loopback), so a remote client cannot dodge the limit by inventing it.
 */
export function clientAddress(context: Context): string {
  const incoming = (context.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  const socket = incoming?.socket?.remoteAddress;
  const forwarded = context.req.header('x-forwarded-for');
  const local = socket === undefined || /^(127\.|::1$|::ffff:127\.)/.test(socket);
  if (forwarded && local) return forwarded.split(',')[0].trim();
  return socket ?? 'unknown';
}

/** Require a live session; otherwise a sign-in page explaining how to get a link. */
export function requireSession(
  store: ConsoleStore,
  signInPage: (context: Context) => Response | Promise<Response>,
): MiddlewareHandler<{ Variables: ConsoleVariables }> {
  return async (context, next) => {
    const sessionId = getCookie(context, SESSION_COOKIE);
    const session = sessionId ? store.session(sessionId) : undefined;
    if (!session || !sessionId) return signInPage(context);
    context.set('session', session);
    context.set('sessionId', sessionId);
    await next();
  };
}

/**
 * Refuse a writing request whose form does not carry the session's CSRF token. SameSite=Strict
 * already stops most cross-site posts; the token also covers older in-app browsers.
 */
export function requireCsrf(): MiddlewareHandler<{ Variables: ConsoleVariables }> {
  return async (context, next) => {
    if (context.req.method !== 'POST') return next();
    const session = context.get('session');
    const form = await context.req.parseBody({ all: false });
    const token = typeof form[CSRF_FIELD] === 'string' ? form[CSRF_FIELD] : context.req.header('x-csrf-token');
    if (!token || token !== session.csrfToken) return context.text('表单已过期或来源不明（缺少 CSRF 令牌），请刷新页面后重试。', 403);
    await next();
  };
}

/** A fixed-window counter per key: sign-in attempts per address. */
export class AttemptLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Count one attempt; false once the key is over its limit in the current window. */
  allow(key: string): boolean {
    const at = this.now();
    if (this.windows.size > 10_000)
      for (const [other, window] of this.windows) if (at - window.start > this.windowMs) this.windows.delete(other);
    const window = this.windows.get(key);
    if (!window || at - window.start > this.windowMs) {
      this.windows.set(key, { start: at, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= this.limit;
  }
}
