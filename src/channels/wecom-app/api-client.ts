/**
 * The two WeCom server API calls the app channel needs: `GET /cgi-bin/gettoken` (corpid +
 * corpsecret → access_token) and `POST /cgi-bin/message/send` (an application text message to a
 * member's userid), used for answers that miss the passive window and for notifications.
 */
import type { Config } from '../../config/config.js';
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { splitForWeChat } from '../../core/split.js';

/** Official WeCom API base. */
export const DEFAULT_WECOM_API_BASE = 'https://qyapi.weixin.qq.com';
/** WeCom truncates a text message's content at 2048 bytes; leave a margin. */
export const WECOM_APP_TEXT_MAX_BYTES = 2000;

/** Settings of the client; `apiBase` is configurable so tests can point it at 127.0.0.1. */
export interface WeComApiClientOptions {
  apiBase?: string;
  corpId: string;
  /** The app's Secret (a secret: never logged, never in an error message). */
  secret: string;
  /** The app's AgentId, which message/send names. */
  agentId: number;
  logger: Logger;
  now?: () => number;
  /** Attempts per call against network errors, HTTP 5xx and errcode -1, counting the first (default 3). */
  maxAttempts?: number;
  /** First backoff delay, doubled on each retry (default 500 ms). */
  retryDelayMs?: number;
  requestTimeoutMs?: number;
}

/** Access token and application messages. */
export interface WeComApiClient {
  /** A valid access token, fetched once and cached until shortly before `expires_in`. */
  getAccessToken(): Promise<string>;
  /** Send text to a member (split into messages WeCom does not truncate, sent in order). */
  sendText(userId: string, content: string): Promise<void>;
}

/** errcodes meaning the access token is invalid (40014) or expired (42001): fetch a new one, once. */
const TOKEN_ERRORS = new Set([40014, 42001]);
/** errcode -1 is "system busy". */
const BUSY = -1;
/** Refresh this long before WeCom's stated expiry, so a token never dies in flight. */
const EXPIRY_MARGIN_SECONDS = 300;

interface ApiResult {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** Failures worth another attempt after a pause. */
class RetryableError extends Error {}

/** Create the client. Concurrent callers share one token request. */
export function createWeComApiClient(options: WeComApiClientOptions): WeComApiClient {
  const apiBase = (options.apiBase ?? DEFAULT_WECOM_API_BASE).replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const log = options.logger.child({ module: 'wecom-api' });
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  /** One HTTP call with retries on transient failures; the URL (which holds a secret or token) never reaches an error. */
  async function call(what: string, url: () => Promise<string> | string, body?: string): Promise<ApiResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        let response: Response;
        try {
          response = await fetch(await url(), {
            method: body === undefined ? 'GET' : 'POST',
            body,
            headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
            signal: AbortSignal.timeout(requestTimeoutMs),
          });
        } catch (error) {
          throw new RetryableError(`${what}: network error (${error instanceof Error ? error.message : String(error)})`);
        }
        if (response.status >= 500) throw new RetryableError(`${what}: HTTP ${response.status}`);
        if (!response.ok) throw new GongkaiError('UPSTREAM', `${what}: HTTP ${response.status}`);
        const result = (await response.json().catch(() => undefined)) as unknown;
        if (typeof result !== 'object' || result === null) throw new GongkaiError('UPSTREAM', `${what}: response is not a JSON object`);
        if ((result as ApiResult).errcode === BUSY) throw new RetryableError(`${what}: system busy`);
        return result as ApiResult;
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        if (attempt >= maxAttempts) throw new GongkaiError('UPSTREAM', error.message);
        const pause = retryDelayMs * 2 ** (attempt - 1);
        log.warn({ what, attempt, delayMs: pause, reason: error.message }, 'WeCom API call failed, retrying');
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  async function fetchToken(): Promise<string> {
    const url = `${apiBase}/cgi-bin/gettoken?corpid=${encodeURIComponent(options.corpId)}&corpsecret=${encodeURIComponent(options.secret)}`;
    const result = await call('gettoken', () => url);
    if ((result.errcode ?? 0) !== 0 || typeof result.access_token !== 'string' || result.access_token === '') {
      throw new GongkaiError('UPSTREAM', `gettoken: errcode ${String(result.errcode)} ${String(result.errmsg ?? '')}`.trim());
    }
    const lifetime = typeof result.expires_in === 'number' && result.expires_in > 0 ? result.expires_in : 7200;
    const usable = Math.max(lifetime - EXPIRY_MARGIN_SECONDS, lifetime / 2);
    cached = { token: result.access_token, expiresAt: now() + usable * 1000 };
    log.info({ expiresInSeconds: lifetime }, 'WeCom access token refreshed');
    return result.access_token;
  }

  function getAccessToken(): Promise<string> {
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function sendOne(userId: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: userId, msgtype: 'text', agentid: options.agentId, text: { content } });
    for (let tokenRefreshed = false; ; tokenRefreshed = true) {
      const token = await getAccessToken();
      const result = await call('message/send', () => `${apiBase}/cgi-bin/message/send?access_token=${encodeURIComponent(token)}`, body);
      const errcode = result.errcode ?? 0;
      if (errcode === 0) {
        // WeCom answers 0 yet names the userids it could not reach.
        if (typeof result.invaliduser === 'string' && result.invaliduser !== '')
          throw new GongkaiError('UPSTREAM', `message/send: no such member (${result.invaliduser})`);
        return;
      }
      if (TOKEN_ERRORS.has(errcode) && !tokenRefreshed) {
        // Only the token that failed: a concurrent sender may already have fetched a fresh one.
        if (cached?.token === token) cached = undefined;
        log.info({ errcode }, 'WeCom rejected the access token; fetching a new one');
        continue;
      }
      throw new GongkaiError('UPSTREAM', `message/send: errcode ${errcode} ${String(result.errmsg ?? '')}`.trim());
    }
  }

  async function sendText(userId: string, content: string): Promise<void> {
    for (const chunk of splitForWeChat(content, WECOM_APP_TEXT_MAX_BYTES)) {
      if (chunk.trim() !== '') await sendOne(userId, chunk);
    }
  }

  return { getAccessToken, sendText };
}

/**
 * The client when sending is configured (corp id, agent id and secret), else undefined. Kept here,
 * apart from the receiver, so one-shot commands (gongkai remind) load no HTTP framework.
 */
export function weComClientFrom(
  config: Pick<Config, 'WECOM_CORP_ID' | 'WECOM_AGENT_ID' | 'WECOM_SECRET' | 'WECOM_API_BASE'>,
  logger: Logger,
): WeComApiClient | undefined {
  if (!config.WECOM_CORP_ID || config.WECOM_AGENT_ID === undefined || !config.WECOM_SECRET) return undefined;
  return createWeComApiClient({
    apiBase: config.WECOM_API_BASE,
    corpId: config.WECOM_CORP_ID,
    agentId: config.WECOM_AGENT_ID,
    secret: config.WECOM_SECRET,
    logger,
  });
}
