/**
 * `trust-external-id` and `trust-principal`: can the Genesys account for the
 * org's region assume the role, and only for this org (sts:ExternalId = the
 * live org id)? Judged on what the role will be after apply and on the live
 * role as IAM returned it:
 * - a declared role: the manifest decides pass or fail (apply writes it); a
 *   live trust that breaks either rule is a warning (apply restores it, and
 *   the role's change carries it as drift, in words);
 * - a role managed elsewhere (`spec.role: { arn }`): only the live role
 *   counts, since apply never writes it; breaking a rule fails, and a role
 *   IAM would not let us read is `unverifiable`, never a pass.
 */
import { genesysPrincipalArn } from '../genesys/regions.js';
import { canonicalizePolicy } from '../iam/policy-document.js';
import { trustFacts, type TrustExpectation, type TrustFacts } from '../iam/trust-facts.js';
import type { DesiredRole, DesiredState } from '../model/desired-state.js';
import { LIVE_ORG_ID_TOKEN } from '../model/desired-state.js';
import type { ObservedState } from '../model/observed-state.js';
import { resolveDesiredRole } from '../model/resolve-desired.js';
import { sortedBy } from './sorted-by.js';
import { roleAddress } from './resource-address.js';
import type { CrossCheck, CrossCheckStatus } from './types.js';

/** Every trust check: each declared role, then each distinct role named by ARN. */
export function trustChecks(desired: DesiredState, observed: ObservedState): CrossCheck[] {
  const expected = trustExpectation(desired, observed);
  const checks: CrossCheck[] = [];
  for (const role of sortedBy(desired.roles, (candidate) => candidate.name))
    checks.push(...managedRoleTrustChecks(role, desired, observed, expected));
  const externalArns = new Set(
    desired.integrations.flatMap((integration) => (integration.role.kind === 'external' ? [integration.role.roleArn] : [])),
  );
  for (const arn of [...externalArns].sort()) checks.push(...externalRoleTrustChecks(arn, observed, expected));
  return checks;
}

/** The org id and the Genesys principal a trust policy must name, for this environment. */
export function trustExpectation(desired: DesiredState, observed: ObservedState): TrustExpectation {
  return { orgId: observed.genesys.orgId, genesysPrincipal: genesysPrincipalArn(desired.environment.genesys.awsAccountId) };
}

function managedRoleTrustChecks(
  role: DesiredRole,
  desired: DesiredState,
  observed: ObservedState,
  expected: TrustExpectation,
): CrossCheck[] {
  const address = roleAddress(role.name);
  const intended = trustFacts(canonicalizePolicy(resolveDesiredRole(role, observed, desired).trustPolicy), expected);
  const live = observed.roles[role.name];
  const liveFacts = live === undefined ? undefined : trustFacts(live.trustPolicy, expected);
  return [
    managedVerdict(
      'trust-external-id',
      address,
      externalIdProblems(intended, expected),
      liveFacts && externalIdProblems(liveFacts, expected),
      expected,
    ),
    managedVerdict(
      'trust-principal',
      address,
      principalProblems(intended, expected),
      liveFacts && principalProblems(liveFacts, expected),
      expected,
    ),
  ];
}

type Problems = { fail: string[]; warn: string[] };

function managedVerdict(
  code: 'trust-external-id' | 'trust-principal',
  address: string,
  intended: Problems,
  live: Problems | undefined,
  expected: TrustExpectation,
): CrossCheck {
  if (intended.fail.length > 0) {
    const hint = code === 'trust-external-id' ? ` Write ${LIVE_ORG_ID_TOKEN} to use the live id.` : '';
    return { code, status: 'fail', address, message: `The manifest's trust policy: ${intended.fail.join('; ')}.${hint}` };
  }
  const liveProblems = live === undefined ? [] : [...live.fail, ...live.warn];
  if (liveProblems.length > 0) {
    return { code, status: 'warn', address, message: `The live trust policy: ${liveProblems.join('; ')}. Apply restores the manifest's.` };
  }
  if (intended.warn.length > 0)
    return { code, status: 'warn', address, message: `The manifest's trust policy: ${intended.warn.join('; ')}.` };
  const where =
    live === undefined ? 'The role will be created: its trust policy' : 'In the manifest and on the live role, the trust policy';
  return { code, status: 'pass', address, message: `${where} ${passText(code, expected)}.` };
}

