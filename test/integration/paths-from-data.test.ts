/**
 * Paths from data: agency names are validated where agencies are created, file names made from
 * data stay in their folder, and writes never follow a symbolic link nor overwrite without
 * --force (export --out, backup). Through the CLI's main() on real files.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { safeFileName } from '../../src/cli/safe-write.js';
import { agencyNameProblem } from '../../src/report/agency-names.js';

const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-paths-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

async function run(db: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--db', db, ...argv], { out: (text) => (out += text), err: (text) => (err += text), stdin: Readable.from([]) });
  return { code, out, err };
}

const sample = readFileSync(join(root, 'data', 'reports', 'xigong-kjj-2024.txt'), 'utf8');
const titled = (title: string) => sample.replace(/^# .*$/m, `# ${title}`);

describe('agency names', () => {
  it('refuses a report whose agency name holds a path, and writes nothing outside', async () => {
    const db = join(directory, 'names.db');
    const escaped = join(directory, 'escaped');
    mkdirSync(escaped);
    const files = ['../../../../tmp/x/pwned局2024年政府信息公开工作年度报告', '西工区/科学技术局2024年政府信息公开工作年度报告'].map(
      (title, index) => {
        const file = join(directory, `evil-${index}.txt`);
        writeFileSync(file, titled(title));
        return file;
      },
    );
    const result = await run(db, ['import', ...files]);
    expect(result.code).toBe(1);
    expect(result.err.match(/路径符号/g)).toHaveLength(2);
    const agencies = await run(db, ['agencies', 'list']);
    expect(agencies.out).not.toContain('pwned');
    expect(readdirSync(escaped)).toEqual([]);
  });

  it('refuses control characters and names over 50 characters wherever an agency is created (staff add)', async () => {
    const db = join(directory, 'staff-names.db');
    for (const agency of [`西工区${'很'.repeat(50)}局`, '西工区\u0007科学技术局', '西工区\\科学技术局']) {
      const result = await run(db, [
        'staff',
        'add',
        '--id',
        'x1',
        '--name',
        '张三',
        '--agency',
        agency,
        '--role',
        'clerk',
        '--create-agency',
      ]);
      expect(result.code, agency).toBe(2);
      expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(agencyNameProblem('宁夏回族自治区中卫市沙坡头区科学技术局')).toBeUndefined();
  });

  it('makes data-derived file names safe', () => {
    for (const name of ['../../../../tmp/x/pwned局', '..\\..\\win', 'a/b:c*?"<>|d', '\u0000\u202e局', '.hidden', '...']) {
      const safe = safeFileName(name);
      expect(safe, name).not.toMatch(/[/\\\u0000-\u001f\u202e]|\.\./);
      expect(safe.startsWith('.')).toBe(false);
      expect(safe.length).toBeGreaterThan(0);
    }
    expect(safeFileName('西工区科学技术局2024年政府信息公开工作年度报告')).toBe('西工区科学技术局2024年政府信息公开工作年度报告');
  });
});

describe('writes', () => {
  it('export --out refuses an existing file without --force, never writes through a symbolic link', async () => {
    const db = join(directory, 'export.db');
    const existing = join(directory, 'existing.md');
    writeFileSync(existing, 'keep me');
    let result = await run(db, ['export', '西工区科技局', '2024', '--out', existing]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--force');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');

    result = await run(db, ['export', '西工区科技局', '2024', '--out', existing, '--force']);
    expect(result.code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toContain('西工区科学技术局');

    const victim = join(directory, 'victim.db');
    writeFileSync(victim, 'database');
    const link = join(directory, 'link.md');
    symlinkSync(victim, link);
    result = await run(db, ['export', '西工区科技局', '2024', '--out', link, '--force']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('database');

    result = await run(db, ['export', '西工区科技局', '2024', '--out', join(directory, 'no-such-folder', 'x.md')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('does not exist');
    expect(result.err.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('backup refuses a dangling symbolic link and creates nothing at its target', async () => {
    const db = join(directory, 'backup-source.db');
    expect((await run(db, ['ask', '西工区科技局2024年办理了几件行政许可？'])).code).toBe(0);
    const target = join(directory, 'elsewhere.db');
    const link = join(directory, 'dangling.db');
    symlinkSync(target, link);
    const result = await run(db, ['backup', link]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('symbolic link');
    expect(existsSync(target)).toBe(false);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
