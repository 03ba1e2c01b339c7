/**
 * Apply on a push to the default branch re-plans, then compares its plan
 * with the one reviewers saw on the merged pull request (the fingerprint in
 * that plan's comment). This module decides what the comparison means; the
 * lookups are in src/github. Pure.
 */
import { assertNever } from '../model/assert-never.js';
import type { Plan } from '../plan/types.js';

/** What the GitHub lookups found. */
export type ReviewedPlanLookup =
  | { found: 'no-token' }
  | { found: 'no-merged-pull-request'; sha: string }
  | { found: 'no-plan-comment'; pullRequest: number }
  | { found: 'fingerprint'; pullRequest: number; fingerprint: string };

export type ReviewedPlanVerdict =
  | { verdict: 'matches'; message: string }
  /** Apply goes on, with this warning. */
  | { verdict: 'warn'; message: string }
  /** Nothing may be applied. */
  | { verdict: 'refuse'; message: string };

function shortFingerprint(fingerprint: string): string {
  return fingerprint.replace(/^sha256:/, '').slice(0, 12);
}

function problemWith(plan: Plan, lookup: ReviewedPlanLookup): string | undefined {
  switch (lookup.found) {
    case 'no-token':
      return 'no github-token: the reviewed plan cannot be found';
    case 'no-merged-pull-request':
      return `no merged pull request found for commit ${lookup.sha}`;
    case 'no-plan-comment':
      return `pull request #${lookup.pullRequest} has no plan comment for ${plan.environment}`;
    case 'fingerprint':
      if (lookup.fingerprint === plan.fingerprint) return undefined;
      return (
        `the plan now (${shortFingerprint(plan.fingerprint)}) differs from the plan reviewed on pull request #${lookup.pullRequest} ` +
        `(${shortFingerprint(lookup.fingerprint)}): the manifests or live state changed since`
      );
    default:
      return assertNever(lookup, 'reviewed-plan lookup');
  }
}

/**
 * Matches, or a problem: a refusal when `required` (require-reviewed-plan),
 * otherwise a warning and apply goes on with the current plan.
 */
export function reviewedPlanVerdict(plan: Plan, lookup: ReviewedPlanLookup, required: boolean): ReviewedPlanVerdict {
  const problem = problemWith(plan, lookup);
  if (problem === undefined) return { verdict: 'matches', message: 'The plan matches the plan reviewed on the merged pull request.' };
  if (required) return { verdict: 'refuse', message: `Refusing to apply: ${problem}. Nothing was applied.` };
  return {
    verdict: 'warn',
    message: `Reviewed-plan check: ${problem}. Applying the current plan (set require-reviewed-plan: true to refuse instead).`,
  };
}
