/**
 * How the Genesys provider behaves when things go wrong, against the sandbox
 * over real HTTP: token expiry and revocation, 429 with Retry-After, 5xx,
 * dropped connections, hung requests, version conflicts, error bodies, and
 * secrets kept out of everything it produces.
 */
import { describe, expect, it } from 'vitest';
import { GenesysApiError, GenesysTransportError } from '../../../src/providers/genesys/genesys-api-error.js';
import { createGenesysProvider } from '../../../src/providers/genesys/genesys-cloud-provider.js';
import { desiredAction } from './desired-action-fixture.js';
import { useProviderHarness, virtualClock } from './sandbox-harness.js';

const start = useProviderHarness();

const ORGS_ME = 'GET /api/v2/organizations/me';
const TOKEN = 'POST /oauth/token';

describe('OAuth tokens', () => {
  it('re-uses one token, and requests a new one shortly before it expires (no 401 needed)', async () => {
    const h = await start({ sandbox: { tokenLifetimeSeconds: 300 } });
    await h.provider.organizationId();
    h.clock.advance(200_000);
    await h.provider.organizationId();
    expect(h.calls()).toEqual([TOKEN, ORGS_ME, ORGS_ME]);
    h.clock.advance(75_000); // 275 s: inside the 30 s renewal margin of a 300 s token
    await h.provider.organizationId();
    expect(h.calls()).toEqual([TOKEN, ORGS_ME, ORGS_ME, TOKEN, ORGS_ME]);
    expect(h.sandbox.requests.map((request) => request.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('renews the token once when the API answers 401 (expired early, revoked), then succeeds', async () => {
    const sandboxClock = virtualClock();
    const h = await start({ sandbox: { tokenLifetimeSeconds: 300, now: sandboxClock.now }, shareClock: false });
    await h.provider.organizationId();
    sandboxClock.advance(301_000); // the server expires the token; the client's clock has not moved
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.sandbox.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
      `${TOKEN} 200`,
      `${ORGS_ME} 200`,
      `${ORGS_ME} 401`,
      `${TOKEN} 200`,
      `${ORGS_ME} 200`,
    ]);
  });

  it('does not loop when even a fresh token is refused: one renewal, then the 401 surfaces', async () => {
    const h = await start();
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 401 });
    const failure = h.provider.organizationId();
    await expect(failure).rejects.toMatchObject({ name: 'GenesysApiError', status: 401 });
    expect(h.calls()).toEqual([TOKEN, ORGS_ME, TOKEN, ORGS_ME]);
  });

  it('reports wrong client credentials as a typed error that never contains the secret', async () => {
    const h = await start();
    const wrongSecret = 'definitely-not-the-right-secret-123';
    const provider = createGenesysProvider({ env: { ...h.sandbox.env, GENESYSCLOUD_OAUTHCLIENT_SECRET: wrongSecret } });
    const error = await provider.organizationId().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GenesysApiError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_client', path: '/oauth/token' });
    expect(String(error)).not.toContain(wrongSecret);
    expect(JSON.stringify(error)).not.toContain(wrongSecret);
  });

  it('names the missing environment variables instead of calling Genesys without credentials', () => {
    expect(() => createGenesysProvider({ env: { GENESYSCLOUD_REGION: 'us-east-1' } })).toThrow(
      /GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET are not set/,
    );
  });
});

describe('rate limits', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    const h = await start();
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 429, times: 2, retryAfterSeconds: 3 });
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.waits).toEqual([3_000, 3_000]);
  });

  it('bounds the total wait: a Retry-After beyond the budget fails the call with the 429', async () => {
    const h = await start({ provider: { retryPolicy: { maxRateLimitWaitMs: 60_000 } } });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 429, retryAfterSeconds: 25 });
    const failure = h.provider.organizationId();
    await expect(failure).rejects.toMatchObject({ status: 429, code: 'too.many.requests' });
    expect(h.waits).toEqual([25_000, 25_000]);
  });

  it('bounds the number of 429 retries even when each wait is short', async () => {
    const h = await start({ provider: { retryPolicy: { maxRateLimitRetries: 3 } } });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 429, retryAfterSeconds: 1 });
    await expect(h.provider.organizationId()).rejects.toMatchObject({ status: 429 });
    expect(h.waits).toEqual([1_000, 1_000, 1_000]);
  });

  it("reads the server's window from its headers and waits for the reset instead of provoking a 429", async () => {
    const h = await start({ sandbox: { rateLimitPerMinute: 5 }, provider: { requestsPerMinute: 1_000_000 } });
    for (let call = 0; call < 8; call += 1) await h.provider.organizationId();
    const statuses = h.sandbox.requests.filter((request) => request.path === '/api/v2/organizations/me').map((request) => request.status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    // One wait, until the end of the token's 60 s window (the reset the fifth answer announced).
    expect(h.waits).toEqual([60_000]);
  });

  it('recovers from a 429 the headers did not foresee (another client on the token) by waiting as told', async () => {
    const h = await start({ sandbox: { rateLimitPerMinute: 5 }, provider: { requestsPerMinute: 1_000_000 } });
    await h.provider.organizationId();
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 429, times: 2, retryAfterSeconds: 7 });
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.waits).toEqual([7_000, 7_000]);
  });

  it('keeps under the configured requests per minute so the server never has to answer 429', async () => {
    const h = await start({ sandbox: { rateLimitPerMinute: 30 }, provider: { requestsPerMinute: 30 } });
    for (let call = 0; call < 70; call += 1) await h.provider.organizationId();
    expect(h.sandbox.requests.filter((request) => request.status === 429)).toEqual([]);
    expect(h.waits.length).toBeGreaterThan(0);
  });
});

