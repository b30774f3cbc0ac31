/** The versioned cache: bounded LRU, emptied when the data version changes, on a real SQLite file with two connections. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { versionedCache } from '../../../src/core/cache.js';
import { importReport } from '../../../src/report/import-service.js';
import { parseReport } from '../../../src/report/parse.js';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8');

describe('versionedCache', () => {
  it('computes a value once per data version', () => {
    let version = 1;
    let computed = 0;
    const cache = versionedCache<string, { n: number }>({ max: 10, version: () => version });
    const compute = () => ({ n: ++computed });
    expect(cache.get('a', compute)).toEqual({ n: 1 });
    expect(cache.get('a', compute)).toEqual({ n: 1 });
    expect(cache.peek('a')).toEqual({ n: 1 });
    version = 2;
    expect(cache.peek('a')).toBeUndefined();
    expect(cache.get('a', compute)).toEqual({ n: 2 });
    expect(computed).toBe(2);
  });

  it('keeps at most `max` entries, dropping the least recently used', () => {
    const cache = versionedCache<string, string>({ max: 2, version: () => 0 });
    cache.get('a', () => 'A');
    cache.get('b', () => 'B');
    cache.get('a', () => 'not computed again');
    cache.get('c', () => 'C');
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBe('A');
    expect(cache.peek('b')).toBeUndefined();
    expect(cache.peek('c')).toBe('C');
  });
});

describe('versioned by the report store', () => {
  let directory: string | undefined;
  afterEach(() => directory && rmSync(directory, { recursive: true, force: true }));

  it('drops cached report lists after a write on the same connection at once, and after another connection’s commit', async () => {
    directory = mkdtempSync(join(tmpdir(), 'gongkai-cache-'));
    const file = join(directory, 'test.db');
    const serving = new ReportStore(openDatabase(file));
    const importing = new ReportStore(openDatabase(file));
    try {
      const first = parseReport(sample);
      importReport(serving, first, { origin: 'import' });
      const agency = serving.agencyByName(first.report.agency)!;
      expect(serving.reportsOfAgency(agency.id).map((report) => report.year)).toEqual([2025]);

      // Another process (gongkai import) stores the year before: seen once SQLite's data_version is read again.
      importReport(importing, parseReport(sample.replace(/2025/g, '2024').replace(/2026/g, '2025')), { origin: 'import' });
      await sleep(150);
      expect(serving.reportsOfAgency(agency.id).map((report) => report.year)).toEqual([2024, 2025]);

      // A write through this connection is seen at once.
      importReport(serving, parseReport(sample.replace(/2025/g, '2023').replace(/2026/g, '2024')), { origin: 'import' });
      expect(serving.reportsOfAgency(agency.id).map((report) => report.year)).toEqual([2023, 2024, 2025]);
      expect(serving.reportSummary().reports).toBe(3);
    } finally {
      importing.db.close();
      serving.db.close();
    }
  });
});
