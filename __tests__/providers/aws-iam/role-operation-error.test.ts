import { describe, expect, it } from 'vitest';
import {
  awsErrorCode,
  isAwsError,
  redactCredentials,
  wrapRoleError,
  RoleOperationError,
} from '../../../src/providers/aws-iam/role-operation-error.js';

function sdkLikeError(name: string, message: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: 400 }, ...extra });
}

describe('awsErrorCode', () => {
  it.each<[string, unknown, string]>([
    [
      'the wire code of a query-protocol error',
      sdkLikeError('MalformedPolicyDocumentException', 'x', { Code: 'MalformedPolicyDocument' }),
      'MalformedPolicyDocument',
    ],
    ['the class name without its Exception suffix', sdkLikeError('NoSuchEntityException', 'x'), 'NoSuchEntity'],
    ['an unmodelled code', sdkLikeError('AccessDenied', 'x'), 'AccessDenied'],
    ['something that is not an error', 'boom', 'Error'],
    ['null', null, 'Error'],
  ])('%s', (_, error, expected) => {
    expect(awsErrorCode(error)).toBe(expected);
  });

  it('isAwsError matches with or without the suffix', () => {
    expect(isAwsError(sdkLikeError('EntityAlreadyExistsException', 'x'), 'EntityAlreadyExists')).toBe(true);
    expect(isAwsError(sdkLikeError('NoSuchEntityException', 'x'), 'EntityAlreadyExists')).toBe(false);
  });
});

describe('redactCredentials', () => {
  const credentials = {
    accessKeyId: 'ASIAEXAMPLEKEYID1234',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    sessionToken: 'FQoGZXIvYXdzEBYaDExampleSessionTokenValue==',
  };

  it.each([
    ['a session token', `token ${credentials.sessionToken} rejected`, 'token [redacted] rejected'],
    ['a secret', `secret=${credentials.secretAccessKey}`, 'secret=[redacted]'],
    ['the known access key id', `key ${credentials.accessKeyId}`, 'key [redacted]'],
    ['any access key id shape', 'key AKIAIOSFODNN7EXAMPLE is unknown', 'key [redacted access key id] is unknown'],
    [
      'nothing secret',
      'User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized',
      'User: arn:aws:sts::123456789012:assumed-role/r/s is not authorized',
    ],
  ])('removes %s', (_, text, expected) => {
    expect(redactCredentials(text, [credentials])).toBe(expected);
  });

  it('ignores very short credential values that would shred ordinary words', () => {
    expect(redactCredentials('testing the role', [{ accessKeyId: 'testing', secretAccessKey: 'testing' }])).toBe('testing the role');
  });
});

describe('wrapRoleError', () => {
  it('names the operation and the role, keeps the cause, code and status', () => {
    const cause = sdkLikeError('MalformedPolicyDocumentException', 'Syntax errors in policy.', { Code: 'MalformedPolicyDocument' });
    const error = wrapRoleError(cause, { command: 'UpdateAssumeRolePolicy', action: 'update trust policy of', roleName: 'x' });
    expect(error).toBeInstanceOf(RoleOperationError);
    expect(error.message).toBe('update trust policy of role/x: MalformedPolicyDocument: Syntax errors in policy.');
    expect(error).toMatchObject({
      command: 'UpdateAssumeRolePolicy',
      roleName: 'x',
      errorCode: 'MalformedPolicyDocument',
      httpStatusCode: 400,
    });
    expect(error.cause).toBe(cause);
  });

  it('replaces the cause by a copy without the raw HTTP response, keeping its class and fields', () => {
    class FakeServiceException extends Error {}
    const cause = new FakeServiceException('denied');
    Object.assign(cause, { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    Object.defineProperty(cause, '$response', {
      value: { headers: { 'x-amz-security-token': 'secret-token-value' } },
      enumerable: false,
      configurable: false,
    });

    const error = wrapRoleError(cause, { command: 'GetRole', action: 'read', roleName: 'x' });

    expect(error.cause).toBeInstanceOf(FakeServiceException);
    expect(error.cause).toMatchObject({ name: 'AccessDenied', message: 'denied', $metadata: { httpStatusCode: 403 } });
    expect(Object.getOwnPropertyNames(error.cause)).not.toContain('$response');
  });

  it('leaves out the role for calls about the caller, and a message equal to the code', () => {
    const error = wrapRoleError(sdkLikeError('Throttling', 'Throttling'), {
      command: 'GetCallerIdentity',
      action: 'read the caller identity',
      roleName: undefined,
    });
    expect(error.message).toBe('read the caller identity: Throttling');
  });
});
