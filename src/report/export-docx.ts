/**
 * The report as a Word document in the standard layout (国办公开办函〔2021〕30号), for
 * publishing on the website: title, the six section headings, and the three tables with
 * borders and the merged header cells of the printed form. Labels come from the catalogue.
 */
import { sectionTitle } from './labels.js';
import { reportTitleOf } from './labels.js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { APPLICANT_COLUMNS, type RowDef, rowsOf } from './catalogue.js';
import type { Report } from './model.js';
import { APPLICATIONS_NOTE, formatFigure, proactiveGroups } from './render.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const FONT = '宋体';

interface CellSpec {
  text: string;
  columnSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

function cell(spec: CellSpec): TableCell {
  return new TableCell({
    columnSpan: spec.columnSpan,
    rowSpan: spec.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: spec.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: spec.text, bold: spec.bold, font: FONT, size: 18 })],
      }),
    ],
  });
}

const row = (cells: CellSpec[]) => new TableRow({ children: cells.map(cell) });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: BORDERS });

function figures(report: Report, key: 'proactive' | 'applications' | 'appeals', definition: RowDef): string[] {
  const stored = report[key][definition.key];
  return definition.columns.map((_, index) => formatFigure(stored?.[index]));
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1): Paragraph {
  return new Paragraph({ heading: level, spacing: { before: 240, after: 120 }, children: [new TextRun({ text, font: FONT, bold: true })] });
}

function prose(text: string | undefined): Paragraph[] {
  const lines = (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) lines.push('（未填写）');
  return lines.map(
    (line) =>
      new Paragraph({ indent: { firstLine: 480 }, spacing: { after: 120 }, children: [new TextRun({ text: line, font: FONT, size: 24 })] }),
  );
}

/** Table 二: a group heading row, its column header row, then its rows; four columns wide. */
function proactiveTable(report: Report): Table {
  const width = Math.max(...rowsOf('proactive', report.format).map((definition) => definition.columns.length));
  const rows: TableRow[] = [];
  for (const group of proactiveGroups(report)) {
    const columns = group.rows[0].columns;
    // Narrow groups stretch their last cell over the remaining columns, as printed.
    const spans = columns.map((_, index) => (index === columns.length - 1 ? width - columns.length + 1 : 1));
    rows.push(row([{ text: group.heading || '信息内容', columnSpan: width + 1, bold: true }]));
    rows.push(
      row([
        { text: '信息内容', bold: true },
        ...columns.map((column, index) => ({ text: column.label, columnSpan: spans[index], bold: true })),
      ]),
    );
    for (const definition of group.rows) {
      rows.push(
        row([
          { text: definition.label },
          ...figures(report, 'proactive', definition).map((text, index) => ({ text, columnSpan: spans[index] })),
        ]),
      );
    }
  }
  return table(rows);
}

/** Table 三: three label columns (item, sub-group, group merged down) and the seven applicant columns. */
function applicationsTable(report: Report): Table {
  const rows: TableRow[] = [
    row([
      { text: APPLICATIONS_NOTE, columnSpan: 3, rowSpan: 3 },
      { text: '申请人情况', columnSpan: APPLICANT_COLUMNS.length, bold: true },
    ]),
    row([
      { text: APPLICANT_COLUMNS[0].label, rowSpan: 2, bold: true },
      { text: '法人或其他组织', columnSpan: APPLICANT_COLUMNS.length - 2, bold: true },
      { text: APPLICANT_COLUMNS[APPLICANT_COLUMNS.length - 1].label, rowSpan: 2, bold: true },
    ]),
    row(APPLICANT_COLUMNS.slice(1, -1).map((column) => ({ text: column.label, bold: true }))),
  ];
  const definitions = rowsOf('applications', report.format);
  const outcomeStart = definitions.findIndex((definition) => definition.group?.startsWith('三、'));
  const outcomeEnd = definitions.findIndex((definition) => definition.key === 'handled_total');
  definitions.forEach((definition, index) => {
    const values = figures(report, 'applications', definition).map((text) => ({ text }));
    const inOutcomes = index >= outcomeStart && index <= outcomeEnd;
    const labels: CellSpec[] = [];
    if (index === outcomeStart) labels.push({ text: '三、本年度办理结果', rowSpan: outcomeEnd - outcomeStart + 1 });
    if (!inOutcomes) labels.push({ text: definition.label, columnSpan: 3, align: 'left' });
    else if (!definition.group || definition.group.startsWith('三、'))
      labels.push({ text: definition.label, columnSpan: 2, align: 'left' });
    else {
      const first = definitions[index - 1]?.group !== definition.group;
      if (first) labels.push({ text: definition.group, rowSpan: definitions.filter((other) => other.group === definition.group).length });
      labels.push({ text: definition.label, align: 'left' });
    }
    rows.push(row([...labels, ...values]));
  });
  return table(rows);
}

/** Table 四 as printed: 行政复议 (5 columns) and 行政诉讼 (two groups of 5), one row of 15 numbers. */
function appealsTable(report: Report): Table {
  const [review, ...litigation] = rowsOf('appeals', report.format);
  const columns = review.columns;
  const header = (text: string) => ({ text, bold: true });
  return table([
    row([
      { ...header(review.label), columnSpan: columns.length },
      { ...header(litigation[0].group ?? '行政诉讼'), columnSpan: columns.length * litigation.length },
    ]),
    row([
      ...columns.map((column) => ({ ...header(column.label), rowSpan: 2 })),
      ...litigation.map((definition) => ({ ...header(definition.label), columnSpan: columns.length })),
    ]),
    row(litigation.flatMap(() => columns.map((column) => header(column.label)))),
    row([review, ...litigation].flatMap((definition) => figures(report, 'appeals', definition).map((text) => ({ text })))),
  ]);
}

/** The report as a .docx file's bytes. */
export async function renderDocx(report: Report): Promise<Buffer> {
  const title = sectionTitle;
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: reportTitleOf(report), font: FONT, bold: true, size: 36 })],
    }),
    heading(title('overview')),
    ...prose(report.sections.overview),
    heading(title('proactive')),
    proactiveTable(report),
    heading(title('applications')),
    applicationsTable(report),
    heading(title('appeals')),
    appealsTable(report),
    heading(title('problems')),
    ...prose(report.sections.problems),
    heading(title('other')),
    ...prose(report.sections.other),
  ];
  const document = new Document({
    creator: 'gongkai-bot',
    title: reportTitleOf(report),
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
