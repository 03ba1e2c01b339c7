/**
 * Which live resource each declared one is. Genesys lets several
 * integrations and credentials share a name, so matching must be
 * deterministic: the lowest id wins, and the others are left alone (and
 * reported). Data actions are matched by name inside their declared
 * integration; an action that is found under another declared integration,
 * where it is no longer declared, has moved (see {@link matchLiveActions}).
 */
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
): { matches: LiveActionMatch[]; unmatched: UnmatchedLiveAction[] } {
  const integrationNameById = new Map<string, string>();
  for (const [name, integration] of liveIntegrations) integrationNameById.set(integration.id, name);
  const owned = sortedBy(observed.dataActions, (action) => action.id).filter((action) => integrationNameById.has(action.integrationId));
  const declared = new Set(actions.map((action) => declaredKey(action.integrationName, action.name)));
  const consumed = new Set<string>();
  const available = (candidate: ObservedDataAction): boolean => !consumed.has(candidate.id);
  const matches = actions.map((action): LiveActionMatch => {
    const integrationId = liveIntegrations.get(action.integrationName)?.id;
    let live = owned.find(
      (candidate) => available(candidate) && candidate.integrationId === integrationId && candidate.name === action.name,
    );
    let movedFrom: string | undefined;
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
  const unmatched = owned
    .filter(available)
    .map((live) => ({ live, integrationName: integrationNameById.get(live.integrationId) ?? live.integrationId }));
  return { matches, unmatched };
}

function declaredKey(integrationName: string, actionName: string): string {
  return JSON.stringify([integrationName, actionName]);
}
