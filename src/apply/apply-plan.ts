/**
 * Executes a plan against the providers, in dependency order:
 * roles (read back, and waited for while IAM does not show them yet) →
 * credentials → integrations (config, enable, wait until ACTIVE) → data
 * actions (published by the chosen
 * strategy, then smoke-tested) → smoke tests of unchanged actions whose role
 * changed → prune (deletes last, reverse dependency order). Only reads run
 * ahead of that order: the drafts listing starts with the apply
 * (early-draft-listing.ts).
 *
 * Every step is idempotent (resources are matched by name), so an apply
 * interrupted anywhere converges when re-run. Each phase answers whether its
 * dependents may proceed; a failure stops them, and the report says exactly
 * what was applied and what was not. A data action whose draft fails
 * validation or its tests is left unpublished: the live version keeps serving.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import type { Plan } from '../plan/types.js';
import { applyActions } from './apply-actions.js';
import { createApplyContext, type ApplyContext } from './apply-context.js';
import { applyCredentials } from './apply-credentials.js';
import type { ApplyDependencies } from './apply-dependencies.js';
import { applyDeletes } from './apply-deletes.js';
import { applyIntegrations } from './apply-integrations.js';
import type { ApplyOptions } from './apply-options.js';
import type { ApplyReport } from './apply-report.js';
import { applyRoleSmokeTests } from './apply-role-smoke-tests.js';
import { applyRoles } from './apply-roles.js';

export { liveApplyDependencies, type ApplyDependencies } from './apply-dependencies.js';
export type { ApplyOptions } from './apply-options.js';
export { replacementName, supersededName } from '../model/action-lifecycle-names.js';

/** One phase of an apply: true when the phases after it may run. */
type ApplyPhase = (context: ApplyContext) => Promise<boolean>;

const PHASES_IN_DEPENDENCY_ORDER: readonly ApplyPhase[] = [
  applyRoles,
  applyCredentials,
  applyIntegrations,
  applyActions,
  applyRoleSmokeTests,
  applyDeletes,
];

/** Applies `plan` (computed from `desired` and `observed`) and reports every step. */
export async function applyPlan(
  plan: Plan,
  desired: DesiredState,
  observed: ObservedState,
  deps: ApplyDependencies,
  options: ApplyOptions,
): Promise<ApplyReport> {
  const context = createApplyContext(plan, desired, observed, deps, options);
  let completed: boolean;
  try {
    completed = await runPhases(context);
  } finally {
    await context.draftListing?.settle();
  }
  context.steps.markNotApplied(plan.changes);
  const { steps, smokeTests } = context;
  return {
    environment: plan.environment,
    steps: [...steps.steps],
    smokeTests: [...smokeTests],
    success: completed && steps.steps.every((step) => step.status === 'applied') && smokeTests.every((test) => test.passed),
  };
}

async function runPhases(context: ApplyContext): Promise<boolean> {
  for (const phase of PHASES_IN_DEPENDENCY_ORDER) {
    if (!(await phase(context))) return false;
  }
  return true;
}
