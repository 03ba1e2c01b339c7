/**
 * The clients that createRoleProvider builds by default retry throttling
 * (adaptive mode). moto never throttles, so a small HTTP server speaking the
 * IAM/STS query protocol throttles the first request of some actions, reached
 * through AWS_ENDPOINT_URL exactly as moto is.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRoleProvider } from '../../../src/providers/aws-iam/iam-role-provider.js';

// One throttled answer per throttled action: adaptive mode then slows the client down
// for real (its token bucket cannot be given a fake clock), so more would cost seconds.
const THROTTLED_ATTEMPTS = 1;
const THROTTLED_ACTIONS = new Set(['GetCallerIdentity', 'GetRole']);
const attemptsByAction = new Map<string, number>();
let server: Server;
let previousEndpoint: string | undefined;

function throttling(namespace: string): string {
  return `<ErrorResponse xmlns="${namespace}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r</RequestId></ErrorResponse>`;
}

function success(action: string, namespace: string, result: string): string {
  return `<${action}Response xmlns="${namespace}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></${action}Response>`;
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const TRUST = encodeURIComponent(
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::765628985471:root' }, Action: 'sts:AssumeRole' }],
  }),
);
const RESULTS: Record<string, [string, string]> = {
  GetCallerIdentity: [STS_NS, '<Arn>arn:aws:iam::123456789012:user/ci</Arn><UserId>AIDA</UserId><Account>123456789012</Account>'],
  GetRole: [
    IAM_NS,
    `<Role><Path>/</Path><RoleName>r</RoleName><RoleId>AROA</RoleId><Arn>arn:aws:iam::123456789012:role/r</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>${TRUST}</AssumeRolePolicyDocument><MaxSessionDuration>3600</MaxSessionDuration></Role>`,
  ],
};

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const action = new URLSearchParams(body).get('Action') ?? '';
      const attempt = (attemptsByAction.get(action) ?? 0) + 1;
      attemptsByAction.set(action, attempt);
      const [namespace, result] = RESULTS[action] ?? [IAM_NS, ''];
      response.setHeader('content-type', 'text/xml');
      if (THROTTLED_ACTIONS.has(action) && attempt <= THROTTLED_ATTEMPTS) {
        response.statusCode = 400;
        response.end(throttling(namespace));
      } else {
        response.end(success(action, namespace, result));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  previousEndpoint = process.env.AWS_ENDPOINT_URL;
  process.env.AWS_ENDPOINT_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  process.env.AWS_ENDPOINT_URL = previousEndpoint;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

it('STS and IAM calls recover from throttling through the default clients’ retries', async () => {
  const provider = createRoleProvider();

  expect(await provider.callerAccountId()).toBe('123456789012');
  // Only GetRole: after a throttle, adaptive mode also paces the next calls, so a full readRole costs seconds.
  expect(await provider.waitUntilRoleUsable('r', { timeoutMs: 0 })).toBe(true);

  for (const action of THROTTLED_ACTIONS) expect(attemptsByAction.get(action), action).toBe(THROTTLED_ATTEMPTS + 1);
});
