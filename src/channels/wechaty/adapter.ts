/**
 * The Wechaty channel: a personal or staff WeChat account driven through a Wechaty puppet.
 * Thin by design: it turns a Wechaty message into an IncomingMessage, passes it to the
 * pipeline, and sends the reply back. This is the only module that touches `wechaty`, and it
 * loads it lazily so the rest of the app never pays for it when WECHATY_PUPPET is unset.
 */
import type {
  Contact as ContactInterface,
  Message as MessageInterface,
  OfficialPuppetNpmName,
  Room as RoomInterface,
  Wechaty as WechatyInterface,
  WechatyOptions,
} from 'wechaty';
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import type { IncomingMessage, MessageHandler } from '../../core/message.js';
import { byteLength, splitForWeChat } from '../../core/split.js';

/** A puppet instance, as Wechaty accepts it (the type is taken from Wechaty so we need no direct dependency on wechaty-puppet). */
export type PuppetInterface = Exclude<NonNullable<WechatyOptions['puppet']>, string>;

/** Options for {@link startWechatyAdapter}. */
export interface WechatyAdapterOptions {
  /** A puppet npm module name (WECHATY_PUPPET, e.g. `wechaty-puppet-service`) or a ready puppet instance (tests). */
  puppet: string | PuppetInterface;
  /** The puppet's token (WECHATY_PUPPET_TOKEN); only used when `puppet` is a module name. */
  puppetToken?: string;
  /**
   * Bot name. When given, Wechaty keeps its login session in `<name>.memory-card.json` in the
   * working directory, so a restart need not scan the QR code again; leave it unset in tests.
   */
  name?: string;
  /** The pipeline entry (`app.handle`). */
  handler: MessageHandler;
  logger: Logger;
}

/** A running Wechaty channel. */
export interface WechatyAdapter {
  /** The Wechaty instance, for wiring that needs more than `say` (login state, events). */
  bot: WechatyInterface;
  /** Send text to a room id or a contact id, split for WeChat (used by the reminder notifier). */
  say(targetId: string, text: string): Promise<void>;
  /** Stop the bot and its puppet. */
  stop(): Promise<void>;
}

/** Type names for non-text messages, in the words the rest of the app uses (the OA adapter says `voice`, `file`). */
const UNSUPPORTED_TYPE_NAMES: Record<string, string> = {
  Attachment: 'file',
  Audio: 'voice',
  ChatHistory: 'chat-history',
  MiniProgram: 'mini-program',
  RedEnvelope: 'red-envelope',
};

/** Personal WeChat names group chats `…@chatroom`; used only to try the likelier kind of id first. */
const ROOM_ID_PATTERN = /@chatroom$/;

/**
 * Start a Wechaty bot on the given puppet and answer its messages through `handler`.
 * Direct chats are answered message by message; in groups the bot answers only when
 * mentioned, and mentions the asker in its reply. Resolves once the bot has started
 * (a personal account may still be waiting for its QR code to be scanned: see the log).
 */
