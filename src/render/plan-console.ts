/**
 * The plan as plain console lines (CLI and action log): Terraform-style
 * symbols, no colours (a shell may add them), every change and field.
 */
import { formatFieldPath } from '../plan/field-diff.js';
import type { FieldDiff, Plan, ResourceChange, RiskFlag } from '../plan/types.js';
import { actionSymbol, actionVerb, riskLabel } from './change-presentation.js';
import { cutAroundDifference, leafDifferences } from './value-difference.js';

const VALUE_WIDTH = 100;
/** At most this many leaf lines per changed field; the rest are counted. */
const MAX_LEAVES_PER_FIELD = 12;

function valueText(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}

/** `before → after`, each cut around where they first differ. */
function updateText(before: unknown, after: unknown): string {
  if (before === undefined || after === undefined) return `${valueText(before)} → ${valueText(after)}`;
  const [from, to] = cutAroundDifference(JSON.stringify(before), JSON.stringify(after), VALUE_WIDTH);
  return `${from} → ${to}`;
}

/** An updated structured field (a policy, a contract) as the leaves that differ inside it. */
function updateLines(field: FieldDiff): string[] {
  const forced = field.forcesReplace ? '  (forces replacement)' : '';
  const leaves = field.sensitive ? [] : leafDifferences(field.before, field.after);
  if (leaves.length <= 1 && (leaves[0]?.path.length ?? 0) === 0) {
    return [`      ~ ${formatFieldPath(field.path)}: ${updateText(field.before, field.after)}${forced}`];
  }
  const lines = leaves.slice(0, MAX_LEAVES_PER_FIELD).map((leaf) => {
    const path = formatFieldPath([...field.path, ...leaf.path]);
    if (leaf.before === undefined) return `      + ${path}: ${valueText(leaf.after)}${forced}`;
    if (leaf.after === undefined) return `      - ${path}: ${valueText(leaf.before)}${forced}`;
    return `      ~ ${path}: ${updateText(leaf.before, leaf.after)}${forced}`;
  });
  if (leaves.length > MAX_LEAVES_PER_FIELD)
    lines.push(`        (${leaves.length - MAX_LEAVES_PER_FIELD} more differences in ${formatFieldPath(field.path)})`);
  return lines;
}

function changeLines(change: ResourceChange): string[] {
  const risks = change.risks.length > 0 ? `  [${change.risks.map(riskLabel).join(', ')}]` : '';
  const lines = [`${actionSymbol(change.action).padStart(3)} ${change.address} (${actionVerb(change.action)})${risks}`];
  if (change.action === 'update' || change.action === 'replace') {
    for (const field of change.fields) {
      if (field.kind === 'update') {
        lines.push(...updateLines(field));
        continue;
      }
      const forced = field.forcesReplace ? '  (forces replacement)' : '';
      const symbol = field.kind === 'add' ? '+' : '-';
      lines.push(
        `      ${symbol} ${formatFieldPath(field.path)}: ${valueText(field.kind === 'add' ? field.after : field.before)}${forced}`,
      );
    }
  }
  lines.push(`      ${change.reason}`);
  for (const [risk, notes] of Object.entries(change.riskNotes ?? {})) {
    for (const note of notes) lines.push(`      ${riskLabel(risk as RiskFlag)}: ${note}`);
  }
  return lines;
}

/** Every changed resource, skipped deletes, non-passing checks, and a one-line total. */
export function renderPlanConsole(plan: Plan): string {
  const s = plan.summary;
  const lines: string[] = [];
  lines.push(
    `Plan for ${plan.environment}: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.noOp} unchanged.`,
  );
  for (const change of plan.changes) if (change.action !== 'no-op') lines.push(...changeLines(change));
  if (plan.skippedDeletes.length > 0) {
    lines.push('Kept because prune is off:');
    for (const skipped of plan.skippedDeletes) lines.push(`      ${skipped.address} (${skipped.liveId}): ${skipped.reason}`);
  }
  const notable = plan.checks.filter((check) => check.status !== 'pass');
  if (notable.length > 0) {
    lines.push('Checks:');
    for (const check of notable) lines.push(`  ${check.status.toUpperCase()} ${check.code} ${check.address}: ${check.message}`);
  }
  if (!s.hasChanges) lines.push('No changes. Live state matches the manifests.');
  lines.push(`Fingerprint ${plan.fingerprint}`);
  return `${lines.join('\n')}\n`;
}
