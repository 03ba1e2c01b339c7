/**
 * After apply writes a role, the same checks the plan made must hold on the
 * live role as IAM now returns it: Genesys (and only for this org) can assume
 * it, and it may invoke every function its data actions call. Pure: apply
 * reads the role and asks this module what, if anything, does not hold.
 */
import { canInvoke } from '../iam/evaluate.js';
import { trustFacts } from '../iam/trust-facts.js';
import type { DesiredRole, DesiredState } from '../model/desired-state.js';
import type { ObservedRole, ObservedState } from '../model/observed-state.js';
import { desiredIdentityPolicy, liveIdentityPolicy } from './invoking-role.js';
import { failingTrustProblems, trustExpectation } from './trust-checks.js';

/** Empty when the live role holds; otherwise what does not, in words. */
export function appliedRoleProblems(live: ObservedRole, role: DesiredRole, desired: DesiredState, observed: ObservedState): string[] {
  const expected = trustExpectation(desired, observed);
  const problems = failingTrustProblems(trustFacts(live.trustPolicy, expected), expected).map((problem) => `trust policy: ${problem}`);
  const integrations = new Set(
    desired.integrations
      .filter((integration) => integration.role.kind === 'managed' && integration.role.roleName === role.name)
      .map((integration) => integration.name),
  );
  const intended = desiredIdentityPolicy(role, desired, observed);
  const actual = liveIdentityPolicy(live, observed);
  for (const action of desired.dataActions.filter((candidate) => integrations.has(candidate.integrationName))) {
    if (canInvoke(actual, action.functionArn) === 'denied' && canInvoke(intended, action.functionArn) !== 'denied') {
      problems.push(`it may not invoke ${action.functionArn} (data action "${action.name}")`);
    }
  }
  return problems;
}
