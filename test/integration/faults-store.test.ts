/**
 * The database when it cannot be written (read-only, disk full) and while it is backed up:
 * questions are still answered, a write fails with a clear error, and `gongkai backup` makes a
 * consistent copy while another connection keeps writing; the copy restores.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dataPath, projectRoot } from '../../src/config/paths.js';
import { GongkaiError } from '../../src/core/errors.js';
import { parseReport } from '../../src/report/parse.js';
import { backupDatabase, migrate, openDatabase } from '../../src/store/db.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ReportStore } from '../../src/store/report-store.js';
import { seedSampleReports } from '../../src/report/seed.js';
import { SqliteStateStore } from '../../src/store/state-store.js';
import { makeTestApp, type TestApp } from '../helpers.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-faults-store-'));
const apps: TestApp[] = [];
afterAll(() => {
  for (const app of apps) app.dispose();
  rmSync(directory, { recursive: true, force: true });
});

function app(): TestApp {
  const created = makeTestApp();
  apps.push(created);
  return created;
}

const SAMPLE = readFileSync(dataPath('reports', 'xigong-kjj-2024.txt'), 'utf8');

/** A sample report under another agency's name: a new report, not a replacement. */
function renamed(name: string) {
  const { report, violations } = parseReport(SAMPLE.replaceAll('西工区', name));
  return { report, violations };
}

