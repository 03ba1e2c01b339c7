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

/** How `statement` bears on `lambda:InvokeFunction` of `functionArn`. */
export function statementBearing(statement: PolicyStatement, functionArn: string): StatementBearing {
  const conditional = hasCondition(statement);
  if (statement.Effect === 'Allow') {
    if (statement.NotAction !== undefined || statement.NotResource !== undefined) return 'none';
    if (!listedOrComplement(statement.Action, undefined, matchesInvoke)) return 'none';
    if (!listedOrComplement(statement.Resource, undefined, (pattern) => resourcePatternMatches(pattern, functionArn))) return 'none';
    return conditional ? 'allows-if' : 'allows';
  }
  if (!listedOrComplement(statement.Action, statement.NotAction, matchesInvoke)) return 'none';
  if (!listedOrComplement(statement.Resource, statement.NotResource, (pattern) => resourcePatternMatches(pattern, functionArn)))
    return 'none';
  return conditional ? 'denies-if' : 'denies';
}

/** Whether the policy grants `lambda:InvokeFunction` on exactly `functionArn`. */
export function canInvoke(policy: PolicyDocument, functionArn: string): InvokeAnswer {
  const bearings = new Set(statementList(policy).map((statement) => statementBearing(statement, functionArn)));
  if (bearings.has('denies')) return 'denied';
  if (bearings.has('allows')) return bearings.has('denies-if') ? 'conditional' : 'granted';
  return bearings.has('allows-if') ? 'conditional' : 'denied';
}

/** The statements of a document, whether `Statement` is one object or a list. */
export function statementList(policy: PolicyDocument): PolicyStatement[] {
  const statement = policy.Statement as PolicyStatement | PolicyStatement[] | undefined;
  if (statement === undefined) return [];
  return Array.isArray(statement) ? statement : [statement];
}

function matchesInvoke(pattern: string): boolean {
  return actionPatternMatches(pattern, INVOKE_FUNCTION_ACTION);
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
