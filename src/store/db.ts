/** Opening the SQLite database: WAL, foreign keys, and the numbered migrations. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { GongkaiError } from '../core/errors.js';
import { type Migration, MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/** Open (creating if needed) the database at `path` (`:memory:` for tests) and migrate it. */
export function openDatabase(path: string, options: { readonly?: boolean; migrations?: Migration[] } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new GongkaiError('STORE', `cannot open database ${path}: ${(error as Error).message}`, '数据库无法打开，请联系管理员。', { cause: error });
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db, options.migrations ?? MIGRATIONS);
  }
  return db;
}

/** Apply every migration newer than the database, each in its own transaction. */
export function migrate(db: Db, migrations: Migration[] = MIGRATIONS): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  let count = 0;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
    count += 1;
  }
  return count;
}
