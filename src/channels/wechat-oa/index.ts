/** The official-account (公众号) message-server channel: what the composition root needs. */
import type { Config } from '../../config/config.js';
import type { Logger } from '../../core/log.js';
import type { HttpReceiver } from '../receiver.js';
import { createWeChatApiClient, type WeChatApiClient } from './api-client.js';
import { createWeChatOaReceiver } from './receiver.js';

export { createWeChatApiClient, DEFAULT_API_BASE, type WeChatApiClient, type WeChatApiClientOptions } from './api-client.js';
export { WECHAT_OA_CHANNEL } from './incoming.js';
export { APOLOGY, createWeChatOaReceiver, type EncryptMode, type WeChatOaReceiverOptions } from './receiver.js';

/** The channel's settings. */
export type WeChatOaSettings = Pick<
  Config,
  | 'WECHAT_OA_TOKEN'
  | 'WECHAT_OA_APP_ID'
  | 'WECHAT_OA_APP_SECRET'
  | 'WECHAT_OA_ENCODING_AES_KEY'
  | 'WECHAT_OA_ENCRYPT_MODE'
  | 'WECHAT_OA_ALLOW_STAFF_PLAIN'
  | 'WECHAT_API_BASE'
  | 'ANSWER_BUDGET_MS'
>;

/**
 * The API client when appid and secret are set, else undefined. One per process: fetching a new
 * access token invalidates the previous one, so the webhook and the template notifier share it.
 */
export function weChatOaClientFrom(
  config: Pick<Config, 'WECHAT_OA_APP_ID' | 'WECHAT_OA_APP_SECRET' | 'WECHAT_API_BASE'>,
  logger: Logger,
): WeChatApiClient | undefined {
  if (!config.WECHAT_OA_APP_ID || !config.WECHAT_OA_APP_SECRET) return undefined;
  return createWeChatApiClient({
    apiBase: config.WECHAT_API_BASE,
    appId: config.WECHAT_OA_APP_ID,
    appSecret: config.WECHAT_OA_APP_SECRET,
    logger,
  });
}

/** The receiver when a token is set (the service sets a development token when none is configured). */
export function weChatOaReceiverFrom(config: WeChatOaSettings, client: WeChatApiClient | undefined): HttpReceiver | undefined {
  if (!config.WECHAT_OA_TOKEN) return undefined;
  return createWeChatOaReceiver({
    token: config.WECHAT_OA_TOKEN,
    appId: config.WECHAT_OA_APP_ID,
    encodingAesKey: config.WECHAT_OA_ENCODING_AES_KEY,
    encryptMode: config.WECHAT_OA_ENCRYPT_MODE,
    client,
    passiveBudgetMs: config.ANSWER_BUDGET_MS,
    trustUnsignedSender: config.WECHAT_OA_ALLOW_STAFF_PLAIN,
  });
}
