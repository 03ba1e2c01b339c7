/**
 * A Lambda read that failed for a reason other than "not found" or "not
 * allowed" (throttling past the retries, a server error): the message names
 * the operation and the function, with the signing credentials scrubbed.
 */
import { ExpectedError } from '../../errors/expected-error.js';
import { awsErrorCode, redactCredentials, type CredentialValues } from '../aws-iam/role-operation-error.js';

export class LambdaOperationError extends ExpectedError {
  override name = 'LambdaOperationError';
  readonly command: string;
  readonly errorCode: string;

  constructor(message: string, command: string, errorCode: string) {
    super(message);
    this.command = command;
    this.errorCode = errorCode;
  }
}

/** `<command> <functionArn>: <Code>: <message>`, without the SDK error (its raw response holds signed headers). */
export function wrapLambdaError(
  error: unknown,
  context: { command: string; functionArn: string; credentials: readonly CredentialValues[] },
): LambdaOperationError {
  const errorCode = awsErrorCode(error);
  const rawMessage = error instanceof Error ? error.message : String(error);
  const detail = rawMessage === '' || rawMessage === errorCode ? '' : `: ${rawMessage}`;
  const message = redactCredentials(`Lambda ${context.command} ${context.functionArn}: ${errorCode}${detail}`, context.credentials);
  return new LambdaOperationError(message, context.command, errorCode);
}
