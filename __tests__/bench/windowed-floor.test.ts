import { describe, expect, it } from 'vitest';
import { stagedRounds, STEP_STAGES, type CallStage } from '../../bench/step-dependencies.js';
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
    ['300 calls in one window with a longer chain', { limitedCalls: 300, allCalls: 301, dependentRounds: 45 }, 45 * 50],
    [
      '301 calls: the 301st waits for the next window (the chain may run in the first)',
      { limitedCalls: 301, allCalls: 302, dependentRounds: 7 },
      60_000 + 50,
    ],
    [
      '1,002 calls: three full windows, then the last 102 calls 8 at a time',
      { limitedCalls: 1001, allCalls: 1002, dependentRounds: 12 },
      3 * 60_000 + 13 * 50,
    ],
  ] as [string, Partial<FloorInput>, number][])('%s', (_name, input, expected) => {
    expect(windowedFloorMs({ ...base, ...input })).toBe(expected);
  });
});

describe('staged rounds', () => {
  it.each([
    ['no stage', [], 0],
    ['one call', [{ calls: 1 }], 1],
    ['a stage of 9 calls takes two rounds of 8', [{ calls: 9 }], 2],
    ['stages add up', [{ calls: 1 }, { calls: 5 }, { calls: 11 }], 4],
    ['a pipeline 5 deep binds over its 10 calls', [{ calls: 10, depth: 5 }], 5],
    ['80 calls 5 deep take 10 rounds of 8', [{ calls: 80, depth: 5 }], 10],
  ] as [string, CallStage[], number][])('%s', (_name, stages, expected) => {
    expect(stagedRounds(stages, 8)).toBe(expected);
  });

  it.each([
    ['plan (no changes)', 10, 4],
    ['plan (no changes)', 100, 15],
    ['plan (no changes)', 250, 1 + 1 + Math.ceil((1 + 2 + 250) / 8)],
    ['plan (from empty)', 100, 2],
    ['apply (1 field × N)', 10, 1 + 7],
    ['apply (contract × N: replace)', 10, 1 + 1 + Math.ceil(81 / 8)],
    ['apply (from empty)', 10, 8 + 5],
  ])('%s of %i actions: %i round trips at 8 in flight', (step, n, expected) => {
    const stages = STEP_STAGES[step];
    expect(stages).toBeDefined();
    expect(stagedRounds(stages?.(n) ?? [], 8)).toBe(expected);
  });
});
