/**
 * Apply against moto_server + the Genesys sandbox, from the example
 * manifests: converge, stay idempotent, update through drafts, replace on
 * contract changes, never publish a failing draft, prune only what is owned,
 * and converge after an interruption at any step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttachRolePolicyCommand, CreatePolicyCommand, CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';

const ORDER_ACTION = 'data-action-lookup-order-status.yaml';
const ROLE_NAME = 'genesys-lambda-invoker';

let harness: FlowHarness;
beforeEach(async () => {
  const motoReset = await fetch(`${process.env.AWS_ENDPOINT_URL}/moto-api/reset`, { method: 'POST' });
  expect(motoReset.ok).toBe(true);
  harness = await startFlowHarness();
});
afterEach(async () => {
  await harness.stop();
});

function writes(harness: FlowHarness): string[] {
  return harness.sandbox.requests
    .filter((request) => request.method !== 'GET' && !request.path.startsWith('/oauth') && !request.path.endsWith('/test'))
    .map((request) => `${request.method} ${request.path}`);
}

function publishedActions(harness: FlowHarness) {
  return [...harness.sandbox.state.actions.values()];
}

describe('apply', () => {
  it('applies the examples from empty, smoke-tests them, and a second apply changes nothing', async () => {
    const first = await harness.apply();
    expect(first.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(first.success).toBe(true);
    expect(first.steps.map((step) => `${step.action} ${step.address}`)).toEqual(
      expect.arrayContaining([
        `create role/${ROLE_NAME}`,
        'create integration/Customer Lambdas',
        'create action/Customer Lambdas/Lookup Order Status',
        'create action/Customer Lambdas/Find Customer By Phone',
        'create action/Customer Lambdas/Check Store Hours',
      ]),
    );
    // Published through drafts: each test passed on the draft that went live; /test is not repeated after publishing.
    const draftTests = first.smokeTests.filter((test) => test.endpoint === 'draft-test');
    expect(draftTests.length).toBeGreaterThanOrEqual(3);
    expect(first.smokeTests.every((test) => test.passed)).toBe(true);
    expect(first.smokeTests.filter((test) => test.endpoint === 'test')).toEqual([]);
    expect(publishedActions(harness)).toHaveLength(3);
    expect(harness.sandbox.state.integrations.size).toBe(1);
    expect(harness.sandbox.state.credentials.size).toBe(1);

    const { plan } = await harness.plan();
    expect(plan.summary.hasChanges).toBe(false);
    const writesBefore = writes(harness).length;
    const second = await harness.apply();
    expect(second.success).toBe(true);
    expect(second.steps).toEqual([]);
    expect(writes(harness).length).toBe(writesBefore);
  });

  it('updates a changed template in place through a draft, keeping the action id', async () => {
    await harness.apply();
    const before = publishedActions(harness).find((action) => action.name === 'Lookup Order Status');
    await harness.edit(ORDER_ACTION, (text) => text.replace(/timeoutSeconds: \d+/, 'timeoutSeconds: 25'));
    const { plan } = await harness.plan();
    const change = plan.changes.find((candidate) => candidate.address === 'action/Customer Lambdas/Lookup Order Status');
    expect(change?.action).toBe('update');

    const report = await harness.apply();
    expect(report.success).toBe(true);
    const after = publishedActions(harness).find((action) => action.name === 'Lookup Order Status');
    expect(after?.id).toBe(before?.id);
    expect(writes(harness)).toContain(`POST /api/v2/integrations/actions/${before?.id}/draft/publish`);
    expect((await harness.plan()).plan.summary.hasChanges).toBe(false);
  });

  it('replaces an action whose contract changed, reporting the new id', async () => {
    await harness.apply();
    const before = publishedActions(harness).find((action) => action.name === 'Lookup Order Status');
    await harness.edit(ORDER_ACTION, (text) =>
      text.replace('        orderId: { type: string }', '        orderId: { type: string }\n        carrier: { type: string }'),
    );
    const { plan } = await harness.plan();
    const change = plan.changes.find((candidate) => candidate.address === 'action/Customer Lambdas/Lookup Order Status');
    expect(change?.action).toBe('replace');
    expect(change?.risks).toContain('repoint-flows');

    const report = await harness.apply();
    expect(report.steps.filter((candidate) => candidate.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
    const step = report.steps.find((candidate) => candidate.address === 'action/Customer Lambdas/Lookup Order Status');
    expect(step?.previousId).toBe(before?.id);
    expect(step?.liveId).not.toBe(before?.id);
    expect(
      publishedActions(harness)
        .filter((action) => action.name === 'Lookup Order Status')
        .map((action) => action.id),
    ).toEqual([step?.liveId]);
  });

  it('leaves a failing draft unpublished, keeps the live version, and fails the run', async () => {
    await harness.apply();
    const live = publishedActions(harness).find((action) => action.name === 'Lookup Order Status');
    const liveTimeout = JSON.stringify(live?.config);
    await harness.edit(ORDER_ACTION, (text) =>
      text.replace('status: SHIPPED', 'status: DELIVERED').replace(/timeoutSeconds: \d+/, 'timeoutSeconds: 30'),
    );

    const requestsBefore = harness.sandbox.requests.length;
    const report = await harness.apply();
    expect(report.success).toBe(false);
    const step = report.steps.find((candidate) => candidate.address === 'action/Customer Lambdas/Lookup Order Status');
    expect(step?.status).toBe('failed');
    expect(step?.message).toMatch(/left unpublished: test "[^"]+" failed: expect: status: expected "DELIVERED", got "SHIPPED"/);
    const stillLive = publishedActions(harness).find((action) => action.name === 'Lookup Order Status');
    expect(JSON.stringify(stillLive?.config)).toBe(liveTimeout);
    const publishes = harness.sandbox.requests.slice(requestsBefore).filter((request) => request.path.endsWith('/draft/publish'));
    expect(publishes).toEqual([]);
    // The failed draft stays for inspection; the next apply replaces it.
    expect(harness.sandbox.state.drafts.has(live!.id)).toBe(true);
  });

  it('prunes only what it owns, and only with prune on', async () => {
    await harness.apply();
    const integrationId = [...harness.sandbox.state.integrations.values()][0]!.id;
    // An action someone added by hand inside the managed integration is owned (the integration is declared).
    const { providers } = harness;
    const desired = await harness.desired();
    const template = desired.dataActions[0]!;
    await providers.genesys.createAction({ ...template, name: 'Hand Made', tests: [] }, integrationId);

    const kept = await harness.plan();
    expect(kept.plan.skippedDeletes.map((skipped) => skipped.address)).toEqual(['action/Customer Lambdas/Hand Made']);
    expect(kept.plan.changes.filter((change) => change.action === 'delete')).toEqual([]);

    const report = await harness.apply({ prune: true });
    expect(report.success).toBe(true);
    expect(report.steps.map((step) => `${step.action} ${step.address}`)).toEqual(['delete action/Customer Lambdas/Hand Made']);
    expect(
      publishedActions(harness)
        .map((action) => action.name)
        .sort(),
    ).toEqual(['Check Store Hours', 'Find Customer By Phone', 'Lookup Order Status']);
  });

  describe('with a role managed elsewhere', () => {
    const EXTERNAL_ROLE = 'external-genesys-invoker';
    const externalArn = `arn:aws:iam::123456789012:role/${EXTERNAL_ROLE}`;

    async function createExternalRole(externalId: string, functionArns: string[]): Promise<void> {
      const iam = new IAMClient({ region: 'eu-west-1' });
      await iam.send(
        new CreateRoleCommand({
          RoleName: EXTERNAL_ROLE,
          AssumeRolePolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::765628985471:root' },
                Action: 'sts:AssumeRole',
                Condition: { StringEquals: { 'sts:ExternalId': externalId } },
              },
            ],
          }),
        }),
      );
      await iam.send(
        new PutRolePolicyCommand({
          RoleName: EXTERNAL_ROLE,
          PolicyName: 'invoke',
          PolicyDocument: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functionArns }],
          }),
        }),
      );
      await harness.edit('integration.yaml', (text) => text.replace('role: genesys-lambda-invoker', `role: { arn: "${externalArn}" }`));
      await harness.remove('role.yaml');
    }

    it('a wrong external id fails the draft test with the assume-role denial, and nothing is published', async () => {
      const desired = await harness.desired();
      await createExternalRole(
        'not-this-org',
        desired.dataActions.map((action) => action.functionArn),
      );
      const report = await harness.apply();
      expect(report.success).toBe(false);
      const failed = report.steps.filter((step) => step.kind === 'action');
      expect(failed.map((step) => step.status)).toEqual(['failed', 'failed', 'failed']);
      expect(failed[0]?.message).toMatch(/sts:AssumeRole/);
      expect(failed[0]?.message).toContain(externalArn);
      expect(publishedActions(harness)).toEqual([]);
    });

    it('a missing lambda:InvokeFunction grant is caught by the smoke test after a direct publish', async () => {
      const desired = await harness.desired();
      const orders = desired.dataActions.find((action) => action.name === 'Lookup Order Status')!;
      // The grant covers the unqualified function, but the action calls the :live alias.
      const others = desired.dataActions.filter((action) => action !== orders).map((action) => action.functionArn);
      await createExternalRole(harness.sandbox.orgId, [...others, orders.functionArn.replace(/:live$/, '')]);
      const report = await harness.apply({ publishStrategy: 'direct' });
      expect(report.success).toBe(false);
      const ordersTests = report.smokeTests.filter((test) => test.address === 'action/Customer Lambdas/Lookup Order Status');
      expect(ordersTests.length).toBeGreaterThan(0);
      expect(ordersTests.every((test) => !test.passed)).toBe(true);
      expect(ordersTests[0]?.failures.join(' ')).toMatch(
        /not authorized to perform: lambda:InvokeFunction on resource: arn:aws:lambda:eu-west-1:123456789012:function:orders-lookup:live/,
      );
      expect(ordersTests[0]?.attempts).toBe(3);
      const otherTests = report.smokeTests.filter((test) => test.address !== 'action/Customer Lambdas/Lookup Order Status');
      expect(otherTests.every((test) => test.passed)).toBe(true);
    });
  });
});

describe('apply interrupted at any step converges on re-run', () => {
  it.each([
    ['credential create', 'POST', /^\/api\/v2\/integrations\/credentials$/],
    ['integration create', 'POST', /^\/api\/v2\/integrations$/],
    ['integration config', 'PUT', /\/config\/current$/],
    ['integration enable', 'PATCH', /^\/api\/v2\/integrations\/[^/]+$/],
    ['draft create', 'POST', /^\/api\/v2\/integrations\/actions\/drafts$/],
    ['draft validation', 'GET', /\/draft\/validation$/],
    ['draft test', 'POST', /\/draft\/test$/],
    ['draft publish', 'POST', /\/draft\/publish$/],
    ['smoke test (execute)', 'POST', /\/actions\/[^/]+\/execute$/],
  ])('fault at %s', async (step, method, pathPattern) => {
    // Smoke tests retry (IAM propagation), so only a fault on every attempt interrupts them.
    harness.sandbox.faults.inject({ method, pathPattern, status: 400, times: step.startsWith('smoke test') ? 3 : 1 });
    const interrupted = await harness.apply();
    expect(interrupted.success).toBe(false);
    expect(interrupted.steps.some((step) => step.status === 'failed')).toBe(true);

    harness.sandbox.faults.clear();
    const rerun = await harness.apply();
    expect(rerun.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(rerun.success).toBe(true);
    expect((await harness.plan()).plan.summary.hasChanges).toBe(false);
    expect(harness.sandbox.state.credentials.size).toBe(1);
    expect(harness.sandbox.state.integrations.size).toBe(1);
    expect(
      publishedActions(harness)
        .map((action) => action.name)
        .sort(),
    ).toEqual(['Check Store Hours', 'Find Customer By Phone', 'Lookup Order Status']);
    expect(harness.sandbox.state.drafts.size).toBe(0);
  });
});

describe('drift', () => {
  it('shows a policy attached by hand as drift, and apply detaches it', async () => {
    await harness.apply();
    const iam = new IAMClient({ region: 'eu-west-1' });
    const policy = await iam.send(
      new CreatePolicyCommand({
        PolicyName: 'hand-made',
        PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: '*' }] }),
      }),
    );
    await iam.send(new AttachRolePolicyCommand({ RoleName: ROLE_NAME, PolicyArn: policy.Policy!.Arn! }));

    const { plan } = await harness.plan();
    const role = plan.changes.find((change) => change.address === `role/${ROLE_NAME}`);
    expect(role?.action).toBe('update');
    expect(role?.risks).toContain('drift');

    const report = await harness.apply();
    expect(report.success).toBe(true);
    expect((await harness.plan()).plan.summary.hasChanges).toBe(false);
  });
});
