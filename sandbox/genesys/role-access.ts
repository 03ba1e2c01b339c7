/**
 * Reads the role a Lambda credential names from IAM (moto in tests): its
 * trust policy and every identity policy (inline and attached managed), in
 * canonical form. IAM returns documents URL-encoded; `parsePolicyText`
 * decodes them. For a function in another account than the role, also reads
 * the function's resource-based policy from Lambda.
 */
import {
  GetPolicyCommand as GetManagedPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { canonicalizePolicy, parsePolicyText, type CanonicalPolicyDocument, type PolicyDocument } from '../../src/iam/policy-document.js';

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

/** A reader on `endpoint` (undefined: the SDK's default, i.e. real AWS), with `credentials` or the ambient ones. */
export function createRoleReader(endpoint: string | undefined, credentials?: { accessKeyId: string; secretAccessKey: string }): RoleReader {
  const dummy = endpoint && !process.env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'testing', secretAccessKey: 'testing' } : undefined;
  const chosen = credentials ?? dummy;
  const client = new IAMClient({
    region: 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    ...(chosen ? { credentials: chosen } : {}),
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
        const { Policy } = await client.send(new GetManagedPolicyCommand({ PolicyArn: attached.PolicyArn }));
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

/** Reads a function's resource-based policy, for cross-account invocations. */
export interface FunctionPolicyReader {
  /** The policy, canonical; undefined when the function has none (or does not exist). */
  read(functionArn: string): Promise<CanonicalPolicyDocument | undefined>;
}

/**
 * A reader on `endpoint`. moto resolves a function ARN only in the caller's
 * account, so on an emulator endpoint each request names the ARN's account
 * (moto's `x-moto-account-id`), as AWS resolves the ARN itself.
 */
export function createFunctionPolicyReader(
  endpoint: string | undefined,
  credentials?: { accessKeyId: string; secretAccessKey: string },
): FunctionPolicyReader {
  const dummy = endpoint && !process.env.AWS_ACCESS_KEY_ID ? { accessKeyId: 'testing', secretAccessKey: 'testing' } : undefined;
  const chosen = credentials ?? dummy;
  const clients = new Map<string, LambdaClient>();
  const clientFor = (region: string): LambdaClient => {
    let client = clients.get(region);
    if (client === undefined) {
      client = new LambdaClient({ region, ...(endpoint ? { endpoint } : {}), ...(chosen ? { credentials: chosen } : {}) });
      if (endpoint) {
        client.middlewareStack.add(
          (next) => async (args) => {
            const name = (args.input as { FunctionName?: string }).FunctionName ?? '';
            (args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = name.split(':')[4] ?? '';
            return await next(args);
          },
          { step: 'build', name: 'sandboxAccountOfArn' },
        );
      }
      clients.set(region, client);
    }
    return client;
  };
  return {
    async read(functionArn) {
      try {
        const { Policy } = await clientFor(functionArn.split(':')[3] ?? 'us-east-1').send(
          new GetPolicyCommand({ FunctionName: functionArn }),
        );
        if (!Policy) return undefined;
        const document = JSON.parse(Policy) as { Version: string; Statement: Record<string, unknown>[] };
        // Lambda reports principals as maps; an emulator may echo AddPermission's plain string.
        const statements = document.Statement.map((statement) =>
          typeof statement.Principal === 'string' && statement.Principal !== '*'
            ? { ...statement, Principal: { AWS: statement.Principal } }
            : statement,
        );
        return canonicalizePolicy({ ...document, Statement: statements } as unknown as PolicyDocument);
      } catch (error) {
        if ((error as { name?: string }).name === 'ResourceNotFoundException') return undefined;
        throw error;
      }
    },
  };
}
