#!/usr/bin/env node
/**
 * CPU time per message of two builds through the official account's webhook, in one process: signed callbacks of the
 * webhook's own question mix (seed 23, 20,000 users, as bench/run.js sends) go to each build's receiver (serveNode, no
 * socket: signature, XML, replay guard, dedupe, budget, the pipeline, the engine and its conversation memory), batches
 * alternating between the builds and which goes first, so the machine's load falls on both alike. Each build opens its
 * own COPY of the bench database (conversation memory is written; two connections on one file would drop each other's
 * caches at every commit). Prints CPU µs per message of each, their ratio, the slowest message of each and how many
 * replies differ (CreateTime left out; there must be none for a change that is only about speed).
 *
 *   node bench/compare-webhook.js OLD_DIST NEW_DIST OLD_DB_COPY NEW_DB_COPY [questions 4000] [batch 250]
 *
 * (OLD_DIST inside the repository, e.g. tmp/dist-old, so that it finds node_modules.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { questionMix } from './questions.js';
import { BENCH_TOKEN, signedMessage } from './webhook.js';
import { fakeRequest } from './fake-request.js';
const [oldDir, newDir, oldDb, newDb] = process.argv.slice(2, 6);
if (!newDb) {
  process.stderr.write('usage: node bench/compare-webhook.js OLD_DIST NEW_DIST OLD_DB_COPY NEW_DB_COPY [questions] [batch]\n');
  process.exit(2);
}
const count = Number(process.argv[6] ?? 4000);
const batchSize = Number(process.argv[7] ?? 250);
async function build(dir, db) {
  const load = (m) => import(pathToFileURL(resolve(dir, m)).href);
  const [{ createApp }, { createWeChatOaReceiver }, { loadConfig }, { createLogger }, { createBlockDestination }] = await Promise.all(
    ['app.js', 'channels/wechat-oa/receiver.js', 'config/config.js', 'core/log.js', 'core/log-destination.js'].map(load),
  );
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' }, { db });
  const logger = createLogger('info', createBlockDestination({ dest: '/dev/null' }));
  const app = createApp(config, { logger });
  const receiver = createWeChatOaReceiver({ token: BENCH_TOKEN, encryptMode: 'plain' });
  receiver.init({ handle: app.handle, logger });
  await receiver.start();
  return { app, receiver };
}
function deliver(receiver, url, body) {
  return new Promise((done) => {
    let text = '';
    const response = {
      writeHead() {},
      end: (b) => {
        text = String(b ?? '');
        done(text);
      },
      destroy: () => done('destroyed'),
    };
    receiver.serveNode(fakeRequest(url, body), response);
  });
}
const sides = [await build(oldDir, oldDb), await build(newDir, newDb)];
const mix = questionMix(sides[0].app.reports, count, { seed: 23, users: 20000 });
let msgId = 0;
const cpu = [0, 0];
let differ = 0;
const max = [0, 0];
for (let start = 0; start < mix.length; start += batchSize) {
  const part = mix.slice(start, start + batchSize);
  const order = (start / batchSize) % 2 === 0 ? [0, 1] : [1, 0];
  const replies = [[], []];
  for (const side of order) {
    const prepared = part.map((q) => {
      const s = signedMessage({ text: q.text, user: q.user, msgId: ++msgId });
      return { url: s.path.slice('/wechat'.length), body: Buffer.from(s.body) };
    });
    for (const [i, p] of prepared.entries()) {
      const before = process.cpuUsage();
      const reply = await deliver(sides[side].receiver, p.url, p.body);
      const used = process.cpuUsage(before);
      const us = used.user + used.system;
      cpu[side] += us;
      if (us > max[side]) max[side] = us;
      replies[side][i] = reply.replace(/<CreateTime>\d+<\/CreateTime>/, '');
    }
  }
  for (let i = 0; i < part.length; i++)
    if (replies[0][i] !== replies[1][i]) {
      differ++;
      if (differ <= 3) console.log('differs', part[i].text, '\n old', replies[0][i].slice(0, 300), '\n new', replies[1][i].slice(0, 300));
    }
}
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(
  `${mix.length} messages each; CPU µs/message old ${(cpu[0] / mix.length).toFixed(0)} new ${(cpu[1] / mix.length).toFixed(0)} new/old ${(cpu[1] / cpu[0]).toFixed(3)}; slowest message old ${(max[0] / 1000).toFixed(0)} ms new ${(max[1] / 1000).toFixed(0)} ms; replies that differ ${differ}; load ${load}`,
);
for (const s of sides) {
  await s.receiver.stop();
  s.app.close();
}
