/** The consistency rules (勾稽关系) of docs/FORMAT.md, reported per rule, row and column. */
import { APPLICANT_COLUMNS, CURRENT_LAYOUT, type Layout, layoutOf, type ReportFormat, SECTIONS, type TableKey } from './catalogue.js';
import type { Report, Violation } from './model.js';
import { sentences } from './prose.js';

type Rows = Record<string, number[] | undefined>;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Check tables 三 and 四 against the layout's rules (catalogue data). Only rules whose cells are
 * all present are checked, so a draft being entered is checked as soon as the cells a rule
 * involves are filled. Breaks come column by column for the column rules, then row by row.
 */
export function checkRules(layoutOrId: Layout | ReportFormat, applications: Rows, appeals: Rows): Violation[] {
  const layout = typeof layoutOrId === 'string' ? layoutOf(layoutOrId) : layoutOrId;
  const tables: Partial<Record<TableKey, Rows>> = { applications, appeals };
  const violations: Violation[] = [];
  const columnRules = layout.rules.filter((rule) => rule.kind === 'column-balance');
  APPLICANT_COLUMNS.forEach((column, index) => {
    for (const rule of columnRules) {
      const rows = tables[rule.table] ?? {};
      const left = rule.left.map((key) => rows[key]?.[index]);
      const right = rule.right.map((key) => rows[key]?.[index]);
      if ([...left, ...right].some((value) => value === undefined)) continue;
      const leftSum = sum(left as number[]);
      const rightSum = sum(right as number[]);
      if (near(leftSum, rightSum)) continue;
      violations.push({
        rule: rule.rule,
        row: rule.reportOn,
        column: column.key,
        severity: 'error',
        message: rule.message(leftSum, rightSum, column),
      });
    }
  });
  for (const rule of layout.rules) {
    if (rule.kind !== 'row-total') continue;
    const rows = tables[rule.table] ?? {};
    for (const row of layout.rowsOf(rule.table)) {
      const values = rows[row.key];
      if (!values || values.length !== row.columns.length) continue;
      const parts = sum(values.slice(0, -1));
      const total = values[values.length - 1];
      if (near(parts, total)) continue;
      violations.push({ rule: rule.rule, row: row.key, column: 'total', severity: 'error', message: rule.message(parts, total, row) });
    }
  }
  return violations;
}

/**
 * Rule 5 (a warning): 现行有效件数 this year = last year's + 制发 − 废止, for the rows the layout names
 * (table 二 rows are [issued, repealed, in_force]). Both reports follow `layout`.
 */
export function checkAcrossYears(current: Rows, previous: Rows, previousYear: number, layout: Layout = CURRENT_LAYOUT): Violation[] {
  const violations: Violation[] = [];
  for (const key of layout.inForce?.rows ?? []) {
    const label = layout.row(key)?.label ?? key;
    const now = current[key];
    const before = previous[key];
    if (!now || !before || now.length < 3 || before.length < 3) continue;
    const expected = before[2] + now[0] - now[1];
    if (!near(expected, now[2])) {
      violations.push({
        rule: layout.inForce!.rule,
        row: key,
        column: 'in_force',
        severity: 'warning',
        message: `${label}现行有效件数（${now[2]}）不等于${previousYear}年的现行有效件数（${before[2]}）加本年制发（${now[0]}）减本年废止（${now[1]}），应为${expected}`,
      });
    }
  }
  return violations;
}

/**
 * Rule 6 (an error): this year's 二、上年结转 equals last year's 四、结转下年度继续办理, column by
 * column, for the same agency. Both layouts have the two rows, so a 2021-layout report is
 * checked against a 2019-layout one too. Cells either report lacks are not compared.
 */
export function checkCarriedOver(current: Rows, previous: Rows, previousYear: number): Violation[] {
  const violations: Violation[] = [];
  const now = current.carried_over;
  const before = previous.carried_forward;
  if (!now || !before) return violations;
  APPLICANT_COLUMNS.forEach((column, index) => {
    const carriedOver = now[index];
    const carriedForward = before[index];
    if (!Number.isFinite(carriedOver) || !Number.isFinite(carriedForward) || near(carriedOver, carriedForward)) return;
    violations.push({
      rule: 6,
      row: 'carried_over',
      column: column.key,
      severity: 'error',
      message: `本年“上年结转”（${carriedOver}）不等于${previousYear}年报告的“结转下年度继续办理”（${carriedForward}）：${column.label}一列`,
    });
  });
  return violations;
}

