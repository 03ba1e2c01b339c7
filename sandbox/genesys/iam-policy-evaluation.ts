/**
 * Just enough IAM policy evaluation to decide the two questions a Lambda
 * data action depends on: may Genesys' account assume this role (with the org
 * id as ExternalId), and may the role invoke exactly this function ARN.
 * Explicit Deny wins over Allow; anything the evaluator does not understand
 * (an unknown condition operator or key) never grants access.
 */
import type { CanonicalPolicyDocument, CanonicalStatement } from '../../src/iam/policy-document.js';

/** IAM wildcard match: `*` any run of characters, `?` one character. */
export function iamGlobMatches(pattern: string, value: string, ignoreCase = false): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function listMatches(patterns: string[] | undefined, value: string, ignoreCase: boolean): boolean {
  return (patterns ?? []).some((pattern) => iamGlobMatches(pattern, value, ignoreCase));
}

/** Action names are case-insensitive in IAM; resources (ARNs) are not. */
function actionApplies(statement: CanonicalStatement, action: string): boolean {
  if (statement.Action) return listMatches(statement.Action, action, true);
  if (statement.NotAction) return !listMatches(statement.NotAction, action, true);
  return false;
}

function resourceApplies(statement: CanonicalStatement, resource: string): boolean {
  if (statement.Resource) return listMatches(statement.Resource, resource, false);
  if (statement.NotResource) return !listMatches(statement.NotResource, resource, false);
  return false;
}

/** Values of condition keys known for this request; a key absent here is absent from the request. */
export type ConditionContext = Record<string, string>;

const OPERATORS: Record<string, (pattern: string, value: string) => boolean> = {
  StringEquals: (pattern, value) => pattern === value,
  StringNotEquals: (pattern, value) => pattern !== value,
  StringEqualsIgnoreCase: (pattern, value) => pattern.toLowerCase() === value.toLowerCase(),
  StringLike: (pattern, value) => iamGlobMatches(pattern, value),
  StringNotLike: (pattern, value) => !iamGlobMatches(pattern, value),
};

/**
 * True when every condition holds. Keys compare case-insensitively, as in
 * IAM. Negated operators need all values to hold; the others any value.
 */
export function conditionsHold(condition: CanonicalStatement['Condition'], context: ConditionContext): boolean {
  if (!condition) return true;
  const lowerContext = new Map(Object.entries(context).map(([key, value]) => [key.toLowerCase(), value]));
  for (const [rawOperator, keys] of Object.entries(condition)) {
    const ifExists = rawOperator.endsWith('IfExists');
    const operatorName = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    const operator = OPERATORS[operatorName];
    if (!operator) return false;
    const negated = operatorName.includes('Not');
    for (const [key, patterns] of Object.entries(keys)) {
      const value = lowerContext.get(key.toLowerCase());
      if (value === undefined) {
        if (ifExists) continue;
        return false;
      }
      const holds = negated ? patterns.every((pattern) => operator(pattern, value)) : patterns.some((pattern) => operator(pattern, value));
      if (!holds) return false;
    }
  }
  return true;
}

function principalApplies(statement: CanonicalStatement, accountId: string): boolean {
  const principal = statement.Principal;
  if (principal === undefined) return false;
  if (principal === '*') return true;
  const admitted = principal.AWS ?? [];
  return admitted.some((entry) => entry === '*' || entry === accountId || entry === `arn:aws:iam::${accountId}:root`);
}

/** The result of an access decision, with the statement that decided it. */
export type AccessDecision = { allowed: true } | { allowed: false; reason: 'explicit-deny' | 'no-allow' };

function decide(statements: CanonicalStatement[], applies: (statement: CanonicalStatement) => boolean): AccessDecision {
  const applicable = statements.filter(applies);
  if (applicable.some((statement) => statement.Effect === 'Deny')) return { allowed: false, reason: 'explicit-deny' };
  if (applicable.some((statement) => statement.Effect === 'Allow')) return { allowed: true };
  return { allowed: false, reason: 'no-allow' };
}

/** Does the trust policy let `accountId` call sts:AssumeRole with these condition values? */
export function trustAdmits(trust: CanonicalPolicyDocument, accountId: string, context: ConditionContext): AccessDecision {
  return decide(
    trust.Statement,
    (statement) =>
      principalApplies(statement, accountId) && actionApplies(statement, 'sts:AssumeRole') && conditionsHold(statement.Condition, context),
  );
}

/**
 * Do these identity policies allow `action` on `resource`? Statements with
 * conditions are evaluated against an empty context, so a conditional Allow
 * does not grant and a conditional Deny applies only when its condition
 * holds without request keys.
 */
export function identityAllows(policies: CanonicalPolicyDocument[], action: string, resource: string): AccessDecision {
  const statements = policies.flatMap((policy) => policy.Statement);
  return decide(
    statements,
    (statement) => actionApplies(statement, action) && resourceApplies(statement, resource) && conditionsHold(statement.Condition, {}),
  );
}

/**
 * Does a function's resource-based policy let this role's session call
 * `action` on it (the second half of a cross-account invocation)? The policy
 * may name the role's ARN, its account (bare or as `:root`) or everyone.
 * Conditions are evaluated against an empty context, as for identity policies.
 */
export function resourcePolicyAllows(policy: CanonicalPolicyDocument, roleArn: string, action: string, resource: string): AccessDecision {
  const accountId = roleArn.split(':')[4] ?? '';
  const namesCaller = (statement: CanonicalStatement): boolean => {
    const principal = statement.Principal;
    if (principal === '*') return true;
    const admitted = principal?.AWS ?? [];
    return admitted.some(
      (entry) => entry === '*' || entry === roleArn || entry === accountId || entry === `arn:aws:iam::${accountId}:root`,
    );
  };
  return decide(
    policy.Statement,
    (statement) =>
      namesCaller(statement) &&
      actionApplies(statement, action) &&
      (statement.Resource === undefined && statement.NotResource === undefined ? true : resourceApplies(statement, resource)) &&
      conditionsHold(statement.Condition, {}),
  );
}
