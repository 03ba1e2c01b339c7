/**
 * The rate-limit headers Genesys sends on API responses: `inin-ratelimit-count`
 * (requests counted so far in the current window), `inin-ratelimit-allowed`
 * (the window's allowance) and `inin-ratelimit-reset` (seconds until the count
 * resets). ⚠️ They are seen in public Genesys client code and captured answers
 * (e.g. `count: 1, allowed: 180, reset: 61`), not in the reference's ✅ facts
 * (docs/reference/genesys-api.md §6 documents only the per-minute limits), so a
 * response without them, or with values that do not read as numbers, is
 * "no reading" and the client falls back to pacing itself. Pure.
 */

/** What the headers of one answer say about the token's current window. */
export interface RateLimitReading {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Requests the window admits. */
  allowed: number;
  /** Seconds until the window's count resets. */
  resetSeconds: number;
}

/** The subset of `Headers` this needs (fetch's Headers, or a test double). */
export interface HeaderLookup {
  get(name: string): string | null;
}

export const RATE_LIMIT_COUNT_HEADER = 'inin-ratelimit-count';
export const RATE_LIMIT_ALLOWED_HEADER = 'inin-ratelimit-allowed';
export const RATE_LIMIT_RESET_HEADER = 'inin-ratelimit-reset';

/** The reading in `headers`, or undefined when any of the three is missing or unreadable. */
export function readRateLimitHeaders(headers: HeaderLookup): RateLimitReading | undefined {
  const count = nonNegativeNumber(headers.get(RATE_LIMIT_COUNT_HEADER));
  const allowed = nonNegativeNumber(headers.get(RATE_LIMIT_ALLOWED_HEADER));
  const resetSeconds = nonNegativeNumber(headers.get(RATE_LIMIT_RESET_HEADER));
  if (count === undefined || allowed === undefined || resetSeconds === undefined || allowed < 1) return undefined;
  return { count, allowed, resetSeconds };
}

function nonNegativeNumber(value: string | null): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  // Decimal seconds are accepted for reset; anything else (dates, units, lists) is no reading.
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const parsed = Number(trimmed);
  return Number.isFinite(parsed) ? parsed : undefined;
}
