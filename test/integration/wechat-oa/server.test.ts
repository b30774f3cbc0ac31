import http from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage, MessageHandler } from '../../../src/core/message.js';
import { createLogger, silentLogger } from '../../../src/core/log.js';
import { APOLOGY, createWeChatOaReceiver } from '../../../src/channels/wechat-oa/receiver.js';
import { type ServedReceiverOptions, serveOaReceiver } from './serve-receiver.js';
import {
  ACCOUNT_ID,
  APP_ID,
  APP_SECRET,
  ENCODING_AES_KEY,
  OPEN_ID,
  TOKEN,
  delay,
  eventXml,
  field,
  get,
  imageMessageXml,
  memoryStream,
  nowSeconds,
  openEnvelope,
  post,
  sealEnvelope,
  sha1Sorted,
  signedQuery,
  startFakeWeChatApi,
  textMessageXml,
  type FakeWeChatApi,
} from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

let nextMessageId = 7_300_000_000_000_000_000n;
function messageId(): string {
  nextMessageId += 1n;
  return nextMessageId.toString();
}

/** Start the channel on an ephemeral port with a recording handler. */
async function startChannel(
  handler: MessageHandler,
  overrides: Partial<ServedReceiverOptions> = {},
): Promise<{ baseUrl: string; received: IncomingMessage[] }> {
  const received: IncomingMessage[] = [];
  const channel = await serveOaReceiver({
    token: TOKEN,
    encryptMode: 'plain',
    logger: silentLogger,
    handler: async (message) => {
      received.push(message);
      return handler(message);
    },
    ...overrides,
  });
  cleanups.push(() => channel.close());
  return { baseUrl: channel.baseUrl, received };
}

async function startApi(): Promise<FakeWeChatApi> {
  const api = await startFakeWeChatApi();
  cleanups.push(() => api.close());
  return api;
}

const echoHandler: MessageHandler = async (message) => `答：${message.text}`;

