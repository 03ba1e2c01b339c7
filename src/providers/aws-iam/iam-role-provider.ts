/**
 * The {@link RoleProvider} over AWS SDK v3. Credentials come from the default
 * chain (environment, OIDC web identity as set up by
 * aws-actions/configure-aws-credentials, profiles, instance roles), and the
 * SDK itself honours `AWS_ENDPOINT_URL`, which is how the tests and the demo
 * reach moto_server; there is deliberately no endpoint option of our own.
 */
import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  DetachRolePolicyCommand,
  IAMClient,
  PutRolePolicyCommand,
  RemoveRoleFromInstanceProfileCommand,
  TagRoleCommand,
  UntagRoleCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  paginateListInstanceProfilesForRole,
  paginateListRoles,
  type Role,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { canonicalizePolicy, type CanonicalPolicyDocument, type PolicyDocument } from '../../iam/policy-document.js';
import type { AwsReading } from '../../model/aws-reading.js';
import { canonicalJson } from '../../model/json.js';
import type { ObservedExternalRole } from '../../model/observed-external-role.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE, type ObservedRole } from '../../model/observed-state.js';
import { readExternalRole } from './external-role-reader.js';
import { getRole, listInlinePolicyNames, readAttachedPolicyArns, readRole, readTags, trustPolicyOf } from './iam-role-reader.js';
import { createIamSession, ignoringMissing, isAwsErrorOf, isNoSuchEntity, type IamSession } from './iam-session.js';
import { readManagedPolicy } from './managed-policy-reader.js';
import { wrapRoleError } from './role-operation-error.js';
import type { RoleProvider, RoleReadOptions, RoleSpec, RoleWaitOptions } from './role-provider.js';
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
  /**
   * The caller's account as asked while the manifests loaded (early-caller-identity.ts): taken
   * in place of the first GetCallerIdentity when it gave one; when it gave nothing, the provider asks.
   */
  earlyCallerAccountId?: Promise<string | undefined> | undefined;
}

/** How long {@link RoleProvider.waitUntilRoleUsable} polls by default. */
export const DEFAULT_ROLE_WAIT_TIMEOUT_MS = 30_000;
const FIRST_POLL_DELAY_MS = 500;
const MAX_POLL_DELAY_MS = 4_000;
// Adaptive mode adds client-side rate limiting on top of backoff, which is what
// IAM's low per-account request limits call for when many roles are applied.
const MAX_ATTEMPTS = 5;

function defaultRegion(): string {
  return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
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
  return new IamRoleProvider(
    createIamSession(iam, sts),
    sts,
    options.sleep ?? realSleep,
    options.now ?? Date.now,
    options.earlyCallerAccountId,
  );
}

class IamRoleProvider implements RoleProvider {
  /** Trust policies applied by this instance, so that a wait knows what to wait for. */
  private readonly appliedTrustPolicies = new Map<string, PolicyDocument>();
  private callerAccount: Promise<string> | undefined;

  constructor(
    private readonly session: IamSession,
    private readonly sts: STSClient,
    private readonly sleep: (milliseconds: number) => Promise<void>,
    private readonly now: () => number,
    private earlyCallerAccountId: Promise<string | undefined> | undefined,
  ) {}

  async callerAccountId(): Promise<string> {
    const early = this.earlyCallerAccountId;
    this.earlyCallerAccountId = undefined;
    if (early !== undefined && this.callerAccount === undefined) {
      this.callerAccount = early.then((account) => account ?? this.askCallerAccountId());
    }
    this.callerAccount ??= this.askCallerAccountId();
    // A failure must not stick: the next call may succeed (e.g. after credentials are fixed).
    this.callerAccount.catch(() => {
      this.callerAccount = undefined;
    });
    return await this.callerAccount;
  }

  private askCallerAccountId(): Promise<string> {
    return this.session.call(
      { command: 'GetCallerIdentity', action: 'read the caller identity (STS GetCallerIdentity)', roleName: undefined },
      async () => {
        const identity = await this.sts.send(new GetCallerIdentityCommand({}));
        if (identity.Account === undefined) throw new Error('the response has no Account');
        return identity.Account;
      },
    );
  }

  async readRole(name: string, options?: RoleReadOptions): Promise<ObservedRole | undefined> {
    return await readRole(this.session, name, options);
  }

