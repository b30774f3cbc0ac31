/** Turning the fields of a WeChat callback into the channel-neutral IncomingMessage (the key retries share lives in wechat-core). */
import type { IncomingMessage } from '../../core/message.js';
import { GongkaiError } from '../../core/errors.js';
import type { WeChatFields } from '../wechat-core/xml.js';

/** The `channel` value of every message from this adapter. */
export const WECHAT_OA_CHANNEL = 'wechat-oa';

/** Message types WeChat delivers that this bot cannot read; they still reach the handler so it can say so. */
export const UNSUPPORTED_MESSAGE_TYPES = ['image', 'voice', 'video', 'shortvideo', 'location', 'link', 'file'] as const;

const KNOWN_EVENTS: Record<string, IncomingMessage['event']> = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  click: 'click',
};

/**
 * Map callback fields to an IncomingMessage. `nowMs` stands in for a missing or unreadable CreateTime.
 * Throws BAD_INPUT when the fields every callback carries are absent.
 */
export function toIncomingMessage(fields: WeChatFields, nowMs: number): IncomingMessage {
  const user = fields.FromUserName?.trim();
  const messageType = fields.MsgType?.trim().toLowerCase();
  if (!user || !messageType || !fields.ToUserName?.trim()) {
    throw new GongkaiError('BAD_INPUT', 'callback lacks FromUserName, ToUserName or MsgType');
  }
  const createTime = Number(fields.CreateTime?.trim());
  const receivedAt = new Date(Number.isFinite(createTime) && createTime > 0 ? createTime * 1000 : nowMs);
  // Template-send events spell it MsgID.
  const id = (fields.MsgId ?? fields.MsgID)?.trim() || undefined;
  const base = { channel: WECHAT_OA_CHANNEL, user, chat: user, receivedAt, ...(id ? { id } : {}) };

  if (messageType === 'text') return { ...base, kind: 'text', text: fields.Content ?? '' };
  // Voice with speech recognition switched on carries WeChat's own transcript: answer that.
  const recognised = messageType === 'voice' ? fields.Recognition?.trim() : undefined;
  if (recognised) return { ...base, kind: 'text', text: recognised };
  if (messageType === 'event') {
    const eventName = (fields.Event ?? '').trim().toLowerCase();
    const eventKey = fields.EventKey?.trim();
    return {
      ...base,
      kind: 'event',
      text: '',
      event: KNOWN_EVENTS[eventName] ?? 'other',
      ...(eventKey ? { eventKey } : {}),
    };
  }
  // Anything else, including types WeChat may add later, is unsupported rather than an error.
  return { ...base, kind: 'unsupported', text: '', unsupportedType: messageType };
}

/** Re-exported from the shared callback core, where the WeCom channel finds it too. */
export { dedupeKey } from '../wechat-core/dedupe.js';
