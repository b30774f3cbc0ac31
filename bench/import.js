/**
 * Import throughput: the sample reports, renamed to many agencies so every file is a new
 * report, written to a temp dir and imported through importFile (read, extract, parse, store,
 * log) into a fresh database, as `gongkai import` does. One untimed file goes first, as in
 * the PDF bench: the process's one-time costs (jieba's dictionary, about a quarter of a second,
 * and the JIT's first pass) are reported apart as `first_file_ms`, so the figure is the rate of
 * a running import. `benchPdfImport` does the same with ruled PDFs generated from two real
 * reports (test/fixtures/report-documents.ts).
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
    // One invented region per file: every import is a new report, not a replacement. The
    // first file is the untimed one.
    const names = regions(files + 1);
    const paths = [];
    for (let index = 0; index <= files; index += 1) {
      const sample = samples[index % samples.length];
      const region = names[index];
      const path = join(directory, `report-${index}.txt`);
      writeFileSync(path, sample.text.replaceAll(sample.region, region));
      paths.push(path);
    }
    const db = openDatabase(join(directory, 'import.db'));
    const store = new ReportStore(db);
    const firstStarted = performance.now();
    const first = await importFile(store, paths[0]);
    const firstFileMs = performance.now() - firstStarted;
    let refused = first.ok ? 0 : 1;
    const started = performance.now();
    for (const path of paths.slice(1)) {
      const outcome = await importFile(store, path);
      if (!outcome.ok) refused += 1;
    }
    // As `gongkai import` ends: the ranking figures of every report imported, in one transaction.
    store.settleRankings();
    const elapsedMs = performance.now() - started;
    const parseStarted = performance.now();
    for (const sample of samples) for (let round = 0; round < 20; round += 1) parseReport(sample.text);
    const parseMs = (performance.now() - parseStarted) / (samples.length * 20);
    db.close();
    return {
      import_reports_per_s: files / (elapsedMs / 1000),
      files,
      refused,
      parse_ms_per_report: parseMs,
      first_file_ms: firstFileMs,
      // With the first file's one-time costs: the rate of a fresh `gongkai import` of files + 1 files.
      import_reports_per_s_with_first: (files + 1) / ((elapsedMs + firstFileMs) / 1000),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * PDF import throughput: PDFs of the real reports in test/fixtures/report-documents.ts (ruled
 * tables, table 三 over page breaks, some cells blank so the column-position reading runs),
 * one invented agency per file, generated in a temp dir before the clock starts and imported
 * through importFile into a fresh database. The fixture builder is TypeScript, loaded with tsx
 * only to generate the files; what is measured is dist/.
 */
export async function benchPdfImport({ files = 20 } = {}) {
  const { tsImport } = await import('tsx/esm/api');
  const fixtures = await tsImport('../test/fixtures/report-documents.ts', import.meta.url);
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-bench-pdf-'));
  try {
    const layouts = [fixtures.report2023, fixtures.report2019];
    const blankOrganisations = (table, row, column) =>
      (table === 'applications' && column >= 1 && column <= 5) || (table === 'appeals' && row === 1);
    const names = regions(files);
    const paths = [];
    let bytes = 0;
    for (let index = 0; index < files; index += 1) {
      const figures = layouts[index % layouts.length];
      const agency = figures.agency.replace('平潭综合实验区', names[index]);
      const renamed = { ...figures, agency, title: figures.title.replace(figures.agency, agency) };
      // Every other file leaves the 法人 columns blank; the rest print every figure.
      const pdf = fixtures.reportPdf(fixtures.reportBlocks(renamed, index % 2 === 0 ? blankOrganisations : undefined));
      const path = join(directory, `report-${index}.pdf`);
      writeFileSync(path, pdf);
      bytes += pdf.length;
      paths.push(path);
    }
    const db = openDatabase(join(directory, 'import.db'));
    const store = new ReportStore(db);
    // One untimed import warms pdf.js up (its first document loads the worker code).
    await importFile(store, paths[0]);
    let refused = 0;
    let columnReadings = 0;
    const started = performance.now();
    for (const path of paths) {
      const outcome = await importFile(store, path);
      if (!outcome.ok) refused += 1;
      else if (outcome.report.warnings.some((warning) => warning.message.startsWith('表格按列位置读取'))) columnReadings += 1;
    }
    store.settleRankings();
    const elapsedMs = performance.now() - started;
    db.close();
    return {
      import_pdf_per_s: files / (elapsedMs / 1000),
      files,
      refused,
      column_readings: columnReadings,
      average_pdf_kb: Math.round(bytes / files / 1024),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
