import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../../src/errors.js';
import { actionCallTimeoutMs, createGenesysProvider } from '../../../src/providers/genesys/genesys-cloud-provider.js';

describe('actionCallTimeoutMs', () => {
  it.each([
    [10, 15_000, 25_000],
    [1, 15_000, 16_000],
    [60, 15_000, 75_000],
    [120, 15_000, 75_000],
    [0, 15_000, 16_000],
    [Number.NaN, 15_000, 75_000],
    [2.5, 0, 2_500],
  ])('an action timeout of %f s with a %i ms margin gives the call %i ms', (timeoutSeconds, margin, expected) => {
    expect(actionCallTimeoutMs(timeoutSeconds, margin)).toBe(expected);
  });
});

describe('createGenesysProvider configuration', () => {
  const complete = { GENESYSCLOUD_OAUTHCLIENT_ID: 'id', GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret', GENESYSCLOUD_REGION: 'mypurecloud.de' };

  it.each([
    ['no client id', { ...complete, GENESYSCLOUD_OAUTHCLIENT_ID: undefined }, /^GENESYSCLOUD_OAUTHCLIENT_ID is not set/],
    ['a blank client id', { ...complete, GENESYSCLOUD_OAUTHCLIENT_ID: '  ' }, /^GENESYSCLOUD_OAUTHCLIENT_ID is not set/],
    ['no secret', { ...complete, GENESYSCLOUD_OAUTHCLIENT_SECRET: '' }, /^GENESYSCLOUD_OAUTHCLIENT_SECRET is not set/],
    ['an unknown region', { ...complete, GENESYSCLOUD_REGION: 'mars-north-1' }, /"mars-north-1" is not a Genesys Cloud region/],
  ])('refuses %s with a ConfigurationError', (_label, env, message) => {
    const attempt = () => createGenesysProvider({ env });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
  });

  it('announces the client secret as soon as it is built, before any call', () => {
    const secrets: string[] = [];
    createGenesysProvider({ env: complete, onSecret: (secret) => secrets.push(secret) });
    expect(secrets).toEqual(['secret']);
  });
});
