/**
 * Wechaty is a channel of the registry like the others: composed only when WECHATY_PUPPET is set,
 * not mounted on the HTTP port, its sendLater the notifiers' `say`, and the wechaty package loaded
 * only when the receiver starts. The service's start-up (main.ts, services.ts) no longer names it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { allReceiversFrom, clientsFrom, composeChannels, notifierPortsFrom, receiversFrom } from '../../../src/channels/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/core/log.js';

/** Counts imports of the wechaty package; the stand-in has no WechatyBuilder, so a started bot fails right after loading it. */
const wechatyImports = vi.hoisted(() => ({ count: 0 }));
vi.mock('wechaty', () => {
  wechatyImports.count += 1;
  return {};
});

const PUPPET = { WECHATY_PUPPET: 'wechaty-puppet-service', WECHATY_PUPPET_TOKEN: 'puppet-token-0123' };
const root = join(__dirname, '..', '..', '..');

describe('the Wechaty channel in the registry', () => {
  it('is a receiver only when WECHATY_PUPPET is set, started in order after the HTTP ones but never mounted', () => {
    const config = loadConfig({ WECHAT_OA_TOKEN: 'oaToken2026', ...PUPPET }, { db: ':memory:' });
    const all = allReceiversFrom(config, silentLogger);
    expect(all.map((receiver) => receiver.channel)).toEqual(['wechat-oa', 'wechaty']);
    expect(all[1].description).toBe('wechaty (wechaty-puppet-service)');
    expect(receiversFrom(config, silentLogger).map((receiver) => receiver.channel)).toEqual(['wechat-oa']);
    const without = loadConfig({ WECHAT_OA_TOKEN: 'oaToken2026' }, { db: ':memory:' });
    expect(allReceiversFrom(without, silentLogger).map((receiver) => receiver.channel)).toEqual(['wechat-oa']);
    expect(allReceiversFrom(loadConfig({ WECHATY_PUPPET_TOKEN: 'puppet-token-0123' }, { db: ':memory:' }), silentLogger)).toEqual([]);
  });

  it("offers the notifiers' say only when Wechaty is configured, and it is the receiver's sendLater", async () => {
    const config = loadConfig({ ...PUPPET }, { db: ':memory:' });
    const clients = clientsFrom(config, silentLogger);
    const receivers = allReceiversFrom(config, silentLogger, clients);
    const ports = notifierPortsFrom(config, clients, receivers);
    expect(ports.getAccessToken).toBeUndefined();
    expect(ports.weComApp).toBeUndefined();
    // Not started: the port reaches the receiver, which refuses until its bot runs.
    await expect(ports.say?.('room-1@chatroom', '提醒')).rejects.toMatchObject({ code: 'UPSTREAM' });
    const none = loadConfig({}, { db: ':memory:' });
    expect(notifierPortsFrom(none, clientsFrom(none, silentLogger), []).say).toBeUndefined();
  });

  it('loads the wechaty package when the receiver starts, not when it is composed', async () => {
    const imported = wechatyImports.count;
    const handle = vi.fn(async () => '');
    const channels = composeChannels(loadConfig({ ...PUPPET }, { db: ':memory:' }), { handle, logger: silentLogger });
    const wechaty = channels.all.find((receiver) => receiver.channel === 'wechaty');
    expect(wechaty).toBeDefined();
    expect(channels.receivers.map((receiver) => receiver.channel)).toEqual(['wechat-oa']);
    expect(wechaty?.health()).toEqual({ ok: false, detail: 'not logged in (scan the QR code in the log, or check the puppet token)' });
    expect(wechatyImports.count).toBe(imported);
    await expect(wechaty?.start()).rejects.toThrow();
    expect(wechatyImports.count).toBe(imported + 1);
    await wechaty?.stop();
    expect(handle).not.toHaveBeenCalled();
  });

  it('is named by neither the service start-up nor the services beside it', () => {
    for (const file of ['src/main.ts', 'src/services.ts']) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/WECHATY_|channels\/wechaty|'wechaty'|startWechatyAdapter/);
    }
  });
});
