/**
 * The security boundary, on a moto_server with authorization on
 * (INITIAL_NO_AUTH_ACTION_COUNT): a role built from a manifest-like
 * DesiredRole is applied by a deployer whose every request is signed and
 * authorized, can be assumed only by the trusted principal with the org id as
 * external id, and its session may invoke exactly the declared function.
 *
 * What moto 5.2.1 can and cannot judge (read from its source, confirmed here):
 * - AssumeRole: it checks the trust policy, but compares principal ARNs
 *   literally (no expansion of `arn:aws:iam::<account>:root`). So the manifest
 *   in the moto part writes its trust policy out, naming an IAM user that
 *   stands in for Genesys' AWS account.
 * - Lambda: it authorizes every Lambda request as action `lambda:Invoke` on
 *   resource `*`. A policy scoped to function ARNs (the only kind this tool
 *   generates) is therefore never "allowed" by moto, and an over-broad one
 *   (`lambda:*` on `*`) is. moto can prove the denial of the undeclared
 *   function, not the grant of the declared one.
 * The grant, and the generated Genesys trust policy, are therefore judged by
 * an IAM policy simulator (@cloud-copilot/iam-simulate, a test-only
 * dependency) on the documents exactly as IAM returns them.
 */
import { inspect } from 'node:util';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { AwsCredentialIdentity } from '@smithy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMotoServer, type MotoServer } from '../../../sandbox/aws/moto-server.js';
import type { CanonicalPolicyDocument, PolicyDocument } from '../../../src/iam/policy-document.js';
import { LIVE_ORG_ID_TOKEN, type DesiredRole } from '../../../src/model/desired-state.js';
import { createRoleProvider } from '../../../src/providers/aws-iam/iam-role-provider.js';
import { RoleOperationError } from '../../../src/providers/aws-iam/role-operation-error.js';
import type { RoleProvider, RoleSpec } from '../../../src/providers/aws-iam/role-provider.js';
import { GENESYS_ACCOUNT_ID, ORG_ID, managedTags } from './role-fixtures.js';
import { zipArchive } from '../../../sandbox/aws/zip-archive.js';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const DECLARED_FUNCTION = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders-lookup`;
const OTHER_FUNCTION = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:payroll-export`;
// The calls moto lets through unauthenticated: CreateUser, PutUserPolicy, CreateAccessKey.
const BOOTSTRAP_CALLS = 3;
const GENESYS_STAND_IN = `arn:aws:iam::${ACCOUNT}:user/genesys-stand-in`;

function trustPolicy(principal: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': LIVE_ORG_ID_TOKEN } },
      },
    ],
  };
}

/** A role as the manifest loader produces it (org id still a placeholder). */
function desiredRole(name: string, trust: PolicyDocument, trustGenerated: boolean): DesiredRole {
  return {
    name,
    path: '/',
    description: 'Assumed by Genesys Cloud to invoke the orders functions',
    maxSessionDurationSeconds: 3600,
    trustPolicy: trust,
    trustPolicyGenerated: trustGenerated,
    permissionPolicy: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: DECLARED_FUNCTION }],
    },
    permissionPolicyGenerated: true,
    permissionPolicyName: 'invoke-declared-functions',
    tags: { team: 'contact-center' },
    source: { file: 'genesys/roles.yaml', line: 1, column: 1 },
  };
}

/** What apply hands the provider: the org id resolved, the management tags added. */
function specFor(role: DesiredRole, orgId: string, environment: string): RoleSpec {
  const resolve = (document: PolicyDocument): PolicyDocument =>
    JSON.parse(JSON.stringify(document).split(LIVE_ORG_ID_TOKEN).join(orgId)) as PolicyDocument;
  return {
    name: role.name,
    path: role.path,
    description: role.description,
    maxSessionDurationSeconds: role.maxSessionDurationSeconds,
    trustPolicy: resolve(role.trustPolicy),
    inlinePolicies: { [role.permissionPolicyName]: resolve(role.permissionPolicy) },
    tags: { ...role.tags, ...managedTags(environment) },
  };
}

let moto: MotoServer;
let deployer: AwsCredentialIdentity;
let genesys: AwsCredentialIdentity;

function clientConfig(credentials: AwsCredentialIdentity) {
  return { endpoint: moto.url, region: REGION, credentials, maxAttempts: 1 };
}

function providerFor(credentials: AwsCredentialIdentity): RoleProvider {
  return createRoleProvider({ iam: new IAMClient(clientConfig(credentials)), sts: new STSClient(clientConfig(credentials)) });
}

