/**
 * perf48: an agency's report of one year read from its kept list (reportOfYear), not by a statement of SQLite per ask: the
 * same record as report() reads, every field in the same order, none for a year not held, a copy the caller may change, and
 * the new data after a write through the store.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

function storeWithReports() {
  const db = openDatabase(':memory:');
  const store = new ReportStore(db);
  const insert = db.prepare(
    'INSERT INTO reports (agency_id, year, format, title, origin, source_file, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const water = store.ensureAgency('通榆县水务局');
  const forest = store.ensureAgency('通榆县林业和草原局');
  insert.run(water.id, 2023, '2021', '通榆县水务局2023年政府信息公开工作年度报告', 'import', 'swj-2023.txt', '2024-02-01T08:00:00.000Z');
  insert.run(water.id, 2021, '2017', null, 'entry', null, '2024-03-01T08:00:00.000Z');
  insert.run(forest.id, 2024, '2021', '通榆县林业和草原局2024年年报', 'import', 'lcj.html', '2025-01-20T08:00:00.000Z');
  return { db, store, water, forest };
}

describe('perf48: ReportStore.reportOfYear', () => {
  it('is what report() reads, field for field, for every agency and year, held or not', () => {
    const { store, water, forest } = storeWithReports();
    for (let round = 0; round < 2; round += 1)
      for (const agency of [water, forest, { id: 999 }])
        for (const year of [2020, 2021, 2022, 2023, 2024]) {
          const read = store.report(agency.id, year);
          const kept = store.reportOfYear(agency.id, year);
          expect(kept).toEqual(read);
          expect(kept && Object.keys(kept)).toEqual(read && Object.keys(read));
        }
    expect(store.reportOfYear(water.id, 2022)).toBeUndefined();
    expect(store.reportOfYear(forest.id, 2024)?.title).toBe('通榆县林业和草原局2024年年报');
  });

  it('gives each caller its own copy', () => {
    const { store, water } = storeWithReports();
    const given = store.reportOfYear(water.id, 2023);
    if (given) given.title = '改过的标题';
    expect(store.reportOfYear(water.id, 2023)?.title).toBe('通榆县水务局2023年政府信息公开工作年度报告');
    expect(store.reportsOfAgency(water.id).find((record) => record.year === 2023)?.title).toBe(
      '通榆县水务局2023年政府信息公开工作年度报告',
    );
  });

  it('follows a rename written through the store', () => {
    const { store, water } = storeWithReports();
    expect(store.reportOfYear(water.id, 2021)?.agency).toBe('通榆县水务局');
    store.agencyForReport('白城市通榆县水务局');
    expect(store.reportOfYear(water.id, 2021)?.agency).toBe(store.report(water.id, 2021)?.agency);
  });
});
