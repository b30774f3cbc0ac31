/**
 * Migration 17: a store written by older code learns what today's import stores, without the
 * reports being imported again: the prose inside table sections is indexed for retrieval, and
 * agencies get the name forms agencyAliases now makes (a bare place name answers to its
 * people's government).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { retrieve } from '../../../src/qa/retrieve.js';
import { importFile } from '../../../src/report/importer.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { writeOldDatabase } from '../../old-database.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-migration-17-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

describe('migration 17', () => {
  it('indexes the prose of table sections and adds the new name forms of a store written at version 14', async () => {
    const scratch = openDatabase(':memory:');
    const current = new ReportStore(scratch);
    for (const file of ['reports-more/06.txt', 'reports-more2/16.txt']) await importFile(current, join(fixtures, file));
    // As version 14 stored them: no sentence of a table section, no 人民政府 form of a bare place name.
    scratch.exec("DELETE FROM sentences WHERE section_key IN ('proactive', 'applications', 'appeals')");
    const placeAgency = current.agencies().find((agency) => agency.name === '合江县');
    expect(placeAgency).toBeDefined();
    scratch.prepare("DELETE FROM agency_aliases WHERE alias LIKE '%政府' AND agency_id = ?").run(placeAgency!.id);
    const file = join(directory, 'v14.db');
    writeOldDatabase(scratch, file, 14);
    scratch.close();

    const beforeMigration = openDatabase(file, { migrations: [] });
    const oldAliases = beforeMigration.prepare('SELECT alias FROM agency_aliases WHERE agency_id = ?').pluck().all(placeAgency!.id);
    beforeMigration.close();
    expect(oldAliases).not.toContain('合江县人民政府');

    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    const report = store.reports().find((candidate) => candidate.agency.includes('财政金融局'));
    expect(report).toBeDefined();
    expect(retrieve(store, { text: '制作获取的政府信息总数是多少', kind: 'number', year: 2022, reports: [report!] })).toMatchObject({
      value: 473,
    });
    const aliases = store
      .aliases()
      .filter((alias) => alias.agencyId === placeAgency!.id)
      .map((alias) => alias.alias);
    expect(aliases).toEqual(expect.arrayContaining(['合江县人民政府', '合江县政府']));
    // Both backlogs are done.
    expect(migrated.prepare('SELECT COUNT(*) FROM alias_backlog').pluck().get()).toBe(0);
    expect(migrated.prepare('SELECT COUNT(*) FROM sentence_backlog').pluck().get()).toBe(0);
    migrated.close();
  });
});

describe('migration 18', () => {
  it('gives the agencies of a store written at version 17 the bare names of their towns and streets', async () => {
    const file = join(directory, 'v17.db');
    const written = openDatabase(file);
    const current = new ReportStore(written);
    await importFile(current, join(fixtures, 'guides', 'jilin-changchunlu-guide.txt'));
    const street = current.agencies().find((agency) => agency.name.endsWith('长春路街道办事处'));
    expect(street).toBeDefined();
    // As version 17 left it: the street office known only with its city or district before its name.
    written.prepare("DELETE FROM agency_aliases WHERE alias LIKE '长春路%'").run();
    written.prepare('DELETE FROM schema_migrations WHERE version = 18').run();
    written.close();

    const migrated = openDatabase(file);
    const store = new ReportStore(migrated);
    const aliases = store
      .aliases()
      .filter((alias) => alias.agencyId === street!.id)
      .map((alias) => alias.alias);
    expect(aliases).toEqual(expect.arrayContaining(['长春路街道办事处', '长春路街道']));
    expect(migrated.prepare('SELECT COUNT(*) FROM alias_backlog').pluck().get()).toBe(0);
    migrated.close();
  });
});
