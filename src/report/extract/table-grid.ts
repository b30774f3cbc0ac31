/**
 * Reading a table as a grid, whatever it came from (an HTML or DOCX table, the ruled cells of a
 * PDF): every cell is placed at its row and column honouring rowspan and colspan, so a number's
 * column is its position under the header, not its rank in the row. Each data row becomes one
 * line: its label cells, then exactly one token per numeric column, tab-separated, with
 * BLANK_CELL for a cell the source left empty.
 */
import { BLANK_CELL } from '../model.js';

/** One cell as the source gives it, in row order. */
export interface GridCellInput {
  text: string;
  rowSpan?: number;
  columnSpan?: number;
}

type CellKind = 'empty' | 'value' | 'text';
type RowKind = 'header' | 'data' | 'other';

interface PlacedCell {
  id: number;
  text: string;
  kind: CellKind;
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
}

/** A printed figure: an integer, a decimal, thousands separators, a sign (本年增/减), or "/" "—" for none. */
const valuePattern = /^(?:[-+−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—–/／－―\\]+)$/;
/** Header words of a statistics table (table 二's 件数/金额, table 三's 总计 …). */
const statisticsHeader = /数量|件数|金额|总计|合计|本年|结果|自然人|法人/;
/** Spans beyond these are markup errors; capping them keeps a hostile page from allocating a huge grid. */
const maximumColumnSpan = 64;
const maximumRowSpan = 512;

/** Whitespace as pages write it, including no-break and zero-width spaces. */
const anySpace = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g;

/** Text of a cell as a single token of the numeric area: spaces dropped, full-width digits made ASCII. */
function asToken(text: string): string {
  return text.replace(anySpace, '').replace(/[０-９．，－]/g, (character) => character.normalize('NFKC'));
}

function kindOf(text: string): CellKind {
  const token = asToken(text);
  if (token === '') return 'empty';
  return valuePattern.test(token) ? 'value' : 'text';
}

/**
 * Lines for one table. Rows that are not data (titles, headers) keep their non-empty cells in
 * source order joined by tabs, as before; an all-empty row is a spacer and leaves no line.
 */
export function gridTableLines(rows: GridCellInput[][]): string[] {
  const { cells, slots, width } = place(rows);
  const rowCount = slots.length;
  // Cells are created row by row, so each row's own cells are one run of the list.
  const byRow: PlacedCell[][] = slots.map(() => []);
  for (const cell of cells) byRow[cell.row].push(cell);

  const valueRows = new Set<number>();
  for (let row = 0; row < rowCount; row++) if (byRow[row].some((cell) => cell.kind === 'value')) valueRows.add(row);
  const statistics = isStatisticsTable(cells, valueRows);
  // A statistics table with no figure at all (table 四 left blank) is blank across its width.
  const area = statistics ? (valueRows.size > 0 ? numericArea(cells, slots, valueRows, width) : { start: 0, end: width }) : undefined;

  const lines: string[] = [];
  let previousKind: RowKind = 'other';
  let header: number | undefined;
  for (let row = 0; row < rowCount; row++) {
    const own = [...byRow[row]].sort((first, second) => first.column - second.column);
    const kind: RowKind = area ? rowKind(row, slots, area, valueRows, previousKind) : 'other';
    if (area && kind === 'data') {
      const labels = own.filter((cell) => cell.column < area.start && cell.kind !== 'empty').map((cell) => cell.text);
      lines.push([...labels, ...numericTokens(row, slots, area, header)].join('\t'));
      previousKind = 'data';
      continue;
    }
    // The closest header row above a data row decides which grid columns form one column.
    if (area && !valueRows.has(row) && hasTextIn(row, slots, area)) header = row;
    const texts = own.filter((cell) => cell.kind !== 'empty').map((cell) => cell.text);
    if (texts.length > 0) {
      lines.push(texts.join('\t'));
      previousKind = kind === 'header' ? 'header' : 'other';
    }
  }
  return lines;
}

/** The HTML table model: each cell takes the first free slot of its row, then fills its span. */
function place(rows: GridCellInput[][]): { cells: PlacedCell[]; slots: Array<Array<PlacedCell | undefined>>; width: number } {
  const slots: Array<Array<PlacedCell | undefined>> = rows.map(() => []);
  const cells: PlacedCell[] = [];
  let width = 0;
  rows.forEach((rowCells, row) => {
    let column = 0;
    for (const input of rowCells) {
      while (slots[row][column]) column++;
      const rowSpan = clamp(input.rowSpan, 1, Math.min(maximumRowSpan, rows.length - row));
      const columnSpan = clamp(input.columnSpan, 1, maximumColumnSpan);
      const cell: PlacedCell = { id: cells.length, text: input.text, kind: kindOf(input.text), row, column, rowSpan, columnSpan };
      cells.push(cell);
      for (let spannedRow = row; spannedRow < row + rowSpan; spannedRow++) {
        for (let spannedColumn = column; spannedColumn < column + columnSpan; spannedColumn++) slots[spannedRow][spannedColumn] = cell;
      }
      column += columnSpan;
      width = Math.max(width, column);
    }
  });
  return { cells, slots, width };
}

function clamp(value: number | undefined, minimum: number, maximum: number): number {
  if (value === undefined || !Number.isFinite(value) || value < minimum) return minimum;
  return Math.min(Math.floor(value), maximum);
}

