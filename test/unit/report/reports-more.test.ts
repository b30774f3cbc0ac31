/**
 * More real reports of other agencies (test/fixtures/reports-more: crawled page text of
 * several agencies in both layouts and an HTML page with empty cells and merged labels, each
 * with the figures read by hand from the text, see its JSON's `source` and `notes`). Every file
 * goes through importFile into a SQLite file, as `gongkai import` does; its agency, year,
 * layout and every table cell its JSON gives must come out exactly, as imported and as stored.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportOutcome } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const MORE_DIR = join(FIXTURE_DIR, '..', 'reports-more');

interface Truth {
  agency: string;
  year: number;
  format: '2019' | '2021';
  source: string;
  applications: Record<string, number[]>;
  appeals: Record<string, number[]>;
}

const FILES = readdirSync(MORE_DIR)
  .filter((name) => /^\d+\.(?:txt|html)$/.test(name))
  .sort()
  .map((name) => ({ name, truth: JSON.parse(readFileSync(join(MORE_DIR, name.replace(/\.\w+$/, '.json')), 'utf8')) as Truth }));

const directory = mkdtempSync(join(tmpdir(), 'gongkai-more-'));
const database = openDatabase(join(directory, 'more.db'));
const store = new ReportStore(database);
const outcomes = new Map<string, ImportOutcome>();

beforeAll(async () => {
  for (const file of FILES) outcomes.set(file.name, await importFile(store, join(MORE_DIR, file.name)));
});

afterAll(() => {
  database.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('more real reports, imported into SQLite', () => {
  it('the fixtures are all there, each with its source', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    for (const file of FILES) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  it.each(FILES.map((file) => [file.name, file] as const))('%s: agency, year, layout', (name, file) => {
    const outcome = outcomes.get(name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    expect(outcome.report!.format).toBe(file.truth.format);
  });

  it.each(FILES.map((file) => [file.name, file] as const))('%s: every cell, as imported and as stored', (name, file) => {
    const outcome = outcomes.get(name)!;
    const record = store.reportById(outcome.reportId!)!;
    for (const table of ['applications', 'appeals'] as const) {
      const stored = store.tableOf(record.id, table, file.truth.format);
      for (const [row, values] of Object.entries(file.truth[table])) {
        expect(outcome.report![table][row], `${name} ${table}.${row}`).toEqual(values);
        expect(stored[row], `${name} ${table}.${row} stored`).toEqual(values);
      }
    }
  });

  it('a row that lost one empty cell when its page was flattened is restored only because every placement agrees, and says so', () => {
    const warnings = outcomes.get('04.txt')!.report!.warnings.map((warning) => warning.message);
    expect(warnings.some((message) => message.includes('少印了一个单元格'))).toBe(true);
  });

  it('digits that can be cut one way only are the row as printed, and its broken sum is reported', () => {
    const outcome = outcomes.get('12.txt')!;
    expect(outcome.report!.applications.handled_total).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(outcome.violations.some((violation) => violation.rule === 3 && violation.row === 'handled_total')).toBe(true);
  });

  it('a covering letter (…局关于报送2020年度…年度报告的函) names its agency and year', () => {
    const report = outcomes.get('11.txt')!.report!;
    expect([report.agency, report.year]).toEqual(['平潭综合实验区苏平片区管理局', 2020]);
  });

  it('rows of empty cells before the next row’s Chinese numbering （六） are read, as blanks', () => {
    const outcome = outcomes.get('08.html')!;
    expect(outcome.report!.applications.other_handling_2019).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(outcome.report!.applications['not_processed.reconfirmation']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(outcome.report!.blanks).toContain('applications.other_handling_2019.total');
    expect(outcome.report!.missing).not.toContain('applications.other_handling_2019');
  });
});
