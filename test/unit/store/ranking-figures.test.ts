/**
 * Rankings across agencies read from the figures kept ready at write time (migration 16). They
 * must answer exactly as the rankings over the cells did: the reference below is the query the
 * store ran before (each report's cells by primary key, joined to its agency, ordered by value,
 * agency name and year). Real sample reports are stored under many agencies with random figures
 * (many ties, zeros, blank cells, missing rows, prose figures with and without channels), then
 * renamed, merged and replaced, and every ranking is compared with the reference.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutOf } from '../../../src/report/catalogue.js';
import { storeReport } from '../../../src/report/import-service.js';
import type { ProseFigure, Report } from '../../../src/report/model.js';
import { parseReport } from '../../../src/report/parse.js';
import { proseFigureByKey } from '../../../src/report/prose-figures.js';
import { AgencyAdmin } from '../../../src/store/agency-admin.js';
import { type Db, openDatabase } from '../../../src/store/db.js';
import { MIGRATIONS } from '../../../src/store/migrations.js';
import { CHANNEL_LAST_PROSE_KEYS, UNRANKED_COLUMNS } from '../../../src/store/ranking-figures.js';
import { type FigureRanking, type ProseRanking, ReportStore } from '../../../src/store/report-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-ranking-figures-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const SAMPLES = readdirSync(join(import.meta.dirname, '../../../data/reports'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => parseReport(readFileSync(join(import.meta.dirname, '../../../data/reports', file), 'utf8')).report);

/** Agencies of the same kind; 科技局 and 科学技术局 of one region are one agency (stored under one id). */
const AGENCIES = [
  '安平县科学技术局',
  '安平县科技局',
  '白河县科学技术局',
  '长宁县科学技术局',
  '东川区科学技术局',
  '东川区科技局',
  '峨边县科学技术局',
  '丰都县科学技术局',
];
const YEARS = [2022, 2023, 2024];

/** The rankings before migration 16, as the store ran them: the reference. */
function referenceFigureRanking(db: Db, rowKeys: string[], columnKey: string, years: number[], order: 'asc' | 'desc', limit: number) {
  const rows = db
    .prepare(
      `SELECT a.name, r.agency_id, r.year, r.id, SUM(c.value) AS value
       FROM reports r CROSS JOIN cells c ON c.report_id = r.id AND c.row_key IN (SELECT value FROM json_each(?)) AND c.column_key = ?
       JOIN agencies a ON a.id = r.agency_id
       ${years.length > 0 ? 'WHERE r.year IN (SELECT value FROM json_each(?))' : ''}
       GROUP BY r.id ORDER BY value ${order === 'asc' ? 'ASC' : 'DESC'}, a.name, r.year`,
    )
    .raw()
    .all(...[JSON.stringify(rowKeys), columnKey, ...(years.length > 0 ? [JSON.stringify(years)] : [])]) as Array<
    [string, number, number, number, number]
  >;
  const ranking: FigureRanking = { count: 0, sum: 0, positive: 0, top: [], bestCount: 0, positiveTop: [], zeroFirst: [] };
  for (const [agency, agencyId, year, reportId, value] of rows) {
    const item = { agency, agencyId, year, reportId, value };
    ranking.count += 1;
    ranking.sum += value;
    if (value === rows[0][4]) ranking.bestCount += 1;
    if (ranking.top.length < limit) ranking.top.push(item);
    if (value > 0) {
      ranking.positive += 1;
      if (ranking.positiveTop.length < limit) ranking.positiveTop.push(item);
    } else if (value === 0 && ranking.zeroFirst.length < limit) ranking.zeroFirst.push(item);
  }
  return ranking;
}

