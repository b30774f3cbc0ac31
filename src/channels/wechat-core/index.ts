/**
 * The WeChat callback core both WeChat-family channels share (official account and WeCom app):
 * signatures, the AES envelope, XML, retry dedupe, replay guard and the passive-reply budget.
 */
export { computeSignature, isFreshTimestamp, signaturesMatch } from './signature.js';
export { createMessageCrypt, type MessageCrypt } from './crypto.js';
export { buildEncryptedReplyXml, buildTextReplyXml, parseWeChatXml, type WeChatFields } from './xml.js';
export { Deduplicator, dedupeKey } from './dedupe.js';
export { messageIdentity, ReplayGuard } from './replay.js';
export { createReplyBudget, type ReplyBudget, type ReplyBudgetOptions, type ReplyOutcome } from './reply-budget.js';
export { toWeChatFamilyMessage } from './incoming.js';
export { createPlatformApi, type ApiResult, type PlatformApi, type PlatformApiOptions } from './platform-api.js';