function externalRoleTrustChecks(arn: string, observed: ObservedState, expected: TrustExpectation): CrossCheck[] {
  const reading = observed.externalRoles?.[arn];
  const address = `role/${arn}`;
  const codes = ['trust-external-id', 'trust-principal'] as const;
  if (reading === undefined) {
    return codes.map((code) => ({
      code,
      status: 'unverifiable',
      address,
      message: 'The role was not read from IAM, so its trust policy is not verified.',
    }));
  }
  if (reading.status === 'unreadable') {
    const message = `IAM did not let the deployer read the role (needs ${reading.permission}: ${reading.message}), so whether Genesys can assume it is not verified.`;
    return codes.map((code) => ({ code, status: 'unverifiable', address, message }));
  }
  if (reading.status === 'missing') {
    return codes.map((code) => ({
      code,
      status: 'fail',
      address,
      message: `${reading.message}: Genesys cannot assume a role that does not exist.`,
    }));
  }
  const facts = trustFacts(reading.value.trustPolicy, expected);
  return [
    externalVerdict('trust-external-id', address, externalIdProblems(facts, expected), expected),
    externalVerdict('trust-principal', address, principalProblems(facts, expected), expected),
  ];
}

function externalVerdict(
  code: 'trust-external-id' | 'trust-principal',
  address: string,
  problems: Problems,
  expected: TrustExpectation,
): CrossCheck {
  const managedElsewhere = 'the role is managed elsewhere, so this tool never changes it: fix it where it is managed';
  const status: CrossCheckStatus = problems.fail.length > 0 ? 'fail' : problems.warn.length > 0 ? 'warn' : 'pass';
  if (status === 'pass') return { code, status, address, message: `The live trust policy ${passText(code, expected)}.` };
  return {
    code,
    status,
    address,
    message: `The live trust policy: ${[...problems.fail, ...problems.warn].join('; ')} (${managedElsewhere}).`,
  };
}

function passText(code: 'trust-external-id' | 'trust-principal', expected: TrustExpectation): string {
  return code === 'trust-external-id'
    ? `requires that sts:ExternalId equals the live Genesys org id ${expected.orgId}`
    : `lets ${expected.genesysPrincipal} (Genesys' account for the org's region) assume the role, and no one else`;
}

/** What makes the trust policy fail either check (the warnings aside), in words: empty when both hold. */
export function failingTrustProblems(facts: TrustFacts, expected: TrustExpectation): string[] {
  return [...externalIdProblems(facts, expected).fail, ...principalProblems(facts, expected).fail];
}

/** Lacking the ExternalId or admitting another org's fails; Genesys not admitted at all is trust-principal's finding. */
function externalIdProblems(facts: TrustFacts, expected: TrustExpectation): Problems {
  if (!facts.admitsGenesys) return { fail: [], warn: [] };
  const consequence = (problem: string): string =>
    problem.includes('does not require') || problem.includes('not StringEquals')
      ? `${problem}, so any Genesys Cloud org could have Genesys assume this role`
      : problem.includes('also accepts')
        ? `${problem}, which could then have Genesys assume this role`
        : `${problem}, so Genesys cannot assume it for org ${expected.orgId}`;
  return { fail: facts.externalIdProblems.map(consequence), warn: [] };
}

function principalProblems(facts: TrustFacts, expected: TrustExpectation): Problems {
  const fail: string[] = [];
  const warn: string[] = [];
  if (!facts.admitsGenesys)
    fail.push(`it does not let ${expected.genesysPrincipal} (Genesys' account for the org's region) assume the role`);
  if (facts.otherPrincipals.includes('*')) fail.push('it lets any AWS principal (*) assume the role');
  const others = facts.otherPrincipals.filter((principal) => principal !== '*');
  if (others.length > 0) warn.push(`it also lets ${others.join(', ')} assume the role`);
  return { fail, warn };
}
