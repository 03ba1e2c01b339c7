/**
 * What a person does in the Genesys Cloud UI, for tests and the demo: edit a
 * published data action in place (the UI saves a new published version) and
 * disable an integration. Each edit changes the org exactly as the UI would
 * and is recorded in the audit trail under that person's name, which is what
 * drift detection later reports as "who changed it".
 */
import type { Models } from 'purecloud-platform-client-v2';
import { recordAudit } from './audit-trail.js';
import type { SandboxSettings } from './route.js';
import type { SandboxState, StoredAction, StoredUser } from './sandbox-state.js';

/** The person the UI edits are made by when a test names nobody. */
export const DEFAULT_UI_USER: StoredUser = { id: '3f5d7a9c-1b2e-4c6d-8e0f-a1b2c3d4e5f6', name: 'Jane Doe' };

export interface UiConsole {
  /**
   * Edits the published action called `name` (in any integration): `edit`
   * changes a copy, which becomes the next published version. Returns it.
   */
  editAction(name: string, edit: (action: StoredAction) => void, user?: StoredUser): StoredAction;
  /** Disables the integration called `name`, as the UI's toggle does. */
  disableIntegration(name: string, user?: StoredUser): void;
}

/** Every leaf of a JSON value, by dotted path. */
function leaves(value: unknown, path: string, into: Map<string, string>): Map<string, string> {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, path === '' ? key : `${path}.${key}`, into);
  } else {
    into.set(path, JSON.stringify(value));
  }
  return into;
}

/** `PropertyChange`s between two versions, as the audit trail lists them. */
function propertyChanges(before: unknown, after: unknown): Models.PropertyChange[] {
  const old = leaves(before, '', new Map());
  const next = leaves(after, '', new Map());
  const paths = [...new Set([...old.keys(), ...next.keys()])].sort();
  return paths
    .filter((path) => old.get(path) !== next.get(path))
    .map((property) => ({
      property,
      oldValues: old.has(property) ? [String(old.get(property))] : [],
      newValues: next.has(property) ? [String(next.get(property))] : [],
    }));
}

function knownUser(state: SandboxState, user: StoredUser): StoredUser {
  if (!state.users.has(user.id)) state.users.set(user.id, { ...user });
  return user;
}

export function createUiConsole(state: SandboxState, settings: SandboxSettings): UiConsole {
  return {
    editAction(name, edit, user = DEFAULT_UI_USER) {
      const action = [...state.actions.values()].find((candidate) => candidate.name === name);
      if (action === undefined) throw new Error(`no published data action is called ${name}`);
      const edited = structuredClone(action);
      edit(edited);
      edited.id = action.id;
      edited.version = action.version + 1;
      state.actions.set(action.id, edited);
      const { id, name: editedName } = edited;
      recordAudit(state, settings, {
        actor: { user: { id: knownUser(state, user).id } },
        entityType: 'Action',
        entity: { id, name: editedName },
        action: 'Update',
        propertyChanges: propertyChanges({ name: action.name, config: action.config }, { name: editedName, config: edited.config }),
      });
      return edited;
    },
    disableIntegration(name, user = DEFAULT_UI_USER) {
      const integration = [...state.integrations.values()].find((candidate) => candidate.config.name === name);
      if (integration === undefined) throw new Error(`no integration is called ${name}`);
      integration.intendedState = 'DISABLED';
      integration.reportedState = 'INACTIVE';
      integration.settlesTo = 'INACTIVE';
      integration.transitionReadsLeft = 0;
      recordAudit(state, settings, {
        actor: { user: { id: knownUser(state, user).id } },
        entityType: 'Integration',
        entity: { id: integration.id, name },
        action: 'Disable',
        propertyChanges: [{ property: 'intendedState', oldValues: ['ENABLED'], newValues: ['DISABLED'] }],
      });
    },
  };
}
