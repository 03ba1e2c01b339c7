/**
 * Publishing through drafts (publish-strategy draft): draft → validate →
 * every manifest test on the draft → publish. A draft that fails validation
 * or a test is left unpublished (for inspection; the next apply replaces it)
 * and the live version keeps serving. Drafts an interrupted earlier apply
 * left behind are removed first, so a re-run makes no duplicate.
 */
import type { DesiredDataAction } from '../model/desired-state.js';
import type { ResourceChange } from '../plan/types.js';
import type { ActionDraft, GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { SmokeTestResult } from './apply-report.js';
import { notPublished, published, type ActionPublisher, type NotPublished, type PublishResult } from './publish-action.js';
import { replacementName } from './replacement-name.js';
import type { SmokeTestRequest } from './smoke-runner.js';

export interface DraftPublisherDependencies {
  genesys: GenesysProvider;
  /** Runs one test on a draft and records its result. */
  smokeTest: (request: SmokeTestRequest) => Promise<SmokeTestResult>;
}

type ListedDraft = Awaited<ReturnType<GenesysProvider['listDrafts']>>[number];

/** Lists the drafts in these integrations once, up front, to find leftovers. */
export async function createDraftPublisher(deps: DraftPublisherDependencies, integrationIds: readonly string[]): Promise<ActionPublisher> {
  const drafts = await deps.genesys.listDrafts(integrationIds);
  return { publish: (change, action, integrationId) => publishThroughDraft(deps, drafts, change, action, integrationId) };
}

async function publishThroughDraft(
  deps: DraftPublisherDependencies,
  drafts: readonly ListedDraft[],
  change: ResourceChange,
  action: DesiredDataAction,
  integrationId: string,
): Promise<PublishResult> {
  const { genesys } = deps;
  // Adopting a live action that differs from the manifest writes it like an update.
  if ((change.action === 'update' || change.action === 'adopt') && change.liveId !== undefined) {
    return publishIfSound(deps, change.address, action, await genesys.draftFromAction(change.liveId, action));
  }
  for (const leftover of leftoverDrafts(drafts, change, action, integrationId)) await genesys.deleteDraft(leftover.id);
  if (change.action !== 'replace' || change.liveId === undefined) {
    return publishIfSound(deps, change.address, action, await genesys.createDraft(action, integrationId));
  }
  return replaceThroughDraft(deps, change.address, action, integrationId, change.liveId);
}

/** Drafts of this action (under its name or its replacement's) that are not the live action's own draft. */
function leftoverDrafts(
  drafts: readonly ListedDraft[],
  change: ResourceChange,
  action: DesiredDataAction,
  integrationId: string,
): ListedDraft[] {
  return drafts.filter(
    (candidate) =>
      candidate.integrationId === integrationId &&
      candidate.id !== change.liveId &&
      (candidate.name === action.name || candidate.name === replacementName(action.name)),
  );
}

async function publishIfSound(
  deps: DraftPublisherDependencies,
  address: string,
  action: DesiredDataAction,
  draft: ActionDraft,
): Promise<PublishResult> {
  const refusal = await checkDraft(deps, address, action, draft.id);
  if (refusal) return refusal;
  return published((await deps.genesys.publishDraft(draft.id, draft.version)).id);
}

/**
 * Genesys may refuse two actions with one name in an integration (the sandbox does; ❓ in the reference),
 * so the new action is drafted and tested under a temporary name while the old one keeps serving; only
 * then is the old one deleted and the draft renamed and published.
 */
async function replaceThroughDraft(
  deps: DraftPublisherDependencies,
  address: string,
  action: DesiredDataAction,
  integrationId: string,
  liveId: string,
): Promise<PublishResult> {
  const { genesys } = deps;
  const draft = await genesys.createDraft({ ...action, name: replacementName(action.name) }, integrationId);
  const refusal = await checkDraft(deps, address, action, draft.id);
  if (refusal) return refusal;
  await genesys.deleteAction(liveId);
  const renamed = await genesys.updateDraft(draft.id, action);
  return published((await genesys.publishDraft(draft.id, renamed.version)).id);
}

/** Draft validation, then every manifest test on the draft: why it must stay unpublished, or undefined. */
async function checkDraft(
  deps: DraftPublisherDependencies,
  address: string,
  action: DesiredDataAction,
  draftId: string,
): Promise<NotPublished | undefined> {
  const validation = await deps.genesys.validateDraft(draftId);
  if (!validation.valid) return notPublished(`draft ${draftId} failed validation: ${validation.errors.join('; ')}`);
  for (const test of action.tests) {
    const result = await deps.smokeTest({ address, action, actionId: draftId, test, endpoint: 'draft-test' });
    if (!result.passed) return notPublished(`draft ${draftId} left unpublished: test "${test.name}" failed: ${result.failures.join('; ')}`);
  }
  return undefined;
}
