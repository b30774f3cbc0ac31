/**
 * CPU time per answer of two builds of the engine, in one process, over the same questions of the
 * bench mix: batches alternate between the builds (and which goes first), so the machine's load
 * and the OS page cache fall on both alike. Each build opens the database read-only and keeps its
 * conversation memory in a database of its own in memory, so the file is never written.
 *
 *   cp -r dist /tmp/dist-old   # the build to compare against (kept inside the repo for node_modules:
 *                              # e.g. tmp/dist-old, which .gitignore leaves out)
 *   node bench/compare-builds.js --db PATH [--old tmp/dist-old] [--new dist] [--questions 8000]
 *        [--warmup 1500] [--batch 500] [--kind figure] [--seed 23 --users 20000] [--both] [--json]
 *
 * Prints, per question kind, the CPU µs (user + system, process.cpuUsage, ~2 µs itself) per answer
 * of each build and their ratio, with the load average, and how many answers differ (kind, text or facts)
 * (there must be none for a change that is only about speed).
 *
 * The build loaded second runs slower whatever it is (one build against a copy of itself: 1.09 over
 * the mix, up to 1.2 on a kind): `--both` runs two processes, one per order, and prints each ratio
 * of new to old and their geometric mean, which cancels that bias. `--json` prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { questionMix } from './questions.js';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    old: { type: 'string', default: 'tmp/dist-old' },
    new: { type: 'string', default: 'dist' },
    questions: { type: 'string', default: '8000' },
    warmup: { type: 'string', default: '1500' },
    batch: { type: 'string', default: '500' },
    kind: { type: 'string' },
    seed: { type: 'string' },
    users: { type: 'string' },
    both: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
if (!options.db) {
  console.error(
    'usage: node bench/compare-builds.js --db PATH [--old DIR] [--new DIR] [--questions N] [--warmup N] [--batch N] [--kind KIND]',
  );
  process.exit(2);
}
if (options.both) {
  // One process per order of loading; each prints its figures as JSON.
  const run = (first, second) => {
    const args = [fileURLToPath(import.meta.url), '--db', options.db, '--old', first, '--new', second, '--json'];
    for (const name of ['questions', 'warmup', 'batch', 'kind', 'seed', 'users'])
      if (options[name] !== undefined) args.push(`--${name}`, options[name]);
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(child.status ?? 1);
    }
    return JSON.parse(child.stdout);
  };
  const forward = run(options.old, options.new);
  const backward = run(options.new, options.old);
  console.log(`load average ${forward.load} then ${backward.load}; answers that differ: ${forward.differing} and ${backward.differing}`);
  console.log('kind        answers  new/old (old loaded first)  new/old (new loaded first)  geometric mean');
  for (const kind of Object.keys(forward.kinds).sort()) {
    const one = forward.kinds[kind].new / forward.kinds[kind].old;
    const other = backward.kinds[kind] ? backward.kinds[kind].old / backward.kinds[kind].new : Number.NaN;
    console.log(
      `${kind.padEnd(10)} ${String(forward.kinds[kind].count).padStart(8)} ${one.toFixed(3).padStart(27)} ${other.toFixed(3).padStart(27)} ${Math.sqrt(
        one * other,
      )
        .toFixed(3)
        .padStart(15)}`,
    );
  }
  process.exit(0);
}
const NOW = new Date('2026-03-02T10:00:00+08:00');
const questions = Number(options.questions);
const warmup = Number(options.warmup);
const batch = Number(options.batch);

async function engineOf(directory) {
  const root = isAbsolute(directory) ? directory : resolve(directory);
  const load = (module) => import(pathToFileURL(`${root}/${module}`).href);
  const [
    { openDatabase },
    { ReportStore },
    { SqliteStateStore },
    { GuideStore },
    { AgencyGuideAnswerer },
    { answerGuide },
    { loadGuide },
    qa,
    log,
  ] = await Promise.all(
    [
      'store/db.js',
      'store/report-store.js',
      'store/state-store.js',
      'store/guide-store.js',
      'guide/agency-guide-answer.js',
      'guide/answer.js',
      'guide/topics.js',
      'qa/engine.js',
      'core/log.js',
    ].map(load),
  );
  const db = openDatabase(options.db, { readonly: true });
  const reports = new ReportStore(db);
  const state = new SqliteStateStore(openDatabase(':memory:'), () => NOW.getTime(), log.silentLogger);
  let loaded;
  const guide = () => (loaded ??= loadGuide());
  const agencyGuide = new AgencyGuideAnswerer({
    guides: new GuideStore(db, reports),
    reports,
    get guide() {
      return guide();
    },
  });
  const engine = new qa.QaEngine({
    reports,
    state,
    now: () => NOW,
    guide: { answer: (question, at) => answerGuide(question, at, guide()) },
    agencyGuide,
  });
  return { engine, reports };
}

const builds = [await engineOf(options.old), await engineOf(options.new)];
// --seed 23 --users 20000: the webhook's mix (bench/run.js); without them the offline engine's (bench/engine.js).
let mix = questionMix(builds[0].reports, warmup + questions, {
  seed: options.seed === undefined ? undefined : Number(options.seed),
  users: options.users === undefined ? undefined : Number(options.users),
});
if (options.kind) mix = mix.filter((question, index) => index < warmup || question.kind === options.kind);
const totals = [new Map(), new Map()];
const add = (map, kind, micros) => {
  const entry = map.get(kind) ?? { count: 0, micros: 0 };
  entry.count += 1;
  entry.micros += micros;
  map.set(kind, entry);
};
let differing = 0;
for (let start = 0; start < mix.length; start += batch) {
  const part = mix.slice(start, start + batch);
  const texts = [[], []];
  const order = (start / batch) % 2 === 0 ? [0, 1] : [1, 0];
  for (const side of order) {
    for (const [index, question] of part.entries()) {
      const before = process.cpuUsage();
      const answer = builds[side].engine.ask(question.text, { user: question.user });
      const spent = process.cpuUsage(before);
      if (start >= warmup) {
        add(totals[side], question.kind, spent.user + spent.system);
        add(totals[side], 'all', spent.user + spent.system);
      }
      texts[side][index] = JSON.stringify(answer);
    }
  }
  for (const [index, question] of part.entries())
    if (texts[0][index] !== texts[1][index]) {
      differing += 1;
      if (differing <= 5 && !options.json) console.log(`differs: ${question.text}\n  old: ${texts[0][index]}\n  new: ${texts[1][index]}`);
    }
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
if (options.json) {
  const kinds = {};
  for (const kind of totals[0].keys()) {
    const [old, now] = [totals[0].get(kind), totals[1].get(kind)];
    kinds[kind] = { count: old.count, old: old.micros / old.count, new: now.micros / now.count };
  }
  console.log(JSON.stringify({ load, differing, kinds }));
  process.exit(0);
}
console.log(`load average ${load}; answers that differ: ${differing}`);
console.log('kind        answers   old µs   new µs  new/old');
for (const kind of [...totals[0].keys()].sort()) {
  const [old, now] = [totals[0].get(kind), totals[1].get(kind)];
  console.log(
    `${kind.padEnd(10)} ${String(old.count).padStart(8)} ${(old.micros / old.count).toFixed(0).padStart(8)} ${(now.micros / now.count).toFixed(0).padStart(8)} ${(now.micros / old.micros).toFixed(3).padStart(8)}`,
  );
}
