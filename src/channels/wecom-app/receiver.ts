/**
 * The WeCom self-built app (企业微信自建应用) callback, Hono routes mounted at `/wecom` on the
 * service's port (POST also straight on node:http through `serveNode`: src/http/callback.ts). GET verifies the URL (msg_signature over echostr, which is decrypted and echoed);
 * POST takes encrypted messages (msg_signature over Encrypt, the AES envelope sealed for the corpid),
 * refuses stale and replayed requests, shares one answer between WeCom's retries, replies passively
 * (encrypted) within the budget and sends the rest through message/send.
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
import type { HttpReceiver, ReceiverApp } from '../receiver.js';
import { createMessageCrypt } from '../wechat-core/crypto.js';
import { Deduplicator, dedupeKey } from '../wechat-core/dedupe.js';
import { messageIdentity, ReplayGuard } from '../wechat-core/replay.js';
import { createReplyBudget, type ReplyOutcome } from '../wechat-core/reply-budget.js';
import { isFreshTimestamp } from '../wechat-core/signature.js';
import { buildEncryptedReplyXml, buildTextReplyXml, parseWeChatXml, type WeChatFields } from '../wechat-core/xml.js';
import { WECOM_APP_TEXT_MAX_BYTES, type WeComApiClient } from './api-client.js';
import { toWeComIncomingMessage, WECOM_APP_CHANNEL } from './incoming.js';

/** What a member reads when the pipeline fails without a message of its own. */
export const WECOM_APOLOGY = '抱歉，系统暂时无法回答，请稍后再试。';

/** Settings of the WeCom app receiver. */
export interface WeComAppReceiverOptions {
  /** The corp's CorpID: the envelope's receive id, and the sender of replies. */
  corpId: string;
  /** The app's AgentId; messages for another agent are refused. */
  agentId?: number;
  /** Token and EncodingAESKey from the app's 接收消息 settings. */
  token: string;
  encodingAesKey: string;
  /** For answers that miss the passive window; without it they are dropped (and logged). */
  client?: WeComApiClient;
  /** Callback path (default `/wecom`). */
  path?: string;
  /** How long to wait for the answer before replying empty and sending it later (default 4000 ms; WeCom gives up at 5 s). */
  passiveBudgetMs?: number;
  /** Accepted clock difference for `timestamp`, both directions (default 300 s). */
  maxTimestampSkewSeconds?: number;
  /** Largest accepted request body (default 64 KiB). */
  maxBodyBytes?: number;
  now?: () => number;
}

const DEDUPE_TTL_MS = 10 * 60_000;
const DEDUPE_MAX_ENTRIES = 10_000;
const NOT_READY = textReply(503, 'not ready');
const METHOD_NOT_ALLOWED = textReply(405, 'method not allowed', { allow: 'GET, POST' });
const INTERNAL_ERROR = textReply(500, 'internal error');

/** Check options, listing every problem at once. */
function validate(options: WeComAppReceiverOptions): void {
  const problems: string[] = [];
  if (!options.corpId) problems.push('corpId is required');
  if (!/^[A-Za-z0-9]{1,32}$/.test(options.token)) problems.push('token must be 1–32 letters or digits');
  if (!/^[A-Za-z0-9+/]{43}$/.test(options.encodingAesKey)) problems.push('encodingAesKey must be 43 base64 characters');
  const budget = options.passiveBudgetMs;
  if (budget !== undefined && !(budget > 0 && budget < 5000)) problems.push('passiveBudgetMs must be between 0 and 5000');
  if (options.path !== undefined && !options.path.startsWith('/')) problems.push('path must start with /');
  if (problems.length > 0) throw new GongkaiError('CONFIG', `WeCom app channel: ${problems.join('; ')}`);
}

