/**
 * The rate budget on a virtual clock: free sending while the server's window
 * has room, one at a time as it runs out, a wait for the reset once spent,
 * Retry-After pausing every caller, the ceiling, and even pacing when answers
 * carry no headers.
 */
import { describe, expect, it } from 'vitest';
import { createRateBudget, type RateBudget } from '../../../src/providers/genesys/rate-budget.js';
import { readRateLimitHeaders } from '../../../src/providers/genesys/rate-limit-headers.js';

function virtualTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    sleeps,
  };
}

function rateHeaders(count: number, allowed: number, reset: number): Headers {
  return new Headers({
    'inin-ratelimit-count': String(count),
    'inin-ratelimit-allowed': String(allowed),
    'inin-ratelimit-reset': String(reset),
  });
}

/** Sends `total` requests one after another, answering each with the headers a 60 s window of `allowed` would carry. */
async function sendSequentially(budget: RateBudget, time: ReturnType<typeof virtualTime>, total: number, allowed: number) {
  let windowStart = time.now();
  let count = 0;
  for (let sent = 0; sent < total; sent += 1) {
    const permit = await budget.acquire('token');
    if (time.now() >= windowStart + 60_000 || count === 0) {
      if (time.now() >= windowStart + 60_000) count = 0;
      if (count === 0) windowStart = time.now();
    }
    count += 1;
    if (count > allowed) throw new Error(`request ${sent + 1} went over the window's allowance`);
    permit.settle({ headers: rateHeaders(count, allowed, Math.ceil((windowStart + 60_000 - time.now()) / 1000)) });
  }
}

describe('readRateLimitHeaders', () => {
  it.each([
    [
      { 'inin-ratelimit-count': '1', 'inin-ratelimit-allowed': '180', 'inin-ratelimit-reset': '61' },
      { count: 1, allowed: 180, resetSeconds: 61 },
    ],
    [
      { 'inin-ratelimit-count': '7', 'inin-ratelimit-allowed': '300', 'inin-ratelimit-reset': '0.5' },
      { count: 7, allowed: 300, resetSeconds: 0.5 },
    ],
    [{ 'inin-ratelimit-count': '1', 'inin-ratelimit-allowed': '300' }, undefined],
    [{ 'inin-ratelimit-count': 'x', 'inin-ratelimit-allowed': '300', 'inin-ratelimit-reset': '5' }, undefined],
    [{ 'inin-ratelimit-count': '1', 'inin-ratelimit-allowed': '0', 'inin-ratelimit-reset': '5' }, undefined],
    [{ 'inin-ratelimit-count': '-1', 'inin-ratelimit-allowed': '300', 'inin-ratelimit-reset': '5' }, undefined],
    [{}, undefined],
  ])('%j → %j', (headers, expected) => {
    expect(readRateLimitHeaders(new Headers(headers))).toEqual(expected);
  });
});

describe('createRateBudget', () => {
  it("sends a whole window's allowance without waiting, then waits exactly for the reset", async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 1_000, now: time.now, sleep: time.sleep });
    await sendSequentially(budget, time, 300, 300);
    expect(time.sleeps).toEqual([]);
    await sendSequentially(budget, time, 1, 300);
    expect(time.sleeps).toEqual([60_000]);
  });

  it('never has more requests in flight than the window has left', async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 1_000, now: time.now, sleep: time.sleep });
    const first = await budget.acquire('token');
    first.settle({ headers: rateHeaders(95, 100, 30) });
    // 5 left, reserve 2: three go at once, then one at a time, each waiting for the previous answer.
    const permits = [await budget.acquire('token'), await budget.acquire('token'), await budget.acquire('token')];
    let fourthGranted = false;
    const fourth = budget.acquire('token').then((permit) => {
      fourthGranted = true;
      return permit;
    });
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fourthGranted).toBe(false);
    permits[0]?.settle({ headers: rateHeaders(96, 100, 30) });
    permits[1]?.settle({ headers: rateHeaders(97, 100, 30) });
    permits[2]?.settle({ headers: rateHeaders(98, 100, 30) });
    (await fourth).settle({ headers: rateHeaders(99, 100, 30) });
    expect(fourthGranted).toBe(true);
    expect(time.sleeps).toEqual([]);
  });

  it('pauses every caller of the token for as long as a 429 asks', async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 1_000, now: time.now, sleep: time.sleep });
    const limited = await budget.acquire('token');
    limited.settle({ headers: new Headers(), pauseMs: 3_000 });
    const next = await budget.acquire('token');
    expect(time.now()).toBe(3_000);
    next.settle(undefined);
    const other = await budget.acquire('another token');
    other.settle(undefined);
    expect(time.sleeps.filter((ms) => ms >= 1_000)).toEqual([3_000]);
  });

  it('keeps the requests-per-minute ceiling even when the headers allow more', async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 10, now: time.now, sleep: time.sleep });
    await sendSequentially(budget, time, 25, 300);
    // 10 per 60 s: the 11th and 21st each wait for the oldest send to leave the last minute.
    expect(time.sleeps.filter((ms) => ms > 1_000)).toEqual([60_000, 60_000]);
  });

  it('falls back to even pacing while answers carry no headers', async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 60, now: time.now, sleep: time.sleep });
    for (let sent = 0; sent < 12; sent += 1) (await budget.acquire('token')).settle({ headers: new Headers() });
    // A burst of 2 (60/30), then one a second or so: 10 more requests take about 10 s.
    expect(time.now()).toBeGreaterThanOrEqual(9_000);
    expect(time.now()).toBeLessThanOrEqual(12_000);
  });

  it('ignores a late answer from an earlier window and follows the newer one', async () => {
    const time = virtualTime();
    const budget = createRateBudget({ requestsPerMinute: 1_000, now: time.now, sleep: time.sleep });
    (await budget.acquire('token')).settle({ headers: rateHeaders(300, 300, 1) });
    const afterReset = await budget.acquire('token');
    expect(time.sleeps).toEqual([1_000]);
    afterReset.settle({ headers: rateHeaders(1, 300, 60) });
    for (let sent = 0; sent < 50; sent += 1) (await budget.acquire('token')).settle({ headers: rateHeaders(2 + sent, 300, 59) });
    expect(time.sleeps).toEqual([1_000]);
  });
});
