/**
 * The Genesys-aware IAM lint, table-driven: each case is a trust policy, a
 * permission policy and the functions the role's data actions call, and the
 * exact findings (code and path) expected.
 */
import { describe, expect, it } from 'vitest';
import { lintRole, type RoleLintInput } from '../../src/iam/lint/role-lint.js';
import type { PolicyDocument, PolicyStatement } from '../../src/iam/policy-document.js';
import { DIAGNOSTIC_CODES } from '../../src/manifests/diagnostic-codes.js';
import { generatePermissionPolicy, generateTrustPolicy } from '../../src/manifests/generated-policies.js';
import { LIVE_ORG_ID_TOKEN } from '../../src/model/desired-state.js';

const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
const GENESYS = 'arn:aws:iam::765628985471:root';

/** The safe trust statement with members replaced; an `undefined` member is removed. */
function trust(changes: { [K in keyof PolicyStatement]?: PolicyStatement[K] | undefined }): PolicyDocument {
  const statement: Record<string, unknown> = {
    Effect: 'Allow',
    Principal: { AWS: GENESYS },
    Action: 'sts:AssumeRole',
    Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
  };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete statement[key];
    else statement[key] = value;
  }
  return { Version: '2012-10-17', Statement: [statement as unknown as PolicyStatement] };
}

function permission(...statements: PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

function input(overrides: Partial<RoleLintInput>): RoleLintInput {
  return {
    trustPolicy: trust({}),
    permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }),
    genesysAccountId: '765628985471',
    genesysRegion: 'eu-west-1',
    trustPolicyGenerated: false,
    invokedFunctions: [{ arn: FN, dataActionName: 'Lookup' }],
    ...overrides,
  };
}

type Case = [name: string, overrides: Partial<RoleLintInput>, expected: string[]];

