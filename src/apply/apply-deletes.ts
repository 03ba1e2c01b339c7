/**
 * Prune: deletes run last, and only when everything before them succeeded,
 * in reverse dependency order (actions, integrations, credentials, roles), so
 * nothing is deleted while something still refers to it. The first failure
 * stops the rest.
 *
 * A data action's consumers are read again right before its delete (the
 * plan's list may be stale): a used one, or one whose consumers cannot be
 * read, is refused unless deleting used actions is allowed. A superseded
 * action (a retirement) that a flow uses again is simply kept.
 */
import { assertNever } from '../model/assert-never.js';
import { RESOURCE_KIND_ORDER } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import { readActionUsage } from './action-usage.js';
import { applied, failed, type StepResult } from './step-log.js';

const DELETE_ORDER = [...RESOURCE_KIND_ORDER].reverse();

/** True when every planned delete applied. */
export async function applyDeletes(context: ApplyContext): Promise<boolean> {
  const deletes = context.plan.changes.filter((change) => change.action === 'delete');
  for (const kind of DELETE_ORDER) {
    for (const change of deletes.filter((candidate) => candidate.kind === kind)) {
      if (!(await context.steps.record(change, () => deleteResource(context, change)))) return false;
    }
  }
  return true;
}

async function deleteResource(context: ApplyContext, change: ResourceChange): Promise<StepResult> {
  const { roles, genesys } = context.deps;
  // IAM deletes a role by name; Genesys needs the id.
  if (change.kind === 'role') {
    await roles.deleteRole(change.name);
    return applied();
  }
  const id = change.liveId;
  if (id === undefined) return failed('no live id to delete');
  switch (change.kind) {
    case 'action':
      return deleteAction(context, change, id);
    case 'integration':
      await genesys.deleteIntegration(id);
      return applied();
    case 'credential':
      await genesys.deleteCredential(id);
      return applied();
    default:
      return assertNever(change.kind, 'resource kind');
  }
}

async function deleteAction(context: ApplyContext, change: ResourceChange, id: string): Promise<StepResult> {
  const { genesys } = context.deps;
  const secure = context.observed.dataActions.find((live) => live.id === id)?.secure ?? false;
  const retirement = change.retirement !== undefined;
  const usage = await readActionUsage(context.usageReader, { id, secure }, { requireCurrentIndex: retirement });
  if (usage.inUse && retirement) return applied({ message: `kept: ${usage.why}; a later apply deletes it once unused` });
  if (usage.inUse && !(context.options.allowDeletingUsedActions ?? false)) {
    return failed(`refusing to delete data action ${id}: ${usage.why} (set allow-deleting-used-actions to delete it anyway)`);
  }
  await genesys.deleteAction(id);
  return applied();
}
