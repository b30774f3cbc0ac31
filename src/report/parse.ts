/**
 * The report parser: the text of an annual report (from a TXT, Markdown, HTML, PDF or DOCX
 * file) in, the report model out. It reads the layout, not five known files: sections are
 * found by their headings, table rows by the catalogue's labels, identity from the title and
 * the statistics period.
 */
import { GongkaiError } from '../core/errors.js';
import { type ReportFormat, rowByKey, rowsOf, SECTIONS, type SectionKey, type TableKey } from './catalogue.js';
import type { ParseWarning, Report, Violation } from './model.js';
import { cleanDisplayText, isPageNumberLine, joinBrokenLines, normalizeText, parseChineseNumber, squeeze, stripMarkdown } from './normalize.js';
import { extractContacts, extractProseFigures } from './prose.js';
import { checkRules } from './rules.js';
import { detectFormat, readTable, type TableResult } from './tables.js';

export interface ParsedReport {
  report: Report;
  violations: Violation[];
}

interface SectionSpan {
  key: SectionKey;
  /** Index of the first line after the heading. */
  start: number;
  end: number;
}

const HEADING = /^([一二三四五六])\s*[、.,，]\s*(.*)$/;

/** Find the six section headings, in order. */
function findSections(lines: string[]): { spans: SectionSpan[]; firstHeading: number } {
  const found: Array<{ key: SectionKey; line: number; order: number }> = [];
  let order = -1;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index].trim();
    if (line.length === 0 || line.length > 60) continue;
    const numbered = HEADING.exec(line);
    const squeezed = squeeze(line);
    for (let candidate = order + 1; candidate < SECTIONS.length; candidate += 1) {
      const section = SECTIONS[candidate];
      let text = numbered ? squeeze(numbered[2]) : '';
      // A heading broken over two lines: try with the next non-empty line.
      if (numbered && !/[\d\t]/.test(line) && !section.match.some((word) => text.includes(squeeze(word)))) {
        const following = lines.slice(index + 1, index + 4).find((next) => next.trim().length > 0);
        if (following && following.trim().length < 30 && !HEADING.test(following.trim()) && !/\d/.test(following)) text += squeeze(following);
      }
      const byNumber = numbered && numbered[1] === section.number && section.match.some((word) => text.includes(squeeze(word)));
      const byTitle = squeezed === squeeze(section.title) || squeezed === squeeze(`${section.number}${section.title}`);
      // A later section's heading may stand before an earlier one is found (a missing section).
      const skipped = numbered && numbered[1] !== section.number && section.match.slice(0, 2).some((word) => text.startsWith(squeeze(word)));
      if (byNumber || byTitle || skipped) {
        found.push({ key: section.key, line: index, order: candidate });
        order = candidate;
        break;
      }
      // Never let a table row like 一、本年新收… jump over an expected section.
      if (numbered) break;
    }
  }
  const spans = found.map((item, position) => ({
    key: item.key,
    start: item.line + 1,
    end: position + 1 < found.length ? found[position + 1].line : lines.length,
  }));
  return { spans, firstHeading: found.length > 0 ? found[0].line : lines.length };
}

const YEAR = '((?:19|20)\\d{2}|[二〇○零一三四五六七八九]{4})';

/** A report year, or undefined for anything outside 2000–2100 (the model's range; 一三四五 is no year). */
function toYear(text: string): number | undefined {
  const year = parseChineseNumber(text.replace(/\s+/g, ''));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined;
}

/** Agency names end with one of these. */
const AGENCY_END = /(局|委员会|委|办公室|办|厅|院|中心|人民政府|政府|部|署|会|所|站|队|馆|处|街道办事处|管委会|管理委员会|公司|集团|关|台|镇|乡|街道|县|市|区|旗)$/;

/** The end of a report title: 政府信息公开工作年度报告, 政务公开工作的年度报告 … */
const TITLE_TAIL = /(?:政府信息公开|政务公开|信息公开)(?:工作)?的?(?:年度)?(?:工作)?报告/;

