/**
 * Which part of one report's breakdown is the largest (or smallest): 申请人里最多的是哪类, 办理结果哪种最多,
 * 不予公开主要是什么原因, 复议结果哪种最多, and 哪类最多 after a breakdown was answered. The parts are table cells the
 * store returned (applicant columns, handling rows, appeal results); the total among them is left out, never ranked.
 */
import { CURRENT_LAYOUT } from '../report/catalogue.js';
import { rowAnswerName } from '../report/labels.js';
import { formatFigure as formatNumber } from '../report/render.js';

/** The figure of an answer, as engine.ts's Fact. */
export interface PartFact {
  agency: string;
  year: number;
  key: string;
  value: number;
  unit: string;
}

/** 哪类 / 哪种 / 什么人 / 什么原因 … 最多 or 最少; 最多的是哪类; 主要是什么原因; 以个人为主吗 is no such question. */
const PART_MOST =
  /(?:哪(?:一)?[类种项样]|什么(?:样的)?(?:人|原因|理由|结果|类型|类别|情形)|哪些人|谁(?=申请|提出|提交|提的|来申请))[^，。？?]{0,8}?(?:最多|最少|最高|最低|占多数|占大头|居多|为主|多一些|多些)|(?:最多|最少)的?(?:是|为)?(?:哪(?:一)?[类种项样]|什么(?:人|原因|理由|结果|类型|情形)?)|主要(?:是|为|是因为|因为)?(?:哪(?:一)?[类种项样]|什么(?:人|原因|理由|结果|类型|情形))|主要(?:的)?(?:原因|理由)(?:是(?:什么|啥)|有哪些)?/;
/** 哪个最多 / 哪个最少 / 最多的是哪个: which part, said only as a follow-up to a breakdown. */
const WHICH_ONE_MOST =
  /^(?:那|那么)?(?:其中|里面|这里面|这些里)?(?:哪(?:一)?个|哪(?:一)?[类种项样]|谁)(?:最多|最少|多|少)|(?:最多|最少)的?(?:是)?哪(?:一)?[个类种项样]/;
/** The smaller is asked. */
const FEWEST = /最少|最低/;
/** Words that name what the breakdown is of: who applied, the results, the reasons of a refusal. */
const APPLICANTS_NAMED = /申请人|谁(?:申请|提出|提交|提的|来申请)|什么人|哪些人|哪类人/;
/** What remains a question about parts once the most-words are gone (沭阳县政府2025年申请人里 → 申请人). */
const PART_TOPIC_NAMED = /申请|结果|原因|理由|不予公开|不公开|无法提供|不予处理|复议|诉讼|官司/;

/** Whether a message asks which part of a breakdown is largest or smallest; `followUp` also takes 哪个最多. */
export function largestPartAsked(text: string, followUp: boolean): boolean {
  return PART_MOST.test(text) || (followUp && WHICH_ONE_MOST.test(text));
}

/**
 * The breakdown question to ask instead (the most-words taken out): 沭阳县政府2025年申请人里最多的是哪类 →
 * 沭阳县政府2025年申请人里都是谁提出的; 办理结果哪种最多 → 办理结果分别是多少; undefined when the message names no part
 * topic (哪个机关最多 is a ranking of agencies, not of parts).
 */
export function breakdownQuestion(text: string): string | undefined {
  const rest = text
    .replace(PART_MOST, '')
    .replace(/[?？。!！]+$/, '')
    .replace(/[里中的是]+$/, '');
  if (!PART_TOPIC_NAMED.test(text) && !APPLICANTS_NAMED.test(text)) return undefined;
  if (APPLICANTS_NAMED.test(text) && !/结果|原因|理由|复议|诉讼|官司|不予|不公开|无法提供/.test(text)) return `${rest}的申请都是谁提出的`;
  if (/复议|诉讼|官司/.test(text) && !/申请/.test(text.replace(/申请(?:了)?(?:行政)?复议/, ''))) return `${rest}结果怎么样`;
  return `${rest}分别是多少`;
}

/** The row and column of a fact's key (received.natural_person; granted.total; review.upheld). */
function cellOf(fact: PartFact): { rowKey: string; columnKey: string } | undefined {
  const at = fact.key.lastIndexOf('.');
  if (at < 0) return undefined;
  const rowKey = fact.key.slice(0, at);
  return CURRENT_LAYOUT.row(rowKey) ? { rowKey, columnKey: fact.key.slice(at + 1) } : undefined;
}

