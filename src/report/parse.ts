/**
 * The report parser: the text of an annual report (from a TXT, Markdown, HTML, PDF or DOCX
 * file) in, the report model out. It reads the layout, not five known files: sections are
 * found by their headings, table rows by the catalogue's labels, identity from the title and
 * the statistics period.
 */
import { standardReportTitle } from './labels.js';
import { GongkaiError } from '../core/errors.js';
import { rowByKey, rowsOf, SECTIONS, type SectionKey, type TableKey } from './catalogue.js';
import type { ParseWarning, ProseFigure, Report, Violation } from './model.js';
import { agencyNameProblem, hasRegion } from './agency-names.js';
import { findIdentity, isAgencyName, speaksOnlyAs, withRegion } from './identity.js';
import {
  cleanDisplayText,
  isPageNumberLine,
  joinBrokenLines,
  mainlandWording,
  withoutPinyinGlosses,
  normalizeText,
  squeeze,
  stripMarkdown,
} from './normalize.js';
import { extractAllContacts, extractProseFigures } from './prose.js';
import { publicationDate } from './published.js';
import { checkRules } from './rules.js';
import { type LocatedText, locateSections } from './sections.js';
import { BLANK_CELL } from './blank-cell.js';
import { detectFormat, readTable, type TableResult } from './tables.js';
import { toSimplified } from '../text/script.js';

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

/** Spans of the sections whose headings were located, each up to the next heading. */
function sectionSpans(headings: LocatedText['headings'], lineCount: number): { spans: SectionSpan[]; firstHeading: number } {
  const spans = headings.map((item, position) => ({
    key: item.key,
    start: item.line + 1,
    end: position + 1 < headings.length ? headings[position + 1].line : lineCount,
  }));
  return { spans, firstHeading: headings.length > 0 ? headings[0].line : lineCount };
}

const SECTION_ORDER = SECTIONS.map((section) => section.key);
/** Words only table 三's rows print. */
const TABLE_THREE_ROW = /本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|结转下年度/;

/** The line that opens table 二 (第二十条第(一)项, 第二十条 第(一)项), squeezed. */
const TABLE_TWO_OPENING = /^第二十条第[(（]?一[)）]?项/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The words of a page's opening that state nothing of the year's work: the report's own frame (本报告根据《条例》编制,
 * 统计期限, 电子版下载, 如有疑问请联系…) and a web page's chrome (发布时间, 来源, 浏览次数, 索引号).
 */
const PREAMBLE_FRAME =
  /本(?:年度)?(?:报告|年报)|年度报告(?:根据|依据|由|是|全文)|该报告|全文|全报告|组成|个部分|部分组成|六部分|报告包括|以下简称|条例|统计期限|统计时限|统计时间|时间范围|核定时间|数据统计|统计数据|编制|特向社会|统计期间|统计时间|电子版|下载|疑问|联系|地址|电话|邮编|邮政编码|邮箱|网址|发布(?:时间|日期|机构)|来源|浏览|阅读|点击|索引号|文号|字号|打印|关闭|分享|收藏|主办|承办|版权|【|】/;

/** A statement of the year's work: a count (113条, 28期, 5篇) or a none said of it (未收取, 未发生, 没有收到). */
const PREAMBLE_FACT =
  /\d(?:[\d.,])*\s*(?:万|亿)?\s*[条件篇个次期项人名家场元%余]|[未沒没](?:有)?(?:收取|发生|發生|收到|出现|出現|产生|產生|制发|製發)/;

/**
 * The sentences of a page's summary printed before 一、总体情况 that state what the year held (2025年未收取信息处理费):
 * the importer kept no section for them, so what they say could not be asked. Only whole sentences (ending in 。) of
 * prose, none of them the report's frame or page chrome; the title and short lines are no sentences.
 */
export function preambleStatements(lines: readonly string[]): string {
  const sentences = lines
    .map((line) => line.trim())
    .filter((line) => line.includes('。'))
    .join('')
    .split(/(?<=。)/)
    .map((sentence) => sentence.trim());
  return sentences
    .filter(
      (sentence) =>
        sentence.endsWith('。') &&
        (sentence.match(/\p{Script=Han}/gu)?.length ?? 0) >= 15 &&
        PREAMBLE_FACT.test(sentence) &&
        !PREAMBLE_FRAME.test(toSimplified(sentence)),
    )
    .join('');
}
// (政府信息主动公开方面, 政府信息依申请公开: the words split by the kind of disclosure are its name too.)
const DISCLOSURE = /政府信息(?:主动|依申请)?公开|政务公开/;

