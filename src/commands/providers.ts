/**
 * Builds the providers for one environment from the ambient configuration:
 * AWS (IAM, Lambda) from the default credential chain (AWS_ENDPOINT_URL
 * honoured by the SDK), Genesys from the GENESYSCLOUD_* variables CX as Code
 * uses. Missing Genesys credentials are a ConfigurationError naming them.
 */
import { ConfigurationError } from '../errors.js';
import { findGenesysRegion } from '../genesys/regions.js';
import type { DesiredEnvironment } from '../model/desired-state.js';
import type { EarlyStart } from './early-sign-in.js';
import { createRoleProvider } from '../providers/aws-iam/iam-role-provider.js';
import type { RoleProvider } from '../providers/aws-iam/role-provider.js';
import type { GenesysAuditReader } from '../providers/genesys/genesys-audit-reader.js';
import { createGenesysClients, DEFAULT_GENESYS_CONCURRENCY } from '../providers/genesys/genesys-cloud-provider.js';
import type { FunctionProvider } from '../providers/aws-lambda/function-provider.js';
import { createFunctionProvider } from '../providers/aws-lambda/lambda-function-provider.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';

export interface Providers {
  roles: RoleProvider;
  genesys: GenesysProvider;
  /** The Genesys audit trail (drift's "who changed it"); absent where nothing reads it. */
  audits?: GenesysAuditReader;
  /** Lambda, read at plan time only. */
  functions: FunctionProvider;
  /** Genesys calls the commands may have in flight at once for reads nothing orders (default {@link DEFAULT_GENESYS_CONCURRENCY}). */
  genesysConcurrency?: number;
}

export const GENESYS_CREDENTIAL_VARIABLES = ['GENESYSCLOUD_OAUTHCLIENT_ID', 'GENESYSCLOUD_OAUTHCLIENT_SECRET'] as const;

/** True when the Genesys OAuth client is configured (a fork's pull request has no secrets). */
export function hasGenesysCredentials(env: Readonly<Record<string, string | undefined>>): boolean {
  return GENESYS_CREDENTIAL_VARIABLES.every((name) => (env[name] ?? '').trim() !== '');
}

export function createProviders(
  environment: DesiredEnvironment,
  options: {
    env: Readonly<Record<string, string | undefined>>;
    requestsPerMinute: number;
    /** Genesys calls in flight at once (default: the provider's). */
    concurrency?: number;
    onSecret?: (secret: string) => void;
    debug?: (line: string) => void;
    warning?: (line: string) => void;
    /** Waits between polls and retries; tests make them instant. */
    pacing?: { sleep: (milliseconds: number) => Promise<void>; integrationStatePollIntervalMs: number };
    /** What was started while the manifests loaded (early-sign-in.ts): the Genesys client and the role provider take it. */
    early?: EarlyStart;
  },
): Providers {
  const missing = GENESYS_CREDENTIAL_VARIABLES.filter((name) => (options.env[name] ?? '').trim() === '');
  if (missing.length > 0) {
    throw new ConfigurationError(
      `${missing.join(' and ')} must be set (a Genesys Cloud OAuth client with the client-credentials grant) to plan or apply.`,
    );
  }
  // The environment manifest names the org's region; GENESYSCLOUD_REGION may repeat it but must not contradict it.
  const configuredRegion = options.env.GENESYSCLOUD_REGION?.trim();
  if (configuredRegion) {
    const region = findGenesysRegion(configuredRegion);
    if (region && region.awsRegion !== environment.genesys.region) {
      throw new ConfigurationError(
        `GENESYSCLOUD_REGION is ${configuredRegion} but environment ${environment.name} declares Genesys region ${environment.genesys.region}; refusing to mix them.`,
      );
    }
  }
  const genesysEnv = { ...options.env, GENESYSCLOUD_REGION: configuredRegion || environment.genesys.region };
  const debug = options.debug ?? (() => undefined);
  const warning = options.warning ?? debug;
  const genesys = createGenesysClients({
    env: genesysEnv,
    requestsPerMinute: options.requestsPerMinute,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.pacing ?? {}),
    ...(options.onSecret ? { onSecret: options.onSecret } : {}),
    ...(options.early?.genesys ? { earlyToken: options.early.genesys.token, earlyReads: options.early.genesys.reads } : {}),
    logger: { debug, warning },
  });
  return {
    roles: createRoleProvider({
      region: environment.aws.region,
      ...(options.pacing ? { sleep: options.pacing.sleep } : {}),
      ...(options.early?.awsAccountId ? { earlyCallerAccountId: options.early.awsAccountId } : {}),
    }),
    functions: createFunctionProvider(),
    genesys: genesys.provider,
    audits: genesys.audits,
    genesysConcurrency: options.concurrency ?? DEFAULT_GENESYS_CONCURRENCY,
  };
}
