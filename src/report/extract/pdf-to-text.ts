/**
 * PDF text layer to report text. pdf.js gives positioned text fragments, not lines; tables in
 * exported reports are drawn cell by cell, so lines are rebuilt from geometry and wide gaps
 * between fragments become tabs (cell boundaries).
 */
import { getResolvedPDFJS } from 'unpdf';
import { GongkaiError } from '../../core/errors.js';
import { BLANK_CELL } from '../model.js';
import { gridRowsOf, type RuledTable, type RulingLine, ruledTables, rulingLines, slotAt } from './pdf-rules.js';
import { gridTableLines } from './table-grid.js';

/** One text fragment in PDF user space (y grows upwards), as pdf.js reports it. */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in user space; the unit for every tolerance below. */
  size: number;
}

/** A gap wider than this many font sizes separates table cells rather than words. */
const cellGapInFontSizes = 1;
/** Baselines closer than this many font sizes belong to the same line. */
const sameLineInFontSizes = 0.4;

type PdfJs = Awaited<ReturnType<typeof getResolvedPDFJS>>;
let pdfJsPromise: Promise<PdfJs> | undefined;

/** The text of a PDF and the pages whose tables were read by column position. */
export interface PdfText {
  text: string;
  /** Pages (1-based) where a ruled table was read cell by cell because the line reading lost or moved figures. */
  gridPages: number[];
}

/**
 * Extracts the text of every page of a PDF, one rebuilt line per text line, pages joined by
 * newlines. A ruled table whose line reading would lose a blank cell or move a figure is read
 * by its cells instead (see {@link pageLines}).
 */
export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const { getDocument, OPS } = await loadPdfJs();
  // pdf.js may take ownership of the buffer it is given, so it gets a copy.
  const loadingTask = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: true,
    verbosity: 0,
  });
  let document: Awaited<typeof loadingTask.promise>;
  try {
    document = await loadingTask.promise;
  } catch (error) {
    await loadingTask.destroy().catch(() => undefined);
    throw unreadablePdf(error);
  }
  try {
    const pages: string[] = [];
    const gridPages: number[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const fragments: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [scaleX, skewY, skewX, scaleY, x, y] = item.transform as number[];
        // Rotated fragments are stamps and watermarks ("内部资料") laid across the page.
        if (Math.abs(skewY) > 0.01 * Math.abs(scaleX) || Math.abs(skewX) > 0.01 * Math.abs(scaleY)) continue;
        fragments.push({ text: item.str, x, y, width: item.width, size: Math.abs(scaleY) || item.height });
      }
      // Ruling lines matter only on a page with table rows (a figure standing alone); a page of
      // prose or pictures skips the operator list, which is the costly part (it decodes images).
      const byLines = pageLines(fragments, []);
      const hasTableRows = byLines.lines.some((line) => figuresOf(line).length > 0);
      const read = hasTableRows ? pageLines(fragments, rulingLines(await page.getOperatorList(), OPS)) : byLines;
      if (read.gridTables > 0) gridPages.push(pageNumber);
      pages.push(read.lines.join('\n'));
      page.cleanup();
    }
    const text = pages.filter((page) => page !== '').join('\n');
    return { text: text === '' ? '' : `${text}\n`, gridPages };
  } finally {
    await document.destroy();
  }
}

/**
 * Rebuilds the lines of one page from positioned fragments: group by baseline, order by x,
 * join with a tab across a wide gap, and drop a lone page number at the top or bottom.
 */
export function linesFromFragments(fragments: PositionedText[]): string[] {
  return pageLines(fragments, []).lines;
}

/** A rebuilt line of a page, or a row of a table read by its cells. */
interface PageItem {
  y: number;
  size: number;
  text: string;
  /** A lone number can be a page number only when it is a line of its own. */
  alone: boolean;
}

/**
 * The lines of one page. Text outside ruled tables is read line by line. A ruled table is read
 * line by line too, unless that reading breaks the table's rule of one row per line and one
 * figure per column: a blank cell would vanish (the figures after it shift left), or a label
 * wrapped in its cell would stand on other lines than its figures. Then the table is read cell
 * by cell: each figure is placed by its position between the drawn column lines, as
 * table-grid.ts reads an HTML table.
 */
