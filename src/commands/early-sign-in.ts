/**
 * A run that will read Genesys signs in while its manifests load, rather
 * than after: the token needs only the OAuth client and the region, and
 * GENESYSCLOUD_REGION gives the region before any manifest is read (without
 * it the region comes from the Environment manifest, and the run signs in
 * once that is loaded, as before). The attempt is best effort
 * (providers/genesys/early-token.ts): when it comes to nothing, the client
 * signs in itself. A run that only validates never signs in.
 */
import type { IssuedToken } from '../providers/genesys/access-token-cache.js';
import { requestTokenEarly } from '../providers/genesys/early-token.js';
import type { EffectiveMode } from '../run-context.js';

export type EarlyToken = Promise<IssuedToken | undefined>;

export function signInEarly(mode: EffectiveMode, env: Readonly<Record<string, string | undefined>>): EarlyToken | undefined {
  if (mode === 'validate') return undefined;
  return requestTokenEarly(env);
}
