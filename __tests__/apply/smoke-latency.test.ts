/**
 * A smoke test's latency is the call's own: the time the provider reports for
 * the answering call, not the wait for the rate limit's next window before it.
 */
import { describe, expect, it } from 'vitest';
import { runSmokeTest } from '../../src/apply/smoke-runner.js';
import type { GenesysProvider } from '../../src/providers/genesys/genesys-provider.js';
import { desiredAction } from '../providers/genesys/desired-action-fixture.js';

const PASSING = { operations: [], success: true, finalResult: { status: 'SHIPPED' } };

function runner(answeredInMs: number | undefined) {
  let clock = 0;
  const genesys: Pick<GenesysProvider, 'testDraft' | 'testAction' | 'executeAction'> = {
    testDraft: async (_id, _input, _timeout, onAnswer) => {
      clock += 55_000; // queued for the next rate-limit window
      if (answeredInMs !== undefined) onAnswer?.(answeredInMs);
      return PASSING;
    },
    testAction: async () => PASSING,
    executeAction: async () => ({}),
  };
  const action = desiredAction({
    timeoutSeconds: 10,
    tests: [{ name: 'shipped', input: { orderId: '1' }, expect: { status: 'SHIPPED' }, execute: false }],
  });
  const [test] = action.tests;
  if (!test) throw new Error('fixture has no test');
  return runSmokeTest(
    { address: 'action/x', action, actionId: 'a-1', test, endpoint: 'draft-test' },
    { attempts: 1, firstDelayMs: 1 },
    { genesys, log: () => undefined, sleep: async () => undefined, now: () => clock },
  );
}

describe('smoke-test latency', () => {
  it('judges the time the answering call took, not the queueing before it', async () => {
    const result = await runner(120);
    expect(result).toMatchObject({ passed: true, elapsedMs: 120 });
  });

  it('falls back to the wall time when the provider cannot say', async () => {
    const result = await runner(undefined);
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual(["latency: took 55000 ms, over the action's timeoutSeconds (10 s)"]);
  });
});
