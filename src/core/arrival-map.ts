/**
 * A Map that forgets its oldest entries first, in O(1) per entry. A plain Map used as a queue
 * (`map.keys().next()` to find the oldest, then `delete`) is quadratic in V8: a deleted entry
 * stays a hole until the table is rebuilt, and every new iterator walks over all the holes
 * from the start. With the webhook's dedupe cache full (10,000 answers) that walk was a tenth
 * of the CPU per request. Here the arrival order is an array of entries with a head index.
 */

/** What the map keeps per key: the caller's value and the key itself (for the arrival queue). */
interface Slot<K, V> {
  key: K;
  value: V;
}

/** A Map in arrival order whose oldest entries are dropped cheaply. */
export class ArrivalMap<K, V> {
  private readonly slots = new Map<K, Slot<K, V>>();
  /** Every slot set, oldest first; a slot replaced or deleted since stays until it reaches the head. */
  private queue: Array<Slot<K, V> | undefined> = [];
  private head = 0;

  /** Number of keys. */
  get size(): number {
    return this.slots.size;
  }

  get(key: K): V | undefined {
    return this.slots.get(key)?.value;
  }

  /** Set `key` as the newest entry (a key set again moves to the end). */
  set(key: K, value: V): void {
    const slot = { key, value };
    this.slots.set(key, slot);
    this.queue.push(slot);
  }

  /** Delete `key`, but only while it still holds `value` (when given). */
  delete(key: K, value?: V): void {
    if (value === undefined || this.slots.get(key)?.value === value) this.slots.delete(key);
  }

  /** The oldest entry still in the map, or undefined when empty. */
  oldest(): { key: K; value: V } | undefined {
    this.skipStale();
    return this.queue[this.head];
  }

  /** Drop the oldest entries while `expired(value)` holds; stops at the first that does not. */
  dropOldestWhile(expired: (value: V) => boolean): void {
    for (;;) {
      const slot = this.oldest();
      if (slot === undefined || !expired(slot.value)) return;
      this.slots.delete(slot.key);
      this.advance();
    }
  }

  /** Drop the oldest entries until at most `maxEntries` remain. */
  trimTo(maxEntries: number): void {
    while (this.slots.size > maxEntries) {
      const slot = this.oldest();
      if (slot === undefined) return;
      this.slots.delete(slot.key);
      this.advance();
    }
  }

  /** Pass over queue entries whose key was deleted or set again since. */
  private skipStale(): void {
    while (this.head < this.queue.length) {
      const slot = this.queue[this.head] as Slot<K, V>;
      if (this.slots.get(slot.key) === slot) return;
      this.advance();
    }
  }

  private advance(): void {
    // Release the slot now: until the compaction below it would keep its value (a whole reply) alive.
    this.queue[this.head] = undefined;
    this.head += 1;
    // Compact once the consumed part is both large and most of the array: amortised O(1).
    if (this.head >= 1024 && this.head * 2 >= this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }
}