/** Build the receiver; `init` it with the application, mount its routes, then `start` it. */
export function createWeComAppReceiver(options: WeComAppReceiverOptions): HttpReceiver {
  validate(options);
  const now = options.now ?? Date.now;
  const maxSkew = options.maxTimestampSkewSeconds ?? 300;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const { corpId, client } = options;
  const crypt = createMessageCrypt({ token: options.token, encodingAesKey: options.encodingAesKey, appId: corpId });
  const dedupe = new Deduplicator<ReplyOutcome>({ ttlMs: DEDUPE_TTL_MS, maxEntries: DEDUPE_MAX_ENTRIES, now });
  const replays = new ReplayGuard({ maxSkewSeconds: maxSkew, now });
  let app: ReceiverApp | undefined;
  let log: Logger | undefined;
  let budget: ReturnType<typeof createReplyBudget> | undefined;
  let accepting = false;

  /** The signed query of every callback; `undefined` when a part is missing. */
  function signedQuery(request: CallbackRequest): { signature: string; timestamp: string; nonce: string } | undefined {
    const signature = request.query('msg_signature');
    const timestamp = request.query('timestamp');
    const nonce = request.query('nonce');
    return signature && timestamp && nonce ? { signature, timestamp, nonce } : undefined;
  }

  function refuse(request: CallbackRequest, status: 400 | 401 | 403, problem: string): CallbackReply {
    log?.warn({ problem, method: request.method }, 'refused a WeCom callback');
    return textReply(status, status === 400 ? 'bad request' : status === 401 ? 'signature required' : 'forbidden');
  }

  /** Open a signed envelope: signature, freshness, then the AES envelope sealed for our corpid. */
  function open(
    request: CallbackRequest,
    query: { signature: string; timestamp: string; nonce: string },
    encrypted: string,
  ): { ok: true; plain: string } | { ok: false; response: CallbackReply } {
    if (!crypt.verify(query.signature, query.timestamp, query.nonce, encrypted))
      return { ok: false, response: refuse(request, 403, 'msg_signature mismatch') };
    // Checked after authenticity, so the log tells a replayed genuine request from a forgery.
    if (!isFreshTimestamp(query.timestamp, now(), maxSkew)) return { ok: false, response: refuse(request, 403, 'stale timestamp') };
    try {
      return { ok: true, plain: crypt.decrypt(encrypted) };
    } catch (error) {
      const forbidden = error instanceof GongkaiError && error.code === 'FORBIDDEN';
      return { ok: false, response: refuse(request, forbidden ? 403 : 400, error instanceof Error ? error.message : 'cannot decrypt') };
    }
  }

  function passive(message: IncomingMessage, text: string): CallbackReply {
    const xml = buildTextReplyXml({ toUser: message.user, fromUser: corpId, createTime: now() / 1000, content: text });
    // A fresh envelope per response: retries get the same reply, sealed anew.
    const timestamp = String(Math.floor(now() / 1000));
    const nonce = String(randomInt(100_000_000, 1_000_000_000));
    const encrypt = crypt.encrypt(xml);
    const envelope = buildEncryptedReplyXml({ encrypt, signature: crypt.sign(timestamp, nonce, encrypt), timestamp, nonce });
    return { status: 200, body: envelope, type: 'xml' };
  }

  async function receive(
    request: CallbackRequest,
    handle: ReceiverApp['handle'],
    replyBudget: NonNullable<typeof budget>,
  ): Promise<CallbackReply> {
    const query = signedQuery(request);
    if (!query) return refuse(request, 401, 'msg_signature, timestamp or nonce missing');
    const read = await request.body(maxBodyBytes);
    if (!read.ok) {
      log?.warn({ maxBodyBytes }, 'callback body too large');
      return textReply(413, 'payload too large', { connection: 'close' });
    }
    let outer: WeChatFields;
    try {
      outer = parseWeChatXml(read.text);
    } catch (error) {
      return refuse(request, 400, error instanceof Error ? error.message : 'malformed XML');
    }
    if (outer.Encrypt === undefined) return refuse(request, 400, 'no Encrypt field');
    const opened = open(request, query, outer.Encrypt);
    if (!opened.ok) return opened.response;
    let fields: WeChatFields;
    let message: IncomingMessage;
    try {
      fields = parseWeChatXml(opened.plain);
      message = toWeComIncomingMessage(fields, now());
    } catch (error) {
      return refuse(request, 400, error instanceof Error ? error.message : 'not a message');
    }
    const agent = fields.AgentID?.trim();
    // Replies and later sends go out as our agent; a message for another app of the corp is not ours to answer.
    if (options.agentId !== undefined && agent && agent !== String(options.agentId))
      return refuse(request, 403, `message for agent ${agent}`);
    if (replays.check(query, messageIdentity(fields)) === 'replay') return refuse(request, 403, 'signed query reused with another message');
    const key = dedupeKey(fields);
    const retry = dedupe.has(key);
    // A first delivery is at debug: the pipeline's `replied` line is the message's line at info.
    const level = retry ? 'info' : 'debug';
    if (log?.isLevelEnabled(level))
      log[level](
        { user: message.user, kind: message.kind, messageType: fields.MsgType, messageId: message.id, retry },
        retry ? 'retry of a message already answered or being answered' : 'message received',
      );
    const outcome = await dedupe.run(key, () => replyBudget.answer(message, handle));
    return outcome.kind === 'passive' ? passive(message, outcome.text) : textReply(200, '');
  }

  function verifyUrl(request: CallbackRequest): CallbackReply {
    const query = signedQuery(request);
    if (!query) return refuse(request, 401, 'msg_signature, timestamp or nonce missing');
    // WeCom URL-encodes echostr; a '+' left raw arrives as a space, which base64 never holds.
    const echo = request.query('echostr')?.replace(/ /g, '+');
    if (!echo) return refuse(request, 400, 'echostr missing');
    const opened = open(request, query, echo);
    if (!opened.ok) return opened.response;
    log?.info('WeCom URL verification succeeded');
    return textReply(200, opened.plain);
  }

  /** One request, whichever way it came in (Hono routes, or serveNode straight on node:http). */
  async function serve(request: CallbackRequest): Promise<CallbackReply> {
    try {
      // Before start (or after stop) WeCom is told to retry rather than given a wrong answer.
      if (!accepting || !app || !budget) return NOT_READY;
      // Hono answers HEAD as GET without the body; so does the server.
      if (request.method === 'GET' || request.method === 'HEAD') return verifyUrl(request);
      if (request.method === 'POST') return await receive(request, app.handle, budget);
      return METHOD_NOT_ALLOWED;
    } catch (error) {
      log?.error({ err: error }, 'unexpected error in the WeCom callback');
      return INTERNAL_ERROR;
    }
  }

  const routes = new Hono();
  routes.all('/', async (context) => honoResponse(context, await serve(callbackFromHono(context))));

  return {
    channel: WECOM_APP_CHANNEL,
    path: options.path ?? '/wecom',
    routes,
    serveNode: serveMessagesOnNode(serve, (error) => log?.error({ err: error }, 'could not send the WeCom callback reply')),
    init(receiverApp) {
      app = receiverApp;
      log = receiverApp.logger.child({ module: WECOM_APP_CHANNEL });
      budget = createReplyBudget({
        budgetMs: options.passiveBudgetMs ?? 4000,
        maxTextBytes: WECOM_APP_TEXT_MAX_BYTES,
        sendLater: client ? (user, text) => client.sendText(user, text) : undefined,
        logger: log,
        apology: WECOM_APOLOGY,
      });
      if (!client) log.warn('no WeCom secret/agent id: answers that miss the passive window cannot be sent');
    },
    async start() {
      if (!app) throw new GongkaiError('INTERNAL', 'WeCom app receiver started before init');
      accepting = true;
    },
    async stop() {
      accepting = false;
      await budget?.idle();
    },
    async sendLater(user, text) {
      if (!client) throw new GongkaiError('CONFIG', 'WeCom app: sending needs WECOM_AGENT_ID and WECOM_SECRET');
      await client.sendText(user, text);
    },
    health() {
      const detail = `agent ${options.agentId ?? '?'}, callback ${options.path ?? '/wecom'}${client ? '' : ', cannot send (no secret)'}`;
      return accepting ? { ok: true, detail } : { ok: false, detail: `not started; ${detail}` };
    },
  };
}
