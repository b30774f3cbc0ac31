/**
 * kill -9 of a real `gongkai remind` process in the middle of sending, then a restart: nothing
 * acknowledged is lost and nothing acknowledged is sent twice. The WeCom robot is a fake on
 * 127.0.0.1 that hangs on the first delivery, so the process dies with the send in flight.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { ReminderLog } from '../../src/reminders/reminder-log.js';
import { openDatabase } from '../../src/store/db.js';
import { ensureBuilt } from '../build.js';

const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-remind-kill-'));
const db = join(directory, 'remind.db');
let server: Server;
let base = '';
let hang = true;
const deliveries: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  const app = createApp(loadConfig({}, { db }), { logger: silentLogger, seed: true });
  app.staff.add({ id: 'clerk-a', name: '张三', agency: '西工区科学技术局', role: 'clerk', mobile: '13800000001' });
  app.close();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      deliveries.push(JSON.parse(body).text?.content ?? JSON.parse(body).markdown?.content);
      if (hang) return; // never answered: the sender is mid-send when it is killed
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(directory, { recursive: true, force: true });
});

function remind(now: string) {
  return spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), '--db', db, 'remind', '--now', now], {
    env: { ...process.env, REMINDER_NOTIFIERS: 'wecom', WECOM_WEBHOOK_KEY: 'robot-key', WECOM_WEBHOOK_BASE: base, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function statuses() {
  const handle = openDatabase(db);
  try {
    return new ReminderLog(handle).all().map((row) => row.status);
  } finally {
    handle.close();
  }
}

describe('kill -9 during a reminder pass', () => {
  it('resends what was not acknowledged, once, and nothing after it was', async () => {
    const first = remind('2026-01-28T09:10:00+08:00');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no delivery reached the robot')), 20_000);
      const poll = setInterval(() => {
        if (deliveries.length > 0) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 20);
    });
    first.kill('SIGKILL');
    await new Promise((resolve) => first.on('exit', resolve));
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toContain('西工区科学技术局');
    expect(statuses()).toEqual(['pending']);

    // Restarted after the claim's lease: the unacknowledged reminder goes out again, now acknowledged.
    hang = false;
    const second = remind('2026-01-28T10:10:00+08:00');
    expect(await new Promise((resolve) => second.on('exit', resolve))).toBe(0);
    expect(deliveries).toHaveLength(2);
    expect(deliveries[1]).toBe(deliveries[0]);
    expect(statuses()).toEqual(['sent']);

    // And a third pass the same day sends nothing.
    const third = remind('2026-01-28T11:10:00+08:00');
    expect(await new Promise((resolve) => third.on('exit', resolve))).toBe(0);
    expect(deliveries).toHaveLength(2);
  }, 60_000);
});
