import { describe, expect, it } from 'vitest';
import { canonicalizePolicy, type PolicyDocument } from '../../../src/iam/policy-document.js';
import type { ObservedRole } from '../../../src/model/observed-state.js';
import { effectiveInlinePolicies, isAwsReservedTag, roleWritesFor, type RoleWrite } from '../../../src/providers/aws-iam/role-writes.js';
import { ORG_ID, genesysTrustPolicy, invokePolicy, roleSpec } from './role-fixtures.js';

const ORDERS = 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup';
const RETURNS = 'arn:aws:lambda:us-east-1:123456789012:function:returns-lookup';
const EMPTY: PolicyDocument = { Version: '2012-10-17', Statement: [] };

/** The role as IAM would report it after applying `roleSpec(name)` unchanged. */
function observedFor(overrides: Partial<ObservedRole> = {}): ObservedRole {
  const spec = roleSpec('r');
  return {
    name: 'r',
    arn: 'arn:aws:iam::123456789012:role/r',
    path: spec.path,
    description: spec.description,
    maxSessionDurationSeconds: spec.maxSessionDurationSeconds,
    trustPolicy: canonicalizePolicy(spec.trustPolicy),
    inlinePolicies: Object.fromEntries(Object.entries(spec.inlinePolicies).map(([name, doc]) => [name, canonicalizePolicy(doc)])),
    attachedPolicyArns: [],
    tags: { ...spec.tags },
    ...overrides,
  };
}

describe('roleWritesFor', () => {
  it.each<[string, Partial<ObservedRole>, Parameters<typeof roleSpec>[1], RoleWrite[]]>([
    ['nothing differs', {}, {}, []],
    [
      'the trust policy is equivalent but written differently (single values, no array)',
      {},
      {
        trustPolicy: {
          Version: '2012-10-17',
          Statement: {
            Effect: 'Allow',
            Action: ['sts:AssumeRole', 'sts:AssumeRole'],
            Principal: { AWS: ['arn:aws:iam::765628985471:root'] },
            Condition: { StringEquals: { 'sts:ExternalId': ORG_ID } },
          },
        },
      },
      [],
    ],
    [
      'the external id changed',
      {},
      { trustPolicy: genesysTrustPolicy('other') },
      [{ kind: 'update-trust-policy', document: genesysTrustPolicy('other') }],
    ],
    [
      'the description changed',
      {},
      { description: 'new' },
      [{ kind: 'update-settings', description: 'new', maxSessionDurationSeconds: 3600 }],
    ],
    [
      'the max session changed',
      {},
      { maxSessionDurationSeconds: 7200 },
      [{ kind: 'update-settings', description: roleSpec('r').description, maxSessionDurationSeconds: 7200 }],
    ],
    [
      'an inline policy grants one more function',
      {},
      { inlinePolicies: { 'invoke-functions': invokePolicy(ORDERS, RETURNS) } },
      [{ kind: 'put-inline-policy', policyName: 'invoke-functions', document: invokePolicy(ORDERS, RETURNS) }],
    ],
    [
      'the same resources in another order and with duplicates',
      {},
      { inlinePolicies: { 'invoke-functions': invokePolicy(ORDERS, ORDERS) } },
      [],
    ],
    [
      'an inline policy exists that the spec does not list',
      {
        inlinePolicies: { 'invoke-functions': canonicalizePolicy(invokePolicy(ORDERS)), legacy: canonicalizePolicy(invokePolicy(RETURNS)) },
      },
      {},
      [{ kind: 'delete-inline-policy', policyName: 'legacy' }],
    ],
    [
      'an empty inline policy means none: delete the live one',
      {},
      { inlinePolicies: { 'invoke-functions': EMPTY } },
      [{ kind: 'delete-inline-policy', policyName: 'invoke-functions' }],
    ],
    [
      'an empty inline policy that does not exist: nothing to do',
      { inlinePolicies: {} },
      { inlinePolicies: { 'invoke-functions': EMPTY } },
      [],
    ],
    [
      'a managed policy attached by hand is detached',
      { attachedPolicyArns: ['arn:aws:iam::aws:policy/AWSLambda_FullAccess'] },
      {},
      [{ kind: 'detach-managed-policy', policyArn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess' }],
    ],
    ['a tag value changed', {}, { tags: { ...roleSpec('r').tags, team: 'billing' } }, [{ kind: 'tag', tags: { team: 'billing' } }]],
    [
      'a live tag is not in the spec; aws: tags are left alone',
      { tags: { ...roleSpec('r').tags, extra: 'x', 'aws:cloudformation:stack-name': 's' } },
      {},
      [{ kind: 'untag', keys: ['extra'] }],
    ],
  ])('%s', (_, observed, spec, expected) => {
    expect(roleWritesFor(observedFor(observed), roleSpec('r', spec))).toEqual(expected);
  });

  it('orders writes: trust, settings, puts before deletes, then tags', () => {
    const writes = roleWritesFor(
      observedFor({ inlinePolicies: { old: canonicalizePolicy(invokePolicy(RETURNS)) }, tags: { gone: 'x' } }),
      roleSpec('r', { trustPolicy: genesysTrustPolicy('x'), description: 'd', tags: { kept: 'y' } }),
    );
    expect(writes.map((write) => write.kind)).toEqual([
      'update-trust-policy',
      'update-settings',
      'put-inline-policy',
      'delete-inline-policy',
      'tag',
      'untag',
    ]);
  });
});

describe('effectiveInlinePolicies', () => {
  it('drops documents with an empty statement list and keeps the others as written', () => {
    const spec = roleSpec('r', { inlinePolicies: { a: EMPTY, b: invokePolicy(ORDERS) } });
    expect(effectiveInlinePolicies(spec)).toEqual({ b: invokePolicy(ORDERS) });
  });
});

describe('isAwsReservedTag', () => {
  it.each([
    ['aws:cloudformation:stack-name', true],
    ['AWS:Something', true],
    ['managed-by', false],
    ['team-aws:x', false],
  ])('%s → %s', (key, expected) => {
    expect(isAwsReservedTag(key)).toBe(expected);
  });
});
