/**
 * Error branches of the HTTP client that a real server cannot produce on
 * demand (a body cut off mid-stream, a refused connection, a listing that
 * points at another host or at itself). Everything else is tested against the
 * sandbox over real HTTP in genesys-provider.sandbox.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { GenesysApiError, GenesysTransportError } from '../../../src/providers/genesys/genesys-api-error.js';
import { createGenesysHttpClient, withQuery } from '../../../src/providers/genesys/genesys-http-client.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from '../../../src/providers/genesys/retry-policy.js';

const SECRET = 'stub-client-secret-value';
const TOKEN = 'stub-access-token-value';

type Responder = (url: URL, init: RequestInit) => Response | Promise<Response>;

function stubbedClient(respond: Responder, retryPolicy: RetryPolicy = DEFAULT_RETRY_POLICY) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const sleeps: number[] = [];
  const logs: string[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push({ url, init: init ?? {} });
    if (url.pathname === '/oauth/token') {
      return Response.json({ access_token: TOKEN, token_type: 'bearer', expires_in: 3600 });
    }
    return respond(url, init ?? {});
  }) as typeof globalThis.fetch;
  const client = createGenesysHttpClient({
    apiBaseUrl: 'https://api.example.test',
    loginBaseUrl: 'https://login.example.test',
    clientId: 'stub-client',
    clientSecret: SECRET,
    fetch,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => 0,
    random: () => 0.5,
    requestsPerMinute: 1_000_000,
    pageSize: 2,
    defaultTimeoutMs: 5_000,
    retryPolicy,
    logger: { debug: (message) => logs.push(message), warning: (message) => logs.push(message) },
    onSecret: () => undefined,
  });
  const apiCalls = () => calls.filter((call) => call.url.pathname !== '/oauth/token');
  return { client, calls, apiCalls, sleeps, logs };
}

/** A 200 response whose body stream fails after the first bytes (connection reset mid-body). */
function bodyCutOff(): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"id":"org-'));
      controller.error(Object.assign(new TypeError('terminated'), { cause: { code: 'ECONNRESET', message: 'other side closed' } }));
    },
  });
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/json' } });
}

function refused(): never {
  throw Object.assign(new TypeError('fetch failed'), {
    cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
  });
}

function reset(): never {
  throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
}

async function apiErrorOf(call: Promise<unknown>): Promise<GenesysApiError> {
  const outcome = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof GenesysApiError)) throw new Error(`expected a GenesysApiError, got ${String(outcome)}`);
  return outcome;
}

