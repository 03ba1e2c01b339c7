/**
 * An in-memory FunctionProvider for planner-shell and apply-logic tests:
 * functions and resource policies by ARN, every call recorded, failures
 * injectable per method. Lambda behaviour worth testing for real (a missing
 * alias, GetPolicy shapes) belongs to the moto-backed tests.
 */
import type { CanonicalPolicyDocument } from '../../src/iam/policy-document.js';
import type { AwsReading } from '../../src/model/aws-reading.js';
import type { ObservedFunction } from '../../src/model/observed-lambda.js';
import type { FunctionProvider } from '../../src/providers/aws-lambda/function-provider.js';
import { createCallRecorder, type FakeCall, type FakeFault } from './fake-calls.js';

export interface FakeFunctionProvider {
  provider: FunctionProvider;
  /** What readFunction answers, by ARN; an ARN not listed is missing. */
  functions: Map<string, AwsReading<ObservedFunction>>;
  /** What readResourcePolicy answers, by ARN; an ARN not listed has no policy. */
  policies: Map<string, AwsReading<CanonicalPolicyDocument>>;
  calls: FakeCall[];
  inject(fault: FakeFault<keyof FunctionProvider>): void;
}

/** An Active function with a 3-second timeout (Lambda's default). */
export function activeFunction(functionArn: string, timeoutSeconds = 3): AwsReading<ObservedFunction> {
  return { status: 'found', value: { functionArn, state: 'Active', stateReason: undefined, timeoutSeconds } };
}

export function createFakeFunctionProvider(options: { calls?: FakeCall[]; existing?: readonly string[] } = {}): FakeFunctionProvider {
  const recorder = createCallRecorder<keyof FunctionProvider>('functions', options.calls);
  const functions = new Map<string, AwsReading<ObservedFunction>>((options.existing ?? []).map((arn) => [arn, activeFunction(arn)]));
  const policies = new Map<string, AwsReading<CanonicalPolicyDocument>>();
  return {
    functions,
    policies,
    calls: recorder.calls,
    inject: (fault) => recorder.inject(fault),
    provider: {
      async readFunction(functionArn) {
        recorder.enter('readFunction', [functionArn]);
        return functions.get(functionArn) ?? { status: 'missing', message: `Lambda has no function ${functionArn}` };
      },
      async readResourcePolicy(functionArn) {
        recorder.enter('readResourcePolicy', [functionArn]);
        return policies.get(functionArn) ?? { status: 'missing', message: 'the function has no resource-based policy' };
      },
    } satisfies FunctionProvider,
  };
}
