/**
 * A read-only or full database gives staff the documented Chinese message on every write path
 * (data entry, undo, submit, staff administration, reminder settings), never the generic
 * apology; questions keep working. Real SQLite file; query_only and max_page_count make SQLite
 * itself refuse the writes, as a read-only mount or a full disk would.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APOLOGY } from '../../src/core/pipeline.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const NOW = new Date('2026-11-24T10:00:00+08:00');
const READ_ONLY = '数据库目前是只读的，刚才的内容没有保存';
const DISK_FULL = '服务器磁盘已满，刚才的内容没有保存';
let app: TestApp;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  app = makeTestApp({ now: () => NOW });
  app.staff.add({ id: 'clerk', name: '张三', agency: '西工区科学技术局', role: 'clerk' });
  app.staff.add({ id: 'rev', name: '王五', agency: '西工区科学技术局', role: 'reviewer' });
});
afterEach(() => {
  app.db.pragma('query_only = OFF');
  app.dispose();
  vi.useRealTimers();
});

async function say(user: string, text: string): Promise<string> {
  vi.setSystemTime(Date.now() + 4000);
  return app.handle({ channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date() });
}

describe('write failures reach staff as the documented message', () => {
  it('read-only: opening a draft, entering, undoing, pausing reminders and adding staff all say so', async () => {
    await say('clerk', '填报2025年度');
    await say('clerk', '行政许可 6');
    app.db.pragma('query_only = ON');
    for (const [user, text] of [
      ['clerk', '行政许可 7'],
      ['clerk', '撤销'],
      ['rev', '填报2024年度'],
      ['rev', '暂停提醒'],
      ['rev', '添加工作人员 new-clerk 赵六 clerk'],
    ]) {
      const reply = await say(user, text);
      expect(reply, text).toContain(READ_ONLY);
      expect(reply, text).not.toBe(APOLOGY);
    }
    expect((await app.ask('西工区科技局2024年办理了几件行政许可？')).answer).toContain('6件');
  });

  it('full disk: a pasted entry says the disk is full', async () => {
    await say('clerk', '填报2025年度');
    const pages = app.db.pragma('page_count', { simple: true }) as number;
    app.db.pragma(`max_page_count = ${pages}`);
    try {
      // Enough text to need new pages.
      const reply = await say('clerk', `总体情况：${'我局认真落实政府信息公开条例，'.repeat(400)}`);
      expect(reply).toContain(DISK_FULL);
    } finally {
      app.db.pragma('max_page_count = 1073741823');
    }
  });
});
