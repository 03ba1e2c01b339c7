/**
 * The Lambda provider: against moto_server for what a real server answers
 * (a function, an alias, a missing qualifier, a resource policy), and with an
 * in-process mock only for what moto cannot produce on demand: AccessDenied
 * on one read (unverifiable, naming the permission), and a failure that is
 * neither "missing" nor "denied" (an error naming the operation, without
 * credentials).
 */
import { AddPermissionCommand, GetFunctionConfigurationCommand, GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeAll, describe, expect, it } from 'vitest';
import { deploySandboxFunctions } from '../../../sandbox/aws/lambda-functions.js';
import { createFunctionProvider } from '../../../src/providers/aws-lambda/lambda-function-provider.js';
import { workerMotoUrl } from '../../support/worker-moto.js';

const FN = 'arn:aws:lambda:eu-west-1:123456789012:function:provider-probe';

describe('against moto_server', () => {
  beforeAll(async () => {
    await deploySandboxFunctions(workerMotoUrl(), [{ arn: `${FN}:live`, timeoutSeconds: 12 }]);
  });

  it('reads a function by its ARN, and an alias-qualified ARN as-is', async () => {
    const provider = createFunctionProvider();
    expect(await provider.readFunction(FN)).toEqual({
      status: 'found',
      value: { functionArn: FN, state: 'Active', stateReason: undefined, timeoutSeconds: 12 },
    });
    // moto answers an alias with the version it points at (reference genesys-next.md §4, quirk 5).
    expect(await provider.readFunction(`${FN}:live`)).toMatchObject({ status: 'found', value: { functionArn: `${FN}:1` } });
  });

  it('says whether the function or only its qualifier is missing', async () => {
    const provider = createFunctionProvider();
    expect(await provider.readFunction(`${FN}:beta`)).toEqual({
      status: 'missing',
      message: 'the function provider-probe exists in eu-west-1, account 123456789012, but it has no version or alias beta',
    });
    expect(await provider.readFunction(`${FN}-typo`)).toEqual({
      status: 'missing',
      message: 'Lambda has no function provider-probe-typo in eu-west-1, account 123456789012',
    });
  });

  it('reads a resource policy, with a string principal read as the AWS principal it means; none is missing', async () => {
    const provider = createFunctionProvider();
    expect(await provider.readResourcePolicy(FN)).toEqual({ status: 'missing', message: 'the function has no resource-based policy' });
    const lambda = new LambdaClient({ region: 'eu-west-1' });
    await lambda.send(
      new AddPermissionCommand({
        FunctionName: 'provider-probe',
        StatementId: 'genesys',
        Action: 'lambda:InvokeFunction',
        Principal: '111122223333',
      }),
    );

    const policy = await provider.readResourcePolicy(FN);

    expect(policy.status).toBe('found');
    expect(policy.status === 'found' && policy.value.Statement[0]?.Principal).toEqual({ AWS: ['111122223333'] });
  });
});

describe('refusals and failures (mocked)', () => {
  const client = new LambdaClient({
    region: 'eu-west-1',
    credentials: {
      accessKeyId: 'ASIAMOCKEDKEYID12345',
      secretAccessKey: 'secret-value-that-must-not-leak',
      sessionToken: 'token-that-must-not-leak-0123',
    },
  });
  const lambda = mockClient(client);
  const provider = createFunctionProvider({ clientFor: () => client });
  const denied = (action: string) =>
    Object.assign(new Error(`User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: ${action}`), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });

  it('AccessDenied on GetFunctionConfiguration is unverifiable, naming lambda:GetFunctionConfiguration', async () => {
    lambda.reset();
    lambda.on(GetFunctionConfigurationCommand).rejects(denied('lambda:GetFunctionConfiguration'));
    expect(await provider.readFunction(FN)).toEqual({
      status: 'unreadable',
      permission: 'lambda:GetFunctionConfiguration',
      message: 'User: arn:aws:sts::123456789012:assumed-role/deployer/ci is not authorized to perform: lambda:GetFunctionConfiguration',
    });
  });

  it('AccessDenied on GetPolicy (another account refusing the read) is unverifiable, naming lambda:GetPolicy', async () => {
    lambda.reset();
    lambda.on(GetPolicyCommand).rejects(denied('lambda:GetPolicy'));
    expect(await provider.readResourcePolicy(FN)).toMatchObject({ status: 'unreadable', permission: 'lambda:GetPolicy' });
  });

  it('a 403 whose XML body the SDK cannot parse (how moto denies) is a refusal too', async () => {
    lambda.reset();
    lambda
      .on(GetFunctionConfigurationCommand)
      .rejects(Object.assign(new SyntaxError('Unexpected token <'), { $metadata: { httpStatusCode: 403 } }));
    expect(await provider.readFunction(FN)).toEqual({
      status: 'unreadable',
      permission: 'lambda:GetFunctionConfiguration',
      message: 'Lambda answered HTTP 403 (access denied)',
    });
  });

  it('throttling past the retries fails the read with the operation and the function named, and no credentials', async () => {
    lambda.reset();
    lambda.on(GetFunctionConfigurationCommand).rejects(
      Object.assign(new Error('Rate exceeded for ASIAMOCKEDKEYID12345'), {
        name: 'TooManyRequestsException',
        $metadata: { httpStatusCode: 429 },
      }),
    );
    const error = await provider.readFunction(FN).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toBe(`Lambda GetFunctionConfiguration ${FN}: TooManyRequests: Rate exceeded for [redacted]`);
  });
});
