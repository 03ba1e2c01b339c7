/**
 * Trust-policy rules for the role Genesys assumes (reference §3). Generic
 * scanners flag this cross-account trust as risky or miss its real risks;
 * these rules know the one safe shape: Allow `sts:AssumeRole` for exactly the
 * Genesys account of the org's region, guarded by `StringEquals
 * sts:ExternalId` (the confused-deputy defence; its value is compared with
 * the live org id at plan time).
 */
import { GENESYS_COMMERCIAL_ACCOUNT_ID, GENESYS_FEDRAMP_ACCOUNT_ID, genesysPrincipalArn } from '../../genesys/regions.js';
import type { PolicyDocument, PolicyStatement } from '../policy-document.js';
import type { RoleLintFinding } from './lint-finding.js';
import { hasWildcard } from '../patterns.js';
import { statementsOf, valuesOf } from './statement-view.js';

/** An account id tutorials invent for Genesys; it is not Genesys'. */
const INVENTED_GENESYS_ACCOUNT = '336418635985';

/** Where the Genesys org lives, as far as the trust policy cares. */
export interface TrustContext {
  /** The Genesys AWS account for the region, or undefined when not known (EU sovereign cloud). */
  genesysAccountId: string | undefined;
  /** The Genesys region's AWS region name, for messages. */
  genesysRegion: string;
  /** True when the policy was generated (then an unknown account is an error: there is nothing to generate). */
  generated: boolean;
}

type Path = (string | number)[];

function trustError(code: string, message: string, path: Path, atKey = false): RoleLintFinding {
  return { severity: 'error', code, message, policy: 'trust', path, ...(atKey ? { atKey } : {}) };
}

/** Lints a trust policy. */
export function lintTrustPolicy(document: PolicyDocument, context: TrustContext): RoleLintFinding[] {
  if (context.genesysAccountId === undefined && context.generated) {
    const message = `the Genesys AWS account that assumes roles from region ${context.genesysRegion} is not known (the EU sovereign cloud is probably a separate AWS partition), so the trust policy cannot be generated; ask Genesys for the account and write trustPolicy out`;
    return [trustError('GLG-IAM-GENESYS-ACCOUNT-UNKNOWN', message, ['Statement'])];
  }
  const expectedPrincipal = context.genesysAccountId === undefined ? undefined : genesysPrincipalArn(context.genesysAccountId);
  const findings: RoleLintFinding[] = [];
  let allowCount = 0;
  for (const { statement, path } of statementsOf(document)) {
    for (const element of ['NotPrincipal', 'NotAction', 'NotResource'] as const) {
      if (statement[element] === undefined) continue;
      const message = `${element} is not allowed in the Genesys trust policy: it grants everything except what it lists; use ${element.slice(3)}`;
      findings.push(trustError('GLG-IAM-NOT-ELEMENT', message, [...path, element]));
    }
    if (statement.Effect !== 'Allow') continue;
    allowCount++;
    findings.push(...lintAllowStatement(statement, path, expectedPrincipal, context));
  }
  if (allowCount === 0) {
    const message = `the trust policy allows nobody; Genesys needs Allow sts:AssumeRole for ${expectedPrincipal ?? 'its AWS account'}`;
    findings.push(trustError('GLG-IAM-TRUST-PRINCIPAL', message, ['Statement']));
  }
  if (document.Version === '2008-10-17') {
    findings.push({
      severity: 'warning',
      code: 'GLG-IAM-POLICY-VERSION',
      message: 'Version 2008-10-17 is the old policy language; use 2012-10-17',
      policy: 'trust',
      path: ['Version'],
    });
  }
  return findings;
}

function lintAllowStatement(
  statement: PolicyStatement,
  path: Path,
  expectedPrincipal: string | undefined,
  context: TrustContext,
): RoleLintFinding[] {
  const findings: RoleLintFinding[] = [];
  if (statement.Resource !== undefined)
    findings.push(
      trustError('GLG-IAM-TRUST-RESOURCE', 'a trust policy statement cannot have a Resource (IAM rejects it)', [...path, 'Resource']),
    );
  findings.push(...lintPrincipal(statement, path, expectedPrincipal, context));
  if (statement.Action === undefined) {
    if (statement.NotAction === undefined)
      findings.push(trustError('GLG-IAM-TRUST-ACTION', 'the statement has no Action; use sts:AssumeRole', path));
  } else {
    for (const { value, path: valuePath } of valuesOf(statement.Action, [...path, 'Action'])) {
      if (value.toLowerCase() !== 'sts:assumerole')
        findings.push(trustError('GLG-IAM-TRUST-ACTION', `action ${value} is not allowed; Genesys needs only sts:AssumeRole`, valuePath));
    }
  }
  findings.push(...lintExternalId(statement.Condition, path));
  return findings;
}

