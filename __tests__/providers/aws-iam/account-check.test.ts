import { describe, expect, it } from 'vitest';
import { checkAccountMatches } from '../../../src/providers/aws-iam/account-check.js';

describe('checkAccountMatches', () => {
  it.each<[string, string | undefined, string, string | undefined, string | undefined]>([
    ['the manifest pins no account', undefined, '123456789012', 'prod', undefined],
    ['the accounts are equal', '123456789012', '123456789012', 'prod', undefined],
    [
      'the accounts differ',
      '210987654321',
      '123456789012',
      'prod',
      'Environment prod pins AWS account 210987654321 but the credentials belong to 123456789012; refusing to write. Use credentials for the pinned account, or fix spec.aws.accountId.',
    ],
    [
      'the accounts differ and the environment is unnamed',
      '210987654321',
      '123456789012',
      undefined,
      'The environment pins AWS account 210987654321 but the credentials belong to 123456789012; refusing to write. Use credentials for the pinned account, or fix spec.aws.accountId.',
    ],
  ])('%s', (_, manifest, caller, environment, expected) => {
    expect(checkAccountMatches(manifest, caller, environment)).toBe(expected);
  });
});
