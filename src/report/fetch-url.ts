/**
 * Fetching a report from the web for `gongkai import URL…`: Node's global fetch (undici) with
 * the limits a crawler of government sites needs. Government servers are slow, loop their
 * redirects, answer 503 under load and sometimes stream endless pages, so every request has a
 * time-out, a size cap and a redirect limit checked hop by hop, retries back off, and no host
 * gets more than two requests at a time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/paths.js';
import { GongkaiError } from '../core/errors.js';
import { extensionOf } from './extract/detect.js';

/** The limits of one fetcher. */
export interface FetchSettings {
  /** Per request (each hop and each attempt), headers and body together. */
  timeoutMs: number;
  /** A body larger than this is not read to the end and the document is refused. */
  maxBytes: number;
  maxRedirects: number;
  /** Requests in flight to one host (host:port). */
  perHost: number;
  /** Attempts after the first, on network errors, 5xx and 429. */
  retries: number;
  /** The first back-off; it doubles with each retry. */
  backoffMs: number;
  /** The longest a Retry-After header may make us wait. */
  maxRetryAfterMs: number;
  userAgent: string;
}

const MEGABYTE = 1024 * 1024;

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

/** Defaults: 20 s per request, 20 MB, 5 redirects, 2 per host, 3 retries from 500 ms. */
export const DEFAULT_FETCH_SETTINGS: FetchSettings = {
  timeoutMs: 20_000,
  maxBytes: 20 * MEGABYTE,
  maxRedirects: 5,
  perHost: 2,
  retries: 3,
  backoffMs: 500,
  maxRetryAfterMs: 30_000,
  // Some government WAFs turn away requests without a browser-like product token; the rest names us.
  userAgent: `Mozilla/5.0 (compatible; gongkai-bot/${packageVersion()}; government disclosure report importer)`,
};

/** A document fetched from the web, ready for the same extraction as a file. */
export interface FetchedDocument {
  /** The URL asked for (recorded as the report's source). */
  url: string;
  /** Where the last redirect led. */
  finalUrl: string;
  /** A file name for extraction: the URL's last path segment, with an extension from Content-Type when it has none. */
  name: string;
  bytes: Uint8Array;
  contentType?: string;
}

/** True when the argument is a URL rather than a path (any scheme; only http/https are fetched). */
export function looksLikeUrl(argument: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(argument.trim());
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Content types and the extension extraction understands them by. */
const EXTENSION_BY_TYPE: Array<[RegExp, string]> = [
  [/^text\/html|^application\/xhtml\+xml/, 'html'],
  [/^application\/pdf/, 'pdf'],
  [/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml/, 'docx'],
  [/^application\/msword/, 'doc'],
  [/^text\/markdown/, 'md'],
  [/^text\/plain/, 'txt'],
];
const KNOWN_EXTENSIONS = new Set([
  'html',
  'htm',
  'shtml',
  'xhtml',
  'jsp',
  'asp',
  'aspx',
  'php',
  'pdf',
  'docx',
  'doc',
  'txt',
  'md',
  'markdown',
  'wps',
]);

/** The name extraction sees: the path's last segment, and an extension from the content type when it has no known one. */
export function documentName(url: string, contentType: string | undefined): string {
  const parsed = new URL(url);
  let segment = parsed.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // A malformed escape: keep the segment as sent.
  }
  const base = segment === '' ? parsed.hostname : segment;
  if (KNOWN_EXTENSIONS.has(extensionOf(base))) return base;
  const type = (contentType ?? '').toLowerCase().trim();
  const extension = EXTENSION_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1];
  return extension ? `${base}.${extension}` : base;
}

/** A failure that may pass if tried again (network error, 5xx, 429). */
class TransientFailure extends Error {
  constructor(
    readonly chinese: string,
    readonly english: string,
    readonly retryAfterMs?: number,
  ) {
    super(english);
  }
}

/** Counts requests per host and queues the ones over the limit, first come first served. */
class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(private readonly limit: number) {}

  async acquire(host: string): Promise<() => void> {
    let state = this.hosts.get(host);
    if (!state) this.hosts.set(host, (state = { active: 0, waiting: [] }));
    if (state.active >= this.limit) await new Promise<void>((resolve) => state!.waiting.push(resolve));
    state.active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state!.active -= 1;
      const next = state!.waiting.shift();
      if (next) next();
      else if (state!.active === 0) this.hosts.delete(host);
    };
  }
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