/** Rules 7–9: what evaluators check inside one report beyond the table arithmetic. */
export function checkReport(report: Report): Violation[] {
  const prose = proseSentences(report);
  return [...checkProseAgainstTables(report, prose), ...checkEmptySections(report), ...checkFees(report, prose)];
}

/** The sentences of sections 一, 五 and 六, split once for all the checks. */
function proseSentences(report: Report): Array<{ section: string; sentence: string }> {
  return PROSE_SECTIONS.flatMap((section) =>
    report.sections[section] ? sentences(report.sections[section]).map((sentence) => ({ section, sentence })) : [],
  );
}

/** The prose sections figures are stated in (一, 五, 六). */
const PROSE_SECTIONS = ['overview', 'problems', 'other'] as const;

/** A clause's figure for a measure of the tables, with the clause it was read from. */
interface StatedFigure {
  measure: 'received' | 'granted' | 'review' | 'litigation';
  value: number;
  clause: string;
}

const UNITS = '(?:件|条|项|个|起|宗)';
/** Numbers in statements: 共受理…申请17件, 收到…申请共计8件. */
const STATEMENTS: Array<{ measure: StatedFigure['measure']; pattern: RegExp }> = [
  {
    measure: 'received',
    pattern: new RegExp(
      `(?:新收|收到|接收|接到|受理)(?:了)?[^，,；;。：:]{0,30}?(?:依申请公开(?:事项|申请)?|申请(?:事项|件)?)(?:共计|共|合计|总计|总数|数量为|数量|为|\\s)*(\\d+)\\s*${UNITS}`,
    ),
  },
  { measure: 'granted', pattern: new RegExp(`(?:予以公开|同意公开)(?:共计|共|\\s)*(\\d+)\\s*${UNITS}`) },
  { measure: 'review', pattern: new RegExp(`行政复议(?:案件|申请)?(?:共计|共|\\s)*(\\d+)\\s*${UNITS}`) },
  { measure: 'litigation', pattern: new RegExp(`行政诉讼(?:案件)?(?:共计|共|\\s)*(\\d+)\\s*${UNITS}`) },
];
/** Statements of none: 未收到…申请, 未发生…行政复议及行政诉讼. */
const NONE_RECEIVED = /(?:未|没有|无)(?:收到|接到|接收|受理)[^，,；;。]{0,30}?申请/;
const NONE_APPEALS =
  /(?:未发生|没有发生|未出现|未收到|未接到|没有|未有|无)[^，,；;。]{0,24}?(行政复议|行政诉讼)(?:[及和、与或]?(行政诉讼))?/;
/** Both counted together: 发生行政复议、行政诉讼案件0件 (only a zero says something of each). */
const BOTH_APPEALS = new RegExp(`行政复议[、和及与或]行政诉讼(?:案件)?(?:共计|共|\\s)*(\\d+)\\s*${UNITS}`);
/** Clauses about another year, another scope or a comparison are not about this report's table. */
const OTHER_SCOPE =
  /同比|较上年|比上年|上年|去年|上一年|累计|历年|以来|全区|全市|全县|全省|全国|各级|各部门|各单位|各乡镇|各街道|平均|主动/;
/** Outcomes, not counts: 未发生行政复议被纠错. */
const OUTCOME_WORDS = /纠正|纠错|败诉|撤销|确认违法/;

/** Words one of which every sentence with a stated figure has; most sentences have none and are skipped at once. */
const FIGURE_WORDS = /申请|公开|复议|诉讼/;
/** The word a clause needs before a measure's pattern is tried. */
const MEASURE_WORD: Record<StatedFigure['measure'], string> = { received: '申请', granted: '公开', review: '复议', litigation: '诉讼' };

