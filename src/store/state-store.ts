/** Conversation state in SQLite (table conversation_state), so it survives a restart. */
import type { Logger } from '../core/log.js';
import type { StateStore } from '../core/state.js';
import type { Db } from './db.js';

/** At most one log entry per this many milliseconds while writes keep failing. */
const FAILURE_LOG_INTERVAL_MS = 60_000;

/**
 * Conversation memory is a convenience: when the database cannot be written (read-only, disk
 * full), a write is skipped with a logged error and the answer still goes out. Reading works
 * as long as the database can be read.
 */
export class SqliteStateStore implements StateStore {
  private readonly statements;
  private failures = 0;
  private lastLoggedAt = Number.NEGATIVE_INFINITY;

  constructor(
    db: Db,
    private readonly now: () => number = Date.now,
    private readonly logger?: Logger,
  ) {
    this.statements = {
      get: db.prepare('SELECT value, expires_at AS expiresAt FROM conversation_state WHERE key = ?'),
      set: db.prepare(
        'INSERT INTO conversation_state (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
      ),
      delete: db.prepare('DELETE FROM conversation_state WHERE key = ?'),
      // In slices, so a sweep after a busy day never holds the write lock for long.
      sweep: db.prepare(
        'DELETE FROM conversation_state WHERE key IN (SELECT key FROM conversation_state WHERE expires_at <= ? LIMIT 2000)',
      ),
    };
  }

  /** Writes skipped because the database refused them, since start. */
  get failedWrites(): number {
    return this.failures;
  }

  get<T>(key: string): T | undefined {
    const row = this.statements.get.get(key) as { value: string; expiresAt: number } | undefined;
    if (!row) return undefined;
    if (row.expiresAt <= this.now()) {
      this.write('delete', () => this.statements.delete.run(key));
      return undefined;
    }
    try {
      return JSON.parse(row.value) as T;
    } catch {
      return undefined;
    }
  }

  set<T>(key: string, value: T, ttlMs: number): void {
    const json = JSON.stringify(value);
    this.write('set', () => this.statements.set.run(key, json, this.now() + ttlMs));
  }

  delete(key: string): void {
    this.write('delete', () => this.statements.delete.run(key));
  }

  sweepExpired(): number {
    const now = this.now();
    let removed = 0;
    for (;;) {
      let changes = 0;
      this.write('sweep', () => {
        changes = this.statements.sweep.run(now).changes;
      });
      removed += changes;
      if (changes < 2000) return removed;
    }
  }

  private write(operation: string, run: () => unknown): void {
    try {
      run();
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Only SQLite's own refusals are soft; anything else is a bug and surfaces.
      if (typeof code !== 'string' || !code.startsWith('SQLITE_')) throw error;
      this.failures += 1;
      const time = Date.now();
      if (time - this.lastLoggedAt >= FAILURE_LOG_INTERVAL_MS) {
        this.lastLoggedAt = time;
        this.logger?.error(
          { event: 'state_write_failed', operation, code, failedWrites: this.failures, err: error },
          'conversation state not saved (database read-only or full?); answering without follow-up memory',
        );
      }
    }
  }
}
