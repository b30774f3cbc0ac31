/**
 * The official-account webhook under bad input and retries, over real HTTP on 127.0.0.1:
 * random and malformed XML with valid signatures into the running service (every response a
 * proper status, the service still healthy, no unhandled rejection), and retry storms of
 * duplicate MsgIds through the real pipeline (each question answered once, nothing sent twice).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import type { MessageHandler } from '../../src/core/message.js';
import { type RunningService, startService } from '../../src/main.js';
import { makeTestApp } from '../helpers.js';
import { APP_ID, APP_SECRET, field, OPEN_ID, post, signedQuery, startFakeWeChatApi, TOKEN, textMessageXml } from './wechat-oa/helpers.js';
import { serveOaReceiver } from './wechat-oa/serve-receiver.js';

const LONG = process.env.GONGKAI_LONG_TESTS === '1';
const RUNS = LONG ? 3000 : 150;
const TIMEOUT = LONG ? 900_000 : 60_000;

const directory = mkdtempSync(join(tmpdir(), 'gongkai-faults-webhook-'));
let service: RunningService;
let baseUrl: string;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: TOKEN }, { db: join(directory, 'faults.db') });
  service = await startService(config, silentLogger);
  baseUrl = `http://127.0.0.1:${service.address.port}`;
});

afterAll(async () => {
  await service?.stop();
  process.off('unhandledRejection', onRejection);
  rmSync(directory, { recursive: true, force: true });
});

const ALLOWED_STATUSES = [200, 400, 401, 403, 405, 413];
let nextId = 8_100_000_000n;
const messageId = () => String((nextId += 1n));

/** Valid messages cut, spliced and stuffed: what a broken proxy or an attacker might send. */
const malformedXml = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(), fc.nat()).map(([content, cut, keep]) => {
    const xml = textMessageXml({ content, msgId: messageId() });
    const at = cut % xml.length;
    return xml.slice(0, at) + xml.slice(at + (keep % 40));
  }),
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((content) => textMessageXml({ content, msgId: messageId() })),
  fc.constantFrom(
    '',
    '<xml>',
    '<xml></xml>',
    '<xml><MsgType>text</MsgType></xml>',
    '<xml><ToUserName>a</ToUserName><FromUserName>b</FromUserName><CreateTime>x</CreateTime><MsgType>text</MsgType><Content>hi</Content><MsgId>-1</MsgId></xml>',
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><xml><Content>&lol2;</Content></xml>',
    '<xml><Content><![CDATA[未闭合</Content></xml>',
    `<xml>${'<a>'.repeat(5000)}</xml>`,
    `<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[u]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[unknown]]></Event></xml>`,
    `<xml><ToUserName><![CDATA[gh]]></ToUserName><FromUserName><![CDATA[u]]></FromUserName><CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${'长'.repeat(30_000)}]]></Content><MsgId>1</MsgId></xml>`,
    '{"json": "not xml"}',
  ),
);

