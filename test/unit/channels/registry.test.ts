/** The channel registry builds exactly the receivers the configuration enables, each at its own path. */
import { describe, expect, it } from 'vitest';
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
