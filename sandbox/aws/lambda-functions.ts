/**
 * Creates Lambda functions in moto_server so that the plan's Lambda checks
 * (GetFunctionConfiguration, GetPolicy) find what the manifests call: the
 * Genesys sandbox runs the handlers locally, but the plan asks AWS. For each
 * function ARN: an execution role (moto's CreateFunction needs one in the
 * same account, reference genesys-next.md §4 quirk 1), the function, and for
 * a qualified ARN a published version with the alias (or the version) named.
 * Functions in another account are created in that account through moto's
 * `x-moto-account-id` header. Idempotent: existing parts are kept.
 */
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateAliasCommand, CreateFunctionCommand, LambdaClient, PublishVersionCommand } from '@aws-sdk/client-lambda';
import { zipArchive } from './zip-archive.js';

/** moto's account for requests signed with unknown keys. */
export const MOTO_DEFAULT_ACCOUNT = '123456789012';
const EXECUTION_ROLE = 'sandbox-lambda-execution';
const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

/** One function to create. */
export interface SandboxFunction {
  arn: string;
  /** The function's own timeout; default Lambda's 3 s. */
  timeoutSeconds?: number;
}

type Client = IAMClient | LambdaClient;

/** Makes moto treat the client's requests as coming from `account` (moto resolves ARNs only in the caller's account). */
export function inMotoAccount<T extends Client>(client: T, account: string): T {
  if (account === MOTO_DEFAULT_ACCOUNT) return client;
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = account;
      return await next(args);
    },
    { step: 'build', name: 'motoAccountHeader' },
  );
  return client;
}

function parse(arn: string): { region: string; account: string; name: string; qualifier: string | undefined } {
  const [, , , region = '', account = '', , name = '', qualifier] = arn.split(':');
  return { region, account, name, qualifier };
}

async function ignoring(errorNames: readonly string[], step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!errorNames.includes((error as Error).name)) throw error;
  }
}

export async function deploySandboxFunctions(
  endpoint: string,
  functions: readonly (string | SandboxFunction)[],
  options: { credentials?: { accessKeyId: string; secretAccessKey: string } } = {},
): Promise<void> {
  const config = (region: string) => ({ endpoint, region, credentials: options.credentials ?? CREDENTIALS, maxAttempts: 1 });
  const code = zipArchive({ 'index.mjs': 'export const handler = async (event) => event;\n' });
  const done = new Set<string>();
  // One execution role per account, asked for once (each moto call costs some 15 ms of its CPU).
  const executionRoles = new Map<string, Promise<void>>();
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  };
  const executionRole = (account: string): Promise<void> => {
    let created = executionRoles.get(account);
    if (!created) {
      const iam = inMotoAccount(new IAMClient(config('us-east-1')), account);
      created = ignoring(['EntityAlreadyExistsException', 'EntityAlreadyExists'], () =>
        iam.send(new CreateRoleCommand({ RoleName: EXECUTION_ROLE, AssumeRolePolicyDocument: JSON.stringify(trust) })),
      );
      executionRoles.set(account, created);
    }
    return created;
  };
  for (const item of functions) {
    const { arn, timeoutSeconds } = typeof item === 'string' ? { arn: item, timeoutSeconds: undefined } : item;
    const { region, account, name, qualifier } = parse(arn);
    const lambda = inMotoAccount(new LambdaClient(config(region)), account);
    const role = `arn:aws:iam::${account}:role/${EXECUTION_ROLE}`;
    await executionRole(account);
    const key = `${account}:${region}:${name}`;
    if (!done.has(key)) {
      await ignoring(['ResourceConflictException'], () =>
        lambda.send(
          new CreateFunctionCommand({
            FunctionName: name,
            Runtime: 'nodejs20.x',
            Role: role,
            Handler: 'index.handler',
            Code: { ZipFile: code },
            ...(timeoutSeconds === undefined ? {} : { Timeout: timeoutSeconds }),
          }),
        ),
      );
      done.add(key);
    }
    if (qualifier === undefined || qualifier === '$LATEST') continue;
    const version = (await lambda.send(new PublishVersionCommand({ FunctionName: name }))).Version ?? '1';
    if (!/^\d+$/.test(qualifier)) {
      await ignoring(['ResourceConflictException'], () =>
        lambda.send(new CreateAliasCommand({ FunctionName: name, Name: qualifier, FunctionVersion: version })),
      );
    }
  }
}

/**
 * A Lambda client on moto that sends each request in the account its
 * function ARN names: AWS resolves an ARN in its own account, moto only in
 * the caller's, so a cross-account read needs the account header moto honours.
 */
export function lambdaClientRoutedByArn(endpoint: string, region: string): LambdaClient {
  const client = new LambdaClient({ endpoint, region, credentials: CREDENTIALS, maxAttempts: 1 });
  client.middlewareStack.add(
    (next) => async (args) => {
      const name = (args.input as { FunctionName?: unknown }).FunctionName;
      const account = typeof name === 'string' && name.startsWith('arn:') ? name.split(':')[4] : undefined;
      if (account !== undefined && account !== MOTO_DEFAULT_ACCOUNT) {
        (args.request as { headers: Record<string, string> }).headers['x-moto-account-id'] = account;
      }
      return await next(args);
    },
    { step: 'build', name: 'motoAccountOfArn' },
  );
  return client;
}
