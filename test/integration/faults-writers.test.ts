/**
 * A busy January on one SQLite file: three real `gongkai` processes write at once (an import of
 * many reports and two clerks entering figures through `gongkai chat`). Every write transaction
 * takes the write lock up front (BEGIN IMMEDIATE), so they queue on busy_timeout instead of one
 * failing at once with SQLITE_BUSY when another commits between its read and its write.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { ReportStore } from '../../src/store/report-store.js';
import { seedSampleReports } from '../../src/report/seed.js';
import { StaffStore } from '../../src/store/staff-store.js';
import { ensureBuilt } from '../build.js';

ensureBuilt();
const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-writers-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(input ?? '');
  });
}

describe('three writers at once', () => {
  it('an import and two chatting clerks on one file finish with no error', async () => {
    const db = join(directory, 'busy.db');
    const setup = openDatabase(db);
    const reports = new ReportStore(setup);
    seedSampleReports(reports);
    const staff = new StaffStore(setup, reports);
    staff.add({ id: 'clerk-x', name: '张三', agency: '西工区科学技术局', role: 'clerk' });
    staff.add({ id: 'clerk-h', name: '李四', agency: '海原县科学技术局', role: 'clerk' });
    setup.close();

    const samples = [
      'haiyuan-kjj-2024.txt',
      'hongsibu-kjj-2023.txt',
      'shapotou-kjj-2024.txt',
      'xigong-kjj-2024.txt',
      'zhongwei-kjj-2025.txt',
    ].map((file) => join(root, 'data', 'reports', file));
    const files = Array.from({ length: 12 }, () => samples).flat();
    const entries = (count: number) =>
      ['填报2025年度', ...Array.from({ length: count }, (_, index) => `${['行政许可', '行政处罚', '行政强制'][index % 3]} ${index}`)].join(
        '\n',
      );
    const [imported, clerkX, clerkH] = await Promise.all([
      run(['--db', db, 'import', ...files]),
      run(['--db', db, 'chat', '--user', 'clerk-x'], entries(150)),
      run(['--db', db, 'chat', '--user', 'clerk-h'], entries(150)),
    ]);
    expect(imported.err).not.toMatch(/refused|拒绝导入|SQLITE/);
    expect(imported.out).toContain(`共 ${files.length} 个文件：导入 ${files.length} 个，拒绝 0 个。`);
    expect(imported.code).toBe(0);
    for (const clerk of [clerkX, clerkH]) {
      expect(clerk.code).toBe(0);
      expect(clerk.out).not.toMatch(/暂时无法|没有保存|SQLITE/);
      expect(clerk.out.match(/已保存/g)?.length).toBe(150);
    }
  }, 120_000);
});
