/**
 * Roles first, as everything else refers to them. Each changed role is
 * written, then read back (its policies listed beside GetRole: this apply
 * has just written it): the plan's trust and coverage checks must hold on
 * the live role too, or the step fails and nothing that depends on it is
 * written. IAM is eventually consistent: a read-back that does not show the
 * trust policy just written yet is followed by a bounded wait and a second
 * read (a read that shows it proves the role visible, so the usual case makes
 * no separate wait call). A role that is still not visible everywhere when
 * the wait ends does not stop the apply: the smoke tests retry for that.
 */
import { canonicalizePolicy } from '../iam/policy-document.js';
import type { DesiredRole } from '../model/desired-state.js';
import { canonicalJson } from '../model/json.js';
import { resolveDesiredRole } from '../model/resolve-desired.js';
import { appliedRoleProblems } from '../plan/applied-role-verification.js';
import { roleAddress } from '../plan/resource-address.js';
import type { ResourceChange } from '../plan/types.js';
import type { ApplyContext } from './apply-context.js';
import { applied, failed, type StepResult } from './step-log.js';

/** True when every planned role applied and holds; the first failure stops the rest. */
export async function applyRoles(context: ApplyContext): Promise<boolean> {
  for (const role of context.desired.roles) {
    const change = context.pendingChange(roleAddress(role.name));
    if (!change) continue;
    if (!(await context.steps.record(change, () => applyRole(context, change, role)))) return false;
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
  const written = canonicalJson(canonicalizePolicy(spec.trustPolicy));
  let live = await roles.readRole(role.name, { justWritten: true });
  if (live === undefined || canonicalJson(live.trustPolicy) !== written) {
    if (!(await roles.waitUntilRoleUsable(role.name))) {
      context.deps.log(`role/${role.name}: IAM has not shown the update everywhere yet; smoke tests will retry`);
      return applied({ liveId: arn });
    }
    live = await roles.readRole(role.name, { justWritten: true });
  }
  if (live === undefined) return failed('IAM does not return the role it has just written; re-run the apply');
  const problems = appliedRoleProblems(live, role, context.desired, context.observed);
  if (problems.length > 0) return failed(`the live role does not hold after apply: ${problems.join('; ')}`);
  return applied({ liveId: arn });
}
