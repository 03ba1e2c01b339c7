/**
 * Display order of a plan: what can destroy something first (deletes, then
 * replaces), then everything else in dependency order, then by address.
 * Deletes among themselves run in reverse dependency order (actions before
 * the integration before the credential before the role), as apply must.
 */
import { assertNever } from '../model/assert-never.js';
import { compareText } from '../model/compare-text.js';
import { dependencyRank } from './resource-address.js';
import type { ChangeAction, ResourceChange } from './types.js';

function actionRank(action: ChangeAction): number {
  switch (action) {
    case 'delete':
      return 0;
    case 'replace':
      return 1;
    case 'create':
    case 'update':
    case 'adopt':
    case 'no-op':
      return 2;
    default:
      return assertNever(action, 'change action');
  }
}

/** Comparator implementing the order described above. */
export function compareChanges(a: ResourceChange, b: ResourceChange): number {
  const byAction = actionRank(a.action) - actionRank(b.action);
  if (byAction !== 0) return byAction;
  const byKind = a.action === 'delete' ? dependencyRank(b.kind) - dependencyRank(a.kind) : dependencyRank(a.kind) - dependencyRank(b.kind);
  if (byKind !== 0) return byKind;
  return compareText(a.address, b.address);
}