  async readExternalRole(roleArn: string): Promise<AwsReading<ObservedExternalRole>> {
    return await readExternalRole(this.session, roleArn, await this.callerAccountId());
  }

  async readManagedPolicy(policyArn: string): Promise<AwsReading<CanonicalPolicyDocument>> {
    return await readManagedPolicy(this.session, policyArn);
  }

  async listManagedRoleNames(environment: string): Promise<string[]> {
    const names: string[] = [];
    const context = { command: 'ListRoles', action: 'list roles (IAM ListRoles)', roleName: undefined };
    const roleNames = await this.session.call(context, async () => {
      const found: string[] = [];
      for await (const page of paginateListRoles({ client: this.session.iam }, {})) {
        for (const role of page.Roles ?? []) if (role.RoleName !== undefined) found.push(role.RoleName);
      }
      return found;
    });
    // ListRoles never returns tags (AWS documents this), so each role's tags are read.
    for (const name of roleNames) {
      let tags: Record<string, string>;
      try {
        tags = await readTags(this.session, name);
      } catch (error) {
        // Deleted between the listing and this read: not ours to report.
        if (isNoSuchEntity(error)) continue;
        throw error;
      }
      if (tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && tags[ENVIRONMENT_TAG] === environment) names.push(name);
    }
    return names.sort();
  }

  async applyRole(spec: RoleSpec): Promise<{ arn: string; created: boolean }> {
    // Read first: an existing role is updated, never sent a CreateRole (no 409 noise, and no need for iam:CreateRole to repair drift).
    const existing = await readRole(this.session, spec.name);
    let arn: string | undefined;
    let created: Partial<Role> | undefined;
    if (existing !== undefined) arn = await this.updateRole(spec, existing);
    else created = await this.createRole(spec);
    if (created !== undefined) {
      arn = created.Arn;
      // CreateRole set trust policy, description, session and tags; the policies remain.
      for (const [policyName, document] of Object.entries(effectiveInlinePolicies(spec)).sort(([a], [b]) => (a < b ? -1 : 1))) {
        await this.performWrite(spec.name, { kind: 'put-inline-policy', policyName, document });
      }
      for (const policyArn of [...(spec.managedPolicyArns ?? [])].sort()) {
        await this.performWrite(spec.name, { kind: 'attach-managed-policy', policyArn });
      }
    }
    this.appliedTrustPolicies.set(spec.name, spec.trustPolicy);
    arn ??= (await getRole(this.session, spec.name))?.Arn;
    return { arn: arn ?? '', created: created !== undefined };
  }

  async deleteRole(name: string): Promise<void> {
    if ((await getRole(this.session, name)) === undefined) return;
    try {
      for (const policyName of await listInlinePolicyNames(this.session, name)) {
        await ignoringMissing(() => this.performWrite(name, { kind: 'delete-inline-policy', policyName }));
      }
      for (const policyArn of await readAttachedPolicyArns(this.session, name)) {
        await ignoringMissing(() => this.performWrite(name, { kind: 'detach-managed-policy', policyArn }));
      }
      for (const profileName of await this.listInstanceProfileNames(name)) {
        await ignoringMissing(() =>
          this.session.call(
            { command: 'RemoveRoleFromInstanceProfile', action: `remove from instance profile ${profileName}`, roleName: name },
            () => this.session.iam.send(new RemoveRoleFromInstanceProfileCommand({ RoleName: name, InstanceProfileName: profileName })),
          ),
        );
      }
      await this.session.call({ command: 'DeleteRole', action: 'delete', roleName: name }, () =>
        this.session.iam.send(new DeleteRoleCommand({ RoleName: name })),
      );
    } catch (error) {
      // The role itself vanished meanwhile (another run, or a person): the goal is met.
      if (!isNoSuchEntity(error)) throw error;
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
      const role = await getRole(this.session, name);
      if (role !== undefined) {
        if (expectedText === undefined || canonicalJson(trustPolicyOf(role, name)) === expectedText) return true;
      }
      const remaining = deadline - this.now();
      if (remaining <= 0) return false;
      await this.sleep(Math.min(delay, remaining));
      delay = Math.min(delay * 2, MAX_POLL_DELAY_MS);
    }
  }

