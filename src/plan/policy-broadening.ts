/**
 * Does a new policy document admit more than the old one? Compared statement
 * by statement, not as text: a new Allow statement is harmless when an old
 * Allow statement already covers it (same or fewer principals, actions and
 * resources, at least the same conditions), and a removed Deny is always a
 * broadening. The answer is conservative: anything it cannot prove covered
 * counts as broadened, and each finding names what is new.
 */
import type { CanonicalPolicyDocument, CanonicalStatement } from '../iam/policy-document.js';
import { iamPatternMatches } from '../iam/patterns.js';
import { canonicalJson } from '../model/json.js';

function everyCovered(values: readonly string[], patterns: readonly string[], caseInsensitive: boolean): string[] {
  return values.filter((value) => !patterns.some((pattern) => iamPatternMatches(pattern, value, caseInsensitive)));
}

function principalValues(principal: CanonicalStatement['Principal']): string[] {
  if (principal === undefined) return [];
  if (principal === '*') return ['*'];
  return Object.entries(principal).flatMap(([type, values]) => values.map((value) => `${type}:${value}`));
}

function conditionEntries(condition: CanonicalStatement['Condition']): { operator: string; key: string; values: string[] }[] {
  if (condition === undefined) return [];
  return Object.entries(condition).flatMap(([operator, keys]) => Object.entries(keys).map(([key, values]) => ({ operator, key, values })));
}

/**
 * What `statement` admits that `existing` does not; empty when `existing`
 * covers it. Negated elements (NotAction, NotResource, NotPrincipal) must be
 * identical, because comparing complements is where "covered" proofs go wrong.
 */
function uncoveredParts(statement: CanonicalStatement, existing: CanonicalStatement, options: BroadeningOptions = {}): string[] {
  const findings: string[] = [];
  for (const key of ['NotAction', 'NotResource', 'NotPrincipal'] as const) {
    if (canonicalJson(statement[key]) !== canonicalJson(existing[key])) findings.push(`${key} differs`);
  }
  const oldPrincipals = principalValues(existing.Principal);
  if (!oldPrincipals.includes('*')) {
    for (const principal of everyCovered(principalValues(statement.Principal), oldPrincipals, false))
      findings.push(`principal ${principal}`);
  }
  for (const action of everyCovered(statement.Action ?? [], existing.Action ?? [], true)) findings.push(`action ${action}`);
  for (const resource of everyCovered(statement.Resource ?? [], existing.Resource ?? [], false)) findings.push(`resource ${resource}`);
  const newConditions = conditionEntries(statement.Condition);
  for (const old of conditionEntries(existing.Condition)) {
    const match = newConditions.find((candidate) => candidate.operator === old.operator && candidate.key === old.key);
    if (match === undefined) findings.push(`condition ${old.operator} ${old.key} removed`);
    else {
      const accepted = (value: string): boolean =>
        options.accepted !== undefined && options.accepted.key.toLowerCase() === old.key.toLowerCase() && options.accepted.value === value;
      for (const value of match.values.filter((value) => !old.values.includes(value) && !accepted(value))) {
        findings.push(`condition ${old.operator} ${old.key} also admits ${value}`);
      }
    }
  }
  return findings;
}

/** Options of {@link findPolicyBroadening}. */
export interface BroadeningOptions {
  /**
   * A condition value that never counts as admitting more: the live Genesys
   * org id as sts:ExternalId, which a trust policy must require. Restoring it
   * after someone swapped it is a repair, not a broadening.
   */
  accepted?: { key: string; value: string };
}

/**
 * Human-readable reasons why `after` admits more than `before`; empty when it
 * does not. `before` undefined means the document did not exist (everything is new).
 */
export function findPolicyBroadening(
  before: CanonicalPolicyDocument | undefined,
  after: CanonicalPolicyDocument | undefined,
  options: BroadeningOptions = {},
): string[] {
  const oldStatements = before?.Statement ?? [];
  const newStatements = after?.Statement ?? [];
  const oldAllows = oldStatements.filter((statement) => statement.Effect === 'Allow');
  const findings: string[] = [];
  for (const statement of newStatements) {
    if (statement.Effect !== 'Allow') continue;
    if (oldAllows.some((old) => uncoveredParts(statement, old, options).length === 0)) continue;
    const label = statement.Sid !== undefined ? `statement ${statement.Sid}` : 'a statement';
    // Explain against the closest old statement: same Sid, else the one with the fewest differences.
    const sameSid = oldAllows.find((old) => statement.Sid !== undefined && old.Sid === statement.Sid);
    const candidates = sameSid !== undefined ? [sameSid] : oldAllows;
    let closest: string[] | undefined;
    for (const old of candidates) {
      const parts = uncoveredParts(statement, old, options);
      if (closest === undefined || parts.length < closest.length) closest = parts;
    }
    if (closest === undefined) findings.push(`${label} grants new access (no Allow statement before)`);
    else findings.push(`${label} admits more: ${closest.join(', ')}`);
  }
  const newDenies = newStatements.filter((statement) => statement.Effect === 'Deny').map((statement) => canonicalJson(statement));
  for (const statement of oldStatements) {
    if (statement.Effect === 'Deny' && !newDenies.includes(canonicalJson(statement))) {
      findings.push(`Deny ${statement.Sid !== undefined ? `statement ${statement.Sid}` : 'statement'} removed or changed`);
    }
  }
  return findings;
}
