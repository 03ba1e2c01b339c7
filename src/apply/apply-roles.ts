/**
 * Roles first, as everything else refers to them; then a bounded wait until
 * IAM shows each changed role. A role that is still not visible everywhere
 * does not stop the apply: the smoke tests retry for that.
 */
import type { DesiredRole } from '../model/desired-state.js';
import { resolveDesiredRole } from '../model/resolve-desired.js';
import { roleAddress } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import { applied, type StepResult } from './step-log.js';

/** True when every planned role applied; the first failure stops the rest. */
export async function applyRoles(context: ApplyContext): Promise<boolean> {
  const changed: string[] = [];
  for (const role of context.desired.roles) {
    const change = context.pendingChange(roleAddress(role.name));
    if (!change) continue;
    if (!(await context.steps.record(change, () => applyRole(context, change, role)))) return false;
    changed.push(role.name);
  }
  for (const name of changed) {
    const usable = await context.deps.roles.waitUntilRoleUsable(name);
    if (!usable) context.deps.log(`role/${name}: IAM has not shown the update everywhere yet; smoke tests will retry`);
  }
  return true;
}

async function applyRole(context: ApplyContext, change: ResourceChange, role: DesiredRole): Promise<StepResult> {
  const { roles } = context.deps;
  const spec = resolveDesiredRole(role, context.observed, context.desired);
  // IAM cannot move a role to another path: replace deletes the old one first (same name).
  if (change.action === 'replace') await roles.deleteRole(role.name);
  const { arn } = await roles.applyRole(spec);
  context.ids.roleArns.set(role.name, arn);
  return applied({ liveId: arn });
}
