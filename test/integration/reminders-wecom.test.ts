/**
 * A fake WeCom group-robot server on 127.0.0.1 (node:http, ephemeral port): it checks each payload
 * and records when it arrived on a virtual clock, so the 20-a-minute limit is tested in no time.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { byteLength } from '../../src/core/split.js';
import { loadDeadlineCalendar } from '../../src/reminders/calendar.js';
import { createNotifierDirectory } from '../../src/reminders/notifiers/directory.js';
import type { ReminderMessage } from '../../src/reminders/notifiers/port.js';
import {
  weComChannelName,
  createWeComNotifier,
  WECOM_MARKDOWN_MAX_BYTES,
  WECOM_TEXT_MAX_BYTES,
} from '../../src/reminders/notifiers/wecom.js';
import { runReminderPass } from '../../src/reminders/pass.js';
import { ReminderLog } from '../../src/reminders/reminder-log.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const KEY = 'robot-key-0123456789';

interface Received {
  at: number;
  key: string | null;
  body: { msgtype: string; text?: { content: string; mentioned_mobile_list?: string[] }; markdown?: { content: string } };
}

let virtualNow = 0;
const clock = { now: () => virtualNow, sleep: async (milliseconds: number) => void (virtualNow += milliseconds) };

let server: http.Server;
let base: string;
let received: Received[];
let problems: string[];
let answer: { errcode: number; errmsg: string };

beforeEach(async () => {
  virtualNow = Date.parse('2026-01-28T01:00:00Z');
  received = [];
  problems = [];
  answer = { errcode: 0, errmsg: 'ok' };
  server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://127.0.0.1');
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST') problems.push(`method ${request.method}`);
      if (url.pathname !== '/cgi-bin/webhook/send') problems.push(`path ${url.pathname}`);
      if (!String(request.headers['content-type']).startsWith('application/json'))
        problems.push(`content-type ${request.headers['content-type']}`);
      const parsed = JSON.parse(body) as Received['body'];
      const limit = parsed.msgtype === 'markdown' ? WECOM_MARKDOWN_MAX_BYTES : WECOM_TEXT_MAX_BYTES;
      const content = parsed.text?.content ?? parsed.markdown?.content ?? '';
      if (!['text', 'markdown'].includes(parsed.msgtype)) problems.push(`msgtype ${parsed.msgtype}`);
      if (byteLength(content) > limit) problems.push(`content of ${byteLength(content)} bytes`);
      received.push({ at: clock.now(), key: url.searchParams.get('key'), body: parsed });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

let app: TestApp | undefined;
afterEach(async () => {
  app?.dispose();
  app = undefined;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function maxInAnyMinute(times: number[]): number {
  return Math.max(...times.map((start) => times.filter((time) => time >= start && time < start + 60_000).length));
}

const message: ReminderMessage = {
  agencyId: 1,
  agency: '洛阳市西工区科学技术局',
  entryId: 'department-deadline',
  entryTitle: '部门年度报告发布截止',
  day: '2026-01-28',
  reportYear: 2025,
  deadline: '2026-01-31',
  daysLeft: 3,
  overdue: false,
  recipients: [
    { id: 'a', name: '张三', role: 'clerk', mobile: '13800000001' },
    { id: 'b', name: '李四', role: 'clerk' },
  ],
  summary: '表三还缺：上年结转。',
  text: '【年报提醒】洛阳市西工区科学技术局2025年度报告\n致：张三、李四\n表三还缺：上年结转。',
};

describe('WeCom group robot against a fake server', () => {
  it('25 agencies’ reminders through the pass: payloads right, mentions by mobile, never more than 20 in a minute', async () => {
    app = makeTestApp({ now: () => new Date('2026-01-28T09:00:00+08:00') });
    for (let index = 1; index <= 25; index += 1) {
      app.staff.add({
        id: `clerk-${index}`,
        name: `办事员${index}`,
        agency: `测试市第${index}科学技术局`,
        role: 'clerk',
        mobile: `139${String(index).padStart(8, '0')}`,
      });
    }
    const notifiers = createNotifierDirectory({
      config: loadConfig({ REMINDER_NOTIFIERS: 'wecom', WECOM_WEBHOOK_BASE: base, WECOM_WEBHOOK_KEY: KEY }),
      routing: { version: 1, agencies: {} },
      clock,
    });
    const result = await runReminderPass({
      app,
      calendar: loadDeadlineCalendar(),
      notifiers,
      now: new Date('2026-01-28T09:00:00+08:00'),
      hour: 9,
    });

    expect(problems).toEqual([]);
    expect(result.deliveries.filter((item) => item.status === 'sent')).toHaveLength(25);
    expect(received).toHaveLength(25);
    expect(received.every((item) => item.key === KEY && item.body.msgtype === 'text')).toBe(true);
    const first = received.find((item) => item.body.text!.content.includes('测试市第1科学技术局'))!;
    expect(first.body.text!.mentioned_mobile_list).toEqual(['13900000001']);
    expect(first.body.text!.content).toContain('还剩3天');
    // The limiter waited rather than dropped: the 21st went out a minute after the first.
    expect(maxInAnyMinute(received.map((item) => item.at))).toBeLessThanOrEqual(20);
    expect(received[20].at - received[0].at).toBeGreaterThanOrEqual(60_000);
    // The channel in the ledger names the robot without its key.
    const channels = new Set(new ReminderLog(app.db).all().map((row) => row.channel));
    expect([...channels]).toEqual([weComChannelName(KEY)]);
    expect([...channels][0]).not.toContain(KEY);
  });

  it('splits content over the byte limit (text 2048, markdown 4096), mentioning once', async () => {
    const long = { ...message, text: `${message.text}\n${'勾稽关系不符：第一项加第二项不等于第三项加第四项。\n'.repeat(120)}` };
    await createWeComNotifier({ base, key: KEY, clock }).send(long);
    expect(problems).toEqual([]);
    expect(received.length).toBeGreaterThan(1);
    expect(received.every((item) => byteLength(item.body.text!.content) <= WECOM_TEXT_MAX_BYTES)).toBe(true);
    expect(received.filter((item) => item.body.text!.mentioned_mobile_list)).toHaveLength(1);
    expect(
      received
        .map((item) => item.body.text!.content)
        .join('')
        .replace(/\n/g, ''),
    ).toBe(long.text.replace(/\n/g, ''));

    received = [];
    await createWeComNotifier({ base, key: KEY, format: 'markdown', clock }).send(long);
    expect(problems).toEqual([]);
    expect(
      received.every((item) => item.body.msgtype === 'markdown' && byteLength(item.body.markdown!.content) <= WECOM_MARKDOWN_MAX_BYTES),
    ).toBe(true);
    expect(received[0].body.markdown!.content.startsWith('**【年报提醒】')).toBe(true);
  });

  it('errcode ≠ 0 is a failure the pass records and retries', async () => {
    answer = { errcode: 93000, errmsg: 'invalid webhook url' };
    await expect(createWeComNotifier({ base, key: KEY, clock }).send(message)).rejects.toThrow(/errcode 93000/);

    app = makeTestApp({ now: () => new Date('2026-01-28T09:00:00+08:00') });
    app.staff.add({ id: 'xg-clerk', name: '张三', agency: '洛阳市西工区科学技术局', role: 'clerk', mobile: '13800000001' });
    const notifier = createWeComNotifier({ base, key: KEY, clock });
    const sleeps: number[] = [];
    const result = await runReminderPass({
      app,
      calendar: loadDeadlineCalendar(),
      notifiers: [notifier],
      now: new Date('2026-01-28T09:00:00+08:00'),
      hour: 9,
      retry: { sleep: async (milliseconds) => void sleeps.push(milliseconds) },
    });
    expect(result.deliveries.map((item) => item.status)).toEqual(['failed']);
    expect(sleeps).toEqual([2000, 4000]);
    expect(new ReminderLog(app.db).all()[0]).toMatchObject({ status: 'failed', attempts: 3, lastError: expect.stringContaining('93000') });
    expect(new ReminderLog(app.db).all()[0].lastError).not.toContain(KEY);

    answer = { errcode: 0, errmsg: 'ok' };
    const retried = await runReminderPass({
      app,
      calendar: loadDeadlineCalendar(),
      notifiers: [notifier],
      now: new Date('2026-01-28T10:00:00+08:00'),
      hour: 9,
    });
    expect(retried.deliveries.map((item) => item.status)).toEqual(['sent']);
  });
});
