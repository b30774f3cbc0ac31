/**
 * The official account's callback answers the same whichever way it comes in: straight on
 * node:http (serveNode, what `gongkai serve` uses for POST /wechat) over real HTTP on 127.0.0.1,
 * or through the receiver's Hono routes. Every case is sent both ways to one receiver; a message
 * sent the second time is WeChat's retry and must get the same bytes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createWeChatOaReceiver } from '../../../src/channels/wechat-oa/receiver.js';
import { silentLogger } from '../../../src/core/log.js';
import type { MessageHandler } from '../../../src/core/message.js';
import { createServiceServer } from '../../../src/http/service-server.js';
import { OPEN_ID, TOKEN, field, nowSeconds, sha1Sorted, signedQuery, textMessageXml } from './helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

type Answer = { status: number; contentType: string | null; body: string; connection: string | null };

async function start(handler: MessageHandler) {
  const receiver = createWeChatOaReceiver({ token: TOKEN, encryptMode: 'plain', maxBodyBytes: 2048 });
  receiver.init({ handle: handler, logger: silentLogger });
  const server = createServiceServer({ receivers: [receiver], logger: silentLogger });
  const address = await server.listen(0, '127.0.0.1');
  await receiver.start();
  cleanups.push(async () => {
    await server.close();
    await receiver.stop();
  });
  const read = async (response: Response): Promise<Answer> => ({
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
    connection: response.headers.get('connection'),
  });
  return {
    /** Over real HTTP: POST /wechat goes through serveNode. */
    overNode: async (query: string, body: string, method = 'POST') =>
      read(await fetch(`http://127.0.0.1:${address.port}/wechat?${query}`, { method, body: method === 'POST' ? body : undefined })),
    /** Through the Hono routes, as `routes.request` serves them. */
    overHono: async (query: string, body: string, method = 'POST') =>
      read(await receiver.routes.request(`/?${query}`, { method, body: method === 'POST' ? body : undefined })),
  };
}

/** What the receiver answered, without the transport's own connection header (keep-alive on real HTTP only). */
const withoutConnection = ({ connection: _connection, ...answer }: Answer) => answer;

let messageNumber = 9_100_000_000_000_000_000n;
const nextMessageId = () => String((messageNumber += 1n));
const signed = (overrides: Parameters<typeof signedQuery>[0] = {}) => new URLSearchParams(signedQuery(overrides)).toString();

describe('the callback over node:http and over Hono', () => {
  it('answers a message the same way, and a retry through the other path with the same bytes', async () => {
    let calls = 0;
    const paths = await start(async (message) => {
      calls += 1;
      return `答：${message.text}`;
    });
    const query = signed();
    const body = textMessageXml({ content: '西工区科技局2024年办理了几件行政许可？', msgId: nextMessageId() });
    const first = await paths.overNode(query, body);
    expect(first.status).toBe(200);
    expect(first.contentType).toBe('application/xml; charset=utf-8');
    expect(field(first.body, 'Content')).toBe('答：西工区科技局2024年办理了几件行政许可？');
    expect(field(first.body, 'ToUserName')).toBe(OPEN_ID);
    // WeChat's retry repeats query and body: the dedupe answers it, byte for byte, without a second run.
    expect(withoutConnection(await paths.overHono(query, body))).toEqual(withoutConnection(first));
    expect(calls).toBe(1);

    const other = textMessageXml({ content: '怎么申请政府信息公开？', msgId: nextMessageId() });
    const otherQuery = signed();
    const throughHono = await paths.overHono(otherQuery, other);
    expect(withoutConnection(await paths.overNode(otherQuery, other))).toEqual(withoutConnection(throughHono));
    expect(calls).toBe(2);
  });

  it('refuses the same requests with the same status and text', async () => {
    const paths = await start(async () => '不应回答');
    const body = () => textMessageXml({ content: '问题', msgId: nextMessageId() });
    const stale = String(Number(nowSeconds()) - 3600);
    const cases: Array<[string, string, string]> = [
      ['no signature', `timestamp=${nowSeconds()}&nonce=1`, body()],
      ['wrong signature', `signature=${'0'.repeat(40)}&timestamp=${nowSeconds()}&nonce=1`, body()],
      ['stale timestamp', `signature=${sha1Sorted([TOKEN, stale, 'n1'])}&timestamp=${stale}&nonce=n1`, body()],
      ['malformed XML', signed(), '<xml><Content>unclosed</xml>'],
      ['not a message', signed(), '<xml><Content><![CDATA[hi]]></Content></xml>'],
      ['a DTD', signed(), '<!DOCTYPE xml [<!ENTITY x "y">]><xml><MsgType>text</MsgType></xml>'],
    ];
    for (const [name, query, content] of cases) {
      const throughNode = await paths.overNode(query, content);
      const throughHono = await paths.overHono(query, content);
      expect({ name, ...withoutConnection(throughNode) }).toEqual({ name, ...withoutConnection(throughHono) });
      expect(throughNode.status, name).toBeGreaterThanOrEqual(400);
    }
  });

  it('refuses a body over the limit (413, connection closed) and a signed query reused for another message (403) both ways', async () => {
    const paths = await start(async () => '好');
    const huge = textMessageXml({ content: '长'.repeat(3000), msgId: nextMessageId() });
    const [node, hono] = [await paths.overNode(signed(), huge), await paths.overHono(signed(), huge)];
    expect(node).toMatchObject({ status: 413, body: 'payload too large', connection: 'close' });
    expect(hono).toMatchObject({ status: 413, body: 'payload too large' });

    for (const [send, again] of [
      [paths.overNode, paths.overHono],
      [paths.overHono, paths.overNode],
    ]) {
      const query = signed();
      expect((await send(query, textMessageXml({ content: '第一条', msgId: nextMessageId() }))).status).toBe(200);
      const replay = await again(query, textMessageXml({ content: '换了内容', msgId: nextMessageId() }));
      expect(replay).toMatchObject({ status: 403, body: 'forbidden' });
    }
  });

  it('answers `success` when nothing is to be said, the apology when the handler fails, and leaves other methods to Hono', async () => {
    const paths = await start(async (message) => {
      if (message.text === '失败') throw new Error('handler broke');
      return '';
    });
    const silent = textMessageXml({ content: '无话可说', msgId: nextMessageId() });
    const quiet = [
      await paths.overNode(signed(), silent),
      await paths.overHono(signed(), textMessageXml({ content: '无话', msgId: nextMessageId() })),
    ];
    for (const answer of quiet) expect(answer).toMatchObject({ status: 200, body: 'success', contentType: 'text/plain; charset=UTF-8' });

    const failing = [
      await paths.overNode(signed(), textMessageXml({ content: '失败', msgId: nextMessageId() })),
      await paths.overHono(signed(), textMessageXml({ content: '失败', msgId: nextMessageId() })),
    ];
    for (const answer of failing) expect(field(answer.body, 'Content')).toBe('抱歉，系统暂时无法回答，请稍后再试。');

    // PUT is not the hot route: the node path leaves it to Hono, which refuses it.
    expect(await paths.overNode(signed(), '', 'PUT')).toMatchObject({ status: 405, body: 'method not allowed' });
    expect(await paths.overHono(signed(), '', 'PUT')).toMatchObject({ status: 405, body: 'method not allowed' });
  });
});
