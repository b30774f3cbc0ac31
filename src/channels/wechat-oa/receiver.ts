/**
 * The official-account message server (公众号消息服务器) as an HttpReceiver: Hono routes mounted at
 * `/wechat` on the service's port. The query signature, the three encryption modes, retry dedupe,
 * the replay guard and the reply budget (passive within ANSWER_BUDGET_MS, then the customer-service
 * API) all come from wechat-core; what is left here is the official account's own protocol.
 */
import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { IncomingMessage } from '../../core/message.js';
import {
  type CallbackReply,
  type CallbackRequest,
  callbackFromHono,
  honoResponse,
  serveMessagesOnNode,
  textReply,
} from '../../http/callback.js';
import { byteLength, splitForWeChat } from '../../core/split.js';
import type { HttpReceiver, ReceiverApp } from '../receiver.js';
import { createMessageCrypt, type MessageCrypt } from '../wechat-core/crypto.js';
import { Deduplicator, dedupeKey } from '../wechat-core/dedupe.js';
import { messageIdentity, ReplayGuard } from '../wechat-core/replay.js';
import { createReplyBudget, type ReplyBudget } from '../wechat-core/reply-budget.js';
import { checkRequestSignature, isFreshTimestamp, type SignatureProblem } from '../wechat-core/signature.js';
import { buildEncryptedReplyXml, buildTextReplyXml, parseWeChatXml, type TextReply, type WeChatFields } from '../wechat-core/xml.js';
import type { WeChatApiClient } from './api-client.js';
import { toIncomingMessage, WECHAT_OA_CHANNEL } from './incoming.js';

/** What the user reads when the handler fails without a message of its own. */
export const APOLOGY = '抱歉，系统暂时无法回答，请稍后再试。';

/** 明文模式, 兼容模式 (plaintext fields alongside `<Encrypt>`), 安全模式 (only `<Encrypt>`). */
export type EncryptMode = 'plain' | 'compat' | 'safe';

/** Settings of the official-account receiver. */
export interface WeChatOaReceiverOptions {
  /** The Token configured in the official-account console. */
  token: string;
  /** The account's appid: the envelope's receive id in safe mode. */
  appId?: string;
  /** The 43-character EncodingAESKey; required in safe mode. */
  encodingAesKey?: string;
  encryptMode: EncryptMode;
  /** The customer-service API, for answers that miss the passive window; without it they are dropped (and logged). */
  client?: WeChatApiClient;
  /** Callback path, default `/wechat`. */
  path?: string;
  /** How long to wait for the handler before answering `success` and switching to the API (default 4000 ms; WeChat gives up at 5 s). */
  passiveBudgetMs?: number;
  /** Accepted clock difference for `timestamp`, both directions (default 300 s). */
  maxTimestampSkewSeconds?: number;
  /** Largest reply chunk in UTF-8 bytes (default 2000; WeChat truncates near 2048). */
  maxTextBytes?: number;
  /** Largest accepted request body (default 64 KiB). */
  maxBodyBytes?: number;
  now?: () => number;
  /**
   * Accept the sender of a body no signature covers (plain mode, or compat without `Encrypt`)
   * as who it claims to be. Off by default: such messages are marked `senderUnverified`, and
   * the router refuses staff commands for them.
   */
  trustUnsignedSender?: boolean;
}

/**
 * One answer as every retry of the message receives it. The reply's fields, CreateTime included,
 * are fixed once, so retries get identical bytes; the XML is built per response, so the dedupe
 * cache (thousands of answers, each kept for minutes) holds the answer text rather than a copy
 * of it wrapped in XML.
 */
type Outcome = { kind: 'passive'; reply: TextReply } | { kind: 'success' };

const SUCCESS: Outcome = { kind: 'success' };
const DEDUPE_TTL_MS = 10 * 60_000;
const DEDUPE_MAX_ENTRIES = 10_000;
const NOT_READY = textReply(503, 'not ready');
const METHOD_NOT_ALLOWED = textReply(405, 'method not allowed', { allow: 'GET, POST' });
const INTERNAL_ERROR = textReply(500, 'internal error');

/** `signed`: the fields came from an `Encrypt` whose msg_signature was verified. */
type OpenedBody = { ok: true; fields: WeChatFields; signed: boolean } | { ok: false; status: 400 | 401 | 403; reason: string };

/** Check options at start-up, listing every problem at once. */
function validate(options: WeChatOaReceiverOptions): void {
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
  const budget = options.passiveBudgetMs;
  if (budget !== undefined && !(budget > 0 && budget < 5000)) problems.push('passiveBudgetMs must be between 0 and 5000');
  if (options.path !== undefined && !options.path.startsWith('/')) problems.push('path must start with /');
  if (problems.length > 0) throw new GongkaiError('CONFIG', `WeChat OA channel: ${problems.join('; ')}`);
}

