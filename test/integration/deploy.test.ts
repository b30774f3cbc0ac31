/**
 * The shipped deployment files: the systemd unit (checked by `systemd-analyze verify` where it
 * exists, and parsed always) and the Dockerfile (parsed always; built only where a docker daemon
 * answers, skipped with a message otherwise).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-deploy-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A unit file as section → key → values (keys may repeat, e.g. Environment=). */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1], current);
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!pair || !current) throw new Error(`not a unit line: ${line}`);
    current.set(pair[1], [...(current.get(pair[1]) ?? []), pair[2]]);
  }
  return sections;
}

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('systemd unit', () => {
  const text = readFileSync(join(root, 'deploy', 'gongkai-bot.service'), 'utf8');

  it('runs node directly, stops the whole group with SIGTERM, restarts, keeps the database in its state directory', () => {
    const unit = parseUnit(text);
    const service = unit.get('Service')!;
    expect(unit.has('Unit') && unit.has('Install')).toBe(true);
    const execStart = service.get('ExecStart')![0];
    expect(execStart).toMatch(/^\/\S*node \S*bin\/gongkai\.js serve$/);
    expect(execStart).not.toMatch(/\bnpm\b/);
    expect(service.get('KillMode')?.[0] ?? 'control-group').not.toBe('process');
    expect(service.get('KillSignal')).toEqual(['SIGTERM']);
    expect(service.get('Restart')).toEqual(['on-failure']);
    expect(service.get('User')?.[0]).not.toBe('root');
    const state = service.get('StateDirectory')![0];
    expect(service.get('Environment')).toContain(`GONGKAI_DB=/var/lib/${state}/gongkai.db`);
    expect(unit.get('Install')!.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it.skipIf(!has('systemd-analyze'))("passes systemd-analyze verify (with this machine's node and checkout)", () => {
    // verify checks that ExecStart's program exists, so point it at this node and this checkout.
    const copy = join(directory, 'gongkai-bot.service');
    writeFileSync(copy, text.replace(/^ExecStart=.*$/m, `ExecStart=${process.execPath} ${join(root, 'bin', 'gongkai.js')} serve`));
    const result = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8' });
    expect(result.stderr.split('\n').filter((line) => line.includes('gongkai-bot.service'))).toEqual([]);
    expect(result.status).toBe(0);
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const of = (name: string) => instructions.filter((line) => line.toUpperCase().startsWith(`${name} `));

  it('is multi-stage, builds better-sqlite3 in the image, runs non-root with data on a volume and a /healthz HEALTHCHECK', () => {
    const stages = of('FROM');
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toMatch(/ AS build$/i);
    const buildStage = instructions.slice(0, instructions.indexOf(stages[1]));
    expect(buildStage.join('\n')).toMatch(/g\+\+/);
    expect(buildStage.join('\n')).toMatch(/npm ci/);
    const runtime = instructions.slice(instructions.indexOf(stages[1]));
    expect(runtime.some((line) => /^COPY --from=build \/app\/node_modules/.test(line))).toBe(true);
    const user = runtime.filter((line) => line.startsWith('USER '));
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/root|\b0\b/);
    expect(of('VOLUME')[0]).toContain('/data');
    expect(text).toMatch(/GONGKAI_DB=\/data\//);
    expect(of('HEALTHCHECK')[0]).toContain('/healthz');
    expect(of('CMD').at(-1)).toBe('CMD ["node", "bin/gongkai.js", "serve"]');
  });

  const daemon = has('docker') && spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  if (!daemon) console.log('Docker build test skipped: no docker daemon here (the Dockerfile was checked by parsing).');
  it.skipIf(!daemon)(
    'builds',
    () => {
      execFileSync('docker', ['build', '-t', 'gongkai-bot:test', root], { stdio: 'pipe', timeout: 900_000 });
    },
    900_000,
  );
});
