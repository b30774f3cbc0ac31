/**
 * The draft lifecycle as a service: what a draft lacks and which rules it breaks (the table
 * rules, and the cross-year rules against last year's stored report), the draft as a report
 * (with its prose figures), and publishing (the report stored through the import service and
 * the draft marked published, in one transaction). The draft store only reads and writes.
 */
import { CURRENT_LAYOUT, type TableKey } from '../report/catalogue.js';
import { crossYearViolations, storeReport } from '../report/import-service.js';
import { standardReportTitle } from '../report/labels.js';
import type { ProseFigure, Report, Violation } from '../report/model.js';
import { extractContacts, extractProseFigures } from '../report/prose.js';
import { checkRules } from '../report/rules.js';
import { type Draft, type DraftStore, TEXT_SECTIONS } from '../store/draft-store.js';
import type { ReportStore, SaveResult } from '../store/report-store.js';

/** The layout staff enter: drafts are always the current one. */
const ENTRY_LAYOUT = CURRENT_LAYOUT;

/** What a draft has and lacks, and which table rules break. */
export interface DraftProgress {
  /** Rows with at least one empty cell, per table, with the empty column keys. */
  missingCells: Array<{ table: TableKey; row: string; columns: string[] }>;
  /** Sections 一, 五, 六 with no text yet. */
  missingSections: string[];
  filledCells: number;
  totalCells: number;
  violations: Violation[];
  complete: boolean;
}

type DraftRows = Record<string, Array<number | undefined>>;

/** Rows whose every cell is filled: a rule is checked only once all its cells are. */
function filledRows(rows: DraftRows): Record<string, number[]> {
  return Object.fromEntries(Object.entries(rows).filter(([, values]) => values.every((value) => value !== undefined))) as Record<
    string,
    number[]
  >;
}

/** What is filled, what is missing, and which table rules break (only rules whose cells are all filled). */
export function draftProgress(drafts: DraftStore, draftId: number): DraftProgress {
  const tables = drafts.tables(draftId);
  const sections = drafts.sections(draftId);
  const missingCells: DraftProgress['missingCells'] = [];
  let filled = 0;
  let total = 0;
  for (const row of ENTRY_LAYOUT.rows) {
    const values = tables[row.table][row.key] ?? row.columns.map(() => undefined);
    const empty = row.columns.filter((_, index) => values[index] === undefined).map((column) => column.key);
    total += row.columns.length;
    filled += row.columns.length - empty.length;
    if (empty.length > 0) missingCells.push({ table: row.table, row: row.key, columns: empty });
  }
  const missingSections = TEXT_SECTIONS.filter((key) => !sections[key] || sections[key].trim().length === 0);
  return {
    missingCells,
    missingSections: [...missingSections],
    filledCells: filled,
    totalCells: total,
    violations: checkRules(ENTRY_LAYOUT, filledRows(tables.applications), filledRows(tables.appeals)),
    complete: missingCells.length === 0 && missingSections.length === 0,
  };
}

/** The cross-year rules (5 and 6) of the draft against the agency's stored report of the year before, on the cells filled so far. */
export function draftCrossYearViolations(drafts: DraftStore, reports: ReportStore, draft: Draft): Violation[] {
  const tables = drafts.tables(draft.id);
  return crossYearViolations(reports, draft.agencyId, {
    year: draft.year,
    format: ENTRY_LAYOUT.id,
    proactive: tables.proactive,
    applications: tables.applications,
  });
}

/** Prose figures of the text sections, as the import path reads them from a report. */
function proseFiguresOf(sections: Record<string, string>): Report['proseFigures'] {
  return TEXT_SECTIONS.flatMap((key) => (sections[key] ? extractProseFigures(sections[key], key) : []));
}

/**
 * The draft as a report model (empty cells left out), for preview, export and publishing. Each
 * figure the layout has a report state in its text (主动公开 共67条, the catalogue's stated rows)
 * is given as a prose figure with its sentence, written into its section when the clerk's text
 * does not state it already, so the published text and the figure citizens are given agree and
 * the answer can quote its sentence.
 */
export function draftReport(drafts: DraftStore, draftId: number): Report {
  const draft = drafts.byId(draftId);
  if (!draft) throw new Error(`no draft ${draftId}`);
  const tables = drafts.tables(draftId);
  const progress = draftProgress(drafts, draftId);
  const written = drafts.sections(draftId);
  const sections: Record<string, string> = { ...written };
  const stated = proseFiguresOf(written);
  const added: ProseFigure[] = [];
  for (const row of ENTRY_LAYOUT.statedRows) {
    const value = drafts.cell(draftId, row.key, row.columns[0].key);
    if (value === undefined) continue;
    if (stated.some((figure) => figure.key === row.proseFigure && figure.value === value)) continue;
    const sentence = row.statement(value, draft.year);
    const text = sections[row.section]?.trim();
    sections[row.section] = text ? `${sentence}\n${text}` : sentence;
    added.push({ key: row.proseFigure, label: row.label, value, unit: row.unit, sentence, section: row.section });
  }
  const proseFigures = [...added, ...stated];
  const withGaps = (rows: DraftRows) =>
    Object.fromEntries(Object.entries(rows).map(([key, values]) => [key, values.map((value) => value ?? Number.NaN)])) as Record<
      string,
      number[]
    >;
  return {
    agency: draft.agency,
    year: draft.year,
    format: ENTRY_LAYOUT.id,
    title: standardReportTitle(draft),
    sections,
    proactive: withGaps(tables.proactive),
    applications: withGaps(tables.applications),
    appeals: withGaps(tables.appeals),
    contacts: extractContacts(Object.values(written).join('\n')),
    proseFigures,
    missing: [...progress.missingSections, ...progress.missingCells.map((item) => `${item.table}.${item.row}`)],
    warnings: [],
  };
}

/**
 * Publish a draft: its report stored (replacing any imported one of that agency and year) with
 * its table rules and the cross-year rules, and the draft marked published by the reviewer
 * (with the self-approval audit entry when it was one), all in one transaction.
 */
export function publishDraft(
  drafts: DraftStore,
  reports: ReportStore,
  draft: Draft,
  reviewer: { id: string; selfApproval: boolean },
): SaveResult {
  return reports.transaction(`cannot publish draft ${draft.id}`, () => {
    const saved = storeReport(reports, draftReport(drafts, draft.id), draftProgress(drafts, draft.id).violations, { origin: 'entry' });
    drafts.setStatus(draft.id, 'published', {
      reviewedBy: reviewer.id,
      publishedReportId: saved.reportId,
      overrideReason: draft.overrideReason,
    });
    if (reviewer.selfApproval) drafts.recordSelfApproval(draft.id, reviewer.id);
    return saved;
  });
}
