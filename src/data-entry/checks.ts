/**
 * The consistency rules as a clerk sees them: which breaks are new or touch what was just
 * entered, and which were just put right (the cross-year rules are draft-service's).
 */
import { CURRENT_LAYOUT } from '../report/catalogue.js';
import type { Violation } from '../report/model.js';

/** A break is the same break while its rule, row and column are (its numbers may change). */
export function violationKey(violation: Violation): string {
  return `${violation.rule}|${violation.row}|${violation.column}`;
}

/** Does a break involve one of the rows just changed? */
function involves(violation: Violation, touched: ReadonlySet<string>): boolean {
  // A column rule (1–2) involves all its rows; any other break sits on its own row.
  const rule = CURRENT_LAYOUT.rules.find((candidate) => candidate.rule === violation.rule);
  if (rule?.kind === 'column-balance') return [...touched].some((row) => CURRENT_LAYOUT.rowsOfRule(rule.rule).has(row));
  return touched.has(violation.row);
}

/** Lines for the reply after a change: breaks new or involving the change, and breaks put right. */
export function checkLines(before: Violation[], after: Violation[], touched: ReadonlySet<string>, limit = 3): string[] {
  const beforeKeys = new Set(before.map(violationKey));
  const afterKeys = new Set(after.map(violationKey));
  const broken = after.filter((violation) => !beforeKeys.has(violationKey(violation)) || involves(violation, touched));
  const fixed = before.filter((violation) => !afterKeys.has(violationKey(violation)));
  const lines = [
    ...broken.slice(0, limit).map((violation) => `⚠ 勾稽关系不符：${violation.message}`),
    ...fixed.slice(0, limit).map((violation) => `✓ 已改正：${violation.message.replace(/（[^）]*）/g, '')}`),
  ];
  const others = after.length - Math.min(broken.length, limit);
  if (broken.length > limit || (others > 0 && broken.length > 0)) lines.push(`共${after.length}处不符，发“进度”查看全部。`);
  return lines;
}
