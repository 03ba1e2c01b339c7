/**
 * What `export` writes for the IAM role behind an integration's credential.
 * A role this tool manages for the environment (its management tags say so),
 * or one the user asks to take over (`--adopt-roles`), becomes a Role
 * manifest that plans to no change: policies equal to what the tool would
 * generate are left out (so they stay generated), others are written out
 * with the org id as `{{ genesys.orgId }}`. Every other role is referred to
 * as `{ arn }`, managed elsewhere: a role of another account, one IAM would
 * not let us read, one another environment manages, and one a Role manifest
 * cannot express (managed policies attached, several inline policies). Pure.
 */
import { canonicalizePolicy, type CanonicalPolicyDocument, type PolicyDocument } from '../iam/policy-document.js';
import { DEFAULT_MAX_SESSION_DURATION_SECONDS, DEFAULT_ROLE_PATH } from '../manifests/desired-state-builder.js';
import { DEFAULT_PERMISSION_POLICY_NAME, generatePermissionPolicy, generateTrustPolicy } from '../manifests/generated-policies.js';
import { API_VERSION } from '../manifests/manifest-kinds.js';
import { canonicalJson } from '../model/json.js';
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, type ObservedRole } from '../model/observed-state.js';
import { managingEnvironment } from '../model/role-ownership.js';
import { substituteOrgId } from '../model/resolve-desired.js';

/** What export could learn about the role behind a credential. */
export type LiveRole = { found: 'read'; role: ObservedRole } | { found: 'not-read'; reason: string };

export interface RoleContext {
  environment: string;
  orgId: string;
  /** The Genesys AWS account of the org's region (the trust principal the tool generates). */
  genesysAwsAccountId: string;
  /** Function ARNs of the exported actions whose integration uses this role. */
  invokedFunctions: readonly string[];
  adoptRoles: boolean;
}

export type RoleExport =
  /** A Role manifest; integrations refer to it by name. */
  | { manage: true; name: string; value: Record<string, unknown>; note?: string }
  /** Referred to as `{ arn }`; `note` says why, when the user may want to know. */
  | { manage: false; note?: string };

export function exportRole(arn: string, live: LiveRole | undefined, context: RoleContext): RoleExport {
  if (live === undefined) return { manage: false, note: `role ${arn} is in another AWS account: exported as { arn }, managed elsewhere` };
  if (live.found === 'not-read')
    return { manage: false, note: `role ${arn} could not be read (${live.reason}): exported as { arn }, managed elsewhere` };
  const { role } = live;
  const owner = managingEnvironment(role);
  if (owner !== undefined && owner !== context.environment) {
    return { manage: false, note: `role ${role.name} is managed by environment ${owner}: exported as { arn }, managed there` };
  }
  if (owner === undefined && !context.adoptRoles) {
    return {
      manage: false,
      note: `role ${role.name} is not tagged as managed by genesys-lambda-gitops: exported as { arn } (pass --adopt-roles to take it over)`,
    };
  }
  const inexpressible = whyNotExpressible(role);
  if (inexpressible !== undefined)
    return { manage: false, note: `role ${role.name} ${inexpressible}: exported as { arn }, managed elsewhere` };
  return {
    manage: true,
    name: role.name,
    value: { apiVersion: API_VERSION, kind: 'Role', metadata: { name: role.name }, spec: roleSpec(role, context) },
    ...(owner === undefined ? { note: `role ${role.name} is adopted: the first apply tags it as managed for ${context.environment}` } : {}),
  };
}

function whyNotExpressible(role: ObservedRole): string | undefined {
  if (role.attachedPolicyArns.length > 0)
    return `has managed policies attached (${role.attachedPolicyArns.join(', ')}), which a Role manifest does not hold`;
  if (Object.keys(role.inlinePolicies).length > 1)
    return `has ${Object.keys(role.inlinePolicies).length} inline policies (${Object.keys(role.inlinePolicies).sort().join(', ')}); a Role manifest holds one`;
  return undefined;
}

function roleSpec(role: ObservedRole, context: RoleContext): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  if (role.description !== '') spec['description'] = role.description;
  if (role.path !== DEFAULT_ROLE_PATH) spec['path'] = role.path;
  if (role.maxSessionDurationSeconds !== DEFAULT_MAX_SESSION_DURATION_SECONDS)
    spec['maxSessionDurationSeconds'] = role.maxSessionDurationSeconds;
  const generatedTrust = substituteOrgId(generateTrustPolicy(context.genesysAwsAccountId), context.orgId);
  if (!samePolicy(role.trustPolicy, generatedTrust)) spec['trustPolicy'] = withOrgIdToken(role.trustPolicy, context.orgId);
  const [policyName, policy] = Object.entries(role.inlinePolicies)[0] ?? [DEFAULT_PERMISSION_POLICY_NAME, undefined];
  const generatedPermissions = generatePermissionPolicy(context.invokedFunctions);
  // No inline policy at all reads as an empty written-out one: the generated one would grant what the live role does not.
  const livePermissions: PolicyDocument = policy ?? { Version: '2012-10-17', Statement: [] };
  if (policyName !== DEFAULT_PERMISSION_POLICY_NAME) spec['permissionPolicyName'] = policyName;
  // `{{ genesys.orgId }}` belongs in trust policies only; a permission policy is written as IAM holds it.
  if (!samePolicy(livePermissions, generatedPermissions)) spec['permissionPolicy'] = livePermissions;
  const tags = Object.entries(role.tags).filter(([key]) => key !== MANAGED_BY_TAG && key !== ENVIRONMENT_TAG && !key.startsWith('aws:'));
  if (tags.length > 0) spec['tags'] = Object.fromEntries(tags.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return spec;
}

function samePolicy(live: PolicyDocument | CanonicalPolicyDocument, generated: PolicyDocument): boolean {
  return canonicalJson(canonicalizePolicy(live)) === canonicalJson(canonicalizePolicy(generated));
}

/** The policy with the live org id written as `{{ genesys.orgId }}`, so the manifest follows the org it is planned against. */
function withOrgIdToken(policy: PolicyDocument | CanonicalPolicyDocument, orgId: string): unknown {
  const replace = (node: unknown): unknown => {
    if (typeof node === 'string') return orgId === '' ? node : node.split(orgId).join(LIVE_ORG_ID_TOKEN);
    if (Array.isArray(node)) return node.map(replace);
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, replace(value)]));
    return node;
  };
  return replace(policy);
}