/** Web-page chrome and title prefixes that are not part of the agency name. */
function cleanAgency(text: string): string {
  let name = text.replace(/\s+/g, '');
  // Breadcrumbs: 首页>政务公开>年度报告>…
  const crumbs = name.split(/[>›»＞→]/);
  name = crumbs[crumbs.length - 1];
  name = name.replace(/^(当前位置|您的位置|位置|标题|题目)[:：]/, '');
  name = name.replace(/^(关于|【[^】]*】)/, '').replace(/[《〈“"”》〉#*]/g, '');
  name = name.replace(/(关于|的)$/, '');
  return name;
}

/** A plausible agency name: short, no sentence punctuation, ends like an agency. */
function isAgency(name: string): boolean {
  return name.length >= 3 && name.length <= 40 && AGENCY_END.test(name) && !/[,，。；;:：!！?？、]/.test(name) && !/^(我|本|全|各|该)/.test(name) && !/\d/.test(name);
}

/** Take the year (2024年, 2024年度, （2024年）) out of a piece of the title. */
function takeYear(text: string): { rest: string; year?: number } {
  const pattern = new RegExp(`[(（]?${YEAR}\\s*年\\s*度?[)）]?`);
  const match = pattern.exec(text);
  if (!match) return { rest: text };
  return { rest: text.slice(0, match.index) + text.slice(match.index + match[0].length), year: toYear(match[1]) };
}

interface Identity {
  agency?: string;
  year?: number;
  title?: string;
  titleYear?: number;
  statsYear?: number;
}

/**
 * Agency and year from the title (and the statistics period, which wins on the year). The
 * title may be one line, or the agency and the year on lines of their own above it (海原县科学
 * 技术局 / 2024年…年度报告), the year before or after the agency, or no year at all.
 */
function findIdentity(lines: string[], headEnd: number): Identity {
  const head = lines.slice(0, Math.max(headEnd, Math.min(lines.length, 40)));
  let agency: string | undefined;
  let titleYear: number | undefined;
  /** Whether the agency came from a title line (not from a title quoted in the prose). */
  let titleFound = false;
  for (let index = 0; index < head.length && !agency; index += 1) {
    const line = head[index].replace(/\s+/g, '');
    if (line.length > 90) continue;
    const tail = TITLE_TAIL.exec(line);
    if (!tail) continue;
    const before = takeYear(line.slice(0, tail.index));
    let year = before.year ?? takeYear(line.slice(tail.index + tail[0].length)).year;
    let name = cleanAgency(before.rest);
    // The agency (and the year) on the lines above: 海原县科学技术局 / 2024年度 / 政府信息公开工作年度报告.
    for (let back = index - 1, seen = 0; !isAgency(name) && back >= 0 && seen < 3; back -= 1) {
      const previous = head[back].replace(/\s+/g, '');
      if (!previous) continue;
      seen += 1;
      const part = takeYear(previous);
      year ??= part.year;
      name = cleanAgency(part.rest);
    }
    // Or standing alone on the line below the title.
    if (!isAgency(name)) {
      const following = head.slice(index + 1, index + 4).map((next) => next.replace(/\s+/g, '')).find((next) => next.length > 0);
      if (following && following.length <= 30) name = cleanAgency(following);
    }
    if (isAgency(name)) {
      agency = name;
      titleYear = year;
      titleFound = true;
    }
  }
  // The statistics period: 本报告统计数据从2024年1月1日至12月31日 / 统计期限为2024年1月1日至2024年12月31日.
  const joined = lines.slice(0, Math.max(headEnd + 30, Math.min(lines.length, 120))).join('').replace(/\s+/g, '');
  const stats =
    new RegExp(`统计(?:数据|期限|时限|时间|期间|周期|区间)?(?:的)?(?:为|从|自|是|:)?${YEAR}年0?1月0?1日(?:起)?(?:至|到|-|—|–|~|～)`).exec(joined) ??
    new RegExp(`统计(?:期限|时限|时间|期间|周期|区间)(?:为|是|:)?${YEAR}年(?:度|全年|1月至12月)`).exec(joined);
  const statsYear = stats ? toYear(stats[1]) : undefined;
  if (!agency) {
    // A title inside the first paragraph: 现发布《XX局2024年政府信息公开工作年度报告》.
    const quoted = /《([^《》]{2,50}?)》/g;
    for (const match of joined.matchAll(quoted)) {
      const tail = TITLE_TAIL.exec(match[1]);
      if (!tail || tail.index + tail[0].length !== match[1].length) continue;
      const part = takeYear(match[1].slice(0, tail.index));
      const name = cleanAgency(part.rest);
      if (isAgency(name)) {
        agency = name;
        titleYear = part.year;
        break;
      }
    }
  }
  const year = statsYear ?? titleYear;
  const title = titleFound && agency ? `${agency}${year ? `${year}年` : ''}政府信息公开工作年度报告` : undefined;
  return { agency, year, title, titleYear, statsYear };
}

function sectionText(lines: string[], span: SectionSpan): string {
  return lines.slice(span.start, span.end).join('\n').trim();
}

/**
 * Parse the text of one report. Throws GongkaiError('NOT_A_REPORT') when the text is not an
 * annual disclosure report or names no agency and year.
 */
export function parseReport(rawText: string): ParsedReport {
  const text = stripMarkdown(normalizeText(rawText));
  if (text.trim().length === 0) {
    throw new GongkaiError('NOT_A_REPORT', '文本为空，不是政府信息公开工作年度报告 (empty text: not an annual disclosure report)');
  }
  // Page footers (— 7 —, 第3页 共6页) left by PDF extraction would read as table cells; blank them, keeping line numbers.
  const lines = text.split('\n').map((line) => (isPageNumberLine(line) ? '' : line));
  const { spans, firstHeading } = findSections(lines);
  const identity = findIdentity(lines, firstHeading);
  const squeezedAll = squeeze(text);
  // A report has its headings; a news item or a notice that only names a report does not.
  const looksLikeReport = /政府信息公开|政务公开/.test(squeezedAll) && (spans.length >= 2 || (spans.length === 1 && identity.title !== undefined));
  if (!looksLikeReport) {
    const found = spans.length === 0 ? '一个也没有找到' : `只找到“${spans.map((span) => span.key).join('、')}”`;
    throw new GongkaiError(
      'NOT_A_REPORT',
      `不是政府信息公开工作年度报告：年度报告应有“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”等章节，${found} (not an annual disclosure report: the section headings are missing)`,
    );
  }
  if (!identity.agency) {
    throw new GongkaiError('NOT_A_REPORT', '找不到报告的机关名称：标题应为“XX局2024年政府信息公开工作年度报告” (no agency name in the title)');
  }
  if (!identity.year) {
    throw new GongkaiError('NOT_A_REPORT', '找不到报告年度：标题或统计期限中应有年份 (no report year in the title or statistics period)');
  }
  const warnings: ParseWarning[] = [];
  if (identity.titleYear && identity.statsYear && identity.titleYear !== identity.statsYear) {
    warnings.push({ message: `标题年度（${identity.titleYear}）与统计期限（${identity.statsYear}）不一致，按统计期限取${identity.statsYear}年` });
  }
  // Section texts are kept as printed (，。： not ,.:): the same lines without NFKC, when they line up.
  const display = stripMarkdown(cleanDisplayText(rawText)).split('\n').map((line) => (isPageNumberLine(line) ? '' : line));
  const shownLines = display.length === lines.length ? display : lines;
  const sections: Record<string, string> = {};
  const tableSpan: Partial<Record<SectionKey, SectionSpan>> = {};
  for (const span of spans) {
    const body = sectionText(shownLines, span);
    tableSpan[span.key] = span;
    sections[span.key] = span.key === 'proactive' || span.key === 'applications' || span.key === 'appeals' ? body : joinBrokenLines(body);
  }
  const format = detectFormat(sections.proactive ?? '', sections.applications ?? '', text);
  const tables: Record<TableKey, TableResult> = {
    proactive: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
    applications: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
    appeals: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
  };
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const span = tableSpan[table];
    if (!span) continue;
    tables[table] = readTable(table, format, lines.slice(span.start, span.end).join('\n'), span.start + 1);
  }
  for (const table of Object.values(tables)) {
    warnings.push(...table.warnings);
    for (const key of Object.keys(table.ambiguous)) {
      const label = rowByKey(key, format)?.label ?? key;
      warnings.push({ row: key, message: `“${label}”一行的连写数字有多种拆法，已按第一种读取（${table.rows[key].join(' ')}），请核对原文` });
    }
  }
  const missing: string[] = [];
  for (const section of SECTIONS) {
    if (!(section.key in sections)) missing.push(section.key);
  }
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    // A missing section takes its table with it.
    if (!(table in sections)) {
      missing.push(`${table}.table`);
      continue;
    }
    const rows = rowsOf(table, format);
    const absent = rows.filter((row) => !(row.key in tables[table].rows));
    if (absent.length === rows.length) missing.push(`${table}.table`);
    else missing.push(...absent.map((row) => `${table}.${row.key}`));
  }
  const proseFigures = (['overview', 'problems', 'other'] as const).flatMap((key) => (sections[key] ? extractProseFigures(sections[key], key) : []));
  // The preamble before 一、 often states the contacts too.
  const contacts = extractContacts(shownLines.join('\n'));
  const report: Report = {
    agency: identity.agency,
    year: identity.year,
    format,
    title: identity.title,
    sections,
    proactive: tables.proactive.rows,
    applications: tables.applications.rows,
    appeals: tables.appeals.rows,
    contacts,
    proseFigures,
    missing,
    blanks: Object.values(tables).flatMap((table) => table.blanks),
    warnings,
  };
  return { report, violations: checkRules(format, report.applications, report.appeals) };
}
