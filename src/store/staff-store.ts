/** The staff registry: who may enter and approve reports for which agency. */
import { CHAT_CHANNELS } from '../core/message.js';
import type { StaffIdentity } from '../core/pipeline.js';
import { type Db, writing } from './db.js';
import type { ReportStore } from './report-store.js';

export type StaffRole = 'clerk' | 'reviewer';

export interface StaffMember extends StaffIdentity {
  mobile?: string;
  remindersPaused: boolean;
  /** The member's user id on each channel they are registered for (filled by `list` and `ofAgency`, for notifiers). */
  addresses?: Record<string, string>;
}

/** One way a staff member is reached: their user id on one channel. */
export interface ChannelIdentity {
  channel: string;
  userId: string;
}

interface StaffRow {
  id: string;
  name: string;
  agencyId: number;
  agency: string;
  role: StaffRole;
  mobile: string | null;
  remindersPaused: number;
  addresses?: string | null;
}

const SELECT = `SELECT s.id, s.name, s.agency_id AS agencyId, a.name AS agency, s.role, s.mobile, s.reminders_paused AS remindersPaused
  FROM staff s JOIN agencies a ON a.id = s.agency_id`;
/** The same with each member's channel addresses, for the lists notifiers are fed from. */
const SELECT_WITH_ADDRESSES = SELECT.replace(
  ' FROM staff s',
  ', (SELECT json_group_object(i.channel, i.user_id) FROM staff_identities i WHERE i.staff_id = s.id) AS addresses FROM staff s',
);

/** One key per channel identity (a NUL cannot occur in either part). */
function identityKey(channel: string, userId: string): string {
  return `${channel}\u0000${userId}`;
}

function toMember(row: StaffRow): StaffMember {
  return {
    id: row.id,
    name: row.name,
    agencyId: row.agencyId,
    agency: row.agency,
    role: row.role,
    mobile: row.mobile ?? undefined,
    remindersPaused: row.remindersPaused === 1,
    ...(row.addresses ? { addresses: JSON.parse(row.addresses) as Record<string, string> } : {}),
  };
}

/** Writes to the staff tables through any StaffStore on a connection (so another instance's cache sees them). */
const ownWrites = new WeakMap<Db, { count: number }>();

/**
 * Staff have an id of their own (drafts, audits, reminders and console sessions name it) and are
 * found by (channel, user id) through staff_identities: the same user id on two channels can be
 * two people. A member registered without a channel is known by their id on every chat channel.
 */
export class StaffStore {
  private readonly statements;
  private readonly writes: { count: number };
  /**
   * Every registered (channel, user id), under the data version it was read at: nearly every
   * message comes from a citizen, and answering "not staff" from memory spares the pipeline a
   * SQLite join per message. Staff are few, so the set is small.
   */
  private registered: { version: string; keys: Set<string> } | undefined;

  constructor(
    private readonly db: Db,
    private readonly reports: ReportStore,
  ) {
    this.statements = {
      byId: db.prepare(`${SELECT} WHERE s.id = ? ORDER BY s.created_at LIMIT 1`),
      identify: db.prepare(
        `${SELECT} JOIN staff_identities i ON i.staff_id = s.id WHERE i.channel = ? AND i.user_id = ? ORDER BY s.created_at LIMIT 1`,
      ),
      staffIdOf: db.prepare('SELECT staff_id FROM staff_identities WHERE channel = ? AND user_id = ?').pluck(),
      allIdentities: db.prepare('SELECT channel, user_id AS userId FROM staff_identities'),
      identitiesOf: db.prepare('SELECT channel, user_id AS userId FROM staff_identities WHERE staff_id = ? ORDER BY channel'),
      idTaken: db.prepare('SELECT 1 FROM staff WHERE id = ? UNION ALL SELECT 1 FROM staff_identities WHERE staff_id = ? LIMIT 1').pluck(),
      bind: db.prepare('INSERT OR IGNORE INTO staff_identities (channel, user_id, staff_id, created_at) VALUES (?, ?, ?, ?)'),
      all: db.prepare(`${SELECT_WITH_ADDRESSES} ORDER BY a.name, s.role, s.name`),
      ofAgency: db.prepare(`${SELECT_WITH_ADDRESSES} WHERE s.agency_id = ? ORDER BY s.role, s.name`),
      upsert: db.prepare(
        `INSERT INTO staff (id, name, agency_id, role, mobile, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(id, agency_id) DO UPDATE SET name = excluded.name, role = excluded.role, mobile = COALESCE(excluded.mobile, staff.mobile)`,
      ),
      remove: db.prepare('DELETE FROM staff WHERE id = ?'),
      unbind: db.prepare('DELETE FROM staff_identities WHERE staff_id = ?'),
      pause: db.prepare('UPDATE staff SET reminders_paused = ? WHERE id = ?'),
      selfApproval: db.prepare('SELECT allow_self_approval FROM agencies WHERE id = ?'),
      setSelfApproval: db.prepare('UPDATE agencies SET allow_self_approval = ? WHERE id = ?'),
    };
    if (!ownWrites.has(db)) ownWrites.set(db, { count: 0 });
    this.writes = ownWrites.get(db)!;
  }

