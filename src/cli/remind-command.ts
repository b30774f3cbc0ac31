/** `gongkai remind --now ISO-TIME [--dry-run] [--json]`: run the reminder pass as if at that time. */
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createApp } from '../app.js';
import { createWeChatApiClient } from '../channels/wechat-oa/api-client.js';
import { weComClientFrom } from '../channels/wecom-app/api-client.js';
import { loadConfig } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import { silentLogger } from '../core/log.js';
import { loadDeadlineCalendar } from '../reminders/calendar.js';
import { sendWindowEnd } from '../reminders/due.js';
import { createNotifierDirectory } from '../reminders/notifiers/directory.js';
import { runReminderPass } from '../reminders/pass.js';
import type { CommandContext } from './commands.js';

/**
 * Read --now: an ISO instant with an offset, a local time without one (taken as Asia/Shanghai),
 * or a date alone (that day at the reminder hour).
 */
export function parseNow(text: string, hour: number): Date {
  let iso = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) iso = `${iso}T${String(hour).padStart(2, '0')}:00:00+08:00`;
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(iso)) iso = `${iso.replace(' ', 'T')}+08:00`;
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(date.getTime())) {
    throw new GongkaiError(
      'BAD_INPUT',
      `--now must be an ISO time such as 2026-01-28T09:00+08:00 or a date such as 2026-01-28, got ${JSON.stringify(text)}`,
    );
  }
  return date;
}

export async function remindCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { now: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, db: { type: 'string' } },
    allowPositionals: false,
  });
  if (!values.now) throw new GongkaiError('BAD_INPUT', 'usage: gongkai remind --now ISO-TIME [--dry-run] [--json]');
  const config = loadConfig(process.env, { db: values.db ?? db });
  const now = parseNow(values.now, config.REMINDER_HOUR);
  const dryRun = values['dry-run'] === true;
  const calendar = loadDeadlineCalendar();
  // The console notifier writes to standard error, so standard output stays the list (or JSON).
  const consoleStream = new Writable({
    write(chunk, _encoding, callback) {
      io.err(String(chunk));
      callback();
    },
  });
  const oaClient =
    config.WECHAT_OA_APP_ID && config.WECHAT_OA_APP_SECRET
      ? createWeChatApiClient({
          apiBase: config.WECHAT_API_BASE,
          appId: config.WECHAT_OA_APP_ID,
          appSecret: config.WECHAT_OA_APP_SECRET,
          logger: silentLogger,
        })
      : undefined;
  const weComClient = weComClientFrom(config, silentLogger);
  const unavailable = async () => {
    throw new GongkaiError('CONFIG', 'Wechaty is not running in a one-shot command; use `gongkai serve`');
  };
  const notifiers = createNotifierDirectory({
    config,
    consoleStream,
    getAccessToken: oaClient?.getAccessToken,
    weComApp:
      weComClient && config.WECOM_AGENT_ID !== undefined ? { agentId: config.WECOM_AGENT_ID, sendText: weComClient.sendText } : undefined,
    // A dry run never sends, so a Wechaty channel only needs its name.
    say: dryRun ? unavailable : undefined,
  });
  const app = createApp(config, { logger: silentLogger, now: () => now });
  try {
    const result = await runReminderPass({ app, calendar, notifiers, now, hour: config.REMINDER_HOUR, dryRun });
    if (values.json) {
      const rows = result.deliveries.map((item) => ({
        agency: item.agency,
        recipient: item.recipient,
        channel: item.channel,
        text: item.text,
        entry: item.entry,
        day: item.day,
        status: item.status,
      }));
      io.out(`${JSON.stringify(rows, null, 2)}\n`);
    } else if (!result.withinWindow) {
      io.out(
        `${result.today} ${result.at}：不是工作日或不在发送时段（${config.REMINDER_HOUR}时至${sendWindowEnd(config.REMINDER_HOUR)}时，Asia/Shanghai），不发送提醒。\n`,
      );
    } else if (result.deliveries.length === 0) {
      io.out(`${result.today}：没有需要发送的提醒。${result.cancelled > 0 ? `（${result.cancelled} 条未发出的旧提醒已作废）` : ''}\n`);
    } else {
      const label = { sent: '已发送', failed: '发送失败', 'would-send': '将发送（演练，未发送）' } as const;
      io.out(
        `${result.today} ${result.reportYear}年度报告提醒 ${result.deliveries.length} 条${dryRun ? '（--dry-run：不发送、不记录）' : ''}：\n\n`,
      );
      // A group message (one robot, one room) is printed once with everyone it addresses.
      const groups = new Map<string, typeof result.deliveries>();
      for (const item of result.deliveries) {
        const key = JSON.stringify([item.agency, item.channel, item.entry, item.day, item.status, item.text]);
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      for (const items of groups.values()) {
        const [item] = items;
        const to = items.map((each) => `${each.recipient}（${each.role === 'clerk' ? '填报人' : '审核人'}）`).join('、');
        io.out(
          `${item.agency} → ${to} via ${item.channel} [${item.entry} ${item.day}] ${label[item.status]}${item.error ? `：${item.error}` : ''}\n`,
        );
        io.out(`${item.text.replace(/^/gm, '    ')}\n\n`);
      }
    }
    return result.deliveries.some((item) => item.status === 'failed') ? 1 : 0;
  } finally {
    app.close();
  }
}
