/**
 * The welcome, the help menu, an unsupported message and small talk give example questions named after the agencies and
 * years the store holds: an account serving 教育局s never shows the sample reports' 西工区科技局, and an empty store
 * names none. Real reports (reports-more12), a real SQLite file, through the same pipeline as every channel.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/core/log.js';
import type { IncomingMessage } from '../../src/core/message.js';
import { importFile } from '../../src/report/importer.js';

const FIXTURES = join(__dirname, '..', 'fixtures', 'reports-more12');
const SAMPLE_NAMES = /西工区|中卫市|沙坡头|海原县|红寺堡/;

function open(): { app: App; dispose: () => void } {
  const directory = mkdtempSync(join(tmpdir(), 'gongkai-examples-'));
  const app = createApp(loadConfig({}, { db: join(directory, 'test.db') }), {
    logger: silentLogger,
    seed: false,
    now: () => new Date('2026-03-02T10:00:00+08:00'),
  });
  return {
    app,
    dispose: () => {
      app.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

const message = (text: string, kind: IncomingMessage['kind'] = 'text'): IncomingMessage =>
  ({
    channel: 'console',
    user: `u-${text}-${kind}`,
    chat: 'c',
    text,
    kind,
    receivedAt: new Date(),
    event: 'subscribe',
    unsupportedType: 'image',
  }) as IncomingMessage;

describe('example questions over what the store holds', () => {
  const other = open();
  const empty = open();
  beforeAll(async () => {
    for (const name of ['02.txt', '03.txt']) await importFile(other.app.reports, join(FIXTURES, name));
  });
  afterAll(() => {
    other.dispose();
    empty.dispose();
  });

  it('the help menu names stored agencies and their years, never the sample reports', async () => {
    const help = await other.app.handle(message('帮助'));
    expect(help).toContain('您可以这样问');
    expect(help).toMatch(/(?:大冶市教育局2025|南京市浦口区教育局2024)年办理了几件行政许可？/);
    expect(help).toContain('年哪个教育局主动公开的信息最多？');
    expect(help).not.toMatch(SAMPLE_NAMES);
    // The example asks something the bot answers (here: the page is cut before table 二's 行政许可, and it says so).
    const example = /1\. (.+？)/.exec(help)![1];
    expect((await other.app.ask(example)).answer).not.toContain('没有理解');
  });

  it('the welcome, an unsupported message and small talk name stored agencies too', async () => {
    for (const text of [
      await other.app.handle(message('', 'event')),
      await other.app.handle(message('', 'unsupported')),
      (await other.app.ask('你好呀', 'greeter')).answer,
      (await other.app.ask('你们真没用', 'complainer')).answer,
    ]) {
      expect(text).toMatch(/大冶市教育局|南京市浦口区教育局/);
      expect(text).not.toMatch(SAMPLE_NAMES);
    }
  });

  it('an empty store gives the menu without any agency', async () => {
    const help = await empty.app.handle(message('帮助'));
    expect(help).toContain('怎么申请政府信息公开');
    expect(help).not.toMatch(/局|年办理/);
    expect(await empty.app.handle(message('', 'unsupported'))).toBe('抱歉，我目前只能看懂文字消息。请直接用文字提问。');
  });
});
