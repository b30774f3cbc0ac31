/**
 * `gongkai ask` is a one-shot command: it must evaluate what answering needs and no more (the
 * start-up is most of its time). bin/gongkai.js runs one CommonJS bundle of the CLI
 * (dist/bundle/cli.cjs, scripts/bundle-cli.mjs) through V8's code cache. The tests run the real
 * CLI in child processes: once as shipped (the answer, the packages it loads, the code cache
 * written and then used), and once with the bundle's lazy module initialiser recording which
 * source modules it evaluates, so that the heavy parts of other commands are checked absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-ask-startup-'));
const database = join(directory, 'ask.db');
const question = '西工区科技局2024年办理了几件行政许可？';
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { status: number | null; out: string; err: string } {
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, out: child.stdout, err: child.stderr };
}

beforeAll(() => {
  // The first run seeds the empty database from data/reports.
  expect(run([join(root, 'bin/gongkai.js'), '--db', database, 'ask', question]).status).toBe(0);
});

describe('gongkai ask start-up', () => {
  it('answers through the bundle and its code cache, loading no pino, hono, jieba, opencc or iconv-lite', () => {
    const record = join(directory, 'modules.txt');
    const { status, out, err } = run(
      ['--import', join(root, 'test/fixtures/startup/record-modules.mjs'), join(root, 'bin/gongkai.js'), '--db', database, 'ask', question],
      { RECORD_MODULES: record },
    );
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toContain('6件');
    // Some run has left V8's compiled code next to the bundle; a start with it answers the same.
    const cache = join(root, 'dist/bundle/cli.cjs.cache');
    expect(existsSync(cache)).toBe(true);
    expect(statSync(cache).size).toBeGreaterThan(10_000);
    const loaded = readFileSync(record, 'utf8').split('\n');
    // No source module of dist/ is loaded on its own: the bundle holds them, zod inside it.
    const ownDist = `${join(root, 'dist')}/`;
    expect(
      loaded.filter((url) => (url.includes(ownDist) && !url.includes(`${ownDist}bundle/`)) || url.includes('/node_modules/zod/')),
    ).toEqual([]);
    // (iconv-lite only repairs a garbled guide page: shifted-gbk.ts requires it when it meets one.)
    const unwanted = [
      '/node_modules/pino/',
      '/node_modules/hono/',
      '/node_modules/@node-rs/jieba',
      '/node_modules/opencc-js/',
      '/node_modules/iconv-lite/',
    ];
    expect(loaded.filter((url) => unwanted.some((part) => url.includes(part)))).toEqual([]);
  });

  it('evaluates the engine but not data entry, reminders, the web pages, the channels or a zod locale', () => {
    const record = join(directory, 'evaluated.txt');
    const { status, out } = run([join(root, 'test/fixtures/startup/run-bundle-recording.mjs'), '--db', database, 'ask', question], {
      RECORD_EVALUATED: record,
    });
    expect(status).toBe(0);
    expect(out).toContain('6件');
    const bundle = readFileSync(join(root, 'dist/bundle/cli.cjs'), 'utf8');
    const lazy = new Set([...bundle.matchAll(/^var init_\w+ = __esm\(\{\n {2}"([^"]+)"\(\) \{$/gm)].map((match) => match[1]));
    const meta = JSON.parse(readFileSync(join(root, 'dist/bundle/meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
    };
    // What the bundle holds (esbuild's metafile also lists files it read and shook out).
    const held = Object.entries(meta.outputs['dist/bundle/cli.cjs']?.inputs ?? {})
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([input]) => input);
    // A module the bundle does not wrap runs at start-up; a wrapped one only when its initialiser is called.
    const evaluated = [...held.filter((input) => !lazy.has(input)), ...readFileSync(record, 'utf8').split('\n').filter(Boolean)];
    expect(lazy.size).toBeGreaterThan(50);
    expect(evaluated.some((module) => module.endsWith('dist/qa/engine.js'))).toBe(true);
    // `import * as z from 'zod'` lets the bundler keep only what is used; `import { z }` brings every locale.
    expect(held.filter((input) => input.includes('/zod/v4/locales/') && !/\/(en|index)\.js$/.test(input))).toEqual([]);
    const unwanted = ['dist/data-entry/', 'dist/reminders/', 'dist/web/console', 'dist/web/report-view.js', 'dist/channels/'];
    expect(evaluated.filter((module) => unwanted.some((part) => module.includes(part)))).toEqual([]);
  });
});
