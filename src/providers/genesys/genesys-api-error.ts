/**
 * Typed failures of calls to Genesys Cloud. Messages always name the call and
 * carry Genesys' `contextId` (the correlation id support asks for), and never
 * contain the client secret or a token: the HTTP client redacts every
 * registered secret before building one of these.
 */
import type { Models } from 'purecloud-platform-client-v2';
import { ExpectedError } from '../../errors/expected-error.js';
import { describeNonJsonBody, plainServerMessage } from './server-body-text.js';

/** Genesys answered with an error status. */
export class GenesysApiError extends ExpectedError {
  override name = 'GenesysApiError';
  /** HTTP method of the failed call. */
  readonly method: string;
  /** Path (and query) of the failed call, without the host. */
  readonly path: string;
  readonly status: number;
  /** Genesys error `code` (e.g. `not.found`), or the OAuth `error` for token calls. */
  readonly code: string | undefined;
  /** Genesys' own message, without our prefix. */
  readonly genesysMessage: string | undefined;
  /** Correlation id from the error body (or the `ININ-Correlation-Id` header). */
  readonly contextId: string | undefined;
  /** The parsed error body, for callers that need `details` or `errors`. */
  readonly body: Models.ErrorBody | undefined;

  constructor(init: {
    method: string;
    path: string;
    status: number;
    code: string | undefined;
    genesysMessage: string | undefined;
    contextId: string | undefined;
    body: Models.ErrorBody | undefined;
  }) {
    super(describeApiFailure(init));
    this.method = init.method;
    this.path = init.path;
    this.status = init.status;
    this.code = init.code;
    this.genesysMessage = init.genesysMessage;
    this.contextId = init.contextId;
    this.body = init.body;
  }

  /**
   * The message without Genesys' own text (which may echo what the call sent): the call, the
   * status, the code and the contextId. For places that must not show a secure action's data.
   */
  get messageWithoutServerText(): string {
    return describeApiFailure({ ...this, genesysMessage: undefined });
  }

  /** True for 404: callers treat "already gone" as success on deletes. */
  get isNotFound(): boolean {
    return this.status === 404;
  }

  /**
   * A stale `version` on PUT/PATCH: 409, or a 400 whose message says the
   * version "does not match the current version" (the two forms Terraform's
   * IsVersionMismatch retries).
   */
  get isVersionConflict(): boolean {
    if (this.status === 409) return true;
    return this.status === 400 && /does not match the current version/i.test(this.genesysMessage ?? '');
  }
}

/**
 * Statuses with which a run reports that the action itself failed: 400 `bad.request` (input, config,
 * AWS denial), 408 `request.timeout`, 500 `internal.server.error` (the Lambda failed). Any other 5xx
 * (a gateway's 502/503/504, …) is about the way to Genesys, not the action.
 */
export function isActionFailureStatus(status: number): boolean {
  return status === 400 || status === 408 || status === 500;
}

/** The call never got a complete answer: timeout, connection refused, reset, or a body cut off. */
export class GenesysTransportError extends ExpectedError {
  override name = 'GenesysTransportError';
  constructor(
    readonly method: string,
    readonly path: string,
    readonly kind: 'timeout' | 'network',
    detail: string,
  ) {
    super(`Genesys API ${method} ${path} ${kind === 'timeout' ? 'timed out' : 'failed'}: ${detail}`);
  }
}

function describeApiFailure(init: {
  method: string;
  path: string;
  status: number;
  code: string | undefined;
  genesysMessage: string | undefined;
  contextId: string | undefined;
}): string {
  const code = init.code ? ` ${init.code}` : '';
  const message = init.genesysMessage ? `: ${init.genesysMessage}` : '';
  const context = init.contextId ? ` (contextId ${init.contextId})` : ' (no contextId in the response)';
  return `Genesys API ${init.method} ${init.path} failed with HTTP ${init.status}${code}${message}${context}`;
}

/**
 * Reads an error response body into its parts. Genesys API errors are
 * `ErrorBody`; the OAuth server answers `{error, description, error_description}`;
 * proxies may answer HTML or nothing. Every part that goes into a message is plain text.
 */
export function parseErrorBody(
  text: string,
  correlationHeader: string | null,
): { code: string | undefined; genesysMessage: string | undefined; contextId: string | undefined; body: Models.ErrorBody | undefined } {
  const parsed = tryParseJsonObject(text);
  if (parsed) {
    const body = parsed as Models.ErrorBody & { error?: unknown; error_description?: unknown; description?: unknown };
    const code = stringOrUndefined(body.code) ?? stringOrUndefined(body.error);
    const message = stringOrUndefined(body.message) ?? stringOrUndefined(body.error_description) ?? stringOrUndefined(body.description);
    const contextId = stringOrUndefined(body.contextId) ?? correlationHeader ?? undefined;
    return {
      code: code === undefined ? undefined : plainServerMessage(code),
      genesysMessage: message === undefined ? undefined : plainServerMessage(message),
      contextId: contextId === undefined ? undefined : plainServerMessage(contextId),
      body,
    };
  }
  // Not JSON: a gateway's page or some other text, reduced to one plain line (server-body-text.ts).
  return {
    code: undefined,
    genesysMessage: describeNonJsonBody(text),
    contextId: correlationHeader === null ? undefined : plainServerMessage(correlationHeader),
    body: undefined,
  };
}

function tryParseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
