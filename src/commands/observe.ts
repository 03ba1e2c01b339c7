/**
 * Reads the live state the planner needs, through the providers only:
 * the org id and credential key, the caller's AWS account, every desired role
 * plus the roles tagged as managed for this environment, and the Genesys
 * credentials, integrations and their data actions (one paged list call for
 * all actions, so the number of calls grows with pages, not with actions).
 */
import type { DesiredState } from '../model/desired-state.js';
import type { ObservedRole, ObservedState } from '../model/observed-state.js';
import type { Providers } from './providers.js';

export async function readObservedState(desired: DesiredState, providers: Providers): Promise<ObservedState> {
  const [orgId, credentialKey, accountId, managedRoleNames, credentials, integrations] = await Promise.all([
    providers.genesys.organizationId(),
    providers.genesys.credentialKey(),
    providers.roles.callerAccountId(),
    providers.roles.listManagedRoleNames(desired.environment.name),
    providers.genesys.listCredentials(),
    providers.genesys.listIntegrations(),
  ]);
  const roleNames = [...new Set([...desired.roles.map((role) => role.name), ...managedRoleNames])].sort();
  const roles: Record<string, ObservedRole> = {};
  // Nothing orders these reads: they go at once, and are kept in name order.
  const read = await Promise.all(roleNames.map(async (name) => [name, await providers.roles.readRole(name)] as const));
  for (const [name, role] of read) if (role) roles[name] = role;
  // Integrations are owned only when declared: actions of other integrations are neither read nor touched.
  const declared = new Set(desired.integrations.map((integration) => integration.name));
  const ownedIntegrationIds = integrations.filter((integration) => declared.has(integration.name)).map((integration) => integration.id);
  const dataActions = ownedIntegrationIds.length > 0 ? await providers.genesys.listDataActions(ownedIntegrationIds) : [];
  return { genesys: { orgId, credentialKey }, aws: { accountId }, roles, credentials, integrations, dataActions };
}
