/**
 * Import throughput: the sample reports, renamed to many agencies so every file is a new
 * report, written to a temp dir and imported through importFile (read, extract, parse, store,
 * log) into a fresh database, as `gongkai import` does.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitAgencyName } from '../dist/report/agency-names.js';
import { importFile } from '../dist/report/importer.js';
import { parseReport } from '../dist/report/parse.js';
import { openDatabase } from '../dist/store/db.js';
import { ReportStore } from '../dist/store/report-store.js';
import { projectRoot } from './generate.js';
import { regions } from './synthetic.js';

export async function benchImport({ files = 300 } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-bench-import-'));
  try {
    const samples = readdirSync(join(projectRoot, 'data', 'reports'))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(projectRoot, 'data', 'reports', file), 'utf8');
        const { report } = parseReport(text);
        return { text, region: splitAgencyName(report.agency).region };
      });
    // One invented region per file: every import is a new report, not a replacement.
    const names = regions(files);
    const paths = [];
    for (let index = 0; index < files; index += 1) {
      const sample = samples[index % samples.length];
      const region = names[index];
      const path = join(directory, `report-${index}.txt`);
      writeFileSync(path, sample.text.replaceAll(sample.region, region));
      paths.push(path);
    }
    const db = openDatabase(join(directory, 'import.db'));
    const store = new ReportStore(db);
    let refused = 0;
    const started = performance.now();
    for (const path of paths) {
      const outcome = await importFile(store, path);
      if (!outcome.ok) refused += 1;
    }
    const elapsedMs = performance.now() - started;
    const parseStarted = performance.now();
    for (const sample of samples) for (let round = 0; round < 20; round += 1) parseReport(sample.text);
    const parseMs = (performance.now() - parseStarted) / (samples.length * 20);
    db.close();
    return { import_reports_per_s: files / (elapsedMs / 1000), files, refused, parse_ms_per_report: parseMs };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
