/**
 * The shells' expected failures, as typed errors. Each extends ExpectedError,
 * as the providers' own errors do, so the shells (main.ts, the CLI) map every
 * one of them to its message and a non-zero exit without knowing the
 * providers; anything else is a bug, and its stack goes to the debug log only.
 */
import { ExpectedError } from './errors/expected-error.js';

export { ExpectedError, isExpectedError } from './errors/expected-error.js';

/** A bad action input or CLI argument; the message names the input or flag (CLI exit code 64). */
export class InputError extends ExpectedError {
  override name = 'InputError';
}

/** The manifests have errors; the diagnostics were already reported. */
export class ManifestError extends ExpectedError {
  override name = 'ManifestError';
}

/** A configuration problem found before any write (credentials, account mismatch, region). */
export class ConfigurationError extends ExpectedError {
  override name = 'ConfigurationError';
}

/** The plan on the merged pull request differs from what apply would do now. */
export class StalePlanError extends ExpectedError {
  override name = 'StalePlanError';
}

/** A plan was published with failed cross-system checks: the job fails after the comment and summary are out. */
export class FailedChecksError extends ExpectedError {
  override name = 'FailedChecksError';
}

/** Apply stopped or a smoke test failed; the report says what was applied. */
export class ApplyFailedError extends ExpectedError {
  override name = 'ApplyFailedError';
}

/** A drift run found drift or a failing smoke test and `fail-on-drift` asks to fail; the report was published first. */
export class DriftFoundError extends ExpectedError {
  override name = 'DriftFoundError';
}
