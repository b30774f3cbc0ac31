/**
 * The web side of `gongkai serve`: the public report pages and the staff console, one Hono app
 * mounted at `/` of the service's HTTP server (src/http/service-server.ts), beside the channels.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { consolePages, type ConsoleDeps } from './console-pages.js';
import { publicPages } from './public-pages.js';

/** Build the web app. */
export function createWebApp(deps: ConsoleDeps): Hono {
  const app = new Hono();
  app.use('*', async (context, next) => {
    await next();
    context.header('x-content-type-options', 'nosniff');
    context.header('referrer-policy', 'same-origin');
    context.header('x-frame-options', 'DENY');
    // No script anywhere; inline styles only.
    context.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  });
  // Read no more than an upload can need: the node server would otherwise buffer any body it is sent.
  app.use('/console/*', bodyLimit({ maxSize: 21 * 1024 * 1024, onError: (context) => context.text('上传的内容太大（上限20MB）。', 413) }));
  app.get('/', (context) => context.redirect('/r/'));
  app.get('/r', (context) => context.redirect('/r/'));
  app.route('/', publicPages(deps.reports));
  app.route('/console', consolePages(deps));
  app.notFound((context) => context.text('not found', 404));
  app.onError((error, context) => {
    deps.logger.error({ err: error, path: context.req.path }, 'web page failed');
    return context.text('抱歉，页面暂时无法显示，请稍后再试。', 500);
  });
  return app;
}