describe('server errors and broken connections', () => {
  it('retries 5xx with growing, jittered backoff, then succeeds', async () => {
    const h = await start();
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 500, times: 3 });
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.waits).toEqual([375, 750, 1_500]);
    expect(h.logs.filter((line) => line.startsWith('warning:'))).toHaveLength(3);
  });

  it('stops after the bounded number of 5xx retries with the last error', async () => {
    const h = await start({ provider: { retryPolicy: { maxTransientRetries: 2 } } });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 502 });
    await expect(h.provider.organizationId()).rejects.toMatchObject({ status: 502 });
    expect(h.calls().filter((call) => call === ORGS_ME)).toHaveLength(3);
  });

  it('retries a dropped connection on a read', async () => {
    const h = await start();
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 'drop', times: 1 });
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.waits).toHaveLength(1);
  });

  it('does not re-send a create whose connection dropped, so no duplicate can appear', async () => {
    const h = await start();
    h.sandbox.faults.inject({ method: 'POST', pathPattern: '/api/v2/integrations/credentials', status: 'drop', times: 1 });
    const failure = h.provider.createCredential('orders-role', 'arn:aws:iam::123456789012:role/r');
    await expect(failure).rejects.toBeInstanceOf(GenesysTransportError);
    expect(h.calls().filter((call) => call === 'POST /api/v2/integrations/credentials')).toHaveLength(1);
  });

  it('does not re-send a create answered 500, but does re-send one answered 503', async () => {
    const h = await start();
    h.sandbox.faults.inject({ method: 'POST', pathPattern: '/api/v2/integrations/credentials', status: 503, times: 1 });
    await expect(h.provider.createCredential('a', 'arn:aws:iam::123456789012:role/a')).resolves.toEqual(expect.any(String));
    h.sandbox.faults.inject({ method: 'POST', pathPattern: '/api/v2/integrations/credentials', status: 500, times: 1 });
    await expect(h.provider.createCredential('b', 'arn:aws:iam::123456789012:role/b')).rejects.toMatchObject({ status: 500 });
    expect([...h.sandbox.state.credentials.values()].map((credential) => credential.name)).toEqual(['a']);
  });
});

describe('timeouts', () => {
  it('times out a hung read and retries it', async () => {
    const h = await start({ provider: { defaultTimeoutMs: 250 } });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 'timeout', times: 1 });
    await expect(h.provider.organizationId()).resolves.toBe(h.sandbox.orgId);
    expect(h.logs.join('\n')).toMatch(/no complete answer within 250 ms; retrying/);
  });

  it('gives up on a read that keeps hanging with a typed timeout error', async () => {
    const h = await start({ provider: { defaultTimeoutMs: 150, retryPolicy: { maxTransientRetries: 1 } } });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 'timeout' });
    await expect(h.provider.organizationId()).rejects.toMatchObject({ name: 'GenesysTransportError', kind: 'timeout', method: 'GET' });
  });

  it("gives a test run the action's own timeout plus the margin, and never re-runs it after a timeout", async () => {
    const h = await start({ provider: { actionTimeoutMarginMs: 300 } });
    const credentialId = await h.provider.createCredential('r', 'arn:aws:iam::123456789012:role/r');
    const integrationId = await h.provider.createIntegration('Orders Lambda');
    await h.provider.setIntegrationConfig(integrationId, {
      name: 'Orders Lambda',
      notes: '',
      credentials: { AmazonWebServicesARN: credentialId },
    });
    const action = await h.provider.createAction(desiredAction({ timeoutSeconds: 1 }), integrationId);
    h.sandbox.faults.inject({ pathPattern: '/test', status: 'timeout' });
    const failure = h.provider.testAction(action.id, { orderId: '1' }, 1);
    await expect(failure).rejects.toMatchObject({ kind: 'timeout' });
    await expect(failure).rejects.toThrow(/within 1300 ms/);
    expect(h.calls().filter((call) => call.endsWith('/test'))).toHaveLength(1);
  });
});

