/**
 * readTransaction on a real SQLite file with a second connection writing meanwhile, as another
 * process (an import) does: an answer's statements share one snapshot, and the writes an answer
 * makes (conversation memory, the ranking queue) never turn that snapshot into a write.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { inReadTransaction, openDatabase, outsideReadTransaction, readTransaction } from '../../../src/store/db.js';
import { SqliteStateStore } from '../../../src/store/state-store.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-read-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function open(name: string) {
  const path = join(directory, name);
  const db = openDatabase(path);
  const other = new Database(path);
  other.pragma('busy_timeout = 5000');
  const count = () => (db.prepare('SELECT COUNT(*) FROM conversation_state').pluck().get() as number) ?? 0;
  return { db, other, count };
}

describe('readTransaction', () => {
  it('reads one snapshot: a commit by another connection is seen only after the scope ends', () => {
    const { db, other } = open('snapshot.db');
    const read = db.prepare("SELECT COUNT(*) FROM conversation_state WHERE key LIKE 'other:%'").pluck();
    const seen = readTransaction(db, () => {
      const before = read.get();
      other.prepare("INSERT INTO conversation_state (key, value, expires_at) VALUES ('other:1', '{}', 9e12)").run();
      return [before, read.get(), inReadTransaction(db)];
    });
    expect(seen).toEqual([0, 0, true]);
    expect(inReadTransaction(db)).toBe(false);
    expect(db.inTransaction).toBe(false);
    expect(read.get()).toBe(1);
    other.close();
    db.close();
  });

  it('holds a write made inside back until the scope ends, so a stale snapshot never fails it', () => {
    const { db, other, count } = open('state.db');
    const state = new SqliteStateStore(db);
    readTransaction(db, () => {
      db.prepare('SELECT COUNT(*) FROM conversation_state').get();
      // Another process commits after this snapshot began: writing from it now would fail with SQLITE_BUSY_SNAPSHOT.
      other.prepare("INSERT INTO conversation_state (key, value, expires_at) VALUES ('other:1', '{}', 9e12)").run();
      state.set('data-entry:a', { step: 1 }, 60_000);
      state.set('qa:b', { agencyIds: [1] }, 60_000, { lazy: true });
      // Read back from memory at once.
      expect(state.get('data-entry:a')).toEqual({ step: 1 });
    });
    expect(state.failedWrites).toBe(0);
    expect(count()).toBe(3);
    other.close();
    db.close();
  });

  it('nests: only the outermost call begins and ends the transaction', () => {
    const { db, other } = open('nested.db');
    const depthSeen = readTransaction(db, () => readTransaction(db, () => db.inTransaction));
    expect(depthSeen).toBe(true);
    expect(db.inTransaction).toBe(false);
    other.close();
    db.close();
  });

  it('runs inside a transaction someone else opened without ending it', () => {
    const { db, other } = open('inside.db');
    db.exec('BEGIN IMMEDIATE');
    readTransaction(db, () => db.prepare("INSERT INTO conversation_state (key, value, expires_at) VALUES ('k', '{}', 9e12)").run());
    expect(db.inTransaction).toBe(true);
    db.exec('ROLLBACK');
    expect(db.prepare('SELECT COUNT(*) FROM conversation_state').pluck().get()).toBe(0);
    other.close();
    db.close();
  });

  it('lets a write step outside the snapshot and reads it afterwards', () => {
    const { db, other } = open('outside.db');
    const read = db.prepare('SELECT COUNT(*) FROM conversation_state').pluck();
    const seen = readTransaction(db, () => {
      read.get();
      other.prepare("INSERT INTO conversation_state (key, value, expires_at) VALUES ('other:1', '{}', 9e12)").run();
      outsideReadTransaction(db, () =>
        db.prepare("INSERT INTO conversation_state (key, value, expires_at) VALUES ('mine', '{}', 9e12)").run(),
      );
      return read.get();
    });
    expect(seen).toBe(2);
    other.close();
    db.close();
  });

  it('ends the transaction when the reader throws', () => {
    const { db, other } = open('throws.db');
    expect(() =>
      readTransaction(db, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.inTransaction).toBe(false);
    expect(inReadTransaction(db)).toBe(false);
    other.close();
    db.close();
  });
});