describe('createGenesysHttpClient error branches', () => {
  it('retries a GET whose body is cut off mid-stream, then returns the complete answer', async () => {
    let attempt = 0;
    const { client, apiCalls, sleeps } = stubbedClient(() => (++attempt === 1 ? bodyCutOff() : Response.json({ id: 'org-1' })));
    await expect(client.request({ method: 'GET', path: '/api/v2/organizations/me' })).resolves.toEqual({ id: 'org-1' });
    expect(apiCalls()).toHaveLength(2);
    expect(sleeps).toEqual([375]);
  });

  it('gives up once the time budget is spent, with a typed network error', async () => {
    const { client, apiCalls, sleeps } = stubbedClient(() => bodyCutOff());
    const failure = client.request({ method: 'GET', path: '/api/v2/organizations/me' });
    await expect(failure).rejects.toBeInstanceOf(GenesysTransportError);
    await expect(failure).rejects.toMatchObject({ kind: 'network', method: 'GET', path: '/api/v2/organizations/me' });
    // Even pacing (no rate-limit headers here, and a clock that stands still) adds 1 ms waits of its own.
    const backoffs = sleeps.filter((ms) => ms >= 100);
    expect(backoffs.slice(0, 5)).toEqual([375, 750, 1_500, 3_000, 6_000]);
    const waited = backoffs.reduce((sum, sleep) => sum + sleep, 0);
    // Time binds, not the count: every wait fits the budget, and the next (6 s) would not have.
    expect(waited).toBeLessThanOrEqual(DEFAULT_RETRY_POLICY.maxRetryElapsedMs);
    expect(waited + 6_000).toBeGreaterThan(DEFAULT_RETRY_POLICY.maxRetryElapsedMs);
    expect(backoffs.length).toBeLessThan(DEFAULT_RETRY_POLICY.maxTransientRetries);
    expect(apiCalls()).toHaveLength(backoffs.length + 1);
  });

  it('keeps the count as a backstop when backoff is tiny', async () => {
    const { client, apiCalls } = stubbedClient(() => bodyCutOff(), { ...DEFAULT_RETRY_POLICY, baseDelayMs: 1, maxDelayMs: 1 });
    await expect(client.request({ method: 'GET', path: '/api/v2/organizations/me' })).rejects.toBeInstanceOf(GenesysTransportError);
    expect(apiCalls()).toHaveLength(DEFAULT_RETRY_POLICY.maxTransientRetries + 1);
  });

  it('keeps retrying a 429 storm on the token call for as long as the time budget allows', async () => {
    let storm = 10;
    const sleeps: number[] = [];
    const fetch = (async (input: string | URL | Request) => {
      const url = new URL(String(input));
      if (url.pathname === '/oauth/token' && storm-- > 0) return new Response('{}', { status: 429, headers: { 'Retry-After': '1' } });
      if (url.pathname === '/oauth/token') return Response.json({ access_token: TOKEN, expires_in: 3600 });
      return Response.json({ id: 'org-1' });
    }) as typeof globalThis.fetch;
    let clock = 0;
    const client = createGenesysHttpClient({
      apiBaseUrl: 'https://api.example.test',
      loginBaseUrl: 'https://login.example.test',
      clientId: 'stub-client',
      clientSecret: SECRET,
      fetch,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
      },
      now: () => clock,
      random: () => 0.5,
      requestsPerMinute: 300,
      pageSize: 2,
      defaultTimeoutMs: 5_000,
      retryPolicy: DEFAULT_RETRY_POLICY,
      logger: { debug: () => undefined, warning: () => undefined },
      onSecret: () => undefined,
    });
    await expect(client.request({ method: 'GET', path: '/api/v2/organizations/me' })).resolves.toEqual({ id: 'org-1' });
    expect(sleeps.filter((ms) => ms === 1_000)).toHaveLength(10);
  });

  it('retries a create refused before it was sent', async () => {
    let attempt = 0;
    const { client, apiCalls } = stubbedClient(() => (++attempt === 1 ? refused() : Response.json({ id: 'cred-1' })));
    await expect(client.request({ method: 'POST', path: '/api/v2/integrations/credentials', body: {} })).resolves.toEqual({ id: 'cred-1' });
    expect(apiCalls()).toHaveLength(2);
  });

  it('never re-sends a create whose connection broke after sending (it may have been carried out)', async () => {
    const { client, apiCalls } = stubbedClient(() => reset());
    await expect(client.request({ method: 'POST', path: '/api/v2/integrations/credentials', body: {} })).rejects.toThrow(
      /POST \/api\/v2\/integrations\/credentials failed: fetch failed: socket hang up/,
    );
    expect(apiCalls()).toHaveLength(1);
  });

  it('never re-sends a create answered 500, but does after 503 (certainly not processed)', async () => {
    const statuses = [503, 500];
    const { client, apiCalls } = stubbedClient(() =>
      Response.json({ message: 'boom', code: 'x', contextId: 'ctx' }, { status: statuses.shift() ?? 200 }),
    );
    await expect(client.request({ method: 'POST', path: '/api/v2/integrations', body: {} })).rejects.toMatchObject({ status: 500 });
    expect(apiCalls()).toHaveLength(2);
  });

  it('reads a non-JSON error page from a proxy, taking the contextId from ININ-Correlation-Id', async () => {
    const { client } = stubbedClient(
      () => new Response('<html><body>Bad   Gateway</body></html>', { status: 403, headers: { 'ININ-Correlation-Id': 'corr-42' } }),
    );
    const failure = client.request({ method: 'GET', path: '/api/v2/integrations' });
    await expect(failure).rejects.toBeInstanceOf(GenesysApiError);
    await expect(failure).rejects.toThrow('GET /api/v2/integrations failed with HTTP 403: an HTML page: "Bad Gateway" (contextId corr-42)');
  });

  it('scrubs the secret and the token from error messages and logs even when a server echoes them', async () => {
    const { client, logs } = stubbedClient(() =>
      Response.json({ message: `bad header Bearer ${TOKEN} for ${SECRET}`, code: 'bad.request', contextId: 'c-1' }, { status: 400 }),
    );
    const error = await apiErrorOf(client.request({ method: 'GET', path: '/api/v2/integrations' }));
    expect(error.message).toContain('(contextId c-1)');
    const captured = [error.message, error.genesysMessage ?? '', JSON.stringify(error.body), ...logs].join('\n');
    expect(captured).not.toContain(TOKEN);
    expect(captured).not.toContain(SECRET);
    expect(captured).toContain('bad header Bearer *** for ***');
  });

  it('surfaces a redirect as an error instead of following it with the token', async () => {
    const { client, apiCalls } = stubbedClient(
      () => new Response(null, { status: 302, headers: { location: 'https://elsewhere.example/' } }),
    );
    await expect(client.request({ method: 'GET', path: '/api/v2/organizations/me' })).rejects.toMatchObject({
      name: 'GenesysApiError',
      status: 302,
    });
    expect(apiCalls()).toHaveLength(1);
  });

  it('fails a 2xx answer whose body is not JSON instead of guessing', async () => {
    const { client } = stubbedClient(() => new Response('not json', { status: 200 }));
    await expect(client.request({ method: 'GET', path: '/api/v2/organizations/me' })).rejects.toThrow(/body that is not JSON/);
  });

  it('follows nextUri on the configured API host only: the token never goes to a host named in a response', async () => {
    const { client, apiCalls } = stubbedClient((url) =>
      url.searchParams.get('pageNumber') === '2'
        ? Response.json({ entities: [{ id: 'c' }], pageNumber: 2, pageCount: 2 })
        : Response.json({
            entities: [{ id: 'a' }, { id: 'b' }],
            pageNumber: 1,
            pageCount: 2,
            nextUri: 'https://evil.example/api/v2/integrations?pageSize=2&pageNumber=2',
          }),
    );
    await expect(client.listAll('/api/v2/integrations')).resolves.toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(apiCalls().map((call) => call.url.host)).toEqual(['api.example.test', 'api.example.test']);
  });

  it('reports a listing that loops instead of reading forever or stopping silently', async () => {
    const { client } = stubbedClient(() =>
      Response.json({ entities: [{ id: 'a' }, { id: 'b' }], nextUri: '/api/v2/integrations?pageSize=2&pageNumber=1' }),
    );
    await expect(client.listAll('/api/v2/integrations')).rejects.toThrow(/paging loops back/);
  });

  it('keeps reading full pages when a listing gives neither pageCount nor nextUri, until a short page', async () => {
    const pages: Record<string, unknown[]> = { '1': [{ id: 1 }, { id: 2 }], '2': [{ id: 3 }, { id: 4 }], '3': [{ id: 5 }] };
    const { client, apiCalls } = stubbedClient((url) => Response.json({ entities: pages[url.searchParams.get('pageNumber') ?? ''] ?? [] }));
    await expect(client.listAll('/api/v2/integrations/credentials')).resolves.toHaveLength(5);
    expect(apiCalls()).toHaveLength(3);
  });

  it('sends the OAuth request as Genesys documents it: Basic auth, form body, login host', async () => {
    const { client, calls } = stubbedClient(() => Response.json({ id: 'org' }));
    await client.request({ method: 'GET', path: '/api/v2/organizations/me' });
    const [tokenCall, apiCall] = calls;
    expect(tokenCall?.url.href).toBe('https://login.example.test/oauth/token');
    expect(tokenCall?.init.method).toBe('POST');
    expect(tokenCall?.init.body).toBe('grant_type=client_credentials');
    const tokenHeaders = tokenCall?.init.headers as Record<string, string>;
    expect(tokenHeaders['Content-Type']).toBe('application/x-www-form-urlencoded');
    expect(tokenHeaders.Authorization).toBe(`Basic ${Buffer.from(`stub-client:${SECRET}`).toString('base64')}`);
    expect((apiCall?.init.headers as Record<string, string>).Authorization).toBe(`Bearer ${TOKEN}`);
    expect([tokenCall?.init.redirect, apiCall?.init.redirect]).toEqual(['manual', 'manual']);
  });
});

