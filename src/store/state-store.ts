/** Conversation state in SQLite (table conversation_state), so it survives a restart. */
import type { StateStore } from '../core/state.js';
import type { Db } from './db.js';

export class SqliteStateStore implements StateStore {
  private readonly statements;

  constructor(db: Db, private readonly now: () => number = Date.now) {
    this.statements = {
      get: db.prepare('SELECT value, expires_at AS expiresAt FROM conversation_state WHERE key = ?'),
      set: db.prepare('INSERT INTO conversation_state (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at'),
      delete: db.prepare('DELETE FROM conversation_state WHERE key = ?'),
    };
  }

  get<T>(key: string): T | undefined {
    const row = this.statements.get.get(key) as { value: string; expiresAt: number } | undefined;
    if (!row) return undefined;
    if (row.expiresAt <= this.now()) {
      this.statements.delete.run(key);
      return undefined;
    }
    return JSON.parse(row.value) as T;
  }

  set<T>(key: string, value: T, ttlMs: number): void {
    this.statements.set.run(key, JSON.stringify(value), this.now() + ttlMs);
  }

  delete(key: string): void {
    this.statements.delete.run(key);
  }
}
