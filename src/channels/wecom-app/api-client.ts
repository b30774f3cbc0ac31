/**
 * The two WeCom server API calls the app channel needs: `GET /cgi-bin/gettoken` (corpid +
 * corpsecret → access_token) and `POST /cgi-bin/message/send` (an application text message to a
 * member's userid), used for answers that miss the passive window and for notifications.
 */
import type { Config } from '../../config/config.js';
import { GongkaiError } from '../../core/errors.js';
import type { Logger } from '../../core/log.js';
import { splitForWeChat } from '../../core/split.js';
import { createPlatformApi, type PlatformApiTuning } from '../wechat-core/platform-api.js';

/** Official WeCom API base. */
export const DEFAULT_WECOM_API_BASE = 'https://qyapi.weixin.qq.com';
/** WeCom truncates a text message's content at 2048 bytes; leave a margin. */
export const WECOM_APP_TEXT_MAX_BYTES = 2000;

/** Settings of the client; `apiBase` is configurable so tests can point it at 127.0.0.1. */
export interface WeComApiClientOptions extends PlatformApiTuning {
  apiBase?: string;
  corpId: string;
  /** The app's Secret (a secret: never logged, never in an error message). */
  secret: string;
  /** The app's AgentId, which message/send names. */
  agentId: number;
}

/** Access token and application messages. */
export interface WeComApiClient {
  /** A valid access token, fetched once and cached until shortly before `expires_in`. */
  getAccessToken(): Promise<string>;
  /** Send text to a member (split into messages WeCom does not truncate, sent in order). */
  sendText(userId: string, content: string): Promise<void>;
}

/** errcodes meaning the access token is invalid (40014) or expired (42001). */
const TOKEN_ERRORS = new Set([40014, 42001]);

/** Create the client. Concurrent callers share one token request. */
export function createWeComApiClient(options: WeComApiClientOptions): WeComApiClient {
  const api = createPlatformApi({
    ...options,
    platform: 'WeCom',
    logger: options.logger.child({ module: 'wecom-api' }),
    apiBase: (options.apiBase ?? DEFAULT_WECOM_API_BASE).replace(/\/+$/, ''),
    tokenPath: `/cgi-bin/gettoken?corpid=${encodeURIComponent(options.corpId)}&corpsecret=${encodeURIComponent(options.secret)}`,
    tokenCall: 'gettoken',
    tokenErrors: TOKEN_ERRORS,
  });

  async function sendOne(userId: string, content: string): Promise<void> {
    const body = JSON.stringify({ touser: userId, msgtype: 'text', agentid: options.agentId, text: { content } });
    const result = await api.postWithToken('message/send', '/cgi-bin/message/send', body);
    // WeCom answers 0 yet names the userids it could not reach.
    if (typeof result.invaliduser === 'string' && result.invaliduser !== '')
      throw new GongkaiError('UPSTREAM', `message/send: no such member (${result.invaliduser})`);
  }

  async function sendText(userId: string, content: string): Promise<void> {
    for (const chunk of splitForWeChat(content, WECOM_APP_TEXT_MAX_BYTES)) {
      if (chunk.trim() !== '') await sendOne(userId, chunk);
    }
  }

  return { getAccessToken: api.getAccessToken, sendText };
}

/**
 * The client when sending is configured (corp id, agent id and secret), else undefined. Kept here,
 * apart from the receiver, so one-shot commands (gongkai remind) load no HTTP framework.
 */
export function weComClientFrom(
  config: Pick<Config, 'WECOM_CORP_ID' | 'WECOM_AGENT_ID' | 'WECOM_SECRET' | 'WECOM_API_BASE'>,
  logger: Logger,
): WeComApiClient | undefined {
  if (!config.WECOM_CORP_ID || config.WECOM_AGENT_ID === undefined || !config.WECOM_SECRET) return undefined;
  return createWeComApiClient({
    apiBase: config.WECOM_API_BASE,
    corpId: config.WECOM_CORP_ID,
    agentId: config.WECOM_AGENT_ID,
    secret: config.WECOM_SECRET,
    logger,
  });
}
