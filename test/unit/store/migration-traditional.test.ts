/**
 * Migration 14: a database written before sentences were indexed by their simplified words has
 * its 繁体 reports indexed again, so that a simplified question finds their sentences.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importReport } from '../../../src/report/import-service.js';
import { parseReport } from '../../../src/report/parse.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { searchWords } from '../../../src/text/segment.js';
import { writeOldDatabase } from '../../old-database.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-14-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const TRADITIONAL_REPORT = readFileSync(join(import.meta.dirname, '../../fixtures/reports-real/10.txt'), 'utf8');

describe('migration 14', () => {
  it('indexes a 繁体 report stored under version 13 again, by the words of its simplified form', () => {
    const scratch = openDatabase(':memory:');
    const parsed = parseReport(TRADITIONAL_REPORT, { agency: '天津东疆保税港区管理委员会' });
    const { reportId } = importReport(new ReportStore(scratch), parsed, { origin: 'import', sourceFile: '10.txt' });
    // As version 13 stored it: the words of the sentence as printed (繁体).
    const file = join(directory, 'v13.db');
    writeOldDatabase(scratch, file, 13, (sentence) => searchWords(sentence).join(' '));
    scratch.close();
    // Both words of the question differ between the scripts (主动/主動, 公开/公開).
    const query = searchWords('主动公开');
    const old = openDatabase(file, { migrations: [] });
    const oldWords = old
      .prepare('SELECT words FROM sentences_fts WHERE rowid BETWEEN ? AND ?')
      .pluck()
      .all(reportId * 4096, reportId * 4096 + 4095) as string[];
    old.close();
    expect(oldWords.length).toBeGreaterThan(0);
    expect(oldWords.some((words) => query.some((word) => ` ${words} `.includes(` ${word} `)))).toBe(false);

    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    const hits = store.searchSentences(reportId, query);
    expect(hits.some((hit) => hit.sentence.includes('主動公開政府信息209條'))).toBe(true);
    // Quoted as printed.
    expect(hits.every((hit) => hit.sentence.includes('公開'))).toBe(true);
    migrated.close();
  });
});
