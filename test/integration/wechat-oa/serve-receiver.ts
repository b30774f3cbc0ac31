/**
 * The official-account receiver as the service runs it: built from its options, given a handler
 * with `init`, mounted on the service's one HTTP server (src/http/service-server.ts) on 127.0.0.1
 * and started. The customer-service client is built from appId/appSecret/apiBase when given.
 */
import { createWeChatApiClient } from '../../../src/channels/wechat-oa/api-client.js';
import { createWeChatOaReceiver, type WeChatOaReceiverOptions } from '../../../src/channels/wechat-oa/receiver.js';
import type { Logger } from '../../../src/core/log.js';
import type { MessageHandler } from '../../../src/core/message.js';
import { createServiceServer } from '../../../src/http/service-server.js';

/** Receiver options plus what the service would supply: the pipeline, the logger and the API settings. */
export interface ServedReceiverOptions extends WeChatOaReceiverOptions {
  handler: MessageHandler;
  logger: Logger;
  appSecret?: string;
  apiBase?: string;
}

/** Serve the receiver on an ephemeral port; `close` stops the server, then the receiver (waiting for late deliveries). */
export async function serveOaReceiver(options: ServedReceiverOptions): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const { handler, logger, appSecret, apiBase, ...receiverOptions } = options;
  const client =
    receiverOptions.client ??
    (receiverOptions.appId && appSecret ? createWeChatApiClient({ appId: receiverOptions.appId, appSecret, apiBase, logger }) : undefined);
  const receiver = createWeChatOaReceiver({ ...receiverOptions, client });
  receiver.init({ handle: handler, logger });
  const server = createServiceServer({ receivers: [receiver], logger });
  const address = await server.listen(0, '127.0.0.1');
  await receiver.start();
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await server.close();
      await receiver.stop();
    },
  };
}
