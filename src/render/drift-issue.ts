/**
 * A drift report as the environment's GitHub issue (title, body, closing
 * comment) and as the job summary. Pure: DriftReport in, text out.
 *
 * The body starts with the hidden marker the issue is found by and ends with
 * the hidden first-seen state (drift/first-seen.ts). It is budgeted like the
 * plan comment to stay under GitHub's 65,536 characters: the state line is
 * reserved first, then the most detailed layout that fits wins, dropping
 * unified diffs, then the per-resource details, then table rows (counted in
 * a notice that points at the job summary); a last-resort cut keeps the head.
 */
import type { DriftReport } from '../drift/drift-report.js';
import { problemsByAge } from '../drift/drift-report.js';
import { driftIssueMarkerLine } from '../drift/drift-issue-marker.js';
import { firstSeenStateLine } from '../drift/first-seen.js';
import { GITHUB_COMMENT_LIMIT } from './comment-limit.js';
import { consoleLine, consoleText as t } from './console-text.js';
import { FINDING_TABLE_HEAD, TEST_TABLE_HEAD, failedCheckLine, failedTestRow, findingDetails, findingRow } from './drift-details.js';
import { escapeMarkdownText, inlineCode, plural } from './markdown-text.js';

export interface DriftIssueOptions {
  /** The workflow run; its job summary holds the whole report. */
  runUrl?: string;
  /** Defaults to {@link GITHUB_COMMENT_LIMIT}. */
  maxChars?: number;
}

/** Room for the hidden first-seen line (about 300 problems; beyond, the newest restart their clock). */
const STATE_BUDGET = 16_000;

/** One layout, from the most detailed down. */
interface Layout {
  details: 'with-diffs' | 'tables' | 'none';
  /** Rows per table. */
  rows: number;
}

const LAYOUTS: readonly Layout[] = [
  { details: 'with-diffs', rows: Infinity },
  { details: 'tables', rows: Infinity },
  { details: 'none', rows: Infinity },
  { details: 'none', rows: 200 },
  { details: 'none', rows: 50 },
  { details: 'none', rows: 10 },
];

/** Stable while the kind of problem stays the same, so the issue list reads well and titles rarely change. */
export function renderDriftIssueTitle(report: DriftReport): string {
  const { drift, failedTests } = report.summary;
  const what = drift && failedTests > 0 ? 'drift and failing smoke tests' : drift ? 'drift from the manifests' : 'failing smoke tests';
  return `Genesys Lambda GitOps: ${what} in ${report.environment}`;
}

function headline(report: DriftReport): string {
  const { driftedResources, failedTests, failedChecks, clean } = report.summary;
  if (clean) return `### ✅ ${inlineCode(report.environment)} matches the manifests`;
  const parts: string[] = [];
  if (driftedResources > 0) parts.push(plural(driftedResources, 'resource differs', 'resources differ'));
  if (failedTests > 0) parts.push(plural(failedTests, 'smoke test fails', 'smoke tests fail'));
  if (failedChecks > 0) parts.push(plural(failedChecks, 'cross-system check fails', 'cross-system checks fail'));
  return `### ⚠️ ${inlineCode(report.environment)} has drifted: ${parts.join(', ')}`;
}

function introduction(report: DriftReport, options: DriftIssueOptions): string {
  const run = options.runUrl === undefined ? '' : ` ([workflow run](${options.runUrl}))`;
  return [
    `Checked ${report.checkedAt}${run}, read-only: nothing was changed in AWS or Genesys Cloud.`,
    'The manifests are the truth. To put live state back, run apply again (re-run the last apply, or merge any change);',
    'to keep what is live, change the manifests to match. This issue is updated on every drift run and closed when the environment is clean again.',
  ].join(' ');
}

