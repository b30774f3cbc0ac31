/**
 * Table 三 rows whose blank cells lost their places when a web table was flattened to text: `12 3 1 16` for a row of
 * seven cells, or nothing at all after a row's label. A row's own sum cannot tell which cells were blank; the table's
 * column rules (FORMAT.md rules 1–2: 新收 + 上年结转 = 总计 + 结转下年度, the handling rows add up to （七）总计) often can.
 * Every placement of each short row's numbers (order kept, the other cells 0) that keeps its own sum is tried together
 * with every other row's, and a row is read only when exactly one combination makes every rule it is in hold.
 */
import { type Layout, type LayoutRule, LAYOUTS, type RowDef } from './catalogue.js';

/** The key of the pseudo-row a table 三 printing （六）其他处理 as one row is read into (tables.ts). */
export const SINGLE_KEY = 'other_handling.single';

/** What the placement search needs of a row's printed shape (tables.ts's Shape). */
export interface PlacementShape {
  width: number;
  keep: (values: number[]) => number[];
  columnOf: (position: number) => number | undefined;
  holds?: (values: number[]) => boolean;
}

/** What the search reads and settles of a row reading (tables.ts's RowReading). */
export interface PlacedReading {
  row: RowDef;
  candidates: number[][];
  blankColumns: number[];
  digits: string;
  failure?: string;
  note?: string;
  /** A row printed with fewer numbers than cells and no cut of them that adds up: its digit runs, as printed. */
  loose?: string[];
  /** A row printed with no number at all where the page shows rows carrying their own numbers: maybe a row of blanks. */
  blankRow?: boolean;
}

/** One way to read a loose row: the catalogue's values and the columns that were blank. */
interface Placement {
  values: number[];
  blanks: number[];
}

/** The most digits one cell may have (as splitDigits). */
const MAX_PIECE = 6;
/** More placements than this for one row: too loose to settle anything. */
const PLACEMENT_LIMIT = 400;
/** Steps of the per-row search and states of the column search before giving up. */
const STEP_BUDGET = 200_000;
const STATE_BUDGET = 200_000;

/**
 * Every reading of printed digit runs as a row of `shape.width` cells: each run cut into cells (no leading zeros but
 * "0"), blank cells (0) put before, between and after the runs, order kept, the row's own sum holding. Distinct rows
 * only; undefined when there are too many to be worth settling.
 */
export function placementsOf(texts: readonly string[], shape: PlacementShape): Placement[] | undefined {
  if (!shape.holds || texts.length === 0 || texts.some((text) => !/^\d+$/.test(text))) return undefined;
  const found = new Map<string, Placement>();
  const cells: number[] = [];
  const blankAt: number[] = [];
  let steps = STEP_BUDGET;
  let overflow = false;
  const record = () => {
    if (!shape.holds!(cells)) return;
    const values = shape.keep([...cells]);
    const blanks = blankAt.map(shape.columnOf).filter((column): column is number => column !== undefined);
    const key = values.join();
    const known = found.get(key);
    // The same row from two placements (a printed 0 or a blank in one place): only the cells blank in both are sure blanks.
    if (known) known.blanks = known.blanks.filter((column) => blanks.includes(column));
    else found.set(key, { values, blanks });
    if (found.size > PLACEMENT_LIMIT) overflow = true;
  };
  const gap = (index: number): void => {
    if (overflow || --steps <= 0) return;
    const room = shape.width - cells.length - (texts.length - index);
    for (let count = 0; count <= room; count += 1) {
      for (let blank = 0; blank < count; blank += 1) {
        blankAt.push(cells.length);
        cells.push(0);
      }
      if (index === texts.length) {
        if (cells.length === shape.width) record();
      } else cut(index, 0);
      for (let blank = 0; blank < count; blank += 1) {
        cells.pop();
        blankAt.pop();
      }
      if (overflow || steps <= 0) return;
    }
  };
  const cut = (index: number, at: number): void => {
    const text = texts[index];
    if (at === text.length) {
      gap(index + 1);
      return;
    }
    if (cells.length >= shape.width || --steps <= 0) return;
    const longest = text[at] === '0' ? 1 : Math.min(text.length - at, MAX_PIECE);
    for (let size = 1; size <= longest; size += 1) {
      cells.push(Number(text.slice(at, at + size)));
      cut(index, at + size);
      cells.pop();
      if (overflow || steps <= 0) return;
    }
  };
  gap(0);
  if (overflow || steps <= 0) return undefined;
  return [...found.values()];
}

/** A row's options in the search: read rows one, ambiguous rows their cuts, loose rows their placements. */
interface Options {
  reading: PlacedReading;
  options: Placement[];
  /** Whether settling it changes anything (an ambiguous, loose or blank row). */
  open: boolean;
}

