/** Follow-ups in one chat reuse the last agency, year and figure; the memory is per user and expires. */
import { afterAll, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../src/core/message.js';
import { makeTestApp } from '../helpers.js';

let clock = new Date('2026-11-24T10:00:00+08:00').getTime();
const app = makeTestApp({ now: () => new Date(clock) });
afterAll(() => app.dispose());

function say(user: string, text: string): Promise<string> {
  const message: IncomingMessage = { channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date(clock) };
  return app.handle(message);
}

describe('follow-ups', () => {
  it('reuse agency, year and figure per user', async () => {
    expect(await say('alice', '西工区科技局2024年办理了几件行政许可？')).toContain('西工区科学技术局2024年行政许可本年处理决定数量为6件');
    expect(await say('alice', '海原县呢？')).toContain('海原县科学技术局2024年行政许可本年处理决定数量为0件');
    expect(await say('alice', '那行政处罚呢')).toContain('海原县科学技术局2024年行政处罚');
    expect(await say('alice', '那2023年呢？')).toContain('没有海原县科学技术局2023年的年度报告');
    expect(await say('bob', '那2023年呢？')).not.toContain('没有海原县科学技术局2023年');
  });

  it('switch the figure within the same agency and year, then the applicant breakdown', async () => {
    expect(await say('carol', '中卫市科学技术局2025年新收了多少件申请？')).toContain('1件');
    expect(await say('carol', '结转到下一年的有多少？')).toContain('中卫市科学技术局2025年结转下年度继续办理');
    expect(await say('carol', '申请都是谁提出的？')).toContain('自然人1件');
  });

  it('expire after ten minutes', async () => {
    expect(await say('dave', '西工区科技局2024年行政许可多少件')).toContain('6件');
    clock += 11 * 60 * 1000;
    const reply = await say('dave', '海原县呢？');
    expect(reply).not.toContain('海原县科学技术局2024年行政许可');
  });

  it('answer events, unsupported messages and help through the same router', async () => {
    const base = { channel: 'console', user: 'erin', chat: 'erin', text: '', receivedAt: new Date(clock) };
    expect(await app.handle({ ...base, kind: 'event', event: 'subscribe' })).toContain('欢迎关注');
    expect(await app.handle({ ...base, kind: 'event', event: 'unsubscribe' })).toBe('');
    expect(await app.handle({ ...base, kind: 'unsupported', unsupportedType: 'image' })).toContain('文字');
    expect(await app.handle({ ...base, kind: 'text', text: '帮助' })).toContain('您可以这样问');
    expect(await app.handle({ ...base, kind: 'text', text: '问'.repeat(2500) })).toContain('太长');
  });

  it('slows down a user who floods, not the others', async () => {
    const replies: string[] = [];
    for (let index = 0; index < 25; index += 1) replies.push(await say('flooder', '西工区科技局2024年行政许可多少件'));
    expect(replies.filter((reply) => reply.includes('太频繁'))).toHaveLength(5);
    expect(await say('calm', '西工区科技局2024年行政许可多少件')).toContain('6件');
  });
});
