/** Official-account callbacks as IncomingMessages, through the mapper both WeChat-family channels share. */
import type { IncomingMessage } from '../../core/message.js';
import { toWeChatFamilyMessage } from '../wechat-core/incoming.js';
import type { WeChatFields } from '../wechat-core/xml.js';

/** The `channel` value of every message from this adapter. */
export const WECHAT_OA_CHANNEL = 'wechat-oa';

/** Map callback fields to an IncomingMessage; throws BAD_INPUT when the fields every callback carries are absent. */
export function toIncomingMessage(fields: WeChatFields, nowMs: number): IncomingMessage {
  return toWeChatFamilyMessage(fields, nowMs, WECHAT_OA_CHANNEL);
}

/** Re-exported from the shared callback core, where the WeCom channel finds it too. */
export { dedupeKey } from '../wechat-core/dedupe.js';
