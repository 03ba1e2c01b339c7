/**
 * Hands out the temporary and superseded names of a replace
 * (model/action-lifecycle-names.ts) so that each is unique in its
 * integration: Genesys may refuse two actions of one name there (the sandbox
 * does; ❓ in the reference), and two replaces of one action in the same
 * second must still get different names. It knows the names live before the
 * apply and every name it handed out since.
 */
import { uniqueLifecycleName, type LifecycleNameKind } from '../model/action-lifecycle-names.js';

export interface LifecycleNameBook {
  /** A fresh `<name> (<kind> <now>)` for an action of `integrationId`, never handed out before. */
  reserve(kind: LifecycleNameKind, name: string, integrationId: string): string;
}

export function createLifecycleNameBook(
  liveNames: readonly { name: string; integrationId: string }[],
  now: () => number,
): LifecycleNameBook {
  const taken = new Map<string, Set<string>>();
  const namesIn = (integrationId: string): Set<string> => {
    let names = taken.get(integrationId);
    if (names === undefined) {
      names = new Set();
      taken.set(integrationId, names);
    }
    return names;
  };
  for (const { name, integrationId } of liveNames) namesIn(integrationId).add(name);
  return {
    reserve(kind, name, integrationId) {
      const names = namesIn(integrationId);
      const reserved = uniqueLifecycleName(kind, name, now(), names);
      names.add(reserved);
      return reserved;
    },
  };
}
