/**
 * The figures the pages and charts show, read from the same store and catalogue the chat answers
 * use: table cells by catalogue key, and the proactive-disclosure count through the store's own
 * "main prose figure" query (the one rankings in chat use). Nothing here recomputes a figure.
 */
import type { ProseFigureKey } from '../report/prose-figures.js';
import { FIELDS, fieldByKey, ROWS, type ReportFormat } from '../report/catalogue.js';
import type { ReportStore } from '../store/report-store.js';

/** One series on a chart: a catalogue figure (row.column) or the proactive-items prose figure. */
export interface FigureSeries {
  key: string;
  label: string;
}

/** An agency's main figures, as charted on its public page and on the figures page. */
export const MAIN_FIGURES: FigureSeries[] = [
  { key: 'received.total', label: '新收申请' },
  { key: 'granted.total', label: '予以公开' },
  { key: 'handled_total.total', label: '办理总计' },
  { key: 'review.total', label: '行政复议' },
  { key: 'litigation_direct.total', label: '直接起诉' },
  { key: 'litigation_after_review.total', label: '复议后起诉' },
  { key: 'proactive_items', label: '主动公开（条）' },
];

/** The figure charts on the figures page: what the office compares across agencies. */
export const FIGURE_CHARTS: Array<{ title: string; series: FigureSeries[] }> = [
  {
    title: '收到的申请',
    series: [
      { key: 'received.total', label: '新收申请' },
      { key: 'carried_over.total', label: '上年结转' },
    ],
  },
  {
    title: '办理结果',
    series: [
      { key: 'granted.total', label: '予以公开' },
      { key: 'partly_granted.total', label: '部分公开' },
      { key: 'handled_total.total', label: '办理总计' },
    ],
  },
  {
    title: '行政复议和行政诉讼',
    series: [
      { key: 'review.total', label: '行政复议' },
      { key: 'litigation_direct.total', label: '直接起诉' },
      { key: 'litigation_after_review.total', label: '复议后起诉' },
    ],
  },
  { title: '主动公开信息', series: [{ key: 'proactive_items', label: '主动公开（条）' }] },
];

/** The prose figure the proactive-items series reads (the stated row's figure in the catalogue). */
const PROSE_KEY: ProseFigureKey = 'proactive_items';

/** One report's value of a series, or undefined when the report does not state it. */
export function seriesValue(
  reports: ReportStore,
  report: { id: number; format: ReportFormat },
  key: string,
  proactive?: Map<number, number>,
): number | undefined {
  if (key === PROSE_KEY) return (proactive ?? proactiveItemsByReport(reports)).get(report.id);
  const field = fieldByKey(key, report.format);
  if (!field) return undefined;
  return reports.cell(report.id, field.row.key, field.column.key);
}

/** Each report's proactive-items count (the main figure rankings use), of every report or of those given. */
export function proactiveItemsByReport(reports: ReportStore, reportIds?: number[]): Map<number, number> {
  return reports.mainProseValues(PROSE_KEY, reportIds);
}

/** One agency's series over its report years. */
export function agencyYears(
  reports: ReportStore,
  agencyId: number,
  series: FigureSeries[] = MAIN_FIGURES,
): { years: number[]; values: Record<string, Array<number | null>> } {
  const own = reports.reportsOfAgency(agencyId).sort((a, b) => a.year - b.year);
  const proactive = proactiveItemsByReport(
    reports,
    own.map((report) => report.id),
  );
  const values: Record<string, Array<number | null>> = {};
  for (const item of series) values[item.key] = own.map((report) => seriesValue(reports, report, item.key, proactive) ?? null);
  return { years: own.map((report) => report.year), values };
}

/** One row of the export: a stored figure with where it came from. */
export interface FigureRow {
  agency: string;
  year: number;
  table: string;
  key: string;
  label: string;
  value: number;
  unit: string;
  source: string;
}

/** Every stored figure, one row per agency, year and cell (plus prose figures), in catalogue order. */
export function everyFigure(reports: ReportStore, agencyIds?: Set<number>): FigureRow[] {
  const rows: FigureRow[] = [];
  const all = reports
    .reports()
    .filter((report) => !agencyIds || agencyIds.has(report.agencyId))
    .sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || a.year - b.year);
  for (const report of all) {
    const source = report.sourceFile
      ? `${report.origin === 'entry' ? '填报' : '导入'}：${report.sourceFile}`
      : report.origin === 'entry'
        ? '在线填报'
        : '导入';
    const order = new Map(FIELDS[report.format].map((field, index) => [field.key, index]));
    const cells: FigureRow[] = [];
    for (const table of ['proactive', 'applications', 'appeals'] as const) {
      const stored = reports.tableOf(report.id, table, report.format);
      for (const row of ROWS[report.format].filter((candidate) => candidate.table === table)) {
        const values = stored[row.key];
        if (!values) continue;
        row.columns.forEach((column, index) => {
          const value = values[index];
          if (value === undefined || !Number.isFinite(value)) return;
          const key = row.columns.length === 1 ? row.key : `${row.key}.${column.key}`;
          cells.push({
            agency: report.agency,
            year: report.year,
            table,
            key,
            label: fieldByKey(key, report.format)?.label ?? key,
            value,
            unit: row.unit,
            source,
          });
        });
      }
    }
    cells.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    rows.push(...cells);
    for (const figure of reports.proseFigures(report.id)) {
      rows.push({
        agency: report.agency,
        year: report.year,
        table: `prose.${figure.section}`,
        key: figure.key,
        label: figure.label,
        value: figure.value,
        unit: figure.unit,
        source: `${source}；原文：${figure.sentence}`,
      });
    }
  }
  return rows;
}
