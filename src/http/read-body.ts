/**
 * A request body as text, bounded. Served by @hono/node-server, the node request (`env.incoming`)
 * is read directly: going through `c.req.raw.body` (as hono/body-limit does) builds a full undici
 * Request and a web stream per request, which cost the webhook more than its own protocol work.
 */
import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/** The body, or `too-large` once it passes `limit` bytes (declared or read). */
export type BodyText = { ok: true; text: string } | { ok: false; reason: 'too-large' };

const TOO_LARGE: BodyText = { ok: false, reason: 'too-large' };

/** Read the body of the request in `context`, refusing more than `limit` bytes. */
export async function readBodyText(context: Context, limit: number): Promise<BodyText> {
  const declared = Number(context.req.header('content-length'));
  if (Number.isFinite(declared) && declared > limit) return TOO_LARGE;
  const incoming = (context.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.readableDidRead) return readIncoming(incoming, limit);
  const bytes = new Uint8Array(await context.req.arrayBuffer());
  return bytes.byteLength > limit ? TOO_LARGE : { ok: true, text: Buffer.from(bytes).toString('utf8') };
}

/** Read the body of a node:http request, refusing more than `limit` bytes (declared or read). */
export function readNodeBody(request: IncomingMessage, limit: number): Promise<BodyText> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(TOO_LARGE);
  return readIncoming(request, limit);
}

function readIncoming(request: IncomingMessage, limit: number): Promise<BodyText> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyText | Error) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('close', onClose);
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        // Stop reading; the response closes the connection so the rest is never parsed.
        request.pause();
        finish(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, text: (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8') });
    const onError = (error: Error) => finish(error);
    const onClose = () => finish(new Error('request closed before its body was read'));
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('close', onClose);
  });
}
