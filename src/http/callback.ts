/**
 * A platform callback (WeChat, WeCom) seen apart from the HTTP library, so one receiver serves it
 * two ways: through its Hono routes (tests' `routes.request`, and every request the fast path
 * leaves) and straight on node:http for its hot route (POST at its path). Under load Hono's
 * Request and Response objects, its router and @hono/node-server's copying cost the webhook more
 * than its own protocol work; the node path answers with one writeHead and one end, as a bare
 * node:http server does.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from 'hono';
import { type BodyText, readBodyText, readNodeBody } from './read-body.js';

/** What a callback handler reads from the request. */
export interface CallbackRequest {
  method: string;
  /** The first value of a query parameter, decoded as Hono decodes it; undefined when absent. */
  query(name: string): string | undefined;
  /** The body as text, refusing more than `limit` bytes. */
  body(limit: number): Promise<BodyText>;
  remoteAddress(): string | undefined;
}

/** What a callback handler answers. */
export interface CallbackReply {
  status: number;
  body: string;
  /** `xml`: application/xml; `text`: text/plain (both UTF-8). */
  type: 'xml' | 'text';
  /** Extra headers, e.g. `allow` or `connection: close`. */
  headers?: Readonly<Record<string, string>>;
}

const CONTENT_TYPES = { xml: 'application/xml; charset=utf-8', text: 'text/plain; charset=UTF-8' } as const;

/** A reply of plain text. */
export function textReply(status: number, body: string, headers?: Readonly<Record<string, string>>): CallbackReply {
  return headers ? { status, body, type: 'text', headers } : { status, body, type: 'text' };
}

/** The request of a Hono context (on @hono/node-server, the body is read from the node request). */
export function callbackFromHono(context: Context): CallbackRequest {
  return {
    method: context.req.method,
    query: (name) => context.req.query(name),
    body: (limit) => readBodyText(context, limit),
    remoteAddress: () => (context.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress,
  };
}

/** The reply as a Hono Response. */
export function honoResponse(context: Context, reply: CallbackReply): Response {
  return context.body(reply.body, reply.status as 200, { ...reply.headers, 'content-type': CONTENT_TYPES[reply.type] });
}

/** The request of node:http; `url` is the request target (path and query). */
export function callbackFromNode(request: IncomingMessage): CallbackRequest {
  let parameters: Map<string, string> | undefined;
  return {
    method: request.method ?? 'GET',
    query(name) {
      parameters ??= parseQuery(request.url ?? '');
      return parameters.get(name);
    },
    body: (limit) => readNodeBody(request, limit),
    remoteAddress: () => request.socket.remoteAddress,
  };
}

/** Write the reply on node:http: headers and body leave in one write. */
export function sendNodeReply(response: ServerResponse, reply: CallbackReply): void {
  const headers: Record<string, string | number> = {
    ...reply.headers,
    'content-type': CONTENT_TYPES[reply.type],
    'content-length': Buffer.byteLength(reply.body),
  };
  response.writeHead(reply.status, headers);
  response.end(reply.body);
}

/**
 * A receiver's message callback served straight on node:http: POST messages only (the URL
 * handshake is rare and Hono serves it); false leaves the request to Hono. A reply that cannot
 * be sent is reported and the socket closed.
 */
export function serveMessagesOnNode(
  serve: (request: CallbackRequest) => Promise<CallbackReply>,
  onSendError: (error: unknown) => void,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    if (request.method !== 'POST') return false;
    serve(callbackFromNode(request))
      .then((reply) => sendNodeReply(response, reply))
      .catch((error: unknown) => {
        onSendError(error);
        response.destroy();
      });
    return true;
  };
}

/**
 * The query parameters of a request target, the first value of each name, decoded as Hono's
 * `c.req.query` decodes them (`+` is a space; a malformed %-escape stays as written), so both
 * paths read the same signature, timestamp and nonce from any URL.
 */
export function parseQuery(target: string): Map<string, string> {
  const parameters = new Map<string, string>();
  const start = target.indexOf('?');
  if (start < 0) return parameters;
  const hash = target.indexOf('#', start);
  const query = hash < 0 ? target.slice(start + 1) : target.slice(start + 1, hash);
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = decodeComponent(equals < 0 ? pair : pair.slice(0, equals));
    if (!parameters.has(name)) parameters.set(name, equals < 0 ? '' : decodeComponent(pair.slice(equals + 1)));
  }
  return parameters;
}

function decodeComponent(value: string): string {
  const spaced = value.includes('+') ? value.replace(/\+/g, ' ') : value;
  if (!spaced.includes('%')) return spaced;
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Decode what can be decoded, keep the rest as written (Hono's tryDecode).
    return spaced.replace(/(?:%[0-9A-Fa-f]{2})+/g, (match) => {
      try {
        return decodeURIComponent(match);
      } catch {
        return match;
      }
    });
  }
}
