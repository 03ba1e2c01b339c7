/**
 * The plan as console lines (CLI and action log): Terraform-style symbols,
 * every change and field. Plain unless the shell passes a colouring style
 * (the CLI does on a terminal, src/cli/colour.ts).
 */
import { formatFieldPath } from '../plan/field-diff.js';
import type { ActionConsumer, Plan, ResourceChange, RiskFlag } from '../plan/types.js';
import { adoptionPhrase } from './adoption-phrase.js';
import { actionSymbol, actionVerb, riskLabel } from './change-presentation.js';
import { PLAIN_STYLE, type ConsoleStyle } from './console-style.js';

function valueText(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** The colour of a change's symbol: additions green, removals and replacements red, updates yellow. */
function actionColour(action: ResourceChange['action'], style: ConsoleStyle): (text: string) => string {
  if (action === 'create') return style.added;
  if (action === 'delete' || action === 'replace') return style.removed;
  return style.changed;
}

function changeLines(change: ResourceChange, style: ConsoleStyle): string[] {
  const risks = change.risks.length > 0 ? `  [${change.risks.map(riskLabel).join(', ')}]` : '';
  const symbol = actionColour(change.action, style)(actionSymbol(change.action).padStart(3));
  const lines = [`${symbol} ${style.bold(change.address)} (${actionVerb(change.action)})${risks}`];
  if (change.action === 'update' || change.action === 'replace' || change.action === 'adopt') {
    for (const field of change.fields) {
      const symbol = field.kind === 'add' ? style.added('+') : field.kind === 'remove' ? style.removed('-') : style.changed('~');
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
  lines.push(...consumerLines(change));
  return lines;
}

function consumerText(consumer: ActionConsumer): string {
  return `${consumer.name} (${consumer.type}${consumer.version === null ? '' : `, version ${consumer.version}`})`;
}

/** The flows that call the action's id, or why they are unknown. */
function consumerLines(item: { consumers?: ActionConsumer[]; consumersUnknown?: string }): string[] {
  if (item.consumersUnknown !== undefined) return [`      could not check Architect consumers: ${item.consumersUnknown}`];
  if (item.consumers === undefined || item.consumers.length === 0) return [];
  return [
    `      used by ${item.consumers.length} published flow(s):`,
    ...item.consumers.map((consumer) => `        ${consumerText(consumer)}`),
  ];
}

/** Every changed resource, skipped deletes, non-passing checks, and a one-line total. */
export function renderPlanConsole(plan: Plan, style: ConsoleStyle = PLAIN_STYLE): string {
  const s = plan.summary;
  const lines: string[] = [];
  const adopting = adoptionPhrase(plan);
  lines.push(
    style.bold(
      `Plan for ${plan.environment}: ${adopting === '' ? '' : `${adopting}; `}${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.noOp} unchanged.`,
    ),
  );
  for (const change of plan.changes) if (change.action !== 'no-op') lines.push(...changeLines(change, style));
  const flows = s.consumingFlows ?? 0;
  if (flows > 0) lines.push(`${flows} published flow(s) use actions this change replaces or deletes.`);
  if (plan.skippedDeletes.length > 0) {
    lines.push('Kept because prune is off:');
    for (const skipped of plan.skippedDeletes) {
      lines.push(`      ${skipped.address} (${skipped.liveId}): ${skipped.reason}`, ...consumerLines(skipped));
    }
  }
  const superseded = plan.superseded ?? [];
  if (superseded.length > 0) {
    lines.push('Superseded actions:');
    for (const item of superseded) {
      lines.push(`      ${item.address} (${item.liveId}): ${item.disposition === 'delete' ? 'deleted' : 'kept'}: ${item.reason}`);
      if (item.consumersUnknown === undefined) lines.push(...consumerLines(item));
    }
  }
  const notable = plan.checks.filter((check) => check.status !== 'pass');
  if (notable.length > 0) {
    lines.push('Checks:');
    for (const check of notable) {
      const status = check.status === 'fail' ? style.removed('FAIL') : style.changed(check.status.toUpperCase());
      lines.push(`  ${status} ${check.code} ${check.address}: ${check.message}`);
    }
  }
  if (!s.hasChanges) lines.push('No changes. Live state matches the manifests.');
  lines.push(`Fingerprint ${plan.fingerprint}`);
  return `${lines.join('\n')}\n`;
}
