/** Staff routes (data entry, staff commands, reminders) added to the citizen pipeline. */
import type { App } from '../app.js';
import type { Route } from '../core/router.js';

/** Every staff-facing route, tried before the citizen routes. */
export function staffRoutes(_app: Omit<App, 'handle'>): Route[] {
  return [];
}
