/**
 * Secret test inputs in the plan: every value that uses `{{ secrets.NAME }}` reads `(secret)` in the plan
 * data (so in plan.json, the comment, the summary and the console), and a planned test whose secret is not
 * set is marked skipped with a warning that names the variable to set.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/desired-state.js';
import { planChanges } from '../../src/plan/planner.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { renderPlanConsole } from '../../src/render/plan-console.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { desiredFixture, observedEmpty } from './plan-fixtures.js';

function withSecretTest(): DesiredState {
  const desired = desiredFixture();
  const lookup = desired.dataActions.find((action) => action.name === 'Lookup Order');
  if (lookup === undefined) throw new Error('fixture changed');
  lookup.tests.push({
    name: 'with a token',
    input: { orderId: '1001', token: 'Bearer {{ secrets.ORDERS_TOKEN }}' },
    expect: { status: 'SHIPPED' },
    execute: false,
    secrets: ['ORDERS_TOKEN'],
  });
  return desired;
}

const everyRendering = (plan: ReturnType<typeof planChanges>): string =>
  [
    renderPlanJson(plan),
    renderPlanComment(plan, { environment: 'prod' }),
    renderJobSummary(plan, { environment: 'prod' }),
    renderPlanConsole(plan),
  ].join('\n');

describe('secret test inputs in a plan', () => {
  it('show as (secret), never as the reference or a value, and warn when the variable is not set', () => {
    const plan = planChanges(withSecretTest(), observedEmpty(), { prune: false, testSecrets: new Set() });
    const test = plan.smokeTests.find((candidate) => candidate.testName === 'with a token');
    expect(test).toEqual({
      address: 'action/Orders Lambda/Lookup Order',
      testName: 'with a token',
      input: { orderId: '1001', token: '(secret)' },
      expect: { status: 'SHIPPED' },
      secure: false,
      missingSecrets: ['GENESYS_TEST_SECRET_ORDERS_TOKEN'],
    });
    expect(plan.checks.filter((check) => check.code === 'test-secret')).toEqual([
      {
        code: 'test-secret',
        status: 'warn',
        address: 'action/Orders Lambda/Lookup Order',
        message:
          'Smoke test "with a token" needs GENESYS_TEST_SECRET_ORDERS_TOKEN, which is not set: it is skipped in this plan, and apply fails it unless the step\'s env sets it.',
      },
    ]);
    expect(plan.summary.failedChecks).toBe(0);
    const text = everyRendering(plan);
    expect(text).not.toContain('secrets.ORDERS_TOKEN');
    expect(text).toContain('(secret)');
    expect(renderPlanComment(plan, { environment: 'prod' })).toContain(
      '⚠️ skipped here: `GENESYS_TEST_SECRET_ORDERS_TOKEN` not set (apply fails it)',
    );
  });

  it('raise nothing when the secret is set, and the plan does not depend on its value', () => {
    const plan = planChanges(withSecretTest(), observedEmpty(), { prune: false, testSecrets: new Set(['ORDERS_TOKEN']) });
    expect(plan.smokeTests.find((candidate) => candidate.testName === 'with a token')?.missingSecrets).toBeUndefined();
    expect(plan.checks.filter((check) => check.code === 'test-secret')).toEqual([]);
    const unknown = planChanges(withSecretTest(), observedEmpty(), { prune: false });
    expect(unknown.checks.filter((check) => check.code === 'test-secret')).toEqual([]);
    expect(unknown.fingerprint).toBe(plan.fingerprint);
  });
});
