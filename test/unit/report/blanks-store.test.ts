/**
 * Blank cells end to end: a report whose table grid left cells empty (the extractor writes ∅
 * for them) imported with `gongkai import --json` into a real SQLite file. The JSON prints
 * them as 0 and lists them under `blanks`; the store keeps them apart from a printed 0.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { buildReport, FIGURES, table3, tabs } from '../../fixtures/reports/layouts.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-blanks-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** Table 三 with the zero cells of 上年结转 and of 2.重复申请's 总计 left empty, as an HTML grid extracts. */
function tableWithBlanks(): string {
  const figures = { ...FIGURES.applications };
  return tabs(table3(figures))
    .replace(/^(二、上年结转政府信息公开申请数量)\t2\t1\t0\t0\t0\t0\t3$/m, '$1\t2\t1\t∅\t∅\t∅\t∅\t3')
    .replace(/^(2\.重复申请)\t1\t0\t0\t0\t0\t0\t1$/m, '$1\t1\t0\t0\t0\t0\t0\t∅');
}

describe('blank cells through import --json and a SQLite file', () => {
  it('prints them as 0, lists them, stores them as blank, reads them back', async () => {
    const table = tableWithBlanks();
    expect(table.match(/∅/g)).toHaveLength(5);
    const file = join(directory, 'report.txt');
    writeFileSync(file, buildReport({ tables: { applications: table } }));
    const db = join(directory, 'blanks.db');
    let out = '';
    let err = '';
    const status = await main(['--db', db, 'import', '--json', file], { out: (text) => (out += text), err: (text) => (err += text) });
    expect(err).not.toContain('不是');
    expect(status).toBe(0);
    const [json] = JSON.parse(out) as Array<Record<string, any>>;
    expect(json.applications.carried_over).toEqual([2, 1, 0, 0, 0, 0, 3]);
    // A blank 总计 stays 0: never filled with the sum of its row.
    expect(json.applications['not_processed.duplicate']).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(json.blanks).toEqual([
      'applications.carried_over.research',
      'applications.carried_over.public_interest',
      'applications.carried_over.legal_services',
      'applications.carried_over.other_org',
      'applications.not_processed.duplicate.total',
    ]);

    const database = openDatabase(db);
    try {
      const columns = database.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('cells');
      expect(columns).toContain('blank');
      const store = new ReportStore(database);
      const [record] = store.reports();
      expect(store.cellIsBlank(record.id, 'carried_over', 'research')).toBe(true);
      expect(store.cellIsBlank(record.id, 'carried_over', 'natural_person')).toBe(false);
      // A printed 0 is not blank.
      expect(store.cell(record.id, 'received', 'research')).toBe(1);
      expect(store.cellIsBlank(record.id, 'granted', 'research')).toBe(false);
      expect(store.cell(record.id, 'not_processed.duplicate', 'total')).toBe(0);
      expect(store.cellIsBlank(record.id, 'not_processed.duplicate', 'total')).toBe(true);
      expect(store.load(record.id)!.blanks).toEqual(json.blanks);
    } finally {
      database.close();
    }
  });
});
