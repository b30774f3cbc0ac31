/** A client-side sliding-window limiter that waits rather than drops (WeCom robots: 20 messages a minute). */

/** Time as the limiter sees it; tests pass a virtual clock so a minute passes instantly. */
export interface LimiterClock {
  now(): number;
  sleep(milliseconds: number): Promise<void>;
}

/** The real clock. */
export const systemClock: LimiterClock = {
  now: () => Date.now(),
  sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
};

export interface RateLimiter {
  /** Resolves when one more message may go out, and counts it. */
  acquire(): Promise<void>;
}

/** At most `limit` acquisitions in any `windowMs`; callers queue in order. */
export function createRateLimiter(options: { limit?: number; windowMs?: number; clock?: LimiterClock } = {}): RateLimiter {
  const limit = options.limit ?? 20;
  const windowMs = options.windowMs ?? 60_000;
  const clock = options.clock ?? systemClock;
  const sentAt: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function take(): Promise<void> {
    for (;;) {
      const now = clock.now();
      while (sentAt.length > 0 && sentAt[0] <= now - windowMs) sentAt.shift();
      if (sentAt.length < limit) {
        sentAt.push(now);
        return;
      }
      await clock.sleep(sentAt[0] + windowMs - now);
    }
  }

  return {
    acquire() {
      // One waiter at a time, so concurrent senders cannot both see a free slot.
      const turn = queue.then(take);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