function failure(url: string, chinese: string, english: string): GongkaiError {
  return new GongkaiError('UPSTREAM', `${url}：${chinese} / ${english}`, `无法下载 ${url}：${chinese}`);
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MEGABYTE;
  if (megabytes < 1) return `${Math.round(bytes / 1024)} KB`;
  return Number.isInteger(megabytes) ? `${megabytes} MB` : `${megabytes.toFixed(1)} MB`;
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Fetches documents under one set of limits; one instance per import run shares the per-host counts. */
export class UrlFetcher {
  private readonly limiter: HostLimiter;
  readonly settings: FetchSettings;

  constructor(settings: Partial<FetchSettings> = {}) {
    this.settings = { ...DEFAULT_FETCH_SETTINGS, ...settings };
    this.limiter = new HostLimiter(this.settings.perHost);
  }

  /** Fetch one document. Throws GongkaiError('UPSTREAM') with the reason in Chinese and English; never a raw network error. */
  async fetch(url: string): Promise<FetchedDocument> {
    let current = this.checkedUrl(url, url);
    const visited = new Set<string>([current.href]);
    for (let hop = 0; ; hop += 1) {
      const response = await this.withRetries(url, current);
      if (response.kind === 'document') {
        const contentType = response.contentType;
        return { url, finalUrl: current.href, name: documentName(current.href, contentType), bytes: response.bytes, contentType };
      }
      if (hop >= this.settings.maxRedirects) {
        const loop = visited.has(new URL(response.location, current).href);
        throw failure(
          url,
          `重定向超过 ${this.settings.maxRedirects} 次${loop ? '（重定向循环）' : ''}，已停止`,
          `more than ${this.settings.maxRedirects} redirects${loop ? ' (a redirect loop)' : ''}`,
        );
      }
      current = this.checkedUrl(url, response.location, current);
      visited.add(current.href);
    }
  }

  private checkedUrl(original: string, target: string, base?: URL): URL {
    let parsed: URL;
    try {
      parsed = new URL(target, base);
    } catch {
      throw failure(original, `不是有效的网址：${target}`, `not a valid URL: ${target}`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw failure(
        original,
        `只支持 http/https 网址，不能读取 ${parsed.protocol}`,
        `only http and https URLs are fetched, not ${parsed.protocol}`,
      );
    }
    return parsed;
  }

  /** One hop, tried again with doubling back-off on transient failures; the host slot is not held while waiting. */
  private async withRetries(original: string, url: URL): Promise<HopResult> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.hop(original, url);
      } catch (error) {
        if (!(error instanceof TransientFailure) || attempt >= this.settings.retries) {
          if (error instanceof TransientFailure) {
            throw failure(
              original,
              `${error.chinese}，重试 ${this.settings.retries} 次后仍失败`,
              `${error.english}; still failing after ${this.settings.retries} retries`,
            );
          }
          throw error;
        }
        const backoff = this.settings.backoffMs * 2 ** attempt;
        await sleep(Math.min(Math.max(backoff, error.retryAfterMs ?? 0), Math.max(backoff, this.settings.maxRetryAfterMs)));
      }
    }
  }

  private async hop(original: string, url: URL): Promise<HopResult> {
    const release = await this.limiter.acquire(url.host);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    const seconds = this.settings.timeoutMs / 1000;
    const timeoutError = () => failure(original, `请求超时（${seconds} 秒内未完成）`, `timed out after ${seconds} s`);
    try {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            'user-agent': this.settings.userAgent,
            accept:
              'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain;q=0.9,*/*;q=0.8',
          },
        });
      } catch (error) {
        // A time-out is not retried: the user already waited the whole time-out once.
        if (timedOut) throw timeoutError();
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const reason = cause?.code ?? cause?.message ?? (error as Error).message;
        // A name that does not resolve will not resolve a second later.
        if (cause?.code === 'ENOTFOUND')
          throw failure(original, `找不到服务器（域名无法解析：${url.hostname}）`, `host not found: ${url.hostname}`);
        throw new TransientFailure(`网络错误（${reason}）`, `network error (${reason})`);
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location)
          throw failure(
            original,
            `HTTP ${response.status} 重定向缺少 Location`,
            `HTTP ${response.status} redirect without a Location header`,
          );
        return { kind: 'redirect', location };
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        throw new TransientFailure(
          `服务器返回 HTTP ${response.status}`,
          `HTTP ${response.status}`,
          retryAfter(response.headers.get('retry-after')),
        );
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        const meaning =
          response.status === 404
            ? '（页面不存在）'
            : response.status === 403
              ? '（拒绝访问）'
              : response.status === 410
                ? '（页面已删除）'
                : '';
        throw failure(
          original,
          `服务器返回 HTTP ${response.status}${meaning}`,
          `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        );
      }
      const bytes = await this.readCapped(original, response, timeoutError, () => timedOut);
      return { kind: 'document', bytes, contentType: response.headers.get('content-type') ?? undefined };
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  /** Reads the body, stopping as soon as it passes the cap (a declared Content-Length over it stops before reading). */
  private async readCapped(
    original: string,
    response: Response,
    timeoutError: () => GongkaiError,
    timedOut: () => boolean,
  ): Promise<Uint8Array> {
    const cap = this.settings.maxBytes;
    const tooLarge = () =>
      failure(
        original,
        `文件超过大小上限 ${formatMegabytes(cap)}，已停止下载，不予导入`,
        `larger than the ${formatMegabytes(cap)} size cap; download stopped, not imported`,
      );
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > cap) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (!response.body) return new Uint8Array();
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > cap) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge();
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof GongkaiError) throw error;
      if (timedOut()) throw timeoutError();
      throw new TransientFailure(
        `读取内容时网络中断（${(error as Error).message}）`,
        `connection lost while reading (${(error as Error).message})`,
      );
    }
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return bytes;
  }
}

type HopResult = { kind: 'redirect'; location: string } | { kind: 'document'; bytes: Uint8Array; contentType?: string };
