/**
 * Every name the bot gives a row, column, section or report, built from the catalogue in one
 * place: replies, answers, reminders, previews and exports all call these.
 */
import { CURRENT_LAYOUT, type ColumnDef, type RowDef, SECTIONS } from './catalogue.js';
import type { Report } from './model.js';

/** Row label without its numbering and trailing note: （二）部分公开（区分处理的…） → 部分公开. */
export function cleanRowLabel(label: string): string {
  return label
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^[（(][一二三四五六七八九十]+[）)]/, '')
    .replace(/^\d+\./, '')
    .replace(/（[^）]*）$/, '')
    .trim();
}

/** A short, unambiguous row name: 不予公开·属于国家秘密, 行政诉讼·复议后起诉, 办理结果总计 (a row's own short name when it has one). */
export function rowShortName(row: RowDef): string {
  if (row.shortName) return row.shortName;
  if (row.computed) return `办理结果${cleanRowLabel(row.label)}`;
  const label = cleanRowLabel(row.label);
  const group = row.group ? cleanRowLabel(row.group) : '';
  if (group && row.table !== 'proactive' && group !== '本年度办理结果') return `${group}·${label}`;
  return label;
}

/** The row as printed in the standard layout, with its group: used in guided prompts. */
export function rowHeading(row: RowDef): string {
  return row.group ? `${row.group} ${row.label}` : row.label;
}

/** A row's name in answers to citizens: 本年新收申请, 部分公开, 办理结果总计. */
export function rowAnswerName(row: RowDef): string {
  return cleanRowLabel(row.label)
    .replace(/政府信息公开申请数量$/, '申请')
    .replace(/^总计$/, '办理结果总计');
}

/** The name of a figure's row in comparisons, from the figure's key (licensing → 行政许可; '' when unknown). */
export function figureRowName(key: string): string {
  const row = CURRENT_LAYOUT.row(key.split('.')[0]);
  return row ? rowAnswerName(row) : '';
}

/** Table 三's handling rows and their total are one block to a clerk: "办理结果". */
const HANDLING_BLOCK = new Set([...CURRENT_LAYOUT.handlingRows().map((row) => row.key), ...CURRENT_LAYOUT.rowsOfRule(2)]);

/** The short name of a row as a clerk says it in reminders: 上年结转, 办理结果, 行政许可 (the key when unknown). */
export function rowBlockName(rowKey: string): string {
  if (HANDLING_BLOCK.has(rowKey)) return '办理结果';
  const row = CURRENT_LAYOUT.row(rowKey);
  if (!row) return rowKey;
  return cleanRowLabel(row.label).replace(/政府信息公开申请数量$/, '');
}

/** The short word for a column: 制发, 维持, 自然人 … */
export function columnShortName(column: ColumnDef): string {
  if (column.key === 'other') return '其他结果';
  if (column.key === 'other_org') return '其他';
  return column.synonyms[0] ?? column.label;
}

/** A section's printed heading: 三、收到和处理政府信息公开申请情况 (the key itself when unknown). */
export function sectionTitle(key: string): string {
  const section = SECTIONS.find((candidate) => candidate.key === key);
  return section ? `${section.number}、${section.title}` : key;
}

/** The standard title of an agency's report for a year. */
export function standardReportTitle(report: { agency: string; year: number }): string {
  return `${report.agency}${report.year}年政府信息公开工作年度报告`;
}

/** The report's title as printed: its own when it has one, else the standard one. */
export function reportTitleOf(report: Pick<Report, 'agency' | 'year' | 'title'>): string {
  return report.title ?? standardReportTitle(report);
}

/** The report's title as citizens see it cited: 《…年度报告》. */
export function citedReportTitle(report: { agency: string; year: number }): string {
  return `《${standardReportTitle(report)}》`;
}
