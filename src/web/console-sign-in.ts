/** The chat command "登录" / "控制台": a registered staff member gets a one-time link to the web console. */
import type { AppServices } from '../app.js';
import { feature, type Middleware, STAFF_UNVERIFIED_REPLY } from '../core/pipeline.js';
import { consoleLink, webBaseUrl } from './console-link-command.js';
import { ConsoleStore } from './console-store.js';

const SIGN_IN = /^(登录|登陆|控制台|工作台)$/;

/**
 * The sign-in command. Office members sign in too, though chat knows them as nobody else's
 * staff, so this feature asks the identity table itself; anybody not registered goes on.
 */
export function consoleSignIn(app: AppServices): Middleware {
  const store = new ConsoleStore(app.db, () => app.now().getTime());
  return feature('console-sign-in', (context, next) => {
    const { message, text } = context;
    if (message.kind !== 'text' || !SIGN_IN.test(text)) return next();
    const staffId = app.staff.staffIdOf(message.channel, message.user);
    if (staffId === undefined || store.user(staffId) === undefined) return next();
    // A sign-in link over a channel that cannot prove the sender would hand the console to anyone.
    if (message.senderUnverified) {
      context.logger.warn(
        { event: 'staff_refused_unverified', route: 'console-sign-in' },
        'console link over an unauthenticated channel refused',
      );
      context.reply(STAFF_UNVERIFIED_REPLY);
      return;
    }
    const link = consoleLink(store, webBaseUrl(app.config), staffId)!;
    context.reply(`年报工作台登录链接（10分钟内有效，只能使用一次，请勿转发）：\n${link.url}`);
  });
}
