/**
 * 为什么无法提供 / 为啥不予公开 / 怎么会不予处理 after a count of table 三: the report states no reason in words, but its table
 * gives the grounds of that outcome as numbered rows (本机关不掌握相关政府信息 4, 属于国家秘密 0 …). The rows with a count
 * above 0 are the table's answer to the why; when every ground is 0 or missing, the table gives none and the caller goes on.
 */
import { layoutOf, type ReportFormat } from '../report/catalogue.js';

/** An outcome of table 三 whose grounds the table breaks down, by the words a citizen uses for it. */
const OUTCOMES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/无法提供|(?:提供|给)不了|没法提供|不能提供/, 'unavailable', '无法提供'],
  [/不予公开|不给公开|不让公开|不能公开|拒绝公开|没(?:有)?给公开|不公开/, 'withheld', '不予公开'],
  [/不予处理|不处理|没(?:有)?处理/, 'not_processed', '不予处理'],
];

/** The outcome a why-question names (its group key and the format's words for it), or undefined. */
export function outcomeAsked(text: string): { group: string; name: string } | undefined {
  for (const [words, group, name] of OUTCOMES) if (words.test(text)) return { group, name };
  return undefined;
}

/**
 * The grounds rows of `group` in a report of `format` with a count above 0 (`cellOf(rowKey)` gives the row's 总计), as the
 * printed label without its number and the count; empty when the table states none above 0.
 */
export function outcomeGrounds(
  group: string,
  format: ReportFormat,
  cellOf: (rowKey: string) => number | undefined,
): Array<{ key: string; label: string; value: number }> {
  const grounds: Array<{ key: string; label: string; value: number }> = [];
  for (const row of layoutOf(format).rows) {
    if (row.table !== 'applications' || !row.key.startsWith(`${group}.`)) continue;
    const value = cellOf(row.key);
    if (value !== undefined && value > 0) grounds.push({ key: row.key, label: row.label.replace(/^\d+[.．、]\s*/, ''), value });
  }
  return grounds;
}
