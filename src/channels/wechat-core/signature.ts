/** WeChat request signatures: SHA-1 over sorted strings, compared in constant time, with a freshness window. */
import * as crypto from 'node:crypto';

/**
 * WeChat's signature scheme, shared by `signature` ([token, timestamp, nonce]) and
 * `msg_signature` ([token, timestamp, nonce, encrypt]): sort, join, SHA-1, lowercase hex.
 */
export function computeSignature(parts: readonly string[]): string {
  // Default sort compares UTF-16 code units, the same order as the official SDKs for ASCII input.
  const joined = [...parts].sort().join('');
  return sha1Hex(joined);
}

/** crypto.hash (Node 20.12+) is one call instead of a Hash object per request; older Nodes take the long way. */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'hex')
    : (text) => crypto.createHash('sha1').update(text, 'utf8').digest('hex');

/** Compare a received hex signature with the expected one without leaking where they differ. */
export function signaturesMatch(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string') return false;
  const expectedBytes = Buffer.from(expected.toLowerCase(), 'utf8');
  const receivedBytes = Buffer.from(received.toLowerCase(), 'utf8');
  // Length is public (always 40 hex digits); only the content must be compared in constant time.
  if (expectedBytes.length !== receivedBytes.length) return false;
  return crypto.timingSafeEqual(expectedBytes, receivedBytes);
}

/** True when `timestamp` (decimal seconds) lies within `maxSkewSeconds` of `nowMs`, in either direction. */
export function isFreshTimestamp(timestamp: string, nowMs: number, maxSkewSeconds: number): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  return skew <= maxSkewSeconds;
}

/** Why a signed request was refused: `missing` maps to 401, the others to 403. */
export type SignatureProblem = 'missing' | 'mismatch' | 'stale';

/**
 * Check the query signature WeChat puts on every callback (`signature`, `timestamp`, `nonce`).
 * Returns undefined when the request is authentic and fresh.
 */
export function checkRequestSignature(
  query: { signature?: string | null; timestamp?: string | null; nonce?: string | null },
  token: string,
  nowMs: number,
  maxSkewSeconds: number,
): SignatureProblem | undefined {
  const { signature, timestamp, nonce } = query;
  if (!signature || !timestamp || !nonce) return 'missing';
  if (!signaturesMatch(computeSignature([token, timestamp, nonce]), signature)) return 'mismatch';
  // Checked after authenticity, so the log can tell a replayed genuine request from a forgery.
  if (!isFreshTimestamp(timestamp, nowMs, maxSkewSeconds)) return 'stale';
  return undefined;
}
