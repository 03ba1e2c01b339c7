/**
 * When the Genesys HTTP client retries, and how long it waits. Pure, so the
 * policy is tested table-driven; the client applies it with injected sleep
 * and random.
 */

/**
 * Limits on retrying one call. Time binds: a call keeps retrying (429s and transient failures
 * alike) until `maxRetryElapsedMs` from its first attempt is spent; the counts are only a
 * backstop against a server that answers instantly forever. Nothing retries forever.
 */
export interface RetryPolicy {
  /** How long one call may keep retrying, from its first attempt (the OAuth token call included). */
  maxRetryElapsedMs: number;
  /** Backstop: retries after 5xx or network errors (attempts = retries + 1). */
  maxTransientRetries: number;
  /** First backoff delay; doubles on each retry. */
  baseDelayMs: number;
  /** Cap on one backoff delay. */
  maxDelayMs: number;
  /** Backstop: retries after 429. */
  maxRateLimitRetries: number;
  /** Cap on the total time one call may spend waiting for 429s; a Retry-After beyond it fails the call. */
  maxRateLimitWaitMs: number;
  /** Retries of a PUT/PATCH whose version went stale (re-read, then write again). */
  maxVersionConflictRetries: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetryElapsedMs: 120_000,
  maxTransientRetries: 30,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRateLimitRetries: 60,
  maxRateLimitWaitMs: 120_000,
  maxVersionConflictRetries: 3,
};

/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half is
 * random, so concurrent clients spread out yet every retry still waits.
 * `retryIndex` is 0 for the first retry; `random` returns [0, 1).
 */
export function backoffDelayMs(retryIndex: number, random: () => number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  const half = exponential / 2;
  return Math.round(half + half * clampUnit(random()));
}

/**
 * Retry-After in milliseconds. Genesys always sends integer seconds
 * (terraform-provider-genesyscloud util_retries.go); an HTTP date is accepted
 * too in case a proxy rewrites it. Undefined when absent or unreadable.
 */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only an HTTP-date (it names a weekday and month); Date.parse would read "1.5" as a year.
  const date = /^[A-Za-z]{3}, /.test(value) ? Date.parse(value) : Number.NaN;
  if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  return undefined;
}

/** Statuses worth another try: the server (or a gateway) failed, not the request. */
export function isTransientStatus(status: number): boolean {
  return status >= 500 && status <= 599;
}

/**
 * Statuses a gateway or load balancer answers for a call it could not pass on or wait out (bad
 * gateway, unavailable, gateway timeout): about the way to the service, never about what the call
 * asked for. A run of a data action (/test, /draft/test, /execute) retries only these, since Genesys
 * answers 500 for the action's own failure (a Lambda error).
 */
export function isGatewayStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

/**
 * Statuses that mean the request was certainly not carried out, so even a
 * non-idempotent POST (create) may be sent again without risking a duplicate.
 */
export function isNotProcessedStatus(status: number): boolean {
  return status === 429 || status === 503;
}

function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 : value;
}
