/**
 * Wechaty notifiers, on a `say(targetId, text)` function supplied by the Wechaty adapter, so
 * this module never imports wechaty: one to a room (group message naming everyone), one to each
 * staff member's contact (their user id on the wechaty channel).
 */
import { addressOn, type Notifier } from './port.js';

/** Send text to a room or contact by id; resolves once Wechaty has sent it. */
export type WechatySay = (targetId: string, text: string) => Promise<void>;

/** Reminders to one Wechaty room. */
export function createWechatyRoomNotifier(options: { room: string; say: WechatySay }): Notifier {
  return {
    name: `wechaty-room:${options.room}`,
    async send(reminder) {
      await options.say(options.room, reminder.text);
    },
  };
}

/** Reminders to each recipient's own Wechaty contact. */
export function createWechatyContactNotifier(options: { say: WechatySay }): Notifier {
  return {
    name: 'wechaty',
    perRecipient: true,
    async send(reminder) {
      for (const recipient of reminder.recipients) {
        const contact = addressOn(recipient, 'wechaty');
        if (contact !== undefined) await options.say(contact, reminder.text);
      }
    },
  };
}
