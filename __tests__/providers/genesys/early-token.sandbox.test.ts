/**
 * The early sign-in against the Genesys sandbox: a token when the OAuth
 * client and region allow one, and nothing (never an error, never a retry)
 * for every way the attempt can fail, so the client signs in itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../../sandbox/genesys/server.js';
import { requestTokenEarly } from '../../../src/providers/genesys/early-token.js';

let sandbox: GenesysSandbox;
beforeAll(async () => {
  sandbox = await startGenesysSandbox();
});
afterAll(async () => {
  await sandbox.stop();
});
beforeEach(() => {
  sandbox.faults.clear();
  sandbox.requests.length = 0;
});

const tokenRequests = () => sandbox.requests.filter((request) => request.path === '/oauth/token');

describe('requestTokenEarly', () => {
  it('signs in once and gives the token and its lifetime', async () => {
    const issued = await requestTokenEarly(sandbox.env);
    expect(issued?.accessToken).toMatch(/.{16,}/);
    expect(issued?.expiresInSeconds).toBeGreaterThan(0);
    expect(tokenRequests()).toHaveLength(1);
    const check = await fetch(`${sandbox.url}/api/v2/organizations/me`, { headers: { Authorization: `Bearer ${issued?.accessToken}` } });
    expect(check.status).toBe(200);
  });

  it.each([
    ['no region (it comes from the Environment manifest)', { GENESYSCLOUD_REGION: undefined }],
    ['a region Genesys does not have (the client says so itself)', { GENESYSCLOUD_REGION: 'mars-north-1' }],
    ['no client id', { GENESYSCLOUD_OAUTHCLIENT_ID: '' }],
    ['no client secret', { GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined }],
  ])('makes no attempt with %s', (_, change) => {
    expect(requestTokenEarly({ ...sandbox.env, ...change })).toBeUndefined();
    expect(tokenRequests()).toHaveLength(0);
  });

  it('gives nothing for a refused client, after one attempt', async () => {
    expect(await requestTokenEarly({ ...sandbox.env, GENESYSCLOUD_OAUTHCLIENT_SECRET: 'wrong' })).toBeUndefined();
    expect(tokenRequests()).toHaveLength(1);
  });

  it.each([
    ['a 429', { status: 429, retryAfterSeconds: 1 }],
    ['a 503', { status: 503 }],
    ['a gateway page', { status: 502, body: '<html><center><h1>502 Bad Gateway</h1></center></html>' }],
    ['a dropped connection', { status: 'drop' as const }],
  ])('gives nothing for %s, without retrying', async (_, fault) => {
    sandbox.faults.inject({ pathPattern: '/oauth/token', times: 1, ...fault });
    expect(await requestTokenEarly(sandbox.env)).toBeUndefined();
    expect(tokenRequests()).toHaveLength(1);
  });

  it('gives nothing when the login host cannot be reached', async () => {
    const closed = await startGenesysSandbox();
    const env = closed.env;
    await closed.stop();
    expect(await requestTokenEarly(env)).toBeUndefined();
  });
});
