/** The report repository: agencies, reports, cells, sections, prose figures, contacts. */
import { performance } from 'node:perf_hooks';
import { agencyAliases, agencyNameProblem, bareZoneAlias, regionLevels, sameAgency, splitAgencyName } from '../report/agency-names.js';
import { toSimplified } from '../text/script.js';
import { layoutOf, type ReportFormat, type TableKey } from '../report/catalogue.js';
import { proseFigureByKey } from '../report/prose-figures.js';
import { proseFiguresOfSections } from '../report/parse.js';
import type { Contacts, ProseFigure, Published, Report, Violation } from '../report/model.js';
import { versionedCache } from '../core/cache.js';
import { GongkaiError } from '../core/errors.js';
import { searchWordsOfSentences, splitSentences } from '../text/segment.js';
import { tableSectionSentences } from '../text/table-prose.js';
import type { Statement } from 'better-sqlite3';
import { BatchInsert } from './batch-insert.js';
import { type Db, writeFailure } from './db.js';
import { RankingFigures } from './ranking-figures.js';
import { rankSentenceBytes, SENTENCE_BYTES_SQL, type SentenceBytes, type SentenceBytesRow, sentenceBytes } from './sentence-bytes.js';

export interface AgencyRecord {
  id: number;
  name: string;
  region: string;
  kind: string;
}

export interface ReportRecord {
  id: number;
  agencyId: number;
  agency: string;
  year: number;
  format: ReportFormat;
  title: string | null;
  origin: 'import' | 'entry';
  sourceFile: string | null;
  storedAt: string;
}

export interface SaveResult {
  reportId: number;
  /** True when a report for the same agency and year was replaced. */
  replaced: boolean;
  /** The violations stored with it (the import service adds the cross-year rules to the report's own). */
  violations: Violation[];
}

export interface FigureValue {
  agency: string;
  agencyId: number;
  year: number;
  reportId: number;
  value: number;
}

/** One stored report as `gongkai reports` lists it. */
export interface ReportListing {
  agency: string;
  year: number;
  format: ReportFormat;
  origin: 'import' | 'entry';
  /** The file name or URL it was imported from; null for a report entered in chat. */
  source: string | null;
  missing: string[];
  blanks: number;
  violations: number;
}

/** One report to store with saveMany. */
export interface SaveItem {
  report: Report;
  violations: Violation[];
  meta: { origin: 'import' | 'entry'; sourceFile?: string };
}

/** What the store holds, in brief: counts, and the first agencies by name with their years. */
export interface ReportSummary {
  reports: number;
  /** Agencies with at least one report. */
  agencies: number;
  first: Array<{ agency: string; years: number[] }>;
}

/** One figure across agencies, summarised in one ordered pass: never every report in memory. */
export interface FigureRanking {
  /** Reports that state the figure. */
  count: number;
  sum: number;
  /** Reports where it is above zero. */
  positive: number;
  /** The first `limit` in the order asked (value, then agency name, then year). */
  top: FigureValue[];
  /** How many share the first value. */
  bestCount: number;
  /** The first `limit` above zero, in the order asked. */
  positiveTop: FigureValue[];
  /** The first `limit` at zero, by agency name. */
  zeroFirst: FigureValue[];
}

/** A report's main figure for a prose topic (主动公开条数 …), as rankings across agencies use it. */
export interface MainProseFigure {
  report: ReportRecord;
  figure: ProseFigure;
}

/** A prose figure across agencies: each report's main figure for it, summarised. */
export interface ProseRanking {
  count: number;
  sum: number;
  /** The first `limit` by value in the order asked, ties by agency name and year. */
  top: MainProseFigure[];
  /** Reports of those years that do not state the figure, and the first `limit` of them by name. */
  without: number;
  withoutFirst: Array<{ agency: string; year: number }>;
}

/**
 * Writes made through any ReportStore on a connection. Together with `PRAGMA data_version`
 * (bumped by other connections' commits) it tells whether cached read results are still true.
 */
const ownWrites = new WeakMap<Db, { count: number }>();

/** Results cached until the next write; bounded so many distinct questions cannot grow it without end. */
const MEMO_MAX_ENTRIES = 512;
/**
 * Agencies whose report list is cached, the most recently asked (about 4 MB): a province's every
 * agency, so that a busy service seldom reads a list twice (nearly every question reads one).
 */
const REPORTS_BY_AGENCY_MAX = 16_384;
/**
 * Reports whose sentences are kept ready for ranking, the most recently searched (~10 KB each): a
 * conversation's reports, whose follow-ups read the same report and its neighbours. Keeping 256
 * kept mostly garbage: a set evicted after a hundred questions had been promoted to V8's old
 * generation first, and on 100,000 reports the heap grew by 90 MB for hits that seldom came.
 */
const SENTENCE_SETS_MAX = 32;
/** Sentence searches kept (searchSentences): an answer repeats its own; 20 hits of a few hundred bytes each. */
const SEARCHES_MAX = 256;
/** Report rows whose cells are kept for answers (rowCells), the most recently read (~1 KB each). */
const ROW_CELLS_MAX = 1024;
/**
 * Reports whose section texts are kept (sections, section), the most recently read (~3 KB each): an answer reads the
 * sections of its report several times, one by one (the sentence after a hit, the section quoted) and all together.
 */
const SECTION_TEXTS_MAX = 256;
/** Distinct format and origin values shared by the kept report records (there are a few of each). */
const SHARED_STRINGS_MAX = 64;
/** How often another connection's commits are looked for (PRAGMA data_version). */
const DATA_VERSION_CHECK_MS = 100;

const TABLES: TableKey[] = ['proactive', 'applications', 'appeals'];

/** Report title as citizens see it cited (report/labels.ts). */
export { citedReportTitle as reportTitle } from '../report/labels.js';

/** One sentence found by searchSentences; lower scores are better (SQLite's bm25). */
export interface SentenceHit {
  rowid: number;
  sentence: string;
  sectionKey: string;
  score: number;
}

/** One report's sentences made ready for ranking (kept per report while the data is unchanged). */
export interface SentenceSet {
  rows: Array<{ rowid: number; sentence: string; sectionKey: string }>;
  /** Every sentence's words as “ w1 w2 ”, one sentence per line: one indexOf scan finds a term in all of them. */
  text: string;
  /** Where each sentence starts in `text`. */
  starts: number[];
  /** Words per sentence, counted when a sentence first matches (-1 before). */
  lengths: Int32Array;
  averageLength: number;
}

/** Spaces in text[from, to). */
function spacesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === 32) count += 1;
  return count;
}

