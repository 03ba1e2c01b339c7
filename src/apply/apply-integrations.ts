/**
 * Each integration: created when missing, its config pointed at its
 * credential, enabled or disabled, and (when enabled) a bounded wait until
 * Genesys reports it ACTIVE: data actions cannot be tested before that.
 */
import type { DesiredIntegration } from '../model/desired-state.js';
import { integrationAddress } from '../plan/resource-address.js';
import type { ApplyContext } from './apply-context.js';
import { DEFAULT_INTEGRATION_ACTIVE_TIMEOUT_MS } from './apply-options.js';
import { applied, failed, type StepResult } from './step-log.js';

/** True when every planned integration applied; the first failure stops the rest. */
export async function applyIntegrations(context: ApplyContext): Promise<boolean> {
  for (const integration of context.desired.integrations) {
    const change = context.pendingChange(integrationAddress(integration.name));
    if (!change) continue;
    if (!(await context.steps.record(change, () => applyIntegration(context, integration)))) return false;
  }
  return true;
}

async function applyIntegration(context: ApplyContext, integration: DesiredIntegration): Promise<StepResult> {
  const { genesys } = context.deps;
  const id = context.ids.integrationIds.get(integration.name) ?? (await createIntegration(context, integration.name));
  const credentialId = context.ids.credentialIds.get(integration.credentialName);
  if (credentialId === undefined) return failed(`credential ${integration.credentialName} does not exist`);
  await genesys.setIntegrationConfig(id, {
    name: integration.name,
    notes: integration.notes,
    credentials: { [context.observed.genesys.credentialKey]: credentialId },
  });
  await genesys.setIntegrationEnabled(id, integration.enabled);
  if (integration.enabled) {
    const timeoutMs = context.options.integrationActiveTimeoutMs ?? DEFAULT_INTEGRATION_ACTIVE_TIMEOUT_MS;
    const state = await genesys.waitForIntegrationState(id, 'ACTIVE', { timeoutMs });
    if (state !== 'ACTIVE') return failed(`integration ${id} reported ${state ?? 'no state'} instead of ACTIVE`);
  }
  return applied({ liveId: id });
}

async function createIntegration(context: ApplyContext, name: string): Promise<string> {
  const id = await context.deps.genesys.createIntegration(name);
  context.ids.integrationIds.set(name, id);
  return id;
}
