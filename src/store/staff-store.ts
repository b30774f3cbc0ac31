/** The staff registry: who may enter and approve reports for which agency. */
import type { StaffIdentity } from '../core/router.js';
import { type Db, writing } from './db.js';
import type { ReportStore } from './report-store.js';

export type StaffRole = 'clerk' | 'reviewer';

export interface StaffMember extends StaffIdentity {
  mobile?: string;
  remindersPaused: boolean;
}

interface StaffRow {
  id: string;
  name: string;
  agencyId: number;
  agency: string;
  role: StaffRole;
  mobile: string | null;
  remindersPaused: number;
}

const SELECT = `SELECT s.id, s.name, s.agency_id AS agencyId, a.name AS agency, s.role, s.mobile, s.reminders_paused AS remindersPaused
  FROM staff s JOIN agencies a ON a.id = s.agency_id`;

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    agencyId: row.agencyId,
    agency: row.agency,
    role: row.role,
    mobile: row.mobile ?? undefined,
    remindersPaused: row.remindersPaused === 1,
  };
}

/**
 * Staff are keyed by their identity on a channel (an OA openid, a Wechaty contact id, the
 * console --user), which is unique enough across channels in practice.
 */
export class StaffStore {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly reports: ReportStore,
  ) {
    this.statements = {
      byId: db.prepare(`${SELECT} WHERE s.id = ? ORDER BY s.created_at LIMIT 1`),
      all: db.prepare(`${SELECT} ORDER BY a.name, s.role, s.name`),
      ofAgency: db.prepare(`${SELECT} WHERE s.agency_id = ? ORDER BY s.role, s.name`),
      upsert: db.prepare(
        `INSERT INTO staff (id, name, agency_id, role, mobile, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id, agency_id) DO UPDATE SET name = excluded.name, role = excluded.role, mobile = COALESCE(excluded.mobile, staff.mobile)`,
      ),
      remove: db.prepare('DELETE FROM staff WHERE id = ?'),
      pause: db.prepare('UPDATE staff SET reminders_paused = ? WHERE id = ?'),
      selfApproval: db.prepare('SELECT allow_self_approval FROM agencies WHERE id = ?'),
      setSelfApproval: db.prepare('UPDATE agencies SET allow_self_approval = ? WHERE id = ?'),
    };
  }

  /** Register (or update) a staff member; an agency named for the first time is created. */
  add(input: { id: string; name: string; agency: string; role: StaffRole; mobile?: string }): StaffMember {
    return writing(`cannot register staff ${input.id}`, () =>
      this.db
        .transaction(() => {
          const agency = this.reports.ensureAgency(input.agency);
          this.statements.upsert.run(input.id, input.name, agency.id, input.role, input.mobile ?? null, new Date().toISOString());
          return this.byId(input.id)!;
        })
        .immediate(),
    );
  }

  /** The staff member behind a channel identity, if registered. */
  byId(id: string): StaffMember | undefined {
    const row = this.statements.byId.get(id) as StaffRow | undefined;
    return row ? toMember(row) : undefined;
  }

  list(): StaffMember[] {
    return (this.statements.all.all() as StaffRow[]).map(toMember);
  }

  ofAgency(agencyId: number): StaffMember[] {
    return (this.statements.ofAgency.all(agencyId) as StaffRow[]).map(toMember);
  }

  /** Remove a staff member; true if there was one. */
  remove(id: string): boolean {
    return writing(`cannot remove staff ${id}`, () => this.statements.remove.run(id).changes > 0);
  }

  setRemindersPaused(id: string, paused: boolean): void {
    writing(`cannot change reminders of ${id}`, () => this.statements.pause.run(paused ? 1 : 0, id));
  }

  /** Whether the agency lets its only reviewer approve a draft they submitted or changed (off by default). */
  selfApprovalAllowed(agencyId: number): boolean {
    return this.statements.selfApproval.pluck().get(agencyId) === 1;
  }

  /** Turn the single-reviewer setting on or off for an agency. */
  setSelfApprovalAllowed(agencyId: number, allowed: boolean): void {
    writing(`cannot change the approval setting of agency ${agencyId}`, () =>
      this.statements.setSelfApproval.run(allowed ? 1 : 0, agencyId),
    );
  }
}