describe('version conflicts', () => {
  it('re-reads the version and retries when another writer changed the action in between', async () => {
    const h = await start();
    const credentialId = await h.provider.createCredential('r', 'arn:aws:iam::123456789012:role/r');
    const integrationId = await h.provider.createIntegration('Orders Lambda');
    await h.provider.setIntegrationConfig(integrationId, {
      name: 'Orders Lambda',
      notes: '',
      credentials: { AmazonWebServicesARN: credentialId },
    });
    const created = await h.provider.createAction(desiredAction(), integrationId);

    // A provider whose fetch lets another writer PATCH just before its own first PATCH goes out.
    const other = h.otherProvider();
    let interfered = false;
    const racingProvider = createGenesysProvider({
      env: h.sandbox.env,
      sleep: async () => undefined,
      fetch: async (input, init) => {
        if (init?.method === 'PATCH' && !interfered) {
          interfered = true;
          await other.updateAction(created.id, desiredAction({ category: 'Written by someone else' }));
        }
        return fetch(input, init);
      },
    });
    await racingProvider.updateAction(created.id, desiredAction({ category: 'Ours' }));

    const patches = h.sandbox.requests.filter((request) => request.method === 'PATCH').map((request) => request.status);
    expect(patches).toEqual([200, 409, 200]);
    expect((await h.provider.listDataActions([integrationId]))[0]).toMatchObject({ category: 'Ours', version: created.version + 2 });
  });

  it('gives up after the bounded number of version retries', async () => {
    const h = await start({ provider: { retryPolicy: { maxVersionConflictRetries: 2 } } });
    const integrationId = await h.provider.createIntegration('Orders Lambda');
    h.sandbox.faults.inject({ method: 'PUT', pathPattern: '/config/current', status: 409 });
    await expect(h.provider.setIntegrationConfig(integrationId, { name: 'x', notes: '', credentials: {} })).rejects.toMatchObject({
      status: 409,
    });
    expect(h.calls().filter((call) => call.startsWith('PUT '))).toHaveLength(3);
    expect(h.calls().filter((call) => call.startsWith('GET ') && call.endsWith('/config/current'))).toHaveLength(3);
  });
});

describe('GenesysApiError', () => {
  it('carries method, path, status, code, message and contextId from the ErrorBody', async () => {
    const h = await start();
    const error = await h.provider.updateAction('custom_-_missing', desiredAction()).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GenesysApiError);
    const apiError = error as GenesysApiError;
    expect(apiError).toMatchObject({
      method: 'GET',
      path: '/api/v2/integrations/actions/custom_-_missing',
      status: 404,
      code: 'not.found',
    });
    expect(apiError.contextId).toMatch(/^[0-9a-f-]{36}$/);
    expect(apiError.message).toBe(
      `Genesys API GET /api/v2/integrations/actions/custom_-_missing failed with HTTP 404 not.found: ${apiError.genesysMessage} (contextId ${apiError.contextId})`,
    );
  });

  it.each([
    [409, 'anything', true],
    [400, 'The version supplied [3] does not match the current version [4].', true],
    [400, 'Failed Validation of contract.input.inputSchema', false],
    [412, 'does not match the current version', false],
  ])('HTTP %i "%s" is a version conflict: %s', (status, message, expected) => {
    const error = new GenesysApiError({
      method: 'PUT',
      path: '/p',
      status,
      code: 'c',
      genesysMessage: message,
      contextId: 'x',
      body: undefined,
    });
    expect(error.isVersionConflict).toBe(expected);
  });
});

describe('secrets', () => {
  it('announces the secret and every token, and none of them appears in logs, errors or what the server recorded', async () => {
    const h = await start({ sandbox: { tokenLifetimeSeconds: 300 } });
    const errors: string[] = [];
    await h.provider.organizationId();
    h.clock.advance(290_000);
    h.sandbox.faults.inject({ pathPattern: '/api/v2/organizations/me', status: 500, times: 1 });
    h.sandbox.faults.inject({ pathPattern: '/api/v2/integrations/credentials', status: 429, times: 1, retryAfterSeconds: 1 });
    await h.provider.organizationId();
    await h.provider.createCredential('r', 'arn:aws:iam::123456789012:role/r');
    await h.provider
      .updateAction('custom_-_missing', desiredAction())
      .catch((error: unknown) => errors.push(String(error), JSON.stringify(error)));

    const tokens = h.secrets.filter((secret) => secret !== h.sandbox.clientSecret);
    expect(h.secrets[0]).toBe(h.sandbox.clientSecret);
    expect(tokens).toHaveLength(2);
    const captured = [...h.logs, ...errors, JSON.stringify(h.sandbox.requests)].join('\n');
    expect(h.logs.length).toBeGreaterThan(5);
    for (const secret of h.secrets) expect(captured).not.toContain(secret);
  });
});
