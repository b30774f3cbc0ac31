/** Importing report files: extract the text, parse it, store it, and say what happened. */
import { basename } from 'node:path';
import { GongkaiError } from '../core/errors.js';
import type { ReportStore } from '../store/report-store.js';
import { extractFile } from './extract.js';
import type { Report, Violation } from './model.js';
import { parseReport } from './parse.js';
import { toReportJson, type ReportJson } from './report-json.js';

export interface ImportOutcome {
  file: string;
  ok: boolean;
  /** Set when the file was refused. */
  error?: string;
  report?: Report;
  violations: Violation[];
  replaced: boolean;
  reportId?: number;
}

/** What the operator says about the files (`--agency`, `--year`): it wins over what the text says. */
export interface ImportOptions {
  agency?: string;
  year?: number;
}

/** Import one file into the store. Never throws for a bad file: the outcome says why it was refused. */
export async function importFile(store: ReportStore, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  try {
    const { text } = await extractFile(file);
    const { report, violations } = parseReport(text, options);
    const saved = store.save(report, violations, { origin: 'import', sourceFile: basename(file) });
    store.logImport(file, saved.replaced ? 'replaced' : 'imported', `${saved.violations.length} violations`, report.agency, report.year);
    return { file, ok: true, report, violations: saved.violations, replaced: saved.replaced, reportId: saved.reportId };
  } catch (error) {
    const message = error instanceof GongkaiError ? error.message : `无法读取文件 (cannot read file): ${(error as Error).message}`;
    store.logImport(file, 'refused', message);
    return { file, ok: false, error: message, violations: [], replaced: false };
  }
}

/** The JSON object `gongkai import --json` prints for one file. */
export function outcomeJson(outcome: ImportOutcome): ReportJson | { file: string; error: string } {
  if (!outcome.ok || !outcome.report) return { file: outcome.file, error: outcome.error ?? 'refused' };
  return toReportJson(outcome.file, outcome.report, outcome.violations);
}
