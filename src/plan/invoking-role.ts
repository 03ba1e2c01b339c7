/**
 * The role that invokes a data action's function: a declared role (judged as
 * apply will make it), or a role managed elsewhere (only what IAM returned, if
 * it could be read). Also the identity policies each grants with, for "may it
 * invoke this function?".
 */
import type { CanonicalPolicyDocument, PolicyDocument } from '../iam/policy-document.js';
import { canonicalizePolicy } from '../iam/policy-document.js';
import type { AwsReading } from '../model/aws-reading.js';
import type { DesiredDataAction, DesiredRole, DesiredState } from '../model/desired-state.js';
import type { ObservedExternalRole } from '../model/observed-external-role.js';
import type { ObservedRole, ObservedState } from '../model/observed-state.js';
import { resolveDesiredRole, roleArnFor, targetAwsAccountId } from '../model/resolve-desired.js';

export type InvokingRole =
  | { kind: 'managed'; arn: string; desired: DesiredRole }
  | { kind: 'external'; arn: string; reading: AwsReading<ObservedExternalRole> | undefined }
  /** The integration or the role it names is not declared (the loader prevents this; the planner stays total). */
  | { kind: 'undeclared'; message: string };

function managedRole(role: DesiredRole, desired: DesiredState, observed: ObservedState): InvokingRole & { kind: 'managed' } {
  return { kind: 'managed', arn: roleArnFor(targetAwsAccountId(desired, observed), role.path, role.name), desired: role };
}

export function invokingRoleOf(action: DesiredDataAction, desired: DesiredState, observed: ObservedState): InvokingRole {
  const integration = desired.integrations.find((candidate) => candidate.name === action.integrationName);
  if (integration === undefined) return { kind: 'undeclared', message: `The integration ${action.integrationName} is not declared.` };
  if (integration.role.kind === 'external') {
    const arn = integration.role.roleArn;
    return { kind: 'external', arn, reading: observed.externalRoles?.[arn] };
  }
  const roleName = integration.role.roleName;
  const role = desired.roles.find((candidate) => candidate.name === roleName);
  if (role === undefined) return { kind: 'undeclared', message: `The role ${roleName} is not declared.` };
  return managedRole(role, desired, observed);
}

/** The identity policies a declared role will have after apply: its inline policy and the documents of its managed policies. */
export function desiredIdentityPolicy(role: DesiredRole, desired: DesiredState, observed: ObservedState): CanonicalPolicyDocument {
  const spec = resolveDesiredRole(role, observed, desired);
  return combined([...Object.values(spec.inlinePolicies), ...managedDocuments(role.managedPolicyArns ?? [], observed)]);
}

/** The identity policies the live role has now. */
export function liveIdentityPolicy(role: ObservedRole, observed: ObservedState): CanonicalPolicyDocument {
  return combined([...Object.values(role.inlinePolicies), ...managedDocuments(role.attachedPolicyArns, observed)]);
}

/** Several documents as one (IAM evaluates the union of a principal's identity policies). */
export function combined(documents: readonly (PolicyDocument | CanonicalPolicyDocument)[]): CanonicalPolicyDocument {
  return { Version: '2012-10-17', Statement: documents.flatMap((document) => canonicalizePolicy(document).Statement) };
}

function managedDocuments(arns: readonly string[], observed: ObservedState): CanonicalPolicyDocument[] {
  return arns.flatMap((arn) => {
    const reading = observed.managedPolicies?.[arn];
    return reading?.status === 'found' ? [reading.value] : [];
  });
}
