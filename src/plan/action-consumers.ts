/**
 * Architect consumers in the plan: which actions need them read, what the
 * plan says about each replaced or deleted action (the flows that call it by
 * id, or why they are unknown), and the checks that follow: a delete of an
 * action in use is refused unless the user allows it, and a consumer list
 * that could not be read or may be stale is said so. Pure.
 *
 * Unknown is never "none": an action whose consumers could not be read is
 * treated as used (its delete refused, a replaced one kept under a
 * superseded name).
 */
import {
  OPERATIONAL_BUILD_STATUS,
  type ActionConsumer,
  type ObservedArchitect,
  type ConsumerReading,
} from '../model/architect-consumers.js';
import type { ObservedState } from '../model/observed-state.js';
import type { CrossCheck, Plan, ResourceChange, SkippedDelete } from './types.js';

/** The consumers of one live action as the plan knows them; undefined when Architect was not read at all. */
export type KnownConsumers = { consumers: ActionConsumer[] } | { consumersUnknown: string };

/** An action whose consumers the planner needs, with what decides the dependency-tracking object type. */
export interface ConsumerQuery {
  actionId: string;
  secure: boolean;
}

/** The live ids of the actions a plan replaces, deletes, would delete (prune off) or keeps superseded. */
export function consumerQueries(plan: Plan, observed: ObservedState): ConsumerQuery[] {
  const ids = new Set<string>();
  for (const change of plan.changes) {
    if (change.kind === 'action' && (change.action === 'replace' || change.action === 'delete') && change.liveId) ids.add(change.liveId);
  }
  for (const skipped of plan.skippedDeletes) if (skipped.kind === 'action') ids.add(skipped.liveId);
  for (const superseded of plan.superseded ?? []) ids.add(superseded.liveId);
  const secureById = new Map(observed.dataActions.map((action) => [action.id, action.secure]));
  return [...ids].sort().map((actionId) => ({ actionId, secure: secureById.get(actionId) ?? false }));
}

/** What the plan knows about the consumers of `actionId`; undefined when Architect was not read. */
export function consumersOf(architect: ObservedArchitect | undefined, actionId: string): KnownConsumers | undefined {
  if (architect === undefined) return undefined;
  const reading: ConsumerReading | undefined = architect.consumers[actionId];
  if (reading === undefined) return { consumersUnknown: 'they were not read' };
  return reading.readable ? { consumers: reading.consumers } : { consumersUnknown: reading.reason };
}

/** Whether the dependency-tracking index was read and is up to date. */
export function isIndexCurrent(architect: ObservedArchitect): boolean {
  return architect.build.readable && architect.build.status === OPERATIONAL_BUILD_STATUS;
}

/** `Main IVR (INBOUNDCALLFLOW, version 3.0)`: one consumer as plain text. */
export function describeConsumer(consumer: ActionConsumer): string {
  return `${consumer.name} (${consumer.type}${consumer.version === null ? '' : `, version ${consumer.version}`})`;
}

function withKnown<T extends object>(item: T, known: KnownConsumers | undefined): T {
  return known === undefined ? item : { ...item, ...known };
}

/** Options of {@link applyConsumers}. */
export interface ConsumerPolicy {
  environment: string;
  /** The user allows deleting actions that published flows use (`allow-deleting-used-actions`). */
  allowDeletingUsedActions: boolean;
}

/** The plan's changes and skipped deletes with consumers attached, the checks they imply, and N distinct flows. */
export function applyConsumers(
  changes: readonly ResourceChange[],
  skippedDeletes: readonly SkippedDelete[],
  architect: ObservedArchitect | undefined,
  policy: ConsumerPolicy,
): { changes: ResourceChange[]; skippedDeletes: SkippedDelete[]; checks: CrossCheck[]; consumingFlows: number } {
  const annotated = changes.map((change) =>
    affectsIdOfAction(change) && change.liveId !== undefined && change.consumers === undefined
      ? withKnown(change, consumersOf(architect, change.liveId))
      : change,
  );
  const skipped = skippedDeletes.map((item) => (item.kind === 'action' ? withKnown(item, consumersOf(architect, item.liveId)) : item));
  const checks = [
    ...readingChecks(architect, policy.environment),
    ...annotated.filter(isPrunedAction).map((change) => usedActionDeleteCheck(change, policy.allowDeletingUsedActions)),
  ].filter((check): check is CrossCheck => check !== undefined);
  const flows = new Set(annotated.filter(affectsIdOfAction).flatMap((change) => (change.consumers ?? []).map((consumer) => consumer.id)));
  return { changes: annotated, skippedDeletes: skipped, checks, consumingFlows: flows.size };
}