  /** Brings an existing role to the spec with only the writes that differ; returns its ARN. */
  private async updateRole(spec: RoleSpec, observed: ObservedRole): Promise<string> {
    if (observed.path !== spec.path) {
      throw wrapRoleError(
        new Error(
          `the role's path is ${observed.path} but the spec asks for ${spec.path}; IAM cannot change a path, so the role must be replaced (deleted and re-created)`,
        ),
        { command: 'UpdateRole', action: 'change path of', roleName: spec.name },
      );
    }
    for (const write of roleWritesFor(observed, spec)) await this.performWrite(spec.name, write);
    return observed.arn;
  }

  /**
   * CreateRole, after GetRole said NoSuchEntity. Another writer may create it
   * in between (EntityAlreadyExists): then it is read and updated instead.
   */
  private async createRole(spec: RoleSpec): Promise<Partial<Role> | undefined> {
    try {
      return await this.session.call({ command: 'CreateRole', action: 'create', roleName: spec.name }, async () => {
        const response = await this.session.iam.send(
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
      if (!isAwsErrorOf(error, 'EntityAlreadyExists')) throw error;
      const observed = await readRole(this.session, spec.name);
      if (observed === undefined) {
        throw wrapRoleError(new Error('the role exists according to CreateRole but GetRole cannot find it; re-run the apply'), {
          command: 'GetRole',
          action: 'read',
          roleName: spec.name,
        });
      }
      await this.updateRole(spec, observed);
      return undefined;
    }
  }

  private async performWrite(name: string, write: RoleWrite): Promise<void> {
    const { iam } = this.session;
    const call = (command: string, action: string, run: () => Promise<unknown>): Promise<unknown> =>
      this.session.call({ command, action, roleName: name }, run);
    switch (write.kind) {
      case 'update-trust-policy':
        await call('UpdateAssumeRolePolicy', 'update trust policy of', () =>
          iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: name, PolicyDocument: JSON.stringify(write.document) })),
        );
        return;
      case 'update-settings':
        await call('UpdateRole', 'update description and max session duration of', () =>
          iam.send(
            new UpdateRoleCommand({ RoleName: name, Description: write.description, MaxSessionDuration: write.maxSessionDurationSeconds }),
          ),
        );
        return;
      case 'put-inline-policy':
        await call('PutRolePolicy', `put inline policy ${write.policyName} of`, () =>
          iam.send(
            new PutRolePolicyCommand({ RoleName: name, PolicyName: write.policyName, PolicyDocument: JSON.stringify(write.document) }),
          ),
        );
        return;
      case 'delete-inline-policy':
        await call('DeleteRolePolicy', `delete inline policy ${write.policyName} of`, () =>
          iam.send(new DeleteRolePolicyCommand({ RoleName: name, PolicyName: write.policyName })),
        );
        return;
      case 'tag':
        await call('TagRole', 'tag', () =>
          iam.send(new TagRoleCommand({ RoleName: name, Tags: Object.entries(write.tags).map(([Key, Value]) => ({ Key, Value })) })),
        );
        return;
      case 'untag':
        await call('UntagRole', 'untag', () => iam.send(new UntagRoleCommand({ RoleName: name, TagKeys: write.keys })));
        return;
      case 'attach-managed-policy':
        await call('AttachRolePolicy', `attach managed policy ${write.policyArn} to`, () =>
          iam.send(new AttachRolePolicyCommand({ RoleName: name, PolicyArn: write.policyArn })),
        );
        return;
      case 'detach-managed-policy':
        await call('DetachRolePolicy', `detach managed policy ${write.policyArn} from`, () =>
          iam.send(new DetachRolePolicyCommand({ RoleName: name, PolicyArn: write.policyArn })),
        );
        return;
    }
  }

  private async listInstanceProfileNames(name: string): Promise<string[]> {
    return await this.session.call(
      { command: 'ListInstanceProfilesForRole', action: 'list instance profiles of', roleName: name },
      async () => {
        const names: string[] = [];
        for await (const page of paginateListInstanceProfilesForRole({ client: this.session.iam }, { RoleName: name })) {
          for (const profile of page.InstanceProfiles ?? [])
            if (profile.InstanceProfileName !== undefined) names.push(profile.InstanceProfileName);
        }
        return names;
      },
    );
  }
}
