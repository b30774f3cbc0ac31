/** `gongkai ask`, `gongkai chat` and `gongkai eval`: the answering engine from the command line. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { createApp } from '../app.js';
import { runConsole } from '../channels/console.js';
import { loadConfig } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import { createLogger, silentLogger } from '../core/log.js';
import type { Answer } from '../qa/engine.js';
import type { CommandContext } from './commands.js';
import { staffRoutes } from './routes.js';

function open(db: string | undefined, logLevel?: string) {
  const config = loadConfig(process.env, { db });
  const logger = logLevel ? createLogger(logLevel, process.stderr) : silentLogger;
  return createApp(config, { logger, seed: true, routes: staffRoutes });
}

export async function askCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, db: { type: 'string' } }, allowPositionals: true });
  const question = positionals.join(' ');
  const app = open(values.db ?? db);
  try {
    const answer = await app.ask(question);
    io.out(values.json ? `${JSON.stringify(answer, null, 2)}\n` : `${answer.answer}\n`);
    return 0;
  } finally {
    app.close();
  }
}

export async function chatCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { user: { type: 'string' }, db: { type: 'string' } }, allowPositionals: false });
  const app = open(values.db ?? db);
  try {
    await runConsole(io.stdin, io.out, app.handle, values.user ?? 'console-user');
    return 0;
  } finally {
    app.close();
  }
}

const EvalLineSchema = z.object({
  q: z.string(),
  expect: z.object({
    kind: z.enum(['figure', 'text', 'guide', 'refusal', 'clarify']).optional(),
    values: z.array(z.number()).optional(),
    text: z.array(z.string()).optional(),
  }),
});

/** Why an answer fails its expectation, or nothing when it passes. */
export function judge(answer: Answer, expect: z.infer<typeof EvalLineSchema>['expect']): string[] {
  const problems: string[] = [];
  if (expect.kind && answer.kind !== expect.kind) problems.push(`kind ${answer.kind}, expected ${expect.kind}`);
  if (expect.values) {
    if (expect.values.length === 0 && answer.facts.length > 0) problems.push(`expected no figures, got ${answer.facts.map((fact) => fact.value).join(', ')}`);
    for (const value of expect.values) {
      if (!answer.facts.some((fact) => fact.value === value)) problems.push(`no fact with value ${value}`);
      if (!new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).test(answer.answer)) problems.push(`answer does not state ${value}`);
    }
  }
  for (const text of expect.text ?? []) if (!answer.answer.includes(text)) problems.push(`answer lacks “${text}”`);
  return problems;
}

export async function evalCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new GongkaiError('BAD_INPUT', 'usage: gongkai eval FILE.jsonl');
  const lines = readFileSync(positionals[0], 'utf8').split('\n');
  const app = open(values.db ?? db);
  let passed = 0;
  let failed = 0;
  try {
    for (const [index, line] of lines.entries()) {
      if (line.trim().length === 0) continue;
      const parsed = EvalLineSchema.safeParse((() => { try { return JSON.parse(line); } catch { return undefined; } })());
      if (!parsed.success) throw new GongkaiError('BAD_INPUT', `${positionals[0]}:${index + 1}: not a question line ({"q": …, "expect": {…}})`);
      const answer = await app.ask(parsed.data.q);
      const problems = judge(answer, parsed.data.expect);
      if (problems.length === 0) passed += 1;
      else {
        failed += 1;
        io.out(`FAIL ${positionals[0]}:${index + 1} ${parsed.data.q}\n  ${problems.join('; ')}\n  answer [${answer.kind}]: ${answer.answer.replace(/\n/g, ' / ')}\n`);
      }
    }
  } finally {
    app.close();
  }
  io.out(`${passed} passed, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}
