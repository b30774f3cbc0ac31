/**
 * The official-account message server (公众号消息服务器) on node:http: signature checks, the three
 * encryption modes, retry dedupe, passive replies within WeChat's 5-second window and the
 * customer-service API for answers that take longer. It knows nothing of the domain.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { IncomingMessage as ChatMessage, MessageHandler } from '../../core/message.js';
import type { Logger } from '../../core/log.js';
import { GongkaiError } from '../../core/errors.js';
import { byteLength, splitForWeChat } from '../../core/split.js';
import { checkRequestSignature, isFreshTimestamp, type SignatureProblem } from '../wechat-core/signature.js';
import { createMessageCrypt, type MessageCrypt } from '../wechat-core/crypto.js';
import { buildEncryptedReplyXml, buildTextReplyXml, parseWeChatXml, type WeChatFields } from '../wechat-core/xml.js';
import { Deduplicator } from '../wechat-core/dedupe.js';
import { createWeChatApiClient, DEFAULT_API_BASE, type WeChatApiClient } from './api-client.js';
import { dedupeKey, toIncomingMessage } from './incoming.js';
import { messageIdentity, ReplayGuard } from '../wechat-core/replay.js';

/** What the user reads when the handler fails without a message of its own. */
export const APOLOGY = '抱歉，系统暂时无法回答，请稍后再试。';

/** 明文模式, 兼容模式 (plaintext fields alongside `<Encrypt>`), 安全模式 (only `<Encrypt>`). */
export type EncryptMode = 'plain' | 'compat' | 'safe';

/** Settings of the official-account message server. */
export interface WeChatOaServerOptions {
  /** The Token configured in the official-account console. */
  token: string;
  /** Needed for safe mode and, with `appSecret`, for the customer-service API. */
  appId?: string;
  appSecret?: string;
  /** The 43-character EncodingAESKey; required in safe mode. */
  encodingAesKey?: string;
  encryptMode: EncryptMode;
  /** Default https://api.weixin.qq.com. */
  apiBase?: string;
  /** Callback path, default `/wechat`. */
  path?: string;
  handler: MessageHandler;
  logger: Logger;
  /** How long to wait for the handler before answering `success` and switching to the API (default 4000 ms; WeChat gives up at 5 s). */
  passiveBudgetMs?: number;
  /** Accepted clock difference for `timestamp`, both directions (default 300 s). */
  maxTimestampSkewSeconds?: number;
  /** Largest reply chunk in UTF-8 bytes (default 2000; WeChat truncates near 2048). */
  maxTextLength?: number;
  /** Largest accepted request body (default 64 KiB). */
  maxBodyBytes?: number;
  now?: () => number;
  /** Replaces the client built from appId/appSecret/apiBase, e.g. to tune retries. */
  apiClient?: WeChatApiClient;
  /**
   * Accept the sender of a body no signature covers (plain mode, or compat without `Encrypt`)
   * as who it claims to be. Off by default: such messages are marked `senderUnverified`, and
   * the router refuses staff commands for them.
   */
  trustUnsignedSender?: boolean;
  /** What GET /healthz reports; `ok: false` answers 503. Default: `{ok: true}`. */
  health?: () => { ok: boolean } & Record<string, unknown>;
  /** Serves every other path on the same port (the web pages); without it they get 404. */
  otherPaths?: (request: http.IncomingMessage, response: http.ServerResponse) => void;
}

