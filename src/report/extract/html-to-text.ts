/**
 * HTML to the plain text the report parser reads: one block per line, one table row per line
 * with cells joined by tabs. Used for government web pages and for DOCX (through mammoth's HTML).
 */
import { parse, NodeType, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { gridTableLines } from './table-grid.js';

/** Elements whose content is never report text. */
const skippedTags = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'nav',
  'aside',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'canvas',
  'map',
  'audio',
  'video',
  'img',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'colgroup',
  'col',
]);

/** Elements that start and end a line. Table parts are handled on their own. */
const blockTags = new Set([
  'html',
  'body',
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'menu',
  'legend',
]);

/**
 * Class or id tokens of page chrome in common government CMS templates (breadcrumbs, share
 * bars). "position"/"dqwz"(当前位置)/"weizhi"(位置) are how those templates name breadcrumbs.
 */
const chromeToken =
  /^(?:.*[_-])?(?:breadcrumbs?|crumbs?|bread(?:nav)?|mianbao(?:xie)?|dqwz|curpos|current-?position|position|location|weizhi|share|bdshare|fenxiang|skip-?link)(?:[_-].*)?$/i;

/** Breadcrumb text as government sites write it: "当前位置：首页 > 政务公开 > …". */
const breadcrumbText = /^(?:当前位置|您的位置|您现在的位置|您当前的位置|当前所在位置|所在位置|现在位置)\s*[:：]/;

/** Chrome is small; a match on a large element is more likely a wrapper around the article. */
const chromeMaximumLength = 300;

const cjk = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const cjkLineBreak = new RegExp(`([${cjk}])[ \\t\\r\\n\\f]*\\n[ \\t\\r\\n\\f]*(?=[${cjk}])`, 'g');

/** Converts an HTML document or fragment to report text (lines; table rows as tab-separated cells). */
export function htmlToText(html: string): string {
  // The parser keeps declarations as text; they are never content.
  const markup = html.replace(/<!doctype[^>]*>|<\?xml[^>]*\?>/gi, '');
  const root = parse(markup, {
    lowerCaseTagName: true,
    comment: false,
    // Raw-text elements: their content must not be parsed as markup ("<" in scripts).
    blockTextElements: { script: true, noscript: true, style: true, textarea: true },
  });
  const writer = new LineWriter();
  walkChildren(root, writer, { preformatted: false });
  let text = tidyLines(writer.toString());

  // Many pages put the report's title only in <title> ("…年度报告_某某县人民政府").
  const title = documentTitle(root);
  if (title && !squeeze(text).includes(squeeze(title))) text = `${title}\n${text}`;
  return text;
}

interface WalkContext {
  preformatted: boolean;
}

/** Accumulates text; block boundaries become single line breaks, so empty blocks leave no trace. */
class LineWriter {
  private output = '';

  constructor(private readonly inCell = false) {}

  text(value: string): void {
    // Whitespace between blocks would otherwise open an extra, space-only line.
    this.output += this.output === '' || this.output.endsWith('\n') ? value.replace(/^ +/, '') : value;
  }

  /** A `<br>`: always a new line, so `<br><br>` leaves a blank line as the page shows. */
  lineBreak(): void {
    this.output += this.inCell ? ' ' : '\n';
  }

  blockBoundary(): void {
    if (this.inCell) {
      this.output += ' ';
      return;
    }
    this.output = this.output.replace(/ +$/, '');
    if (this.output !== '' && !this.output.endsWith('\n')) this.output += '\n';
  }

  /** A finished table row; it bypasses whitespace handling so its tabs survive. */
  row(cells: string[]): void {
    this.blockBoundary();
    this.output += `${cells.join('\t')}\n`;
  }

  toString(): string {
    return this.output;
  }
}

function walkChildren(element: HTMLElement, writer: LineWriter, context: WalkContext): void {
  for (const child of element.childNodes) walk(child, writer, context);
}

function walk(node: Node, writer: LineWriter, context: WalkContext): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    writer.text(renderText((node as TextNode).text, context));
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = tagOf(element);

  if (tag === 'br') {
    writer.lineBreak();
    return;
  }
  if (skippedTags.has(tag) || isHidden(element) || isPageChrome(element, tag)) return;

  if (tag === 'table' && isDataTable(element)) {
    writer.blockBoundary();
    renderDataTable(element, writer, context);
    writer.blockBoundary();
    return;
  }

  const block = blockTags.has(tag);
  if (block) writer.blockBoundary();
  walkChildren(element, writer, tag === 'pre' ? { ...context, preformatted: true } : context);
  if (block) writer.blockBoundary();
}

function renderText(raw: string, context: WalkContext): string {
  if (context.preformatted) return raw;
  // A source line break between two Chinese characters is not a space (CSS Text 3 segment breaks).
  return raw.replace(cjkLineBreak, '$1').replace(/[ \t\r\n\f]+/g, ' ');
}

function tagOf(element: HTMLElement): string {
  return (element.rawTagName ?? '').toLowerCase();
}

function isHidden(element: HTMLElement): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isPageChrome(element: HTMLElement, tag: string): boolean {
  // <header>/<footer> of the page are chrome; inside an article they hold its title or date.
  if ((tag === 'header' || tag === 'footer') && !hasAncestor(element, ['article', 'main'])) return true;

  const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  const chromeByName = tokens.some((token) => chromeToken.test(token));
  // Reading the whole text of every block would be quadratic; the first words decide first.
  const chromeByText = !chromeByName && blockTags.has(tag) && breadcrumbText.test(firstText(element));
  if (!chromeByName && !chromeByText) return false;
  return element.textContent.replace(/\s+/g, ' ').trim().length <= chromeMaximumLength;
}

