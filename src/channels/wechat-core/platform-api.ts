/**
 * What the official-account and WeCom server APIs have in common: JSON calls retried on network
 * errors, HTTP 5xx and errcode -1 (system busy), and an access token that is fetched once
 * (concurrent callers share the request, since a new token invalidates the old one), cached until
 * shortly before its stated expiry, and fetched again once when the platform rejects it.
 */
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';

/** A platform API's JSON answer. */
export interface ApiResult {
  errcode?: number;
  errmsg?: string;
  [field: string]: unknown;
}

/** Retry and clock settings every client of a platform API takes. */
export interface PlatformApiTuning {
  logger: Logger;
  now?: () => number;
  /** Attempts per call against network errors, HTTP 5xx and errcode -1, counting the first (default 3). */
  maxAttempts?: number;
  /** First backoff delay, doubled on each retry (default 500 ms). */
  retryDelayMs?: number;
  /** Per-request timeout (default 10 s). */
  requestTimeoutMs?: number;
}

/** Settings of one platform's API access. */
export interface PlatformApiOptions extends PlatformApiTuning {
  /** Names the platform in logs, e.g. `WeChat`, `WeCom`. */
  platform: string;
  /** The API base without a trailing slash. */
  apiBase: string;
  /** The token request, relative to the base (it holds the secret, so it never reaches a log or an error). */
  tokenPath: string;
  /** What errors call the token request, e.g. `token`, `gettoken`. */
  tokenCall: string;
  /** errcodes meaning the access token is invalid or expired. */
  tokenErrors: ReadonlySet<number>;
}

/** Token and authenticated calls of one platform. */
export interface PlatformApi {
  /** A valid access token, fetched once and cached until shortly before it expires. */
  getAccessToken(): Promise<string>;
  /**
   * POST JSON to `path?access_token=…` and return the answer when errcode is 0; after a token
   * error the token is fetched again and the call made once more. Throws UPSTREAM otherwise.
   */
  postWithToken(call: string, path: string, body: string): Promise<ApiResult>;
}

/** errcode -1 is "system busy": worth another attempt after a pause. */
const BUSY = -1;
/** Refresh this long before the stated expiry, so a token never dies in flight. */
const EXPIRY_MARGIN_SECONDS = 300;

/** Failures worth another attempt after a pause, as opposed to final ones. */
class RetryableError extends Error {}

/** Create the API access for one platform account. */
export function createPlatformApi(options: PlatformApiOptions): PlatformApi {
  const now = options.now ?? Date.now;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 3);
  const retryDelayMs = options.retryDelayMs ?? 500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const log = options.logger;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function attempt(call: string, url: string, body: string | undefined): Promise<ApiResult> {
    let response: Response;
    try {
      response = await fetch(url, {
        method: body === undefined ? 'GET' : 'POST',
        body,
        headers: body === undefined ? undefined : { 'content-type': 'application/json; charset=utf-8' },
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      // The URL carries the access token or the secret, so it is never part of the message.
      throw new RetryableError(`${call}: network error (${error instanceof Error ? error.message : String(error)})`);
    }
    if (response.status >= 500) throw new RetryableError(`${call}: HTTP ${response.status}`);
    if (!response.ok) throw new GongkaiError('UPSTREAM', `${call}: HTTP ${response.status}`);
    const result = (await response.json().catch(() => undefined)) as unknown;
    if (typeof result !== 'object' || result === null) throw new GongkaiError('UPSTREAM', `${call}: response is not a JSON object`);
    if ((result as ApiResult).errcode === BUSY) throw new RetryableError(`${call}: system busy`);
    return result as ApiResult;
  }

  /** One call with bounded retries and exponential backoff on transient failures. */
  async function request(call: string, url: string, body?: string): Promise<ApiResult> {
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      try {
        return await attempt(call, url, body);
      } catch (error) {
        if (!(error instanceof RetryableError)) throw error;
        if (attemptNumber >= maxAttempts) throw new GongkaiError('UPSTREAM', error.message);
        const pause = retryDelayMs * 2 ** (attemptNumber - 1);
        log.warn({ call, attempt: attemptNumber, delayMs: pause, reason: error.message }, `${options.platform} API call failed, retrying`);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  }

  async function fetchToken(): Promise<string> {
    const result = await request(options.tokenCall, `${options.apiBase}${options.tokenPath}`);
    if ((result.errcode ?? 0) !== 0 || typeof result.access_token !== 'string' || result.access_token === '') {
      throw new GongkaiError('UPSTREAM', `${options.tokenCall}: errcode ${String(result.errcode)} ${String(result.errmsg ?? '')}`.trim());
    }
    const lifetime = typeof result.expires_in === 'number' && result.expires_in > 0 ? result.expires_in : 7200;
    const usable = Math.max(lifetime - EXPIRY_MARGIN_SECONDS, lifetime / 2);
    cached = { token: result.access_token, expiresAt: now() + usable * 1000 };
    log.info({ expiresInSeconds: lifetime }, `${options.platform} access token refreshed`);
    return result.access_token;
  }

  function getAccessToken(): Promise<string> {
    if (cached && cached.expiresAt > now()) return Promise.resolve(cached.token);
    pending ??= fetchToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function postWithToken(call: string, path: string, body: string): Promise<ApiResult> {
    for (let refreshed = false; ; refreshed = true) {
      const token = await getAccessToken();
      const result = await request(call, `${options.apiBase}${path}?access_token=${encodeURIComponent(token)}`, body);
      const errcode = result.errcode ?? 0;
      if (errcode === 0) return result;
      if (options.tokenErrors.has(errcode) && !refreshed) {
        // Only the token that failed: a concurrent caller may already have fetched a fresh one.
        if (cached?.token === token) cached = undefined;
        log.info({ errcode }, `${options.platform} rejected the access token; fetching a new one`);
        continue;
      }
      throw new GongkaiError('UPSTREAM', `${call}: errcode ${errcode} ${String(result.errmsg ?? '')}`.trim());
    }
  }

  return { getAccessToken, postWithToken };
}
