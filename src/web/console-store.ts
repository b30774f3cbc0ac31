/**
 * The console's own tables (migration 10): who may sign in and what they see, one-time sign-in
 * links, sessions and the console's audit log. Secrets are stored only as SHA-256 hashes, so a
 * copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CHAT_CHANNELS } from '../core/message.js';
import type { Db } from '../store/db.js';
import type { ReportStore } from '../store/report-store.js';

/** A console user's role: the chat roles plus the disclosure office. */
export type ConsoleRole = 'clerk' | 'reviewer' | 'office';

/** Someone who may use the console. Office members have no agency, and a region scope ('' = all). */
export interface ConsoleUser {
  id: string;
  name: string;
  role: ConsoleRole;
  agencyId: number | null;
  agency: string | null;
  scope: string;
}

/** A signed-in session as the pages see it. */
export interface ConsoleSession {
  user: ConsoleUser;
  csrfToken: string;
  expiresAt: number;
}

/** How long a sign-in link works. */
export const LOGIN_LINK_TTL_MS = 10 * 60_000;
/** How long a session lasts without signing in again. */
export const SESSION_TTL_MS = 8 * 60 * 60_000;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
const newSecret = () => randomBytes(24).toString('base64url');

interface UserRow {
  id: string;
  name: string;
  role: ConsoleRole;
  agencyId: number | null;
  agency: string | null;
  scope: string | null;
}

const SELECT_USER = `SELECT s.id, s.name, s.role, s.agency_id AS agencyId, a.name AS agency, s.scope
  FROM staff s LEFT JOIN agencies a ON a.id = s.agency_id`;

const toUser = (row: UserRow): ConsoleUser => ({ ...row, scope: row.scope ?? '' });

/** The console's repository. */
export class ConsoleStore {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {
    this.statements = {
      // The office row first: a person registered both ways gets the wider view.
      user: db.prepare(`${SELECT_USER} WHERE s.id = ? ORDER BY s.agency_id IS NOT NULL, s.role = 'clerk', s.created_at LIMIT 1`),
      deleteOffice: db.prepare('DELETE FROM staff WHERE id = ? AND agency_id IS NULL'),
      insertOffice: db.prepare(
        "INSERT INTO staff (id, name, agency_id, role, mobile, created_at, scope) VALUES (?, ?, NULL, 'office', ?, ?, ?)",
      ),
      bindOffice: db.prepare('INSERT OR IGNORE INTO staff_identities (channel, user_id, staff_id, created_at) VALUES (?, ?, ?, ?)'),
      offices: db.prepare(`${SELECT_USER} WHERE s.role = 'office' ORDER BY s.name`),
      insertToken: db.prepare('INSERT INTO console_login_tokens (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      token: db.prepare(
        'SELECT staff_id AS staffId, expires_at AS expiresAt, used_at AS usedAt FROM console_login_tokens WHERE token_hash = ?',
      ),
      useToken: db.prepare('UPDATE console_login_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL'),
      purgeTokens: db.prepare('DELETE FROM console_login_tokens WHERE expires_at < ?'),
      insertSession: db.prepare(
        'INSERT INTO console_sessions (session_hash, staff_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
      ),
      session: db.prepare(
        'SELECT staff_id AS staffId, csrf_token AS csrfToken, expires_at AS expiresAt FROM console_sessions WHERE session_hash = ?',
      ),
      deleteSession: db.prepare('DELETE FROM console_sessions WHERE session_hash = ?'),
      purgeSessions: db.prepare('DELETE FROM console_sessions WHERE expires_at < ?'),
      audit: db.prepare('INSERT INTO console_audit (at, staff_id, action, target, detail, address) VALUES (?, ?, ?, ?, ?, ?)'),
      auditOf: db.prepare('SELECT at, staff_id AS staffId, action, target, detail FROM console_audit ORDER BY id DESC LIMIT ?'),
    };
  }

