/**
 * The early sign-in and first reads against the Genesys sandbox: a token
 * (and answers) when the OAuth client and region allow them, and nothing
 * (never an error, never a retry) for every way an attempt can fail, so the
 * client signs in, or reads, itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../../sandbox/genesys/server.js';
import { startEarlyReads } from '../../../src/providers/genesys/early-reads.js';
import { requestTokenEarly } from '../../../src/providers/genesys/early-token.js';
import { createGenesysProvider } from '../../../src/providers/genesys/genesys-cloud-provider.js';
import { planFirstReadPaths } from '../../../src/providers/genesys/plan-first-reads.js';

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

describe('startEarlyReads, and the client taking its answers', () => {
  const paths = planFirstReadPaths(100);
  const apiRequests = () => sandbox.requests.filter((request) => request.path.startsWith('/api/v2/'));

  it('asks for each path once with the early token, and the client takes each answer once instead of asking', async () => {
    const token = requestTokenEarly(sandbox.env)!;
    const reads = startEarlyReads(sandbox.env, token, paths);
    const provider = createGenesysProvider({ env: sandbox.env, earlyToken: token, earlyReads: reads });
    expect(await provider.organizationId()).toBe(sandbox.orgId);
    await provider.listIntegrations();
    await provider.listCredentials();
    await provider.credentialKey();
    await provider.listDataActions(['no-such-integration']);
    expect(tokenRequests()).toHaveLength(1);
    expect(apiRequests().map((request) => request.path)).toEqual(
      expect.arrayContaining(['/api/v2/organizations/me', '/api/v2/integrations', '/api/v2/integrations/credentials']),
    );
    expect(apiRequests()).toHaveLength(paths.length);
    // Taken once: the next read of the org asks Genesys.
    await provider.organizationId();
    expect(apiRequests()).toHaveLength(paths.length + 1);
  });

  it('leaves a path the early read could not answer to the client, which asks itself', async () => {
    sandbox.faults.inject({ method: 'GET', pathPattern: /\/organizations\/me$/, status: 503, times: 1 });
    const token = requestTokenEarly(sandbox.env)!;
    const reads = startEarlyReads(sandbox.env, token, paths);
    expect(await reads.take('/api/v2/organizations/me')).toBeUndefined();
    const provider = createGenesysProvider({ env: sandbox.env, earlyToken: token, earlyReads: reads });
    expect(await provider.organizationId()).toBe(sandbox.orgId);
    expect(sandbox.requests.filter((request) => request.path === '/api/v2/organizations/me').map((request) => request.status)).toEqual([
      503, 200,
    ]);
  });

  it('asks for nothing when the early token came to nothing', async () => {
    const reads = startEarlyReads(sandbox.env, Promise.resolve(undefined), paths);
    for (const path of paths) expect(await reads.take(path)).toBeUndefined();
    expect(apiRequests()).toHaveLength(0);
  });
});
