/**
 * plan: validated desired state + live state → Plan. Refuses, before reading
 * anything else from AWS, when the AWS credentials belong to another account
 * than the environment pins (observe.ts checks it; Genesys is read meanwhile).
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { consumerQueries } from '../plan/action-consumers.js';
import { planChanges, type PlanOptions } from '../plan/planner.js';
import type { Plan } from '../plan/types.js';
import { readObservedState } from './observe.js';
import { readArchitectConsumers } from './read-architect-consumers.js';
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
  /** Plan deletes of data actions that published flows use as warnings rather than failed checks. */
  allowDeletingUsedActions?: boolean;
  /** Names of the secret test inputs that are set (commands/test-secrets.ts); planned tests needing others are marked. */
  testSecrets?: ReadonlySet<string>;
}

/**
 * Plans twice when it must: the first plan says which data actions would be
 * replaced or deleted (or are kept superseded); only their Architect
 * consumers are read, and the plan is made again with them in the observed
 * state. The planner stays pure, and a plan that touches no action's id
 * makes no Architect call at all.
 */
export async function computePlan(desired: DesiredState, providers: Providers, options: ComputePlanOptions): Promise<PlanOutcome> {
  const observed = await readObservedState(desired, providers, { discoverOwnedRoles: options.prune });
  const planOptions: PlanOptions = {
    prune: options.prune,
    ...(options.baseline === undefined ? {} : { baseline: options.baseline }),
    ...(options.allowDeletingUsedActions === undefined ? {} : { allowDeletingUsedActions: options.allowDeletingUsedActions }),
    ...(options.testSecrets === undefined ? {} : { testSecrets: options.testSecrets }),
  };
  const first = planChanges(desired, observed, planOptions);
  const queries = consumerQueries(first, observed);
  if (queries.length === 0) return { plan: first, desired, observed };
  const withConsumers: ObservedState = {
    ...observed,
    architect: await readArchitectConsumers(providers.genesys, queries, providers.genesysConcurrency),
  };
  return { plan: planChanges(desired, withConsumers, planOptions), desired, observed: withConsumers };
}