/** Ready one report's sentences (rowid, space-separated search words, sentence, section) for rankSentenceSet. */
export function sentenceSet(rows: Array<{ rowid: number; words: string; sentence: string; sectionKey: string }>): SentenceSet {
  const starts: number[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const row of rows) {
    // Stored as searchWords(…).join(' '): single spaces between words. Anything else is tidied first.
    const words = /^ | $| {2}|[^\S ]/.test(row.words)
      ? row.words
          .split(/\s+/)
          .filter((word) => word.length > 0)
          .join(' ')
      : row.words;
    // A line holds one space more than it has words (none for a sentence without words).
    const line = words.length > 0 ? ` ${words} ` : ' ';
    starts.push(offset);
    lines.push(line);
    offset += line.length + 1;
  }
  const text = lines.join('\n');
  const words = spacesIn(text, 0, text.length) - rows.length;
  return {
    rows: rows.map(({ rowid, sentence, sectionKey }) => ({ rowid, sentence, sectionKey })),
    text,
    starts,
    lengths: new Int32Array(rows.length).fill(-1),
    averageLength: rows.length === 0 ? 1 : words / rows.length || 1,
  };
}

/** Words of sentence `index` of a set. */
function lengthOf(set: SentenceSet, index: number): number {
  if (set.lengths[index] < 0) {
    const end = index + 1 < set.starts.length ? set.starts[index + 1] - 1 : set.text.length;
    set.lengths[index] = spacesIn(set.text, set.starts[index], end) - 1;
  }
  return set.lengths[index];
}

