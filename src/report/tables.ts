/**
 * Reading the three tables out of text, whatever the layout: tab-separated cells, one cell
 * per line, pipe tables, a whole table flattened into one line with its cells glued together,
 * labels broken over lines or misprinted by a character, 繁体. Rows are located by the
 * catalogue's labels, not by line shape: a row's numbers are what stands between its label
 * and the next row's label. Glued digits are split so that the format's own arithmetic holds
 * (row totals, table 四's group totals, table 三's column rules 1–2), and a split is accepted
 * only when exactly one satisfies them; otherwise the row is left out with a warning.
 */
import { APPLICANT_COLUMNS, type Layout, LAYOUTS, layoutOf, type ReportFormat, type RowDef, type TableKey } from './catalogue.js';
import { BLANK_CELL } from './blank-cell.js';
import { SINGLE_KEY, settleByPlacement } from './blank-placement.js';
import type { ParseWarning } from './model.js';
import { toSimplified } from '../text/script.js';

/** How many cut positions splitDigits may try before giving up (random text must not hang it). */
const SPLIT_BUDGET = 50_000;
/** The most digits one number cut out of a glued run may have: no table cell counts a million. */
const MAX_PIECE = 6;

const isDigitRun = (token: string) => /^-?\d+$/.test(token);

/**
 * Every way to cut runs of digits into exactly `count` numbers (no leading zeros but "0"),
 * tokens that are not plain digit runs (decimals) standing for one number each; a run with a
 * leading minus (the 2019 layout's 本年增/减, `-720`) gives its first piece the sign. `accept`
 * filters while cutting, so `limit` counts accepted cuts only. The search is depth-first with
 * a work budget: a long run of digits has astronomically many cuts.
 */
export function splitDigits(tokens: string[], count: number, limit = 5000, accept?: (values: number[]) => boolean): number[][] {
  const results: number[][] = [];
  const isRun = tokens.map(isDigitRun);
  const negative = tokens.map((token, index) => isRun[index] && token.startsWith('-'));
  const bodies = tokens.map((token, index) => (negative[index] ? token.slice(1) : token));
  // From token `index` on: the most numbers the tokens can still yield, their digits, their other tokens.
  const most: number[] = new Array(tokens.length + 1).fill(0);
  const digits: number[] = new Array(tokens.length + 1).fill(0);
  const others: number[] = new Array(tokens.length + 1).fill(0);
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    most[index] = most[index + 1] + (isRun[index] ? bodies[index].length : 1);
    digits[index] = digits[index + 1] + (isRun[index] ? bodies[index].length : 0);
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
    const token = bodies[index];
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
    const sign = negative[index] && at === 0 ? -1 : 1;
    for (let size = 1; size <= longest; size += 1) {
      values.push(sign * Number(token.slice(at, at + size)));
      if (size === left) walk(index + 1, 0, remaining - 1);
      else walk(index, at + size, remaining - 1);
      values.pop();
      if (results.length >= limit || budget <= 0) return;
    }
  };
  if (count > 0) walk(0, 0, count);
  return results;
}

export interface TableResult {
  rows: Record<string, number[]>;
  warnings: ParseWarning[];
  /**
   * Rows whose glued digits allow several splits, with the candidates. readTable settles table
   * 三's with the column rules itself and leaves here only what nothing could settle (those rows
   * are not in `rows`).
   */
  ambiguous: Record<string, number[][]>;
  /** Cells printed empty (`∅` from a table grid): `table.row.column`, read as 0. */
  blanks: string[];
}

// ---------------------------------------------------------------------------------------------
// The text as matched: simplified, pinyin annotations blanked, same length as the printed text.

/** A mirror site's pinyin annotation glued into a word: 港區(qū), 數(shù)據(jù). */
const PINYIN_NOTE = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/** Each character's simplified form, converted once: tables repeat the same few hundred characters. */
const SIMPLIFIED = new Map<string, string>();

function simplifiedCharacter(character: string): string {
  let converted = SIMPLIFIED.get(character);
  if (converted === undefined) {
    converted = toSimplified(character);
    // A character whose conversion is not one character (rare phrases) is kept: offsets must not move.
    if (converted.length !== character.length) converted = character;
    SIMPLIFIED.set(character, converted);
  }
  return converted;
}

/**
 * The text to match labels in: 繁体 simplified character by character (labels need no phrase
 * conversion), pinyin notes blanked, every offset unchanged.
 */
export function matchingCopy(text: string): string {
  let copy = text;
  // Most reports are simplified already: convert only when some character changes.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x3400 || (code > 0x9fff && (code < 0xf900 || code > 0xfaff))) continue;
    const character = text[index];
    if (simplifiedCharacter(character) !== character) {
      copy = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, simplifiedCharacter);
      break;
    }
  }
  return copy.includes('(') ? copy.replace(PINYIN_NOTE, (note) => ' '.repeat(note.length)) : copy;
}

/** Label characters with their offsets: spaces, punctuation and table borders left out, digits kept as breaks. */
interface Stream {
  text: string;
  offsets: number[];
}

/** Whether a character is left out of the label stream: a space, a punctuation mark or a symbol. */
function isSeparator(code: number, character: string): boolean {
  if (code < 0x80) return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
  if (code >= 0x4e00 && code <= 0x9fff) return false;
  return /[\s\p{P}\p{S}]/u.test(character);
}

function labelStream(copy: string): Stream {
  const characters: string[] = [];
  const offsets: number[] = [];
  // Code units, so that offsets and positions count alike (a character outside the BMP is two).
  for (let index = 0; index < copy.length; index += 1) {
    const character = copy[index];
    if (isSeparator(copy.charCodeAt(index), character)) continue;
    characters.push(character);
    offsets.push(index);
  }
  return { text: characters.join(''), offsets };
}

/** The label without its numbering (一、 （一） 1.) and without a trailing remark in brackets. */
function coreLabel(label: string): string {
  const bare = label
    .replace(/^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.、])/, '')
    .replace(/[（(][^（()）]*[)）]$/, '');
  return bare.replace(/[\s\p{P}\p{S}]/gu, '');
}

/** The item number printed before a label (1. in 1.属于国家秘密), if it has one. */
function itemNumber(label: string): string | undefined {
  return /^(\d+)[.、]/.exec(label)?.[1];
}

/** Where `word` occurs in the stream from `from` on with at most one wrong, missing or extra character. */
function fuzzyFind(stream: string, word: string, from: number): { start: number; end: number } | undefined {
  const length = word.length;
  const first = word[0];
  const second = word[1];
  for (let start = from; start + length - 1 <= stream.length; start += 1) {
    // One error at most: the first or the second character matches (cheap filter before the full comparison).
    if (stream[start] !== first && stream[start + 1] !== second && stream[start + 1] !== first) continue;
    let prefix = 0;
    while (prefix < length && stream[start + prefix] === word[prefix]) prefix += 1;
    // The text's window may be the word's length (one wrong character), one shorter (missing) or one longer (extra).
    // A short label only with one wrong character: with one missing, 予以公开 would be 不予公开.
    for (const windowLength of length >= FUZZY_GAP_MIN ? [length, length - 1, length + 1] : [length]) {
      const end = start + windowLength;
      if (end > stream.length) continue;
      let digit = false;
      for (let index = start; index < end && !digit; index += 1) digit = stream[index] >= '0' && stream[index] <= '9';
      if (digit) continue;
      let suffix = 0;
      const most = Math.min(windowLength, length);
      while (suffix < most && stream[end - 1 - suffix] === word[length - 1 - suffix]) suffix += 1;
      const needed = windowLength === length ? length - 1 : most;
      if (prefix + suffix >= needed && prefix >= 1) return { start, end };
    }
  }
  return undefined;
}

