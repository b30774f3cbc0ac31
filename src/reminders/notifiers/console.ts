/** The console notifier: reminders written to a stream (development, the CLI, logs). */
import type { Notifier } from './port.js';

/** Write each reminder to `stream` (stdout by default) with the people it is addressed to. */
export function createConsoleNotifier(stream: NodeJS.WritableStream = process.stdout): Notifier {
  return {
    name: 'console',
    async send(reminder) {
      const to = reminder.recipients
        .map((recipient) => (recipient.mobile ? `${recipient.name}（${recipient.mobile}）` : recipient.name))
        .join('、');
      stream.write(`[提醒 ${reminder.day} ${reminder.entryId}] → ${to}\n${reminder.text}\n\n`);
    },
  };
}
