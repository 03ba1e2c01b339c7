/**
 * IAM roles: compare each declared role (resolved with the live org id and
 * management tags) with the live one; flag what broadens, drifts or would
 * take over another environment's role; offer roles tagged as ours and no
 * longer declared for deletion.
 */
import type { DesiredRole } from '../../model/desired-state.js';
import type { ObservedRole } from '../../model/observed-state.js';
import { resolveDesiredRole, roleArnFor } from '../../model/resolve-desired.js';
import { isManagedRole, managingEnvironment } from '../../model/role-ownership.js';
import { desiredRoleShape, observedRoleShape } from '../comparable-shapes.js';
import type { FieldRules } from '../field-diff.js';
import { credentialLikeKeyIn } from '../field-diff.js';
import type { KindPlan, PlanningContext } from '../planning-context.js';
import type { DeleteCandidate } from '../prune.js';
import { roleAddress } from '../resource-address.js';
import { describeRoleUsers, roleUsers } from '../role-users.js';
import { addRisk, compareResource, defaultReason, markAdopted } from '../resource-change.js';
import { broadeningNotes, newRoleNotes, roleDrift } from '../role-risks.js';
import { sortedBy } from '../sorted-by.js';
import { trustExpectation } from '../trust-checks.js';
import type { CrossCheck, ResourceChange } from '../types.js';

export const ROLE_RULES: FieldRules = {
  isLeaf: (path) => path[0] === 'trustPolicy' || path[0] === 'attachedPolicyArns' || (path[0] === 'inlinePolicies' && path.length === 2),
  // IAM has no call that moves a role to another path.
  forcesReplace: (path) => path[0] === 'path',
  isSensitive: credentialLikeKeyIn(['tags']),
};

/** Changes for every declared role, deletes for owned undeclared ones, and the ownership checks. */
export function planRoleChanges(context: PlanningContext): KindPlan {
  const changes: ResourceChange[] = [];
  const checks: CrossCheck[] = [];
  for (const role of sortedBy(context.desired.roles, (candidate) => candidate.name)) {
    const planned = planRole(context, role);
    changes.push(planned.change);
    checks.push(...planned.checks);
  }
  return { changes, deleteCandidates: roleDeleteCandidates(context), checks };
}

function planRole(context: PlanningContext, role: DesiredRole): { change: ResourceChange; checks: CrossCheck[] } {
  const address = roleAddress(role.name);
  const after = desiredRoleShape(resolveDesiredRole(role, context.observed, context.desired));
  const live = context.observed.roles[role.name];
  const before = live === undefined ? null : observedRoleShape(live);
  const change = compareResource({
    address,
    kind: 'role',
    name: role.name,
    liveId: live?.arn,
    before,
    after,
    rules: ROLE_RULES,
    source: role.source,
  });
  const checks: CrossCheck[] = [];
  const expected = trustExpectation(context.desired, context.observed);
  if (before === null) addRisk(change, 'permissions-broadened', newRoleNotes(after, expected, context.observed));
  if (before !== null && live !== undefined) {
    if (change.action === 'replace') {
      const newArn = roleArnFor(context.accountId, after.path, role.name);
      change.replaceReasons.push(
        `IAM cannot move a role to another path (${before.path} → ${after.path}): it is deleted and re-created as ${newArn}`,
      );
    }
    const broadened = broadeningNotes(before, after, expected, context.observed);
    if (broadened.length > 0) addRisk(change, 'permissions-broadened', broadened);
    const ownership = ownershipOf(live, address, context.environment);
    checks.push(...ownership.checks);
    if (ownership.adopt) markAdopted(change);
    const drift = roleDrift(before, after, context.baseline?.roles.get(address), ROLE_RULES, expected);
    if (drift.length > 0) addRisk(change, 'drift', drift);
  }
  change.reason = defaultReason(change);
  return { change, checks };
}

/** Another environment's role fails the plan; a role without the management tags is adopted (writing the tags). */
function ownershipOf(live: ObservedRole, address: string, environment: string): { checks: CrossCheck[]; adopt: boolean } {
  const owner = managingEnvironment(live);
  if (owner !== undefined && owner !== environment) {
    // Taking it over would silently break the other environment's integration.
    const message = `The role is managed by environment ${owner}; two environments cannot share one role. Give this environment's role another name.`;
    return { checks: [{ code: 'role-ownership', status: 'fail', address, message }], adopt: false };
  }
  return { checks: [], adopt: !isManagedRole(live, environment) };
}

function roleDeleteCandidates(context: PlanningContext): DeleteCandidate[] {
  const declared = new Set(context.desired.roles.map((role) => role.name));
  const candidates: DeleteCandidate[] = [];
  for (const name of Object.keys(context.observed.roles).sort()) {
    const live = context.observed.roles[name];
    if (live === undefined || !isManagedRole(live, context.environment) || declared.has(name)) continue;
    // Named in the delete (planned or skipped), so a reviewer sees what it would break.
    const { users } = roleUsers(live.arn, context.observed);
    candidates.push({
      address: roleAddress(name),
      kind: 'role',
      name,
      liveId: live.arn,
      before: observedRoleShape(live),
      rules: ROLE_RULES,
      why: `tagged as managed for ${context.environment} and no longer declared${users.length > 0 ? `; but ${describeRoleUsers(users)}` : ''}`,
    });
  }
  return candidates;
}
