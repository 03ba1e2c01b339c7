/**
 * A run that will read Genesys and AWS starts what needs no manifest while
 * its manifests load, rather than after:
 *  - Genesys: the sign-in and the plan's first reads (the org, the
 *    integration type, the first page of each listing). They need only the
 *    OAuth client and the region, and GENESYSCLOUD_REGION gives the region
 *    before any manifest is read; without it the region comes from the
 *    Environment manifest, and the run signs in once that is loaded.
 *  - AWS: the account of the ambient credentials (GetCallerIdentity), which
 *    every run checks against the Environment's before it reads anything
 *    else; it needs a region, AWS_REGION or AWS_DEFAULT_REGION.
 * Everything here is best effort and read-only (providers/genesys/
 * early-token.ts, early-reads.ts, providers/aws-iam/early-caller-identity.ts):
 * what comes to nothing, the clients ask for themselves. A run that only
 * validates never signs in.
 */
import { createEarlyStsClient, requestCallerAccountEarly, type StsClientFactory } from '../providers/aws-iam/early-caller-identity.js';
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

/** What a run started before its manifests loaded; each part is absent when it could not be started. */
export interface EarlyStart {
  genesys?: EarlyGenesys;
  /** The AWS account of the ambient credentials, for the role provider to take (undefined: it asks). */
  awsAccountId?: Promise<string | undefined>;
}

/** `stsClientFor` makes the STS client of the AWS part (the bench counts its calls). */
export function signInEarly(
  mode: EffectiveMode,
  env: Readonly<Record<string, string | undefined>>,
  stsClientFor: StsClientFactory = createEarlyStsClient,
): EarlyStart | undefined {
  if (mode === 'validate') return undefined;
  const token = requestTokenEarly(env);
  const awsAccountId = requestCallerAccountEarly(env, stsClientFor);
  if (token === undefined && awsAccountId === undefined) return undefined;
  return {
    ...(token === undefined ? {} : { genesys: { token, reads: startEarlyReads(env, token, planFirstReadPaths(DEFAULT_PAGE_SIZE)) } }),
    ...(awsAccountId === undefined ? {} : { awsAccountId }),
  };
}
