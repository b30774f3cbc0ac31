/**
 * Totals a clerk may leave out: a row's 总计 (rules 3 and 4) and the （七）总计 row (rule 2) are
 * computed when all their parts are filled and the total is empty. A computed total that
 * still equals its parts follows them when a part changes; a total the clerk types is kept
 * and checked instead.
 */
import { CURRENT_LAYOUT, type RowDef } from '../report/catalogue.js';
import type { DraftChange } from '../store/draft-store.js';
import { rowTitle } from './form.js';

/** Cell values by `row|column`; a missing key is an empty cell. */
export type CellMap = Map<string, number>;

const keyOf = (row: string, column: string) => `${row}|${column}`;
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The draft's cells as a map, from DraftStore.tables(). */
export function cellMap(tables: Record<string, Record<string, Array<number | undefined>>>): CellMap {
  const map: CellMap = new Map();
  for (const row of CURRENT_LAYOUT.rows) {
    const values = tables[row.table]?.[row.key];
    if (!values) continue;
    row.columns.forEach((column, index) => {
      if (values[index] !== undefined) map.set(keyOf(row.key, column.key), values[index]!);
    });
  }
  return map;
}

/** Apply cell changes to a copy of the map. */
export function withChanges(cells: CellMap, changes: DraftChange[]): CellMap {
  const next = new Map(cells);
  for (const change of changes) {
    if (change.kind !== 'cell') continue;
    if (change.value === null) next.delete(keyOf(change.row, change.column));
    else next.set(keyOf(change.row, change.column), change.value);
  }
  return next;
}

/** A change to one cell. */
export type CellChange = Extract<DraftChange, { kind: 'cell' }>;

/** Totals to add to a batch of changes, and what to tell the clerk about them. */
export interface DerivedTotals {
  changes: CellChange[];
  notes: string[];
}

interface SumSpec {
  target: { row: string; column: string };
  parts: ReadonlyArray<{ row: string; column: string }>;
  describe: (value: number, followed: boolean) => string;
}

/** Every sum the layout defines (catalogue data), in the order they must be computed (row totals feed （七）总计). */
function sums(): SumSpec[] {
  return CURRENT_LAYOUT.computed.map((cell): SumSpec => {
    const row = CURRENT_LAYOUT.row(cell.target.row)!;
    const column = row.columns.find((candidate) => candidate.key === cell.target.column)!;
    const isRowTotal = cell.parts.every((part) => part.row === cell.target.row);
    if (isRowTotal)
      return {
        ...cell,
        describe: (value, followed) =>
          `${row.computed ? `${row.label}·总计` : `“${rowTitle(row)}”总计`}${followed ? '随之改为' : '按各项之和算出：'}${value}`,
      };
    return {
      ...cell,
      describe: (value, followed) => `${row.label}·${column.label}${followed ? '随之改为' : '按办理结果各项之和算出：'}${value}`,
    };
  });
}

const SUMS = sums();

/**
 * The totals implied by a batch of changes against the cells before it. A total the batch
 * sets itself is never overwritten.
 */
export function deriveTotals(before: CellMap, changes: DraftChange[]): DerivedTotals {
  const explicit = new Set(
    changes.filter((change): change is CellChange => change.kind === 'cell').map((change) => keyOf(change.row, change.column)),
  );
  let after = withChanges(before, changes);
  const derived: DerivedTotals = { changes: [], notes: [] };
  for (const sum of SUMS) {
    const target = keyOf(sum.target.row, sum.target.column);
    if (explicit.has(target)) continue;
    const partsAfter = sum.parts.map((part) => after.get(keyOf(part.row, part.column)));
    if (partsAfter.some((value) => value === undefined)) continue;
    const total = (partsAfter as number[]).reduce((a, b) => a + b, 0);
    const current = after.get(target);
    let followed = false;
    if (current !== undefined) {
      // Follow only a total that agreed with its parts before this batch.
      const partsBefore = sum.parts.map((part) => before.get(keyOf(part.row, part.column)));
      const previous = before.get(target);
      if (partsBefore.some((value) => value === undefined) || previous === undefined) continue;
      const sumBefore = (partsBefore as number[]).reduce((a, b) => a + b, 0);
      if (!near(sumBefore, previous) || near(total, current)) continue;
      followed = true;
    }
    derived.changes.push({ kind: 'cell', row: sum.target.row, column: sum.target.column, value: total });
    // One sum per cell and batch: 三（七）'s 总计 is both a row total and a column sum.
    explicit.add(target);
    derived.notes.push(sum.describe(total, followed));
    after = withChanges(after, [derived.changes[derived.changes.length - 1]]);
  }
  return derived;
}

/** Cells a clerk never needs to type: every 总计 of tables 三 and 四 and the （七）总计 row. */
export function isComputedCell(row: RowDef, column: string): boolean {
  return COMPUTED.has(keyOf(row.key, column));
}

const COMPUTED = new Set(CURRENT_LAYOUT.computed.map((cell) => keyOf(cell.target.row, cell.target.column)));
