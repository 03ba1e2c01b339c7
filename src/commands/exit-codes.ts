/**
 * The CLI's exit codes, one table for every command:
 * - 0 success (validate: clean; plan: no changes; apply: applied and every smoke test passed);
 * - 1 failure (validate: errors in the manifests; plan or apply: an error, a refused or failed apply);
 * - 2 plan: changes to make (like `terraform plan -detailed-exitcode`); drift: drift or failing smoke tests;
 * - 64 a usage error: unknown command, unknown or irrelevant flag, missing or bad flag value
 *   (EX_USAGE from sysexits.h, so it never collides with 2 = "changes").
 * Pure.
 */
import type { DriftReport } from '../drift/drift-report.js';
import type { Plan } from '../plan/types.js';
import type { Failure } from './failure.js';

export const EXIT_CODE = { success: 0, failure: 1, changes: 2, usage: 64 } as const;

export function planExitCode(plan: Plan): number {
  return plan.summary.hasChanges ? EXIT_CODE.changes : EXIT_CODE.success;
}

export function driftExitCode(report: DriftReport): number {
  return report.summary.clean ? EXIT_CODE.success : EXIT_CODE.changes;
}

export function failureExitCode(failure: Failure): number {
  return failure.isUsage ? EXIT_CODE.usage : EXIT_CODE.failure;
}
