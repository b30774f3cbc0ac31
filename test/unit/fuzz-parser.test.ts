/**
 * Fuzzing the report parser (fast-check): mutated sample reports and random text never crash
 * it. It returns a report, or refuses with NOT_A_REPORT and a message; a report it returns can
 * be stored and read back with every figure intact. GONGKAI_LONG_TESTS=1 runs many more cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dataPath } from '../../src/config/paths.js';
import { GongkaiError } from '../../src/core/errors.js';
import { ROWS, SECTIONS } from '../../src/report/catalogue.js';
import type { Report } from '../../src/report/model.js';
import { parseReport } from '../../src/report/parse.js';
import { openDatabase } from '../../src/store/db.js';
import { ReportStore } from '../../src/store/report-store.js';

const LONG = process.env.GONGKAI_LONG_TESTS === '1';
const RUNS = LONG ? 3000 : 120;
const TIMEOUT = LONG ? 600_000 : 60_000;

const SAMPLES = readdirSync(dataPath('reports'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(dataPath('reports', file), 'utf8'));

const db = openDatabase(':memory:');
const store = new ReportStore(db);
afterAll(() => db.close());

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'digits'; at: number; digit: string }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'whitespace'; at: number; to: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 1500 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('\t', '\n', '\r\n', '　', '—', '﻿', '\u0000', '𠀀', '9'.repeat(40)),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 800 }) }),
  fc.record({ kind: fc.constant('digits' as const), at: fc.nat(), digit: fc.constantFrom('0', '7', '99', '-1', '1.5', '１', '一', '') }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('whitespace' as const), at: fc.nat(), to: fc.constantFrom(' ', '  ', '\t\t', '\n', '') }),
);

/** Apply one mutation; positions wrap around the text's length. */
function mutate(text: string, change: Mutation): string {
  const at = (position: number) => (text.length === 0 ? 0 : position % (text.length + 1));
  switch (change.kind) {
    case 'delete':
      return text.slice(0, at(change.at)) + text.slice(at(change.at) + change.length);
    case 'insert':
      return text.slice(0, at(change.at)) + change.text + text.slice(at(change.at));
    case 'duplicate':
      return text.slice(0, at(change.at) + change.length) + text.slice(at(change.at));
    case 'digits': {
      // Replace the next number after the position: a figure, a year, a date.
      const start = at(change.at);
      const match = /\d+/.exec(text.slice(start));
      if (!match) return text;
      const from = start + match.index;
      return text.slice(0, from) + change.digit + text.slice(from + match[0].length);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      if (lines.length < 2) return text;
      const a = change.a % lines.length;
      const b = change.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, at(change.at));
    case 'whitespace': {
      const start = at(change.at);
      const match = /[ \t\n]+/.exec(text.slice(start));
      if (!match) return text;
      const from = start + match.index;
      return text.slice(0, from) + change.to + text.slice(from + match[0].length);
    }
  }
}

/** Words of the layout, to build random texts that reach deeper than random characters do. */
const LAYOUT_WORDS = [
  ...SECTIONS.map((section) => `${section.number}、${section.title}`),
  ...ROWS['2021'].map((row) => row.label),
  ...ROWS['2019'].map((row) => row.label),
  '西工区科学技术局2024年政府信息公开工作年度报告',
  '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
  '政府信息公开',
  '主动公开政府信息22条',
  '联系电话：0951-1234567',
  '\t',
  '\n',
  ' ',
  '0',
  '1',
  '12',
  '123',
  '2024',
];

/**
 * The contract: a report, or GongkaiError NOT_A_REPORT with a message. A returned report is
 * stored and loaded back; every finite figure comes back as it was.
 */
function checkParse(text: string): void {
  let parsed: ReturnType<typeof parseReport>;
  try {
    parsed = parseReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(GongkaiError);
    expect((error as GongkaiError).code).toBe('NOT_A_REPORT');
    expect((error as GongkaiError).message.length).toBeGreaterThan(10);
    return;
  }
  const { report, violations } = parsed;
  expect(report.agency.length).toBeGreaterThan(0);
  expect(Number.isInteger(report.year)).toBe(true);
  expect(Array.isArray(violations)).toBe(true);
  const saved = store.save(report, violations, { origin: 'import', sourceFile: 'fuzz.txt' });
  const loaded = store.load(saved.reportId)!;
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    for (const [row, values] of Object.entries(report[table] as Report['proactive'])) {
      if (!ROWS[report.format].some((candidate) => candidate.key === row)) continue;
      values.forEach((value, index) => {
        if (Number.isFinite(value)) expect(loaded[table][row]?.[index]).toBe(value);
      });
    }
  }
  expect(loaded.sections).toEqual(report.sections);
}

describe('parseReport under fuzzing', () => {
  it(
    'mutated sample reports: a report or a clear refusal, and what is parsed is stored intact',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, changes) => {
          checkParse(changes.reduce(mutate, SAMPLES[index]));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random characters, including huge, empty and invalid UTF-16',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ unit: 'binary', maxLength: 2000 }),
            fc.string({ unit: 'grapheme', maxLength: 500 }),
            fc.constantFrom('', '\uD800', '\u0000'.repeat(100), '一、'.repeat(5000)),
          ),
          (text) => {
            checkParse(text);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'random arrangements of the layout’s own words',
    () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...LAYOUT_WORDS), { maxLength: 400 }), (words) => {
          checkParse(words.join(''));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