describe('withQuery', () => {
  it.each([
    ['/api/v2/x', { a: 1, b: undefined, c: true }, '/api/v2/x?a=1&c=true'],
    ['/api/v2/x?pageSize=2', { pageNumber: 3 }, '/api/v2/x?pageSize=2&pageNumber=3'],
    ['/api/v2/x?pageNumber=1', { pageNumber: 2 }, '/api/v2/x?pageNumber=2'],
    ['/api/v2/x', { name: 'a b&c' }, '/api/v2/x?name=a+b%26c'],
    ['/api/v2/x', {}, '/api/v2/x'],
  ])('%s + %j → %s', (path, query, expected) => {
    expect(withQuery(path, query)).toBe(expected);
  });
});

describe('listAll with concurrency', () => {
  function pagedClient(respond: (url: URL) => Promise<Response>) {
    return createGenesysHttpClient({
      apiBaseUrl: 'https://api.example.test',
      loginBaseUrl: 'https://login.example.test',
      clientId: 'stub-client',
      clientSecret: SECRET,
      fetch: async (input: string | URL | Request) => {
        const url = new URL(String(input));
        if (url.pathname === '/oauth/token') return Response.json({ access_token: TOKEN, expires_in: 3600 });
        return respond(url);
      },
      sleep: async () => undefined,
      now: () => 0,
      random: () => 0.5,
      requestsPerMinute: 1_000_000,
      pageSize: 2,
      concurrency: 3,
      defaultTimeoutMs: 5_000,
      retryPolicy: DEFAULT_RETRY_POLICY,
      logger: { debug: () => undefined, warning: () => undefined },
      onSecret: () => undefined,
    });
  }

  it('reads the pages after the first at once when it gives the page count, keeping their order', async () => {
    let inFlight = 0;
    let most = 0;
    const client = pagedClient(async (url) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      const page = Number(url.searchParams.get('pageNumber'));
      await new Promise((resolve) => setTimeout(resolve, page === 2 ? 15 : 5));
      inFlight -= 1;
      return Response.json({
        entities: [`${page}a`, `${page}b`],
        pageNumber: page,
        pageCount: 5,
        nextUri: page < 5 ? `/api/v2/x?pageSize=2&pageNumber=${page + 1}` : undefined,
      });
    });
    await expect(client.listAll('/api/v2/x')).resolves.toEqual(['1a', '1b', '2a', '2b', '3a', '3b', '4a', '4b', '5a', '5b']);
    expect(most).toBe(3);
  });

  it('follows a cursor page after page', async () => {
    const seen: string[] = [];
    const client = pagedClient(async (url) => {
      seen.push(url.search);
      const cursor = url.searchParams.get('nextPage');
      return Response.json(
        cursor === null ? { entities: ['a'], pageCount: 2, nextUri: '/api/v2/x?nextPage=abc' } : { entities: ['b'], pageCount: 2 },
      );
    });
    await expect(client.listAll('/api/v2/x')).resolves.toEqual(['a', 'b']);
    expect(seen).toEqual(['?pageSize=2&pageNumber=1', '?nextPage=abc']);
  });
});
