/**
 * Rendering a report model (published, imported or a draft) in the standard layout of
 * 国办公开办函〔2021〕30号: a compact plain-text version for WeChat and a full Markdown version
 * for the website. Every heading, row and column label comes from the field catalogue.
 */
import { APPLICANT_COLUMNS, type RowDef, rowsOf, type TableKey } from './catalogue.js';
import { columnShortName, reportTitleOf, rowShortName, sectionTitle } from './labels.js';
import type { Report } from './model.js';

/** A figure as printed: whole numbers plain, money to six decimals at most (万元 to the 分), empty cells as a dash. */
export function formatFigure(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1_000_000) / 1_000_000);
}

/** Consecutive rows of table 二 under one heading (第二十条第（一）项 …). */
export function proactiveGroups(report: Pick<Report, 'format'>): Array<{ heading: string; rows: RowDef[] }> {
  const groups: Array<{ heading: string; rows: RowDef[] }> = [];
  for (const row of rowsOf('proactive', report.format)) {
    const heading = row.group ?? '';
    const last = groups[groups.length - 1];
    if (last && last.heading === heading) last.rows.push(row);
    else groups.push({ heading, rows: [row] });
  }
  return groups;
}

function values(report: Pick<Report, TableKey>, table: TableKey, row: RowDef): Array<number | undefined> {
  const stored = report[table][row.key];
  return row.columns.map((_, index) => {
    const value = stored?.[index];
    return value === undefined || !Number.isFinite(value) ? undefined : value;
  });
}

function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');
const markdownRow = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;

/** The rule printed above table 三 in every report. */
export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

/** The full report as Markdown: title, the six sections, the three tables with the standard labels. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [`# ${reportTitleOf(report)}`, ''];
  const text = (key: string, empty: string) => {
    out.push(`## ${sectionTitle(key)}`, '');
    const lines = paragraphs(report.sections[key]);
    if (lines.length === 0) out.push(empty, '');
    for (const line of lines) out.push(line.replace(/^#+\s/, ''), '');
  };
  text('overview', '（未填写）');

  out.push(`## ${sectionTitle('proactive')}`, '');
  for (const group of proactiveGroups(report)) {
    const columns = group.rows.reduce((widest, row) => (row.columns.length > widest.length ? row.columns : widest), group.rows[0].columns);
    if (group.heading) out.push(`**${group.heading}**`, '');
    out.push(markdownRow(['信息内容', ...columns.map((column) => column.label)]));
    out.push(markdownRow(['---', ...columns.map(() => '---:')]));
    for (const row of group.rows) {
      const cells = values(report, 'proactive', row).map(formatFigure);
      out.push(markdownRow([row.label, ...cells, ...columns.slice(cells.length).map(() => '')]));
    }
    out.push('');
  }

  out.push(`## ${sectionTitle('applications')}`, '', APPLICATIONS_NOTE, '');
  out.push(
    markdownRow([
      '申请人情况',
      ...APPLICANT_COLUMNS.map((column) =>
        ['natural_person', 'total'].includes(column.key) ? column.label : `法人或其他组织：${column.label}`,
      ),
    ]),
  );
  out.push(markdownRow(['---', ...APPLICANT_COLUMNS.map(() => '---:')]));
  let previousGroup: string | undefined;
  for (const row of rowsOf('applications', report.format)) {
    const label = row.group && row.group !== previousGroup ? `${row.group} ${row.label}` : row.label;
    previousGroup = row.group;
    out.push(markdownRow([label, ...values(report, 'applications', row).map(formatFigure)]));
  }
  out.push('');

  out.push(`## ${sectionTitle('appeals')}`, '');
  const appealRows = rowsOf('appeals', report.format);
  out.push(markdownRow(['', ...appealRows[0].columns.map((column) => column.label)]));
  out.push(markdownRow(['---', ...appealRows[0].columns.map(() => '---:')]));
  for (const row of appealRows)
    out.push(markdownRow([row.group ? `${row.group}：${row.label}` : row.label, ...values(report, 'appeals', row).map(formatFigure)]));
  out.push('');

  text('problems', '（未填写）');
  text('other', '（未填写）');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/**
 * The report as plain text for a chat window: the sections in full, table 二 one row a line,
 * table 三 only its non-zero rows (the rest summed up as zero or not filled), table 四 per group.
 */
export function renderPlainText(report: Report, options: { note?: string } = {}): string {
  const out: string[] = [`《${reportTitleOf(report)}》`];
  if (options.note) out.push(options.note);
  const text = (key: string) => {
    out.push('', sectionTitle(key));
    const lines = paragraphs(report.sections[key]);
    out.push(...(lines.length > 0 ? lines : ['（未填写）']));
  };
  text('overview');

  for (const table of ['proactive', 'applications', 'appeals'] as const)
    out.push('', sectionTitle(table), ...plainTableLines(report, table));
  text('problems');
  text('other');
  return out.join('\n');
}

/**
 * One of the three tables as chat lines, without its heading: table 二 one row a line, table 三 only its
 * non-zero rows (the rest summed up as zero or not filled), table 四 per group. Also a whole table asked alone (表三给我看看).
 */
export function plainTableLines(report: Pick<Report, 'format' | TableKey>, table: TableKey): string[] {
  const out: string[] = [];
  if (table === 'proactive') {
    for (const row of rowsOf('proactive', report.format)) {
      const cells = values(report, 'proactive', row);
      const shown =
        row.columns.length === 1
          ? formatFigure(cells[0])
          : row.columns.map((column, index) => `${columnShortName(column)}${formatFigure(cells[index])}`).join(' ');
      out.push(`${row.label}${row.unit === '万元' ? '（万元）' : ''}：${shown}`);
    }
    return out;
  }
  if (table === 'applications') {
    out.push(`（依次为：${APPLICANT_COLUMNS.map((column) => column.label).join(' ')}）`);
    const zero: string[] = [];
    const empty: string[] = [];
    for (const row of rowsOf('applications', report.format)) {
      const cells = values(report, 'applications', row);
      if (cells.every((value) => value === undefined)) empty.push(rowShortName(row));
      else if (cells.every((value) => value === 0)) zero.push(rowShortName(row));
      else out.push(`${rowShortName(row)}：${cells.map(formatFigure).join(' ')}`);
    }
    if (zero.length > 0)
      out.push(zero.length === rowsOf('applications', report.format).length ? '各行均为0。' : `其余${zero.length}行均为0。`);
    if (empty.length > 0) out.push(`未填${empty.length}行：${empty.slice(0, 6).join('、')}${empty.length > 6 ? '等' : ''}。`);
    return out;
  }
  const appealRows = rowsOf('appeals', report.format);
  const allZero = appealRows.every((row) => values(report, 'appeals', row).every((value) => value === 0));
  if (allZero) return ['行政复议、行政诉讼均为0。'];
  for (const row of appealRows) {
    const cells = values(report, 'appeals', row);
    out.push(
      `${rowShortName(row)}：${row.columns.map((column, index) => `${columnShortName(column)}${formatFigure(cells[index])}`).join(' ')}`,
    );
  }
  return out;
}
