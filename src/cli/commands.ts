/** The command table: each command is a function of its arguments and IO. */

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
  import: (context) => import('./import-command.js').then((module) => module.importCommand(context)),
  ask: (context) => import('./qa-commands.js').then((module) => module.askCommand(context)),
  chat: (context) => import('./qa-commands.js').then((module) => module.chatCommand(context)),
  eval: (context) => import('./qa-commands.js').then((module) => module.evalCommand(context)),
  staff: (context) => import('./staff-command.js').then((module) => module.staffCommand(context)),
  export: (context) => import('./export-command.js').then((module) => module.exportCommand(context)),
  serve: (context) => import('./serve-command.js').then((module) => module.serveCommand(context)),
  remind: (context) => import('./remind-command.js').then((module) => module.remindCommand(context)),
  calendar: (context) => import('./calendar-command.js').then((module) => module.calendarCommand(context)),
  'console-link': (context) => import('../web/console-link-command.js').then((module) => module.consoleLinkCommand(context)),
  backup: (context) => import('./backup-command.js').then((module) => module.backupCommand(context)),
};
