/**
 * Draft reports entered by staff: cells and section texts saved one change at a time, each
 * in a transaction with an audit entry (who, when, old and new value), so a crash loses
 * nothing acknowledged and "撤销" can undo the last change. Only reads and writes: progress,
 * rules, the draft as a report and publishing are data-entry/draft-service.ts.
 */
import { CURRENT_LAYOUT, SECTIONS, type TableKey } from '../report/catalogue.js';
import { sectionTitle } from '../report/labels.js';
import { type Db, writing } from './db.js';
import type { AgencyRecord } from './report-store.js';

export type DraftStatus = 'draft' | 'submitted' | 'returned' | 'published';

export interface Draft {
  id: number;
  agencyId: number;
  agency: string;
  year: number;
  status: DraftStatus;
  submittedBy: string | null;
  overrideReason: string | null;
  returnReason: string | null;
  reviewedBy: string | null;
  publishedReportId: number | null;
  updatedAt: string;
}

/** One change to write: a cell (value null clears it) or a section text. */
export type DraftChange =
  | { kind: 'cell'; row: string; column: string; value: number | null }
  | { kind: 'section'; section: string; text: string | null };

/** One line of a draft's audit log. */
export interface AuditEntry {
  staffId: string;
  at: string;
  target: string;
  oldValue: string | null;
  newValue: string | null;
  undone: number;
  kind: 'change' | 'undo' | 'self-approval';
}

/** A target someone else changed after the change being undone. */
export interface UndoConflict {
  target: string;
  staffId: string;
  at: string;
  newValue: string | null;
}

/** What undo did: the targets restored (none: nothing to undo), or why it refused. */
export type UndoResult = { ok: true; targets: string[] } | { ok: false; conflicts: UndoConflict[] };

/** The text sections staff write; the other three are the tables. */
export const TEXT_SECTIONS = ['overview', 'problems', 'other'] as const;

const SELECT = `SELECT d.id, d.agency_id AS agencyId, a.name AS agency, d.year, d.status, d.submitted_by AS submittedBy,
  d.override_reason AS overrideReason, d.return_reason AS returnReason, d.reviewed_by AS reviewedBy,
  d.published_report_id AS publishedReportId, d.updated_at AS updatedAt
  FROM drafts d JOIN agencies a ON a.id = d.agency_id`;

/** A draft's move to a new status, as observers (notifications) see it. */
export interface DraftStatusChange {
  draftId: number;
  status: DraftStatus;
  by?: string;
  returnReason?: string | null;
}

export class DraftStore {
  private readonly statements;
  /** Told after every status change; runs inside the caller's transaction, so it must only schedule work. */
  onStatusChange?: (change: DraftStatusChange) => void;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.statements = {
      get: db.prepare(`${SELECT} WHERE d.agency_id = ? AND d.year = ?`),
      byId: db.prepare(`${SELECT} WHERE d.id = ?`),
      all: db.prepare(`${SELECT} ORDER BY d.year, a.name`),
      ofYear: db.prepare(`${SELECT} WHERE d.year = ? ORDER BY a.name`),
      insert: db.prepare('INSERT INTO drafts (agency_id, year, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
      touch: db.prepare('UPDATE drafts SET updated_at = ? WHERE id = ?'),
      cell: db.prepare('SELECT value FROM draft_cells WHERE draft_id = ? AND row_key = ? AND column_key = ?'),
      setCell: db.prepare(
        'INSERT INTO draft_cells (draft_id, row_key, column_key, value) VALUES (?, ?, ?, ?) ON CONFLICT(draft_id, row_key, column_key) DO UPDATE SET value = excluded.value',
      ),
      clearCell: db.prepare('DELETE FROM draft_cells WHERE draft_id = ? AND row_key = ? AND column_key = ?'),
      cells: db.prepare('SELECT row_key AS row, column_key AS "column", value FROM draft_cells WHERE draft_id = ?'),
      section: db.prepare('SELECT text FROM draft_sections WHERE draft_id = ? AND section_key = ?'),
      setSection: db.prepare(
        'INSERT INTO draft_sections (draft_id, section_key, text) VALUES (?, ?, ?) ON CONFLICT(draft_id, section_key) DO UPDATE SET text = excluded.text',
      ),
      clearSection: db.prepare('DELETE FROM draft_sections WHERE draft_id = ? AND section_key = ?'),
      sections: db.prepare('SELECT section_key AS section, text FROM draft_sections WHERE draft_id = ?'),
      audit: db.prepare(
        'INSERT INTO audit_log (draft_id, staff_id, at, target, old_value, new_value, batch, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      lastBatch: db.prepare(
        "SELECT batch FROM audit_log WHERE draft_id = ? AND staff_id = ? AND undone = 0 AND kind = 'change' ORDER BY id DESC LIMIT 1",
      ),
      batchEntries: db.prepare(
        'SELECT id, target, old_value AS oldValue, new_value AS newValue FROM audit_log WHERE batch = ? ORDER BY id DESC',
      ),
      laterChange: db.prepare(
        'SELECT staff_id AS staffId, at, new_value AS newValue FROM audit_log WHERE draft_id = ? AND target = ? AND id > ? ORDER BY id DESC LIMIT 1',
      ),
      markUndone: db.prepare('UPDATE audit_log SET undone = 1 WHERE batch = ?'),
      history: db.prepare(
        'SELECT staff_id AS staffId, at, target, old_value AS oldValue, new_value AS newValue, undone, kind FROM audit_log WHERE draft_id = ? ORDER BY id',
      ),
      markReturned: db.prepare(
        'UPDATE drafts SET returned_after_audit_id = (SELECT MAX(id) FROM audit_log WHERE draft_id = ?) WHERE id = ?',
      ),
      changedSinceReturn: db.prepare(
        `SELECT 1 FROM audit_log WHERE draft_id = ? AND staff_id = ? AND kind = 'change' AND undone = 0
           AND id > COALESCE((SELECT returned_after_audit_id FROM drafts WHERE id = ?), 0) LIMIT 1`,
      ),
      setStatus: db.prepare(
        `UPDATE drafts SET status = ?, submitted_by = COALESCE(?, submitted_by), submitted_at = COALESCE(?, submitted_at), override_reason = ?,
         reviewed_by = ?, reviewed_at = ?, return_reason = ?, published_report_id = COALESCE(?, published_report_id), updated_at = ? WHERE id = ?`,
      ),
    };
  }

