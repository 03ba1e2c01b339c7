/**
 * The CLI's exit codes, one table for every command:
 * - 0 success (validate: clean; plan: no changes; apply: applied and every smoke test passed);
 * - 1 failure (validate: errors in the manifests; plan or apply: an error, a refused or failed apply; plan: a
 *   failed cross-system check, after the plan is printed and written: apply would refuse it, so CI must go red);
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
  if (plan.summary.failedChecks > 0) return EXIT_CODE.failure;
  return plan.summary.hasChanges ? EXIT_CODE.changes : EXIT_CODE.success;
}

export function driftExitCode(report: DriftReport): number {
  return report.summary.clean ? EXIT_CODE.success : EXIT_CODE.changes;
}

/** What a shell says after publishing a plan with failed checks; undefined when none failed. */
export function failedChecksMessage(plan: Plan): string | undefined {
  const failed = plan.checks.filter((check) => check.status === 'fail');
  if (failed.length === 0) return undefined;
  const codes = [...new Set(failed.map((check) => check.code))].join(', ');
  return `${failed.length} cross-system check(s) failed (${codes}): apply would refuse this plan and write nothing. Fix them first.`;
}

export function failureExitCode(failure: Failure): number {
  return failure.isUsage ? EXIT_CODE.usage : EXIT_CODE.failure;
}
