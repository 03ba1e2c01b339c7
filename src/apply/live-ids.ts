/**
 * Live ids known so far, by resource name: what was observed, then what this
 * apply created. Later kinds find earlier ones here: a credential needs its
 * role's ARN, an integration its credential's id, an action its integration's id.
 */
import type { ObservedState } from '../model/observed-state.js';

export interface LiveIds {
  /** Role name → ARN. */
  readonly roleArns: Map<string, string>;
  /** Credential name → Genesys id. */
  readonly credentialIds: Map<string, string>;
  /** Integration name → Genesys id. */
  readonly integrationIds: Map<string, string>;
}

/** The ids of everything that exists before the apply. */
export function observedLiveIds(observed: ObservedState): LiveIds {
  return {
    roleArns: new Map(Object.values(observed.roles).map((role) => [role.name, role.arn])),
    credentialIds: new Map(observed.credentials.map((credential) => [credential.name, credential.id])),
    integrationIds: new Map(observed.integrations.map((integration) => [integration.name, integration.id])),
  };
}
