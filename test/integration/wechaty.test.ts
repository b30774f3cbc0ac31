/**
 * The Wechaty channel end to end on wechaty-puppet-mock: mock contacts and rooms talk to the
 * real pipeline (makeTestApp) through the adapter, and we read what the bot sends back.
 * No network: the mock puppet keeps everything in memory.
 */
import { Writable } from 'node:stream';
import { FileBox } from 'file-box';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startWechatyAdapter, type WechatyAdapter } from '../../src/channels/wechaty/adapter.js';
import { createLogger } from '../../src/core/log.js';
import type { IncomingMessage, MessageHandler } from '../../src/core/message.js';
import { makeTestApp, type TestApp } from '../helpers.js';

type Mocker = InstanceType<typeof import('wechaty-puppet-mock')['mock']['Mocker']>;
type ContactMock = ReturnType<Mocker['createContact']>;
type RoomMock = ReturnType<Mocker['createRoom']>;
type MessageMock = InstanceType<Mocker['MessageMock']>;

/** One message the bot sent, as the mock world saw it. */
interface SentMessage {
  /** Room id for group messages, contact id for direct ones. */
  to: string;
  text: string;
}

const BOT_NAME = '信息公开助手';
const QUESTION = '西工区科技局2024年办理了几件行政许可？';

let app: TestApp;
let adapter: WechatyAdapter;
let mocker: Mocker;
let botUser: ContactMock;
let citizen: ContactMock;
let clerk: ContactMock;
let staffRoom: RoomMock;
const sent: SentMessage[] = [];
const received: IncomingMessage[] = [];
const logLines: string[] = [];
/** Lets a test replace the pipeline for one scenario (a failing or verbose handler). */
let handlerOverride: MessageHandler | undefined;

/** A tiny image as the mock puppet accepts it (it serialises attachments, which only base64 boxes allow). */
function photo(): ReturnType<typeof FileBox.fromBase64> {
  return FileBox.fromBase64(Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), 'photo.png');
}

/** Messages the bot has sent to one conversation, in order. */
function sentTo(conversationId: string): string[] {
  return sent.filter((message) => message.to === conversationId).map((message) => message.text);
}

/** Wait until the bot has sent `count` messages to the conversation, and return them. */
async function waitForReplies(conversationId: string, count = 1): Promise<string[]> {
  return vi.waitFor(
    () => {
      const texts = sentTo(conversationId);
      if (texts.length < count) throw new Error(`waiting for ${count} message(s) to ${conversationId}, have ${texts.length}`);
      return texts;
    },
    { timeout: 15_000, interval: 10 },
  );
}

beforeAll(async () => {
  const { log } = await import('wechaty');
  // Wechaty's own logger (brolog) writes to stderr; the adapter logs through pino.
  log.level('silent');
  const { PuppetMock, mock } = await import('wechaty-puppet-mock');

  app = makeTestApp();
  mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const logger = createLogger(
    'info',
    new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    }),
  );
  adapter = await startWechatyAdapter({
    puppet,
    logger,
    handler: async (message) => {
      received.push(message);
      return handlerOverride ? handlerOverride(message) : app.handle(message);
    },
  });

  botUser = mocker.createContact({ name: BOT_NAME });
  [citizen, clerk] = mocker.createContacts(2);
  staffRoom = mocker.createRoom({ topic: '科技局信息公开工作群', memberIdList: [botUser.id, citizen.id, clerk.id] });
  // Everything the bot says passes through its own mock contact as the talker.
  // The mock's contacts are EventEmitters, but its typed-emitter typings lose `on` under NodeNext resolution.
  (botUser as unknown as NodeJS.EventEmitter).on('message', (message: MessageMock) => {
    if (message.talker().id !== botUser.id) return;
    sent.push({ to: message.room()?.id ?? message.listener()!.id, text: message.text() ?? '' });
  });
  mocker.login(botUser);
  await vi.waitFor(() => expect(adapter.bot.isLoggedIn).toBe(true), { timeout: 15_000 });
});

afterAll(async () => {
  await adapter?.stop();
  app?.dispose();
});

beforeEach(() => {
  sent.length = 0;
  received.length = 0;
  logLines.length = 0;
  handlerOverride = undefined;
});

