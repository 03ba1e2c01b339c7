/**
 * Apply report → text: the console lines and the job-summary markdown.
 * Pure. Secure actions' data was redacted when the report was built.
 */
import type { ApplyReport, AppliedStep, SmokeTestResult } from '../apply/apply-report.js';

const STEP_SYMBOL: Record<AppliedStep['status'], string> = { applied: '✓', failed: '✗', 'not-applied': '·' };

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function smokeLine(test: SmokeTestResult): string {
  const verdict = test.passed ? 'passed' : 'FAILED';
  const retries = test.attempts > 1 ? `, ${test.attempts} attempts` : '';
  return `${test.passed ? '✓' : '✗'} ${test.address} [${test.endpoint}] "${test.testName}": ${verdict} (${test.elapsedMs} ms${retries})`;
}

/** Plain lines for the console. */
export function renderApplyConsole(report: ApplyReport): string {
  const lines = [`Apply to ${report.environment}: ${report.success ? 'succeeded' : 'FAILED'}`];
  for (const step of report.steps) {
    const id = step.liveId ? ` → ${step.liveId}` : '';
    const previous = step.previousId ? ` (replaced ${step.previousId})` : '';
    lines.push(`  ${STEP_SYMBOL[step.status]} ${step.action} ${step.address}: ${step.status}${id}${previous}${step.message ? ` — ${step.message}` : ''}`);
  }
  if (report.steps.length === 0) lines.push('  No changes to apply.');
  if (report.smokeTests.length > 0) {
    lines.push('Smoke tests:');
    for (const test of report.smokeTests) {
      lines.push(`  ${smokeLine(test)}`);
      for (const failure of test.failures) lines.push(`      ${failure}`);
    }
  }
  return lines.join('\n');
}

/** Markdown for the job summary (and the comment on the merged pull request). */
export function renderApplyMarkdown(report: ApplyReport, options: { runUrl?: string } = {}): string {
  const applied = report.steps.filter((step) => step.status === 'applied').length;
  const failed = report.steps.filter((step) => step.status === 'failed').length;
  const notApplied = report.steps.filter((step) => step.status === 'not-applied').length;
  const passed = report.smokeTests.filter((test) => test.passed).length;
  const lines = [
    `## genesys-lambda-gitops apply: \`${report.environment}\` ${report.success ? '✅ succeeded' : '❌ failed'}`,
    '',
    `| applied | failed | not applied | smoke tests passed |`,
    `|---:|---:|---:|---:|`,
    `| ${applied} | ${failed} | ${notApplied} | ${passed} / ${report.smokeTests.length} |`,
    '',
  ];
  if (options.runUrl) lines.push(`[Workflow run](${options.runUrl})`, '');
  if (report.steps.length > 0) {
    lines.push('### Changes', '', '| | change | resource | result | id |', '|---|---|---|---|---|');
    for (const step of report.steps) {
      const id = step.liveId ? `\`${step.liveId}\`${step.previousId ? ` (was \`${step.previousId}\`)` : ''}` : '';
      lines.push(`| ${STEP_SYMBOL[step.status]} | ${step.action} | \`${escapeCell(step.address)}\` | ${escapeCell(step.message ?? step.status)} | ${id} |`);
    }
    lines.push('');
  } else {
    lines.push('No changes to apply.', '');
  }
  if (report.smokeTests.length > 0) {
    lines.push('### Smoke tests', '', '| | action | test | endpoint | time | result |', '|---|---|---|---|---:|---|');
    for (const test of report.smokeTests) {
      const result = test.passed ? 'passed' : escapeCell(test.failures.join('; '));
      lines.push(`| ${test.passed ? '✅' : '❌'} | \`${escapeCell(test.address)}\` | ${escapeCell(test.testName)} | ${test.endpoint} | ${test.elapsedMs} ms | ${result} |`);
    }
    const traces = report.smokeTests.filter((test) => !test.passed && test.trace && test.trace.length > 0);
    for (const test of traces) {
      lines.push('', `<details><summary>Trace of ${escapeCell(test.address)} "${escapeCell(test.testName)}"</summary>`, '');
      for (const operation of test.trace ?? []) {
        lines.push(`- ${operation.success ? '✅' : '❌'} ${operation.step}. ${operation.name}${operation.error ? `: ${operation.error}` : ''}`);
      }
      lines.push('', '</details>');
    }
    lines.push('');
  }
  return lines.join('\n');
}
