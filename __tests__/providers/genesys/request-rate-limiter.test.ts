import { describe, expect, it } from 'vitest';
import { createRequestRateLimiter } from '../../../src/providers/genesys/request-rate-limiter.js';

/** A clock that only moves when the code under test sleeps. */
function virtualTime(): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let current = 0;
  const sleeps: number[] = [];
  return {
    now: () => current,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      current += ms;
    },
    sleeps,
  };
}

async function acquireTimes(requestsPerMinute: number, count: number): Promise<{ times: number[]; sleeps: number[] }> {
  const time = virtualTime();
  const limiter = createRequestRateLimiter({ requestsPerMinute, now: time.now, sleep: time.sleep });
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await limiter.acquire();
    times.push(time.now());
  }
  return { times, sleeps: time.sleeps };
}

/** Most acquisitions inside any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let start = 0; start < times.length; start += 1) {
    const first = times[start] ?? 0;
    most = Math.max(most, times.filter((time) => time >= first && time < first + windowMs).length);
  }
  return most;
}

describe('createRequestRateLimiter', () => {
  it.each([
    [300, 700],
    [60, 200],
    [10, 40],
    [2, 8],
  ])('at %i requests per minute never lets more through in any 60 s window (%i calls)', async (requestsPerMinute, count) => {
    const { times } = await acquireTimes(requestsPerMinute, count);
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(requestsPerMinute);
  });

  it.each([
    [300, 10],
    [60, 2],
    [10, 1],
  ])('at %i requests per minute lets a burst of %i through without waiting', async (requestsPerMinute, burst) => {
    const { sleeps } = await acquireTimes(requestsPerMinute, burst);
    expect(sleeps).toEqual([]);
    const { sleeps: afterBurst } = await acquireTimes(requestsPerMinute, burst + 1);
    expect(afterBurst.length).toBeGreaterThan(0);
  });

  it('keeps close to the configured rate over a long run (it limits, it does not starve)', async () => {
    const { times } = await acquireTimes(300, 1_200);
    const minutes = (times.at(-1) ?? 0) / 60_000;
    expect(minutes).toBeGreaterThan(3.5);
    expect(minutes).toBeLessThan(4.5);
  });

  it('serves concurrent callers in arrival order', async () => {
    const time = virtualTime();
    const limiter = createRequestRateLimiter({ requestsPerMinute: 60, now: time.now, sleep: time.sleep });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4, 5].map((index) => limiter.acquire().then(() => order.push(index))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never spins when the sleep returns at once but the clock does not move (instant test sleeps)', async () => {
    const sleeps: number[] = [];
    const limiter = createRequestRateLimiter({ requestsPerMinute: 60, now: () => 1_000, sleep: async (ms) => void sleeps.push(ms) });
    for (let index = 0; index < 20; index += 1) await limiter.acquire();
    expect(sleeps).toHaveLength(20 - 2);
    expect(sleeps.every((ms) => ms >= 1_034 && ms <= 1_035)).toBe(true); // 60 s / 58 per minute after the burst of 2
  });

  it.each([[0], [1], [Number.NaN]])('rejects a useless requestsPerMinute %f', (requestsPerMinute) => {
    const time = virtualTime();
    expect(() => createRequestRateLimiter({ requestsPerMinute, now: time.now, sleep: time.sleep })).toThrow(RangeError);
  });
});
