/** Shared set-up for the web tests: a seeded app on a temp SQLite file, the web app on it, and sign-in helpers. */
import { silentLogger } from '../../../src/core/log.js';
import { loadDeadlineCalendar } from '../../../src/reminders/calendar.js';
import { ConsoleStore } from '../../../src/web/console-store.js';
import { createWebApp } from '../../../src/web/web-app.js';
import { makeTestApp, type TestApp } from '../../helpers.js';

/** A test app whose clock can be moved. */
export interface WebTestApp {
  app: TestApp;
  store: ConsoleStore;
  web: ReturnType<typeof createWebApp>;
  clock: { now: Date };
}

/** The season runs on the clock: 20 January 2026 is inside the 2025 season, 11 days before the department deadline. */
export function makeWebTestApp(env: Record<string, string> = {}, start = '2026-01-20T10:00:00+08:00'): WebTestApp {
  const clock = { now: new Date(start) };
  const app = makeTestApp({ now: () => clock.now, env });
  const store = new ConsoleStore(app.db, () => clock.now.getTime());
  const web = createWebApp({ ...app, logger: silentLogger, console: store, calendar: loadDeadlineCalendar() });
  return { app, store, web, clock };
}

/** Sign in through the one-time link as the browser would: the button's POST; returns the cookie and CSRF token. */
export async function signIn(test: WebTestApp, staffId: string): Promise<{ cookie: string; csrf: string }> {
  const { token } = test.store.createLoginToken(staffId);
  const response = await test.web.request('/console/login', { method: 'POST', body: new URLSearchParams({ token }) });
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.get('set-cookie')!.split(';')[0];
  const page = await (await test.web.request('/console', { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1];
  return { cookie, csrf };
}