describe('a read-only database', () => {
  it('still answers questions; conversation memory is skipped, not fatal; a report save is a clear STORE error', async () => {
    const running = app();
    running.db.pragma('query_only = ON');
    const answer = await running.ask('西工区科技局2024年办理了几件行政许可？', 'reader-1');
    expect(answer.answer).toContain('6件');
    // The follow-up memory could not be written, so it was skipped and counted.
    expect((running.state as SqliteStateStore).failedWrites).toBeGreaterThan(0);
    expect(
      await running.handle({
        channel: 'console',
        user: 'reader-2',
        chat: 'reader-2',
        kind: 'text',
        text: '中卫市科技局2025年收到几件申请',
        id: 'r2',
        receivedAt: new Date(),
      }),
    ).toContain('1件');
    const { report, violations } = renamed('只读区');
    let error: unknown;
    try {
      running.reports.save(report, violations, { origin: 'import' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GongkaiError);
    expect((error as GongkaiError).code).toBe('STORE');
    expect((error as GongkaiError).message).toMatch(/read-only/);
    expect((error as GongkaiError).userMessage).toMatch(/只读.*没有保存/);
    expect(running.reports.reportCount()).toBe(5);
  });

  it('opens a migrated file with readonly (no migration attempted) and answers from it', () => {
    const path = join(directory, 'readonly.db');
    const writable = openDatabase(path);
    seedSampleReports(new ReportStore(writable));
    writable.close();
    const db = openDatabase(path, { readonly: true });
    try {
      expect(db.readonly).toBe(true);
      const store = new ReportStore(db);
      expect(store.reportCount()).toBe(5);
      const state = new SqliteStateStore(db);
      state.set('k', { a: 1 }, 1000);
      expect(state.failedWrites).toBe(1);
      expect(state.get('k')).toBeUndefined();
    } finally {
      db.close();
    }
  });

  it('refuses, clearly, a read-only file that still needs migrations', () => {
    const path = join(directory, 'old-schema.db');
    const old = openDatabase(path, { migrations: MIGRATIONS.slice(0, 1) });
    old.close();
    expect(() => openDatabase(path, { readonly: true })).toThrow(/read-only and not migrated \(missing 2 conversation state/);
  });

  it.skipIf(process.getuid?.() === 0)('opens a chmod 444 file read-only by itself (not as root, who may write anyway)', () => {
    const path = join(directory, 'chmod.db');
    const writable = openDatabase(path);
    seedSampleReports(new ReportStore(writable));
    writable.close();
    chmodSync(path, 0o444);
    const db = openDatabase(path);
    try {
      expect(db.readonly).toBe(true);
      expect(new ReportStore(db).reportCount()).toBe(5);
    } finally {
      db.close();
      chmodSync(path, 0o644);
    }
  });
});

describe('a full disk', () => {
  it('refuses a new report with a clear error and keeps answering', async () => {
    const running = app();
    const pages = running.db.pragma('page_count', { simple: true }) as number;
    // No page may be added: SQLite reports SQLITE_FULL exactly as on a full disk.
    running.db.pragma(`max_page_count = ${pages}`);
    const { report, violations } = renamed('满盘区');
    expect(() => running.reports.save(report, violations, { origin: 'import' })).toThrow(/disk is full/);
    try {
      running.reports.save(report, violations, { origin: 'import' });
    } catch (error) {
      expect((error as GongkaiError).userMessage).toMatch(/磁盘已满.*没有保存/);
    }
    expect(running.reports.reportCount()).toBe(5);
    const answer = await running.ask('沙坡头区科学技术局的联系电话是多少？', 'full-1');
    expect(answer.answer).toContain('0955-8812012');
    // With room again, the same save goes through: nothing half-written stood in its way.
    running.db.pragma('max_page_count = 1073741823');
    running.reports.save(report, violations, { origin: 'import' });
    expect(running.reports.reportCount()).toBe(6);
  });
});

describe('backup', () => {
  it('copies consistently while another connection keeps writing reports', async () => {
    const path = join(directory, 'live.db');
    const db = openDatabase(path);
    seedSampleReports(new ReportStore(db));
    const cellsPerReport = db.prepare('SELECT COUNT(*) FROM cells WHERE report_id = (SELECT MIN(id) FROM reports)').pluck().get() as number;
    db.close();
    // The writer runs in a worker on its own connection, as the service would in its process.
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       (async () => {
         const { openDatabase } = await import(workerData.dist + '/store/db.js');
         const { ReportStore } = await import(workerData.dist + '/store/report-store.js');
         const { parseReport } = await import(workerData.dist + '/report/parse.js');
         const db = openDatabase(workerData.path);
         const store = new ReportStore(db);
         let stop = false;
         parentPort.on('message', () => { stop = true; });
         let written = 0;
         while (!stop) {
           const { report, violations } = parseReport(workerData.text.replaceAll('西工区', '备份' + [...String(written)].map((digit) => '甲乙丙丁戊己庚辛壬癸'[digit]).join('') + '区'));
           store.save(report, violations, { origin: 'import' });
           written += 1;
           if (written === 5) parentPort.postMessage({ started: true });
           await new Promise((resolve) => setImmediate(resolve));
         }
         db.close();
         parentPort.postMessage({ written });
       })();`,
      { eval: true, workerData: { dist: join(projectRoot(), 'dist'), path, text: SAMPLE } },
    );
    const messages: Array<{ started?: boolean; written?: number }> = [];
    const next = () =>
      new Promise<{ started?: boolean; written?: number }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    messages.push(await next());
    const target = join(directory, 'live-backup.db');
    const result = await backupDatabase(path, target);
    worker.postMessage('stop');
    messages.push(await next());
    await worker.terminate();
    const written = messages[1].written!;
    expect(written).toBeGreaterThanOrEqual(5);
    expect(result.integrity).toBe('ok');

    const copy = openDatabase(target, { readonly: true });
    try {
      const reports = copy.prepare('SELECT COUNT(*) FROM reports').pluck().get() as number;
      expect(reports).toBe(result.reports);
      expect(reports).toBeGreaterThanOrEqual(5 + 5);
      expect(reports).toBeLessThanOrEqual(5 + written);
      // Every report in the copy is whole: no transaction half-copied.
      const partial = copy
        .prepare('SELECT r.id FROM reports r WHERE (SELECT COUNT(*) FROM cells c WHERE c.report_id = r.id) <> ?')
        .all(cellsPerReport);
      expect(partial).toEqual([]);
      expect(copy.pragma('foreign_key_check')).toEqual([]);
      // One self-contained file, readable from read-only media.
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(existsSync(`${target}-wal`)).toBe(false);
      // Sentence retrieval works on the copy: its index came along with the reports.
      const store = new ReportStore(copy);
      const xigong = store.reportsOfAgency(store.agencies().find((agency) => agency.name.startsWith('西工区'))!.id)[0];
      expect(store.searchSentences(xigong.id, ['智慧'])).not.toHaveLength(0);
    } finally {
      copy.close();
    }
  });

  it('gongkai backup FILE writes a copy, refuses to overwrite, and the copy restores', async () => {
    const path = join(directory, 'cli.db');
    const db = openDatabase(path);
    seedSampleReports(new ReportStore(db));
    db.close();
    const target = join(directory, 'cli-backup.db');
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (text: string) => out.push(text), err: (text: string) => err.push(text) };
    expect(await main(['--db', path, 'backup', target], io)).toBe(0);
    expect(out.join('')).toMatch(/backup written.*5 份报告/);
    expect(await main(['--db', path, 'backup', target], io)).toBe(2);
    expect(err.join('')).toMatch(/already exists/);
    expect(await main(['--db', join(directory, 'missing.db'), 'backup', join(directory, 'x.db')], io)).toBe(1);

    // Restore, as the README says: stop the service, copy the backup over the database, start.
    const restored = join(directory, 'restored.db');
    copyFileSync(target, restored);
    expect(existsSync(`${restored}-wal`)).toBe(false);
    const reopened = openDatabase(restored);
    try {
      expect(migrate(reopened)).toBe(0);
      expect(new ReportStore(reopened).reportCount()).toBe(5);
    } finally {
      reopened.close();
    }
  });
});