  /** The draft of an agency for a year, creating it if there is none. */
  open(agency: AgencyRecord, year: number): Draft {
    const existing = this.get(agency.id, year);
    if (existing) return existing;
    const at = this.now().toISOString();
    writing(`cannot open a draft for ${agency.name} ${year}`, () => this.statements.insert.run(agency.id, year, 'draft', at, at));
    return this.get(agency.id, year)!;
  }

  get(agencyId: number, year: number): Draft | undefined {
    return this.statements.get.get(agencyId, year) as Draft | undefined;
  }

  byId(id: number): Draft | undefined {
    return this.statements.byId.get(id) as Draft | undefined;
  }

  all(): Draft[] {
    return this.statements.all.all() as Draft[];
  }

  ofYear(year: number): Draft[] {
    return this.statements.ofYear.all(year) as Draft[];
  }

  /**
   * Apply changes as one batch in one transaction, each with its audit entry. Returns the
   * old values. Undo reverts a whole batch (a pasted table row is one change to the clerk).
   */
  apply(draftId: number, staffId: string, changes: DraftChange[]): Array<number | string | null> {
    // The Web Crypto global, not node:crypto: importing that module cost every command ~10 ms of start-up.
    const batch = crypto.randomUUID();
    const at = this.now().toISOString();
    return writing(`cannot save changes to draft ${draftId}`, () =>
      this.db
        .transaction(() => {
          const olds: Array<number | string | null> = [];
          for (const change of changes) {
            if (change.kind === 'cell') {
              const old = (this.statements.cell.pluck().get(draftId, change.row, change.column) as number | undefined) ?? null;
              if (change.value === null) this.statements.clearCell.run(draftId, change.row, change.column);
              else this.statements.setCell.run(draftId, change.row, change.column, change.value);
              this.statements.audit.run(
                draftId,
                staffId,
                at,
                `cell:${change.row}:${change.column}`,
                old === null ? null : String(old),
                change.value === null ? null : String(change.value),
                batch,
                'change',
              );
              olds.push(old);
            } else {
              const old = (this.statements.section.pluck().get(draftId, change.section) as string | undefined) ?? null;
              if (change.text === null) this.statements.clearSection.run(draftId, change.section);
              else this.statements.setSection.run(draftId, change.section, change.text);
              this.statements.audit.run(draftId, staffId, at, `section:${change.section}`, old, change.text, batch, 'change');
              olds.push(old);
            }
          }
          this.statements.touch.run(at, draftId);
          return olds;
        })
        .immediate(),
    );
  }

