/**
 * Reading the three tables out of text, whatever the layout: tab-separated cells, one cell
 * per line, numbers on the line after their label, labels broken mid-word, or digits printed
 * with no separator at all. Rows are found by the catalogue's labels, in printed order.
 */
import { type ReportFormat, type RowDef, rowsOf, type TableKey } from './catalogue.js';
import type { ParseWarning } from './model.js';
import { squeeze } from './normalize.js';

/** A run of label text followed by the numbers printed after it. */
interface Segment {
  label: string;
  numbers: string[];
  /** True when some number token was glued to its label or to other digits. */
  glued: boolean;
  line: number;
}

const NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A signed number: the 2019 layout's 本年增/减 column prints -1 and +2. */
const SIGNED = /^[-+−－﹣]\d+(?:\.\d+)?$/;
/** Cells some agencies print for "nothing": a dash or a slash. */
const EMPTY_CELL = /^[-—–/－]+$/;

/** Split one whitespace-separated token into label text and trailing digits (规章000 → 规章, 000). */
function splitToken(token: string): { label?: string; number?: string } {
  if (NUMBER.test(token)) return { number: token.replace(/,/g, '') };
  if (SIGNED.test(token)) return { number: token.replace(/^[−－﹣]/, '-').replace(/^\+/, '') };
  if (EMPTY_CELL.test(token)) return { number: '0' };
  const glued = /^(.*?[^\d.,])(\d+(?:\.\d+)?)$/.exec(token);
  // A numbered item marker (1. 2、) is label text, not a number.
  if (glued && !/^\d+[.、]$/.test(token)) return { label: glued[1], number: glued[2] };
  return { label: token };
}

/** Cut a table's text into label/number segments. */
export function segment(text: string, firstLine = 1): Segment[] {
  const segments: Segment[] = [];
  let label = '';
  let numbers: string[] = [];
  let glued = false;
  let line = firstLine;
  let segmentLine = firstLine;
  const flush = () => {
    if (numbers.length > 0) segments.push({ label, numbers, glued, line: segmentLine });
    else if (label) segments.push({ label, numbers: [], glued: false, line: segmentLine });
    label = '';
    numbers = [];
    glued = false;
  };
  for (const [index, rawLine] of text.split('\n').entries()) {
    line = firstLine + index;
    // A pipe is a cell border (Markdown tables without outer pipes), never part of a label.
    for (const token of rawLine.split(/[\s|]+/).filter(Boolean)) {
      const part = splitToken(token);
      if (part.label !== undefined) {
        if (numbers.length > 0) flush();
        if (!label) segmentLine = line;
        label += part.label;
      }
      if (part.number !== undefined) {
        if (part.label !== undefined || (part.number.length > 1 && /^\d+$/.test(part.number) && part.number.startsWith('0'))) glued = true;
        numbers.push(part.number);
      }
    }
  }
  flush();
  // Labels with no numbers belong to the next row (group headings, broken labels).
  const merged: Segment[] = [];
  let carry = '';
  for (const item of segments) {
    if (item.numbers.length === 0) {
      carry += item.label;
      continue;
    }
    merged.push({ ...item, label: carry + item.label });
    carry = '';
  }
  if (carry) merged.push({ label: carry, numbers: [], glued: false, line });
  return merged;
}

/** How many cut positions splitDigits may try before giving up (random text must not hang it). */
const SPLIT_BUDGET = 50_000;
/** The most digits one number cut out of a glued run may have: no table cell counts a million. */
const MAX_PIECE = 6;

/**
 * Every way to cut runs of digits into exactly `count` numbers (no leading zeros but "0"),
 * tokens that are not plain digit runs (decimals) standing for one number each. `accept`
 * filters while cutting, so `limit` counts accepted cuts only. The search is depth-first with
 * a work budget: a long run of digits has astronomically many cuts.
 */
