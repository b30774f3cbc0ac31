/**
 * The service's one HTTP server: a single Hono app on @hono/node-server that serves `/healthz`,
 * every HttpReceiver at its path (`/wechat`, `/wecom`, …) and the web pages, on one port. A
 * receiver's hot route (`serveNode`, the platform's message callback) is tried first, straight on
 * node:http: see src/http/callback.ts.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import type { HttpReceiver } from '../channels/receiver.js';
import type { Logger } from '../core/log.js';

/** What `/healthz` shows; `ok: false` answers 503. */
export type HealthReport = { ok: boolean } & Record<string, unknown>;

/** What the server serves. */
export interface ServiceServerOptions {
  /** Mounted at their `path`s, before the web pages. */
  receivers: readonly HttpReceiver[];
  /** The web pages, mounted at `/` (without them, other paths answer 404). */
  web?: Hono;
  /** Default: `{ok: true}`. */
  health?: () => HealthReport;
  logger: Logger;
}

/** The server and its lifecycle. */
export interface ServiceServer {
  /** The Hono app, e.g. for `app.request(...)` in tests. */
  app: Hono;
  server: http.Server;
  /** Start listening; resolves with the bound address (port 0 picks a free one). */
  listen(port: number, host?: string): Promise<AddressInfo>;
  /** Stop accepting connections and close idle ones (the receivers stop on their own). */
  close(): Promise<void>;
}

/** Build the app and its node:http server (not yet listening). */
export function createServiceServer(options: ServiceServerOptions): ServiceServer {
  const app = new Hono();
  const health = options.health ?? (() => ({ ok: true }));
  app.on(['GET', 'HEAD'], '/healthz', (context) => {
    const report = health();
    return context.json(report, report.ok ? 200 : 503);
  });
  app.all('/healthz', (context) => context.text('method not allowed', 405, { allow: 'GET, HEAD' }));
  for (const receiver of options.receivers) app.route(receiver.path, receiver.routes);
  if (options.web) app.route('/', options.web);
  app.notFound((context) => context.text('not found', 404));
  app.onError((error, context) => {
    options.logger.error({ err: error, path: context.req.path }, 'unexpected error in an HTTP handler');
    return context.text('internal error', 500);
  });

  const honoListener = getRequestListener(app.fetch);
  const hotRoutes = new Map<string, NonNullable<HttpReceiver['serveNode']>>();
  for (const receiver of options.receivers) if (receiver.serveNode) hotRoutes.set(receiver.path, receiver.serveNode);
  const server = http.createServer((request, response) => {
    const target = request.url ?? '/';
    const queryAt = target.indexOf('?');
    const hot = hotRoutes.get(queryAt < 0 ? target : target.slice(0, queryAt));
    if (hot === undefined || !hot(request, response)) void honoListener(request, response);
  });
  // Slow-loris protection; the longest legitimate request waits about the passive budget.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  return {
    app,
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(server.address() as AddressInfo);
        });
      });
    },
    async close() {
      if (!server.listening) return;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
  };
}
