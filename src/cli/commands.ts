/** The command table: each command is a function of its arguments and IO. */

export interface CommandContext {
  argv: string[];
  db?: string;
  io: {
    out: (text: string) => void;
    err: (text: string) => void;
    stdin: NodeJS.ReadableStream;
    /** True when standard error is a terminal (progress bars are drawn only then). */
    stderrIsTTY?: boolean;
  };
}

export type Command = (context: CommandContext) => Promise<number>;

/** `gongkai <command> --help`: the usage of each command. */
export const COMMAND_HELP: Record<string, string> = {
  import: `用法 (usage): gongkai import [--json] [--agency NAME] [--year N] [--list FILE] [--timeout SECONDS] [--max-size MB] FILE|URL…
  import annual reports (.txt, .md, .html, .pdf with a text layer, .docx) and agencies' disclosure guides,
  from files or http(s) URLs; a line per file (a progress bar on a terminal), a closing table and a summary.
  --json          print one object per file with the keys of docs/FORMAT.md ("document": "report" or "guide")
  --agency NAME   the agency's full name, when the text does not give it (or gives it without its region)
  --year N        the report's year, when the text does not give it
  --list FILE     read paths and URLs from FILE, one a line (# comments and blank lines skipped)
  --timeout S     time-out per web request (default IMPORT_TIMEOUT_S, 20 s)
  --max-size MB   largest file or download (default IMPORT_MAX_MB, 20 MB)
  Only regular files are read. Exit 1 when any file was refused.`,
  reports: `用法 (usage): gongkai reports [--json]
  list the stored reports: agency, year, layout, source, complete or partial, blank cells, rule breaks.`,
  ask: `用法 (usage): gongkai ask [--json] QUESTION
  answer one question from the database; --json prints {kind, answer, facts}.`,
  chat: `用法 (usage): gongkai chat [--user ID]
  read messages from standard input, one per line, print each reply; --user acts as that registered staff member.`,
  eval: `用法 (usage): gongkai eval FILE.jsonl
  run a question file ({"q": …, "expect": {…}} per line), print each failure and "N passed, N failed".`,
  serve: `用法 (usage): gongkai serve [--port N]
  run the webhook (/wechat, /healthz), Wechaty when configured and the reminders until SIGINT/SIGTERM.
  Configuration comes from the environment (see .env.example); invalid settings stop start-up with every problem listed.`,
  staff: `用法 (usage):
  gongkai staff add --id ID --name NAME --agency AGENCY --role clerk|reviewer [--mobile M] [--create-agency]
  gongkai staff add --id ID --name NAME --role office [--scope REGION] [--mobile M]
  gongkai staff list [--json]
  gongkai staff remove --id ID
  The agency must exist (full name or an unambiguous short name) unless --create-agency is given; an ID already registered is refused.`,
  agencies: `用法 (usage):
  gongkai agencies list [--json]
  gongkai agencies rename OLD NEW
  gongkai agencies merge FROM INTO        move reports, staff, drafts … of FROM to INTO, then remove FROM
  gongkai agencies remove NAME            only an agency nothing depends on
  gongkai agencies self-approval NAME on|off   let an agency's only reviewer pass their own draft (audited)
  gongkai agencies log                    the administration log
  Every change is recorded in the administration log.`,
  export: `用法 (usage): gongkai export AGENCY YEAR --format md|docx [--out FILE] [--force]
  the report in the standard layout; Markdown to standard output without --out, Word to --out or a file named after the report.
  An existing file is never overwritten without --force, and never written through a symbolic link.`,
  remind: `用法 (usage): gongkai remind --now ISO-TIME [--dry-run] [--json]
  run the reminder pass as if at that time; --dry-run sends and records nothing.`,
  calendar: `用法 (usage): gongkai calendar [--year N] [--json]
  the deadline calendar with the days reminders go out.`,
  'console-link': `用法 (usage): gongkai console-link --id ID
  print a one-time sign-in link to the web console for a registered staff member (valid 10 minutes, usable once).`,
  backup: `用法 (usage): gongkai backup FILE
  an online, consistent copy of the database; FILE must not exist (nor be a symbolic link).`,
};

export const COMMANDS: Record<string, Command> = {
  import: (context) => import('./import-command.js').then((module) => module.importCommand(context)),
  reports: (context) => import('./reports-command.js').then((module) => module.reportsCommand(context)),
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
  agencies: (context) => import('./agencies-command.js').then((module) => module.agenciesCommand(context)),
};
