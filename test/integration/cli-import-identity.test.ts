/** `gongkai import --agency/--year` and partial pages, through the real CLI entry on a real SQLite file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';

const real = (name: string) => join(__dirname, '..', 'fixtures', 'reports-real', name);
let directory: string;

const run = runCli;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-identity-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('gongkai import: agency, year, partial', () => {
  it('a cut-off page imports as partial; a page that never names its agency is refused with a request for --agency', async () => {
    const db = join(directory, 'partial.db');
    const result = await run(['--db', db, 'import', '--json', real('12.txt'), real('17.txt')]);
    expect(result.status).toBe(1);
    const [partial, refused] = JSON.parse(result.out) as Array<Record<string, any>>;
    expect(partial).toMatchObject({ agency: '迎宾路街道办事处', year: 2021, partial: true });
    expect(partial.missing).toEqual(expect.arrayContaining(['proactive', 'applications', 'appeals']));
    expect(refused.error).toContain('--agency');
    expect(result.err).toContain('17.txt');
    // Refused and not stored, but what was read is shown, to be checked before importing with --agency.
    expect(refused).toMatchObject({ stored: false, agency: null, year: 2023, format: '2021', partial: true });
    expect(refused.applications.received).toEqual([3, 0, 0, 0, 0, 0, 3]);
    expect(refused.applications.carried_over).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const listed = await run(['--db', db, 'reports', '--json']);
    expect((JSON.parse(listed.out) as Array<{ year: number }>).map((report) => report.year)).toEqual([2021]);
  });

  it('--agency and --year override the text and the report is stored under them', async () => {
    const db = join(directory, 'override.db');
    const result = await run(['--db', db, 'import', '--agency', '长春市退役军人事务局', '--year', '2023', real('17.txt')]);
    expect(result.status).toBe(0);
    expect(result.out).toContain('长春市退役军人事务局 2023年');
    const asked = await run(['--db', db, 'ask', '--json', '长春市退役军人事务局2023年新收了多少件申请']);
    expect(JSON.parse(asked.out).kind).not.toBe('refusal');
  });

  it('a bad --year is one clear line', async () => {
    const result = await run(['--db', join(directory, 'bad.db'), 'import', '--year', '24', real('12.txt')]);
    expect(result.status).not.toBe(0);
    expect(result.err).toContain('--year');
  });
});