  /** The console user behind a staff ID (clerk, reviewer or office), if registered. */
  user(id: string): ConsoleUser | undefined {
    const row = this.statements.user.get(id) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  /** Register (or replace) an office member; scope is a region name ('' for every agency). */
  addOffice(input: { id: string; name: string; scope?: string; mobile?: string }): ConsoleUser {
    this.db.transaction(() => {
      const at = new Date(this.now()).toISOString();
      this.statements.deleteOffice.run(input.id);
      this.statements.insertOffice.run(input.id, input.name, input.mobile ?? null, at, input.scope ?? '');
      // Chat finds the office member by their id on every chat channel (the sign-in command).
      for (const channel of CHAT_CHANNELS) this.statements.bindOffice.run(channel, input.id, input.id, at);
    })();
    return this.user(input.id)!;
  }

  /** Office members, for notifications when an agency publishes. */
  offices(): ConsoleUser[] {
    return (this.statements.offices.all() as UserRow[]).map(toUser);
  }

  /** A new one-time sign-in token for a staff member (only its hash is stored). */
  createLoginToken(staffId: string): { token: string; expiresAt: number } {
    const token = newSecret();
    const at = this.now();
    this.statements.purgeTokens.run(at);
    this.statements.insertToken.run(hash(token), staffId, at, at + LOGIN_LINK_TTL_MS);
    return { token, expiresAt: at + LOGIN_LINK_TTL_MS };
  }

  /**
   * Exchange a sign-in token for a new session; refuses an unknown, used or expired token. The
   * token is marked used in the same transaction, so two tabs racing get one session.
   */
  redeemLoginToken(
    token: string,
  ): { ok: true; sessionId: string; session: ConsoleSession } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'no-user' } {
    const at = this.now();
    return this.db.transaction(() => {
      const row = this.statements.token.get(hash(token)) as { staffId: string; expiresAt: number; usedAt: number | null } | undefined;
      if (!row) return { ok: false as const, reason: 'unknown' as const };
      if (row.usedAt !== null) return { ok: false as const, reason: 'used' as const };
      if (row.expiresAt < at) return { ok: false as const, reason: 'expired' as const };
      this.statements.useToken.run(at, hash(token));
      const user = this.user(row.staffId);
      if (!user) return { ok: false as const, reason: 'no-user' as const };
      const sessionId = newSecret();
      const csrfToken = newSecret();
      this.statements.purgeSessions.run(at);
      this.statements.insertSession.run(hash(sessionId), user.id, csrfToken, at, at + SESSION_TTL_MS);
      return { ok: true as const, sessionId, session: { user, csrfToken, expiresAt: at + SESSION_TTL_MS } };
    })();
  }

  /** The live session for a cookie value; the user is read again so a removed member is out at once. */
  session(sessionId: string): ConsoleSession | undefined {
    const row = this.statements.session.get(hash(sessionId)) as { staffId: string; csrfToken: string; expiresAt: number } | undefined;
    if (!row || row.expiresAt < this.now()) return undefined;
    const user = this.user(row.staffId);
    return user ? { user, csrfToken: row.csrfToken, expiresAt: row.expiresAt } : undefined;
  }

  endSession(sessionId: string): void {
    this.statements.deleteSession.run(hash(sessionId));
  }

  /** Record a console write: who, what, on what, from where. */
  audit(entry: { staffId: string | null; action: string; target: string; detail?: string; address?: string }): void {
    this.statements.audit.run(
      new Date(this.now()).toISOString(),
      entry.staffId,
      entry.action,
      entry.target,
      entry.detail ?? null,
      entry.address ?? null,
    );
  }

  /** The latest audit entries, newest first. */
  recentAudit(limit = 50): Array<{ at: string; staffId: string | null; action: string; target: string; detail: string | null }> {
    return this.statements.auditOf.all(limit) as Array<{
      at: string;
      staffId: string | null;
      action: string;
      target: string;
      detail: string | null;
    }>;
  }
}

/** The agencies a user may see: their own, or every agency in the office's region. */
export function agenciesInScope(user: ConsoleUser, reports: ReportStore): Array<{ id: number; name: string; region: string }> {
  const all = reports.agencies();
  if (user.role !== 'office') return all.filter((agency) => agency.id === user.agencyId);
  if (!user.scope) return all;
  return all.filter((agency) => agency.region === user.scope || agency.name.startsWith(user.scope) || agency.region.startsWith(user.scope));
}

/** Whether a user may open an agency's page. */
export function mayView(user: ConsoleUser, agencyId: number, reports: ReportStore): boolean {
  return agenciesInScope(user, reports).some((agency) => agency.id === agencyId);
}
