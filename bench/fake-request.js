import { EventEmitter } from 'node:events';

/**
 * A POST to a receiver's serveNode without a socket: the bench's in-process stand-in for node:http's IncomingMessage (the
 * body arrives on the next tick, as data then end).
 */
export function fakeRequest(url, body) {
  const request = Object.assign(new EventEmitter(), {
    url,
    method: 'POST',
    headers: { 'content-length': String(body.length), 'content-type': 'text/xml' },
    socket: { remoteAddress: '127.0.0.1' },
    pause() {},
  });
  process.nextTick(() => {
    request.emit('data', body);
    request.emit('end');
  });
  return request;
}
