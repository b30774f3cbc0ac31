/**
 * The one cache for data derived from the database (answers across agencies, an agency's report
 * list, the agency index, summaries): least recently used entries go first (lru-cache), and every
 * entry is dropped at once when the data version changes, so nothing derived outlives the data it
 * was derived from. The version comes from the store (ReportStore.changeStamp: its own writes, and
 * SQLite's `PRAGMA data_version` for other connections' commits).
 */
import { LRUCache } from 'lru-cache';

/** How a versioned cache is bounded and where it reads the data version. */
export interface VersionedCacheOptions {
  /** Entries kept at most; the least recently used goes first. */
  max: number;
  /** The data version now: any change (compared with ===) drops every entry. Called on every read, so it must be cheap. */
  version: () => unknown;
}

/** A bounded cache whose entries hold until the data version changes. */
export interface VersionedCache<K, V> {
  /** The value kept for `key` under the current data version, else `compute()`'s, which is kept. */
  get(key: K, compute: () => V): V;
  /** The value kept for `key` under the current data version, without computing one. */
  peek(key: K): V | undefined;
  /** Entries kept now (some may belong to a version not yet seen to have changed). */
  readonly size: number;
}

/** A cache of `max` entries that empties itself when `version()` changes. */
export function versionedCache<K extends {}, V extends {}>(options: VersionedCacheOptions): VersionedCache<K, V> {
  const entries = new LRUCache<K, V>({ max: options.max });
  let seen: unknown;
  let started = false;
  const current = (): void => {
    const version = options.version();
    if (started && version === seen) return;
    entries.clear();
    seen = version;
    started = true;
  };
  return {
    get(key, compute) {
      current();
      const kept = entries.get(key);
      if (kept !== undefined) return kept;
      const value = compute();
      entries.set(key, value);
      return value;
    },
    peek(key) {
      current();
      return entries.get(key);
    },
    get size() {
      return entries.size;
    },
  };
}
