/**
 * One attempt at the AWS account of the ambient credentials (STS
 * GetCallerIdentity), made while the manifests load: every plan, apply and
 * drift checks that account against the Environment's before it reads
 * anything else from AWS, so that answer is otherwise a round trip after
 * the loading. It needs only the credentials and a region, and a runner set
 * up by aws-actions/configure-aws-credentials has AWS_REGION; without one
 * nothing is attempted (the region then comes from the Environment).
 *
 * Best effort, like the early Genesys token (providers/genesys/early-token.ts):
 * a missing credential, a refusal, an answer without an account or a timeout
 * yields nothing, and the role provider asks for itself with its retries.
 * The answer is the same credentials' answer to the same question, so the
 * provider may take it in place of its own call.
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

/** How long the early attempt may take before it is given up. */
export const EARLY_IDENTITY_TIMEOUT_MS = 5_000;

/** Makes the STS client of an attempt for a region. */
export type StsClientFactory = (region: string) => STSClient;

/** The attempt's client: the default credential chain and endpoint, as the role provider's; one attempt, no retry. */
export function createEarlyStsClient(region: string): STSClient {
  return new STSClient({ region, maxAttempts: 1 });
}

/** Starts the attempt; undefined when no region is set. The promise never rejects. */
export function requestCallerAccountEarly(
  env: Readonly<Record<string, string | undefined>>,
  clientFor: StsClientFactory = createEarlyStsClient,
): Promise<string | undefined> | undefined {
  const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  if (!region) return undefined;
  return attempt(clientFor(region));
}

async function attempt(sts: STSClient): Promise<string | undefined> {
  try {
    const identity = await sts.send(new GetCallerIdentityCommand({}), { abortSignal: AbortSignal.timeout(EARLY_IDENTITY_TIMEOUT_MS) });
    return identity.Account;
  } catch {
    return undefined;
  } finally {
    sts.destroy();
  }
}
