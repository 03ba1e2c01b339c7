/**
 * The {@link FunctionProvider} over AWS SDK v3 (`@aws-sdk/client-lambda`).
 * A function is read in its own region (the ARN says which), with the
 * default credential chain; the SDK honours `AWS_ENDPOINT_URL`, which is how
 * tests reach moto_server. Reference: docs/reference/genesys-next.md §4
 * (GetFunctionConfiguration and GetPolicy take a qualified ARN as-is; a
 * missing function, qualifier or policy is ResourceNotFoundException).
 */
import { GetFunctionConfigurationCommand, GetPolicyCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { canonicalizePolicy, type CanonicalPolicyDocument, type PolicyDocument, type PolicyStatement } from '../../iam/policy-document.js';
import { parseLambdaFunctionArn, type LambdaFunctionArn } from '../../manifests/lambda-arn.js';
import type { AwsReading } from '../../model/aws-reading.js';
import type { ObservedFunction } from '../../model/observed-lambda.js';
import { isAwsError, redactCredentials, type CredentialValues } from '../aws-iam/role-operation-error.js';
import type { FunctionProvider } from './function-provider.js';
import { wrapLambdaError } from './lambda-operation-error.js';

export interface FunctionProviderOptions {
  /** The client for one region; default: a client with adaptive retries. Tests pass clients pointed at moto. */
  clientFor?: ((region: string) => LambdaClient) | undefined;
}

const MAX_ATTEMPTS = 5;

export function createFunctionProvider(options: FunctionProviderOptions = {}): FunctionProvider {
  const clients = new Map<string, LambdaClient>();
  const clientFor = (region: string): LambdaClient => {
    let client = clients.get(region);
    if (client === undefined) {
      client = options.clientFor?.(region) ?? new LambdaClient({ region, retryMode: 'adaptive', maxAttempts: MAX_ATTEMPTS });
      clients.set(region, client);
    }
    return client;
  };
  return {
    readFunction: (functionArn) => readFunction(clientFor, functionArn),
    readResourcePolicy: (functionArn) => readResourcePolicy(clientFor, functionArn),
  };
}

type ClientFor = (region: string) => LambdaClient;

async function readFunction(clientFor: ClientFor, functionArn: string): Promise<AwsReading<ObservedFunction>> {
  const parsed = parseLambdaFunctionArn(functionArn);
  if (!parsed.ok) return { status: 'missing', message: `${functionArn} is not a Lambda function ARN: ${parsed.reason}` };
  const client = clientFor(parsed.arn.region);
  const command = 'GetFunctionConfiguration';
  try {
    const configuration = await client.send(new GetFunctionConfigurationCommand({ FunctionName: functionArn }));
    return {
      status: 'found',
      value: {
        functionArn: configuration.FunctionArn ?? functionArn,
        state: configuration.State,
        stateReason: configuration.StateReason,
        timeoutSeconds: configuration.Timeout,
      },
    };
  } catch (error) {
    if (isAccessDenied(error)) return { status: 'unreadable', permission: 'lambda:GetFunctionConfiguration', message: describe(error) };
    if (!isAwsError(error, 'ResourceNotFound'))
      throw wrapLambdaError(error, { command, functionArn, credentials: await credentialsOf(client) });
    return { status: 'missing', message: await describeMissing(client, parsed.arn) };
  }
}

/** Whether the function is missing, or only the version or alias the ARN names (one more read, only on this path). */
async function describeMissing(client: LambdaClient, arn: LambdaFunctionArn): Promise<string> {
  const where = `in ${arn.region}, account ${arn.accountId}`;
  if (arn.qualifier === undefined) return `Lambda has no function ${arn.functionName} ${where}`;
  const unqualified = `arn:${arn.partition}:lambda:${arn.region}:${arn.accountId}:function:${arn.functionName}`;
  try {
    await client.send(new GetFunctionConfigurationCommand({ FunctionName: unqualified }));
    return `the function ${arn.functionName} exists ${where}, but it has no version or alias ${arn.qualifier}`;
  } catch {
    return `Lambda has no function ${arn.functionName} ${where} (so no ${arn.qualifier} either)`;
  }
}

async function readResourcePolicy(clientFor: ClientFor, functionArn: string): Promise<AwsReading<CanonicalPolicyDocument>> {
  const parsed = parseLambdaFunctionArn(functionArn);
  if (!parsed.ok) return { status: 'missing', message: `${functionArn} is not a Lambda function ARN: ${parsed.reason}` };
  const client = clientFor(parsed.arn.region);
  try {
    const response = await client.send(new GetPolicyCommand({ FunctionName: functionArn }));
    if (response.Policy === undefined || response.Policy === '')
      return { status: 'missing', message: 'the function has no resource-based policy' };
    return { status: 'found', value: canonicalizePolicy(normalizedPrincipals(JSON.parse(response.Policy) as PolicyDocument)) };
  } catch (error) {
    if (isAccessDenied(error)) return { status: 'unreadable', permission: 'lambda:GetPolicy', message: describe(error) };
    if (isAwsError(error, 'ResourceNotFound')) return { status: 'missing', message: 'the function has no resource-based policy' };
    throw wrapLambdaError(error, { command: 'GetPolicy', functionArn, credentials: await credentialsOf(client) });
  }
}

/**
 * Lambda reports `Principal` as a map (`{ AWS: "arn:…:root" }`); a string
 * principal other than `*` (an account id or ARN, as some emulators echo
 * AddPermission) means the same AWS principal.
 */
function normalizedPrincipals(document: PolicyDocument): PolicyDocument {
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  const normalize = (statement: PolicyStatement): PolicyStatement => {
    const principal = statement.Principal as unknown;
    if (typeof principal !== 'string' || principal === '*') return statement;
    const type = principal.endsWith('.amazonaws.com') ? 'Service' : 'AWS';
    return { ...statement, Principal: { [type]: principal } };
  };
  return { ...document, Statement: statements.map(normalize) };
}

/**
 * A refusal of the deployer's permissions: AccessDeniedException, or a 403
 * whose body the SDK could not parse (moto answers denials in XML).
 */
function isAccessDenied(error: unknown): boolean {
  if (isAwsError(error, 'AccessDenied', 'AccessDeniedException')) return true;
  const status = (error as { $metadata?: { httpStatusCode?: unknown } } | undefined)?.$metadata?.httpStatusCode;
  return status === 403 && isAwsError(error, 'SyntaxError');
}

/** The refusal in AWS's words (first line only, access key ids scrubbed); a body the SDK could not parse is just the status. */
function describe(error: unknown): string {
  if (isAwsError(error, 'SyntaxError')) return 'Lambda answered HTTP 403 (access denied)';
  const text = error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error);
  return redactCredentials(text);
}

async function credentialsOf(client: LambdaClient): Promise<CredentialValues[]> {
  try {
    const provider = client.config.credentials;
    return typeof provider === 'function' ? [await provider()] : [];
  } catch {
    return [];
  }
}