describe('health and URL verification', () => {
  it('answers GET /healthz with {"ok":true}', async () => {
    const { baseUrl } = await startChannel(echoHandler);
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('echoes echostr for a correctly signed handshake', async () => {
    const { baseUrl } = await startChannel(echoHandler);
    const query = new URLSearchParams({ ...signedQuery(), echostr: '5837397615204751234' });
    const response = await get(baseUrl, `/wechat?${query}`);
    expect(response).toEqual({ status: 200, text: '5837397615204751234' });
  });

  it('refuses forged, unsigned and stale handshakes', async () => {
    const { baseUrl } = await startChannel(echoHandler);
    const forged = new URLSearchParams({ ...signedQuery({ token: 'not-the-token' }), echostr: 'x' });
    expect((await get(baseUrl, `/wechat?${forged}`)).status).toBe(403);
    expect((await get(baseUrl, `/wechat?echostr=x&timestamp=${nowSeconds()}&nonce=1`)).status).toBe(401);
    const stale = new URLSearchParams({ ...signedQuery({ timestamp: String(Number(nowSeconds()) - 3600) }), echostr: 'x' });
    expect((await get(baseUrl, `/wechat?${stale}`)).status).toBe(403);
  });

  it('answers 404 elsewhere', async () => {
    const { baseUrl } = await startChannel(echoHandler);
    expect((await get(baseUrl, '/other')).status).toBe(404);
  });
});

describe('plain mode', () => {
  it('answers a signed text message passively with the text-reply XML', async () => {
    const { baseUrl, received } = await startChannel(echoHandler);
    const id = messageId();
    const before = Math.floor(Date.now() / 1000);
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: '2023年行政许可办了几件？', msgId: id }));
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/xml/);
    expect(response.text.startsWith('<xml>')).toBe(true);
    expect(field(response.text, 'ToUserName')).toBe(OPEN_ID);
    expect(field(response.text, 'FromUserName')).toBe(ACCOUNT_ID);
    expect(field(response.text, 'MsgType')).toBe('text');
    expect(field(response.text, 'Content')).toBe('答：2023年行政许可办了几件？');
    expect(Number(field(response.text, 'CreateTime'))).toBeGreaterThanOrEqual(before);

    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      channel: 'wechat-oa',
      user: OPEN_ID,
      chat: OPEN_ID,
      kind: 'text',
      text: '2023年行政许可办了几件？',
      id,
    });
    expect(received[0].receivedAt).toBeInstanceOf(Date);
  });

  it('refuses forged, unsigned and stale POSTs without calling the handler', async () => {
    const { baseUrl, received } = await startChannel(echoHandler);
    const body = textMessageXml({ content: '你好', msgId: messageId() });
    expect((await post(baseUrl, signedQuery({ token: 'forged' }), body)).status).toBe(403);
    expect((await post(baseUrl, {}, body)).status).toBe(401);
    const { signature, nonce } = signedQuery();
    // A real signature with the timestamp swapped is a forgery too.
    expect((await post(baseUrl, { signature, nonce, timestamp: `${nowSeconds()}9` }, body)).status).toBe(403);
    const staleTimestamp = String(Number(nowSeconds()) - 301 - 5);
    expect((await post(baseUrl, signedQuery({ timestamp: staleTimestamp }), body)).status).toBe(403);
    const futureTimestamp = String(Number(nowSeconds()) + 3600);
    expect((await post(baseUrl, signedQuery({ timestamp: futureTimestamp }), body)).status).toBe(403);
    expect(received).toHaveLength(0);
  });

  it('answers 400 to malformed XML and keeps serving', async () => {
    const { baseUrl, received } = await startChannel(echoHandler);
    expect((await post(baseUrl, signedQuery(), '<xml><Content>unclosed</xml>')).status).toBe(400);
    expect((await post(baseUrl, signedQuery(), 'not xml at all')).status).toBe(400);
    expect((await post(baseUrl, signedQuery(), '')).status).toBe(400);
    const billionLaughs =
      '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      `<xml><ToUserName>x</ToUserName><FromUserName>y</FromUserName><MsgType>text</MsgType><Content>&b;</Content><MsgId>1</MsgId></xml>`;
    expect((await post(baseUrl, signedQuery(), billionLaughs)).status).toBe(400);
    // Signed but missing the fields every message has.
    expect((await post(baseUrl, signedQuery(), '<xml><Content>hi</Content></xml>')).status).toBe(400);
    expect(received).toHaveLength(0);
    const ok = await post(baseUrl, signedQuery(), textMessageXml({ content: '还在吗', msgId: messageId() }));
    expect(field(ok.text, 'Content')).toBe('答：还在吗');
  });

  it('answers 413 to an oversized body', async () => {
    const { baseUrl, received } = await startChannel(echoHandler);
    const huge = textMessageXml({ content: '长'.repeat(40_000), msgId: messageId() });
    const response = await post(baseUrl, signedQuery(), huge);
    expect(response.status).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('answers 413 to an oversized chunked body without Content-Length', async () => {
    const { baseUrl, received } = await startChannel(echoHandler);
    const url = new URL(`${baseUrl}/wechat?${new URLSearchParams(signedQuery())}`);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      request.write(`<xml><Content>${'x'.repeat(40_000)}`);
      request.write('y'.repeat(40_000));
      request.end('</Content></xml>');
    });
    expect(status).toBe(413);
    expect(received).toHaveLength(0);
  });

  it('round-trips a question containing ]]> intact', async () => {
    const { baseUrl, received } = await startChannel(async (message) => `你问的是：${message.text}`);
    const question = 'a]]>b <tag> & "quote" ]]]]> 结束';
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: question, msgId: messageId() }));
    expect(received[0].text).toBe(question);
    expect(field(response.text, 'Content')).toBe(`你问的是：${question}`);
  });

  it('passes a subscribe event as kind "event", and CLICK with its key', async () => {
    const { baseUrl, received } = await startChannel(async (message) => (message.event === 'subscribe' ? '欢迎关注！' : ''));
    const welcome = await post(baseUrl, signedQuery(), eventXml({ event: 'subscribe' }));
    expect(field(welcome.text, 'Content')).toBe('欢迎关注！');
    const click = await post(
      baseUrl,
      signedQuery(),
      eventXml({ event: 'CLICK', eventKey: 'MENU_GUIDE', createTime: String(Number(nowSeconds()) + 1) }),
    );
    // An empty reply means "nothing to say", which WeChat expects as `success`.
    expect(click.text).toBe('success');
    expect(received[0]).toMatchObject({ channel: 'wechat-oa', user: OPEN_ID, kind: 'event', event: 'subscribe', text: '' });
    expect(received[1]).toMatchObject({ kind: 'event', event: 'click', eventKey: 'MENU_GUIDE' });
  });

  it('passes an image as kind "unsupported"', async () => {
    const { baseUrl, received } = await startChannel(async (message) =>
      message.kind === 'unsupported' ? `暂不支持${message.unsupportedType}消息，请发送文字。` : '',
    );
    const id = messageId();
    const response = await post(baseUrl, signedQuery(), imageMessageXml(id));
    expect(received[0]).toMatchObject({ kind: 'unsupported', unsupportedType: 'image', id, text: '' });
    expect(field(response.text, 'Content')).toBe('暂不支持image消息，请发送文字。');
  });

  it('apologises when the handler throws, and logs it', async () => {
    const logs = memoryStream();
    const { baseUrl } = await startChannel(
      async () => {
        throw new Error('database is on fire');
      },
      { logger: createLogger('info', logs.stream) },
    );
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: '你好', msgId: messageId() }));
    expect(response.status).toBe(200);
    expect(field(response.text, 'Content')).toBe(APOLOGY);
    expect(APOLOGY).toBe('抱歉，系统暂时无法回答，请稍后再试。');
    expect(logs.text()).toContain('database is on fire');
  });
});

