/**
 * The draft service on a real SQLite file: the cross-year rule a clerk is warned about is the
 * one the published report is stored with, and publishing is one transaction.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftCrossYearViolations, draftProgress, draftReport, publishDraft } from '../../../src/data-entry/draft-service.js';
import { APPLICANT_COLUMNS } from '../../../src/report/catalogue.js';
import { importReport } from '../../../src/report/import-service.js';
import { parseReport } from '../../../src/report/parse.js';
import { openDatabase } from '../../../src/store/db.js';
import { DraftStore } from '../../../src/store/draft-store.js';
import { ReportStore } from '../../../src/store/report-store.js';

const sample = readFileSync(join(__dirname, '..', '..', '..', 'data', 'reports', 'zhongwei-kjj-2025.txt'), 'utf8');

let directory: string;
let reports: ReportStore;
let drafts: DraftStore;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-draft-service-'));
  const db = openDatabase(join(directory, 'test.db'));
  reports = new ReportStore(db);
  drafts = new DraftStore(db);
});
afterEach(() => {
  reports.db.close();
  rmSync(directory, { recursive: true, force: true });
});

/** Last year's report stored (it carried nothing forward), and this year's draft that says one application was carried over. */
function draftAfterLastYear() {
  // The sample as the agency's 2024 report: its 结转下年度 row is all zeros.
  const lastYear = parseReport(sample.replace(/2025/g, '2024').replace(/2026/g, '2025'));
  importReport(reports, lastYear, { origin: 'import' });
  const agency = reports.agencyByName(lastYear.report.agency)!;
  const draft = drafts.open(agency, 2025);
  const carriedOver = APPLICANT_COLUMNS.map((column) => (column.key === 'natural_person' || column.key === 'total' ? 1 : 0));
  drafts.apply(
    draft.id,
    'clerk1',
    APPLICANT_COLUMNS.map((column, index) => ({ kind: 'cell', row: 'carried_over', column: column.key, value: carriedOver[index] })),
  );
  return drafts.byId(draft.id)!;
}

describe('draft service', () => {
  it('warns the clerk of rule 6 against last year, and the published report is stored with the same breaks', () => {
    const draft = draftAfterLastYear();
    const warned = draftCrossYearViolations(drafts, reports, draft);
    expect(warned.map((violation) => [violation.rule, violation.row, violation.column])).toEqual([
      [6, 'carried_over', 'natural_person'],
      [6, 'carried_over', 'total'],
    ]);
    // Rule 5 needs the 规章 rows filled: none of the draft's half-filled tables is checked against last year.
    expect(warned.some((violation) => violation.rule === 5)).toBe(false);

    const saved = publishDraft(drafts, reports, draft, { id: 'reviewer1', selfApproval: false });
    expect(saved.violations.filter((violation) => violation.rule === 6)).toEqual(warned);
    expect(reports.violations(saved.reportId).filter((violation) => violation.rule === 6)).toEqual(warned);
    expect(drafts.byId(draft.id)).toMatchObject({ status: 'published', reviewedBy: 'reviewer1', publishedReportId: saved.reportId });
  });

  it('publishes in one transaction: when marking the draft fails, no report is stored', () => {
    const draft = draftAfterLastYear();
    const before = reports.reportCount();
    // A failure after the report is written and before the draft is marked: both must be rolled back.
    reports.db.exec("CREATE TEMP TRIGGER refuse_publish BEFORE UPDATE OF status ON drafts BEGIN SELECT RAISE(ABORT, 'refused'); END");
    expect(() => publishDraft(drafts, reports, draft, { id: 'reviewer1', selfApproval: false })).toThrow(/refused/);
    expect(reports.reportCount()).toBe(before);
    expect(reports.report(draft.agencyId, 2025)).toBeUndefined();
    expect(drafts.byId(draft.id)?.status).toBe('draft');
  });

  it('counts what is filled and checks the table rules only on filled rows', () => {
    const draft = draftAfterLastYear();
    const progress = draftProgress(drafts, draft.id);
    expect(progress.filledCells).toBe(APPLICANT_COLUMNS.length);
    expect(progress.missingCells.some((item) => item.row === 'carried_over')).toBe(false);
    // Rule 1 involves 新收, 上年结转, 办理结果总计 and 结转下年度: with only one of them filled it is not checked yet.
    expect(progress.violations).toEqual([]);
    expect(progress.complete).toBe(false);
    const report = draftReport(drafts, draft.id);
    expect(report.applications.carried_over).toEqual(
      APPLICANT_COLUMNS.map((column) => (column.key === 'natural_person' || column.key === 'total' ? 1 : 0)),
    );
    expect(report.missing).toContain('applications.received');
  });
});
