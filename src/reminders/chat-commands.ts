/** Staff chat commands for reminders: "暂停提醒", "恢复提醒", and "提醒" (where the report stands now). */
import type { AppServices } from '../app.js';
import { type Middleware, staffFeature } from '../core/pipeline.js';
import { shanghaiDate } from '../core/clock.js';
import { type DeadlineCalendar, loadDeadlineCalendar, reportYearOf } from './calendar.js';
import { reminderStatus } from './due.js';
import { agencyState } from './pass.js';

const PAUSE = /^暂停提醒[。.!！]?$/;
const RESUME = /^(恢复提醒|开启提醒|继续提醒)[。.!！]?$/;
const STATUS = /^(提醒|查看提醒|提醒状态)[。.?？]?$/;

type ReminderCommand = 'pause' | 'resume' | 'status';

function commandOf(text: string): ReminderCommand | undefined {
  if (PAUSE.test(text)) return 'pause';
  if (RESUME.test(text)) return 'resume';
  if (STATUS.test(text)) return 'status';
  return undefined;
}

/**
 * The reminder commands, for registered staff only; anything else goes on. The calendar is
 * loaded (and validated) when the feature is built, i.e. at start-up.
 */
export function reminderCommands(app: AppServices, options: { calendar?: DeadlineCalendar } = {}): Middleware {
  const calendar = options.calendar ?? loadDeadlineCalendar();
  return staffFeature(
    'reminders',
    ({ text }) => commandOf(text),
    (_context, staff, command) => {
      if (command === 'pause') {
        app.staff.setRemindersPaused(staff.id, true);
        return '已暂停截止日期提醒。需要时回复“恢复提醒”即可恢复，回复“提醒”随时查看进度。';
      }
      if (command === 'resume') {
        app.staff.setRemindersPaused(staff.id, false);
        return '已恢复截止日期提醒，提醒会在工作日按时发送。';
      }
      const now = app.now();
      const reportYear = reportYearOf(shanghaiDate(now));
      const state = agencyState(app, { id: staff.agencyId, name: staff.agency }, reportYear);
      const paused = app.staff.byId(staff.id)?.remindersPaused ?? false;
      return reminderStatus({ now, calendar, hour: app.config.REMINDER_HOUR, state, paused });
    },
  );
}
