/**
 * The parts of a drift report that every drift renderer shares: one table
 * row per drifted resource or failing test, and the `<details>` block that
 * shows, field by field, how a changed resource differs (live against the
 * manifest, with unified diffs for long values). Text from servers (names,
 * Genesys' error text, who changed it) is always plain text here. Pure.
 */
import type { ChangeAttribution } from '../drift/change-attribution.js';
import { AUDIT_LOOKBACK_DAYS } from '../drift/change-attribution.js';
import type { DriftFinding, FailedCheck, FailedSmokeTest } from '../drift/drift-report.js';
import { assertNever } from '../model/assert-never.js';
import { sortKeysDeep } from '../model/json.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import { formatFieldPath } from '../plan/field-diff.js';
import type { FieldDiff } from '../plan/types.js';
import { riskLabel } from './change-presentation.js';
import { codeFence, escapeHtml, escapeMarkdownText, inlineCode, truncateText } from './markdown-text.js';
import { unifiedDiff } from './unified-diff.js';

const MAX_CELL_CHARS = 120;
const MAX_FIELDS_NAMED = 5;
const MAX_DIFF_LINES = 120;
const MAX_FAILURE_CHARS = 400;

function isBlockValue(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\n');
  return value !== null && typeof value === 'object' && JSON.stringify(value).length > 60;
}

function blockText(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(sortKeysDeep(value), null, 2);
}

function cell(field: FieldDiff, value: unknown): string {
  if (value === undefined) return '';
  if (field.sensitive) return `*${SENSITIVE_PLACEHOLDER}*`;
  if (isBlockValue(value)) return '*(see diff)*';
  return inlineCode(truncateText(typeof value === 'string' ? value : JSON.stringify(sortKeysDeep(value)), MAX_CELL_CHARS));
}

/** What the resource's row says differs. */
export function driftDescription(finding: DriftFinding): string {
  switch (finding.category) {
    case 'changed': {
      const named = finding.fields.slice(0, MAX_FIELDS_NAMED).map((field) => inlineCode(formatFieldPath(field.path)));
      const more = finding.fields.length - named.length;
      return `changed: ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
    }
    case 'missing':
      return 'missing: declared, does not exist';
    case 'unmanaged':
      return `unmanaged: ${escapeMarkdownText(finding.whyOwned ?? 'owned and not declared')}`;
    default:
      return assertNever(finding.category, 'drift category');
  }
}

/** The "changed by" cell; plain text, since names come from the server. */
export function attributionText(attribution: ChangeAttribution | undefined): string {
  if (attribution === undefined) return 'not tracked here (AWS: see CloudTrail)';
  switch (attribution.status) {
    case 'found':
      return `${escapeMarkdownText(attribution.by)} at ${escapeMarkdownText(attribution.at.replace(/\.\d+Z$/, 'Z'))} (${escapeMarkdownText(attribution.action)})`;
    case 'none':
      return `not in the audit trail (last ${AUDIT_LOOKBACK_DAYS} days)`;
    case 'unavailable':
      return `not available: ${escapeMarkdownText(attribution.reason)}`;
    default:
      return assertNever(attribution, 'change attribution');
  }
}

export const FINDING_TABLE_HEAD = ['| Resource | Drift | First seen | Changed by |', '|---|---|---|---|'];

export function findingRow(finding: DriftFinding): string {
  return `| ${inlineCode(finding.address)} | ${driftDescription(finding)} | ${finding.firstSeen} | ${attributionText(finding.changedBy)} |`;
}

export const TEST_TABLE_HEAD = ['| Action | Test | Endpoint | Failure | First seen |', '|---|---|---|---|---|'];

export function failedTestRow(test: FailedSmokeTest): string {
  const failure = escapeMarkdownText(truncateText(test.failures.join('; '), MAX_FAILURE_CHARS));
  return `| ${inlineCode(test.address)} | ${inlineCode(test.testName)} | ${inlineCode(`/${test.endpoint}`)} | ${failure} | ${test.firstSeen} |`;
}

export function failedCheckLine(check: FailedCheck): string {
  return `- ❌ ${inlineCode(check.code)} ${inlineCode(check.address)}: ${escapeMarkdownText(check.message)} (first seen ${check.firstSeen})`;
}

function valueAt(shape: unknown, path: readonly (string | number)[]): unknown {
  let current = shape;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function diffOf(finding: DriftFinding, field: FieldDiff): string | undefined {
  if (field.sensitive) return undefined;
  const live = valueAt(finding.live, field.path);
  const declared = valueAt(finding.declared, field.path);
  if (!isBlockValue(live) && !isBlockValue(declared)) return undefined;
  const label = formatFieldPath(field.path);
  const lines = unifiedDiff(blockText(live), blockText(declared), { fromLabel: `${label} (live)`, toLabel: `${label} (manifest)` }).split(
    '\n',
  );
  const shown =
    lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `… ${lines.length - MAX_DIFF_LINES} more diff lines`] : lines;
  return shown.join('\n');
}

/** How one changed resource differs, field by field (with diffs when `withDiffs`); empty for other categories. */
export function findingDetails(finding: DriftFinding, withDiffs: boolean): string {
  if (finding.category !== 'changed' || finding.fields.length === 0) return '';
  const rows = finding.fields.map(
    (field) => `| ${inlineCode(formatFieldPath(field.path))} | ${cell(field, field.before)} | ${cell(field, field.after)} |`,
  );
  const parts = [['| Field | Live | Manifest |', '|---|---|---|', ...rows].join('\n')];
  const consequences = [
    ...finding.replaceReasons.map((reason) => `- replaces it (a new id): ${escapeMarkdownText(reason)}`),
    ...finding.applyRisks.map(({ risk, note }) => `- ${riskLabel(risk)}: ${escapeMarkdownText(note)}`),
  ];
  if (consequences.length > 0) parts.push(`Putting the manifests back:\n${consequences.join('\n')}`);
  if (finding.liveId !== undefined) parts.push(`Live id: ${inlineCode(finding.liveId)}`);
  if (finding.source !== undefined) parts.push(`Declared in ${inlineCode(`${finding.source.file}:${finding.source.line}`)}`);
  if (withDiffs) {
    for (const field of finding.fields) {
      const diff = diffOf(finding, field);
      if (diff !== undefined && diff !== '') parts.push(codeFence(diff, 'diff'));
    }
  }
  const summary = `<summary><code>${escapeHtml(finding.address)}</code>: how it differs</summary>`;
  return `<details>\n${summary}\n\n${parts.join('\n\n')}\n\n</details>`;
}
