/** Opening the SQLite database: WAL, foreign keys, the numbered migrations, backups, write failures. */
import { accessSync, constants, existsSync, lstatSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { GongkaiError, storeWriteFailure } from '../core/errors.js';
import { type Migration, MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

let addonPath: string | null | undefined;

/**
 * better-sqlite3's compiled addon where its install builds it. Without this option the package
 * finds it through `bindings`, which tries a dozen paths (a few ms of every CLI command's start);
 * null, that default search, when the addon is elsewhere (a prebuilt binary, a debug build).
 */
function nativeBinding(): string | null {
  if (addonPath === undefined) {
    const packageDirectory = dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
    const candidate = join(packageDirectory, 'build', 'Release', 'better_sqlite3.node');
    addonPath = existsSync(candidate) ? candidate : null;
  }
  return addonPath;
}

/** Per connection: the read transaction readTransaction opened, and what waits for its end. */
interface ReadScope {
  begin: Database.Statement;
  commit: Database.Statement;
  /** Nesting depth of readTransaction calls on this connection (0: no scope open). */
  depth: number;
  /** Run once the scope's transaction has ended (deferred writes). */
  after: Array<() => void>;
}

const readScopes = new WeakMap<Db, ReadScope>();

function scopeOf(db: Db): ReadScope {
  let scope = readScopes.get(db);
  if (!scope) {
    scope = { begin: db.prepare('BEGIN'), commit: db.prepare('COMMIT'), depth: 0, after: [] };
    readScopes.set(db, scope);
  }
  return scope;
}

/**
 * Run `read` inside one read transaction. Outside a transaction every statement opens and ends
 * its own (locks, the WAL index): measured on the 100,000-report bench database, 13–21 µs of
 * CPU a statement against 5 µs inside one transaction, and an answer runs several. Nested calls,
 * and calls inside a transaction already open, just run. Writes meant for the same moment go
 * through afterReadTransaction, so the read snapshot is never upgraded to a write (which fails
 * at once when another process has committed since it began).
 */
export function readTransaction<T>(db: Db, read: () => T): T {
  if (!db.open) return read();
  const scope = scopeOf(db);
  if (scope.depth > 0) {
    scope.depth += 1;
    try {
      return read();
    } finally {
      scope.depth -= 1;
    }
  }
  // Inside someone else's transaction (a write in progress): theirs to end.
  if (db.inTransaction) return read();
  scope.begin.run();
  scope.depth = 1;
  try {
    return read();
  } finally {
    scope.depth = 0;
    if (db.open && db.inTransaction) scope.commit.run();
    const after = scope.after.splice(0);
    for (const run of after) run();
  }
}

/**
 * Run `write` outside the read transaction open on this connection, if any: the snapshot ends,
 * `write` runs with its own transaction, and a new snapshot begins (which sees the write).
 */
export function outsideReadTransaction<T>(db: Db, write: () => T): T {
  const scope = readScopes.get(db);
  if (!scope || scope.depth === 0 || !db.inTransaction) return write();
  scope.commit.run();
  try {
    return write();
  } finally {
    scope.begin.run();
  }
}

/** Whether readTransaction has a read transaction open on this connection now. */
export function inReadTransaction(db: Db): boolean {
  return (readScopes.get(db)?.depth ?? 0) > 0;
}

/** Run `write` now, or when the read transaction open on this connection ends (see readTransaction). */
export function afterReadTransaction(db: Db, write: () => void): void {
  if (inReadTransaction(db)) scopeOf(db).after.push(write);
  else write();
}

/** True when this process may write the file (false for chmod 444 or a read-only mount). */
export function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Open (creating if needed) the database at `path` (`:memory:` for tests) and migrate it.
 * A file this process may not write (chmod 444, a read-only mount), or `readonly: true`, is
 * opened read-only without migrating: it must already be migrated, questions are answered
 * from it, and every write fails with a clear STORE error (see writeFailure).
 */
export function openDatabase(path: string, options: { readonly?: boolean; migrations?: Migration[] } = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const readonly = options.readonly ?? (path !== ':memory:' && existsSync(path) && !isWritable(path));
  if (path !== ':memory:' && !readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    const addon = nativeBinding();
    db = new Database(path, { readonly, fileMustExist: readonly, ...(addon ? { nativeBinding: addon } : {}) });
  } catch (error) {
    throw new GongkaiError('STORE', `cannot open database ${path}: ${(error as Error).message}`, '数据库无法打开，请联系管理员。', {
      cause: error,
    });
  }
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (readonly) {
      const pending = pendingMigrations(db, migrations);
      if (pending.length > 0) {
        throw new GongkaiError(
          'STORE',
          `database ${path} is read-only and not migrated (missing ${pending.map((migration) => `${migration.version} ${migration.name}`).join(', ')}); open it writable once, or restore a newer backup`,
          '数据库无法打开，请联系管理员。',
        );
      }
    } else {
      if (path !== ':memory:') db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Checkpoint every 4000 pages (16 MB of WAL) instead of SQLite's 1000: an import writes
      // tens of pages a report, and each checkpoint copies and syncs the WAL; measured on 300
      // imported reports, about 7% more reports a second.
      db.pragma('wal_autocheckpoint = 4000');
      migrate(db, migrations);
    }
  } catch (error) {
    db.close();
    if (error instanceof GongkaiError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (readonly && (code === 'SQLITE_READONLY_DIRECTORY' || code === 'SQLITE_CANTOPEN')) {
      // WAL needs its -shm file next to the database; a read-only directory cannot hold one.
      throw new GongkaiError(
        'STORE',
        `cannot read ${path}: it is in WAL mode and its directory is read-only, so SQLite cannot create ${path}-shm. Serve a copy made by \`gongkai backup\` (a single file in rollback-journal mode), or make the directory writable`,
        '数据库无法打开，请联系管理员。',
        { cause: error },
      );
    }
    throw writeFailure(error, `cannot prepare database ${path}`) ?? error;
  }
  return db;
}

/** Migrations the database has not had yet (all of them for a database without the table). */
export function pendingMigrations(db: Db, migrations: Migration[] = MIGRATIONS): Migration[] {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const applied = new Set(table ? (db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]) : []);
  return migrations.filter((migration) => !applied.has(migration.version)).sort((a, b) => a.version - b.version);
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
    }).immediate();
    count += 1;
  }
  return count;
}

