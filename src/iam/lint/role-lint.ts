/**
 * The Genesys-aware IAM lint for one Role: its trust policy and its
 * permission policy, generated or written out, against the Genesys region
 * and the functions its data actions call. Pure; the loader runs it for
 * every Role in every Environment, so a bug in policy generation is caught
 * by the same rules as a user's hand-written policy.
 */
import type { PolicyDocument } from '../policy-document.js';
import type { InvokedFunction, RoleLintFinding } from './lint-finding.js';
import { lintPermissionPolicy } from './permission-policy-lint.js';
import { lintTrustPolicy } from './trust-policy-lint.js';

/** Everything the lint needs to know about one role in one environment. */
export interface RoleLintInput {
  trustPolicy: PolicyDocument;
  permissionPolicy: PolicyDocument;
  /** The Genesys AWS account for the Environment's Genesys region (undefined when unknown). */
  genesysAccountId: string | undefined;
  /** AWS region name of the Genesys org, for messages. */
  genesysRegion: string;
  /** True when the trust policy was generated rather than written in the manifest. */
  trustPolicyGenerated: boolean;
  /** Functions called by the data actions whose integration uses this role. */
  invokedFunctions: readonly InvokedFunction[];
}

/** Lints both documents; findings are ordered trust first, then permission. */
export function lintRole(input: RoleLintInput): RoleLintFinding[] {
  return [
    ...lintTrustPolicy(input.trustPolicy, {
      genesysAccountId: input.genesysAccountId,
      genesysRegion: input.genesysRegion,
      generated: input.trustPolicyGenerated,
    }),
    ...lintPermissionPolicy(input.permissionPolicy, input.invokedFunctions),
  ];
}
