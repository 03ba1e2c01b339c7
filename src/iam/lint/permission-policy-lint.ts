/**
 * Permission-policy rules: the role may only invoke Lambda functions, and it
 * must be able to invoke exactly the functions its data actions call,
 * qualifier included. Broader grants are warnings (suppressible with a
 * reason); a missing grant is an error, since the action would fail at run
 * time with an access-denied that Genesys reports poorly.
 */
import type { PolicyDocument } from '../policy-document.js';
import type { InvokedFunction, RoleLintFinding } from './lint-finding.js';
import { actionMatches, hasWildcard, resourceGrants } from './resource-pattern.js';
import { statementsOf, valuesOf } from './statement-view.js';

const INVOKE = 'lambda:InvokeFunction';

/** Lints a permission policy against the functions the role's data actions invoke. */
export function lintPermissionPolicy(document: PolicyDocument, invoked: readonly InvokedFunction[]): RoleLintFinding[] {
  const findings: RoleLintFinding[] = [];
  const add = (severity: 'error' | 'warning', code: string, message: string, path: (string | number)[], dataActionName?: string): void => {
    const finding: RoleLintFinding = { severity, code, message, policy: 'permission', path };
    if (dataActionName !== undefined) finding.dataActionName = dataActionName;
    findings.push(finding);
  };
  const statements = statementsOf(document);
  for (const { statement, path } of statements) {
    for (const element of ['NotPrincipal', 'NotAction', 'NotResource'] as const) {
      if (statement[element] !== undefined) add('error', 'GLG-IAM-NOT-ELEMENT', `${element} is not allowed: it grants everything except what it lists; use ${element.slice(3)}`, [...path, element]);
    }
    if (statement.Principal !== undefined) add('error', 'GLG-IAM-PERMISSION-PRINCIPAL', 'an inline permission policy cannot have a Principal (IAM rejects it)', [...path, 'Principal']);
    if (statement.Effect !== 'Allow') continue;
    for (const { value, path: valuePath } of valuesOf(statement.Action, [...path, 'Action'])) {
      if (value.toLowerCase() !== INVOKE.toLowerCase()) add('error', 'GLG-IAM-PERMISSION-ACTION', describeWrongAction(value), valuePath);
    }
    if (statement.Condition !== undefined) add('warning', 'GLG-IAM-PERMISSION-CONDITION', 'this statement has a Condition, so whether Genesys can invoke the functions cannot be checked offline', [...path, 'Condition']);
    if (!grantsInvoke(statement.Action)) continue;
    for (const { value, path: valuePath } of valuesOf(statement.Resource, [...path, 'Resource'])) {
      const used = invoked.some((fn) => resourceGrants(value, fn.arn));
      if (hasWildcard(value)) {
        add('warning', 'GLG-IAM-PERMISSION-WILDCARD', `resource ${value} uses a wildcard; grant the exact function ARNs your data actions call${used ? '' : ' (it covers none of them)'}`, valuePath);
      } else if (!used) {
        add('warning', 'GLG-IAM-PERMISSION-UNUSED', `resource ${value} is granted but no data action using this role calls it${describeNearMiss(value, invoked)}`, valuePath);
      }
    }
  }
  for (const fn of invoked) {
    if (isGranted(statements.map((item) => item.statement), fn.arn)) continue;
    add('error', 'GLG-IAM-PERMISSION-MISSING', `data action "${fn.dataActionName}" calls ${fn.arn}, which this policy does not grant${describeCoverageHint(document, fn.arn)}`, ['Statement'], fn.dataActionName);
    (findings[findings.length - 1] as RoleLintFinding).atKey = true;
  }
  if (document.Version === '2008-10-17') {
    add('warning', 'GLG-IAM-POLICY-VERSION', 'Version 2008-10-17 is the old policy language; use 2012-10-17', ['Version']);
  }
  return findings;
}

function grantsInvoke(action: string | string[] | undefined): boolean {
  return valuesOf(action, []).some(({ value }) => actionMatches(value, INVOKE));
}

/** Allowed by an unconditional Allow and not denied by any Deny. */
function isGranted(statements: readonly import('../policy-document.js').PolicyStatement[], arn: string): boolean {
  const matches = (statement: import('../policy-document.js').PolicyStatement): boolean =>
    grantsInvoke(statement.Action) && valuesOf(statement.Resource, []).some(({ value }) => resourceGrants(value, arn));
  const allowed = statements.some((statement) => statement.Effect === 'Allow' && statement.Condition === undefined && statement.NotResource === undefined && matches(statement));
  const denied = statements.some((statement) => statement.Effect === 'Deny' && matches(statement));
  return allowed && !denied;
}

function describeWrongAction(action: string): string {
  if (action === '*' || /^lambda:\*$/i.test(action)) return `action ${action} grants far more than invoking; use lambda:InvokeFunction only`;
  if (/^lambda:invoke\*$/i.test(action)) return `action ${action} also grants the deprecated lambda:InvokeAsync; use lambda:InvokeFunction`;
  if (/^iam:/i.test(action)) return `action ${action} lets Genesys change IAM; the role needs lambda:InvokeFunction only`;
  return `action ${action} is not allowed; Genesys needs only lambda:InvokeFunction`;
}

function describeCoverageHint(document: PolicyDocument, arn: string): string {
  const granted = statementsOf(document).flatMap(({ statement }) => (statement.Effect === 'Allow' ? valuesOf(statement.Resource, []).map((item) => item.value) : []));
  const unqualified = arn.split(':').slice(0, 7).join(':');
  if (arn !== unqualified && granted.includes(unqualified)) return ` (the unqualified ARN ${unqualified} is granted, but IAM treats each alias and version as a separate resource; grant ${arn})`;
  if (arn === unqualified && granted.includes(`${arn}:*`)) return ` (${arn}:* covers only qualified ARNs such as aliases; grant ${arn} too)`;
  return `; grant lambda:InvokeFunction on ${arn}`;
}

function describeNearMiss(resource: string, invoked: readonly InvokedFunction[]): string {
  const sameFunction = invoked.find((fn) => fn.arn.split(':').slice(0, 7).join(':') === resource.split(':').slice(0, 7).join(':'));
  return sameFunction ? ` (data action "${sameFunction.dataActionName}" calls ${sameFunction.arn}; the qualifier must match)` : '';
}
