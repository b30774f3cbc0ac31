/**
 * Figures kept ready for rankings across agencies (migration 16): one row per stored cell and
 * per report's main prose figure, with the report's year and agency name, indexed by
 * (figure, year, value, agency). A ranking is then a few index range reads per year (the first
 * ten in the order asked, the count and total of one index range) instead of reading one cell
 * per report through the cells' primary key and sorting every report of the year.
 *
 * Rows are written with the report (storeRankingFigures, from ReportStore.write, the one write
 * path) and go with it (ON DELETE CASCADE); triggers of migration 16 follow an agency's rename
 * and a report moved to another agency (agency merge), so the name stored is always the
 * agency's. Blank cells are stored as the cells are (value 0): rankings count them as 0, as
 * they did before.
 */
import { GongkaiError } from '../core/errors.js';
import { APPLICANT_COLUMNS, type ReportFormat } from '../report/catalogue.js';
import { PROSE_FIGURES } from '../report/prose-figures.js';
import { type Db, outsideReadTransaction } from './db.js';
import type { FigureRanking, FigureValue, MainProseFigure, ProseRanking, ReportRecord } from './report-store.js';

/** The ranking key of a table cell. */
export function cellFigure(rowKey: string, columnKey: string): string {
  return `${rowKey}.${columnKey}`;
}

/** The ranking key of a report's main prose figure for a topic. */
export function proseFigure(key: string): string {
  return `prose:${key}`;
}

/**
 * Prose topics stated in parts by channel: their main figure is the first total stated without
 * a channel, else the first total. Migration 16 holds the same list as a literal (it must not
 * change with the code); a test checks the two agree.
 */
export const CHANNEL_LAST_PROSE_KEYS: string[] = PROSE_FIGURES.filter((figure) => figure.partsKey).map((figure) => figure.key);

/**
 * Table 三's applicant columns (自然人, 商业企业 …) are not kept: three in four of a report's cells
 * are theirs, and each kept cell is an entry of the ranking index to write (writing them made the
 * ranking figures cost more than the rest of an import). A ranking by applicant type is read
 * from the cells instead (one cell per report of the year). Migration 16 holds the same list as a
 * literal; a test checks the two agree.
 */
export const UNRANKED_COLUMNS: string[] = APPLICANT_COLUMNS.filter((column) => column.key !== 'total').map((column) => column.key);

/**
 * The INSERT … SELECT that writes ranking rows, for one report (`report_id = ?`) or, in migration
 * 16, for every report. Parameters (one report): the unranked columns as a JSON array and the report id for cells; then the channel-last
 * keys as a JSON array and the report id for prose.
 */
export function rankingFiguresSql(scope: 'report' | 'all', channelLastKeys = '?'): { cells: string; prose: string } {
  const where = (column: string) => (scope === 'report' ? `WHERE ${column} = ?` : '');
  return {
    cells: `INSERT INTO ranking_figures (report_id, figure, year, agency_id, agency, value)
      SELECT c.report_id, c.row_key || '.' || c.column_key, r.year, r.agency_id, a.name, c.value
      FROM cells c JOIN reports r ON r.id = c.report_id JOIN agencies a ON a.id = r.agency_id
      WHERE c.column_key NOT IN (SELECT value FROM json_each(?)) ${scope === 'report' ? 'AND c.report_id = ?' : ''}`,
    prose: `INSERT INTO ranking_figures (report_id, figure, year, agency_id, agency, value)
      SELECT p.report_id, 'prose:' || p.figure_key, r.year, r.agency_id, a.name, p.value
      FROM (
        SELECT report_id, figure_key, value,
               ROW_NUMBER() OVER (
                 PARTITION BY report_id, figure_key
                 ORDER BY (figure_key IN (SELECT value FROM json_each(${channelLastKeys})) AND channel IS NOT NULL), id
               ) AS position
        FROM prose_figures ${where('report_id')}
      ) p JOIN reports r ON r.id = p.report_id JOIN agencies a ON a.id = r.agency_id
      WHERE p.position = 1`,
  };
}

/** A ranking row as read: value, agency name, year, report id, agency id. */
type Row = [number, string, number, number, number];

