#!/usr/bin/env node
/**
 * `node bench/receiver-micro.js [--db PATH] [--question TEXT] [--messages N]`: the official
 * account's receiver and the pipeline without a socket, in µs per message: signed callbacks go
 * to serveNode as node would hand them over (a readable request, a response that records what
 * it is given). With bench/pipeline-micro.js (the pipeline alone) and bench/webhook-transport.js
 * (the whole process under HTTP load) it splits the webhook's cost into its parts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../dist/app.js';
import { createWeChatOaReceiver } from '../dist/channels/wechat-oa/receiver.js';
import { fakeRequest } from './fake-request.js';
import { loadConfig } from '../dist/config/config.js';
import { createLogger } from '../dist/core/log.js';
import { createBlockDestination } from '../dist/core/log-destination.js';
import { BENCH_TOKEN, signedMessage } from './webhook.js';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    question: { type: 'string', default: '帮助' },
    messages: { type: 'string', default: '100000' },
    users: { type: 'string', default: '20000' },
  },
});
const scratch = options.db ? undefined : mkdtempSync(join(os.tmpdir(), 'gongkai-receiver-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' }, { db: options.db ?? join(scratch, 'receiver.db') });
const logger = createLogger('info', createBlockDestination({ dest: '/dev/null' }));
const app = createApp(config, { logger, seed: true });
const receiver = createWeChatOaReceiver({ token: BENCH_TOKEN, encryptMode: 'plain' });
receiver.init({ handle: app.handle, logger });
await receiver.start();
const users = Number(options.users);

/** Signed callbacks made before the clock starts: signing is the sender's work, not the receiver's. */
function callbacks(count, offset) {
  return Array.from({ length: count }, (_, index) => {
    const signed = signedMessage({ text: options.question, user: `receiver-${(offset + index) % users}`, msgId: offset + index + 1 });
    return { url: signed.path.slice('/wechat'.length) || '/', body: Buffer.from(signed.body) };
  });
}

/** One callback through serveNode; resolves with the status once the reply is written. */
function deliver(callback) {
  const request = fakeRequest(callback.url, callback.body);
  return new Promise((resolve) => {
    let status = 0;
    const response = {
      writeHead: (code) => {
        status = code;
      },
      end: () => resolve(status),
      destroy: () => resolve(-1),
    };
    receiver.serveNode(request, response);
  });
}

const run = async (count, offset) => {
  const prepared = callbacks(count, offset);
  // CPU time rather than the clock: on a shared machine the clock also counts other processes' turns.
  const started = process.cpuUsage();
  for (const [index, callback] of prepared.entries()) {
    const status = await deliver(callback);
    if (status !== 200) throw new Error(`callback ${offset + index} answered ${status}`);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
};
const total = Number(options.messages);
await run(Math.min(20_000, total), 0);
const perMessage = await run(total, 1_000_000);
process.stdout.write(`receiver + pipeline ${perMessage.toFixed(1)} µs per message (${options.question}, ${total} messages)\n`);
await receiver.stop();
app.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
