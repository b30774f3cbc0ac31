/**
 * A third set of real reports (test/fixtures/reports-more3), found to measure generalisation:
 * townships, 街道, county and district departments of other provinces, 2019–2025, both layouts,
 * each cut at about 2,000 bytes as it was stored (pipe tables, one cell a line, 繁体 mirrors with
 * glued pinyin, titles split over lines or with 年度工作报告, no title at all, 2019 tables in
 * later years, blank tables, garbled dates), with the figures read by hand (its JSON's `source`
 * and `notes`). Every file goes through importFile into a SQLite file, as `gongkai import` does.
 * The agency's name must contain the JSON's (the text may support a fuller form). Where the JSON's
 * agency is null the text never names the agency with its region: the import is refused and asks
 * for --agency, and with --agency every cell is read as the JSON gives it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportOutcome } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { FIXTURE_DIR } from '../../fixtures/reports/layouts.js';

const MORE_DIR = join(FIXTURE_DIR, '..', 'reports-more3');
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
  .filter((name) => /^\d+\.(?:txt|md|html)$/.test(name))
  .sort()
  .map((name) => ({ name, truth: JSON.parse(readFileSync(join(MORE_DIR, name.replace(/\.\w+$/, '.json')), 'utf8')) as Truth }));
const NAMED = FILES.filter((file) => file.truth.agency !== null);
const UNNAMED = FILES.filter((file) => file.truth.agency === null);

const directory = mkdtempSync(join(tmpdir(), 'gongkai-more3-'));
const database = openDatabase(join(directory, 'more3.db'));
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
    expect(FILES.length).toBeGreaterThanOrEqual(25);
    expect(UNNAMED.length).toBeGreaterThan(0);
    for (const file of FILES) expect(file.truth.source.length).toBeGreaterThan(10);
  });

  it.each(NAMED.map((file) => [file.name, file] as const))(
    '%s: agency, year, layout, and imported as partial where cut off',
    (name, file) => {
      const outcome = asFound.get(name)!;
      expect(outcome.error).toBeUndefined();
      expect(outcome.report!.agency).toContain(file.truth.agency);
      expect(outcome.report!.year).toBe(file.truth.year);
      if (file.truth.format) expect(outcome.report!.format).toBe(file.truth.format);
      // A cut-off page says what it lacks; a whole report converted from a PDF may still lack a loose table 二 item.
      if (file.truth.partial) expect(outcome.report!.missing.length).toBeGreaterThan(0);
    },
  );

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

  it('a 繁体 mirror keeps the agency as printed, with the glued pinyin dropped', () => {
    expect(asFound.get('26.txt')!.report!.agency).toBe('柞水縣鳳凰鎮人民政府');
    expect(asFound.get('12.txt')!.report!.agency).toBe('錫山區人社局');
  });

  it('no title and no 我局: the agency a clause of the opening starts with, an inner office standing for its government', () => {
    expect(asFound.get('01.txt')!.report!.agency).toBe('官洲街道办事处');
    expect(asFound.get('18.txt')!.report!.agency).toBe('绍兴市越城区东湖街道');
    // (柞水縣鳳凰鎮人民政府黨政辦公室;…): the 党政办公室 is the township government's.
    expect(asFound.get('26.txt')!.report!.agency).not.toContain('辦公室');
  });

  it('a PDF turned into Markdown: an empty 总计 cell is a blank (0, listed, breaking rule 3), not a lost column', () => {
    const report = asFound.get('32.md')!.report!;
    expect(report.applications.carried_forward).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(report.blanks).toContain('applications.carried_forward.total');
    expect(asFound.get('32.md')!.violations.some((violation) => violation.rule === 3 && violation.row === 'carried_forward')).toBe(true);
  });

  it('a row printed before its label: the label line holds its own whole row, the next line goes to the label that follows', () => {
    const report = asFound.get('32.md')!.report!;
    expect(report.applications.granted).toEqual([9, 0, 0, 0, 0, 0, 9]);
    expect(report.applications.partly_granted).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // Rows whose numbers cannot be told apart are still refused, with the digits, not guessed.
    expect(report.warnings.some((warning) => warning.row === 'not_processed.excessive' && /未读取该行/.test(warning.message))).toBe(true);
  });

  it('tables numbered apart from the text (三、政府信息公开行政复议、行政诉讼情况 after the body’s 一–六) are found by their full title', () => {
    expect(asFound.get('32.md')!.report!.appeals.review).toEqual([1, 0, 0, 0, 1]);
  });

  it('a website named before 政府信息公开年度报告 is not a title, nor 特向社会公布本镇 an agency', () => {
    expect(asFound.get('25.txt')!.report!.agency).toBe('牛街乡人民政府');
    expect(asFound.get('30.txt')!.report!.agency).toContain('衢江区湖南镇');
  });
});