describe('dedupe of WeChat retries', () => {
  it('runs the handler once for a retry storm and gives every retry the same reply', async () => {
    let calls = 0;
    const { baseUrl } = await startChannel(async (message) => {
      calls += 1;
      await delay(150);
      return `第${calls}次回答：${message.text}`;
    });
    const body = textMessageXml({ content: '依申请公开多少件', msgId: messageId() });
    const concurrent = await Promise.all([1, 2, 3, 4].map(() => post(baseUrl, signedQuery(), body)));
    await delay(50);
    const later = await post(baseUrl, signedQuery(), body);
    expect(calls).toBe(1);
    for (const response of [...concurrent, later]) {
      expect(response.status).toBe(200);
      expect(field(response.text, 'Content')).toBe('第1次回答：依申请公开多少件');
      expect(response.text).toBe(concurrent[0].text);
    }
    // A different MsgId is a different message.
    const other = await post(baseUrl, signedQuery(), textMessageXml({ content: '另一个问题', msgId: messageId() }));
    expect(field(other.text, 'Content')).toBe('第2次回答：另一个问题');
  });

  it('dedupes events by sender and CreateTime', async () => {
    let calls = 0;
    const { baseUrl } = await startChannel(async () => {
      calls += 1;
      return '欢迎';
    });
    const body = eventXml({ event: 'subscribe', createTime: '1700000000' });
    await Promise.all([post(baseUrl, signedQuery(), body), post(baseUrl, signedQuery(), body)]);
    await post(baseUrl, signedQuery(), body);
    expect(calls).toBe(1);
  });
});

