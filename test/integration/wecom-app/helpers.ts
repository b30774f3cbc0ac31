/**
 * WeCom (企业微信) on the test side, written from the protocol and not from the code under test:
 * the callback envelope (AES-256-CBC, key = base64(EncodingAESKey + '='), IV = the key's first 16
 * bytes, PKCS#7 to 32 bytes, 16 random bytes + 4-byte length + message + corpid), msg_signature
 * (SHA-1 of the sorted token, timestamp, nonce, encrypt), and a fake API server on 127.0.0.1
 * speaking gettoken and message/send's JSON.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const CORP_ID = 'ww3a5b7c9d1e2f4a6b';
export const AGENT_ID = 1000002;
export const SECRET = 'wecom-app-secret-0123456789';
export const WECOM_TOKEN = 'wecomToken2026';
/** 43 characters, as the app's 接收消息 page generates. */
export const WECOM_AES_KEY = 'WeComTestKey0123456789abcdefghijklmnopqrstu';

const aesKey = Buffer.from(`${WECOM_AES_KEY}=`, 'base64');

export function msgSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

/** Seal `message` for `receiveId` the way WeCom does. */
export function seal(message: string, receiveId = CORP_ID): string {
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(receiveId, 'utf8')]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString('base64');
}

/** Open an envelope the service sealed: the message and the receive id it names. */
export function unseal(encrypt: string): { message: string; receiveId: string } {
  const decipher = createDecipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(Buffer.from(encrypt, 'base64')), decipher.final()]);
  const pad = padded[padded.length - 1];
  if (pad < 1 || pad > 32) throw new Error(`bad padding ${pad}`);
  const plain = padded.subarray(0, padded.length - pad);
  const length = plain.readUInt32BE(16);
  return { message: plain.subarray(20, 20 + length).toString('utf8'), receiveId: plain.subarray(20 + length).toString('utf8') };
}

export const nowSeconds = (offsetSeconds = 0) => String(Math.floor(Date.now() / 1000) + offsetSeconds);

let nonceCounter = 0;
/** A fresh nonce per request, as WeCom sends. */
export const nextNonce = () => `${Date.now() % 1_000_000}${(nonceCounter += 1)}`;

/** A member's text message, as WeCom's plaintext before sealing. */
export function textXml(options: { from: string; content: string; msgId: string; agentId?: number }): string {
  return (
    `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[${options.from}]]></FromUserName>` +
    `<CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${options.content}]]></Content>` +
    `<MsgId>${options.msgId}</MsgId><AgentID>${options.agentId ?? AGENT_ID}</AgentID></xml>`
  );
}

/** A signed, encrypted callback: the query string and the body WeCom POSTs. */
export interface SignedCallback {
  query: string;
  body: string;
}

