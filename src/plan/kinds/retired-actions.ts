/**
 * Data actions a replace renamed: the superseded old action (still serving
 * the published flows that call its id) and any replacement an interrupted
 * apply left under its temporary name. Every plan lists them with their
 * consumers. One that no published flow uses any more is deleted, whether
 * prune is on or not (it is this tool's own leftover); one that is used, or
 * whose consumers are unknown, or read from a stale index, is kept.
 */
import { actionShape } from '../comparable-shapes.js';
import type { FieldRules } from '../field-diff.js';
import { consumersOf, isIndexCurrent, type KnownConsumers } from '../action-consumers.js';
import type { RetiredLiveAction } from '../live-matching.js';
import type { PlanningContext } from '../planning-context.js';
import { actionAddress } from '../resource-address.js';
import { compareResource } from '../resource-change.js';
import { sortedBy } from '../sorted-by.js';
import type { ResourceChange, SupersededAction } from '../types.js';

export function planRetiredActions(
  context: PlanningContext,
  retired: readonly RetiredLiveAction[],
  rules: FieldRules,
): { changes: ResourceChange[]; superseded: SupersededAction[] } {
  const changes: ResourceChange[] = [];
  const superseded: SupersededAction[] = [];
  for (const item of sortedBy(retired, ({ live, integrationName }) => actionAddress(integrationName, live.name))) {
    const { live, integrationName, lifecycle } = item;
    const address = actionAddress(integrationName, live.name);
    const known = consumersOf(context.observed.architect, live.id);
    const keepBecause = reasonToKeep(context, known);
    const entry: SupersededAction = {
      address,
      name: live.name,
      actionName: lifecycle.baseName,
      liveId: live.id,
      kind: lifecycle.kind,
      disposition: keepBecause === undefined ? 'delete' : 'keep',
      ...(lifecycle.at === undefined ? {} : { since: lifecycle.at }),
      ...(known ?? {}),
      reason: `${describeOrigin(item)}; ${keepBecause ?? 'no published flow uses it any more'}`,
    };
    superseded.push(entry);
    if (keepBecause !== undefined) continue;
    const change = compareResource({
      address,
      kind: 'action',
      name: live.name,
      liveId: live.id,
      before: actionShape(live),
      after: null,
      rules,
      source: undefined,
    });
    change.retirement = lifecycle.kind;
    change.consumers = [];
    change.reason = `${describeOrigin(item)}; no published flow uses it any more`;
    changes.push(change);
  }
  return { changes, superseded };
}

function describeOrigin({ lifecycle }: RetiredLiveAction): string {
  const since = lifecycle.at === undefined ? '' : ` on ${lifecycle.at}`;
  return lifecycle.kind === 'superseded'
    ? `superseded${since} by a replace of ${lifecycle.baseName}`
    : `a replacement of ${lifecycle.baseName} that an interrupted apply left${since}`;
}

/** Why the action stays, or undefined when it may go. */
function reasonToKeep(context: PlanningContext, known: KnownConsumers | undefined): string | undefined {
  const architect = context.observed.architect;
  if (architect === undefined || known === undefined) return 'its Architect consumers were not checked';
  if ('consumersUnknown' in known) return `could not check Architect consumers (${known.consumersUnknown})`;
  if (known.consumers.length > 0) {
    return `still used by ${known.consumers.length} published flow(s)`;
  }
  if (!isIndexCurrent(architect)) {
    const status = architect.build.readable ? architect.build.status : 'unknown';
    return `no flow seems to use it, but Architect dependency tracking is ${status}, so it stays until the index is up to date`;
  }
  return undefined;
}
