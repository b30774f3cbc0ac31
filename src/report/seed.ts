/** The sample reports shipped in data/reports/, loaded into an empty database. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../config/paths.js';
import { importReports } from './import-service.js';
import { parseReport } from './parse.js';
import type { ReportStore } from '../store/report-store.js';

/** Import the sample reports when the store holds no report at all. Returns how many were loaded. */
export function seedSampleReports(store: ReportStore, directory = dataPath('reports')): number {
  if (store.reportCount() > 0) return 0;
  const names = readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  const items = names.map((name) => ({
    ...parseReport(readFileSync(join(directory, name), 'utf8')),
    meta: { origin: 'import' as const, sourceFile: name },
  }));
  // One transaction, in name order: each report's cross-year rules see the ones stored before it.
  return importReports(store, items).length;
}
