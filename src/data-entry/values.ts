/**
 * Reading the numbers for one known row: "6", "六件", "3 0 0 0 0 0 3", "自然人3 商业企业1",
 * "维持1 总计1", "共67条". A field validates to {ok, value} or {ok: false, reason}, and the
 * reason says what was not understood with an example of the right form.
 */
import { cleanRowLabel, columnShortName } from '../report/labels.js';
import type { ColumnDef, RowDef } from '../report/catalogue.js';
import { normalizeText, parseChineseNumber, squeeze } from '../report/normalize.js';
import { columnWords, hasTotalColumn, rowTitle, validateNumber } from './form.js';

/** The result of validating one piece of input. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** One number the clerk gave, and the column it goes to. */
export interface CellValue {
  column: ColumnDef;
  value: number;
}

/** The numbers read for a row. */
export interface RowValues {
  row: RowDef;
  cells: CellValue[];
  /** True when the clerk named the columns (自然人3), false for numbers in column order. */
  named: boolean;
}

/** A number and the column word before it, as scanned. */
export interface ScannedItem {
  column?: ColumnDef;
  value: number;
  raw: string;
}

const SEPARATORS = /^(?:[\s:：,，、;；=。!！|/()（）“”"]|\.(?!\d))+/;
const NOTE = /^[（(][^（）()\d]*[)）]/;
const ARABIC = /^\d+(?:\.\d+)?/;
const CHINESE = /^[〇零一二两三四五六七八九十百千万]+/;
const NOTHING = /^(?:无|没有)/;
const UNIT = /^(?:万元|元|件|条|项|个|次|人|份|篇|家)/;
/** Words that carry no value of their own: 共67条, 本年处理决定数量为6. */
const FILLERS = [
  '处理决定数量',
  '本年',
  '数量',
  '件数',
  '共计',
  '合计',
  '总共',
  '一共',
  '其中',
  '共',
  '计',
  '为',
  '是',
  '有',
  '填',
  '了',
  '申请',
  '决定',
  '处理',
];

/** Column words of a row, longest first, with the column they name. */
function columnLookup(row: RowDef): Array<{ word: string; column: ColumnDef }> {
  // A single-column row has no columns to name: 共, 决定 are just words there.
  if (row.columns.length === 1) return [];
  return row.columns
    .flatMap((column) => columnWords(column).map((word) => ({ word, column })))
    .sort((a, b) => b.word.length - a.word.length);
}

/** The Chinese characters of a row's label, group and synonyms, for skipping label left-overs. */
function labelText(row: RowDef): string {
  return squeeze([row.label, row.group ?? '', ...row.synonyms, ...row.match].join(''));
}

/**
 * Scan numbers (and the column words before them) from `start`. Stops at the end, at a place
 * where `stopAt` says a new row begins, or at text it does not understand (`error`).
 */
export function scanValues(
  row: RowDef,
  text: string,
  start = 0,
  stopAt?: (position: number) => boolean,
): { items: ScannedItem[]; stop: number; error?: string } {
  const columns = columnLookup(row);
  const label = labelText(row);
  const items: ScannedItem[] = [];
  let position = start;
  let pending: ColumnDef | undefined;
  const rest = () => text.slice(position);
  while (position < text.length) {
    // A note in brackets first, then a lone bracket or quote left over from the label.
    const separator = NOTE.exec(rest()) ?? SEPARATORS.exec(rest());
    if (separator) {
      position += separator[0].length;
      continue;
    }
    const here = rest();
    const named = columns.find((candidate) => here.startsWith(candidate.word));
    if (named) {
      if (pending) return { items, stop: position, error: `“${pending.label}”后面缺少数字` };
      pending = named.column;
      position += named.word.length;
      continue;
    }
    // Before numbers: 一共 is a word, not 一.
    const filler = FILLERS.find((word) => here.startsWith(word));
    if (filler) {
      position += filler.length;
      continue;
    }
    const number = ARABIC.exec(here) ?? CHINESE.exec(here) ?? NOTHING.exec(here);
    if (number) {
      let value = NOTHING.test(number[0]) ? 0 : parseChineseNumber(number[0]);
      position += number[0].length;
      const unit = UNIT.exec(rest());
      if (unit) {
        position += unit[0].length;
        // Money is reported in 万元; a clerk may give it in 元.
        if (unit[0] === '元' && row.unit === '万元') value = value / 10000;
      }
      items.push({ column: pending, value, raw: number[0] });
      pending = undefined;
      continue;
    }
    if (stopAt && !pending && items.length > 0 && stopAt(position)) break;
    // Left-overs of the label before the numbers (…政府信息公开申请数量 after 新收).
    const run = /^[\p{Script=Han}“”"]+/u.exec(here)?.[0] ?? '';
    let skipped = 0;
    if (items.length === 0 && !pending) {
      for (let length = run.length; length >= 2; length -= 1) {
        if (label.includes(squeeze(run.slice(0, length)))) {
          skipped = length;
          break;
        }
      }
    }
    if (skipped > 0) {
      position += skipped;
      continue;
    }
    if (stopAt && !pending && stopAt(position)) break;
    return { items, stop: position, error: `没看懂“${here.trim().slice(0, 20)}”` };
  }
  if (pending) return { items, stop: position, error: `“${pending.label}”后面缺少数字` };
  return { items, stop: position };
}

/** A short name a clerk can type for the row, for examples. */
export function exampleLabel(row: RowDef): string {
  const title = rowTitle(row);
  if (title.length <= 8) return title;
  return row.synonyms.find((word) => word.length >= 4) ?? cleanRowLabel(row.label);
}

/** An example of the right form for a row, with or without its label. */
export function exampleFor(row: RowDef, withLabel = true): string {
  const label = withLabel ? `${exampleLabel(row)} ` : '';
  if (row.columns.length === 1) return `“${label}6”`;
  if (hasTotalColumn(row)) {
    const [first, second] = row.columns;
    const zeros = row.columns
      .slice(2, -1)
      .map(() => '0')
      .join(' ');
    return `“${label}${columnShortName(first)}3 ${columnShortName(second)}1”或按顺序写${row.columns.length}个数“${label}3 1 ${zeros} 4”（总计可不写）`;
  }
  return `“${label}${row.columns.map((column, index) => `${columnShortName(column)}${index === 0 ? 1 : 0}`).join(' ')}”或按顺序写${row.columns.length}个数`;
}

/** Turn scanned numbers into cells of the row: named columns, all columns in order, or all but the total. */
export function assignValues(row: RowDef, items: ScannedItem[]): FieldResult<RowValues> {
  const title = rowTitle(row);
  if (items.length === 0) return { ok: false, reason: `没有找到“${title}”的数字。例如${exampleFor(row)}` };
  const single = row.columns.length === 1;
  const named = !single && items.some((item) => item.column);
  if (named && items.some((item) => !item.column)) {
    return { ok: false, reason: `请给每个数字都写上列名，或者不写列名、按顺序写数字。例如${exampleFor(row)}` };
  }
  const cells: CellValue[] = [];
  if (named) {
    for (const item of items) {
      if (cells.some((cell) => cell.column.key === item.column!.key)) return { ok: false, reason: `“${item.column!.label}”写了两次` };
      cells.push({ column: item.column!, value: item.value });
    }
  } else if (items.length === row.columns.length) {
    row.columns.forEach((column, index) => cells.push({ column, value: items[index].value }));
  } else if (hasTotalColumn(row) && items.length === row.columns.length - 1) {
    row.columns.slice(0, -1).forEach((column, index) => cells.push({ column, value: items[index].value }));
  } else if (items.length === 1 && items[0].value === 0) {
    // "0" for a whole row: the commonest answer of a small agency.
    row.columns.forEach((column) => cells.push({ column, value: 0 }));
  } else if (single) {
    return {
      ok: false,
      reason: `“${title}”只填一个数，收到了${items.length}个（${items.map((item) => item.raw).join(' ')}）。例如${exampleFor(row)}`,
    };
  } else {
    return {
      ok: false,
      reason: `“${title}”一行有${row.columns.length}个数（${row.columns.map(columnShortName).join('、')}），收到了${items.length}个。例如${exampleFor(row)}`,
    };
  }
  for (const cell of cells) {
    const valid = validateNumber(row, cell.value);
    if (!valid.ok) return valid;
  }
  return { ok: true, value: { row, cells, named } };
}

/** Validate an answer for a known row (a guided step): only numbers and column words, nothing else. */
export function parseRowValues(row: RowDef, text: string): FieldResult<RowValues> {
  const scanned = scanValues(row, normalizeText(text).trim());
  if (scanned.error) return { ok: false, reason: `${scanned.error}。本项的写法例如${exampleFor(row, false)}；全部为0回复“0”。` };
  return assignValues(row, scanned.items);
}
