/**
 * The WeCom app notifier (企业微信自建应用): each recipient gets the reminder as an application
 * message to their WeCom userid (their user id on the wecom-app channel), sent by
 * the app channel's message/send client, which splits long text and renews the access token.
 */
import { addressOn, type Notifier } from './port.js';

/** How the notifier reaches WeCom: the app channel's sender and the agent it speaks as. */
export interface WeComAppSender {
  agentId: number;
  /** Send text to a member's userid; resolves once WeCom accepted every part. */
  sendText(userId: string, text: string): Promise<void>;
}

/** Create the notifier; one message per recipient. */
export function createWeComAppNotifier(sender: WeComAppSender): Notifier {
  return {
    // The agent id is public (it is in every callback); it keeps two apps' sends apart in the ledger.
    name: `wecom-app:${sender.agentId}`,
    perRecipient: true,
    async send(reminder) {
      for (const recipient of reminder.recipients) {
        const userId = addressOn(recipient, 'wecom-app');
        if (userId !== undefined) await sender.sendText(userId, reminder.text);
      }
    },
  };
}
