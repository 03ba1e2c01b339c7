/**
 * The {@link RoleProvider} over AWS SDK v3. Credentials come from the default
 * chain (environment, OIDC web identity as set up by
 * aws-actions/configure-aws-credentials, profiles, instance roles), and the
 * SDK itself honours `AWS_ENDPOINT_URL`, which is how the tests and the demo
 * reach moto_server; there is deliberately no endpoint option of our own.
 */
import {
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  paginateListAttachedRolePolicies,
  paginateListInstanceProfilesForRole,
  paginateListRolePolicies,
  paginateListRoleTags,
  paginateListRoles,
  type Role,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { canonicalizePolicy, parsePolicyText, type CanonicalPolicyDocument, type PolicyDocument } from '../../iam/policy-document.js';
import { canonicalJson } from '../../model/json.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE, type ObservedRole } from '../../model/observed-state.js';
import { isAwsError, wrapRoleError, type CredentialValues, type RoleOperationError } from './role-operation-error.js';
import type { RoleProvider, RoleSpec, RoleWaitOptions } from './role-provider.js';
import { effectiveInlinePolicies, roleWritesFor, type RoleWrite } from './role-writes.js';

/** Options of {@link createRoleProvider}; every member has a production default. */
export interface RoleProviderOptions {
  /** Region for the SDK clients; default: `AWS_REGION`, `AWS_DEFAULT_REGION`, else `us-east-1` (IAM is global). */
  region?: string | undefined;
  /** A ready client (tests pass one pointed at a second moto, or a mocked one). */
  iam?: IAMClient | undefined;
  sts?: STSClient | undefined;
  /** Waits between polls of {@link RoleProvider.waitUntilRoleUsable}; injected so tests are instant. */
  sleep?: ((milliseconds: number) => Promise<void>) | undefined;
  /** Milliseconds since the epoch; injected with `sleep`. */
  now?: (() => number) | undefined;
}

/** How long {@link RoleProvider.waitUntilRoleUsable} polls by default. */
export const DEFAULT_ROLE_WAIT_TIMEOUT_MS = 30_000;
const FIRST_POLL_DELAY_MS = 500;
const MAX_POLL_DELAY_MS = 4_000;
// Adaptive mode adds client-side rate limiting on top of backoff, which is what
// IAM's low per-account request limits call for when many roles are applied.
const MAX_ATTEMPTS = 5;

/** What a role without a readable document is reported as: a document granting nothing. */
const UNREADABLE_POLICY: CanonicalPolicyDocument = { Version: '2012-10-17', Statement: [] };

function defaultRegion(): string {
  return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
}

/**
 * Runs one removal step of a delete; NoSuchEntity means someone removed that
 * part already, which is what the step wanted. Listing the role's parts still
 * fails on NoSuchEntity, which deleteRole reads as "the whole role is gone".
 */
async function ignoringMissing(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) throw error;
  }
}

const realSleep = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds));

/**
 * Builds the IAM role provider.
 * @example const roles = createRoleProvider({ region: environment.aws.region });
 */
export function createRoleProvider(options: RoleProviderOptions = {}): RoleProvider {
  const region = options.region ?? defaultRegion();
  const iam = options.iam ?? new IAMClient({ region, retryMode: 'adaptive', maxAttempts: MAX_ATTEMPTS });
  const sts = options.sts ?? new STSClient({ region, retryMode: 'adaptive', maxAttempts: MAX_ATTEMPTS });
  return new IamRoleProvider(iam, sts, options.sleep ?? realSleep, options.now ?? Date.now);
}

class IamRoleProvider implements RoleProvider {
  /** Trust policies applied by this instance, so that a wait knows what to wait for. */
  private readonly appliedTrustPolicies = new Map<string, PolicyDocument>();
  private callerAccount: Promise<string> | undefined;

  constructor(
    private readonly iam: IAMClient,
    private readonly sts: STSClient,
    private readonly sleep: (milliseconds: number) => Promise<void>,
    private readonly now: () => number,
  ) {}

  async callerAccountId(): Promise<string> {
    this.callerAccount ??= this.call(
      { command: 'GetCallerIdentity', action: 'read the caller identity (STS GetCallerIdentity)', roleName: undefined },
      async () => {
        const identity = await this.sts.send(new GetCallerIdentityCommand({}));
        if (identity.Account === undefined) throw new Error('the response has no Account');
        return identity.Account;
      },
    );
    // A failure must not stick: the next call may succeed (e.g. after credentials are fixed).
    this.callerAccount.catch(() => {
      this.callerAccount = undefined;
    });
    return await this.callerAccount;
  }

