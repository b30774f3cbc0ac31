/** Whether a report's text stopped early: what `missing` says, read in document order. */
import { rowsOf, SECTIONS, type ReportFormat } from './catalogue.js';

const TABLE_SECTIONS = new Set(['proactive', 'applications', 'appeals']);

/**
 * True when a section, table or row after the last one found is missing: the page or file was
 * cut off (a crawled page stored up to 2,000 bytes, one page of a flipbook). A row missing in
 * the middle of a table, with later sections present, does not make a report partial.
 */
export function isPartial(format: ReportFormat, missing: readonly string[]): boolean {
  const absent = new Set(missing);
  const order: Array<{ key: string; absent: boolean }> = [];
  for (const section of SECTIONS) {
    const sectionAbsent = absent.has(section.key);
    order.push({ key: section.key, absent: sectionAbsent });
    if (!TABLE_SECTIONS.has(section.key)) continue;
    const tableAbsent = sectionAbsent || absent.has(`${section.key}.table`);
    for (const row of rowsOf(section.key as 'proactive' | 'applications' | 'appeals', format)) {
      order.push({ key: `${section.key}.${row.key}`, absent: tableAbsent || absent.has(`${section.key}.${row.key}`) });
    }
  }
  let last = -1;
  order.forEach((item, index) => {
    if (!item.absent) last = index;
  });
  return order.slice(last + 1).some((item) => item.absent);
}
