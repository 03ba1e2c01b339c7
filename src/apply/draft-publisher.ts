/**
 * Publishing through drafts (publish-strategy draft): draft → validate →
 * every manifest test on the draft → publish. A draft that fails validation
 * or a test is left unpublished (for inspection; the next apply replaces it)
 * and the live version keeps serving. Drafts an interrupted earlier apply
 * left behind are removed first, so a re-run makes no duplicate.
 */
import { isLifecycleNameOf, parseLifecycleName } from '../model/action-lifecycle-names.js';
import type { DesiredDataAction } from '../model/desired-state.js';
import type { ResourceChange } from '../plan/types.js';
import type { ActionDraft, GenesysProvider } from '../providers/genesys/genesys-provider.js';
import type { SmokeTestResult } from './apply-report.js';
import type { ListedDraft } from './early-draft-listing.js';
import type { LifecycleNameBook } from './lifecycle-name-book.js';
import { notPublished, published, type ActionPublisher, type LiveAction, type NotPublished, type PublishResult } from './publish-action.js';
import type { SmokeTestRequest } from './smoke-runner.js';
import { swapInReplacement } from './swap-in-replacement.js';

export interface DraftPublisherDependencies {
  genesys: GenesysProvider;
  /** Runs one test on a draft and records its result. */
  smokeTest: (request: SmokeTestRequest) => Promise<SmokeTestResult>;
  /** Unique temporary and superseded names for replaces. */
  names: LifecycleNameBook;
  /** The integration a live action is in (a moved action's old integration differs from its new one) and its version as planned. */
  liveActionOf: (actionId: string) => LiveAction | undefined;
}

/** An update (or an adoption that writes) drafts from the live action itself: no new draft, so no leftover to look for. */
export function draftsFromLiveAction(change: ResourceChange): change is ResourceChange & { liveId: string } {
  return (change.action === 'update' || change.action === 'adopt') && change.liveId !== undefined;
}

/** `drafts`: the drafts in the apply's integrations, listed once, up front (early-draft-listing.ts), to find leftovers. */
export function createDraftPublisher(deps: DraftPublisherDependencies, drafts: readonly ListedDraft[]): ActionPublisher {
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
  if (draftsFromLiveAction(change)) {
    return publishIfSound(deps, change.address, action, await genesys.draftFromAction(change.liveId, action));
  }
  for (const leftover of leftoverDrafts(drafts, change, action, integrationId)) await genesys.deleteDraft(leftover.id);
  if (change.action !== 'replace' || change.liveId === undefined) {
    return publishIfSound(deps, change.address, action, await genesys.createDraft(action, integrationId));
  }
  return replaceThroughDraft(deps, change.address, action, integrationId, change.liveId);
}

/** Drafts of this action (under its name or a replacement's temporary name) that are not the live action's own draft. */
function leftoverDrafts(
  drafts: readonly ListedDraft[],
  change: ResourceChange,
  action: DesiredDataAction,
  integrationId: string,
): ListedDraft[] {
  return drafts.filter((candidate) => {
    if (candidate.integrationId !== integrationId || candidate.id === change.liveId) return false;
    if (candidate.name === action.name) return true;
    const lifecycle = parseLifecycleName(candidate.name);
    return lifecycle?.kind === 'replacement' && isLifecycleNameOf(lifecycle, candidate.name, action.name);
  });
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
 * so the new action is drafted, tested and published under a temporary name while the old one keeps
 * serving; then the two swap names (./swap-in-replacement.ts). The old action is never deleted here: the
 * caller retires it after the smoke tests, and only when no published flow uses it.
 */
async function replaceThroughDraft(
  deps: DraftPublisherDependencies,
  address: string,
  action: DesiredDataAction,
  integrationId: string,
  liveId: string,
): Promise<PublishResult> {
  const { genesys } = deps;
  const temporary = deps.names.reserve('replacement', action.name, integrationId);
  const draft = await genesys.createDraft({ ...action, name: temporary }, integrationId);
  const refusal = await checkDraft(deps, address, action, draft.id);
  if (refusal) return refusal;
  const replacement = await genesys.publishDraft(draft.id, draft.version);
  const live = deps.liveActionOf(liveId);
  const old = { id: liveId, integrationId: live?.integrationId ?? integrationId, ...(live ? { version: live.version } : {}) };
  return swapInReplacement(genesys, deps.names, { old, replacementId: replacement.id, name: action.name });
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
    if (result.callFailed)
      return notPublished(`draft ${draftId} left unpublished: test "${test.name}" could not run: ${result.failures.join('; ')}`);
    if (!result.passed) return notPublished(`draft ${draftId} left unpublished: test "${test.name}" failed: ${result.failures.join('; ')}`);
  }
  return undefined;
}