describe('Wechaty channel on the mock puppet', () => {
  it('answers a citizen in a direct chat with the real pipeline', async () => {
    citizen.say(QUESTION).to(botUser);
    const [reply] = await waitForReplies(citizen.id);
    expect(reply).toContain('6');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ channel: 'wechaty', user: citizen.id, chat: citizen.id, text: QUESTION, kind: 'text' });
    expect(received[0].id).toEqual(expect.any(String));
    expect(received[0].receivedAt).toBeInstanceOf(Date);
    expect(received[0].isGroup).toBeUndefined();
  });

  it('ignores a group message that does not mention the bot', async () => {
    clerk.say('大家下午好，报表今天交吗？').to(staffRoom);
    // A mentioned message right after it is a barrier: once its answer is out, the first has been seen too.
    clerk.say(`@${BOT_NAME} 帮助`, [botUser]).to(staffRoom);
    await waitForReplies(staffRoom.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sentTo(staffRoom.id)).toHaveLength(1);
    expect(received.map((message) => message.text)).toEqual(['帮助']);
  });

  it('answers a mention in a staff group, in the room, mentioning the asker', async () => {
    clerk.say(`@${BOT_NAME} ${QUESTION}`, [botUser]).to(staffRoom);
    const [reply] = await waitForReplies(staffRoom.id);
    expect(reply.startsWith(`@${clerk.payload.name} `)).toBe(true);
    expect(reply).toContain('6');
    expect(received[0]).toMatchObject({
      channel: 'wechaty',
      user: clerk.id,
      chat: staffRoom.id,
      text: QUESTION,
      kind: 'text',
      isGroup: true,
      mentioned: true,
    });
    expect(sentTo(clerk.id)).toEqual([]);
  });

  it('gives the polite unsupported reply to an image', async () => {
    citizen.say(photo()).to(botUser);
    const [reply] = await waitForReplies(citizen.id);
    expect(reply).toMatch(/^抱歉，我目前只能看懂文字消息。请直接用文字提问，例如“.+年办理了几件行政许可？”$/);
    expect(received[0]).toMatchObject({ kind: 'unsupported', unsupportedType: 'image', text: '', user: citizen.id });
  });

  it('ignores an image in a group (nobody asked the bot)', async () => {
    clerk.say(photo()).to(staffRoom);
    clerk.say(`@${BOT_NAME} 帮助`, [botUser]).to(staffRoom);
    await waitForReplies(staffRoom.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received.map((message) => message.kind)).toEqual(['text']);
  });

  it('delivers say() to a room and to a contact', async () => {
    await adapter.say(staffRoom.id, '提醒：2025年度报告须在1月31日前公布。');
    await adapter.say(clerk.id, '提醒：您有一份草稿待审核。');
    expect(await waitForReplies(staffRoom.id)).toEqual(['提醒：2025年度报告须在1月31日前公布。']);
    expect(await waitForReplies(clerk.id)).toEqual(['提醒：您有一份草稿待审核。']);
  });

  it('rejects say() to an id that is neither a room nor a contact', async () => {
    await expect(adapter.say('nobody@chatroom', '你好')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('splits a long reply into several messages, in order', async () => {
    const paragraph = '政府信息公开工作年度报告。'.repeat(40);
    handlerOverride = async () => [paragraph, paragraph, paragraph].join('\n');
    citizen.say('长一点').to(botUser);
    // Each paragraph is 1,560 bytes, so the line breaks are where it must cut.
    const replies = await waitForReplies(citizen.id, 3);
    expect(replies).toEqual([paragraph, paragraph, paragraph]);
  });

  it('logs a handler error and keeps answering', async () => {
    handlerOverride = async () => {
      throw new Error('boom');
    };
    citizen.say('这条会出错').to(botUser);
    await vi.waitFor(() => expect(logLines.join('')).toContain('wechaty-message-failed'), { timeout: 15_000, interval: 10 });
    expect(sentTo(citizen.id)).toEqual([]);

    handlerOverride = undefined;
    citizen.say(QUESTION).to(botUser);
    const [reply] = await waitForReplies(citizen.id);
    expect(reply).toContain('6');
  });

  it('lets a registered clerk enter figures in a direct chat and a reviewer publish them from the staff group', async () => {
    const reviewer = mocker.createContact({ name: '王审核' });
    staffRoom.payload.memberIdList.push(reviewer.id);
    app.staff.add({ id: clerk.id, name: '张填报', agency: '海原县教育局', role: 'clerk' });
    app.staff.add({ id: reviewer.id, name: '王审核', agency: '海原县教育局', role: 'reviewer' });
    let expected = 0;
    const clerkSays = async (text: string) => {
      clerk.say(text).to(botUser);
      expected += 1;
      return (await waitForReplies(clerk.id, expected)).slice(-1)[0];
    };
    expect(await clerkSays('填报2025年度')).toContain('海原县教育局2025年');
    expect(await clerkSays('行政许可 7')).toContain('已保存');
    expect(await clerkSays('其余为0')).toContain('确认');
    expect(await clerkSays('确认')).toContain('记为0');
    for (const section of ['总体情况：全年依法公开政府信息。', '存在的主要问题及改进情况：无。', '其他需要报告的事项：未收取信息处理费。'])
      await clerkSays(section);
    expect(await clerkSays('提交')).toMatch(/提交|审核/);
    reviewer.say(`@${BOT_NAME} 通过`, [botUser]).to(staffRoom);
    const [published] = await waitForReplies(staffRoom.id);
    expect(published).toContain('发布');
    citizen.say('海原县教育局2025年行政许可多少件').to(botUser);
    const [answer] = await waitForReplies(citizen.id);
    expect(answer).toContain('7件');
  });

  it('gives an unregistered person the citizen answer to a staff command, and writes nothing', async () => {
    const drafts = app.drafts.all().length;
    citizen.say('填报2025年度').to(botUser);
    const [reply] = await waitForReplies(citizen.id);
    expect(reply).not.toContain('开始填报');
    expect(app.drafts.all()).toHaveLength(drafts);
  });
});
