/**
 * Conversation state behind a tiny interface (read, write, delete by key, with expiry):
 * SQLite in production so a restart loses nothing, memory in unit tests.
 */

export interface StateStore {
  /** The value last set, shared with later reads: callers must not modify it. */
  get<T>(key: string): T | undefined;
  /**
   * `lazy`: the write may be held back a few milliseconds and batched with others (follow-up
   * memory, which a crash may lose); otherwise it is stored before set returns.
   */
  set<T>(key: string, value: T, ttlMs: number, options?: { lazy?: boolean }): void;
  delete(key: string): void;
  /** Remove every expired entry; returns how many. Run periodically so abandoned chats do not pile up. */
  sweepExpired(): number;
  /** Write out whatever is held back (a store that batches writes); called before the database closes. */
  flush?(): void;
}

/** In-memory state, for tests and one-shot commands. */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }

  set<T>(key: string, value: T, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  sweepExpired(): number {
    const now = this.now();
    let removed = 0;
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) {
        this.entries.delete(key);
        removed += 1;
      }
    }
    return removed;
  }
}
