/**
 * Storing a report as a service: the rules that need the database (the cross-year rules 5 and
 * 6, against the same agency's neighbouring years) and the write, in one transaction. The
 * report store only reads and writes; every path that stores a report (the import command,
 * the sample seed, console uploads, a published draft) comes through here, so each report is
 * checked the same way and the cross-year rules are computed in one place.
 */
import type { AgencyRecord, ReportStore, SaveItem, SaveResult } from '../store/report-store.js';
import { layoutOf, type ReportFormat } from './catalogue.js';
import type { Report, Violation } from './model.js';
import { checkAcrossYears, checkCarriedOver, checkReport } from './rules.js';

/** What the parser returns: the report and the table rules it broke (rules 1–4). */
export interface ParsedReport {
  report: Report;
  violations: Violation[];
}

/** The tables the cross-year rules read, as a report or a draft holds them (NaN or undefined: empty). */
export interface CrossYearTables {
  year: number;
  format: ReportFormat;
  proactive: Record<string, ReadonlyArray<number | undefined>>;
  applications: Record<string, ReadonlyArray<number | undefined>>;
}

/** Rows whose every cell is a number: a rule on a half-filled row would only report the gap. */
function filledRows(rows: CrossYearTables['proactive']): Record<string, number[]> {
  return Object.fromEntries(
    Object.entries(rows).filter(([, values]) => values.every((value) => value !== undefined && Number.isFinite(value))),
  ) as Record<string, number[]>;
}

/** Rule 6 reads cell by cell and skips empty cells itself, so empty ones only need to be numbers. */
function asNumbers(rows: CrossYearTables['applications']): Record<string, number[]> {
  return Object.fromEntries(Object.entries(rows).map(([key, values]) => [key, values.map((value) => value ?? Number.NaN)]));
}

/**
 * The cross-year rules of one year's tables against the same agency's stored report of the year
 * before: rule 5 (现行有效件数, 2021 layout on both sides) and rule 6 (上年结转, either layout).
 * Imports, drafts in progress and publishing all ask this one function.
 */
export function crossYearViolations(reports: ReportStore, agencyId: number, tables: CrossYearTables): Violation[] {
  const lastYear = reports.report(agencyId, tables.year - 1);
  if (!lastYear) return [];
  const violations: Violation[] = [];
  // Rule 5 compares 现行有效件数, which only a layout with such rows (inForce) has, on both sides.
  const layout = layoutOf(tables.format);
  if (lastYear.format === tables.format && layout.inForce)
    violations.push(
      ...checkAcrossYears(filledRows(tables.proactive), reports.tableOf(lastYear.id, 'proactive', lastYear.format), lastYear.year, layout),
    );
  violations.push(
    ...checkCarriedOver(asNumbers(tables.applications), reports.tableOf(lastYear.id, 'applications', lastYear.format), lastYear.year),
  );
  return violations;
}

/**
 * The body of every save; the caller holds the transaction. The next year's report, stored
 * earlier (reports arrive out of order), is checked again against this one: its rule-6 breaks
 * are replaced.
 */
function checkAndWrite(reports: ReportStore, item: SaveItem): SaveResult {
  const agency: AgencyRecord = reports.agencyForReport(item.report.agency);
  const violations = [...item.violations, ...crossYearViolations(reports, agency.id, item.report)];
  const saved = reports.write(item.report, violations, item.meta, agency);
  const nextYear = reports.report(agency.id, item.report.year + 1);
  if (nextYear) {
    const next = reports.tableOf(nextYear.id, 'applications', nextYear.format);
    reports.replaceViolations(nextYear.id, 6, checkCarriedOver(next, item.report.applications, item.report.year));
  }
  return saved;
}

/**
 * Store a report whose own rules were already checked (a published draft): the cross-year rules
 * are added, and a report of the same agency and year is replaced, in one transaction.
 */
export function storeReport(reports: ReportStore, report: Report, violations: Violation[], meta: SaveItem['meta']): SaveResult {
  return reports.transaction(`cannot save the report of ${report.agency} ${report.year}`, () =>
    checkAndWrite(reports, { report, violations, meta }),
  );
}

/**
 * Import a parsed report: the parser's table rules, rules 7–9 (checkReport) and the cross-year
 * rules, stored in one transaction. `afterWrite` (the import log line) runs in that transaction
 * too: one commit per imported file, not two.
 */
export function importReport(
  reports: ReportStore,
  parsed: ParsedReport,
  meta: SaveItem['meta'],
  afterWrite?: (saved: SaveResult) => void,
): SaveResult {
  const { report } = parsed;
  const violations = [...parsed.violations, ...checkReport(report)];
  return reports.transaction(`cannot save the report of ${report.agency} ${report.year}`, () => {
    const saved = checkAndWrite(reports, { report, violations, meta });
    afterWrite?.(saved);
    return saved;
  });
}

/**
 * Store many reports whose own rules were checked in one transaction, each exactly as
 * storeReport would. For bulk loads (the benchmark database): one commit instead of one per
 * report, and no savepoint per report (which triples the cost of every insert inside an outer
 * transaction).
 */
export function storeReports(reports: ReportStore, items: SaveItem[]): SaveResult[] {
  return reports.transaction(`cannot save ${items.length} reports`, () => items.map((item) => checkAndWrite(reports, item)));
}

/** Import many parsed reports in one transaction, each exactly as importReport would. */
export function importReports(reports: ReportStore, items: Array<ParsedReport & { meta: SaveItem['meta'] }>): SaveResult[] {
  return storeReports(
    reports,
    items.map((item) => ({ report: item.report, violations: [...item.violations, ...checkReport(item.report)], meta: item.meta })),
  );
}
