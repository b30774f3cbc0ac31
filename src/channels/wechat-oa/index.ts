/** The official-account (公众号) message-server channel: what the composition root needs. */
export {
  APOLOGY,
  createWeChatOaRequestListener,
  createWeChatOaServer,
  type EncryptMode,
  type WeChatOaRequestListener,
  type WeChatOaServer,
  type WeChatOaServerOptions,
} from './server.js';
export { createWeChatApiClient, DEFAULT_API_BASE, type WeChatApiClient, type WeChatApiClientOptions } from './api-client.js';
export { WECHAT_OA_CHANNEL } from './incoming.js';