/** Seal and sign a plaintext message; `token` and `timestamp` can be wrong on purpose. */
export function signedCallback(plainXml: string, options: { token?: string; timestamp?: string; receiveId?: string } = {}): SignedCallback {
  const encrypt = seal(plainXml, options.receiveId);
  const timestamp = options.timestamp ?? nowSeconds();
  const nonce = nextNonce();
  const signature = msgSignature(options.token ?? WECOM_TOKEN, timestamp, nonce, encrypt);
  return {
    query: `msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`,
    body: `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><AgentID><![CDATA[${AGENT_ID}]]></AgentID><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  };
}

/** The text of a top-level XML field (CDATA or not). */
export function xmlField(xml: string, name: string): string | undefined {
  const found = new RegExp(`<${name}>(?:<!\\[CDATA\\[([\\s\\S]*?)\\]\\]>|([^<]*))</${name}>`).exec(xml);
  return found ? (found[1] ?? found[2]) : undefined;
}

/** POST a callback to the service's /wecom. */
export async function postCallback(base: string, callback: SignedCallback): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/wecom?${callback.query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml' },
    body: callback.body,
  });
  return { status: response.status, text: await response.text() };
}

/**
 * Check a passive reply as WeCom would (MsgSignature over its Encrypt, sealed for our corp) and
 * return the inner reply's fields.
 */
export function openReply(xml: string): { toUser: string; fromUser: string; msgType: string; content: string } {
  const encrypt = xmlField(xml, 'Encrypt');
  const signature = xmlField(xml, 'MsgSignature');
  const timestamp = xmlField(xml, 'TimeStamp');
  const nonce = xmlField(xml, 'Nonce');
  if (!encrypt || !signature || !timestamp || !nonce) throw new Error(`not an encrypted reply: ${xml}`);
  if (msgSignature(WECOM_TOKEN, timestamp, nonce, encrypt) !== signature) throw new Error('reply MsgSignature does not verify');
  const opened = unseal(encrypt);
  if (opened.receiveId !== CORP_ID) throw new Error(`reply sealed for ${opened.receiveId}`);
  return {
    toUser: xmlField(opened.message, 'ToUserName') ?? '',
    fromUser: xmlField(opened.message, 'FromUserName') ?? '',
    msgType: xmlField(opened.message, 'MsgType') ?? '',
    content: xmlField(opened.message, 'Content') ?? '',
  };
}

/** One message/send the fake accepted. */
export interface SentMessage {
  touser: string;
  msgtype: string;
  agentid: number;
  content: string;
  accessToken: string;
}

/** The fake WeCom API. */
export interface FakeWeCom {
  base: string;
  /** gettoken calls, in order, with the token handed out (or the errcode). */
  tokenCalls: Array<{ corpid: string | null; corpsecret: string | null; issued?: string }>;
  /** Every message/send call, including refused ones. */
  sendCalls: Array<{ accessToken: string | null; errcode: number }>;
  /** Accepted messages. */
  sent: SentMessage[];
  /** Problems with a request's shape (should stay empty). */
  problems: string[];
  /** Answer the next `count` message/send calls (default 1) with errcode 42001 (access_token expired), retiring each token. */
  expireNextSend(count?: number): void;
  /** The `expires_in` handed out with the next tokens (default 7200). */
  expiresIn: number;
  /** Resolves once `count` messages were accepted. */
  waitForSent(count: number, timeoutMs?: number): Promise<SentMessage[]>;
  close(): Promise<void>;
}

/** Start the fake WeCom API on 127.0.0.1. */
export async function startFakeWeCom(): Promise<FakeWeCom> {
  const valid = new Set<string>();
  let issued = 0;
  let expireNext = 0;
  const fake: Omit<FakeWeCom, 'base' | 'close'> & { base?: string } = {
    tokenCalls: [],
    sendCalls: [],
    sent: [],
    problems: [],
    expiresIn: 7200,
    expireNextSend: (count = 1) => void (expireNext = count),
    waitForSent: async (count, timeoutMs = 8000) => {
      const deadline = Date.now() + timeoutMs;
      while (fake.sent.length < count) {
        if (Date.now() > deadline)
          throw new Error(`only ${fake.sent.length} of ${count} messages arrived; problems: ${fake.problems.join('; ')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return fake.sent;
    },
  };
  const json = (response: http.ServerResponse, body: unknown) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      if (request.method === 'GET' && url.pathname === '/cgi-bin/gettoken') {
        const corpid = url.searchParams.get('corpid');
        const corpsecret = url.searchParams.get('corpsecret');
        if (corpid !== CORP_ID || corpsecret !== SECRET) {
          fake.tokenCalls.push({ corpid, corpsecret });
          return json(response, { errcode: 40001, errmsg: 'invalid credential' });
        }
        issued += 1;
        const token = `ACCESS_TOKEN_${issued}`;
        valid.add(token);
        fake.tokenCalls.push({ corpid, corpsecret, issued: token });
        return json(response, { errcode: 0, errmsg: 'ok', access_token: token, expires_in: fake.expiresIn });
      }
      if (request.method === 'POST' && url.pathname === '/cgi-bin/message/send') {
        const accessToken = url.searchParams.get('access_token');
        if (!accessToken || !valid.has(accessToken)) {
          fake.sendCalls.push({ accessToken, errcode: 40014 });
          return json(response, { errcode: 40014, errmsg: 'invalid access_token' });
        }
        if (expireNext > 0) {
          expireNext -= 1;
          valid.delete(accessToken);
          fake.sendCalls.push({ accessToken, errcode: 42001 });
          return json(response, { errcode: 42001, errmsg: 'access_token expired' });
        }
        const body = JSON.parse(raw) as { touser?: string; msgtype?: string; agentid?: number; text?: { content?: string } };
        if (!String(request.headers['content-type']).startsWith('application/json'))
          fake.problems.push(`content-type ${request.headers['content-type']}`);
        if (body.msgtype !== 'text') fake.problems.push(`msgtype ${body.msgtype}`);
        if (body.agentid !== AGENT_ID) fake.problems.push(`agentid ${String(body.agentid)}`);
        if (typeof body.touser !== 'string' || body.touser === '') fake.problems.push('no touser');
        const content = body.text?.content ?? '';
        if (Buffer.byteLength(content) > 2048) fake.problems.push(`content of ${Buffer.byteLength(content)} bytes`);
        fake.sendCalls.push({ accessToken, errcode: 0 });
        fake.sent.push({ touser: body.touser ?? '', msgtype: body.msgtype ?? '', agentid: body.agentid ?? 0, content, accessToken });
        return json(response, {
          errcode: 0,
          errmsg: 'ok',
          invaliduser: '',
          invalidparty: '',
          invalidtag: '',
          msgid: `msg-${fake.sent.length}`,
        });
      }
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(fake, {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  }) as FakeWeCom;
}
