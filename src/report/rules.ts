/** The consistency rules (勾稽关系) of docs/FORMAT.md, reported per rule, row and column. */
import { APPEAL_COLUMNS, APPLICANT_COLUMNS, handlingRows, type ReportFormat, rowsOf } from './catalogue.js';
import type { Violation } from './model.js';

type Rows = Record<string, number[] | undefined>;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Check tables 三 and 四. Only rules whose cells are all present are checked, so a draft
 * being entered is checked as soon as the cells a rule involves are filled.
 */
export function checkRules(format: ReportFormat, applications: Rows, appeals: Rows): Violation[] {
  const violations: Violation[] = [];
  const handling = handlingRows(format).map((row) => row.key);
  APPLICANT_COLUMNS.forEach((column, index) => {
    const received = applications.received?.[index];
    const carriedOver = applications.carried_over?.[index];
    const handled = applications.handled_total?.[index];
    const forward = applications.carried_forward?.[index];
    if ([received, carriedOver, handled, forward].every((value) => value !== undefined)) {
      const left = received! + carriedOver!;
      const right = handled! + forward!;
      if (!near(left, right)) {
        violations.push({
          rule: 1,
          row: 'handled_total',
          column: column.key,
          severity: 'error',
          message: `第一项加第二项（${left}）不等于第三项加第四项（${right}）：${column.label}一列`,
        });
      }
    }
    const parts = handling.map((key) => applications[key]?.[index]);
    if (handled !== undefined && parts.every((value) => value !== undefined)) {
      const total = sum(parts as number[]);
      if (!near(total, handled)) {
        violations.push({
          rule: 2,
          row: 'handled_total',
          column: column.key,
          severity: 'error',
          message: `办理结果各项之和（${total}）不等于（七）总计（${handled}）：${column.label}一列`,
        });
      }
    }
  });
  for (const row of rowsOf('applications', format)) {
    const values = applications[row.key];
    if (!values || values.length !== APPLICANT_COLUMNS.length) continue;
    const parts = sum(values.slice(0, 6));
    if (!near(parts, values[6])) {
      violations.push({
        rule: 3,
        row: row.key,
        column: 'total',
        severity: 'error',
        message: `“${row.label}”一行：六类申请人之和（${parts}）不等于总计（${values[6]}）`,
      });
    }
  }
  for (const row of rowsOf('appeals', format)) {
    const values = appeals[row.key];
    if (!values || values.length !== APPEAL_COLUMNS.length) continue;
    const parts = sum(values.slice(0, 4));
    if (!near(parts, values[4])) {
      violations.push({
        rule: 4,
        row: row.key,
        column: 'total',
        severity: 'error',
        message: `${row.group ? `${row.group}·` : ''}${row.label}：维持、纠正、其他、尚未审结之和（${parts}）不等于总计（${values[4]}）`,
      });
    }
  }
  return violations;
}

/** Rule 5 (a warning): 现行有效件数 this year = last year's + 制发 − 废止. Table 二 rows are [issued, repealed, in_force]. */
export function checkAcrossYears(current: Rows, previous: Rows, previousYear: number): Violation[] {
  const violations: Violation[] = [];
  for (const [key, label] of [
    ['rules', '规章'],
    ['normative_documents', '行政规范性文件'],
  ] as const) {
    const now = current[key];
    const before = previous[key];
    if (!now || !before || now.length < 3 || before.length < 3) continue;
    const expected = before[2] + now[0] - now[1];
    if (!near(expected, now[2])) {
      violations.push({
        rule: 5,
        row: key,
        column: 'in_force',
        severity: 'warning',
        message: `${label}现行有效件数（${now[2]}）不等于${previousYear}年的现行有效件数（${before[2]}）加本年制发（${now[0]}）减本年废止（${now[1]}），应为${expected}`,
      });
    }
  }
  return violations;
}
