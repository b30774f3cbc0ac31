#!/usr/bin/env node
/**
 * `npm run bench [-- --json] [-- --reports N] [-- --quick] [-- --only import]`: the service's
 * figures against the targets of issue #7, on a database of 100,000 reports generated (once,
 * then cached) from the sample layouts. Prints a table, or with --json one JSON object. Progress
 * goes to stderr. `--only import` measures only the import figures (text reports and PDFs),
 * without the database, webhook and cold-start parts.
 *
 * Plain JavaScript over dist/ (built by `npm ci` through the prepare script): nothing is
 * transpiled while measuring.
 */
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { projectRoot } from './generate.js';

const { values: options } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    reports: { type: 'string', default: '100000' },
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  process.stdout.write('usage: npm run bench [-- --json] [-- --reports N] [-- --quick] [-- --only import]\n');
  process.exit(0);
}
if (options.only !== undefined && options.only !== 'import') {
  process.stderr.write(`bench: --only ${options.only} is not a part; the only part is: import\n`);
  process.exit(1);
}
if (!existsSync(join(projectRoot, 'dist', 'app.js'))) {
  process.stderr.write('bench: dist/ is missing. Run `npm run build` (npm ci does it for you).\n');
  process.exit(1);
}

const { ensureBenchDatabase } = await import('./generate.js');
const { benchEngine } = await import('./engine.js');
const { benchImport, benchPdfImport } = await import('./import.js');
const { benchColdStart } = await import('./cold-start.js');
const { load, memoryOf, signedMessage, startEcho, startServe, summarise } = await import('./webhook.js');
const { questionMix } = await import('./questions.js');
const { openDatabase } = await import('../dist/store/db.js');
const { ReportStore } = await import('../dist/store/report-store.js');

const progress = (line) => process.stderr.write(`${line}\n`);
const reportCount = Number(options.reports);
const durationSeconds = options.quick ? 3 : 10;
const cpus = os.cpus();
const machine = {
  cpu_model: cpus[0]?.model ?? 'unknown',
  cores: cpus.length,
  memory_gb: Math.round(os.totalmem() / 2 ** 30),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  load_average_at_start: os.loadavg().map((value) => Math.round(value * 100) / 100),
};

progress(`bench: ${machine.cpu_model}, ${machine.cores} cores; load average ${machine.load_average_at_start.join(' ')}`);

const round = (value, digits = 1) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);

if (options.only === 'import') {
  progress('bench: import (text reports)');
  const imported = await benchImport({ files: options.quick ? 100 : 300 });
  progress('bench: import (generated PDFs)');
  const pdf = await benchPdfImport({ files: options.quick ? 10 : 20 });
  const figures = {
    import_reports_per_s: round(imported.import_reports_per_s, 0),
    import_pdf_per_s: round(pdf.import_pdf_per_s, 1),
  };
  const result = {
    ...figures,
    targets: { import_reports_per_s: { target: '≥ 200', met: figures.import_reports_per_s >= 200 } },
    machine,
    details: { import: imported, import_pdf: pdf },
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    process.stdout.write(
      `${[
        `gongkai-bot bench (import only) — ${machine.cpu_model}, ${machine.cores} cores, ${machine.memory_gb} GiB, Node ${machine.node}, load average at start ${machine.load_average_at_start.join(' ')}`,
        `import_reports_per_s ${figures.import_reports_per_s} (target ≥ 200: ${result.targets.import_reports_per_s.met ? 'met' : 'NOT met'}); ${imported.files} files, ${imported.refused} refused; first file (untimed) ${round(imported.first_file_ms, 0)} ms, with it ${round(imported.import_reports_per_s_with_first, 0)}/s`,
        `import_pdf_per_s ${figures.import_pdf_per_s}; ${pdf.files} PDFs of ${pdf.average_pdf_kb} KB, ${pdf.column_readings} read by column position, ${pdf.refused} refused`,
      ].join('\n')}\n`,
    );
  }
  process.exit(0);
}
progress(`bench: database of ${reportCount} reports`);
const database = ensureBenchDatabase(reportCount, progress);
progress(
  database.reused
    ? `bench: reusing ${database.path}`
    : `bench: generated ${database.reports} reports in ${(database.generationMs / 1000).toFixed(1)} s`,
);

