/**
 * "Can this role invoke this function?": one answer for the IAM lint
 * (GLG-IAM-PERMISSION-MISSING / -CONDITION) and the plan's `function-covered`
 * cross-check, so the two can never disagree again.
 *
 * The rules, for `lambda:InvokeFunction` on one fully qualified function ARN:
 * - A statement bears on the call when one of its actions matches the action
 *   (case-insensitive, wildcards) and one of its resources matches the ARN
 *   (case-sensitive, wildcards; qualifiers significant, see ./patterns.ts).
 * - An explicit Deny wins. A Deny's `NotAction`/`NotResource` are evaluated as
 *   IAM does (it applies to everything they do not list): a broader Deny only
 *   makes the answer safer.
 * - An Allow with `NotAction` or `NotResource` never proves a grant. Proving
 *   "covered" through a complement is where such proofs go wrong, and the lint
 *   rejects those elements anyway (GLG-IAM-NOT-ELEMENT).
 * - Conditions: a statement with a Condition is decided at run time by values
 *   (source IP, time, tags, …) that cannot be known offline. So an Allow that
 *   would grant only under a Condition, or a grant that a conditional Deny
 *   could revoke, is `conditional`: neither provably granted nor provably
 *   denied. The lint reports it as the warning GLG-IAM-PERMISSION-CONDITION
 *   (not the error GLG-IAM-PERMISSION-MISSING, which would claim a denial it
 *   cannot prove), and the cross-check reports `warn` (not `pass`, which would
 *   claim a grant it cannot prove). An unconditional Allow next to a
 *   conditional one is still a grant.
 *
 * - A resource-based policy (a Lambda function's, reference genesys-next.md
 *   §4) is judged by the same rules, with one more element: a statement bears
 *   on the call only when its `Principal` names the caller (an Allow with
 *   `NotPrincipal` never proves a grant, like the other complements).
 *   `resourcePolicyAnswer` also says when only `*` lets the caller in.
 *
 * Pure; works on documents as written or canonical (a canonical document is
 * a valid PolicyDocument).
 */
import { actionPatternMatches, resourcePatternMatches } from './patterns.js';
import type { PolicyDocument, PolicyStatement, StringOrList } from './policy-document.js';

/** The one action Genesys needs on a function. */
export const INVOKE_FUNCTION_ACTION = 'lambda:InvokeFunction';

/** Whether the policy lets its role invoke a function (see the rules above). */
export type InvokeAnswer = 'granted' | 'denied' | 'conditional';

/** How one statement bears on invoking one function: not at all, or allows/denies, always or under a Condition. */
export type StatementBearing = 'none' | 'allows' | 'allows-if' | 'denies' | 'denies-if';

/** True when the statement has a Condition with at least one key (an empty Condition block constrains nothing). */
export function hasCondition(statement: PolicyStatement): boolean {
  return Object.values(statement.Condition ?? {}).some((keys) => Object.keys(keys).length > 0);
}

/** How `statement` bears on `lambda:InvokeFunction` of `functionArn` (an identity policy: no principal). */
export function statementBearing(statement: PolicyStatement, functionArn: string): StatementBearing {
  return bearingOn(statement, { action: INVOKE_FUNCTION_ACTION, resource: functionArn });
}

/** Whether the policy grants `lambda:InvokeFunction` on exactly `functionArn`. */
export function canInvoke(policy: PolicyDocument, functionArn: string): InvokeAnswer {
  return decide(statementList(policy).map((statement) => statementBearing(statement, functionArn)));
}

/** One request as a policy judges it: the action, the resource and, for a resource-based policy, the caller. */
export interface PolicyRequest {
  action: string;
  resource: string;
  /** For a resource-based policy: whether a principal value names the caller (identity policies have none). */
  principalMatches?: (principal: PrincipalValue) => boolean;
}

/** One principal of a statement: its type (`AWS`, `Service`, …) and value, or the wildcard `*`. */
export type PrincipalValue = { type: string; value: string } | '*';

/**
 * How one statement bears on one request, by IAM's rules (see the top of
 * this file). In a resource-based policy a statement with no `Resource`
 * applies to the resource the policy is attached to.
 */