/** A request listener that can also report when background deliveries have finished. */
export interface WeChatOaRequestListener {
  (request: http.IncomingMessage, response: http.ServerResponse): void;
  /** Resolves once pending customer-service deliveries settle, or after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
}

/** The server plus its lifecycle. */
export interface WeChatOaServer {
  server: http.Server;
  /** Start listening; resolves with the bound address (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stop accepting requests, then wait (bounded) for answers still being delivered. */
  close(): Promise<void>;
}

type Outcome = { kind: 'passive'; xml: string } | { kind: 'success' };

const SUCCESS: Outcome = { kind: 'success' };
const DEDUPE_TTL_MS = 10 * 60_000;
const DEDUPE_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/**
 * Pause before the follow-up chunks of a long passive reply: the API call must not overtake the
 * HTTP response WeChat is still turning into the first message, or the user reads them out of order.
 */
const FOLLOW_UP_DELAY_MS = 1000;

class BodyTooLargeError extends Error {}

/** `signed`: the fields came from an `Encrypt` whose msg_signature was verified. */
type OpenedBody = { ok: true; fields: WeChatFields; signed: boolean } | { ok: false; status: number; reason: string };

function refused(status: number, reason: string): OpenedBody {
  return { ok: false, status, reason };
}

/** Check options at start-up, listing every problem at once. */
function validateOptions(options: WeChatOaServerOptions): void {
  const problems: string[] = [];
  if (!options.token) problems.push('token is required');
  if (!['plain', 'compat', 'safe'].includes(options.encryptMode)) problems.push(`unknown encryptMode ${String(options.encryptMode)}`);
  if (options.encryptMode === 'safe') {
    if (!options.encodingAesKey) problems.push('safe mode needs encodingAesKey');
    if (!options.appId) problems.push('safe mode needs appId');
  }
  if (options.encodingAesKey && !/^[A-Za-z0-9+/]{43}$/.test(options.encodingAesKey)) {
    problems.push('encodingAesKey must be 43 base64 characters');
  }
  if (options.appSecret && !options.appId) problems.push('appSecret is set but appId is not');
  const budget = options.passiveBudgetMs;
  if (budget !== undefined && !(budget > 0 && budget < 5000)) problems.push('passiveBudgetMs must be between 0 and 5000');
  const path = options.path;
  if (path !== undefined && !path.startsWith('/')) problems.push('path must start with /');
  if (problems.length > 0) throw new GongkaiError('CONFIG', `WeChat OA channel: ${problems.join('; ')}`);
}

/**
 * Build the request listener: the callback path (GET handshake, POST messages) and `GET /healthz`.
 * Mount it on your own server, or use createWeChatOaServer.
 */
export function createWeChatOaRequestListener(options: WeChatOaServerOptions): WeChatOaRequestListener {
  validateOptions(options);
  const now = options.now ?? Date.now;
  const path = options.path ?? '/wechat';
  const budgetMs = options.passiveBudgetMs ?? 4000;
  const maxSkew = options.maxTimestampSkewSeconds ?? 300;
  const maxTextLength = options.maxTextLength ?? 2000;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { token, encryptMode, handler } = options;
  const log = options.logger.child({ module: 'wechat-oa' });
  const crypt: MessageCrypt | undefined = options.encodingAesKey
    ? createMessageCrypt({ token, encodingAesKey: options.encodingAesKey, appId: options.appId })
    : undefined;
  const apiClient =
    options.apiClient ??
    (options.appId && options.appSecret
      ? createWeChatApiClient({
          apiBase: options.apiBase ?? DEFAULT_API_BASE,
          appId: options.appId,
          appSecret: options.appSecret,
          logger: log,
          now,
        })
      : undefined);
  if (!apiClient) {
    log.warn('no appId/appSecret: slow or long answers cannot be completed through the customer-service API');
  }
  const dedupe = new Deduplicator<Outcome>({ ttlMs: DEDUPE_TTL_MS, maxEntries: DEDUPE_MAX_ENTRIES, now });
  const replays = new ReplayGuard({ maxSkewSeconds: maxSkew, now });
  const deliveries = new Set<Promise<void>>();

  function send(response: http.ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
    if (response.headersSent || response.writableEnded) return;
    response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  }

  function refuse(response: http.ServerResponse, problem: SignatureProblem, request: http.IncomingMessage): void {
    log.warn({ problem, method: request.method, remoteAddress: request.socket.remoteAddress }, 'refused an unauthenticated callback');
    send(response, problem === 'missing' ? 401 : 403, problem === 'missing' ? 'signature required' : 'forbidden');
  }

  function toChunks(reply: string): string[] {
    if (reply.trim() === '') return [];
    return splitForWeChat(reply, maxTextLength).filter((chunk) => chunk.trim() !== '');
  }

  async function runHandler(message: ChatMessage): Promise<string> {
    try {
      const reply = await handler(message);
      return typeof reply === 'string' ? reply : '';
    } catch (error) {
      log.error({ err: error, user: message.user, messageId: message.id }, 'handler failed; apologising to the user');
      return error instanceof GongkaiError && error.userMessage ? error.userMessage : APOLOGY;
    }
  }

  /** Send chunks in order through the customer-service API; stops at the first failure so the user never gets them out of order. */
  async function deliverThroughApi(user: string, chunks: string[], reason: string): Promise<void> {
    if (chunks.length === 0) return;
    if (!apiClient) {
      log.warn({ user, undeliveredChunks: chunks.length, reason }, 'customer-service API not configured; part of the reply is dropped');
      return;
    }
    for (const [index, chunk] of chunks.entries()) {
      try {
        await apiClient.sendText(user, chunk);
      } catch (error) {
        log.error(
          { err: error, user, sentChunks: index, undeliveredChunks: chunks.length - index, reason },
          'customer-service send failed',
        );
        return;
      }
    }
    log.info(
      {
        user,
        delivery: 'customer-service',
        chunks: chunks.length,
        replyBytes: chunks.reduce((sum, chunk) => sum + byteLength(chunk), 0),
        reason,
      },
      'reply sent through the customer-service API',
    );
  }

  function inBackground(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => log.error({ err: error }, 'background delivery failed'));
    deliveries.add(tracked);
    void tracked.finally(() => deliveries.delete(tracked));
  }

