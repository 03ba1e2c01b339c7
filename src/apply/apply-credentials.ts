/** The role-ARN credential of each integration: updated in place when it exists, created otherwise. */
import type { DesiredIntegration } from '../model/desired-state.js';
import { credentialRoleArnFor } from '../model/resolve-desired.js';
import { credentialAddress } from '../plan/resource-address.js';
import type { ApplyContext } from './apply-context.js';
import { applied, type StepResult } from './step-log.js';

/** True when every planned credential applied; the first failure stops the rest. */
export async function applyCredentials(context: ApplyContext): Promise<boolean> {
  for (const integration of context.desired.integrations) {
    const change = context.pendingChange(credentialAddress(integration.credentialName));
    if (!change) continue;
    if (!(await context.steps.record(change, () => applyCredential(context, integration)))) return false;
  }
  return true;
}

async function applyCredential(context: ApplyContext, integration: DesiredIntegration): Promise<StepResult> {
  const { genesys } = context.deps;
  const name = integration.credentialName;
  const arn = credentialArn(context, integration);
  const existing = context.ids.credentialIds.get(name);
  if (existing !== undefined) {
    await genesys.updateCredential(existing, name, arn);
    return applied({ liveId: existing });
  }
  const id = await genesys.createCredential(name, arn);
  context.ids.credentialIds.set(name, id);
  return applied({ liveId: id });
}

/** The ARN this apply got back for a managed role, else the one the manifests imply. */
function credentialArn(context: ApplyContext, integration: DesiredIntegration): string {
  if (integration.role.kind === 'managed') {
    const known = context.ids.roleArns.get(integration.role.roleName);
    if (known) return known;
  }
  return credentialRoleArnFor(integration, context.desired, context.observed);
}
