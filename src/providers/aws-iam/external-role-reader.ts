/**
 * Reads a role managed elsewhere (an Integration's `spec.role: { arn }`),
 * never writes it. IAM reads roles only in the caller's account, so a role in
 * another account is unreadable with these credentials. A refused read is
 * `unreadable` and names the permission, so that the checks built on it say
 * `unverifiable` instead of passing.
 */
import type { CanonicalPolicyDocument } from '../../iam/policy-document.js';
import type { AwsReading } from '../../model/aws-reading.js';
import type { ObservedExternalRole } from '../../model/observed-external-role.js';
import { getRole, readAttachedPolicyArns, readInlinePolicies, trustPolicyOf } from './iam-role-reader.js';
import { isAccessDenied, type IamSession } from './iam-session.js';
import { readManagedPolicy } from './managed-policy-reader.js';
import type { RoleOperationError } from './role-operation-error.js';

const ROLE_ARN_PARTS = /^arn:aws[\w-]*:iam::(\d{12}):role(\/(?:.*\/)?)([^/]+)$/;

export async function readExternalRole(
  session: IamSession,
  roleArn: string,
  callerAccountId: string,
): Promise<AwsReading<ObservedExternalRole>> {
  const parts = ROLE_ARN_PARTS.exec(roleArn);
  if (parts === null) return { status: 'missing', message: `${roleArn} is not an IAM role ARN` };
  const account = parts[1] ?? '';
  const name = parts[3] ?? '';
  if (account !== callerAccountId) {
    return {
      status: 'unreadable',
      permission: `iam:GetRole in account ${account}`,
      message: `the role is in AWS account ${account} and the credentials in ${callerAccountId}; IAM reads roles only in the caller's account`,
    };
  }
  let role;
  try {
    role = await getRole(session, name);
  } catch (error) {
    if (isAccessDenied(error)) return { status: 'unreadable', permission: 'iam:GetRole', message: (error as Error).message };
    throw error;
  }
  if (role === undefined) return { status: 'missing', message: `IAM has no role ${name} in account ${account}` };
  if (role.Arn !== undefined && role.Arn !== roleArn)
    return { status: 'missing', message: `the role named ${name} is ${role.Arn}, not ${roleArn}` };
  return {
    status: 'found',
    value: { arn: roleArn, trustPolicy: trustPolicyOf(role, name), identityPolicies: await readIdentityPolicies(session, name) },
  };
}

/** Inline and attached managed policies; the first refused read makes the whole set unreadable. */
async function readIdentityPolicies(session: IamSession, name: string): Promise<AwsReading<CanonicalPolicyDocument[]>> {
  try {
    const inline = Object.values(await readInlinePolicies(session, name));
    const documents = [...inline];
    for (const policyArn of await readAttachedPolicyArns(session, name)) {
      const reading = await readManagedPolicy(session, policyArn);
      if (reading.status === 'unreadable') return reading;
      if (reading.status === 'found') documents.push(reading.value);
    }
    return { status: 'found', value: documents };
  } catch (error) {
    if (!isAccessDenied(error)) throw error;
    const command = (error as RoleOperationError).command;
    return { status: 'unreadable', permission: `iam:${command}`, message: (error as Error).message };
  }
}
