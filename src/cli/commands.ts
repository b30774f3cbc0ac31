/** The command table: each command is a function of its arguments and IO. */
import { importCommand } from './import-command.js';
import { askCommand, chatCommand, evalCommand } from './qa-commands.js';
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
  serve: serveCommand,
};
