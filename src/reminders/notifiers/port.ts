/** The notifier port: how a reminder leaves the system. Adapters: console, WeCom robot, WeCom app, Wechaty, OA template. */
import type { IsoDate } from '../../core/clock.js';
import type { StaffRole } from '../../store/staff-store.js';

/** A person a reminder is addressed to. */
export interface ReminderRecipient {
  /** The staff member's channel identity (OA openid, WeCom userid, Wechaty contact id, console user). */
  id: string;
  name: string;
  role: StaffRole;
  /** For WeCom mentions (mentioned_mobile_list). */
  mobile?: string;
  /** The person's user id per chat channel, when registered by channel (the staff id may differ). */
  addresses?: Record<string, string>;
}

/**
 * Where to reach a recipient on one channel: their user id there; undefined when they are not
 * registered on it (nothing to send). Without addresses (a hand-made recipient), the staff id.
 */
export function addressOn(recipient: ReminderRecipient, channel: string): string | undefined {
  return recipient.addresses ? recipient.addresses[channel] : recipient.id;
}

/** One message to send: one calendar slot of one agency, addressed to one or more staff. */
export interface ReminderMessage {
  agencyId: number;
  agency: string;
  entryId: string;
  entryTitle: string;
  /** The reminder day (Asia/Shanghai) this message belongs to. */
  day: IsoDate;
  reportYear: number;
  deadline: IsoDate;
  daysLeft: number;
  overdue: boolean;
  recipients: ReminderRecipient[];
  /** What the draft lacks, one line (for template messages with short fields). */
  summary: string;
  /** The whole reminder as plain text, addressed to `recipients`. */
  text: string;
}

/** Where reminders go. `send` resolves once the platform accepted the message and throws otherwise. */
export interface Notifier {
  /**
   * Stable name, part of the exactly-once key (e.g. `console`, `wecom:1a2b3c4d`,
   * `wechaty-room:ROOM`): never a secret.
   */
  readonly name: string;
  /**
   * True when each message goes to one person (an OA openid, a Wechaty contact): the pass then
   * sends one message per recipient, so one person's failure never resends to the others.
   */
  readonly perRecipient?: boolean;
  send(reminder: ReminderMessage): Promise<void>;
}

/** Which notifiers an agency's reminders use. */
export type NotifierDirectory = (agency: { id: number; name: string }) => Notifier[];
