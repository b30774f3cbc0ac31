/**
 * Migration 32 (corpus57): an agency of a district named 市中区, 市北区 or 市南区, stored when its name was split 济南市 |
 * 市中区农业农村局, is read again: its region and kind as splitAgencyName reads them now, and the alias written with the 市 once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-32-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

describe('migration 32', () => {
  it('splits a 市中区 bureau stored by older code as a district’s and gives it 济南市中区…', async () => {
    const file = join(directory, 'v31.db');
    const written = openDatabase(file);
    const current = new ReportStore(written);
    await importFile(current, join(fixtures, 'reports-more63', '05.txt'));
    const bureau = current.agencies().find((agency) => agency.name === '济南市市中区农业农村局');
    expect(bureau).toBeDefined();
    // As version 31 left it: the city as the region, the district inside the kind, no alias with the 市 once.
    written.prepare("UPDATE agencies SET region = '济南市', kind = '市中区农业农村局' WHERE id = ?").run(bureau!.id);
    written.prepare("DELETE FROM agency_aliases WHERE alias LIKE '济南市中区%' AND agency_id = ?").run(bureau!.id);
    written.prepare('DELETE FROM schema_migrations WHERE version = 32').run();
    written.close();

    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    const agency = store.agencies().find((each) => each.id === bureau!.id);
    expect(agency).toMatchObject({ region: '济南市市中区', kind: '农业农村局' });
    const aliases = store
      .aliases()
      .filter((alias) => alias.agencyId === bureau!.id)
      .map((alias) => alias.alias);
    expect(aliases).toEqual(expect.arrayContaining(['济南市中区农业农村局', '市中区农业农村局']));
    expect(migrated.prepare('SELECT COUNT(*) FROM alias_backlog').pluck().get()).toBe(0);
    migrated.close();
  });
});
