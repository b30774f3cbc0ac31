/** Downloads of every stored figure: XLSX through exceljs, and CSV (UTF-8 with BOM so Excel reads the Chinese). */
import type { FigureRow } from './figures.js';

const COLUMNS: Array<{ header: string; key: keyof FigureRow; width: number }> = [
  { header: '机关', key: 'agency', width: 28 },
  { header: '年度', key: 'year', width: 8 },
  { header: '表', key: 'table', width: 14 },
  { header: '键', key: 'key', width: 30 },
  { header: '项目', key: 'label', width: 50 },
  { header: '数值', key: 'value', width: 10 },
  { header: '单位', key: 'unit', width: 8 },
  { header: '来源', key: 'source', width: 40 },
];

/** The figures as an XLSX workbook (one sheet, one row per figure). */
export async function figuresXlsx(rows: FigureRow[]): Promise<Buffer> {
  // Loaded on the first export, not at start-up: exceljs adds about 30 MB to a process.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gongkai-bot';
  const sheet = workbook.addWorksheet('数据');
  sheet.columns = COLUMNS.map((column) => ({ header: column.header, key: column.key, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvField = (value: string | number) => {
  const text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The figures as CSV. */
export function figuresCsv(rows: FigureRow[]): string {
  const lines = [COLUMNS.map((column) => column.header).join(',')];
  for (const row of rows) lines.push(COLUMNS.map((column) => csvField(row[column.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
