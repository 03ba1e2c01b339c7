/**
 * OAuth client-credentials grant as Genesys' login host serves it
 * (reference §1): Basic auth, form body `grant_type=client_credentials`,
 * `{access_token, token_type, expires_in}` on success and
 * `{error, description, error_description}` on failure.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The successful token response (Go SDK `AuthResponse`). */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** The error response (Go SDK `AuthErrorResponse`). */
export interface TokenErrorResponse {
  error: string;
  description: string;
  error_description: string;
}

/** The outcome of a token request: an HTTP status and one of the two bodies. */
export type TokenOutcome = { status: 200; body: TokenResponse } | { status: 400 | 401; body: TokenErrorResponse };

/** Issues and checks bearer tokens for one OAuth client. */
export interface TokenIssuer {
  grant(authorization: string | undefined, formBody: string): TokenOutcome;
  /** `valid` for a known unexpired token, otherwise why not. */
  check(authorization: string | undefined): 'valid' | 'missing' | 'expired' | 'unknown';
}

function tokenError(status: 400 | 401, error: string, description: string): TokenOutcome {
  return { status, body: { error, description, error_description: description } };
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A token issuer for one client id/secret, with lifetime and clock injected. */
export function createTokenIssuer(options: {
  clientId: string;
  clientSecret: string;
  lifetimeSeconds: number;
  now: () => number;
}): TokenIssuer {
  const expiries = new Map<string, number>();
  return {
    grant(authorization, formBody) {
      const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
      if (!match?.[1]) return tokenError(401, 'invalid_client', 'client credentials are required (HTTP Basic authorization)');
      const decoded = Buffer.from(match[1], 'base64').toString('utf8');
      const separator = decoded.indexOf(':');
      const clientId = separator < 0 ? decoded : decoded.slice(0, separator);
      const clientSecret = separator < 0 ? '' : decoded.slice(separator + 1);
      if (!sameText(clientId, options.clientId) || !sameText(clientSecret, options.clientSecret)) {
        // Never echo the presented secret: the message names no credential value.
        return tokenError(401, 'invalid_client', 'client authentication failed');
      }
      const grantType = new URLSearchParams(formBody).get('grant_type');
      if (grantType !== 'client_credentials') {
        return tokenError(400, 'unsupported_grant_type', `grant type '${grantType ?? ''}' is not supported by this client`);
      }
      const token = randomBytes(32).toString('base64url');
      expiries.set(token, options.now() + options.lifetimeSeconds * 1000);
      // ❓ "bearer" and 86399 are the typical values (reference §1).
      return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: options.lifetimeSeconds } };
    },
    check(authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match?.[1]) return 'missing';
      const expiry = expiries.get(match[1]);
      if (expiry === undefined) return 'unknown';
      if (options.now() >= expiry) return 'expired';
      return 'valid';
    },
  };
}