interface Located {
  row: RowDef;
  /** Offsets in the text: the label's first character and the character after it. */
  start: number;
  end: number;
  /** The stream position after the label, and the word that matched (to look for it again). */
  streamEnd: number;
  word: string;
  streamStart: number;
}

/** The shortest label that may be matched with one character off: shorter labels are other words. */
const FUZZY_MIN = 4;
/** The shortest label that may be matched with a character missing or extra. */
const FUZZY_GAP_MIN = 6;

/** Find a row's label in the stream from `from` on: the whole label, then with one character off, then a catalogue fragment. */
/** Core labels, simplified once per row. */
const CORES = new Map<RowDef, string>();

function locate(text: string, stream: Stream, row: RowDef, from: number, until: number): Located | undefined {
  let core = CORES.get(row);
  if (core === undefined) CORES.set(row, (core = coreLabel(row.label)));
  const hit = (start: number, end: number, word: string): Located => {
    let endOffset = stream.offsets[end - 1] + 1;
    // A remark in brackets after the label (（区分处理的，只计这一情形…）) is part of it: its words are no other row's.
    const remark = /^\s*[（(][^（()）\d]{0,60}[)）]/.exec(text.slice(endOffset));
    let streamEnd = end;
    if (remark) {
      endOffset += remark[0].length;
      while (streamEnd < stream.offsets.length && stream.offsets[streamEnd] < endOffset) streamEnd += 1;
    }
    return { row, start: stream.offsets[start], end: endOffset, streamStart: start, streamEnd, word };
  };
  const number = itemNumber(row.label);
  // A two-character label (3.其他) is a common word: only with its item number before it.
  if (core.length <= 2 && number !== undefined) {
    for (let at = stream.text.indexOf(core, from); at >= 0 && at < until; at = stream.text.indexOf(core, at + 1)) {
      if (numberingStart(text, stream.offsets[at], number) < stream.offsets[at]) return hit(at, at + core.length, core);
    }
    return undefined;
  }
  const exact = stream.text.indexOf(core, from);
  if (exact >= 0 && exact < until) return hit(exact, exact + core.length, core);
  if (core.length >= FUZZY_MIN) {
    const near = fuzzyFind(stream.text.slice(0, until), core, from);
    if (near) return hit(near.start, near.end, stream.text.slice(near.start, near.end));
  }
  for (const fragment of row.match) {
    const word = fragment.replace(/[\s\p{P}\p{S}]/gu, '');
    if (word === core) continue;
    const found = stream.text.indexOf(word, from);
    if (found >= 0 && found < until) return hit(found, found + word.length, word);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Numbers between labels.

/** One printed cell or run of glued cells. */
interface Token {
  /** A digit run (maybe signed) splitSplits may cut, or one number's text. */
  text: string;
  blank: boolean;
  /** Printed with its unit right after it (712.187895万元): one cell, however many decimals (万元 to the 分 has six). */
  withUnit?: boolean;
}

// Not a unicode-mode expression (it is the hot loop of the reader): Han as the CJK blocks.
// 增2, 减3, 減少1: the 2019 layout's 本年增/减 cell printed with the word for its sign (the character glued to the number).
// 0/0: the same cell printed as its increase and decrease both nought (增/减 → 0/0), one cell reading 0.
const TOKEN = new RegExp(
  `${BLANK_CELL}|0+/0+(?![\\d.])|[-−－﹣+]?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|[-−－﹣+]?\\d+(?:\\.\\d+)?|(?:增加|增|减少|减|減少|減)\\d+|[-—–/－]+|[\\u3400-\\u9fff\\uf900-\\ufaffA-Za-z]+`,
  'g',
);
/** A change printed with its sign as a word (增2 → 2, 减3 → -3). */
const SIGN_WORD = /^(?:(增加|增)|减少|减|減少|減)(\d+)$/;
/** 本年增/减 printed as both halves, each nought (0/0): no change. Another pair (2/1) is left unread. */
const NOUGHT_BOTH_WAYS = /^0+\/0+$/;

/**
 * The number tokens of a row's span: text before the first number is the rest of its label
 * (a remark in brackets, a header fragment), text after a number ends the row (a group heading,
 * a note). Returns also whether the last run is followed by an item marker (2.其他…), which
 * then may end with the next item's number.
 */
function numberTokens(span: string, width = Number.POSITIVE_INFINITY, endsText = false): { tokens: Token[]; markerAfter: boolean } {
  const tokens: Token[] = [];
  let markerAfter = false;
  for (const match of span.matchAll(TOKEN)) {
    const signWord = SIGN_WORD.exec(match[0]);
    const text = signWord ? `${signWord[1] ? '' : '-'}${signWord[2]}` : NOUGHT_BOTH_WAYS.test(match[0]) ? '0' : match[0];
    // A text cut right after the next item's number, its dot lost (…0\n\n2): once the row is whole, a
    // short number alone on the text's last line is that item's, not one more cell.
    if (endsText && tokens.length === width && text.length <= 2 && /^\d+$/.test(text) && aloneAtEnd(span, match.index, text.length)) break;
    // An item number standing alone (1.申请人…, (2)重复申请) is label text, not a cell.
    const marker = text.length <= 2 && /^\d+$/.test(text) && isItemMarker(span, match.index, match.index + text.length);
    // 行政事业性收费 0, then a page cut at 2025年 (the next part's heading): a year printed with 年 after a row's cells is text
    // that ends the row, never one more cell.
    const year = /^(?:19|20)\d{2}$/.test(text) && /^\s*年/.test(span.slice(match.index + text.length));
    const yearAfterCells = tokens.length > 0 && year;
    // Before any cell, outside brackets, such a year starts a sentence (2021年我局未收到…, the next part's opening
    // after a row printed blank): the row has ended with no number, and the sentence's figures are not its cells.
    if (year && tokens.length === 0 && !/[(（]\s*$/.test(span.slice(Math.max(0, match.index - 3), match.index))) break;
    const code = text.charCodeAt(0);
    if (marker || yearAfterCells || code >= 0x3400 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      // Empty grid cells before more label text are a header's filler (colspan cells), not the row's numbers;
      // a whole row of them before a group's label (（三）不予公开) is the row, printed blank.
      // So is one before the next row's own label (二、上年结转 | | … | then 三、本年度办理结果, or 1.属于国家秘密): a table whose
      // cells are all empty prints its rows so.
      const groupLabel =
        /^[一二三四五六七八九十]{1,3}$/.test(text) &&
        (/[(（]\s*$/.test(span.slice(Math.max(0, match.index - 2), match.index)) || /^[、．.]/.test(span.slice(match.index + text.length)));
      if (tokens.length > 0 && !((groupLabel || marker) && tokens.length >= width) && tokens.every((token) => token.blank))
        tokens.length = 0;
      if (tokens.length > 0) {
        markerAfter = /\d[.、．]\s*$/.test(span.slice(0, match.index));
        break;
      }
      continue;
    }
    if (text === BLANK_CELL) tokens.push({ text: '0', blank: true });
    else if (/^[-—–/－]+$/.test(text)) tokens.push({ text: '0', blank: false });
    else
      tokens.push({
        text: text
          .replace(/,/g, '')
          .replace(/^[−－﹣]/, '-')
          .replace(/^\+/, ''),
        blank: false,
        withUnit: /^\s*万?元/.test(span.slice(match.index + match[0].length, match.index + match[0].length + 4)),
      });
  }
  return { tokens, markerAfter };
}

/** Whether [start, start + length) of `span` stands alone on the span's last line, only spaces after it. */
function aloneAtEnd(span: string, start: number, length: number): boolean {
  const lineStart = span.lastIndexOf('\n', start - 1);
  return lineStart >= 0 && /^[ \t]*$/.test(span.slice(lineStart + 1, start)) && /^\s*$/.test(span.slice(start + length));
}

/** Whether the digits at [start, end) of `span` are an item number: not glued to digits, then 1. or 1、 before a label, or in brackets. */
function isItemMarker(span: string, start: number, end: number): boolean {
  const before = span[start - 1];
  if (before !== undefined && before >= '0' && before <= '9') return false;
  const after = span[end];
  if (after === '.' || after === '、' || after === '．') {
    let next = end + 1;
    while (next < span.length && (span[next] === ' ' || span[next] === '\t' || span[next] === '\n')) next += 1;
    // A page cut right after the next item's number (…0 |\n3.): the number of a label that never came.
    if (next >= span.length) return true;
    const code = span.charCodeAt(next);
    return code >= 0x3400 && code <= 0x9fff;
  }
  return (before === '(' || before === '（') && (after === ')' || after === '）');
}

/** Where an item's printed number (2. 2、 (2)) starts before its label at `start`, so it is not read as a cell. */
function numberingStart(text: string, start: number, expected: string | undefined): number {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1])) at -= 1;
  // A Chinese numbering (（六） or 六、) is label text too: left in the span it would read as a
  // header after the previous row, and a row of empty grid cells before it would be dropped.
  const chinese = /(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)$/.exec(text.slice(Math.max(0, at - 5), at));
  if (chinese) return at - chinese[0].length;
  const mark = text[at - 1];
  if (mark === undefined || !/[.、．)）]/.test(mark)) return start;
  const digitsEnd = at - 1;
  let digitsStart = digitsEnd;
  while (digitsStart > 0 && /\d/.test(text[digitsStart - 1])) digitsStart -= 1;
  if (digitsStart === digitsEnd) return start;
  const run = text.slice(digitsStart, digitsEnd);
  if (/[)）]/.test(mark)) return digitsStart > 0 && /[(（]/.test(text[digitsStart - 1]) ? digitsStart - 1 : start;
  // Glued to the previous row's digits (00000002.其他…): only the expected number is the marker.
  if (expected !== undefined && run.endsWith(expected)) return digitsEnd - expected.length;
  return run.length <= 2 ? digitsStart : start;
}

