/**
 * How a plan says what it adopts, in every renderer alike: "adopting 1 role,
 * 1 integration, 40 actions". A credential belongs to its integration in the
 * manifests (the Integration declares both), so it is named only when no
 * integration is adopted with it.
 */
import type { Plan, ResourceKind } from '../plan/types.js';
import { plural } from './markdown-text.js';

const KIND_WORDS: Record<ResourceKind, string> = { role: 'role', credential: 'credential', integration: 'integration', action: 'action' };

/** `adopting 1 role, 1 integration, 40 actions`, or `''` when the plan adopts nothing. */
export function adoptionPhrase(plan: Plan): string {
  const adopted = (kind: ResourceKind): number => plan.changes.filter((change) => change.action === 'adopt' && change.kind === kind).length;
  const kinds: ResourceKind[] = adopted('integration') > 0 ? ['role', 'integration', 'action'] : ['role', 'credential', 'action'];
  const parts = kinds.filter((kind) => adopted(kind) > 0).map((kind) => plural(adopted(kind), KIND_WORDS[kind]));
  return parts.length === 0 ? '' : `adopting ${parts.join(', ')}`;
}

/** Creates, updates, replaces and deletes: the changes besides adoptions. */
export function changeCount(plan: Plan): number {
  const s = plan.summary;
  return s.create + s.update + s.replace + s.delete;
}