/** The counts a sentence states for the report's year (exported for tests). */
export function statedFigures(sentence: string, year: number): StatedFigure[] {
  if (!FIGURE_WORDS.test(sentence)) return [];
  // Another year named in the sentence (2023年收到…) makes it about that year.
  const years = [...sentence.matchAll(/((?:19|20)\d{2})\s*年/g)].map((match) => Number(match[1]));
  if (years.some((named) => named !== year)) return [];
  const figures: StatedFigure[] = [];
  for (const clause of sentence.split(/[，,；;]|其中/)) {
    if (OTHER_SCOPE.test(clause)) continue;
    for (const { measure, pattern } of STATEMENTS) {
      if (!clause.includes(MEASURE_WORD[measure])) continue;
      const match = pattern.exec(clause);
      if (!match) continue;
      // A part of the total (网络申请3件, 其中自然人…) names who or how; the total clause does not.
      if (
        measure === 'received' &&
        /网络|信函|当面|邮寄|传真|电子邮件|自然人|企业|法人|占/.test(
          clause.slice(0, match.index + match[0].length).replace(/公民、法人(和|及|或)其他组织/g, ''),
        )
      )
        continue;
      if (measure === 'granted' && /部分/.test(clause)) continue;
      if ((measure === 'review' || measure === 'litigation') && OUTCOME_WORDS.test(clause)) continue;
      figures.push({ measure, value: Number(match[1]), clause });
    }
    const aboutAppeals = clause.includes('复议') || clause.includes('诉讼');
    if (!aboutAppeals && !clause.includes('申请')) continue;
    const noneReceived = clause.includes('申请') ? NONE_RECEIVED.exec(clause) : null;
    // 未收到…行政复议、行政诉讼的申请 is about appeals, not applications.
    if (noneReceived && !/复议|诉讼/.test(noneReceived[0])) figures.push({ measure: 'received', value: 0, clause });
    if (!aboutAppeals) continue;
    const both = BOTH_APPEALS.exec(clause);
    if (both && Number(both[1]) === 0 && !figures.some((figure) => figure.clause === clause && figure.measure === 'review')) {
      figures.push({ measure: 'review', value: 0, clause });
    }
    const none = NONE_APPEALS.exec(clause);
    if (none && !OUTCOME_WORDS.test(clause)) {
      const named = new Set([none[1], none[2]].filter(Boolean));
      if (named.has('行政复议')) figures.push({ measure: 'review', value: 0, clause });
      if (named.has('行政诉讼')) figures.push({ measure: 'litigation', value: 0, clause });
    }
  }
  return figures;
}

/** Each measure's table cell: where a violation points and what the prose is compared with. */
function tableFigure(
  report: Report,
  measure: StatedFigure['measure'],
): { row: string; label: string; value: number; alternatives: number[] } | undefined {
  const total = (rows: Rows, key: string, column: number) => {
    const value = rows[key]?.[column];
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  };
  switch (measure) {
    case 'received': {
      const received = total(report.applications, 'received', 6);
      if (received === undefined) return undefined;
      const carriedOver = total(report.applications, 'carried_over', 6);
      // 受理 N 件 sometimes counts last year's carried-over applications too.
      return {
        row: 'received',
        label: '表三“一、本年新收政府信息公开申请数量”总计',
        value: received,
        alternatives: carriedOver === undefined ? [] : [received + carriedOver],
      };
    }
    case 'granted': {
      const granted = total(report.applications, 'granted', 6);
      return granted === undefined ? undefined : { row: 'granted', label: '表三“（一）予以公开”总计', value: granted, alternatives: [] };
    }
    case 'review': {
      const review = total(report.appeals, 'review', 4);
      return review === undefined ? undefined : { row: 'review', label: '表四“行政复议”总计', value: review, alternatives: [] };
    }
    case 'litigation': {
      const direct = total(report.appeals, 'litigation_direct', 4);
      const afterReview = total(report.appeals, 'litigation_after_review', 4);
      if (direct === undefined || afterReview === undefined) return undefined;
      return { row: 'litigation_direct', label: '表四“行政诉讼”两组总计之和', value: direct + afterReview, alternatives: [] };
    }
  }
}

const MEASURE_NAMES: Record<StatedFigure['measure'], string> = {
  received: '收到的申请',
  granted: '予以公开',
  review: '行政复议',
  litigation: '行政诉讼',
};

/** Rule 7 (a warning): a figure the prose states for this year contradicts the table. One violation per measure. */
export function checkProseAgainstTables(report: Report, prose = proseSentences(report)): Violation[] {
  const violations: Violation[] = [];
  const seen = new Set<string>();
  for (const { sentence } of prose) {
    for (const figure of statedFigures(sentence, report.year)) {
      const table = tableFigure(report, figure.measure);
      if (!table || seen.has(figure.measure)) continue;
      if (near(figure.value, table.value) || table.alternatives.some((value) => near(figure.value, value))) continue;
      seen.add(figure.measure);
      violations.push({
        rule: 7,
        row: table.row,
        column: 'total',
        severity: 'warning',
        message: `正文“${figure.clause.trim()}”所述${MEASURE_NAMES[figure.measure]}（${figure.value}件）与${table.label}（${table.value}件）不一致`,
      });
    }
  }
  return violations;
}

