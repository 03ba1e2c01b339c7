/** The plan's counts and flags, computed once in the model so that no renderer recounts. */
import type { CrossCheck, PlanSummary, ResourceChange, SkippedDelete } from './types.js';

export function summarizePlan(
  changes: readonly ResourceChange[],
  skippedDeletes: readonly SkippedDelete[],
  checks: readonly CrossCheck[],
): PlanSummary {
  const count = (action: ResourceChange['action']): number => changes.filter((change) => change.action === action).length;
  const anyRisk = (risk: ResourceChange['risks'][number]): boolean => changes.some((change) => change.risks.includes(risk));
  const summary: PlanSummary = {
    create: count('create'),
    update: count('update'),
    replace: count('replace'),
    delete: count('delete'),
    noOp: count('no-op'),
    adopt: count('adopt'),
    skippedDeletes: skippedDeletes.length,
    hasChanges: false,
    hasDeletes: false,
    permissionsBroadened: anyRisk('permissions-broadened'),
    breakingContract: anyRisk('breaking-contract'),
    drift: anyRisk('drift'),
    failedChecks: checks.filter((check) => check.status === 'fail').length,
  };
  // Adopting a resource is a change only when it writes something (the ownership tag, a differing field).
  const adoptionsThatWrite = changes.filter((change) => change.action === 'adopt' && change.fields.length > 0).length;
  summary.hasChanges = summary.create + summary.update + summary.replace + summary.delete + adoptionsThatWrite > 0;
  summary.hasDeletes = summary.delete + summary.replace > 0;
  return summary;
}
