/** The chat command "登录" / "控制台": a registered staff member gets a one-time link to the web console. */
import type { App } from '../app.js';
import type { Route } from '../core/router.js';
import { consoleLink, webBaseUrl } from './console-link-command.js';
import { ConsoleStore } from './console-store.js';

const SIGN_IN = /^(登录|登陆|控制台|工作台)$/;

/** The route, tried before the other staff routes; anybody not registered falls through to the citizen answers. */
export function consoleRoutes(app: Omit<App, 'handle'>): Route[] {
  const store = new ConsoleStore(app.db, () => app.now().getTime());
  return [
    {
      name: 'console-sign-in',
      matches: ({ message, text }) => message.kind === 'text' && SIGN_IN.test(text) && store.user(message.user) !== undefined,
      handle: ({ message }) => {
        const link = consoleLink(store, webBaseUrl(app.config), message.user)!;
        return `年报工作台登录链接（10分钟内有效，只能使用一次，请勿转发）：\n${link.url}`;
      },
    },
  ];
}
