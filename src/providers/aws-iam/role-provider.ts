/**
 * The narrow interface through which everything outside `src/providers/aws-iam/`
 * reads and writes IAM roles. The implementation (AWS SDK v3, default
 * credential chain, `AWS_ENDPOINT_URL` honoured) lives beside this file;
 * tests run it against moto_server.
 */
import type { CanonicalPolicyDocument, PolicyDocument } from '../../iam/policy-document.js';
import type { AwsReading } from '../../model/aws-reading.js';
import type { ObservedExternalRole } from '../../model/observed-external-role.js';
import type { ObservedRole } from '../../model/observed-state.js';
import type { RoleSpec } from '../../model/role-spec.js';

/** What a role should look like after {@link RoleProvider.applyRole} (defined in the model: the planner computes it too). */
export type { RoleSpec } from '../../model/role-spec.js';

export interface RoleProvider {
  /** STS GetCallerIdentity → account id. */
  callerAccountId(): Promise<string>;
  /** Reads a role by name (GetRole, inline and attached policies), normalized; undefined when it does not exist. */
  readRole(name: string, options?: RoleReadOptions): Promise<ObservedRole | undefined>;
  /** Reads a role managed elsewhere, by ARN; never writes it. A refused read is `unreadable`, naming the permission. */
  readExternalRole(roleArn: string): Promise<AwsReading<ObservedExternalRole>>;
  /** The default-version document of a managed policy. */
  readManagedPolicy(policyArn: string): Promise<AwsReading<CanonicalPolicyDocument>>;
  /**
   * Names of roles tagged managed-by=genesys-lambda-gitops for this
   * environment. Scans the account (ListRoles, ListRoleTags per role): only
   * prune needs it.
   */
  listManagedRoleNames(environment: string): Promise<string[]>;
  /**
   * Makes the role match the spec: reads it, creates it only when IAM says it
   * does not exist, otherwise updates trust policy, description/max session,
   * inline policies, managed policy attachments and tags, only where they
   * differ. Idempotent; returns the role ARN.
   */
  applyRole(spec: RoleSpec): Promise<{ arn: string; created: boolean }>;
  /** Deletes inline policies, detaches managed policies, then deletes the role. Missing role → no-op. */
  deleteRole(name: string): Promise<void>;
  /**
   * Bounded wait until a new or updated role is visible and consistent
   * (IAM is eventually consistent). Resolves true when usable, false on timeout.
   */
  waitUntilRoleUsable(name: string, options?: RoleWaitOptions): Promise<boolean>;
}

/** Options of {@link RoleProvider.readRole}. */
export interface RoleReadOptions {
  /**
   * The caller has just written the role, so it exists: its policies are listed beside GetRole
   * instead of after it (one round trip less). Left out where the role may be missing (a plan),
   * which then costs one refused call instead of three.
   */
  justWritten?: boolean;
}

/** Options of {@link RoleProvider.waitUntilRoleUsable}. */
export interface RoleWaitOptions {
  timeoutMs?: number | undefined;
  /** The trust policy to wait for; default: the one this provider instance last applied to the role. */
  expectedTrustPolicy?: PolicyDocument | undefined;
}