function smokeLine(report: DriftReport, rows: number): string {
  const { testsRun, testsPassed } = report.summary;
  const skipped = report.skippedTests;
  const lines = [`Smoke tests of the published actions: ${testsPassed} of ${plural(testsRun, 'test')} passed.`];
  if (skipped.length > 0) {
    lines.push(`${plural(skipped.length, 'declared test')} could not run:`);
    for (const test of skipped.slice(0, rows)) {
      lines.push(`- ${inlineCode(test.address)} ${inlineCode(test.testName)}: ${escapeMarkdownText(test.reason)}`);
    }
    if (skipped.length > rows) lines.push(`- and ${skipped.length - rows} more`);
  }
  return lines.join('\n');
}

function table(title: string, head: readonly string[], rows: readonly string[], cap: number): { text: string; omitted: number } {
  if (rows.length === 0) return { text: '', omitted: 0 };
  const shown = rows.slice(0, cap);
  return { text: [title, '', ...head, ...shown].join('\n'), omitted: rows.length - shown.length };
}

function compose(sections: readonly string[]): string {
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** The report at one layout, and what that layout leaves out. */
function layoutText(report: DriftReport, layout: Layout, options: DriftIssueOptions & { pointToJobSummary: boolean }): string {
  const findings = table('#### Resources that differ from the manifests', FINDING_TABLE_HEAD, report.findings.map(findingRow), layout.rows);
  const tests = table('#### Failing smoke tests', TEST_TABLE_HEAD, report.failedTests.map(failedTestRow), layout.rows);
  const checkLines = report.failedChecks.slice(0, layout.rows).map(failedCheckLine);
  const checks = checkLines.length === 0 ? '' : ['#### Failed cross-system checks', '', ...checkLines].join('\n');
  const details =
    layout.details === 'none'
      ? []
      : report.findings.slice(0, layout.rows).map((finding) => findingDetails(finding, layout.details === 'with-diffs'));
  const omitted: string[] = [];
  if (layout.details !== 'with-diffs' && report.findings.some((finding) => finding.fields.length > 0)) omitted.push('unified diffs');
  if (layout.details === 'none' && report.findings.some((finding) => finding.fields.length > 0)) omitted.push('field-by-field tables');
  if (findings.omitted > 0) omitted.push(plural(findings.omitted, 'more drifted resource'));
  if (tests.omitted > 0) omitted.push(plural(tests.omitted, 'more failing test'));
  const omittedChecks = report.failedChecks.length - checkLines.length;
  if (omittedChecks > 0) omitted.push(plural(omittedChecks, 'more failed check'));
  return compose([
    headline(report),
    introduction(report, options),
    findings.text,
    ...details,
    tests.text,
    checks,
    smokeLine(report, layout.rows),
    omissionNotice(omitted, options),
    footer(report),
  ]);
}

function omissionNotice(omitted: readonly string[], options: DriftIssueOptions & { pointToJobSummary: boolean }): string {
  if (omitted.length === 0 || !options.pointToJobSummary) return '';
  const where = options.runUrl === undefined ? 'the job summary of the drift run' : `the [job summary](${options.runUrl})`;
  return `> [!NOTE]\n> To stay within GitHub's 65,536-character issue limit, this leaves out: ${omitted.join('; ')}. The whole report is in ${where}.`;
}

function footer(report: DriftReport): string {
  return `<sub>environment ${inlineCode(report.environment)} · fingerprint ${inlineCode(report.fingerprint)}</sub>`;
}

/** Cuts at a line boundary (tables and lists only at this level, so no block is left open) and says so. */
function cutToFit(text: string, maxChars: number, notice: string): string {
  let kept = '';
  for (const line of text.split('\n')) {
    const next = kept === '' ? line : `${kept}\n${line}`;
    if (next.length + notice.length > maxChars) break;
    kept = next;
  }
  return `${kept}\n${notice}`;
}

/** The issue body: marker line, the report at the most detailed layout that fits, the hidden first-seen state. */
export function renderDriftIssueBody(report: DriftReport, options: DriftIssueOptions = {}): string {
  const maxChars = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const marker = driftIssueMarkerLine(report.environment);
  const state = firstSeenStateLine(problemsByAge(report), Math.min(STATE_BUDGET, Math.floor(maxChars / 4)));
  const room = maxChars - marker.length - state.length - 2;
  let text = '';
  for (const layout of LAYOUTS) {
    text = layoutText(report, layout, { ...options, pointToJobSummary: true });
    if (text.length <= room) break;
  }
  if (text.length > room)
    text = cutToFit(
      text,
      room,
      '\n> [!NOTE]\n> The rest of this report did not fit in an issue; it is in the job summary of the drift run.\n',
    );
  return `${marker}\n${text}${state}`;
}

/** GitHub refuses a step summary larger than 1 MiB. */
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** The whole report for the job summary (no marker, no state): every detail that fits its 1 MiB. */
export function renderDriftSummary(report: DriftReport, options: { runUrl?: string; issue?: string; maxBytes?: number } = {}): string {
  const maxBytes = options.maxBytes ?? JOB_SUMMARY_LIMIT_BYTES;
  const issue = options.issue === undefined ? '' : `\n${options.issue}\n`;
  const room = maxBytes - Buffer.byteLength(issue, 'utf8');
  let text = '';
  for (const layout of LAYOUTS) {
    text = layoutText(report, layout, { ...options, pointToJobSummary: false });
    if (Buffer.byteLength(text, 'utf8') <= room) return `${text}${issue}`;
  }
  // Bytes are at most 4 per character: cutting to a quarter of the room always fits.
  const notice =
    '\n> [!NOTE]\n> The rest of this report did not fit in the job summary; `--out` of the CLI drift command writes all of it as JSON.\n';
  return `${cutToFit(text, Math.floor(room / 4), notice)}${issue}`;
}

/** The comment that closes the issue when the environment is clean again. */
export function renderDriftResolvedComment(report: DriftReport, options: { runUrl?: string } = {}): string {
  const run = options.runUrl === undefined ? '' : ` ([workflow run](${options.runUrl}))`;
  const { testsRun, testsPassed } = report.summary;
  return [
    `✅ ${inlineCode(report.environment)} matches the manifests again as of ${report.checkedAt}${run}:`,
    `every declared resource is as declared, nothing undeclared is left in the managed integrations, and ${testsPassed} of ${plural(testsRun, 'smoke test')} passed.`,
    'Closing; this issue is reopened if the environment drifts again.',
  ].join(' ');
}

/** Plain lines for the log and the CLI; every name and message through consoleText (`t`). */
export function renderDriftConsole(report: DriftReport): string {
  const { summary } = report;
  if (summary.clean) {
    return consoleLine(
      `Drift check of ${t(report.environment)} at ${t(report.checkedAt)}: clean (every resource matches; ${summary.testsPassed} of ${summary.testsRun} smoke tests passed).`,
    );
  }
  const lines = [
    `Drift check of ${t(report.environment)} at ${t(report.checkedAt)}: ${summary.driftedResources} resource(s) differ, ${summary.failedTests} smoke test(s) fail, ${summary.failedChecks} check(s) fail.`,
  ];
  for (const finding of report.findings) {
    const what =
      finding.category === 'changed' ? `changed (${finding.fields.map((field) => t(field.path.join('.'))).join(', ')})` : finding.category;
    const by = finding.changedBy?.status === 'found' ? `, last changed by ${t(finding.changedBy.by)} at ${t(finding.changedBy.at)}` : '';
    lines.push(`  ${t(finding.address)}: ${what}, first seen ${t(finding.firstSeen)}${by}`);
  }
  for (const test of report.failedTests) {
    lines.push(`  ${t(test.address)} /${t(test.endpoint)} "${t(test.testName)}": ${test.failures.map(t).join('; ')}`);
  }
  for (const check of report.failedChecks) lines.push(`  ${t(check.code)} ${t(check.address)}: ${t(check.message)}`);
  return lines.map(consoleLine).join('\n');
}
