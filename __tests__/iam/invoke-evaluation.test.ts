/**
 * One IAM question, one answer: for every policy/ARN pair in the table,
 * canInvoke's answer is asserted, and so is the agreement of its two users:
 * the IAM lint (GLG-IAM-PERMISSION-MISSING exactly when denied; a
 * GLG-IAM-PERMISSION-CONDITION warning when conditional) and the plan's
 * `function-covered` cross-check (pass / warn / fail).
 */
import { describe, expect, it } from 'vitest';
import type { InvokeAnswer } from '../../src/iam/evaluate.js';
import { canInvoke } from '../../src/iam/evaluate.js';
import { lintPermissionPolicy } from '../../src/iam/lint/permission-policy-lint.js';
import type { PolicyDocument, PolicyStatement } from '../../src/iam/policy-document.js';
import { planChanges } from '../../src/plan/planner.js';
import type { CrossCheck } from '../../src/plan/types.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';
const ALIAS = `${FN}:live`;
const INVOKE = 'lambda:InvokeFunction';
const IF_TLS = { Bool: { 'aws:SecureTransport': true } };

const allow = (Resource: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Allow',
  Action: INVOKE,
  Resource,
  ...extra,
});
const deny = (Resource: string | string[], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: 'Deny',
  Action: INVOKE,
  Resource,
  ...extra,
});

interface Row {
  name: string;
  statement: PolicyDocument['Statement'];
  arn: string;
  answer: InvokeAnswer;
}

const rows: Row[] = [
  { name: 'exact ARN', statement: [allow(FN)], arn: FN, answer: 'granted' },
  { name: 'exact alias ARN', statement: [allow(ALIAS)], arn: ALIAS, answer: 'granted' },
  { name: 'unqualified grant does not cover an alias', statement: [allow(FN)], arn: ALIAS, answer: 'denied' },
  { name: 'alias grant does not cover the unqualified function', statement: [allow(ALIAS)], arn: FN, answer: 'denied' },
  { name: 'fn:* covers an alias', statement: [allow(`${FN}:*`)], arn: ALIAS, answer: 'granted' },
  { name: 'fn:* does not cover the unqualified function', statement: [allow(`${FN}:*`)], arn: FN, answer: 'denied' },
  {
    name: 'function:* covers every function of the account and region',
    statement: [allow('arn:aws:lambda:eu-west-1:123456789012:function:*')],
    arn: ALIAS,
    answer: 'granted',
  },
  { name: 'resource *', statement: [allow('*')], arn: FN, answer: 'granted' },
  {
    name: '? matches exactly one character',
    statement: [allow('arn:aws:lambda:eu-west-1:123456789012:function:order?')],
    arn: FN,
    answer: 'granted',
  },
  {
    name: '? does not match zero characters',
    statement: [allow('arn:aws:lambda:eu-west-1:123456789012:function:orders?')],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'resource ARNs are case-sensitive',
    statement: [allow('arn:aws:lambda:eu-west-1:123456789012:function:Orders')],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'action names are case-insensitive',
    statement: [{ Effect: 'Allow', Action: 'LAMBDA:invokefunction', Resource: FN }],
    arn: FN,
    answer: 'granted',
  },
  { name: 'lambda:*', statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: FN }], arn: FN, answer: 'granted' },
  { name: 'action *', statement: [{ Effect: 'Allow', Action: '*', Resource: FN }], arn: FN, answer: 'granted' },
  { name: 'lambda:Invoke*', statement: [{ Effect: 'Allow', Action: 'lambda:Invoke*', Resource: FN }], arn: FN, answer: 'granted' },
  {
    name: 'another lambda action',
    statement: [{ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: FN }],
    arn: FN,
    answer: 'denied',
  },
  { name: 'another account', statement: [allow('arn:aws:lambda:eu-west-1:999999999999:function:orders')], arn: FN, answer: 'denied' },
  { name: 'another region', statement: [allow('arn:aws:lambda:us-east-1:123456789012:function:orders')], arn: FN, answer: 'denied' },
  { name: 'any region by wildcard', statement: [allow('arn:aws:lambda:*:123456789012:function:orders')], arn: FN, answer: 'granted' },
  { name: 'explicit Deny on the exact ARN wins', statement: [allow(FN), deny(FN)], arn: FN, answer: 'denied' },
  {
    name: 'wildcard Deny wins over an exact Allow',
    statement: [allow(FN), { Effect: 'Deny', Action: 'lambda:*', Resource: '*' }],
    arn: FN,
    answer: 'denied',
  },
  { name: 'Deny of another function does not matter', statement: [allow('*'), deny(`${FN}-admin`)], arn: FN, answer: 'granted' },
  { name: 'Deny of the unqualified ARN does not touch an alias', statement: [allow(`${FN}:*`), deny(FN)], arn: ALIAS, answer: 'granted' },
  { name: 'Condition on the only Allow', statement: [allow(FN, { Condition: IF_TLS })], arn: FN, answer: 'conditional' },
  { name: 'Condition on a wildcard Allow', statement: [allow('*', { Condition: IF_TLS })], arn: FN, answer: 'conditional' },
  {
    name: 'an unconditional Allow beside a conditional one',
    statement: [allow(FN, { Condition: IF_TLS }), allow(FN)],
    arn: FN,
    answer: 'granted',
  },
  {
    name: 'Condition on a Deny that could revoke the grant',
    statement: [allow(FN), deny('*', { Condition: { Bool: { 'aws:SecureTransport': false } } })],
    arn: FN,
    answer: 'conditional',
  },
  { name: 'conditional Deny with no Allow at all', statement: [deny(FN, { Condition: IF_TLS })], arn: FN, answer: 'denied' },
  {
    name: 'unconditional Deny beats a conditional Allow',
    statement: [allow(FN, { Condition: IF_TLS }), deny(FN)],
    arn: FN,
    answer: 'denied',
  },
  { name: 'an empty Condition block constrains nothing', statement: [allow(FN, { Condition: {} })], arn: FN, answer: 'granted' },
  {
    name: 'NotAction Allow never proves a grant',
    statement: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: FN }],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'NotResource Allow never proves a grant',
    statement: [{ Effect: 'Allow', Action: INVOKE, NotResource: `${FN}-admin` }],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'NotResource Deny that does not exclude the ARN denies it',
    statement: [allow(FN), { Effect: 'Deny', Action: INVOKE, NotResource: `${FN}-public` }],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'NotResource Deny that excludes the ARN leaves it alone',
    statement: [allow(FN), { Effect: 'Deny', Action: INVOKE, NotResource: FN }],
    arn: FN,
    answer: 'granted',
  },
  {
    name: 'NotAction Deny that does not exclude invoke denies it',
    statement: [allow(FN), { Effect: 'Deny', NotAction: 'lambda:GetFunction', Resource: FN }],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'action and resource must meet in one statement',
    statement: [{ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: FN }, allow(`${FN}-other`)],
    arn: FN,
    answer: 'denied',
  },
  {
    name: 'the grant is in the second of several statements',
    statement: [allow(`${FN}-other`), allow([`${FN}-legacy`, FN])],
    arn: FN,
    answer: 'granted',
  },
  { name: 'Action and Resource as lists', statement: [{ Effect: 'Allow', Action: [INVOKE], Resource: [FN] }], arn: FN, answer: 'granted' },
  { name: 'a single statement object, not a list', statement: allow(FN), arn: FN, answer: 'granted' },
  { name: 'no statements', statement: [], arn: FN, answer: 'denied' },
];

