import { describe, expect, it } from 'vitest';
import { signInEarly } from '../../src/commands/early-sign-in.js';

/** A gateway on a port nothing listens on: an attempt resolves to nothing, never reaching a real org. */
const client = {
  GENESYSCLOUD_OAUTHCLIENT_ID: 'id',
  GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret',
  GENESYSCLOUD_REGION: 'eu-west-1',
  GENESYSCLOUD_GATEWAY_HOST: '127.0.0.1',
  GENESYSCLOUD_GATEWAY_PORT: '9',
  GENESYSCLOUD_GATEWAY_PROTOCOL: 'http',
};

describe('signInEarly', () => {
  it.each(['plan', 'apply', 'drift'] as const)('%s signs in while the manifests load', async (mode) => {
    const attempt = signInEarly(mode, client);
    expect(attempt).toBeInstanceOf(Promise);
    expect(await attempt).toBeUndefined();
  });

  it('validate never signs in', () => {
    expect(signInEarly('validate', client)).toBeUndefined();
  });

  it('waits for the Environment manifest when GENESYSCLOUD_REGION is not set', () => {
    expect(signInEarly('plan', { ...client, GENESYSCLOUD_REGION: '' })).toBeUndefined();
  });
});
