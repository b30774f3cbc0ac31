/**
 * speed57: the report lists kept per agency (reportsOfAgency) share one string for the agency's name, the format and the
 * origin across their records, to hold less. What they say must not move: every field as stored, the agency's own name
 * on each of its records (also after a rename), and a list whose change by a caller leaves the kept one as it was.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { type ReportRecord, ReportStore } from '../../../src/store/report-store.js';

function storeWithReports() {
  const db = openDatabase(':memory:');
  const store = new ReportStore(db);
  const insert = db.prepare(
    'INSERT INTO reports (agency_id, year, format, title, origin, source_file, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const river = store.ensureAgency('北河县水利局');
  const hill = store.ensureAgency('北河县林业局');
  insert.run(river.id, 2022, '2021', '北河县水利局2022年政府信息公开工作年度报告', 'import', 'slj-2022.txt', '2024-02-01T08:00:00.000Z');
  insert.run(river.id, 2023, '2021', null, 'entry', null, '2024-03-01T08:00:00.000Z');
  insert.run(river.id, 2021, '2017', '北河县水利局2021年度报告', 'import', 'slj-2021.html', '2024-01-01T08:00:00.000Z');
  insert.run(hill.id, 2023, '2021', '北河县林业局2023年年报', 'import', 'lyj.txt', '2024-04-01T08:00:00.000Z');
  return { db, store, river, hill };
}

const asStored = (db: ReturnType<typeof openDatabase>, agencyId: number) =>
  db
    .prepare(
      `SELECT r.id, r.agency_id AS agencyId, a.name AS agency, r.year, r.format, r.title, r.origin, r.source_file AS sourceFile, r.stored_at AS storedAt
       FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.agency_id = ? ORDER BY r.year`,
    )
    .all(agencyId) as ReportRecord[];

describe('speed57: kept report records', () => {
  it('hold every field as stored, by year, asked once or again', () => {
    const { db, store, river, hill } = storeWithReports();
    for (let round = 0; round < 2; round += 1) {
      expect(store.reportsOfAgency(river.id)).toEqual(asStored(db, river.id));
      expect(store.reportsOfAgency(hill.id)).toEqual(asStored(db, hill.id));
    }
    expect(store.reportsOfAgency(river.id).map((record) => [record.year, record.format, record.origin])).toEqual([
      [2021, '2017', 'import'],
      [2022, '2021', 'import'],
      [2023, '2021', 'entry'],
    ]);
    expect(store.reportsOfAgency(hill.id)[0].agency).toBe('北河县林业局');
  });

  it('a caller changing the list it was given changes nothing kept', () => {
    const { db, store, river } = storeWithReports();
    const given = store.reportsOfAgency(river.id);
    given.pop();
    given.reverse();
    expect(store.reportsOfAgency(river.id)).toEqual(asStored(db, river.id));
  });

  it('follow a rename written through the store', () => {
    const { db, store, river } = storeWithReports();
    expect(store.reportsOfAgency(river.id)[0].agency).toBe('北河县水利局');
    // A fuller name of the same agency renames it (agencyForReport), a write the kept lists see.
    store.agencyForReport('某某市北河县水利局');
    const renamed = store.reportsOfAgency(river.id);
    expect(renamed).toEqual(asStored(db, river.id));
    expect(new Set(renamed.map((record) => record.agency)).size).toBe(1);
  });
});
