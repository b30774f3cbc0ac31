/**
 * Database files at an older schema version, for migration tests. The current store cannot
 * write an older schema (its statements name today's tables), so the reports are stored with
 * today's store and copied row for row into a file migrated only up to `version`, with the
 * sentences in the FTS5 table versions 8–14 kept them in.
 */
import type { Db } from '../src/store/db.js';
import { openDatabase } from '../src/store/db.js';
import { MIGRATIONS } from '../src/store/migrations.js';

/** The tables a report is stored in, apart from its sentences (parents first). */
const REPORT_TABLES = ['agencies', 'agency_aliases', 'reports', 'cells', 'sections', 'prose_figures', 'contacts', 'violations'];

/**
 * Write `file` at schema `version` (8–14) holding every report of `source`, as the store of
 * that version wrote them. `sentenceWords`, when given, replaces each sentence's stored words
 * (a version that indexed other words than today's).
 */
export function writeOldDatabase(source: Db, file: string, version: number, sentenceWords?: (sentence: string) => string): void {
  if (version < 8 || version >= 15) throw new Error(`sentences were in sentences_fts from version 8 to 14, not ${version}`);
  openDatabase(file, { migrations: MIGRATIONS.filter((migration) => migration.version <= version) }).close();
  source.prepare('ATTACH DATABASE ? AS old').run(file);
  try {
    for (const table of REPORT_TABLES) {
      const columns = (source.prepare('SELECT name FROM pragma_table_info(?, ?)').pluck().all(table, 'old') as string[]).join(', ');
      source.exec(`INSERT INTO old.${table} (${columns}) SELECT ${columns} FROM main.${table}`);
    }
    source.function('old_words', (sentence: unknown, words: unknown) => (sentenceWords ? sentenceWords(String(sentence)) : words));
    source.exec(
      'INSERT INTO old.sentences_fts (rowid, words, sentence, section_key) SELECT id, old_words(sentence, words), sentence, section_key FROM main.sentences',
    );
  } finally {
    source.exec('DETACH DATABASE old');
  }
}
