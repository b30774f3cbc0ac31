/** The data-entry routes: only staff messages that are entry commands or answers to an entry prompt. */
import type { App } from '../app.js';
import type { MessageContext, Route } from '../core/router.js';
import { DataEntryConversation, type EntryIntent } from './conversation.js';

/**
 * Routes for registered staff. A citizen's message never matches (nothing is read or
 * written for them); a staff member's ordinary question does not match either and gets
 * the citizen answer.
 */
export function dataEntryRoutes(app: Omit<App, 'handle'>): Route[] {
  const conversation = new DataEntryConversation({
    db: app.db,
    drafts: app.drafts,
    reports: app.reports,
    staff: app.staff,
    state: app.state,
    now: app.now,
  });
  // matches() and handle() see the same context object: classify once.
  const intents = new WeakMap<MessageContext, EntryIntent | undefined>();
  const intentOf = (context: MessageContext): EntryIntent | undefined => {
    if (!context.staff || context.message.kind !== 'text') return undefined;
    if (!intents.has(context)) intents.set(context, conversation.classify(context.staff, context.message.text));
    return intents.get(context);
  };
  return [
    {
      name: 'data-entry',
      matches: (context) => intentOf(context) !== undefined,
      handle: (context) => conversation.handle(context.staff!, intentOf(context)!),
    },
  ];
}
