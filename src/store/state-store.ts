/** Conversation state in SQLite (table conversation_state), so it survives a restart. */
import { performance } from 'node:perf_hooks';
import type { Logger } from '../core/log.js';
import type { StateStore } from '../core/state.js';
import { afterReadTransaction, type Db, inReadTransaction } from './db.js';

/** At most one log entry per this many milliseconds while writes keep failing. */
const FAILURE_LOG_INTERVAL_MS = 60_000;
/**
 * Lazy writes are held back at most this long and then committed together: one SQLite commit
 * costs 0.1–0.3 ms (WAL frames, checkpoints), more than answering a question, and every
 * question writes its follow-up memory. A crash loses at most this much follow-up memory.
 */
const FLUSH_AFTER_MS = 50;
/** …or until this many are held back. */
const FLUSH_AT = 256;
/** Conversations kept in memory for reading (a primary-key read plus JSON parsing costs ~30 µs); ~3 KB each. */
const CACHE_MAX = 2_000;

/**
 * A stored entry: its JSON until first read, then its value; null: known to be absent (or
 * deleted, not yet written). The held-back write keeps its own copy of the JSON, or, for a lazy
 * write, the value itself, turned into JSON only when written: a conversation asked twice within
 * one batch is serialised once, and the next question reads the value without parsing it.
 */
type Entry = { json?: string; expiresAt: number; value?: unknown } | null;
type Held = { json?: string; value?: unknown; expiresAt: number } | null;

/**
 * Conversation memory is a convenience: when the database cannot be written (read-only, disk
 * full), a write is skipped with a logged error and the answer still goes out. Reading works
 * as long as the database can be read.
 *
 * Reads come from memory (bounded). A write is stored before set returns, except a lazy one:
 * the first lazy write after a quiet spell goes out at once, those of a busy spell together
 * within FLUSH_AFTER_MS. This process is the only writer of its conversations, so memory and
 * table agree.
 */
export class SqliteStateStore implements StateStore {
  private readonly statements;
  private failures = 0;
  private lastLoggedAt = Number.NEGATIVE_INFINITY;
  private readonly cache = new Map<string, Entry>();
  private readonly pending = new Map<string, Held>();
  private lastFlushAt = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private readonly writeBatch: (entries: Array<[string, Held]>) => void;

  constructor(
    private readonly db: Db,
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
    this.writeBatch = db.transaction((entries: Array<[string, Held]>) => {
      for (const [key, entry] of entries) {
        if (entry) this.statements.set.run(key, entry.json, entry.expiresAt);
        else this.statements.delete.run(key);
      }
    });
  }

  /** Writes skipped because the database refused them, since start. */
  get failedWrites(): number {
    return this.failures;
  }

  get<T>(key: string): T | undefined {
    const entry = this.read(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.hold(key, null, true);
      return undefined;
    }
    // Parsed once per write: callers treat what they read as read-only (as with MemoryStateStore).
    if (entry.value === undefined) {
      try {
        entry.value = JSON.parse(entry.json ?? '');
        entry.json = undefined;
      } catch {
        return undefined;
      }
    }
    return entry.value as T;
  }

  set<T>(key: string, value: T, ttlMs: number, options: { lazy?: boolean } = {}): void {
    const expiresAt = this.now() + ttlMs;
    // A lazy write's value is kept as it is (StateStore: callers never modify what they set or read).
    if (options.lazy === true) this.hold(key, { value, expiresAt }, true);
    else this.hold(key, { json: JSON.stringify(value), expiresAt }, false);
  }

  delete(key: string): void {
    this.hold(key, null, false);
  }

  sweepExpired(): number {
    this.flush();
    const now = this.now();
    for (const [key, entry] of this.cache) if (entry && entry.expiresAt <= now) this.cache.delete(key);
    let removed = 0;
    for (;;) {
      let changes = 0;
      this.write('sweep', 1, () => {
        changes = this.statements.sweep.run(now).changes;
      });
      removed += changes;
      if (changes < 2000) return removed;
    }
  }

  /** Write every held-back change now (before closing the database, and on a timer). */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (this.pending.size === 0) return;
    const entries: Array<[string, Held]> = [];
    for (const [key, held] of this.pending) {
      if (!held || held.json !== undefined) {
        entries.push([key, held]);
        continue;
      }
      try {
        entries.push([key, { json: JSON.stringify(held.value), expiresAt: held.expiresAt }]);
      } catch (error) {
        // A value JSON cannot hold (a cycle, a BigInt) is a caller's bug: not stored, not remembered.
        this.cache.delete(key);
        this.logger?.error({ event: 'state_write_failed', operation: 'serialise', key, err: error }, 'conversation state not serialisable');
      }
    }
    this.pending.clear();
    this.lastFlushAt = performance.now();
    // Closed under a pending timer (tests, shutdown without flush): nothing left to write to.
    if (!this.db.open) return;
    const written = this.write('set', entries.length, () => this.writeBatch(entries));
    // What could not be stored is not remembered either: memory is as durable as the table.
    if (!written) for (const [key] of entries) this.cache.delete(key);
  }

  private read(key: string): Entry {
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      // Most recently used last, so eviction drops the conversations idle longest.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    // Evicted from memory while its write is still held back.
    const held = this.pending.get(key);
    if (held !== undefined) return held && { json: held.json, value: held.value, expiresAt: held.expiresAt };
    const row = this.statements.get.get(key) as { value: string; expiresAt: number } | undefined;
    const entry = row ? { json: row.value, expiresAt: row.expiresAt } : null;
    this.remember(key, entry);
    return entry;
  }

  private remember(key: string, entry: Entry): void {
    this.cache.delete(key);
    this.cache.set(key, entry);
    if (this.cache.size > CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
  }

  private hold(key: string, entry: Held, lazy: boolean): void {
    this.remember(key, entry && { json: entry.json, value: entry.value, expiresAt: entry.expiresAt });
    this.pending.set(key, entry);
    // The first lazy write after a quiet spell goes out at once; a busy spell's go together.
    if (!lazy || this.pending.size >= FLUSH_AT || performance.now() - this.lastFlushAt >= FLUSH_AFTER_MS) this.flushSoon();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_AFTER_MS).unref();
  }

  /**
   * Flush now, or, while an answer reads in its own transaction, as soon as that ends: a write
   * inside it would turn its read snapshot into a write, which fails outright when another
   * process has committed since the snapshot began.
   */
  private flushSoon(): void {
    if (!inReadTransaction(this.db)) {
      this.flush();
      return;
    }
    if (this.flushQueued) return;
    this.flushQueued = true;
    afterReadTransaction(this.db, () => {
      this.flushQueued = false;
      this.flush();
    });
  }

  private flushQueued = false;

  /** Run a write; false when SQLite refused it (counted and logged, never thrown). */
  private write(operation: string, count: number, run: () => unknown): boolean {
    try {
      run();
      return true;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      // Only SQLite's own refusals are soft; anything else is a bug and surfaces.
      if (typeof code !== 'string' || !code.startsWith('SQLITE_')) throw error;
      this.failures += count;
      const time = Date.now();
      if (time - this.lastLoggedAt >= FAILURE_LOG_INTERVAL_MS) {
        this.lastLoggedAt = time;
        this.logger?.error(
          { event: 'state_write_failed', operation, code, failedWrites: this.failures, err: error },
          'conversation state not saved (database read-only or full?); answering without follow-up memory',
        );
      }
      return false;
    }
  }
}