export async function startWechatyAdapter(options: WechatyAdapterOptions): Promise<WechatyAdapter> {
  const { handler } = options;
  const logger = options.logger.child({ channel: 'wechaty' });
  const { WechatyBuilder, types } = await import('wechaty');

  const wechatyOptions: WechatyOptions =
    typeof options.puppet === 'string'
      ? {
          name: options.name,
          // Wechaty types this as its list of official module names, but imports any module name at run time.
          puppet: options.puppet as OfficialPuppetNpmName,
          ...(options.puppetToken ? { puppetOptions: { token: options.puppetToken } } : {}),
        }
      : { name: options.name, puppet: options.puppet };
  const bot = WechatyBuilder.build(wechatyOptions);

  /** Which kind of message this is for the pipeline; undefined for messages nobody should answer. */
  const describeType = (message: MessageInterface): { kind: 'text' } | { kind: 'unsupported'; unsupportedType: string } | undefined => {
    const type = message.type();
    if (type === types.Message.Text) return { kind: 'text' };
    // Recalls and system notices (Unknown) are not something a person asked: replying would be noise.
    if (type === types.Message.Recalled || type === types.Message.Unknown || type === types.Message.GroupNote) return undefined;
    const name = types.Message[type] ?? 'unknown';
    return { kind: 'unsupported', unsupportedType: UNSUPPORTED_TYPE_NAMES[name] ?? name.toLowerCase() };
  };

  /** Send a reply in order, chunk by chunk; in a room the first chunk mentions the asker. */
  const sendReply = async (reply: string, talker: ContactInterface, room: RoomInterface | undefined): Promise<void> => {
    if (room === undefined) {
      for (const chunk of splitForWeChat(reply)) await talker.say(chunk);
      return;
    }
    // Wechaty prepends "@name " to the first chunk, so leave room for it within WeChat's limit.
    const mentionBytes = byteLength(`@${(await room.alias(talker)) ?? talker.name()} `);
    const chunks = splitForWeChat(reply, Math.max(1000, 2000 - mentionBytes));
    for (const [index, chunk] of chunks.entries()) {
      if (index === 0) await room.say(chunk, talker);
      else await room.say(chunk);
    }
  };

  const onMessage = async (message: MessageInterface): Promise<void> => {
    // The puppet echoes what the bot itself sends; answering that would loop.
    if (message.self()) return;
    const talker = message.talker();
    // Official accounts push articles into a personal account's chats; they are not asking anything.
    if (talker.type() === types.Contact.Official) return;
    const room = message.room();
    const described = describeType(message);
    if (described === undefined) return;

    let text = described.kind === 'text' ? message.text() : '';
    if (room !== undefined) {
      // In a group the bot speaks only when spoken to; mentionSelf() is false for non-text messages.
      if (described.kind !== 'text' || !(await message.mentionSelf())) return;
      text = await message.mentionText();
    }

    const incoming: IncomingMessage = {
      channel: 'wechaty',
      user: talker.id,
      chat: room?.id ?? talker.id,
      text,
      kind: described.kind,
      ...(described.kind === 'unsupported' ? { unsupportedType: described.unsupportedType } : {}),
      ...(room !== undefined ? { isGroup: true, mentioned: true } : {}),
      id: message.id,
      receivedAt: message.date(),
    };
    const reply = await handler(incoming);
    if (reply.length > 0) await sendReply(reply, talker, room);
  };

  bot.on('message', (message) => {
    // The listener's promise is ours to settle: an unhandled rejection would take the process down.
    onMessage(message).catch((error: unknown) => {
      logger.error({ event: 'wechaty-message-failed', err: error, messageId: message.id }, 'failed to handle a Wechaty message');
    });
  });
  // Without an 'error' listener, an EventEmitter throws; puppet trouble must be logged, not fatal.
  bot.on('error', (error) => logger.error({ event: 'wechaty-error', err: error }, 'Wechaty reported an error'));
  bot.on('scan', (qrcode, status) => {
    // A personal account logs in by scanning this code; the operator needs to see it.
    logger.info({ event: 'wechaty-scan', status: types.ScanStatus[status], qrcode }, 'scan the QR code to log the Wechaty bot in');
  });
  bot.on('login', (user) => logger.info({ event: 'wechaty-login', user: user.id }, `Wechaty logged in as ${user.name()}`));
  bot.on('logout', (user, reason) => logger.warn({ event: 'wechaty-logout', user: user.id, reason }, 'Wechaty logged out'));

  /** A room or contact by id, trying the likelier kind first; probing the puppet directly keeps a miss out of the error log. */
  const findConversation = async (targetId: string): Promise<RoomInterface | ContactInterface | undefined> => {
    const asRoom = async (): Promise<RoomInterface | undefined> => {
      try {
        await bot.puppet.roomPayload(targetId);
      } catch {
        return undefined;
      }
      return bot.Room.find({ id: targetId });
    };
    const asContact = async (): Promise<ContactInterface | undefined> => {
      try {
        await bot.puppet.contactPayload(targetId);
      } catch {
        return undefined;
      }
      return bot.Contact.find({ id: targetId });
    };
    return ROOM_ID_PATTERN.test(targetId) ? ((await asRoom()) ?? (await asContact())) : ((await asContact()) ?? (await asRoom()));
  };

  await bot.start();
  logger.info(
    { event: 'wechaty-started', puppet: typeof options.puppet === 'string' ? options.puppet : options.puppet.name() },
    'Wechaty channel started',
  );

  return {
    bot,
    say: async (targetId, text) => {
      const conversation = await findConversation(targetId);
      if (conversation === undefined) throw new GongkaiError('NOT_FOUND', `wechaty: no room or contact with id ${targetId}`);
      for (const chunk of splitForWeChat(text)) await conversation.say(chunk);
    },
    stop: async () => {
      await bot.stop();
    },
  };
}
