/**
 * The plan fingerprint: sha256 of the canonical JSON of everything the plan
 * was computed from. Apply recomputes it and refuses to act when it differs
 * from the one in the reviewed comment (desired or live state moved on).
 */
import { createHash } from 'node:crypto';
import type { DesiredState } from '../model/desired-state.js';
import { canonicalJson } from '../model/json.js';
import type { ObservedState } from '../model/observed-state.js';

/** `sha256:<hex>` of canonical desired + observed state and the prune flag. */
export function planFingerprint(desired: DesiredState, observed: ObservedState, prune: boolean): string {
  // Source locations are left out: moving a document within a file changes nothing that apply does.
  // Architect consumers are left out too: they move whenever anyone in the org publishes a flow,
  // which says nothing about the pull request, and apply never trusts them anyway (it reads an
  // action's consumers again right before it deletes it, and keeps it when they are unknown or
  // not empty). Including them would make every unrelated flow publish invalidate a reviewed plan.
  const { architect: _architect, ...liveResources } = observed;
  const hash = createHash('sha256')
    .update(canonicalJson({ desired: withoutSources(desired), observed: liveResources, prune }))
    .digest('hex');
  return `sha256:${hash}`;
}

function withoutSources(desired: DesiredState): unknown {
  const strip = <T extends { source: unknown }>(items: readonly T[]): Omit<T, 'source'>[] =>
    items.map(({ source: _source, ...rest }) => rest);
  return {
    environment: desired.environment,
    roles: strip(desired.roles),
    integrations: strip(desired.integrations),
    dataActions: strip(desired.dataActions),
  };
}
