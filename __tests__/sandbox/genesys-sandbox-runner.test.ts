/**
 * Running data actions end to end: the sandbox reads the credential's role
 * from moto (the global setup's AWS_ENDPOINT_URL), checks trust and grants
 * like AWS would, and invokes the example Lambda handlers.
 */
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { AddPermissionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploySandboxFunctions, inMotoAccount } from '../../sandbox/aws/lambda-functions.js';
import { startGenesysSandbox, type GenesysSandbox, type GenesysSandboxOptions } from '../../sandbox/genesys/server.js';
import { createLambdaIntegration, lambdaActionBody, login, type ApiCaller } from './sandbox-http.js';

const ACCOUNT = '123456789012';
const ORDERS_FN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:orders-lookup`;
const lambdaModule = (name: string) => fileURLToPath(new URL(`../../examples/lambdas/${name}.mjs`, import.meta.url));

const iam = new IAMClient({});
let roleCounter = 0;

/** Creates a role in moto and returns its ARN. */
async function createRole(options: {
  principalAccount?: string;
  externalId?: string | null;
  resources?: string[];
  actions?: string[];
}): Promise<string> {
  const roleName = `genesys-invoker-${++roleCounter}-${Date.now()}`;
  const statement: Record<string, unknown> = {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${options.principalAccount ?? '765628985471'}:root` },
    Action: 'sts:AssumeRole',
  };
  if (options.externalId !== null) statement.Condition = { StringEquals: { 'sts:ExternalId': options.externalId ?? sandbox.orgId } };
  const { Role } = await iam.send(
    new CreateRoleCommand({
      RoleName: roleName,
      AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    }),
  );
  if (options.resources) {
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: roleName,
        PolicyName: 'invoke',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: options.actions ?? ['lambda:InvokeFunction'], Resource: options.resources }],
        }),
      }),
    );
  }
  return Role!.Arn!;
}

let sandbox: GenesysSandbox;
let api: ApiCaller;

async function start(options: GenesysSandboxOptions = {}) {
  sandbox = await startGenesysSandbox({
    lambdaHandlers: {
      'orders-lookup': lambdaModule('orders-lookup'),
      'customer-by-phone': lambdaModule('customer-by-phone'),
      'store-hours': lambdaModule('store-hours'),
      'always-fails': () => {
        throw new TypeError('database unreachable');
      },
      'wrong-shape': () => ({ status: 404 }),
    },
    ...options,
  });
  api = await login(sandbox);
}

/** Integration (enabled, with the role's credential) + published action; returns the action id. */
async function publishAction(roleArn: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { integrationId } = await createLambdaIntegration(api, { roleArn, enable: true });
  const created = await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId, overrides));
  expect(created.status).toBe(200);
  return created.body.id;
}

function withFunction(arn: string, body: Record<string, unknown> = {}) {
  const base = lambdaActionBody('x').config;
  return { config: { ...base, request: { ...base.request, requestUrlTemplate: arn } }, ...body };
}

beforeEach(async () => {
  await start();
});
afterEach(async () => {
  await sandbox.stop();
});

