/**
 * Prune: deletes run last, and only when everything before them succeeded,
 * in reverse dependency order (actions, integrations, credentials, roles), so
 * nothing is deleted while something still refers to it. The first failure
 * stops the rest.
 */
import { assertNever } from '../model/assert-never.js';
import { RESOURCE_KIND_ORDER } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import type { ApplyDependencies } from './apply-dependencies.js';
import { applied, failed, type StepResult } from './step-log.js';

const DELETE_ORDER = [...RESOURCE_KIND_ORDER].reverse();

/** True when every planned delete applied. */
export async function applyDeletes(context: ApplyContext): Promise<boolean> {
  const deletes = context.plan.changes.filter((change) => change.action === 'delete');
  for (const kind of DELETE_ORDER) {
    for (const change of deletes.filter((candidate) => candidate.kind === kind)) {
      if (!(await context.steps.record(change, () => deleteResource(context.deps, change)))) return false;
    }
  }
  return true;
}

async function deleteResource({ roles, genesys }: ApplyDependencies, change: ResourceChange): Promise<StepResult> {
  // IAM deletes a role by name; Genesys needs the id.
  if (change.kind === 'role') {
    await roles.deleteRole(change.name);
    return applied();
  }
  const id = change.liveId;
  if (id === undefined) return failed('no live id to delete');
  switch (change.kind) {
    case 'action':
      await genesys.deleteAction(id);
      return applied();
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