const cases: Case[] = [
  ['the safe shape', {}, []],
  [
    'generated policies for commercial regions',
    {
      trustPolicy: generateTrustPolicy('765628985471'),
      permissionPolicy: generatePermissionPolicy([FN, `${FN}:live`]),
      invokedFunctions: [
        { arn: FN, dataActionName: 'a' },
        { arn: `${FN}:live`, dataActionName: 'b' },
      ],
    },
    [],
  ],
  [
    'generated policies for FedRAMP',
    { genesysAccountId: '325654371633', genesysRegion: 'us-east-2', trustPolicy: generateTrustPolicy('325654371633') },
    [],
  ],
  [
    'commercial account in the FedRAMP region',
    { genesysAccountId: '325654371633', genesysRegion: 'us-east-2' },
    ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal/AWS'],
  ],
  [
    'unknown Genesys account, generated trust',
    { genesysAccountId: undefined, genesysRegion: 'eusc-de-east-1', trustPolicyGenerated: true },
    ['GLG-IAM-GENESYS-ACCOUNT-UNKNOWN Statement'],
  ],
  ['unknown Genesys account, written trust', { genesysAccountId: undefined, genesysRegion: 'eusc-de-east-1' }, []],
  ['wildcard principal', { trustPolicy: trust({ Principal: '*' }) }, ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal']],
  [
    'wildcard in the AWS principal',
    { trustPolicy: trust({ Principal: { AWS: 'arn:aws:iam::*:root' } }) },
    ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal/AWS'],
  ],
  [
    'bare account id',
    { trustPolicy: trust({ Principal: { AWS: '765628985471' } }) },
    ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal/AWS'],
  ],
  [
    'extra principal account',
    { trustPolicy: trust({ Principal: { AWS: [GENESYS, 'arn:aws:iam::111122223333:root'] } }) },
    ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal/AWS/1'],
  ],
  [
    'service principal',
    { trustPolicy: trust({ Principal: { Service: 'lambda.amazonaws.com' } }) },
    ['GLG-IAM-TRUST-PRINCIPAL Statement/0/Principal/Service'],
  ],
  [
    'NotPrincipal',
    { trustPolicy: trust({ Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } }) },
    ['GLG-IAM-NOT-ELEMENT Statement/0/NotPrincipal'],
  ],
  ['sts:* action', { trustPolicy: trust({ Action: 'sts:*' }) }, ['GLG-IAM-TRUST-ACTION Statement/0/Action']],
  ['AssumeRole in another case is the same action', { trustPolicy: trust({ Action: 'STS:AssumeRole' }) }, []],
  [
    'extra TagSession action',
    { trustPolicy: trust({ Action: ['sts:AssumeRole', 'sts:TagSession'] }) },
    ['GLG-IAM-TRUST-ACTION Statement/0/Action/1'],
  ],
  ['no condition', { trustPolicy: trust({ Condition: undefined }) }, ['GLG-IAM-TRUST-EXTERNAL-ID Statement/0']],
  [
    'StringLike external id',
    { trustPolicy: trust({ Condition: { StringLike: { 'sts:ExternalId': 'abc*' } } }) },
    ['GLG-IAM-TRUST-EXTERNAL-ID Statement/0/Condition/StringLike'],
  ],
  [
    'ForAnyValue external id',
    { trustPolicy: trust({ Condition: { 'ForAnyValue:StringEquals': { 'sts:ExternalId': ['a', 'b'] } } }) },
    ['GLG-IAM-TRUST-EXTERNAL-ID Statement/0/Condition/ForAnyValue:StringEquals'],
  ],
  [
    'IfExists external id',
    { trustPolicy: trust({ Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'x' } } }) },
    ['GLG-IAM-TRUST-EXTERNAL-ID Statement/0/Condition/StringEqualsIfExists'],
  ],
  [
    'several external ids',
    { trustPolicy: trust({ Condition: { StringEquals: { 'sts:ExternalId': ['a', 'b'] } } }) },
    ['GLG-IAM-TRUST-EXTERNAL-ID Statement/0/Condition/StringEquals/sts:ExternalId'],
  ],
  [
    'literal org id',
    { trustPolicy: trust({ Condition: { StringEquals: { 'sts:ExternalId': '5b2c1e4a-0000-4000-8000-000000000001' } } }) },
    [],
  ],
  ['resource in a trust policy', { trustPolicy: trust({ Resource: '*' }) }, ['GLG-IAM-TRUST-RESOURCE Statement/0/Resource']],
  ['trust policy that allows nobody', { trustPolicy: { Version: '2012-10-17', Statement: [] } }, ['GLG-IAM-TRUST-PRINCIPAL Statement']],
  ['old policy language', { trustPolicy: { ...trust({}), Version: '2008-10-17' } }, ['GLG-IAM-POLICY-VERSION Version']],
  [
    'lambda:* action',
    { permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:*', Resource: FN }) },
    ['GLG-IAM-PERMISSION-ACTION Statement/0/Action'],
  ],
  [
    'lambda:Invoke* action',
    { permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:Invoke*', Resource: FN }) },
    ['GLG-IAM-PERMISSION-ACTION Statement/0/Action'],
  ],
  [
    'iam:PassRole next to invoke',
    { permissionPolicy: permission({ Effect: 'Allow', Action: ['lambda:InvokeFunction', 'iam:PassRole'], Resource: FN }) },
    ['GLG-IAM-PERMISSION-ACTION Statement/0/Action/1'],
  ],
  [
    'NotAction',
    { permissionPolicy: permission({ Effect: 'Allow', NotAction: 'iam:*', Resource: FN }) },
    ['GLG-IAM-NOT-ELEMENT Statement/0/NotAction', 'GLG-IAM-PERMISSION-MISSING Statement'],
  ],
  [
    'Principal in a permission policy',
    { permissionPolicy: permission({ Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: FN }) },
    ['GLG-IAM-PERMISSION-PRINCIPAL Statement/0/Principal'],
  ],
  [
    'wildcard resource',
    { permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }) },
    ['GLG-IAM-PERMISSION-WILDCARD Statement/0/Resource'],
  ],
  [
    'unqualified grant does not cover an alias',
    { invokedFunctions: [{ arn: `${FN}:live`, dataActionName: 'Lookup' }] },
    ['GLG-IAM-PERMISSION-UNUSED Statement/0/Resource', 'GLG-IAM-PERMISSION-MISSING Statement'],
  ],
  [
    'fn:* covers an alias (with a wildcard warning)',
    {
      permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `${FN}:*` }),
      invokedFunctions: [{ arn: `${FN}:live`, dataActionName: 'Lookup' }],
    },
    ['GLG-IAM-PERMISSION-WILDCARD Statement/0/Resource'],
  ],
  [
    'fn:* does not cover the unqualified function',
    { permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `${FN}:*` }) },
    ['GLG-IAM-PERMISSION-WILDCARD Statement/0/Resource', 'GLG-IAM-PERMISSION-MISSING Statement'],
  ],
  [
    'exact alias grant',
    {
      permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `${FN}:live` }),
      invokedFunctions: [{ arn: `${FN}:live`, dataActionName: 'Lookup' }],
    },
    [],
  ],
  [
    'explicit deny wins',
    {
      permissionPolicy: permission(
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN },
        { Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: FN },
      ),
    },
    ['GLG-IAM-PERMISSION-MISSING Statement'],
  ],
  // Neither granted nor denied offline: a warning, never a MISSING error (the plan's function-covered check says warn; see src/iam/evaluate.ts).
  [
    'conditional grant cannot be proven',
    {
      permissionPolicy: permission({
        Effect: 'Allow',
        Action: 'lambda:InvokeFunction',
        Resource: FN,
        Condition: { Bool: { 'aws:SecureTransport': true } },
      }),
    },
    ['GLG-IAM-PERMISSION-CONDITION Statement/0/Condition'],
  ],
  [
    'conditional deny of the invoked function',
    {
      permissionPolicy: permission(
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN },
        { Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } },
      ),
    },
    ['GLG-IAM-PERMISSION-CONDITION Statement/1/Condition'],
  ],
  [
    'conditional deny of another function only',
    {
      permissionPolicy: permission(
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN },
        { Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: `${FN}-admin`, Condition: { Bool: { 'aws:SecureTransport': false } } },
      ),
    },
    [],
  ],
  [
    'unconditional deny through NotResource',
    {
      permissionPolicy: permission(
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN },
        { Effect: 'Deny', Action: 'lambda:InvokeFunction', NotResource: `${FN}-other` },
      ),
    },
    ['GLG-IAM-NOT-ELEMENT Statement/1/NotResource', 'GLG-IAM-PERMISSION-MISSING Statement'],
  ],
  [
    'grant no data action uses',
    { permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [FN, `${FN}-legacy`] }) },
    ['GLG-IAM-PERMISSION-UNUSED Statement/0/Resource/1'],
  ],
  [
    'single statement object, not a list',
    { permissionPolicy: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'lambda:*', Resource: FN } } },
    ['GLG-IAM-PERMISSION-ACTION Statement/Action'],
  ],
  [
    'empty generated permission policy for a role with no data actions',
    { permissionPolicy: generatePermissionPolicy([]), invokedFunctions: [] },
    [],
  ],
];

