#!/usr/bin/env node
/**
 * Score the importer on a folder of real reports with hand-read JSON (test/fixtures/reports-more*,
 * the same shape as ../shared/reports-real): `node scripts/score-fixtures.mjs FOLDER… [-v]`.
 * Runs `gongkai import --json` once per folder into a temporary database (needs a fresh
 * `npm run build`) and compares, per file, agency (the JSON's name must be the imported one
 * exactly; a null agency must be refused with a request for --agency), year, layout, partial
 * or whole, and every table cell the JSON gives; a JSON with `"refused": true` (a page that is no 政府 report, such as a
 * university's 学年 report) must be refused, whatever its agency and year. Prints one line per file that falls short and a
 * summary: cells wrong or missing, files with a wrong agency/year/layout, files refused.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const verbose = process.argv.includes('-v');
const folders = process.argv.slice(2).filter((argument) => argument !== '-v');
if (folders.length === 0) {
  console.error('usage: node scripts/score-fixtures.mjs FOLDER… [-v]');
  process.exit(2);
}

/** Every leaf of a truth table as [key, value], keys like received[3]. */
function* cells(table, prefix = '') {
  for (const [key, value] of Object.entries(table ?? {})) {
    if (Array.isArray(value)) for (const [index, cell] of value.entries()) yield [`${prefix}${key}[${index}]`, cell];
  }
}

let totalCells = 0;
let wrongCells = 0;
let wrongIdentity = 0;
let refused = 0;
let expectedRefusals = 0;
let passed = 0;
let failed = 0;
for (const folder of folders) {
  const sources = readdirSync(folder)
    .filter((name) => /^\d+\.(?:txt|html|md)$/.test(name))
    .sort();
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-score-'));
  let output;
  try {
    output = execFileSync(
      process.execPath,
      ['bin/gongkai.js', 'import', '--json', '--db', join(directory, 'score.db'), ...sources.map((name) => join(folder, name))],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (error) {
    // Exit status 1 when any file was refused: the JSON is still complete.
    output = error.stdout;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const results = JSON.parse(output);
  for (const [index, name] of sources.entries()) {
    const truth = JSON.parse(readFileSync(join(folder, name.replace(/\.\w+$/, '.json')), 'utf8'));
    const got = results[index] ?? {};
    const problems = [];
    const refusedHere = Boolean(got.error) || got.stored === false;
    if (truth.refused === true) {
      // A page that is no 政府 report (a university's 学年 report): refused is the expected outcome, nothing else is checked.
      if (!refusedHere) problems.push(`stored as ${JSON.stringify(got.agency)} ${got.year}, want refused (no 政府 report)`);
      else expectedRefusals += 1;
    } else if (truth.agency === null) {
      if (!refusedHere || !String(got.error ?? '').includes('--agency'))
        problems.push(`agency ${JSON.stringify(got.agency)}, want refusal asking for --agency`);
    } else {
      if (refusedHere) {
        refused += 1;
        problems.push(`refused: ${String(got.error).slice(0, 80)}`);
      }
      if (got.agency !== truth.agency) problems.push(`agency ${JSON.stringify(got.agency)}, want ${truth.agency}`);
    }
    if (truth.refused !== true) {
      if (got.year !== truth.year) problems.push(`year ${got.year}, want ${truth.year}`);
      if (truth.format && got.format !== truth.format) problems.push(`layout ${got.format}, want ${truth.format}`);
    }
    if (problems.length > 0) wrongIdentity += 1;
    // A cut-off page must say what it lacks (whole reports of the 2021 layout may still list 2019-only keys).
    if (!refusedHere && truth.partial === true && !(got.missing?.length > 0))
      problems.push('imported as whole, want partial (missing listed)');
    for (const section of ['applications', 'appeals']) {
      for (const [key, value] of cells(truth[section])) {
        totalCells += 1;
        const row = key.replace(/\[\d+\]$/, '');
        const column = Number(/\[(\d+)\]$/.exec(key)[1]);
        const have = got[section]?.[row]?.[column];
        if (have !== value) {
          wrongCells += 1;
          if (verbose || problems.length < 4) problems.push(`${section}.${key}=${JSON.stringify(have)} want ${value}`);
        }
      }
    }
    if (problems.length > 0) {
      failed += 1;
      console.log(`${join(folder, name)}: ${problems.join('; ')}`);
    } else passed += 1;
  }
}
console.log(`cells wrong or missing: ${wrongCells}/${totalCells}`);
console.log(
  `files with wrong agency/year/layout: ${wrongIdentity}; named reports refused: ${refused}; refused as their JSON says (no 政府 report): ${expectedRefusals}`,
);
console.log(`${passed} passed, ${failed} failed`);
