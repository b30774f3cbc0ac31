/**
 * The reminder ledger (table reminder_log): one row per (agency, person, calendar entry, day,
 * channel), written before a reminder is sent and marked after, so a restart resends only what
 * was never confirmed and never what was.
 */
import { randomUUID } from 'node:crypto';
import type { IsoDate } from '../core/clock.js';
import type { Db } from '../store/db.js';

/** This process, as the ledger knows it: a send in flight is claimed under this id. */
export const PROCESS_INSTANCE = randomUUID();

/**
 * How long a claim by another process holds. A send (rate-limit wait and in-pass retries
 * included) finishes well within it; a claim older than this belongs to a process that died
 * mid-send, and the reminder is taken over.
 */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** pending: recorded, not yet confirmed; sent; failed: the last attempt failed; cancelled: no longer relevant. */
export type ReminderStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

/** What makes a reminder unique. */
export interface ReminderKey {
  agencyId: number;
  personId: string;
  entryId: string;
  day: IsoDate;
  channel: string;
}

export interface ReminderLogRow extends ReminderKey {
  id: number;
  reportYear: number;
  text: string;
  status: ReminderStatus;
  attempts: number;
  lastError: string | null;
  /** The process sending it right now (null when none is). */
  claimedBy: string | null;
  createdAt: string;
  updatedAt: string;
  sentAt: string | null;
}

const SELECT = `SELECT id, agency_id AS agencyId, person_id AS personId, entry_id AS entryId, day, channel, report_year AS reportYear, text,
  status, attempts, last_error AS lastError, claimed_by AS claimedBy, created_at AS createdAt, updated_at AS updatedAt, sent_at AS sentAt FROM reminder_log`;

/** Reads and writes the ledger; every write is one synchronous statement or transaction. */
export class ReminderLog {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    /** Which process this is; another process's fresh claim is left alone. */
    readonly instance: string = PROCESS_INSTANCE,
  ) {
    this.statements = {
      find: db.prepare(`${SELECT} WHERE agency_id = ? AND person_id = ? AND entry_id = ? AND day = ? AND channel = ?`),
      insert: db.prepare(
        `INSERT INTO reminder_log (agency_id, person_id, entry_id, day, channel, report_year, text, status, attempts, last_error, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      open: db.prepare(`${SELECT} WHERE status IN ('pending', 'failed') ORDER BY id`),
      all: db.prepare(`${SELECT} ORDER BY id`),
      cancel: db.prepare(
        `UPDATE reminder_log SET status = 'cancelled', last_error = ?, updated_at = ? WHERE id = ? AND status IN ('pending', 'failed')`,
      ),
      claim: db.prepare(
        `UPDATE reminder_log SET status = 'pending', attempts = attempts + 1, claimed_by = ?, updated_at = ?
         WHERE id = ? AND status IN ('pending', 'failed') AND attempts < ? AND (claimed_by IS NULL OR claimed_by = ? OR updated_at <= ?)`,
      ),
      sent: db.prepare(
        `UPDATE reminder_log SET status = 'sent', text = ?, sent_at = ?, updated_at = ?, last_error = NULL, claimed_by = NULL WHERE id = ?`,
      ),
      failed: db.prepare(
        `UPDATE reminder_log SET status = 'failed', text = ?, last_error = ?, updated_at = ?, claimed_by = NULL WHERE id = ?`,
      ),
      byId: db.prepare(`${SELECT} WHERE id = ?`),
    };
  }

  find(key: ReminderKey): ReminderLogRow | undefined {
    return this.statements.find.get(key.agencyId, key.personId, key.entryId, key.day, key.channel) as ReminderLogRow | undefined;
  }

  byId(id: number): ReminderLogRow | undefined {
    return this.statements.byId.get(id) as ReminderLogRow | undefined;
  }

  /**
   * Record reminders before sending: new keys become `pending` (or `cancelled` with a reason, for
   * a paused person, so resuming never brings back an old reminder); existing rows are kept.
   * Returns the rows as they now stand, in the order given.
   */
  record(items: Array<ReminderKey & { reportYear: number; text: string; cancelledBecause?: string }>): ReminderLogRow[] {
    const at = this.now().toISOString();
    return this.db
      .transaction(() =>
        items.map((item) => {
          this.statements.insert.run(
            item.agencyId,
            item.personId,
            item.entryId,
            item.day,
            item.channel,
            item.reportYear,
            item.text,
            item.cancelledBecause ? 'cancelled' : 'pending',
            item.cancelledBecause ?? null,
            at,
            at,
          );
          const row = this.find(item)!;
          if (item.cancelledBecause && (row.status === 'pending' || row.status === 'failed')) {
            this.statements.cancel.run(item.cancelledBecause, at, row.id);
            return this.byId(row.id)!;
          }
          return row;
        }),
      )
      .immediate();
  }

  /** Rows recorded but not confirmed: pending (perhaps interrupted) or failed. */
  open(): ReminderLogRow[] {
    return this.statements.open.all() as ReminderLogRow[];
  }

  all(): ReminderLogRow[] {
    return this.statements.all.all() as ReminderLogRow[];
  }

  /** Give up on unconfirmed rows that are no longer relevant (superseded, published, paused). */
  cancel(ids: number[], reason: string): void {
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        for (const id of ids) this.statements.cancel.run(reason, at, id);
      })
      .immediate();
  }

  /**
   * Claim rows for one attempt and count it, before the attempt is made. A row is claimable when it is pending or failed, has attempts left, and no other
   * process holds a fresh claim on it; the check and the write are one statement, so two
   * processes never both send it. Returns the ids claimed.
   */
  claim(ids: number[], maxAttempts: number): number[] {
    const now = this.now();
    const at = now.toISOString();
    const expired = new Date(now.getTime() - CLAIM_LEASE_MS).toISOString();
    return this.db
      .transaction(() =>
        ids.filter((id) => this.statements.claim.run(this.instance, at, id, maxAttempts, this.instance, expired).changes === 1),
      )
      .immediate();
  }

  /** Confirm rows sent, with the text that went out. */
  markSent(ids: number[], text: string): void {
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        for (const id of ids) this.statements.sent.run(text, at, at, id);
      })
      .immediate();
  }

  /** Record a failed attempt and release the claim, so any process may retry it. */
  markFailed(ids: number[], reason: string, text: string): void {
    const at = this.now().toISOString();
    this.db
      .transaction(() => {
        for (const id of ids) this.statements.failed.run(text, reason.slice(0, 500), at, id);
      })
      .immediate();
  }
}