/**
 * Read the database file once, as a server that has been running has it in the OS page cache.
 * Without this the figures depend on what the machine evicted since the last run: this VM drops
 * its page cache, and a cold 4.7 GB database made the same build 40% slower.
 */
function warmFileCache(path) {
  const started = performance.now();
  const buffer = Buffer.allocUnsafe(8 << 20);
  for (const file of [path, `${path}-wal`]) {
    if (!existsSync(file)) continue;
    const descriptor = openSync(file, 'r');
    try {
      while (readSync(descriptor, buffer, 0, buffer.length, null) > 0);
    } finally {
      closeSync(descriptor);
    }
  }
  return performance.now() - started;
}

progress(`bench: database file read into the page cache in ${(warmFileCache(database.path) / 1000).toFixed(1)} s`);
progress('bench: offline engine');
const engine = benchEngine(database.path, { questions: options.quick ? 5000 : 20000, warmup: 3000, maxSeconds: options.quick ? 20 : 60 });

progress('bench: import');
const imported = await benchImport({ files: options.quick ? 100 : 300 });
const pdfImported = await benchPdfImport({ files: options.quick ? 10 : 20 });

progress('bench: webhook and echo server');
const readOnly = openDatabase(database.path, { readonly: true });
const webhookQuestions = questionMix(new ReportStore(readOnly), 4000, { seed: 23, users: 20000 });
readOnly.close();

const echo = await startEcho();
let echoResult;
try {
  await load(echo.baseUrl, webhookQuestions, { durationSeconds: 1 });
  echoResult = summarise(await load(echo.baseUrl, webhookQuestions, { durationSeconds }));
} finally {
  await echo.stop();
}

warmFileCache(database.path);
const serve = await startServe(database.path);
let webhookResult;
let memory;
let sampleReply;
let firstRankingMs = 0;
try {
  const idle = memoryOf(serve.child.pid);
  // One real question first: the reply must be a passive answer, not `success`.
  const probe = signedMessage({ text: '西工区科技局2024年办理了几件行政许可？', user: 'bench-probe', msgId: 1 });
  sampleReply = await (await fetch(`${serve.baseUrl}${probe.path}`, { method: 'POST', body: probe.body })).text();
  if (!sampleReply.includes('6件')) throw new Error(`the webhook did not answer the probe question: ${sampleReply}`);
  // Warm-up: each distinct ranking once (the first after a start reads every report of the
  // year; see details.webhook.first_ranking_ms), then two seconds of load for the JIT.
  const rankings = [
    ...new Map(webhookQuestions.filter((question) => question.kind === 'ranking').map((question) => [question.text, question])).values(),
  ];
  const warmStarted = performance.now();
  for (const [index, question] of rankings.entries()) {
    const message = signedMessage({ text: question.text, user: `bench-warm-${index}`, msgId: 5_000_000 + index });
    await (await fetch(`${serve.baseUrl}${message.path}`, { method: 'POST', body: message.body })).text();
  }
  firstRankingMs = rankings.length > 0 ? (performance.now() - warmStarted) / rankings.length : 0;
  await load(serve.baseUrl, webhookQuestions, { durationSeconds: 2, firstMessageId: 10_000_000 });
  webhookResult = summarise(await load(serve.baseUrl, webhookQuestions, { durationSeconds, firstMessageId: 20_000_000 }));
  memory = { idle_rss_mb: idle.rss_mb, ...memoryOf(serve.child.pid) };
} finally {
  await serve.stop();
}

progress('bench: cold start');
// On the sample database, as a new user meets it (issue #14): the first, untimed run seeds it.
const sampleDirectory = mkdtempSync(join(os.tmpdir(), 'gongkai-bench-sample-'));
let cold;
try {
  cold = await benchColdStart(join(sampleDirectory, 'sample.db'), { runs: options.quick ? 3 : 5 });
} finally {
  rmSync(sampleDirectory, { recursive: true, force: true });
}