describe('lintRole', () => {
  it.each(cases)('%s', (_name, overrides, expected) => {
    const findings = lintRole(input(overrides));
    expect(findings.map((finding) => `${finding.code} ${finding.path.join('/')}`).sort()).toEqual([...expected].sort());
  });

  it('uses only registered codes, with their registered severity', () => {
    const findings = cases.flatMap(([, overrides]) => lintRole(input(overrides)));
    for (const finding of findings) {
      expect(Object.hasOwn(DIAGNOSTIC_CODES, finding.code), finding.code).toBe(true);
      expect(finding.severity, finding.code).toBe(DIAGNOSTIC_CODES[finding.code as keyof typeof DIAGNOSTIC_CODES].severity);
    }
  });

  it('gives errors for trust, action and missing grants and warnings for breadth', () => {
    const findings = lintRole(
      input({
        trustPolicy: trust({ Principal: '*' }),
        permissionPolicy: permission({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: ['*'] }),
        invokedFunctions: [],
      }),
    );
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['GLG-IAM-TRUST-PRINCIPAL', 'error'],
      ['GLG-IAM-PERMISSION-WILDCARD', 'warning'],
    ]);
  });

  it('names the data action whose function is not granted', () => {
    const [finding] = lintRole(
      input({ permissionPolicy: permission(), invokedFunctions: [{ arn: `${FN}:live`, dataActionName: 'Lookup Order' }] }),
    );
    expect(finding?.dataActionName).toBe('Lookup Order');
    expect(finding?.message).toContain(`${FN}:live`);
  });

  it('calls out the account that tutorials invent', () => {
    const [finding] = lintRole(input({ trustPolicy: trust({ Principal: { AWS: 'arn:aws:iam::336418635985:root' } }) }));
    expect(finding?.message).toContain('not a Genesys account');
  });
});