function referenceProseRanking(db: Db, key: string, years: number[], order: 'asc' | 'desc', limit: number): ProseRanking {
  const byYear = years.length > 0;
  const channelsLast = proseFigureByKey(key)?.partsKey ? 1 : 0;
  const rows = db
    .prepare(
      `WITH ranked AS (
         SELECT p.report_id, p.figure_key, p.label, p.value, p.unit, p.channel, p.sentence, p.section_key,
                ROW_NUMBER() OVER (PARTITION BY p.report_id ORDER BY (? AND p.channel IS NOT NULL), p.id) AS position
         FROM reports r CROSS JOIN prose_figures p ON p.report_id = r.id AND p.figure_key = ?
         ${byYear ? 'WHERE r.year IN (SELECT value FROM json_each(?))' : ''}
       )
       SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile,
              r.stored_at AS storedAt, f.figure_key AS key, f.label, f.value, f.unit, f.channel, f.sentence, f.section_key AS section
       FROM ranked f JOIN reports r ON r.id = f.report_id JOIN agencies a ON a.id = r.agency_id
       WHERE f.position = 1 ORDER BY f.value ${order === 'asc' ? 'ASC' : 'DESC'}, a.name, r.year`,
    )
    .all(...[channelsLast, key, ...(byYear ? [JSON.stringify(years)] : [])]) as Array<Record<string, unknown>>;
  const yearsClause = byYear ? 'WHERE r.year IN (SELECT value FROM json_each(?))' : '';
  const reports = db
    .prepare(`SELECT COUNT(*) FROM reports r ${yearsClause}`)
    .pluck()
    .get(...(byYear ? [JSON.stringify(years)] : [])) as number;
  const without = db
    .prepare(
      `SELECT a.name AS agency, r.year FROM reports r JOIN agencies a ON a.id = r.agency_id
       WHERE ${byYear ? 'r.year IN (SELECT value FROM json_each(?)) AND' : ''}
         NOT EXISTS (SELECT 1 FROM prose_figures p WHERE p.report_id = r.id AND p.figure_key = ?)
       ORDER BY a.name, r.year LIMIT ?`,
    )
    .all(...[...(byYear ? [JSON.stringify(years)] : []), key, limit]) as Array<{ agency: string; year: number }>;
  return {
    count: rows.length,
    sum: rows.reduce((total, row) => total + (row.value as number), 0),
    top: rows.slice(0, limit).map((row) => ({
      report: {
        id: row.id as number,
        agencyId: row.agencyId as number,
        agency: row.agency as string,
        year: row.year as number,
        format: row.format as Report['format'],
        title: row.title as string | null,
        origin: row.origin as 'import' | 'entry',
        sourceFile: row.sourceFile as string | null,
        storedAt: row.storedAt as string,
      },
      figure: {
        key: row.key as string,
        label: row.label as string,
        value: row.value as number,
        unit: row.unit as string,
        channel: (row.channel as string | null) ?? undefined,
        sentence: row.sentence as string,
        section: row.section as string,
      },
    })),
    without: reports - rows.length,
    withoutFirst: reports - rows.length > 0 ? without : [],
  };
}

