/**
 * The WeCom app channel end to end: the real service (startService) on 127.0.0.1, callbacks sealed
 * and signed by the test's own implementation of the protocol, and a fake WeCom API for gettoken and
 * message/send. Staff are registered with the real CLI (`gongkai staff add`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createWeComApiClient } from '../../../src/channels/wecom-app/api-client.js';
import { main } from '../../../src/cli/main.js';
import { loadConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/core/log.js';
import { type RunningService, startService } from '../../../src/main.js';
import { ReminderLog } from '../../../src/reminders/reminder-log.js';
import { type FakeOpenAi, startFakeOpenAi } from '../../fixtures/fake-openai.js';
import {
  AGENT_ID,
  CORP_ID,
  type FakeWeCom,
  msgSignature,
  nextNonce,
  nowSeconds,
  openReply,
  postCallback,
  seal,
  SECRET,
  signedCallback,
  startFakeWeCom,
  textXml,
  WECOM_AES_KEY,
  WECOM_TOKEN,
} from './helpers.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-wecom-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

let databases = 0;
const XIGONG = '西工区科学技术局';

async function fakeWeCom(): Promise<FakeWeCom> {
  const fake = await startFakeWeCom();
  cleanups.push(() => fake.close());
  return fake;
}

/** The service with the WeCom app configured against the fake; `db` lets a test register staff first. */
async function serve(
  fake: FakeWeCom,
  options: { env?: Record<string, string>; db?: string; now?: () => Date; reminders?: boolean } = {},
): Promise<{ service: RunningService; base: string }> {
  const environment = {
    PORT: '0',
    HOST: '127.0.0.1',
    WECHAT_OA_TOKEN: 'oaToken2026',
    WECOM_CORP_ID: CORP_ID,
    WECOM_AGENT_ID: String(AGENT_ID),
    WECOM_SECRET: SECRET,
    WECOM_TOKEN,
    WECOM_ENCODING_AES_KEY: WECOM_AES_KEY,
    WECOM_API_BASE: fake.base,
    ...options.env,
  };
  const config = loadConfig(environment, { db: options.db ?? join(directory, `service-${(databases += 1)}.db`) });
  const service = await startService(config, silentLogger, { reminders: options.reminders ?? false, now: options.now });
  cleanups.push(() => service.stop());
  return { service, base: `http://127.0.0.1:${service.address.port}` };
}

/** `gongkai staff add` on a database file, as an operator would run it. */
async function staffAdd(db: string, id: string, name: string, role: 'clerk' | 'reviewer'): Promise<void> {
  let err = '';
  const status = await main(['--db', db, 'staff', 'add', '--id', id, '--name', name, '--agency', XIGONG, '--role', role], {
    out: () => undefined,
    err: (text) => void (err += text),
  });
  expect(err).toBe('');
  expect(status).toBe(0);
}

let messageIds = 7_400_000_000_000_000_000n;
const nextMessageId = () => String((messageIds += 1n));

/** A member's text through the callback; the decrypted passive reply ('' when WeCom got an empty answer). */
async function say(base: string, from: string, content: string): Promise<string> {
  const response = await postCallback(base, signedCallback(textXml({ from, content, msgId: nextMessageId() })));
  expect(response.status).toBe(200);
  if (response.text === '') return '';
  const reply = openReply(response.text);
  expect(reply).toMatchObject({ toUser: from, fromUser: CORP_ID, msgType: 'text' });
  return reply.content;
}

function verificationUrl(base: string, echostr: string, options: { token?: string; timestamp?: string } = {}): string {
  const timestamp = options.timestamp ?? nowSeconds();
  const nonce = nextNonce();
  const signature = msgSignature(options.token ?? WECOM_TOKEN, timestamp, nonce, echostr);
  return `${base}/wecom?msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}&echostr=${encodeURIComponent(echostr)}`;
}

