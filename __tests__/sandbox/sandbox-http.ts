/**
 * A minimal HTTP client for the sandbox tests: real fetch over loopback, so
 * every test exercises the server exactly as a client would.
 */
import type { GenesysSandbox } from '../../sandbox/genesys/server.js';

/** A response as the tests inspect it. */
export interface SandboxResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** POSTs the client-credentials grant with the given Basic credentials. */
export async function requestToken(
  sandbox: GenesysSandbox,
  clientId = sandbox.clientId,
  clientSecret = sandbox.clientSecret,
  grantType = 'client_credentials',
) {
  const response = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: grantType }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** An authenticated caller of `/api/v2`. */
export interface ApiCaller {
  token: string;
  call<T = any>(method: string, path: string, body?: unknown): Promise<SandboxResponse<T>>;
}

async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  if ((response.headers.get('content-type') ?? '').includes('application/json')) return JSON.parse(text);
  return text;
}

/** Logs in and returns a caller that sends the bearer token. */
export async function login(sandbox: GenesysSandbox): Promise<ApiCaller> {
  const { body } = await requestToken(sandbox);
  const token = String(body.access_token);
  return {
    token,
    async call(method, path, body) {
      const response = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, headers: response.headers, body: (await parse(response)) as any };
    },
  };
}

/** A valid `PostActionInput` for an orders-lookup style Lambda action. */
export function lambdaActionBody(integrationId: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Lookup Order',
    category: 'Orders',
    integrationId,
    secure: false,
    contract: {
      input: { inputSchema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } } },
      output: {
        successSchema: {
          type: 'object',
          properties: { status: { type: 'string' }, eta: { type: 'string' }, items: { type: 'array', items: { type: 'string' } } },
        },
      },
    },
    config: {
      timeoutSeconds: 10,
      request: {
        requestUrlTemplate: 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup',
        requestType: 'POST',
        headers: {},
        requestTemplate: '${input.rawRequest}',
      },
      response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
    },
    ...overrides,
  };
}

/** Creates an aws-lambda-data-actions integration (optionally with a credential and enabled); returns ids. */
export async function createLambdaIntegration(
  api: ApiCaller,
  options: { name?: string; roleArn?: string; enable?: boolean } = {},
): Promise<{ integrationId: string; credentialId?: string }> {
  const integration = await api.call('POST', '/api/v2/integrations', {
    name: options.name ?? 'Orders Lambda',
    integrationType: { id: 'aws-lambda-data-actions' },
  });
  const integrationId = integration.body.id as string;
  let credentialId: string | undefined;
  if (options.roleArn) {
    const credential = await api.call('POST', '/api/v2/integrations/credentials', {
      name: `${options.name ?? 'Orders Lambda'} role`,
      type: { name: 'amazonWebServicesARN' },
      credentialFields: { ARN: options.roleArn },
    });
    credentialId = credential.body.id as string;
    const current = await api.call('GET', `/api/v2/integrations/${integrationId}/config/current`);
    await api.call('PUT', `/api/v2/integrations/${integrationId}/config/current`, {
      ...current.body,
      credentials: { AmazonWebServicesARN: { id: credentialId } },
    });
  }
  if (options.enable) await api.call('PATCH', `/api/v2/integrations/${integrationId}`, { intendedState: 'ENABLED' });
  return credentialId === undefined ? { integrationId } : { integrationId, credentialId };
}