describe('a correctly wired action', () => {
  it('/test assumes the role, invokes the handler and returns its output filtered to the contract', async () => {
    const actionId = await publishAction(await createRole({ resources: [ORDERS_FN] }));
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test?flatten=false`, { orderId: '1001' });
    expect(test.status).toBe(200);
    expect(test.body.success).toBe(true);
    // orderId is not in the output contract, so Genesys drops it.
    expect(test.body.finalResult).toEqual({ status: 'SHIPPED', eta: '2026-11-28', items: ['Headset H-200', 'USB-C cable'] });
    expect(test.body.operations.every((operation: any) => operation.success)).toBe(true);
    expect(test.body.operations.map((operation: any) => operation.step)).toEqual(
      test.body.operations.map((_: unknown, index: number) => index + 1),
    );
  });

  it('/execute returns the output object itself', async () => {
    const actionId = await publishAction(await createRole({ resources: [ORDERS_FN] }));
    const executed = await api.call('POST', `/api/v2/integrations/actions/${actionId}/execute?flatten=false`, { orderId: '1002' });
    expect(executed.status).toBe(200);
    expect(executed.body).toMatchObject({ status: 'PROCESSING' });
    const unknown = await api.call('POST', `/api/v2/integrations/actions/${actionId}/execute`, { orderId: '9999' });
    expect(unknown.body).toEqual({ status: 'NOT_FOUND', eta: '', items: [] });
  });

  it('/draft/test runs the draft before it is published', async () => {
    const roleArn = await createRole({ resources: [`arn:aws:lambda:us-east-1:${ACCOUNT}:function:customer-by-phone`] });
    const { integrationId } = await createLambdaIntegration(api, { roleArn, enable: true });
    const draft = await api.call('POST', '/api/v2/integrations/actions/drafts', {
      ...lambdaActionBody(integrationId, withFunction(`arn:aws:lambda:us-east-1:${ACCOUNT}:function:customer-by-phone`)),
      name: 'Customer By Phone',
      contract: {
        input: { inputSchema: { type: 'object', required: ['phoneNumber'], properties: { phoneNumber: { type: 'string' } } } },
        output: {
          successSchema: {
            type: 'object',
            properties: { found: { type: 'boolean' }, customerId: { type: 'string' }, name: { type: 'string' }, tier: { type: 'string' } },
          },
        },
      },
    });
    const test = await api.call('POST', `/api/v2/integrations/actions/${draft.body.id}/draft/test`, { phoneNumber: '+13175550100' });
    expect(test.body).toMatchObject({
      success: true,
      finalResult: { found: true, customerId: 'C-1001', name: 'Ada Lovelace', tier: 'GOLD' },
    });
  });

  it('renders a custom request template, a translation map with defaults and a success template', async () => {
    const storeFn = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:store-hours`;
    const actionId = await publishAction(await createRole({ resources: [storeFn] }), {
      name: 'Store Hours',
      contract: {
        input: { inputSchema: { type: 'object', properties: { storeCode: { type: 'string' }, day: { type: 'string' } } } },
        output: {
          successSchema: {
            type: 'object',
            required: ['isOpen', 'opens', 'region'],
            properties: { isOpen: { type: 'boolean' }, opens: { type: 'string' }, region: { type: 'string' } },
          },
        },
      },
      config: {
        request: {
          requestUrlTemplate: storeFn,
          requestType: 'POST',
          headers: {},
          requestTemplate: '{"store": "${input.storeCode}", "date": "${input.day}"}',
        },
        response: {
          translationMap: { isOpen: '$.open', opens: '$.hours.open', region: '$.region' },
          translationMapDefaults: { region: '"EMEA"' },
          successTemplate: '{"isOpen": ${isOpen}, "opens": ${opens}, "region": ${region}}',
        },
      },
    });
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, { storeCode: 'S1', day: '2026-11-24' });
    expect(test.body.finalResult).toEqual({ isOpen: true, opens: '09:00', region: 'EMEA' });
  });

  it('lets a grant on function:* cover a qualified ARN', async () => {
    const actionId = await publishAction(await createRole({ resources: [`${ORDERS_FN}:*`] }), withFunction(`${ORDERS_FN}:live`));
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, { orderId: '1001' });
    expect(test.body.success).toBe(true);
  });

  it('uses the FedRAMP account as the principal for a us-east-2 org', async () => {
    await sandbox.stop();
    await start({ region: 'us-east-2' });
    const commercial = await publishAction(await createRole({ resources: [ORDERS_FN] }));
    expect((await api.call('POST', `/api/v2/integrations/actions/${commercial}/test`, { orderId: '1001' })).body.error.message).toMatch(
      /User: arn:aws:iam::325654371633:root is not authorized to perform: sts:AssumeRole/,
    );
    const fedramp = await publishAction(await createRole({ principalAccount: '325654371633', resources: [ORDERS_FN] }), {
      name: 'FedRAMP Lookup',
    });
    expect((await api.call('POST', `/api/v2/integrations/actions/${fedramp}/test`, { orderId: '1001' })).body.success).toBe(true);
  });
});

