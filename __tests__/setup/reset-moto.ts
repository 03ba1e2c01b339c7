/** Every test file starts from an empty AWS: state never leaks between files. */
import { beforeAll, inject } from 'vitest';

beforeAll(async () => {
  const motoUrl = inject('motoUrl');
  process.env.AWS_ENDPOINT_URL = motoUrl;
  const response = await fetch(`${motoUrl}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto reset failed: HTTP ${response.status}`);
  await fetch(`${motoUrl}/moto-api/config`, { method: 'POST', body: JSON.stringify({ lambda: { use_docker: false } }) });
});
