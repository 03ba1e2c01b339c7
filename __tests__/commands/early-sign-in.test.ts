import type { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { signInEarly } from '../../src/commands/early-sign-in.js';
import { planFirstReadPaths } from '../../src/providers/genesys/plan-first-reads.js';

/** A gateway on a port nothing listens on: an attempt comes to nothing, never reaching a real org. */
const client = {
  GENESYSCLOUD_OAUTHCLIENT_ID: 'id',
  GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret',
  GENESYSCLOUD_REGION: 'eu-west-1',
  GENESYSCLOUD_GATEWAY_HOST: '127.0.0.1',
  GENESYSCLOUD_GATEWAY_PORT: '9',
  GENESYSCLOUD_GATEWAY_PROTOCOL: 'http',
};

/** An STS client whose every call is refused here, recording the regions it was made for (no AWS is reached). */
function refusingSts(): { clientFor: (region: string) => STSClient; regions: string[] } {
  const regions: string[] = [];
  const clientFor = (region: string): STSClient => {
    regions.push(region);
    return {
      send: () => Promise.reject(new Error('no AWS in unit tests')),
      destroy: () => undefined,
    } as unknown as STSClient;
  };
  return { clientFor, regions };
}

describe('signInEarly', () => {
  it.each(['plan', 'apply', 'drift'] as const)('%s signs in and asks for the first reads while the manifests load', async (mode) => {
    const sts = refusingSts();
    const early = signInEarly(mode, client, sts.clientFor);
    expect(await early?.genesys?.token).toBeUndefined();
    // Without a token nothing was asked for; each path is offered once, as nothing.
    const [first] = planFirstReadPaths(100);
    expect(await early?.genesys?.reads.take(first!)).toBeUndefined();
    expect(early?.genesys?.reads.take(first!)).toBeUndefined();
    // No AWS_REGION: the AWS account is asked once the Environment is loaded.
    expect(early?.awsAccountId).toBeUndefined();
    expect(sts.regions).toEqual([]);
  });

  it.each(['plan', 'apply', 'drift'] as const)('%s asks for the AWS account too when AWS_REGION is set', async (mode) => {
    const sts = refusingSts();
    const early = signInEarly(mode, { ...client, AWS_REGION: 'eu-central-1' }, sts.clientFor);
    expect(sts.regions).toEqual(['eu-central-1']);
    // A refusal is nothing, never a rejection: the role provider then asks itself.
    expect(await early?.awsAccountId).toBeUndefined();
  });

  it('asks for the AWS account alone when Genesys cannot be signed in to yet', () => {
    const sts = refusingSts();
    const early = signInEarly('plan', { AWS_DEFAULT_REGION: 'us-east-2' }, sts.clientFor);
    expect(early?.genesys).toBeUndefined();
    expect(early?.awsAccountId).toBeInstanceOf(Promise);
    expect(sts.regions).toEqual(['us-east-2']);
  });

  it('validate never signs in', () => {
    const sts = refusingSts();
    expect(signInEarly('validate', { ...client, AWS_REGION: 'eu-west-1' }, sts.clientFor)).toBeUndefined();
    expect(sts.regions).toEqual([]);
  });

  it('waits for the Environment manifest when neither GENESYSCLOUD_REGION nor an AWS region is set', () => {
    expect(signInEarly('plan', { ...client, GENESYSCLOUD_REGION: '' })).toBeUndefined();
  });
});
