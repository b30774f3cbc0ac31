/**
 * `gongkai ask` is a one-shot command: it must load what answering needs and no more (the
 * start-up is most of its time). The real CLI runs in a child process with a preload that
 * records every module loaded; the answer must be right and the heavy parts of other commands
 * absent. bin/gongkai.js runs the bundle (dist/bundle/, scripts/bundle-cli.mjs): a chunk loaded
 * stands for the source modules esbuild's metafile puts in it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-ask-startup-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function askRecording(question: string, database: string): { status: number | null; out: string; modules: string[] } {
  const record = join(directory, `modules-${Math.random().toString(36).slice(2)}.txt`);
  const child = spawnSync(
    process.execPath,
    ['--import', join(root, 'test/fixtures/startup/record-modules.mjs'), join(root, 'bin/gongkai.js'), '--db', database, 'ask', question],
    { cwd: root, env: { ...process.env, RECORD_MODULES: record, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: child.status, out: child.stdout, modules: readFileSync(record, 'utf8').split('\n') };
}

/** The files loaded, with each bundle chunk replaced by the (absolute) paths of the modules in it. */
function sourceModules(loaded: string[]): string[] {
  const meta = JSON.parse(readFileSync(join(root, 'dist/bundle/meta.json'), 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const chunks = new Map(Object.entries(meta.outputs).map(([output, { inputs }]) => [join(root, output), Object.keys(inputs)]));
  return loaded.flatMap((url) => {
    const inputs = chunks.get(url.startsWith('file:') ? fileURLToPath(url) : url);
    return inputs ? inputs.map((input) => join(root, input)) : [url];
  });
}

describe('gongkai ask start-up', () => {
  it('answers from the sample reports without loading other commands, the web pages, pino or the segmenter', () => {
    const database = join(directory, 'ask.db');
    // The first run seeds the empty database from data/reports; the second is the cold start measured.
    expect(askRecording('西工区科技局2024年办理了几件行政许可？', database).status).toBe(0);
    const { status, out, modules: loaded } = askRecording('西工区科技局2024年办理了几件行政许可？', database);
    expect(status).toBe(0);
    expect(out).toContain('6件');
    // One module per chunk, not one per source file: the bundle is what is run, zod inside it.
    expect(loaded.some((url) => url.includes('/dist/bundle/chunks/'))).toBe(true);
    expect(loaded.filter((url) => url.includes('/node_modules/zod/'))).toEqual([]);
    expect(loaded.length).toBeLessThan(80);
    const modules = sourceModules(loaded);
    // `import * as z from 'zod'` lets the bundler keep only what is used; `import { z }` brings every locale.
    expect(modules.filter((module) => module.includes('/zod/v4/locales/') && !module.endsWith('/en.js'))).toEqual([]);
    expect(modules.some((module) => module.includes('/dist/qa/engine.js'))).toBe(true);
    const unwanted = [
      '/node_modules/pino/',
      '/node_modules/hono/',
      '/node_modules/@node-rs/jieba',
      '/node_modules/opencc-js/',
      '/dist/data-entry/',
      '/dist/reminders/',
      '/dist/web/console',
      '/dist/web/report-view.js',
      '/dist/cli/routes.js',
      '/dist/channels/',
    ];
    expect(modules.filter((module) => unwanted.some((part) => module.includes(part)))).toEqual([]);
  });
});