/** Only the Genesys account of the org's region, as an `arn:…:root` AWS principal. */
function lintPrincipal(
  statement: PolicyStatement,
  path: Path,
  expectedPrincipal: string | undefined,
  context: TrustContext,
): RoleLintFinding[] {
  const principal = statement.Principal;
  const wanted = `{ AWS: ${expectedPrincipal ?? 'the Genesys account'} }`;
  if (principal === undefined) {
    return statement.NotPrincipal === undefined
      ? [trustError('GLG-IAM-TRUST-PRINCIPAL', `the statement has no Principal; use ${wanted}`, path)]
      : [];
  }
  if (principal === '*')
    return [
      trustError('GLG-IAM-TRUST-PRINCIPAL', `Principal "*" lets any AWS account assume this role; use ${wanted}`, [...path, 'Principal']),
    ];
  const findings: RoleLintFinding[] = [];
  for (const type of Object.keys(principal)) {
    if (type !== 'AWS')
      findings.push(
        trustError(
          'GLG-IAM-TRUST-PRINCIPAL',
          `principal type ${type} is not allowed; only Genesys' AWS account may assume this role`,
          [...path, 'Principal', type],
          true,
        ),
      );
  }
  for (const { value, path: valuePath } of valuesOf(principal['AWS'], [...path, 'Principal', 'AWS'])) {
    if (expectedPrincipal !== undefined && value === expectedPrincipal) continue;
    if (expectedPrincipal === undefined && /^arn:aws[\w-]*:iam::[0-9]{12}:root$/.test(value)) continue;
    findings.push(trustError('GLG-IAM-TRUST-PRINCIPAL', describeWrongPrincipal(value, expectedPrincipal, context), valuePath));
  }
  if (principal['AWS'] === undefined && Object.keys(principal).length === 0) {
    findings.push(trustError('GLG-IAM-TRUST-PRINCIPAL', `Principal is empty; use ${wanted}`, [...path, 'Principal']));
  }
  return findings;
}

function lintExternalId(condition: Record<string, Record<string, unknown>> | undefined, path: (string | number)[]): RoleLintFinding[] {
  const findings: RoleLintFinding[] = [];
  let satisfied = false;
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, value] of Object.entries(keys ?? {})) {
      if (key.toLowerCase() !== 'sts:externalid') continue;
      const keyPath = [...path, 'Condition', operator, key];
      if (operator !== 'StringEquals') {
        findings.push({
          severity: 'error',
          code: 'GLG-IAM-TRUST-EXTERNAL-ID',
          message: `sts:ExternalId is checked with ${operator}; use StringEquals (${operator} can be satisfied by other values or by a missing external id)`,
          policy: 'trust',
          path: [...path, 'Condition', operator],
          atKey: true,
        });
      } else if (Array.isArray(value) && value.length !== 1) {
        findings.push({
          severity: 'error',
          code: 'GLG-IAM-TRUST-EXTERNAL-ID',
          message: `sts:ExternalId must have exactly one value, the Genesys org id (found ${value.length})`,
          policy: 'trust',
          path: keyPath,
        });
      } else if (typeof value === 'string' && hasWildcard(value) && !value.includes('{{')) {
        findings.push({
          severity: 'error',
          code: 'GLG-IAM-TRUST-EXTERNAL-ID',
          message: 'sts:ExternalId must be the exact Genesys org id; StringEquals does not expand wildcards',
          policy: 'trust',
          path: keyPath,
        });
      } else {
        satisfied = true;
      }
    }
  }
  if (!satisfied && !findings.some((finding) => finding.code === 'GLG-IAM-TRUST-EXTERNAL-ID')) {
    findings.push({
      severity: 'error',
      code: 'GLG-IAM-TRUST-EXTERNAL-ID',
      message:
        'the statement has no StringEquals sts:ExternalId condition; add Condition: { StringEquals: { sts:ExternalId: "{{ genesys.orgId }}" } } so that only your Genesys org can assume the role',
      policy: 'trust',
      path: condition === undefined ? path : [...path, 'Condition'],
    });
  }
  return findings;
}

function describeWrongPrincipal(value: string, expected: string | undefined, context: TrustContext): string {
  const wanted = expected ?? 'the Genesys account for this region';
  if (value === '*' || hasWildcard(value)) return `wildcard principal ${value} lets other accounts assume this role; use ${wanted}`;
  const account = /^(?:arn:aws[\w-]*:iam::)?([0-9]{12})(?::root)?$/.exec(value)?.[1];
  if (account === INVENTED_GENESYS_ACCOUNT)
    return `${value} is not a Genesys account (online tutorials invent it); Genesys region ${context.genesysRegion} uses ${wanted}`;
  if (account !== undefined && expected !== undefined && value === account && genesysPrincipalArn(account) === expected)
    return `write the principal as the ARN ${expected} (IAM stores it that way, so a bare account id would always show as a change)`;
  if (account === GENESYS_COMMERCIAL_ACCOUNT_ID || account === GENESYS_FEDRAMP_ACCOUNT_ID)
    return `${value} is the Genesys account for other regions; Genesys region ${context.genesysRegion} uses ${wanted}`;
  return `principal ${value} is not allowed; only ${wanted} (Genesys' account for region ${context.genesysRegion}) may assume this role`;
}