describe('URL verification (GET /wecom)', () => {
  it('decrypts echostr and returns the plaintext; forged, stale, foreign and unsigned requests are refused', async () => {
    const fake = await fakeWeCom();
    const { base } = await serve(fake);
    const echo = '6047423961589432516';
    const good = await fetch(verificationUrl(base, seal(echo)));
    expect(good.status).toBe(200);
    expect(await good.text()).toBe(echo);

    // WeCom's '+' left unencoded in the query arrives as a space; the plaintext must still come back.
    let sealed = seal(echo);
    while (!sealed.includes('+')) sealed = seal(echo);
    const timestamp = nowSeconds();
    const nonce = nextNonce();
    const raw = `${base}/wecom?msg_signature=${msgSignature(WECOM_TOKEN, timestamp, nonce, sealed)}&timestamp=${timestamp}&nonce=${nonce}&echostr=${sealed.replace(/\//g, '%2F').replace(/=/g, '%3D')}`;
    expect(await (await fetch(raw)).text()).toBe(echo);

    for (const [why, url, status] of [
      ['wrong token', verificationUrl(base, seal(echo), { token: 'notTheToken' }), 403],
      ['an hour old', verificationUrl(base, seal(echo), { timestamp: nowSeconds(-3600) }), 403],
      ['sealed for another corp', verificationUrl(base, seal(echo, 'wwanothercorp0000')), 403],
      ['no signature', `${base}/wecom?timestamp=${nowSeconds()}&nonce=1&echostr=${encodeURIComponent(seal(echo))}`, 401],
    ] as const) {
      const response = await fetch(url);
      expect({ why, status: response.status }).toEqual({ why, status });
      expect(await response.text()).not.toContain(echo);
    }

    const health = (await (await fetch(`${base}/healthz`)).json()) as {
      ok: boolean;
      components: Record<string, { ok: boolean; detail?: string }>;
    };
    expect(health.ok).toBe(true);
    expect(health.components['wecom-app']).toEqual({ ok: true, detail: expect.stringContaining(`agent ${AGENT_ID}`) });
    // The web pages still answer on the same port.
    expect((await fetch(`${base}/r/`)).status).toBe(200);
  });
});