/** Groups of equal value are read one by one up to this many rows; more (a full list) is one ordered read. */
const WALK_LIMIT = 200;

/** SQLite's BINARY order of two strings (UTF-8 bytes, which is code point order; JS `<` compares UTF-16 units). */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.codePointAt(index)!;
    const right = b.codePointAt(index)!;
    if (left !== right) return left - right;
    if (left > 0xffff) index += 1;
  }
  return a.length - b.length;
}

/** The answer order: by value (ascending or descending), then agency name, then year. */
function answerOrder(order: 'asc' | 'desc'): (a: Row, b: Row) => number {
  const sign = order === 'asc' ? 1 : -1;
  return (a, b) => (a[0] - b[0]) * sign || compareText(a[1], b[1]) || a[2] - b[2];
}

function asFigureValue([value, agency, year, reportId, agencyId]: Row): FigureValue {
  return { agency, agencyId, year, reportId, value };
}

/** The ranking statements, prepared on first use. */
function prepareStatements(db: Db) {
  const prepare = (sql: string) => db.prepare(sql);
  const fill = rankingFiguresSql('report');
  const columns = 'value, agency, year, report_id, agency_id';
  return {
    fillCells: prepare(fill.cells),
    queue: prepare('INSERT OR IGNORE INTO ranking_backlog (report_id) VALUES (?)'),
    anyQueued: prepare('SELECT 1 FROM ranking_backlog LIMIT 1'),
    queued: prepare('SELECT report_id FROM ranking_backlog ORDER BY report_id').pluck(),
    clearRows: prepare('DELETE FROM ranking_figures WHERE report_id = ?'),
    clearQueue: prepare('DELETE FROM ranking_backlog'),
    fillProse: prepare(fill.prose),
    summary: prepare(
      'SELECT COUNT(*), TOTAL(value), COUNT(CASE WHEN value > 0 THEN 1 END) FROM ranking_figures WHERE figure = ? AND year = ?',
    ).raw(),
    countOf: prepare('SELECT COUNT(*) FROM ranking_figures WHERE figure = ? AND year = ? AND value = ?').pluck(),
    lowest: prepare('SELECT MIN(value) FROM ranking_figures WHERE figure = ? AND year = ?').pluck(),
    highest: prepare('SELECT MAX(value) FROM ranking_figures WHERE figure = ? AND year = ?').pluck(),
    nextUp: prepare('SELECT MIN(value) FROM ranking_figures WHERE figure = ? AND year = ? AND value > ?').pluck(),
    nextDown: prepare('SELECT MAX(value) FROM ranking_figures WHERE figure = ? AND year = ? AND value < ?').pluck(),
    // In one year an agency has one report: agency name alone orders a group of equal values.
    group: prepare(`SELECT ${columns} FROM ranking_figures WHERE figure = ? AND year = ? AND value = ? ORDER BY agency LIMIT ?`).raw(),
    allAscending: prepare(`SELECT ${columns} FROM ranking_figures WHERE figure = ? AND year = ? ORDER BY value, agency LIMIT ?`).raw(),
    allDescending: prepare(
      `SELECT ${columns} FROM ranking_figures WHERE figure = ? AND year = ? ORDER BY value DESC, agency LIMIT ?`,
    ).raw(),
    // Several rows summed per report (行政诉讼 = both kinds of lawsuit): grouped here, ordered by the caller.
    // Only the index's columns: the agency id of each of 13,000 reports would be a random read of the table.
    summed: prepare(
      `SELECT SUM(value), MIN(agency), year, report_id, 0 FROM ranking_figures
       WHERE figure IN (SELECT value FROM json_each(?)) AND year = ? GROUP BY report_id`,
    ).raw(),
    // A table cell where the report has it, else the report's main prose figure of the same count (新收申请 of table 三, or
    // 收到申请N件 of a report whose tables are cut): one row per report, ordered by the caller.
    cellOrProse: prepare(
      `SELECT f.value, f.agency, f.year, f.report_id, f.agency_id, f.figure = ? FROM ranking_figures f
       WHERE f.year = ? AND (f.figure = ? OR (f.figure = ? AND NOT EXISTS (
         SELECT 1 FROM ranking_figures c WHERE c.report_id = f.report_id AND c.figure = ?)))
         AND (? IS NULL OR f.agency_id IN (SELECT value FROM json_each(?)))`,
    ).raw(),
    // A ranking by applicant column, from the cells (those columns are not kept): grouped here, ordered by the caller.
    fromCells: prepare(
      `SELECT SUM(c.value), MIN(a.name), r.year, r.id, 0
       FROM reports r CROSS JOIN cells c ON c.report_id = r.id AND c.row_key IN (SELECT value FROM json_each(?)) AND c.column_key = ?
       JOIN agencies a ON a.id = r.agency_id WHERE r.year = ? GROUP BY r.id`,
    ).raw(),
    // Among some agencies (哪个公安局最多): their reports of the year, each one's figures summed.
    summedAmong: prepare(
      `SELECT SUM(f.value), MIN(a.name), r.year, r.id, r.agency_id
       FROM reports r JOIN agencies a ON a.id = r.agency_id
       CROSS JOIN ranking_figures f ON f.report_id = r.id AND f.figure IN (SELECT value FROM json_each(?))
       WHERE r.agency_id IN (SELECT value FROM json_each(?)) AND r.year = ? GROUP BY r.id`,
    ).raw(),
    fromCellsAmong: prepare(
      `SELECT SUM(c.value), MIN(a.name), r.year, r.id, r.agency_id
       FROM reports r JOIN agencies a ON a.id = r.agency_id
       CROSS JOIN cells c ON c.report_id = r.id AND c.row_key IN (SELECT value FROM json_each(?)) AND c.column_key = ?
       WHERE r.agency_id IN (SELECT value FROM json_each(?)) AND r.year = ? GROUP BY r.id`,
    ).raw(),
    reportsAmong: prepare(
      `SELECT a.name AS agency, r.year, r.id FROM reports r JOIN agencies a ON a.id = r.agency_id
       WHERE r.agency_id IN (SELECT value FROM json_each(?)) AND r.year IN (SELECT value FROM json_each(?))
       ORDER BY a.name, r.year`,
    ),
    agencyOfReport: prepare('SELECT agency_id FROM reports WHERE id = ?').pluck(),
    years: prepare('SELECT DISTINCT year FROM reports ORDER BY year').pluck(),
    report: prepare(
      `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
       FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?`,
    ),
    mainProse: prepare(
      `SELECT figure_key AS key, label, value, unit, channel, sentence, section_key AS section FROM prose_figures
       WHERE report_id = ? AND figure_key = ? ORDER BY (? AND channel IS NOT NULL), id LIMIT 1`,
    ),
    reportsInYear: prepare('SELECT COUNT(*) FROM reports WHERE year = ?').pluck(),
    valuesOf: prepare('SELECT report_id, value FROM ranking_figures WHERE figure = ?').raw(),
    valueOf: prepare('SELECT value FROM ranking_figures WHERE report_id = ? AND figure = ?').pluck(),
    // Agencies by name (their unique index), each one's reports by year: stops at `limit`.
    without: prepare(
      `SELECT a.name AS agency, r.year FROM agencies a CROSS JOIN reports r ON r.agency_id = a.id
       WHERE r.year IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM ranking_figures f WHERE f.report_id = r.id AND f.figure = ?)
       ORDER BY a.name, r.year LIMIT ?`,
    ),
  };
}

