/**
 * The table reader on seventeen real reports of other agencies (test/fixtures/reports-real,
 * copied from the development corpus with the figures read by hand). Each table's text is cut
 * out of the report here, wherever its heading stands in the line (crawled pages put a whole
 * report on one line), and every cell the JSON gives must be read exactly, the sources' own
 * arithmetic errors included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/report/normalize.js';
import { detectFormat, readTable } from '../../../src/report/tables.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const REAL_DIR = join(FIXTURE_DIR, '..', 'reports-real');

interface Truth {
  format: '2019' | '2021';
  applications?: Record<string, number[]>;
  appeals?: Record<string, number[]>;
}

/** The section headings that open and close each table, wherever they stand. */
const OPENERS = {
  proactive: /[二][、.]\s*主动公开政府信息情况|二、主動公開政府信息情況/,
  applications: /三[、.]\s*收到和处理政府信息公开申请情况|三、收到和處理政府信息公開申請情況/,
  appeals: /四[、.]\s*(?:因政府信息公开工作被申请|政府信息公开行政复议|政府信息公开行政復議)[^\d]*?情况/,
} as const;
const CLOSERS = {
  proactive: OPENERS.applications,
  applications: OPENERS.appeals,
  appeals: /五[、.]\s*(?:政府信息公开工作)?存在/,
} as const;

/** Cut one table's text: from after its section heading to the next section heading (or the end of a cut-off page). */
function cutTable(text: string, table: keyof typeof OPENERS): string | undefined {
  const open = OPENERS[table].exec(text);
  if (!open) return undefined;
  const rest = text.slice(open.index + open[0].length);
  const close = CLOSERS[table].exec(rest);
  return close ? rest.slice(0, close.index) : rest;
}

const FILES = readdirSync(REAL_DIR)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    name: file,
    text: normalizeText(readFileSync(join(REAL_DIR, file), 'utf8')),
    truth: JSON.parse(readFileSync(join(REAL_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as Truth,
  }));

/** Every cell of a file's truth compared with what the reader reads: [right, total, wrong cells]. */
function score(name: string, text: string, truth: Truth): { right: number; total: number; wrong: string[] } {
  const format = detectFormat(cutTable(text, 'proactive') ?? '', cutTable(text, 'applications') ?? '', text);
  let right = 0;
  let total = 0;
  const wrong: string[] = [];
  for (const table of ['applications', 'appeals'] as const) {
    const expected = truth[table];
    if (!expected) continue;
    const cut = cutTable(text, table);
    const read = cut === undefined ? {} : readTable(table, format, cut).rows;
    for (const [row, values] of Object.entries(expected)) {
      values.forEach((value, column) => {
        total += 1;
        if (read[row]?.[column] === value) right += 1;
        else wrong.push(`${name} ${table}.${row}[${column}] ${read[row]?.[column]} ≠ ${value}`);
      });
    }
  }
  return { right, total, wrong };
}

describe('tables of real reports', () => {
  it('the fixtures are all there', () => {
    expect(FILES).toHaveLength(17);
  });

  it.each(FILES.map((file) => [file.name, file] as const))('%s: the layout from table 二’s headers', (_, file) => {
    expect(detectFormat(cutTable(file.text, 'proactive') ?? '', cutTable(file.text, 'applications') ?? '', file.text)).toBe(
      file.truth.format,
    );
  });

  it.each(FILES.map((file) => [file.name, file] as const))('%s: every cell its JSON gives', (name, file) => {
    const { right, total, wrong } = score(name, file.text, file.truth);
    if (process.env.TABLES_REAL_SCORE) console.log(`${name}: ${right}/${total}`);
    expect(wrong).toEqual([]);
    expect(right).toBe(total);
  });
});
