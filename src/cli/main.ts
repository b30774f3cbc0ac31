/** The `gongkai` command line: one entry, one function per command, one error boundary. */
import { parseArgs } from 'node:util';
import { GongkaiError, storeWriteFailure } from '../core/errors.js';
import { COMMAND_HELP, COMMANDS, type CommandContext } from './commands.js';

const USAGE = `用法 (usage): gongkai [--db PATH] [--debug] <command> [options]

commands:
  import [--json] FILE|URL…       import annual reports (txt, md, html, pdf, docx), from files or http(s) URLs;
                                  --list FILE (one path or URL a line), --timeout SECONDS (20), --max-size MB (20),
                                  --agency NAME / --year N when the text does not give them
  reports [--json]                list the stored reports: agency, year, layout, source, partial, blanks, rule breaks
  ask [--json] QUESTION           answer one question
  chat [--user ID]                read messages from standard input, print replies
  eval FILE.jsonl                 run a question file, print failures and "N passed, N failed"
  serve                           start the webhook, Wechaty (if configured) and reminders
  staff add|list|remove …         manage registered staff (roles clerk, reviewer, office)
  console-link --id ID            a one-time sign-in link to the web console
  agencies list|rename|merge|remove|self-approval|log …   manage agencies
  export AGENCY YEAR --format md|docx [--out FILE] [--force]
  remind --now ISO-TIME [--dry-run] [--json]
  calendar [--year N]
  backup FILE                     an online, consistent copy of the database

global options:
  --db PATH    SQLite database (default: $GONGKAI_DB, else data/gongkai.db)
  --debug      print the stack trace of an unexpected error
  gongkai <command> --help        the options of one command
`;

/** The one line an operator reads for an error; the stack only under --debug. */
function describeError(error: unknown, debug: boolean): { line: string; status: number } {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return { line: `${(error as Error).message} (see --help)`, status: 2 };
  }
  const known = error instanceof GongkaiError ? error : storeWriteFailure(error);
  if (known) return { line: known.message, status: known.code === 'BAD_INPUT' ? 2 : 1 };
  if (debug) return { line: (error as Error)?.stack ?? String(error), status: 1 };
  // System errors (ENOENT, EACCES, EADDRINUSE …) carry a readable message with the path.
  const message = error instanceof Error ? error.message : String(error);
  return { line: `${message.split('\n')[0]}${typeof code === 'string' ? '' : ' (run with --debug for details)'}`, status: 1 };
}

/** Run the CLI with the given arguments; resolves to the exit status. */
export async function main(argv: string[], io: Partial<CommandContext['io']> = {}): Promise<number> {
  const out = io.out ?? ((text: string) => process.stdout.write(text));
  const err = io.err ?? ((text: string) => process.stderr.write(text));
  // A caller that captures standard error is no terminal, whatever process.stderr is.
  const stderrIsTTY = io.stderrIsTTY ?? (io.err ? false : process.stderr.isTTY === true);
  if (!io.out) {
    // `gongkai … | head`: the reader left; that is the end, not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  // The global options may stand before or after the command; --help after a command is that command's.
  const { values, tokens } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' }, debug: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const commandToken = tokens.find((token) => token.kind === 'positional');
  const commandName = commandToken?.kind === 'positional' ? commandToken.value : undefined;
  const debug = values.debug === true;
  if (!commandName) {
    out(USAGE);
    return values.help === true ? 0 : 2;
  }
  const command = COMMANDS[commandName];
  if (!command) {
    err(`未知命令 (unknown command): ${commandName}\n\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    out(`${COMMAND_HELP[commandName]}\n`);
    return 0;
  }
  // Only the command word itself is removed: `ask ask` and `--id staff` keep their arguments.
  const rest = argv.filter((argument, index) => index !== commandToken!.index && argument !== '--debug');
  try {
    return await command({
      argv: rest,
      db: typeof values.db === 'string' ? values.db : undefined,
      io: { out, err, stdin: io.stdin ?? process.stdin, stderrIsTTY },
    });
  } catch (error) {
    const { line, status } = describeError(error, debug);
    err(`gongkai ${commandName}: ${line}\n`);
    return status;
  }
}
