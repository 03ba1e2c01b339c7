/**
 * Cross-system checks: facts that only hold when AWS and Genesys agree with
 * each other, which neither system checks by itself. Pure; the planner runs
 * them on the resolved desired state and the observed state. (The checks
 * that need a live match, role-ownership, duplicate-integration and
 * integration-state, are made by the per-kind planners in ./kinds/.)
 */
import { canInvoke } from '../iam/evaluate.js';
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import { canonicalizePolicy } from '../iam/policy-document.js';
import { assertNever } from '../model/assert-never.js';
import type { DesiredDataAction, DesiredIntegration, DesiredRole, DesiredState } from '../model/desired-state.js';
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';
import type { ObservedCredential, ObservedState } from '../model/observed-state.js';
import { credentialRoleArnFor, targetAwsAccountId } from '../model/resolve-desired.js';
import { actionAddress, credentialAddress, roleAddress } from './resource-address.js';
import { sortedBy } from './sorted-by.js';
import type { CrossCheck } from './types.js';

/** Every value of an `sts:ExternalId` condition in the document's Allow statements (any operator). */
export function externalIdsIn(document: CanonicalPolicyDocument): string[] {
  const values: string[] = [];
  for (const statement of document.Statement) {
    if (statement.Effect !== 'Allow') continue;
    for (const keys of Object.values(statement.Condition ?? {})) {
      for (const [key, keyValues] of Object.entries(keys)) {
        if (key.toLowerCase() === 'sts:externalid') values.push(...keyValues);
      }
    }
  }
  return values;
}

/** Runs every cross-system check; `liveCredentials` maps credential name → the live credential matched by name. */
export function runCrossChecks(
  desired: DesiredState,
  observed: ObservedState,
  liveCredentials: ReadonlyMap<string, ObservedCredential>,
): CrossCheck[] {
  const checks: CrossCheck[] = [accountCheck(desired, observed)];
  for (const role of sortedBy(desired.roles, (candidate) => candidate.name)) checks.push(externalIdCheck(role, observed.genesys.orgId));
  const seenCredentials = new Set<string>();
  for (const integration of desired.integrations) {
    if (seenCredentials.has(integration.credentialName)) continue;
    seenCredentials.add(integration.credentialName);
    const expectedArn = credentialRoleArnFor(integration, desired, observed);
    checks.push(credentialArnCheck(integration, expectedArn, liveCredentials.get(integration.credentialName)));
  }
  for (const action of desired.dataActions) checks.push(functionCoveredCheck(action, desired));
  return checks;
}

function accountCheck(desired: DesiredState, observed: ObservedState): CrossCheck {
  const address = `environment/${desired.environment.name}`;
  const pinned = desired.environment.aws.accountId;
  if (pinned !== undefined && pinned !== observed.aws.accountId) {
    const message = `The manifest pins AWS account ${pinned}, but the credentials in use belong to ${observed.aws.accountId}. Nothing will be written.`;
    return { code: 'aws-account', status: 'fail', address, message };
  }
  const whose = pinned === undefined ? " (the caller's account; the manifest does not pin one)" : '';
  return {
    code: 'aws-account',
    status: 'pass',
    address,
    message: `Roles live in AWS account ${targetAwsAccountId(desired, observed)}${whose}.`,
  };
}

function externalIdCheck(role: DesiredRole, orgId: string): CrossCheck {
  const address = roleAddress(role.name);
  const code = 'trust-external-id';
  const ids = externalIdsIn(canonicalizePolicy(role.trustPolicy));
  if (ids.length === 0) {
    return {
      code,
      status: 'warn',
      address,
      message: 'The trust policy has no sts:ExternalId condition: any Genesys Cloud org could assume this role.',
    };
  }
  const wrong = ids.filter((id) => id !== LIVE_ORG_ID_TOKEN && id !== orgId);
  if (wrong.length > 0) {
    return {
      code,
      status: 'fail',
      address,
      message: `The trust policy's sts:ExternalId is ${wrong.join(', ')}, but the live Genesys org id is ${orgId}: Genesys could not assume the role. Write ${LIVE_ORG_ID_TOKEN} to use the live id.`,
    };
  }
  return { code, status: 'pass', address, message: `sts:ExternalId equals the live Genesys org id ${orgId}.` };
}

function credentialArnCheck(integration: DesiredIntegration, expectedArn: string, live: ObservedCredential | undefined): CrossCheck {
  const address = credentialAddress(integration.credentialName);
  const code = 'credential-role-arn';
  if (live === undefined) {
    return { code, status: 'pass', address, message: `The credential will be created with role ARN ${expectedArn}.` };
  }
  if (live.roleArn === undefined) {
    return {
      code,
      status: 'unverifiable',
      address,
      message: `Genesys did not return the credential's role ARN, so it cannot be compared with ${expectedArn}; apply rewrites it and the smoke tests prove it (this is not a claim that there is no drift).`,
    };
  }
  if (live.roleArn !== expectedArn) {
    return {
      code,
      status: 'warn',
      address,
      message: `The live credential points at ${live.roleArn}, not ${expectedArn}; apply re-points it.`,
    };
  }
  return { code, status: 'pass', address, message: `The credential's role ARN equals ${expectedArn}.` };
}

/** Whether the role of the action's integration may invoke its function, by the same engine as the IAM lint. */
function functionCoveredCheck(action: DesiredDataAction, desired: DesiredState): CrossCheck {
  const address = actionAddress(action.integrationName, action.name);
  const code = 'function-covered';
  const integration = desired.integrations.find((candidate) => candidate.name === action.integrationName);
  if (integration === undefined)
    return { code, status: 'fail', address, message: `The integration ${action.integrationName} is not declared.` };
  if (integration.role.kind === 'external') {
    const message = `The role ${integration.role.roleArn} is managed elsewhere; whether it may invoke ${action.functionArn} is not checked here.`;
    return { code, status: 'unverifiable', address, message };
  }
  const roleName = integration.role.roleName;
  const role = desired.roles.find((candidate) => candidate.name === roleName);
  if (role === undefined) return { code, status: 'fail', address, message: `The role ${roleName} is not declared.` };
  const answer = canInvoke(role.permissionPolicy, action.functionArn);
  switch (answer) {
    case 'granted':
      return { code, status: 'pass', address, message: `role/${roleName} may invoke ${action.functionArn}.` };
    case 'conditional':
      return {
        code,
        status: 'warn',
        address,
        message: `role/${roleName} may invoke ${action.functionArn} only if a Condition in its permission policy holds at run time; that cannot be checked offline, so the condition decides.`,
      };
    case 'denied':
      return {
        code,
        status: 'fail',
        address,
        message: `role/${roleName}'s permission policy does not allow lambda:InvokeFunction on exactly ${action.functionArn} (qualifiers must match).`,
      };
    default:
      return assertNever(answer, 'invoke answer');
  }
}