// ---------------------------------------------------------------------------------------------
// The arithmetic a row's numbers must satisfy.

/** Column layout of table 三 when a 小计 column of 法人或其他组织 is printed: its index among the 8. */
function subtotalIndex(header: string): number | undefined {
  const squeezed = header.replace(/[\s\p{P}\p{S}]/gu, '');
  const at = squeezed.indexOf('小计');
  if (at < 0) return undefined;
  // Its place among the five organisation columns, by where the header prints it.
  const words = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  const before = words.filter((word) => {
    const position = squeezed.indexOf(word.slice(0, 2));
    return position >= 0 && position < at;
  }).length;
  return 1 + before;
}

interface Shape {
  /** How many numbers the row prints. */
  width: number;
  /** Printed numbers → the catalogue's columns (drops a 小计). */
  keep: (values: number[]) => number[];
  /** Printed position → catalogue column index, or undefined for a dropped column. */
  columnOf: (position: number) => number | undefined;
  /** The row's own arithmetic, or none (table 二). */
  holds?: (values: number[]) => boolean;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** Shapes by table, 小计 position and column count: a handful, made once. */
const SHAPES = new Map<string, Shape>();

function shapeOf(table: TableKey, row: RowDef, subtotal: number | undefined): Shape {
  const key = `${table}/${subtotal ?? ''}/${row.columns.length}`;
  let shape = SHAPES.get(key);
  if (!shape) SHAPES.set(key, (shape = makeShape(table, row.columns.length, subtotal)));
  return shape;
}

function makeShape(table: TableKey, count: number, subtotal: number | undefined): Shape {
  const plain: Shape = { width: count, keep: (values) => values, columnOf: (position) => position };
  if (table === 'proactive') return plain;
  if (table === 'applications' && subtotal !== undefined) {
    return {
      width: count + 1,
      keep: (values) => values.filter((_, index) => index !== subtotal),
      columnOf: (position) => (position === subtotal ? undefined : position < subtotal ? position : position - 1),
      holds: (values) => {
        const organisations = values.slice(1, values.length - 1).filter((_, index) => index + 1 !== subtotal);
        return near(sum(organisations), values[subtotal]) && near(values[0] + values[subtotal], values[values.length - 1]);
      },
    };
  }
  return { ...plain, holds: (values) => near(sum(values.slice(0, -1)), values[values.length - 1]) };
}

// ---------------------------------------------------------------------------------------------
// Reading one table.

interface RowReading {
  row: RowDef;
  /** Every split that satisfies the row's own arithmetic (exactly one when settled). */
  candidates: number[][];
  /** The printed digits, for warnings. */
  digits: string;
  /** Catalogue column indexes printed empty. */
  blankColumns: number[];
  line?: number;
  /** Why the row could not be read, when no candidate is left. */
  failure?: string;
  /** What was assumed to read the row (a lost empty cell put back), said as a warning. */
  note?: string;
  /** Fewer numbers than cells and no cut of them adds up: the digit runs, for the table's rules to place among blanks. */
  loose?: string[];
  /** No number printed after the label where the page shows its rows' numbers on their own lines: maybe a row of blanks. */
  blankRow?: boolean;
}

/** The pseudo-row of a 2021 table 三 that prints （六）其他处理 as one row instead of three. */
const SINGLE_OTHER_HANDLING: RowDef = {
  key: SINGLE_KEY,
  table: 'applications',
  label: '（六）其他处理',
  match: [],
  synonyms: [],
  columns: APPLICANT_COLUMNS,
  unit: '件',
};

/** The catalogue's one-for-several link: the trial layout's one （六）其他处理 row and the current layout's three that add up to it. */
const OTHER_HANDLING_LINK = LAYOUTS.flatMap((layout) => layout.links).find((link) => link.otherRows.length > 1)!;
/** The several rows, looked for in a table of the one-row layout too. */
const OTHER_HANDLING_SPLIT = OTHER_HANDLING_LINK.otherRows.map((key) => layoutOf(OTHER_HANDLING_LINK.layout).row(key)!);

/** A row's text that ends in a number or an empty grid cell, nothing but spaces and pipes after it. */
const ENDS_IN_A_CELL = new RegExp(`[\\d${BLANK_CELL}][\\s|]*$`);
/** Why a row is not read when the text stops inside it. */
const CUT_OFF = '原文在此行中截断，数字不全';
/** Why a row is not read when its numbers may be a line shared with the labels before it, its blank cells' places lost. */
const SHARED_LINE_SHORT = '几行共用一行数字，数字少于单元格且空白单元格位置不明';

/**
 * Solve one row from its tokens. `cutOff`: the text stops right after these tokens (a page cut inside the
 * table), so the row may have lost its last cells: it is read only when its own arithmetic holds, never as
 * printed with a broken sum, a lost cell put back or zeros spread over missing places.
 */
function readRow(
  row: RowDef,
  shape: Shape,
  printedTokens: Token[],
  markerAfter: boolean,
  cutOff = false,
  mayBeShared = false,
): Omit<RowReading, 'line'> {
  let tokens = printedTokens;
  // Empty grid cells beside the numbers (a label cell spanning two columns, a trailing filler cell) are not columns.
  while (tokens.length > shape.width && tokens[tokens.length - 1].blank) tokens = tokens.slice(0, -1);
  while (tokens.length > shape.width && tokens[0].blank) tokens = tokens.slice(1);
  const digits = tokens.map((token) => token.text).join(' ');
  const texts = tokens.map((token) => token.text);
  const blankPositions = (values: number[]) => {
    // Which printed positions came from a ∅ token: walk the tokens over the values.
    const positions: number[] = [];
    let position = 0;
    for (const token of tokens) {
      if (token.blank) {
        positions.push(position);
        position += 1;
        continue;
      }
      if (!isDigitRun(token.text)) {
        position += 1;
        continue;
      }
      let length = 0;
      const body = token.text.replace(/^-/, '');
      while (length < body.length && position < values.length) {
        length += String(Math.abs(values[position])).length;
        position += 1;
      }
    }
    return positions;
  };
  const finish = (printed: number[][], failure?: string) => {
    const blanks = printed.length === 1 && tokens.some((token) => token.blank) ? blankPositions(printed[0]) : [];
    return {
      row,
      candidates: printed.map(shape.keep),
      digits,
      blankColumns: blanks.map(shape.columnOf).filter((column): column is number => column !== undefined),
      failure,
    };
  };
  if (tokens.length === 0) return finish([], undefined);
  // An amount is printed to the 分 at most (6 decimals of 万元), mostly to the 元: more decimals, its unit not right after it,
  // are digits of the next cell glued on. A row of one amount in 万元 printed as one number (行政事业性收费4166.241619, the
  // table's last cell before 三、) has no neighbouring cell in its row: up to six decimals are its 分.
  const oneAmount = shape.width === 1 && row.unit === '万元' && tokens.length === 1 && /^\d+\.\d{5,6}$/.test(tokens[0].text);
  if (!oneAmount && tokens.some((token) => !token.withUnit && /\.\d{5,}$/.test(token.text)))
    return finish([], '小数位数过多，疑为几个数字连写');
  const hasBlank = tokens.some((token) => token.blank);
  const allDigits = texts.every(isDigitRun) && !texts.some((text) => text.startsWith('-'));
  // Cells separated one by one are read as printed, unless a cell has a leading zero (02: two cells glued).
  if (tokens.length === shape.width && !texts.some((text) => /^-?0\d/.test(text))) {
    const printed = texts.map(Number);
    if (hasBlank || !shape.holds || shape.holds(printed)) return finish([printed]);
    if (cutOff) return finish([], CUT_OFF);
    // Spaces are hints: a cell glued to its neighbour and a space inside another. Else the sum is the source's own error.
    const joined = allDigits ? splitDigits([texts.join('')], shape.width, 2, shape.holds) : [];
    // Labels standing together before these numbers (table 四's three groups over one line of cells) and fewer numbers
    // than their cells: a shared line whose blank cells lost their places, as likely as this row's own. Only a row whose
    // sum holds is this row's; a broken one is no source's error to keep.
    if (joined.length !== 1 && mayBeShared) return finish([], SHARED_LINE_SHORT);
    return finish(joined.length === 1 ? joined : [printed]);
  }
  if (tokens.length > shape.width) {
    return finish([], `多出的数字：${digits}`);
  }
  // Glued digits: the cuts that respect the printed spaces, else any cut of the digits run together.
  const accept = hasBlank ? undefined : shape.holds;
  const attempts: string[][] = [texts];
  // The next item's number glued to the digits (…00000002.其他, label not found): try without it.
  if (markerAfter && isDigitRun(texts[texts.length - 1])) {
    for (const drop of [1, 2]) {
      const last = texts[texts.length - 1];
      if (last.length > drop) attempts.push([...texts.slice(0, -1), last.slice(0, -drop)]);
    }
  }
  let solutions: number[][] = [];
  for (const attempt of attempts) {
    for (const solution of splitDigits(attempt, shape.width, 50, accept)) {
      if (!solutions.some((known) => known.join() === solution.join())) solutions.push(solution);
    }
  }
  if (solutions.length === 0 && texts.length > 1 && allDigits) {
    solutions = splitDigits([texts.join('')], shape.width, 50, accept);
  }
  if (solutions.length === 0 && cutOff) return finish([], CUT_OFF);
  if (solutions.length === 0 && accept) {
    // Digits that can be cut only one way at all (seven digits for seven columns) are the row as
    // printed: its broken sum is the source's own error, which the consistency rules report.
    const only = onlyCut(texts, shape.width);
    if (only.length === 1) return finish(only);
  }
  if (solutions.length === 0 && shape.holds) {
    // A page flattened from a table loses an empty cell's place (six zeros for seven columns):
    // put the lost cell back as 0 at every position; accepted only when every way gives one row.
    const restored = restoreOneCell(texts, shape);
    if (restored) return { ...finish([restored]), note: `少印了一个单元格（${digits}），各种补法所得相同，按空白（0）补齐` };
  }
  // Only zeros printed, fewer than the columns (the other cells left blank, their places lost with
  // the page's layout): wherever the zeros stood, every cell reads 0, blanks counting as 0.
  if (
    solutions.length === 0 &&
    shape.holds &&
    texts.every((text) => /^0+$/.test(text)) &&
    texts.join('').length < shape.width &&
    tokens.some((token) => !token.blank)
  ) {
    const zeros = new Array<number>(shape.width).fill(0);
    return { ...finish([zeros]), note: `只印了${texts.join('').length}个0，其余单元格空白，按0计` };
  }
  if (solutions.length === 0) {
    const reason = shape.holds ? '没有一种拆法能使总计等于各列之和' : `拆不成${shape.width}个数`;
    // Fewer numbers than cells, spaced or glued, none blank from a grid: the cells left blank lost their places, which
    // the table's column rules may still tell (settleByPlacement).
    const loose = shape.holds && !cutOff && !hasBlank && allDigits && tokens.length < shape.width ? texts : undefined;
    return { ...finish([], reason), loose };
  }
  return finish(solutions);
}

/**
 * The cut of `texts` into `count` numbers when there is exactly one (seven digits for seven cells), else none. Only of
 * digits printed as one run: where the page spaces its cells (20 00 121), a cut inside a spaced number (121 as 1, 2, 1)
 * breaking the sum is no source's error but cells left blank, their places lost (20, 0, 0, 0, 0, 1, 21 printed with its
 * zeros blank): the row is not read.
 */
function onlyCut(texts: string[], count: number): number[][] {
  if (texts.length > 1) return [];
  const cuts = splitDigits(texts, count, 2);
  return cuts.length === 1 ? cuts : [];
}

/** The one row that a missing cell, put back as 0 at any position, makes hold; undefined when none or several. */
function restoreOneCell(texts: string[], shape: Shape): number[] | undefined {
  const found = new Map<string, number[]>();
  for (let position = 0; position <= texts.length; position += 1) {
    const attempt = [...texts.slice(0, position), '0', ...texts.slice(position)];
    for (const solution of splitDigits(attempt, shape.width, 3, shape.holds)) found.set(solution.join(), solution);
    if (found.size > 1) return undefined;
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

interface Region {
  row: RowDef;
  start: number;
  end: number;
  /** Offset where the row's numbers may start (after its label) and must end (the next label, less its item number). */
  from: number;
  to: number;
}

/** Whether an offset lies inside brackets opened earlier on its line (a row's printed remark: （指…）, (含…)). */
function insideBrackets(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let depth = 0;
  for (let index = Math.max(lineStart, offset - 400); index < offset; index += 1) {
    const character = text[index];
    if (character === '(' || character === '（') depth += 1;
    else if ((character === ')' || character === '）') && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** Whether an offset lies in a note's line (注:…, 备注：…), which speaks of rows and is none of them. */
function insideNote(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*(?:备)?注[:：]/.test(text.slice(lineStart, offset));
}

/** Locate every row of the table, in printed order; a label found twice before the next row is taken at its last occurrence. */
function locateRows(text: string, copy: string, rows: RowDef[]): Region[] {
  const stream = labelStream(copy);
  const found: Located[] = [];
  let from = 0;
  for (const row of rows) {
    let located = locate(text, stream, row, from, stream.text.length);
    // A label inside another row's remark in brackets (其他对外管理服务事项（…含行政确认、行政处罚、行政强制…）) is a word of the
    // remark: the row is the label's next occurrence, when there is one.
    for (let tries = 0; located && tries < 8 && insideBrackets(text, located.start); tries += 1) {
      const later = locate(text, stream, row, located.streamEnd, stream.text.length);
      if (!later) break;
      located = later;
    }
    if (!located) continue;
    found.push(located);
    from = located.streamEnd;
  }
  // A label echoed earlier (a header cell, a sentence) is not the row: take the last occurrence before the next row.
  for (let index = 0; index < found.length; index += 1) {
    const limit = index + 1 < found.length ? found[index + 1].streamStart : stream.text.length;
    let again = stream.text.indexOf(found[index].word, found[index].streamEnd);
    while (again >= 0 && again + found[index].word.length <= limit) {
      const moved = locate(text, stream, found[index].row, again, limit);
      if (!moved) break;
      // Inside a remark in brackets (其他主动公开文件（…除规范性文件以外的…）), the label is a word of another row's note.
      // Inside a note under the table (注:政府集中采购数量和总金额为2020年数据。), the label is a word of the note.
      if (insideBrackets(text, moved.start) || insideNote(text, moved.start)) {
        again = stream.text.indexOf(found[index].word, moved.streamEnd);
        continue;
      }
      found[index] = moved;
      again = stream.text.indexOf(found[index].word, moved.streamEnd);
    }
  }
  return found.map((item, index) => {
    const next = found[index + 1];
    const to = next ? numberingStart(text, next.start, itemNumber(next.row.label)) : text.length;
    return { row: item.row, start: item.start, end: item.end, from: item.end, to: Math.max(item.end, to) };
  });
}

/** A pipe with nothing but spaces (and at most one line break) before the next pipe: an empty cell between them. */
const EMPTY_PIPE_CELL = /\|(?=[ \t\u00a0\u3000]*(?:\n[ \t\u00a0\u3000]*)?\|)/g;

/** Empty lines between two lines that hold a number alone (1, five empty lines, 1). */
const EMPTY_LINES_BETWEEN_NUMBERS = /(?<=^[ \t]*\d+(?:\.\d+)?[ \t]*\n)(?:[ \t]*\n)+(?=[ \t]*\d+(?:\.\d+)?[ \t]*$)/gm;

/** Whether most lines that follow a printed line follow it right away, no empty line between (a cell a line, single-spaced). */
function singleSpaced(text: string): boolean {
  let [adjacent, apart, previous] = [0, 0, -1];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (previous >= 0) {
      if (index === previous + 1) adjacent += 1;
      else apart += 1;
    }
    previous = index;
  }
  return adjacent > apart;
}

/**
 * A table printed a cell a line without pipes, single-spaced (自然人 / 法人或其他组织 / 总计), shows an empty cell as an empty
 * line (一、本年新收… 1, five empty lines, 1): each such line a blank cell, line count kept. A page that double-spaces its
 * cells (0, empty line, 0) has most lines apart, and its empty lines stay separators.
 */
function emptyLinesAsCells(text: string): string {
  if (text.includes('|') || !singleSpaced(text)) return text;
  return text.replace(EMPTY_LINES_BETWEEN_NUMBERS, (run) => run.replace(/[ \t]*\n/g, `${BLANK_CELL}\n`));
}

/** A row reading with its line (set on the fresh object: a spread copy is the reader's hottest line). */
function withLine(reading: Omit<RowReading, 'line'>, line: number): RowReading {
  (reading as RowReading).line = line;
  return reading as RowReading;
}

/** The line number of an offset, from the offsets where lines start. */
function lineFinder(text: string, firstLine: number): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
}

/**
 * Read one table out of its section text. Every catalogue row of the table is located by its
 * label; its numbers are the tokens up to the next row's label. Rows whose labels stand together
 * with all their numbers after the last (table 四's header with fifteen numbers) share them out.
 */
export function readTable(
  table: TableKey,
  format: ReportFormat,
  text: string,
  firstLine = 1,
  endsDocument = false,
  options: { blankTableAllowed?: boolean } = {},
): TableResult {
  const result: TableResult = { rows: {}, warnings: [], ambiguous: {}, blanks: [] };
  const layout = layoutOf(format);
  const catalogueRows = layout.rowsOf(table);
  const rows = [...catalogueRows];
  // （六）其他处理 printed the other layout's way: one row in a 2021 table, three in a 2019 one.
  const holdsSplit = catalogueRows.includes(OTHER_HANDLING_SPLIT[0]);
  const holdsWhole = catalogueRows.some((row) => row.key === OTHER_HANDLING_LINK.rows[0]);
  if (holdsSplit) rows.splice(rows.indexOf(OTHER_HANDLING_SPLIT[0]), 0, SINGLE_OTHER_HANDLING);
  if (holdsWhole) rows.splice(rows.findIndex((row) => row.key === OTHER_HANDLING_LINK.rows[0]) + 1, 0, ...OTHER_HANDLING_SPLIT);
  // Crawled pages that print a cell a line, each closed by a pipe (56 |), show an empty cell as a lone pipe.
  if (text.includes('|')) text = text.replace(EMPTY_PIPE_CELL, `|${BLANK_CELL}`);
  text = emptyLinesAsCells(text);
  const copy = matchingCopy(text);
  // Table 二's rows end at the next item's header (第二十条第(九)项 / 信息内容 | 采购项目数量(指202…): a row left blank before it,
  // or one whose label of the next item was not found, has none of the header's digits (2019 of 指2019年事项数, a cut 202).
  const regions = locateRows(text, copy, rows).map((region) => {
    const header = table === 'proactive' ? copy.indexOf('第二十条', region.from) : -1;
    return header >= 0 && header < region.to ? { ...region, to: header } : region;
  });
  const lineAt = lineFinder(text, firstLine);
  const subtotal = table === 'applications' && regions.length > 0 ? subtotalIndex(copy.slice(0, regions[0].start)) : undefined;
  /** A whole row printed on its own line, its sum holding: the row as printed, else undefined. */
  const wholeRow = (from: number, to: number, shape: Shape) => {
    const own = numberTokens(copy.slice(from, to), shape.width);
    const values = own.tokens.map((token) => Number(token.text));
    const whole = own.tokens.length === shape.width && !own.tokens.some((token) => token.blank) && (!shape.holds || shape.holds(values));
    return whole ? own : undefined;
  };
  /** Rows printed before their label (a PDF table torn apart), kept for the label that follows with no numbers. */
  let carried: ReturnType<typeof numberTokens> | undefined;
  /**
   * Rows of the table's order not located between two located ones (1.本机关不掌握 whose label was printed out of its place),
   * the other handling's alternative printings aside: a row printed before the later label may be theirs.
   */
  const skippedBetween = (before: Region | undefined, after: Region) =>
    before !== undefined &&
    rows
      .slice(rows.indexOf(before.row) + 1, rows.indexOf(after.row))
      .some((row) => row !== SINGLE_OTHER_HANDLING && !OTHER_HANDLING_SPLIT.includes(row) && row.key !== OTHER_HANDLING_LINK.rows[0]);
  const spans = regions.map((region, index) => {
    const shape = shapeOf(table, region.row, subtotal);
    let span = numberTokens(copy.slice(region.from, region.to), shape.width, region.to >= copy.length);
    // A row printed before its label goes to the next label only where no row of the table lies between the two unfound
    // (a PDF table whose 1.本机关不掌握 label stands lines earlier: its 4 was read as 2.没有现成信息's, the 6 printed after).
    if (span.tokens.length === 0 && carried && !skippedBetween(regions[index - 1], region)) span = carried;
    carried = undefined;
    if (span.tokens.length > shape.width) {
      // More numbers than columns up to the next label, and the label's own line holds a whole row whose sum
      // holds: the line after it is a row whose label was printed later, and goes to that label if it has no numbers.
      const lineEnd = copy.indexOf('\n', region.from);
      const own = lineEnd > region.from && lineEnd < region.to ? wholeRow(region.from, lineEnd, shape) : undefined;
      if (own) {
        span = own;
        carried = wholeRow(lineEnd + 1, region.to, shape);
      }
    }
    // Fewer empty grid cells than the row has columns, and nothing else: a header's filler, not a row of blanks.
    if (span.tokens.length < shape.width && span.tokens.every((token) => token.blank)) span.tokens = [];
    return span;
  });
  // Table 三 with every cell left blank, flattened to text (an agency that had no application to count, its web table crawled
  // with the empty cells gone): its rows' labels one after another, no number anywhere in the table. With the page going on
  // after it, most of its rows found and nothing the page says counting an application, each row is a row of blanks (0, listed
  // under blanks), as the grid printed it; one number anywhere, or a page cut inside the table, reads as before.
  if (
    table === 'applications' &&
    options.blankTableAllowed === true &&
    !endsDocument &&
    regions.length >= Math.min(10, rows.length) &&
    spans.every((span) => span.tokens.length === 0) &&
    !/\d/.test(copy.replace(/(?<![\d.])\d{1,2}\s*[.．、]/g, '').replace(/(?<!\d)(?:19|20)\d{2}(?=\s*年)/g, ''))
  ) {
    for (const [index, region] of regions.entries()) {
      const width = shapeOf(table, region.row, subtotal).width;
      spans[index] = { tokens: Array.from({ length: width }, () => ({ text: '0', blank: true })), markerAfter: false };
    }
    result.warnings.push({ message: '表三各格均未填写（页面上只有各行的名称），按空白读取（按零计），请核对原文' });
  }
  const byRegion: Array<RowReading | undefined> = [];
  for (let index = 0; index < regions.length; index += 1) {
    const region = regions[index];
    const shape = shapeOf(table, region.row, subtotal);
    const { tokens, markerAfter } = spans[index];
    const line = lineAt(region.start);
    // Labels standing together with all the numbers after the last (table 四's header): share them out.
    let first = index;
    while (
      first > 0 &&
      spans[first - 1].tokens.length === 0 &&
      byRegion[first - 1]?.candidates.length === 0 &&
      !byRegion[first - 1]?.failure
    )
      first -= 1;
    const members = first < index ? regions.slice(first, index + 1) : [];
    const shapes = members.map((member) => shapeOf(table, member.row, subtotal));
    const total = sum(shapes.map((member) => member.width));
    const capacity = first < index ? sum(tokens.map((token) => (isDigitRun(token.text) ? token.text.replace(/^-/, '').length : 1))) : 0;
    // Numbers that are exactly this row's own cells, and no sum to check a cut against (table 二: 行政许可 1894 after a
    // 规范性文件 row printed without numbers): the row's own numbers, not digits cut and shared with the labels before it.
    const ownRowUnchecked = tokens.length === shape.width && shapes.every((member) => !member.holds);
    if (first < index && !ownRowUnchecked && (tokens.length > shape.width || capacity >= total)) {
      // Empty grid cells beside the numbers are not columns (as in readRow).
      let tokens = spans[index].tokens;
      while (tokens.length > total && tokens[tokens.length - 1].blank) tokens = tokens.slice(0, -1);
      while (tokens.length > total && tokens[0].blank) tokens = tokens.slice(1);
      const digits = tokens.map((token) => token.text).join(' ');
      let shared: Token[][] | undefined;
      let failure = '没有一种拆法能使各组总计成立';
      if (tokens.length === total) {
        let offset = 0;
        shared = shapes.map((member) => tokens.slice(offset, (offset += member.width)));
      } else if (tokens.length < total) {
        const holds = (values: number[]) => {
          let offset = 0;
          return shapes.every((member) => !member.holds || member.holds(values.slice(offset, (offset += member.width))));
        };
        const texts = tokens.map((token) => token.text);
        let cuts = splitDigits(texts, total, 2, holds);
        // As in readRow: digits that can be cut only one way at all (fifteen digits for fifteen cells) are the rows
        // as printed; a group's broken sum is the source's own error, which the consistency rules report.
        if (cuts.length === 0) cuts = onlyCut(texts, total);
        if (cuts.length === 1) {
          let offset = 0;
          shared = shapes.map((member) =>
            cuts[0].slice(offset, (offset += member.width)).map((value) => ({ text: String(value), blank: false })),
          );
        } else if (cuts.length > 1) failure = '有多种拆法';
      }
      if (shared || tokens.length > shape.width || failure === '有多种拆法') {
        members.forEach((member, position) => {
          const memberLine = lineAt(member.start);
          byRegion[first + position] = shared
            ? withLine(readRow(member.row, shapes[position], shared[position], false), memberLine)
            : { row: member.row, candidates: [], digits, blankColumns: [], line: memberLine, failure };
        });
        continue;
      }
    }
    // The document's last row, its numbers running to the end of a text that stops inside the table: maybe cut.
    const cutOff = endsDocument && index === regions.length - 1 && ENDS_IN_A_CELL.test(copy.slice(region.from, region.to));
    const mayBeShared = first < index && !ownRowUnchecked && tokens.length < total;
    byRegion[index] = withLine(readRow(region.row, shape, tokens, markerAfter, cutOff, mayBeShared), line);
  }
  if (table === 'applications') markBlankRows(regions, spans, byRegion, copy, endsDocument);
  const readings = byRegion.filter((reading): reading is RowReading => reading !== undefined);
  settleByColumnRules(layout, table, readings);
  settleBrokenRowsByColumnRules(layout, table, readings);
  if (table === 'applications') settleByPlacement(layout, readings, (row) => shapeOf(table, row, subtotal));
  // A 2021 table 三 printing （六）其他处理 as one row: its figures are the three rows' together, kept as 3.其他.
  const single = readings.find((reading) => reading.row === SINGLE_OTHER_HANDLING);
  if (single) {
    const parts = readings.filter(
      (reading) => reading.row.key.startsWith('other_handling.') && reading.row !== SINGLE_OTHER_HANDLING && reading.candidates.length > 0,
    );
    if (single.candidates.length > 0 && parts.length === 0) {
      single.row = OTHER_HANDLING_SPLIT[OTHER_HANDLING_SPLIT.length - 1];
      result.warnings.push({
        row: single.row.key,
        message: '（六）其他处理只印了一行，已记入“3.其他”；“逾期不补正”“逾期未缴费”两项报告未分列',
        line: single.line,
      });
    } else {
      readings.splice(readings.indexOf(single), 1);
    }
  }
  const split = holdsWhole ? readings.filter((reading) => OTHER_HANDLING_SPLIT.includes(reading.row)) : [];
  if (split.length > 0) {
    const whole = readings.find((reading) => reading.row.key === OTHER_HANDLING_LINK.rows[0]);
    const read = split.filter((reading) => reading.candidates.length === 1);
    if (whole && read.length > 0) {
      whole.failure = undefined;
      whole.candidates =
        read.length === OTHER_HANDLING_SPLIT.length
          ? [APPLICANT_COLUMNS.map((_, column) => sum(read.map((reading) => reading.candidates[0][column])))]
          : [];
      whole.blankColumns = [];
      result.warnings.push({
        row: whole.row.key,
        message:
          read.length === OTHER_HANDLING_SPLIT.length
            ? '（六）其他处理按2021年格式分三行印出，已合计为一行'
            : '（六）其他处理按2021年格式分三行印出，但未能全部读出，该行未读取',
        line: whole.line,
      });
    }
    for (const reading of split) readings.splice(readings.indexOf(reading), 1);
  }
  for (const reading of readings) {
    if (reading.row === SINGLE_OTHER_HANDLING) continue;
    if (reading.candidates.length === 1) {
      result.rows[reading.row.key] = reading.candidates[0];
      if (reading.note)
        result.warnings.push({
          row: reading.row.key,
          message: `“${reading.row.label}”一行${reading.note}，请核对原文`,
          line: reading.line,
        });
      for (const column of reading.blankColumns) result.blanks.push(`${table}.${reading.row.key}.${reading.row.columns[column].key}`);
      continue;
    }
    if (reading.candidates.length > 1) {
      const examples = reading.candidates
        .slice(0, 2)
        .map((values) => values.join(' '))
        .join('”或“');
      result.warnings.push({
        row: reading.row.key,
        message: `“${reading.row.label}”一行的连写数字 ${reading.digits} 有多种拆法（如“${examples}”），无法确定，未读取该行，请核对原文`,
        line: reading.line,
      });
      continue;
    }
    if (reading.failure) {
      result.warnings.push({
        row: reading.row.key,
        message: `无法读取“${reading.row.label}”一行的数字 ${reading.digits}：${reading.failure}，未读取该行，请核对原文`,
        line: reading.line,
      });
    }
  }
  return result;
}

/** Spaces where cells stood: a run of two or more, or a line of nothing but spaces. */
const BLANK_CELLS_SPACED = /[ \t\u00a0\u3000]{2,}|\n[ \t\u00a0\u3000]+(?=\n)/;

/**
 * Rows of table 三 printed with no number after their label that may be rows of blanks (0 in every cell, for the column
 * rules to confirm): a row with numbers follows in the table, or the page goes on after it (not cut there), and the page shows blank cells
 * or rows carrying their own numbers: spaces where the row's cells stood (a run of spaces, a line of spaces), or most rows
 * with numbers starting them on their label's own line (a flattened web table). Labels standing together before their
 * numbers (a PDF table's column of labels) show neither, and stay unread.
 */
function markBlankRows(
  regions: Region[],
  spans: Array<{ tokens: Token[] }>,
  byRegion: Array<RowReading | undefined>,
  copy: string,
  endsDocument: boolean,
): void {
  let withNumbers = 0;
  let inline = 0;
  for (const [index, region] of regions.entries()) {
    if (spans[index].tokens.length === 0) continue;
    withNumbers += 1;
    const span = copy.slice(region.from, region.to);
    const first = span.search(new RegExp(`[\\d${BLANK_CELL}]`));
    if (first >= 0 && !span.slice(0, first).includes('\n')) inline += 1;
  }
  // A table with no number at all is the wholly blank table's case (readTable's own, with the page's sentences weighed).
  if (withNumbers === 0) return;
  const rowsInline = withNumbers >= 3 && inline >= 0.8 * withNumbers;
  // The table's last row where the page goes on after the table.
  let later = !endsDocument;
  for (let index = regions.length - 1; index >= 0; index -= 1) {
    const reading = byRegion[index];
    if (spans[index].tokens.length > 0) {
      later = true;
      continue;
    }
    if (!later || !reading || reading.candidates.length > 0 || reading.failure) continue;
    const region = regions[index];
    if (rowsInline || BLANK_CELLS_SPACED.test(copy.slice(region.from, region.to))) reading.blankRow = true;
  }
}

/** The most combinations of ambiguous rows the column rules are tried on. */
const COMBINATION_BUDGET = 20_000;

/**
 * Settle table 三's ambiguous rows with rules 1–2 of FORMAT.md, per column: received +
 * carried over = handled + carried forward, and the handling rows add up to （七）总计. A
 * combination is accepted only when exactly one satisfies every rule instance it touches.
 */
function settleByColumnRules(layout: Layout, table: TableKey, readings: RowReading[]): void {
  const rules = layout.rules.filter((rule) => rule.kind === 'column-balance' && rule.table === table);
  if (rules.length === 0) return;
  const open = readings.filter((reading) => reading.candidates.length > 1);
  if (open.length === 0) return;
  const combinations = open.reduce((count, reading) => count * reading.candidates.length, 1);
  if (combinations > COMBINATION_BUDGET) return;
  const value = (rows: Map<string, number[]>, key: string, column: number) => rows.get(key)?.[column];
  const openKeys = new Set(open.map((reading) => reading.row.key));
  // Only the columns the candidates disagree on: a source's own error elsewhere must not veto every combination.
  const varying = APPLICANT_COLUMNS.map((_, column) =>
    open.some((reading) => reading.candidates.some((values) => values[column] !== reading.candidates[0][column])),
  );
  // A rule instance none of whose rows is open, or with a cell missing, says nothing about the choice.
  const holds = (rows: Map<string, number[]>) =>
    APPLICANT_COLUMNS.every(
      (_, column) =>
        !varying[column] ||
        rules.every((rule) => {
          if (rule.kind !== 'column-balance') return true;
          const keys = [...rule.left, ...rule.right];
          if (!keys.some((key) => openKeys.has(key))) return true;
          const left = rule.left.map((key) => value(rows, key, column));
          const right = rule.right.map((key) => value(rows, key, column));
          if ([...left, ...right].some((item) => item === undefined)) return true;
          return near(sum(left as number[]), sum(right as number[]));
        }),
    );
  const fixed = new Map<string, number[]>();
  for (const reading of readings) if (reading.candidates.length === 1) fixed.set(reading.row.key, reading.candidates[0]);
  const solutions: number[][][] = [];
  const chosen: number[][] = [];
  const walk = (position: number) => {
    if (solutions.length > 1) return;
    if (position === open.length) {
      const rows = new Map(fixed);
      open.forEach((reading, index) => rows.set(reading.row.key, chosen[index]));
      if (holds(rows)) solutions.push([...chosen]);
      return;
    }
    for (const candidate of open[position].candidates) {
      chosen.push(candidate);
      walk(position + 1);
      chosen.pop();
    }
  };
  walk(0);
  if (solutions.length === 1) open.forEach((reading, index) => (reading.candidates = [solutions[0][index]]));
}

/** Whether `values`, written out, are exactly the printed digit runs `texts`, each run a whole number of cells. */
function isCutOf(texts: string[], values: number[]): boolean {
  let position = 0;
  for (const text of texts) {
    let written = '';
    while (written.length < text.length && position < values.length) written += String(values[position++]);
    if (written !== text) return false;
  }
  return position === values.length;
}

/**
 * A table 三 row whose glued digits no cut makes add up (its own 总计 misprinted, 191000019) and that can be cut
 * several ways: the row a column rule gives from the rows already read (the handling rows added up column by
 * column for （七）总计; 新收 + 结转 − 结转下年 for 新收), accepted only when that row, written out, is exactly the
 * printed digits and no other rule gives another such row. The broken sum stays for the consistency rules.
 */
function settleBrokenRowsByColumnRules(layout: Layout, table: TableKey, readings: RowReading[]): void {
  const rules = layout.rules.filter((rule) => rule.kind === 'column-balance' && rule.table === table);
  const broken = readings.filter((reading) => reading.candidates.length === 0 && reading.failure && /^[\d ]+$/.test(reading.digits));
  if (rules.length === 0 || broken.length === 0) return;
  const read = new Map<string, number[]>();
  for (const reading of readings) if (reading.candidates.length === 1) read.set(reading.row.key, reading.candidates[0]);
  for (const reading of broken) {
    const texts = reading.digits.split(' ');
    const found = new Map<string, number[]>();
    for (const rule of rules) {
      if (rule.kind !== 'column-balance') continue;
      const own = rule.left.includes(reading.row.key) ? rule.left : rule.right;
      const other = own === rule.left ? rule.right : rule.left;
      if (own.filter((key) => key === reading.row.key).length !== 1 || other.includes(reading.row.key)) continue;
      const rows = [...own, ...other].filter((key) => key !== reading.row.key).map((key) => read.get(key));
      if (rows.some((row) => row === undefined)) continue;
      const values = reading.row.columns.map(
        (_, column) =>
          sum(other.map((key) => read.get(key)![column])) -
          sum(own.filter((key) => key !== reading.row.key).map((key) => read.get(key)![column])),
      );
      if (values.every((value) => value >= 0 && Number.isInteger(value)) && isCutOf(texts, values)) found.set(values.join(), values);
    }
    if (found.size !== 1) continue;
    reading.candidates = [[...found.values()][0]];
    reading.note = `的连写数字 ${reading.digits} 没有一种拆法能使总计等于各列之和，按表中其他行逐列推得的拆法读取（原文该行总计与各列之和不符）`;
    reading.failure = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The layout.

/**
 * Decide the layout from table 二's column headers (2019: 本年新制作数量 / 本年新公开数量 /
 * 对外公开总数量; 2021: 本年制发件数 / 本年废止件数 / 现行有效件数); without headers, from the
 * report `year` where only one layout existed, else from the notice the report cites (〔2019〕60号
 * or 〔2021〕30号). One row of table 三 does not decide it:
 * some 2021 reports print （六）其他处理 as a single row.
 */
export function detectFormat(proactiveText: string, applicationsText = '', wholeText = '', year?: number): ReportFormat {
  const squeezedOf = (text: string) => matchingCopy(text).replace(/[\s\p{P}\p{S}]/gu, '');
  const proactive = squeezedOf(proactiveText);
  const byHeaders = LAYOUTS.filter((layout) => layout.detect.headers.test(proactive));
  if (byHeaders.length === 1) return byHeaders[0].id;
  // Without table 二's headers the year decides where only one layout was in use.
  if (year !== undefined) {
    const inUse = LAYOUTS.filter(({ detect: { onlyFor } }) => (onlyFor.from ?? year) <= year && year <= (onlyFor.to ?? year));
    if (inUse.length === 1) return inUse[0].id;
  }
  const whole = squeezedOf(wholeText || `${proactiveText}\n${applicationsText}`);
  const byNotice = LAYOUTS.filter((layout) => layout.detect.notice.test(whole));
  if (byNotice.length === 1) return byNotice[0].id;
  return LAYOUTS[0].id;
}