async function createUserWithKey(iam: IAMClient, userName: string, policy: PolicyDocument): Promise<AwsCredentialIdentity> {
  await iam.send(new CreateUserCommand({ UserName: userName }));
  await iam.send(new PutUserPolicyCommand({ UserName: userName, PolicyName: 'permissions', PolicyDocument: JSON.stringify(policy) }));
  const key = await iam.send(new CreateAccessKeyCommand({ UserName: userName }));
  return { accessKeyId: key.AccessKey?.AccessKeyId ?? '', secretAccessKey: key.AccessKey?.SecretAccessKey ?? '' };
}

async function assumeRole(credentials: AwsCredentialIdentity, roleArn: string, externalId: string): Promise<AwsCredentialIdentity> {
  const response = await new STSClient(clientConfig(credentials)).send(
    new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'genesys-cloud', ExternalId: externalId }),
  );
  return {
    accessKeyId: response.Credentials?.AccessKeyId ?? '',
    secretAccessKey: response.Credentials?.SecretAccessKey ?? '',
    sessionToken: response.Credentials?.SessionToken ?? '',
  };
}

beforeAll(async () => {
  moto = await startMotoServer({ extraEnv: { INITIAL_NO_AUTH_ACTION_COUNT: String(BOOTSTRAP_CALLS) } });
  await fetch(`${moto.url}/moto-api/config`, { method: 'POST', body: JSON.stringify({ lambda: { use_docker: false } }) });
  deployer = await createUserWithKey(new IAMClient(clientConfig({ accessKeyId: 'testing', secretAccessKey: 'testing' })), 'deployer', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  });
  // From here on every request is authenticated and authorized.
  genesys = await createUserWithKey(new IAMClient(clientConfig(deployer)), 'genesys-stand-in', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
  });
});

afterAll(async () => {
  await moto?.stop();
});

