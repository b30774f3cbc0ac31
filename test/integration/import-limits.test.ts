/**
 * `gongkai import` as a real process against what is not a report file: a device, a FIFO, a
 * symbolic link to a device, a file over IMPORT_MAX_MB, one report repeated many
 * times. Each is refused with its own line, quickly, and a real report beside them still imports.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../build.js';

ensureBuilt();
const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-import-limits-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), ...args], {
      cwd: directory,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err, ms: Date.now() - started }));
  });
}

describe('import limits', () => {
  it('refuses devices, FIFOs, links to devices, oversized files and repeated reports; imports the real one', async () => {
    const sample = readFileSync(join(root, 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');
    const fifo = join(directory, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const link = join(directory, 'zero.txt');
    symlinkSync('/dev/zero', link);
    const big = join(directory, 'big.txt');
    writeFileSync(big, `${sample}\n${'附注。'.repeat(120_000)}`);
    const repeated = join(directory, 'repeated.txt');
    writeFileSync(repeated, Array.from({ length: 6 }, () => sample).join('\n'));
    const good = join(directory, 'good.txt');
    writeFileSync(good, sample);

    const result = await run(['--db', join(directory, 'limits.db'), 'import', '/dev/zero', fifo, link, big, repeated, good], {
      IMPORT_MAX_MB: '0.3',
    });
    const lines = result.err.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('/dev/zero');
    expect(lines[0]).toContain('not a regular file');
    expect(lines[1]).toContain('not a regular file');
    expect(lines[2]).toContain('not a regular file');
    expect(lines[3]).toContain('larger than the limit');
    expect(lines[4]).toContain('one report per file');
    expect(result.out).toContain('共 6 个文件：导入 1 个，拒绝 5 个。');
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(15_000);
  }, 30_000);
});
