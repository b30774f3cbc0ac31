import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/config.js';
import { GongkaiError } from '../../../src/core/errors.js';
import { createConsoleNotifier } from '../../../src/reminders/notifiers/console.js';
import { createNotifierDirectory, parseNotifierList } from '../../../src/reminders/notifiers/directory.js';
import { createOaTemplateNotifier } from '../../../src/reminders/notifiers/oa-template.js';
import type { ReminderMessage } from '../../../src/reminders/notifiers/port.js';
import { createRateLimiter } from '../../../src/reminders/notifiers/rate-limiter.js';
import { createWechatyContactNotifier, createWechatyRoomNotifier } from '../../../src/reminders/notifiers/wechaty.js';
import { weComChannelName } from '../../../src/reminders/notifiers/wecom.js';

const reminder: ReminderMessage = {
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
    { id: 'oa-openid-1', name: '张三', role: 'clerk', mobile: '13800000001' },
    { id: 'oa-openid-2', name: '李四', role: 'clerk' },
  ],
  summary: '表三还缺：上年结转、办理结果；第五部分未填写。',
  text: '【年报提醒】洛阳市西工区科学技术局2025年度报告\n致：张三、李四\n表三还缺：上年结转、办理结果；第五部分未填写。',
};

function collect(): { stream: Writable; text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      written += String(chunk);
      callback();
    },
  });
  return { stream, text: () => written };
}

describe('rate limiter (virtual clock)', () => {
  it('lets 20 through in a minute and makes the 21st wait, not drop', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({
      limit: 20,
      windowMs: 60_000,
      clock: {
        now: () => now,
        sleep: async (milliseconds) => {
          waits.push(milliseconds);
          now += milliseconds;
        },
      },
    });
    const times: number[] = [];
    for (let index = 0; index < 45; index += 1) {
      await limiter.acquire();
      times.push(now);
      now += 100;
    }
    expect(times.length).toBe(45);
    for (const start of times) expect(times.filter((time) => time >= start && time < start + 60_000).length).toBeLessThanOrEqual(20);
    expect(waits.length).toBeGreaterThan(0);
    expect(times[20]).toBeGreaterThanOrEqual(60_000);
  });
});

describe('console and Wechaty notifiers', () => {
  it('console writes the text and who it is for', async () => {
    const output = collect();
    await createConsoleNotifier(output.stream).send(reminder);
    expect(output.text()).toContain('→ 张三（13800000001）、李四');
    expect(output.text()).toContain('表三还缺');
  });

  it('a room gets one message; contacts get one each', async () => {
    const said: Array<[string, string]> = [];
    const say = async (target: string, text: string) => void said.push([target, text]);
    const room = createWechatyRoomNotifier({ room: 'room-42@chatroom', say });
    expect(room.name).toBe('wechaty-room:room-42@chatroom');
    expect(room.perRecipient).toBeFalsy();
    await room.send(reminder);
    const contacts = createWechatyContactNotifier({ say });
    expect(contacts.perRecipient).toBe(true);
    await contacts.send({ ...reminder, recipients: [reminder.recipients[0]] });
    expect(said).toEqual([
      ['room-42@chatroom', reminder.text],
      ['oa-openid-1', reminder.text],
    ]);
  });
});

describe('official-account template message (fake api.weixin.qq.com on 127.0.0.1)', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function fakeApi(errcode: number) {
    const requests: Array<{ url: string; body: Record<string, unknown> }> = [];
    server = http.createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        requests.push({ url: request.url!, body: JSON.parse(body) });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ errcode, errmsg: errcode === 0 ? 'ok' : 'invalid template_id', msgid: 1 }));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
  }

  it('posts the template to the recipient’s openid with a fresh access token', async () => {
    const api = await fakeApi(0);
    const notifier = createOaTemplateNotifier({ base: api.base, templateId: 'TPL-1', getAccessToken: async () => 'TOKEN-abc' });
    expect(notifier.perRecipient).toBe(true);
    await notifier.send({ ...reminder, recipients: [reminder.recipients[0]] });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0].url).toBe('/cgi-bin/message/template/send?access_token=TOKEN-abc');
    expect(api.requests[0].body).toMatchObject({
      touser: 'oa-openid-1',
      template_id: 'TPL-1',
      data: {
        keyword1: { value: '洛阳市西工区科学技术局' },
        keyword2: { value: '2026年1月31日（星期六），还剩3天' },
        keyword3: { value: reminder.summary },
      },
    });
  });

  it('errcode ≠ 0 is a failure', async () => {
    const api = await fakeApi(40037);
    const notifier = createOaTemplateNotifier({ base: api.base, templateId: 'TPL-bad', getAccessToken: async () => 'TOKEN' });
    await expect(notifier.send(reminder)).rejects.toThrow(/errcode 40037/);
  });
});

describe('notifier configuration', () => {
  it('parses REMINDER_NOTIFIERS and lists every unusable entry', () => {
    expect(parseNotifierList('console, wecom,wechaty-room:R1,oa-template:T1,wechaty')).toEqual([
      { type: 'console' },
      { type: 'wecom', format: 'text' },
      { type: 'wechaty-room', room: 'R1' },
      { type: 'oa-template', template_id: 'T1' },
      { type: 'wechaty' },
    ]);
    expect(() => parseNotifierList('console,sms,wechaty-room')).toThrow(/"sms"[\s\S]*"wechaty-room"/);
  });

  it('routes agencies by data, falls back to the default, and fails at start-up when a dependency is missing', () => {
    const config = loadConfig({ REMINDER_NOTIFIERS: 'console', WECOM_WEBHOOK_KEY: 'default-key' });
    const routing = {
      version: 1 as const,
      agencies: {
        中卫市科学技术局: [
          { type: 'wecom' as const, format: 'text' as const },
          { type: 'wecom' as const, key: 'other-key', format: 'markdown' as const },
        ],
      },
    };
    const directory = createNotifierDirectory({ config, routing });
    expect(directory({ id: 1, name: '中卫市科学技术局' }).map((notifier) => notifier.name)).toEqual([
      weComChannelName('default-key'),
      weComChannelName('other-key'),
    ]);
    expect(directory({ id: 2, name: '海原县科学技术局' }).map((notifier) => notifier.name)).toEqual(['console']);
    // The channel name never carries the key.
    expect(weComChannelName('default-key')).not.toContain('default-key');

    const broken = () =>
      createNotifierDirectory({
        config: loadConfig({ REMINDER_NOTIFIERS: 'wecom,wechaty' }),
        routing: { version: 1, agencies: { 海原县科学技术局: [{ type: 'oa-template', template_id: 'T' }] } },
      });
    expect(broken).toThrow(GongkaiError);
    expect(broken).toThrow(/wecom notifier needs a key[\s\S]*wechaty needs Wechaty[\s\S]*oa-template needs the official account/);
  });

  it('the shipped data/notifiers.json is valid', () => {
    const directory = createNotifierDirectory({ config: loadConfig({}) });
    expect(directory({ id: 1, name: '任何机关' }).map((notifier) => notifier.name)).toEqual(['console']);
  });
});
