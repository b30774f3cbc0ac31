/** The fields of a WeChat-family callback (official account or WeCom app) as the channel-neutral IncomingMessage. */
import { GongkaiError } from '../../core/errors.js';
import type { IncomingMessage } from '../../core/message.js';
import type { WeChatFields } from './xml.js';

const KNOWN_EVENTS: Record<string, IncomingMessage['event']> = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  click: 'click',
};

/**
 * Map callback fields (ToUserName = the account or corp, FromUserName = the user) to an
 * IncomingMessage of `channel`. `nowMs` stands in for a missing or unreadable CreateTime. Throws
 * BAD_INPUT when the fields every callback carries are absent.
 */
export function toWeChatFamilyMessage(fields: WeChatFields, nowMs: number, channel: string): IncomingMessage {
  const user = fields.FromUserName?.trim();
  const messageType = fields.MsgType?.trim().toLowerCase();
  if (!user || !messageType || !fields.ToUserName?.trim()) {
    throw new GongkaiError('BAD_INPUT', 'callback lacks FromUserName, ToUserName or MsgType');
  }
  const createTime = Number(fields.CreateTime?.trim());
  const receivedAt = new Date(Number.isFinite(createTime) && createTime > 0 ? createTime * 1000 : nowMs);
  // Template-send events spell it MsgID.
  const id = (fields.MsgId ?? fields.MsgID)?.trim() || undefined;
  const base = { channel, user, chat: user, receivedAt, ...(id ? { id } : {}) };

  if (messageType === 'text') return { ...base, kind: 'text', text: fields.Content ?? '' };
  // Voice with speech recognition switched on carries the platform's own transcript: answer that.
  const recognised = messageType === 'voice' ? fields.Recognition?.trim() : undefined;
  if (recognised) return { ...base, kind: 'text', text: recognised };
  if (messageType === 'event') {
    const eventKey = fields.EventKey?.trim();
    // view, location, WeCom's enter_agent …: quiet events.
    return {
      ...base,
      kind: 'event',
      text: '',
      event: KNOWN_EVENTS[(fields.Event ?? '').trim().toLowerCase()] ?? 'other',
      ...(eventKey ? { eventKey } : {}),
    };
  }
  // Anything else, including types the platform may add later, is unsupported rather than an error.
  return { ...base, kind: 'unsupported', text: '', unsupportedType: messageType };
}
