/**
 * How a shell reports an error it caught. Expected failures (InputError,
 * ManifestError, provider errors, … all ExpectedError) are their message; anything
 * else is a bug or an outside failure, reported by its message too, with
 * its stack kept for the debug log only. Pure.
 */
import { InputError, isExpectedError } from '../errors.js';

export interface Failure {
  message: string;
  /** A bad input or flag: the CLI exits 64 (usage) and points at its help. */
  isUsage: boolean;
  /** Only for unexpected errors: for the debug log, never the main output. */
  stack: string | undefined;
}

export function describeFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (isExpectedError(error)) return { message, isUsage: error instanceof InputError, stack: undefined };
  return { message, isUsage: false, stack: error instanceof Error ? error.stack : undefined };
}