/**
 * Blank cells become BLANK_CELL only in a statistics table: one with a row of several figures or
 * a statistics header. A two-column contact table ("传真 | ") keeps its empty cells empty.
 */
function isStatisticsTable(cells: PlacedCell[], valueRows: Set<number>): boolean {
  const perRow = new Map<number, number>();
  for (const cell of cells) if (cell.kind === 'value') perRow.set(cell.row, (perRow.get(cell.row) ?? 0) + 1);
  if ([...perRow.values()].some((count) => count >= 2)) return true;
  return cells.some((cell) => cell.kind === 'text' && !valueRows.has(cell.row) && statisticsHeader.test(cell.text));
}

interface NumericArea {
  /** First numeric column. */
  start: number;
  /** One past the last numeric column. */
  end: number;
}

/**
 * The columns that hold figures: from the leftmost figure of any row to the rightmost, widened
 * over neighbouring columns that are empty in every figure row (a column left blank throughout,
 * e.g. no applications from 商业企业) but never over a column holding label text.
 */
function numericArea(cells: PlacedCell[], slots: Array<Array<PlacedCell | undefined>>, valueRows: Set<number>, width: number): NumericArea {
  let start = width;
  let end = 0;
  for (const cell of cells) {
    if (cell.kind !== 'value') continue;
    start = Math.min(start, cell.column);
    end = Math.max(end, cell.column + cell.columnSpan);
  }
  const blankThroughout = (column: number): boolean => {
    let ownEmpty = false;
    for (const row of valueRows) {
      const slot = slots[row][column];
      if (slot && slot.kind !== 'empty') return false;
      if (slot && slot.row === row) ownEmpty = true;
    }
    return ownEmpty;
  };
  while (start > 0 && blankThroughout(start - 1)) start--;
  while (end < width && blankThroughout(end)) end++;
  return { start, end };
}

/**
 * A data row holds a figure in the numeric area, or a label with only empty cells there (a row
 * left blank). A row of empty cells right under the header (table 四 left blank) is data too.
 * A header row has text in the numeric area.
 */
function rowKind(
  row: number,
  slots: Array<Array<PlacedCell | undefined>>,
  area: NumericArea,
  valueRows: Set<number>,
  previousKind: RowKind,
): RowKind {
  if (valueRows.has(row)) return 'data';
  let text = false;
  let ownEmpty = false;
  for (let column = area.start; column < area.end; column++) {
    const slot = slots[row][column];
    if (slot?.kind === 'text') text = true;
    if (slot?.kind === 'empty' && slot.row === row) ownEmpty = true;
  }
  if (text) return 'header';
  if (!ownEmpty) return 'other';
  const hasLabel = slots[row].slice(0, area.start).some((slot) => slot && slot.row === row && slot.kind === 'text');
  return hasLabel || previousKind === 'header' ? 'data' : 'other';
}

function hasTextIn(row: number, slots: Array<Array<PlacedCell | undefined>>, area: NumericArea): boolean {
  for (let column = area.start; column < area.end; column++) if (slots[row][column]?.kind === 'text') return true;
  return false;
}

/**
 * One token per column of the numeric area. Columns are the header's lowest cells (a value
 * spanning the three columns under one header cell is one figure); without a header, the grid's
 * own columns. A figure spanning several header columns is given once; an empty cell spanning
 * them leaves each blank. A cell reaching down from the row above belongs to that row, and a row
 * shorter than its header is blank in the columns it lacks.
 */
function numericTokens(row: number, slots: Array<Array<PlacedCell | undefined>>, area: NumericArea, header: number | undefined): string[] {
  const groups: number[][] = [];
  let previousKey: number | undefined;
  for (let column = area.start; column < area.end; column++) {
    const headerSlot = header === undefined ? undefined : slots[header][column];
    const key = headerSlot && headerSlot.kind === 'text' ? headerSlot.id : -1 - column;
    if (key === previousKey) groups[groups.length - 1].push(column);
    else groups.push([column]);
    previousKey = key;
  }

  const tokens: string[] = [];
  const given = new Set<number>();
  for (const group of groups) {
    const own: PlacedCell[] = [];
    let reachesDown = false;
    for (const column of group) {
      const slot = slots[row][column];
      if (slot && slot.row === row && !own.includes(slot)) own.push(slot);
      // A missing cell is a blank only under a header column; a short row without a header just ends.
      const headed = header !== undefined && slots[header][column]?.kind === 'text';
      if ((slot && slot.row !== row) || (!slot && headed)) reachesDown = true;
    }
    const fresh = own.filter((cell) => !given.has(cell.id) || cell.kind === 'empty');
    for (const cell of own) given.add(cell.id);
    const filled = fresh.filter((cell) => cell.kind !== 'empty');
    if (filled.length > 1) {
      // Finer cells than the header (one header over several figures): a token per cell.
      tokens.push(...fresh.map((cell) => (cell.kind === 'empty' ? BLANK_CELL : asToken(cell.text))));
    } else if (filled.length === 1) {
      tokens.push(asToken(filled[0].text));
    } else if (fresh.length > 0 || reachesDown) {
      tokens.push(BLANK_CELL);
    }
    // Otherwise the group is covered by a figure already given (one figure over several columns).
  }
  return tokens;
}
