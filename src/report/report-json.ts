/** The JSON shape of a report, with the keys of docs/FORMAT.md (used by `gongkai import --json`). */
import { layoutOf, type ReportFormat } from './catalogue.js';
import { isPartial } from './partial.js';
import type { Contacts, ProseFigure, Report, Violation } from './model.js';

export interface ReportJson {
  file: string;
  /** Tells reports from agency guides in the same `import --json` output. */
  document: 'report';
  agency: string;
  year: number;
  format: ReportFormat;
  sections: Record<string, string>;
  proactive: Record<string, number | Record<string, number>>;
  applications: Record<string, number[]>;
  appeals: Record<string, number[]>;
  contacts: Contacts;
  prose_figures: ProseFigure[];
  violations: Array<{ rule: number; row: string; column: string; message: string; severity: string }>;
  missing: string[];
  /** Cells the source left empty, printed as 0 above: `table.row.column`. */
  blanks: string[];
  /** True when the text stops early: a section, table or row after the last one found is missing. */
  partial: boolean;
  warnings: Array<{ row?: string; message: string; line?: number }>;
}

/** Table 二 as docs/FORMAT.md writes it: single-column rows as a number, others as {column: value}. */
export function proactiveJson(report: Pick<Report, 'format' | 'proactive'>): Record<string, number | Record<string, number>> {
  const result: Record<string, number | Record<string, number>> = {};
  for (const row of layoutOf(report.format).rowsOf('proactive')) {
    const values = report.proactive[row.key];
    if (!values) continue;
    result[row.key] =
      row.columns.length === 1 ? values[0] : Object.fromEntries(row.columns.map((column, index) => [column.key, values[index]]));
  }
  return result;
}

/** A parsed report as `gongkai import --json` prints it. */
export function toReportJson(file: string, report: Report, violations: Violation[]): ReportJson {
  return {
    file,
    document: 'report',
    agency: report.agency,
    year: report.year,
    format: report.format,
    sections: report.sections,
    proactive: proactiveJson(report),
    applications: report.applications,
    appeals: report.appeals,
    contacts: report.contacts,
    prose_figures: report.proseFigures,
    violations: violations.map(({ rule, row, column, message, severity }) => ({ rule, row, column, message, severity })),
    missing: report.missing,
    blanks: report.blanks ?? [],
    partial: isPartial(report.format, report.missing),
    warnings: report.warnings,
  };
}

/**
 * A report refused for want of its agency, as `import --json` prints it: the refusal, `stored:
 * false`, and what was read (year, layout, tables, blanks, what is missing), so the operator can
 * check the figures before importing again with --agency.
 */
export function refusedReportJson(file: string, error: string, preview: Omit<Report, 'agency' | 'title'>) {
  return {
    file,
    error,
    document: 'report' as const,
    stored: false,
    agency: null,
    year: preview.year,
    format: preview.format,
    proactive: proactiveJson(preview),
    applications: preview.applications,
    appeals: preview.appeals,
    missing: preview.missing,
    blanks: preview.blanks ?? [],
    partial: isPartial(preview.format, preview.missing),
    warnings: preview.warnings,
  };
}
