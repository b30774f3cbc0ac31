/**
 * A second set of real reports (test/fixtures/reports-more2): crawled pages of a provincial
 * department, county and district offices, townships and 街道 in both layouts, each cut at about
 * 2,000 bytes as it was stored, with the figures read by hand from the text (its JSON's `source`
 * and `notes`). Every file goes through importFile into a SQLite file, as `gongkai import` does.
 * Where the JSON's agency is null the text never names the agency with its region: the import is
 * refused and asks for --agency, and with --agency every cell is read as the JSON gives it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportOutcome } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const MORE_DIR = join(FIXTURE_DIR, '..', 'reports-more2');
/** The name given with --agency where the text names none: any name with a region, one per file (same years would replace each other). */
const givenAgency = (index: number) => `示例市${'甲乙丙丁戊己庚辛壬癸'[index % 10]}区示例局`;

interface Truth {
  agency: string | null;
  year: number;
  /** null where the text cannot tell the layout (cut before any table, year 2021). */
  format: '2019' | '2021' | null;
  source: string;
  partial: boolean;
  applications?: Record<string, number[]>;
  appeals?: Record<string, number[]>;
}

const FILES = readdirSync(MORE_DIR)
  .filter((name) => /^\d+\.txt$/.test(name))
  .sort()
  .map((name) => ({ name, truth: JSON.parse(readFileSync(join(MORE_DIR, name.replace(/\.\w+$/, '.json')), 'utf8')) as Truth }));
const NAMED = FILES.filter((file) => file.truth.agency !== null);
const UNNAMED = FILES.filter((file) => file.truth.agency === null);

const directory = mkdtempSync(join(tmpdir(), 'gongkai-more2-'));
const database = openDatabase(join(directory, 'more2.db'));
const store = new ReportStore(database);
/** Each file imported as found, and (for an unnamed agency) again with --agency. */
const asFound = new Map<string, ImportOutcome>();
const withAgency = new Map<string, ImportOutcome>();

beforeAll(async () => {
  for (const [index, file] of FILES.entries()) {
    const path = join(MORE_DIR, file.name);
    asFound.set(file.name, await importFile(store, path));
    if (file.truth.agency === null) withAgency.set(file.name, await importFile(store, path, { agency: givenAgency(index) }));
  }
});

afterAll(() => {
  database.close();
  rmSync(directory, { recursive: true, force: true });
});

describe('more real reports of other kinds of agencies, imported into SQLite', () => {
  it('the fixtures are all there, each with its source, named and unnamed', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12);
    expect(UNNAMED.length).toBeGreaterThan(0);
    for (const file of FILES) expect(file.truth.source).toMatch(/^https?:\/\/\S{10,}/);
  });

  it.each(NAMED.map((file) => [file.name, file] as const))('%s: agency, year, layout, and imported as partial', (name, file) => {
    const outcome = asFound.get(name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.agency).toBe(file.truth.agency);
    expect(outcome.report!.year).toBe(file.truth.year);
    if (file.truth.format) expect(outcome.report!.format).toBe(file.truth.format);
    expect(outcome.report!.missing.length > 0).toBe(file.truth.partial);
  });

  it.each(UNNAMED.map((file) => [file.name, file] as const))(
    '%s: no agency with its region in the text, so refused and asked for --agency',
    (name) => {
      const outcome = asFound.get(name)!;
      expect(outcome.reportId).toBeUndefined();
      expect(outcome.error).toContain('--agency');
    },
  );

  it.each(FILES.map((file) => [file.name, file] as const))('%s: every cell, as imported and as stored', (name, file) => {
    const outcome = withAgency.get(name) ?? asFound.get(name)!;
    expect(outcome.error).toBeUndefined();
    expect(outcome.report!.year).toBe(file.truth.year);
    const record = store.reportById(outcome.reportId!)!;
    for (const table of ['applications', 'appeals'] as const) {
      const stored = store.tableOf(record.id, table, outcome.report!.format);
      for (const [row, values] of Object.entries(file.truth[table] ?? {})) {
        expect(outcome.report![table][row], `${name} ${table}.${row}`).toEqual(values);
        expect(stored[row], `${name} ${table}.${row} stored`).toEqual(values);
      }
    }
  });

  it('empty cells printed as lone pipes are listed as blanks, and a blank 总计 beside a figure breaks rule 3', () => {
    const outcome = asFound.get('04.txt')!;
    expect(outcome.report!.blanks).toContain('applications.received.business');
    expect(outcome.report!.blanks).toContain('applications.granted.total');
    expect(outcome.report!.blanks).not.toContain('applications.received.total');
    expect(outcome.violations.some((violation) => violation.rule === 3 && violation.row === 'granted')).toBe(true);
  });

  it('a row that prints only its zeros, the other cells blank and their places lost, reads all zeros and says so', () => {
    const warnings = asFound.get('05.txt')!.report!.warnings.map((warning) => warning.message);
    expect(warnings.some((message) => message.includes('只印了1个0'))).toBe(true);
  });
});