/** Build the receiver; `init` it with the application, mount its routes, then `start` it. */
export function createWeChatOaReceiver(options: WeChatOaReceiverOptions): HttpReceiver {
  validate(options);
  const now = options.now ?? Date.now;
  const path = options.path ?? '/wechat';
  const maxSkew = options.maxTimestampSkewSeconds ?? 300;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const { token, encryptMode, client } = options;
  const crypt: MessageCrypt | undefined = options.encodingAesKey
    ? createMessageCrypt({ token, encodingAesKey: options.encodingAesKey, appId: options.appId })
    : undefined;
  const dedupe = new Deduplicator<Outcome>({ ttlMs: DEDUPE_TTL_MS, maxEntries: DEDUPE_MAX_ENTRIES, now });
  const replays = new ReplayGuard({ maxSkewSeconds: maxSkew, now });
  let app: ReceiverApp | undefined;
  let log: Logger | undefined;
  let budget: ReplyBudget | undefined;
  let accepting = false;

  function refuse(request: CallbackRequest, problem: SignatureProblem): CallbackReply {
    log?.warn({ problem, method: request.method, remoteAddress: request.remoteAddress() }, 'refused an unauthenticated callback');
    return textReply(problem === 'missing' ? 401 : 403, problem === 'missing' ? 'signature required' : 'forbidden');
  }

  function handshake(request: CallbackRequest): CallbackReply {
    const timestamp = request.query('timestamp');
    const nonce = request.query('nonce');
    const echo = request.query('echostr');
    const messageSignature = request.query('msg_signature');
    const signature = request.query('signature');
    // The encrypted form (msg_signature + sealed echostr) is what WeCom-style verification sends.
    if (messageSignature && crypt && echo && timestamp && nonce && !signature) {
      if (!crypt.verify(messageSignature, timestamp, nonce, echo)) return refuse(request, 'mismatch');
      if (!isFreshTimestamp(timestamp, now(), maxSkew)) return refuse(request, 'stale');
      try {
        const plain = crypt.decrypt(echo);
        log?.info('URL verification (encrypted) succeeded');
        return textReply(200, plain);
      } catch (error) {
        log?.warn({ err: error }, 'encrypted echostr could not be opened');
        return textReply(error instanceof GongkaiError && error.code === 'FORBIDDEN' ? 403 : 400, 'bad echostr');
      }
    }
    const problem = checkRequestSignature({ signature, timestamp, nonce }, token, now(), maxSkew);
    if (problem) return refuse(request, problem);
    if (echo === undefined) return textReply(400, 'echostr required');
    log?.info('URL verification succeeded');
    return textReply(200, echo);
  }

  /** Find the message fields inside the body, per mode. */
  function openBody(outer: WeChatFields, request: CallbackRequest): OpenedBody {
    const hasPlaintext = outer.MsgType !== undefined;
    if (encryptMode === 'plain') {
      return hasPlaintext
        ? { ok: true, fields: outer, signed: false }
        : { ok: false, status: 400, reason: 'no plaintext message (is the account in safe mode?)' };
    }
    const encrypted = outer.Encrypt;
    // Compat mode: the plaintext copy beside <Encrypt> is covered by no signature, so when the
    // sealed copy is there it alone counts, and a bad msg_signature refuses the whole request.
    if (encrypted === undefined) {
      if (encryptMode === 'compat' && hasPlaintext) return { ok: true, fields: outer, signed: false };
      return { ok: false, status: 400, reason: 'encrypted body expected' };
    }
    if (!crypt) return { ok: false, status: 400, reason: 'encrypted body but no encodingAesKey configured' };
    const messageSignature = request.query('msg_signature');
    if (!messageSignature) return { ok: false, status: 401, reason: 'msg_signature missing' };
    const timestamp = request.query('timestamp') ?? '';
    const nonce = request.query('nonce') ?? '';
    if (!crypt.verify(messageSignature, timestamp, nonce, encrypted)) return { ok: false, status: 403, reason: 'msg_signature mismatch' };
    let inner: string;
    try {
      inner = crypt.decrypt(encrypted);
    } catch (error) {
      const forbidden = error instanceof GongkaiError && error.code === 'FORBIDDEN';
      return { ok: false, status: forbidden ? 403 : 400, reason: error instanceof Error ? error.message : 'cannot decrypt' };
    }
    try {
      return { ok: true, fields: parseWeChatXml(inner), signed: true };
    } catch (error) {
      return { ok: false, status: 400, reason: error instanceof Error ? error.message : 'malformed inner XML' };
    }
  }

  /** Run the pipeline once for a message; every retry shares the outcome. */
  async function answer(message: IncomingMessage, accountId: string, receiverApp: ReceiverApp, replyBudget: ReplyBudget): Promise<Outcome> {
    const outcome = await replyBudget.answer(message, receiverApp.handle);
    if (outcome.kind === 'none') return SUCCESS;
    return { kind: 'passive', reply: { toUser: message.user, fromUser: accountId, createTime: now() / 1000, content: outcome.text } };
  }

  function respond(outcome: Outcome): CallbackReply {
    if (outcome.kind === 'success') return textReply(200, 'success');
    const xml = buildTextReplyXml(outcome.reply);
    if (encryptMode !== 'safe' || !crypt) return { status: 200, body: xml, type: 'xml' };
    // A fresh envelope per response: retries get the same reply, sealed anew.
    const timestamp = String(Math.floor(now() / 1000));
    const nonce = String(randomInt(100_000_000, 1_000_000_000));
    const encrypt = crypt.encrypt(xml);
    return {
      status: 200,
      body: buildEncryptedReplyXml({ encrypt, signature: crypt.sign(timestamp, nonce, encrypt), timestamp, nonce }),
      type: 'xml',
    };
  }

  async function receive(request: CallbackRequest, receiverApp: ReceiverApp, replyBudget: ReplyBudget): Promise<CallbackReply> {
    const signature = request.query('signature');
    const timestamp = request.query('timestamp');
    const nonce = request.query('nonce');
    const problem = checkRequestSignature({ signature, timestamp, nonce }, token, now(), maxSkew);
    if (problem) return refuse(request, problem);

    const read = await request.body(maxBodyBytes);
    if (!read.ok) {
      log?.warn({ maxBodyBytes }, 'callback body too large');
      return textReply(413, 'payload too large', { connection: 'close' });
    }
    const body = read.text;
    let outer: WeChatFields;
    try {
      outer = parseWeChatXml(body);
    } catch (error) {
      log?.warn({ reason: error instanceof Error ? error.message : String(error), bodyBytes: byteLength(body) }, 'malformed callback XML');
      return textReply(400, 'malformed XML');
    }
    const opened = openBody(outer, request);
    if (!opened.ok) {
      log?.warn({ reason: opened.reason, encryptMode }, 'callback body refused');
      return textReply(opened.status, opened.status === 400 ? 'bad request' : 'forbidden');
    }
    const { fields } = opened;
    let message: IncomingMessage;
    try {
      message = toIncomingMessage(fields, now());
    } catch (error) {
      log?.warn({ reason: error instanceof Error ? error.message : String(error) }, 'callback is not a message');
      return textReply(400, 'bad request');
    }
    if (!opened.signed && !options.trustUnsignedSender) message.senderUnverified = true;
    // WeChat's retries repeat the query and the body; only a body that differs is a replay.
    const verdict = replays.check({ timestamp: timestamp ?? '', nonce: nonce ?? '', signature: signature ?? '' }, messageIdentity(fields));
    if (verdict === 'replay') {
      log?.warn(
        { problem: 'replay', remoteAddress: request.remoteAddress(), encryptMode },
        'refused a signed query reused with another message',
      );
      return textReply(403, 'forbidden');
    }
    const key = dedupeKey(fields);
    const retry = dedupe.has(key);
    // A first delivery is at debug: the pipeline's `replied` line is the message's line at info.
    const level = retry ? 'info' : 'debug';
    if (log?.isLevelEnabled(level))
      log[level](
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
    const outcome = await dedupe.run(key, () => answer(message, fields.ToUserName.trim(), receiverApp, replyBudget));
    return respond(outcome);
  }

  /** One request, whichever way it came in. */
  async function serve(request: CallbackRequest): Promise<CallbackReply> {
    try {
      // Hono answers HEAD as GET without the body; so does the server.
      if (request.method === 'GET' || request.method === 'HEAD') return accepting && app ? handshake(request) : NOT_READY;
      if (request.method === 'POST') return accepting && app && budget ? await receive(request, app, budget) : NOT_READY;
      return METHOD_NOT_ALLOWED;
    } catch (error) {
      // Never let one request take the process down.
      log?.error({ err: error }, 'unexpected error in the WeChat callback');
      return INTERNAL_ERROR;
    }
  }

  const routes = new Hono();
  routes.all('/', async (context) => honoResponse(context, await serve(callbackFromHono(context))));

  return {
    channel: WECHAT_OA_CHANNEL,
    path,
    routes,
    serveNode: serveMessagesOnNode(serve, (error) => log?.error({ err: error }, 'could not send the WeChat callback reply')),
    init(receiverApp) {
      app = receiverApp;
      log = receiverApp.logger.child({ module: WECHAT_OA_CHANNEL });
      budget = createReplyBudget({
        budgetMs: options.passiveBudgetMs ?? 4000,
        maxTextBytes: options.maxTextBytes ?? 2000,
        sendLater: client ? (user, text) => client.sendText(user, text) : undefined,
        logger: log,
        apology: APOLOGY,
        laterVia: 'through the customer-service API',
      });
      if (!client) log.warn('no appId/appSecret: slow or long answers cannot be completed through the customer-service API');
    },
    async start() {
      if (!app) throw new GongkaiError('INTERNAL', 'WeChat OA receiver started before init');
      accepting = true;
    },
    async stop() {
      accepting = false;
      await budget?.idle();
    },
    async sendLater(user, text) {
      if (!client) throw new GongkaiError('CONFIG', 'WeChat OA: sending needs WECHAT_OA_APP_ID and WECHAT_OA_APP_SECRET');
      // In order, stopping at the first failure, which the caller sees.
      for (const chunk of splitForWeChat(text, options.maxTextBytes ?? 2000)) {
        if (chunk.trim() !== '') await client.sendText(user, chunk);
      }
    },
    health() {
      return accepting ? { ok: true, detail: encryptMode } : { ok: false, detail: `not started; ${encryptMode}` };
    },
  };
}