export function pageLines(fragments: PositionedText[], rules: RulingLine[]): { lines: string[]; gridTables: number } {
  const visible = dropOverprints(
    fragments.map((fragment) => ({ ...fragment, text: repairRadicals(fragment.text.trim()) })).filter((fragment) => fragment.text !== ''),
  );
  const tables = rules.length > 0 ? ruledTables(rules) : [];
  const inTable = tables.map(() => [] as Array<{ fragment: PositionedText; cell: number }>);
  const outside: PositionedText[] = [];
  for (const fragment of visible) {
    // The middle of the glyphs, a little above the baseline, decides the cell.
    const x = fragment.x + fragment.width / 2;
    const y = fragment.y + 0.3 * fragment.size;
    const index = tables.findIndex((table) => slotAt(table, x, y) !== undefined);
    if (index < 0) {
      outside.push(fragment);
      continue;
    }
    const slot = slotAt(tables[index], x, y)!;
    inTable[index].push({ fragment, cell: tables[index].cellOfSlot[slot.row][slot.column] });
  }

  const items: PageItem[] = groupIntoLines(outside).map((line) => lineItem(line));
  let gridTables = 0;
  tables.forEach((table, index) => {
    const placed = inTable[index];
    if (placed.length === 0) return;
    const byLine = groupIntoLines(placed.map(({ fragment }) => fragment)).map((line) => lineItem(line));
    const byCell = cellReading(table, placed);
    if (
      lineReadingHolds(
        byLine.map((item) => item.text),
        byCell.lines,
        byCell.texts,
      )
    ) {
      items.push(...byLine);
      return;
    }
    gridTables++;
    // Rows keep their order just below the table's top edge.
    byCell.lines.forEach((text, row) => items.push({ y: table.rows[0] - row * 1e-3, size: 0, text, alone: false }));
  });
  items.sort((first, second) => second.y - first.y);
  return { lines: removePageFurniture(items), gridTables };
}

function lineItem(line: Line): PageItem {
  return { y: line.y, size: line.size, text: joinLine(line.fragments), alone: line.fragments.length === 1 };
}

/** The table's rows through the grid reader (and each cell's text); a cell's lines are joined as one field. */
function cellReading(table: RuledTable, placed: Array<{ fragment: PositionedText; cell: number }>): { lines: string[]; texts: string[] } {
  const texts = table.cells.map((_, number) => {
    const lines = groupIntoLines(placed.filter((item) => item.cell === number).map((item) => item.fragment));
    return lines
      .map((line) => joinLine(line.fragments).replace(/\t/g, ' '))
      .reduce((joined, next) => {
        if (joined === '') return next;
        // A label wrapped inside its cell continues without a space in Chinese.
        return isCjk(joined.at(-1) ?? '') || isCjk(next[0]) ? joined + next : `${joined} ${next}`;
      }, '');
  });
  return { lines: gridTableLines(gridRowsOf(table, texts)), texts };
}

const figureToken = /^(?:[-+−－]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-—–/／－―]+)$/;
const figuresOf = (text: string) => text.split(/[\t ]+/).filter((token) => token === BLANK_CELL || figureToken.test(token));

/**
 * The line reading is kept when every row with figures reads the same as the cell reading (same
 * label, same figures, no blank cell), or when the cell reading is no table at all (a box drawn
 * round a paragraph: no figures, or one "cell" holding many).
 */
function lineReadingHolds(lineTexts: string[], cellLines: string[], cellTexts: string[]): boolean {
  if (!cellLines.some((line) => figuresOf(line).length > 0)) return true;
  if (cellTexts.some((text) => figuresOf(text).length > 1)) return true;
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const rows = (texts: string[]) => texts.filter((text) => figuresOf(text).length > 0).map(squeeze);
  const byCell = rows(cellLines);
  const byLine = rows(lineTexts);
  return byLine.length === byCell.length && byLine.every((row, index) => row === byCell[index]);
}

interface Line {
  y: number;
  size: number;
  fragments: PositionedText[];
}

function groupIntoLines(fragments: PositionedText[]): Line[] {
  const byBaseline = [...fragments].sort((first, second) => second.y - first.y || first.x - second.x);
  const lines: Line[] = [];
  for (const fragment of byBaseline) {
    const current = lines[lines.length - 1];
    const tolerance = sameLineInFontSizes * Math.min(current?.size ?? fragment.size, fragment.size || 1);
    if (current && Math.abs(current.y - fragment.y) <= Math.max(tolerance, 1)) {
      current.fragments.push(fragment);
    } else {
      lines.push({ y: fragment.y, size: fragment.size, fragments: [fragment] });
    }
  }
  for (const line of lines) line.fragments.sort((first, second) => first.x - second.x);
  return lines;
}

