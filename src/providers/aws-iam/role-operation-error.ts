/**
 * Failures of IAM/STS calls, wrapped so that the message says which role and
 * which operation failed (`update trust policy of role/x: MalformedPolicyDocument: …`)
 * while the SDK error stays available as `cause` for debugging.
 */
import { ExpectedError } from '../../errors/expected-error.js';

/** An IAM or STS call made for one role (or for the caller's identity) failed. */
export class RoleOperationError extends ExpectedError {
  override name = 'RoleOperationError';
  /** The SDK command that failed, e.g. `UpdateAssumeRolePolicy`. */
  readonly command: string;
  /** The role concerned; undefined for calls about the caller (STS). */
  readonly roleName: string | undefined;
  /** The AWS error code, e.g. `MalformedPolicyDocument`, `AccessDenied`, `Throttling`. */
  readonly errorCode: string;
  /** HTTP status of the failed response, when there was one. */
  readonly httpStatusCode: number | undefined;

  constructor(details: {
    message: string;
    command: string;
    roleName: string | undefined;
    errorCode: string;
    httpStatusCode: number | undefined;
    cause: unknown;
  }) {
    super(details.message, { cause: details.cause });
    this.command = details.command;
    this.roleName = details.roleName;
    this.errorCode = details.errorCode;
    this.httpStatusCode = details.httpStatusCode;
  }
}

/** The parts of an AWS SDK v3 service error that this module reads. */
interface AwsErrorShape {
  name?: unknown;
  Code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/**
 * The AWS error code. Query-protocol services (IAM, STS) put the wire code in
 * `Code` (`MalformedPolicyDocument`) while the SDK class name carries an
 * `Exception` suffix; the wire code is what AWS documentation and users know.
 */
export function awsErrorCode(error: unknown): string {
  if (error === null || typeof error !== 'object') return 'Error';
  const shape = error as AwsErrorShape;
  if (typeof shape.Code === 'string' && shape.Code !== '') return shape.Code;
  if (typeof shape.name === 'string' && shape.name !== '') return shape.name.replace(/Exception$/, '');
  return 'Error';
}

/** True when the error is one of the given AWS codes (with or without the SDK's `Exception` suffix). */
export function isAwsError(error: unknown, ...codes: string[]): boolean {
  return codes.includes(awsErrorCode(error));
}

function httpStatusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const status = (error as AwsErrorShape).$metadata?.httpStatusCode;
  return typeof status === 'number' ? status : undefined;
}

/** Values that must never appear in a message: the caller's resolved credentials. */
export interface CredentialValues {
  accessKeyId?: string | undefined;
  secretAccessKey?: string | undefined;
  sessionToken?: string | undefined;
}

// Access key ids are not secret on their own, but they identify the caller's
// credentials and have no place in a PR comment or a public log.
const ACCESS_KEY_ID_PATTERN = /\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g;

/**
 * Removes credential values from text. SigV4 never sends the secret key, so a
 * server cannot echo it, but the session token and the access key id do travel
 * in headers, and some services quote them back in error messages.
 */
export function redactCredentials(text: string, credentials: readonly CredentialValues[] = []): string {
  let result = text;
  for (const set of credentials) {
    for (const value of [set.sessionToken, set.secretAccessKey, set.accessKeyId]) {
      // Very short values (moto's dummy "testing") would shred ordinary words.
      if (value !== undefined && value.length >= 12) result = result.split(value).join('[redacted]');
    }
  }
  return result.replace(ACCESS_KEY_ID_PATTERN, '[redacted access key id]');
}

/**
 * The SDK error without its raw HTTP response. That response reaches the
 * socket and through it the signed request, whose headers hold the access key
 * id and the session token: a debug log that inspects the cause in depth would
 * print them. The SDK defines `$response` as non-configurable, so the cause is
 * a copy: same class, name, message, stack and fields (`$metadata`, `Code`, …).
 */
function withoutRawResponse(error: unknown): unknown {
  if (!(error instanceof Error) || !Object.prototype.hasOwnProperty.call(error, '$response')) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object) as Error;
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key === '$response') continue;
    const descriptor = Object.getOwnPropertyDescriptor(error, key);
    if (descriptor !== undefined) Object.defineProperty(copy, key, descriptor);
  }
  return copy;
}

/**
 * Wraps an SDK error: `<what> role/<name>: <Code>: <message>`.
 * @param action a phrase such as `update trust policy of` or `create`.
 */
export function wrapRoleError(
  error: unknown,
  context: { command: string; action: string; roleName: string | undefined; credentials?: readonly CredentialValues[] },
): RoleOperationError {
  const errorCode = awsErrorCode(error);
  const rawMessage = error instanceof Error ? error.message : String(error);
  const subject = context.roleName === undefined ? context.action : `${context.action} role/${context.roleName}`;
  const detail = rawMessage === '' || rawMessage === errorCode ? '' : `: ${rawMessage}`;
  return new RoleOperationError({
    message: redactCredentials(`${subject}: ${errorCode}${detail}`, context.credentials),
    command: context.command,
    roleName: context.roleName,
    errorCode,
    httpStatusCode: httpStatusOf(error),
    cause: withoutRawResponse(error),
  });
}