  /**
   * Register (or update) a staff member; an agency named for the first time is created. `id` is
   * the member's user id on `channel`, or on every chat channel when no channel is named. The
   * staff id is that user id, unless somebody else already has it (then `channel:id`).
   */
  add(input: { id: string; name: string; agency: string; role: StaffRole; mobile?: string; channel?: string }): StaffMember {
    this.writes.count += 1;
    return writing(`cannot register staff ${input.id}`, () =>
      this.db
        .transaction(() => {
          const agency = this.reports.ensureAgency(input.agency);
          const at = new Date().toISOString();
          const staffId = input.channel ? this.staffIdFor(input.channel, input.id) : input.id;
          this.statements.upsert.run(staffId, input.name, agency.id, input.role, input.mobile ?? null, at);
          this.bindIdentities(staffId, input.id, input.channel, at);
          return this.byId(staffId)!;
        })
        .immediate(),
    );
  }

  /**
   * Give a staff id its channel identities: `userId` on `channel`, or on every chat channel. An
   * identity that already belongs to somebody else stays theirs. Runs inside the caller's write.
   */
  bindIdentities(staffId: string, userId: string, channel: string | undefined, at = new Date().toISOString()): void {
    this.writes.count += 1;
    for (const each of channel ? [channel] : CHAT_CHANNELS) this.statements.bind.run(each, userId, staffId, at);
  }

  /** The staff id a registration on one channel gets: the bound one, else the user id if free. */
  private staffIdFor(channel: string, userId: string): string {
    const bound = this.staffIdOf(channel, userId);
    if (bound !== undefined) return bound;
    return this.statements.idTaken.get(userId, userId) === undefined ? userId : `${channel}:${userId}`;
  }

  /** The staff member (of an agency) behind a channel identity, if registered. */
  identify(channel: string, userId: string): StaffMember | undefined {
    if (!this.mayBeRegistered(channel, userId)) return undefined;
    const row = this.statements.identify.get(channel, userId) as StaffRow | undefined;
    return row ? toMember(row) : undefined;
  }

  /**
   * False when no staff member has this channel identity. The set is read again whenever the
   * data version changes: this connection's staff writes at once, another process's (`gongkai
   * staff add` beside a running service) within ReportStore.changeStamp's check interval.
   */
  private mayBeRegistered(channel: string, userId: string): boolean {
    const version = `${this.reports.changeStamp()}:${this.writes.count}`;
    if (this.registered?.version !== version) {
      const rows = this.statements.allIdentities.all() as ChannelIdentity[];
      this.registered = { version, keys: new Set(rows.map((row) => identityKey(row.channel, row.userId))) };
    }
    return this.registered.keys.has(identityKey(channel, userId));
  }

  /** The staff id behind a channel identity, whatever the role (office members included). */
  staffIdOf(channel: string, userId: string): string | undefined {
    return this.statements.staffIdOf.get(channel, userId) as string | undefined;
  }

  /** How a staff member is reached, channel by channel. */
  identitiesOf(staffId: string): ChannelIdentity[] {
    return this.statements.identitiesOf.all(staffId) as ChannelIdentity[];
  }

  /** The staff member with this staff id, if registered. */
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

  /** Remove a staff member (by staff id) and their channel identities; true if there was one. */
  remove(id: string): boolean {
    this.writes.count += 1;
    return writing(`cannot remove staff ${id}`, () =>
      this.db.transaction(() => {
        this.statements.unbind.run(id);
        return this.statements.remove.run(id).changes > 0;
      })(),
    );
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
