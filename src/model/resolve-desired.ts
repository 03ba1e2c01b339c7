/**
 * Desired state materialized with live facts: the AWS account roles live in,
 * the live Genesys org id substituted for {@link LIVE_ORG_ID_TOKEN}, and the
 * role ARN each credential must hold. The planner and apply both need these,
 * and must agree on them, so they are defined once here.
 */
import type { PolicyDocument } from '../iam/policy-document.js';
import type { DesiredIntegration, DesiredRole, DesiredState } from './desired-state.js';
import { LIVE_ORG_ID_TOKEN } from './desired-state.js';
import type { ObservedState } from './observed-state.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE } from './observed-state.js';
import type { RoleSpec } from './role-spec.js';

/** The AWS account roles live in: the manifest's pin, else the caller's account. */
export function targetAwsAccountId(desired: DesiredState, observed: ObservedState): string {
  return desired.environment.aws.accountId ?? observed.aws.accountId;
}

/** `arn:aws:iam::<account>:role<path><name>`; the path starts and ends with `/`. */
export function roleArnFor(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:role${path}${name}`;
}

/** Deep copy of `value` with {@link LIVE_ORG_ID_TOKEN} replaced by the live org id in every string. */
export function substituteOrgId<T>(value: T, orgId: string): T {
  if (typeof value === 'string') return value.split(LIVE_ORG_ID_TOKEN).join(orgId) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => substituteOrgId(item, orgId)) as T;
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) result[key] = substituteOrgId(member, orgId);
    return result as T;
  }
  return value;
}

/** The tags the provider writes on a managed role: the user's plus the management tags. */
export function managedRoleTags(role: DesiredRole, environment: string): Record<string, string> {
  return { ...role.tags, [MANAGED_BY_TAG]: MANAGED_BY_VALUE, [ENVIRONMENT_TAG]: environment };
}

/** What apply asks the role provider for: placeholders resolved, management tags added. */
export function resolveDesiredRole(role: DesiredRole, observed: ObservedState, desired: DesiredState): RoleSpec {
  const trustPolicy: PolicyDocument = substituteOrgId(role.trustPolicy, observed.genesys.orgId);
  const permissionPolicy: PolicyDocument = substituteOrgId(role.permissionPolicy, observed.genesys.orgId);
  return {
    name: role.name,
    path: role.path,
    description: role.description,
    maxSessionDurationSeconds: role.maxSessionDurationSeconds,
    trustPolicy,
    inlinePolicies: { [role.permissionPolicyName]: permissionPolicy },
    tags: managedRoleTags(role, desired.environment.name),
    managedPolicyArns: [...(role.managedPolicyArns ?? [])].sort(),
  };
}

/** The role ARN an integration's credential must hold. */
export function credentialRoleArnFor(integration: DesiredIntegration, desired: DesiredState, observed: ObservedState): string {
  if (integration.role.kind === 'external') return integration.role.roleArn;
  const roleName = integration.role.roleName;
  const role = desired.roles.find((candidate) => candidate.name === roleName);
  return roleArnFor(targetAwsAccountId(desired, observed), role?.path ?? '/', roleName);
}
