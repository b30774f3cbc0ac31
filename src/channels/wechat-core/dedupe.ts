/**
 * Run a task once per key, sharing its promise: WeChat (official account and WeCom alike) retries a
 * callback up to three times when it gets no answer within 5 s, and every retry must see the first
 * attempt's result, not a second run.
 */
import { ArrivalMap } from '../../core/arrival-map.js';
import type { WeChatFields } from './xml.js';

/** Limits of the dedupe cache. */
export interface DeduplicatorOptions {
  /** How long a settled result is kept for late retries. */
  ttlMs: number;
  /** Hard bound on entries; the oldest go first, so memory stays bounded under a flood. */
  maxEntries: number;
  now?: () => number;
}

interface Entry<T> {
  promise: Promise<T>;
  /** Set when the task settles; in-flight entries never expire. */
  expiresAt?: number;
}

/** Shares one task per key: in flight, callers join the same promise; settled, they get the cached result until the TTL. */
export class Deduplicator<T> {
  private readonly entries = new ArrivalMap<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: DeduplicatorOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Number of keys currently remembered. */
  get size(): number {
    return this.entries.size;
  }

  /** True when `key` has a live entry, i.e. a call to `run` would join it rather than start the task. */
  has(key: string): boolean {
    const existing = this.entries.get(key);
    return existing !== undefined && (existing.expiresAt === undefined || existing.expiresAt > this.now());
  }

  /**
   * The result of `task` for `key`, running it only if no live entry exists. A task that rejects
   * is forgotten, so the next retry gets a fresh attempt instead of a cached failure.
   */
  run(key: string, task: () => Promise<T>): Promise<T> {
    this.prune();
    const existing = this.entries.get(key);
    if (existing && (existing.expiresAt === undefined || existing.expiresAt > this.now())) return existing.promise;
    if (existing) this.entries.delete(key);

    const entry: Entry<T> = { promise: Promise.resolve().then(task) };
    entry.promise.then(
      () => {
        entry.expiresAt = this.now() + this.options.ttlMs;
      },
      () => this.entries.delete(key, entry),
    );
    this.entries.set(key, entry);
    this.entries.trimTo(this.options.maxEntries);
    return entry.promise;
  }

  /** Drop expired entries from the old end; insertion order approximates age, which is enough to bound memory. */
  private prune(): void {
    const now = this.now();
    this.entries.dropOldestWhile((entry) => entry.expiresAt !== undefined && entry.expiresAt <= now);
  }
}

/**
 * The identity WeChat keeps across retries: MsgId for messages; for events, which have none,
 * sender + CreateTime as WeChat's documentation recommends (plus the event name, to keep two
 * different events in the same second apart, and the EventKey for two menu clicks).
 */
export function dedupeKey(fields: WeChatFields): string {
  const messageId = fields.MsgId?.trim();
  if (messageId) return `message:${messageId}`;
  const from = fields.FromUserName?.trim() ?? '';
  const createTime = fields.CreateTime?.trim() ?? '';
  const what = (fields.Event ?? fields.MsgType ?? '').trim().toLowerCase();
  // Two menu clicks in the same second are two questions, not a retry.
  const eventKey = fields.EventKey?.trim() ?? '';
  return `event:${from}:${createTime}:${what}:${eventKey}`;
}
