/**
 * Owned resources that are no longer declared: planned deletes when prune is
 * on, otherwise only listed (as skipped deletes) so a reviewer sees what
 * prune would remove.
 */
import { compareText } from '../model/compare-text.js';
import type { FieldRules } from './field-diff.js';
import { addRisk, compareResource } from './resource-change.js';
import type { ResourceChange, ResourceKind, SkippedDelete } from './types.js';

/** An owned, live, undeclared resource, and why it counts as ours to delete. */
export interface DeleteCandidate {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string;
  before: unknown;
  rules: FieldRules;
  why: string;
}

/** Deletes planned (prune on) or skipped (prune off); skipped deletes are ordered by address. */
export function planDeletes(
  candidates: readonly DeleteCandidate[],
  prune: boolean,
): { changes: ResourceChange[]; skippedDeletes: SkippedDelete[] } {
  if (!prune) {
    const skippedDeletes = candidates.map(skippedDelete).sort((a, b) => compareText(a.address, b.address));
    return { changes: [], skippedDeletes };
  }
  return { changes: candidates.map(plannedDelete), skippedDeletes: [] };
}

function plannedDelete(candidate: DeleteCandidate): ResourceChange {
  const { address, kind, name, liveId, before, rules } = candidate;
  const change = compareResource({ address, kind, name, liveId, before, after: null, rules, source: undefined });
  if (kind === 'action') addRisk(change, 'repoint-flows', ['Architect flows that still call this data action will fail.']);
  change.reason = candidate.why;
  return change;
}

function skippedDelete(candidate: DeleteCandidate): SkippedDelete {
  const { address, kind, name, liveId } = candidate;
  return { address, kind, name, liveId, reason: `would delete, prune is off: ${candidate.why}` };
}
