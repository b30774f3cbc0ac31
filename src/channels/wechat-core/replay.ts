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
import { ArrivalMap } from '../../core/arrival-map.js';
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

interface Seen {
  messageKey: string;
  expiresAt: number;
}

/** Remembers each signed triple with the message it carried, for as long as the triple is fresh. */
export class ReplayGuard {
  private readonly seen = new ArrivalMap<string, Seen>();
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
    // Digests, not the texts: the guard holds every triple of the last five minutes (up to
    // maxEntries), and a message's identity carries its whole text.
    const key = digest(`${triple.timestamp}\n${triple.nonce}\n${triple.signature.toLowerCase()}`);
    messageKey = digest(messageKey);
    const existing = this.seen.get(key);
    if (existing && existing.expiresAt > now) return existing.messageKey === messageKey ? 'retry' : 'replay';
    // A timestamp stops being fresh maxSkew seconds after it; until then the triple must stay known.
    const expiresAt = (Number(triple.timestamp) + this.options.maxSkewSeconds) * 1000 + 1000;
    this.seen.set(key, { messageKey, expiresAt });
    this.seen.trimTo(this.maxEntries);
    return 'first';
  }

  /** Drop expired triples from the old end (insertion order follows arrival, close enough to expiry order). */
  private prune(now: number): void {
    this.seen.dropOldestWhile((entry) => entry.expiresAt <= now);
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