function affectsIdOfAction(change: ResourceChange): boolean {
  return change.kind === 'action' && (change.action === 'replace' || change.action === 'delete');
}

/** A prune delete of an action (retirements decide for themselves: a used one is simply kept). */
function isPrunedAction(change: ResourceChange): boolean {
  return change.kind === 'action' && change.action === 'delete' && change.retirement === undefined;
}

function usedActionDeleteCheck(change: ResourceChange, allowed: boolean): CrossCheck | undefined {
  const code = 'used-action-delete';
  const address = change.address;
  const consumers = change.consumers ?? [];
  if (change.consumers === undefined && change.consumersUnknown === undefined) return undefined;
  if (change.consumersUnknown === undefined && consumers.length === 0) {
    return { code, status: 'pass', address, message: 'No published Architect flow uses this data action.' };
  }
  const what =
    change.consumersUnknown !== undefined
      ? `its Architect consumers could not be read (${change.consumersUnknown}), so it counts as used`
      : `${consumers.length} published flow(s) call it by id: ${consumers.map(describeConsumer).join(', ')}`;
  if (allowed) {
    return { code, status: 'warn', address, message: `Deleting it although ${what}: allow-deleting-used-actions is set.` };
  }
  return {
    code,
    status: 'fail',
    address,
    message: `Refusing to delete this data action: ${what}. Republish those flows onto another action first, or set allow-deleting-used-actions: true.`,
  };
}

/** Why the consumer lists may be stale, or undefined when the index is OPERATIONAL. */
function staleIndexMessage(architect: ObservedArchitect): string | undefined {
  const { build } = architect;
  if (!build.readable) return `The dependency-tracking build status could not be read (${build.reason}): the consumer lists may be stale.`;
  if (build.status === OPERATIONAL_BUILD_STATUS) return undefined;
  return `Architect dependency tracking is ${build.status}, not ${OPERATIONAL_BUILD_STATUS}: the consumer lists may be stale.`;
}

/** Whether consumers could be read at all, and from an index that is up to date. */
function readingChecks(architect: ObservedArchitect | undefined, environment: string): CrossCheck[] {
  if (architect === undefined) return [];
  const code = 'architect-consumers';
  const address = `environment/${environment}`;
  const readings = Object.values(architect.consumers);
  const unreadable = readings.filter((reading) => !reading.readable);
  const checks: CrossCheck[] = [];
  if (unreadable.length > 0) {
    const reason = unreadable[0]?.readable === false ? unreadable[0].reason : '';
    checks.push({
      code,
      status: 'unverifiable',
      address,
      message: `Could not check Architect consumers of ${unreadable.length} data action(s): ${reason}. They count as used: a replaced action is kept under a superseded name, and deleting one is refused.`,
    });
  }
  // A build status refused for the same reason as the consumers says nothing more.
  const stale = staleIndexMessage(architect);
  if (stale !== undefined && (architect.build.readable || unreadable.length === 0)) {
    checks.push({ code, status: 'warn', address, message: stale });
  }
  if (architect.flowLookupProblem !== undefined) {
    checks.push({
      code,
      status: 'warn',
      address,
      message: `Flow names and versions are as dependency tracking reports them: the flow lookup failed (${architect.flowLookupProblem}).`,
    });
  }
  if (checks.length === 0) {
    checks.push({
      code,
      status: 'pass',
      address,
      message: `Read the published consumers of ${readings.length} data action(s) from an up-to-date Architect dependency-tracking index.`,
    });
  }
  return checks;
}