describe('failures Genesys would show', () => {
  async function failedTest(roleArn: string, overrides: Record<string, unknown> = {}, input: unknown = { orderId: '1001' }) {
    const actionId = await publishAction(roleArn, overrides);
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, input);
    expect(test.status).toBe(200); // ❓ in the reference; the sandbox reports failures in the body
    expect(test.body.success).toBe(false);
    expect(test.body.finalResult).toBeUndefined();
    const failed = test.body.operations.filter((operation: any) => !operation.success);
    expect(failed).toHaveLength(1);
    expect(failed[0].error.message).toBe(test.body.error.message);
    return { actionId, step: failed[0].name as string, message: test.body.error.message as string };
  }

  it('a wrong external id is an assume-role denial naming the role', async () => {
    const roleArn = await createRole({ externalId: 'some-other-org', resources: [ORDERS_FN] });
    const { step, message } = await failedTest(roleArn);
    expect(step).toBe('Assume role');
    expect(message).toContain(`User: arn:aws:iam::765628985471:root is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
  });

  it("the tutorials' account 336418635985 as principal is an assume-role denial", async () => {
    const { message } = await failedTest(await createRole({ principalAccount: '336418635985', resources: [ORDERS_FN] }));
    expect(message).toMatch(/not authorized to perform: sts:AssumeRole/);
  });

  it('a trust policy without the ExternalId condition still admits Genesys (AWS does not require it)', async () => {
    const actionId = await publishAction(await createRole({ externalId: null, resources: [ORDERS_FN] }));
    expect((await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, { orderId: '1001' })).body.success).toBe(true);
  });

  it('a role that does not exist is an assume-role denial', async () => {
    const { step } = await failedTest(`arn:aws:iam::${ACCOUNT}:role/never-created`);
    expect(step).toBe('Assume role');
  });

  it.each([
    ['no permission policy at all', undefined, ORDERS_FN],
    ['a grant on another function', [`arn:aws:lambda:us-east-1:${ACCOUNT}:function:store-hours`], ORDERS_FN],
    ['a grant on the unqualified function while the action calls fn:live', [ORDERS_FN], `${ORDERS_FN}:live`],
    ['a grant on fn:* while the action calls the unqualified function', [`${ORDERS_FN}:*`], ORDERS_FN],
    ['a grant of lambda:GetFunction only', [ORDERS_FN], ORDERS_FN, ['lambda:GetFunction']],
  ])('%s is a lambda:InvokeFunction denial', async (_case, resources, functionArn, actions?: string[]) => {
    const roleArn = await createRole({ ...(resources ? { resources } : {}), ...(actions ? { actions } : {}) });
    const { step, message } = await failedTest(roleArn, withFunction(functionArn));
    expect(step).toBe('Invoke Lambda function');
    expect(message).toMatch(
      new RegExp(`is not authorized to perform: lambda:InvokeFunction on resource: ${functionArn.replace(/[$:]/g, '\\$&')} `),
    );
  });

  it('a function in another account is denied without a resource-based policy, even when granted', async () => {
    const foreign = 'arn:aws:lambda:us-east-1:210987654321:function:orders-lookup';
    const { step, message } = await failedTest(await createRole({ resources: [foreign] }), withFunction(foreign));
    expect(step).toBe('Invoke Lambda function');
    expect(message).toMatch(/because no resource-based policy allows the lambda:InvokeFunction action$/);
  });

  it('a function in another account runs when its resource-based policy allows the role (read from Lambda)', async () => {
    const foreign = 'arn:aws:lambda:us-east-1:210987654321:function:orders-lookup';
    await deploySandboxFunctions(process.env.AWS_ENDPOINT_URL ?? '', [foreign]);
    const roleArn = await createRole({ resources: [foreign] });
    await inMotoAccount(new LambdaClient({ region: 'us-east-1' }), '210987654321').send(
      new AddPermissionCommand({
        FunctionName: 'orders-lookup',
        StatementId: 'genesys',
        Action: 'lambda:InvokeFunction',
        Principal: roleArn,
      }),
    );
    const actionId = await publishAction(roleArn, withFunction(foreign));
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, { orderId: '1001' });
    expect(test.body.success).toBe(true);
  });

  it('a handler that throws is a Lambda error, and /execute answers 500 with it', async () => {
    const failing = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:always-fails`;
    const { actionId, message } = await failedTest(await createRole({ resources: [failing] }), withFunction(failing));
    expect(message).toContain('"errorType":"TypeError","errorMessage":"database unreachable"');
    const executed = await api.call('POST', `/api/v2/integrations/actions/${actionId}/execute`, { orderId: '1' });
    expect(executed.status).toBe(500);
    expect(executed.body).toMatchObject({ code: 'internal.server.error', message: expect.stringContaining('database unreachable') });
    expect(executed.body.contextId).toEqual(expect.any(String));
  });

  it('output that violates the output contract is a validation error', async () => {
    const wrong = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:wrong-shape`;
    const { step, message } = await failedTest(await createRole({ resources: [wrong] }), withFunction(wrong));
    expect(step).toBe('Validate output contract');
    expect(message).toMatch(/does not match the output contract.*\/status must be string/);
  });

  it('a function the sandbox has no handler for is "Function not found"', async () => {
    const missing = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:not-deployed`;
    const { message } = await failedTest(await createRole({ resources: [missing] }), withFunction(missing));
    expect(message).toBe(`Function not found: ${missing}`);
  });

  it('a missing required input fails before anything is invoked, and /execute answers 400', async () => {
    const { actionId, step } = await failedTest(await createRole({ resources: [ORDERS_FN] }), {}, {});
    expect(step).toBe('Validate input');
    expect((await api.call('POST', `/api/v2/integrations/actions/${actionId}/execute`, { orderId: 5 })).status).toBe(400);
  });

  it('an action of a disabled integration does not run', async () => {
    const roleArn = await createRole({ resources: [ORDERS_FN] });
    const { integrationId } = await createLambdaIntegration(api, { roleArn });
    const actionId = (await api.call('POST', '/api/v2/integrations/actions', lambdaActionBody(integrationId))).body.id;
    const test = await api.call('POST', `/api/v2/integrations/actions/${actionId}/test`, { orderId: '1001' });
    expect(test.body.success).toBe(false);
    expect(test.body.error.message).toMatch(/is not active/);
  });

  it('a success template that renders invalid JSON fails that step', async () => {
    const base = lambdaActionBody('x').config;
    const { step } = await failedTest(await createRole({ resources: [ORDERS_FN] }), {
      config: { ...base, response: { ...base.response, successTemplate: '{"status": ${rawResult' } },
    });
    expect(step).toBe('Render success template');
  });
});
