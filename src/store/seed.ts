/** The sample reports shipped in data/reports/, loaded into an empty database. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../config/paths.js';
import { parseReport } from '../report/parse.js';
import { checkReport } from '../report/rules.js';
import type { ReportStore } from './report-store.js';

/** Import the sample reports when the store holds no report at all. Returns how many were loaded. */
export function seedSampleReports(store: ReportStore, directory = dataPath('reports')): number {
  if (store.reportCount() > 0) return 0;
  let count = 0;
  for (const name of readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()) {
    const { report, violations } = parseReport(readFileSync(join(directory, name), 'utf8'));
    store.save(report, [...violations, ...checkReport(report)], { origin: 'import', sourceFile: name });
    count += 1;
  }
  return count;
}