/** Reads (and, for ReportStore.write, writes) the ranking figures. Statements prepared once. */
export class RankingFigures {
  private statementsPrepared?: ReturnType<typeof prepareStatements>;

  /** False on a file migrated only up to an older version (migration tests write one): writes skip the table, migration 16 fills it later. */
  private readonly present: boolean;

  constructor(private readonly db: Db) {
    this.present = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ranking_figures'").get() !== undefined;
  }

  private get statements(): ReturnType<typeof prepareStatements> {
    if (!this.present) throw new GongkaiError('STORE', 'the database has no ranking figures: open it writable once to migrate it');
    this.statementsPrepared ??= prepareStatements(this.db);
    return this.statementsPrepared;
  }

  /**
   * Write the ranking rows of one report from its stored cells and prose figures: ReportStore.write
   * calls it once the report's rows are in (a replaced report's rows went with it).
   */
  storeRankingFigures(reportId: number): void {
    if (!this.present) return;
    this.statements.queue.run(reportId);
  }

  /**
   * Write the ranking rows of every report queued since the last time, in one transaction (one
   * commit touches each index page once, however many reports). Every ranking read calls it
   * first; an import calls it once at its end. A read-only file with queued reports cannot be
   * brought up to date, so its rankings fail with a clear error instead of leaving them out.
   */
  catchUp(): void {
    if (!this.present) return;
    const statements = this.statements;
    if (statements.anyQueued.get() === undefined) return;
    if (this.db.readonly)
      throw new GongkaiError(
        'STORE',
        'the ranking figures of newly stored reports are not written yet: open the database writable once (any gongkai command that writes does)',
      );
    const channelLast = JSON.stringify(CHANNEL_LAST_PROSE_KEYS);
    const unranked = JSON.stringify(UNRANKED_COLUMNS);
    // Inside an answer's read transaction (see readTransaction): written apart, then read anew.
    outsideReadTransaction(this.db, () => this.fill(channelLast, unranked));
  }

