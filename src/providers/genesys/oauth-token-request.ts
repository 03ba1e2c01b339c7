/**
 * The client-credentials token request, as Genesys' OAuth server takes it
 * (docs/reference/genesys-api.md §1): Basic authentication with the OAuth
 * client, a form body, and an answer whose `access_token` and `expires_in`
 * make the token. Shared by the client's own sign-in and the early one.
 */
import type { IssuedToken } from './access-token-cache.js';

/** Every call of this tool says who it is. */
export const CLIENT_USER_AGENT = 'genesys-lambda-gitops';
export const TOKEN_PATH = '/oauth/token';
export const TOKEN_CONTENT_TYPE = 'application/x-www-form-urlencoded';
export const TOKEN_REQUEST_BODY = 'grant_type=client_credentials';

export function basicAuthorization(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${clientSecret}`, 'utf8').toString('base64')}`;
}

/** The token an answer carries, or undefined when it carries none. */
export function issuedTokenOf(body: unknown): IssuedToken | undefined {
  const parsed = body as { access_token?: unknown; expires_in?: unknown } | undefined;
  if (typeof parsed?.access_token !== 'string' || parsed.access_token === '') return undefined;
  // ❓ expires_in is documented as seconds (Go SDK AuthResponse); a missing value falls back to the 24 h default lifetime.
  const expiresInSeconds = typeof parsed.expires_in === 'number' ? parsed.expires_in : 86_400;
  return { accessToken: parsed.access_token, expiresInSeconds };
}
