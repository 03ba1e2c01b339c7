/**
 * The platform's per-token request limit (`client.credentials.token.rate.per.minute`,
 * 300 per docs/reference/genesys-api.md §6), as a fixed window per token, the shape
 * the captured rate-limit headers suggest (`count: 1, allowed: 180, reset: 61`):
 * a token's first request opens a 60 s window; every request in it is counted;
 * `reset` counts down to the window's end, when the count starts again from
 * zero with the next request. Past the allowance the answer is 429 with
 * Retry-After (whole seconds, reference §6) until the window ends. Every
 * answer carries `inin-ratelimit-count`, `-allowed` and `-reset`; see
 * README.md beside this file. Time comes from the injected clock.
 */

/** The headers one answer carries. */
export interface RateLimitHeaders {
  'inin-ratelimit-count': string;
  'inin-ratelimit-allowed': string;
  'inin-ratelimit-reset': string;
}

/** The outcome for one request. */
export type RateDecision =
  { allowed: true; headers: RateLimitHeaders } | { allowed: false; retryAfterSeconds: number; headers: RateLimitHeaders };

/** Counts requests per key (the bearer token) in the key's current window. */
export interface RateLimiter {
  take(key: string): RateDecision;
}

export const RATE_WINDOW_MS = 60_000;

interface TokenWindow {
  openedAt: number;
  count: number;
}

/** A limiter admitting `perMinute` requests per key in each of the key's 60 s windows. */
export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const windows = new Map<string, TokenWindow>();
  return {
    take(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at >= window.openedAt + RATE_WINDOW_MS) {
        window = { openedAt: at, count: 0 };
        windows.set(key, window);
      }
      // ❓ Whether refused requests count is not documented; counting them keeps a client that ignores 429 from ever getting through early.
      window.count += 1;
      const resetSeconds = Math.max(1, Math.ceil((window.openedAt + RATE_WINDOW_MS - at) / 1000));
      const headers: RateLimitHeaders = {
        'inin-ratelimit-count': String(Math.min(window.count, perMinute)),
        'inin-ratelimit-allowed': String(perMinute),
        'inin-ratelimit-reset': String(resetSeconds),
      };
      if (window.count > perMinute) return { allowed: false, retryAfterSeconds: resetSeconds, headers };
      return { allowed: true, headers };
    },
  };
}
