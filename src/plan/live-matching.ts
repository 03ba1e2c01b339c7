/**
 * Which live resource each declared one is. Genesys lets several
 * integrations and credentials share a name, so matching must be
 * deterministic: the lowest id wins, and the others are left alone (and
 * reported). Data actions are matched by name inside their declared
 * integration; an action that is found under another declared integration,
 * where it is no longer declared, has moved (see {@link matchLiveActions}).
 * Actions carrying a name this tool gives during a replace
 * (model/action-lifecycle-names.ts) are never matched by that name: a
 * replacement stands in for its declared action when the real name has no
 * live action (an apply stopped between the two renames), and every other one
 * is retired (see kinds/retired-actions.ts).
 */
import { isLifecycleNameOf, parseLifecycleName, type LifecycleName } from '../model/action-lifecycle-names.js';
import type { DesiredDataAction, DesiredState } from '../model/desired-state.js';
import type { ObservedCredential, ObservedDataAction, ObservedIntegration, ObservedState } from '../model/observed-state.js';
import { sortedBy } from './sorted-by.js';

/** The name an integration is matched by: its config name, else its name. */
export function integrationNameOf(integration: ObservedIntegration): string {
  return integration.config.name || integration.name;
}

/** One live integration per declared name (the lowest id when duplicates exist). */
export function matchIntegrations(desired: DesiredState, observed: ObservedState): Map<string, ObservedIntegration> {
  const declared = new Set(desired.integrations.map((integration) => integration.name));
  const matched = new Map<string, ObservedIntegration>();
  for (const integration of sortedBy(observed.integrations, (candidate) => candidate.id)) {
    const name = integrationNameOf(integration);
    if (declared.has(name) && !matched.has(name)) matched.set(name, integration);
  }
  return matched;
}

/** One live credential per name (the lowest id when duplicates exist). */
export function matchCredentials(observed: ObservedState): Map<string, ObservedCredential> {
  const matched = new Map<string, ObservedCredential>();
  for (const credential of sortedBy(observed.credentials, (candidate) => candidate.id)) {
    if (!matched.has(credential.name)) matched.set(credential.name, credential);
  }
  return matched;
}

/** The live action a declared action updates; `movedFrom` names the integration it leaves. */
export interface LiveActionMatch {
  action: DesiredDataAction;
  live: ObservedDataAction | undefined;
  movedFrom: string | undefined;
  /** Set when `live` is a published replacement still under its temporary name: the name it carries now. */
  renamedFrom?: string;
}

/** An owned live action under a lifecycle name that no declared action stands on. */
export interface RetiredLiveAction {
  live: ObservedDataAction;
  integrationName: string;
  lifecycle: LifecycleName;
}

/** A live action in a declared integration that no declared action matched. */
export interface UnmatchedLiveAction {
  live: ObservedDataAction;
  /** Name of the declared integration it belongs to. */
  integrationName: string;
}

/**
 * Matches declared actions, in the given order, to live actions of the
 * matched integrations; each live action is used at most once (lowest id
 * first). An action found under another declared integration that no longer
 * declares it is a move: Genesys cannot change an action's integration, so it
 * becomes a replace of that live action rather than a create plus a delete.
 */
export function matchLiveActions(
  actions: readonly DesiredDataAction[],
  observed: ObservedState,
  liveIntegrations: ReadonlyMap<string, ObservedIntegration>,
): { matches: LiveActionMatch[]; unmatched: UnmatchedLiveAction[]; retired: RetiredLiveAction[] } {
  const integrationNameById = new Map<string, string>();
  for (const [name, integration] of liveIntegrations) integrationNameById.set(integration.id, name);
  const inDeclared = sortedBy(observed.dataActions, (action) => action.id).filter((action) =>
    integrationNameById.has(action.integrationId),
  );
  const declared = new Set(actions.map((action) => declaredKey(action.integrationName, action.name)));
  // The bare ` (replacement)` of earlier versions is ordinary English: it counts as this tool's only
  // next to the declared action it was made for. Timestamped names are unambiguous.
  const isLifecycleNamed = (action: ObservedDataAction): boolean => {
    const lifecycle = parseLifecycleName(action.name);
    if (lifecycle === undefined) return false;
    return lifecycle.at !== undefined || declared.has(declaredKey(integrationNameById.get(action.integrationId) ?? '', lifecycle.baseName));
  };
  const owned = inDeclared.filter((action) => !isLifecycleNamed(action));
  const lifecycleNamed = inDeclared.filter(isLifecycleNamed);
  const consumed = new Set<string>();
  const available = (candidate: ObservedDataAction): boolean => !consumed.has(candidate.id);
  const matches = actions.map((action): LiveActionMatch => {
    const integrationId = liveIntegrations.get(action.integrationName)?.id;
    let live = owned.find(
      (candidate) => available(candidate) && candidate.integrationId === integrationId && candidate.name === action.name,
    );
    let movedFrom: string | undefined;
    if (live === undefined) {
      const replacement = latestReplacementOf(action, integrationId, lifecycleNamed);
      if (replacement !== undefined) {
        consumed.add(replacement.id);
        return { action, live: replacement, movedFrom: undefined, renamedFrom: replacement.name };
      }
    }
    if (live === undefined) {
      live = owned.find((candidate) => {
        const from = integrationNameById.get(candidate.integrationId) ?? '';
        return (
          available(candidate) &&
          candidate.name === action.name &&
          from !== action.integrationName &&
          !declared.has(declaredKey(from, candidate.name))
        );
      });
      if (live !== undefined) movedFrom = integrationNameById.get(live.integrationId);
    }
    if (live !== undefined) consumed.add(live.id);
    return { action, live, movedFrom };
  });
  const integrationNameOfAction = (live: ObservedDataAction): string => integrationNameById.get(live.integrationId) ?? live.integrationId;
  const unmatched = owned.filter(available).map((live) => ({ live, integrationName: integrationNameOfAction(live) }));
  const retired = lifecycleNamed
    .filter(available)
    .map((live) => ({ live, integrationName: integrationNameOfAction(live), lifecycle: parseLifecycleName(live.name) as LifecycleName }));
  return { matches, unmatched, retired };
}

/** The newest published replacement of `action` in its integration (by its time, then id), if any. */
function latestReplacementOf(
  action: DesiredDataAction,
  integrationId: string | undefined,
  lifecycleNamed: readonly ObservedDataAction[],
): ObservedDataAction | undefined {
  const replacements = lifecycleNamed.filter((candidate) => {
    const lifecycle = parseLifecycleName(candidate.name);
    return (
      candidate.integrationId === integrationId &&
      lifecycle?.kind === 'replacement' &&
      isLifecycleNameOf(lifecycle, candidate.name, action.name)
    );
  });
  return sortedBy(replacements, (candidate) => `${parseLifecycleName(candidate.name)?.at ?? ''}\u0000${candidate.id}`).at(-1);
}

function declaredKey(integrationName: string, actionName: string): string {
  return JSON.stringify([integrationName, actionName]);
}
