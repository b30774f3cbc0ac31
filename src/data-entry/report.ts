/** A draft as a report model, for preview, export and publishing. */
import type { Report } from '../report/model.js';
import { extractProseFigures } from '../report/prose.js';
import { type DraftStore, TEXT_SECTIONS } from '../store/draft-store.js';
import { PROACTIVE_ITEMS_ROW } from './form.js';

/**
 * The draft's report, with the proactive-disclosure count ("主动公开 共67条") written into
 * 一、总体情况 when the clerk's text does not state it already, so the published text and the
 * figure citizens are given agree, and the answer can quote its sentence.
 */
export function entryReport(drafts: DraftStore, draftId: number): Report {
  const report = drafts.toReport(draftId);
  const count = drafts.cell(draftId, PROACTIVE_ITEMS_ROW.key, PROACTIVE_ITEMS_ROW.columns[0].key);
  if (count === undefined) return report;
  const stated = report.proseFigures.some((figure) => figure.key === 'proactive_items' && figure.value === count);
  if (stated) return report;
  const sentence = `${report.year}年，本机关共主动公开政府信息${count}条。`;
  const overview = report.sections.overview?.trim();
  const sections: Record<string, string> = { ...report.sections, overview: overview ? `${sentence}\n${overview}` : sentence };
  return {
    ...report,
    sections,
    proseFigures: TEXT_SECTIONS.flatMap((key) => (sections[key] ? extractProseFigures(sections[key], key) : [])),
  };
}
