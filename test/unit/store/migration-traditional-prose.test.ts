/**
 * Migration 28, and the reading behind it: a report printed in 繁体 (a mirror's copy) states its prose figures in words the
 * readers know only in simplified script (長江鎮全年公開政府信息23條); they are read in simplified script, at import and, for
 * reports stored before, again from their stored sections on the next writable open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-28-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

describe('prose figures of a page printed in 繁体', () => {
  it('reads them at import, and again after migration 28 for a report stored without them', async () => {
    const file = join(directory, 'v27.db');
    const first = openDatabase(file);
    const current = new ReportStore(first);
    // Real (衡山縣長江鎮's 2023 page, 繁体): 在鎮微信公眾號公開工作動態信息80餘條,長江鎮全年公開政府信息23條,其中:機構概況1條…
    await importFile(current, join(fixtures, 'reports-more27', '04.txt'));
    const [report] = current.reports();
    const figures = current.proseFigures(report.id);
    expect(figures).toContainEqual(expect.objectContaining({ key: 'proactive_items', value: 23, unit: '条' }));
    expect(figures.some((figure) => figure.key === 'proactive_items' && figure.value === 80)).toBe(false);

    // As code before migration 28 left it: none of the page's prose figures, migrated up to 27.
    first.prepare('DELETE FROM prose_figures WHERE report_id = ?').run(report.id);
    first.prepare('DELETE FROM schema_migrations WHERE version = 28').run();
    first.close();
    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    expect(store.proseFigures(report.id)).toContainEqual(expect.objectContaining({ key: 'proactive_items', value: 23 }));
    expect(migrated.prepare('SELECT COUNT(*) FROM prose_backlog').pluck().get()).toBe(0);
    migrated.close();
  });
});
