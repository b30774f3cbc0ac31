/**
 * Replays over real HTTP: a captured signed query reused with another body is refused, while
 * WeChat's own retries (same query, same body) still get the one shared reply; compat mode
 * trusts only the sealed copy; staff commands are refused where the body is unsigned.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ServedReceiverOptions, serveOaReceiver } from './serve-receiver.js';
import { silentLogger } from '../../../src/core/log.js';
import type { IncomingMessage, MessageHandler } from '../../../src/core/message.js';
import { STAFF_UNVERIFIED_REPLY } from '../../../src/core/pipeline.js';
import { makeTestApp } from '../../helpers.js';
import {
  APP_ID,
  ENCODING_AES_KEY,
  TOKEN,
  delay,
  eventXml,
  field,
  openEnvelope,
  post,
  sealEnvelope,
  sha1Sorted,
  signedQuery,
  textMessageXml,
} from './helpers.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

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

describe('replayed signed queries', () => {
  it("answers WeChat's retries (same query, same body) once with the same reply, and refuses the query with another body", async () => {
    let calls = 0;
    const { baseUrl, received } = await startChannel(async (message) => {
      calls += 1;
      await delay(100);
      return `第${calls}次回答：${message.text}`;
    });
    const query = signedQuery();
    const body = textMessageXml({ content: '依申请公开多少件', msgId: '8800000000000000001' });
    const retries = await Promise.all([1, 2, 3].map(() => post(baseUrl, query, body)));
    const late = await post(baseUrl, query, body);
    for (const response of [...retries, late]) {
      expect(response.status).toBe(200);
      expect(field(response.text, 'Content')).toBe('第1次回答：依申请公开多少件');
    }
    const forged = await post(
      baseUrl,
      query,
      textMessageXml({ content: '暂停提醒', msgId: '8800000000000000002', from: 'oReviewer-openid' }),
    );
    expect(forged.status).toBe(403);
    const sameIdOtherSender = await post(
      baseUrl,
      query,
      textMessageXml({ content: '依申请公开多少件', msgId: '8800000000000000001', from: 'oReviewer-openid' }),
    );
    expect(sameIdOtherSender.status).toBe(403);
    expect(calls).toBe(1);
    expect(received.map((message) => message.user)).toEqual(['oUser-openid-0001']);
  });

  it('keeps a triple for the whole freshness window and lets it go once it is stale anyway', async () => {
    let clock = Date.now();
    const { baseUrl } = await startChannel(async (message) => `答：${message.text}`, { now: () => clock, maxTimestampSkewSeconds: 300 });
    const query = signedQuery({ timestamp: String(Math.floor(clock / 1000)) });
    expect((await post(baseUrl, query, textMessageXml({ content: '一', msgId: '8800000000000000011' }))).status).toBe(200);
    clock += 299_000;
    expect((await post(baseUrl, query, textMessageXml({ content: '二', msgId: '8800000000000000012' }))).status).toBe(403);
    clock += 2_000;
    // Past the window the timestamp itself is refused as stale.
    expect((await post(baseUrl, query, textMessageXml({ content: '三', msgId: '8800000000000000013' }))).status).toBe(403);
    const fresh = await post(
      baseUrl,
      signedQuery({ timestamp: String(Math.floor(clock / 1000)) }),
      textMessageXml({ content: '四', msgId: '8800000000000000014' }),
    );
    expect(field(fresh.text, 'Content')).toBe('答：四');
  });

  it('tells two menu clicks in the same second apart by their EventKey', async () => {
    const { baseUrl, received } = await startChannel(async (message) => `菜单：${message.eventKey}`);
    const createTime = String(Math.floor(Date.now() / 1000));
    const first = await post(baseUrl, signedQuery(), eventXml({ event: 'CLICK', eventKey: 'GUIDE', createTime }));
    const second = await post(baseUrl, signedQuery(), eventXml({ event: 'CLICK', eventKey: 'FEES', createTime }));
    expect(field(first.text, 'Content')).toBe('菜单：GUIDE');
    expect(field(second.text, 'Content')).toBe('菜单：FEES');
    expect(received).toHaveLength(2);
  });
});

describe('compat mode', () => {
  const compat = { encryptMode: 'compat' as const, encodingAesKey: ENCODING_AES_KEY, appId: APP_ID };

  it('refuses a body whose <Encrypt> fails msg_signature, whatever the plaintext fields say', async () => {
    const { baseUrl, received } = await startChannel(async (message) => `答：${message.text}`, compat);
    const inner = textMessageXml({ content: '工作人员', msgId: '8800000000000000021', from: 'oReviewer-openid' });
    const body = inner.replace('</xml>', `<Encrypt><![CDATA[${sealEnvelope(inner)}]]></Encrypt></xml>`);
    const response = await post(baseUrl, { ...signedQuery(), encrypt_type: 'aes', msg_signature: 'f'.repeat(40) }, body);
    expect(response.status).toBe(403);
    expect(received).toHaveLength(0);
  });

  it('uses the sealed fields, not the plaintext beside them, and marks the sender verified', async () => {
    const { baseUrl, received } = await startChannel(async (message) => `答：${message.user}`, compat);
    const sealed = textMessageXml({ content: '真实内容', msgId: '8800000000000000022', from: 'oCitizen-real' });
    const encrypt = sealEnvelope(sealed);
    const forgedPlain = textMessageXml({ content: '暂停提醒', msgId: '8800000000000000022', from: 'oReviewer-openid' });
    const body = forgedPlain.replace('</xml>', `<Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`);
    const query = signedQuery();
    const response = await post(
      baseUrl,
      { ...query, encrypt_type: 'aes', msg_signature: sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]) },
      body,
    );
    expect(response.status).toBe(200);
    expect(received[0].user).toBe('oCitizen-real');
    expect(received[0].text).toBe('真实内容');
    expect(received[0].senderUnverified).toBeUndefined();
  });
});

describe('staff commands and unsigned bodies (real app, real SQLite file)', () => {
  async function startAppChannel(overrides: Partial<ServedReceiverOptions>) {
    const app = makeTestApp();
    cleanups.push(() => app.dispose());
    app.staff.add({ id: 'oReviewer-openid', name: '李审核', agency: '海原县科学技术局', role: 'reviewer' });
    const { baseUrl } = await startChannel(app.handle, overrides);
    return { app, baseUrl };
  }

  it("plain mode: a reviewer's staff command is refused in Chinese, citizen questions still answered, nothing written", async () => {
    const { app, baseUrl } = await startAppChannel({});
    const pause = await post(
      baseUrl,
      signedQuery(),
      textMessageXml({ content: '暂停提醒', msgId: '8800000000000000031', from: 'oReviewer-openid' }),
    );
    expect(field(pause.text, 'Content')).toBe(STAFF_UNVERIFIED_REPLY);
    expect(app.staff.byId('oReviewer-openid')!.remindersPaused).toBe(false);
    const list = await post(
      baseUrl,
      signedQuery(),
      textMessageXml({ content: '工作人员', msgId: '8800000000000000032', from: 'oReviewer-openid' }),
    );
    expect(field(list.text, 'Content')).toBe(STAFF_UNVERIFIED_REPLY);
    const question = await post(
      baseUrl,
      signedQuery(),
      textMessageXml({ content: '西工区科技局2024年办理了几件行政许可？', msgId: '8800000000000000033', from: 'oReviewer-openid' }),
    );
    expect(field(question.text, 'Content')).toContain('6件');
  });

  it('plain mode with the explicit setting, and safe mode, accept staff commands', async () => {
    const allowed = await startAppChannel({ trustUnsignedSender: true });
    const pause = await post(
      allowed.baseUrl,
      signedQuery(),
      textMessageXml({ content: '暂停提醒', msgId: '8800000000000000041', from: 'oReviewer-openid' }),
    );
    expect(field(pause.text, 'Content')).not.toBe(STAFF_UNVERIFIED_REPLY);
    expect(allowed.app.staff.byId('oReviewer-openid')!.remindersPaused).toBe(true);

    const safe = await startAppChannel({ encryptMode: 'safe', encodingAesKey: ENCODING_AES_KEY, appId: APP_ID });
    const encrypt = sealEnvelope(textMessageXml({ content: '工作人员', msgId: '8800000000000000042', from: 'oReviewer-openid' }));
    const query = signedQuery();
    const response = await post(
      safe.baseUrl,
      { ...query, encrypt_type: 'aes', msg_signature: sha1Sorted([TOKEN, query.timestamp, query.nonce, encrypt]) },
      `<xml><ToUserName><![CDATA[gh_x]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
    );
    const reply = field(openEnvelope(field(response.text, 'Encrypt')!).xml, 'Content')!;
    expect(reply).toContain('李审核');
  });
});