describe('slow answers and the customer-service API', () => {
  it('answers success at once, then sends through the API; the token is fetched once and cached', async () => {
    const api = await startApi();
    const { baseUrl } = await startChannel(
      async (message) => {
        await delay(700);
        return `慢回答：${message.text}`;
      },
      { appId: APP_ID, appSecret: APP_SECRET, apiBase: api.baseUrl, passiveBudgetMs: 200 },
    );
    const first = await post(baseUrl, signedQuery(), textMessageXml({ content: '第一个问题', msgId: messageId() }));
    expect(first).toMatchObject({ status: 200, text: 'success' });
    // Answered on the 200 ms budget, before the 700 ms handler finished: nothing was sent through the API yet (a
    // wall-clock bound would depend on the machine's load; the order of the two timers does not).
    expect(api.sendCalls()).toHaveLength(0);
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(1), { timeout: 3000, interval: 20 });

    const send = api.sendCalls()[0];
    expect(send.method).toBe('POST');
    expect(send.query.get('access_token')).toBe('ACCESS-TOKEN-1');
    expect(JSON.parse(send.body)).toEqual({ touser: OPEN_ID, msgtype: 'text', text: { content: '慢回答：第一个问题' } });

    const second = await post(baseUrl, signedQuery(), textMessageXml({ content: '第二个问题', msgId: messageId() }));
    expect(second.text).toBe('success');
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(2), { timeout: 3000, interval: 20 });
    expect(JSON.parse(api.sendCalls()[1].body).text.content).toBe('慢回答：第二个问题');
    expect(api.tokenCalls()).toHaveLength(1);
    expect(api.tokenCalls()[0].query.get('appid')).toBe(APP_ID);
    expect(api.tokenCalls()[0].query.get('grant_type')).toBe('client_credential');
  });

  it('refreshes the token and retries when WeChat says it expired (42001)', async () => {
    const api = await startApi();
    const { baseUrl } = await startChannel(
      async () => {
        await delay(300);
        return '稍后送达的答案';
      },
      { appId: APP_ID, appSecret: APP_SECRET, apiBase: api.baseUrl, passiveBudgetMs: 100 },
    );
    api.sendErrcodes.push(42001);
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: '问', msgId: messageId() }));
    expect(response.text).toBe('success');
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(2), { timeout: 3000, interval: 20 });
    expect(api.tokenCalls()).toHaveLength(2);
    expect(api.sendCalls()[0].query.get('access_token')).toBe('ACCESS-TOKEN-1');
    expect(api.sendCalls()[1].query.get('access_token')).toBe('ACCESS-TOKEN-2');
    expect(JSON.parse(api.sendCalls()[1].body).text.content).toBe('稍后送达的答案');
  });

  it('a retry of a slow message gets success too and nothing is sent twice', async () => {
    const api = await startApi();
    let calls = 0;
    const { baseUrl } = await startChannel(
      async () => {
        calls += 1;
        await delay(300);
        return '只发一次';
      },
      { appId: APP_ID, appSecret: APP_SECRET, apiBase: api.baseUrl, passiveBudgetMs: 100 },
    );
    const body = textMessageXml({ content: '问', msgId: messageId() });
    const responses = await Promise.all([post(baseUrl, signedQuery(), body), delay(150).then(() => post(baseUrl, signedQuery(), body))]);
    expect(responses.map((response) => response.text)).toEqual(['success', 'success']);
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(1), { timeout: 3000, interval: 20 });
    await delay(100);
    expect(api.sendCalls()).toHaveLength(1);
    expect(calls).toBe(1);
  });

  it('splits a long reply: the first chunk passively, the rest through the API', async () => {
    const api = await startApi();
    const paragraphs = Array.from({ length: 12 }, (_, index) => `第${index + 1}段：${'政府信息公开工作年度报告内容。'.repeat(12)}`);
    const longReply = paragraphs.join('\n');
    expect(Buffer.byteLength(longReply)).toBeGreaterThan(4000);
    const { baseUrl } = await startChannel(async () => longReply, { appId: APP_ID, appSecret: APP_SECRET, apiBase: api.baseUrl });
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: '全文', msgId: messageId() }));
    const first = field(response.text, 'Content')!;
    expect(Buffer.byteLength(first)).toBeLessThanOrEqual(2000);
    expect(longReply.startsWith(first)).toBe(true);

    await vi.waitFor(() => expect(api.sendCalls().length).toBeGreaterThanOrEqual(2), { timeout: 3000, interval: 20 });
    await delay(100);
    const rest = api.sendCalls().map((call) => JSON.parse(call.body) as { touser: string; text: { content: string } });
    for (const message of rest) {
      expect(message.touser).toBe(OPEN_ID);
      expect(Buffer.byteLength(message.text.content)).toBeLessThanOrEqual(2000);
    }
    const chunks = [first, ...rest.map((message) => message.text.content)];
    expect(chunks.join('\n')).toBe(longReply);
  });

  it('without appId/appSecret sends only the passive part of a long reply and does not crash', async () => {
    const logs = memoryStream();
    const longReply = `${'甲'.repeat(600)}\n${'乙'.repeat(600)}`;
    const { baseUrl } = await startChannel(async () => longReply, { logger: createLogger('info', logs.stream) });
    const response = await post(baseUrl, signedQuery(), textMessageXml({ content: '全文', msgId: messageId() }));
    expect(field(response.text, 'Content')).toBe('甲'.repeat(600));
    await vi.waitFor(() => expect(logs.text()).toContain('part of the reply is dropped'), { timeout: 2000, interval: 20 });
  });
});

