/** The callback seam: the node path reads query parameters exactly as Hono's `c.req.query` does, for any request target. */
import fc from 'fast-check';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/http/callback.js';

/** What Hono answers for each name, read through a real Hono app. */
async function honoQuery(target: string, names: string[]): Promise<Array<string | null>> {
  const app = new Hono();
  app.get('/wechat', (context) => context.json(names.map((name) => context.req.query(name) ?? null)));
  return (await (await app.request(`http://localhost${target}`)).json()) as Array<string | null>;
}

const NAMES = ['signature', 'timestamp', 'nonce', 'msg_signature', 'echostr', 'a+b', 'x%20y'];
/** Pieces a callback's query is made of, valid and broken escapes included. */
const piece = fc.constantFrom(
  'signature',
  'timestamp',
  'nonce',
  'msg_signature',
  'echostr',
  'a',
  'b',
  '1700000000',
  'ab12',
  '+',
  '%2B',
  '%20',
  '%',
  '%E4%BD%A0',
  '%E4%BD',
  '%zz',
  '=',
  '&',
  '中',
  '%3D',
  '%26',
  'a+b',
  'x%20y',
);

describe('parseQuery', () => {
  it('gives the first value of each name, decoded as Hono decodes it, for any query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 14 }), async (pieces) => {
        const target = `/wechat?${pieces.join('')}`;
        const parsed = parseQuery(target);
        expect(NAMES.map((name) => parsed.get(name) ?? null)).toEqual(await honoQuery(target, NAMES));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a signed WeChat callback and tolerates what real clients send', () => {
    const parsed = parseQuery('/wechat?signature=abc123&timestamp=1700000000&nonce=n%2B1+2&openid=o-1&signature=second&flag');
    expect(Object.fromEntries(parsed)).toEqual({ signature: 'abc123', timestamp: '1700000000', nonce: 'n+1 2', openid: 'o-1', flag: '' });
    expect(parseQuery('/wechat').size).toBe(0);
    expect(parseQuery('/wechat?nonce=%E4%BD&x=%zz').get('nonce')).toBe('%E4%BD');
  });
});