function joinLine(fragments: PositionedText[]): string {
  let text = '';
  let previous: PositionedText | undefined;
  for (const fragment of fragments) {
    if (previous) {
      const gap = fragment.x - (previous.x + previous.width);
      const size = Math.min(previous.size, fragment.size) || 1;
      if (gap > cellGapInFontSizes * size) text += '\t';
      // Chinese has no spaces between words; Latin words and numbers do.
      else if (gap > 0.15 * size && !isCjk(text.at(-1) ?? '') && !isCjk(fragment.text[0])) text += ' ';
    }
    text += fragment.text;
    previous = fragment;
  }
  return text;
}

/** Fake bold is the same text drawn twice a hair apart; keep one copy. */
function dropOverprints(fragments: PositionedText[]): PositionedText[] {
  const kept: PositionedText[] = [];
  for (const fragment of fragments) {
    const duplicate = kept.some(
      (other) =>
        other.text === fragment.text &&
        Math.abs(other.x - fragment.x) < 0.2 * fragment.size &&
        Math.abs(other.y - fragment.y) < 0.2 * fragment.size,
    );
    if (!duplicate) kept.push(fragment);
  }
  return kept;
}

/** Page numbers as Chinese documents print them: "- 1 -", "—1—", "第 1 页", "第1页 共3页", "1/3". */
const pageNumberPattern = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/**
 * Only the first or last line of a page can be furniture. A bare number is removed only when it
 * is the last line, alone, and set apart from the text, because a table row can end in a number.
 */
function removePageFurniture(items: PageItem[]): string[] {
  const remove = new Set<number>();
  const lastIndex = items.length - 1;
  for (const index of new Set([0, lastIndex])) {
    if (index < 0 || index > lastIndex) continue;
    if (pageNumberPattern.test(items[index].text)) remove.add(index);
  }
  if (lastIndex > 0 && /^\d{1,4}$/.test(items[lastIndex].text) && items[lastIndex].alone) {
    const gapAbove = items[lastIndex - 1].y - items[lastIndex].y;
    if (gapAbove > 2.5 * items[lastIndex].size) remove.add(lastIndex);
  }
  return items.map((item) => item.text).filter((_, index) => !remove.has(index));
}

const kangxiOrCompatibility = /[\u2f00-\u2fd5\uf900-\ufaff]/g;

/**
 * PDFs saved by some office suites map common characters to Kangxi radicals or compatibility
 * ideographs (⽇ U+2F47 for 日), which would defeat every label match; NFKC maps them back.
 */
function repairRadicals(text: string): string {
  return text.replace(kangxiOrCompatibility, (character) => character.normalize('NFKC'));
}

function isCjk(character: string): boolean {
  return /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(character);
}

function unreadablePdf(error: unknown): GongkaiError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new GongkaiError(
      'NOT_A_REPORT',
      'PDF 文件已加密，无法读取 / PDF is password-protected',
      'PDF 文件有密码保护，请上传未加密的版本。',
      { cause: error },
    );
  }
  return new GongkaiError(
    'NOT_A_REPORT',
    'PDF 文件已损坏或无法解析 / PDF is damaged or cannot be parsed',
    'PDF 文件无法打开，可能已损坏，请重新导出后再试。',
    { cause: error },
  );
}

/**
 * Resolves unpdf's pdf.js once (its serverless bundle, or whatever `definePDFJSModule` set).
 * pdf.js prints "Please use the legacy build in Node.js" while the bundle loads; that bundle
 * is built by unpdf for Node, so the one line is filtered out instead of cluttering CLI runs.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfJsPromise ??= (async () => {
    installPromiseWithResolvers();
    const originalLog = console.log;
    console.log = (...values: unknown[]) => {
      if (typeof values[0] === 'string' && values[0].includes('Please use the `legacy` build')) return;
      originalLog(...values);
    };
    try {
      return await getResolvedPDFJS();
    } finally {
      console.log = originalLog;
    }
  })();
  return pdfJsPromise;
}

/**
 * pdf.js 5 calls Promise.withResolvers, which Node adds only in 22. unpdf's bundle polyfills
 * it too; this guard keeps us safe should the bundle ever stop doing so.
 */
function installPromiseWithResolvers(): void {
  const promiseConstructor = Promise as unknown as { withResolvers?: unknown };
  if (typeof promiseConstructor.withResolvers === 'function') return;
  promiseConstructor.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((resolvePromise, rejectPromise) => {
      resolve = resolvePromise;
      reject = rejectPromise;
    });
    return { promise, resolve, reject };
  };
}