const add = (a: readonly number[], b: readonly number[]) => a.map((value, index) => value + b[index]);
const subtract = (a: readonly number[], b: readonly number[]) => a.map((value, index) => value - b[index]);

/**
 * Settle table 三's loose and blank rows (and rows left ambiguous) with rules 1–2 together. `shapeOf` gives a row's
 * printed shape. A rule counts only when every row it names was found and is read, loose or blank; （七）总计 must be
 * among them. The one 总计 row that both counted rules allow is read; then each rule's rows are read when exactly one
 * combination of them makes the rule hold with it. A page's own broken sum leaves its rows as they were.
 */
export function settleByPlacement(layout: Layout, readings: PlacedReading[], shapeOf: (row: RowDef) => PlacementShape): void {
  if (!readings.some((reading) => reading.loose || reading.blankRow)) return;
  const byKey = new Map<string, PlacedReading>();
  for (const reading of readings) if (!byKey.has(reading.row.key)) byKey.set(reading.row.key, reading);
  const optionsOf = new Map<PlacedReading, Options | undefined>();
  const options = (reading: PlacedReading | undefined): Options | undefined => {
    if (!reading) return undefined;
    if (optionsOf.has(reading)) return optionsOf.get(reading);
    let result: Options | undefined;
    if (reading.candidates.length > 0) {
      result = {
        reading,
        options: reading.candidates.map((values) => ({ values, blanks: reading.candidates.length === 1 ? reading.blankColumns : [] })),
        open: reading.candidates.length > 1,
      };
    } else if (reading.loose) {
      const placed = placementsOf(reading.loose, shapeOf(reading.row));
      result = placed && placed.length > 0 ? { reading, options: placed, open: true } : undefined;
    } else if (reading.blankRow) {
      const columns = reading.row.columns.map((_, column) => column);
      result = { reading, options: [{ values: columns.map(() => 0), blanks: columns }], open: true };
    }
    optionsOf.set(reading, result);
    return result;
  };
  const rules = layout.rules.filter(
    (rule): rule is Extract<LayoutRule, { kind: 'column-balance' }> => rule.kind === 'column-balance' && rule.table === 'applications',
  );
  const handling = rules.find((rule) => rule.left.length > 2);
  const balance = rules.find((rule) => rule.left.length === 2 && rule.right.length === 2);
  if (!handling || !balance) return;
  const totalKey = handling.right[0];
  const total = options(byKey.get(totalKey));
  if (!total || !balance.right.includes(totalKey)) return;
  // Rows of the handling rule: the catalogue's, or the rows printed for them in the other layout's way.
  const handlingRows = rowsForRule(handling.left, readings, byKey);
  const handlingOptions = handlingRows?.map((reading) => options(reading));
  const handlingUsable = handlingOptions?.every((item) => item !== undefined) === true;
  const [receivedKey, carriedKey] = balance.left;
  const forwardKey = balance.right.find((key) => key !== totalKey)!;
  const balanceOptions = [receivedKey, carriedKey, forwardKey].map((key) => options(byKey.get(key)));
  const balanceUsable = balanceOptions.every((item) => item !== undefined);
  if (!handlingUsable && !balanceUsable) return;
  const involved = [total, ...(handlingUsable ? handlingOptions! : []), ...(balanceUsable ? balanceOptions : [])] as Options[];
  if (!involved.some((item) => item.open)) return;

  const viable: Array<{ total: Placement; balance?: Placement[] | null; handling?: Placement[] | null }> = [];
  for (const sumRow of total.options) {
    const balanceWays = balanceUsable ? balanceSolutions(balanceOptions as Options[], sumRow.values) : undefined;
    if (balanceWays === null) return;
    if (balanceWays !== undefined && balanceWays.count === 0) continue;
    const handlingWays = handlingUsable ? sumSolutions(handlingOptions as Options[], sumRow.values) : undefined;
    if (handlingWays === null) return;
    if (handlingWays !== undefined && handlingWays.count === 0) continue;
    viable.push({
      total: sumRow,
      balance: balanceWays === undefined ? undefined : balanceWays.count === 1 ? balanceWays.only : null,
      handling: handlingWays === undefined ? undefined : handlingWays.count === 1 ? handlingWays.only : null,
    });
    if (viable.length > 1) return;
  }
  if (viable.length !== 1) return;
  const [settled] = viable;
  settle(total, settled.total);
  if (settled.balance) (balanceOptions as Options[]).forEach((item, index) => settle(item, settled.balance![index]));
  if (settled.handling) (handlingOptions as Options[]).forEach((item, index) => settle(item, settled.handling![index]));
}

/**
 * The readings that stand for a rule's rows: each key's own, or the other handling printed the other layout's way in place
 * of the rule's (one （六）其他处理 row for the three, or the three for the one), never both.
 */
