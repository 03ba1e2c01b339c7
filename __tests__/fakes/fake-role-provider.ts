/**
 * An in-memory RoleProvider for apply-logic tests: roles kept as the specs
 * last applied, every call recorded, failures injectable per method. IAM
 * behaviour worth testing for real (eventual consistency, drift, paging)
 * belongs to the moto-backed tests.
 */
import { canonicalizePolicy, type CanonicalPolicyDocument } from '../../src/iam/policy-document.js';
import type { AwsReading } from '../../src/model/aws-reading.js';
import type { ObservedExternalRole } from '../../src/model/observed-external-role.js';
import { ENVIRONMENT_TAG, MANAGED_BY_TAG, MANAGED_BY_VALUE, type ObservedRole } from '../../src/model/observed-state.js';
import type { RoleProvider, RoleSpec } from '../../src/providers/aws-iam/role-provider.js';
import { createCallRecorder, type FakeCall, type FakeFault } from './fake-calls.js';

export interface FakeRoleProviderOptions {
  accountId?: string;
  /** Shared with other fakes to see the order of calls across providers. */
  calls?: FakeCall[];
}

export interface FakeRoleProvider {
  provider: RoleProvider;
  /** Roles by name, as last applied. */
  roles: Map<string, RoleSpec>;
  /** What readExternalRole answers, by role ARN (default: missing). */
  externalRoles: Map<string, AwsReading<ObservedExternalRole>>;
  /** What readManagedPolicy answers, by policy ARN (default: missing). */
  managedPolicies: Map<string, AwsReading<CanonicalPolicyDocument>>;
  calls: FakeCall[];
  inject(fault: FakeFault<keyof RoleProvider>): void;
  /**
   * False: IAM has not caught up with the last write of each role before the timeout. waitUntilRoleUsable
   * answers false, and readRole shows each role as it was before its last write (absent when it is new).
   */
  usable: boolean;
}

export function createFakeRoleProvider(options: FakeRoleProviderOptions = {}): FakeRoleProvider {
  const accountId = options.accountId ?? '123456789012';
  const recorder = createCallRecorder<keyof RoleProvider>('roles', options.calls);
  const roles = new Map<string, RoleSpec>();
  /** Each role as it was before its last write (undefined: it did not exist), what a lagging IAM still shows. */
  const beforeLastWrite = new Map<string, RoleSpec | undefined>();
  const externalRoles = new Map<string, AwsReading<ObservedExternalRole>>();
  const managedPolicies = new Map<string, AwsReading<CanonicalPolicyDocument>>();
  const missing = (what: string): AwsReading<never> => ({ status: 'missing', message: `the fake has no ${what}` });
  const arnOf = (spec: RoleSpec): string => `arn:aws:iam::${accountId}:role${spec.path}${spec.name}`;
  const fake: FakeRoleProvider = {
    roles,
    externalRoles,
    managedPolicies,
    calls: recorder.calls,
    inject: (fault) => recorder.inject(fault),
    usable: true,
    provider: {
      async callerAccountId() {
        recorder.enter('callerAccountId', []);
        return accountId;
      },
      async readRole(name) {
        recorder.enter('readRole', [name]);
        const spec = !fake.usable && beforeLastWrite.has(name) ? beforeLastWrite.get(name) : roles.get(name);
        return spec && observedRole(spec, arnOf(spec));
      },
      async readExternalRole(roleArn) {
        recorder.enter('readExternalRole', [roleArn]);
        return externalRoles.get(roleArn) ?? missing(`role ${roleArn}`);
      },
      async readManagedPolicy(policyArn) {
        recorder.enter('readManagedPolicy', [policyArn]);
        return managedPolicies.get(policyArn) ?? missing(`managed policy ${policyArn}`);
      },
      async listManagedRoleNames(environment) {
        recorder.enter('listManagedRoleNames', [environment]);
        return [...roles.values()]
          .filter((spec) => spec.tags[MANAGED_BY_TAG] === MANAGED_BY_VALUE && spec.tags[ENVIRONMENT_TAG] === environment)
          .map((spec) => spec.name);
      },
      async applyRole(spec) {
        recorder.enter('applyRole', [spec.name, spec]);
        const created = !roles.has(spec.name);
        beforeLastWrite.set(spec.name, roles.get(spec.name));
        roles.set(spec.name, structuredClone(spec));
        return { arn: arnOf(spec), created };
      },
      async deleteRole(name) {
        recorder.enter('deleteRole', [name]);
        roles.delete(name);
      },
      async waitUntilRoleUsable(name, waitOptions) {
        recorder.enter('waitUntilRoleUsable', [name, waitOptions]);
        return fake.usable;
      },
    } satisfies RoleProvider,
  };
  return fake;
}

function observedRole(spec: RoleSpec, arn: string): ObservedRole {
  const inlinePolicies: Record<string, CanonicalPolicyDocument> = {};
  for (const [name, document] of Object.entries(spec.inlinePolicies)) inlinePolicies[name] = canonicalizePolicy(document);
  return {
    name: spec.name,
    arn,
    path: spec.path,
    description: spec.description,
    maxSessionDurationSeconds: spec.maxSessionDurationSeconds,
    trustPolicy: canonicalizePolicy(spec.trustPolicy),
    inlinePolicies,
    attachedPolicyArns: [...(spec.managedPolicyArns ?? [])].sort(),
    tags: { ...spec.tags },
  };
}
