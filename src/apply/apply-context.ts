/**
 * What every apply phase works with: the plan and the states it was computed
 * from, the dependencies and options, the live ids known so far, the step log,
 * and the smoke-test results gathered for the report.
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { actionAddress } from '../plan/resource-address.js';
import type { Plan, ResourceChange } from '../plan/types.js';
import type { UsageReader } from './action-usage.js';
import type { ApplyDependencies } from './apply-dependencies.js';
import type { ApplyOptions } from './apply-options.js';
import type { SmokeTestResult } from './apply-report.js';
import { draftsFromLiveAction } from './draft-publisher.js';
import { startDraftListing, type EarlyDraftListing } from './early-draft-listing.js';
import { sharingBuildStatus } from './shared-build-status.js';
import { observedLiveIds, type LiveIds } from './live-ids.js';
import { runSmokeTest, smokeRetryFor, type SmokeTestRequest } from './smoke-runner.js';
import { createStepLog, type StepLog } from './step-log.js';

export interface ApplyContext {
  readonly plan: Plan;
  /** Apply reads the desired state rather than `plan.after`, which is redacted for display. */
  readonly desired: DesiredState;
  readonly observed: ObservedState;
  readonly deps: ApplyDependencies;
  readonly options: ApplyOptions;
  readonly ids: LiveIds;
  readonly steps: StepLog;
  /** What the deletes read Architect usage through: one build status read shared by deletes close in time. */
  readonly usageReader: UsageReader;
  /** The drafts listing, started with the apply when it will make new drafts (early-draft-listing.ts). */
  readonly draftListing: EarlyDraftListing | undefined;
  /** Every smoke test run so far (draft tests included), in run order. */
  readonly smokeTests: readonly SmokeTestResult[];
  /** Runs one smoke test with the retries its endpoint allows, and records its result. */
  smokeTest(request: SmokeTestRequest): Promise<SmokeTestResult>;
  /** Runs one smoke test like {@link smokeTest}, logging to `log`, without recording it (concurrent phases record in plan order). */
  runSmokeTest(request: SmokeTestRequest, log: (line: string) => void): Promise<SmokeTestResult>;
  /** Adds results to the report, in the order given. */
  recordSmokeTests(results: readonly SmokeTestResult[]): void;
  /**
   * The change planned at `address` that writes (create, update, replace, an adoption that writes);
   * undefined for no-ops, adoptions that write nothing, deletes and addresses not in the plan.
   */
  pendingChange(address: string): ResourceChange | undefined;
}

/** A change the kind appliers carry out (deletes have their own phase). */
export function writesInPlace(change: ResourceChange): boolean {
  if (change.action === 'adopt') return change.fields.length > 0;
  return change.action !== 'no-op' && change.action !== 'delete';
}

export function createApplyContext(
  plan: Plan,
  desired: DesiredState,
  observed: ObservedState,
  deps: ApplyDependencies,
  options: ApplyOptions,
): ApplyContext {
  const byAddress = new Map(plan.changes.map((change) => [change.address, change]));
  const smokeTests: SmokeTestResult[] = [];
  const pendingChange = (address: string): ResourceChange | undefined => {
    const change = byAddress.get(address);
    return change && writesInPlace(change) ? change : undefined;
  };
  // Only new drafts (creates, replaces) look for leftovers; an update drafts from its live action.
  const makesNewDrafts =
    options.publishStrategy === 'draft' &&
    desired.dataActions.some((action) => {
      const change = pendingChange(actionAddress(action.integrationName, action.name));
      return change !== undefined && !draftsFromLiveAction(change);
    });
  return {
    plan,
    desired,
    observed,
    deps,
    options,
    ids: observedLiveIds(observed),
    steps: createStepLog(deps.log),
    usageReader: sharingBuildStatus(deps.genesys, deps.now),
    draftListing: makesNewDrafts ? startDraftListing(deps.genesys) : undefined,
    smokeTests,
    smokeTest: async (request) => {
      const result = await runSmokeTest(request, smokeRetryFor(request.endpoint, options), deps);
      smokeTests.push(result);
      return result;
    },
    runSmokeTest: (request, log) => runSmokeTest(request, smokeRetryFor(request.endpoint, options), { ...deps, log }),
    recordSmokeTests: (results) => {
      smokeTests.push(...results);
    },
    pendingChange,
  };
}