/** What a part is called: its column (自然人, 结果维持) where the row is broken down by column, else its row (予以公开). */
function partName(fact: PartFact, byColumn: boolean): string {
  const cell = cellOf(fact);
  if (!cell) return '';
  const row = CURRENT_LAYOUT.row(cell.rowKey);
  if (!row) return '';
  if (!byColumn) return rowAnswerName(row);
  const column = row.columns.find((candidate) => candidate.key === cell.columnKey);
  return column ? (column.label === '其他' ? '其他组织' : column.label) : '';
}

/**
 * What the parts make up: the row broken down by its columns (本年新收申请, 行政复议), else the group of table 三 the rows
 * share (不予公开, 无法提供), else 办理结果.
 */
function wholeName(parts: readonly PartFact[], byColumn: boolean): string {
  const rows = parts.map((fact) => CURRENT_LAYOUT.row(cellOf(fact)?.rowKey ?? ''));
  if (byColumn) return rows[0] ? rowAnswerName(rows[0]) : '';
  const groups = new Set(rows.map((row) => row?.group ?? ''));
  const [group] = groups;
  return groups.size === 1 && group ? group.replace(/^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、/, '') : '办理结果';
}

/**
 * The largest (or smallest) part of the figures of one breakdown answer: all of one agency, year and unit, read from
 * table cells, three parts at least once the total is left out (a column 总计, the rows' 总计, or a figure that is the
 * sum of all the others). Undefined when the figures are no such breakdown.
 */
export function largestPart<F extends PartFact>(facts: readonly F[], text: string): { answer: string; facts: F[] } | undefined {
  if (facts.length < 3) return undefined;
  const first = facts[0];
  if (!facts.every((fact) => fact.agency === first.agency && fact.year === first.year && fact.unit === first.unit)) return undefined;
  const sum = (list: readonly F[]) => list.reduce((total, fact) => total + fact.value, 0);
  // A group's total stated before its parts (不予公开32 before its eight reasons) has no cell of its own: it must be the sum
  // of all the others. Any other figure of no cell makes this no breakdown.
  const whole = facts.find((fact) => !cellOf(fact) && fact.value === sum(facts) - fact.value);
  const cells = facts.filter((fact) => fact !== whole).map((fact) => ({ fact, cell: cellOf(fact) }));
  if (cells.some((item) => !item.cell)) return undefined;
  const byColumn = new Set(cells.map((item) => item.cell?.rowKey)).size === 1;
  // The totals among the cells (a row's 总计 column; 办理结果's 总计 row) and the sums the answer computed are no parts.
  const isTotal = (cell: { rowKey: string; columnKey: string }) =>
    ['parts_sum', 'legal_persons'].includes(cell.columnKey) ||
    (byColumn ? cell.columnKey === 'total' : CURRENT_LAYOUT.row(cell.rowKey)?.computed === true);
  const parts = cells.filter(({ cell }) => cell && !isTotal(cell)).map((item) => item.fact);
  if (parts.length < 2) return undefined;
  const printedTotal =
    whole ?? cells.find(({ cell }) => cell && isTotal(cell) && !['parts_sum', 'legal_persons'].includes(cell.columnKey))?.fact;
  const fewest = FEWEST.test(text);
  const target = fewest ? Math.min(...parts.map((fact) => fact.value)) : Math.max(...parts.map((fact) => fact.value));
  const winners = parts.filter((fact) => fact.value === target);
  const total = printedTotal?.value ?? sum(parts);
  const who = `${first.agency}${first.year}年`;
  const names = winners.map((fact) => partName(fact, byColumn)).filter((name) => name !== '');
  if (names.length !== winners.length) return undefined;
  const list = names.length > 1 ? `${names.slice(0, -1).join('、')}和${names[names.length - 1]}` : names[0];
  if (!fewest && target === 0)
    return { answer: `${who}${wholeName(parts, byColumn)}各项都是0${first.unit}，没有哪一项更多。`, facts: parts };
  const verdict = `${wholeName(parts, byColumn)}中，${list}${fewest ? '最少' : '最多'}，${names.length > 1 ? '各' : ''}${formatNumber(target)}${first.unit}（共${formatNumber(total)}${first.unit}）。`;
  return { answer: `${who}${verdict}`, facts: [...winners, ...(printedTotal ? [printedTotal] : [])] };
}