/** One report's figures: a value per cell (undefined: the row is missing), blank cells, prose figures. */
const figureChoice = fc.record({
  sample: fc.nat({ max: SAMPLES.length - 1 }),
  // Few distinct values: many ties, many zeros.
  values: fc.array(fc.constantFrom(0, 0, 1, 2, 3, 7, 2.5), { minLength: 400, maxLength: 400 }),
  missingRows: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  blanks: fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }),
  prose: fc.array(
    fc.record({
      key: fc.constantFrom('proactive_items', 'proactive_items_by_channel', 'trainings', 'followers'),
      value: fc.constantFrom(0, 5, 12, 12, 300),
      channel: fc.option(fc.constantFrom('网站', '微信公众号'), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
});

/** A sample report under another agency and year, with the chosen figures. */
function reportOf(agency: string, year: number, choice: typeof figureChoice extends fc.Arbitrary<infer T> ? T : never): Report {
  const sample = SAMPLES[choice.sample];
  const layout = layoutOf(sample.format);
  const report: Report = { ...sample, agency, year, blanks: [], proseFigures: [] };
  let cell = 0;
  let rowIndex = 0;
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const rows: Record<string, number[]> = {};
    for (const [rowKey, values] of Object.entries(sample[table])) {
      rowIndex += 1;
      if (choice.missingRows[rowIndex % choice.missingRows.length]) continue;
      const row = layout.row(rowKey);
      rows[rowKey] = values.map((_, column) => {
        cell += 1;
        if (row && choice.blanks[cell % choice.blanks.length] && cell % 5 === 0)
          report.blanks!.push(`${table}.${rowKey}.${row.columns[column].key}`);
        return choice.values[cell % choice.values.length];
      });
    }
    report[table] = rows;
  }
  report.proseFigures = choice.prose.map(
    (figure, index): ProseFigure => ({
      key: figure.key,
      label: `通过渠道${index}主动公开信息`,
      value: figure.value,
      unit: '条',
      channel: figure.channel,
      sentence: `共主动公开信息${figure.value}条。`,
      section: 'proactive',
    }),
  );
  return report;
}

/** Every kind of ranking the engine asks, compared with the reference. */
function expectSameRankings(db: Db, store: ReportStore): void {
  const cases: Array<[string[], string]> = [
    [['received'], 'total'],
    [['received'], 'natural_person'],
    [['handled_total'], 'total'],
    [['review'], 'total'],
    [['litigation_direct', 'litigation_after_review'], 'total'],
    [['litigation_direct', 'litigation_after_review', 'review'], 'upheld'],
  ];
  const yearSets = [[], [2023], [2022, 2024], [2019]];
  for (const [rowKeys, column] of cases)
    for (const years of yearSets)
      for (const order of ['asc', 'desc'] as const)
        for (const limit of [1, 3, 10])
          expect(store.figureRanking(rowKeys, column, years, order, limit), JSON.stringify([rowKeys, column, years, order, limit])).toEqual(
            referenceFigureRanking(db, rowKeys, column, years, order, limit),
          );
  for (const key of ['proactive_items', 'trainings', 'followers']) {
    // The web pages' series: each report's main figure, as the ranking ranks it.
    const main = new Map(
      referenceProseRanking(db, key, [], 'desc', Number.MAX_SAFE_INTEGER).top.map((item) => [item.report.id, item.figure.value]),
    );
    expect(store.mainProseValues(key)).toEqual(main);
    const some = [...main.keys()].filter((_, index) => index % 2 === 0).concat([999_999]);
    expect(store.mainProseValues(key, some)).toEqual(new Map([...main].filter(([id]) => some.includes(id))));
    for (const years of yearSets)
      for (const order of ['asc', 'desc'] as const)
        for (const limit of [2, 10, Number.MAX_SAFE_INTEGER])
          expect(store.proseRanking(key, years, order, limit), JSON.stringify([key, years, order, limit])).toEqual(
            referenceProseRanking(db, key, years, order, limit),
          );
  }
}

describe('rankings from the ranking figures (migration 16)', () => {
  it('answer as the rankings over the cells did, through renames, merges and replaced reports', () => {
    fc.assert(
      fc.property(
        fc.array(figureChoice, { minLength: AGENCIES.length * YEARS.length, maxLength: AGENCIES.length * YEARS.length }),
        (choices) => {
          const db = openDatabase(':memory:');
          try {
            const store = new ReportStore(db);
            let index = 0;
            for (const agency of AGENCIES)
              for (const year of YEARS) {
                const choice = choices[index];
                index += 1;
                // Some agencies lack a year: partial coverage.
                if (choice.sample === 0 && year === 2022) continue;
                storeReport(store, reportOf(agency, year, choice), [], { origin: 'import' });
              }
            storeReport(store, reportOf('甘洛县科学技术局', 2019, choices[1]), [], { origin: 'import' });
            expectSameRankings(db, store);
            const admin = new AgencyAdmin(db, store);
            // A rename reorders ties by name; a merge moves a report to another agency; a report is replaced.
            admin.rename('白河县科学技术局', '阿里县科学技术局', 'test');
            admin.merge('甘洛县科学技术局', '峨边县科学技术局', 'test');
            storeReport(store, reportOf('长宁县科学技术局', 2023, choices[0]), [], { origin: 'import' });
            expectSameRankings(db, store);
          } finally {
            db.close();
          }
        },
      ),
      // A failure is reported as found: shrinking 48 reports of 400 figures takes minutes.
      { numRuns: 6, endOnFailure: true },
    );
  });

  it('migration 16 fills a version-15 file as the write path does, and its triggers follow renames', () => {
    const file = join(directory, 'v15.db');
    const db = openDatabase(file);
    const store = new ReportStore(db);
    const choices = fc.sample(figureChoice, { numRuns: AGENCIES.length * YEARS.length });
    let index = 0;
    for (const agency of AGENCIES)
      for (const year of YEARS) storeReport(store, reportOf(agency, year, choices[index++]), [], { origin: 'import' });
    for (const sample of SAMPLES) storeReport(store, sample, [], { origin: 'import' });
    // Written for the queued reports in one go, as at the end of an import.
    store.settleRankings();
    const everyRow = (database: Db) =>
      database
        .prepare('SELECT report_id, figure, year, agency_id, agency, value FROM ranking_figures ORDER BY report_id, figure')
        .raw()
        .all();
    const written = everyRow(db);
    expect(written.length).toBeGreaterThan(500);
    // The file as version 15 left it: no ranking figures, no triggers, migration 16 not applied.
    db.exec(`DROP TRIGGER ranking_figures_agency_renamed; DROP TRIGGER ranking_figures_report_moved; DROP TABLE ranking_figures;
             DROP TABLE ranking_backlog; DELETE FROM schema_migrations WHERE version = 16`);
    db.close();

    const migrated = openDatabase(file);
    expect(everyRow(migrated)).toEqual(written);
    const migratedStore = new ReportStore(migrated);
    expectSameRankings(migrated, migratedStore);
    new AgencyAdmin(migrated, migratedStore).rename('安平县科学技术局', '阿坝县科学技术局', 'test');
    expect(migrated.prepare("SELECT COUNT(*) FROM ranking_figures WHERE agency = '安平县科学技术局'").pluck().get()).toBe(0);
    expectSameRankings(migrated, migratedStore);
    migrated.close();
  });

  it('migration 16 orders prose figures by channel and leaves out the applicant columns as the write path does', () => {
    const sql = MIGRATIONS.find((migration) => migration.version === 16)!.sql;
    expect(sql).toContain(`figure_key IN (${CHANNEL_LAST_PROSE_KEYS.map((key) => `'${key}'`).join(', ')})`);
    expect(sql).toContain(`c.column_key NOT IN (${UNRANKED_COLUMNS.map((key) => `'${key}'`).join(', ')})`);
  });
});

describe('ranking figures written after the reports (ranking_backlog)', () => {
  it('queues a stored report, writes its rows before the next ranking read, and refuses a read-only file that still has some queued', () => {
    const file = join(directory, 'queued.db');
    const db = openDatabase(file);
    const store = new ReportStore(db);
    for (const sample of SAMPLES) storeReport(store, sample, [], { origin: 'import' });
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT COUNT(*) FROM ranking_backlog')).toBe(SAMPLES.length);
    expect(count('SELECT COUNT(*) FROM ranking_figures')).toBe(0);
    db.close();

    const readOnly = openDatabase(file, { readonly: true });
    expect(() => new ReportStore(readOnly).figureRanking(['granted'], 'total', [], 'desc', 3)).toThrow(/not written yet/);
    readOnly.close();

    const writable = openDatabase(file);
    const again = new ReportStore(writable);
    const ranking = again.figureRanking(['granted'], 'total', [], 'desc', 3);
    expect(ranking.count).toBe(SAMPLES.length);
    expect(writable.prepare('SELECT COUNT(*) FROM ranking_backlog').pluck().get()).toBe(0);
    expect(writable.prepare('SELECT COUNT(DISTINCT report_id) FROM ranking_figures').pluck().get()).toBe(SAMPLES.length);
    writable.close();
  });
});