describe('the running service under malformed callbacks', () => {
  it(
    'answers every signed POST with a proper status and stays healthy',
    async () => {
      await fc.assert(
        fc.asyncProperty(malformedXml, async (body) => {
          const response = await post(baseUrl, signedQuery(), body);
          expect(ALLOWED_STATUSES).toContain(response.status);
          if (response.status === 200) expect(response.text === 'success' || response.text.startsWith('<xml>')).toBe(true);
        }),
        { numRuns: RUNS },
      );
      const health = await fetch(`${baseUrl}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      const real = await post(
        baseUrl,
        signedQuery(),
        textMessageXml({ content: '西工区科技局2024年办理了几件行政许可？', msgId: messageId(), from: 'faults-final-user' }),
      );
      expect(field(real.text, 'Content')).toContain('6件');
      expect(rejections).toEqual([]);
    },
    TIMEOUT,
  );

  it('refuses random query strings and methods without crashing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme-ascii', maxLength: 120 }),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        async (query, method) => {
          const response = await fetch(`${baseUrl}/wechat?${encodeURI(query)}`, {
            method,
            body: method === 'GET' ? undefined : '<xml></xml>',
          });
          expect(ALLOWED_STATUSES).toContain(response.status);
          await response.text();
        },
      ),
      { numRuns: Math.min(RUNS, 100) },
    );
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('retry storms through the real pipeline', () => {
  const app = makeTestApp();
  const cleanups: Array<() => Promise<void> | void> = [() => app.dispose()];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** The app's pipeline behind the webhook, counting how often it runs per message id. */
  async function startCounted(options: { delayMs?: number; passiveBudgetMs?: number; apiBase?: string } = {}) {
    const runs = new Map<string, number>();
    const handler: MessageHandler = async (message) => {
      runs.set(message.id ?? '', (runs.get(message.id ?? '') ?? 0) + 1);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      return app.handle(message);
    };
    const channel = await serveOaReceiver({
      token: TOKEN,
      encryptMode: 'plain',
      logger: silentLogger,
      handler,
      passiveBudgetMs: options.passiveBudgetMs,
      ...(options.apiBase ? { appId: APP_ID, appSecret: APP_SECRET, apiBase: options.apiBase } : {}),
    });
    cleanups.push(() => channel.close());
    return { url: channel.baseUrl, runs };
  }

  it('50 concurrent POSTs of one MsgId: answered once, every retry gets the same reply', async () => {
    const { url, runs } = await startCounted({ delayMs: 30 });
    const id = messageId();
    const body = textMessageXml({ content: '沙坡头区科技局2024年主动公开了多少条信息？', msgId: id });
    const responses = await Promise.all(Array.from({ length: 50 }, () => post(url, signedQuery(), body)));
    expect(runs.get(id)).toBe(1);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.text).toBe(responses[0].text);
    }
    expect(field(responses[0].text, 'Content')).toContain('455');
  });

  it('many messages, each retried concurrently and interleaved: each answered exactly once', async () => {
    const { url, runs } = await startCounted({ delayMs: 5 });
    const ids = Array.from({ length: 20 }, () => messageId());
    const requests = ids.flatMap((id, index) =>
      Array.from({ length: 5 }, () => ({
        id,
        body: textMessageXml({ content: `海原县科技局2024年第${index}个问题：行政许可多少件？`, msgId: id, from: `${OPEN_ID}-${index}` }),
      })),
    );
    // Interleave the retries of different messages.
    requests.sort((a, b) => (a.id + b.body.length < b.id + a.body.length ? -1 : 1));
    const responses = await Promise.all(
      requests.map((request) => post(url, signedQuery(), request.body).then((response) => ({ id: request.id, response }))),
    );
    for (const id of ids) expect(runs.get(id)).toBe(1);
    for (const id of ids) {
      const texts = new Set(responses.filter((item) => item.id === id).map((item) => item.response.text));
      expect(texts.size).toBe(1);
    }
  });

  it('a storm on a slow answer: every attempt gets success, the answer is sent once through the API', async () => {
    const api = await startFakeWeChatApi();
    cleanups.push(() => api.close());
    const { url, runs } = await startCounted({ delayMs: 400, passiveBudgetMs: 100, apiBase: api.baseUrl });
    const id = messageId();
    const body = textMessageXml({ content: '中卫市科技局2025年收到几件申请？', msgId: id });
    const first = await Promise.all(Array.from({ length: 10 }, () => post(url, signedQuery(), body)));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const late = await Promise.all(Array.from({ length: 10 }, () => post(url, signedQuery(), body)));
    for (const response of [...first, ...late]) expect(response.text).toBe('success');
    expect(runs.get(id)).toBe(1);
    const sends = api.sendCalls();
    expect(sends).toHaveLength(1);
    expect(sends[0].body).toContain('1件');
  });
});