/**
 * Whether the text speaks of 政府信息公开 or 政务公开, whatever spaces or marks stand inside the
 * words. Found as printed, it is there once squeezed too (squeezing only removes characters
 * around it): the whole text is squeezed (and simplified) only when it is not.
 */
function namesDisclosure(text: string, traditional: boolean): boolean {
  if (!traditional && DISCLOSURE.test(text)) return true;
  return DISCLOSURE.test(squeeze(traditional ? toSimplified(text) : text));
}

/**
 * The sub-headings section 一 of the 2021 layout has: (一)主动公开, (二)依申请公开, (三)政府信息管理, (四)平台建设, (五)监督保障;
 * numbered with digits too (1、主动公开情况, 2.依申请公开政府信息情况).
 */
const OVERVIEW_SUBHEADING =
  /^(?:[(（][一二三四五六][)）]|[1-6][、.．])\s*(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|(?:政务公开)?(?:政府信息公开)?平台建设|监督保障)/;

/**
 * A page cut inside section 一 (no title, only 一、总体情况): a report when that section carries at
 * least two of its standard sub-headings, which a news item or notice never has.
 */
function overviewOfAReport(lines: string[], first: SectionSpan | undefined, traditional: boolean): boolean {
  if (first?.key !== 'overview') return false;
  let found = 0;
  for (const line of lines.slice(first.start, Math.min(first.end, first.start + 80))) {
    const trimmed = line.trim();
    if (!/^[(（1-6]/.test(trimmed)) continue;
    if (OVERVIEW_SUBHEADING.test(traditional ? toSimplified(trimmed) : trimmed)) found += 1;
    if (found >= 2) return true;
  }
  return false;
}

/**
 * A page cut above section 一's heading, that opens at that section's first sub-heading ((一)主动公开政府信息的情况 on its first
 * line) and goes on through at least three of them ((二)依申请公开…, (三)政府信息管理…, (四)…平台建设…): a report's body with its
 * title, lead and 一、总体情况 cut off. A notice or a news item opens with its own title, never at (一)主动公开.
 */
function opensAtOverviewSubheadings(lines: string[], traditional: boolean): boolean {
  const heads = lines
    .slice(0, 80)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const simple = (line: string) => (traditional ? toSimplified(line) : line);
  if (heads.length === 0 || !/^(?:[(（]一[)）]|1[、.．])/.test(heads[0]) || !OVERVIEW_SUBHEADING.test(simple(heads[0]))) return false;
  return heads.filter((line) => /^[(（1-6]/.test(line) && OVERVIEW_SUBHEADING.test(simple(line))).length >= 3;
}

/** The topics of a report's section 一, however its paragraphs are numbered (一是…, (一)扎实做好…): 主动公开, 依申请公开, 信息管理, 平台, 监督保障. */
const OVERVIEW_TOPICS = [
  /主动公开/,
  /依申请公开|政府信息公开申请/,
  /(?:政府)?信息管理|统筹管理/,
  /平台建设|网站|政务新媒体|公众号|微博/,
  /监督保障/,
];

/** A title's metadata label with no value after it (标题:, 标　题：): a page's empty field, no title. */
const EMPTY_TITLE_LABEL = /^\s*(?:标|標)\s*(?:题|題)\s*[:：]?\s*$/;

/**
 * A page cut from its title, that begins at its first heading (一、总体情况 on its first line) and whose section 一 speaks of
 * the year's disclosure work in two of its topics (主动公开…120篇, 网站): a report's body, whatever its paragraphs'
 * numbering (一是…四是, (一)扎实做好网站维护管理). A notice or a news item opens with its own title, never at 一、总体情况.
 */
function opensAtOverview(lines: string[], first: SectionSpan | undefined, traditional: boolean): boolean {
  // The span starts below its heading: the lines before the heading's are the page's head.
  // (A title's metadata label left empty above it, 标题: with nothing after, holds no title: the page still opens at it.)
  if (first?.key !== 'overview' || lines.slice(0, first.start - 1).some((line) => line.trim() !== '' && !EMPTY_TITLE_LABEL.test(line)))
    return false;
  const body = lines.slice(first.start, Math.min(first.end, first.start + 80)).join('');
  const simple = squeeze(traditional ? toSimplified(body) : body);
  return OVERVIEW_TOPICS.filter((topic) => topic.test(simple)).length >= 2;
}

function sectionText(lines: string[], span: SectionSpan): string {
  return lines.slice(span.start, span.end).join('\n').trim();
}

/** What was read of a report whose agency could not be determined: everything but the agency. */
export type ReportPreview = Omit<Report, 'agency' | 'title'>;

/** A report refused because its agency cannot be determined (give it with --agency); carries what was read. */
export class AgencyUnknownError extends GongkaiError {
  constructor(
    readonly preview: ReportPreview,
    message: string,
  ) {
    super('NOT_A_REPORT', message);
  }
}

/**
 * A page with no name in its title or prose but its 来源: line (来源:武汉市发展和改革委员会字号:…, dropped as page chrome), taken
 * only when the report's own text names that body too (本报告电子版可从武汉市发展和改革委员会门户网站获取), or speaks of itself
 * only as that kind of body (信息来源:洪江市教育局, then 一、总体情况 … 2025年,我局认真落实…): either alone may be another's (a
 * mirror's source, a site hosting many bodies' reports, 来源:XX市人民政府 over a 局's report); the two agreeing name the publisher.
 */
function sourceLineAgency(raw: string, text: string, shortName?: string): string | undefined {
  const found = /来源\s*[:：]\s*(\p{Script=Han}{4,30}?)(?=字号|字体|发布|时间|浏览|点击|分享|作者|\s|\||$)/mu.exec(raw.slice(0, 600));
  if (!found) return undefined;
  const name = found[1];
  const simple = toSimplified(name);
  if (!isAgencyName(simple) || !hasRegion(simple)) return undefined;
  const simpleText = toSimplified(text);
  // A title's short name (市国资委2025年…报告) whose full name only the 来源: line writes (天津市人民政府国有资产监督管理委员会):
  // the same body, its region and kind written out.
  const fullOfShort = shortName !== undefined && withRegion(shortName, simple) === simple;
  return simpleText.includes(simple) || speaksOnlyAs(simpleText, simple) || fullOfShort ? name : undefined;
}

/**
 * The name the text gives, or the 来源: line's name when that is the same body with the places above it written before
 * (礼辛镇2025年…报告 over 来源: 甘谷县礼辛镇人民政府): the fuller name tells same-named towns of two counties apart.
 */
function withSourceLineRegion(raw: string, named: string | undefined): string | undefined {
  if (!named) return named;
  const found = /来源\s*[:：]\s*(\p{Script=Han}{4,30}?)(?=字号|字体|发布|时间|浏览|点击|分享|作者|\s|\||$)/mu.exec(raw.slice(0, 600));
  if (!found) return named;
  const source = toSimplified(found[1]);
  const own = toSimplified(named);
  // The title's 礼辛镇 is 礼辛镇人民政府 (its government's words, 人民政府 or 办事处, may follow on the 来源: line).
  const at = source.lastIndexOf(own);
  if (at <= 0 || !/^(?:人民政府|政府|办事处)?$/.test(source.slice(at + own.length)) || !isAgencyName(source)) return named;
  // Only places before it (甘谷县|礼辛镇人民政府), never another body's words (XX市教育局|…).
  return /^(?:\p{Script=Han}{1,12}?(?:省|自治区|市|区|县|旗|州|盟))+$/u.test(source.slice(0, at)) ? found[1] : named;
}

/** Values an operator gives for a report (`gongkai import --agency NAME --year N`): they win over the text. */
export interface ParseOptions {
  agency?: string;
  year?: number;
}

/** The regulation a university's report is compiled under, as its preamble cites it. */
const UNIVERSITY_RULES = /高等学校信息公开办法|高校信息公开(?:办法|事项清单)/;

/**
 * A university's own report: its preamble (the lines before section 一, at most its first 1,500 characters) cites
 * the 高等学校信息公开办法, it never calls itself a 政府信息公开 report there, and no heading names 政府. A 政府 report that names that rule (an education
 * bureau overseeing its schools) cites it in its body, after its own preamble on the 政府信息公开条例.
 */
function universityReport(lines: readonly string[], headings: LocatedText['headings'], firstHeading: number): boolean {
  const preamble = toSimplified(lines.slice(0, firstHeading).join('\n').slice(0, 1500));
  // A school's report in the 政府 layout (二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况) is read as any report.
  const governmentHeadings = headings.some((heading) => /政府/.test(toSimplified(lines[heading.line] ?? '')));
  return UNIVERSITY_RULES.test(preamble) && !/政府信息公开/.test(preamble) && !governmentHeadings;
}

/**
 * A page explaining a report rather than being it: its title line is an interpretation of a year's report (文字解读:济南市…
 * 2022年政府信息公开工作年度报告, 图解｜…2023年度报告, 《…2024年政府信息公开工作年度报告》解读). A link 年报图解 beside a
 * report's own title names no year's report, so is no such title.
 */
const INTERPRETATION_TITLE =
  /^(?:(?:文字|图文|图表|视频|动漫|政策)?解读|图解|一图(?:读懂|看懂|解读))\s*[:：丨|｜—-]?\s*《?[^《》]{0,60}(?:19|20)\d{2}[^《》]{0,40}(?:年度报告|年报)》?$|^(?:关于)?《?[^《》]{0,60}(?:19|20)\d{2}[^《》]{0,40}(?:年度报告|年报)》?\s*(?:的)?(?:(?:文字|图文|政策)?解读|[(（]?图解[)）]?)$/;

function interpretationPage(lines: readonly string[]): boolean {
  return lines
    .map((line) => toSimplified(line).replace(/\s+/g, ''))
    .filter((line) => line.length > 0)
    .slice(0, 4)
    .some((line) => INTERPRETATION_TITLE.test(line));
}

/**
 * Parse the text of one report. Throws GongkaiError('NOT_A_REPORT') when the text is not an
 * annual disclosure report, or its agency (with its region) or year cannot be determined. A
 * report cut off early is parsed with what it has; `missing` lists the rest.
 */
/** A sentence counting applications (收到政府信息公开申请12件, 办理依申请公开3件): a table of blank cells is then no row of blanks. */
const APPLICATIONS_COUNTED =
  /申请[^。；;\n]{0,16}?[1-9]\d*\s*(?:件|个|条|份)|(?:收到|受理|办理|答复)[^。；;\n]{0,6}?[1-9]\d*\s*(?:件|个|条|份)[^。；;\n]{0,6}申请/;

/**
 * Information items the agency produced, listed by how each is disclosed (主动公开政府信息125条、依申请公开176条、不予公开77条):
 * 依申请公开 there is an item's disclosure attribute, its count items (条), not applications received.
 */
const DISCLOSURE_ATTRIBUTE_LIST = /(主动公开[^。；;\n]{0,120}?\d+\s*条[)）]?\s*[、，,；;]\s*)依申请公开[^。；;\n\d]{0,6}\d+\s*条/g;

/** A Markdown table row (| … |) with an empty cell between two pipes. */
const MARKDOWN_EMPTY_CELL = /^[ \t]*\|.*\|[ \t\u00a0\u3000]*\|/m;

export function parseReport(printedText: string, options: ParseOptions = {}): ParsedReport {
  const rawText = withoutPinyinGlosses(mainlandWording(printedText));
  // A letter or digit anywhere means the text is not empty (normalising never removes one): the
  // whole text is normalised for this check only when it has none.
  if (!LETTER_OR_DIGIT.test(rawText) && normalizeText(rawText).trim().length === 0) {
    throw new GongkaiError('NOT_A_REPORT', '文本为空，不是政府信息公开工作年度报告 (empty text: not an annual disclosure report)');
  }
  // Headings inside long lines are cut onto lines of their own, page chrome removed; `origin` keeps the input's line numbers.
  const located = locateSections(rawText);
  const text = stripMarkdown(normalizeText(located.text));
  // Page footers (— 7 —, 第3页 共6页) left by PDF extraction would read as table cells; blank them, keeping line numbers.
  const lines = text.split('\n').map((line) => (isPageNumberLine(line) ? '' : line));
  const { spans, firstHeading } = sectionSpans(located.headings, lines.length);
  const identity = findIdentity(lines, firstHeading, located.traditional);
  // A university's report (高等学校信息公开办法, a school year's 概述, 主动公开情况…) has none of the 政府 tables the store
  // holds: refused as what it is, given --agency or not, rather than for a missing agency, region or heading.
  if (universityReport(lines, located.headings, firstHeading)) {
    throw new GongkaiError(
      'NOT_A_REPORT',
      "这是高等学校的信息公开年度报告（依《高等学校信息公开办法》编制），不是政府信息公开工作年度报告，不导入 (a university's report under the 高等学校信息公开办法, not a government annual disclosure report)",
    );
  }
  // A page interpreting a report (文字解读, 图解) restates some of it but is not it: refused as what it is, given --agency or not.
  if (interpretationPage(lines)) {
    throw new GongkaiError(
      'NOT_A_REPORT',
      '这是对年度报告的解读页面（文字解读、图解），不是政府信息公开工作年度报告本身，不导入 (an interpretation of an annual report, not the report)',
    );
  }
  // A report says so in its title or opening sentence, or has its headings; a news item or a notice that only names a report does neither.
  const looksLikeReport =
    namesDisclosure(text, located.traditional) &&
    (identity.titled ||
      identity.selfDescribed ||
      spans.length >= 2 ||
      overviewOfAReport(lines, spans[0], located.traditional) ||
      opensAtOverview(lines, spans[0], located.traditional) ||
      opensAtOverviewSubheadings(lines, located.traditional) ||
      // A page cut inside section 一 that states the report's statistics period (数据的统计期限为2021年1月1日至…): a
      // report's own words, which no news item has, even when a spam mirror has garbled its sub-headings.
      (spans[0]?.key === 'overview' && identity.statsYear !== undefined));
  if (!looksLikeReport) {
    const found = spans.length === 0 ? '一个也没有找到' : `只找到“${spans.map((span) => span.key).join('、')}”`;
    throw new GongkaiError(
      'NOT_A_REPORT',
      `不是政府信息公开工作年度报告：标题或开头应说明是“政府信息公开工作年度报告”，或应有“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”等章节，${found} (not an annual disclosure report: no report title and the section headings are missing)`,
    );
  }
  const agency =
    options.agency?.trim() || withSourceLineRegion(rawText, identity.agency) || sourceLineAgency(rawText, text, identity.shortName);
  // A name that could never be an agency's (a path, control characters) is refused for that, first.
  const nameProblem = agencyNameProblem(agency ?? identity.shortName ?? '');
  if ((agency || identity.shortName) && nameProblem) throw new GongkaiError('NOT_A_REPORT', nameProblem);
  const year = options.year ?? identity.year;
  if (!year) {
    throw new GongkaiError(
      'NOT_A_REPORT',
      '找不到报告年度：标题或统计期限中应有年份，或用 --year 指定 (no report year in the title or statistics period: give it with --year)',
    );
  }
  const warnings: ParseWarning[] = [];
  if (options.year === undefined && !identity.titleYear && identity.statsYear && identity.year !== identity.statsYear) {
    warnings.push({
      message: `统计期限（${identity.statsYear}年）与正文所说的年度（${identity.year}年）不一致，按正文取${identity.year}年`,
    });
  }
  if (options.year === undefined && identity.titleYear && identity.statsYear && identity.titleYear !== identity.statsYear) {
    warnings.push({
      message: `标题年度（${identity.titleYear}）与统计期限（${identity.statsYear}）不一致，按统计期限取${identity.statsYear}年`,
    });
  }
  // Section texts are kept as printed (，。： not ,.:): the same lines without NFKC, when they line up.
  const display = stripMarkdown(cleanDisplayText(located.text))
    .split('\n')
    .map((line) => (isPageNumberLine(line) ? '' : line));
  const shownLines = display.length === lines.length ? display : lines;
  const sections: Record<string, string> = {};
  const tableSpan: Partial<Record<SectionKey, SectionSpan>> = {};
  // A page that begins inside table 三 (a flipbook's later page, a copy cut at its start): its first
  // heading is 四 or later, and the rows before it are table 三's last ones.
  const opening = spans[0];
  if (
    opening &&
    firstHeading > 0 &&
    SECTION_ORDER.indexOf(opening.key) > SECTION_ORDER.indexOf('applications') &&
    TABLE_THREE_ROW.test(squeeze(toSimplified(lines.slice(0, firstHeading).join(''))))
  ) {
    spans.unshift({ key: 'applications', start: 0, end: firstHeading });
  }
  // Table 二 with no heading at all (现将我局…情况报告如下。 and at once 第二十条第(一)项, a page that printed the tables bare):
  // before any heading of section 二 or later, the lines from the line that opens table 二 to the first heading are section 二's.
  if (
    !spans.some((span) => span.key === 'proactive') &&
    (!opening || SECTION_ORDER.indexOf(opening.key) > SECTION_ORDER.indexOf('proactive'))
  ) {
    const opens = lines.slice(0, firstHeading).findIndex((line) => TABLE_TWO_OPENING.test(squeeze(toSimplified(line))));
    if (opens >= 0) {
      spans.unshift({ key: 'proactive', start: opens, end: firstHeading });
      // The lead before that table, with no heading of its own either, is the overview (公开信息77条, 收到1份申请), as a page
      // with no table read keeps its whole prose (below): its sentences are stored and can be asked.
      if (opens > 0 && !spans.some((span) => span.key === 'overview')) spans.unshift({ key: 'overview', start: 0, end: opens });
    }
  }
  // Table 二 crawled before its own heading (…第二十条第(一)项 |…行政事业性收费 |0 |, then 二、主动公开政府信息情况 and at
  // once 三、…): the heading stands over nothing, and the table closes the section before it. From the line that opens table
  // 二 (第二十条第(一)项) to that heading, the lines are section 二's.
  const proactiveAt = spans.findIndex((span) => span.key === 'proactive');
  if (proactiveAt > 0 && lines.slice(spans[proactiveAt].start, spans[proactiveAt].end).every((line) => line.trim() === '')) {
    const before = spans[proactiveAt - 1];
    let opens = -1;
    for (let index = before.start; index < before.end && opens < 0; index += 1)
      if (TABLE_TWO_OPENING.test(squeeze(toSimplified(lines[index])))) opens = index;
    if (opens > before.start) {
      spans[proactiveAt - 1] = { ...before, end: opens };
      spans[proactiveAt] = { key: 'proactive', start: opens, end: before.end };
    }
  }
  for (const span of spans) {
    const body = sectionText(shownLines, span);
    tableSpan[span.key] = span;
    sections[span.key] = span.key === 'proactive' || span.key === 'applications' || span.key === 'appeals' ? body : joinBrokenLines(body);
  }
  // A summary printed before 一、总体情况 (…,2025年未收取信息处理费。): its statements are the overview's first paragraph.
  if (spans[0]?.key === 'overview' && firstHeading > 0 && sections.overview !== undefined) {
    const summary = preambleStatements(shownLines.slice(0, firstHeading));
    if (summary) sections.overview = `${summary}\n${sections.overview}`;
  }
  // A report written under headings of its own (一、2020年政务公开工作完成情况及成效) has no section of the
  // format: its prose is kept whole as the overview, so its sentences are stored and can be asked.
  if (spans.length === 0) {
    const prose = joinBrokenLines(sectionText(shownLines, { key: 'overview', start: 0, end: shownLines.length }));
    if ((prose.match(/。/g)?.length ?? 0) >= 2) sections.overview = prose;
  }
  const format = detectFormat(sections.proactive ?? '', sections.applications ?? '', text, year);
  const tables: Record<TableKey, TableResult> = {
    proactive: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
    applications: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
    appeals: { rows: {}, warnings: [], ambiguous: {}, blanks: [] },
  };
  // A Markdown table's empty cell (| 5 |   |   | 5 |) is a blank cell of the grid, as an HTML table's is: the tables are read
  // from the same lines with each such cell kept, so the row keeps its cells' places (the other lines drop them).
  const tableLines = MARKDOWN_EMPTY_CELL.test(located.text)
    ? stripMarkdown(normalizeText(located.text), BLANK_CELL)
        .split('\n')
        .map((line) => (isPageNumberLine(line) ? '' : line))
    : lines;
  const blankTableAllowed = !APPLICATIONS_COUNTED.test(text.replace(DISCLOSURE_ATTRIBUTE_LIST, '$1'));
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const span = tableSpan[table];
    if (!span) continue;
    // A table the text ends in (a page cut inside it): its last row may have lost cells.
    const endsDocument = lines.slice(span.end).every((line) => line.trim() === '');
    tables[table] = readTable(table, format, tableLines.slice(span.start, span.end).join('\n'), span.start + 1, endsDocument, {
      blankTableAllowed,
    });
  }
  for (const table of Object.values(tables)) {
    warnings.push(...table.warnings);
    for (const key of Object.keys(table.ambiguous)) {
      const label = rowByKey(key, format)?.label ?? key;
      warnings.push({
        row: key,
        message: `“${label}”一行的连写数字有多种拆法，已按第一种读取（${table.rows[key].join(' ')}），请核对原文`,
      });
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
  const proseFigures = proseFiguresOfSections(sections);
  // The preamble before 一、 often states the contacts too.
  const contacts = extractAllContacts(shownLines.join('\n'));
  // Warnings point at the input's lines, not at the lines cut apart above.
  for (const warning of warnings) if (warning.line !== undefined) warning.line = located.origin[warning.line - 1] ?? warning.line;
  // What was read: the report's body, and a refusal's preview.
  const published = publicationDate(rawText, year);
  const read: ReportPreview = {
    year,
    format,
    ...(published ? { published } : {}),
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
  if (!agency) {
    // Refused, not stored: but the operator sees what was read, to check it before giving --agency.
    if (identity.shortName) {
      throw new AgencyUnknownError(
        read,
        `报告的机关名称“${identity.shortName}”没有写明所属地区，请用 --agency 指定全称，例如 --agency XX${identity.shortName} (the agency name has no region: give the full name with --agency)`,
      );
    }
    throw new AgencyUnknownError(
      read,
      '找不到报告的机关名称：标题应为“XX局2024年政府信息公开工作年度报告”，或用 --agency 指定 (no agency name in the title or text: give it with --agency)',
    );
  }
  const report: Report = { agency, title: identity.titled ? standardReportTitle({ agency, year }) : undefined, ...read };
  return { report, violations: checkRules(format, report.applications, report.appeals) };
}

/**
 * The figures a report's prose states, read from its sections as they are stored: import reads them here, and the store
 * reads them again from the stored sections when later code reads more (migration 24's backlog).
 */
export function proseFiguresOfSections(sections: Readonly<Partial<Record<string, string>>>): ProseFigure[] {
  // A page in 繁体 (a mirror's copy: 主動公開政府信息23條) states its figures in the words the readers know in simplified script.
  const simplified = (key: string) => {
    const text = sections[key];
    return text ? toSimplified(text) : text;
  };
  return [
    ...(['overview', 'problems', 'other'] as const).flatMap((key) => {
      const text = simplified(key);
      return text ? extractProseFigures(text, key) : [];
    }),
    // (二)主动公开政府信息情况 / 主动公开政府信息93条 under section 一, read as section 二's heading (or section 二's own
    // words before its table): the sentences before the table state figures as section 一's do.
    ...(['proactive', 'applications'] as const).flatMap((key) => {
      const text = simplified(key);
      const prose = text ? proseBeforeTable(text) : '';
      return prose ? extractProseFigures(joinBrokenLines(prose), key) : [];
    }),
  ];
}

/** Where a table 二 or 三 starts: its first item, header or cell. */
const TABLE_START = /第二十条|信息内容|本年制发|本年新制作|申请人情况|本列数据|\(本列|（本列|自然人|\|/;

/** A table section's sentences before its table, if it has any (a sub-heading's paragraph read as the section). */
function proseBeforeTable(text: string): string {
  const start = text.search(TABLE_START);
  const prose = start < 0 ? text : text.slice(0, start);
  return /。/.test(prose) ? prose : '';
}
