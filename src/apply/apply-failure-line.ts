/**
 * The one line a failed apply ends with (the action's setFailed, the CLI's
 * last word): how many changes failed, and the first one with its reason, so
 * the annotation alone names the operation that broke. The reason is already
 * plain text when it came from a server (server-body-text.ts); it is still cut
 * to one line here, since it goes into an annotation. Pure.
 */
import type { ApplyReport } from './apply-report.js';

const MAX_REASON_CHARS = 300;

export function applyFailureLine(report: ApplyReport, whereListed: string): string {
  const failedSteps = report.steps.filter((step) => step.status === 'failed');
  const failedTests = report.smokeTests.filter((test) => !test.passed);
  const first = failedSteps[0];
  if (first === undefined) {
    const tests = failedTests.length > 0 ? `${failedTests.length} smoke test(s) failed` : 'it did not complete';
    return `Apply failed: ${tests}; ${whereListed} lists what was applied and what was not.`;
  }
  const more = failedSteps.length > 1 ? ` (and ${failedSteps.length - 1} more)` : '';
  const reason = oneLine(first.message ?? 'failed');
  return `Apply failed at ${first.action} ${first.address}${more}: ${reason}; ${whereListed} lists what was applied and what was not.`;
}

function oneLine(text: string): string {
  const line = text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length <= MAX_REASON_CHARS ? line : `${line.slice(0, MAX_REASON_CHARS - 1)}…`;
}
