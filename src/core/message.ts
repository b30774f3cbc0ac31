/** Channel-neutral message types: adapters build these, the pipeline and its features read them. */

/**
 * The chat channels the service has (the `channel` of their messages). A staff member registered
 * without naming a channel is known by their id on each of these.
 */
export const CHAT_CHANNELS = ['console', 'wechat-oa', 'wechaty', 'wecom-app'] as const;

/** What a platform event becomes once an adapter has translated it. */
export interface IncomingMessage {
  /** Which adapter it came through, e.g. `wechat-oa`, `wechaty`, `console`. */
  channel: string;
  /** The sender's identity on that channel (OA openid, Wechaty contact id, console --user). */
  user: string;
  /** The conversation: the user id for direct chats, the room id for groups. */
  chat: string;
  /** The text typed; empty for events and unsupported messages. */
  text: string;
  /** `text` for typed messages, `event` for subscribe/click etc., `unsupported` for images, voice … */
  kind: 'text' | 'event' | 'unsupported';
  /** For events: what happened. */
  event?: 'subscribe' | 'unsubscribe' | 'click' | 'other';
  /** For CLICK menu events: the menu key. */
  eventKey?: string;
  /** For unsupported messages: the platform's type name (image, voice, location …). */
  unsupportedType?: string;
  /** True in group chats. */
  isGroup?: boolean;
  /** In group chats: true when the bot was mentioned. */
  mentioned?: boolean;
  /** Platform message id, when there is one. */
  id?: string;
  /** When the platform says the message was sent. */
  receivedAt: Date;
  /**
   * True when nothing authenticates the sender field (the official account's plain mode: the
   * signature does not cover the body). The pipeline then refuses staff commands (`ctx.staffUnverified`).
   */
  senderUnverified?: boolean;
}

/** The pipeline entry every adapter calls: one message in, the reply text out (empty: no reply). */
export type MessageHandler = (message: IncomingMessage) => Promise<string>;
