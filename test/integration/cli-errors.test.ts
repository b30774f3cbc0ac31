/**
 * The command line as an operator meets it, as real processes: --help everywhere, one line
 * per error with a non-zero status and no stack trace (unless --debug), quiet EPIPE, the
 * command word only removed once.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { main } from '../../src/cli/main.js';
import { ensureBuilt } from '../build.js';

ensureBuilt();
const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-cli-errors-'));
const db = join(directory, 'cli.db');
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(
  args: string[],
  options: { input?: string; env?: Record<string, string>; closeStdoutAfterFirstChunk?: boolean } = {},
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), '--db', db, ...args], {
      cwd: directory,
      env: { ...process.env, LOG_LEVEL: 'silent', ...options.env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      // The reader goes away, like `| head -1`.
      if (options.closeStdoutAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
    child.stdin.end(options.input ?? '');
  });
}

/** The same CLI in this process (the agencies scenario needs many commands; a process each would take half a minute). */
async function inProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['--db', db, ...args], { out: (text) => (out += text), err: (text) => (err += text), stdin: Readable.from([]) });
  return { code, out, err };
}

const oneLine = (text: string) => text.trim().split('\n').length === 1;

describe('--help', () => {
  it('every command prints its usage and exits 0', async () => {
    for (const name of Object.keys(COMMANDS)) {
      let out = '';
      const code = await main([name, '--help'], { out: (text) => (out += text), err: () => undefined, stdin: Readable.from([]) });
      expect(code, name).toBe(0);
      expect(out, name).toMatch(/usage/);
      expect(out, name).toContain(`gongkai ${name}`);
    }
  });

  it('works as a real process too', async () => {
    const result = await run(['staff', '--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--create-agency');
  });
});

describe('one line per error, no stack trace', () => {
  it('an unknown option', async () => {
    const result = await run(['ask', '--bogus', '问题']);
    expect(result.code).toBe(2);
    expect(oneLine(result.err)).toBe(true);
    expect(result.err).toContain("Unknown option '--bogus'");
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('a missing eval file, and with --debug the stack', async () => {
    const result = await run(['eval', join(directory, 'missing.jsonl')]);
    expect(result.code).toBe(1);
    expect(oneLine(result.err)).toBe(true);
    expect(result.err).toContain('missing.jsonl');
    const debug = await run(['--debug', 'eval', join(directory, 'missing.jsonl')]);
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/\n\s+at /);
  });

  it('--out in a missing folder', async () => {
    const result = await run(['export', '西工区科技局', '2024', '--out', join(directory, 'nowhere', 'x.md')]);
    expect(result.code).toBe(2);
    expect(oneLine(result.err)).toBe(true);
  });

  it('a port already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await run(['serve'], { env: { PORT: String(port), HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'porttoken123' } });
      expect(result.code).toBe(1);
      expect(result.err).toContain(`port ${port}`);
      expect(result.err).toContain('already in use');
      expect(result.err).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 20_000);

  it('EPIPE when the reader leaves ends quietly', async () => {
    const questions = Array.from({ length: 300 }, () => '西工区科技局2024年办理了几件行政许可？').join('\n');
    const result = await run(['chat'], { input: questions, closeStdoutAfterFirstChunk: true });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('arguments equal to the command name', () => {
  it('ask ask asks "ask", and --id staff registers the ID "staff"', async () => {
    const asked = await run(['ask', 'ask']);
    expect(asked.code).toBe(0);
    expect(asked.out.trim().length).toBeGreaterThan(0);
    const added = await run(['staff', 'add', '--id', 'staff', '--name', '张三', '--agency', '西工区科技局', '--role', 'clerk']);
    expect(added.err).toBe('');
    expect(added.out).toContain('ID staff');
  });
});

describe('agencies and staff add', () => {
  it('a typo is refused with the closest names; --create-agency creates; a second registration is refused', async () => {
    const typo = await inProcess(['staff', 'add', '--id', 'c1', '--name', '李四', '--agency', '西工区科学技术句', '--role', 'clerk']);
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('西工区科学技术局');
    expect(typo.err).toContain('--create-agency');
    expect((await inProcess(['agencies', 'list'])).out).not.toContain('西工区科学技术句');

    const created = await inProcess([
      'staff',
      'add',
      '--id',
      'c1',
      '--name',
      '李四',
      '--agency',
      '海原县教育句',
      '--role',
      'clerk',
      '--create-agency',
    ]);
    expect(created.code).toBe(0);
    const again = await inProcess(['staff', 'add', '--id', 'c1', '--name', '李四', '--agency', '西工区科技局', '--role', 'clerk']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already registered');

    // The typo agency is merged into the real one, then the real one renamed and back; an unused one removed.
    expect((await inProcess(['agencies', 'merge', '海原县教育句', '海原县科学技术局'])).code).toBe(0);
    let list = (await inProcess(['agencies', 'list', '--json'])).out;
    const agencies = JSON.parse(list) as Array<{ name: string; staff: number }>;
    expect(agencies.find((agency) => agency.name === '海原县科学技术局')!.staff).toBe(1);
    expect(agencies.some((agency) => agency.name === '海原县教育句')).toBe(false);

    const inUse = await inProcess(['agencies', 'remove', '海原县科学技术局']);
    expect(inUse.code).toBe(2);
    expect(inUse.err).toContain('in use');
    expect(
      (await inProcess(['staff', 'add', '--id', 'c2', '--name', '王五', '--agency', '某某县测试局', '--role', 'clerk', '--create-agency']))
        .code,
    ).toBe(0);
    expect((await inProcess(['staff', 'remove', '--id', 'c2'])).code).toBe(0);
    expect((await inProcess(['agencies', 'remove', '某某县测试局'])).code).toBe(0);
    expect((await inProcess(['agencies', 'rename', '海原县科学技术局', '海原县/科学技术局'])).code).toBe(2);
    expect((await inProcess(['agencies', 'rename', '海原县科学技术局', '海原县科技和信息局'])).code).toBe(0);
    expect((await inProcess(['ask', '海原县科技和信息局2024年办理了几件行政许可？'])).out).toMatch(/\d+件/);
    list = (await inProcess(['agencies', 'log'])).out;
    const actions = list
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[2]);
    expect(actions).toEqual(['merge', 'remove', 'rename']);
  });
});
