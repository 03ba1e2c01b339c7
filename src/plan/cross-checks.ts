/**
 * Cross-system checks: facts that only hold when AWS and Genesys agree with
 * each other, which neither system checks by itself. Pure; the planner runs
 * them on the resolved desired state and the observed state, and every one
 * of them runs before apply's first write. The role's trust (./trust-checks.ts)
 * and the functions (./function-checks.ts) are judged on live state; the
 * checks that need a live match (role-ownership, duplicate-integration,
 * integration-state) are made by the per-kind planners in ./kinds/.
 */
import type { DesiredIntegration, DesiredState } from '../model/desired-state.js';
import type { ObservedCredential, ObservedState } from '../model/observed-state.js';
import { credentialRoleArnFor, targetAwsAccountId } from '../model/resolve-desired.js';
import { functionChecks } from './function-checks.js';
import { managedPolicyChecks } from './managed-policy-checks.js';
import { credentialAddress } from './resource-address.js';
import { trustChecks } from './trust-checks.js';
import type { CrossCheck } from './types.js';

/** Runs every cross-system check; `liveCredentials` maps credential name → the live credential matched by name. */
export function runCrossChecks(
  desired: DesiredState,
  observed: ObservedState,
  liveCredentials: ReadonlyMap<string, ObservedCredential>,
): CrossCheck[] {
  const checks: CrossCheck[] = [
    accountCheck(desired, observed),
    ...trustChecks(desired, observed),
    ...managedPolicyChecks(desired, observed),
  ];
  const seenCredentials = new Set<string>();
  for (const integration of desired.integrations) {
    if (seenCredentials.has(integration.credentialName)) continue;
    seenCredentials.add(integration.credentialName);
    const expectedArn = credentialRoleArnFor(integration, desired, observed);
    checks.push(credentialArnCheck(integration, expectedArn, liveCredentials.get(integration.credentialName)));
  }
  checks.push(...functionChecks(desired, observed));
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
