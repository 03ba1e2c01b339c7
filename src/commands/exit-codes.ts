/**
 * The CLI's exit codes. validate: 0 clean, 1 errors, 2 usage. plan: 0 no
 * changes, 2 changes (like `terraform plan -detailed-exitcode`), 1 error or
 * a failed cross-system check (the plan is still printed and written first:
 * a failed check is what apply would refuse, so CI must go red). apply: 0
 * success, 1 failure. Pure.
 */
import type { Plan } from '../plan/types.js';
import type { Failure } from './failure.js';

export const EXIT_CODE = { success: 0, failure: 1, usage: 2, changes: 2 } as const;

export function planExitCode(plan: Plan): number {
  if (plan.summary.failedChecks > 0) return EXIT_CODE.failure;
  return plan.summary.hasChanges ? EXIT_CODE.changes : EXIT_CODE.success;
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
