/**
 * The two official-account API calls this channel needs: the access token and the customer-service
 * text message (客服消息), used when an answer misses the 5-second passive-reply window. Retries and
 * the token cache are wechat-core's, shared with the WeCom app.
 */
import { createPlatformApi, type PlatformApiTuning } from '../wechat-core/platform-api.js';

/** Settings of the API client; `apiBase` is configurable so tests can point it at 127.0.0.1. */
export interface WeChatApiClientOptions extends PlatformApiTuning {
  /** Default https://api.weixin.qq.com. */
  apiBase?: string;
  appId: string;
  appSecret: string;
}

/** Access token and customer-service send. */
export interface WeChatApiClient {
  /** A valid access token, fetched once and cached until shortly before it expires. */
  getAccessToken(): Promise<string>;
  /** Send a text message to a user who wrote to the account within the last 48 hours. */
  sendText(openId: string, content: string): Promise<void>;
}

/** Default official API base. */
export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

/** errcodes meaning the token is invalid (40001, 40014) or expired (42001). */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);

/** Create the client. Concurrent callers share one token request, because fetching a token invalidates the previous one. */
export function createWeChatApiClient(options: WeChatApiClientOptions): WeChatApiClient {
  const api = createPlatformApi({
    ...options,
    platform: 'WeChat',
    apiBase: (options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, ''),
    tokenPath: `/cgi-bin/token?grant_type=client_credential&appid=${encodeURIComponent(options.appId)}&secret=${encodeURIComponent(options.appSecret)}`,
    tokenCall: 'token',
    tokenErrors: TOKEN_ERRORS,
  });
  return {
    getAccessToken: api.getAccessToken,
    async sendText(openId, content) {
      await api.postWithToken(
        'custom/send',
        '/cgi-bin/message/custom/send',
        JSON.stringify({ touser: openId, msgtype: 'text', text: { content } }),
      );
    },
  };
}