  /** Run the handler once for a message and decide, once, how its answer travels; every retry shares this outcome. */
  async function answer(message: ChatMessage, accountId: string): Promise<Outcome> {
    const started = performance.now();
    const reply = runHandler(message);
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      reply.then((text) => ({ done: true as const, text })),
      new Promise<{ done: false }>((resolve) => {
        timer = setTimeout(() => resolve({ done: false }), budgetMs);
      }),
    ]);
    clearTimeout(timer);

    if (!inTime.done) {
      log.info(
        { user: message.user, budgetMs },
        'answer not ready within the passive budget; it will follow through the customer-service API',
      );
      inBackground(
        reply.then((text) => {
          const chunks = toChunks(text);
          log.info(
            { user: message.user, handlerMs: Math.round(performance.now() - started), replyBytes: byteLength(text), chunks: chunks.length },
            'late answer ready',
          );
          return deliverThroughApi(message.user, chunks, 'late answer');
        }),
      );
      return SUCCESS;
    }

    const handlerMs = Math.round(performance.now() - started);
    const chunks = toChunks(inTime.text);
    if (chunks.length === 0) {
      log.info({ user: message.user, delivery: 'none', handlerMs }, 'no reply');
      return SUCCESS;
    }
    const xml = buildTextReplyXml({ toUser: message.user, fromUser: accountId, createTime: now() / 1000, content: chunks[0] });
    log.info(
      { user: message.user, delivery: 'passive', handlerMs, replyBytes: byteLength(inTime.text), chunks: chunks.length },
      'reply sent passively',
    );
    if (chunks.length > 1) {
      const pause = apiClient ? delay(FOLLOW_UP_DELAY_MS) : Promise.resolve();
      inBackground(pause.then(() => deliverThroughApi(message.user, chunks.slice(1), 'rest of a long reply')));
    }
    return { kind: 'passive', xml };
  }

  function respond(response: http.ServerResponse, outcome: Outcome): void {
    if (outcome.kind === 'success') {
      send(response, 200, 'success');
      return;
    }
    if (encryptMode !== 'safe' || !crypt) {
      send(response, 200, outcome.xml, 'application/xml; charset=utf-8');
      return;
    }
    // A fresh envelope per response: retries get the same reply, sealed anew.
    const timestamp = String(Math.floor(now() / 1000));
    const nonce = String(randomInt(100_000_000, 1_000_000_000));
    const encrypt = crypt.encrypt(outcome.xml);
    const envelope = buildEncryptedReplyXml({ encrypt, signature: crypt.sign(timestamp, nonce, encrypt), timestamp, nonce });
    send(response, 200, envelope, 'application/xml; charset=utf-8');
  }

  function handshake(request: http.IncomingMessage, query: URLSearchParams, response: http.ServerResponse): void {
    const timestamp = query.get('timestamp');
    const nonce = query.get('nonce');
    const echo = query.get('echostr');
    const messageSignature = query.get('msg_signature');
    // The encrypted form (msg_signature + sealed echostr) is what WeCom-style verification sends.
    if (messageSignature && crypt && echo && timestamp && nonce && !query.get('signature')) {
      if (!crypt.verify(messageSignature, timestamp, nonce, echo)) {
        refuse(response, 'mismatch', request);
        return;
      }
      if (!isFreshTimestamp(timestamp, now(), maxSkew)) {
        refuse(response, 'stale', request);
        return;
      }
      let plain: string;
      try {
        plain = crypt.decrypt(echo);
      } catch (error) {
        log.warn({ err: error }, 'encrypted echostr could not be opened');
        send(response, error instanceof GongkaiError && error.code === 'FORBIDDEN' ? 403 : 400, 'bad echostr');
        return;
      }
      log.info('URL verification (encrypted) succeeded');
      send(response, 200, plain);
      return;
    }
    const problem = checkRequestSignature({ signature: query.get('signature'), timestamp, nonce }, token, now(), maxSkew);
    if (problem) {
      refuse(response, problem, request);
      return;
    }
    if (echo === null) {
      send(response, 400, 'echostr required');
      return;
    }
    log.info('URL verification succeeded');
    send(response, 200, echo);
  }

  /** Find the message fields inside the body, per mode; returns an HTTP status on refusal. */
  function openBody(outer: WeChatFields, query: URLSearchParams): OpenedBody {
    const hasPlaintext = outer.MsgType !== undefined;
    if (encryptMode === 'plain') {
      return hasPlaintext
        ? { ok: true, fields: outer, signed: false }
        : refused(400, 'no plaintext message (is the account in safe mode?)');
    }
    const encrypted = outer.Encrypt;
    // Compat mode: the plaintext copy beside <Encrypt> is covered by no signature, so when the
    // sealed copy is there it alone counts, and a bad msg_signature refuses the whole request.
    if (encrypted === undefined) {
      if (encryptMode === 'compat' && hasPlaintext) return { ok: true, fields: outer, signed: false };
      return refused(400, 'encrypted body expected');
    }
    if (!crypt) return refused(400, 'encrypted body but no encodingAesKey configured');
    const messageSignature = query.get('msg_signature');
    const timestamp = query.get('timestamp') ?? '';
    const nonce = query.get('nonce') ?? '';
    if (!messageSignature) return refused(401, 'msg_signature missing');
    if (!crypt.verify(messageSignature, timestamp, nonce, encrypted)) return refused(403, 'msg_signature mismatch');
    let inner: string;
    try {
      inner = crypt.decrypt(encrypted);
    } catch (error) {
      const forbidden = error instanceof GongkaiError && error.code === 'FORBIDDEN';
      return refused(forbidden ? 403 : 400, error instanceof Error ? error.message : 'cannot decrypt');
    }
    try {
      return { ok: true, fields: parseWeChatXml(inner), signed: true };
    } catch (error) {
      return refused(400, error instanceof Error ? error.message : 'malformed inner XML');
    }
  }

  async function receive(request: http.IncomingMessage, query: URLSearchParams, response: http.ServerResponse): Promise<void> {
    const problem = checkRequestSignature(
      { signature: query.get('signature'), timestamp: query.get('timestamp'), nonce: query.get('nonce') },
      token,
      now(),
      maxSkew,
    );
    if (problem) return refuse(response, problem, request);

    let body: string;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        log.warn({ maxBodyBytes }, 'callback body too large');
        response.setHeader('connection', 'close');
        return send(response, 413, 'payload too large');
      }
      log.warn({ err: error }, 'callback body could not be read');
      return send(response, 400, 'bad request');
    }

    let outer: WeChatFields;
    try {
      outer = parseWeChatXml(body);
    } catch (error) {
      log.warn(
        { reason: error instanceof Error ? error.message : String(error), bodyBytes: Buffer.byteLength(body) },
        'malformed callback XML',
      );
      return send(response, 400, 'malformed XML');
    }
    const opened = openBody(outer, query);
    if (!opened.ok) {
      log.warn({ reason: opened.reason, encryptMode }, 'callback body refused');
      return send(response, opened.status, opened.status === 400 ? 'bad request' : 'forbidden');
    }
    const { fields } = opened;

    let message: ChatMessage;
    try {
      message = toIncomingMessage(fields, now());
    } catch (error) {
      log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'callback is not a message');
      return send(response, 400, 'bad request');
    }
    if (!opened.signed && !options.trustUnsignedSender) message.senderUnverified = true;
    const key = dedupeKey(fields);
    // WeChat's retries repeat the query and the body; only a body that differs is a replay.
    const verdict = replays.check(
      { timestamp: query.get('timestamp') ?? '', nonce: query.get('nonce') ?? '', signature: query.get('signature') ?? '' },
      messageIdentity(fields),
    );
    if (verdict === 'replay') {
      log.warn(
        { problem: 'replay', remoteAddress: request.socket.remoteAddress, encryptMode },
        'refused a signed query reused with another message',
      );
      return send(response, 403, 'forbidden');
    }
    const retry = dedupe.has(key);
    log.info(
      {
        user: message.user,
        kind: message.kind,
        messageType: fields.MsgType,
        event: message.event,
        unsupportedType: message.unsupportedType,
        textBytes: byteLength(message.text),
        messageId: message.id,
        retry,
      },
      retry ? 'retry of a message already answered or being answered' : 'message received',
    );
    const outcome = await dedupe.run(key, () => answer(message, fields.ToUserName.trim()));
    respond(response, outcome);
  }

  async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') {
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed');
      const health = options.health?.() ?? { ok: true };
      return send(response, health.ok ? 200 : 503, JSON.stringify(health), 'application/json; charset=utf-8');
    }
    if (url.pathname !== path) return options.otherPaths ? options.otherPaths(request, response) : send(response, 404, 'not found');
    if (request.method === 'GET') return handshake(request, url.searchParams, response);
    if (request.method === 'POST') return receive(request, url.searchParams, response);
    response.setHeader('allow', 'GET, POST');
    send(response, 405, 'method not allowed');
  }

  const listener = ((request: http.IncomingMessage, response: http.ServerResponse) => {
    route(request, response).catch((error: unknown) => {
      // Never let one request take the process down.
      log.error({ err: error }, 'unexpected error in the WeChat callback');
      send(response, 500, 'internal error');
    });
  }) as WeChatOaRequestListener;

  listener.idle = async (timeoutMs = 10_000) => {
    const deadline = performance.now() + timeoutMs;
    while (deliveries.size > 0) {
      const remaining = deadline - performance.now();
      if (remaining <= 0) {
        log.warn({ pending: deliveries.size }, 'gave up waiting for customer-service deliveries');
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
  };
  return listener;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Read a request body up to `limit` bytes, refusing early on a larger Content-Length. */
function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(Buffer.concat(chunks).toString('utf8'));
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish());
    request.on('error', (error) => finish(error));
    request.on('close', () => finish(new Error('request closed before its body was read')));
  });
}

/**
 * Create the message server: `{server, listen, close}`. The callback lives at `options.path`
 * (default /wechat) and `GET /healthz` answers `{"ok":true}`.
 */
export function createWeChatOaServer(options: WeChatOaServerOptions): WeChatOaServer {
  const listener = createWeChatOaRequestListener(options);
  const server = http.createServer(listener);
  // Slow-loris protection; the longest legitimate request waits about passiveBudgetMs.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await listener.idle();
    },
  };
}
