/**
 * Migration 24: imported reports stored by older code get the prose figures today's import reads, read again from their
 * stored sections (the rules that read them were added after the reports were stored), and ranked anew. Reports typed in
 * keep the figures they were entered with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { RankingFigures } from '../../../src/store/ranking-figures.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { writeOldDatabase } from '../../old-database.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-24-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

const RANKED = 'SELECT figure, value FROM ranking_figures WHERE report_id = ? ORDER BY figure, value';
const FIGURES = 'SELECT section_key, figure_key, label, value, unit, channel, sentence FROM prose_figures WHERE report_id = ? ORDER BY id';

describe('migration 24', () => {
  it('reads the prose figures of imported reports again from a store written at version 14, and keeps a typed-in report’s', async () => {
    const scratch = openDatabase(':memory:');
    const current = new ReportStore(scratch);
    for (const file of ['reports-more/06.txt', 'reports-more2/16.txt']) await importFile(current, join(fixtures, file));
    const [imported, typed] = current.reports();
    const expected = scratch.prepare(FIGURES).raw().all(imported.id);
    expect(expected.length).toBeGreaterThan(0);
    new RankingFigures(scratch).catchUp();
    const ranked = scratch.prepare(RANKED).raw().all(imported.id);
    // As older code stored them: none of the imported report's prose figures; one of its own for the report typed in.
    scratch.prepare('DELETE FROM prose_figures WHERE report_id = ?').run(imported.id);
    scratch.prepare("UPDATE reports SET origin = 'entry' WHERE id = ?").run(typed.id);
    scratch.prepare('DELETE FROM prose_figures WHERE report_id = ?').run(typed.id);
    scratch
      .prepare(
        "INSERT INTO prose_figures (report_id, section_key, figure_key, label, value, unit, sentence) VALUES (?, 'overview', 'proactive_total', '主动公开', 7, '条', '录入')",
      )
      .run(typed.id);
    const file = join(directory, 'v14.db');
    writeOldDatabase(scratch, file, 14);
    scratch.close();

    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    expect(migrated.prepare(FIGURES).raw().all(imported.id)).toEqual(expected);
    expect(store.proseFigures(typed.id)).toEqual([expect.objectContaining({ key: 'proactive_total', value: 7, sentence: '录入' })]);
    expect(migrated.prepare('SELECT COUNT(*) FROM prose_backlog').pluck().get()).toBe(0);
    // Ranked anew: the rankings read the figures found again, as a fresh import ranks them.
    new RankingFigures(migrated).catchUp();
    expect(migrated.prepare(RANKED).raw().all(imported.id)).toEqual(ranked);
    migrated.close();
  });
});
