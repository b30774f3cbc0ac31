/** Importing report files: extract the text, parse it, store it, and say what happened. */
import { basename } from 'node:path';
import { GongkaiError } from '../core/errors.js';
import type { ReportStore } from '../store/report-store.js';
import { looksLikeAgencyGuide } from '../guide/agency-guide.js';
import { type GuideImport, type GuideJson, guideJson, importGuideText } from '../guide/import-guide.js';
import { extractFile, extractText, type ReportFile } from './extract.js';
import { importReport } from './import-service.js';
import type { Report, Violation } from './model.js';
import { AgencyUnknownError, parseReport, type ReportPreview } from './parse.js';
import { refusedReportJson, toReportJson, type ReportJson } from './report-json.js';

export interface ImportOutcome {
  file: string;
  ok: boolean;
  /** Set when the file was refused. */
  error?: string;
  report?: Report;
  violations: Violation[];
  replaced: boolean;
  reportId?: number;
  /** A report refused only because its agency could not be determined: what was read of it (not stored). */
  preview?: ReportPreview;
  /** Set when the file was an agency's disclosure guide (政府信息公开指南) rather than a report. */
  guide?: GuideImport;
}

/** How one document is imported; what the operator says (`--agency`, `--year`) wins over what the text says. */
export interface ImportOptions {
  agency?: string;
  year?: number;
  /** The URL the document was fetched from: stored as the report's source, and a hint for the parser. */
  sourceUrl?: string;
  /** The document's bytes when they are already in memory (fetched from the web); otherwise `file` is read from disk. */
  document?: ReportFile;
  /** The largest file read from disk (IMPORT_MAX_MB). */
  maxBytes?: number;
}

/** Import one file (or fetched document) into the store. Never throws for a bad file: the outcome says why it was refused. */
export async function importFile(store: ReportStore, file: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  try {
    const { text, notes } = options.document
      ? await extractText(options.document)
      : await extractFile(file, { maxBytes: options.maxBytes });
    if (looksLikeAgencyGuide(text)) {
      const guide = importGuideText(store, file, text);
      store.logImport(file, guide.replaced ? 'replaced' : 'imported', `guide, ${Object.keys(guide.fields).length} fields`, guide.agency);
      return { file, ok: true, guide, violations: [], replaced: guide.replaced };
    }
    const parsed = parseReport(text, { agency: options.agency, year: options.year });
    const { report } = parsed;
    // How extraction read the file (a PDF table by column position) travels with the parse warnings.
    for (const note of notes ?? []) report.warnings.push({ message: note });
    const saved = importReport(store, parsed, { origin: 'import', sourceFile: options.sourceUrl ?? basename(file) }, (stored) =>
      store.logImport(
        file,
        stored.replaced ? 'replaced' : 'imported',
        `${stored.violations.length} violations`,
        report.agency,
        report.year,
      ),
    );
    return { file, ok: true, report, violations: saved.violations, replaced: saved.replaced, reportId: saved.reportId };
  } catch (error) {
    const message = error instanceof GongkaiError ? error.message : `无法读取文件 (cannot read file): ${(error as Error).message}`;
    store.logImport(file, 'refused', message);
    const preview = error instanceof AgencyUnknownError ? error.preview : undefined;
    return { file, ok: false, error: message, violations: [], replaced: false, preview };
  }
}

/** The JSON object `gongkai import --json` prints for one file. */
export function outcomeJson(
  outcome: ImportOutcome,
): ReportJson | GuideJson | ReturnType<typeof refusedReportJson> | { file: string; error: string } {
  if (outcome.ok && outcome.guide) return guideJson(outcome.file, outcome.guide);
  if (!outcome.ok && outcome.preview) return refusedReportJson(outcome.file, outcome.error ?? 'refused', outcome.preview);
  if (!outcome.ok || !outcome.report) return { file: outcome.file, error: outcome.error ?? 'refused' };
  return toReportJson(outcome.file, outcome.report, outcome.violations);
}
