import { it, expect } from 'vitest';
import { workerMotoUrl } from './support/worker-moto.js';

it('moto_server answers on the injected loopback URL', async () => {
  const url = workerMotoUrl();
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const response = await fetch(`${url}/moto-api/reset`, { method: 'POST' });
  expect(response.status).toBe(200);
});
