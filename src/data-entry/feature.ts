/** Data entry in chat: staff messages that are entry commands or answers to an entry prompt. */
import type { AppServices } from '../app.js';
import { type Middleware, staffFeature } from '../core/pipeline.js';
import { DataEntryConversation } from './conversation.js';

/**
 * The data-entry feature. A citizen's message goes on untouched (nothing is read or written for
 * them); so does a staff member's ordinary question, to the citizen answers. Commands of features
 * earlier in the chain (reminders, console sign-in) never get here.
 */
export function dataEntry(app: AppServices): Middleware {
  const conversation = new DataEntryConversation({
    db: app.db,
    drafts: app.drafts,
    reports: app.reports,
    staff: app.staff,
    state: app.state,
    now: app.now,
  });
  return staffFeature(
    'data-entry',
    ({ message }, staff) => conversation.classify(staff, message.text),
    ({ message }, staff, intent) => conversation.handle(staff, intent, message.channel),
  );
}
