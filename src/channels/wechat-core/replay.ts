/**
 * Replay protection for signed callbacks. WeChat's query signature covers only (token,
 * timestamp, nonce), never the body, so one captured URL could carry any body for the whole
 * freshness window. Each (timestamp, nonce, signature) triple is bound to the first message it
 * carried; the same triple with the same message is WeChat's own retry (answered by the
 * MsgId dedupe with the same reply), with a different message it is a replay and refused.
 * WeCom signs the body too (msg_signature covers Encrypt), so there the guard adds the triple
 * bookkeeping on top of the freshness window.
 */
import * as crypto from 'node:crypto';
import type { WeChatFields } from './xml.js';

/** What the guard decided for one callback. */
export type ReplayVerdict = 'first' | 'retry' | 'replay';

/** Limits of the replay guard. */
export interface ReplayGuardOptions {
  /** The freshness window in seconds; a triple is remembered until its timestamp leaves it. */
  maxSkewSeconds: number;
  /** Bound on remembered triples, so a flood cannot grow memory without limit. */
  maxEntries?: number;
  now?: () => number;
}

/**
 * Remembers each signed triple with the message it carried, for as long as the triple is fresh.
 * Kept lean, since it holds every signed query of the last five minutes (up to maxEntries): a Map
 * from the triple's digest to the message's digest, and the arrival order in two arrays (the
 * digests, and their expiry as unboxed doubles), about 120 bytes a triple instead of 240 with an
 * object per entry.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, string>();
  /** Arrival order from `head` on: each triple's digest and when it stops being fresh (ms). */
  private order: string[] = [];
  private expiries: number[] = [];
  private head = 0;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(private readonly options: ReplayGuardOptions) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 200_000;
  }

  /** Triples currently remembered. */
  get size(): number {
    return this.seen.size;
  }

  /**
   * Record the triple with `messageKey` (the retry identity of the body) and say whether it
   * is new, a retry of the same message, or a replay carrying another message.
   */
  check(triple: { timestamp: string; nonce: string; signature: string }, messageKey: string): ReplayVerdict {
    const now = this.now();
    this.prune(now);
    // Digests, not the texts: a message's identity carries its whole text.
    const key = digest(`${triple.timestamp}\n${triple.nonce}\n${triple.signature.toLowerCase()}`);
    const messageDigest = digest(messageKey);
    // A timestamp stops being fresh maxSkew seconds after it; until then the triple must stay known.
    // The same triple has the same timestamp, so this is also when a remembered one expires.
    const expiresAt = (Number(triple.timestamp) + this.options.maxSkewSeconds) * 1000 + 1000;
    const existing = this.seen.get(key);
    if (existing !== undefined && expiresAt > now) return existing === messageDigest ? 'retry' : 'replay';
    this.seen.delete(key);
    this.seen.set(key, messageDigest);
    this.order.push(key);
    this.expiries.push(expiresAt);
    while (this.seen.size > this.maxEntries && this.head < this.order.length) this.dropOldest();
    return 'first';
  }

  /** Drop expired triples from the old end (insertion order follows arrival, close enough to expiry order). */
  private prune(now: number): void {
    while (this.head < this.order.length && this.expiries[this.head] <= now) this.dropOldest();
  }

  /**
   * Forget the oldest arrival. A triple recorded twice (only once its first record expired)
   * has one expiry for both records, so the first record may drop it.
   */
  private dropOldest(): void {
    this.seen.delete(this.order[this.head]);
    this.order[this.head] = '';
    this.head += 1;
    // Compact once the consumed part is both large and most of the arrays: amortised O(1).
    if (this.head >= 1024 && this.head * 2 >= this.order.length) {
      this.order = this.order.slice(this.head);
      this.expiries = this.expiries.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * A 27-character SHA-1 digest (base64url, unpadded): collisions cannot be crafted, so a replay
 * cannot pass for a retry. Not a slice of padded base64: V8 keeps a slice as a view into the
 * longer string, two strings per digest for as long as the guard remembers it. crypto.hash
 * (Node 20.12+) is one call instead of a Hash object per digest; older Nodes take the long way.
 */
const digest: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'base64url')
    : (text) => crypto.createHash('sha1').update(text).digest('base64url');

/**
 * Every field a message means something by: a retry repeats them all, a replay changes one.
 * AgentID is WeCom's (which app of the corp the message was for); the official account has none.
 */
export function messageIdentity(fields: WeChatFields): string {
  const names = ['ToUserName', 'FromUserName', 'CreateTime', 'MsgType', 'MsgId', 'Content', 'Event', 'EventKey', 'AgentID'] as const;
  return JSON.stringify(names.map((name) => fields[name] ?? null));
}
