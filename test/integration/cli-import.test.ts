/** `gongkai import` and `gongkai ask` through the real CLI entry, on a real SQLite file. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../build.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';

const root = join(__dirname, '..', '..');
const reports = readdirSync(join(root, 'data', 'reports'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => join(root, 'data', 'reports', name));
ensureBuilt();
let directory: string;

const run = runCli;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('gongkai import', () => {
  it('imports the five sample reports and prints them as JSON with the FORMAT.md keys', async () => {
    const db = join(directory, 'import.db');
    const result = await run(['--db', db, 'import', '--json', ...reports]);
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.out) as Array<Record<string, any>>;
    expect(parsed.map((item) => [item.agency, item.year])).toEqual([
      ['海原县科学技术局', 2024],
      ['红寺堡区科学技术局', 2023],
      ['沙坡头区科学技术局', 2024],
      ['西工区科学技术局', 2024],
      ['中卫市科学技术局', 2025],
    ]);
    for (const item of parsed) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'file',
          'agency',
          'year',
          'format',
          'sections',
          'proactive',
          'applications',
          'appeals',
          'contacts',
          'prose_figures',
          'violations',
          'missing',
        ]),
      );
      expect(item.format).toBe('2021');
      expect(Object.keys(item.sections)).toEqual(['overview', 'proactive', 'applications', 'appeals', 'problems', 'other']);
      expect(Object.keys(item.applications)).toHaveLength(25);
      for (const values of Object.values(item.applications)) expect(values).toHaveLength(7);
      expect(Object.keys(item.appeals)).toEqual(['review', 'litigation_direct', 'litigation_after_review']);
      expect(item.violations).toEqual([]);
      expect(item.missing).toEqual([]);
    }
    const xigong = parsed[3];
    expect(xigong.proactive).toEqual({
      rules: { issued: 0, repealed: 0, in_force: 0 },
      normative_documents: { issued: 0, repealed: 0, in_force: 0 },
      licensing: 6,
      penalties: 0,
      coercive_measures: 0,
      fees_wan_yuan: 0,
    });
    const zhongwei = parsed[4];
    expect(zhongwei.proactive.normative_documents).toEqual({ issued: 1, repealed: 1, in_force: 1 });
    expect(zhongwei.applications.received).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(zhongwei.applications.granted).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(zhongwei.applications.handled_total).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(zhongwei.applications['withheld.state_secret']).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(parsed[2].contacts).toMatchObject({ phone: '0955-8812012', post_code: '755000', email: 'sptqkxjsj@163.com' });
  });

  it('re-importing replaces the report atomically and says so', async () => {
    const db = join(directory, 'replace.db');
    const first = await run(['--db', db, 'import', reports[3]]);
    expect(first.out).toContain('已导入');
    const second = await run(['--db', db, 'import', reports[3]]);
    expect(second.status).toBe(0);
    expect(second.out).toContain('已替换原有报告');
    const asked = await run(['--db', db, 'ask', '--json', '西工区科技局2024年行政许可多少件']);
    expect(JSON.parse(asked.out).facts).toHaveLength(1);
  });

  it('refuses a file that is not a report, imports the others, and exits non-zero', async () => {
    const db = join(directory, 'refuse.db');
    const notReport = join(directory, 'news.txt');
    writeFileSync(notReport, '今天天气很好，我们去公园散步。\n明天可能下雨。\n');
    const image = join(directory, 'scan.png');
    writeFileSync(image, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const result = await run(['--db', db, 'import', notReport, reports[0], image]);
    expect(result.status).not.toBe(0);
    expect(result.err).toContain('news.txt');
    expect(result.err).toContain('不是政府信息公开工作年度报告');
    expect(result.err).toContain('scan.png');
    expect(result.out).toContain('海原县科学技术局');
    expect(result.out).toContain('导入 1 个，拒绝 2 个');
  });

  it('tells the user how to call it when no file is given', async () => {
    const result = await run(['import']);
    expect(result.status).toBe(2);
    expect(result.err).toContain('gongkai import');
  });
});

describe('the gongkai binary', () => {
  it('runs as a real process: ask --json prints {kind, answer, facts}', () => {
    const db = join(directory, 'bin.db');
    const output = execFileSync(
      process.execPath,
      [join(root, 'bin', 'gongkai.js'), '--db', db, 'ask', '--json', '中卫市科学技术局2025年新收了多少件政府信息公开申请？'],
      { encoding: 'utf8' },
    );
    const answer = JSON.parse(output);
    expect(answer.kind).toBe('figure');
    expect(answer.facts).toEqual([
      {
        agency: '中卫市科学技术局',
        year: 2025,
        key: 'received.total',
        value: 1,
        unit: '件',
        source: { report: '《中卫市科学技术局2025年政府信息公开工作年度报告》', section: '三、收到和处理政府信息公开申请情况' },
      },
    ]);
    expect(answer.answer).toContain('1件');
  });

  it('eval prints failures and the "N passed, N failed" line', () => {
    const db = join(directory, 'eval.db');
    const file = join(directory, 'questions.jsonl');
    writeFileSync(
      file,
      [
        '{"q":"西工区科技局2024年行政许可多少件","expect":{"values":[6]}}',
        '{"q":"西工区科技局2024年行政许可多少件","expect":{"values":[7]}}',
      ].join('\n'),
    );
    const result = spawnSync(process.execPath, [join(root, 'bin', 'gongkai.js'), '--db', db, 'eval', file], { encoding: 'utf8' });
    expect(result.stdout).toContain('1 passed, 1 failed');
    expect(result.stdout).toContain('no fact with value 7');
    expect(result.status).toBe(1);
  });
});
