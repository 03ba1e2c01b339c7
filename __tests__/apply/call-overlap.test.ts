/**
 * Calls that nothing orders go out together, against moto_server and the
 * Genesys sandbox (with latency while the calls in question are made, so
 * that one after another would show; the setup before them runs without): a
 * plan lists the data actions beside the integrations (the listing takes no
 * integration filter), Genesys is read while the AWS account is checked,
 * an apply lists drafts while the roles are still being written, the
 * Lambda functions are read beside the roles, and a replace's Architect
 * consumers beside the dependency-tracking build status. What
 * must stay ordered stays so: nothing is read from an AWS account that the
 * environment does not pin.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../sandbox/genesys/server.js';
import { computePlan } from '../../src/commands/plan.js';
import { ConfigurationError } from '../../src/errors.js';
import { createRoleProvider } from '../../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../../src/providers/aws-lambda/lambda-function-provider.js';
import { recordCommands } from '../providers/aws-iam/role-fixtures.js';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';
import { workerMotoUrl } from '../support/worker-moto.js';

/** Long enough that a call made after another one's answer arrives at least this much later. */
const LATENCY_MS = 80;

let harness: FlowHarness;
beforeEach(async () => {
  expect((await fetch(`${workerMotoUrl()}/moto-api/reset`, { method: 'POST' })).ok).toBe(true);
  harness = await startFlowHarness();
});
afterEach(async () => {
  await harness.stop();
});

function arrival(requests: readonly RecordedRequest[], method: string, path: string): number {
  const found = requests.find((request) => request.method === method && request.path === path);
  if (!found) throw new Error(`no ${method} ${path} among ${requests.map((request) => `${request.method} ${request.path}`).join(', ')}`);
  return found.at;
}

describe('calls that nothing orders', () => {
  it('a plan lists the data actions in the same round trip as the integrations, not after it', async () => {
    const report = await harness.apply();
    expect(report.success).toBe(true);
    harness.sandbox.requests.length = 0;
    harness.sandbox.setLatency(LATENCY_MS);

    const { plan } = await harness.plan();
    expect(plan.summary.hasChanges).toBe(false);
    const requests = harness.sandbox.requests;
    const integrations = arrival(requests, 'GET', '/api/v2/integrations');
    const actions = arrival(requests, 'GET', '/api/v2/integrations/actions');
    expect(Math.abs(actions - integrations)).toBeLessThan(LATENCY_MS / 2);
  });

  it('a plan of a contract change reads the build status in the same round trip as the consumers, not before them', async () => {
    const report = await harness.apply();
    expect(report.success).toBe(true);
    await harness.edit('data-action-lookup-order-status.yaml', (text) =>
      text.replace('        orderId: { type: string }', '        orderId: { type: string }\n        carrier: { type: string }'),
    );
    harness.sandbox.requests.length = 0;
    harness.sandbox.setLatency(LATENCY_MS);

    const { plan } = await harness.plan();
    expect(plan.summary.replace).toBe(1);
    const requests = harness.sandbox.requests;
    const build = arrival(requests, 'GET', '/api/v2/architect/dependencytracking/build');
    const consumers = arrival(requests, 'GET', '/api/v2/architect/dependencytracking/consumingresources');
    expect(Math.abs(consumers - build)).toBeLessThan(LATENCY_MS / 2);
  });

  it('an apply lists drafts before its first Genesys write, while the role is written', async () => {
    harness.sandbox.setLatency(LATENCY_MS);
    const report = await harness.apply();
    expect(report.success).toBe(true);
    const requests = harness.sandbox.requests;
    const drafts = arrival(requests, 'GET', '/api/v2/integrations/actions/drafts');
    expect(drafts).toBeLessThanOrEqual(arrival(requests, 'POST', '/api/v2/integrations/credentials'));
    // The drafts it found are those of the integration the apply created after listing: filtered once its id is known.
    expect(requests.filter((request) => request.path === '/api/v2/integrations/actions/drafts' && request.method === 'GET')).toHaveLength(
      1,
    );
  });

  it('a plan reads the Lambda functions beside the roles, not after them', async () => {
    const events: string[] = [];
    const record = <C extends IAMClient | LambdaClient>(client: C): C => {
      client.middlewareStack.add(
        (next, context) => async (args) => {
          events.push(`${String(context.commandName)} start`);
          try {
            return await next(args);
          } finally {
            // A role not created yet answers NoSuchEntity: that is an end too.
            events.push(`${String(context.commandName)} end`);
          }
        },
        { step: 'initialize', name: 'recordOverlapForTest' },
      );
      return client;
    };
    const providers = {
      ...harness.providers,
      roles: createRoleProvider({ region: 'eu-west-1', iam: record(new IAMClient({ region: 'eu-west-1' })) }),
      functions: createFunctionProvider({ clientFor: (region) => record(new LambdaClient({ region })) }),
    };
    await computePlan(await harness.desired(), providers, { prune: false });
    expect(events).toContain('GetFunctionConfigurationCommand start');
    expect(events.indexOf('GetFunctionConfigurationCommand start')).toBeLessThan(events.indexOf('GetRoleCommand end'));
  });

  it('reads nothing from an AWS account the environment does not pin, and says so', async () => {
    await harness.edit('environment-dev.yaml', (text) => text.replace('accountId: "123456789012"', 'accountId: "999988887777"'));
    const iam = new IAMClient({ region: 'eu-west-1' });
    const iamCommands = recordCommands(iam);
    const providers = { ...harness.providers, roles: createRoleProvider({ region: 'eu-west-1', iam }) };

    const planning = computePlan(await harness.desired(), providers, { prune: true });
    await expect(planning).rejects.toThrow(ConfigurationError);
    await expect(planning).rejects.toThrow('pins AWS account 999988887777 but the credentials belong to 123456789012');
    // Not even the account-wide role scan that prune makes.
    expect(iamCommands).toEqual([]);
  });
});