export function bearingOn(statement: PolicyStatement, request: PolicyRequest): StatementBearing {
  const conditional = hasCondition(statement);
  const actionMatches = (pattern: string): boolean => actionPatternMatches(pattern, request.action);
  const resourceMatches = (pattern: string): boolean => resourcePatternMatches(pattern, request.resource);
  // Identity policies must name a Resource (IAM rejects one without); a resource-based policy may leave it out.
  const resourceless = request.principalMatches !== undefined;
  const resourceApplies = (listed: StringOrList | undefined, complement: StringOrList | undefined): boolean =>
    resourceless && listed === undefined && complement === undefined ? true : listedOrComplement(listed, complement, resourceMatches);
  if (statement.Effect === 'Allow') {
    if (statement.NotAction !== undefined || statement.NotResource !== undefined || statement.NotPrincipal !== undefined) return 'none';
    if (!listedOrComplement(statement.Action, undefined, actionMatches)) return 'none';
    if (!resourceApplies(statement.Resource, undefined)) return 'none';
    if (request.principalMatches !== undefined && !principalsOf(statement.Principal).some(request.principalMatches)) return 'none';
    return conditional ? 'allows-if' : 'allows';
  }
  if (!listedOrComplement(statement.Action, statement.NotAction, actionMatches)) return 'none';
  if (!resourceApplies(statement.Resource, statement.NotResource)) return 'none';
  if (request.principalMatches !== undefined) {
    const named = (principal: StatementPrincipal | undefined): boolean =>
      principalsOf(principal).some(request.principalMatches ?? (() => false));
    // A Deny's NotPrincipal applies to everyone it does not name.
    if (statement.NotPrincipal !== undefined ? named(statement.NotPrincipal) : !named(statement.Principal)) return 'none';
  }
  return conditional ? 'denies-if' : 'denies';
}

/** What a resource-based policy answers for one request, and whether the Allow that answers names everyone (`*`). */
export interface ResourcePolicyAnswer {
  answer: InvokeAnswer;
  /** True when only a statement open to every principal (`*`) allows the request. */
  openToEveryone: boolean;
}

/** Judges a resource-based policy (e.g. a Lambda function's) for one caller and request. */
export function resourcePolicyAnswer(policy: PolicyDocument, request: PolicyRequest): ResourcePolicyAnswer {
  const statements = statementList(policy);
  const answer = decide(statements.map((statement) => bearingOn(statement, request)));
  const namesCaller = request.principalMatches;
  const specific =
    namesCaller === undefined ? request : { ...request, principalMatches: (p: PrincipalValue) => p !== '*' && namesCaller(p) };
  const specificAnswer = decide(statements.map((statement) => bearingOn(statement, specific)));
  return { answer, openToEveryone: answer !== 'denied' && specificAnswer === 'denied' };
}

type StatementPrincipal = PolicyStatement['Principal'];

/** Every principal a `Principal` element names. */
export function principalsOf(principal: StatementPrincipal | undefined): PrincipalValue[] {
  if (principal === undefined) return [];
  if (principal === '*') return ['*'];
  return Object.entries(principal).flatMap(([type, values]) =>
    (Array.isArray(values) ? values : [values]).map((value): PrincipalValue => (type === 'AWS' && value === '*' ? '*' : { type, value })),
  );
}

/** Explicit Deny wins; an unconditional Allow grants unless a conditional Deny may revoke it; otherwise denied. */
function decide(bearings: readonly StatementBearing[]): InvokeAnswer {
  const found = new Set(bearings);
  if (found.has('denies')) return 'denied';
  if (found.has('allows')) return found.has('denies-if') ? 'conditional' : 'granted';
  return found.has('allows-if') ? 'conditional' : 'denied';
}

/** The statements of a document, whether `Statement` is one object or a list. */
export function statementList(policy: PolicyDocument): PolicyStatement[] {
  const statement = policy.Statement as PolicyStatement | PolicyStatement[] | undefined;
  if (statement === undefined) return [];
  return Array.isArray(statement) ? statement : [statement];
}

/** True when a listed pattern matches, or, for a complement (`Not…`), when none of its patterns does. */
function listedOrComplement(
  listed: StringOrList | undefined,
  complement: StringOrList | undefined,
  matches: (pattern: string) => boolean,
): boolean {
  if (listed !== undefined) return valuesOf(listed).some(matches);
  if (complement !== undefined) return !valuesOf(complement).some(matches);
  return false;
}

function valuesOf(value: StringOrList): string[] {
  return (Array.isArray(value) ? value : [value]).map(String);
}
