/**
 * The shipped example manifests, loaded by the real loader, planned against
 * an empty live world: guards the seam between the manifests and the planner.
 */
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../src/commands/validate.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';

describe.each(['dev', 'prod'])('examples/genesys for %s', (environment) => {
  it('plans every declared resource as a create, with no failed check', async () => {
    const outcome = await validateManifests({ manifestsDir: 'examples/genesys', environment, requireEnvironment: true });
    expect(outcome.errorCount).toBe(0);
    const desired = outcome.desired;
    if (desired === undefined) throw new Error('the examples did not load');
    const observed: ObservedState = {
      genesys: { orgId: 'b1c2d3e4-0000-4000-8000-000000000001', credentialKey: 'AmazonWebServicesARN' },
      aws: { accountId: desired.environment.aws.accountId ?? '123456789012' },
      roles: {},
      credentials: [],
      integrations: [],
      dataActions: [],
    };
    const plan = planChanges(desired, observed, { prune: false });
    const declared = desired.roles.length + desired.integrations.length * 2 + desired.dataActions.length;
    expect(plan.changes.filter((change) => change.action === 'create')).toHaveLength(declared);
    expect(plan.checks.filter((check) => check.status === 'fail')).toEqual([]);
    const comment = renderPlanComment(plan, { environment });
    expect(comment.length).toBeLessThanOrEqual(65_536);
    let checked = 0;
    for (const action of desired.dataActions.filter((candidate) => candidate.secure)) {
      // A value the manifest also writes outside its tests (e.g. an example in a contract description) is not test data.
      const { tests, ...configuration } = action;
      const configurationText = JSON.stringify(configuration);
      for (const test of tests) {
        for (const value of Object.values(test.input)) {
          if (typeof value !== 'string' || value.length < 4 || configurationText.includes(value)) continue;
          expect(comment).not.toContain(value);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
