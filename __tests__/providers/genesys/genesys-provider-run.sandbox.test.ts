/**
 * Running actions through the provider (/test, /draft/test, /execute)
 * against the sandbox, which really reads the credential's role from
 * moto_server (trust policy, external id, lambda:InvokeFunction grant) and
 * runs a local handler for the function.
 */
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESYS_COMMERCIAL_ACCOUNT_ID, genesysPrincipalArn } from '../../../src/genesys/regions.js';
import { GenesysApiError, GenesysTransportError } from '../../../src/providers/genesys/genesys-api-error.js';
import { desiredAction } from './desired-action-fixture.js';
import { startProviderHarness, type ProviderHarness } from './sandbox-harness.js';

const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:orders-lookup:live';
const iam = new IAMClient({});

let harness: ProviderHarness | undefined;
afterEach(async () => {
  await harness?.sandbox.stop();
  harness = undefined;
});

let roleCounter = 0;
/** A role Genesys may assume: trust for the region's Genesys account with this external id, invoke on these ARNs. */
async function createGenesysRole(externalId: string, invokableArns: string[]): Promise<string> {
  roleCounter += 1;
  const roleName = `genesys-run-test-${roleCounter}`;
  const trust = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: genesysPrincipalArn(GENESYS_COMMERCIAL_ACCOUNT_ID) },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': externalId } },
      },
    ],
  };
  const created = await iam.send(new CreateRoleCommand({ RoleName: roleName, AssumeRolePolicyDocument: JSON.stringify(trust) }));
  await iam.send(
    new PutRolePolicyCommand({
      RoleName: roleName,
      PolicyName: 'invoke',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: invokableArns }],
      }),
    }),
  );
  const arn = created.Role?.Arn;
  if (!arn) throw new Error('moto returned no role ARN');
  return arn;
}

async function startWithAction(roleFor: (orgId: string) => Promise<string>) {
  harness = await startProviderHarness({
    sandbox: {
      lambdaHandlers: {
        'orders-lookup': (event) => ({
          status: (event as { orderId?: string }).orderId === '1001' ? 'SHIPPED' : 'PENDING',
          eta: 'tomorrow',
        }),
      },
    },
  });
  const h = harness;
  const roleArn = await roleFor(h.sandbox.orgId);
  const credentialId = await h.provider.createCredential('orders-role', roleArn);
  const integrationId = await h.provider.createIntegration('Orders Lambda');
  await h.provider.setIntegrationConfig(integrationId, {
    name: 'Orders Lambda',
    notes: '',
    credentials: { [await h.provider.credentialKey()]: credentialId },
  });
  await h.provider.setIntegrationEnabled(integrationId, true);
  await h.provider.waitForIntegrationState(integrationId, 'ACTIVE');
  const action = desiredAction({
    functionArn: FUNCTION_ARN,
    response: { translationMap: {}, translationMapDefaults: {}, successTemplate: '${rawResult}' },
  });
  const created = await h.provider.createAction(action, integrationId);
  return { h, integrationId, actionId: created.id, action };
}

describe('running actions', () => {
  it('tests a published action: success with the output as finalResult', async () => {
    const { h, actionId } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    const result = await h.provider.testAction(actionId, { orderId: '1001' }, 10);
    expect(result.success).toBe(true);
    expect(result.finalResult).toEqual({ status: 'SHIPPED', eta: 'tomorrow' });
    expect(result.operations.length).toBeGreaterThan(0);
    expect(result.operations.every((operation) => operation.success)).toBe(true);
    expect(h.sandbox.requests.find((request) => request.path.endsWith('/test'))?.query).toEqual({ flatten: 'false' });
  });

  it('executes a published action and returns its output object', async () => {
    const { h, actionId } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    expect(await h.provider.executeAction(actionId, { orderId: '7' }, 10)).toEqual({ status: 'PENDING', eta: 'tomorrow' });
  });

  it('tests a draft before it is published', async () => {
    const { h, actionId, action } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    const draft = await h.provider.draftFromAction(actionId, { ...action, category: 'Next' });
    const result = await h.provider.testDraft(draft.id, { orderId: '1001' }, 10);
    expect(result).toMatchObject({ success: true, finalResult: { status: 'SHIPPED' } });
  });

  it('reports a role that does not trust this org (wrong external id) as a failed test, with the reason', async () => {
    const { h, actionId } = await startWithAction(() => createGenesysRole('some-other-org-id', [FUNCTION_ARN]));
    const result = await h.provider.testAction(actionId, { orderId: '1001' }, 10);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error)).toMatch(/ExternalId|external id|AssumeRole/i);
    expect(result.operations.some((operation) => !operation.success)).toBe(true);
  });

  it('surfaces a missing lambda:InvokeFunction grant from /execute as a typed error with the contextId', async () => {
    const { h, actionId } = await startWithAction((orgId) =>
      createGenesysRole(orgId, ['arn:aws:lambda:us-east-1:123456789012:function:something-else']),
    );
    const error = await h.provider.executeAction(actionId, { orderId: '1001' }, 10).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GenesysApiError);
    expect((error as GenesysApiError).message).toMatch(/lambda:InvokeFunction[\s\S]*\(contextId [0-9a-f-]{36}\)$/);
    expect(h.calls().filter((call) => call.endsWith('/execute'))).toHaveLength(1);
  });

  it('turns a failing-run status from /test into a failed result (Genesys may answer either way), keeping the contextId', async () => {
    const { h, actionId } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    h.sandbox.faults.inject({ method: 'POST', pathPattern: /\/test$/, status: 500, times: 1 });
    const result = await h.provider.testAction(actionId, { orderId: '1001' }, 10);
    expect(result).toMatchObject({ success: false, operations: [], error: { status: 500, code: 'internal.server.error' } });
    expect((result.error as { contextId?: string }).contextId).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.calls().filter((call) => call.endsWith('/test'))).toHaveLength(1);
  });

  it('still throws when the test call itself is wrong (unknown action), rather than reporting a failed run', async () => {
    const { h } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    await expect(h.provider.testAction('custom_-_missing', {}, 10)).rejects.toMatchObject({ name: 'GenesysApiError', status: 404 });
  });
});

