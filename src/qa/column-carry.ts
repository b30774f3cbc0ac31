/**
 * 其他对外管理服务事项呢 right after 行政许可处理了多少件 (a 2019 table 二 row of three counts: 上一年项目数量, 本年增/减,
 * 处理决定数量): another row of table 二 named alone, with no column of its own, is asked the column the last question asked
 * (处理决定数量), not the row's first column (上一年项目数量). Only where the new row has that column.
 */
import type { Topic } from './understand.js';

/** The remembered topic as the conversation keeps it: a cell's row and column by their keys. */
interface RememberedCell {
  type: string;
  row?: string;
  column?: string;
}

/** A bare follow-up naming a thing alone: …呢 (那其他对外管理服务事项呢). */
const BARE_FOLLOW_UP = /呢[?？。!！]*$/;

export function withRememberedColumn(topic: Topic, remembered: RememberedCell, text: string): Topic | undefined {
  if (topic.type !== 'cell' || topic.alsoRows?.length || topic.group || topic.breakdown || topic.everyColumn) return undefined;
  if (topic.row.table !== 'proactive' || topic.row.columns.length < 2 || !BARE_FOLLOW_UP.test(text.trim())) return undefined;
  if (remembered.type !== 'cell' || !remembered.column || remembered.row === topic.row.key) return undefined;
  // (A column the message says itself, 那其他对外管理服务事项上一年项目数量呢, is asked as said; one the reader put there by default is not.)
  if (topic.column && [topic.column.label, ...topic.column.synonyms].some((word) => text.includes(word))) return undefined;
  const column = topic.row.columns.find((candidate) => candidate.key === remembered.column);
  return column ? { ...topic, column } : undefined;
}
