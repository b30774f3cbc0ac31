/** The channel registry builds exactly the receivers the configuration enables, each at its own path; createApp composes them. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app.js';
import { clientsFrom, receiversFrom } from '../../../src/channels/index.js';
import { loadConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/core/log.js';

const WECOM = {
  WECOM_CORP_ID: 'ww3a5b7c9d1e2f4a6b',
  WECOM_AGENT_ID: '1000002',
  WECOM_SECRET: 'wecom-app-secret-0123456789',
  WECOM_TOKEN: 'wecomToken2026',
  WECOM_ENCODING_AES_KEY: 'WeComTestKey0123456789abcdefghijklmnopqrstu',
};

describe('receiversFrom', () => {
  it('builds the official account when it has a token, and the WeCom app when its callback is configured', () => {
    const both = receiversFrom(loadConfig({ WECHAT_OA_TOKEN: 'oaToken2026', ...WECOM }, { db: ':memory:' }), silentLogger);
    expect(both.map((receiver) => [receiver.channel, receiver.path])).toEqual([
      ['wechat-oa', '/wechat'],
      ['wecom-app', '/wecom'],
    ]);
    const officialOnly = receiversFrom(loadConfig({ WECHAT_OA_TOKEN: 'oaToken2026' }, { db: ':memory:' }), silentLogger);
    expect(officialOnly.map((receiver) => receiver.channel)).toEqual(['wechat-oa']);
    expect(receiversFrom(loadConfig({}, { db: ':memory:' }), silentLogger)).toEqual([]);
  });

  it('builds a platform client only where sending is configured', () => {
    const none = clientsFrom(loadConfig({}, { db: ':memory:' }), silentLogger);
    expect(none).toEqual({ wechatOa: undefined, weComApp: undefined });
    const both = clientsFrom(
      loadConfig({ WECHAT_OA_APP_ID: 'wx1234567890abcdef', WECHAT_OA_APP_SECRET: 'secret', ...WECOM }, { db: ':memory:' }),
      silentLogger,
    );
    expect(typeof both.wechatOa?.sendText).toBe('function');
    expect(typeof both.weComApp?.sendText).toBe('function');
  });
});

describe('createApp', () => {
  it('composes the configured channels once, each receiver attached to the application pipeline', async () => {
    const app = createApp(loadConfig({ WECHAT_OA_TOKEN: 'oaToken2026', ...WECOM }, { db: ':memory:' }), {
      logger: silentLogger,
      seed: true,
    });
    try {
      const channels = await app.channels();
      expect(await app.channels()).toBe(channels);
      expect(channels.receivers.map((receiver) => receiver.channel)).toEqual(['wechat-oa', 'wecom-app']);
      expect(channels).toMatchObject({ token: 'oaToken2026', developmentToken: false });
      expect(typeof channels.clients.weComApp?.sendText).toBe('function');
      // A signed callback through the official account's routes is answered by app.handle.
      const official = channels.receivers[0];
      await official.start();
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHash('sha1').update(['oaToken2026', timestamp, 'n1'].sort().join('')).digest('hex');
      const body =
        `<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[citizen-1]]></FromUserName><CreateTime>${timestamp}</CreateTime>` +
        '<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[西工区科技局2024年办理了几件行政许可？]]></Content><MsgId>42</MsgId></xml>';
      const response = await official.routes.request(`/?signature=${signature}&timestamp=${timestamp}&nonce=n1`, { method: 'POST', body });
      expect(await response.text()).toContain('6件');
      await official.stop();
    } finally {
      app.close();
    }
  });

  it('runs the official account on a random development token when none is configured', async () => {
    const app = createApp(loadConfig({}, { db: ':memory:' }), { logger: silentLogger });
    try {
      const { token, developmentToken, receivers } = await app.channels();
      expect(developmentToken).toBe(true);
      expect(token).toMatch(/^dev[0-9a-f]{24}$/);
      expect(receivers.map((receiver) => receiver.channel)).toEqual(['wechat-oa']);
    } finally {
      app.close();
    }
  });
});
