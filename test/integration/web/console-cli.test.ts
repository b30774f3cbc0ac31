/** `gongkai staff add --role office` and `gongkai console-link` from the built CLI, against a real database file; office scopes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/db.js';
import { ReportStore } from '../../../src/store/report-store.js';
import { agenciesInScope, ConsoleStore } from '../../../src/web/console-store.js';
import { ensureBuilt } from '../../build.js';

ensureBuilt();
const directory = mkdtempSync(join(tmpdir(), 'gongkai-console-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const bin = join(__dirname, '..', '..', '..', 'bin', 'gongkai.js');
const database = join(directory, 'cli.db');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--db', database], {
    encoding: 'utf8',
    env: { ...process.env, PUBLIC_BASE_URL: 'https://gk.example.gov.cn' },
  });

describe('console commands', () => {
  it('registers an office member and prints a one-time link that redeems once', () => {
    const added = run('staff', 'add', '--id', 'office-1', '--name', '王主任', '--role', 'office', '--scope', '中卫市');
    expect(added.status, added.stderr).toBe(0);
    expect(added.stdout).toContain('范围 中卫市');
    const printed = run('console-link', '--id', 'office-1');
    expect(printed.status, printed.stderr).toBe(0);
    const token = /^https:\/\/gk\.example\.gov\.cn\/console\/login\?token=([\w-]+)\n$/.exec(printed.stdout)?.[1];
    expect(token, printed.stdout).toBeDefined();
    const db = openDatabase(database);
    try {
      const store = new ConsoleStore(db);
      expect(store.redeemLoginToken(token!).ok).toBe(true);
      expect(store.redeemLoginToken(token!)).toEqual({ ok: false, reason: 'used' });
      // The office row is invisible to chat's staff registry (no agency), so chat data entry never treats it as a clerk.
      expect(execFileSync(process.execPath, [bin, 'staff', 'list', '--db', database], { encoding: 'utf8' })).not.toContain('office-1');
    } finally {
      db.close();
    }
    const unknown = run('console-link', '--id', 'nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('没有 ID 为 nobody');
  });

  it('an office scope covers the agencies of its region only; no scope covers all', () => {
    const db = openDatabase(database);
    try {
      const reports = new ReportStore(db);
      const store = new ConsoleStore(db);
      const all = reports.agencies();
      const region = all.find((agency) => agency.region)!.region;
      const regional = store.addOffice({ id: 'office-2', name: '赵', scope: region });
      const inScope = agenciesInScope(regional, reports);
      expect(inScope.length).toBeGreaterThan(0);
      expect(inScope.every((agency) => agency.region.startsWith(region) || agency.name.startsWith(region))).toBe(true);
      expect(inScope.length).toBeLessThan(all.length);
      expect(agenciesInScope(store.addOffice({ id: 'office-3', name: '钱' }), reports)).toHaveLength(all.length);
    } finally {
      db.close();
    }
  });
});
