/**
 * Publishing directly (publish-strategy direct, for orgs that cannot use
 * drafts): writes the published action itself. Nothing is tested before it
 * goes live; the smoke tests after it are the only check.
 */
import type { DesiredDataAction } from '../model/desired-state.js';
import type { ResourceChange } from '../plan/types.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';
import { published, type ActionPublisher, type PublishResult } from './publish-action.js';
import { replacementName } from './replacement-name.js';

type ActionWrites = Pick<GenesysProvider, 'createAction' | 'updateAction' | 'deleteAction'>;

export function createDirectPublisher(genesys: ActionWrites): ActionPublisher {
  return { publish: (change, action, integrationId) => writeDirectly(genesys, change, action, integrationId) };
}

async function writeDirectly(
  genesys: ActionWrites,
  change: ResourceChange,
  action: DesiredDataAction,
  integrationId: string,
): Promise<PublishResult> {
  // Adopting a live action that differs from the manifest writes it like an update.
  if ((change.action === 'update' || change.action === 'adopt') && change.liveId !== undefined) {
    await genesys.updateAction(change.liveId, action);
    return published(change.liveId);
  }
  if (change.action === 'replace' && change.liveId !== undefined) {
    // As with drafts: Genesys may refuse two actions of one name in an integration (❓ in the reference),
    // so the new action is created under a temporary name, the old one deleted, then the new one renamed.
    const created = await genesys.createAction({ ...action, name: replacementName(action.name) }, integrationId);
    await genesys.deleteAction(change.liveId);
    await genesys.updateAction(created.id, action);
    return published(created.id);
  }
  return published((await genesys.createAction(action, integrationId)).id);
}
