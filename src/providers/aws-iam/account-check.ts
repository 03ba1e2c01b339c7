/**
 * The guard that runs before any write: the AWS credentials must belong to the
 * account that the environment manifest pins, so that a prod manifest applied
 * with dev credentials (or the reverse) stops before touching anything.
 */

/**
 * Compares the manifest's pinned account with the caller's (STS
 * GetCallerIdentity). Returns an error message on mismatch, undefined when the
 * accounts match or the manifest pins none.
 */
export function checkAccountMatches(
  manifestAccountId: string | undefined,
  callerAccountId: string,
  environmentName?: string,
): string | undefined {
  if (manifestAccountId === undefined || manifestAccountId.trim() === callerAccountId.trim()) return undefined;
  const environment = environmentName === undefined ? 'The environment' : `Environment ${environmentName}`;
  return (
    `${environment} pins AWS account ${manifestAccountId} but the credentials belong to ${callerAccountId}; ` +
    'refusing to write. Use credentials for the pinned account, or fix spec.aws.accountId.'
  );
}
