/**
 * Runs one smoke test of one data action: calls the endpoint, judges the run
 * (smoke-evaluation.ts), and retries a failing run with doubling backoff, as
 * IAM changes can take seconds to reach Genesys. Secure actions' outputs are
 * replaced by the placeholder and their traces dropped, and secret test
 * inputs are filled in only for the call (test-input-secrets.ts) and shown as
 * `(secret)` in whatever comes back, so the result is safe to report anywhere.
 */
import type { DesiredActionTest, DesiredDataAction } from '../model/desired-state.js';
import { assertNever } from '../model/assert-never.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import type { ActionTestResult, GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { ApplyDependencies } from './apply-dependencies.js';
import { DEFAULT_SMOKE_ATTEMPTS, DEFAULT_SMOKE_RETRY_DELAY_MS, type ApplyOptions } from './apply-options.js';
import type { JsonValue } from '../model/json.js';
import type { SmokeTestResult } from './apply-report.js';
import { GenesysApiError, GenesysTransportError, isActionFailureStatus } from '../providers/genesys/genesys-api-error.js';
import { consoleText } from '../render/console-text.js';
import { describeError } from './describe-error.js';
import { judgeSmokeRun, type SmokeRun } from './smoke-evaluation.js';
import { redactWith, resolveTestInput, secretRedaction, type SecretRedaction } from './test-input-secrets.js';

export type SmokeEndpoint = SmokeTestResult['endpoint'];

/** One test of one action on one endpoint. */
export interface SmokeTestRequest {
  /** The action's address, for the report. */
  address: string;
  action: DesiredDataAction;
  /** The draft's id for `draft-test`; the published action's id otherwise. */
  actionId: string;
  test: DesiredActionTest;
  endpoint: SmokeEndpoint;
}

export interface SmokeRetry {
  /** At least 1. */
  attempts: number;
  /** Sleep before the second attempt; doubles before each further one. */
  firstDelayMs: number;
}

export type SmokeRunnerDependencies = Pick<ApplyDependencies, 'log' | 'sleep' | 'now' | 'testSecrets'> & {
  genesys: Pick<GenesysProvider, 'testDraft' | 'testAction' | 'executeAction'>;
};

type SmokeTrace = NonNullable<SmokeTestResult['trace']>;

/** What one call showed: the run to judge, and the trace when the endpoint returns one. */
interface ObservedRun {
  run: SmokeRun;
  trace?: SmokeTrace;
}

/** An endpoint's answer before it is timed. */
type EndpointAnswer = Omit<ObservedRun, 'run'> & { run: Omit<SmokeRun, 'elapsedMs'> };

/** A draft test runs once (a failure leaves the draft unpublished); tests of published actions retry. */
export function smokeRetryFor(endpoint: SmokeEndpoint, options: Pick<ApplyOptions, 'smokeAttempts' | 'smokeRetryDelayMs'>): SmokeRetry {
  return {
    attempts: endpoint === 'draft-test' ? 1 : Math.max(1, options.smokeAttempts ?? DEFAULT_SMOKE_ATTEMPTS),
    firstDelayMs: options.smokeRetryDelayMs ?? DEFAULT_SMOKE_RETRY_DELAY_MS,
  };
}

/** Runs the test until it passes or the attempts are used up; the result of the last attempt. */
export async function runSmokeTest(request: SmokeTestRequest, retry: SmokeRetry, deps: SmokeRunnerDependencies): Promise<SmokeTestResult> {
  const { address, endpoint, test } = request;
  const resolved = resolveTestInput(test, deps.testSecrets);
  if ('missing' in resolved) {
    const result = missingSecretsResult(request, resolved.missing);
    deps.log(consoleText(`${address} ${endpoint} "${test.name}": FAILED: ${result.failures.join('; ')}`));
    return result;
  }
  const redaction = secretRedaction(resolved.secretValues);
  let delayMs = retry.firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    const observed = await observeRun(request, resolved.input, deps);
    const result = redactResult(resultOf(request, attempt, observed, redaction), redaction);
    // A call that failed has had its retries in the client (bounded by time): no second loop here.
    if (result.passed || result.callFailed || attempt >= retry.attempts) {
      deps.log(consoleText(`${address} ${endpoint} "${test.name}": ${result.passed ? 'passed' : `FAILED: ${result.failures.join('; ')}`}`));
      return result;
    }
    deps.log(
      consoleText(
        `${address} test "${test.name}": attempt ${attempt} failed, retrying in ${delayMs} ms (IAM changes can take seconds to reach Genesys)`,
      ),
    );
    await deps.sleep(delayMs);
    delayMs *= 2;
  }
}

