/**
 * `gongkai ask` from process start to answer: the wall time until the process exits with the
 * answer printed. `cli_cold_start_ms` is `node bin/gongkai.js ask …` (what the project controls);
 * `ask_cold_start_ms` goes through `npx gongkai`, whose own start-up (npm's CLI) comes on top.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from './generate.js';
import { percentile } from './engine.js';

const QUESTION = '西工区科技局2024年办理了几件行政许可？';

function runOnce(command, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...process.env, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0 || !out.includes('6件')) reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${out}${err}`));
      else resolve(wallMs);
    });
  });
}

/**
 * Median of `runs` cold starts of `npx gongkai ask` and of `node bin/gongkai.js ask` on the
 * database. The first run of each is dropped (it fills the OS file cache).
 */
export async function benchColdStart(databasePath, { runs = 5 } = {}) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const direct = [join(projectRoot, 'bin', 'gongkai.js'), '--db', databasePath, 'ask', QUESTION];
  const results = { npx: [], node: [] };
  await runOnce(process.execPath, direct);
  for (let run = 0; run < runs; run += 1) results.node.push(await runOnce(process.execPath, direct));
  await runOnce(npx, ['--no-install', 'gongkai', '--db', databasePath, 'ask', QUESTION]);
  for (let run = 0; run < runs; run += 1)
    results.npx.push(await runOnce(npx, ['--no-install', 'gongkai', '--db', databasePath, 'ask', QUESTION]));
  const median = (list) =>
    percentile(
      [...list].sort((a, b) => a - b),
      0.5,
    );
  return { ask_cold_start_ms: median(results.npx), cli_cold_start_ms: median(results.node) };
}