describe('messages (POST /wecom)', () => {
  it('answers an encrypted question with a passive encrypted reply, and a retry with the same reply', async () => {
    const fake = await fakeWeCom();
    const { base } = await serve(fake);
    const callback = signedCallback(
      textXml({ from: 'member-li', content: '西工区科技局2024年办理了几件行政许可？', msgId: nextMessageId() }),
    );
    const first = await postCallback(base, callback);
    expect(first.status).toBe(200);
    expect(first.text).not.toContain('行政许可');
    const reply = openReply(first.text);
    expect(reply).toMatchObject({ toUser: 'member-li', fromUser: CORP_ID, msgType: 'text' });
    expect(reply.content).toContain('6件');
    expect(reply.content).toContain('《西工区科学技术局2024年政府信息公开工作年度报告》');
    // WeCom retries the identical request when it saw no answer in time: the same answer, sealed anew.
    const retry = await postCallback(base, callback);
    expect(retry.status).toBe(200);
    expect(openReply(retry.text).content).toBe(reply.content);
    // Opening the app (enter_agent) is a quiet event: an empty answer, as WeCom expects when there is nothing to say.
    const opened = `<xml><ToUserName><![CDATA[${CORP_ID}]]></ToUserName><FromUserName><![CDATA[member-li]]></FromUserName><CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[enter_agent]]></Event><EventKey><![CDATA[]]></EventKey><AgentID>${AGENT_ID}</AgentID></xml>`;
    expect(await postCallback(base, signedCallback(opened))).toEqual({ status: 200, text: '' });
    // A message for another app of the corp is not answered as this one.
    const otherAgent = await postCallback(
      base,
      signedCallback(textXml({ from: 'member-li', content: '你好', msgId: nextMessageId(), agentId: AGENT_ID + 1 })),
    );
    expect(otherAgent.status).toBe(403);
    expect(fake.sendCalls).toEqual([]);
  });

  it('is not there when the WeCom app is not configured: /wecom falls to the web pages’ 404', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'oaToken2026' }, { db: join(directory, 'no-wecom.db') });
    const service = await startService(config, silentLogger, { reminders: false });
    cleanups.push(() => service.stop());
    const base = `http://127.0.0.1:${service.address.port}`;
    expect((await postCallback(base, signedCallback(textXml({ from: 'member-li', content: '你好', msgId: nextMessageId() })))).status).toBe(
      404,
    );
    const health = (await (await fetch(`${base}/healthz`)).json()) as { components: Record<string, unknown> };
    expect(health.components['wecom-app']).toBeUndefined();
  });

  it('a registered clerk enters a figure; forged, stale and body-swapped requests change nothing, a retry does not run twice', async () => {
    const fake = await fakeWeCom();
    const db = join(directory, 'clerk.db');
    await staffAdd(db, 'zhangsan', '张三', 'clerk');
    const { service, base } = await serve(fake, { db });

    const entry = signedCallback(textXml({ from: 'zhangsan', content: '行政许可 6', msgId: nextMessageId() }));
    const saved = await postCallback(base, entry);
    expect(saved.status).toBe(200);
    expect(openReply(saved.text).content).toContain('已保存');
    const draft = () => service.app.drafts.all().find((candidate) => candidate.agency === XIGONG)!;
    expect(service.app.drafts.tables(draft().id).proactive.licensing).toEqual([6]);
    const history = service.app.drafts.history(draft().id).length;

    // The same request again (WeCom's retry, or someone replaying it inside the window): the first answer, nothing run again.
    const again = await postCallback(base, entry);
    expect(openReply(again.text).content).toBe(openReply(saved.text).content);
    expect(service.app.drafts.history(draft().id)).toHaveLength(history);

    const forged = signedCallback(textXml({ from: 'zhangsan', content: '行政许可 9', msgId: nextMessageId() }), { token: 'attackerToken' });
    expect((await postCallback(base, forged)).status).toBe(403);
    const stale = signedCallback(textXml({ from: 'zhangsan', content: '行政许可 9', msgId: nextMessageId() }), {
      timestamp: nowSeconds(-600),
    });
    expect((await postCallback(base, stale)).status).toBe(403);
    // A captured signed query with another sealed body: msg_signature covers Encrypt, so it no longer verifies.
    const swapped = {
      query: entry.query,
      body: signedCallback(textXml({ from: 'zhangsan', content: '行政许可 9', msgId: nextMessageId() })).body,
    };
    expect((await postCallback(base, swapped)).status).toBe(403);
    // Sealed for another corp (another WeCom app sharing the token would be one).
    const foreign = signedCallback(textXml({ from: 'zhangsan', content: '行政许可 9', msgId: nextMessageId() }), {
      receiveId: 'wwanothercorp0000',
    });
    expect((await postCallback(base, foreign)).status).toBe(403);
    expect((await postCallback(base, { query: entry.query.replace(/msg_signature=[^&]+&/, ''), body: entry.body })).status).toBe(401);

    expect(service.app.drafts.tables(draft().id).proactive.licensing).toEqual([6]);
    expect(service.app.drafts.history(draft().id)).toHaveLength(history);
    // A member nobody registered is a citizen: the same words are no staff command.
    expect(await say(base, 'someone-else', '行政许可 9')).not.toContain('已保存');
    expect(service.app.drafts.tables(draft().id).proactive.licensing).toEqual([6]);
  });

  it('data entry through WeCom to submission, and the reviewer is notified through message/send', async () => {
    const fake = await fakeWeCom();
    const db = join(directory, 'review.db');
    await staffAdd(db, 'zhangsan', '张三', 'clerk');
    await staffAdd(db, 'lisi', '李四', 'reviewer');
    const { service, base } = await serve(fake, { db, env: { REMINDER_NOTIFIERS: 'wecom-app' } });
    const permits = 37;
    for (const text of [
      '填报2024年度',
      `行政许可 ${permits}`,
      '其余为0',
      '确认',
      '总体情况：我局认真落实条例。',
      '存在的主要问题及改进情况：形式单一。',
      '其他需要报告的事项：无。',
    ]) {
      expect(await say(base, 'zhangsan', text)).not.toBe('');
    }
    expect(await say(base, 'zhangsan', '提交')).toContain('已提交审核');
    const draft = service.app.drafts.get(service.app.reports.agencyByName(XIGONG)!.id, 2024)!;
    expect(draft.status).toBe('submitted');
    expect(service.app.drafts.tables(draft.id).proactive.licensing).toEqual([permits]);

    const [notice] = await fake.waitForSent(1);
    expect(fake.problems).toEqual([]);
    expect(notice).toMatchObject({ touser: 'lisi', msgtype: 'text', agentid: AGENT_ID });
    expect(notice.content).toContain('张三提交审核');
    expect(fake.tokenCalls).toHaveLength(1);
    // The reviewer approves from WeCom too; the clerk hears of it the same way.
    expect(await say(base, 'lisi', '通过')).toContain('已通过并发布');
    const sent = await fake.waitForSent(2);
    expect(sent[1]).toMatchObject({ touser: 'zhangsan', agentid: AGENT_ID });
    expect(sent[1].content).toContain('审核通过并发布');
    expect(fake.tokenCalls).toHaveLength(1);
  });
});

