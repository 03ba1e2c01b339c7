/**
 * A run that will read Genesys signs in, and asks for the plan's first reads
 * (the org, the integration type, the first page of each listing), while its
 * manifests load, rather than after: none of that needs the manifests, only
 * the OAuth client and the region, and GENESYSCLOUD_REGION gives the region
 * before any manifest is read. Without it the region comes from the
 * Environment manifest, and the run signs in once that is loaded, as before.
 * Everything here is best effort and read-only (providers/genesys/
 * early-token.ts, early-reads.ts): what comes to nothing, the client asks
 * for itself. A run that only validates never signs in.
 */
import type { IssuedToken } from '../providers/genesys/access-token-cache.js';
import { startEarlyReads, type EarlyReads } from '../providers/genesys/early-reads.js';
import { requestTokenEarly } from '../providers/genesys/early-token.js';
import { DEFAULT_PAGE_SIZE, planFirstReadPaths } from '../providers/genesys/plan-first-reads.js';
import type { EffectiveMode } from '../run-context.js';

/** The sign-in and the reads started before the manifests loaded, for the Genesys client to take. */
export interface EarlyGenesys {
  token: Promise<IssuedToken | undefined>;
  reads: EarlyReads;
}

export function signInEarly(mode: EffectiveMode, env: Readonly<Record<string, string | undefined>>): EarlyGenesys | undefined {
  if (mode === 'validate') return undefined;
  const token = requestTokenEarly(env);
  if (token === undefined) return undefined;
  return { token, reads: startEarlyReads(env, token, planFirstReadPaths(DEFAULT_PAGE_SIZE)) };
}