/**
 * The clear error for a write SQLite refused because it cannot write at all (see
 * storeWriteFailure, the one mapping every write path shares).
 */
export function writeFailure(error: unknown, context = 'cannot write to the database'): GongkaiError | undefined {
  if (error instanceof GongkaiError) return undefined;
  return storeWriteFailure(error, context);
}

/** Run a write, turning SQLite's "cannot write" into the clear STORE error (others pass through). */
export function writing<T>(context: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw writeFailure(error, context) ?? error;
  }
}

/** What backupDatabase did. */
export interface BackupResult {
  target: string;
  pages: number;
  reports: number;
  integrity: string;
}

/**
 * An online, consistent copy of the database at `source` into the new file `target`, through
 * SQLite's backup API: safe while the service runs and writes (WAL: the copy is one snapshot;
 * if another connection commits between steps SQLite starts the copy over). The copy is
 * opened afterwards, switched to rollback-journal mode (one file, readable from read-only
 * media; the service turns WAL back on when it opens it writable) and checked (quick_check,
 * report count). Never overwrites a file.
 */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
  if (source === ':memory:') throw new GongkaiError('BAD_INPUT', 'cannot back up an in-memory database');
  if (!existsSync(source)) throw new GongkaiError('NOT_FOUND', `no database at ${source}`);
  // lstat, not exists: a dangling symbolic link "does not exist" yet SQLite would write through it.
  let targetEntry: ReturnType<typeof lstatSync> | undefined;
  try {
    targetEntry = lstatSync(target);
  } catch {
    targetEntry = undefined;
  }
  if (targetEntry?.isSymbolicLink())
    throw new GongkaiError('BAD_INPUT', `${target} is a symbolic link; a backup never writes through one, give a new name`);
  if (targetEntry) throw new GongkaiError('BAD_INPUT', `${target} already exists; a backup never overwrites a file, give a new name`);
  if (!existsSync(dirname(target))) throw new GongkaiError('BAD_INPUT', `directory ${dirname(target)} does not exist`);
  // Not openDatabase: a backup reads the source as it is and never migrates it.
  let db: Db;
  try {
    db = new Database(source, { fileMustExist: true, readonly: !isWritable(source) });
  } catch (error) {
    throw new GongkaiError('STORE', `cannot open database ${source}: ${(error as Error).message}`, undefined, { cause: error });
  }
  let pages = 0;
  try {
    db.pragma('busy_timeout = 5000');
    // One step for the whole file after the first: a busy writer cannot keep restarting a copy made of many small steps.
    const progress = await db.backup(target, { progress: ({ totalPages }) => totalPages + 1 });
    pages = progress.totalPages;
  } catch (error) {
    throw (
      writeFailure(error, `cannot write the backup ${target}`) ??
      new GongkaiError('STORE', `backup to ${target} failed: ${(error as Error).message}`, undefined, { cause: error })
    );
  } finally {
    db.close();
  }
  const copy = new Database(target, { fileMustExist: true });
  try {
    // One self-contained file: no -wal beside it, and it opens even on read-only media.
    copy.pragma('journal_mode = DELETE');
    const integrity = String(copy.pragma('quick_check', { simple: true }));
    const hasReports = copy.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'reports'").get();
    const reports = hasReports ? (copy.prepare('SELECT COUNT(*) FROM reports').pluck().get() as number) : 0;
    if (integrity !== 'ok') throw new GongkaiError('STORE', `the backup ${target} failed its integrity check: ${integrity}`);
    return { target, pages, reports, integrity };
  } finally {
    copy.close();
  }
}
