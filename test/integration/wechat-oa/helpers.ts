/**
 * Test-side WeChat: signatures, AES envelopes and XML computed here with node:crypto directly,
 * independently of src/channels/wechat-oa, plus a fake api.weixin.qq.com on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';

export const TOKEN = 'gongkaiTestToken2024';
export const APP_ID = 'wx1234567890abcdef';
export const APP_SECRET = 'test-app-secret-0123456789abcdef';
/** 43 characters of base64, as the console generates. */
export const ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
export const ACCOUNT_ID = 'gh_0123456789ab';
export const OPEN_ID = 'oUser-openid-0001';

export function sha1Sorted(parts: string[]): string {
  return createHash('sha1')
    .update([...parts].sort().join(''))
    .digest('hex');
}

export function nowSeconds(): string {
  return String(Math.floor(Date.now() / 1000));
}

let nonceCounter = 0;

/** Query parameters WeChat adds to each callback, signed with `token`. */
export function signedQuery(options: { token?: string; timestamp?: string; nonce?: string } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? nowSeconds();
  // Unique per call: the server accepts a (timestamp, nonce, signature) triple with one message only.
  nonceCounter += 1;
  const nonce = options.nonce ?? `${100000 + Math.floor(Math.random() * 900000)}${nonceCounter}`;
  return { signature: sha1Sorted([options.token ?? TOKEN, timestamp, nonce]), timestamp, nonce };
}

function aesKey(encodingAesKey = ENCODING_AES_KEY): Buffer {
  return Buffer.from(`${encodingAesKey}=`, 'base64');
}

/** WXBizMsgCrypt encryption, written out here so the test does not trust the module under test. */
export function sealEnvelope(xml: string, appId = APP_ID, encodingAesKey = ENCODING_AES_KEY): string {
  const key = aesKey(encodingAesKey);
  const body = Buffer.from(xml, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(appId)]);
  const pad = 32 - (plain.length % 32);
  const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)]);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

export function openEnvelope(encrypted: string, encodingAesKey = ENCODING_AES_KEY): { xml: string; appId: string } {
  const key = aesKey(encodingAesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]);
  const pad = plain[plain.length - 1];
  if (pad < 1 || pad > 32) throw new Error(`bad padding ${pad}`);
  const content = plain.subarray(16, plain.length - pad);
  const length = content.readUInt32BE(0);
  return { xml: content.subarray(4, 4 + length).toString('utf8'), appId: content.subarray(4 + length).toString('utf8') };
}

function wrapCdata(text: string): string {
  return `<![CDATA[${text.split(']]>').join(']]]]><![CDATA[>')}]]>`;
}

/** A text message as WeChat sends it. */
export function textMessageXml(options: { content: string; msgId: string; from?: string; createTime?: string }): string {
  return (
    `<xml><ToUserName>${wrapCdata(ACCOUNT_ID)}</ToUserName>` +
    `<FromUserName>${wrapCdata(options.from ?? OPEN_ID)}</FromUserName>` +
    `<CreateTime>${options.createTime ?? nowSeconds()}</CreateTime>` +
    `<MsgType><![CDATA[text]]></MsgType>` +
    `<Content>${wrapCdata(options.content)}</Content>` +
    `<MsgId>${options.msgId}</MsgId></xml>`
  );
}

/** An event as WeChat sends it. */
export function eventXml(options: { event: string; eventKey?: string; from?: string; createTime?: string }): string {
  return (
    `<xml><ToUserName>${wrapCdata(ACCOUNT_ID)}</ToUserName>` +
    `<FromUserName>${wrapCdata(options.from ?? OPEN_ID)}</FromUserName>` +
    `<CreateTime>${options.createTime ?? nowSeconds()}</CreateTime>` +
    `<MsgType><![CDATA[event]]></MsgType>` +
    `<Event>${wrapCdata(options.event)}</Event>` +
    (options.eventKey === undefined ? '' : `<EventKey>${wrapCdata(options.eventKey)}</EventKey>`) +
    `</xml>`
  );
}

/** An image message as WeChat sends it. */
export function imageMessageXml(msgId: string): string {
  return (
    `<xml><ToUserName>${wrapCdata(ACCOUNT_ID)}</ToUserName><FromUserName>${wrapCdata(OPEN_ID)}</FromUserName>` +
    `<CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[image]]></MsgType>` +
    `<PicUrl><![CDATA[http://127.0.0.1/picture.jpg]]></PicUrl><MediaId><![CDATA[media-1]]></MediaId>` +
    `<MsgId>${msgId}</MsgId></xml>`
  );
}

/** Read one field of a flat XML reply, joining split CDATA sections, without any XML library. */
export function field(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!match) return undefined;
  const inner = match[1];
  if (!inner.includes('<![CDATA[')) return inner;
  return [...inner.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((section) => section[1]).join('');
}

/** POST a callback body to the server with the given query. */
export async function post(
  baseUrl: string,
  query: Record<string, string>,
  body: string,
  path = '/wechat',
): Promise<{ status: number; text: string; contentType: string | null }> {
  const url = `${baseUrl}${path}?${new URLSearchParams(query).toString()}`;
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'text/xml' } });
  return { status: response.status, text: await response.text(), contentType: response.headers.get('content-type') };
}

export async function get(baseUrl: string, pathAndQuery: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${baseUrl}${pathAndQuery}`);
  return { status: response.status, text: await response.text() };
}

/** One request the fake API received. */
export interface ApiCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/** A fake api.weixin.qq.com: hands out numbered tokens and records every call; send answers can be scripted. */
export interface FakeWeChatApi {
  baseUrl: string;
  calls: ApiCall[];
  /** errcodes returned by the next custom/send calls, in order; afterwards 0. */
  sendErrcodes: number[];
  tokenCalls(): ApiCall[];
  sendCalls(): ApiCall[];
  close(): Promise<void>;
}

export async function startFakeWeChatApi(): Promise<FakeWeChatApi> {
  const calls: ApiCall[] = [];
  const sendErrcodes: number[] = [];
  let tokensIssued = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      calls.push({
        method: request.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.setHeader('content-type', 'application/json');
      if (url.pathname === '/cgi-bin/token') {
        const ok =
          url.searchParams.get('grant_type') === 'client_credential' &&
          url.searchParams.get('appid') === APP_ID &&
          url.searchParams.get('secret') === APP_SECRET;
        if (!ok) return response.end(JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' }));
        tokensIssued += 1;
        return response.end(JSON.stringify({ access_token: `ACCESS-TOKEN-${tokensIssued}`, expires_in: 7200 }));
      }
      if (url.pathname === '/cgi-bin/message/custom/send') {
        const errcode = sendErrcodes.shift() ?? 0;
        const expected = `ACCESS-TOKEN-${tokensIssued}`;
        // A stale token is refused the way WeChat does.
        const code = errcode !== 0 ? errcode : url.searchParams.get('access_token') === expected ? 0 : 40001;
        return response.end(JSON.stringify({ errcode: code, errmsg: code === 0 ? 'ok' : 'error' }));
      }
      response.statusCode = 404;
      response.end(JSON.stringify({ errcode: 404, errmsg: 'not found' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls,
    sendErrcodes,
    tokenCalls: () => calls.filter((call) => call.path === '/cgi-bin/token'),
    sendCalls: () => calls.filter((call) => call.path === '/cgi-bin/message/custom/send'),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A writable that keeps everything written, to check what the logs contain. */
export function memoryStream(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      parts.push(chunk.toString());
      callback();
    },
  });
  return { stream, text: () => parts.join('') };
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
