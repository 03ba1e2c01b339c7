/**
 * Base of every failure whose message is the whole story for the user (bad input, a refused plan, a provider
 * error with its context id). The shells print the message and exit non-zero; anything that is not an
 * ExpectedError is a bug, and only its stack goes to the debug log.
 */
export abstract class ExpectedError extends Error {}

/** True for expected failures: their message needs no stack trace. */
export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}
