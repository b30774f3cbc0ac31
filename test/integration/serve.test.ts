/** `npm start` in earnest: the service on 127.0.0.1, a signed WeChat message over real HTTP, a clean shutdown. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../build.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';

ensureBuilt();
const directory = mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function signedUrl(base: string, token: string): string {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = 'n0nce';
  const signature = createHash('sha1').update([token, timestamp, nonce].sort().join('')).digest('hex');
  return `${base}/wechat?signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`;
}

function textMessage(text: string, id: string): string {
  return `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[citizen-1]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content><MsgId>${id}</MsgId></xml>`;
}

describe('startService', () => {
  it('seeds the sample reports, answers a signed question passively, rejects a forged one', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'testtoken123' }, { db: join(directory, 'serve.db') });
    const service = await startService(config, silentLogger);
    try {
      const base = `http://127.0.0.1:${service.address.port}`;
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ ok: true, components: { database: { ok: true } } });
      const response = await fetch(signedUrl(base, 'testtoken123'), {
        method: 'POST',
        body: textMessage('西工区科技局2024年办理了几件行政许可？', '1001'),
      });
      const xml = await response.text();
      expect(response.status).toBe(200);
      expect(xml).toContain('<ToUserName><![CDATA[citizen-1]]></ToUserName>');
      expect(xml).toContain('6件');
      expect(xml).toContain('《西工区科学技术局2024年政府信息公开工作年度报告》');
      const forged = await fetch(signedUrl(base, 'wrong-token'), {
        method: 'POST',
        body: textMessage('西工区科技局2024年办理了几件行政许可？', '1002'),
      });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(service.developmentToken).toBe(false);
    } finally {
      await service.stop();
    }
  });

  it('without a token makes a development token and prints a signed curl example that works', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' }, { db: join(directory, 'dev.db') });
    const service = await startService(config, silentLogger);
    try {
      expect(service.developmentToken).toBe(true);
      const curl = service.banner.find((line) => line.startsWith('curl '));
      expect(curl).toBeDefined();
      const url = /'(http[^']+)'/.exec(curl!)![1];
      const body = /--data '([^']+)'/.exec(curl!)![1];
      const xml = await (await fetch(url, { method: 'POST', body })).text();
      expect(xml).toContain('6件');
    } finally {
      await service.stop();
    }
  });
});

describe('gongkai serve as a process', () => {
  it('stops cleanly on SIGTERM and leaves the database closed', { timeout: 90_000 }, async () => {
    const db = join(directory, 'process.db');
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'gongkai.js'), '--db', db, 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', WECHAT_OA_TOKEN: 'proc123' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errText = '';
    child.stderr.on('data', (chunk) => (errText += chunk));
    const started = Date.now();
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));
    const base = await new Promise<string>((resolve, reject) => {
      // One fresh-clone run saw no banner within 15 s on a quiet machine (twice it came within half a second alone): the wait
      // is longer, and a miss says how long it waited and whether the process had exited, before it is killed.
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`no banner after ${Date.now() - started} ms (exited: ${String(exited)}): ${errText}`));
      }, 60_000);
      child.stderr.on('data', () => {
        const found = /webhook (http:\/\/[\d.:]+)\/wechat/.exec(errText);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]);
        }
      });
    });
    const xml = await (
      await fetch(signedUrl(base, 'proc123'), { method: 'POST', body: textMessage('中卫市科技局2025年收到几件申请', '2001') })
    ).text();
    expect(xml).toContain('1件');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const signalled = Date.now();
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    // Nothing idle keeps it alive: a stop bound's 10 s timer once did.
    expect(Date.now() - signalled).toBeLessThan(5000);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });

  it('refuses a heap growth that is not a whole percent, naming the setting, with no stack trace', async () => {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', 'bin', 'gongkai.js'), '--db', join(directory, 'heap.db'), 'serve'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', HEAP_GROWTH_PERCENT: 'lots' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errText = '';
    child.stderr.on('data', (chunk) => (errText += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).not.toBe(0);
    expect(errText).toContain('HEAP_GROWTH_PERCENT');
    expect(errText).toContain('invalid configuration');
    expect(errText).not.toMatch(/\n\s+at /);
  });
});
