import { describe, expect, it } from 'vitest';
import { windowedFloorMs, type FloorInput } from '../../bench/windowed-floor.js';

const base: FloorInput = {
  limitedCalls: 0,
  allCalls: 0,
  allowance: 300,
  windowMs: 60_000,
  latencyMs: 50,
  concurrency: 8,
  dependentRounds: 1,
};

describe('the windowed floor', () => {
  it.each([
    ['no calls', { allCalls: 0 }, 0],
    ['one call', { limitedCalls: 0, allCalls: 1 }, 50],
    ['16 independent calls: two rounds of 8', { limitedCalls: 15, allCalls: 16 }, 100],
    ['17 calls in a chain of 4: the chain binds over 3 rounds of 8', { limitedCalls: 16, allCalls: 17, dependentRounds: 4 }, 200],
    ['a chain longer than the calls counts each call once', { limitedCalls: 2, allCalls: 3, dependentRounds: 9 }, 150],
    ['300 calls fit one window', { limitedCalls: 300, allCalls: 301, dependentRounds: 7 }, 38 * 50],
    ['301 calls: the 301st waits for the next window', { limitedCalls: 301, allCalls: 302, dependentRounds: 7 }, 60_000 + 7 * 50],
    [
      '1,002 calls: three full windows, then the last 102 calls 8 at a time',
      { limitedCalls: 1001, allCalls: 1002, dependentRounds: 12 },
      3 * 60_000 + 13 * 50,
    ],
  ] as [string, Partial<FloorInput>, number][])('%s', (_name, input, expected) => {
    expect(windowedFloorMs({ ...base, ...input })).toBe(expected);
  });
});
