/**
 * A deployer scoped as the README says runs plan and apply without one
 * AccessDenied: on a moto_server that authorizes every request (after a few
 * bootstrap calls, INITIAL_NO_AUTH_ACTION_COUNT) against the resource it is
 * about (sandbox/aws/moto_resource_authorization.py: moto alone judges most
 * IAM and every Lambda call against "*"), the deployer's only policy is the
 * README's apply policy with its placeholders filled in: the declared role's
 * ARN, and reads of the examples' functions. The account also holds roles
 * the manifests do not name; the deployer may not even read them, and the
 * plan never tries to.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateAccessKeyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  GetRoleCommand,
  IAMClient,
  PutUserPolicyCommand,
  UpdateAssumeRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { startMotoServer, type MotoServer } from '../../sandbox/aws/moto-server.js';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { applyPlan } from '../../src/apply/apply-plan.js';
import { computePlan } from '../../src/commands/plan.js';
import type { Providers } from '../../src/commands/providers.js';
import { validateManifests } from '../../src/commands/validate.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import { createGenesysProvider } from '../../src/providers/genesys/genesys-cloud-provider.js';
import { withRecordedAws, type AwsCallRecorder } from '../support/aws-call-recorder.js';
import { exampleLambdas } from '../support/flow-harness.js';
import { repositoryRoot } from '../support/repository-root.js';
import { instantiatedPolicy } from './readme-permissions.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ROLE = 'genesys-lambda-invoker';
// CreateUser, PutUserPolicy, CreateAccessKey of the administrator: then every request is authorized.
const BOOTSTRAP_CALLS = 3;
const UNRELATED_ROLES = 25;

type Credentials = { accessKeyId: string; secretAccessKey: string };

let moto: MotoServer;
let sandbox: GenesysSandbox;
let admin: Credentials;
let deployer: Credentials;
let desired: DesiredState;

const config = (credentials: Credentials, region = REGION) => ({ endpoint: moto.url, region, credentials, maxAttempts: 1 });

async function userWithPolicy(iam: IAMClient, name: string, policy: object): Promise<Credentials> {
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(new PutUserPolicyCommand({ UserName: name, PolicyName: 'permissions', PolicyDocument: JSON.stringify(policy) }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return { accessKeyId: key.AccessKey?.AccessKeyId ?? '', secretAccessKey: key.AccessKey?.SecretAccessKey ?? '' };
}

/** The deployer's providers, recording every AWS call it makes. */
function deployerProviders(): { providers: Providers; recorder: AwsCallRecorder } {
  const genesys = createGenesysProvider({ env: sandbox.env, sleep: async () => undefined, integrationStatePollIntervalMs: 1 });
  return withRecordedAws(
    { genesys },
    {
      region: REGION,
      endpoint: moto.url,
      credentials: deployer,
      lambdaClient: (region) => new LambdaClient(config(deployer, region)),
    },
  );
}

beforeAll(async () => {
  moto = await startMotoServer({ authorizeResources: true, extraEnv: { INITIAL_NO_AUTH_ACTION_COUNT: String(BOOTSTRAP_CALLS) } });
  admin = await userWithPolicy(new IAMClient(config({ accessKeyId: 'testing', secretAccessKey: 'testing' })), 'administrator', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  });
  const adminIam = new IAMClient(config(admin));
  const work = await mkdtemp(join(tmpdir(), 'glg-scoped-'));
  await cp(join(repositoryRoot, 'examples/genesys'), join(work, 'genesys'), { recursive: true });
  const outcome = await validateManifests({ manifestsDir: join(work, 'genesys'), environment: 'dev', cwd: work });
  if (outcome.desired === undefined) throw new Error('examples/genesys does not validate');
  desired = outcome.desired;
  const functions = [...new Set(desired.dataActions.map((action) => action.functionArn))];
  await deploySandboxFunctions(moto.url, functions, { credentials: admin });
  for (let index = 0; index < UNRELATED_ROLES; index++) {
    await adminIam.send(
      new CreateRoleCommand({ RoleName: `unrelated-${index}`, AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[]}' }),
    );
  }
  const policy = instantiatedPolicy('apply', {
    ACCOUNT_ID: ACCOUNT,
    REGION,
    ROLE_NAME: [ROLE],
    FUNCTION_NAME: [...new Set(functions.map((arn) => arn.split(':')[6] ?? ''))],
  });
  deployer = await userWithPolicy(adminIam, 'genesys-gitops-deployer', policy);
  sandbox = await startGenesysSandbox({ region: REGION, awsEndpoint: moto.url, awsCredentials: admin, lambdaHandlers: exampleLambdas });
});

afterAll(async () => {
  await sandbox?.stop();
  await moto?.stop();
});

describe('a deployer scoped to the declared role and the functions (the README apply policy)', () => {
  it('may not read a role the manifests do not name: the scope is real', async () => {
    const error = await new IAMClient(config(deployer)).send(new GetRoleCommand({ RoleName: 'unrelated-0' })).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.name).toBe('AccessDenied');
  });

  it('plans from empty, applies, plans clean, and repairs a hand edit, without an AccessDenied', async () => {
    const { providers, recorder } = deployerProviders();
    const first = await computePlan(desired, providers, { prune: false });
    // Every check passes, none is unverifiable: each Lambda read was allowed too.
    expect(first.plan.checks.filter((check) => check.status !== 'pass')).toEqual([]);
    expect(first.plan.summary.failedChecks).toBe(0);
    // The plan reads the declared role by name only: not one call about the unrelated roles.
    expect(recorder.calls.filter((call) => call.startsWith('iam:'))).toEqual(['iam:GetRole']);

    const report = await applyPlan(first.plan, first.desired, first.observed, deps(providers), {
      publishStrategy: 'draft',
      smokeRetryDelayMs: 1,
    });
    expect(report.steps.filter((step) => step.status !== 'applied')).toEqual([]);
    expect(report.success).toBe(true);
    expect((await computePlan(desired, providers, { prune: false })).plan.summary.hasChanges).toBe(false);

    const trust = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::765628985471:root' }, Action: 'sts:AssumeRole' }],
    };
    await new IAMClient(config(admin)).send(new UpdateAssumeRolePolicyCommand({ RoleName: ROLE, PolicyDocument: JSON.stringify(trust) }));
    const drifted = await computePlan(desired, providers, { prune: false });
    expect(drifted.plan.summary.drift).toBe(true);
    const repair = await applyPlan(drifted.plan, drifted.desired, drifted.observed, deps(providers), {
      publishStrategy: 'draft',
      smokeRetryDelayMs: 1,
    });
    expect(repair.success).toBe(true);
    expect((await computePlan(desired, providers, { prune: false })).plan.summary.hasChanges).toBe(false);
  });
});

function deps(providers: Providers) {
  return { ...providers, log: () => undefined, sleep: async () => undefined, now: () => Date.now() };
}
