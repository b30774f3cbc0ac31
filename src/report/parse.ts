/**
 * The report parser: the text of an annual report (from a TXT, Markdown, HTML, PDF or DOCX
 * file) in, the report model out. It reads the layout, not five known files: sections are
 * found by their headings, table rows by the catalogue's labels, identity from the title and
 * the statistics period.
 */
import { GongkaiError } from '../core/errors.js';
import { APPLICANT_COLUMNS, handlingRows, type ReportFormat, rowsOf, SECTIONS, type SectionKey, type TableKey } from './catalogue.js';
import type { ParseWarning, Report, Violation } from './model.js';
import { joinBrokenLines, normalizeText, parseChineseNumber, squeeze, stripMarkdown } from './normalize.js';
import { extractContacts, extractProseFigures } from './prose.js';
import { checkRules } from './rules.js';
import { readTable, type TableResult } from './tables.js';

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

const YEAR = '((?:19|20)\\d{2}|[二〇零一二三四五六七八九]{4})';

function toYear(text: string): number {
  return parseChineseNumber(text.replace(/\s+/g, ''));
}

/** Agency names end with one of these. */
const AGENCY_END = /(局|委员会|委|办公室|办|厅|院|中心|人民政府|政府|部|署|会|所|站|队|馆|处|街道办事处|管委会|管理委员会|公司|集团)$/;

