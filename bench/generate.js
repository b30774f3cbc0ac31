/**
 * The benchmark database: the five sample reports plus synthetic ones up to `reports`, written
 * through the import service (its table rules as parsed, then the cross-year rules and the
 * store, as saveMany did before the rules left the store) in large transactions. Cached under
 * the temp dir, keyed by the generator's source, so a second run reuses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../dist/store/db.js';
import { ReportStore } from '../dist/store/report-store.js';
import { storeReports } from '../dist/report/import-service.js';
import { seedSampleReports } from '../dist/report/seed.js';
import { searchWords } from '../dist/text/segment.js';
import { loadTemplates, syntheticReports } from './synthetic.js';

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = join(here, '..');
/** Bump to throw every cached database away (3: the sentence index of migration 8 is written at save time; 4: bulk path; 5: ranking figures of migration 16). */
const GENERATOR_VERSION = 5;
const BATCH = 5000;

/** Where the database for `reports` reports lives; changes when the generator does. */
export function benchDatabasePath(reports) {
  const hash = createHash('sha256');
  hash.update(String(GENERATOR_VERSION));
  // The schema is migrated on open; bump GENERATOR_VERSION when what save() writes changes.
  for (const file of ['bench/synthetic.js', 'bench/generate.js']) {
    hash.update(readFileSync(join(projectRoot, file)));
  }
  return join(tmpdir(), 'gongkai-bench', `v${GENERATOR_VERSION}-${reports}-${hash.digest('hex').slice(0, 12)}`, 'bench.db');
}

/**
 * Make sure the database exists; returns its path, whether it was reused, and how long
 * generation took. Written to a side file and renamed, so an interrupted run is never reused.
 */
export function ensureBenchDatabase(reports, log = () => {}) {
  const path = benchDatabasePath(reports);
  if (existsSync(path)) return { path, reused: true, generationMs: 0, reports };
  mkdirSync(dirname(path), { recursive: true });
  const building = `${path}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  const started = performance.now();
  const db = openDatabase(building);
  // A scratch file: no fsync, no journal (pages are written once, not to the WAL and then again
  // at a checkpoint), and a big page cache while the indexes grow. WAL is switched back on before
  // the file is used. Foreign keys stay on: a replaced report's rows go by ON DELETE CASCADE.
  db.pragma('synchronous = OFF');
  db.pragma('journal_mode = OFF');
  db.pragma('cache_size = -262144');
  // Bulk load: secondary indexes of the report tables are dropped and built again at the end
  // (one sort instead of 100,000 × 200 random inserts). save() needs the primary keys, and the
  // indexes by report_id: a replaced report's rows go by ON DELETE CASCADE, which without them
  // scans the whole table (the generator replaces about one report in ten: 科学技术局 and
  // 科学技术委员会 of one region are one agency).
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('reports', 'cells', 'prose_figures', 'violations', 'sections', 'contacts', 'ranking_figures')`,
    )
    .all()
    .filter(({ sql }) => !/\(\s*report_id\b/.test(sql));
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  // Synthetic reports repeat most sentences (671,089 sentences, 46,391 distinct at 20,000 reports):
  // each distinct one is segmented once. The words stored are exactly what an import stores.
  const wordsOf = new Map();
  const sentenceWords = (sentence) => {
    let words = wordsOf.get(sentence);
    if (words === undefined) {
      words = searchWords(sentence).join(' ');
      if (wordsOf.size >= 200_000) wordsOf.clear();
      wordsOf.set(sentence, words);
    }
    return words;
  };
  const store = new ReportStore(db, { sentenceWords });
  const samples = seedSampleReports(store, join(projectRoot, 'data', 'reports'));
  const templates = loadTemplates(join(projectRoot, 'data', 'reports'));
  const agencies = Math.ceil((reports - samples) / 7);
  let written = samples;
  let violations = 0;
  const reportsToWrite = reports - samples;
  const source = syntheticReports(templates, agencies);
  const writeBatch = (items) => {
    const results = storeReports(
      store,
      items.map(({ report, violations: found }) => ({ report, violations: found, meta: { origin: 'import', sourceFile: 'synthetic' } })),
    );
    for (const result of results) violations += result.violations.length;
    store.settleRankings();
  };
  let batch = [];
  for (const item of source) {
    if (written + batch.length >= samples + reportsToWrite) break;
    batch.push(item);
    if (batch.length === BATCH) {
      writeBatch(batch);
      written += batch.length;
      batch = [];
      log(`  generated ${written}/${reports} reports (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  }
  if (batch.length > 0) {
    writeBatch(batch);
    written += batch.length;
  }
  if (violations > 0) throw new Error(`synthetic reports broke ${violations} consistency rules`);
  log(`  building ${indexes.length} indexes`);
  for (const { sql } of indexes) db.exec(sql);
  db.pragma('journal_mode = WAL');
  db.close();
  renameSync(building, path);
  return { path, reused: false, generationMs: performance.now() - started, reports: written };
}
