import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isNotProcessedStatus,
  isTransientStatus,
  retryAfterMs,
} from '../../../src/providers/genesys/retry-policy.js';

const policy = { baseDelayMs: 500, maxDelayMs: 8_000 };

describe('backoffDelayMs', () => {
  it.each([
    // retry, random, expected: half fixed + half scaled by random, capped at maxDelayMs
    [0, 0, 250],
    [0, 0.999999, 500],
    [1, 0, 500],
    [1, 0.5, 750],
    [2, 0.5, 1_500],
    [3, 1, 4_000],
    [4, 0, 4_000],
    [5, 0, 4_000],
    [10, 0.999999, 8_000],
    [40, 0.25, 5_000],
  ])('retry %i with random %f waits %i ms', (retryIndex, random, expected) => {
    expect(backoffDelayMs(retryIndex, () => random, policy)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [7]])('treats an out-of-range random value %f as bounded', (random) => {
    const delay = backoffDelayMs(2, () => random, policy);
    expect(delay).toBeGreaterThanOrEqual(1_000);
    expect(delay).toBeLessThanOrEqual(2_000);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');
  it.each([
    ['3', 3_000],
    [' 0 ', 0],
    ['120', 120_000],
    ['Tue, 24 Nov 2026 12:00:05 GMT', 5_000],
    ['Tue, 24 Nov 2026 11:59:00 GMT', 0],
  ])('reads Retry-After %j as %i ms', (header, expected) => {
    expect(retryAfterMs(header, now)).toBe(expected);
  });

  it.each([[null], ['soon'], ['-3'], ['1.5']])('ignores a missing or unreadable Retry-After %j', (header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});

describe('status classification', () => {
  it.each([
    [500, true, false],
    [502, true, false],
    [503, true, true],
    [504, true, false],
    [429, false, true],
    [400, false, false],
    [404, false, false],
    [409, false, false],
  ])('HTTP %i: transient %s, certainly not processed %s', (status, transient, notProcessed) => {
    expect(isTransientStatus(status)).toBe(transient);
    expect(isNotProcessedStatus(status)).toBe(notProcessed);
  });

  it('bounds every kind of retry by default', () => {
    expect(DEFAULT_RETRY_POLICY.maxTransientRetries).toBeGreaterThan(0);
    expect(Number.isFinite(DEFAULT_RETRY_POLICY.maxRateLimitWaitMs)).toBe(true);
    expect(Number.isFinite(DEFAULT_RETRY_POLICY.maxVersionConflictRetries)).toBe(true);
  });
});
