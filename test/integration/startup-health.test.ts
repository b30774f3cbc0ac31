/**
 * Start-up refuses an invalid configuration with every problem listed (a real `gongkai serve`
 * process, which must exit rather than half-start), and /healthz reports each component and
 * answers 503 when a configured one is down (real HTTP, real SQLite file).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';
import { ensureBuilt } from '../build.js';

ensureBuilt();
const root = join(__dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'gongkai-startup-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('start-up with an invalid configuration', () => {
  it('gongkai serve lists every problem and exits; nothing keeps listening', async () => {
    const port = 20_000 + (process.pid % 20_000);
    const started = Date.now();
    const result = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [join(root, 'bin', 'gongkai.js'), '--db', join(directory, 'bad.db'), 'serve'], {
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          WECHAT_OA_TOKEN: 'startuptoken1',
          REMINDER_NOTIFIERS: 'wecom,oa-template:TEMPLATE1,pager',
          WECOM_WEBHOOK_KEY: '',
          WECHAT_OA_APP_ID: '',
          WECHAT_OA_APP_SECRET: '',
          LOG_LEVEL: 'silent',
        },
      });
      let err = '';
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('error', reject);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, err });
      });
    });
    expect(result.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.err).toContain('invalid configuration');
    expect(result.err).toContain('pager');
    expect(result.err).toMatch(/REMINDER_NOTIFIERS: cannot use "pager"/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(await portOpen(port)).toBe(false);
  }, 20_000);

  it('lists the notifier problems together in-process too', async () => {
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', REMINDER_NOTIFIERS: 'wecom,wechaty-room:R1' },
      { db: join(directory, 'bad2.db') },
    );
    await expect(startService(config, silentLogger)).rejects.toThrow(/wecom notifier needs a key[\s\S]*wechaty/);
  });
});

describe('/healthz', () => {
  it('reports database, channel and reminders, and answers 503 when the database is down', async () => {
    const config = loadConfig(
      { PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'healthtoken1', REMINDER_NOTIFIERS: 'console' },
      { db: join(directory, 'health.db') },
    );
    const service = await startService(config, silentLogger);
    const url = `http://127.0.0.1:${service.address.port}/healthz`;
    try {
      const healthy = await fetch(url);
      expect(healthy.status).toBe(200);
      const body = (await healthy.json()) as { ok: boolean; components: Record<string, { ok: boolean }> };
      expect(body.ok).toBe(true);
      expect(Object.keys(body.components).sort()).toEqual(['database', 'reminders', 'wechat-oa']);
      service.app.db.close();
      const down = await fetch(url);
      expect(down.status).toBe(503);
      const downBody = (await down.json()) as { ok: boolean; components: Record<string, { ok: boolean; detail?: string }> };
      expect(downBody.ok).toBe(false);
      expect(downBody.components.database.ok).toBe(false);
      expect(downBody.components.reminders.ok).toBe(true);
    } finally {
      await service.stop();
    }
  });
});
