/**
 * Quick mode: a clerk types or pastes figures at any time. "行政许可 6", "新收申请 自然人3
 * 商业企业1", "行政复议 维持1 总计1", "主动公开 共67条", a pasted table row (label and seven
 * numbers), a whole pasted table, or a text section ("总体情况：…"). Rows are found through the
 * field catalogue's labels, match fragments and synonyms; columns through its column synonyms.
 */
import { cleanRowLabel } from '../report/labels.js';
import { CURRENT_LAYOUT, type RowDef, SECTIONS, type TableKey } from '../report/catalogue.js';
import { normalizeText, squeeze, stripMarkdown } from '../report/normalize.js';
import { readTable } from '../report/tables.js';
import { TEXT_SECTIONS } from '../store/draft-store.js';
import { rowTitle, type TextSectionKey } from './form.js';
import { assignValues, type CellValue, exampleFor, type FieldResult, scanValues } from './values.js';

/** Rows a clerk may name: the standard layout's, and the proactive-disclosure count. */
const ENTRY_ROWS: readonly RowDef[] = CURRENT_LAYOUT.entryRows;

/** Every phrase that names a row, squeezed, longest first. */
const PHRASES: ReadonlyArray<{ phrase: string; row: RowDef }> = ENTRY_ROWS.flatMap((row) => {
  const phrases = new Set(
    [cleanRowLabel(row.label), row.label, ...row.match, ...row.synonyms].map(squeeze).filter((phrase) => phrase.length >= 2),
  );
  return [...phrases].map((phrase) => ({ phrase, row }));
}).sort((a, b) => b.phrase.length - a.phrase.length);

/** Figures read from a message, ready to be saved. */
export interface EntryInput {
  rows: Array<{ row: RowDef; cells: CellValue[]; named: boolean }>;
  /** Things read with doubt or left out (unknown table lines). */
  warnings: string[];
  source: 'quick' | 'table';
}

interface RowMatch {
  row: RowDef;
  start: number;
  end: number;
  length: number;
}

/** The text with punctuation and spaces squeezed out, and where each kept character was. */
function squeezeWithPositions(text: string, from: number): { squeezed: string; positions: number[] } {
  let squeezed = '';
  const positions: number[] = [];
  for (let index = from; index < text.length; index += 1) {
    const char = text[index];
    if (/[\s\p{P}\p{S}]/u.test(char)) continue;
    squeezed += char;
    positions.push(index);
  }
  return { squeezed, positions };
}

/** What may stand before a row label: a numbering like 一、 （三） 1. or a group heading, never a figure. */
function prefixAllowed(before: string, anchored: boolean): boolean {
  if (anchored) return /^[\s、,，;；]*$/.test(before);
  const withoutNumbering = before.replace(/(?:\d{1,2}\s*[.、．]|[）)]\s*\d{1,2})\s*$/, '');
  return !/\d/.test(withoutNumbering) && squeeze(before).length <= 24;
}

/**
 * The row named at `from`: the longest phrase of any row that starts within the label zone
 * (anchored: right at `from`), then the earliest.
 */
export function findRowAt(text: string, from = 0, anchored = false): RowMatch | undefined {
  const { squeezed, positions } = squeezeWithPositions(text, from);
  let best: RowMatch | undefined;
  for (const { phrase, row } of PHRASES) {
    if (best && phrase.length < best.length) break;
    const at = squeezed.indexOf(phrase);
    if (at < 0) continue;
    const start = positions[at];
    if (!prefixAllowed(text.slice(from, start), anchored)) continue;
    const end = positions[at + phrase.length - 1] + 1;
    if (!best || start < best.start) best = { row, start, end, length: phrase.length };
  }
  return best;
}

/**
 * One line of quick entry: one or more rows, each a label and its numbers. Undefined when no
 * row label starts the line (not an entry at all); a reason when a label was found but the
 * rest was not understood.
 */
export function parseQuickLine(rawText: string): FieldResult<EntryInput> | undefined {
  const text = normalizeText(rawText)
    .trim()
    .replace(/[。.！!]+$/, '');
  const rows: EntryInput['rows'] = [];
  let position = 0;
  while (position < text.length) {
    if (/^[\s、,，;；]*$/.test(text.slice(position))) break;
    const found = findRowAt(text, position, rows.length > 0);
    if (!found) {
      if (rows.length === 0) return undefined;
      return { ok: false, reason: `没看懂“${text.slice(position).trim().slice(0, 20)}”。例如“行政许可 6 行政处罚 0”` };
    }
    const scanned = scanValues(found.row, text, found.end, (at) => findRowAt(text, at, true) !== undefined);
    // A label word with no figure at all (a table's header line, a question) is not an entry.
    if (rows.length === 0 && scanned.items.length === 0) return undefined;
    if (scanned.error) return { ok: false, reason: `${scanned.error}。“${rowTitle(found.row)}”可以这样写：${exampleFor(found.row)}` };
    const assigned = assignValues(found.row, scanned.items);
    if (!assigned.ok) return assigned;
    if (rows.some((known) => known.row.key === found.row.key))
      return { ok: false, reason: `“${rowTitle(found.row)}”在一条消息里出现了两次` };
    rows.push(assigned.value);
    position = scanned.stop;
  }
  if (rows.length === 0) return undefined;
  return { ok: true, value: { rows, warnings: [], source: 'quick' } };
}

