/**
 * One HTTP server for the whole service: the official account (/wechat), the WeCom app (/wecom),
 * /healthz and the web pages answer on the same port of the running service (startService), each
 * with its own protocol, computed independently in the test helpers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';
import { field, post, signedQuery, TOKEN, textMessageXml } from './wechat-oa/helpers.js';
import {
  AGENT_ID,
  CORP_ID,
  openReply,
  postCallback,
  SECRET,
  signedCallback,
  startFakeWeCom,
  textXml,
  WECOM_AES_KEY,
  WECOM_TOKEN,
} from './wecom-app/helpers.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-one-port-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the service on one port', () => {
  it('serves /wechat, /wecom, /healthz and the report pages from the same server', async () => {
    const fake = await startFakeWeCom();
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        WECHAT_OA_TOKEN: TOKEN,
        WECOM_CORP_ID: CORP_ID,
        WECOM_AGENT_ID: String(AGENT_ID),
        WECOM_SECRET: SECRET,
        WECOM_TOKEN,
        WECOM_ENCODING_AES_KEY: WECOM_AES_KEY,
        WECOM_API_BASE: fake.base,
      },
      { db: join(directory, 'one-port.db') },
    );
    const service = await startService(config, silentLogger, { reminders: false });
    try {
      const base = `http://127.0.0.1:${service.address.port}`;
      const question = '西工区科技局2024年办理了几件行政许可？';

      const official = await post(base, signedQuery(), textMessageXml({ content: question, msgId: '7500000000000000001' }));
      expect(official.status).toBe(200);
      expect(field(official.text, 'Content')).toContain('6件');

      const weCom = await postCallback(
        base,
        signedCallback(textXml({ from: 'member-wang', content: question, msgId: '7500000000000000002' })),
      );
      expect(weCom.status).toBe(200);
      expect(openReply(weCom.text).content).toContain('6件');

      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      const components = ((await health.json()) as { components: Record<string, { ok: boolean }> }).components;
      expect(Object.keys(components).sort()).toEqual(['database', 'wechat-oa', 'wecom-app']);
      expect(Object.values(components).every((component) => component.ok)).toBe(true);

      const page = await fetch(`${base}/r/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/html/);
      expect(await page.text()).toContain('西工区科学技术局');

      expect((await fetch(`${base}/no-such-page`)).status).toBe(404);
      // The callbacks keep their own protocol: an unsigned POST to either is refused, not served as a page.
      expect((await fetch(`${base}/wechat`, { method: 'POST', body: '<xml></xml>' })).status).toBe(401);
      expect((await fetch(`${base}/wecom`, { method: 'POST', body: '<xml></xml>' })).status).toBe(401);
      expect(fake.sendCalls).toEqual([]);
    } finally {
      await service.stop();
      await fake.close();
    }
  });
});
