/**
 * The early GetCallerIdentity against moto_server (AWS_ENDPOINT_URL from the
 * global setup), and against a port nothing listens on.
 */
import type { STSClient } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { createEarlyStsClient, requestCallerAccountEarly } from '../../../src/providers/aws-iam/early-caller-identity.js';

/** Counts the attempts a client sends (the deserialize step runs once per attempt, inside the retries). */
function countingAttempts(): { clientFor: (region: string) => STSClient; attempts: () => number; regions: string[] } {
  let attempts = 0;
  const regions: string[] = [];
  return {
    clientFor: (region) => {
      regions.push(region);
      const client = createEarlyStsClient(region);
      client.middlewareStack.add(
        (next) => async (args) => {
          attempts += 1;
          return await next(args);
        },
        { step: 'deserialize', name: 'countAttemptsForTest' },
      );
      return client;
    },
    attempts: () => attempts,
    regions,
  };
}

const motoEndpoint = process.env.AWS_ENDPOINT_URL;
afterEach(() => {
  process.env.AWS_ENDPOINT_URL = motoEndpoint;
});

describe('requestCallerAccountEarly', () => {
  it("gives the ambient credentials' account, asked in AWS_REGION", async () => {
    const counter = countingAttempts();
    expect(await requestCallerAccountEarly({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-1' }, counter.clientFor)).toBe(
      '123456789012',
    );
    expect(counter.regions).toEqual(['eu-west-1']);
  });

  it('falls back on AWS_DEFAULT_REGION', async () => {
    const counter = countingAttempts();
    expect(await requestCallerAccountEarly({ AWS_DEFAULT_REGION: 'us-west-2' }, counter.clientFor)).toBe('123456789012');
    expect(counter.regions).toEqual(['us-west-2']);
  });

  it('attempts nothing without a region (the Environment names it)', () => {
    const counter = countingAttempts();
    expect(requestCallerAccountEarly({ AWS_REGION: ' ' }, counter.clientFor)).toBeUndefined();
    expect(counter.regions).toEqual([]);
  });

  it('comes to nothing, in one attempt, when STS cannot be reached', async () => {
    process.env.AWS_ENDPOINT_URL = 'http://127.0.0.1:9';
    const counter = countingAttempts();
    expect(await requestCallerAccountEarly({ AWS_REGION: 'us-east-1' }, counter.clientFor)).toBeUndefined();
    expect(counter.attempts()).toBe(1);
  });
});
