import { afterEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { login, requestToken } from './sandbox-http.js';

let sandbox: GenesysSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

describe('OAuth client credentials (POST /oauth/token)', () => {
  it('issues a bearer token for the configured client', async () => {
    sandbox = await startGenesysSandbox({ clientId: 'my-client', clientSecret: 'my-secret', tokenLifetimeSeconds: 600 });
    const { status, body } = await requestToken(sandbox);
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 600 });
    expect(typeof body.access_token).toBe('string');
  });

  it.each([
    ['a wrong secret', 'sandbox-client-id', 'not-the-secret', 'client_credentials', 401, 'invalid_client'],
    ['an unknown client', 'someone-else', 'sandbox-client-secret', 'client_credentials', 401, 'invalid_client'],
    ['another grant type', 'sandbox-client-id', 'sandbox-client-secret', 'password', 400, 'unsupported_grant_type'],
  ])('refuses %s with the AuthErrorResponse shape', async (_case, clientId, secret, grant, status, error) => {
    sandbox = await startGenesysSandbox();
    const response = await requestToken(sandbox, clientId, secret, grant);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error });
    expect(typeof response.body.description).toBe('string');
    expect(response.body.error_description).toBe(response.body.description);
  });

  it('refuses a request without Basic authorization', async () => {
    sandbox = await startGenesysSandbox();
    const response = await fetch(`${sandbox.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });
});

describe('bearer tokens on /api/v2', () => {
  it('answers 401 authentication.required without a token, with an ErrorBody and a contextId', async () => {
    sandbox = await startGenesysSandbox();
    const response = await fetch(`${sandbox.url}/api/v2/organizations/me`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ code: 'authentication.required', status: 401 });
    expect(body.contextId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['no authorization header', undefined, 'authentication.required', /^No authentication bearer token specified/],
    ['a Basic authorization header', 'Basic eDp5', 'authentication.required', /^No authentication bearer token specified/],
    ['an unknown token', 'Bearer forged', 'bad.credentials', /bearer token .* is not known/],
  ])('answers 401 for %s with a message that matches the case', async (_case, authorization, code, message) => {
    sandbox = await startGenesysSandbox();
    const response = await fetch(`${sandbox.url}/api/v2/organizations/me`, authorization ? { headers: { authorization } } : {});
    expect(response.status).toBe(401);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe(code);
    expect(body.message).toMatch(message);
  });

  it('expires tokens on the injected clock, and a new token works again', async () => {
    let clock = 1_000_000;
    sandbox = await startGenesysSandbox({ tokenLifetimeSeconds: 300, now: () => clock });
    const api = await login(sandbox);
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
    clock += 299_000;
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
    clock += 1_000;
    const expired = await api.call('GET', '/api/v2/organizations/me');
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ code: 'bad.credentials', message: 'The access token has expired.' });
    const renewed = await login(sandbox);
    expect((await renewed.call('GET', '/api/v2/organizations/me')).status).toBe(200);
  });

  it('serves the org id that roles must require as sts:ExternalId', async () => {
    sandbox = await startGenesysSandbox({ orgId: '11111111-2222-3333-4444-555555555555' });
    const api = await login(sandbox);
    const me = await api.call('GET', '/api/v2/organizations/me');
    expect(me.body.id).toBe('11111111-2222-3333-4444-555555555555');
    expect(sandbox.orgId).toBe(me.body.id);
  });

  it('gives a fresh contextId to every error', async () => {
    sandbox = await startGenesysSandbox();
    const api = await login(sandbox);
    const first = await api.call('GET', '/api/v2/integrations/nope');
    const second = await api.call('GET', '/api/v2/integrations/nope');
    expect(first.status).toBe(404);
    expect(first.body.contextId).not.toBe(second.body.contextId);
  });
});

describe('what the sandbox records and exposes', () => {
  it('never records the Authorization header, the secret or a token', async () => {
    sandbox = await startGenesysSandbox({ clientSecret: 'very-secret-value' });
    const api = await login(sandbox);
    await api.call('GET', '/api/v2/organizations/me');
    const recorded = JSON.stringify(sandbox.requests);
    expect(sandbox.requests.map((request) => `${request.method} ${request.path} ${request.status}`)).toEqual([
      'POST /oauth/token 200',
      'GET /api/v2/organizations/me 200',
    ]);
    expect(recorded).not.toContain('very-secret-value');
    expect(recorded).not.toContain(api.token);
    expect(recorded).not.toMatch(/authorization/i);
  });

  it('describes itself with the CX as Code environment names', async () => {
    sandbox = await startGenesysSandbox({ region: 'eu-west-1' });
    expect(sandbox.env).toEqual({
      GENESYSCLOUD_OAUTHCLIENT_ID: sandbox.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: sandbox.clientSecret,
      GENESYSCLOUD_REGION: 'eu-west-1',
      GENESYSCLOUD_GATEWAY_HOST: '127.0.0.1',
      GENESYSCLOUD_GATEWAY_PORT: String(sandbox.port),
      GENESYSCLOUD_GATEWAY_PROTOCOL: 'http',
    });
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
  });
});
