import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUpActionRuns } from '../../bench/sandbox-warm-up.js';

const ordersLookup = join(import.meta.dirname, '../../examples/lambdas/orders-lookup.mjs');

describe("the bench sandbox's warm-up", () => {
  it('runs an action of the bench shape through every step', async () => {
    expect(await warmUpActionRuns({ region: 'eu-west-1', lambdaHandlers: { 'orders-lookup': ordersLookup } })).toBeUndefined();
  });

  it('says why it fell short', async () => {
    expect(await warmUpActionRuns({ region: 'eu-west-1', lambdaHandlers: {} })).toBe('the sandbox has no Lambda handler to run');
    expect(
      await warmUpActionRuns({
        region: 'eu-west-1',
        lambdaHandlers: { 'orders-lookup': () => ({ status: 42 }) },
      }),
    ).toMatch(/^the warm-up run failed: /);
  });
});
