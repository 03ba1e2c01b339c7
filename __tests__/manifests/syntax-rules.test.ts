/** Lambda ARN and JSONPath syntax, table-driven. */
import { describe, expect, it } from 'vitest';
import { findJsonPathError } from '../../src/manifests/jsonpath-syntax.js';
import { parseLambdaFunctionArn } from '../../src/manifests/lambda-arn.js';

describe('parseLambdaFunctionArn', () => {
  it.each([
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:orders',
      { partition: 'aws', region: 'eu-west-1', accountId: '123456789012', functionName: 'orders' },
    ],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:orders:live',
      { partition: 'aws', region: 'eu-west-1', accountId: '123456789012', functionName: 'orders', qualifier: 'live' },
    ],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:orders:7',
      { partition: 'aws', region: 'eu-west-1', accountId: '123456789012', functionName: 'orders', qualifier: '7' },
    ],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:orders:$LATEST',
      { partition: 'aws', region: 'eu-west-1', accountId: '123456789012', functionName: 'orders', qualifier: '$LATEST' },
    ],
    [
      'arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:a_b-c',
      { partition: 'aws-us-gov', region: 'us-gov-west-1', accountId: '123456789012', functionName: 'a_b-c' },
    ],
  ])('accepts %s', (text, expected) => {
    expect(parseLambdaFunctionArn(text)).toEqual({ ok: true, arn: expected });
  });

  it.each([
    ['orders', 'expected arn:aws:lambda'],
    ['arn:aws:lambda:eu-west-1:123456789012:orders', 'expected arn:aws:lambda'],
    ['arn:gcp:lambda:eu-west-1:123456789012:function:orders', 'partition'],
    ['arn:aws:s3:eu-west-1:123456789012:function:orders', 'service'],
    ['arn:aws:lambda:europe:123456789012:function:orders', 'region'],
    ['arn:aws:lambda:eu-west-1:12345678901:function:orders', '12-digit'],
    ['arn:aws:lambda:eu-west-1:123456789012:layer:orders', 'resource type'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:or.ders', 'function name'],
    [`arn:aws:lambda:eu-west-1:123456789012:function:${'f'.repeat(65)}`, 'function name'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:orders:li.ve', 'qualifier'],
    ['arn:aws:lambda:eu-west-1:123456789012:function:orders:live:extra', 'too many'],
  ])('rejects %s', (text, reason) => {
    const parsed = parseLambdaFunctionArn(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('findJsonPathError', () => {
  it.each([
    '$',
    '$.status',
    '$.hours.open',
    '$..id',
    '$.items[*]',
    '$.items[0]',
    '$.items[-1]',
    '$.items[0,2]',
    '$.items[1:3]',
    "$['odd key']",
    '$["a","b"]',
    '$.items[?(@.price > 10)]',
    '$.*',
    '$..[0]',
  ])('accepts %s', (path) => {
    expect(findJsonPathError(path)).toBeUndefined();
  });

  it.each([
    ['status', 0],
    ['$.order[status', 7],
    ['$.', 2],
    ['$.a b', 3],
    ['$[foo]', 1],
    ['$.items[?(@.a > 1]', 7],
    ['', 0],
  ])('rejects %s at index %i', (path, index) => {
    expect(findJsonPathError(path)?.index).toBe(index);
  });
});
