/**
 * Reads the live state the planner needs, through the providers only:
 * the org id and credential key, the caller's AWS account, every desired
 * role by name (GetRole: no account-wide scan; owned roles no longer
 * declared are discovered only when prune is on), the roles named by ARN
 * (read, never written), the managed policies the roles declare or carry,
 * every data action's Lambda function and, for a function in another account
 * than its role, its resource policy; and the Genesys credentials,
 * integrations and their data actions (one paged list call for all actions,
 * beside the integration listing, so the number of calls grows with pages,
 * plus one read per owned action whose contract the listing leaves out).
 */
import { ConfigurationError } from '../errors.js';
import type { CanonicalPolicyDocument } from '../iam/policy-document.js';
import type { AwsReading } from '../model/aws-reading.js';
import type { DesiredState } from '../model/desired-state.js';
import { lambdaReadTargets } from '../model/lambda-targets.js';
import type { ObservedExternalRole } from '../model/observed-external-role.js';
import type { ObservedFunction } from '../model/observed-lambda.js';
import type { ObservedRole, ObservedState } from '../model/observed-state.js';
import { mapConcurrently } from '../model/map-concurrently.js';
import { checkAccountMatches } from '../providers/aws-iam/account-check.js';
import type { Providers } from './providers.js';

export interface ObserveOptions {
  /** Also scan the account for roles tagged as this environment's (ListRoles): only prune deletes them. */
  discoverOwnedRoles: boolean;
}

/** Independent AWS reads in flight at once. */
const AWS_READ_CONCURRENCY = 8;

export async function readObservedState(
  desired: DesiredState,
  providers: Providers,
  options: ObserveOptions = { discoverOwnedRoles: false },
): Promise<ObservedState> {
  // AWS and Genesys know nothing of each other here: their reads run side by side.
  const [aws, genesys] = await Promise.all([readAws(desired, providers, options), readGenesys(desired, providers)]);
  return { ...genesys, ...aws };
}

type AwsPart = Pick<ObservedState, 'aws' | 'roles' | 'externalRoles' | 'managedPolicies' | 'lambdaFunctions' | 'functionPolicies'>;
type GenesysPart = Pick<ObservedState, 'genesys' | 'credentials' | 'integrations' | 'dataActions'>;

async function readAws(desired: DesiredState, providers: Providers, options: ObserveOptions): Promise<AwsPart> {
  const accountId = await providers.roles.callerAccountId();
  // Nothing is read from an account the environment does not pin (Genesys is read meanwhile: it is not in it).
  const mismatch = checkAccountMatches(desired.environment.aws.accountId, accountId, desired.environment.name);
  if (mismatch) throw new ConfigurationError(mismatch);
  const managedRoleNames = options.discoverOwnedRoles ? await providers.roles.listManagedRoleNames(desired.environment.name) : [];
  const targetAccount = desired.environment.aws.accountId ?? accountId;
  // Only the managed policies wait for the roles (the policies attached to them); the rest runs beside.
  const [{ roles, managedPolicies }, externalRoles, lambda] = await Promise.all([
    readRoles(desired, providers, managedRoleNames).then(async (read) => ({
      roles: read,
      managedPolicies: await readManagedPolicies(desired, read, providers),
    })),
    readExternalRoles(desired, providers),
    readLambda(desired, targetAccount, providers),
  ]);
  return {
    aws: { accountId },
    roles,
    externalRoles,
    managedPolicies,
    lambdaFunctions: lambda.functions,
    functionPolicies: lambda.policies,
  };
}

async function readGenesys(desired: DesiredState, providers: Providers): Promise<GenesysPart> {
  // Integrations are owned only when declared: actions of other integrations are neither read nor touched.
  const declared = new Set(desired.integrations.map((integration) => integration.name));
  const integrationsRead = providers.genesys.listIntegrations();
  // The action listing needs no integration id (it is filtered on our side), so it runs beside the
  // integration listing rather than after it; only the owned actions' own reads wait for the ids.
  const ownedIntegrationIds = integrationsRead.then((integrations) =>
    integrations.filter((integration) => declared.has(integration.name)).map((integration) => integration.id),
  );
  const [orgId, credentialKey, credentials, integrations, dataActions] = await Promise.all([
    providers.genesys.organizationId(),
    providers.genesys.credentialKey(),
    providers.genesys.listCredentials(),
    integrationsRead,
    declared.size > 0 ? providers.genesys.listDataActions(ownedIntegrationIds) : Promise.resolve([]),
  ]);
  return { genesys: { orgId, credentialKey }, credentials, integrations, dataActions };
}

async function readRoles(
  desired: DesiredState,
  providers: Providers,
  managedRoleNames: readonly string[],
): Promise<Record<string, ObservedRole>> {
  const roleNames = [...new Set([...desired.roles.map((role) => role.name), ...managedRoleNames])].sort();
  const read = await mapConcurrently(roleNames, AWS_READ_CONCURRENCY, (name) => providers.roles.readRole(name));
  const roles: Record<string, ObservedRole> = {};
  roleNames.forEach((name, index) => {
    const role = read[index];
    if (role) roles[name] = role;
  });
  return roles;
}

async function readExternalRoles(desired: DesiredState, providers: Providers): Promise<Record<string, AwsReading<ObservedExternalRole>>> {
  const arns = [
    ...new Set(desired.integrations.flatMap((integration) => (integration.role.kind === 'external' ? [integration.role.roleArn] : []))),
  ];
  return byKey(arns.sort(), await mapConcurrently(arns.sort(), AWS_READ_CONCURRENCY, (arn) => providers.roles.readExternalRole(arn)));
}

/** The managed policies declared on the roles and those attached to them now (to say what attaching or detaching changes). */
async function readManagedPolicies(
  desired: DesiredState,
  roles: Record<string, ObservedRole>,
  providers: Providers,
): Promise<Record<string, AwsReading<CanonicalPolicyDocument>>> {
  const declaredRoleNames = new Set(desired.roles.map((role) => role.name));
  const arns = new Set(desired.roles.flatMap((role) => role.managedPolicyArns ?? []));
  for (const role of Object.values(roles)) if (declaredRoleNames.has(role.name)) for (const arn of role.attachedPolicyArns) arns.add(arn);
  const sorted = [...arns].sort();
  return byKey(sorted, await mapConcurrently(sorted, AWS_READ_CONCURRENCY, (arn) => providers.roles.readManagedPolicy(arn)));
}

async function readLambda(
  desired: DesiredState,
  accountId: string,
  providers: Providers,
): Promise<{ functions: Record<string, AwsReading<ObservedFunction>>; policies: Record<string, AwsReading<CanonicalPolicyDocument>> }> {
  const { functionArns, crossAccountArns } = lambdaReadTargets(desired, accountId);
  const [functions, policies] = await Promise.all([
    mapConcurrently(functionArns, AWS_READ_CONCURRENCY, (arn) => providers.functions.readFunction(arn)),
    mapConcurrently(crossAccountArns, AWS_READ_CONCURRENCY, (arn) => providers.functions.readResourcePolicy(arn)),
  ]);
  return { functions: byKey(functionArns, functions), policies: byKey(crossAccountArns, policies) };
}

function byKey<T>(keys: readonly string[], values: readonly T[]): Record<string, T> {
  return Object.fromEntries(keys.map((key, index) => [key, values[index] as T]));
}