describe('encryption modes', () => {
  it('compat mode reads the plaintext fields beside <Encrypt> and replies in plain', async () => {
    const { baseUrl, received } = await startChannel(echoHandler, {
      encryptMode: 'compat',
      encodingAesKey: ENCODING_AES_KEY,
      appId: APP_ID,
    });
    const inner = textMessageXml({ content: '兼容模式', msgId: messageId() });
    const encrypt = sealEnvelope(inner);
    const body = inner.replace('</xml>', `<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
    const query = signedQuery();
    const messageSignature = sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]);
    const response = await post(baseUrl, { ...query, encrypt_type: 'aes', msg_signature: messageSignature }, body);
    expect(response.status).toBe(200);
    expect(field(response.text, 'Content')).toBe('答：兼容模式');
    expect(field(response.text, 'Encrypt')).toBeUndefined();
    expect(received[0].text).toBe('兼容模式');
  });

  it('safe mode decrypts the request and seals the reply with a valid MsgSignature', async () => {
    const { baseUrl, received } = await startChannel(echoHandler, {
      encryptMode: 'safe',
      encodingAesKey: ENCODING_AES_KEY,
      appId: APP_ID,
    });
    const question = '安全模式 ]]> 也要完整';
    const encrypt = sealEnvelope(textMessageXml({ content: question, msgId: messageId() }));
    const body = `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const query = signedQuery();
    const messageSignature = sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]);
    const response = await post(baseUrl, { ...query, encrypt_type: 'aes', msg_signature: messageSignature, openid: OPEN_ID }, body);
    expect(response.status).toBe(200);
    expect(received[0].text).toBe(question);

    const replyEncrypt = field(response.text, 'Encrypt')!;
    const replyTimestamp = field(response.text, 'TimeStamp')!;
    const replyNonce = field(response.text, 'Nonce')!;
    expect(field(response.text, 'MsgSignature')).toBe(sha1Sorted([TOKEN, replyTimestamp, replyNonce, replyEncrypt]));
    const opened = openEnvelope(replyEncrypt);
    expect(opened.appId).toBe(APP_ID);
    expect(field(opened.xml, 'ToUserName')).toBe(OPEN_ID);
    expect(field(opened.xml, 'FromUserName')).toBe(ACCOUNT_ID);
    expect(field(opened.xml, 'MsgType')).toBe('text');
    expect(field(opened.xml, 'Content')).toBe(`答：${question}`);
  });

  it('safe mode refuses a forged msg_signature, a foreign appId and a plaintext body', async () => {
    const { baseUrl, received } = await startChannel(echoHandler, { encryptMode: 'safe', encodingAesKey: ENCODING_AES_KEY, appId: APP_ID });
    const encrypt = sealEnvelope(textMessageXml({ content: '伪造', msgId: messageId() }));
    const body = `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const query = signedQuery();
    const forged = await post(baseUrl, { ...query, msg_signature: sha1Sorted(['wrong', query.timestamp, query.nonce, encrypt]) }, body);
    expect(forged.status).toBe(403);
    expect((await post(baseUrl, signedQuery(), body)).status).toBe(401);

    const foreign = sealEnvelope(textMessageXml({ content: '别的公众号', msgId: messageId() }), 'wxanotheraccount00');
    const foreignBody = `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName><Encrypt><![CDATA[${foreign}]]></Encrypt></xml>`;
    const query2 = signedQuery();
    const foreignResponse = await post(
      baseUrl,
      { ...query2, msg_signature: sha1Sorted([TOKEN, query2.timestamp, query2.nonce, foreign]) },
      foreignBody,
    );
    expect(foreignResponse.status).toBe(403);

    const plaintext = await post(baseUrl, signedQuery(), textMessageXml({ content: '明文', msgId: messageId() }));
    expect(plaintext.status).toBe(400);
    expect(received).toHaveLength(0);
  });

  it('safe mode accepts the plain GET handshake and the encrypted echostr form', async () => {
    const { baseUrl } = await startChannel(echoHandler, { encryptMode: 'safe', encodingAesKey: ENCODING_AES_KEY, appId: APP_ID });
    const plain = new URLSearchParams({ ...signedQuery(), echostr: 'plain-echo' });
    expect(await get(baseUrl, `/wechat?${plain}`)).toEqual({ status: 200, text: 'plain-echo' });

    const sealed = sealEnvelope('encrypted-echo-123');
    const timestamp = nowSeconds();
    const nonce = '424242';
    const encryptedQuery = new URLSearchParams({
      msg_signature: sha1Sorted([TOKEN, timestamp, nonce, sealed]),
      timestamp,
      nonce,
      echostr: sealed,
    });
    expect(await get(baseUrl, `/wechat?${encryptedQuery}`)).toEqual({ status: 200, text: 'encrypted-echo-123' });
    encryptedQuery.set('msg_signature', sha1Sorted(['forged', timestamp, nonce, sealed]));
    expect((await get(baseUrl, `/wechat?${encryptedQuery}`)).status).toBe(403);
  });

  it('a slow answer in safe mode answers plain success and follows through the API', async () => {
    const api = await startApi();
    const { baseUrl } = await startChannel(
      async () => {
        await delay(300);
        return '安全模式的慢回答';
      },
      {
        encryptMode: 'safe',
        encodingAesKey: ENCODING_AES_KEY,
        appId: APP_ID,
        appSecret: APP_SECRET,
        apiBase: api.baseUrl,
        passiveBudgetMs: 100,
      },
    );
    const encrypt = sealEnvelope(textMessageXml({ content: '慢', msgId: messageId() }));
    const body = `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
    const query = signedQuery();
    const response = await post(baseUrl, { ...query, msg_signature: sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]) }, body);
    expect(response.text).toBe('success');
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(1), { timeout: 3000, interval: 20 });
    expect(JSON.parse(api.sendCalls()[0].body).text.content).toBe('安全模式的慢回答');
  });
});

