/**
 * The sandbox's role reads (sandbox/genesys/role-access.ts) against moto,
 * through a proxy that counts what reaches IAM: runs that start while a read
 * is in flight share it, and a role edited before a run starts is what that
 * run sees (nothing is kept once an answer arrived).
 */
import { createServer, request as forward, type Server } from 'node:http';
import { CreateRoleCommand, IAMClient, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoleReader } from '../../sandbox/genesys/role-access.js';
import { workerMotoUrl } from '../support/worker-moto.js';

const trust = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' }],
  });

let proxy: Server;
let proxyUrl: string;
let reachedIam = 0;
beforeAll(async () => {
  const moto = new URL(workerMotoUrl());
  proxy = createServer((incoming, outgoing) => {
    reachedIam += 1;
    const upstream = forward(
      { host: moto.hostname, port: moto.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const address = proxy.address();
  proxyUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
});

describe('the sandbox reading roles for action runs', () => {
  it('shares one read among the runs that start while it is in flight, and reads again for a later run', async () => {
    const iam = new IAMClient({});
    const { Role } = await iam.send(new CreateRoleCommand({ RoleName: 'shared-read', AssumeRolePolicyDocument: trust('765628985471') }));
    const reader = createRoleReader(proxyUrl);
    reachedIam = 0;
    const reads = await Promise.all(Array.from({ length: 8 }, () => reader.read(Role!.Arn!)));
    expect(reads.every((read) => read?.roleArn === Role!.Arn)).toBe(true);
    expect(reachedIam).toBe(1);

    await iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'shared-read', PolicyDocument: trust('111122223333') }));
    const later = await reader.read(Role!.Arn!);
    expect(reachedIam).toBe(2);
    expect(JSON.stringify(later?.trust)).toContain('111122223333');
  });
});
