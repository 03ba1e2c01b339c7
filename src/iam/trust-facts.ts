/**
 * What a trust policy admits, as the Genesys integration cares: whether the
 * Genesys AWS account for the org's region may assume the role, who else
 * may, and whether every statement that lets Genesys (or anyone) in requires
 * `sts:ExternalId` to be exactly the org id (the confused-deputy defence,
 * reference genesys-api.md §3). Read from the statements themselves, so each
 * problem can be said in words. Deny statements only narrow, so they are not
 * read. Pure; works on documents as written or canonical.
 */
import { principalsOf, statementList, type PrincipalValue } from './evaluate.js';
import { actionPatternMatches } from './patterns.js';
import type { PolicyDocument, PolicyStatement } from './policy-document.js';

/** Who the trust policy is checked against. */
export interface TrustExpectation {
  /** The live Genesys org id: the only acceptable sts:ExternalId. */
  orgId: string;
  /** `arn:aws:iam::<Genesys account>:root` for the org's region. */
  genesysPrincipal: string;
}

export interface TrustFacts {
  /** Some Allow of sts:AssumeRole names the Genesys account (or everyone). */
  admitsGenesys: boolean;
  /** Principals other than the Genesys account that an Allow of sts:AssumeRole names (`*` for everyone), sorted. */
  otherPrincipals: string[];
  /** Every way a statement letting Genesys or everyone in fails to require exactly the org id, in words. */
  externalIdProblems: string[];
}

const ASSUME_ROLE = 'sts:AssumeRole';

export function trustFacts(document: PolicyDocument, expected: TrustExpectation): TrustFacts {
  const genesysAccount = expected.genesysPrincipal.split(':')[4] ?? '';
  const isGenesys = (principal: PrincipalValue): boolean =>
    principal !== '*' && principal.type === 'AWS' && (principal.value === expected.genesysPrincipal || principal.value === genesysAccount);
  let admitsGenesys = false;
  const others = new Set<string>();
  const problems: string[] = [];
  for (const statement of statementList(document)) {
    if (!allowsAssumeRole(statement)) continue;
    const principals = principalsOf(statement.Principal);
    const letsGenesysIn = principals.some((principal) => principal === '*' || isGenesys(principal));
    if (letsGenesysIn) admitsGenesys = true;
    for (const principal of principals) if (!isGenesys(principal)) others.add(principal === '*' ? '*' : principal.value);
    if (letsGenesysIn) problems.push(...externalIdProblemsOf(statement, expected.orgId));
  }
  return { admitsGenesys, otherPrincipals: [...others].sort(), externalIdProblems: problems };
}

function allowsAssumeRole(statement: PolicyStatement): boolean {
  if (statement.Effect !== 'Allow' || statement.Action === undefined) return false;
  const actions = Array.isArray(statement.Action) ? statement.Action : [statement.Action];
  return actions.some((action) => actionPatternMatches(String(action), ASSUME_ROLE));
}

function externalIdProblemsOf(statement: PolicyStatement, orgId: string): string[] {
  const label = statement.Sid === undefined || statement.Sid === '' ? 'a statement' : `statement ${statement.Sid}`;
  const entries = Object.entries(statement.Condition ?? {}).flatMap(([operator, keys]) =>
    Object.entries(keys)
      .filter(([key]) => key.toLowerCase() === 'sts:externalid')
      .map(([, value]) => ({ operator, values: (Array.isArray(value) ? value : [value]).map(String) })),
  );
  if (entries.length === 0) return [`${label} does not require sts:ExternalId`];
  const problems: string[] = [];
  for (const { operator, values } of entries) {
    if (operator !== 'StringEquals') problems.push(`${label} checks sts:ExternalId with ${operator}, not StringEquals`);
    const others = values.filter((value) => value !== orgId);
    if (others.length === 0) continue;
    const what = others.join(', ');
    problems.push(
      values.includes(orgId)
        ? `${label} also accepts sts:ExternalId ${what} (another org)`
        : `${label} requires sts:ExternalId ${what}, not the org id ${orgId}`,
    );
  }
  return problems;
}
