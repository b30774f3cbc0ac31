/** The replay guard: a signed triple is bound to its first message while fresh, then forgotten; memory stays bounded. */
import { describe, expect, it } from 'vitest';
import { ReplayGuard } from '../../../../src/channels/wechat-core/replay.js';

const triple = (timestamp: number, nonce: string) => ({ timestamp: String(timestamp), nonce, signature: `SIG-${timestamp}-${nonce}` });

describe('ReplayGuard', () => {
  it('tells a first delivery, WeChat’s retry (same message) and a replay (another message) apart', () => {
    const guard = new ReplayGuard({ maxSkewSeconds: 300, now: () => 1_700_000_000_000 });
    const signed = triple(1_700_000_000, 'n1');
    expect(guard.check(signed, 'message A')).toBe('first');
    expect(guard.check(signed, 'message A')).toBe('retry');
    // The signature's case does not make it another triple.
    expect(guard.check({ ...signed, signature: signed.signature.toLowerCase() }, 'message B')).toBe('replay');
    expect(guard.check(triple(1_700_000_000, 'n2'), 'message B')).toBe('first');
    expect(guard.size).toBe(2);
  });

  it('forgets a triple once its timestamp has left the freshness window, oldest first', () => {
    let now = 1_700_000_000_000;
    const guard = new ReplayGuard({ maxSkewSeconds: 300, now: () => now });
    guard.check(triple(1_700_000_000, 'a'), 'A');
    now += 60_000;
    guard.check(triple(1_700_000_060, 'b'), 'B');
    expect(guard.check(triple(1_700_000_000, 'a'), 'other')).toBe('replay');
    // 301 s after the first timestamp (plus the second of slack): the first triple is stale, the second not yet.
    now = 1_700_000_000_000 + 301_001;
    expect(guard.check(triple(1_700_000_120, 'c'), 'C')).toBe('first');
    expect(guard.size).toBe(2);
    expect(guard.check(triple(1_700_000_060, 'b'), 'other')).toBe('replay');
    now += 3_600_000;
    expect(guard.check(triple(1_700_003_900, 'd'), 'D')).toBe('first');
    expect(guard.size).toBe(1);
  });

  it('keeps at most maxEntries triples, dropping the oldest, through many arrivals', () => {
    const now = 1_700_000_000_000;
    const guard = new ReplayGuard({ maxSkewSeconds: 300, maxEntries: 1000, now: () => now });
    for (let index = 0; index < 50_000; index += 1) expect(guard.check(triple(1_700_000_000, `n${index}`), `m${index}`)).toBe('first');
    expect(guard.size).toBe(1000);
    // The newest are still known; the oldest were dropped to stay within the bound.
    expect(guard.check(triple(1_700_000_000, 'n49999'), 'another')).toBe('replay');
    expect(guard.check(triple(1_700_000_000, 'n0'), 'another')).toBe('first');
  });
});
