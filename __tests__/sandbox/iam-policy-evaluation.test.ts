import { describe, expect, it } from 'vitest';
import { canonicalizePolicy, type PolicyStatement } from '../../src/iam/policy-document.js';
import { conditionsHold, iamGlobMatches, identityAllows, trustAdmits } from '../../sandbox/genesys/iam-policy-evaluation.js';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup';
const policy = (...Statement: PolicyStatement[]) => canonicalizePolicy({ Version: '2012-10-17', Statement });

describe('iamGlobMatches', () => {
  it.each([
    [FN, FN, true],
    [FN, `${FN}:live`, false],
    [`${FN}:*`, `${FN}:live`, true],
    [`${FN}:*`, FN, false],
    [`${FN}*`, `${FN}:live`, true],
    [`${FN}*`, FN, true],
    ['arn:aws:lambda:us-east-1:123456789012:function:orders-*', FN, true],
    ['arn:aws:lambda:*:123456789012:function:orders-lookup', FN, true],
    ['arn:aws:lambda:us-east-1:123456789012:function:orders-lookup?', FN, false],
    ['arn:aws:lambda:us-east-1:123456789012:function:order?-lookup', FN, true],
    ['*', FN, true],
    ['arn:aws:lambda:us-east-1:123456789012:function:Orders-Lookup', FN, false],
  ])('%s matches %s: %s', (pattern, value, expected) => {
    expect(iamGlobMatches(pattern, value)).toBe(expected);
  });
});

describe('identityAllows lambda:InvokeFunction', () => {
  it.each([
    ['exact grant', policy({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }), FN, { allowed: true }],
    ['action wildcard', policy({ Effect: 'Allow', Action: 'lambda:Invoke*', Resource: FN }), FN, { allowed: true }],
    ['action case-insensitive', policy({ Effect: 'Allow', Action: 'Lambda:invokefunction', Resource: FN }), FN, { allowed: true }],
    ['other action', policy({ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: FN }), FN, { allowed: false, reason: 'no-allow' }],
    [
      'qualifier not covered',
      policy({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }),
      `${FN}:live`,
      { allowed: false, reason: 'no-allow' },
    ],
    [
      'explicit deny wins',
      policy({ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }, { Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: FN }),
      FN,
      { allowed: false, reason: 'explicit-deny' },
    ],
    ['NotResource', policy({ Effect: 'Allow', Action: 'lambda:InvokeFunction', NotResource: `${FN}:*` }), FN, { allowed: true }],
    ['NotAction', policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }), FN, { allowed: true }],
    [
      'a conditional allow does not grant',
      policy({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN, Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }),
      FN,
      { allowed: false, reason: 'no-allow' },
    ],
  ])('%s', (_case, document, resource, expected) => {
    expect(identityAllows([document], 'lambda:InvokeFunction', resource)).toEqual(expected);
  });
});

describe('trustAdmits the Genesys account', () => {
  const ORG = 'org-1';
  const context = { 'sts:ExternalId': ORG };
  const trust = (statement: Partial<PolicyStatement>) =>
    policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::765628985471:root' }, Action: 'sts:AssumeRole', ...statement });

  it.each([
    ['root principal with the org id', trust({ Condition: { StringEquals: { 'sts:ExternalId': ORG } } }), true],
    ['bare account id as principal', trust({ Principal: { AWS: '765628985471' } }), true],
    ['another account', trust({ Principal: { AWS: 'arn:aws:iam::336418635985:root' } }), false],
    ['wrong external id', trust({ Condition: { StringEquals: { 'sts:ExternalId': 'org-2' } } }), false],
    ['external id in a list', trust({ Condition: { StringEquals: { 'sts:ExternalId': ['org-2', ORG] } } }), true],
    ['StringLike pattern', trust({ Condition: { StringLike: { 'sts:ExternalId': 'org-*' } } }), true],
    ['condition key in another case', trust({ Condition: { StringEquals: { 'STS:ExternalID': ORG } } }), true],
    ['unknown operator never admits', trust({ Condition: { ArnEquals: { 'sts:ExternalId': ORG } } }), false],
    ['condition on a key Genesys does not send', trust({ Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), false],
    ['sts:TagSession only', trust({ Action: 'sts:TagSession' }), false],
    ['principal *', trust({ Principal: '*' }), true],
  ])('%s: %s', (_case, document, admitted) => {
    expect(trustAdmits(document, '765628985471', context).allowed).toBe(admitted);
  });
});

describe('conditionsHold', () => {
  it.each([
    [{ StringNotEquals: { 'sts:ExternalId': ['a', 'b'] } }, { 'sts:ExternalId': 'c' }, true],
    [{ StringNotEquals: { 'sts:ExternalId': ['a', 'c'] } }, { 'sts:ExternalId': 'c' }, false],
    [{ StringEqualsIfExists: { 'aws:SourceIp': ['x'] } }, {}, true],
    [{ StringEquals: { 'aws:SourceIp': ['x'] } }, {}, false],
    [{ StringEqualsIgnoreCase: { 'sts:ExternalId': ['ORG'] } }, { 'sts:ExternalId': 'org' }, true],
  ])('%j with %j: %s', (condition, context, holds) => {
    expect(conditionsHold(condition, context)).toBe(holds);
  });
});