/** The sentence holding position `at` of a SentenceSet's text. */
function sentenceAt(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * BM25 (k1 = 1.2, b = 0.75, FTS5's formula and sign: lower is better) over one report's sentences,
 * any term matching, with the report's own sentences as the collection. Ranking within one report
 * in memory is microseconds; FTS5 would read each term's doclist over every report.
 */
export function rankSentenceSet(set: SentenceSet, terms: string[]): SentenceHit[] {
  const count = set.rows.length;
  if (count === 0) return [];
  // Each distinct term once, in the order given: a sentence's score adds the terms in that order.
  const scores = new Map<number, number>();
  for (const term of new Set(terms)) {
    if (term.length === 0 || /\s/.test(term)) continue;
    const needle = ` ${term} `;
    const frequencies = new Map<number, number>();
    for (let at = set.text.indexOf(needle); at >= 0; at = set.text.indexOf(needle, at + needle.length - 1)) {
      const index = sentenceAt(set.starts, at);
      frequencies.set(index, (frequencies.get(index) ?? 0) + 1);
    }
    if (frequencies.size === 0) continue;
    const idf = Math.max(1e-6, Math.log((count - frequencies.size + 0.5) / (frequencies.size + 0.5)));
    for (const [index, frequency] of frequencies) {
      const contribution = (idf * frequency * 2.2) / (frequency + 1.2 * (0.25 + (0.75 * lengthOf(set, index)) / set.averageLength));
      scores.set(index, (scores.get(index) ?? 0) + contribution);
    }
  }
  const hits: SentenceHit[] = [];
  for (const [index, score] of scores) {
    const row = set.rows[index];
    if (score > 0) hits.push({ rowid: row.rowid, sentence: row.sentence, sectionKey: row.sectionKey, score: -score });
  }
  return hits.sort((a, b) => a.score - b.score || a.rowid - b.rowid);
}

/** rankSentenceSet over rows as read from the index. */
export function rankSentences(
  rows: Array<{ rowid: number; words: string; sentence: string; sectionKey: string }>,
  terms: string[],
): SentenceHit[] {
  return rankSentenceSet(sentenceSet(rows), terms);
}

type StoredProseFigure = ProseFigure & { channel: string | null };

/** Prose figures as read: a missing channel is undefined, as in the model. */
function withChannels(rows: StoredProseFigure[]): ProseFigure[] {
  return rows.map((figure) => ({ ...figure, channel: figure.channel ?? undefined }));
}

/** Sections that hold the tables: their text is a grid, answered from cells, not retrieved. */
const TABLE_SECTIONS = new Set<string>(['proactive', 'applications', 'appeals']);

function inTransaction<T extends unknown[]>(db: Db, body: (...args: T) => void): (...args: T) => void {
  return db.transaction(body) as unknown as (...args: T) => void;
}

/** Reads and writes reports. Statements are prepared once and reused. */
export class ReportStore {
  private readonly statements;

  /** `sentenceWords`: a sentence's search words as stored (searchWords joined by spaces); a bulk loader may memoise it. */
  constructor(
    readonly db: Db,
    private readonly options: { sentenceWords?: (sentence: string) => string } = {},
  ) {
    const prepare = (sql: string) => db.prepare(sql);
    // Prepared at their first use: they name columns a later migration adds (contacts.contact_person, migration 25), which a file
    // at an older version lacks while a migration test opens it to write its agencies.
    const preparedLater = (sql: string) => {
      let statement: Statement | undefined;
      return () => {
        statement ??= db.prepare(sql);
        return statement;
      };
    };
    this.statements = {
      agencyByName: prepare('SELECT id, name, region, kind FROM agencies WHERE name = ?'),
      insertAgency: prepare('INSERT INTO agencies (name, region, kind, created_at) VALUES (?, ?, ?, ?)'),
      // One row per agency already ((alias, agency_id) is the key), in the key's order: no DISTINCT or
      // ORDER BY, whose temporary b-trees made this lookup ~80 µs, run for every name form at each import.
      agenciesByAlias: prepare(
        'SELECT a.id, a.name, a.region, a.kind FROM agency_aliases al JOIN agencies a ON a.id = al.agency_id WHERE al.alias = ? ORDER BY al.agency_id',
      ),
      renameAgency: prepare('UPDATE agencies SET name = ?, region = ?, kind = ? WHERE id = ?'),
      agencies: prepare('SELECT id, name, region, kind FROM agencies ORDER BY name'),
      agencyCount: prepare('SELECT COUNT(*) FROM agencies'),
      aliases: prepare('SELECT alias, agency_id AS agencyId FROM agency_aliases ORDER BY alias, agency_id'),
      aliasesIn: prepare('SELECT alias, agency_id AS agencyId FROM agency_aliases WHERE instr(?, alias) > 0 ORDER BY alias, agency_id'),
      agenciesNamedWith: prepare(
        `SELECT id, name, region, kind FROM agencies
         WHERE id IN (SELECT value FROM json_each(?)) OR EXISTS (SELECT 1 FROM json_each(?) b WHERE instr(agencies.name, b.value) > 0)
         ORDER BY name`,
      ),
      reportByAgencyYear: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = ? AND r.year = ?`,
      ),
      reportById: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt,
                r.missing, r.warnings
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ?`,
      ),
      reports: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY a.name, r.year`,
      ),
      reportsOfAgency: prepare(
        `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
         FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = ? ORDER BY r.year`,
      ),
      years: prepare('SELECT DISTINCT year FROM reports ORDER BY year'),
      reportCount: prepare('SELECT COUNT(*) FROM reports'),
      deleteReport: prepare('DELETE FROM reports WHERE id = ?'),
      insertContacts: preparedLater(
        `INSERT INTO contacts (report_id, address, post_code, phone, fax, email, website, office_hours, contact_person, qq, office)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      deleteViolationsOfRule: prepare('DELETE FROM violations WHERE report_id = ? AND rule = ?'),
      cellsOfReportTable: prepare(
        'SELECT row_key AS rowKey, column_key AS columnKey, value FROM cells WHERE report_id = ? AND table_key = ?',
      ),
      rowCells: prepare('SELECT column_key, value, blank FROM cells WHERE report_id = ? AND row_key = ?').raw(),
      blanksOfReport: prepare(
        'SELECT table_key AS tableKey, row_key AS rowKey, column_key AS columnKey FROM cells WHERE report_id = ? AND blank = 1',
      ),
      // From the year's reports to each one's cell by primary key (there is no index by figure: migration 5).
      figureAcross: prepare(
        `SELECT a.name AS agency, a.id AS agencyId, r.year, r.id AS reportId, c.value
         FROM reports r CROSS JOIN cells c ON c.report_id = r.id AND c.row_key = ? AND c.column_key = ? JOIN agencies a ON a.id = r.agency_id
         WHERE r.year = ? ORDER BY c.value DESC, a.name`,
      ),
      figureAcrossAllYears: prepare(
        `SELECT a.name AS agency, a.id AS agencyId, r.year, r.id AS reportId, c.value
         FROM reports r CROSS JOIN cells c ON c.report_id = r.id AND c.row_key = ? AND c.column_key = ? JOIN agencies a ON a.id = r.agency_id
         ORDER BY r.year, c.value DESC, a.name`,
      ),
      sectionsOfReport: prepare('SELECT section_key AS sectionKey, text FROM sections WHERE report_id = ?'),
      proseOfReport: prepare(
        `SELECT figure_key AS key, label, value, unit, channel, sentence, section_key AS section FROM prose_figures WHERE report_id = ? ORDER BY id`,
      ),
      // Through the (report_id, figure_key) index: a report states twenty-odd prose figures, a question asks one or two.
      proseOfReportWithKeys: prepare(
        `SELECT figure_key AS key, label, value, unit, channel, sentence, section_key AS section FROM prose_figures
         WHERE report_id = ? AND figure_key IN (?, ?) ORDER BY id`,
      ),
      contactsOfReport: preparedLater(
        'SELECT address, post_code, phone, fax, email, website, office_hours, contact_person, qq, office FROM contacts WHERE report_id = ?',
      ),
      violationsOfReport: prepare(
        'SELECT rule, row_key AS row, column_key AS "column", severity, message FROM violations WHERE report_id = ? ORDER BY rowid',
      ),
      backlog: prepare('SELECT report_id FROM sentence_backlog ORDER BY report_id LIMIT ?').pluck(),
      dropFromBacklog: prepare('DELETE FROM sentence_backlog WHERE report_id = ?'),
      proseSectionsOf: prepare('SELECT section_key AS sectionKey, text FROM sections WHERE report_id = ? ORDER BY section_key'),
      logImport: prepare('INSERT INTO import_log (file, agency, year, status, message, at) VALUES (?, ?, ?, ?, ?, ?)'),
      dataVersion: prepare('PRAGMA data_version'),
      agenciesWithReportsCount: prepare('SELECT COUNT(DISTINCT agency_id) FROM reports'),
      firstAgenciesWithReports: prepare(
        `SELECT a.id, a.name FROM agencies a WHERE EXISTS (SELECT 1 FROM reports r WHERE r.agency_id = a.id) ORDER BY a.name LIMIT ?`,
      ),
      yearsOfAgency: prepare('SELECT year FROM reports WHERE agency_id = ? ORDER BY year'),
    };
    this.inserts = {
      aliases: new BatchInsert(db, 'INSERT OR IGNORE INTO agency_aliases (alias, agency_id)', 2),
      cells: new BatchInsert(db, 'INSERT INTO cells (report_id, table_key, row_key, column_key, value, blank)', 6),
      sections: new BatchInsert(db, 'INSERT INTO sections (report_id, section_key, text)', 3),
      sentences: new BatchInsert(db, 'INSERT INTO sentences (id, words, sentence, section_key)', 4),
      proseFigures: new BatchInsert(
        db,
        'INSERT INTO prose_figures (report_id, section_key, figure_key, label, value, unit, channel, sentence)',
        8,
      ),
      violations: new BatchInsert(db, 'INSERT INTO violations (report_id, rule, row_key, column_key, severity, message)', 6),
    };
    this.rankings = new RankingFigures(db);
    if (!ownWrites.has(db)) ownWrites.set(db, { count: 0 });
    this.writes = ownWrites.get(db)!;
    if (!db.readonly) {
      this.indexBacklog();
      this.aliasBacklog();
      this.proseBacklog();
    }
  }

  /**
   * Read the prose figures of imported reports stored by older code again from their stored sections (migration 24), a batch
   * per transaction, and queue their rankings: a figure today's import reads is then answered for them too.
   */
  private proseBacklog(): void {
    // A file migrated only up to an older version (the migration tests write one) has no backlog.
    if (!this.db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get('table', 'prose_backlog')) return;
    const pending = this.db.prepare('SELECT report_id FROM prose_backlog ORDER BY report_id LIMIT ?').pluck();
    const done = this.db.prepare('DELETE FROM prose_backlog WHERE report_id = ?');
    const clear = this.db.prepare('DELETE FROM prose_figures WHERE report_id = ?');
    const batch = inTransaction(this.db, (ids: number[]) => {
      for (const id of ids) {
        const figures = proseFiguresOfSections(this.sections(id));
        clear.run(id);
        this.insertProseFigures(id, figures);
        this.rankings.storeRankingFigures(id);
        done.run(id);
      }
    });
    for (;;) {
      const ids = pending.all(200) as number[];
      if (ids.length === 0) break;
      batch(ids);
    }
  }

  /** Give agencies stored by older code the name forms agencyAliases now makes (migration 17), a batch per transaction. */
  private aliasBacklog(): void {
    // A file migrated only up to an older version (the migration tests write one) has no backlog.
    if (!this.db.prepare('SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?').get('table', 'alias_backlog')) return;
    const pending = this.db.prepare('SELECT b.agency_id AS id, a.name FROM alias_backlog b JOIN agencies a ON a.id = b.agency_id LIMIT ?');
    const done = this.db.prepare('DELETE FROM alias_backlog WHERE agency_id = ?');
    const split = this.db.prepare('UPDATE agencies SET region = ?, kind = ? WHERE id = ?');
    const aliasesOf = this.db.prepare('SELECT alias FROM agency_aliases WHERE agency_id = ?').pluck();
    const dropAlias = this.db.prepare('DELETE FROM agency_aliases WHERE alias = ? AND agency_id = ?');
    const batch = inTransaction(this.db, (agencies: Array<{ id: number; name: string }>) => {
      for (const agency of agencies) {
        // Region and kind as today's code reads the name (北京市|城市管理委员会, not 北京市城市|管理委员会).
        const { region, kind } = splitAgencyName(agency.name);
        split.run(region, kind, agency.id);
        for (const alias of aliasesOf.all(agency.id) as string[]) if (bareZoneAlias(alias, kind)) dropAlias.run(alias, agency.id);
        this.insertAliases(agency.id, agencyAliases(agency.name));
        done.run(agency.id);
      }
    });
    for (;;) {
      const agencies = pending.all(500) as Array<{ id: number; name: string }>;
      if (agencies.length === 0) break;
      batch(agencies);
    }
    // Rows whose agency is gone have nothing to learn.
    this.db.prepare('DELETE FROM alias_backlog').run();
  }

  /** Index the sentences of reports stored before sentence retrieval existed (migration 8), a batch per transaction. */
  private indexBacklog(): void {
    const batch = inTransaction(this.db, (ids: number[]) => {
      for (const id of ids) {
        this.deleteSentences(id);
        const sections = this.statements.proseSectionsOf.all(id) as Array<{ sectionKey: string; text: string }>;
        this.indexSentences(
          id,
          sections.map((section) => [section.sectionKey, section.text]),
        );
        this.statements.dropFromBacklog.run(id);
      }
    });
    for (;;) {
      const ids = this.statements.backlog.all(500) as number[];
      if (ids.length === 0) break;
      batch(ids);
    }
  }

  /** Remove a report's sentences from the retrieval index. */
  /**
   * The sentence table's statements, prepared on first use: a store opened on a file from before
   * migration 15 (tests write such files to migrate them) works until it touches sentences.
   * A report's sentences are rowids report_id * 4096 … + 4095: deleting and reading them is one b-tree range.
   */
  private sentenceStatements(): { delete: Statement; ofReport: Statement; bytesOfReport: Statement | undefined } {
    this.sentenceStatementsPrepared ??= {
      delete: this.db.prepare('DELETE FROM sentences WHERE id BETWEEN ? * 4096 AND ? * 4096 + 4095'),
      ofReport: this.db
        .prepare(
          'SELECT id AS rowid, words, sentence, section_key AS sectionKey FROM sentences WHERE id BETWEEN ? * 4096 AND ? * 4096 + 4095',
        )
        .raw(),
      // Text read as blobs is UTF-8 only in a UTF-8 database (SQLite's default; the others are read as rows).
      bytesOfReport:
        String(this.db.pragma('encoding', { simple: true })).toUpperCase() === 'UTF-8'
          ? this.db.prepare(SENTENCE_BYTES_SQL).raw()
          : undefined,
    };
    return this.sentenceStatementsPrepared;
  }

  private publishedStatement?: Statement;
  /** Prepared on the first report written: its columns (published, migration 22) are not there on a file opened at an older version. */
  private insertReportStatement?: Statement;
  private sentenceStatementsPrepared?: { delete: Statement; ofReport: Statement; bytesOfReport: Statement | undefined };

  private deleteSentences(reportId: number): void {
    this.sentenceStatements().delete.run(reportId, reportId);
  }

  /** Store the sentences of a report's prose sections (tables are answered from cells) for retrieval. */
  private indexSentences(reportId: number, sections: Array<[string, string]>): void {
    const sentences: Array<{ key: string; sentence: string }> = [];
    for (const [key, text] of sections) {
      // A table section's own text is answered from cells; only the prose written around the table is indexed.
      for (const sentence of TABLE_SECTIONS.has(key) ? tableSectionSentences(text) : splitSentences(text))
        sentences.push({ key, sentence });
    }
    sentences.length = Math.min(sentences.length, 4096);
    // One segmenter call for the report's sentences, not one each.
    // Words of the simplified form, so 繁体 report text is found by simplified questions; the sentence is kept as printed.
    const simplified = sentences.map((item) => toSimplified(item.sentence));
    const sentenceWords = this.options.sentenceWords;
    const words = sentenceWords
      ? simplified.map((sentence) => sentenceWords(sentence))
      : searchWordsOfSentences(simplified).map((list) => list.join(' '));
    const values: unknown[] = [];
    sentences.forEach((item, position) => {
      values.push(reportId * 4096 + position, words[position], item.sentence, item.key);
    });
    this.inserts.sentences.run(values);
  }

  /**
   * The sentences of one report that share words with the query, best BM25 first. `words` are
   * search words (searchWords); any of them may match.
   */
  searchSentences(reportId: number, words: readonly string[], limit = 20): readonly SentenceHit[] {
    const terms = [...new Set(words)].filter((word) => word.length > 0);
    if (terms.length === 0) return [];
    // One answer often searches the same report for the same words twice or more (a figure, then its yes/no, then
    // the sentence to quote): the hits are kept until the data changes (frozen: callers copy before reordering).
    return this.searches.get(`${reportId}|${limit}|${terms.join('|')}`, () => {
      // U+FFFD is what bytes that are not UTF-8 decode to: only the decoded rows can say where it is (sentence-bytes.ts).
      const set = terms.some((term) => term.includes('\ufffd')) ? this.sentenceRows(reportId) : this.sentencesOfReport(reportId);
      return Object.freeze('rows' in set ? rankSentenceSet(set, terms).slice(0, limit) : rankSentenceBytes(set, terms, limit));
    });
  }

  /**
   * One report's sentences ready for ranking, as bytes (sentence-bytes.ts: one statement, no
   * decoding of the sentences not returned) or, when they cannot be read so, as rows; the most
   * recently searched reports are kept until the data changes.
   */
  private sentencesOfReport(reportId: number): SentenceSet | SentenceBytes {
    return this.sentenceSets.get(reportId, () => {
      const statements = this.sentenceStatements();
      const bytes = statements.bytesOfReport && sentenceBytes(statements.bytesOfReport.get(reportId, reportId) as SentenceBytesRow);
      return bytes ?? this.sentenceRows(reportId);
    });
  }

  /** One report's sentences read as rows, ready for rankSentenceSet. */
  private sentenceRows(reportId: number): SentenceSet {
    return sentenceSet(
      (this.sentenceStatements().ofReport.all(reportId, reportId) as Array<[number, string, string, string]>).map(
        ([rowid, words, sentence, sectionKey]) => ({ rowid, words, sentence, sectionKey }),
      ),
    );
  }

  /** The import path's multi-row INSERTs (see batch-insert.ts), one per table. */
  private readonly inserts;
  private readonly writes: { count: number };
  /** Figures kept ready for rankings across agencies (migration 16). */
  private readonly rankings: RankingFigures;
  private dataVersion = 0;
  private dataVersionCheckedAt = Number.NEGATIVE_INFINITY;
  /** Read results kept until the data changes. */
  private readonly memo = versionedCache<string, object>({ max: MEMO_MAX_ENTRIES, version: () => this.changeStamp() });
  private readonly reportsByAgency = versionedCache<number, ReportRecord[]>({
    max: REPORTS_BY_AGENCY_MAX,
    version: () => this.changeStamp(),
  });
  /** Report sentences ready for ranking (the most recently searched reports), kept until the data changes. */
  private readonly sentenceSets = versionedCache<number, SentenceSet | SentenceBytes>({
    max: SENTENCE_SETS_MAX,
    version: () => this.changeStamp(),
  });
  /** The last searches of report sentences (searchSentences), kept until the data changes. */
  private readonly searches = versionedCache<string, readonly SentenceHit[]>({
    max: SEARCHES_MAX,
    version: () => this.changeStamp(),
  });
  /** The section texts of the reports answers read last (sections, section), kept until the data changes. */
  private readonly sectionTexts = versionedCache<number, Readonly<Record<string, string>>>({
    max: SECTION_TEXTS_MAX,
    version: () => this.changeStamp(),
  });
  /** The cells of the rows answers read last (rowCells), kept until the data changes. */
  private readonly rows = versionedCache<string, Map<string, { value: number; blank: boolean }>>({
    max: ROW_CELLS_MAX,
    version: () => this.changeStamp(),
  });

  /**
   * Changes whenever report data may have changed: at once after a write through any
   * ReportStore on this connection; within DATA_VERSION_CHECK_MS after a commit by another
   * connection (another process importing, a restore). Asking SQLite costs a read lock, so it
   * is asked at most that often.
   */
  changeStamp(): string {
    const time = performance.now();
    if (time - this.dataVersionCheckedAt >= DATA_VERSION_CHECK_MS) {
      this.dataVersion = this.statements.dataVersion.pluck().get() as number;
      this.dataVersionCheckedAt = time;
    }
    // (Asked ~45 times an answer, by every cache's read: the stamp is built again only when a part changed, and the caches
    // compare the same string.)
    if (this.dataVersion !== this.stampVersion || this.writes.count !== this.stampWrites) {
      this.stampVersion = this.dataVersion;
      this.stampWrites = this.writes.count;
      this.stamp = `${this.dataVersion}:${this.writes.count}`;
    }
    return this.stamp;
  }

  /** The last change stamp and what it was built of. */
  private stamp = '';
  private stampVersion = Number.NaN;
  private stampWrites = Number.NaN;

  /** A read result kept until the next change of the data. */
  private remember<T extends object>(key: string, compute: () => T): T {
    return this.memo.get(key, compute) as T;
  }

  /** Find or create an agency, with its aliases. */
  ensureAgency(name: string): AgencyRecord {
    const existing = this.statements.agencyByName.get(name) as AgencyRecord | undefined;
    if (existing) return existing;
    // The one gate every new agency passes (import, data entry, staff add).
    const problem = agencyNameProblem(name);
    if (problem) throw new GongkaiError('BAD_INPUT', problem, `${problem}。请使用机关的正式全称。`);
    const { region, kind } = splitAgencyName(name);
    this.writes.count += 1;
    try {
      const info = this.statements.insertAgency.run(name, region, kind, new Date().toISOString());
      const id = Number(info.lastInsertRowid);
      this.insertAliases(id, agencyAliases(name));
      return { id, name, region, kind };
    } catch (error) {
      throw writeFailure(error, `cannot add the agency ${name}`) ?? error;
    }
  }

  /**
   * The agency a report's name means: the one of that name, or the one agency already stored
   * under another form of it (繁体, short kind, without or with its city), which then learns
   * this form as an alias and takes the fuller name. Several candidates: a new agency, since
   * the name alone cannot say which.
   */
  agencyForReport(name: string): AgencyRecord {
    const existing = this.statements.agencyByName.get(name) as AgencyRecord | undefined;
    if (existing) return existing;
    const candidates = new Map<number, AgencyRecord>();
    for (const form of new Set([...agencyAliases(name), toSimplified(name)])) {
      for (const agency of this.statements.agenciesByAlias.all(form) as AgencyRecord[])
        if (sameAgency(name, agency.name)) candidates.set(agency.id, agency);
    }
    if (candidates.size !== 1) return this.ensureAgency(name);
    const [agency] = candidates.values();
    this.writes.count += 1;
    this.insertAliases(agency.id, agencyAliases(name));
    const fuller =
      regionLevels(splitAgencyName(toSimplified(name)).region).length >
      regionLevels(splitAgencyName(toSimplified(agency.name)).region).length;
    if (!fuller) return agency;
    const { region, kind } = splitAgencyName(name);
    this.statements.renameAgency.run(name, region, kind, agency.id);
    return { id: agency.id, name, region, kind };
  }

  agencies(): AgencyRecord[] {
    return this.statements.agencies.all() as AgencyRecord[];
  }

  agencyCount(): number {
    return this.statements.agencyCount.pluck().get() as number;
  }

  /** Every alias with the agency it names (an alias may name several agencies), by alias. */
  aliases(): Array<{ alias: string; agencyId: number }> {
    return this.statements.aliases.all() as Array<{ alias: string; agencyId: number }>;
  }

  /** The aliases that occur in `text`, by alias: one scan in SQLite instead of loading every alias. */
  aliasesIn(text: string): Array<{ alias: string; agencyId: number }> {
    return this.statements.aliasesIn.all(text) as Array<{ alias: string; agencyId: number }>;
  }

  /** Agencies with one of `ids`, or whose name contains one of `fragments`, by name. */
  agenciesNamedWith(fragments: string[], ids: number[] = []): AgencyRecord[] {
    return this.statements.agenciesNamedWith.all(JSON.stringify(ids), JSON.stringify(fragments)) as AgencyRecord[];
  }

  agencyByName(name: string): AgencyRecord | undefined {
    return this.statements.agencyByName.get(name) as AgencyRecord | undefined;
  }

  reports(): ReportRecord[] {
    return this.statements.reports.all() as ReportRecord[];
  }

  /** One agency's reports by year. Cached until the data changes: nearly every question asks it. */
  reportsOfAgency(agencyId: number): ReportRecord[] {
    return [...this.keptReportsOf(agencyId)];
  }

  /** The agency's reports as kept for the answers (read once per data version; callers copy what they hand out). */
  private keptReportsOf(agencyId: number): readonly ReportRecord[] {
    return this.reportsByAgency.get(agencyId, () => this.keptRecords(this.statements.reportsOfAgency.all(agencyId) as ReportRecord[]));
  }

  /**
   * Records to keep for many questions, sharing one string where their values are equal: the agency's name (one per agency,
   * each row read brings its own copy), the format and the origin (a few values in all). A kept list of seven reports took
   * 2.6 KB on the bench store, a quarter of it these copies.
   */
  private keptRecords(records: ReportRecord[]): ReportRecord[] {
    for (const record of records) {
      record.agency = records[0].agency === record.agency ? records[0].agency : record.agency;
      record.format = this.sharedString(record.format) as ReportFormat;
      record.origin = this.sharedString(record.origin) as ReportRecord['origin'];
    }
    return records;
  }

  /** One string for each of the few values a column holds (formats, origins); more values than a few are not shared. */
  private sharedString(value: string): string {
    const kept = this.sharedStrings.get(value);
    if (kept !== undefined) return kept;
    if (this.sharedStrings.size < SHARED_STRINGS_MAX) this.sharedStrings.set(value, value);
    return value;
  }

  private readonly sharedStrings = new Map<string, string>();

  report(agencyId: number, year: number): ReportRecord | undefined {
    return this.statements.reportByAgencyYear.get(agencyId, year) as ReportRecord | undefined;
  }

  /**
   * What report(agencyId, year) reads, from the agency's kept list (reportsOfAgency: the same columns, one report a year), not
   * a statement of SQLite: answers ask it of every agency a question names, for each year asked. A copy, as report()'s row is
   * its caller's own. Kept until the data changes, as the list is (changeStamp): for the answers, not for writes.
   */
  reportOfYear(agencyId: number, year: number): ReportRecord | undefined {
    const kept = this.keptReportsOf(agencyId).find((record) => record.year === year);
    return kept && { ...kept };
  }

  reportById(reportId: number): ReportRecord | undefined {
    return this.statements.reportById.get(reportId) as ReportRecord | undefined;
  }

  years(): number[] {
    return this.statements.years.pluck().all() as number[];
  }

  reportCount(): number {
    return this.statements.reportCount.pluck().get() as number;
  }

  /**
   * Run `body` in one immediate transaction (a savepoint inside one already open); a failed write
   * becomes the store's write error, described by `what`. Services put their rules and writes in one.
   */
  transaction<T>(what: string, body: () => T): T {
    try {
      return this.db.transaction(body).immediate();
    } catch (error) {
      throw writeFailure(error, what) ?? error;
    }
  }

  /**
   * Store a report with the violations given, replacing any report of the same agency and year,
   * in one transaction. No rule is checked here: importing goes through report/import-service.
   */
  save(report: Report, violations: Violation[], meta: SaveItem['meta']): SaveResult {
    return this.transaction(`cannot save the report of ${report.agency} ${report.year}`, () => this.write(report, violations, meta));
  }

  /** Store many reports in one transaction, each exactly as save() would (one commit, no savepoint per report). */
  saveMany(items: SaveItem[]): SaveResult[] {
    return this.transaction(`cannot save ${items.length} reports`, () =>
      items.map((item) => this.write(item.report, item.violations, item.meta)),
    );
  }

  /** Replace a stored report's breaks of one rule (a cross-year rule checked again when its neighbour arrives). */
  replaceViolations(reportId: number, rule: number, violations: Violation[]): void {
    this.writes.count += 1;
    this.statements.deleteViolationsOfRule.run(reportId, rule);
    this.insertViolations(reportId, violations);
  }

  /**
   * Write one report with its violations, replacing the stored one of the same agency and year;
   * the caller holds the transaction (see transaction()). `agency`, when the caller has resolved
   * it already, saves looking it up again.
   */
  write(report: Report, violations: Violation[], meta: SaveItem['meta'], agency = this.agencyForReport(report.agency)): SaveResult {
    this.writes.count += 1;
    const previous = this.report(agency.id, report.year);
    if (previous) {
      this.deleteSentences(previous.id);
      this.statements.deleteReport.run(previous.id);
    }
    this.insertReportStatement ??= this.db.prepare(
      `INSERT INTO reports (agency_id, year, format, title, origin, source_file, missing, warnings, stored_at, published, published_from)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const info = this.insertReportStatement.run(
      agency.id,
      report.year,
      report.format,
      report.title ?? null,
      meta.origin,
      meta.sourceFile ?? null,
      JSON.stringify(report.missing),
      JSON.stringify(report.warnings),
      new Date().toISOString(),
      report.published?.date ?? null,
      report.published?.from ?? null,
    );
    const reportId = Number(info.lastInsertRowid);
    this.insertCells(reportId, report);
    const sections = Object.entries(report.sections);
    if (sections.length > 256) throw new GongkaiError('BAD_INPUT', `a report has at most 256 sections, not ${sections.length}`);
    this.inserts.sections.run(sections.flatMap(([key, text]) => [reportId, key, text]));
    this.indexSentences(reportId, sections);
    this.insertProseFigures(reportId, report.proseFigures);
    const contacts = report.contacts;
    if (Object.keys(contacts).length > 0) {
      this.statements
        .insertContacts()
        .run(
          reportId,
          contacts.address ?? null,
          contacts.post_code ?? null,
          contacts.phone ?? null,
          contacts.fax ?? null,
          contacts.email ?? null,
          contacts.website ?? null,
          contacts.office_hours ?? null,
          contacts.contact_person ?? null,
          contacts.qq ?? null,
          contacts.office ?? null,
        );
    }
    this.insertViolations(reportId, violations);
    this.rankings.storeRankingFigures(reportId);
    this.writes.count += 1;
    return { reportId, replaced: previous !== undefined, violations };
  }

  /** A report's table cells, every table in one batch; a cell the report left blank is stored as 0 with blank = 1. */
  private insertCells(reportId: number, report: Report): void {
    const layout = layoutOf(report.format);
    const blanks = report.blanks && report.blanks.length > 0 ? new Set(report.blanks) : undefined;
    const values: unknown[] = [];
    for (const table of TABLES) {
      for (const [rowKey, rowValues] of Object.entries(report[table])) {
        const row = layout.row(rowKey);
        if (!row) continue;
        for (let index = 0; index < row.columns.length; index += 1) {
          const value = rowValues[index];
          if (value === undefined || value === null || !Number.isFinite(value)) continue;
          const columnKey = row.columns[index].key;
          const blank = blanks?.has(`${table}.${rowKey}.${columnKey}`) ?? false;
          values.push(reportId, table, rowKey, columnKey, blank ? 0 : value, blank ? 1 : 0);
        }
      }
    }
    this.inserts.cells.run(values);
  }

  /** A report's prose figures in one batch, in the order given (rankings take a report's first by id). */
  private insertProseFigures(reportId: number, figures: ProseFigure[]): void {
    const values: unknown[] = [];
    for (const figure of figures) {
      values.push(reportId, figure.section, figure.key, figure.label, figure.value, figure.unit, figure.channel ?? null, figure.sentence);
    }
    this.inserts.proseFigures.run(values);
  }

  /** Rule breaks of a report in one batch, in the order given (read back by rowid). */
  private insertViolations(reportId: number, violations: Violation[]): void {
    this.inserts.violations.run(
      violations.flatMap((violation) => [reportId, violation.rule, violation.row, violation.column, violation.severity, violation.message]),
    );
  }

  /** Another name of a stored agency (a former name its guide prints), with that name's forms, as aliases of it. */
  addOtherName(agencyId: number, name: string): void {
    this.writes.count += 1;
    this.insertAliases(agencyId, agencyAliases(name));
  }

  /** An agency's name forms, in one batch (a form it already has is skipped). */
  private insertAliases(agencyId: number, aliases: string[]): void {
    this.inserts.aliases.run(aliases.flatMap((alias) => [alias, agencyId]));
  }

  /** One table of a stored report, as row key → values in catalogue column order. */
  tableOf(reportId: number, table: TableKey, format: ReportFormat): Record<string, number[]> {
    const cells = this.statements.cellsOfReportTable.all(reportId, table) as Array<{ rowKey: string; columnKey: string; value: number }>;
    const byRow = new Map<string, Map<string, number>>();
    for (const cell of cells) {
      let row = byRow.get(cell.rowKey);
      if (!row) byRow.set(cell.rowKey, (row = new Map()));
      row.set(cell.columnKey, cell.value);
    }
    const result: Record<string, number[]> = {};
    for (const row of layoutOf(format).rows) {
      if (row.table !== table) continue;
      const own = byRow.get(row.key);
      if (!own) continue;
      result[row.key] = row.columns.map((column) => own.get(column.key) ?? Number.NaN);
    }
    return result;
  }

  /** One figure of one report. */
  cell(reportId: number, rowKey: string, columnKey: string): number | undefined {
    return this.rowCells(reportId, rowKey).get(columnKey)?.value;
  }

  /** Whether the report left this cell empty (stored as 0; answers say 报告未填写（按零计）). False for a printed figure or no cell. */
  cellIsBlank(reportId: number, rowKey: string, columnKey: string): boolean {
    return this.rowCells(reportId, rowKey).get(columnKey)?.blank === true;
  }

  /**
   * Every cell of one row of a report, read at once: an answer reads several columns of the row it
   * names and whether each was left blank, and the row's cells lie together in the primary key, so
   * one B-tree descent serves them all instead of one per cell.
   */
  private rowCells(reportId: number, rowKey: string): Map<string, { value: number; blank: boolean }> {
    return this.rows.get(`${reportId}|${rowKey}`, () => {
      const cells = new Map<string, { value: number; blank: boolean }>();
      for (const [columnKey, value, blank] of this.statements.rowCells.all(reportId, rowKey) as Array<[string, number, number]>)
        cells.set(columnKey, { value, blank: blank === 1 });
      return cells;
    });
  }

  /** The cells a report left empty, as `table.row.column` in catalogue order. */
  blanks(reportId: number, format: ReportFormat): string[] {
    const cells = this.statements.blanksOfReport.all(reportId) as Array<{ tableKey: string; rowKey: string; columnKey: string }>;
    const keys = new Set(cells.map((cell) => `${cell.tableKey}.${cell.rowKey}.${cell.columnKey}`));
    return layoutOf(format)
      .rows.flatMap((row) => row.columns.map((column) => `${row.table}.${row.key}.${column.key}`))
      .filter((key) => keys.has(key));
  }

  /** One figure across every agency for a year (or every year), largest first. */
  figureAcross(rowKey: string, columnKey: string, year?: number): FigureValue[] {
    return (
      year === undefined
        ? this.statements.figureAcrossAllYears.all(rowKey, columnKey)
        : this.statements.figureAcross.all(rowKey, columnKey, year)
    ) as FigureValue[];
  }

  /** Write the ranking figures of the reports stored since the last ranking read (one transaction); an import calls it at its end. */
  settleRankings(): void {
    this.rankings.catchUp();
  }

  /**
   * One figure (summed over `rowKeys`) across every agency for the given years (every year when
   * empty): counts, total, and the first `limit` of each list an answer shows, in the order
   * asked (value, then agency name, then year). Read from the ranking figures (migration 16):
   * for one row, a few index range reads per year, whatever the number of reports. With
   * `among`, only those agencies' reports (哪个公安局…最多).
   */
  figureRanking(
    rowKeys: string[],
    columnKey: string,
    years: number[],
    order: 'asc' | 'desc',
    limit: number,
    among?: readonly number[],
  ): FigureRanking {
    return this.rankings.figureRanking(rowKeys, columnKey, years, order, limit, among);
  }

  /**
   * A table cell ranked across agencies with, for each report that lacks the cell, its main prose figure of the same count
   * (收到申请N件 of a report whose table 三 is cut): as figureRanking for one row, and the reports read from the prose.
   */
  cellOrProseRanking(
    rowKey: string,
    columnKey: string,
    proseKey: string,
    years: number[],
    order: 'asc' | 'desc',
    limit: number,
    among?: readonly number[],
  ): FigureRanking & { fromProse: Set<number> } {
    return this.rankings.cellOrProseRanking(rowKey, columnKey, proseKey, years, order, limit, among);
  }

  /**
   * Each report's main figure for a prose topic (for a figure stated in parts by channel the first
   * total stated without a channel, else the first; the first for other topics) across agencies for the
   * given years (every year when empty): counts, total, the first `limit` in the order asked,
   * and the reports that do not state it. Read from the ranking figures, as figureRanking; with
   * `among`, only those agencies' reports.
   */
  proseRanking(key: string, years: number[], order: 'asc' | 'desc', limit: number, among?: readonly number[]): ProseRanking {
    return this.rankings.proseRanking(key, years, order, limit, proseFigureByKey(key)?.partsKey !== undefined, among);
  }

  /** Each report's main figure for a prose topic (as proseRanking ranks it), by report id: of every report, or of those given. */
  mainProseValues(key: string, reportIds?: number[]): Map<number, number> {
    return this.rankings.mainProseValues(key, reportIds);
  }

  /** How many reports and agencies the store holds, and the first `limit` agencies by name with their years. Cached until the data changes. */
  reportSummary(limit = 12): ReportSummary {
    return this.remember(`summary:${limit}`, () => ({
      reports: this.reportCount(),
      agencies: this.statements.agenciesWithReportsCount.pluck().get() as number,
      first: (this.statements.firstAgenciesWithReports.all(limit) as Array<{ id: number; name: string }>).map((agency) => ({
        agency: agency.name,
        years: this.statements.yearsOfAgency.pluck().all(agency.id) as number[],
      })),
    }));
  }

  sections(reportId: number): Record<string, string> {
    // A copy: the kept texts are shared by every reader until the data changes.
    return { ...this.sectionTextsOf(reportId) };
  }

  section(reportId: number, key: string): string | undefined {
    const texts = this.sectionTextsOf(reportId);
    return Object.hasOwn(texts, key) ? texts[key] : undefined;
  }

  /**
   * A report's section texts by key, read in one statement and kept until the data changes: one answer asked for them
   * several times (a retrieval question read 3.8 sections one by one and 1.8 whole reports' sections on the bench's mix).
   */
  private sectionTextsOf(reportId: number): Readonly<Record<string, string>> {
    return this.sectionTexts.get(reportId, () => {
      const rows = this.statements.sectionsOfReport.all(reportId) as Array<{ sectionKey: string; text: string }>;
      return Object.freeze(Object.fromEntries(rows.map((row) => [row.sectionKey, row.text])));
    });
  }

  proseFigures(reportId: number): ProseFigure[] {
    return withChannels(this.statements.proseOfReport.all(reportId) as StoredProseFigure[]);
  }

  /** The report's prose figures of one key or two (a figure and its parts), in the order stated. */
  proseFiguresWithKeys(reportId: number, key: string, otherKey: string = key): ProseFigure[] {
    return withChannels(this.statements.proseOfReportWithKeys.all(reportId, key, otherKey) as StoredProseFigure[]);
  }

  /**
   * The day the report's page says it was published and where that was read (migration 22); undefined when the page printed
   * none. Read apart from the report's record, only when asked (哪天发布的), so the records every answer reads stay as they were.
   */
  published(reportId: number): Published | undefined {
    this.publishedStatement ??= this.db.prepare('SELECT published AS date, published_from AS "from" FROM reports WHERE id = ?');
    const row = this.publishedStatement.get(reportId) as { date: string | null; from: Published['from'] | null } | undefined;
    return row?.date && row.from ? { date: row.date, from: row.from } : undefined;
  }

  contacts(reportId: number): Contacts {
    const row = this.statements.contactsOfReport().get(reportId) as Record<string, string | null> | undefined;
    if (!row) return {};
    return Object.fromEntries(Object.entries(row).filter(([, value]) => value)) as Contacts;
  }

  violations(reportId: number): Violation[] {
    return this.statements.violationsOfReport.all(reportId) as Violation[];
  }

  /** The whole report back as the model (for export, preview and the JSON of `import`). */
  load(reportId: number): Report | undefined {
    const record = this.statements.reportById.get(reportId) as (ReportRecord & { missing: string; warnings: string }) | undefined;
    if (!record) return undefined;
    const published = this.published(reportId);
    return {
      agency: record.agency,
      year: record.year,
      format: record.format,
      title: record.title ?? undefined,
      ...(published ? { published } : {}),
      sections: this.sections(reportId),
      proactive: this.tableOf(reportId, 'proactive', record.format),
      applications: this.tableOf(reportId, 'applications', record.format),
      appeals: this.tableOf(reportId, 'appeals', record.format),
      contacts: this.contacts(reportId),
      proseFigures: this.proseFigures(reportId),
      missing: JSON.parse(record.missing) as string[],
      blanks: this.blanks(reportId, record.format),
      warnings: JSON.parse(record.warnings),
    };
  }

  /**
   * Every stored report in brief, by agency and year: its source, what it lacks, how many
   * cells were left blank and how many rule breaks it has. Blanks are read from the reports
   * table's `blanks` column (a JSON list) where the schema has one, else counted as 0.
   */
  listing(): ReportListing[] {
    const hasBlanks =
      (this.db.prepare("SELECT COUNT(*) FROM pragma_table_info('reports') WHERE name = 'blanks'").pluck().get() as number) > 0;
    const rows = this.db
      .prepare(
        `SELECT a.name AS agency, r.year, r.format, r.origin, r.source_file AS source, r.missing,
                ${hasBlanks ? 'COALESCE(json_array_length(r.blanks), 0)' : '0'} AS blanks,
                (SELECT COUNT(*) FROM violations v WHERE v.report_id = r.id) AS violations
         FROM reports r JOIN agencies a ON a.id = r.agency_id ORDER BY a.name, r.year`,
      )
      .all() as Array<Omit<ReportListing, 'missing'> & { missing: string }>;
    return rows.map((row) => ({ ...row, missing: JSON.parse(row.missing) as string[] }));
  }

  logImport(file: string, status: 'imported' | 'replaced' | 'refused', message: string, agency?: string, year?: number): void {
    try {
      this.statements.logImport.run(file, agency ?? null, year ?? null, status, message, new Date().toISOString());
    } catch (error) {
      throw writeFailure(error, `cannot log the import of ${file}`) ?? error;
    }
  }
}
