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
  // Built field by field (no spreads): one message per callback, on the webhook's hot path.
  const message: IncomingMessage = { channel, user, chat: user, receivedAt, kind: 'text', text: '' };
  if (id) message.id = id;

  if (messageType === 'text') {
    message.text = fields.Content ?? '';
    return message;
  }
  // Voice with speech recognition switched on carries the platform's own transcript: answer that.
  const recognised = messageType === 'voice' ? fields.Recognition?.trim() : undefined;
  if (recognised) {
    message.text = recognised;
    return message;
  }
  if (messageType === 'event') {
    const eventKey = fields.EventKey?.trim();
    // view, location, WeCom's enter_agent …: quiet events.
    message.kind = 'event';
    message.event = KNOWN_EVENTS[(fields.Event ?? '').trim().toLowerCase()] ?? 'other';
    if (eventKey) message.eventKey = eventKey;
    return message;
  }
  // Anything else, including types the platform may add later, is unsupported rather than an error.
  message.kind = 'unsupported';
  message.unsupportedType = messageType;
  return message;
}
