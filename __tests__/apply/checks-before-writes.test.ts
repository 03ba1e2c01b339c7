/**
 * Every cross-check runs before the first write, against moto_server and the
 * Genesys sandbox, through the real CLI: a role managed elsewhere with a
 * wrong sts:ExternalId, a mistyped function, a missing alias and a function
 * in another account without a resource policy are each a named failed check
 * at plan time; `plan` exits 1 after printing and writing the plan, and
 * `apply` writes nothing at all (no IAM call that writes, no Genesys write).
 */
import { dirname } from 'node:path';
import { CreateRoleCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { AddPermissionCommand } from '@aws-sdk/client-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploySandboxFunctions, inMotoAccount, lambdaClientRoutedByArn } from '../../sandbox/aws/lambda-functions.js';
import { runCli, type CliIo } from '../../src/cli-program.js';
import { createProviders } from '../../src/commands/providers.js';
import type { Plan } from '../../src/plan/types.js';
import { createRoleProvider } from '../../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../../src/providers/aws-lambda/lambda-function-provider.js';
import { recordCommands, writeCommands } from '../providers/aws-iam/role-fixtures.js';
import { startFlowHarness, type FlowHarness } from '../support/flow-harness.js';
import { handWrittenGenesysTrust } from '../support/genesys-trust-policy.js';
import { workerMotoUrl } from '../support/worker-moto.js';

const ACCOUNT = '123456789012';
const PARTNER_ACCOUNT = '222233334444';
const EXTERNAL_ROLE = 'genesys-invoker-managed-elsewhere';
const EXTERNAL_ARN = `arn:aws:iam::${ACCOUNT}:role/${EXTERNAL_ROLE}`;
const ORDERS = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-lookup:live`;

let harness: FlowHarness;
beforeEach(async () => {
  expect((await fetch(`${workerMotoUrl()}/moto-api/reset`, { method: 'POST' })).ok).toBe(true);
  harness = await startFlowHarness();
});
afterEach(async () => {
  await harness.stop();
});

/** Runs the CLI on the harness's manifests, recording every IAM command its providers send. */
async function cli(command: 'plan' | 'apply') {
  const iam = new IAMClient({ region: 'eu-west-1' });
  const iamCommands = recordCommands(iam);
  const genesysBefore = genesysWrites().length;
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: { ...harness.sandbox.env },
    cwd: dirname(harness.manifestsDir),
    createProviders: (environment, options) => ({
      ...createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
      roles: createRoleProvider({ region: 'eu-west-1', iam, sleep: async () => undefined }),
      functions: createFunctionProvider({ clientFor: (region) => lambdaClientRoutedByArn(workerMotoUrl(), region) }),
    }),
  };
  const args = [command, '--manifests', harness.manifestsDir, '--environment', 'dev', ...(command === 'apply' ? ['--yes'] : [])];
  const code = await runCli(args, io);
  return {
    code,
    out: out.join('\n'),
    err: err.join('\n'),
    iamWrites: writeCommands(iamCommands),
    genesysWrites: genesysWrites().slice(genesysBefore),
  };
}

function genesysWrites(): string[] {
  return harness.sandbox.requests
    .filter((request) => request.method !== 'GET' && !request.path.startsWith('/oauth'))
    .map((request) => `${request.method} ${request.path}`);
}

async function plan(): Promise<Plan> {
  harness.providers.functions = createFunctionProvider({ clientFor: (region) => lambdaClientRoutedByArn(workerMotoUrl(), region) });
  return (await harness.plan()).plan;
}

const failed = (plan: Plan) => plan.checks.filter((check) => check.status === 'fail');

async function useExternalRole(externalId: string): Promise<void> {
  const iam = new IAMClient({ region: 'eu-west-1' });
  await iam.send(new CreateRoleCommand({ RoleName: EXTERNAL_ROLE, AssumeRolePolicyDocument: handWrittenGenesysTrust(externalId) }));
  const functions = (await harness.desired()).dataActions.map((action) => action.functionArn);
  const invoke = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: functions }] };
  await iam.send(new PutRolePolicyCommand({ RoleName: EXTERNAL_ROLE, PolicyName: 'invoke', PolicyDocument: JSON.stringify(invoke) }));
  await harness.edit('integration.yaml', (text) => text.replace('role: genesys-lambda-invoker', `role: { arn: "${EXTERNAL_ARN}" }`));
  await harness.remove('role.yaml');
}

async function pointOrdersAt(functionArn: string): Promise<void> {
  await harness.edit('environment-dev.yaml', (text) => text.replace(/ordersFunction: .*/, `ordersFunction: "${functionArn}"`));
}

describe('a role managed elsewhere (spec.role: { arn })', () => {
  it('with a wrong sts:ExternalId: a failed trust-external-id check, plan exits 1, and not one IAM write, ever', async () => {
    await useExternalRole('not-this-org');

    const planned = await cli('plan');

    expect(planned.code).toBe(1);
    expect(planned.out).toMatch(
      new RegExp(
        `FAIL trust-external-id role/${EXTERNAL_ARN.replaceAll('/', '\\/')}: The live trust policy: a statement requires sts:ExternalId not-this-org, not the org id ${harness.sandbox.orgId}`,
      ),
    );
    expect(planned.err).toMatch(/1 cross-system check\(s\) failed \(trust-external-id\): apply would refuse this plan and write nothing/);
    const applied = await cli('apply');
    expect(applied.code).toBe(1);
    expect(applied.err).toMatch(/Refusing to apply: 1 cross-system check\(s\) failed/);
    expect([...planned.iamWrites, ...applied.iamWrites]).toEqual([]);
    expect(applied.genesysWrites).toEqual([]);
  });

  it('read, never written: with the right external id it passes on the live role, and apply makes no IAM write', async () => {
    await useExternalRole(harness.sandbox.orgId);

    const planned = await plan();
    const about = planned.checks.filter((check) => check.address === `role/${EXTERNAL_ARN}`);
    expect(about.map((check) => [check.code, check.status])).toEqual([
      ['trust-external-id', 'pass'],
      ['trust-principal', 'pass'],
    ]);
    expect(planned.checks.filter((check) => check.code === 'function-covered').map((check) => check.status)).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    const applied = await cli('apply');
    expect(applied.code).toBe(0);
    expect(applied.iamWrites).toEqual([]);
  });

  it('whose policies do not cover a function: function-covered fails on the live role', async () => {
    await useExternalRole(harness.sandbox.orgId);
    const iam = new IAMClient({ region: 'eu-west-1' });
    const narrow = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: ORDERS.replace(/:live$/, '') }],
    };
    await iam.send(new PutRolePolicyCommand({ RoleName: EXTERNAL_ROLE, PolicyName: 'invoke', PolicyDocument: JSON.stringify(narrow) }));

    const coverage = (await plan()).checks.filter((check) => check.code === 'function-covered' && check.status === 'fail');

    expect(coverage.map((check) => check.address)).toEqual([
      'action/Customer Lambdas/Check Store Hours',
      'action/Customer Lambdas/Find Customer By Phone',
      'action/Customer Lambdas/Lookup Order Status',
    ]);
    expect(coverage[2]?.message).toBe(
      `${EXTERNAL_ARN}'s policies do not allow lambda:InvokeFunction on exactly ${ORDERS} (qualifiers must match).`,
    );
  });
});

