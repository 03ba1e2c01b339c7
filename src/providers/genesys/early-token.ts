/**
 * One attempt at the access token, made before the run has loaded what
 * needs it: a plan, apply or drift run signs in while its manifests load
 * (the token needs only the OAuth client and GENESYSCLOUD_REGION), and the
 * Genesys client then adopts that token instead of asking for one, so the
 * sign-in's round trip is hidden behind the loading.
 *
 * Best effort by design: any failure (refused, throttled, a gateway's page,
 * unreachable, too slow, an answer without a token) yields nothing, and the
 * client then signs in as it always did, with its retries, rate budget and
 * time limits. So the early attempt never decides an outcome and never
 * waits; an attempt that is never adopted (the manifests were invalid) is
 * a sign-in and nothing else, and its token goes nowhere.
 */
import type { IssuedToken } from './access-token-cache.js';
import { resolveGenesysEndpoints, type GenesysEnvironment } from './genesys-endpoints.js';
import { nodeHttpFetch, type GenesysFetch } from './node-http-fetch.js';
import {
  basicAuthorization,
  CLIENT_USER_AGENT,
  issuedTokenOf,
  TOKEN_CONTENT_TYPE,
  TOKEN_PATH,
  TOKEN_REQUEST_BODY,
} from './oauth-token-request.js';

/** How long an early attempt may take before it is given up (and the client asks itself). */
export const EARLY_ATTEMPT_TIMEOUT_MS = 5_000;

/**
 * Starts the attempt, or returns undefined when it cannot be made yet: no OAuth client, or no
 * GENESYSCLOUD_REGION (the region then comes from the Environment manifest), or a setting the
 * client will refuse with a message of its own. The promise never rejects.
 */
export function requestTokenEarly(
  env: GenesysEnvironment,
  fetchToken: GenesysFetch = nodeHttpFetch,
): Promise<IssuedToken | undefined> | undefined {
  const clientId = env.GENESYSCLOUD_OAUTHCLIENT_ID?.trim();
  const clientSecret = env.GENESYSCLOUD_OAUTHCLIENT_SECRET;
  if (!clientId || !clientSecret || !env.GENESYSCLOUD_REGION?.trim()) return undefined;
  let loginBaseUrl: string;
  try {
    loginBaseUrl = resolveGenesysEndpoints(env).loginBaseUrl;
  } catch {
    return undefined;
  }
  return attempt(fetchToken, `${loginBaseUrl}${TOKEN_PATH}`, basicAuthorization(clientId, clientSecret));
}

async function attempt(fetchToken: GenesysFetch, url: string, authorization: string): Promise<IssuedToken | undefined> {
  try {
    const response = await fetchToken(url, {
      method: 'POST',
      headers: {
        Authorization: authorization,
        Accept: 'application/json',
        'User-Agent': CLIENT_USER_AGENT,
        'Content-Type': TOKEN_CONTENT_TYPE,
      },
      body: TOKEN_REQUEST_BODY,
      // The client's own rule: credentials reach the configured host only.
      redirect: 'manual',
      signal: AbortSignal.timeout(EARLY_ATTEMPT_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status !== 200) return undefined;
    return issuedTokenOf(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}