  private fill(channelLast: string, unranked: string): void {
    const statements = this.statements;
    this.db
      .transaction(() => {
        for (const reportId of statements.queued.all() as number[]) {
          statements.clearRows.run(reportId);
          statements.fillCells.run(unranked, reportId);
          statements.fillProse.run(channelLast, reportId);
        }
        statements.clearQueue.run();
        // Immediate: two processes catching up at once would otherwise both read the queue and one fail to write.
      })
      .immediate();
  }

  /** The years asked, or every year with a report. */
  private yearsOf(years: number[]): number[] {
    return years.length > 0 ? [...new Set(years)] : (this.statements.years.all() as number[]);
  }

  /**
   * The first `limit` rows of one figure in one year in the answer order; with `above`, only
   * values above it. Small lists walk the groups of equal value (two index reads per group);
   * the group is read in agency order straight from the index.
   */
  private firstOfYear(figure: string, year: number, order: 'asc' | 'desc', limit: number, above?: number): Row[] {
    if (limit <= 0) return [];
    if (limit > WALK_LIMIT) {
      const statement = order === 'asc' ? this.statements.allAscending : this.statements.allDescending;
      const rows = statement.all(figure, year, above === undefined ? limit : Number.MAX_SAFE_INTEGER) as Row[];
      return (above === undefined ? rows : rows.filter((row) => row[0] > above)).slice(0, limit);
    }
    const rows: Row[] = [];
    let value = (
      order === 'asc'
        ? above === undefined
          ? this.statements.lowest.get(figure, year)
          : this.statements.nextUp.get(figure, year, above)
        : this.statements.highest.get(figure, year)
    ) as number | null;
    while (value !== null && rows.length < limit) {
      if (above !== undefined && value <= above) break;
      rows.push(...(this.statements.group.all(figure, year, value, limit - rows.length) as Row[]));
      value = (order === 'asc' ? this.statements.nextUp.get(figure, year, value) : this.statements.nextDown.get(figure, year, value)) as
        | number
        | null;
    }
    return rows;
  }

  /** The first `limit` rows over the years, in the answer order. */
  private first(figure: string, years: number[], order: 'asc' | 'desc', limit: number, above?: number): Row[] {
    const rows = years.flatMap((year) => this.firstOfYear(figure, year, order, limit, above));
    return years.length > 1 ? rows.sort(answerOrder(order)).slice(0, limit) : rows;
  }

  /** Count, total and reports above zero of one figure over the years. */
  private summary(figure: string, years: number[]): { count: number; sum: number; positive: number } {
    const result = { count: 0, sum: 0, positive: 0 };
    for (const year of years) {
      const [count, sum, positive] = this.statements.summary.get(figure, year) as [number, number, number];
      result.count += count;
      result.sum += sum;
      result.positive += positive;
    }
    return result;
  }

