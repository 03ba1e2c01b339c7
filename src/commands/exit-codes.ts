/**
 * The CLI's exit codes. validate: 0 clean, 1 errors, 2 usage. plan: 0 no
 * changes, 2 changes, 1 error (like `terraform plan -detailed-exitcode`).
 * apply: 0 success, 1 failure. drift: 0 clean, 2 drift or failing smoke
 * tests, 1 error. Pure.
 */
import type { DriftReport } from '../drift/drift-report.js';
import type { Plan } from '../plan/types.js';
import type { Failure } from './failure.js';

export const EXIT_CODE = { success: 0, failure: 1, usage: 2, changes: 2 } as const;

export function planExitCode(plan: Plan): number {
  return plan.summary.hasChanges ? EXIT_CODE.changes : EXIT_CODE.success;
}

export function driftExitCode(report: DriftReport): number {
  return report.summary.clean ? EXIT_CODE.success : EXIT_CODE.changes;
}

export function failureExitCode(failure: Failure): number {
  return failure.isUsage ? EXIT_CODE.usage : EXIT_CODE.failure;
}
