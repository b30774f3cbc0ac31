/**
 * A whole reminder season (1 December 2025 – 31 March 2026) through the real pipeline: a real
 * SQLite file, the real ledger, the staff commands through app.handle, with a fake clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { IncomingMessage } from '../../src/core/message.js';
import { addCalendarDays, isWorkingDay } from '../../src/core/clock.js';
import { ROWS } from '../../src/report/catalogue.js';
import { loadDeadlineCalendar } from '../../src/reminders/calendar.js';
import type { Notifier, ReminderMessage } from '../../src/reminders/notifiers/port.js';
import { runReminderPass } from '../../src/reminders/pass.js';
import { ReminderLog } from '../../src/reminders/reminder-log.js';
import type { DraftChange } from '../../src/store/draft-store.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const calendar = loadDeadlineCalendar();
const XIGONG = '洛阳市西工区科学技术局';
const HAIYUAN = '海原县科学技术局';
const ZHONGWEI = '中卫市科学技术局'; // data/reports holds its 2025 report: published before the season starts
const GOVERNMENT = '中卫市人民政府办公室';

function recordingNotifier(name = 'test'): Notifier & { sent: ReminderMessage[] } {
  const sent: ReminderMessage[] = [];
  return { name, sent, send: async (reminder) => void sent.push(reminder) };
}

function at(day: string, time = '09:00'): Date {
  return new Date(`${day}T${time}:00+08:00`);
}

function message(user: string, text: string): IncomingMessage {
  return { channel: 'console', user, chat: user, text, kind: 'text', receivedAt: new Date() };
}

/** Every cell of the 2021 layout as zero, except the rows named. */
function zeroCells(except: string[] = []): DraftChange[] {
  return ROWS['2021']
    .filter((row) => !except.includes(row.key))
    .flatMap((row) => row.columns.map((column) => ({ kind: 'cell' as const, row: row.key, column: column.key, value: 0 })));
}

let app: TestApp | undefined;
afterEach(() => {
  app?.dispose();
  app = undefined;
});

