/**
 * Reads the role a Lambda credential names from IAM (moto in tests): its
 * trust policy and every identity policy (inline and attached managed), in
 * canonical form, with one GetAccountAuthorizationDetails call where a role
 * by role read took four (the runner reads the role before every action run,
 * and the test suite's time went to moto), shared by the runs that start
 * while it is in flight. IAM returns documents URL-encoded;
 * `parsePolicyText` decodes them. For a function in another account than the role, also reads
 * the function's resource-based policy from Lambda.
 */
import {
  GetAccountAuthorizationDetailsCommand,
  GetPolicyCommand as GetManagedPolicyCommand,
  GetPolicyVersionCommand,
  IAMClient,
  type ManagedPolicyDetail,
  type RoleDetail,
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
  // Runs that start while a read is in flight share its answer (the details are the account's, not one
  // role's): eight smoke tests at once make one read, not eight queued in moto. An answer is never
  // kept once it has arrived, so a role edited before a run starts is what that run sees.
  let inFlight: Promise<AuthorizationDetails> | undefined;
  const sharedDetails = (): Promise<AuthorizationDetails> => {
    inFlight ??= authorizationDetails(client).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };
  return {
    async read(roleArn) {
      if (!roleNameFromArn(roleArn)) return undefined;
      const { roles, localPolicies } = await sharedDetails();
      const role = roles.find((detail) => detail.Arn === roleArn);
      // No role at that ARN (another account or path holds the name, or none does).
      if (role === undefined) return undefined;
      const identityPolicies: CanonicalPolicyDocument[] = [];
      for (const inline of role.RolePolicyList ?? []) {
        if (inline.PolicyDocument) identityPolicies.push(canonicalizePolicy(parsePolicyText(inline.PolicyDocument)));
      }
      for (const attached of role.AttachedManagedPolicies ?? []) {
        if (!attached.PolicyArn) continue;
        const document =
          defaultVersionDocument(localPolicies.get(attached.PolicyArn)) ?? (await managedPolicyDocument(client, attached.PolicyArn));
        if (document) identityPolicies.push(canonicalizePolicy(parsePolicyText(document)));
      }
      const trustText = role.AssumeRolePolicyDocument;
      const trust = trustText ? canonicalizePolicy(parsePolicyText(trustText)) : { Version: '2012-10-17', Statement: [] };
      return { roleArn, trust, identityPolicies };
    },
  };
}

interface AuthorizationDetails {
  roles: RoleDetail[];
  localPolicies: Map<string, ManagedPolicyDetail>;
}

/** The account's roles and its own managed policies, every page read. */
async function authorizationDetails(client: IAMClient): Promise<AuthorizationDetails> {
  const roles: RoleDetail[] = [];
  const localPolicies = new Map<string, ManagedPolicyDetail>();
  let marker: string | undefined;
  do {
    const page = await client.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role', 'LocalManagedPolicy'], Marker: marker }));
    roles.push(...(page.RoleDetailList ?? []));
    for (const policy of page.Policies ?? []) if (policy.Arn) localPolicies.set(policy.Arn, policy);
    marker = page.IsTruncated ? page.Marker : undefined;
  } while (marker !== undefined);
  return { roles, localPolicies };
}

function defaultVersionDocument(policy: ManagedPolicyDetail | undefined): string | undefined {
  return policy?.PolicyVersionList?.find((version) => version.IsDefaultVersion)?.Document;
}

/** An AWS managed policy's document (they are not in the account's authorization details). */
async function managedPolicyDocument(client: IAMClient, policyArn: string): Promise<string | undefined> {
  const { Policy } = await client.send(new GetManagedPolicyCommand({ PolicyArn: policyArn }));
  if (!Policy?.DefaultVersionId) return undefined;
  const { PolicyVersion } = await client.send(new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: Policy.DefaultVersionId }));
  return PolicyVersion?.Document;
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
