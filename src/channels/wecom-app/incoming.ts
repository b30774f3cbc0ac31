/** WeCom app callbacks as IncomingMessages, through the mapper both WeChat-family channels share. */
import type { IncomingMessage } from '../../core/message.js';
import { toWeChatFamilyMessage } from '../wechat-core/incoming.js';
import type { WeChatFields } from '../wechat-core/xml.js';

/** The `channel` value of every message from the WeCom app. */
export const WECOM_APP_CHANNEL = 'wecom-app';

/** Map decrypted fields (ToUserName = corpid, FromUserName = the member's userid) to an IncomingMessage. */
export function toWeComIncomingMessage(fields: WeChatFields, nowMs: number): IncomingMessage {
  return toWeChatFamilyMessage(fields, nowMs, WECOM_APP_CHANNEL);
}
