#!/usr/bin/env node
/**
 * `node bench/webhook-transport.js [--db PATH] [--seconds N] [--question TEXT] [--cpu-prof DIR] [--no-echo]`:
 * the webhook's own cost, apart from the engine. `gongkai serve` answers one question the engine
 * answers in microseconds (by default a disclosure-guide question, cached after its first answer)
 * from many users, every request a new MsgId, and the bare echo server is measured in the same run.
 * Besides req/s (noisy on a shared machine) it prints the serving process's CPU time per request
 * (user + system, from /proc), which moves far less with the machine's load. `--cpu-prof DIR`
 * writes a V8 CPU profile of the serving process there. Without --db it serves a fresh database
 * of the sample reports in a temp directory, so it never writes into the bench's database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuTimesOf, load, memoryOf, signedMessage, startEcho, startServe, summarise } from './webhook.js';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    seconds: { type: 'string', default: '10' },
    question: { type: 'string', default: '怎么申请政府信息公开？' },
    users: { type: 'string', default: '20000' },
    'cpu-prof': { type: 'string' },
    'no-echo': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    mix: { type: 'boolean', default: false },
  },
});
const durationSeconds = Number(options.seconds);
// --mix: the bench's own question mix over the database (needs --db), engine included.
const questions = options.mix
  ? await benchMix(options.db)
  : Array.from({ length: Number(options.users) }, (_, index) => ({ text: options.question, user: `transport-${index}` }));

async function benchMix(path) {
  if (!path) throw new Error('--mix needs --db');
  const { openDatabase } = await import('../dist/store/db.js');
  const { ReportStore } = await import('../dist/store/report-store.js');
  const { questionMix } = await import('./questions.js');
  const readOnly = openDatabase(path, { readonly: true });
  try {
    return questionMix(new ReportStore(readOnly), 4000, { seed: 23, users: 20000 });
  } finally {
    readOnly.close();
  }
}
const progress = (line) => process.stderr.write(`${line}\n`);
/** CPU µs per request between two readings of cpuTimesOf, user and system apart. */
function cpuPerRequest(before, after, requests) {
  const user = ((after.user_ms - before.user_ms) * 1000) / requests;
  const system = ((after.system_ms - before.system_ms) * 1000) / requests;
  return { cpu_us_per_request: user + system, user_us_per_request: user, system_us_per_request: system };
}
const round = (value, digits = 0) => (Number.isFinite(value) ? Math.round(value * 10 ** digits) / 10 ** digits : value);

progress(
  `webhook-transport: load average ${os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
let echo;
if (!options['no-echo']) {
  const server = await startEcho();
  try {
    await load(server.baseUrl, questions, { durationSeconds: 1 });
    const before = cpuTimesOf(server.child.pid);
    const result = summarise(await load(server.baseUrl, questions, { durationSeconds }));
    echo = { ...result, ...cpuPerRequest(before, cpuTimesOf(server.child.pid), result.requests) };
  } finally {
    await server.stop();
  }
}

const scratch = options.db ? undefined : mkdtempSync(join(os.tmpdir(), 'gongkai-transport-'));
const nodeArguments = options['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${options['cpu-prof']}`] : [];
const serve = await startServe(options.db ?? join(scratch, 'transport.db'), {}, nodeArguments);
let webhook;
let sampleReply;
try {
  const idle = memoryOf(serve.child.pid);
  const probe = signedMessage({ text: options.question, user: 'transport-probe', msgId: 1 });
  sampleReply = await (await fetch(`${serve.baseUrl}${probe.path}`, { method: 'POST', body: probe.body })).text();
  if (!sampleReply.includes('<Content>')) throw new Error(`the webhook did not answer the probe: ${sampleReply}`);
  // As the bench does: each distinct ranking once (the first after a start reads every report of the year).
  const rankings = [
    ...new Map(questions.filter((question) => question.kind === 'ranking').map((question) => [question.text, question])).values(),
  ];
  for (const [index, question] of rankings.entries()) {
    const message = signedMessage({ text: question.text, user: `transport-warm-${index}`, msgId: 5_000_000 + index });
    await (await fetch(`${serve.baseUrl}${message.path}`, { method: 'POST', body: message.body })).text();
  }
  await load(serve.baseUrl, questions, { durationSeconds: 2, firstMessageId: 10_000_000 });
  const before = cpuTimesOf(serve.child.pid);
  const result = summarise(await load(serve.baseUrl, questions, { durationSeconds, firstMessageId: 20_000_000 }));
  webhook = {
    ...result,
    ...cpuPerRequest(before, cpuTimesOf(serve.child.pid), result.requests),
    idle_rss_mb: idle.rss_mb,
    ...memoryOf(serve.child.pid),
  };
} finally {
  await serve.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const figures = {
  question: options.mix ? 'the bench mix' : options.question,
  webhook_req_per_s: round(webhook.req_per_s),
  webhook_p99_ms: webhook.p99_ms,
  webhook_cpu_us_per_request: round(webhook.cpu_us_per_request),
  webhook_user_system_us: `${round(webhook.user_us_per_request)} + ${round(webhook.system_us_per_request)}`,
  echo_req_per_s: round(echo?.req_per_s),
  echo_cpu_us_per_request: round(echo?.cpu_us_per_request),
  echo_user_system_us: echo ? `${round(echo.user_us_per_request)} + ${round(echo.system_us_per_request)}` : undefined,
  webhook_vs_echo: echo ? round(webhook.req_per_s / echo.req_per_s, 2) : undefined,
  rss_mb: round(webhook.rss_mb),
  idle_rss_mb: round(webhook.idle_rss_mb),
  non_2xx: webhook.non_2xx,
  errors: webhook.errors,
  load_average_at_end: os.loadavg().map((value) => round(value, 2)),
};
if (options.json) process.stdout.write(`${JSON.stringify({ ...figures, webhook, echo, sampleReply }, null, 2)}\n`);
else
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${Array.isArray(value) ? value.join(' ') : value}\n`);