export function splitDigits(tokens: string[], count: number, limit = 5000, accept?: (values: number[]) => boolean): number[][] {
  const results: number[][] = [];
  const isRun = tokens.map((token) => /^\d+$/.test(token));
  // From token `index` on: the most numbers the tokens can still yield, their digits, their other tokens.
  const most: number[] = new Array(tokens.length + 1).fill(0);
  const digits: number[] = new Array(tokens.length + 1).fill(0);
  const others: number[] = new Array(tokens.length + 1).fill(0);
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    most[index] = most[index + 1] + (isRun[index] ? tokens[index].length : 1);
    digits[index] = digits[index + 1] + (isRun[index] ? tokens[index].length : 0);
    others[index] = others[index + 1] + (isRun[index] ? 0 : 1);
  }
  let budget = SPLIT_BUDGET;
  const values: number[] = [];
  // At token `index`, character `at` of it; `remaining` numbers still to cut.
  const walk = (index: number, at: number, remaining: number): void => {
    if (results.length >= limit || budget <= 0) return;
    budget -= 1;
    if (index === tokens.length) {
      if (remaining === 0 && (!accept || accept(values))) results.push([...values]);
      return;
    }
    const token = tokens[index];
    if (!isRun[index]) {
      if (remaining < 1 || Number.isNaN(Number(token))) return;
      values.push(Number(token));
      walk(index + 1, 0, remaining - 1);
      values.pop();
      return;
    }
    const left = token.length - at;
    // Every later token needs at least one number; this one can give at most `left`.
    const later = tokens.length - index - 1;
    if (remaining < 1 + later || remaining > left + most[index + 1]) return;
    // Too many digits for the numbers left, even at MAX_PIECE digits each.
    if (left + digits[index + 1] > (remaining - others[index + 1]) * MAX_PIECE) return;
    const longest = token[at] === '0' ? 1 : Math.min(left, MAX_PIECE);
    for (let size = 1; size <= longest; size += 1) {
      values.push(Number(token.slice(at, at + size)));
      if (size === left) walk(index + 1, 0, remaining - 1);
      else walk(index, at + size, remaining - 1);
      values.pop();
      if (results.length >= limit || budget <= 0) return;
    }
  };
  if (count > 0) walk(0, 0, count);
  return results;
}

/** Local check a row's numbers must pass: the last column is the sum of the others. */
function rowTotalHolds(values: number[]): boolean {
  const total = values[values.length - 1];
  const sum = values.slice(0, -1).reduce((a, b) => a + b, 0);
  return Math.abs(sum - total) < 1e-9;
}

export interface TableResult {
  rows: Record<string, number[]>;
  warnings: ParseWarning[];
  /** Rows whose numbers came from an ambiguous split: the candidates, for the column rules to decide. */
  ambiguous: Record<string, number[][]>;
}

/** Digits a token can yield numbers from: a digit run one per digit, anything else one. */
const capacity = (tokens: string[]) => tokens.reduce((sum, token) => sum + (/^\d+$/.test(token) ? token.length : 1), 0);

/** Resolve one row's numbers from its tokens, given how many columns it has. */
function resolveNumbers(row: RowDef, tokens: string[], hasTotal: boolean, glued: boolean): { values?: number[]; candidates?: number[][]; warning?: string } {
  const count = row.columns.length;
  if (tokens.length === count) return { values: tokens.map(Number) };
  if (tokens.length > count) {
    return { values: tokens.slice(0, count).map(Number), warning: `多出的数字被忽略：${tokens.slice(count).join(' ')}` };
  }
  // With a total column only the cuts whose total holds count; table 二 has none to check.
  const candidates = hasTotal ? splitDigits(tokens, count, 5000, rowTotalHolds) : splitDigits(tokens, count, 50);
  if (hasTotal && candidates.length === 0) {
    // No cut makes the total the sum of the others: still read the row (rule 3 will flag it), and say so.
    const [first] = splitDigits(tokens, count, 1);
    if (!first) return {};
    return { values: first, warning: `“${row.label}”一行的连写数字 ${tokens.join(' ')} 没有一种拆法能使总计等于各列之和，已读作 ${first.join(' ')}，请核对原文` };
  }
  if (candidates.length === 0) return {};
  // Spaced numbers too few for the columns (an empty cell?) are cut only with a warning when no total checks the cut.
  const warning = !glued && !hasTotal ? `“${row.label}”一行只有${tokens.length}个数字，应有${count}个，已按连写拆分为 ${candidates[0].join(' ')}，请核对原文` : undefined;
  if (candidates.length === 1) return { values: candidates[0], warning };
  return { values: candidates[0], candidates, warning };
}

