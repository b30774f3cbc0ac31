#!/usr/bin/env node
/**
 * `node bench/pipeline-micro.js [--db PATH] [--question TEXT] [--messages N]`: the message pipeline
 * alone (app.handle, no HTTP), in µs per message, logging at info to /dev/null as `gongkai serve`
 * does. With 帮助 (the default) no message reaches the engine: what is left is the pipeline's own
 * cost (rate limit, identity, the staff features' checks, the log line).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createApp } from '../dist/app.js';
import { loadConfig } from '../dist/config/config.js';
import { createLogger } from '../dist/core/log.js';
import { createBlockDestination } from '../dist/core/log-destination.js';

const { values: options } = parseArgs({
  options: {
    db: { type: 'string' },
    question: { type: 'string', default: '帮助' },
    messages: { type: 'string', default: '200000' },
    users: { type: 'string', default: '20000' },
    'plain-logger': { type: 'boolean', default: false },
  },
});
const scratch = options.db ? undefined : mkdtempSync(join(os.tmpdir(), 'gongkai-pipeline-'));
const config = loadConfig({ ...process.env, LOG_LEVEL: 'info' }, { db: options.db ?? join(scratch, 'pipeline.db') });
const sink = createBlockDestination({ dest: '/dev/null' });
// --plain-logger: pino without the redaction paths, to see what they cost.
const logger = options['plain-logger'] ? pino({ level: 'info', base: undefined }, sink) : createLogger('info', sink);
const app = createApp(config, { logger, seed: true });
const users = Number(options.users);
const total = Number(options.messages);
const message = (index) => ({
  channel: 'wechat-oa',
  user: `pipeline-${index % users}`,
  chat: `pipeline-${index % users}`,
  text: options.question,
  kind: 'text',
  id: String(index),
  receivedAt: new Date(),
});
// The rate limit allows 20 messages a minute per user: spread the messages over enough users.
const run = async (count, offset) => {
  // CPU time rather than the clock: on a shared machine the clock also counts other processes' turns.
  const started = process.cpuUsage();
  for (let index = 0; index < count; index += 1) await app.handle(message(offset + index));
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
};
await run(Math.min(20_000, total), 0);
const perMessage = await run(total, 0);
process.stdout.write(`pipeline ${perMessage.toFixed(1)} µs per message (${options.question}, ${total} messages over ${users} users)\n`);
app.close();
if (scratch) rmSync(scratch, { recursive: true, force: true });
