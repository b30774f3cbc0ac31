/** SqliteStateStore on a real SQLite file: lazy (follow-up memory) writes are batched, others stored at once. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { SqliteStateStore } from '../../../src/store/state-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-state-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function open(name: string) {
  const path = join(directory, name);
  const db = openDatabase(path);
  const clock = { now: 1_000_000 };
  const store = new SqliteStateStore(db, () => clock.now);
  const rows = () => db.prepare('SELECT key, value FROM conversation_state ORDER BY key').all() as Array<{ key: string; value: string }>;
  return { path, db, clock, store, rows };
}

describe('SqliteStateStore', () => {
  it('stores a plain write before set returns, and reads it back after a reopen', () => {
    const first = open('plain.db');
    first.store.set('data-entry:a', { step: 3 }, 60_000);
    expect(first.rows()).toEqual([{ key: 'data-entry:a', value: '{"step":3}' }]);
    first.db.close();
    const again = open('plain.db');
    expect(again.store.get('data-entry:a')).toEqual({ step: 3 });
    again.db.close();
  });

  it('batches a busy spell of lazy writes: the first at once, the rest within the flush delay, all on flush', async () => {
    const { db, store, rows } = open('lazy.db');
    for (let user = 0; user < 100; user += 1) store.set(`qa:user-${user}`, { user }, 60_000, { lazy: true });
    const early = rows().length;
    // The first write after a quiet spell went out; the other 99 are held back but read back from memory.
    expect(early).toBeGreaterThanOrEqual(1);
    expect(early).toBeLessThan(100);
    expect(store.get('qa:user-99')).toEqual({ user: 99 });
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(rows()).toHaveLength(100);
    store.set('qa:user-0', { user: 'changed' }, 60_000, { lazy: true });
    store.set('qa:user-1', { user: 'changed' }, 60_000, { lazy: true });
    store.flush();
    expect(rows().find((row) => row.key === 'qa:user-1')?.value).toBe('{"user":"changed"}');
    db.close();
  });

  it('a plain write or delete also stores the lazy writes held before it, in order', () => {
    const { db, store, rows } = open('order.db');
    store.set('qa:x', { n: 1 }, 60_000, { lazy: true });
    store.set('qa:y', { n: 2 }, 60_000, { lazy: true });
    store.set('qa:x', { n: 3 }, 60_000, { lazy: true });
    store.delete('qa:y');
    expect(rows()).toEqual([{ key: 'qa:x', value: '{"n":3}' }]);
    expect(store.get('qa:y')).toBeUndefined();
    db.close();
  });

  it('keeps a lazy write as its value until written, and writes the JSON of the last one set', () => {
    const { path, db, store, rows } = open('value.db');
    store.set('qa:warm', { n: 0 }, 60_000, { lazy: true });
    const memory = { agencyIds: [7], years: [2024], more: undefined };
    store.set('qa:v', memory, 60_000, { lazy: true });
    // Read back as the value set, without a JSON round trip; stored as JSON (undefined fields dropped).
    expect(store.get('qa:v')).toBe(memory);
    store.flush();
    expect(rows().find((row) => row.key === 'qa:v')?.value).toBe('{"agencyIds":[7],"years":[2024]}');
    db.close();
    const again = open('value.db');
    expect(again.path).toBe(path);
    expect(again.store.get('qa:v')).toEqual({ agencyIds: [7], years: [2024] });
    again.db.close();
  });

  it('a lazy value JSON cannot hold is neither stored nor remembered, and the others of its batch are', () => {
    const { db, store, rows } = open('cycle.db');
    store.set('qa:first', { n: 0 }, 60_000, { lazy: true });
    const cyclic: Record<string, unknown> = { n: 1 };
    cyclic.self = cyclic;
    store.set('qa:cyclic', cyclic, 60_000, { lazy: true });
    store.set('qa:fine', { n: 2 }, 60_000, { lazy: true });
    expect(() => store.flush()).not.toThrow();
    expect(rows().map((row) => row.key)).toEqual(['qa:fine', 'qa:first']);
    expect(store.get('qa:cyclic')).toBeUndefined();
    db.close();
  });

  it('expires entries by the clock, also those only in memory', () => {
    const { db, clock, store } = open('expiry.db');
    store.set('qa:old', { n: 1 }, 1_000, { lazy: true });
    clock.now += 1_001;
    expect(store.get('qa:old')).toBeUndefined();
    store.flush();
    expect(db.prepare('SELECT COUNT(*) FROM conversation_state').pluck().get()).toBe(0);
    db.close();
  });

  it('on a database that refuses writes, a lazy write is counted as failed and not remembered', () => {
    const { db, store } = open('refusing.db');
    db.pragma('query_only = ON');
    store.set('qa:z', { n: 1 }, 60_000, { lazy: true });
    store.flush();
    expect(store.failedWrites).toBeGreaterThan(0);
    expect(store.get('qa:z')).toBeUndefined();
    db.close();
  });

  it('reads conversations evicted from memory back, whether their write is still held back or stored', () => {
    const { db, store, rows } = open('evicted.db');
    // More conversations than memory keeps, in one busy spell: the first ones are read from the held-back writes or the table.
    for (let user = 0; user < 5000; user += 1) store.set(`qa:user-${user}`, { user }, 60_000, { lazy: true });
    for (const user of [0, 1, 2500, 4999]) expect(store.get(`qa:user-${user}`)).toEqual({ user });
    store.flush();
    expect(rows()).toHaveLength(5000);
    for (const user of [3, 4998]) expect(store.get(`qa:user-${user}`)).toEqual({ user });
    db.close();
  });

  it('a flush after the database closed writes nothing and does not throw', () => {
    const { db, store } = open('closed.db');
    store.set('qa:a', { n: 1 }, 60_000, { lazy: true });
    store.set('qa:b', { n: 2 }, 60_000, { lazy: true });
    db.close();
    expect(() => store.flush()).not.toThrow();
  });
});
