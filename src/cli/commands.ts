/** The command table: each command is a function of its arguments and IO. */
import { calendarCommand } from './calendar-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { askCommand, chatCommand, evalCommand } from './qa-commands.js';
import { staffCommand } from './staff-command.js';
import { remindCommand } from './remind-command.js';
import { serveCommand } from './serve-command.js';

export interface CommandContext {
  argv: string[];
  db?: string;
  io: {
    out: (text: string) => void;
    err: (text: string) => void;
    stdin: NodeJS.ReadableStream;
  };
}

export type Command = (context: CommandContext) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  import: importCommand,
  ask: askCommand,
  chat: chatCommand,
  eval: evalCommand,
  staff: staffCommand,
  export: exportCommand,
  serve: serveCommand,
  remind: remindCommand,
  calendar: calendarCommand,
  backup: (context) => import('./backup-command.js').then((module) => module.backupCommand(context)),
};