  /**
   * Undo this staff member's last batch of changes, as a new audited change (who, when, the value
   * replaced, the value restored). Refused, changing nothing, when someone else has changed one
   * of its targets since: the result names who and to what.
   */
  undo(draftId: number, staffId: string): UndoResult {
    return writing(`cannot undo in draft ${draftId}`, () =>
      this.db
        .transaction((): UndoResult => {
          const batch = this.statements.lastBatch.pluck().get(draftId, staffId) as string | undefined;
          if (!batch) return { ok: true, targets: [] };
          const entries = this.statements.batchEntries.all(batch) as Array<{
            id: number;
            target: string;
            oldValue: string | null;
            newValue: string | null;
          }>;
          const conflicts: UndoConflict[] = [];
          for (const entry of entries) {
            const later = this.statements.laterChange.get(draftId, entry.target, entry.id) as
              | { staffId: string; at: string; newValue: string | null }
              | undefined;
            // A later entry of one's own, or one that put back exactly this value, leaves nothing of anyone else's to overwrite.
            if (later && later.staffId !== staffId && later.newValue !== entry.newValue) conflicts.push({ target: entry.target, ...later });
          }
          if (conflicts.length > 0) return { ok: false, conflicts };
          const undoBatch = crypto.randomUUID();
          const at = this.now().toISOString();
          for (const entry of entries) {
            const [kind, first, second] = entry.target.split(':');
            if (kind === 'cell') {
              if (entry.oldValue === null) this.statements.clearCell.run(draftId, first, second);
              else this.statements.setCell.run(draftId, first, second, Number(entry.oldValue));
            } else if (entry.oldValue === null) this.statements.clearSection.run(draftId, first);
            else this.statements.setSection.run(draftId, first, entry.oldValue);
            this.statements.audit.run(draftId, staffId, at, entry.target, entry.newValue, entry.oldValue, undoBatch, 'undo');
          }
          this.statements.markUndone.run(batch);
          this.statements.touch.run(at, draftId);
          return { ok: true, targets: entries.map((entry) => entry.target) };
        })
        .immediate(),
    );
  }

  /** True when this staff member changed a value of the draft since it was last returned (or ever, if never returned). */
  changedSinceReturn(draftId: number, staffId: string): boolean {
    return this.statements.changedSinceReturn.get(draftId, staffId, draftId) !== undefined;
  }

  /** Record in the audit log that a reviewer published a draft they had a hand in, under the agency's single-reviewer setting. */
  recordSelfApproval(draftId: number, staffId: string): void {
    writing(`cannot audit the approval of draft ${draftId}`, () =>
      this.statements.audit.run(
        draftId,
        staffId,
        this.now().toISOString(),
        'status',
        'submitted',
        'published',
        crypto.randomUUID(),
        'self-approval',
      ),
    );
  }

  history(draftId: number): AuditEntry[] {
    return this.statements.history.all(draftId) as AuditEntry[];
  }

  cell(draftId: number, row: string, column: string): number | undefined {
    return this.statements.cell.pluck().get(draftId, row, column) as number | undefined;
  }

  /** Every table of the draft: row key → values in column order (undefined where empty). */
  tables(draftId: number): Record<TableKey, Record<string, Array<number | undefined>>> {
    const cells = this.statements.cells.all(draftId) as Array<{ row: string; column: string; value: number }>;
    const byKey = new Map(cells.map((cell) => [`${cell.row}|${cell.column}`, cell.value]));
    const result: Record<TableKey, Record<string, Array<number | undefined>>> = { proactive: {}, applications: {}, appeals: {} };
    for (const row of CURRENT_LAYOUT.rows) {
      const values = row.columns.map((column) => byKey.get(`${row.key}|${column.key}`));
      if (values.some((value) => value !== undefined)) result[row.table][row.key] = values;
    }
    return result;
  }

  sections(draftId: number): Record<string, string> {
    const rows = this.statements.sections.all(draftId) as Array<{ section: string; text: string }>;
    return Object.fromEntries(rows.map((row) => [row.section, row.text]));
  }

  /** Move the draft to a new status, recording who and why. */
  setStatus(
    draftId: number,
    status: DraftStatus,
    details: {
      submittedBy?: string;
      overrideReason?: string | null;
      reviewedBy?: string | null;
      returnReason?: string | null;
      publishedReportId?: number;
    } = {},
  ): void {
    const at = this.now().toISOString();
    writing(`cannot change the status of draft ${draftId}`, () =>
      this.db
        .transaction(() => {
          this.statements.setStatus.run(
            status,
            details.submittedBy ?? null,
            details.submittedBy ? at : null,
            details.overrideReason ?? null,
            details.reviewedBy ?? null,
            details.reviewedBy ? at : null,
            details.returnReason ?? null,
            details.publishedReportId ?? null,
            at,
            draftId,
          );
          if (status === 'returned') this.statements.markReturned.run(draftId, draftId);
        })
        .immediate(),
    );
    this.onStatusChange?.({ draftId, status, by: details.reviewedBy ?? details.submittedBy, returnReason: details.returnReason });
  }
}

/** Section titles as staff see them. */
export const SECTION_LABELS: Record<string, string> = Object.fromEntries(
  SECTIONS.map((section) => [section.key, sectionTitle(section.key)]),
);
