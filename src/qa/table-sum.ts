/**
 * 两个加起来呢 after two rows of one report's table 三 asked one by one (予以公开几件, 那部分公开的呢): two cells of one column
 * that count disjoint applications add up. Only rows of 办理结果 (予以公开, 部分公开, each 不予公开 / 无法提供 / 不予处理 /
 * 其他处理 row) or 本年新收 with 上年结转 are such; a total (总计) and its part, or a count of received and one of handled
 * applications, are never added.
 */

/** Table 三's outcome rows, each counting applications no other outcome row counts. */
const OUTCOME_ROW = /^(?:granted|partly_granted|(?:withheld|unavailable|not_processed|other_handling)\.[a-z_]+)$/;
/** Table 三's columns as stored (a sum of a blank 总计's parts, parts_sum, or of the organisations is no stored cell). */
const STORED_COLUMN = /^(?:natural_person|business|research|public_interest|legal_services|other_org|total)$/;
/** The applications of a year: new ones and those carried over from the year before. */
const INTAKE_ROWS = new Set(['received', 'carried_over']);

/** A remembered figure's key split into table 三's row and column (granted.total, withheld.third_party.natural_person). */
function rowAndColumn(key: string): { row: string; column: string } | undefined {
  const at = key.lastIndexOf('.');
  if (at <= 0) return undefined;
  return { row: key.slice(0, at), column: key.slice(at + 1) };
}

/** Whether two remembered cells of one report (same agency, year, column) count disjoint applications and so add up. */
export function tableRowsAdd(first: { key: string }, second: { key: string }): boolean {
  const a = rowAndColumn(first.key);
  const b = rowAndColumn(second.key);
  if (!a || !b || a.column !== b.column || a.row === b.row || !STORED_COLUMN.test(a.column)) return false;
  if (OUTCOME_ROW.test(a.row) && OUTCOME_ROW.test(b.row)) return true;
  return INTAKE_ROWS.has(a.row) && INTAKE_ROWS.has(b.row);
}

/** Table 三's applicant groups that count no application twice: 自然人, each organisation column, and all organisations summed. */
const APPLICANT_GROUP = /^(?:natural_person|business|research|public_interest|legal_services|other_org|legal_persons)$/;
/** The organisation columns that 法人或其他组织 (legal_persons) sums. */
const ORGANISATION_COLUMN = /^(?:business|research|public_interest|legal_services|other_org)$/;

/**
 * Whether two remembered cells of one row of table 三 (自然人的呢, 法人的呢 asked in turn) count disjoint applicants and so add
 * up: two different applicant groups, never the 总计 and a part, nor the organisations' sum and one organisation.
 */
export function tableColumnsAdd(first: { key: string }, second: { key: string }): boolean {
  const a = rowAndColumn(first.key);
  const b = rowAndColumn(second.key);
  if (!a || !b || a.row !== b.row || a.column === b.column) return false;
  if (!APPLICANT_GROUP.test(a.column) || !APPLICANT_GROUP.test(b.column)) return false;
  const summedWithPart =
    (a.column === 'legal_persons' && ORGANISATION_COLUMN.test(b.column)) ||
    (b.column === 'legal_persons' && ORGANISATION_COLUMN.test(a.column));
  return !summedWithPart;
}