  async readRole(name: string): Promise<ObservedRole | undefined> {
    const role = await this.getRole(name);
    if (role === undefined) return undefined;
    let parts: [Record<string, CanonicalPolicyDocument>, string[], Record<string, string>];
    try {
      parts = await Promise.all([this.readInlinePolicies(name), this.readAttachedPolicyArns(name), this.readTags(name)]);
    } catch (error) {
      // Deleted between GetRole and these reads: absent, as a read right after would say.
      if (isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) return undefined;
      throw error;
    }
    const [inlinePolicies, attachedPolicyArns, tags] = parts;
    return {
      name: role.RoleName ?? name,
      arn: role.Arn ?? '',
      path: role.Path ?? '/',
      description: role.Description ?? '',
      maxSessionDurationSeconds: role.MaxSessionDuration ?? 3600,
      trustPolicy: this.parseDocument(role.AssumeRolePolicyDocument, name, 'read trust policy of', 'GetRole'),
      inlinePolicies,
      attachedPolicyArns,
      tags,
    };
  }

  async listManagedRoleNames(environment: string): Promise<string[]> {
    const names: string[] = [];
    const context = { command: 'ListRoles', action: 'list roles (IAM ListRoles)', roleName: undefined };
    const roleNames = await this.call(context, async () => {
      const found: string[] = [];
      for await (const page of paginateListRoles({ client: this.iam }, {})) {
        for (const role of page.Roles ?? []) if (role.RoleName !== undefined) found.push(role.RoleName);
      }
      return found;
    });
    // ListRoles never returns tags (AWS documents this), so each role's tags are read.
    for (const name of roleNames) {
      let tags: Record<string, string>;
      try {
        tags = await this.readTags(name);
      } catch (error) {
        // Deleted between the listing and this read: not ours to report.
        if (isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) continue;
        throw error;
      }
      if (tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && tags[ENVIRONMENT_TAG] === environment) names.push(name);
    }
    return names.sort();
  }

  async applyRole(spec: RoleSpec): Promise<{ arn: string; created: boolean }> {
    const created = await this.createRole(spec);
    let arn = created?.Arn;
    if (created !== undefined) {
      // CreateRole set trust policy, description, session and tags; only inline policies remain.
      for (const [policyName, document] of Object.entries(effectiveInlinePolicies(spec)).sort(([a], [b]) => (a < b ? -1 : 1))) {
        await this.performWrite(spec.name, { kind: 'put-inline-policy', policyName, document });
      }
    } else {
      const observed = await this.readRole(spec.name);
      if (observed === undefined) {
        throw wrapRoleError(new Error('the role exists according to CreateRole but GetRole cannot find it; re-run the apply'), {
          command: 'GetRole',
          action: 'read',
          roleName: spec.name,
        });
      }
      if (observed.path !== spec.path) {
        throw wrapRoleError(
          new Error(
            `the role's path is ${observed.path} but the spec asks for ${spec.path}; IAM cannot change a path, so the role must be replaced (deleted and re-created)`,
          ),
          { command: 'UpdateRole', action: 'change path of', roleName: spec.name },
        );
      }
      arn = observed.arn;
      for (const write of roleWritesFor(observed, spec)) await this.performWrite(spec.name, write);
    }
    this.appliedTrustPolicies.set(spec.name, spec.trustPolicy);
    arn ??= (await this.getRole(spec.name))?.Arn;
    return { arn: arn ?? '', created: created !== undefined };
  }

