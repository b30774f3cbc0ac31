/** `gongkai ask`, `gongkai chat` and `gongkai eval`: the answering engine from the command line. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { type App, createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { GongkaiError } from '../core/errors.js';
import { quietLogger } from '../core/quiet-logger.js';
import type { Answer } from '../qa/engine.js';
import type { CommandContext } from './commands.js';

/**
 * The application on the database. `ask` answers through the engine alone (app.ask), so the
 * staff features, which the pipeline imports on the first message, are never loaded for it.
 */
async function open(db: string | undefined): Promise<App> {
  const config = loadConfig(process.env, { db });
  return createApp(config, { logger: quietLogger, seed: true });
}

export async function askCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, db: { type: 'string' } },
    allowPositionals: true,
  });
  const question = positionals.join(' ');
  const app = await open(values.db ?? db);
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
  const app = await open(values.db ?? db);
  const { runConsole } = await import('../channels/console.js');
  try {
    await runConsole(io.stdin, io.out, app.handle, values.user ?? 'console-user');
    return 0;
  } finally {
    app.close();
  }
}

const EvalLineSchema = z.object({
  q: z.string(),
  /** For the per-category accuracy (colloquial, typo, yesno, negative …). */
  category: z.string().optional(),
  /** Lines with the same user are one conversation, in file order (follow-ups). */
  user: z.string().optional(),
  expect: z.object({
    kind: z.enum(['figure', 'text', 'guide', 'refusal', 'clarify']).optional(),
    values: z.array(z.number()).optional(),
    text: z.array(z.string()).optional(),
  }),
});

/** An example question in an answer's text, as the small-talk and off-topic answers give them. */
const EXAMPLE_IN_ANSWER = /（例如(?:“[^”]*”)+）/g;

/** Why an answer fails its expectation, or nothing when it passes. */
export function judge(answer: Answer, expect: z.infer<typeof EvalLineSchema>['expect']): string[] {
  const problems: string[] = [];
  if (expect.kind && answer.kind !== expect.kind) problems.push(`kind ${answer.kind}, expected ${expect.kind}`);
  if (expect.values) {
    if (expect.values.length === 0 && answer.facts.length > 0)
      problems.push(`expected no figures, got ${answer.facts.map((fact) => fact.value).join(', ')}`);
    for (const value of expect.values) {
      if (!answer.facts.some((fact) => fact.value === value)) problems.push(`no fact with value ${value}`);
      if (!new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(?![\\d])`).test(answer.answer))
        problems.push(`answer does not state ${value}`);
    }
  }
  // An example question the answer suggests (（例如“X局2024年办理了几件行政许可”）) states nothing: text found only there is no pass.
  const stated = answer.answer.replace(EXAMPLE_IN_ANSWER, '');
  for (const text of expect.text ?? []) if (!stated.includes(text)) problems.push(`answer lacks “${text}”`);
  return problems;
}

/** How a failed answer failed: a figure that is not the expected one, a refusal where an answer was expected, or anything else. */
export function failureKind(answer: Answer, expect: z.infer<typeof EvalLineSchema>['expect']): 'wrong-figure' | 'refused' | 'other' {
  const expectedValues = expect.values ?? [];
  const stated = answer.facts.map((fact) => fact.value);
  if (
    (expect.kind === 'refusal' && stated.length > 0) ||
    (stated.length > 0 && expectedValues.length > 0 && !expectedValues.every((value) => stated.includes(value)))
  )
    return 'wrong-figure';
  if ((answer.kind === 'refusal' || answer.kind === 'clarify') && expect.kind !== 'refusal' && expect.kind !== 'clarify') return 'refused';
  return 'other';
}

export async function evalCommand({ argv, db, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { db: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) throw new GongkaiError('BAD_INPUT', 'usage: gongkai eval FILE.jsonl');
  const lines = readFileSync(positionals[0], 'utf8').split('\n');
  const app = await open(values.db ?? db);
  const categories = new Map<string, { passed: number; total: number }>();
  const run = `${process.pid}-${Date.now()}`;
  const failures: Record<'wrong-figure' | 'refused' | 'other', string[]> = { 'wrong-figure': [], refused: [], other: [] };
  let passed = 0;
  let failed = 0;
  try {
    for (const [index, line] of lines.entries()) {
      if (line.trim().length === 0) continue;
      const parsed = EvalLineSchema.safeParse(
        (() => {
          try {
            return JSON.parse(line);
          } catch {
            return undefined;
          }
        })(),
      );
      if (!parsed.success)
        throw new GongkaiError('BAD_INPUT', `${positionals[0]}:${index + 1}: not a question line ({"q": …, "expect": {…}})`);
      const { q, expect, category = 'uncategorised', user } = parsed.data;
      // A run's conversations are its own: the state store outlives the process.
      const answer = await app.ask(q, user ? `eval:${run}:${user}` : undefined);
      const problems = judge(answer, expect);
      const tally = categories.get(category) ?? { passed: 0, total: 0 };
      tally.total += 1;
      if (problems.length === 0) {
        passed += 1;
        tally.passed += 1;
      } else {
        failed += 1;
        failures[failureKind(answer, expect)].push(
          `${positionals[0]}:${index + 1} [${category}] ${q}\n  ${problems.join('; ')}\n  answer [${answer.kind}]: ${answer.answer.replace(/\n/g, ' / ')}\n`,
        );
      }
      categories.set(category, tally);
    }
  } finally {
    app.close();
  }
  const headings: Record<keyof typeof failures, string> = {
    'wrong-figure': 'WRONG FIGURES',
    refused: 'REFUSED (an answer was expected)',
    other: 'OTHER FAILURES',
  };
  for (const kind of ['wrong-figure', 'refused', 'other'] as const) {
    if (failures[kind].length === 0) continue;
    io.out(`${headings[kind]} (${failures[kind].length})\n${failures[kind].map((text) => `FAIL ${text}`).join('')}`);
  }
  if (categories.size > 1 || !categories.has('uncategorised')) {
    io.out('accuracy per category:\n');
    for (const [name, tally] of [...categories.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      io.out(
        `  ${name.padEnd(14)} ${String(tally.passed).padStart(4)}/${String(tally.total).padEnd(4)} ${((100 * tally.passed) / tally.total).toFixed(1)}%\n`,
      );
    }
  }
  io.out(
    `${passed} passed, ${failed} failed (${failures['wrong-figure'].length} wrong figures, ${failures.refused.length} refused, ${failures.other.length} other)\n`,
  );
  return failed > 0 ? 1 : 0;
}
