/**
 * The plan's first reads (plan-first-reads.ts: the org, the integration
 * type, the first page of each listing), asked for with the early token
 * (early-token.ts) while the manifests load: none of them needs anything
 * from the manifests, so their round trip is hidden behind the loading too.
 * The Genesys client takes an answer instead of asking (each at most once,
 * and only the first time it asks for that path), so these are the run's
 * own reads, made a little sooner, never a second copy of the truth.
 *
 * Best effort, like the token: only a 200 is kept; a refusal, a throttle, a
 * gateway's page or a timeout leaves the path to the client, which asks as
 * it always did (retries, rate budget, time limits). Nothing is asked when
 * the early token came to nothing. Only GETs, so a run whose manifests turn
 * out invalid has read, never written.
 */
import type { IssuedToken } from './access-token-cache.js';
import { EARLY_ATTEMPT_TIMEOUT_MS } from './early-token.js';
import { resolveGenesysEndpoints, type GenesysEnvironment } from './genesys-endpoints.js';
import { CLIENT_USER_AGENT } from './oauth-token-request.js';
import type { HeaderLookup } from './rate-limit-headers.js';
import { nodeHttpFetch, type GenesysFetch } from './node-http-fetch.js';

/** A 200 answer, body read. */
export interface EarlyAnswer {
  headers: HeaderLookup;
  text: string;
}

export interface EarlyReads {
  /** The early answer to a GET of `path` (with query), once; undefined when none was asked for or it was taken. */
  take(path: string): Promise<EarlyAnswer | undefined> | undefined;
}

export function startEarlyReads(
  env: GenesysEnvironment,
  token: Promise<IssuedToken | undefined>,
  paths: readonly string[],
  fetchAnswer: GenesysFetch = nodeHttpFetch,
): EarlyReads {
  let apiBaseUrl: string | undefined;
  try {
    apiBaseUrl = resolveGenesysEndpoints(env).apiBaseUrl;
  } catch {
    apiBaseUrl = undefined;
  }
  const answers = new Map<string, Promise<EarlyAnswer | undefined>>();
  if (apiBaseUrl !== undefined) {
    const base = apiBaseUrl;
    for (const path of paths) {
      answers.set(
        path,
        token.then((issued) => (issued ? read(fetchAnswer, `${base}${path}`, issued.accessToken) : undefined)),
      );
    }
  }
  return {
    take(path) {
      const answer = answers.get(path);
      answers.delete(path);
      return answer;
    },
  };
}

async function read(fetchAnswer: GenesysFetch, url: string, accessToken: string): Promise<EarlyAnswer | undefined> {
  try {
    const response = await fetchAnswer(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', 'User-Agent': CLIENT_USER_AGENT },
      // The client's own rule: the token reaches the configured host only.
      redirect: 'manual',
      signal: AbortSignal.timeout(EARLY_ATTEMPT_TIMEOUT_MS),
    });
    const text = await response.text();
    return response.status === 200 ? { headers: response.headers, text } : undefined;
  } catch {
    return undefined;
  }
}