/** Web-page chrome and title prefixes that are not part of the agency name. */
function cleanAgency(text: string): string {
  let name = text.replace(/\s+/g, '');
  // Breadcrumbs: 首页>政务公开>年度报告>…
  const crumbs = name.split(/[>›»＞→]/);
  name = crumbs[crumbs.length - 1];
  name = name.replace(/^(关于|《|〈|【[^】]*】)/, '').replace(/[《〈“"]/g, '');
  name = name.replace(/^(当前位置|您的位置|位置)[:：]/, '');
  return name;
}

/** Agency and year from the title (and the statistics period, which wins on the year). */
function findIdentity(lines: string[], headEnd: number): { agency?: string; year?: number; title?: string; titleYear?: number; statsYear?: number } {
  const head = lines.slice(0, Math.max(headEnd, Math.min(lines.length, 40)));
  let agency: string | undefined;
  let titleYear: number | undefined;
  let title: string | undefined;
  const titlePattern = new RegExp(`^(.*?)${YEAR}\\s*年\\s*(?:度)?\\s*(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?报告`);
  for (let index = 0; index < head.length && !agency; index += 1) {
    const line = head[index].replace(/\s+/g, '');
    const match = titlePattern.exec(line);
    if (!match) continue;
    let before = cleanAgency(match[1]);
    if (!before) {
      // The agency on the line before the year (海原县科学技术局 / 2024年…年度报告).
      for (let back = index - 1; back >= 0; back -= 1) {
        const previous = cleanAgency(head[back]);
        if (!previous) continue;
        before = previous;
        break;
      }
    }
    if (before && AGENCY_END.test(before) && before.length <= 40) {
      agency = before;
      titleYear = toYear(match[2]);
      title = `${agency}${titleYear}年政府信息公开工作年度报告`;
    }
  }
  // The statistics period: 本报告统计数据从2024年1月1日至12月31日 / 统计期限为2024年1月1日至2024年12月31日.
  const joined = lines.slice(0, Math.min(lines.length, 80)).join('').replace(/\s+/g, '');
  const stats = new RegExp(`(?:统计(?:数据|期限|时间|期间)?(?:为|从|自)?)${YEAR}年1月1日(?:起)?(?:至|到|-|—|~)`).exec(joined);
  const statsYear = stats ? toYear(stats[1]) : undefined;
  if (!agency) {
    // A title inside the first paragraph: 现发布《XX局2024年政府信息公开工作年度报告》.
    const quoted = new RegExp(`《([^《》]{2,40}?)${YEAR}年(?:度)?政府信息公开工作年度报告》`).exec(joined);
    if (quoted && AGENCY_END.test(cleanAgency(quoted[1]))) {
      agency = cleanAgency(quoted[1]);
      titleYear = toYear(quoted[2]);
    }
  }
  return { agency, year: statsYear ?? titleYear, title, titleYear, statsYear };
}

/** Resolve ambiguous glued digits in table 三 with the column rules. */
function resolveWithColumnRules(format: ReportFormat, result: TableResult): void {
  const keys = Object.keys(result.ambiguous);
  if (keys.length === 0) return;
  const combos = keys.reduce((count, key) => count * result.ambiguous[key].length, 1);
  if (combos > 20000) return;
  const handling = handlingRows(format).map((row) => row.key);
  const holds = (rows: Record<string, number[]>) =>
    APPLICANT_COLUMNS.every((_, column) => {
      const value = (key: string) => rows[key]?.[column];
      const handled = value('handled_total');
      const first = [value('received'), value('carried_over'), handled, value('carried_forward')];
      const rule1 = first.some((v) => v === undefined) || first[0]! + first[1]! === first[2]! + first[3]!;
      const parts = handling.map(value);
      const rule2 = handled === undefined || parts.some((v) => v === undefined) || parts.reduce((a, b) => a! + b!, 0) === handled;
      return rule1 && rule2;
    });
  const solutions: Array<Record<string, number[]>> = [];
  const walk = (position: number, rows: Record<string, number[]>) => {
    if (solutions.length > 1) return;
    if (position === keys.length) {
      if (holds(rows)) solutions.push({ ...rows });
      return;
    }
    for (const candidate of result.ambiguous[keys[position]]) walk(position + 1, { ...rows, [keys[position]]: candidate });
  };
  walk(0, result.rows);
  if (solutions.length === 1) {
    Object.assign(result.rows, solutions[0]);
    result.ambiguous = {};
  }
}

function sectionText(lines: string[], span: SectionSpan): string {
  return lines.slice(span.start, span.end).join('\n').trim();
}

/** Decide the layout: the 2019 trial has 本年新制作数量 columns and one 其他处理 row. */
function detectFormat(proactiveText: string, applicationsText: string): ReportFormat {
  const proactive = squeeze(proactiveText);
  const applications = squeeze(applicationsText);
  if (/本年新制作数量|本年新公开数量|对外公开总数量|政府集中采购/.test(proactive)) return '2019';
  if (/其他处理/.test(applications) && !/不补正|缴纳费用/.test(applications)) return '2019';
  return '2021';
}

/**
 * Parse the text of one report. Throws GongkaiError('NOT_A_REPORT') when the text is not an
 * annual disclosure report or names no agency and year.
 */
export function parseReport(rawText: string): ParsedReport {
  const text = stripMarkdown(normalizeText(rawText));
  const lines = text.split('\n');
  const { spans, firstHeading } = findSections(lines);
  const identity = findIdentity(lines, firstHeading);
  const squeezedAll = squeeze(text);
  const looksLikeReport = /政府信息公开|政务公开/.test(squeezedAll) && (spans.length >= 2 || /年度报告/.test(squeezedAll));
  if (!looksLikeReport) {
    throw new GongkaiError('NOT_A_REPORT', '不是政府信息公开工作年度报告：找不到年度报告标题和“一、总体情况”等章节 (not an annual disclosure report: no title and no sections found)');
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
  const sections: Record<string, string> = {};
  const tableSpan: Partial<Record<SectionKey, SectionSpan>> = {};
  for (const span of spans) {
    const body = sectionText(lines, span);
    tableSpan[span.key] = span;
    sections[span.key] = span.key === 'proactive' || span.key === 'applications' || span.key === 'appeals' ? body : joinBrokenLines(body);
  }
  const format = detectFormat(sections.proactive ?? '', sections.applications ?? '');
  const tables: Record<TableKey, TableResult> = {
    proactive: { rows: {}, warnings: [], ambiguous: {} },
    applications: { rows: {}, warnings: [], ambiguous: {} },
    appeals: { rows: {}, warnings: [], ambiguous: {} },
  };
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const span = tableSpan[table];
    if (!span) continue;
    tables[table] = readTable(table, format, lines.slice(span.start, span.end).join('\n'), span.start + 1);
  }
  resolveWithColumnRules(format, tables.applications);
  for (const table of Object.values(tables)) {
    warnings.push(...table.warnings);
    for (const key of Object.keys(table.ambiguous)) {
      warnings.push({ row: key, message: `“${key}”一行的连写数字有多种拆法，已按第一种读取，请核对原文` });
    }
  }
  const missing: string[] = [];
  for (const section of SECTIONS) {
    if (!(section.key in sections)) missing.push(section.key);
  }
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    if (!(table in sections)) continue;
    const rows = rowsOf(table, format);
    const absent = rows.filter((row) => !(row.key in tables[table].rows));
    if (absent.length === rows.length) missing.push(`${table}.table`);
    else missing.push(...absent.map((row) => `${table}.${row.key}`));
  }
  const proseFigures = (['overview', 'problems', 'other'] as const).flatMap((key) => (sections[key] ? extractProseFigures(sections[key], key) : []));
  // The preamble before 一、 often states the contacts too.
  const contacts = extractContacts(text);
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
    warnings,
  };
  return { report, violations: checkRules(format, report.applications, report.appeals) };
}
