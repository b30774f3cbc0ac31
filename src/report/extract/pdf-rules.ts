/**
 * The ruling lines a PDF draws for its tables, read from pdf.js's operator list, and the grid of
 * cells they enclose. Office suites draw cell borders as thin filled rectangles or stroked
 * lines, often under a transformation matrix, so both are read and every point is mapped to
 * page space (the space text positions are given in).
 */
import type { GridCellInput } from './table-grid.js';

/** A horizontal (`y` fixed) or vertical (`x` fixed) ruling line in page space. */
export interface RulingLine {
  orientation: 'horizontal' | 'vertical';
  /** The fixed coordinate: y of a horizontal line, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/** The pdf.js operator codes this module needs (pdf.js `OPS`). */
export interface OperatorCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  fill: number;
  eoFill: number;
}

type Matrix = [number, number, number, number, number, number];

/** Thicker than this (points) a filled rectangle is a shaded area, not a line. */
const maximumLineThickness = 3;
/** More ruling lines than any page of tables draws. */
const maximumLinesPerPage = 4000;
/** Coordinates closer than this (points) are the same line. */
const tolerance = 2;

/**
 * Ruling lines of one page from its operator list. pdf.js 5 packs each path into one
 * constructPath operation: `[paintOperation, [pathData], boundingBox]`, path data being
 * 0 moveTo x y, 1 lineTo x y, 2 curveTo x1 y1 x2 y2 x y, 3 closePath.
 */
export function rulingLines(operatorList: { fnArray: number[]; argsArray: unknown[] }, codes: OperatorCodes): RulingLine[] {
  const lines: RulingLine[] = [];
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let index = 0; index < operatorList.fnArray.length; index++) {
    const operation = operatorList.fnArray[index];
    const args = operatorList.argsArray[index] as unknown[];
    if (operation === codes.save) stack.push(matrix);
    else if (operation === codes.restore) matrix = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (operation === codes.transform) matrix = multiply(args as Matrix, matrix);
    else if (operation === codes.constructPath) {
      // A path ended without painting is a clipping path: nothing is drawn.
      if (args[0] === codes.endPath) continue;
      // A filled shape is a line only when thin; a large one is shading or a page background.
      const filledOnly = args[0] === codes.fill || args[0] === codes.eoFill;
      for (const polygon of polygonsOf(args))
        lines.push(
          ...linesOfPolygon(
            polygon.map((point) => apply(matrix, point)),
            filledOnly,
          ),
        );
    }
  }
  return mergeLines(lines);
}

function multiply(first: Matrix, second: Matrix): Matrix {
  const [a, b, c, d, e, f] = first;
  const [A, B, C, D, E, F] = second;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply(matrix: Matrix, [x, y]: [number, number]): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

/** Sub-paths as lists of points (curves contribute their end points). */
function polygonsOf(args: unknown[]): Array<Array<[number, number]>> {
  const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
  if (!data || typeof data[0] !== 'number') return [];
  const polygons: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (let at = 0; at < data.length; ) {
    const code = data[at];
    if (code === 0) {
      if (current.length > 0) polygons.push(current);
      current = [[data[at + 1], data[at + 2]]];
      at += 3;
    } else if (code === 1) {
      current.push([data[at + 1], data[at + 2]]);
      at += 3;
    } else if (code === 2) {
      current.push([data[at + 5], data[at + 6]]);
      at += 7;
    } else if (code === 3) {
      if (current.length > 0) current.push(current[0]);
      at += 1;
    } else {
      break;
    }
  }
  if (current.length > 0) polygons.push(current);
  return polygons;
}

/**
 * A thin rectangle is one line along its length; any other stroked polygon contributes its
 * horizontal and vertical edges (a stroked cell border, a stroked line).
 */
function linesOfPolygon(points: Array<[number, number]>, filledOnly: boolean): RulingLine[] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (points.length >= 4 && width > tolerance && height <= maximumLineThickness) {
    return [{ orientation: 'horizontal', at: (Math.max(...ys) + Math.min(...ys)) / 2, from: Math.min(...xs), to: Math.max(...xs) }];
  }
  if (points.length >= 4 && height > tolerance && width <= maximumLineThickness) {
    return [{ orientation: 'vertical', at: (Math.max(...xs) + Math.min(...xs)) / 2, from: Math.min(...ys), to: Math.max(...ys) }];
  }
  if (filledOnly) return [];
  const lines: RulingLine[] = [];
  for (let index = 1; index < points.length; index++) {
    const [x1, y1] = points[index - 1];
    const [x2, y2] = points[index];
    if (Math.abs(y1 - y2) < 0.5 && Math.abs(x1 - x2) > tolerance)
      lines.push({ orientation: 'horizontal', at: y1, from: Math.min(x1, x2), to: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < 0.5 && Math.abs(y1 - y2) > tolerance)
      lines.push({ orientation: 'vertical', at: x1, from: Math.min(y1, y2), to: Math.max(y1, y2) });
  }
  return lines;
}

/** Collinear pieces that touch or overlap become one line (cell borders are drawn cell by cell). */
function mergeLines(lines: RulingLine[]): RulingLine[] {
  const merged: RulingLine[] = [];
  const sorted = [...lines].sort((first, second) =>
    first.orientation < second.orientation
      ? -1
      : first.orientation > second.orientation
        ? 1
        : first.at - second.at || first.from - second.from,
  );
  for (const line of sorted) {
    const match = merged.find(
      (other) =>
        other.orientation === line.orientation &&
        Math.abs(other.at - line.at) <= tolerance / 2 &&
        line.from <= other.to + tolerance &&
        line.to >= other.from - tolerance,
    );
    if (match) {
      match.from = Math.min(match.from, line.from);
      match.to = Math.max(match.to, line.to);
    } else {
      merged.push({ ...line });
    }
  }
  return merged;
}

/** A table's grid: column edges left to right, row edges top to bottom, and its cells. */
export interface RuledTable {
  columns: number[];
  rows: number[];
  /** Slot → cell number; a merged cell covers several slots. */
  cellOfSlot: number[][];
  cells: Array<{ row: number; column: number; rowSpan: number; columnSpan: number }>;
}

/**
 * Tables as connected groups of ruling lines (at least two each way), each cut into the slots
 * between its distinct edges; slots not separated by a drawn border belong to one merged cell.
 */
export function ruledTables(lines: RulingLine[]): RuledTable[] {
  // Grouping compares every pair of lines; a page of vector drawing (a chart, a hatched map) has
  // thousands and no table worth the time, so it keeps the line reading.
  if (lines.length > maximumLinesPerPage) return [];
  const parent = lines.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index])));
  for (let first = 0; first < lines.length; first++) {
    for (let second = first + 1; second < lines.length; second++) {
      if (lines[first].orientation !== lines[second].orientation && crosses(lines[first], lines[second]))
        parent[find(first)] = find(second);
    }
  }
  const groups = new Map<number, RulingLine[]>();
  lines.forEach((line, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), line]));

  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    const horizontal = group.filter((line) => line.orientation === 'horizontal');
    const vertical = group.filter((line) => line.orientation === 'vertical');
    if (horizontal.length < 2 || vertical.length < 2) continue;
    const columns = distinct(vertical.map((line) => line.at)).sort((first, second) => first - second);
    const rows = distinct(horizontal.map((line) => line.at)).sort((first, second) => second - first);
    if (columns.length < 2 || rows.length < 2) continue;
    tables.push(cutIntoCells(columns, rows, horizontal, vertical));
  }
  return tables;
}