/** Rule 8 (a warning): section 五 or 六 has its heading but nothing under it. */
export function checkEmptySections(report: Report): Violation[] {
  const violations: Violation[] = [];
  for (const section of SECTIONS) {
    if (section.key !== 'problems' && section.key !== 'other') continue;
    const text = report.sections[section.key];
    if (text === undefined) continue;
    if (text.replace(/[\s\p{P}\p{S}]/gu, '') !== '') continue;
    violations.push({
      rule: 8,
      row: section.key,
      column: 'text',
      severity: 'warning',
      message: `第${section.number}部分“${section.title}”只有标题，没有内容`,
    });
  }
  return violations;
}

/** A statement about fees: which fee, how much (0 for none), and where. */
interface FeeStatement {
  kind: 'processing' | 'administrative';
  value: number;
  where: string;
  section: string;
}

const PROCESSING_FEE = /信息处理费|信息公开处理费|与政府信息公开有关的?费用|政府信息公开[^，,；;。]{0,6}费用/;
const NO_FEE =
  /(?:未|没有|无|不)(?:向[^，,；;。]{0,20}?)?(?:收取|产生|收缴)|收取[^，,；;。]{0,10}?(?:情况)?为(?:零|0)|(?<![\d.])0(?:\.0+)?\s*(?:万元|元)/;
const FEE_AMOUNT = /(\d+(?:\.\d+)?)\s*(万元|元)/;

function feeStatements(report: Report, prose: Array<{ section: string; sentence: string }>): FeeStatement[] {
  const statements: FeeStatement[] = [];
  for (const { section, sentence } of prose) {
    if (!sentence.includes('费')) continue;
    const years = [...sentence.matchAll(/((?:19|20)\d{2})\s*年/g)].map((match) => Number(match[1]));
    if (years.some((named) => named !== report.year)) continue;
    for (const clause of sentence.split(/[，,；;]/)) {
      const kind = PROCESSING_FEE.test(clause) ? 'processing' : /行政事业性收费/.test(clause) ? 'administrative' : undefined;
      // Citing the fee rules (按件、按量收费标准) is not a statement of what was collected.
      if (!kind || (/标准|办法|规定|通知|按件|按量/.test(clause.replace(/《[^》]*》/g, '')) && !NO_FEE.test(clause))) continue;
      if (NO_FEE.test(clause)) statements.push({ kind, value: 0, where: `正文“${clause.trim()}”`, section });
      else {
        const amount = FEE_AMOUNT.exec(clause);
        if (amount && /收取|收缴|收费|产生/.test(clause))
          statements.push({ kind, value: Number(amount[1]), where: `正文“${clause.trim()}”`, section });
      }
    }
  }
  // Only the 2021 layout's table 二 has the amount (the trial layout counts fee items).
  const administrative = layoutOf(report.format).row('fees_wan_yuan') ? report.proactive.fees_wan_yuan?.[0] : undefined;
  if (administrative !== undefined && Number.isFinite(administrative)) {
    statements.push({
      kind: 'administrative',
      value: administrative,
      where: `表二“行政事业性收费”本年收费金额（${administrative}万元）`,
      section: 'proactive',
    });
  }
  return statements;
}

/**
 * Rule 9 (an error): a fee is stated as collected in one place and as not collected in another.
 * Information-processing fees (信息处理费, section 六's subject) and administrative fees
 * (行政事业性收费, table 二) are different fees, so each is compared only with itself.
 */
export function checkFees(report: Report, prose = proseSentences(report)): Violation[] {
  const violations: Violation[] = [];
  const statements = feeStatements(report, prose);
  for (const kind of ['processing', 'administrative'] as const) {
    const own = statements.filter((statement) => statement.kind === kind);
    const none = own.find((statement) => statement.value === 0);
    const some = own.find((statement) => statement.value > 0);
    if (!none || !some) continue;
    const name = kind === 'processing' ? '信息处理费' : '行政事业性收费';
    violations.push({
      rule: 9,
      row: kind === 'processing' ? 'other' : 'fees_wan_yuan',
      column: kind === 'processing' ? 'fees_collected' : 'amount',
      severity: 'error',
      message: `${name}前后矛盾：${some.where}表明收取了费用，而${none.where}表明未收取`,
    });
  }
  return violations;
}
