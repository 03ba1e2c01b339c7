/**
 * Adoption: a live resource that is not yet owned is planned as `adopt`, not as an update. Roles are owned
 * by their management tags; Genesys resources by being declared in the drift baseline (the pull request's
 * base), so the first pull request after `export`, whose base declares nothing, adopts everything it
 * declares. An adoption that writes nothing is not a change (exit 0); one that writes (the ownership tag) is
 * a change labelled adopt (exit 2). Apply writes only what an adoption needs.
 */
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { loadCommittedBaseline } from '../../src/commands/baseline.js';
import { planExitCode } from '../../src/commands/exit-codes.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import { renderJobSummary } from '../../src/render/job-summary.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { renderPlanConsole } from '../../src/render/plan-console.js';
import { createFakeGenesysProvider } from '../fakes/fake-genesys-provider.js';
import { createFakeRoleProvider } from '../fakes/fake-role-provider.js';
import { desiredFixture, observedInSync } from './plan-fixtures.js';

/** The baseline of a base that declares nothing (what baseline.ts builds for the first pull request). */
function nothingDeclared(desired: DesiredState): DesiredState {
  return { environment: desired.environment, roles: [], integrations: [], dataActions: [] };
}

function untagged(observed: ObservedState): ObservedState {
  const role = observed.roles['genesys-orders-invoker'];
  if (role) role.tags = { team: 'orders' };
  return observed;
}

describe('adoption in the plan', () => {
  it('adopts every declared Genesys resource the base did not declare, and writing nothing is no change', () => {
    const desired = desiredFixture();
    const plan = planChanges(desired, observedInSync(), { prune: false, baseline: nothingDeclared(desired) });
    expect(plan.changes.map((change) => `${change.action} ${change.address}`)).toEqual([
      'no-op role/genesys-orders-invoker',
      'adopt credential/Orders Lambda (genesys-lambda-gitops)',
      'adopt integration/Orders Lambda',
      'adopt action/Orders Lambda/Lookup Order',
      'adopt action/Orders Lambda/Verify Customer',
    ]);
    expect(plan.changes.filter((change) => change.action === 'adopt').every((change) => change.fields.length === 0)).toBe(true);
    expect(plan.summary).toMatchObject({ adopt: 4, noOp: 1, hasChanges: false });
    expect(planExitCode(plan)).toBe(0);
    expect(plan.smokeTests).toEqual([]);
    const comment = renderPlanComment(plan, { environment: 'prod' });
    expect(comment).toContain('plan for `prod`: adopting 1 integration, 2 actions, 0 changes');
    expect(comment).toContain('#### Adopted as they are (live matches the manifests; nothing to write)');
    expect(comment).toContain('| Create | Update | Replace | Delete | Adopt | Unchanged |');
    expect(renderPlanConsole(plan)).toMatch(/^Plan for prod: adopting 1 integration, 2 actions; 0 to create/);
  });

  it('reads "adopting 1 role, 1 integration, 2 actions, 0 changes" when the role needs only its ownership tags, and exits 2', () => {
    const desired = desiredFixture();
    const plan = planChanges(desired, untagged(observedInSync()), { prune: false, baseline: nothingDeclared(desired) });
    const role = plan.changes.find((change) => change.kind === 'role');
    expect(role).toMatchObject({
      action: 'adopt',
      reason: expect.stringMatching(/^exists and is not managed yet: adopted, writing 2 field/),
    });
    expect(role?.fields.map((field) => field.path.join('.'))).toEqual(['tags.genesys-lambda-gitops/environment', 'tags.managed-by']);
    expect(plan.summary).toMatchObject({ adopt: 5, create: 0, update: 0, hasChanges: true });
    expect(planExitCode(plan)).toBe(2);
    expect(renderJobSummary(plan, { environment: 'prod' })).toContain(
      'plan for `prod`: adopting 1 role, 1 integration, 2 actions, 0 changes',
    );
  });

  it('adopts and updates a live action that differs from its new manifest, and tests it', () => {
    const desired = desiredFixture();
    const lookup = desired.dataActions.find((action) => action.name === 'Lookup Order');
    if (lookup) lookup.timeoutSeconds = 20;
    const plan = planChanges(desired, observedInSync(), { prune: false, baseline: nothingDeclared(desired) });
    expect(plan.changes.find((change) => change.name === 'Lookup Order')).toMatchObject({
      action: 'adopt',
      fields: [expect.objectContaining({ path: ['timeoutSeconds'], before: 10, after: 20 })],
    });
    expect(plan.summary.hasChanges).toBe(true);
    expect(plan.smokeTests.map((test) => test.testName)).toEqual(['shipped order']);
    expect(renderPlanComment(plan, { environment: 'prod' })).toContain('adopting 1 integration, 2 actions, 0 changes');
  });

  it('keeps a replace a replace: adopting what must be re-created is destructive', () => {
    const desired = desiredFixture();
    const lookup = desired.dataActions.find((action) => action.name === 'Lookup Order');
    if (lookup) lookup.secure = true;
    const plan = planChanges(desired, observedInSync(), { prune: false, baseline: nothingDeclared(desired) });
    expect(plan.changes.find((change) => change.name === 'Lookup Order')?.action).toBe('replace');
  });

  it('adopts nothing without a baseline (ownership of Genesys resources is then unknown) or when the baseline declares it', () => {
    const desired = desiredFixture();
    expect(planChanges(desired, observedInSync(), { prune: false }).summary.adopt).toBe(0);
    expect(planChanges(desired, observedInSync(), { prune: false, baseline: desiredFixture() }).summary.adopt).toBe(0);
    // A role is owned by its tags, whatever the baseline says.
    expect(planChanges(desired, untagged(observedInSync()), { prune: false }).summary.adopt).toBe(1);
  });
});

describe('adoption at apply', () => {
  it('writes only the adoptions that write: the role tags; nothing for Genesys resources adopted as they are', async () => {
    const desired = desiredFixture();
    const observed = untagged(observedInSync());
    const plan = planChanges(desired, observed, { prune: false, baseline: nothingDeclared(desired) });
    const roles = createFakeRoleProvider();
    const genesys = createFakeGenesysProvider();
    const report = await applyPlan(
      plan,
      desired,
      observed,
      { roles: roles.provider, genesys: genesys.provider, log: () => undefined, sleep: async () => undefined, now: () => 0 },
      { publishStrategy: 'draft' },
    );
    expect(report.steps.map((step) => `${step.action} ${step.address} ${step.status}`)).toEqual([
      'adopt role/genesys-orders-invoker applied',
    ]);
    expect(report.success).toBe(true);
    expect(genesys.calls.filter((call) => !['listDrafts'].includes(call.method))).toEqual([]);
    expect(roles.calls.map((call) => call.method)).toContain('applyRole');
  });
});

describe('the baseline of a base that declares nothing', () => {
  it('is empty when the base has no manifests and the environment is known, so the plan adopts', async () => {
    const desired = desiredFixture();
    const outcome = await loadCommittedBaseline([], {
      folder: 'genesys',
      environment: 'prod',
      source: "the pull request's base abc1234",
      declaredEnvironment: desired.environment,
    });
    expect(outcome).toEqual({
      desired: nothingDeclared(desired),
      message:
        "Drift baseline: the pull request's base abc1234 declares nothing for environment prod, so every live resource the manifests declare is adopted.",
    });
  });
});
