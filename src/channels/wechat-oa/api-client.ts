/**
 * The two official-account API calls this channel needs: the access token and the customer-service
 * text message (客服消息), used when an answer misses the 5-second passive-reply window.
 */
import type { Logger } from '../../core/log.js';
import { GongkaiError } from '../../core/errors.js';

/** Settings of the API client; `apiBase` is configurable so tests can point it at 127.0.0.1. */
export interface WeChatApiClientOptions {
  /** Default https://api.weixin.qq.com. */
  apiBase?: string;
  appId: string;
  appSecret: string;
  logger: Logger;
  now?: () => number;
  /** Attempts per call, counting the first (default 3). */
  maxAttempts?: number;
  /** First backoff delay, doubled on each retry (default 500 ms). */
  retryDelayMs?: number;
  /** Per-request timeout (default 10 s). */
  requestTimeoutMs?: number;
}

/** Access token and customer-service send. */
export interface WeChatApiClient {
  /** A valid access token, fetched once and cached until shortly before it expires. */
  getAccessToken(): Promise<string>;
  /** Send a text message to a user who wrote to the account within the last 48 hours. */
  sendText(openId: string, content: string): Promise<void>;
}

/** Default official API base. */
export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

/** errcodes meaning the token is invalid or expired: drop it and fetch a new one. */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** errcode -1 is "system busy": worth retrying after a pause. */
const BUSY = -1;
/** Refresh this long before WeChat's stated expiry, so a token never dies in flight. */
const EXPIRY_MARGIN_SECONDS = 300;

interface ApiResult {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** Failures worth another attempt (network, 5xx, errcode -1), as opposed to final ones. */
class RetryableError extends Error {
  constructor(
    message: string,
    /** A rejected token is replaced at once; waiting would only delay the user's answer. */
    readonly immediate = false,
  ) {
    super(message);
  }
}

/** Create the client. Concurrent callers share one token request, because fetching a token invalidates the previous one. */
export function createWeChatApiClient(options: WeChatApiClientOptions): WeChatApiClient {
  const apiBase = (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const logger = options.logger;

  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function callJson(url: string, init: { method: 'GET' | 'POST'; body?: string }, what: string): Promise<ApiResult> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: init.method,
        body: init.body,
        headers: init.body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      // The URL carries the access token or the secret, so it is never part of the message.
      throw new RetryableError(`${what}: network error (${error instanceof Error ? error.message : String(error)})`);
    }
    if (response.status >= 500) throw new RetryableError(`${what}: HTTP ${response.status}`);
    if (!response.ok) throw new GongkaiError('UPSTREAM', `${what}: HTTP ${response.status}`);
    let result: unknown;
    try {
      result = await response.json();
    } catch (error) {
      throw new GongkaiError('UPSTREAM', `${what}: response is not JSON`, undefined, { cause: error });
    }
    if (typeof result !== 'object' || result === null) throw new GongkaiError('UPSTREAM', `${what}: unexpected response`);
    return result as ApiResult;
  }

  async function withRetries<T>(what: string, attempt: (attemptNumber: number) => Promise<T>): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      try {
        return await attempt(attemptNumber);
      } catch (error) {
        if (!(error instanceof RetryableError) || attemptNumber >= maxAttempts) {
          if (error instanceof RetryableError) throw new GongkaiError('UPSTREAM', error.message);
          throw error;
        }
        const delay = error.immediate ? 0 : retryDelayMs * 2 ** (attemptNumber - 1);
        logger.warn({ what, attempt: attemptNumber, delayMs: delay, reason: error.message }, 'WeChat API call failed, retrying');
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  async function fetchToken(): Promise<string> {
    const url =
      `${apiBase}/cgi-bin/token?grant_type=client_credential` +
      `&appid=${encodeURIComponent(options.appId)}&secret=${encodeURIComponent(options.appSecret)}`;
    const result = await withRetries('token', async () => {
      const body = await callJson(url, { method: 'GET' }, 'token');
      if (body.errcode === BUSY) throw new RetryableError('token: system busy');
      return body;
    });
    if (typeof result.access_token !== 'string' || result.access_token === '') {
      throw new GongkaiError('UPSTREAM', `token: errcode ${String(result.errcode)} ${String(result.errmsg ?? '')}`.trim());
    }
    const lifetime = typeof result.expires_in === 'number' && result.expires_in > 0 ? result.expires_in : 7200;
    const usable = Math.max(lifetime - EXPIRY_MARGIN_SECONDS, lifetime / 2);
    cached = { token: result.access_token, expiresAt: now() + usable * 1000 };
    logger.info({ expiresInSeconds: lifetime }, 'WeChat access token refreshed');
    return result.access_token;
  }

  function getAccessToken(): Promise<string> {
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  function invalidate(token: string): void {
    // Only the token that failed: a concurrent sender may already have fetched a fresh one.
    if (cached?.token === token) cached = undefined;
  }

  async function sendText(openId: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: openId, msgtype: 'text', text: { content } });
    await withRetries('custom/send', async () => {
      const token = await getAccessToken();
      const url = `${apiBase}/cgi-bin/message/custom/send?access_token=${encodeURIComponent(token)}`;
      const result = await callJson(url, { method: 'POST', body }, 'custom/send');
      const errcode = result.errcode ?? 0;
      if (errcode === 0) return;
      if (TOKEN_ERRORS.has(errcode)) {
        invalidate(token);
        throw new RetryableError(`custom/send: token rejected (errcode ${errcode})`, true);
      }
      if (errcode === BUSY) throw new RetryableError('custom/send: system busy');
      throw new GongkaiError('UPSTREAM', `custom/send: errcode ${errcode} ${String(result.errmsg ?? '')}`.trim());
    });
  }

  return { getAccessToken, sendText };
}