describe('logging', () => {
  it('logs messages and replies but never the token, secret, AES key or access token', async () => {
    const api = await startApi();
    const logs = memoryStream();
    const { baseUrl } = await startChannel(
      async (message) => {
        if (message.text === '慢') await delay(250);
        return '好的';
      },
      {
        encryptMode: 'safe',
        encodingAesKey: ENCODING_AES_KEY,
        appId: APP_ID,
        appSecret: APP_SECRET,
        apiBase: api.baseUrl,
        passiveBudgetMs: 100,
        logger: createLogger('debug', logs.stream),
      },
    );
    for (const content of ['快', '慢']) {
      const encrypt = sealEnvelope(textMessageXml({ content, msgId: messageId() }));
      const query = signedQuery();
      await post(
        baseUrl,
        { ...query, msg_signature: sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]) },
        `<xml><ToUserName><![CDATA[${ACCOUNT_ID}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
      );
    }
    await vi.waitFor(() => expect(api.sendCalls()).toHaveLength(1), { timeout: 3000, interval: 20 });
    await delay(50);
    const text = logs.text();
    expect(text).toContain('message received');
    expect(text).toContain('reply sent passively');
    expect(text).toContain('reply sent through the customer-service API');
    expect(text).toContain(OPEN_ID);
    for (const secret of [TOKEN, APP_SECRET, ENCODING_AES_KEY, 'ACCESS-TOKEN-1']) expect(text).not.toContain(secret);
  });
});

describe('configuration', () => {
  it('lists every problem at start-up', () => {
    expect(() =>
      createWeChatOaReceiver({
        token: '',
        encryptMode: 'safe',
        passiveBudgetMs: 6000,
      }),
    ).toThrow(/token is required.*encodingAesKey.*appId.*passiveBudgetMs/);
  });
});
