/**
 * Reads a managed policy's document: GetPolicy for its default version, then
 * GetPolicyVersion. The plan needs it to say what attaching the policy grants
 * and whether the role may invoke a function through it. A policy that does
 * not exist is `missing` (attaching it would fail); a refused read is
 * `unreadable`, naming the permission.
 */
import { GetPolicyCommand, GetPolicyVersionCommand } from '@aws-sdk/client-iam';
import type { CanonicalPolicyDocument } from '../../iam/policy-document.js';
import type { AwsReading } from '../../model/aws-reading.js';
import { parseDocument } from './iam-role-reader.js';
import { isAccessDenied, isNoSuchEntity, type IamSession } from './iam-session.js';

export async function readManagedPolicy(session: IamSession, policyArn: string): Promise<AwsReading<CanonicalPolicyDocument>> {
  const action = `read managed policy ${policyArn} for`;
  let permission = 'iam:GetPolicy';
  try {
    const policy = await session.call({ command: 'GetPolicy', action, roleName: undefined }, () =>
      session.iam.send(new GetPolicyCommand({ PolicyArn: policyArn })),
    );
    const versionId = policy.Policy?.DefaultVersionId;
    if (versionId === undefined) return { status: 'missing', message: `IAM returned no default version of ${policyArn}` };
    permission = 'iam:GetPolicyVersion';
    const version = await session.call({ command: 'GetPolicyVersion', action, roleName: undefined }, () =>
      session.iam.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: versionId })),
    );
    return { status: 'found', value: parseDocument(version.PolicyVersion?.Document, policyArn, action, 'GetPolicyVersion') };
  } catch (error) {
    if (isNoSuchEntity(error)) return { status: 'missing', message: `IAM has no managed policy ${policyArn}` };
    if (isAccessDenied(error)) return { status: 'unreadable', permission, message: (error as Error).message };
    throw error;
  }
}
