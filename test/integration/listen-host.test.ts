/** Item: without a real token the service listens on 127.0.0.1 only, unless HOST says otherwise. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listenHost, loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-host-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('listen address', () => {
  it('binds 127.0.0.1 with the development token when HOST is not set', async () => {
    const service = await startService(loadConfig({ PORT: '0' }, { db: join(directory, 'dev.db') }), silentLogger, { reminders: false });
    try {
      expect(service.developmentToken).toBe(true);
      expect(service.address.address).toBe('127.0.0.1');
    } finally {
      await service.stop();
    }
  });

  it('uses HOST when it is set, and all interfaces with a real token', () => {
    expect(listenHost(loadConfig({ HOST: '0.0.0.0' }))).toBe('0.0.0.0');
    expect(listenHost(loadConfig({ WECHAT_OA_TOKEN: 'realtoken123' }))).toBe('0.0.0.0');
    expect(listenHost(loadConfig({ WECHAT_OA_TOKEN: 'realtoken123', HOST: '127.0.0.2' }))).toBe('127.0.0.2');
    expect(listenHost(loadConfig({}))).toBe('127.0.0.1');
  });
});