const CROSS_CHECK_STATUS: Record<InvokeAnswer, CrossCheck['status']> = { granted: 'pass', conditional: 'warn', denied: 'fail' };

function crossCheckFor(document: PolicyDocument, arn: string): CrossCheck {
  const desired = desiredFixture();
  desired.roles[0]!.permissionPolicy = document;
  desired.dataActions = desired.dataActions.filter((action) => action.name === 'Lookup Order');
  desired.dataActions[0]!.functionArn = arn;
  const checks = planChanges(desired, observedInSync(), { prune: false }).checks.filter((check) => check.code === 'function-covered');
  expect(checks).toHaveLength(1);
  return checks[0]!;
}

describe('canInvoke, the IAM lint and the function-covered check agree', () => {
  it('has a table of at least 20 cases covering every answer', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((row) => row.answer))).toEqual(new Set(['granted', 'denied', 'conditional']));
  });

  it.each(rows)('$name → $answer', ({ statement, arn, answer }) => {
    const document: PolicyDocument = { Version: '2012-10-17', Statement: statement };
    expect(canInvoke(document, arn)).toBe(answer);

    const codes = lintPermissionPolicy(document, [{ arn, dataActionName: 'Lookup Order' }]).map((finding) => finding.code);
    expect(codes.includes('GLG-IAM-PERMISSION-MISSING'), `lint findings: ${codes.join(', ')}`).toBe(answer === 'denied');
    if (answer === 'conditional') expect(codes).toContain('GLG-IAM-PERMISSION-CONDITION');

    const check = crossCheckFor(document, arn);
    expect(check.status, check.message).toBe(CROSS_CHECK_STATUS[answer]);
    if (answer === 'conditional') expect(check.message).toMatch(/Condition/);
  });
});
