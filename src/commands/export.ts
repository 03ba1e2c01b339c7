/**
 * export: a live org → a manifest folder for one environment. Reads through
 * the providers only: the org id and credential key, the caller's AWS
 * account, the `aws-lambda-data-actions` integrations (all, or those named
 * with --integration), their credentials, every published action of them
 * with its contract and templates (fetched where Genesys returns them as
 * URIs), and the role behind each credential where IAM lets us read it. The
 * files come from src/adoption/live-export.ts; this shell only reads and
 * writes, into a folder that is new or empty, so nothing of the user's is
 * overwritten and no stale file survives.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { LiveRole } from '../adoption/role-document.js';
import { exportLiveOrg, type ExportNote, type ExportResult } from '../adoption/live-export.js';
import { ConfigurationError, InputError } from '../errors.js';
import { describeValidRegions, findGenesysRegion } from '../genesys/regions.js';
import type { DesiredEnvironment } from '../model/desired-state.js';
import type { ObservedIntegration } from '../model/observed-state.js';
import { integrationNameOf } from '../plan/live-matching.js';
import type { createProviders, Providers } from './providers.js';

type Environment = Readonly<Record<string, string | undefined>>;

export interface ExportOptions {
  /** Name of the Environment manifest to write (`--environment`). */
  environment: string;
  /** Folder to write (`--out`): created, or empty. */
  out: string;
  /** Names of the integrations to export (`--integration`, repeatable); empty: every AWS Lambda integration. */
  integrations: readonly string[];
  /** Write Role manifests for roles not tagged as managed by this tool (`--adopt-roles`). */
  adoptRoles: boolean;
  cwd: string;
  env: Environment;
  requestsPerMinute: number;
  /** Genesys calls in flight at once (default: the provider's). */
  concurrency?: number;
  /** Provider factory, replaceable in tests. */
  createProviders?: typeof createProviders;
}

export interface ExportOutcome {
  /** Files written, relative to `cwd`. */
  written: string[];
  notes: ExportNote[];
  counts: ExportResult['counts'];
}

const ENVIRONMENT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export async function exportOrg(options: ExportOptions): Promise<ExportOutcome> {
  if (!ENVIRONMENT_NAME.test(options.environment))
    throw new InputError(`--environment ${JSON.stringify(options.environment)}: an environment name is letters, digits, '.', '_' and '-'`);
  const outFolder = resolve(options.cwd, options.out);
  await requireEmptyFolder(outFolder, options.out);
  const environment = exportEnvironment(options);
  // The providers (and with them the AWS SDK) load when an export runs, not with every CLI start.
  const create = options.createProviders ?? (await import('./providers.js')).createProviders;
  const providers = create(environment, {
    env: options.env,
    requestsPerMinute: options.requestsPerMinute,
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
  const result = exportLiveOrg(await readLiveOrg(providers, environment, options.integrations), { adoptRoles: options.adoptRoles });
  await mkdir(outFolder, { recursive: true });
  const written: string[] = [];
  for (const file of result.files) {
    const path = join(outFolder, file.name);
    await writeFile(path, file.text, { encoding: 'utf8', flag: 'wx' });
    written.push(relative(options.cwd, path) || path);
  }
  return { written, notes: result.notes, counts: result.counts };
}

/** The environment the providers are built for: the Genesys region from GENESYSCLOUD_REGION, AWS from the SDK's region. */
function exportEnvironment(options: ExportOptions): DesiredEnvironment {
  const configured = options.env.GENESYSCLOUD_REGION?.trim();
  if (!configured)
    throw new ConfigurationError(`GENESYSCLOUD_REGION must be set to export: the org's region, one of ${describeValidRegions()}.`);
  const region = findGenesysRegion(configured);
  if (region === undefined)
    throw new ConfigurationError(`GENESYSCLOUD_REGION ${configured} is not a Genesys Cloud region; use one of ${describeValidRegions()}.`);
  const awsRegion = options.env.AWS_REGION?.trim() || options.env.AWS_DEFAULT_REGION?.trim() || region.awsRegion;
  return {
    name: options.environment,
    genesys: { region: region.awsRegion, domain: region.domain, awsAccountId: region.genesysAwsAccountId ?? '' },
    aws: { region: awsRegion },
  };
}

async function readLiveOrg(providers: Providers, environment: DesiredEnvironment, wanted: readonly string[]) {
  const [orgId, credentialKey, accountId, allIntegrations, credentials] = await Promise.all([
    providers.genesys.organizationId(),
    providers.genesys.credentialKey(),
    providers.roles.callerAccountId(),
    providers.genesys.listIntegrations(),
    providers.genesys.listCredentials(),
  ]);
  const integrations = selectIntegrations(allIntegrations, wanted);
  const dataActions =
    integrations.length === 0 ? [] : await providers.genesys.listDataActions(integrations.map((integration) => integration.id));
  const roleArns = new Set<string>();
  for (const integration of integrations) {
    const credentialId = integration.config.credentials[credentialKey];
    const arn = credentials.find((credential) => credential.id === credentialId)?.roleArn;
    if (arn !== undefined) roleArns.add(arn);
  }
  const roles: Record<string, LiveRole> = {};
  for (const arn of [...roleArns].sort()) {
    const match = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
    // Another account's role cannot be read with these credentials: it is referred to by ARN.
    if (!match || match[1] !== accountId) continue;
    roles[arn] = await readRole(providers, match[2] as string);
  }
  const region = findGenesysRegion(environment.genesys.region);
  if (region === undefined) throw new Error(`unknown Genesys region ${environment.genesys.region}`);
  return {
    environment: environment.name,
    genesysRegion: region,
    awsRegion: environment.aws.region,
    accountId,
    orgId,
    credentialKey,
    integrations,
    credentials,
    dataActions,
    roles,
  };
}

async function readRole(providers: Providers, name: string): Promise<LiveRole> {
  try {
    const role = await providers.roles.readRole(name);
    return role === undefined ? { found: 'not-read', reason: 'IAM has no such role' } : { found: 'read', role };
  } catch (error) {
    return { found: 'not-read', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The integrations named with --integration (every one of them must exist), or all. */
function selectIntegrations(integrations: readonly ObservedIntegration[], wanted: readonly string[]): ObservedIntegration[] {
  if (wanted.length === 0) return [...integrations];
  const names = new Set(integrations.map(integrationNameOf));
  const unknown = wanted.filter((name) => !names.has(name));
  if (unknown.length > 0) {
    const known = [...names].sort();
    throw new ConfigurationError(
      `--integration ${unknown.map((name) => JSON.stringify(name)).join(', ')}: no AWS Lambda integration of that name in the org${known.length > 0 ? ` (it has: ${known.join(', ')})` : ' (it has none)'}.`,
    );
  }
  return integrations.filter((integration) => wanted.includes(integrationNameOf(integration)));
}

async function requireEmptyFolder(folder: string, shown: string): Promise<void> {
  const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new ConfigurationError(`--out ${shown}: ${error.code === 'ENOTDIR' ? 'is a file, not a folder' : error.message}.`);
  });
  if (entries.length > 0)
    throw new ConfigurationError(
      `--out ${shown} is not empty: export writes a whole folder, so it needs a new or empty one (nothing was written).`,
    );
}
