/**
 * The platform's per-token request limit (`client.credentials.token.rate.per.minute`,
 * 300 per reference §6). A sliding 60-second window on the injected clock,
 * so tests can step time instead of waiting.
 */

/** The outcome for one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts requests per key (the bearer token) within the last minute. */
export interface RateLimiter {
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

/** A limiter admitting `perMinute` requests per key in any 60 s window. */
export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const seen = new Map<string, number[]>();
  return {
    take(key) {
      const at = now();
      const recent = (seen.get(key) ?? []).filter((time) => time > at - WINDOW_MS);
      if (recent.length >= perMinute) {
        seen.set(key, recent);
        const oldest = recent[0] ?? at;
        // Retry-After is "always specified as a number of seconds (integer)" (reference §6).
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + WINDOW_MS - at) / 1000)) };
      }
      recent.push(at);
      seen.set(key, recent);
      return { allowed: true };
    },
  };
}