function rowsForRule(keys: readonly string[], readings: PlacedReading[], byKey: Map<string, PlacedReading>): PlacedReading[] | undefined {
  const missing = keys.filter((key) => !byKey.has(key));
  const present = keys.filter((key) => byKey.has(key)).map((key) => byKey.get(key)!);
  if (missing.length === 0) return present;
  const link = LAYOUTS.flatMap((layout) => layout.links).find((item) => item.otherRows.length > 1);
  if (!link) return undefined;
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((key) => b.includes(key));
  const all = [...link.rows, ...link.otherRows];
  const stand = readings.filter(
    (reading) => !keys.includes(reading.row.key) && (all.includes(reading.row.key) || reading.row.key === SINGLE_KEY),
  );
  const standKeys = stand.map((reading) => reading.row.key);
  // The current layout's three rows missing, its one row printed; or the trial layout's one row missing, the three printed.
  const whole = same(missing, link.otherRows) && same(standKeys, [SINGLE_KEY]);
  const parts = same(missing, link.rows) && same(standKeys, link.otherRows);
  return whole || parts ? [...present, ...stand] : undefined;
}

/** Ways (0, 1 or more) to choose rows 新收, 上年结转, 结转下年度 so that 新收 + 上年结转 = 总计 + 结转下年度; null past the budget. */
function balanceSolutions(rows: Options[], totalRow: number[]): { count: number; only?: Placement[] } | null {
  const [received, carried, forward] = rows;
  if (received.options.length * carried.options.length + forward.options.length > STATE_BUDGET) return null;
  const sums = new Map<string, { count: number; pair: [Placement, Placement] }>();
  for (const r of received.options)
    for (const c of carried.options) {
      const key = add(r.values, c.values).join();
      const known = sums.get(key);
      if (known) known.count += 1;
      else sums.set(key, { count: 1, pair: [r, c] });
    }
  let count = 0;
  let only: Placement[] | undefined;
  for (const f of forward.options) {
    const hit = sums.get(add(totalRow, f.values).join());
    if (!hit) continue;
    count += hit.count;
    only = [hit.pair[0], hit.pair[1], f];
  }
  return { count, only: count === 1 ? only : undefined };
}

/** Ways (0, 1 or more) to choose one option of each row so that the rows add up to `target` column by column; null past the budget. */
function sumSolutions(rows: Options[], target: number[]): { count: number; only?: Placement[] } | null {
  const fixed = rows.filter((item) => item.options.length === 1);
  const free = rows.filter((item) => item.options.length > 1);
  const rest = fixed.reduce((left, item) => subtract(left, item.options[0].values), target);
  if (rest.some((value) => value < 0) && free.length === 0) return { count: 0 };
  const memo = new Map<string, number>();
  let budget = STATE_BUDGET;
  // Ways (capped at 2) for rows index… to add up to `left`.
  const ways = (index: number, left: number[]): number => {
    if (index === free.length) return left.every((value) => value === 0) ? 1 : 0;
    if (left.some((value) => value < 0)) return 0;
    const key = `${index}|${left.join()}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (--budget <= 0) throw new BudgetSpent();
    let count = 0;
    for (const option of free[index].options) {
      count += ways(index + 1, subtract(left, option.values));
      if (count >= 2) break;
    }
    count = Math.min(count, 2);
    memo.set(key, count);
    return count;
  };
  let count: number;
  try {
    count = ways(0, rest);
  } catch (error) {
    if (error instanceof BudgetSpent) return null;
    throw error;
  }
  if (count !== 1) return { count };
  // The one way: at each row the one option that leaves a way for the rest.
  const chosen = new Map<Options, Placement>();
  let left = rest;
  try {
    for (const [index, item] of free.entries()) {
      const option = item.options.find((candidate) => ways(index + 1, subtract(left, candidate.values)) === 1)!;
      chosen.set(item, option);
      left = subtract(left, option.values);
    }
  } catch (error) {
    if (error instanceof BudgetSpent) return null;
    throw error;
  }
  return { count, only: rows.map((item) => (item.options.length === 1 ? item.options[0] : chosen.get(item)!)) };
}

class BudgetSpent extends Error {}

/** Read a row as the one placement the rules left, saying how it was read. */
function settle(item: Options, placement: Placement): void {
  if (!item.open) return;
  const { reading } = item;
  const was = reading.candidates.length > 1 ? 'ambiguous' : reading.loose ? 'loose' : 'blank';
  reading.candidates = [placement.values];
  reading.blankColumns = placement.blanks;
  reading.failure = undefined;
  if (was === 'loose')
    reading.note = `数字少于单元格（${reading.digits}），空白单元格的位置只有一种能使表中各项勾稽关系成立，按此读取（空白按0计）`;
  else if (was === 'blank') reading.note = '整行未印数字，按空白读取（按0计），表中各项勾稽关系成立';
}
