import { GenesysApiError, GenesysTransportError } from './providers/genesys/genesys-api-error.js';
import { RoleOperationError } from './providers/aws-iam/role-operation-error.js';

/**
 * Expected failures, as typed errors. The shells (main.ts, cli.ts) map them
 * to a clear message and a non-zero exit in one place; anything else is a bug
 * and its stack goes to the debug log only.
 */

/** A bad action input or CLI argument (CLI exit code 2). */
export class InputError extends Error {
  override name = 'InputError';
}

/** The manifests have errors; the diagnostics were already reported. */
export class ManifestError extends Error {
  override name = 'ManifestError';
  constructor(
    message: string,
    readonly errorCount: number,
  ) {
    super(message);
  }
}

/** A configuration problem found before any write (credentials, account mismatch, region). */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** The plan on the merged pull request differs from what apply would do now. */
export class StalePlanError extends Error {
  override name = 'StalePlanError';
}

/** Apply stopped or a smoke test failed; the report says what was applied. */
export class ApplyFailedError extends Error {
  override name = 'ApplyFailedError';
}

/** True for the errors above and the providers' typed errors: their message is the whole story, no stack needed. */
export function isExpectedError(error: unknown): error is Error {
  return (
    error instanceof GenesysApiError ||
    error instanceof GenesysTransportError ||
    error instanceof RoleOperationError ||
    error instanceof InputError ||
    error instanceof ManifestError ||
    error instanceof ConfigurationError ||
    error instanceof StalePlanError ||
    error instanceof ApplyFailedError
  );
}
