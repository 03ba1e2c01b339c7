/**
 * Genesys `ErrorBody` responses. Every error gets a fresh `contextId`, as
 * Genesys does, because clients are expected to log it for support.
 */
import { randomUUID } from 'node:crypto';
import type { Models } from 'purecloud-platform-client-v2';

/** An error a route throws to answer with an `ErrorBody`. */
export class GenesysApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Partial<Models.ErrorBody> = {},
    /** Extra response headers, e.g. `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GenesysApiError';
  }

  /** The response body, with a fresh contextId. */
  toBody(): Models.ErrorBody {
    return errorBody(this.status, this.code, this.message, this.extra);
  }
}

/** Builds an `ErrorBody` (fields as in the SDK model) with a fresh contextId. */
export function errorBody(status: number, code: string, message: string, extra: Partial<Models.ErrorBody> = {}): Models.ErrorBody {
  return {
    message,
    code,
    status,
    messageParams: {},
    contextId: randomUUID(),
    details: [],
    errors: [],
    ...extra,
  };
}

/** 400 `bad.request`. */
export function badRequest(message: string, extra: Partial<Models.ErrorBody> = {}): GenesysApiError {
  return new GenesysApiError(400, 'bad.request', message, extra);
}

/** 404 `not.found`, worded like Genesys' entity-not-found errors. */
export function notFound(message = 'The requested resource was not found.'): GenesysApiError {
  return new GenesysApiError(404, 'not.found', message);
}

/**
 * 409 on a stale version. ❓ The reference confirms 409 (or a 400 saying
 * "does not match the current version"); the exact code string is not
 * confirmed, so the message carries that phrase too, letting clients that
 * match on either signal recognize it.
 */
export function versionConflict(supplied: unknown, current: number): GenesysApiError {
  return new GenesysApiError(
    409,
    'conflict',
    `The version supplied [${String(supplied)}] does not match the current version [${current}].`,
  );
}
