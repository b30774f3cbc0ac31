/**
 * Migration 15: a version-14 file keeps its reports' sentences (moved from the FTS5 table to a
 * plain table, same rowids and words, nothing segmented again), and retrieval answers from them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { retrieve } from '../../../src/qa/retrieve.js';
import { seedSampleReports } from '../../../src/report/seed.js';
import { openDatabase } from '../../../src/store/db.js';
import { MIGRATIONS } from '../../../src/store/migrations.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { writeOldDatabase } from '../../old-database.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-15-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

type SentenceRow = { id: number; words: string; sentence: string; section_key: string };

describe('migration 15', () => {
  it('moves a version-14 file’s sentences to the plain table, and retrieval answers from them', () => {
    const scratch = openDatabase(':memory:');
    seedSampleReports(new ReportStore(scratch));
    const file = join(directory, 'v14.db');
    writeOldDatabase(scratch, file, 14);
    scratch.close();

    const old = openDatabase(file, { migrations: MIGRATIONS.filter((migration) => migration.version <= 14) });
    const before = old.prepare('SELECT rowid AS id, words, sentence, section_key FROM sentences_fts ORDER BY rowid').all() as SentenceRow[];
    old.close();
    expect(before.length).toBeGreaterThan(100);

    const migrated = openDatabase(file);
    expect(migrated.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name LIKE 'sentences_fts%'").pluck().get()).toBe(0);
    const store = new ReportStore(migrated);
    // The same rows, not segmented again: nothing was queued for indexing.
    expect(migrated.prepare('SELECT id, words, sentence, section_key FROM sentences ORDER BY id').all()).toEqual(before);
    expect(migrated.prepare('SELECT COUNT(*) FROM sentence_backlog').pluck().get()).toBe(0);

    const haiyuan = store.reports().find((report) => report.agency.includes('海原县'))!;
    expect(retrieve(store, { text: '选聘了几名科技特派员', kind: 'number', year: 2024, reports: [haiyuan] })).toMatchObject({
      value: 11,
      unit: '名',
    });
    const zhongwei = store.reports().find((report) => report.agency.includes('中卫市'))!;
    expect(retrieve(store, { text: '在中卫日报上发了多少条', kind: 'number', year: 2025, reports: [zhongwei] })).toMatchObject({
      value: 51,
    });

    // A report stored again replaces its migrated sentences (same rowid range), it does not add to them.
    store.save(store.load(haiyuan.id)!, [], { origin: 'import' });
    expect(migrated.prepare('SELECT COUNT(*) FROM sentences').pluck().get()).toBe(before.length);
    migrated.close();
  });
});
