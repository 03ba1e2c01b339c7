/**
 * Cross-system checks: facts that only hold when AWS and Genesys agree with
 * each other, which neither system checks by itself. Pure; the planner runs
 * them on the resolved desired state and the observed state.
 */
import type { CanonicalPolicyDocument, PolicyDocument } from '../iam/policy-document.js';
import { canonicalizePolicy } from '../iam/policy-document.js';
import type { DesiredIntegration, DesiredRole, DesiredState } from '../model/desired-state.js';
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';
import type { ObservedCredential, ObservedState } from '../model/observed-state.js';
import { credentialRoleArnFor, targetAwsAccountId } from './comparable-shapes.js';
import { iamPatternMatches } from './policy-broadening.js';
import { actionAddress, credentialAddress, roleAddress } from './resource-address.js';
import type { CrossCheck } from './types.js';

const INVOKE_ACTION = 'lambda:InvokeFunction';

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

/**
 * True when the permission policy lets the role invoke exactly this function
 * ARN. Qualifiers matter: `function:f` does not cover `function:f:live`, and
 * `function:f:*` does not cover `function:f`. An explicit Deny wins.
 */
export function functionInvocationAllowed(policy: CanonicalPolicyDocument, functionArn: string): boolean {
  const matches = (statementActions: string[] | undefined, resources: string[] | undefined): boolean =>
    (statementActions ?? []).some((action) => iamPatternMatches(action, INVOKE_ACTION, true)) &&
    (resources ?? []).some((resource) => iamPatternMatches(resource, functionArn));
  const denied = policy.Statement.some((statement) => statement.Effect === 'Deny' && matches(statement.Action, statement.Resource));
  if (denied) return false;
  return policy.Statement.some(
    (statement) =>
      statement.Effect === 'Allow' &&
      statement.NotAction === undefined &&
      statement.NotResource === undefined &&
      matches(statement.Action, statement.Resource),
  );
}

function externalIdCheck(role: DesiredRole, orgId: string): CrossCheck {
  const address = roleAddress(role.name);
  const code = 'trust-external-id';
  const ids = externalIdsIn(canonicalizePolicy(role.trustPolicy));
  if (ids.length === 0) {
    return { code, status: 'warn', address, message: 'The trust policy has no sts:ExternalId condition: any Genesys Cloud org could assume this role.' };
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

function credentialArnCheck(
  integration: DesiredIntegration,
  expectedArn: string,
  live: ObservedCredential | undefined,
): CrossCheck {
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
    return { code, status: 'warn', address, message: `The live credential points at ${live.roleArn}, not ${expectedArn}; apply re-points it.` };
  }
  return { code, status: 'pass', address, message: `The credential's role ARN equals ${expectedArn}.` };
}

/** Runs every cross-system check; `liveCredentials` maps credential name → the live credential matched by name. */
export function runCrossChecks(
  desired: DesiredState,
  observed: ObservedState,
  liveCredentials: ReadonlyMap<string, ObservedCredential>,
): CrossCheck[] {
  const checks: CrossCheck[] = [];
  const pinned = desired.environment.aws.accountId;
  if (pinned !== undefined && pinned !== observed.aws.accountId) {
    checks.push({
      code: 'aws-account',
      status: 'fail',
      address: `environment/${desired.environment.name}`,
      message: `The manifest pins AWS account ${pinned}, but the credentials in use belong to ${observed.aws.accountId}. Nothing will be written.`,
    });
  } else {
    checks.push({
      code: 'aws-account',
      status: 'pass',
      address: `environment/${desired.environment.name}`,
      message: `Roles live in AWS account ${targetAwsAccountId(desired, observed)}${pinned === undefined ? ' (the caller\'s account; the manifest does not pin one)' : ''}.`,
    });
  }
  for (const role of [...desired.roles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    checks.push(externalIdCheck(role, observed.genesys.orgId));
  }
  const seenCredentials = new Set<string>();
  for (const integration of desired.integrations) {
    if (seenCredentials.has(integration.credentialName)) continue;
    seenCredentials.add(integration.credentialName);
    checks.push(credentialArnCheck(integration, credentialRoleArnFor(integration, desired, observed), liveCredentials.get(integration.credentialName)));
  }
  for (const action of desired.dataActions) {
    const address = actionAddress(action.integrationName, action.name);
    const code = 'function-covered';
    const integration = desired.integrations.find((candidate) => candidate.name === action.integrationName);
    if (integration === undefined) {
      checks.push({ code, status: 'fail', address, message: `The integration ${action.integrationName} is not declared.` });
      continue;
    }
    if (integration.role.kind === 'external') {
      checks.push({
        code,
        status: 'unverifiable',
        address,
        message: `The role ${integration.role.roleArn} is managed elsewhere; whether it may invoke ${action.functionArn} is not checked here.`,
      });
      continue;
    }
    const roleName = integration.role.roleName;
    const role = desired.roles.find((candidate) => candidate.name === roleName);
    if (role === undefined) {
      checks.push({ code, status: 'fail', address, message: `The role ${roleName} is not declared.` });
      continue;
    }
    const policy: PolicyDocument = role.permissionPolicy;
    const covered = functionInvocationAllowed(canonicalizePolicy(policy), action.functionArn);
    checks.push(
      covered
        ? { code, status: 'pass', address, message: `role/${roleName} may invoke ${action.functionArn}.` }
        : {
            code,
            status: 'fail',
            address,
            message: `role/${roleName}'s permission policy does not allow lambda:InvokeFunction on exactly ${action.functionArn} (qualifiers must match).`,
          },
    );
  }
  return checks;
}