  /** See ReportStore.figureRanking. */
  figureRanking(
    rowKeys: string[],
    columnKey: string,
    yearsAsked: number[],
    order: 'asc' | 'desc',
    limit: number,
    among?: readonly number[],
  ): FigureRanking {
    this.catchUp();
    const years = this.yearsOf(yearsAsked);
    if (among) return rankRows(this.rowsAmong(rowKeys, columnKey, years, among), order, limit);
    if (rowKeys.length !== 1 || UNRANKED_COLUMNS.includes(columnKey)) return this.summedRanking(rowKeys, columnKey, years, order, limit);
    const figure = cellFigure(rowKeys[0], columnKey);
    const { count, sum, positive } = this.summary(figure, years);
    const top = this.first(figure, years, order, limit);
    const best = top[0]?.[0];
    const bestCount =
      best === undefined ? 0 : years.reduce((total, year) => total + (this.statements.countOf.get(figure, year, best) as number), 0);
    // Descending, the values above zero come first: they are the top's; ascending, they follow the zeros.
    const positiveTop = order === 'desc' ? top.filter((row) => row[0] > 0) : this.first(figure, years, order, limit, 0);
    const zeroFirst =
      count - positive > 0 ? years.flatMap((year) => this.statements.group.all(figure, year, 0, limit) as Row[]) : ([] as Row[]);
    return {
      count,
      sum,
      positive,
      top: top.map(asFigureValue),
      bestCount,
      positiveTop: positiveTop.map(asFigureValue),
      zeroFirst: zeroFirst.sort(answerOrder('asc')).slice(0, limit).map(asFigureValue),
    };
  }

  /** A figure summed over several rows per report, or of an applicant column: the reports' sums are formed and ordered in memory, one year at a time. */
  private summedRanking(rowKeys: string[], columnKey: string, years: number[], order: 'asc' | 'desc', limit: number): FigureRanking {
    const figures = JSON.stringify(rowKeys.map((rowKey) => cellFigure(rowKey, columnKey)));
    const rowsOfYear = UNRANKED_COLUMNS.includes(columnKey)
      ? (year: number) => this.statements.fromCells.all(JSON.stringify(rowKeys), columnKey, year) as Row[]
      : (year: number) => this.statements.summed.all(figures, year) as Row[];
    return rankRows(years.flatMap(rowsOfYear), order, limit, (row) => this.statements.agencyOfReport.get(row[3]) as number);
  }

  /** The rows of some agencies' reports in the years, each report's figures summed (applicant columns from the cells). */
  private rowsAmong(rowKeys: string[], columnKey: string, years: number[], among: readonly number[]): Row[] {
    const agencies = JSON.stringify(among);
    if (UNRANKED_COLUMNS.includes(columnKey))
      return years.flatMap((year) => this.statements.fromCellsAmong.all(JSON.stringify(rowKeys), columnKey, agencies, year) as Row[]);
    const figures = JSON.stringify(rowKeys.map((rowKey) => cellFigure(rowKey, columnKey)));
    return years.flatMap((year) => this.statements.summedAmong.all(figures, agencies, year) as Row[]);
  }

  /** See ReportStore.cellOrProseRanking. */
  cellOrProseRanking(
    rowKey: string,
    columnKey: string,
    proseKey: string,
    yearsAsked: number[],
    order: 'asc' | 'desc',
    limit: number,
    among?: readonly number[],
  ): FigureRanking & { fromProse: Set<number> } {
    this.catchUp();
    const cell = cellFigure(rowKey, columnKey);
    const prose = proseFigure(proseKey);
    const agencies = among ? JSON.stringify(among) : null;
    const fromProse = new Set<number>();
    const rows = this.yearsOf(yearsAsked).flatMap((year) =>
      (this.statements.cellOrProse.all(prose, year, cell, prose, cell, agencies, agencies) as Array<[...Row, number]>).map(
        ([value, agency, rowYear, reportId, agencyId, isProse]) => {
          if (isProse) fromProse.add(reportId);
          return [value, agency, rowYear, reportId, agencyId] as Row;
        },
      ),
    );
    return { ...rankRows(rows, order, limit), fromProse };
  }

  /** See ReportStore.mainProseValues. */
  mainProseValues(key: string, reportIds?: number[]): Map<number, number> {
    this.catchUp();
    const figure = proseFigure(key);
    if (reportIds === undefined) return new Map(this.statements.valuesOf.all(figure) as Array<[number, number]>);
    const values = new Map<number, number>();
    for (const reportId of reportIds) {
      const value = this.statements.valueOf.get(reportId, figure) as number | undefined;
      if (value !== undefined) values.set(reportId, value);
    }
    return values;
  }

