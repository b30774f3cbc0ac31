/**
 * Staff identity is (channel, user id): the same id on two channels can be two people, an
 * operator names the channel with `gongkai staff add --channel`, and a database from before
 * migration 13 keeps every staff member able to enter data on the channels they used.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import type { IncomingMessage } from '../../src/core/message.js';
import { loadDeadlineCalendar } from '../../src/reminders/calendar.js';
import { createWechatyContactNotifier } from '../../src/reminders/notifiers/wechaty.js';
import { createWeComAppNotifier } from '../../src/reminders/notifiers/wecom-app.js';
import { runReminderPass } from '../../src/reminders/pass.js';
import { openDatabase } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ReportStore } from '../../src/store/report-store.js';
import { runCli } from '../cli-run.js';

const NOW = new Date('2026-11-24T10:00:00+08:00');
let directory: string;
let db: string;
let app: App | undefined;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-identity-'));
  db = join(directory, 'identity.db');
  // Each message moves the clock, so that the per-user rate limit never interferes.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  app?.close();
  app = undefined;
  vi.useRealTimers();
  rmSync(directory, { recursive: true, force: true });
});

const open = () => createApp(loadConfig({}, { db }), { logger: silentLogger, seed: true, now: () => NOW });

async function say(channel: string, user: string, text: string): Promise<string> {
  vi.setSystemTime(Date.now() + 4000);
  const message: IncomingMessage = { channel, user, chat: user, text, kind: 'text', receivedAt: new Date() };
  return app!.handle(message);
}

const add = (...argv: string[]) => runCli(['--db', db, 'staff', 'add', ...argv]);

describe('gongkai staff --channel', () => {
  it('the same user id on two channels is two people, each with their own agency; elsewhere it is nobody', async () => {
    expect(
      (
        await add(
          '--id',
          'u1',
          '--name',
          '张三',
          '--agency',
          '海原县教育局',
          '--create-agency',
          '--role',
          'clerk',
          '--channel',
          'wecom-app',
        )
      ).status,
    ).toBe(0);
    const second = await add('--id', 'u1', '--name', '李四', '--agency', '西工区科技局', '--role', 'clerk', '--channel', 'wechat-oa');
    expect(second.status).toBe(0);
    expect(second.out).toContain('ID wechat-oa:u1（wechat-oa 用户 u1）');
    // The same person twice on one channel is refused.
    const again = await add('--id', 'u1', '--name', '王五', '--agency', '西工区科技局', '--role', 'clerk', '--channel', 'wecom-app');
    expect(again.status).toBe(2);
    expect(again.err).toContain('已登记：张三 clerk 海原县教育局');

    app = open();
    expect(await say('wecom-app', 'u1', '填报2025年度')).toContain('开始填报《海原县教育局2025年政府信息公开工作年度报告》');
    expect(await say('wechat-oa', 'u1', '填报2025年度')).toContain('西工区科学技术局2025年政府信息公开工作年度报告》');
    // On a channel nobody registered u1 for, u1 is a citizen: no draft is opened.
    const drafts = app.drafts.all().length;
    expect(await say('wechaty', 'u1', '填报2025年度')).not.toContain('开始填报');
    expect(app.drafts.all()).toHaveLength(drafts);
    app.close();
    app = undefined;

    const listed = await runCli(['--db', db, 'staff', 'list']);
    expect(listed.out).toContain('u1\t张三\tclerk\t海原县教育局\t\twecom-app');
    expect(listed.out).toContain('wechat-oa:u1\t李四\tclerk\t西工区科学技术局\t\twechat-oa=u1');
    // Removing one channel's person leaves the other.
    expect((await runCli(['--db', db, 'staff', 'remove', '--id', 'u1', '--channel', 'wechat-oa'])).out).toContain('wechat-oa:u1');
    const left = JSON.parse((await runCli(['--db', db, 'staff', 'list', '--json'])).out) as Array<{ id: string; name: string }>;
    expect(left.map((member) => member.name)).toEqual(['张三']);
  });

  it('an unknown channel is refused in Chinese, naming the channels there are', async () => {
    const result = await add(
      '--id',
      'u2',
      '--name',
      '张三',
      '--agency',
      '海原县教育局',
      '--create-agency',
      '--role',
      'clerk',
      '--channel',
      'dingtalk',
    );
    expect(result.status).toBe(2);
    expect(result.err).toContain('--channel 应为 console、wechat-oa、wechaty、wecom-app 之一');
  });

  it('without --channel a member is known by their id on every channel, as before', async () => {
    expect((await add('--id', 'u3', '--name', '张三', '--agency', '海原县教育局', '--create-agency', '--role', 'clerk')).status).toBe(0);
    expect((await runCli(['--db', db, 'staff', 'list'])).out).toContain('u3\t张三\tclerk\t海原县教育局\t\tall');
    // Registering that id again for one channel is the same identity, so it is refused.
    const again = await add('--id', 'u3', '--name', '李四', '--agency', '西工区科技局', '--role', 'clerk', '--channel', 'wechaty');
    expect(again.status).toBe(2);
    app = open();
    expect(await say('wechaty', 'u3', '填报2025年度')).toContain('开始填报《海原县教育局');
  });
});

describe('registering while the service runs', () => {
  it('a member added beside a running service is known on their next messages, not answered as a citizen from a stale memory', async () => {
    app = open();
    // Both first messages come from citizens: the pipeline now remembers them as nobody.
    expect(await say('wecom-app', 'late-clerk', '填报2025年度')).not.toContain('开始填报');
    expect(await say('wechaty', 'late-reviewer', '工作人员')).not.toContain('张三（');
    // Another connection (`gongkai staff add` in another process while `serve` runs).
    expect(
      (await add('--id', 'late-clerk', '--name', '张三', '--agency', '海原县教育局', '--create-agency', '--role', 'clerk')).status,
    ).toBe(0);
    // Another connection's commit is seen once ReportStore.changeStamp looks at the data version again (every 100 ms).
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await say('wecom-app', 'late-clerk', '填报2025年度')).toContain('开始填报《海原县教育局2025年政府信息公开工作年度报告》');
    // This connection's own write is seen at once.
    app.staff.add({ id: 'late-reviewer', name: '李四', agency: '海原县教育局', role: 'reviewer', channel: 'wechaty' });
    expect(await say('wechaty', 'late-reviewer', '工作人员')).toContain('张三（');
    // …and so is a removal: the removed member is a citizen again.
    app.staff.remove('late-clerk');
    expect(await say('wecom-app', 'late-clerk', '填报2025年度')).not.toContain('开始填报');
  });
});

describe('migration 13 on a database from before it', () => {
  it('keeps every staff member, on every chat channel, able to enter data', async () => {
    // The schema as released up to version 12, with staff written the way that code wrote them.
    const old = openDatabase(db, { migrations: MIGRATIONS.filter((migration) => migration.version <= 12) });
    const agency = new ReportStore(old).ensureAgency('海原县教育局');
    const insert = old.prepare('INSERT INTO staff (id, name, agency_id, role, created_at) VALUES (?, ?, ?, ?, ?)');
    insert.run('old-clerk', '张三', agency.id, 'clerk', '2025-01-01T00:00:00.000Z');
    insert.run('old-reviewer', '李四', agency.id, 'reviewer', '2025-01-01T00:00:00.000Z');
    old
      .prepare("INSERT INTO staff (id, name, agency_id, role, created_at, scope) VALUES ('old-office', '王五', NULL, 'office', ?, '')")
      .run('2025-01-01T00:00:00.000Z');
    old.close();

    app = open();
    expect(app.db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get()).toBeGreaterThanOrEqual(13);
    for (const channel of ['console', 'wechat-oa', 'wechaty', 'wecom-app']) {
      expect(app.staff.identify(channel, 'old-clerk')?.name).toBe('张三');
      expect(app.staff.identify(channel, 'old-reviewer')?.role).toBe('reviewer');
      expect(app.staff.staffIdOf(channel, 'old-office')).toBe('old-office');
    }
    expect(await say('wecom-app', 'old-clerk', '填报2025年度')).toContain('开始填报《海原县教育局2025年政府信息公开工作年度报告》');
    expect(await say('wecom-app', 'old-clerk', '0')).toContain('已保存：规章：0 0 0');
    expect(await say('console', 'old-reviewer', '工作人员')).toContain('张三（');
    // The office member still gets a console link in chat.
    expect(await say('wechaty', 'old-office', '登录')).toContain('/console/login?token=');
  });
});

describe('notifications by channel', () => {
  it('each notifier reaches a person at their user id on its own channel, and skips people not registered there', async () => {
    // u1 is one person on the WeCom app and another on Wechaty (staff id wechaty:u1); u2 is on every channel.
    await add('--id', 'u1', '--name', '张三', '--agency', '西工区科技局', '--role', 'clerk', '--channel', 'wecom-app');
    await add('--id', 'u1', '--name', '李四', '--agency', '西工区科技局', '--role', 'clerk', '--channel', 'wechaty');
    await add('--id', 'u2', '--name', '王五', '--agency', '西工区科技局', '--role', 'clerk');
    app = open();
    const sent: string[] = [];
    const wecomApp = createWeComAppNotifier({ agentId: 1, sendText: async (userId) => void sent.push(`wecom-app ${userId}`) });
    const wechaty = createWechatyContactNotifier({ say: async (contact) => void sent.push(`wechaty ${contact}`) });
    const at = new Date('2026-01-28T09:00:00+08:00');
    const result = await runReminderPass({ app, calendar: loadDeadlineCalendar(), notifiers: () => [wecomApp, wechaty], now: at, hour: 9 });
    expect(result.deliveries.length).toBeGreaterThan(0);
    expect(new Set(sent)).toEqual(new Set(['wecom-app u1', 'wecom-app u2', 'wechaty u1', 'wechaty u2']));
    expect(sent.filter((line) => line === 'wechaty u1')).toHaveLength(1);
  });
});
