/** The service's log destination: lines reach the file in order, in blocks, and all of them at flushSync. */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/core/log.js';
import { createBlockDestination } from '../../../src/core/log-destination.js';

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** Wait (up to 5 s: the write runs on libuv's thread pool, slow on a loaded machine) until `read()` gives `expected`. */
async function eventually(read: () => string, expected: string): Promise<void> {
  for (let waited = 0; waited < 5000 && read() !== expected; waited += 20) await sleep(20);
  expect(read()).toBe(expected);
}

function logFile() {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-log-'));
  directories.push(directory);
  const path = join(directory, 'service.log');
  return { path, fd: openSync(path, 'a'), read: () => readFileSync(path, 'utf8') };
}

describe('createBlockDestination', () => {
  it('keeps short lines until a block is full, then writes the block; flushSync writes the rest', async () => {
    const file = logFile();
    const destination = createBlockDestination({ dest: file.fd, blockChars: 100 });
    destination.write('第一行 one\n');
    destination.write('第二行 two\n');
    await sleep(50);
    expect(file.read()).toBe('');
    const long = `${'长'.repeat(90)}\n`;
    destination.write(long);
    await eventually(file.read, `第一行 one\n第二行 two\n${long}`);
    destination.write('last\n');
    destination.flushSync();
    // (flushSync hands the rest to sonic-boom, which starts an asynchronous write when none is in flight and then cannot
    // write that one synchronously: on a loaded machine it lands a moment later — one clean-clone suite saw it missing.)
    await eventually(file.read, `第一行 one\n第二行 two\n${long}last\n`);
    closeSync(file.fd);
  });

  it('carries a logger’s lines in order through many blocks, with flush handing over a partial block', async () => {
    const file = logFile();
    const destination = createBlockDestination({ dest: file.fd, blockChars: 512 });
    const logger = createLogger('info', destination as unknown as NodeJS.WritableStream);
    for (let index = 0; index < 2000; index += 1) logger.info({ index, user: `用户-${index}` }, 'replied');
    // flush hands the partial block over; the blocks are written one after the other, in order.
    destination.flush();
    for (let waited = 0; waited < 5000 && file.read().split('\n').length <= 2000; waited += 20) await sleep(20);
    const lines = file
      .read()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { index: number; user: string; msg: string });
    expect(lines.map((line) => line.index)).toEqual(Array.from({ length: 2000 }, (_, index) => index));
    expect(lines[1999]).toMatchObject({ user: '用户-1999', msg: 'replied' });
    closeSync(file.fd);
  });
});