  async deleteRole(name: string): Promise<void> {
    if ((await this.getRole(name)) === undefined) return;
    try {
      for (const policyName of await this.listInlinePolicyNames(name)) {
        await ignoringMissing(() =>
          this.call({ command: 'DeleteRolePolicy', action: `delete inline policy ${policyName} of`, roleName: name }, () =>
            this.iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: policyName })),
          ),
        );
      }
      for (const policyArn of await this.readAttachedPolicyArns(name)) {
        await ignoringMissing(() =>
          this.call({ command: 'DetachRolePolicy', action: `detach managed policy ${policyArn} from`, roleName: name }, () =>
            this.iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: policyArn })),
          ),
        );
      }
      for (const profileName of await this.listInstanceProfileNames(name)) {
        await ignoringMissing(() =>
          this.call(
            { command: 'RemoveRoleFromInstanceProfile', action: `remove from instance profile ${profileName}`, roleName: name },
            () => this.iam.send(new RemoveRoleFromInstanceProfileCommand({ RoleName: name, InstanceProfileName: profileName })),
          ),
        );
      }
      await this.call({ command: 'DeleteRole', action: 'delete', roleName: name }, () =>
        this.iam.send(new DeleteRoleCommand({ RoleName: name })),
      );
    } catch (error) {
      // The role itself vanished meanwhile (another run, or a person): the goal is met.
      if (!isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) throw error;
    }
    this.appliedTrustPolicies.delete(name);
  }

  /**
   * Polls GetRole until the role exists with the expected trust policy, with
   * growing pauses, for at most `timeoutMs` (default {@link DEFAULT_ROLE_WAIT_TIMEOUT_MS}).
   * A consistent GetRole does not prove that every AWS endpoint (STS in
   * Genesys' region) already sees the change: real AWS may need about 10 more
   * seconds before the role can be assumed, which is why the Genesys smoke
   * tests retry failed assumptions as well.
   */
  async waitUntilRoleUsable(name: string, waitOptions: RoleWaitOptions = {}): Promise<boolean> {
    const expected = waitOptions.expectedTrustPolicy ?? this.appliedTrustPolicies.get(name);
    const expectedText = expected === undefined ? undefined : canonicalJson(canonicalizePolicy(expected));
    const deadline = this.now() + (waitOptions.timeoutMs ?? DEFAULT_ROLE_WAIT_TIMEOUT_MS);
    let delay = FIRST_POLL_DELAY_MS;
    for (;;) {
      const role = await this.getRole(name);
      if (role !== undefined) {
        const trust = this.parseDocument(role.AssumeRolePolicyDocument, name, 'read trust policy of', 'GetRole');
        if (expectedText === undefined || canonicalJson(trust) === expectedText) return true;
      }
      const remaining = deadline - this.now();
      if (remaining <= 0) return false;
      await this.sleep(Math.min(delay, remaining));
      delay = Math.min(delay * 2, MAX_POLL_DELAY_MS);
    }
  }

  /** CreateRole; undefined when the role already exists (a re-run after an interrupted apply). */
  private async createRole(spec: RoleSpec): Promise<Partial<Role> | undefined> {
    try {
      return await this.call({ command: 'CreateRole', action: 'create', roleName: spec.name }, async () => {
        const response = await this.iam.send(
          new CreateRoleCommand({
            RoleName: spec.name,
            Path: spec.path,
            AssumeRolePolicyDocument: JSON.stringify(spec.trustPolicy),
            MaxSessionDuration: spec.maxSessionDurationSeconds,
            // IAM rejects an empty Description on create; absent means the same.
            ...(spec.description === '' ? {} : { Description: spec.description }),
            Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value })),
          }),
        );
        // CreateRole always returns the role; should it not, the ARN is read back below.
        return response.Role ?? {};
      });
    } catch (error) {
      if (isAwsError((error as RoleOperationError).cause, 'EntityAlreadyExists')) return undefined;
      throw error;
    }
  }

  private async performWrite(name: string, write: RoleWrite): Promise<void> {
    switch (write.kind) {
      case 'update-trust-policy':
        await this.call({ command: 'UpdateAssumeRolePolicy', action: 'update trust policy of', roleName: name }, () =>
          this.iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: JSON.stringify(write.document) })),
        );
        return;
      case 'update-settings':
        await this.call({ command: 'UpdateRole', action: 'update description and max session duration of', roleName: name }, () =>
          this.iam.send(
            new UpdateRoleCommand({ RoleName: name, Description: write.description, MaxSessionDuration: write.maxSessionDurationSeconds }),
          ),
        );
        return;
      case 'put-inline-policy':
        await this.call({ command: 'PutRolePolicy', action: `put inline policy ${write.policyName} of`, roleName: name }, () =>
          this.iam.send(
            new PutRolePolicyCommand({ RoleName: name, PolicyName: write.policyName, PolicyDocument: JSON.stringify(write.document) }),
          ),
        );
        return;
      case 'delete-inline-policy':
        await this.call({ command: 'DeleteRolePolicy', action: `delete inline policy ${write.policyName} of`, roleName: name }, () =>
          this.iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: write.policyName })),
        );
        return;
      case 'tag':
        await this.call({ command: 'TagRole', action: 'tag', roleName: name }, () =>
          this.iam.send(new TagRoleCommand({ RoleName: name, Tags: Object.entries(write.tags).map(([Key, Value]) => ({ Key, Value })) })),
        );
        return;
      case 'untag':
        await this.call({ command: 'UntagRole', action: 'untag', roleName: name }, () =>
          this.iam.send(new UntagRoleCommand({ RoleName: name, TagKeys: write.keys })),
        );
        return;
      case 'detach-managed-policy':
        await this.call({ command: 'DetachRolePolicy', action: `detach managed policy ${write.policyArn} from`, roleName: name }, () =>
          this.iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: write.policyArn })),
        );
        return;
    }
  }

  /** GetRole; undefined when the role does not exist. */
  private async getRole(name: string): Promise<Role | undefined> {
    try {
      return await this.call({ command: 'GetRole', action: 'read', roleName: name }, async () => {
        const response = await this.iam.send(new GetRoleCommand({ RoleName: name }));
        return response.Role;
      });
    } catch (error) {
      if (isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) return undefined;
      throw error;
    }
  }

  private async listInstanceProfileNames(name: string): Promise<string[]> {
    return await this.call({ command: 'ListInstanceProfilesForRole', action: 'list instance profiles of', roleName: name }, async () => {
      const names: string[] = [];
      for await (const page of paginateListInstanceProfilesForRole({ client: this.iam }, { RoleName: name })) {
        for (const profile of page.InstanceProfiles ?? [])
          if (profile.InstanceProfileName !== undefined) names.push(profile.InstanceProfileName);
      }
      return names;
    });
  }

  private async listInlinePolicyNames(name: string): Promise<string[]> {
    return await this.call({ command: 'ListRolePolicies', action: 'list inline policies of', roleName: name }, async () => {
      const names: string[] = [];
      for await (const page of paginateListRolePolicies({ client: this.iam }, { RoleName: name })) names.push(...(page.PolicyNames ?? []));
      return names.sort();
    });
  }

  private async readInlinePolicies(name: string): Promise<Record<string, CanonicalPolicyDocument>> {
    const result: Record<string, CanonicalPolicyDocument> = {};
    for (const policyName of await this.listInlinePolicyNames(name)) {
      const action = `read inline policy ${policyName} of`;
      try {
        const response = await this.call({ command: 'GetRolePolicy', action, roleName: name }, () =>
          this.iam.send(new GetRolePolicyCommand({ RoleName: name, PolicyName: policyName })),
        );
        result[policyName] = this.parseDocument(response.PolicyDocument, name, action, 'GetRolePolicy');
      } catch (error) {
        // Deleted between listing and reading: it no longer exists, which is what a read reports.
        if (isAwsError((error as RoleOperationError).cause, 'NoSuchEntity')) continue;
        throw error;
      }
    }
    return result;
  }

  private async readAttachedPolicyArns(name: string): Promise<string[]> {
    return await this.call({ command: 'ListAttachedRolePolicies', action: 'list attached policies of', roleName: name }, async () => {
      const arns: string[] = [];
      for await (const page of paginateListAttachedRolePolicies({ client: this.iam }, { RoleName: name })) {
        for (const policy of page.AttachedPolicies ?? []) if (policy.PolicyArn !== undefined) arns.push(policy.PolicyArn);
      }
      return arns.sort();
    });
  }

  private async readTags(name: string): Promise<Record<string, string>> {
    return await this.call({ command: 'ListRoleTags', action: 'list tags of', roleName: name }, async () => {
      const tags: Record<string, string> = {};
      for await (const page of paginateListRoleTags({ client: this.iam }, { RoleName: name })) {
        for (const tag of page.Tags ?? []) if (tag.Key !== undefined) tags[tag.Key] = tag.Value ?? '';
      }
      return tags;
    });
  }

  private parseDocument(text: string | undefined, roleName: string, action: string, command: string): CanonicalPolicyDocument {
    if (text === undefined || text === '') return UNREADABLE_POLICY;
    try {
      return canonicalizePolicy(parsePolicyText(text));
    } catch (error) {
      throw wrapRoleError(error, { command, action, roleName });
    }
  }

  /** Runs one SDK call and wraps its failure with the role and the operation, credentials redacted. */
  private async call<T>(context: { command: string; action: string; roleName: string | undefined }, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof Error && error.name === 'RoleOperationError') throw error;
      throw wrapRoleError(error, { ...context, credentials: await this.knownCredentials() });
    }
  }

  /** The credentials the clients sign with, so that error messages can be scrubbed of them. */
  private async knownCredentials(): Promise<CredentialValues[]> {
    const known: CredentialValues[] = [];
    for (const provider of [this.iam.config.credentials, this.sts.config.credentials]) {
      try {
        if (typeof provider === 'function') known.push(await provider());
      } catch {
        // No credentials resolvable: then none can leak either.
      }
    }
    return known;
  }
}
