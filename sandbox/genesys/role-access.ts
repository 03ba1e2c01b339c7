/**
 * Reads the role a Lambda credential names from IAM (moto in tests): its
 * trust policy and every identity policy (inline and attached managed), in
 * canonical form. IAM returns documents URL-encoded; `parsePolicyText`
 * decodes them.
 */
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { canonicalizePolicy, parsePolicyText, type CanonicalPolicyDocument } from '../../src/iam/policy-document.js';

/** What the runner needs to know about a role. */
export interface RolePolicies {
  roleArn: string;
  trust: CanonicalPolicyDocument;
  identityPolicies: CanonicalPolicyDocument[];
}

/** `arn:aws:iam::<account>:role/<path/><name>` → name (the last path segment). */
export function roleNameFromArn(roleArn: string): string | undefined {
  const match = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  return match?.[1];
}

/** Reads roles through one IAM client. */
export interface RoleReader {
  /** The role's documents, or undefined when IAM has no such role. */
  read(roleArn: string): Promise<RolePolicies | undefined>;
}

/** A reader on `endpoint` (undefined: the SDK's default, i.e. real AWS). */
export function createRoleReader(endpoint: string | undefined): RoleReader {
  const client = new IAMClient({
    region: 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    ...(endpoint && !process.env.AWS_ACCESS_KEY_ID ? { credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } } : {}),
  });
  return {
    async read(roleArn) {
      const roleName = roleNameFromArn(roleArn);
      if (!roleName) return undefined;
      let trustText: string | undefined;
      let actualArn: string | undefined;
      try {
        const { Role } = await client.send(new GetRoleCommand({ RoleName: roleName }));
        trustText = Role?.AssumeRolePolicyDocument;
        actualArn = Role?.Arn;
      } catch (error) {
        if ((error as { name?: string }).name === 'NoSuchEntityException') return undefined;
        throw error;
      }
      // A role of that name in another account (or path) is not the role the credential names.
      if (actualArn !== undefined && actualArn !== roleArn) return undefined;
      const identityPolicies: CanonicalPolicyDocument[] = [];
      const { PolicyNames = [] } = await client.send(new ListRolePoliciesCommand({ RoleName: roleName }));
      for (const policyName of PolicyNames) {
        const { PolicyDocument } = await client.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: policyName }));
        if (PolicyDocument) identityPolicies.push(canonicalizePolicy(parsePolicyText(PolicyDocument)));
      }
      const { AttachedPolicies = [] } = await client.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName }));
      for (const attached of AttachedPolicies) {
        if (!attached.PolicyArn) continue;
        const { Policy } = await client.send(new GetPolicyCommand({ PolicyArn: attached.PolicyArn }));
        if (!Policy?.DefaultVersionId) continue;
        const { PolicyVersion } = await client.send(
          new GetPolicyVersionCommand({ PolicyArn: attached.PolicyArn, VersionId: Policy.DefaultVersionId }),
        );
        if (PolicyVersion?.Document) identityPolicies.push(canonicalizePolicy(parsePolicyText(PolicyVersion.Document)));
      }
      const trust = trustText ? canonicalizePolicy(parsePolicyText(trustText)) : { Version: '2012-10-17', Statement: [] };
      return { roleArn, trust, identityPolicies };
    },
  };
}