describe('a whole season with a fake clock', () => {
  it('sends the right reminders on the right days, tracks the draft, goes silent after publication, escalates, honours pause', async () => {
    let clock = at('2025-11-30');
    app = makeTestApp({ now: () => clock });
    const staff = app.staff;
    staff.add({ id: 'xg-clerk', name: '张三', agency: XIGONG, role: 'clerk', mobile: '13800000001' });
    staff.add({ id: 'xg-reviewer', name: '李四', agency: XIGONG, role: 'reviewer', mobile: '13800000002' });
    staff.add({ id: 'hy-clerk', name: '钱七', agency: HAIYUAN, role: 'clerk' });
    staff.add({ id: 'zw-clerk', name: '孙八', agency: ZHONGWEI, role: 'clerk' });
    staff.add({ id: 'gov-clerk', name: '王五', agency: GOVERNMENT, role: 'clerk' });
    staff.add({ id: 'gov-reviewer', name: '赵六', agency: GOVERNMENT, role: 'reviewer' });
    const xigong = app.reports.agencyByName(XIGONG)!;
    const haiyuan = app.reports.agencyByName(HAIYUAN)!;
    const notifier = recordingNotifier();
    const sentOn = new Map<string, ReminderMessage[]>();

    /** Things staff do during the season, on the morning of a day (before the 09:00 pass). */
    const events: Record<string, () => Promise<void> | void> = {
      '2026-01-05': () => {
        const draft = app!.drafts.open(xigong, 2025);
        const handling = ROWS['2021']
          .filter((row) => row.table === 'applications' && !['received', 'carried_over', 'carried_forward'].includes(row.key))
          .map((row) => row.key);
        app!.drafts.apply(draft.id, 'xg-clerk', [
          ...zeroCells(['carried_over', ...handling]),
          { kind: 'section', section: 'overview', text: '本年度，我局认真贯彻落实《政府信息公开条例》。' },
          { kind: 'section', section: 'other', text: '无其他需要报告的事项。' },
        ]);
      },
      '2026-01-21': () => {
        const draft = app!.drafts.get(xigong.id, 2025)!;
        app!.drafts.apply(draft.id, 'xg-clerk', [
          ...zeroCells(),
          { kind: 'section', section: 'problems', text: '存在的主要问题是公开内容还不够全面，下一步将改进。' },
        ]);
      },
      '2026-01-27': () => {
        const draft = app!.drafts.get(xigong.id, 2025)!;
        app!.drafts.apply(draft.id, 'xg-clerk', [{ kind: 'cell', row: 'received', column: 'natural_person', value: 5 }]);
      },
      '2026-02-05': () => {
        const draft = app!.drafts.open(haiyuan, 2025);
        app!.drafts.setStatus(draft.id, 'published', { reviewedBy: 'hy-clerk' });
      },
      '2026-02-10': async () => {
        expect(await app!.handle(message('xg-clerk', '暂停提醒'))).toContain('已暂停');
      },
      '2026-02-20': async () => {
        expect(await app!.handle(message('xg-clerk', '恢复提醒'))).toContain('已恢复');
      },
    };

    for (let day = '2025-12-01'; day <= '2026-03-31'; day = addCalendarDays(day, 1)) {
      clock = at(day, '08:00');
      await events[day]?.();
      // Before the hour nothing goes out.
      expect((await runReminderPass({ app, calendar, notifiers: [notifier], now: clock, hour: 9 })).deliveries).toEqual([]);
      for (const time of ['09:00', '15:00']) {
        clock = at(day, time);
        const before = notifier.sent.length;
        await runReminderPass({ app, calendar, notifiers: [notifier], now: clock, hour: 9 });
        const fresh = notifier.sent.slice(before);
        if (time === '15:00') expect(fresh, `the 15:00 pass on ${day} repeats nothing`).toEqual([]);
        if (fresh.length > 0) sentOn.set(day, fresh);
      }
    }

    // Never on a day off; always on the reminder day itself.
    for (const [day, messages] of sentOn) {
      expect(isWorkingDay(day), day).toBe(true);
      for (const sent of messages) expect(sent.day).toBe(day);
    }
    expect([...sentOn.keys()].some((day) => day >= '2026-02-15' && day <= '2026-02-23')).toBe(false);

    const daysFor = (personId: string) =>
      notifier.sent.filter((sent) => sent.recipients.some((recipient) => recipient.id === personId)).map((sent) => sent.day);
    expect(daysFor('xg-clerk')).toEqual([
      '2025-12-01',
      '2026-01-09',
      '2026-01-20',
      '2026-01-23',
      '2026-01-28',
      '2026-01-30',
      '2026-02-02',
      '2026-02-09',
      /* paused on 14 Feb */ '2026-02-24',
      '2026-02-28',
      '2026-03-16',
      '2026-03-30',
    ]);
    expect(daysFor('xg-reviewer')).toEqual([
      '2026-01-20',
      '2026-02-02',
      '2026-02-09',
      '2026-02-14',
      '2026-02-24',
      '2026-02-28',
      '2026-03-16',
      '2026-03-30',
    ]);
    expect(daysFor('hy-clerk')).toEqual(['2025-12-01', '2026-01-09', '2026-01-20', '2026-01-23', '2026-01-28', '2026-01-30', '2026-02-02']);
    expect(daysFor('zw-clerk')).toEqual([]);
    expect(daysFor('gov-clerk')).toEqual(['2025-12-01', '2026-03-24', '2026-03-27', '2026-03-30', '2026-03-31']);
    expect(daysFor('gov-reviewer')).toEqual([]);
    expect(sentOn.has('2026-02-14')).toBe(true); // make-up Saturday
    expect(sentOn.has('2026-02-28')).toBe(true); // make-up Saturday

    // Content tracks the draft.
    const xigongText = (day: string) => sentOn.get(day)!.find((sent) => sent.agency === XIGONG)!.text;
    expect(xigongText('2025-12-01')).toContain('尚未开始填报');
    expect(xigongText('2026-01-09')).toContain('表三还缺：上年结转、办理结果；第五部分未填写。');
    expect(xigongText('2026-01-23')).toContain('已填完，请提交审核');
    expect(xigongText('2026-01-23')).toContain('还剩8天');
    expect(xigongText('2026-01-28')).toContain('勾稽关系不符');
    expect(xigongText('2026-01-30')).toContain('还剩1天');
    expect(xigongText('2026-02-02')).toContain('已逾期2天');
    expect(xigongText('2026-02-02')).toContain('同时提醒审核人');
    expect(
      sentOn
        .get('2026-02-14')!
        .find((sent) => sent.agency === XIGONG)!
        .recipients.map((recipient) => recipient.name),
    ).toEqual(['李四']);

    // The ledger: one row per person and reminder, all sent, the paused one cancelled.
    const rows = new ReminderLog(app.db).all();
    const deliveries = notifier.sent.reduce((sum, sent) => sum + sent.recipients.length, 0);
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(deliveries);
    expect(rows.filter((row) => row.status === 'cancelled').map((row) => `${row.personId} ${row.day} ${row.lastError}`)).toEqual([
      'xg-clerk 2026-02-14 paused',
    ]);
    expect(rows.every((row) => row.attempts <= 1)).toBe(true);
  });
});

