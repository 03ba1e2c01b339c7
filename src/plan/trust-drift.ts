/**
 * How a live trust policy drifted from the one GitOps set, in words a
 * reviewer can act on ("the live trust policy no longer requires
 * sts:ExternalId"), instead of two JSON documents that look alike when cut
 * to one line. Pure.
 */
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import { trustFacts, type TrustExpectation } from '../iam/trust-facts.js';
import { canonicalJson } from '../model/json.js';
import { findPolicyBroadening } from './policy-broadening.js';

/**
 * Empty when the live trust policy is the intended one. With `narrowing`
 * false (no baseline: the intended policy is the new manifest's, so a live
 * policy that admits less is most likely what this pull request widens),
 * only what the live policy admits beyond the intended one is drift.
 */
export function describeTrustDrift(
  live: CanonicalPolicyDocument,
  intended: CanonicalPolicyDocument,
  expected: TrustExpectation,
  options: { narrowing: boolean } = { narrowing: true },
): string[] {
  if (canonicalJson(live) === canonicalJson(intended)) return [];
  const liveFacts = trustFacts(live, expected);
  const intendedFacts = trustFacts(intended, expected);
  const notes: string[] = [];
  for (const problem of liveFacts.externalIdProblems) {
    if (intendedFacts.externalIdProblems.includes(problem)) continue;
    const missing = /^(.*) does not require sts:ExternalId$/.exec(problem);
    notes.push(
      missing ? `the live trust policy no longer requires sts:ExternalId (${missing[1]})` : `on the live trust policy, ${problem}`,
    );
  }
  if (options.narrowing && intendedFacts.admitsGenesys && !liveFacts.admitsGenesys) {
    notes.push(`the live trust policy no longer lets ${expected.genesysPrincipal} (Genesys) assume the role`);
  }
  const added = liveFacts.otherPrincipals.filter((principal) => !intendedFacts.otherPrincipals.includes(principal));
  if (added.length > 0)
    notes.push(`the live trust policy also lets ${added.map((p) => (p === '*' ? 'anyone (*)' : p)).join(', ')} assume the role`);
  if (notes.length > 0) return notes;
  const wider = findPolicyBroadening(intended, live);
  if (wider.length > 0) notes.push(`the live trust policy admits more than GitOps set: ${wider.join('; ')}`);
  if (!options.narrowing) return notes;
  const narrower = findPolicyBroadening(live, intended);
  if (narrower.length > 0) notes.push(`the live trust policy admits less than GitOps set: ${narrower.join('; ')}`);
  return notes.length > 0 ? notes : ['the live trust policy is written differently from the one GitOps set (same effect)'];
}
