/**
 * What a reviewer must see about a role's change: what it newly grants
 * (permissions-broadened) and how the live role drifted from what GitOps set
 * (drift), the trust policy's drift said in words (./trust-drift.ts).
 * - A new role that Genesys may assume is itself a broadening: it names who
 *   may assume it and what it may do.
 * - An update broadens when the trust or the identity policies admit more
 *   than the live ones, or a managed policy is attached; restoring the live
 *   org id as sts:ExternalId is a repair, never a broadening.
 */
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { TrustExpectation } from '../iam/trust-facts.js';
import type { ObservedState } from '../model/observed-state.js';
import type { RoleShape } from './comparable-shapes.js';
import { driftNotes, roleDriftHeuristics } from './drift.js';
import { diffFields, type FieldRules } from './field-diff.js';
import { summarizeGrants } from './grant-summary.js';
import { combined } from './invoking-role.js';
import { findPolicyBroadening } from './policy-broadening.js';
import { pathsOf } from './resource-change.js';
import { describeTrustDrift } from './trust-drift.js';

/** The note a created role carries: who may assume it, and what it may then do. */
export function newRoleNotes(after: RoleShape, expected: TrustExpectation, observed: ObservedState): string[] {
  const managed = after.attachedPolicyArns.map((arn) => `managed policy ${arn}${grantsOf(arn, observed)}`);
  const grants = [summarizeGrants(combined(Object.values(after.inlinePolicies))), ...managed].join('; ');
  return [`a new role that ${expected.genesysPrincipal} (Genesys) may assume for org ${expected.orgId}, granting: ${grants}`];
}

/** What `after` admits that `before` (the live role) does not. */
export function broadeningNotes(before: RoleShape, after: RoleShape, expected: TrustExpectation, observed: ObservedState): string[] {
  const accepted = { key: 'sts:ExternalId', value: expected.orgId };
  return [
    ...findPolicyBroadening(before.trustPolicy, after.trustPolicy, { accepted }).map((finding) => `trust policy: ${finding}`),
    ...findPolicyBroadening(allStatements(before.inlinePolicies), allStatements(after.inlinePolicies)).map(
      (finding) => `permission policy: ${finding}`,
    ),
    ...after.attachedPolicyArns
      .filter((arn) => !before.attachedPolicyArns.includes(arn))
      .map((arn) => `attaches managed policy ${arn}${grantsOf(arn, observed)}`),
  ];
}

/**
 * How the live role drifted. Against a baseline (the desired state last
 * applied), every field that differs from it; without one, what this tool
 * never writes (stray inline policies, managed policies not declared) and a
 * trust policy that admits more than the manifest's (no sts:ExternalId, another
 * org's id, another principal). The trust policy is always described in words.
 */
export function roleDrift(
  before: RoleShape,
  after: RoleShape,
  baseline: RoleShape | undefined,
  rules: FieldRules,
  expected: TrustExpectation,
): string[] {
  return driftNotes(before, baseline, {
    againstBaseline: (live, last) => {
      const drifted = diffFields(live, last, rules).filter((field) => field.path[0] !== 'trustPolicy');
      return [
        ...describeTrustDrift(live.trustPolicy, last.trustPolicy, expected),
        ...(drifted.length === 0 ? [] : [`${pathsOf(drifted)} changed outside GitOps`]),
      ];
    },
    withoutBaseline: (live) => [
      ...describeTrustDrift(live.trustPolicy, after.trustPolicy, expected, { narrowing: false }),
      ...roleDriftHeuristics(live, after),
    ],
  });
}

function allStatements(policies: Record<string, CanonicalPolicyDocument>): CanonicalPolicyDocument {
  return combined(Object.values(policies));
}

function grantsOf(arn: string, observed: ObservedState): string {
  const reading = observed.managedPolicies?.[arn];
  if (reading === undefined) return '';
  if (reading.status === 'found') return ` (grants ${summarizeGrants(reading.value)})`;
  if (reading.status === 'missing') return ` (${reading.message})`;
  return ` (what it grants is unreadable: needs ${reading.permission})`;
}
