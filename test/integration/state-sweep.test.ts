/** Expired conversation state is swept periodically by the running service, on a real SQLite file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { startService } from '../../src/main.js';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-sweep-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('conversation state sweep', () => {
  it('deletes expired rows of users who never came back, keeps live ones', async () => {
    let clock = new Date('2026-01-20T10:00:00+08:00').getTime();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', WECHAT_OA_TOKEN: 'sweeptoken1' }, { db: join(directory, 'sweep.db') });
    const service = await startService(config, silentLogger, { now: () => new Date(clock), reminders: false, stateSweepMs: 30 });
    try {
      const count = () => service.app.db.prepare('SELECT COUNT(*) FROM conversation_state').pluck().get() as number;
      for (let user = 0; user < 2500; user += 1)
        service.app.state.set(`wechat-oa:user-${user}`, { agency: '西工区科学技术局' }, 10 * 60_000);
      service.app.state.set('wechat-oa:still-talking', { agency: '海原县科学技术局' }, 60 * 60_000);
      expect(count()).toBe(2501);
      clock += 11 * 60_000;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(count()).toBe(1);
      expect(service.app.state.get('wechat-oa:still-talking')).toEqual({ agency: '海原县科学技术局' });
    } finally {
      await service.stop();
    }
  });
});
