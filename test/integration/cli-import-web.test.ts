/** `gongkai import URL…`, `--list` and `gongkai reports` through the real CLI, against a local HTTP server on 127.0.0.1. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ensureBuilt } from '../build.js';
import { type ReportServer, startReportServer } from '../fixtures/report-server.js';

const root = join(__dirname, '..', '..');
const bin = join(root, 'bin', 'gongkai.js');
const run = promisify(execFile);
ensureBuilt();

let server: ReportServer;
let directory: string;
beforeAll(async () => {
  server = await startReportServer();
  directory = mkdtempSync(join(tmpdir(), 'gongkai-web-'));
});
afterAll(async () => {
  await server.close();
  rmSync(directory, { recursive: true, force: true });
});

/** The binary as a real process; the server answers from this process, so the child must not be waited for synchronously. */
async function gongkai(argv: string[]): Promise<{ status: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...argv], { encoding: 'utf8' });
    return { status: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

/** The closing table as label → count. */
function closingCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of text.matchAll(/^(完整导入|部分导入|拒绝导入|有勾稽问题) \((imported|partial|refused|rule breaks)\)\s+(\d+)$/gm))
    counts[match[2]] = Number(match[3]);
  return counts;
}

describe('gongkai import URL', () => {
  it('imports a GBK page by URL, records the URL as its source, and prints the closing table', async () => {
    const db = join(directory, 'url.db');
    const url = server.url('/gbk/report.html');
    const result = await gongkai(['--db', db, 'import', url]);
    expect(result.err).toBe('');
    expect(result.status).toBe(0);
    expect(result.out).toContain(`[1/1] ${url}: 中卫市科学技术局 2025年 (2021版式) 已导入`);
    expect(closingCounts(result.out)).toEqual({ imported: 1, partial: 0, refused: 0, 'rule breaks': 0 });
    expect(result.out).toContain('共 1 个文件：导入 1 个，拒绝 0 个。');

    const listed = await gongkai(['--db', db, 'reports', '--json']);
    expect(JSON.parse(listed.out)).toEqual([
      { agency: '中卫市科学技术局', year: 2025, format: '2021', source: url, partial: false, missing: [], blanks: 0, violations: 0 },
    ]);
    const table = await gongkai(['--db', db, 'reports']);
    expect(table.out).toMatch(/^机关 \(agency\)\s+年度 \(year\)/);
    expect(table.out).toContain(url);
  });

  it('--list mixes files and URLs, skips comments and blank lines, and counts each outcome', async () => {
    const db = join(directory, 'list.db');
    const list = join(directory, 'sources.txt');
    // A partial copy: the sample cut off inside table 三.
    const sample = readFileSync(join(root, 'data', 'reports', 'haiyuan-kjj-2024.txt'), 'utf8');
    writeFileSync(
      join(directory, 'haiyuan-cut.txt'),
      sample.slice(0, sample.indexOf('（三）不予公开') > 0 ? sample.indexOf('（三）不予公开') : sample.indexOf('四、政府信息公开行政复议')),
    );
    writeFileSync(
      list,
      [
        '# reports to import',
        join(root, 'data', 'reports', 'hongsibu-kjj-2023.txt'),
        '',
        server.url('/flaky'),
        'haiyuan-cut.txt',
        server.url('/gone.html'),
        '   ',
        server.url('/loop-a'),
      ].join('\n'),
    );
    const result = await gongkai(['--db', db, 'import', '--list', list]);
    expect(result.status).toBe(1);
    expect(result.out).toContain('[1/5]');
    expect(result.out).toContain('红寺堡区科学技术局 2023年');
    expect(result.out).toContain(`[2/5] ${server.url('/flaky')}: 西工区科学技术局 2024年`);
    expect(result.err).toContain(
      `[4/5] ${server.url('/gone.html')}: 拒绝导入 (refused) — ${server.url('/gone.html')}：服务器返回 HTTP 404（页面不存在）`,
    );
    expect(result.err).toContain('重定向超过 5 次');
    expect(result.err.trim().split('\n')).toHaveLength(2);
    const counts = closingCounts(result.out);
    expect(counts).toEqual({ imported: 2, partial: 1, refused: 2, 'rule breaks': 0 });
    expect(result.out).toContain('共 5 个文件：导入 3 个，拒绝 2 个。');

    const listed = JSON.parse((await gongkai(['--db', db, 'reports', '--json'])).out) as Array<{
      source: string;
      partial: boolean;
      missing: string[];
    }>;
    expect(listed.map((item) => item.source).sort()).toEqual(['haiyuan-cut.txt', 'hongsibu-kjj-2023.txt', server.url('/flaky')].sort());
    expect(counts.partial).toBe(listed.filter((item) => item.partial).length);
  });

  it('--json keeps standard output an array of per-file objects; the closing table goes to standard error', async () => {
    const db = join(directory, 'json.db');
    const result = await gongkai(['--db', db, 'import', '--json', server.url('/utf8/xigong'), server.url('/missing')]);
    expect(result.status).toBe(1);
    const parsed = JSON.parse(result.out) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({ file: server.url('/utf8/xigong'), agency: '西工区科学技术局', year: 2024 });
    expect(parsed[1]).toEqual({ file: server.url('/missing'), error: expect.stringContaining('HTTP 404') });
    expect(closingCounts(result.err)).toEqual({ imported: 1, partial: 0, refused: 1, 'rule breaks': 0 });
  });

  it('applies the --timeout setting', async () => {
    const db = join(directory, 'timeout.db');
    // The server answers after 10 s; with the default 20 s time-out this import would succeed.
    const result = await gongkai(['--db', db, 'import', '--timeout', '0.3', server.url('/slow')]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('请求超时（0.3 秒内未完成）');
  });

  it('applies the --max-size setting and refuses the document with a clear message', async () => {
    const db = join(directory, 'size.db');
    // 4 KB: well under the page's size.
    const result = await gongkai(['--db', db, 'import', '--max-size', String(4 / 1024), server.url('/gbk/report.html')]);
    expect(result.status).toBe(1);
    expect(result.err).toContain('文件超过大小上限 4 KB，已停止下载，不予导入');
    expect(closingCounts(result.out)).toEqual({ imported: 0, partial: 0, refused: 1, 'rule breaks': 0 });
  });
});

describe('the progress bar', () => {
  it('draws on a terminal and replaces the per-file ok lines; never on a pipe', async () => {
    const db = join(directory, 'bar.db');
    const sources = [server.url('/utf8/xigong'), server.url('/gbk/article')];
    let out = '';
    let err = '';
    const status = await main(['--db', db, 'import', '--json', ...sources], {
      out: (text) => (out += text),
      err: (text) => (err += text),
      stderrIsTTY: true,
    });
    expect(status).toBe(0);
    expect(JSON.parse(out)).toHaveLength(2);
    expect(err).toContain('\r\x1b[2K[############------------] 1/2');
    expect(err).toContain('[########################] 2/2');
    expect(err).not.toMatch(/\] ok$/m);

    let piped = '';
    await main(['--db', db, 'import', '--json', ...sources], { out: () => undefined, err: (text) => (piped += text) });
    expect(piped).not.toContain('\r');
    expect(piped).toContain(`[1/2] ${sources[0]}: ok`);
  });
});
