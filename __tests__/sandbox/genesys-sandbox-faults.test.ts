import { afterEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox, type GenesysSandboxOptions } from '../../sandbox/genesys/server.js';
import { login } from './sandbox-http.js';

let sandbox: GenesysSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

async function start(options: GenesysSandboxOptions = {}) {
  sandbox = await startGenesysSandbox(options);
  return { sandbox, api: await login(sandbox) };
}

describe('rate limit', () => {
  it('answers 429 too.many.requests with an integer Retry-After once the per-minute budget is spent', async () => {
    let clock = 0;
    const { api } = await start({ rateLimitPerMinute: 3, now: () => clock });
    for (let index = 0; index < 3; index++) expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
    clock = 20_000;
    const limited = await api.call('GET', '/api/v2/organizations/me');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ code: 'too.many.requests', status: 429 });
    expect(limited.body.message).toBe('Rate limit exceeded the maximum [3] requests within [60] seconds');
    expect(limited.headers.get('retry-after')).toBe('40');
    clock = 60_001;
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
  });

  it('counts each token separately and never limits the token endpoint', async () => {
    const { sandbox: running, api } = await start({ rateLimitPerMinute: 1, now: () => 0 });
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(429);
    const other = await login(running);
    expect((await other.call('GET', '/api/v2/organizations/me')).status).toBe(200);
  });
});

describe('injected faults', () => {
  it('answers a chosen status on matching calls only, for the given number of times', async () => {
    const { sandbox: running, api } = await start();
    running.faults.inject({ method: 'GET', pathPattern: /\/integrations$/, status: 503, times: 2, retryAfterSeconds: 1 });
    const first = await api.call('GET', '/api/v2/integrations');
    expect(first.status).toBe(503);
    expect(first.body).toMatchObject({ code: 'service.unavailable', status: 503 });
    expect(first.headers.get('retry-after')).toBe('1');
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
    expect((await api.call('GET', '/api/v2/integrations')).status).toBe(503);
    expect((await api.call('GET', '/api/v2/integrations')).status).toBe(200);
  });

  it('can fail the token endpoint', async () => {
    const { sandbox: running } = await start();
    running.faults.inject({ pathPattern: '/oauth/token', status: 500, times: 1 });
    const response = await fetch(`${running.url}/oauth/token`, { method: 'POST' });
    expect(response.status).toBe(500);
  });

  it('drops the connection', async () => {
    const { sandbox: running, api } = await start();
    running.faults.inject({ pathPattern: '/organizations/me', status: 'drop', times: 1 });
    await expect(api.call('GET', '/api/v2/organizations/me')).rejects.toThrow(/fetch failed/);
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
  });

  it('never answers a timed-out request, so the client aborts it', async () => {
    const { sandbox: running } = await start();
    running.faults.inject({ pathPattern: '/organizations/me', status: 'timeout' });
    const controller = new AbortController();
    const pending = fetch(`${running.url}/api/v2/organizations/me`, { signal: controller.signal });
    // Abort only once the sandbox has the request, so this proves it was held, not refused.
    while (!running.requests.some((request) => request.path === '/api/v2/organizations/me')) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
    expect(running.requests.at(-1)?.status).toBe(-2);
  });

  it('fires rate-based faults from the seeded random source: the same seed, the same failures', async () => {
    const pattern = async (seed: number) => {
      const running = await startGenesysSandbox({ seed });
      try {
        const api = await login(running);
        running.faults.inject({ pathPattern: '/organizations/me', status: 500, rate: 0.5 });
        const statuses: number[] = [];
        for (let index = 0; index < 16; index++) statuses.push((await api.call('GET', '/api/v2/organizations/me')).status);
        return statuses;
      } finally {
        await running.stop();
      }
    };
    const first = await pattern(42);
    expect(await pattern(42)).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('clears faults', async () => {
    const { sandbox: running, api } = await start();
    running.faults.inject({ pathPattern: '/organizations/me', status: 500 });
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(500);
    running.faults.clear();
    expect((await api.call('GET', '/api/v2/organizations/me')).status).toBe(200);
  });
});
