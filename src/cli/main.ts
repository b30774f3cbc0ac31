/** The `gongkai` command line: one entry, one function per command. */
import { parseArgs } from 'node:util';
import { GongkaiError } from '../core/errors.js';
import { COMMANDS, type CommandContext } from './commands.js';

const USAGE = `用法 (usage): gongkai [--db PATH] <command> [options]

commands:
  import [--json] FILE|URL…       import annual reports (txt, md, html, pdf, docx), from files or http(s) URLs;
                                  --list FILE (one path or URL a line), --timeout SECONDS (20), --max-size MB (20)
  reports [--json]                list the stored reports: agency, year, layout, source, partial, blanks, rule breaks
  ask [--json] QUESTION           answer one question
  chat [--user ID]                read messages from standard input, print replies
  eval FILE.jsonl                 run a question file, print failures and "N passed, N failed"
  serve                           start the webhook, Wechaty (if configured) and reminders
  staff add|list|remove …         manage registered staff
  export AGENCY YEAR --format md|docx [--out FILE]
  remind --now ISO-TIME [--dry-run] [--json]
  calendar [--year N]
  backup FILE                     an online, consistent copy of the database

global options:
  --db PATH    SQLite database (default: $GONGKAI_DB, else data/gongkai.db)
`;

/** Run the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: string[], io: Partial<CommandContext['io']> = {}): Promise<number> {
  const out = io.out ?? ((text: string) => process.stdout.write(text));
  const err = io.err ?? ((text: string) => process.stderr.write(text));
  // A caller that captures standard error is no terminal, whatever process.stderr is.
  const stderrIsTTY = io.stderrIsTTY ?? (io.err ? false : process.stderr.isTTY === true);
  // The global --db may stand before or after the command.
  const globalParse = parseArgs({ args: argv, options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: false, allowPositionals: true });
  const commandName = globalParse.positionals[0];
  if (!commandName || globalParse.values.help === true && !commandName) {
    out(USAGE);
    return commandName ? 0 : 2;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    err(`未知命令 (unknown command): ${commandName}\n\n${USAGE}`);
    return 2;
  }
  const rest = argv.filter((argument) => argument !== commandName);
  try {
    return await command({ argv: rest, db: typeof globalParse.values.db === 'string' ? globalParse.values.db : undefined, io: { out, err, stdin: io.stdin ?? process.stdin, stderrIsTTY } });
  } catch (error) {
    if (error instanceof GongkaiError) {
      err(`gongkai ${commandName}: ${error.message}\n`);
      return error.code === 'BAD_INPUT' ? 2 : 1;
    }
    err(`gongkai ${commandName}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
