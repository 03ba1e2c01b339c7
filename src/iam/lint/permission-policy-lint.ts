/**
 * Permission-policy rules: the role may only invoke Lambda functions, and it
 * must be able to invoke exactly the functions its data actions call,
 * qualifier included. Broader grants are warnings (suppressible with a
 * reason); a missing grant is an error, since the action would fail at run
 * time with an access-denied that Genesys reports poorly. Whether a function
 * is granted is decided by ../evaluate.ts, the same engine the plan's
 * cross-check uses; a grant that hangs on a Condition is a warning, not an
 * error (see there why).
 */
import { canInvoke, INVOKE_FUNCTION_ACTION, hasCondition, statementBearing } from '../evaluate.js';
import { actionPatternMatches, hasWildcard, resourcePatternMatches } from '../patterns.js';
import type { PolicyDocument, PolicyStatement } from '../policy-document.js';
import type { InvokedFunction, RoleLintFinding } from './lint-finding.js';
import type { LocatedStatement } from './statement-view.js';
import { statementsOf, valuesOf } from './statement-view.js';

type Path = (string | number)[];

function finding(severity: 'error' | 'warning', code: string, message: string, path: Path): RoleLintFinding {
  return { severity, code, message, policy: 'permission', path };
}

/** Lints a permission policy against the functions the role's data actions invoke. */
export function lintPermissionPolicy(document: PolicyDocument, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  const findings = statementsOf(document).flatMap((located) => lintStatement(located, invoked));
  findings.push(...missingGrants(document, invoked));
  if (document.Version === '2008-10-17') {
    findings.push(
      finding('warning', 'GLG-IAM-POLICY-VERSION', 'Version 2008-10-17 is the old policy language; use 2012-10-17', ['Version']),
    );
  }
  return findings;
}

function lintStatement({ statement, path }: LocatedStatement, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  const findings: RoleLintFinding[] = [];
  for (const element of ['NotPrincipal', 'NotAction', 'NotResource'] as const) {
    if (statement[element] === undefined) continue;
    const message = `${element} is not allowed: it grants everything except what it lists; use ${element.slice(3)}`;
    findings.push(finding('error', 'GLG-IAM-NOT-ELEMENT', message, [...path, element]));
  }
  if (statement.Principal !== undefined) {
    findings.push(
      finding('error', 'GLG-IAM-PERMISSION-PRINCIPAL', 'an inline permission policy cannot have a Principal (IAM rejects it)', [
        ...path,
        'Principal',
      ]),
    );
  }
  if (statement.Effect !== 'Allow') return [...findings, ...conditionalDeny(statement, path, invoked)];
  for (const { value, path: valuePath } of valuesOf(statement.Action, [...path, 'Action'])) {
    if (value.toLowerCase() !== INVOKE_FUNCTION_ACTION.toLowerCase())
      findings.push(finding('error', 'GLG-IAM-PERMISSION-ACTION', describeWrongAction(value), valuePath));
  }
  if (hasCondition(statement)) {
    const message = 'this statement has a Condition, so whether Genesys can invoke the functions cannot be checked offline';
    findings.push(finding('warning', 'GLG-IAM-PERMISSION-CONDITION', message, [...path, 'Condition']));
  }
  if (grantsInvoke(statement)) findings.push(...resourceBreadth(statement, path, invoked));
  return findings;
}

/** A Deny that may or may not stop an invoked function, depending on its Condition. */
function conditionalDeny(statement: PolicyStatement, path: Path, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  const affected = invoked.filter((fn) => statementBearing(statement, fn.arn) === 'denies-if');
  if (affected.length === 0) return [];
  const arns = affected.map((fn) => fn.arn).join(', ');
  const message = `this Deny has a Condition, so whether it stops Genesys invoking ${arns} cannot be checked offline`;
  return [finding('warning', 'GLG-IAM-PERMISSION-CONDITION', message, [...path, 'Condition'])];
}

/** Wildcard and unused resources of an Allow that grants invoke. */
function resourceBreadth(statement: PolicyStatement, path: Path, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  const findings: RoleLintFinding[] = [];
  for (const { value, path: valuePath } of valuesOf(statement.Resource, [...path, 'Resource'])) {
    const used = invoked.some((fn) => resourcePatternMatches(value, fn.arn));
    if (hasWildcard(value)) {
      const message = `resource ${value} uses a wildcard; grant the exact function ARNs your data actions call${used ? '' : ' (it covers none of them)'}`;
      findings.push(finding('warning', 'GLG-IAM-PERMISSION-WILDCARD', message, valuePath));
    } else if (!used) {
      const message = `resource ${value} is granted but no data action using this role calls it${describeNearMiss(value, invoked)}`;
      findings.push(finding('warning', 'GLG-IAM-PERMISSION-UNUSED', message, valuePath));
    }
  }
  return findings;
}

/** One error per invoked function the policy does not grant (a conditional grant is not "missing"). */
function missingGrants(document: PolicyDocument, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  return invoked
    .filter((fn) => canInvoke(document, fn.arn) === 'denied')
    .map((fn) => ({
      ...finding(
        'error',
        'GLG-IAM-PERMISSION-MISSING',
        `data action "${fn.dataActionName}" calls ${fn.arn}, which this policy does not grant${describeCoverageHint(document, fn.arn)}`,
        ['Statement'],
      ),
      atKey: true,
      dataActionName: fn.dataActionName,
    }));
}

function grantsInvoke(statement: PolicyStatement): boolean {
  return valuesOf(statement.Action, []).some(({ value }) => actionPatternMatches(value, INVOKE_FUNCTION_ACTION));
}

function describeWrongAction(action: string): string {
  if (action === '*' || /^lambda:\*$/i.test(action))
    return `action ${action} grants far more than invoking; use lambda:InvokeFunction only`;
  if (/^lambda:invoke\*$/i.test(action)) return `action ${action} also grants the deprecated lambda:InvokeAsync; use lambda:InvokeFunction`;
  if (/^iam:/i.test(action)) return `action ${action} lets Genesys change IAM; the role needs lambda:InvokeFunction only`;
  return `action ${action} is not allowed; Genesys needs only lambda:InvokeFunction`;
}

function describeCoverageHint(document: PolicyDocument, arn: string): string {
  const statements = statementsOf(document).map((located) => located.statement);
  if (statements.some((statement) => statementBearing(statement, arn) === 'denies'))
    return ' (an explicit Deny in this policy applies to it)';
  const granted = statements.flatMap((statement) =>
    statement.Effect === 'Allow' ? valuesOf(statement.Resource, []).map((item) => item.value) : [],
  );
  const unqualified = unqualifiedArn(arn);
  if (arn !== unqualified && granted.includes(unqualified))
    return ` (the unqualified ARN ${unqualified} is granted, but IAM treats each alias and version as a separate resource; grant ${arn})`;
  if (arn === unqualified && granted.includes(`${arn}:*`))
    return ` (${arn}:* covers only qualified ARNs such as aliases; grant ${arn} too)`;
  return `; grant lambda:InvokeFunction on ${arn}`;
}

function describeNearMiss(resource: string, invoked: readonly InvokedFunction[]): string {
  const sameFunction = invoked.find((fn) => unqualifiedArn(fn.arn) === unqualifiedArn(resource));
  return sameFunction ? ` (data action "${sameFunction.dataActionName}" calls ${sameFunction.arn}; the qualifier must match)` : '';
}

/** `arn:aws:lambda:<region>:<account>:function:<name>` without `:<qualifier>`. */
function unqualifiedArn(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}