const GATEWAY_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';

type Run = 'testDraft' | 'testAction' | 'executeAction';
type Fault = { status: number | 'drop'; body?: string };

/** Runs the action through `run` (a draft of it for testDraft); the path suffix its calls end with. */
async function runThrough(h: ProviderHarness, run: Run, actionId: string, action: ReturnType<typeof desiredAction>) {
  if (run === 'testDraft') {
    const draft = await h.provider.draftFromAction(actionId, { ...action, category: 'Next' });
    return { suffix: '/draft/test', result: () => h.provider.testDraft(draft.id, { orderId: '1001' }, 10) };
  }
  if (run === 'testAction') return { suffix: '/test', result: () => h.provider.testAction(actionId, { orderId: '1001' }, 10) };
  return { suffix: '/execute', result: () => h.provider.executeAction(actionId, { orderId: '1001' }, 10) };
}

const RUNS: Run[] = ['testDraft', 'testAction', 'executeAction'];
const TRANSIENT: [string, Fault][] = [
  ['a gateway HTML 502', { status: 502, body: GATEWAY_PAGE }],
  ['a 503', { status: 503 }],
  ['a 504', { status: 504 }],
  ['a dropped connection', { status: 'drop' }],
];

describe('a run of an action (it writes nothing) is retried on transient failures like a read', () => {
  it.each(RUNS.flatMap((run) => TRANSIENT.map(([label, fault]) => [run, label, fault] as const)))(
    '%s: %s once is retried and the run succeeds',
    async (run, _label, fault) => {
      const { h, actionId, action } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
      const { suffix, result } = await runThrough(h, run, actionId, action);
      h.sandbox.faults.inject({ method: 'POST', pathPattern: new RegExp(`${suffix.replaceAll('/', '\\/')}$`), times: 1, ...fault });
      const answer = await result();
      if (run === 'executeAction') expect(answer).toEqual({ status: 'SHIPPED', eta: 'tomorrow' });
      else expect(answer).toMatchObject({ success: true, finalResult: { status: 'SHIPPED' } });
      expect(h.sandbox.requests.filter((request) => request.method === 'POST' && request.path.endsWith(suffix))).toHaveLength(2);
    },
  );

  it.each(RUNS)('%s: a 502 that outlasts the retry budget throws (a failure of the call), never a failed run', async (run) => {
    const { h, actionId, action } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    const { suffix, result } = await runThrough(h, run, actionId, action);
    h.sandbox.faults.inject({
      method: 'POST',
      pathPattern: new RegExp(`${suffix.replaceAll('/', '\\/')}$`),
      status: 502,
      body: GATEWAY_PAGE,
    });
    await expect(result()).rejects.toMatchObject({ name: 'GenesysApiError', status: 502 });
    expect(h.sandbox.requests.filter((request) => request.path.endsWith(suffix)).length).toBeGreaterThan(2);
  });

  it.each(RUNS)('%s: a connection dropped on every attempt throws a transport error naming the call', async (run) => {
    const { h, actionId, action } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    const { suffix, result } = await runThrough(h, run, actionId, action);
    h.sandbox.faults.inject({ method: 'POST', pathPattern: new RegExp(`${suffix.replaceAll('/', '\\/')}$`), status: 'drop' });
    const error = await result().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(GenesysTransportError);
    expect((error as Error).message).toContain(`Genesys API POST /api/v2/integrations/actions/`);
  });

  it.each(RUNS)('%s: a 500 (the Lambda failed) is not retried', async (run) => {
    const { h, actionId, action } = await startWithAction((orgId) => createGenesysRole(orgId, [FUNCTION_ARN]));
    const { suffix, result } = await runThrough(h, run, actionId, action);
    h.sandbox.faults.inject({ method: 'POST', pathPattern: new RegExp(`${suffix.replaceAll('/', '\\/')}$`), status: 500, times: 1 });
    if (run === 'executeAction') await expect(result()).rejects.toMatchObject({ name: 'GenesysApiError', status: 500 });
    else expect(await result()).toMatchObject({ success: false, error: { status: 500, code: 'internal.server.error' } });
    expect(h.sandbox.requests.filter((request) => request.path.endsWith(suffix))).toHaveLength(1);
  });
});
