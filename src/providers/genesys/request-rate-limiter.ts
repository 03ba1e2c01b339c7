/**
 * Even pacing: a token bucket at the configured requests per minute. The rate
 * budget (rate-budget.ts) falls back to it for a token whose answers carry no
 * rate-limit headers, so the client still keeps under Genesys' per-token limit
 * (300 requests per minute for client credentials) without being told.
 * Clock and sleep are injected, so tests run instantly.
 */

/** Milliseconds since some fixed origin (Date.now in production). */
export type Clock = () => number;
/** Resolves after the given milliseconds (setTimeout in production). */
export type Sleep = (milliseconds: number) => Promise<void>;

export interface RequestRateLimiter {
  /** Resolves when one more request may be sent. */
  acquire(): Promise<void>;
}

/**
 * Burst capacity plus refill over any 60 s window never exceeds
 * `requestsPerMinute`: the bucket holds at most `burst` tokens and refills
 * at `requestsPerMinute - burst` per minute.
 */
export function createRequestRateLimiter(options: { requestsPerMinute: number; now: Clock; sleep: Sleep }): RequestRateLimiter {
  const { requestsPerMinute, now, sleep } = options;
  if (!Number.isFinite(requestsPerMinute) || requestsPerMinute < 2) {
    throw new RangeError(`requestsPerMinute must be a number of at least 2, got ${requestsPerMinute}`);
  }
  const burst = Math.max(1, Math.min(10, Math.floor(requestsPerMinute / 30)));
  const refillPerMs = (requestsPerMinute - burst) / 60_000;
  let tokens = burst;
  let lastRefill = now();
  // Callers are served in arrival order: each waits for the previous one.
  let queue: Promise<void> = Promise.resolve();

  const refill = (): void => {
    const current = now();
    if (current <= lastRefill) return;
    tokens = Math.min(burst, tokens + (current - lastRefill) * refillPerMs);
    lastRefill = current;
  };

  const takeOne = async (): Promise<void> => {
    refill();
    if (tokens < 1) {
      const wait = Math.ceil((1 - tokens) / refillPerMs);
      await sleep(wait);
      // Count the wait as elapsed even when the clock disagrees (an instant test sleep
      // on a real clock): the limiter must never spin, re-sleeping until real time catches up.
      tokens = Math.min(burst, tokens + wait * refillPerMs);
      lastRefill = Math.max(now(), lastRefill + wait);
    }
    tokens -= 1;
  };

  return {
    acquire(): Promise<void> {
      const turn = queue.then(takeOne);
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
