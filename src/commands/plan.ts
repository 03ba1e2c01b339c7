/**
 * plan: validated desired state + live state → Plan. Refuses, before reading
 * anything else, when the AWS credentials belong to another account than the
 * environment pins.
 */
import { ConfigurationError } from '../errors.js';
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { planChanges } from '../plan/planner.js';
import type { Plan } from '../plan/types.js';
import { checkAccountMatches } from '../providers/aws-iam/account-check.js';
import { readObservedState } from './observe.js';
import type { Providers } from './providers.js';

/** A plan with the two states it was computed from: apply needs all three, and only together. */
export interface PlanOutcome {
  plan: Plan;
  desired: DesiredState;
  observed: ObservedState;
}

export interface ComputePlanOptions {
  prune: boolean;
  /** The desired state last applied (the manifests at the pull request's base): live fields that differ from it are drift. */
  baseline?: DesiredState;
}

export async function computePlan(desired: DesiredState, providers: Providers, options: ComputePlanOptions): Promise<PlanOutcome> {
  const callerAccountId = await providers.roles.callerAccountId();
  const mismatch = checkAccountMatches(desired.environment.aws.accountId, callerAccountId, desired.environment.name);
  if (mismatch) throw new ConfigurationError(mismatch);
  const observed = await readObservedState(desired, providers, { discoverOwnedRoles: options.prune });
  const plan = planChanges(desired, observed, {
    prune: options.prune,
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
  });
  return { plan, desired, observed };
}
