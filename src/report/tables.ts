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
/** Cells some agencies print for "nothing": a dash or a slash. */
const EMPTY_CELL = /^[-—–/－]+$/;

/** Split one whitespace-separated token into label text and trailing digits (规章000 → 规章, 000). */
function splitToken(token: string): { label?: string; number?: string } {
  if (NUMBER.test(token)) return { number: token.replace(/,/g, '') };
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
    for (const token of rawLine.split(/[\s]+/).filter(Boolean)) {
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

/** Every way to cut runs of digits into exactly `count` numbers (no leading zeros but "0"). */
export function splitDigits(tokens: string[], count: number, limit = 5000): number[][] {
  const results: number[][] = [];
  const pieces = (digits: string, parts: number): number[][] => {
    if (parts === 1) return /^(0|[1-9]\d*)$/.test(digits) ? [[Number(digits)]] : [];
    const out: number[][] = [];
    for (let size = 1; size <= digits.length - parts + 1; size += 1) {
      const head = digits.slice(0, size);
      if (!/^(0|[1-9]\d*)$/.test(head)) continue;
      for (const tail of pieces(digits.slice(size), parts - 1)) out.push([Number(head), ...tail]);
    }
    return out;
  };
  const walk = (index: number, remaining: number, acc: number[]) => {
    if (results.length >= limit) return;
    if (index === tokens.length) {
      if (remaining === 0) results.push(acc);
      return;
    }
    const token = tokens[index];
    const tokensLeft = tokens.length - index - 1;
    if (!/^\d+$/.test(token)) {
      walk(index + 1, remaining - 1, [...acc, Number(token)]);
      return;
    }
    for (let parts = 1; parts <= Math.min(token.length, remaining - tokensLeft); parts += 1) {
      for (const cut of pieces(token, parts)) walk(index + 1, remaining - parts, [...acc, ...cut]);
    }
  };
  walk(0, count, []);
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

/** Resolve one row's numbers from its tokens, given how many columns it has. */
function resolveNumbers(row: RowDef, tokens: string[], hasTotal: boolean): { values?: number[]; candidates?: number[][]; warning?: string } {
  const count = row.columns.length;
  if (tokens.length === count) return { values: tokens.map(Number) };
  if (tokens.length > count) {
    return { values: tokens.slice(0, count).map(Number), warning: `多出的数字被忽略：${tokens.slice(count).join(' ')}` };
  }
  let candidates = splitDigits(tokens, count);
  if (hasTotal) {
    const consistent = candidates.filter(rowTotalHolds);
    if (consistent.length > 0) candidates = consistent;
  }
  if (candidates.length === 0) return {};
  if (candidates.length === 1) return { values: candidates[0] };
  return { values: candidates[0], candidates };
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
    // Several rows named in one segment, with numbers enough for all of them: share out.
    const hasTotal = table !== 'proactive';
    const group = matching.filter((index, position) => position === 0 || index === matching[position - 1] + 1);
    const groupWidth = group.reduce((sum, index) => sum + rows[index].columns.length, 0);
    const targets = group.length > 1 && (item.numbers.length === groupWidth || item.glued) ? group : [matching[0]];
    let tokens = item.numbers;
    if (targets.length > 1 && tokens.length !== groupWidth) {
      // Glued digits over several rows: split all at once, every group total must hold.
      const width = rows[targets[0]].columns.length;
      const candidates = splitDigits(tokens, groupWidth).filter((values) =>
        targets.every((_, position) => rowTotalHolds(values.slice(position * width, position * width + width))),
      );
      if (candidates.length === 0) {
        result.warnings.push({ message: `无法拆分的数字：${tokens.join(' ')}`, line: item.line });
        continue;
      }
      if (candidates.length > 1) result.warnings.push({ row: rows[targets[0]].key, message: `数字连写有多种拆法，按第一种读取：${tokens.join('')}`, line: item.line });
      tokens = candidates[0].map(String);
    }
    let offset = 0;
    for (const index of targets) {
      const row = rows[index];
      const own = targets.length > 1 ? tokens.slice(offset, offset + row.columns.length) : tokens;
      offset += row.columns.length;
      const resolved = resolveNumbers(row, own, hasTotal);
      if (!resolved.values) {
        result.warnings.push({ row: row.key, message: `无法读取“${row.label}”的数字：${own.join(' ')}`, line: item.line });
        continue;
      }
      if (resolved.warning) result.warnings.push({ row: row.key, message: resolved.warning, line: item.line });
      if (resolved.candidates) result.ambiguous[row.key] = resolved.candidates;
      result.rows[row.key] = resolved.values;
    }
    next = targets[targets.length - 1] + 1;
  }
  return result;
}
