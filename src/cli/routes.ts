/** Staff routes (data entry, staff commands, reminders) added to the citizen pipeline. */
import type { App } from '../app.js';
import type { Route } from '../core/router.js';
import { dataEntryRoutes } from '../data-entry/routes.js';
import { reminderRoutes } from '../reminders/routes.js';
import { consoleRoutes } from '../web/console-routes.js';

/** Every staff-facing route, tried before the citizen routes. */
export function staffRoutes(app: Omit<App, 'handle'>): Route[] {
  return [...consoleRoutes(app), ...reminderRoutes(app), ...dataEntryRoutes(app)];
}