async function observeRun(
  request: SmokeTestRequest,
  input: Record<string, JsonValue>,
  deps: SmokeRunnerDependencies,
): Promise<ObservedRun> {
  const started = deps.now();
  // The latency judged is the call's own (the provider says it when it knows), not the waits for the
  // rate limit before it: a large apply queues calls for the next window, which is no slowness of the action.
  let answeredIn: number | undefined;
  const onAnswer = (elapsedMs: number): void => {
    answeredIn = elapsedMs;
  };
  const elapsed = (): number => answeredIn ?? deps.now() - started;
  try {
    const answer = await callEndpoint(request, input, deps.genesys, onAnswer);
    return { ...answer, run: { ...answer.run, elapsedMs: elapsed() } };
  } catch (error) {
    const callFailure = callFailureOf(error);
    return {
      run: {
        success: false,
        error: describeError(error),
        output: undefined,
        elapsedMs: elapsed(),
        ...(callFailure ? { callFailure } : {}),
      },
    };
  }
}

/**
 * A thrown error that is about the call, not the action: no complete answer (the client has already
 * retried it within its budget), or an error status other than those a run fails an action with
 * (400, 408, 500): a gateway's 502/503/504, auth, permissions, an unknown action, a rate limit.
 */
function callFailureOf(error: unknown): SmokeRun['callFailure'] {
  if (error instanceof GenesysTransportError) return { message: error.message, withoutServerText: error.message };
  if (error instanceof GenesysApiError && !isActionFailureStatus(error.status)) {
    return { message: error.message, withoutServerText: error.messageWithoutServerText };
  }
  return undefined;
}

async function callEndpoint(
  { endpoint, action, actionId }: SmokeTestRequest,
  input: Record<string, JsonValue>,
  genesys: SmokeRunnerDependencies['genesys'],
  onAnswer: (elapsedMs: number) => void,
): Promise<EndpointAnswer> {
  switch (endpoint) {
    case 'draft-test':
      return fromTestResult(await genesys.testDraft(actionId, input, action.timeoutSeconds, onAnswer));
    case 'test':
      return fromTestResult(await genesys.testAction(actionId, input, action.timeoutSeconds, onAnswer));
    case 'execute':
      // /execute answers with the output itself; a failed run comes back as a thrown provider error.
      return { run: { success: true, output: await genesys.executeAction(actionId, input, action.timeoutSeconds, onAnswer) } };
    default:
      return assertNever(endpoint, 'smoke-test endpoint');
  }
}

function fromTestResult(result: ActionTestResult): EndpointAnswer {
  const error = errorText(result.error);
  return {
    run: { success: result.success, output: result.finalResult, ...(error === undefined ? {} : { error }) },
    trace: traceOf(result),
  };
}

function resultOf(
  { address, action, actionId, test, endpoint }: SmokeTestRequest,
  attempt: number,
  { run, trace }: ObservedRun,
  redaction: SecretRedaction,
): SmokeTestResult {
  const failures = judgeSmokeRun(run, {
    expect: test.expect,
    outputContract: action.contract.output,
    timeoutSeconds: action.timeoutSeconds,
    secure: action.secure,
    // Values are redacted before a failure quotes them (as JSON), then the whole result again below.
    redact: (value, error) => redactWith(value, redaction, error),
  });
  return {
    address,
    actionId,
    testName: test.name,
    endpoint,
    passed: failures.length === 0,
    ...(run.callFailure ? { callFailed: true as const } : {}),
    attempts: attempt,
    elapsedMs: run.elapsedMs,
    failures,
    ...(run.output === undefined ? {} : { output: action.secure ? SENSITIVE_PLACEHOLDER : run.output }),
    // A secure action's trace may carry its data; failures already say what went wrong without values.
    ...(failures.length > 0 && trace && !action.secure ? { trace } : {}),
  };
}

/**
 * What came back (output, failures, trace) with every form of a secret test input replaced by
 * `(secret)`; failures and trace errors as error messages (a cut-off start of a value too). What
 * identifies the test comes from the manifests and Genesys' ids and is kept as it is.
 */
function redactResult(result: SmokeTestResult, redaction: SecretRedaction): SmokeTestResult {
  const { output, trace, failures, ...rest } = result;
  return {
    ...rest,
    failures: redactWith(failures, redaction, true),
    ...(output === undefined ? {} : { output: redactWith(output, redaction) }),
    ...(trace === undefined ? {} : { trace: redactWith(trace, redaction, true) }),
  };
}

/** A test that cannot run: a secret test input it needs is not set (nothing was sent to Genesys). */
function missingSecretsResult({ address, actionId, test, endpoint }: SmokeTestRequest, variables: readonly string[]): SmokeTestResult {
  return {
    address,
    actionId,
    testName: test.name,
    endpoint,
    passed: false,
    attempts: 0,
    elapsedMs: 0,
    failures: [`secret test input not set: ${variables.join(', ')} (set it in the env of the step that applies)`],
  };
}

function traceOf(result: ActionTestResult): SmokeTrace {
  return result.operations.map((operation) => ({
    step: operation.step,
    name: operation.name,
    success: operation.success,
    ...(operation.error === undefined || operation.error === null
      ? {}
      : { error: typeof operation.error === 'string' ? operation.error : JSON.stringify(operation.error) }),
  }));
}

/** Genesys' error as text: a string, an object's message, or its JSON. */
function errorText(error: unknown): string | undefined {
  if (error === undefined || error === null) return undefined;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return JSON.stringify(error);
}
