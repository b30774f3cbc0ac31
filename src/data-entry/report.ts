/** A draft as a report model, for preview, export and publishing. */
import { CURRENT_LAYOUT } from '../report/catalogue.js';
import type { ProseFigure, Report } from '../report/model.js';
import type { DraftStore } from '../store/draft-store.js';

/**
 * The draft's report, with each figure the layout has a report state in its text (主动公开 共67条,
 * the catalogue's stated rows) given as a prose figure with its sentence, written into its section
 * when the clerk's text does not state it already, so the published text and the figure citizens
 * are given agree and the answer can quote its sentence.
 */
export function entryReport(drafts: DraftStore, draftId: number): Report {
  const report = drafts.toReport(draftId);
  const sections: Record<string, string> = { ...report.sections };
  const added: ProseFigure[] = [];
  for (const row of CURRENT_LAYOUT.statedRows) {
    const value = drafts.cell(draftId, row.key, row.columns[0].key);
    if (value === undefined) continue;
    if (report.proseFigures.some((figure) => figure.key === row.proseFigure && figure.value === value)) continue;
    const sentence = row.statement(value, report.year);
    const text = sections[row.section]?.trim();
    sections[row.section] = text ? `${sentence}\n${text}` : sentence;
    added.push({ key: row.proseFigure, label: row.label, value, unit: row.unit, sentence, section: row.section });
  }
  if (added.length === 0) return report;
  return { ...report, sections, proseFigures: [...added, ...report.proseFigures] };
}
