/**
 * The plan as plain console lines (CLI and action log): Terraform-style
 * symbols, no colours (a shell may add them), every change and field.
 */
import { formatFieldPath } from '../plan/field-diff.js';
import type { Plan, ResourceChange, RiskFlag } from '../plan/types.js';
import { adoptionPhrase } from './adoption-phrase.js';
import { actionSymbol, actionVerb, riskLabel } from './change-presentation.js';

function valueText(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

function changeLines(change: ResourceChange): string[] {
  const risks = change.risks.length > 0 ? `  [${change.risks.map(riskLabel).join(', ')}]` : '';
  const lines = [`${actionSymbol(change.action).padStart(3)} ${change.address} (${actionVerb(change.action)})${risks}`];
  if (change.action === 'update' || change.action === 'replace' || change.action === 'adopt') {
    for (const field of change.fields) {
      const symbol = field.kind === 'add' ? '+' : field.kind === 'remove' ? '-' : '~';
      const path = formatFieldPath(field.path);
      const forced = field.forcesReplace ? '  (forces replacement)' : '';
      const detail =
        field.kind === 'add'
          ? valueText(field.after)
          : field.kind === 'remove'
            ? valueText(field.before)
            : `${valueText(field.before)} → ${valueText(field.after)}`;
      lines.push(`      ${symbol} ${path}: ${detail}${forced}`);
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
  const adopting = adoptionPhrase(plan);
  lines.push(
    `Plan for ${plan.environment}: ${adopting === '' ? '' : `${adopting}; `}${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.noOp} unchanged.`,
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