describe('Lambda functions, read at plan time', () => {
  it('a mistyped function: a failed function-exists check, and apply writes nothing (no role policy widened, no draft)', async () => {
    await pointOrdersAt(`arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-lokup:live`);

    const planned = await cli('plan');
    expect(planned.code).toBe(1);
    expect(planned.out).toContain(
      `FAIL function-exists action/Customer Lambdas/Lookup Order Status: Lambda has no function orders-lokup in eu-west-1, account ${ACCOUNT} (so no live either)`,
    );
    const applied = await cli('apply');
    expect(applied.code).toBe(1);
    expect(applied.iamWrites).toEqual([]);
    expect(applied.genesysWrites).toEqual([]);
  });

  it('a missing alias: the function exists, the qualifier does not', async () => {
    await pointOrdersAt(`arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-lookup:canary`);

    const checks = failed(await plan());

    expect(checks).toEqual([
      {
        code: 'function-exists',
        status: 'fail',
        address: 'action/Customer Lambdas/Lookup Order Status',
        message: `the function orders-lookup exists in eu-west-1, account ${ACCOUNT}, but it has no version or alias canary: arn:aws:lambda:eu-west-1:${ACCOUNT}:function:orders-lookup:canary cannot be invoked.`,
      },
    ]);
  });

  it('a function in another account without a resource policy: a failed function-resource-policy check naming the fix', async () => {
    const partner = `arn:aws:lambda:eu-west-1:${PARTNER_ACCOUNT}:function:partner-orders`;
    await deploySandboxFunctions(workerMotoUrl(), [partner]);
    await pointOrdersAt(partner);

    const planned = await cli('plan');

    expect(planned.code).toBe(1);
    expect(planned.out).toContain(
      `FAIL function-resource-policy action/Customer Lambdas/Lookup Order Status: The function is in account ${PARTNER_ACCOUNT} and the role in ${ACCOUNT}, and the function has no resource-based policy: allow lambda:InvokeFunction to arn:aws:iam::${ACCOUNT}:role/genesys-lambda-invoker`,
    );
    const applied = await cli('apply');
    expect(applied.iamWrites).toEqual([]);
    expect(applied.genesysWrites).toEqual([]);
  });

  it.each([
    ['the role ARN', `arn:aws:iam::${ACCOUNT}:role/genesys-lambda-invoker`, undefined, 'pass'],
    ["the role's account", ACCOUNT, undefined, 'pass'],
    ['another account only', '999988887777', undefined, 'fail'],
    ['everyone, under a condition', '*', `arn:aws:iam::${ACCOUNT}:role/genesys-lambda-invoker`, 'warn'],
  ])('a cross-account resource policy allowing %s', async (_name, principal, sourceArn, status) => {
    const partner = `arn:aws:lambda:eu-west-1:${PARTNER_ACCOUNT}:function:partner-orders`;
    await deploySandboxFunctions(workerMotoUrl(), [partner]);
    const lambda = inMotoAccount(lambdaClientRoutedByArn(workerMotoUrl(), 'eu-west-1'), PARTNER_ACCOUNT);
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'partner-orders',
        StatementId: 'genesys',
        Action: 'lambda:InvokeFunction',
        Principal: principal,
        ...(sourceArn === undefined ? {} : { SourceArn: sourceArn }),
      }),
    );
    await pointOrdersAt(partner);

    const checks = (await plan()).checks.filter((check) => check.code === 'function-resource-policy');

    expect(checks.map((check) => check.status)).toEqual([status]);
  });

  it('a function that may run longer than the action waits is a warning (Genesys gives up first)', async () => {
    const slow = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:slow-orders`;
    await deploySandboxFunctions(workerMotoUrl(), [{ arn: slow, timeoutSeconds: 30 }]);
    await pointOrdersAt(slow);

    const checks = (await plan()).checks.filter(
      (check) => check.code === 'function-exists' && check.address.endsWith('Lookup Order Status'),
    );

    expect(checks.map((check) => check.status)).toEqual(['pass', 'warn']);
    expect(checks[1]?.message).toBe(
      'The function may run 30 s, but the action waits 10 s (timeoutSeconds): Genesys gives up first, and the function keeps running.',
    );
  });
});