const TABLE_SECTIONS = SECTIONS.filter(
  (section) => section.key === 'proactive' || section.key === 'applications' || section.key === 'appeals',
);

/** Split pasted text at the table headings (二、主动公开… 三、收到和处理… 四、…行政复议…), if it has them. */
function tableRegions(lines: string[]): Array<{ table: TableKey; text: string }> | undefined {
  const headings: Array<{ table: TableKey; line: number }> = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed.length > 40 || /\d/.test(trimmed)) return;
    const numbered = /^([二三四])\s*[、.．]\s*(.*)$/.exec(trimmed);
    if (!numbered) return;
    const section = TABLE_SECTIONS.find(
      (candidate) => candidate.number === numbered[1] && candidate.match.some((word) => squeeze(numbered[2]).includes(squeeze(word))),
    );
    if (section) headings.push({ table: section.key as TableKey, line: index });
  });
  if (headings.length === 0) return undefined;
  return headings.map((heading, index) => ({
    table: heading.table,
    text: lines.slice(heading.line + 1, headings[index + 1]?.line ?? lines.length).join('\n'),
  }));
}

/**
 * A pasted table (or several lines of quick entry): each line read as quick entry when every
 * line with figures reads that way; otherwise the report parser's table reader, matching
 * rows by label in printed order (tab or space separated, labels broken over lines).
 * Undefined when the text does not look like a table.
 */
export function parsePastedTable(rawText: string): FieldResult<EntryInput> | undefined {
  const text = stripMarkdown(normalizeText(rawText));
  const lines = text.split('\n');
  const withFigures = lines.filter((line) => /\d/.test(line));
  if (lines.filter((line) => line.trim()).length < 2 || withFigures.length === 0) return undefined;
  // Prose with figures in it is a section text, not a table.
  if ((text.match(/。/g) ?? []).length > 2) return undefined;

  const byLine: EntryInput['rows'] = [];
  let linesRead = true;
  for (const line of lines) {
    if (!line.trim()) continue;
    const parsed = parseQuickLine(line);
    if (parsed?.ok) {
      for (const row of parsed.value.rows) {
        const index = byLine.findIndex((known) => known.row.key === row.row.key);
        if (index >= 0) byLine[index] = row;
        else byLine.push(row);
      }
    } else if (/\d/.test(line)) {
      linesRead = false;
      break;
    }
  }
  if (linesRead && byLine.length > 0) return { ok: true, value: { rows: byLine, warnings: [], source: 'table' } };

  const regions = tableRegions(lines) ?? (['proactive', 'applications', 'appeals'] as const).map((table) => ({ table, text }));
  const results = regions
    .map((region) => ({ table: region.table, result: readTable(region.table, CURRENT_LAYOUT.id, region.text) }))
    .sort((a, b) => Object.keys(b.result.rows).length - Object.keys(a.result.rows).length);
  // Without headings a table's labels may echo in another's (其他结果 in table 四 is not 三（六）3 其他).
  const accepted = results.filter(
    (item, index) => Object.keys(item.result.rows).length > 0 && (index === 0 || Object.keys(item.result.rows).length >= 2),
  );
  if (accepted.length === 0)
    return {
      ok: false,
      reason: '没能从粘贴的内容里认出表格的行。请连同行名一起粘贴，例如“一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1”，一行一条。',
    };
  const rows: EntryInput['rows'] = [];
  const warnings: string[] = [];
  for (const { table, result } of accepted) {
    for (const row of CURRENT_LAYOUT.rowsOf(table)) {
      const values = result.rows[row.key];
      if (!values) continue;
      rows.push({ row, named: false, cells: row.columns.map((column, index) => ({ column, value: values[index] })) });
    }
    warnings.push(...result.warnings.map((warning) => warning.message));
  }
  return { ok: true, value: { rows, warnings, source: 'table' } };
}

const SECTION_HEADINGS = TEXT_SECTIONS.map((key) => {
  const section = SECTIONS.find((candidate) => candidate.key === key)!;
  const words = [section.title, ...section.match].sort((a, b) => b.length - a.length);
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    key,
    pattern: new RegExp(
      `^\\s*(?:${section.number}\\s*[、.．]\\s*|[（(]${section.number}[)）]\\s*)?(?:${escaped})\\s*(?:[:：]|\\n)\\s*([\\s\\S]+)$`,
    ),
  };
});

/** A text section given with its heading: "总体情况：…", "五、存在的主要问题及改进情况\n…". */
export function parseSectionText(rawText: string): { section: TextSectionKey; text: string } | undefined {
  // The text is kept as typed: folding full-width punctuation would change the prose.
  const text = rawText
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .trim();
  for (const heading of SECTION_HEADINGS) {
    const match = heading.pattern.exec(text);
    if (match?.[1].trim()) return { section: heading.key, text: match[1].trim() };
  }
  return undefined;
}
