/**
 * Judging one smoke-test run: pure. A run passes when Genesys reports
 * success, the output satisfies the action's output contract, every expected
 * value matches (partially: keys not named in `expect` are ignored), and it
 * finished within the action's timeoutSeconds.
 */
import { compileContract } from '../manifests/action-test-rules.js';
import type { JsonObject } from '../model/json.js';

/** Where the output differs from what a test expects. */
export interface ExpectationMismatch {
  path: string;
  expected: unknown;
  actual: unknown;
}

/** Mismatches between `expected` and `actual` (objects partially, arrays and scalars exactly). */
export function findExpectationMismatches(expected: unknown, actual: unknown, path = '(output)'): ExpectationMismatch[] {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [{ path, expected, actual }];
    return Object.entries(expected).flatMap(([key, value]) =>
      findExpectationMismatches(value, (actual as Record<string, unknown>)[key], path === '(output)' ? key : `${path}.${key}`),
    );
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? [] : [{ path, expected, actual }];
}

/**
 * Contract violations of `output`, as `path message` strings (messages name the rule, never the value).
 * The contract is compiled as validate compiles it: `$schema` dropped (Genesys accepts draft-04 URIs),
 * formats as annotations, compiled once per distinct contract.
 */
export function findContractViolations(outputContract: JsonObject, output: unknown): string[] {
  const compiled = compileContract(outputContract);
  if ('error' in compiled) return [`the output contract is not a usable JSON Schema: ${compiled.error}`];
  const { validate } = compiled;
  if (validate(output)) return [];
  return (validate.errors ?? []).map((error) => `output${error.instancePath.replaceAll('/', '.')} ${error.message ?? 'is invalid'}`);
}

/** One run of a data action, as the provider saw it. */
export interface SmokeRun {
  /** Genesys' own verdict (TestExecutionResult.success; true for a 2xx /execute). */
  success: boolean;
  /** Genesys' error text when it reported failure. */
  error?: string;
  /**
   * The call itself failed (no answer, a gateway's 502/503/504 after the client's retries, auth, …):
   * the run says nothing about the action. `message` is the whole description; `withoutServerText`
   * leaves out Genesys' body text (which may echo inputs) and is what a secure action shows.
   */
  callFailure?: { message: string; withoutServerText: string };
  output: unknown;
  elapsedMs: number;
}

/** What a test asks of a run. */
export interface SmokeExpectation {
  expect: JsonObject;
  outputContract: JsonObject;
  timeoutSeconds: number;
  /** A secure action: failure messages name paths, never values (they may be PII). */
  secure: boolean;
  /**
   * Takes secret values out of what the run reported (a value, or an error message when `error`),
   * before it is quoted in a failure: quoting (JSON) would change the form a later redaction looks for.
   * Judging itself sees the run as it is. Default: nothing to take out.
   */
  redact?: <T>(value: T, error?: boolean) => T;
}

const keep = <T>(value: T): T => value;

/** How a failure starts when the test could not run at all: the call failed, not the action. */
export const CALL_FAILURE_PREFIX = 'the call to Genesys failed, not the action: ';

function describeMismatch(mismatch: ExpectationMismatch, secure: boolean, redact: NonNullable<SmokeExpectation['redact']>): string {
  if (secure) return `expect: ${mismatch.path} does not match (values hidden: secure action)`;
  const actual = mismatch.actual === undefined ? 'nothing' : JSON.stringify(redact(mismatch.actual));
  return `expect: ${mismatch.path}: expected ${JSON.stringify(redact(mismatch.expected))}, got ${actual}`;
}

/** Every reason this run fails; empty when it passes. */
export function judgeSmokeRun(run: SmokeRun, expectation: SmokeExpectation): string[] {
  const redact = expectation.redact ?? keep;
  if (run.callFailure !== undefined) {
    // Our own description of the call (operation, status) is shown even for a secure action.
    const { message, withoutServerText } = run.callFailure;
    return [`${CALL_FAILURE_PREFIX}${redact(expectation.secure ? withoutServerText : message, true)}`];
  }
  if (!run.success) {
    const error = expectation.secure
      ? '(error text hidden: secure action)'
      : run.error === undefined
        ? 'no error message'
        : redact(run.error, true);
    return [`Genesys reported failure: ${error}`];
  }
  const failures = [
    // A violation's path names the output's keys, which may be an echoed value.
    ...findContractViolations(expectation.outputContract, run.output).map((text) => `output contract: ${redact(text)}`),
    ...findExpectationMismatches(expectation.expect, run.output).map((mismatch) => describeMismatch(mismatch, expectation.secure, redact)),
  ];
  if (run.elapsedMs > expectation.timeoutSeconds * 1000) {
    failures.push(`latency: took ${run.elapsedMs} ms, over the action's timeoutSeconds (${expectation.timeoutSeconds} s)`);
  }
  return failures;
}