describe('a manifest role on moto with authorization on', () => {
  const role = desiredRole('genesys-orders-invoker', trustPolicy(GENESYS_STAND_IN), false);
  let roleArn: string;
  let session: AwsCredentialIdentity;

  it('refuses the bootstrap credentials once the unauthenticated window is used up', async () => {
    await expect(providerFor({ accessKeyId: 'testing', secretAccessKey: 'testing' }).readRole('anything')).rejects.toMatchObject({
      httpStatusCode: 403,
    });
  });

  it('is applied by the deployer through signed, authorized requests', async () => {
    const provider = providerFor(deployer);
    expect(await provider.callerAccountId()).toBe(ACCOUNT);

    const result = await provider.applyRole(specFor(role, ORG_ID, 'prod'));

    expect(result).toEqual({ arn: `arn:aws:iam::${ACCOUNT}:role/genesys-orders-invoker`, created: true });
    expect(await provider.waitUntilRoleUsable(role.name)).toBe(true);
    roleArn = result.arn;
  });

  it('can be assumed only by the trusted principal, and only with the org id as external id', async () => {
    await expect(assumeRole(deployer, roleArn, ORG_ID)).rejects.toMatchObject({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    await expect(assumeRole(genesys, roleArn, 'another-org-id')).rejects.toMatchObject({ name: 'AccessDenied' });
    // (moto 5.2 lets a request WITHOUT ExternalId through, which real AWS refuses; the simulator test below covers it.)
    session = await assumeRole(genesys, roleArn, ORG_ID);
    expect(session.sessionToken).toBeTruthy();
  });

  it('gives a session that is denied the undeclared function', async () => {
    const lambda = new LambdaClient(clientConfig(deployer));
    const code = zipArchive({ 'index.mjs': 'export const handler = async (event) => event;\n' });
    for (const functionArn of [DECLARED_FUNCTION, OTHER_FUNCTION]) {
      await lambda.send(
        new CreateFunctionCommand({
          FunctionName: functionArn.split(':').pop(),
          Runtime: 'nodejs20.x',
          Role: roleArn,
          Handler: 'index.handler',
          Code: { ZipFile: code },
        }),
      );
    }
    // By name: with authorization on, moto's signature check fails on a URL-encoded ARN in the path.
    const otherFunctionName = OTHER_FUNCTION.split(':').pop();
    // The deployer (allowed everything) can invoke it, so the denial below is about the role.
    expect((await lambda.send(new InvokeCommand({ FunctionName: otherFunctionName, Payload: Buffer.from('{}') }))).StatusCode).toBe(200);

    const denied = await new LambdaClient(clientConfig(session))
      .send(new InvokeCommand({ FunctionName: otherFunctionName, Payload: Buffer.from('{}') }))
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    // moto answers 403 with an XML body that the REST-JSON Lambda client cannot parse; the status is the proof.
    expect(denied).toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  it('gives a session that cannot touch IAM, and the error names the operation without leaking credentials', async () => {
    const error = await providerFor(session)
      .readRole(role.name)
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );

    expect(error).toBeInstanceOf(RoleOperationError);
    expect((error as RoleOperationError).message).toMatch(/^read role\/genesys-orders-invoker: AccessDenied: .*iam:GetRole/);
    // Deep inspection with hidden fields is what a debug log of the error could print.
    const everything = `${String(error)}\n${inspect(error, { depth: 12, showHidden: true })}\n${JSON.stringify(error)}`;
    expect(everything).not.toContain(session.secretAccessKey);
    expect(everything).not.toContain(session.sessionToken as string);
    expect(everything).not.toContain(session.accessKeyId);
  });

  it('reports a wrong secret as a signature error, and the secret never appears', async () => {
    const wrong = { accessKeyId: deployer.accessKeyId, secretAccessKey: `${deployer.secretAccessKey.slice(0, -4)}XXXX` };

    const error = await providerFor(wrong)
      .callerAccountId()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );

    expect(error).toBeInstanceOf(RoleOperationError);
    expect((error as RoleOperationError).message).toMatch(/^read the caller identity \(STS GetCallerIdentity\): SignatureDoesNotMatch/);
    const everything = `${String(error)}\n${inspect(error, { depth: 12, showHidden: true })}`;
    expect(everything).not.toContain(wrong.secretAccessKey);
    expect(everything).not.toContain(deployer.secretAccessKey);
    expect(everything).not.toContain(deployer.accessKeyId);
  });
});

describe('the documents as IAM returns them, judged by an IAM policy simulator', () => {
  async function simulate(request: {
    principal: string;
    action: string;
    resource: string;
    context?: Record<string, string>;
    identityPolicy: CanonicalPolicyDocument | PolicyDocument;
    resourcePolicy?: CanonicalPolicyDocument;
  }): Promise<string> {
    const result = await runSimulation(
      {
        request: {
          principal: request.principal,
          action: request.action,
          resource: { resource: request.resource, accountId: request.resource.split(':')[4] ?? '' },
          contextVariables: request.context ?? {},
        },
        identityPolicies: [{ name: 'identity', policy: request.identityPolicy }],
        ...(request.resourcePolicy === undefined ? {} : { resourcePolicy: request.resourcePolicy }),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
      },
      {},
    );
    if (result.resultType !== 'single') throw new Error(`simulation failed: ${JSON.stringify(result)}`);
    return result.overallResult;
  }

  it('the permission policy allows invoking exactly the declared function', async () => {
    const role = desiredRole('genesys-orders-invoker', trustPolicy(GENESYS_STAND_IN), false);
    const observed = await providerFor(deployer).readRole(role.name);
    const permissions = observed?.inlinePolicies[role.permissionPolicyName];
    expect(permissions).toBeDefined();
    const asSession = {
      principal: `arn:aws:sts::${ACCOUNT}:assumed-role/${role.name}/genesys-cloud`,
      identityPolicy: permissions as CanonicalPolicyDocument,
    };

    expect(await simulate({ ...asSession, action: 'lambda:InvokeFunction', resource: DECLARED_FUNCTION })).toBe('Allowed');
    expect(await simulate({ ...asSession, action: 'lambda:InvokeFunction', resource: OTHER_FUNCTION })).toBe('ImplicitlyDenied');
    expect(await simulate({ ...asSession, action: 'lambda:UpdateFunctionCode', resource: DECLARED_FUNCTION })).toBe('ImplicitlyDenied');
    expect(await simulate({ ...asSession, action: 'lambda:InvokeFunction', resource: `${DECLARED_FUNCTION}-v2` })).toBe('ImplicitlyDenied');
  });

  it("the generated trust policy lets Genesys' account assume the role only with the org id as external id", async () => {
    const role = desiredRole('genesys-generated-trust', trustPolicy(`arn:aws:iam::${GENESYS_ACCOUNT_ID}:root`), true);
    const provider = providerFor(deployer);
    const { arn } = await provider.applyRole(specFor(role, ORG_ID, 'prod'));
    const trust = (await provider.readRole(role.name))?.trustPolicy as CanonicalPolicyDocument;
    const assume = {
      action: 'sts:AssumeRole',
      resource: arn,
      resourcePolicy: trust,
      // Genesys' side of the cross-account call: its own principal may call sts:AssumeRole.
      identityPolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }],
      } as PolicyDocument,
    };
    const genesysPrincipal = `arn:aws:iam::${GENESYS_ACCOUNT_ID}:role/genesys-data-actions`;

    expect(await simulate({ ...assume, principal: genesysPrincipal, context: { 'sts:ExternalId': ORG_ID } })).toBe('Allowed');
    expect(await simulate({ ...assume, principal: genesysPrincipal })).toBe('ImplicitlyDenied');
    expect(await simulate({ ...assume, principal: genesysPrincipal, context: { 'sts:ExternalId': 'another-org-id' } })).toBe(
      'ImplicitlyDenied',
    );
    expect(await simulate({ ...assume, principal: 'arn:aws:iam::111122223333:role/attacker', context: { 'sts:ExternalId': ORG_ID } })).toBe(
      'ImplicitlyDenied',
    );
  });
});