function crosses(first: RulingLine, second: RulingLine): boolean {
  const [horizontal, vertical] = first.orientation === 'horizontal' ? [first, second] : [second, first];
  return (
    vertical.at >= horizontal.from - tolerance &&
    vertical.at <= horizontal.to + tolerance &&
    horizontal.at >= vertical.from - tolerance &&
    horizontal.at <= vertical.to + tolerance
  );
}

function distinct(values: number[]): number[] {
  const result: number[] = [];
  for (const value of [...values].sort((first, second) => first - second)) {
    if (result.length === 0 || value - result[result.length - 1] > tolerance) result.push(value);
  }
  return result;
}

function cutIntoCells(columns: number[], rows: number[], horizontal: RulingLine[], vertical: RulingLine[]): RuledTable {
  const rowCount = rows.length - 1;
  const columnCount = columns.length - 1;
  const covered = (lines: RulingLine[], at: number, along: number) =>
    lines.some((line) => Math.abs(line.at - at) <= tolerance && along >= line.from - tolerance / 2 && along <= line.to + tolerance / 2);
  const parent = Array.from({ length: rowCount * columnCount }, (_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index])));
  for (let row = 0; row < rowCount; row++) {
    const middleY = (rows[row] + rows[row + 1]) / 2;
    for (let column = 0; column < columnCount; column++) {
      const middleX = (columns[column] + columns[column + 1]) / 2;
      const slot = row * columnCount + column;
      if (column + 1 < columnCount && !covered(vertical, columns[column + 1], middleY)) parent[find(slot)] = find(slot + 1);
      if (row + 1 < rowCount && !covered(horizontal, rows[row + 1], middleX)) parent[find(slot)] = find(slot + columnCount);
    }
  }
  const cellNumber = new Map<number, number>();
  const cells: RuledTable['cells'] = [];
  const cellOfSlot: number[][] = [];
  for (let row = 0; row < rowCount; row++) {
    cellOfSlot.push([]);
    for (let column = 0; column < columnCount; column++) {
      const root = find(row * columnCount + column);
      let number = cellNumber.get(root);
      if (number === undefined) {
        number = cells.length;
        cellNumber.set(root, number);
        cells.push({ row, column, rowSpan: 1, columnSpan: 1 });
      }
      const cell = cells[number];
      cell.rowSpan = Math.max(cell.rowSpan, row - cell.row + 1);
      cell.columnSpan = Math.max(cell.columnSpan, column - cell.column + 1);
      cellOfSlot[row].push(number);
    }
  }
  return { columns, rows, cellOfSlot, cells };
}

/** Where a point falls in a table: its slot, or undefined outside the table. */
export function slotAt(table: RuledTable, x: number, y: number): { row: number; column: number } | undefined {
  const column = table.columns.findIndex((edge, index) => index + 1 < table.columns.length && x >= edge && x < table.columns[index + 1]);
  const row = table.rows.findIndex((edge, index) => index + 1 < table.rows.length && y <= edge && y > table.rows[index + 1]);
  return column < 0 || row < 0 ? undefined : { row, column };
}

/** The table as grid rows for gridTableLines: each cell listed in the row where it starts. */
export function gridRowsOf(table: RuledTable, cellTexts: string[]): GridCellInput[][] {
  const rows: GridCellInput[][] = table.rows.slice(1).map(() => []);
  const ordered = table.cells
    .map((cell, number) => ({ cell, number }))
    .sort((first, second) => first.cell.row - second.cell.row || first.cell.column - second.cell.column);
  for (const { cell, number } of ordered)
    rows[cell.row].push({ text: cellTexts[number] ?? '', rowSpan: cell.rowSpan, columnSpan: cell.columnSpan });
  return rows;
}
