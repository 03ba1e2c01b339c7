/**
 * The IAM write calls needed to bring an existing role to its spec. Pure: the
 * provider reads the role, asks this module what differs, and makes exactly
 * those calls, so that applying an unchanged spec makes no write at all.
 */
import { canonicalizePolicy, isEmptyPolicy, type PolicyDocument } from '../../iam/policy-document.js';
import { canonicalJson } from '../../model/json.js';
import type { ObservedRole } from '../../model/observed-state.js';
import type { RoleSpec } from './role-provider.js';

/** One IAM write against an existing role. */
export type RoleWrite =
  | { kind: 'update-trust-policy'; document: PolicyDocument }
  | { kind: 'update-settings'; description: string; maxSessionDurationSeconds: number }
  | { kind: 'put-inline-policy'; policyName: string; document: PolicyDocument }
  | { kind: 'delete-inline-policy'; policyName: string }
  | { kind: 'attach-managed-policy'; policyArn: string }
  | { kind: 'detach-managed-policy'; policyArn: string }
  | { kind: 'tag'; tags: Record<string, string> }
  | { kind: 'untag'; keys: string[] };

/** Tags under `aws:` belong to AWS; they cannot be removed and are never ours to manage. */
export function isAwsReservedTag(key: string): boolean {
  return key.toLowerCase().startsWith('aws:');
}

export { isEmptyPolicy };

/** The inline policies the spec really asks for (empty documents dropped). */
export function effectiveInlinePolicies(spec: RoleSpec): Record<string, PolicyDocument> {
  const result: Record<string, PolicyDocument> = {};
  for (const [name, document] of Object.entries(spec.inlinePolicies)) {
    if (!isEmptyPolicy(document)) result[name] = document;
  }
  return result;
}

function sameCanonicalPolicy(observed: unknown, desired: PolicyDocument): boolean {
  return canonicalJson(observed) === canonicalJson(canonicalizePolicy(desired));
}

/**
 * Writes that turn `observed` into `spec`, in a safe order: the trust policy
 * and settings first, new or changed permissions (inline, then attached
 * managed policies) before removals (a role in use never passes through a
 * state with fewer grants than both ends), tags last.
 * The path is not compared: IAM cannot change it (the caller checks).
 */
export function roleWritesFor(observed: ObservedRole, spec: RoleSpec): RoleWrite[] {
  const writes: RoleWrite[] = [];
  if (!sameCanonicalPolicy(observed.trustPolicy, spec.trustPolicy)) {
    writes.push({ kind: 'update-trust-policy', document: spec.trustPolicy });
  }
  if (observed.description !== spec.description || observed.maxSessionDurationSeconds !== spec.maxSessionDurationSeconds) {
    writes.push({
      kind: 'update-settings',
      description: spec.description,
      maxSessionDurationSeconds: spec.maxSessionDurationSeconds,
    });
  }

  const desiredInline = effectiveInlinePolicies(spec);
  for (const name of Object.keys(desiredInline).sort()) {
    const document = desiredInline[name] as PolicyDocument;
    const current = observed.inlinePolicies[name];
    if (current === undefined || !sameCanonicalPolicy(current, document)) {
      writes.push({ kind: 'put-inline-policy', policyName: name, document });
    }
  }
  const desiredManaged = new Set(spec.managedPolicyArns ?? []);
  for (const policyArn of [...desiredManaged].sort()) {
    if (!observed.attachedPolicyArns.includes(policyArn)) writes.push({ kind: 'attach-managed-policy', policyArn });
  }
  for (const name of Object.keys(observed.inlinePolicies).sort()) {
    if (!(name in desiredInline)) writes.push({ kind: 'delete-inline-policy', policyName: name });
  }
  // A managed role grants only what its manifest says; a managed policy attached by hand is drift.
  for (const policyArn of [...observed.attachedPolicyArns].sort()) {
    if (!desiredManaged.has(policyArn)) writes.push({ kind: 'detach-managed-policy', policyArn });
  }

  const tagsToSet: Record<string, string> = {};
  for (const key of Object.keys(spec.tags).sort()) {
    const value = spec.tags[key] as string;
    if (!isAwsReservedTag(key) && observed.tags[key] !== value) tagsToSet[key] = value;
  }
  if (Object.keys(tagsToSet).length > 0) writes.push({ kind: 'tag', tags: tagsToSet });
  const keysToRemove = Object.keys(observed.tags)
    .filter((key) => !isAwsReservedTag(key) && !(key in spec.tags))
    .sort();
  if (keysToRemove.length > 0) writes.push({ kind: 'untag', keys: keysToRemove });
  return writes;
}