/**
 * Read one table out of its section text. Segments are matched to rows in printed order:
 * each takes the earliest not-yet-read row whose label fragment it contains. A segment
 * holding the labels of several rows and all their numbers (table 四 printed as one line
 * of 15 numbers) is shared out among them.
 */
export function readTable(table: TableKey, format: ReportFormat, text: string, firstLine = 1): TableResult {
  const rows = rowsOf(table, format);
  const result: TableResult = { rows: {}, warnings: [], ambiguous: {} };
  let next = 0;
  for (const item of segment(text, firstLine)) {
    if (item.numbers.length === 0) continue;
    const label = squeeze(item.label);
    const matching: number[] = [];
    for (let index = next; index < rows.length; index += 1) {
      if (rows[index].match.some((fragment) => label.includes(squeeze(fragment)))) matching.push(index);
    }
    if (matching.length === 0) {
      result.warnings.push({ message: `无法识别的表格行：${item.label || '（无标签）'} ${item.numbers.join(' ')}`, line: item.line });
      continue;
    }
    // Several consecutive rows named in one segment, with numbers enough for all of them: share out.
    const hasTotal = table !== 'proactive';
    const group = [matching[0]];
    while (group.length < matching.length && matching[group.length] === group[group.length - 1] + 1) group.push(matching[group.length]);
    const groupWidth = group.reduce((sum, index) => sum + rows[index].columns.length, 0);
    let targets = [matching[0]];
    let tokens = item.numbers;
    if (group.length > 1 && tokens.length === groupWidth) targets = group;
    else if (group.length > 1 && tokens.length < groupWidth && capacity(tokens) >= groupWidth) {
      // Glued digits over several rows (table 四's fifteen numbers run together): every row total must hold.
      const width = rows[group[0]].columns.length;
      const holds = (values: number[]) =>
        !hasTotal || group.every((_, position) => rowTotalHolds(values.slice(position * width, position * width + width)));
      const candidates = splitDigits(tokens, groupWidth, 2, holds);
      if (candidates.length > 0) {
        targets = group;
        if (candidates.length > 1) result.warnings.push({ row: rows[group[0]].key, message: `数字连写有多种拆法，按第一种读取：${tokens.join('')}`, line: item.line });
        tokens = candidates[0].map(String);
      }
    }
    let offset = 0;
    let read = -1;
    for (const index of targets) {
      const row = rows[index];
      const own = targets.length > 1 ? tokens.slice(offset, offset + row.columns.length) : tokens;
      offset += row.columns.length;
      const resolved = resolveNumbers(row, own, hasTotal, item.glued);
      if (!resolved.values) {
        result.warnings.push({ row: row.key, message: `无法读取“${row.label}”的数字：${own.join(' ')}`, line: item.line });
        continue;
      }
      if (resolved.warning) result.warnings.push({ row: row.key, message: resolved.warning, line: item.line });
      if (resolved.candidates) result.ambiguous[row.key] = resolved.candidates;
      result.rows[row.key] = resolved.values;
      read = index;
    }
    // Only rows actually read are passed: a sentence naming a row (本年新收申请5件) must not use it up.
    if (read >= 0) next = read + 1;
  }
  return result;
}
