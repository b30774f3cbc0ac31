/** `gongkai calendar [--year N] [--json]`: the season's deadline calendar with the days reminders go out. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import { formatChineseDate, isWorkingDay, shanghaiDate } from '../core/clock.js';
import { describeOffset, entryDate, loadDeadlineCalendar, reportYearOf, seasonSlots } from '../reminders/calendar.js';
import type { CommandContext } from './commands.js';

const APPLIES_TO = { department: '部门', government: '政府信息公开工作主管部门', all: '全部机关' } as const;

export async function calendarCommand({ argv, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { year: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } },
    allowPositionals: false,
  });
  const config = loadConfig(process.env);
  const calendar = loadDeadlineCalendar();
  if (values.year !== undefined && !/^\d{4}$/.test(values.year))
    throw new GongkaiError('BAD_INPUT', `--year must be a report year such as 2025, got ${JSON.stringify(values.year)}`);
  const reportYear = values.year !== undefined ? Number(values.year) : reportYearOf(shanghaiDate(new Date()));
  const slots = seasonSlots(calendar, reportYear);
  if (values.json) {
    const entries = calendar.entries.map((entry) => ({
      id: entry.id,
      kind: entry.kind,
      applies_to: entry.applies_to,
      title: entry.title,
      date: entryDate(entry, reportYear),
      reminders: slots
        .filter((slot) => slot.entry.id === entry.id)
        .map((slot) => ({
          offsets: slot.offsets,
          nominal_day: slot.nominalDay,
          day: slot.day,
          moved: slot.day !== slot.nominalDay,
          approximate: slot.approximate,
        })),
    }));
    io.out(`${JSON.stringify({ report_year: reportYear, hour: config.REMINDER_HOUR, timezone: 'Asia/Shanghai', entries }, null, 2)}\n`);
    return 0;
  }
  io.out(`${reportYear}年度政府信息公开工作年度报告 提醒日程（工作日 ${config.REMINDER_HOUR}时，Asia/Shanghai）\n\n`);
  let approximate = false;
  for (const entry of calendar.entries) {
    const date = entryDate(entry, reportYear);
    io.out(`${formatChineseDate(date)}  ${entry.title}（${entry.id}，${APPLIES_TO[entry.applies_to]}）\n`);
    for (const slot of slots.filter((candidate) => candidate.entry.id === entry.id)) {
      approximate ||= slot.approximate;
      const moved =
        slot.day !== slot.nominalDay
          ? `（${formatChineseDate(slot.nominalDay)}${isWorkingDay(slot.nominalDay) ? '' : '休息'}，${slot.offset > 0 ? '顺延' : '提前'}）`
          : '';
      io.out(`    ${describeOffset(slot.offsets)}：${formatChineseDate(slot.day)}${moved}${slot.approximate ? ' *' : ''}\n`);
    }
  }
  if (approximate) io.out('\n* 该年节假日安排尚未收录，只按周末推算；国务院公布放假安排后请更新 chinese-days。\n');
  return 0;
}
