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
  /**
   * True when a live Genesys resource at `address` is already owned: the
   * baseline declares it (Genesys has no tags; what the manifests declared is
   * what the tool owns). Without a baseline every matched resource counts as
   * owned; with one, a resource the pull request newly declares and that
   * already exists is adopted.
   */
  ownsGenesysResource(kind: 'credentials' | 'integrations' | 'actions', address: string): boolean;
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
  const shapes = baseline === undefined ? undefined : baselineShapes(baseline, observed);
  return {
    desired,
    observed,
    environment: desired.environment.name,
    accountId: targetAwsAccountId(desired, observed),
    baseline: shapes,
    liveCredentials: matchCredentials(observed),
    liveIntegrations: matchIntegrations(desired, observed),
    ownsGenesysResource: (kind, address) => shapes === undefined || shapes[kind].has(address),
  };
}
