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

describe('signInEarly', () => {
  it.each(['plan', 'apply', 'drift'] as const)('%s signs in and asks for the first reads while the manifests load', async (mode) => {
    const early = signInEarly(mode, client);
    expect(await early?.token).toBeUndefined();
    // Without a token nothing was asked for; each path is offered once, as nothing.
    const [first] = planFirstReadPaths(100);
    expect(await early?.reads.take(first!)).toBeUndefined();
    expect(early?.reads.take(first!)).toBeUndefined();
  });

  it('validate never signs in', () => {
    expect(signInEarly('validate', client)).toBeUndefined();
  });

  it('waits for the Environment manifest when GENESYSCLOUD_REGION is not set', () => {
    expect(signInEarly('plan', { ...client, GENESYSCLOUD_REGION: '' })).toBeUndefined();
  });
});
