#!/usr/bin/env node
/**
 * `node bench/webhook-layers.js --db PATH [--questions N] [--batch N] [--rounds N] [--json]`: where
 * the webhook's CPU per message goes, layer by layer, in ONE process over the bench's question mix
 * (seed 23, 20,000 users, as `npm run bench` sends): the engine alone (app.ask), the pipeline
 * (app.handle: rate limit, identify, the staff features' checks, the log line at info) and the
 * official account's receiver (serveNode with a signed callback: query signature, XML, replay
 * guard, dedupe, reply budget, reply XML), without a socket. The layers take turns in batches of
 * the same questions (each layer its own users, so each meets the same conversation memory), and
 * within every batch the engine's own CPU (QaEngine.ask, conversation memory included) is summed
 * apart, so what a layer spends beyond the answer is measured under the same load as the answer:
 * on a shared machine two processes, or two batches, differ by more than the layers do. Prints
 * CPU µs per message (user + system, process.cpuUsage) of each layer, the engine's part and what
 * is left ("beyond it"). With bench/webhook-transport.js (the whole process under HTTP load, and
 * the bare echo server) it splits a request's cost.
 *
 * Opens the database read-write (conversation memory is written, as serve does): give it a copy
 * of the bench database, never the cached one.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../dist/app.js';
import { createWeChatOaReceiver } from '../dist/channels/wechat-oa/receiver.js';
import { loadConfig } from '../dist/config/config.js';
import { createLogger } from '../dist/core/log.js';
import { createBlockDestination } from '../dist/core/log-destination.js';
import { questionMix } from './questions.js';
import { BENCH_TOKEN, signedMessage } from './webhook.js';
import { fakeRequest } from './fake-request.js';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    questions: { type: 'string', default: '4000' },
    batch: { type: 'string', default: '250' },
    rounds: { type: 'string', default: '8' },
    json: { type: 'boolean', default: false },
  },
});
if (!options.db) {
  process.stderr.write('usage: node bench/webhook-layers.js --db COPY-OF-BENCH.db [--questions N] [--batch N] [--rounds N] [--json]\n');
  process.exit(1);
}
const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' }, { db: options.db });
const logger = createLogger('info', createBlockDestination({ dest: '/dev/null' }));
const app = createApp(config, { logger });
const receiver = createWeChatOaReceiver({ token: BENCH_TOKEN, encryptMode: 'plain' });
receiver.init({ handle: app.handle, logger });
await receiver.start();
// The engine's own CPU, summed per batch: what each layer spends beyond it is measured in the same batch,
// so the machine's load falls on both parts alike (a difference of two batches would be mostly noise).
let inEngine = 0;
const engineAsk = app.engine.ask.bind(app.engine);
app.engine.ask = (question, context) => {
  const started = process.cpuUsage();
  try {
    return engineAsk(question, context);
  } finally {
    const used = process.cpuUsage(started);
    inEngine += used.user + used.system;
  }
};
const mix = questionMix(app.reports, Number(options.questions), { seed: 23, users: 20000 });
const batchSize = Number(options.batch);
const rounds = Number(options.rounds);

/** A request as node:http hands it over, reduced to what the receiver reads (as bench/receiver-micro.js). */

function deliver(url, body) {
  return new Promise((resolve) => {
    const response = { writeHead() {}, end: resolve, destroy: () => resolve(undefined) };
    receiver.serveNode(fakeRequest(url, body), response);
  });
}

let messageId = 0;
const layers = {
  engine: (question, user) => app.ask(question.text, user),
  pipeline: (question, user) =>
    app.handle({
      channel: 'wechat-oa',
      user,
      chat: user,
      text: question.text,
      kind: 'text',
      id: String(++messageId),
      receivedAt: new Date(),
    }),
  receiver: (_question, _user, prepared) => deliver(prepared.url, prepared.body),
};
const names = Object.keys(layers);

/** One batch of one layer: CPU µs per message, and of it the engine's. Signing is the sender's work, done before the clock starts. */
async function batch(layer, from, count, pass) {
  const questions = [];
  for (let index = from; index < from + count; index += 1) {
    const question = mix[index % mix.length];
    const user = `${layer}-${pass}-${question.user}`;
    let prepared;
    if (layer === 'receiver') {
      const signed = signedMessage({ text: question.text, user, msgId: 1_000_000 + ++messageId });
      prepared = { url: signed.path.slice('/wechat'.length), body: Buffer.from(signed.body) };
    }
    questions.push({ question, user, prepared });
  }
  inEngine = 0;
  const started = process.cpuUsage();
  for (const { question, user, prepared } of questions) await layers[layer](question, user, prepared);
  const used = process.cpuUsage(started);
  return { total: (used.user + used.system) / count, engine: inEngine / count };
}

// Warm-up: each layer over the first part of the mix (the JIT, the agency index, the first rankings).
for (const layer of names) await batch(layer, 0, Math.min(1000, mix.length), 'warm');
const samples = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < rounds; round += 1) {
  const from = 1000 + round * batchSize;
  // Rotate which layer goes first, so none always follows another's garbage.
  for (let turn = 0; turn < names.length; turn += 1) {
    const layer = names[(round + turn) % names.length];
    samples[layer].push(await batch(layer, from, batchSize, 'measured'));
  }
}
await receiver.stop();
app.close();

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const mean = (list) => list.reduce((sum, value) => sum + value, 0) / list.length;
const figures = Object.fromEntries(
  names.map((name) => {
    const batches = samples[name];
    const beyond = batches.map((sample) => sample.total - sample.engine);
    return [
      name,
      {
        total_us: mean(batches.map((sample) => sample.total)),
        engine_us: mean(batches.map((sample) => sample.engine)),
        beyond_engine_us: mean(beyond),
        beyond_engine_median_us: median(beyond),
      },
    ];
  }),
);
const result = {
  messages_per_layer: rounds * batchSize,
  cpu_us_per_message: figures,
  load_average: os.loadavg().map((value) => Math.round(value * 100) / 100),
};
if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  for (const name of names) {
    const figure = figures[name];
    process.stdout.write(
      `${name.padEnd(9)} ${figure.total_us.toFixed(0).padStart(6)} µs/message, engine ${figure.engine_us.toFixed(0).padStart(6)}, beyond it ${figure.beyond_engine_us.toFixed(0).padStart(4)} (median of batches ${figure.beyond_engine_median_us.toFixed(0)})\n`,
    );
  }
  process.stdout.write(`${result.messages_per_layer} messages a layer; load average ${result.load_average.join(' ')}\n`);
}
