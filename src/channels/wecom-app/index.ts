/** The WeCom self-built app channel (企业微信自建应用): what the composition root needs. */
import type { Config } from '../../config/config.js';
import type { HttpReceiver } from '../receiver.js';
import type { WeComApiClient } from './api-client.js';
import { createWeComAppReceiver } from './receiver.js';

export {
  createWeComApiClient,
  DEFAULT_WECOM_API_BASE,
  weComClientFrom,
  type WeComApiClient,
  type WeComApiClientOptions,
} from './api-client.js';
export { createWeComAppReceiver, WECOM_APOLOGY, type WeComAppReceiverOptions } from './receiver.js';
export { WECOM_APP_CHANNEL } from './incoming.js';

/** The channel's settings: the callback (corp id, token, AES key) and sending (corp id, agent id, secret). */
export type WeComAppSettings = Pick<
  Config,
  'WECOM_CORP_ID' | 'WECOM_AGENT_ID' | 'WECOM_SECRET' | 'WECOM_TOKEN' | 'WECOM_ENCODING_AES_KEY' | 'WECOM_API_BASE' | 'ANSWER_BUDGET_MS'
>;

/** The receiver when the callback is configured (corp id, token and AES key); the config has checked the rest. */
export function weComReceiverFrom(config: WeComAppSettings, client: WeComApiClient | undefined): HttpReceiver | undefined {
  if (!config.WECOM_CORP_ID || !config.WECOM_TOKEN || !config.WECOM_ENCODING_AES_KEY) return undefined;
  return createWeComAppReceiver({
    corpId: config.WECOM_CORP_ID,
    agentId: config.WECOM_AGENT_ID,
    token: config.WECOM_TOKEN,
    encodingAesKey: config.WECOM_ENCODING_AES_KEY,
    client,
    passiveBudgetMs: config.ANSWER_BUDGET_MS,
  });
}