describe('staff commands', () => {
  it('"提醒" gives the status now; "暂停提醒"/"恢复提醒" switch the flag; citizens are not matched', async () => {
    const clock = at('2026-01-26', '15:00');
    app = makeTestApp({ now: () => clock });
    app.staff.add({ id: 'xg-clerk', name: '张三', agency: XIGONG, role: 'clerk' });
    app.staff.add({ id: 'zw-clerk', name: '孙八', agency: ZHONGWEI, role: 'clerk' });
    const xigong = app.reports.agencyByName(XIGONG)!;
    const draft = app.drafts.open(xigong, 2025);
    app.drafts.apply(draft.id, 'xg-clerk', [...zeroCells(['carried_over'])]);

    const status = await app.handle(message('xg-clerk', '提醒'));
    expect(status).toContain('洛阳市西工区科学技术局2025年度报告');
    expect(status).toContain('还剩5天');
    expect(status).toContain('表三还缺：上年结转');
    expect(status).toContain('第一部分、第五部分、第六部分未填写');
    expect(status).toContain('下次提醒：2026年1月28日（星期三）');

    expect(await app.handle(message('zw-clerk', '提醒'))).toContain('已发布，无需提醒');

    expect(await app.handle(message('xg-clerk', '暂停提醒'))).toContain('已暂停');
    expect(app.staff.byId('xg-clerk')!.remindersPaused).toBe(true);
    expect(await app.handle(message('xg-clerk', '提醒'))).toContain('您已暂停提醒');
    expect(await app.handle(message('xg-clerk', '恢复提醒'))).toContain('已恢复');
    expect(app.staff.byId('xg-clerk')!.remindersPaused).toBe(false);

    expect(await app.handle(message('citizen-1', '暂停提醒'))).not.toContain('已暂停');
  });

  it('the production pipeline (createApp) reaches the reminder commands', async () => {
    app = makeTestApp({ now: () => at('2026-01-26', '15:00') });
    app.staff.add({ id: 'xg-clerk', name: '张三', agency: XIGONG, role: 'clerk' });
    expect(await app.handle(message('xg-clerk', '提醒'))).toContain('发布截止：2026年1月31日（星期六），还剩5天。');
    expect(await app.handle(message('xg-clerk', '暂停提醒'))).toContain('已暂停');
  });
});

describe('CLI', () => {
  function capture() {
    let out = '';
    let err = '';
    return { io: { out: (text: string) => void (out += text), err: (text: string) => void (err += text) }, out: () => out, err: () => err };
  }

  it('remind --dry-run --json lists without recording; a real run records; a second run sends nothing', async () => {
    app = makeTestApp({ now: () => at('2026-01-28') });
    app.staff.add({ id: 'xg-clerk', name: '张三', agency: XIGONG, role: 'clerk' });
    app.staff.add({ id: 'xg-reviewer', name: '李四', agency: XIGONG, role: 'reviewer' });
    const db = `${app.directory}/test.db`;

    const dry = capture();
    expect(await main(['remind', '--db', db, '--now', '2026-01-28T09:30:00+08:00', '--dry-run', '--json'], dry.io)).toBe(0);
    const listed = JSON.parse(dry.out()) as Array<Record<string, string>>;
    expect(listed).toEqual([
      expect.objectContaining({
        agency: XIGONG,
        recipient: '张三',
        channel: 'console',
        entry: 'department-deadline',
        day: '2026-01-28',
        status: 'would-send',
      }),
    ]);
    expect(listed[0].text).toContain('还剩3天');
    expect(new ReminderLog(app.db).all()).toEqual([]);
    expect(dry.err()).toBe('');

    const real = capture();
    expect(await main(['remind', '--db', db, '--now', '2026-01-28', '--json'], real.io)).toBe(0);
    expect(JSON.parse(real.out())).toEqual([expect.objectContaining({ recipient: '张三', status: 'sent' })]);
    expect(real.err()).toContain('【年报提醒】洛阳市西工区科学技术局2025年度报告'); // the console notifier
    expect(new ReminderLog(app.db).all().map((row) => row.status)).toEqual(['sent']);

    const again = capture();
    expect(await main(['remind', '--db', db, '--now', '2026-01-28T10:00'], again.io)).toBe(0);
    expect(again.out()).toContain('没有需要发送的提醒');

    const holiday = capture();
    expect(await main(['remind', '--db', db, '--now', '2026-02-17T10:00:00+08:00'], holiday.io)).toBe(0);
    expect(holiday.out()).toContain('不是工作日或不在发送时段');

    const bad = capture();
    expect(await main(['remind', '--db', db, '--now', 'tomorrow'], bad.io)).toBe(2);
  });

  it('calendar --year 2026 shows 31 January 2027 (Sunday) moved to Friday 29 January', async () => {
    const output = capture();
    expect(await main(['calendar', '--year', '2026'], output.io)).toBe(0);
    expect(output.out()).toContain('2027年1月31日（星期日）  部门年度报告发布截止');
    expect(output.out()).toContain('当天：2027年1月29日（星期五）（2027年1月31日（星期日）休息，提前）');
    const json = capture();
    expect(await main(['calendar', '--year', '2025', '--json'], json.io)).toBe(0);
    const parsed = JSON.parse(json.out()) as { entries: Array<{ id: string; reminders: Array<{ day: string }> }> };
    expect(parsed.entries.find((entry) => entry.id === 'department-overdue')!.reminders.map((reminder) => reminder.day)).toContain(
      '2026-02-14',
    );
  });
});