const figures = {
  cpu_model: machine.cpu_model,
  cores: machine.cores,
  answers_per_s: round(engine.answers_per_s, 0),
  answer_p50_ms: round(engine.answer_p50_ms, 3),
  answer_p99_ms: round(engine.answer_p99_ms, 3),
  webhook_req_per_s: round(webhookResult.req_per_s, 0),
  webhook_p99_ms: round(webhookResult.p99_ms, 1),
  echo_req_per_s: round(echoResult.req_per_s, 0),
  webhook_vs_echo: round(webhookResult.req_per_s / echoResult.req_per_s, 2),
  import_reports_per_s: round(imported.import_reports_per_s, 0),
  import_pdf_per_s: round(pdfImported.import_pdf_per_s, 1),
  rss_mb: round(memory.peak_rss_mb, 0),
  ask_cold_start_ms: round(cold.ask_cold_start_ms, 0),
  cli_cold_start_ms: round(cold.cli_cold_start_ms, 0),
};
const targets = [
  ['answers_per_s', '≥ 5000', figures.answers_per_s >= 5000],
  ['answer_p50_ms', '', true],
  ['answer_p99_ms', '≤ 1', figures.answer_p99_ms <= 1],
  ['webhook_req_per_s', '≥ 3000', figures.webhook_req_per_s >= 3000],
  ['webhook_p99_ms', '≤ 20', figures.webhook_p99_ms <= 20],
  ['echo_req_per_s', '', true],
  ['webhook_vs_echo', '≥ 0.25', figures.webhook_vs_echo >= 0.25],
  ['import_reports_per_s', '≥ 200', figures.import_reports_per_s >= 200],
  ['import_pdf_per_s', '', true],
  ['rss_mb', '≤ 250', figures.rss_mb <= 250],
  ['ask_cold_start_ms', '≤ 500', figures.ask_cold_start_ms <= 500],
  ['cli_cold_start_ms', '≤ 300', figures.cli_cold_start_ms <= 300],
];
const result = {
  ...figures,
  targets: Object.fromEntries(targets.filter(([, target]) => target).map(([name, target, met]) => [name, { target, met }])),
  machine,
  database: {
    reports: database.reports,
    generated_in_ms: database.reused ? undefined : round(database.generationMs, 0),
    reused: database.reused,
    size_mb: round(statSync(database.path).size / 2 ** 20, 0),
    path: database.path,
  },
  details: {
    engine: { ...engine, answers_per_s: undefined, answer_p50_ms: undefined, answer_p99_ms: undefined },
    webhook: { ...webhookResult, connections: 10, duration_s: durationSeconds, first_ranking_ms: round(firstRankingMs, 0) },
    echo: { ...echoResult, connections: 10, duration_s: durationSeconds },
    serve_memory: memory,
    import: imported,
    import_pdf: pdfImported,
    cold_start: cold,
  },
};

if (options.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const lines = [
    `gongkai-bot bench — ${machine.cpu_model}, ${machine.cores} cores, ${machine.memory_gb} GiB, Node ${machine.node}, load average at start ${machine.load_average_at_start.join(' ')}`,
    `database: ${database.reports} reports, ${result.database.size_mb} MB${database.reused ? ' (cached)' : `, generated in ${(database.generationMs / 1000).toFixed(1)} s`}`,
    '',
    `${'figure'.padEnd(22)}${'value'.padStart(12)}  ${'target'.padEnd(8)} met`,
    ...targets.map(
      ([name, target, met]) =>
        `${name.padEnd(22)}${String(figures[name]).padStart(12)}  ${target.padEnd(8)} ${target ? (met ? 'yes' : 'NO') : ''}`,
    ),
    '',
    `engine: ${engine.questions} questions after warm-up; first answer (builds the agency index) ${round(engine.first_answer_ms, 0)} ms; p99 by question kind: ${Object.entries(
      engine.by_question_kind,
    )
      .map(([kind, stats]) => `${kind} ${round(stats.p99_ms, 2)}`)
      .join(', ')} ms`,
    `webhook: ${webhookResult.requests} requests over 10 connections in ${durationSeconds} s, p50 ${webhookResult.p50_ms} ms, non-2xx ${webhookResult.non_2xx}, errors ${webhookResult.errors}; echo p99 ${echoResult.p99_ms} ms`,
    `serve RSS: ${round(memory.idle_rss_mb, 0)} MB idle, ${round(memory.rss_mb, 0)} MB after load, ${round(memory.peak_rss_mb, 0)} MB peak; import parse alone ${round(imported.parse_ms_per_report, 2)} ms/report`,
    `import: first file (untimed: jieba's dictionary, JIT) ${round(imported.first_file_ms, 0)} ms; with it ${round(imported.import_reports_per_s_with_first, 0)} reports/s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
