/**
 * The entry form, declared from the field catalogue: the guided walk (table rows in the
 * layout's order, then the three text sections), the names staff see for rows and columns,
 * and the form's version, which drops stored conversation state when the definition changes.
 */
import { createHash } from 'node:crypto';
import { sectionTitle } from '../report/labels.js';
import { type ColumnDef, CURRENT_LAYOUT, type RowDef, SECTIONS, type TableKey } from '../report/catalogue.js';
import { rowShortName } from '../report/labels.js';
import { TEXT_SECTIONS } from '../store/draft-store.js';

/** A text section staff write (一, 五, 六). */
export type TextSectionKey = (typeof TEXT_SECTIONS)[number];

/** One step of the guided walk: a table row, or a text section. */
export type EntryStep =
  | { kind: 'row'; key: string; row: RowDef; table: TableKey; position: number; count: number }
  | { kind: 'section'; key: string; section: TextSectionKey; title: string };

/** The tables in printed order with their section headings. */
export const ENTRY_TABLES: ReadonlyArray<{ table: TableKey; number: string; title: string }> = (
  ['proactive', 'applications', 'appeals'] as const
).map((table) => {
  const section = SECTIONS.find((candidate) => candidate.key === table)!;
  return { table, number: section.number, title: section.title };
});

/** Figures first (the overview sums them up), then the text sections in printed order. */
export const ENTRY_STEPS: readonly EntryStep[] = [
  ...ENTRY_TABLES.flatMap(({ table }) => {
    const rows = CURRENT_LAYOUT.rowsOf(table);
    return rows.map((row, position): EntryStep => ({ kind: 'row', key: `row:${row.key}`, row, table, position, count: rows.length }));
  }),
  ...TEXT_SECTIONS.map((section): EntryStep => ({ kind: 'section', key: `section:${section}`, section, title: sectionTitle(section) })),
];

/** Changes whenever a row, column or step is added, removed or reordered. */
export const FORM_VERSION: string = createHash('sha1')
  .update(
    JSON.stringify(
      ENTRY_STEPS.map((step) => (step.kind === 'row' ? [step.key, step.row.columns.map((column) => column.key)] : [step.key])),
    ),
  )
  .update('session-v1')
  .digest('hex')
  .slice(0, 12);

/** Find a step by its key. */
export function stepByKey(key: string): EntryStep | undefined {
  return ENTRY_STEPS.find((step) => step.key === key);
}

/** Rows whose last column is the sum of the others (tables 三 and 四). */
export function hasTotalColumn(row: RowDef): boolean {
  return row.table !== 'proactive' && row.columns[row.columns.length - 1]?.key === 'total';
}

/** A short, unambiguous name for a row in replies: 不予公开·属于国家秘密, 行政诉讼·复议后起诉. */
export const rowTitle = rowShortName;

/** Every word a clerk may use for a column, longest first (the label, its synonyms, short forms). */
export function columnWords(column: ColumnDef): string[] {
  const words = new Set<string>([column.label, ...column.synonyms]);
  words.add(column.label.replace(/^结果/, ''));
  words.add(column.label.replace(/^本年/, '').replace(/件数$/, ''));
  words.add(column.label.replace(/件数$/, ''));
  return [...words].filter((word) => word.length > 0).sort((a, b) => b.length - a.length);
}

/** Is a number acceptable for a row: whole and not negative, except money (万元). */
export function validateNumber(row: RowDef, value: number): { ok: true; value: number } | { ok: false; reason: string } {
  if (!Number.isFinite(value) || value < 0) return { ok: false, reason: '数字不能为负数' };
  if (value > 10_000_000) return { ok: false, reason: `数字太大了（${value}）` };
  if (row.unit !== '万元' && !Number.isInteger(value)) return { ok: false, reason: `“${rowTitle(row)}”是件数，应为整数（收到${value}）` };
  return { ok: true, value };
}
