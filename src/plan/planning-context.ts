/**
 * What every per-kind planner reads: the two states, the facts derived from
 * them once (target account, baseline shapes, matched live integrations and
 * credentials), and the shape of what each returns.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedCredential, ObservedIntegration, ObservedState } from '../model/observed-state.js';
import { targetAwsAccountId } from '../model/resolve-desired.js';
import type { BaselineShapes } from './drift.js';
import { baselineShapes } from './drift.js';
import { matchCredentials, matchIntegrations } from './live-matching.js';
import type { DeleteCandidate } from './prune.js';
import type { CrossCheck, ResourceChange, SupersededAction } from './types.js';

export interface PlanningContext {
  desired: DesiredState;
  observed: ObservedState;
  /** The environment's name. */
  environment: string;
  /** The AWS account roles live in. */
  accountId: string;
  /** Shapes of the last applied desired state; undefined when the caller has none. */
  baseline: BaselineShapes | undefined;
  /** Credential name → the live credential it matches. */
  liveCredentials: ReadonlyMap<string, ObservedCredential>;
  /** Declared integration name → the live integration it matches. */
  liveIntegrations: ReadonlyMap<string, ObservedIntegration>;
}

/** What one resource kind contributes to the plan. */
export interface KindPlan {
  changes: ResourceChange[];
  deleteCandidates: DeleteCandidate[];
  /** Checks only this kind's planner can make (they need the live match). */
  checks: CrossCheck[];
  /** Data actions only: the ones kept or deleted under a superseded name. */
  superseded?: SupersededAction[];
}

export function planningContext(desired: DesiredState, observed: ObservedState, baseline: DesiredState | undefined): PlanningContext {
  return {
    desired,
    observed,
    environment: desired.environment.name,
    accountId: targetAwsAccountId(desired, observed),
    baseline: baseline === undefined ? undefined : baselineShapes(baseline, observed),
    liveCredentials: matchCredentials(observed),
    liveIntegrations: matchIntegrations(desired, observed),
  };
}