describe('answers that miss the passive window', () => {
  /** A question the offline engine cannot place, so the (slow) model is asked first. */
  const HARD = '西工区那个管科技的局2024年盖章同意了多少回？';

  it('go out through message/send with a cached token, renewed once after 42001', async () => {
    const fake = await fakeWeCom();
    const model: FakeOpenAi = await startFakeOpenAi(() => ({ delayMs: 700, body: {} }));
    cleanups.push(() => model.close());
    const { service, base } = await serve(fake, {
      env: {
        ANSWER_BUDGET_MS: '200',
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: model.baseUrl,
        OPENAI_MODEL: 'fake-model',
        OPENAI_TIMEOUT_MS: '3000',
      },
    });
    const offline = service.app.engine.ask(HARD, { user: 'reference' }).answer;

    const sentBefore = fake.sent.length;
    expect(await say(base, 'member-wang', HARD)).toBe('');
    // Answered empty on the 200 ms budget, before the 700 ms model answered: nothing was sent yet (no wall-clock bound).
    expect(fake.sent.length).toBe(sentBefore);
    const [late] = await fake.waitForSent(1);
    expect(late).toMatchObject({
      touser: 'member-wang',
      msgtype: 'text',
      agentid: AGENT_ID,
      content: offline,
      accessToken: 'ACCESS_TOKEN_1',
    });

    expect(await say(base, 'member-zhao', HARD)).toBe('');
    await fake.waitForSent(2);
    expect(fake.tokenCalls.map((call) => call.issued)).toEqual(['ACCESS_TOKEN_1']);

    fake.expireNextSend();
    expect(await say(base, 'member-wang', HARD)).toBe('');
    const sent = await fake.waitForSent(3);
    expect(sent[2]).toMatchObject({ touser: 'member-wang', accessToken: 'ACCESS_TOKEN_2' });
    expect(fake.tokenCalls.map((call) => call.issued)).toEqual(['ACCESS_TOKEN_1', 'ACCESS_TOKEN_2']);
    expect(fake.sendCalls.map((call) => call.errcode)).toEqual([0, 0, 42001, 0]);
    expect(fake.tokenCalls.every((call) => call.corpid === CORP_ID && call.corpsecret === SECRET)).toBe(true);
    expect(fake.problems).toEqual([]);
  });
});

describe('the access token', () => {
  it('is cached until shortly before expires_in, then fetched again; a second expiry in a row fails the send', async () => {
    const fake = await fakeWeCom();
    let clock = Date.parse('2026-03-02T08:00:00Z');
    const client = createWeComApiClient({
      apiBase: fake.base,
      corpId: CORP_ID,
      secret: SECRET,
      agentId: AGENT_ID,
      logger: silentLogger,
      now: () => clock,
    });
    expect(await Promise.all([client.getAccessToken(), client.getAccessToken()])).toEqual(['ACCESS_TOKEN_1', 'ACCESS_TOKEN_1']);
    clock += 6000_000;
    expect(await client.getAccessToken()).toBe('ACCESS_TOKEN_1');
    // Within the last minutes of its 7200 s the token is replaced before WeCom would refuse it.
    clock += 1100_000;
    expect(await client.getAccessToken()).toBe('ACCESS_TOKEN_2');
    expect(fake.tokenCalls).toHaveLength(2);

    await client.sendText('member-a', '第一条');
    fake.expireNextSend();
    await client.sendText('member-a', '第二条');
    expect(fake.sent.map((message) => [message.content, message.accessToken])).toEqual([
      ['第一条', 'ACCESS_TOKEN_2'],
      ['第二条', 'ACCESS_TOKEN_3'],
    ]);

    // Refreshed once, not in a loop: a token refused twice in a row is an error to report.
    fake.expireNextSend(2);
    await expect(client.sendText('member-a', '第三条')).rejects.toThrow(/42001/);
    expect(fake.tokenCalls).toHaveLength(4);
    expect(fake.sent).toHaveLength(2);
  });

  it('a wrong secret fails with the errcode, never the secret', async () => {
    const fake = await fakeWeCom();
    const client = createWeComApiClient({
      apiBase: fake.base,
      corpId: CORP_ID,
      secret: 'not-the-secret',
      agentId: AGENT_ID,
      logger: silentLogger,
    });
    const failure = await client.sendText('member-a', '你好').then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toContain('40001');
    expect(failure?.message).not.toContain('not-the-secret');
    expect(fake.sent).toEqual([]);
  });
});