/** The first non-blank text inside an element, up to the first block boundary or so. */
function firstText(element: HTMLElement): string {
  let collected = '';
  const visit = (node: Node): boolean => {
    if (node.nodeType === NodeType.TEXT_NODE) collected += (node as TextNode).text;
    else if (node.nodeType === NodeType.ELEMENT_NODE && !skippedTags.has(tagOf(node as HTMLElement))) {
      for (const child of node.childNodes) if (visit(child)) return true;
    }
    return collected.trim().length >= 12;
  };
  visit(element);
  return collected.replace(/\s+/g, ' ').trim();
}

function hasAncestor(element: HTMLElement, tags: string[]): boolean {
  for (let parent = element.parentNode; parent; parent = parent.parentNode) {
    if (tags.includes(tagOf(parent))) return true;
  }
  return false;
}

/**
 * Government pages still lay out whole pages with tables. A table holding other tables, rows
 * of one cell only, or a cell holding a whole article is layout: its cells become blocks.
 */
function isDataTable(table: HTMLElement): boolean {
  if (table.querySelector('table')) return false;
  const cells = rowsOf(table).map(cellsOf);
  if (!cells.some((rowCells) => rowCells.length > 1)) return false;
  return !cells.flat().some(holdsArticle);
}

/** Report table cells hold a label or a number, at most a sentence or two; never headings. */
function holdsArticle(cell: HTMLElement): boolean {
  if (cell.querySelector('h1, h2, h3, h4, h5, h6')) return true;
  if (cell.textContent.replace(/\s+/g, '').length > 300) return true;
  const paragraphs = cell.querySelectorAll('p, div, li').filter((block) => block.textContent.trim() !== '');
  return paragraphs.length >= 3;
}

/** Rows of this table, looking through thead/tbody/tfoot. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const collect = (element: HTMLElement): void => {
    for (const child of element.childNodes) {
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const childElement = child as HTMLElement;
      const tag = tagOf(childElement);
      if (isHidden(childElement)) continue;
      if (tag === 'tr') rows.push(childElement);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') collect(childElement);
    }
  };
  collect(table);
  return rows;
}

function cellsOf(row: HTMLElement): HTMLElement[] {
  return row.childNodes.filter(
    (child): child is HTMLElement => child.nodeType === NodeType.ELEMENT_NODE && ['td', 'th'].includes(tagOf(child as HTMLElement)),
  );
}

/**
 * The table read as a grid (see table-grid.ts): a cell's column is its position under the
 * header, honouring rowspan and colspan, and an empty cell among the figures is written as
 * BLANK_CELL, so a blank never shifts the figures after it into the wrong column.
 */
function renderDataTable(table: HTMLElement, writer: LineWriter, context: WalkContext): void {
  // A caption (or stray markup between rows) is ordinary text before the rows.
  for (const child of table.childNodes) {
    if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
    const element = child as HTMLElement;
    if (!['tr', 'thead', 'tbody', 'tfoot'].includes(tagOf(element)) && !isHidden(element)) walk(element, writer, context);
  }
  const rows = rowsOf(table).map((row) =>
    cellsOf(row).map((cell) => ({
      text: renderCell(cell),
      rowSpan: spanAttribute(cell, 'rowspan'),
      columnSpan: spanAttribute(cell, 'colspan'),
    })),
  );
  for (const line of gridTableLines(rows)) writer.row([line]);
}

function spanAttribute(cell: HTMLElement, name: 'rowspan' | 'colspan'): number {
  const value = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/** A cell is one field: its line breaks and paragraphs become spaces. */
function renderCell(cell: HTMLElement): string {
  const writer = new LineWriter(true);
  walkChildren(cell, writer, { preformatted: false });
  return writer
    .toString()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[ \u3000]+|[ \u3000]+$/g, '');
}

/** Line-level clean-up shared by every HTML-derived text: spaces, chrome lines, blank runs. */
function tidyLines(text: string): string {
  const lines = text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, ''))
    .map((line) => (isChromeLine(line) ? '' : line));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '')}\n`.replace(/^\n$/, '');
}

/** Print/close buttons and font-size switches, written as text rather than marked-up chrome. */
function isChromeLine(line: string): boolean {
  if (/^(?:[【[]\s*(?:打印|打印本页|打印此页|关闭|关闭窗口|关闭本页|返回顶部|收藏|分享|大|中|小)\s*[】\]]\s*)+$/.test(line)) return true;
  if (/^(?:字号|字体)\s*[:：]?\s*(?:[【[]?\s*[大中小]\s*[】\]]?\s*){2,3}$/.test(line)) return true;
  if (/^分享到\s*[:：]?$/.test(line)) return true;
  return /^扫一扫在手机上?打开当前页$/.test(line);
}

function documentTitle(root: HTMLElement): string | undefined {
  const title = root.querySelector('title')?.text.replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  // Keep the longest part of "报告标题_站点名" / "报告标题 - 站点名".
  const parts = title.split(/\s*(?:[_|｜]|\s[-–—]\s|——)\s*/).filter(Boolean);
  return parts.sort((first, second) => second.length - first.length)[0];
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
