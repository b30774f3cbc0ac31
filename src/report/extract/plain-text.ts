/**
 * Telling HTML, Markdown and plain text apart once bytes are decoded, and bringing Markdown
 * tables into the tab-separated rows the report parser reads.
 */
import { htmlToText } from './html-to-text.js';
import { BLANK_CELL } from '../model.js';

const htmlExtensions = new Set(['html', 'htm', 'shtml', 'xhtml', 'jsp', 'asp', 'aspx', 'php']);
const markdownExtensions = new Set(['md', 'markdown', 'mdown', 'mkd']);

/** Tags that, opening a file, make it an HTML page or fragment rather than text. */
const leadingHtmlTag =
  /^<(?:!doctype\s+html|html|head|body|meta|title|table|div|p|span|section|article|h[1-6]|center|font|style|script)[\s>/]/i;

/** True when the decoded text is an HTML page or fragment. */
export function looksLikeHtml(text: string, extension: string): boolean {
  const start = text.slice(0, 8192).replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*/, '');
  if (leadingHtmlTag.test(start)) return true;
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(start)) return true;
  return htmlExtensions.has(extension) && /<[a-z][a-z0-9]*[\s>/]/i.test(start);
}

/** True when the text uses Markdown headings, bold or tables (the sample reports do). */
export function looksLikeMarkdown(text: string, extension: string): boolean {
  if (markdownExtensions.has(extension)) return true;
  return /^#{1,6}[ \t]+\S/m.test(text) || /\*\*[^*\n]+\*\*/.test(text) || pipeTableSeparator.test(text);
}

const pipeTableSeparator = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;
const pipeRow = /^[ \t]*\|.*\|[ \t]*$/;

/**
 * Rewrites Markdown pipe tables and embedded HTML tables (PDF-to-Markdown converters emit
 * those) as tab-separated rows; everything else, headings and emphasis included, is kept.
 */
export function normaliseMarkdownTables(text: string): string {
  const withHtmlTables = text.replace(/<table[\s>][\s\S]*?<\/table>/gi, (table) => `\n${htmlToText(table).trimEnd()}\n`);
  const lines = withHtmlTables.split('\n');
  const output: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const isTableStart = pipeRow.test(lines[index]) && pipeTableSeparator.test(lines[index + 1] ?? '');
    if (!isTableStart) {
      output.push(lines[index]);
      continue;
    }
    // A header row that holds a number is a body row a crawler put first (| 一、本年新收… | 1259 | 36 |   | … |): its empty
    // cells are blanks too; a true header's are colspan fillers and go.
    const header = pipeCells(lines[index]);
    const isRow = header.some((cell) => /^\d+(?:\.\d+)?$/.test(cell));
    output.push(header.map((cell) => (isRow ? cell || BLANK_CELL : cell)).join('\t'));
    index++; // the separator row
    while (index + 1 < lines.length && pipeRow.test(lines[index + 1])) {
      index++;
      // A body row's empty cell is a blank the report left (a blank 总计): kept as one, so no figure moves into its place.
      output.push(
        pipeCells(lines[index])
          .map((cell) => cell || BLANK_CELL)
          .join('\t'),
      );
    }
  }
  // Runs of empty lines shrink to one, except between two lines that hold a number alone: a table printed a cell a line
  // shows its empty cells so (1, five empty lines, 1), and the table reader counts them (tables.ts, emptyLinesAsCells).
  return output.join('\n').replace(EMPTY_LINE_RUN, (run, numberBefore: string | undefined) => (numberBefore ? run : '\n\n'));
}

/** Three or more line ends in a row; group 1 set when lone numbers stand on the lines either side. */
const EMPTY_LINE_RUN = /(?:(?<=^[ \t]*\d+(?:\.\d+)?[ \t]*)(\n{3,})(?=[ \t]*\d+(?:\.\d+)?[ \t]*$)|\n{3,})/gm;

function pipeCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) =>
      cell
        .replace(/\\\|/g, '|')
        .replace(/<br\s*\/?>/gi, ' ')
        .trim(),
    );
}
