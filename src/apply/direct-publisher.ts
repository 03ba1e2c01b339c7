/**
 * Publishing directly (publish-strategy direct, for orgs that cannot use
 * drafts): writes the published action itself. Nothing is tested before it
 * goes live; the smoke tests after it are the only check.
 */
import type { DesiredDataAction } from '../model/desired-state.js';
import type { ResourceChange } from '../plan/types.js';
import type { GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { LifecycleNameBook } from './lifecycle-name-book.js';
import { published, type ActionPublisher, type LiveAction, type PublishResult } from './publish-action.js';
import { swapInReplacement } from './swap-in-replacement.js';

type ActionWrites = Pick<GenesysProvider, 'createAction' | 'updateAction' | 'renameAction'>;

/** `liveActionOf` gives the integration a live action is in (a moved action's old one differs from its new one) and its version as planned. */
export function createDirectPublisher(
  genesys: ActionWrites,
  names: LifecycleNameBook,
  liveActionOf: (actionId: string) => LiveAction | undefined,
): ActionPublisher {
  return { publish: (change, action, integrationId) => writeDirectly(genesys, names, liveActionOf, change, action, integrationId) };
}

async function writeDirectly(
  genesys: ActionWrites,
  names: LifecycleNameBook,
  liveActionOf: (actionId: string) => LiveAction | undefined,
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
    // The new action goes live under a temporary name while the old one keeps serving; then the two swap names.
    const temporary = names.reserve('replacement', action.name, integrationId);
    const created = await genesys.createAction({ ...action, name: temporary }, integrationId);
    const live = liveActionOf(change.liveId);
    const old = { id: change.liveId, integrationId: live?.integrationId ?? integrationId, ...(live ? { version: live.version } : {}) };
    return swapInReplacement(genesys, names, { old, replacementId: created.id, name: action.name });
  }
  return published((await genesys.createAction(action, integrationId)).id);
}