  /** See ReportStore.proseRanking. */
  proseRanking(
    key: string,
    yearsAsked: number[],
    order: 'asc' | 'desc',
    limit: number,
    channelsLast: boolean,
    among?: readonly number[],
  ): ProseRanking {
    this.catchUp();
    const years = this.yearsOf(yearsAsked);
    const figure = proseFigure(key);
    if (among) return this.proseRankingAmong(key, figure, years, order, limit, channelsLast, among);
    const { count, sum } = this.summary(figure, years);
    const top = this.first(figure, years, order, limit).map(([, , , reportId]) => this.mainProseOf(reportId, key, channelsLast));
    const reports = years.reduce((total, year) => total + (this.statements.reportsInYear.get(year) as number), 0);
    const without = reports - count;
    const withoutFirst =
      without > 0 ? (this.statements.without.all(JSON.stringify(years), figure, limit) as Array<{ agency: string; year: number }>) : [];
    return { count, sum, top, without, withoutFirst };
  }

  /** A prose ranking among some agencies: their reports of the years, ordered in memory. */
  private proseRankingAmong(
    key: string,
    figure: string,
    years: number[],
    order: 'asc' | 'desc',
    limit: number,
    channelsLast: boolean,
    among: readonly number[],
  ): ProseRanking {
    const agencies = JSON.stringify(among);
    const rows = years.flatMap((year) => this.statements.summedAmong.all(JSON.stringify([figure]), agencies, year) as Row[]);
    rows.sort(answerOrder(order));
    const stated = new Set(rows.map((row) => row[3]));
    const reports = this.statements.reportsAmong.all(agencies, JSON.stringify(years)) as Array<{
      agency: string;
      year: number;
      id: number;
    }>;
    const lacking = reports.filter((report) => !stated.has(report.id));
    return {
      count: rows.length,
      sum: rows.reduce((total, row) => total + row[0], 0),
      top: rows.slice(0, limit).map(([, , , reportId]) => this.mainProseOf(reportId, key, channelsLast)),
      without: lacking.length,
      withoutFirst: lacking.slice(0, limit).map(({ agency, year }) => ({ agency, year })),
    };
  }

  /** A report with its main figure for a prose topic. */
  private mainProseOf(reportId: number, key: string, channelsLast: boolean): MainProseFigure {
    const report = this.statements.report.get(reportId) as ReportRecord & { format: ReportFormat };
    const main = this.statements.mainProse.get(reportId, key, channelsLast ? 1 : 0) as {
      key: string;
      label: string;
      value: number;
      unit: string;
      channel: string | null;
      sentence: string;
      section: string;
    };
    return { report, figure: { ...main, channel: main.channel ?? undefined } };
  }
}

/**
 * A ranking from rows read in no order (a summed figure, an applicant column, some agencies'
 * reports): ordered here, counted, and the first of each list kept. `agencyOf` gives a shown
 * row's agency id when the read left it out (0).
 */
function rankRows(rows: Row[], order: 'asc' | 'desc', limit: number, agencyOf?: (row: Row) => number): FigureRanking {
  rows.sort(answerOrder(order));
  const ranking: FigureRanking = { count: 0, sum: 0, positive: 0, top: [], bestCount: 0, positiveTop: [], zeroFirst: [] };
  const shown = (row: Row): FigureValue => (agencyOf ? { ...asFigureValue(row), agencyId: agencyOf(row) } : asFigureValue(row));
  for (const row of rows) {
    const item = asFigureValue(row);
    ranking.count += 1;
    ranking.sum += item.value;
    if (item.value === rows[0][0]) ranking.bestCount += 1;
    if (ranking.top.length < limit) ranking.top.push(shown(row));
    if (item.value > 0) {
      ranking.positive += 1;
      if (ranking.positiveTop.length < limit) ranking.positiveTop.push(shown(row));
    } else if (item.value === 0 && ranking.zeroFirst.length < limit) ranking.zeroFirst.push(shown(row));
  }
  return ranking;
}
