/**
 * Providers whose AWS clients record every operation they send, as the IAM
 * action a deployer policy must allow (`iam:GetRole`, `lambda:GetPolicy`,
 * `sts:GetCallerIdentity`): SDK middleware, so what is recorded is exactly
 * what went to AWS, retries included.
 */
import { IAMClient } from '@aws-sdk/client-iam';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { STSClient } from '@aws-sdk/client-sts';
import type { InitializeMiddleware, MetadataBearer } from '@smithy/types';
import type { Providers } from '../../src/commands/providers.js';
import { createRoleProvider } from '../../src/providers/aws-iam/iam-role-provider.js';
import { createFunctionProvider } from '../../src/providers/aws-lambda/lambda-function-provider.js';

type Client = IAMClient | STSClient | LambdaClient;

export interface AwsCallRecorder {
  /** Every operation, in order, as `service:Action`. */
  readonly calls: string[];
  /** The distinct operations, sorted. */
  actions(): string[];
}

/** The one method of a client's middleware stack used here (the clients' stacks differ only in their input types). */
interface InitializeStack {
  add(middleware: InitializeMiddleware<object, MetadataBearer>, options: { step: 'initialize'; name: string }): void;
}

export function recordCalls<T extends Client>(client: T, service: 'iam' | 'sts' | 'lambda', calls: string[]): T {
  (client.middlewareStack as unknown as InitializeStack).add(
    (next, context) => async (args) => {
      calls.push(`${service}:${(context.commandName ?? 'Unknown').replace(/Command$/, '')}`);
      return await next(args);
    },
    { step: 'initialize', name: 'recordAwsCallForTest' },
  );
  return client;
}

/**
 * `base` with its AWS providers replaced by recording ones. `lambdaClient`
 * builds the client for a region (e.g. one routed by ARN account on moto);
 * `credentials` sign every AWS call (a scoped deployer), default the ambient ones.
 */
export function withRecordedAws(
  base: Pick<Providers, 'genesys'>,
  options: {
    region: string;
    /** Default: AWS_ENDPOINT_URL (the global moto in tests). */
    endpoint?: string;
    lambdaClient?: (region: string) => LambdaClient;
    credentials?: { accessKeyId: string; secretAccessKey: string };
  },
): { providers: Providers; recorder: AwsCallRecorder } {
  const calls: string[] = [];
  const config = {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
  const iam = recordCalls(new IAMClient(config), 'iam', calls);
  const sts = recordCalls(new STSClient(config), 'sts', calls);
  const lambdaFor = (region: string) =>
    recordCalls(options.lambdaClient?.(region) ?? new LambdaClient({ ...config, region }), 'lambda', calls);
  return {
    providers: {
      ...base,
      roles: createRoleProvider({ region: options.region, iam, sts, sleep: async () => undefined }),
      functions: createFunctionProvider({ clientFor: lambdaFor }),
    },
    recorder: { calls, actions: () => [...new Set(calls)].sort() },
  };
}
