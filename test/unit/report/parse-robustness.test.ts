/**
 * Robustness: random damage to real report texts (lines deleted, duplicated or swapped,
 * random Unicode and digit runs inserted, whitespace shuffled) never crashes the parser with
 * anything but GongkaiError, and never makes it slow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GongkaiError } from '../../../src/core/errors.js';
import { ReportSchema } from '../../../src/report/model.js';
import { parseReport } from '../../../src/report/parse.js';
import { splitDigits } from '../../../src/report/tables.js';
import { buildReport, cellPerLine, fixture, glued, SAMPLE_DIR } from '../../fixtures/reports/layouts.js';

const TEXTS: string[] = [
  ...readdirSync(SAMPLE_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(SAMPLE_DIR, name), 'utf8')),
  buildReport({ writer: glued }),
  buildReport({ writer: cellPerLine }),
  fixture('trial-2019.txt'),
];

type Mutation =
  | { kind: 'delete'; at: number; count: number }
  | { kind: 'duplicate'; at: number; count: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; offset: number; text: string }
  | { kind: 'whitespace'; at: number; spaces: string }
  | { kind: 'join'; at: number };

const pieces = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.stringMatching(/^[0-9]{1,40}$/),
  fc.constantFrom(
    '一、总体情况',
    '三、',
    '（七）总计',
    '行政复议',
    '\t0\t0\t0',
    '2024年',
    '《',
    '》',
    '|',
    '**',
    '#',
    '—',
    '-1',
    '1.5',
    '\u3000',
    '\uFEFF',
    '\r\n',
    '１２３',
    '二〇二四年',
    '．',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), offset: fc.nat(), text: pieces }),
  fc.record({
    kind: fc.constant('whitespace' as const),
    at: fc.nat(),
    spaces: fc.constantFrom('', ' ', '  ', '\t', '\n', '\n\n', '\u3000', ' \t '),
  }),
  fc.record({ kind: fc.constant('join' as const), at: fc.nat() }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let lines = text.split('\n');
  for (const change of mutations) {
    if (lines.length === 0) lines = [''];
    const at = change.at % lines.length;
    switch (change.kind) {
      case 'delete':
        lines.splice(at, change.count);
        break;
      case 'duplicate':
        lines.splice(at, 0, ...lines.slice(at, at + change.count));
        break;
      case 'swap': {
        const other = change.other % lines.length;
        [lines[at], lines[other]] = [lines[other], lines[at]];
        break;
      }
      case 'insert': {
        const line = lines[at];
        const offset = change.offset % (line.length + 1);
        lines[at] = line.slice(0, offset) + change.text + line.slice(offset);
        break;
      }
      case 'whitespace':
        lines[at] = lines[at].replace(/[ \t\u3000]+/g, change.spaces);
        break;
      case 'join':
        lines.splice(at, 2, lines.slice(at, at + 2).join(''));
        break;
    }
  }
  return lines.join('\n');
}

/** Parse, expecting a report or a GongkaiError and nothing else. (Speed is `npm run bench`'s to measure, not a timed test's.) */
function parsesSafely(text: string): void {
  try {
    const { report } = parseReport(text);
    // What the parser returns must be a valid report model (the store validates with it).
    ReportSchema.parse(report);
  } catch (error) {
    if (!(error instanceof GongkaiError)) throw error;
    expect(error.code).toBe('NOT_A_REPORT');
    expect(error.message.length).toBeGreaterThan(5);
  }
}

describe('the parser under random damage', () => {
  it('never throws anything but GongkaiError', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 25 }), (which, mutations) => {
        parsesSafely(mutate(TEXTS[which], mutations));
      }),
      { numRuns: 400, seed: 20240120 },
    );
  });

  it('also with an unseeded run', () => {
    fc.assert(
      fc.property(fc.nat({ max: TEXTS.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 40 }), (which, mutations) => {
        parsesSafely(mutate(TEXTS[which], mutations));
      }),
      { numRuns: 200 },
    );
  });

  it('survives arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (text) => parsesSafely(text)),
      { numRuns: 200 },
    );
  });

  it('survives long runs of digits glued to table labels', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{20,300}$/), fc.stringMatching(/^[0-9]{20,300}$/), (first, second) => {
        const text = buildReport({ writer: glued })
          .replace('一、本年新收政府信息公开申请数量73121115', `一、本年新收政府信息公开申请数量${first}`)
          .replace('101020101200011', second);
        parsesSafely(text);
      }),
      { numRuns: 30 },
    );
  });

  it('whole report text repeated many times parses', () => {
    parsesSafely(TEXTS.join('\n').repeat(5));
  });

  it('splitDigits gives up on hopeless runs instead of enumerating them', () => {
    const cuts = splitDigits(['1'.repeat(60)], 15, 5000);
    expect(cuts.length).toBeLessThanOrEqual(5000);
    expect(splitDigits(['1'.repeat(60)], 15, 5, () => false)).toEqual([]);
  });
});

describe('a report under headings of its own', () => {
  it('keeps its prose whole as the overview when no heading of the format is found, so its sentences can be asked', () => {
    const text = [
      '某某县某某乡人民政府2021年政府信息公开工作年度报告',
      '一、2021年政务公开工作完成情况及成效',
      '（一）信息公开方面。全年我乡共主动公开政府信息120条，接待群众咨询45人次。',
      '（二）存在的不足。公开内容还不够全面。',
    ].join('\n');
    const { report } = parseReport(text);
    expect(report.sections.overview).toContain('接待群众咨询45人次');
    expect(report.missing).toContain('applications.table');
  });

  it('keeps nothing for a page of figures with no sentences', () => {
    const { report } = parseReport('某某县某某乡人民政府2021年政府信息公开工作年度报告\n行政许可 12\n行政处罚 3\n');
    expect(report.sections.overview).toBeUndefined();
  });
});
