/** A WeCom app callback's decrypted fields as the channel-neutral IncomingMessage. */
import { GongkaiError } from '../../core/errors.js';
import type { IncomingMessage } from '../../core/message.js';
import type { WeChatFields } from '../wechat-core/xml.js';

/** The `channel` value of every message from the WeCom app. */
export const WECOM_APP_CHANNEL = 'wecom-app';

const KNOWN_EVENTS: Record<string, IncomingMessage['event']> = {
  subscribe: 'subscribe',
  unsubscribe: 'unsubscribe',
  click: 'click',
};

/**
 * Map decrypted fields (ToUserName = corpid, FromUserName = the member's userid, AgentID) to an
 * IncomingMessage. `nowMs` stands in for a missing CreateTime. Throws BAD_INPUT when the fields
 * every callback carries are absent.
 */
export function toWeComIncomingMessage(fields: WeChatFields, nowMs: number): IncomingMessage {
  const user = fields.FromUserName?.trim();
  const messageType = fields.MsgType?.trim().toLowerCase();
  if (!user || !messageType || !fields.ToUserName?.trim()) {
    throw new GongkaiError('BAD_INPUT', 'callback lacks FromUserName, ToUserName or MsgType');
  }
  const createTime = Number(fields.CreateTime?.trim());
  const receivedAt = new Date(Number.isFinite(createTime) && createTime > 0 ? createTime * 1000 : nowMs);
  const id = fields.MsgId?.trim() || undefined;
  const base = { channel: WECOM_APP_CHANNEL, user, chat: user, receivedAt, ...(id ? { id } : {}) };
  if (messageType === 'text') return { ...base, kind: 'text', text: fields.Content ?? '' };
  if (messageType === 'event') {
    const eventKey = fields.EventKey?.trim();
    // enter_agent (the member opened the app), view, location …: quiet events.
    return {
      ...base,
      kind: 'event',
      text: '',
      event: KNOWN_EVENTS[(fields.Event ?? '').trim().toLowerCase()] ?? 'other',
      ...(eventKey ? { eventKey } : {}),
    };
  }
  return { ...base, kind: 'unsupported', text: '', unsupportedType: messageType };
}
