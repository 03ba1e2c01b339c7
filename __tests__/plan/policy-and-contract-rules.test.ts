import { describe, expect, it } from 'vitest';
import type { CanonicalPolicyDocument, PolicyDocument } from '../../src/iam/policy-document.js';
import { canonicalizePolicy } from '../../src/iam/policy-document.js';
import type { JsonObject } from '../../src/model/json.js';
import { findBreakingContractChanges } from '../../src/plan/contract-compatibility.js';
import { canInvoke } from '../../src/iam/evaluate.js';
import { iamPatternMatches } from '../../src/iam/patterns.js';
import { findPolicyBroadening } from '../../src/plan/policy-broadening.js';

const doc = (...Statement: PolicyDocument['Statement'][]): CanonicalPolicyDocument =>
  canonicalizePolicy({ Version: '2012-10-17', Statement: Statement.flat() });

const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:orders';

describe('iamPatternMatches', () => {
  it.each([
    ['lambda:InvokeFunction', 'lambda:InvokeFunction', true, true],
    ['lambda:*', 'lambda:InvokeFunction', true, true],
    ['LAMBDA:invokefunction', 'lambda:InvokeFunction', true, true],
    ['LAMBDA:invokefunction', 'lambda:InvokeFunction', false, false],
    ['lambda:Invoke?unction', 'lambda:InvokeFunction', true, true],
    [`${FN}:*`, `${FN}:live`, false, true],
    [`${FN}:*`, FN, false, false],
    [FN, `${FN}:live`, false, false],
    ['arn:aws:lambda:*:123456789012:function:o.ders', FN, false, false],
  ])('%s matches %s (case-insensitive=%s) → %s', (pattern, value, caseInsensitive, expected) => {
    expect(iamPatternMatches(pattern, value, caseInsensitive)).toBe(expected);
  });
});

describe('findPolicyBroadening', () => {
  const allow = (Resource: string | string[], extra: object = {}) => ({
    Effect: 'Allow' as const,
    Action: 'lambda:InvokeFunction',
    Resource,
    ...extra,
  });
  it.each([
    { name: 'identical', before: doc(allow(FN)), after: doc(allow(FN)), broadened: false },
    {
      name: 'statements reordered and split',
      before: doc(allow([FN, `${FN}2`])),
      after: doc(allow(`${FN}2`), allow(FN)),
      broadened: false,
    },
    {
      name: 'covered by an old wildcard',
      before: doc(allow('arn:aws:lambda:eu-west-1:123456789012:function:*')),
      after: doc(allow(FN)),
      broadened: false,
    },
    { name: 'new resource', before: doc(allow(FN)), after: doc(allow([FN, `${FN}:*`])), broadened: true },
    { name: 'wider action', before: doc(allow(FN)), after: doc({ Effect: 'Allow', Action: 'lambda:*', Resource: FN }), broadened: true },
    {
      name: 'condition removed',
      before: doc(allow(FN, { Condition: { StringEquals: { 'aws:SourceAccount': '1' } } })),
      after: doc(allow(FN)),
      broadened: true,
    },
    {
      name: 'condition added (narrower)',
      before: doc(allow(FN)),
      after: doc(allow(FN, { Condition: { StringEquals: { 'aws:SourceAccount': '1' } } })),
      broadened: false,
    },
    {
      name: 'condition admits another value',
      before: doc(allow(FN, { Condition: { StringEquals: { 'sts:ExternalId': 'a' } } })),
      after: doc(allow(FN, { Condition: { StringEquals: { 'sts:ExternalId': ['a', 'b'] } } })),
      broadened: true,
    },
    {
      name: 'Deny removed',
      before: doc(allow(FN), { Effect: 'Deny', Action: 'lambda:*', Resource: `${FN}2` }),
      after: doc(allow(FN)),
      broadened: true,
    },
    {
      name: 'NotAction introduced',
      before: doc(allow(FN)),
      after: doc({ Effect: 'Allow', NotAction: 'iam:*', Resource: FN }),
      broadened: true,
    },
    { name: 'document created', before: undefined, after: doc(allow(FN)), broadened: true },
    { name: 'document deleted', before: doc(allow(FN)), after: undefined, broadened: false },
  ])('$name', ({ before, after, broadened }) => {
    expect(findPolicyBroadening(before, after).length > 0).toBe(broadened);
  });
});

describe('canInvoke (qualifiers matter)', () => {
  it.each([
    { name: 'exact unqualified', policy: doc({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }), arn: FN, allowed: true },
    {
      name: 'unqualified grant, qualified call',
      policy: doc({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: FN }),
      arn: `${FN}:live`,
      allowed: false,
    },
    {
      name: 'qualifier wildcard',
      policy: doc({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: `${FN}:*` }),
      arn: `${FN}:live`,
      allowed: true,
    },
    { name: 'other action', policy: doc({ Effect: 'Allow', Action: 'lambda:GetFunction', Resource: FN }), arn: FN, allowed: false },
    {
      name: 'explicit deny wins',
      policy: doc(
        { Effect: 'Allow', Action: 'lambda:*', Resource: '*' },
        { Effect: 'Deny', Action: 'lambda:InvokeFunction', Resource: FN },
      ),
      arn: FN,
      allowed: false,
    },
  ])('$name', ({ policy, arn, allowed }) => {
    expect(canInvoke(policy, arn)).toBe(allowed ? 'granted' : 'denied');
  });
});

describe('findBreakingContractChanges', () => {
  const object = (properties: Record<string, unknown>, required: string[] = []) =>
    ({ type: 'object', properties, ...(required.length > 0 ? { required } : {}) }) as unknown as JsonObject;
  it.each([
    {
      name: 'no change',
      before: [object({ a: { type: 'string' } }), object({ x: { type: 'string' } })],
      after: [object({ a: { type: 'string' } }), object({ x: { type: 'string' } })],
      expected: [],
    },
    {
      name: 'new optional input and new output',
      before: [object({ a: { type: 'string' } }), object({ x: { type: 'string' } })],
      after: [object({ a: { type: 'string' }, b: { type: 'string' } }), object({ x: { type: 'string' }, y: { type: 'string' } })],
      expected: [],
    },
    {
      name: 'input made optional is fine',
      before: [object({ a: { type: 'string' } }, ['a']), object({})],
      after: [object({ a: { type: 'string' } }), object({})],
      expected: [],
    },
    {
      name: 'nested output property removed',
      before: [object({}), object({ order: { type: 'object', properties: { id: { type: 'string' }, eta: { type: 'string' } } } })],
      after: [object({}), object({ order: { type: 'object', properties: { id: { type: 'string' } } } })],
      expected: ['output order.eta removed'],
    },
    {
      name: 'array item retyped',
      before: [object({}), object({ lines: { type: 'array', items: { type: 'string' } } })],
      after: [object({}), object({ lines: { type: 'array', items: { type: 'integer' } } })],
      expected: ['output lines[] type "string" → "integer"'],
    },
    {
      name: 'input retyped',
      before: [object({ a: { type: 'string' } }), object({})],
      after: [object({ a: { type: 'integer' } }), object({})],
      expected: ['input a type "string" → "integer"'],
    },
  ])('$name', ({ before, after, expected }) => {
    const [beforeInput = {}, beforeOutput = {}] = before;
    const [afterInput = {}, afterOutput = {}] = after;
    expect(findBreakingContractChanges({ input: beforeInput, output: beforeOutput }, { input: afterInput, output: afterOutput })).toEqual(
      expected,
    );
  });
});
