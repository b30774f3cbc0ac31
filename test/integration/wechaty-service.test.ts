/**
 * `gongkai serve` with WECHATY_PUPPET set runs Wechaty as one of its composed channels: the
 * puppet named in the setting (wechaty-puppet-mock, loaded by module name like any real puppet)
 * starts with the service, /healthz shows its login state, the banner lists it, a message to the
 * bot is answered by the application's pipeline, the notifiers' `say` reaches a contact through
 * it, and stopping the service stops the bot. Real HTTP on 127.0.0.1, a real SQLite file; the
 * mock puppet keeps its chats in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WechatyReceiver } from '../../src/channels/wechaty/index.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import { type RunningService, startService } from '../../src/main.js';

type PuppetMock = InstanceType<typeof import('wechaty-puppet-mock')['PuppetMock']>;
type MessageMock = InstanceType<PuppetMock['mocker']['MessageMock']>;

const QUESTION = '西工区科技局2024年办理了几件行政许可？';
const NOT_LOGGED_IN = 'not logged in (scan the QR code in the log, or check the puppet token)';

const directory = mkdtempSync(join(tmpdir(), 'gongkai-wechaty-service-'));
let service: RunningService | undefined;

interface Health {
  ok: boolean;
  components: Record<string, { ok: boolean; detail?: string }>;
}

async function health(): Promise<{ status: number; body: Health }> {
  const response = await fetch(`http://127.0.0.1:${service!.address.port}/healthz`);
  return { status: response.status, body: (await response.json()) as Health };
}

beforeAll(async () => {
  // Wechaty's own logger (brolog) writes to stderr.
  (await import('wechaty')).log.level('silent');
});

afterAll(async () => {
  await service?.stop();
  rmSync(directory, { recursive: true, force: true });
});

describe('the service with WECHATY_PUPPET set', () => {
  it('starts the bot as a composed channel, reports it, answers through the pipeline and stops it', async () => {
    const config = loadConfig(
      {
        PORT: '0',
        HOST: '127.0.0.1',
        WECHAT_OA_TOKEN: 'wechatyservice1',
        WECHATY_PUPPET: 'wechaty-puppet-mock',
        // The wechaty notifier needs the channel's say: start-up refuses it unless the composed channels offer it.
        REMINDER_NOTIFIERS: 'wechaty',
      },
      { db: join(directory, 'service.db') },
    );
    service = await startService(config, silentLogger);
    expect(service.banner.join('\n')).toContain('also running: wechaty (wechaty-puppet-mock), review notifications, reminders');

    // Started, not yet logged in: /healthz says so and the service is not ready.
    const before = await health();
    expect(before.status).toBe(503);
    expect(Object.keys(before.body.components).sort()).toEqual(['database', 'reminders', 'wechat-oa', 'wechaty']);
    expect(before.body.components.wechaty).toEqual({ ok: false, detail: NOT_LOGGED_IN });

    const channels = await service.app.channels();
    const receiver = channels.all.find((candidate) => candidate.channel === 'wechaty') as WechatyReceiver;
    expect(channels.receivers).not.toContain(receiver);
    const mocker = (receiver.bot!.puppet as PuppetMock).mocker;
    const botUser = mocker.createContact({ name: '信息公开助手' });
    const citizen = mocker.createContact({ name: '市民' });
    const sent: Array<{ to: string; text: string }> = [];
    // The mock's contacts are EventEmitters, but its typed-emitter typings lose `on` under NodeNext resolution.
    (botUser as unknown as NodeJS.EventEmitter).on('message', (message: MessageMock) => {
      if (message.talker().id === botUser.id) sent.push({ to: message.listener()?.id ?? '', text: message.text() ?? '' });
    });
    mocker.login(botUser);
    await vi.waitFor(async () => expect((await health()).status).toBe(200), { timeout: 15_000, interval: 20 });
    expect((await health()).body.components.wechaty).toEqual({ ok: true });

    // A citizen's question goes through app.handle: the answer is the stored figure.
    citizen.say(QUESTION).to(botUser);
    await vi.waitFor(() => expect(sent.filter((message) => message.to === citizen.id)).toHaveLength(1), { timeout: 15_000, interval: 10 });
    expect(sent[0].text).toContain('6件');

    // The notifiers send through the receiver's sendLater.
    await channels.notifierPorts.say?.(citizen.id, '提醒：2025年度报告须在1月31日前公布。');
    await vi.waitFor(() => expect(sent.map((message) => message.text)).toContain('提醒：2025年度报告须在1月31日前公布。'), {
      timeout: 15_000,
      interval: 10,
    });

    await service.stop();
    expect(receiver.bot).toBeUndefined();
    expect(receiver.health()).toEqual({ ok: false, detail: NOT_LOGGED_IN });
  }, 40_000);
});