describe('reminders through the wecom-app notifier', () => {
  it('reach a clerk registered by WeCom userid, once, recorded in the reminder log', async () => {
    const fake = await fakeWeCom();
    const db = join(directory, 'reminders.db');
    await staffAdd(db, 'zhangsan', '张三', 'clerk');
    // A reminder day (3 days before the department deadline) in the sending hour: the start-up pass sends it.
    const { service } = await serve(fake, {
      db,
      reminders: true,
      now: () => new Date('2026-01-28T09:30:00+08:00'),
      env: { REMINDER_NOTIFIERS: 'wecom-app' },
    });
    const [reminder] = await fake.waitForSent(1);
    expect(fake.problems).toEqual([]);
    expect(reminder).toMatchObject({ touser: 'zhangsan', msgtype: 'text', agentid: AGENT_ID });
    expect(reminder.content).toContain(`【年报提醒】${XIGONG}2025年度报告`);
    expect(reminder.content).toContain('还剩3天');
    // The row is written 'pending' before the send and marked once WeCom's answer is read, which
    // can come after the fake has the message: wait for the row to settle.
    const deadline = Date.now() + 10_000;
    const settled = () => new ReminderLog(service.app.db).all().some((entry) => entry.status !== 'pending');
    while (!settled() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(new ReminderLog(service.app.db).all()).toEqual([expect.objectContaining({ channel: `wecom-app:${AGENT_ID}`, status: 'sent' })]);
    expect(fake.sent).toHaveLength(1);
  });
});

describe('settings', () => {
  it('a partial WeCom setup stops start-up with every missing setting listed', () => {
    expect(() => loadConfig({ WECOM_CORP_ID: CORP_ID, WECOM_TOKEN })).toThrow(
      /WECOM_ENCODING_AES_KEY[\s\S]*WECOM_AGENT_ID[\s\S]*WECOM_SECRET/,
    );
    expect(() => loadConfig({ WECOM_SECRET: SECRET })).toThrow(/WECOM_CORP_ID[\s\S]*WECOM_AGENT_ID/);
    expect(() => loadConfig({ WECOM_CORP_ID: CORP_ID, WECOM_AGENT_ID: 'abc', WECOM_SECRET: SECRET })).toThrow(/WECOM_AGENT_ID/);
    expect(() =>
      loadConfig({ WECOM_CORP_ID: CORP_ID, WECOM_AGENT_ID: '1000002', WECOM_SECRET: SECRET, WECOM_TOKEN, WECOM_ENCODING_AES_KEY: 'short' }),
    ).toThrow(/WECOM_ENCODING_AES_KEY/);
    const complete = loadConfig({
      WECOM_CORP_ID: CORP_ID,
      WECOM_AGENT_ID: '1000002',
      WECOM_SECRET: SECRET,
      WECOM_TOKEN,
      WECOM_ENCODING_AES_KEY: WECOM_AES_KEY,
    });
    expect(complete.WECOM_AGENT_ID).toBe(1000002);
    expect(complete.WECOM_API_BASE).toBe('https://qyapi.weixin.qq.com');
  });

  it('the wecom-app notifier without the app stops start-up', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', REMINDER_NOTIFIERS: 'wecom-app' }, { db: join(directory, 'no-app.db') });
    await expect(startService(config, silentLogger, { reminders: false })).rejects.toThrow(/wecom-app needs the WeCom app/);
  });
});
