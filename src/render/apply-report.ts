/**
 * Apply report → text: the console lines and the job-summary markdown.
 * Pure. Secure actions' data was redacted when the report was built.
 * In the markdown, every name, id and message (Genesys' operation errors included) goes through
 * markdown-text.ts: text from a server or a manifest is shown as plain text, never as markup.
 */
import type { ApplyReport, AppliedStep, SmokeTestResult } from '../apply/apply-report.js';
import { GITHUB_COMMENT_LIMIT } from './comment-limit.js';
import { consoleLine, consoleText } from './console-text.js';
import { escapeHtml, escapeMarkdownText, htmlText, inlineCode, truncateText } from './markdown-text.js';

const STEP_SYMBOL: Record<AppliedStep['status'], string> = { applied: '✓', failed: '✗', 'not-applied': '·' };

/** Room left for the marker line the action puts above the report in the merged pull request's comment. */
const MARKER_HEADROOM = 512;

/** Longest message (a Genesys error, a smoke-test failure) one cell or trace line shows. */
const MAX_MESSAGE_CHARS = 1_000;

export interface ApplyMarkdownOptions {
  runUrl?: string;
  /** Defaults to GitHub's comment limit, less room for a marker line. */
  maxChars?: number;
}

function smokeLine(test: SmokeTestResult): string {
  const verdict = test.passed ? 'passed' : 'FAILED';
  const retries = test.attempts > 1 ? `, ${test.attempts} attempts` : '';
  return consoleText(
    `${test.passed ? '✓' : '✗'} ${test.address} [${test.endpoint}] "${test.testName}": ${verdict} (${test.elapsedMs} ms${retries})`,
  );
}

/** Plain lines for the console. */
export function renderApplyConsole(report: ApplyReport): string {
  const lines = [`Apply to ${consoleText(report.environment)}: ${report.success ? 'succeeded' : 'FAILED'}`];
  for (const step of report.steps) {
    const id = step.liveId ? ` → ${consoleText(step.liveId)}` : '';
    const previous = step.previousId ? ` (replaced ${consoleText(step.previousId)})` : '';
    lines.push(
      `  ${STEP_SYMBOL[step.status]} ${step.action} ${consoleText(step.address)}: ${step.status}${id}${previous}${step.message ? ` — ${consoleText(step.message)}` : ''}`,
    );
  }
  if (report.steps.length === 0) lines.push('  No changes to apply.');
  if (report.smokeTests.length > 0) {
    lines.push('Smoke tests:');
    for (const test of report.smokeTests) {
      lines.push(`  ${smokeLine(test)}`);
      for (const failure of test.failures) lines.push(`      ${consoleText(failure)}`);
    }
  }
  return lines.map(consoleLine).join('\n');
}

/**
 * Markdown for the job summary (and the comment on the merged pull request), at most `maxChars` long:
 * failed tests' traces go first when it does not fit, then the rows that do not fit, with a notice.
 */
export function renderApplyMarkdown(report: ApplyReport, options: ApplyMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_LIMIT - MARKER_HEADROOM;
  const head = headerLines(report, options.runUrl);
  const full = [...head, ...changeLines(report), ...smokeTestLines(report, { traces: true })].join('\n');
  if (full.length <= maxChars) return full;
  const lines = [...head, ...changeLines(report), ...smokeTestLines(report, { traces: false })];
  lines.push("_Traces of failed smoke tests are left out to fit GitHub's comment limit; the workflow log has them._", '');
  return cutToLines(lines, maxChars);
}

function headerLines(report: ApplyReport, runUrl: string | undefined): string[] {
  const applied = report.steps.filter((step) => step.status === 'applied').length;
  const failed = report.steps.filter((step) => step.status === 'failed').length;
  const notApplied = report.steps.filter((step) => step.status === 'not-applied').length;
  const passed = report.smokeTests.filter((test) => test.passed).length;
  const lines = [
    `## genesys-lambda-gitops apply: ${inlineCode(report.environment)} ${report.success ? '✅ succeeded' : '❌ failed'}`,
    '',
    `| applied | failed | not applied | smoke tests passed |`,
    `|---:|---:|---:|---:|`,
    `| ${applied} | ${failed} | ${notApplied} | ${passed} / ${report.smokeTests.length} |`,
    '',
  ];
  if (runUrl) lines.push(`[Workflow run](${runUrl})`, '');
  return lines;
}

function changeLines(report: ApplyReport): string[] {
  if (report.steps.length === 0) return ['No changes to apply.', ''];
  const lines = ['### Changes', '', '| | change | resource | result | id |', '|---|---|---|---|---|'];
  for (const step of report.steps) {
    const id = step.liveId ? `${inlineCode(step.liveId)}${step.previousId ? ` (was ${inlineCode(step.previousId)})` : ''}` : '';
    lines.push(
      `| ${STEP_SYMBOL[step.status]} | ${step.action} | ${inlineCode(step.address)} | ${plainText(step.message ?? step.status)} | ${id} |`,
    );
  }
  lines.push('');
  return lines;
}

function smokeTestLines(report: ApplyReport, options: { traces: boolean }): string[] {
  if (report.smokeTests.length === 0) return [];
  const lines = ['### Smoke tests', '', '| | action | test | endpoint | time | result |', '|---|---|---|---|---:|---|'];
  for (const test of report.smokeTests) {
    const result = test.passed ? 'passed' : plainText(test.failures.join('; '));
    lines.push(
      `| ${test.passed ? '✅' : '❌'} | ${inlineCode(test.address)} | ${plainText(test.testName)} | ${test.endpoint} | ${test.elapsedMs} ms | ${result} |`,
    );
  }
  const traced = options.traces ? report.smokeTests.filter((test) => !test.passed && test.trace && test.trace.length > 0) : [];
  for (const test of traced) {
    lines.push('', `<details><summary>Trace of <code>${escapeHtml(test.address)}</code> "${htmlText(test.testName)}"</summary>`, '');
    for (const operation of test.trace ?? []) {
      const error = operation.error ? `: ${plainText(operation.error)}` : '';
      lines.push(`- ${operation.success ? '✅' : '❌'} ${operation.step}. ${plainText(operation.name)}${error}`);
    }
    lines.push('', '</details>');
  }
  lines.push('');
  return lines;
}

/** Server or manifest text as plain markdown text, bounded. */
function plainText(text: string): string {
  return escapeMarkdownText(truncateText(text, MAX_MESSAGE_CHARS));
}

/** The first lines that fit in `maxChars` with the notice that says how many were left out. */
function cutToLines(lines: readonly string[], maxChars: number): string {
  const kept: string[] = [];
  let length = 0;
  const noticeRoom = 200;
  for (const line of lines) {
    if (length + line.length + 1 > maxChars - noticeRoom) break;
    kept.push(line);
    length += line.length + 1;
  }
  const omitted = lines.length - kept.length;
  if (omitted === 0) return kept.join('\n');
  return [...kept, '', `_… ${omitted} more line(s) left out to fit GitHub's comment limit; the workflow log has the full report._`].join(
    '\n',
  );
}
