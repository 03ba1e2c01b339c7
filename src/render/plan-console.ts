/**
 * The plan as console lines (CLI and action log): Terraform-style symbols,
 * every change and field. Plain unless the shell passes a colouring style
 * (the CLI does on a terminal, src/cli/colour.ts). Every name, value and
 * message from a server or a manifest goes through consoleText (`t`): one
 * line, controls visible, no workflow command.
 */
import { formatFieldPath } from '../plan/field-diff.js';
import type { ActionConsumer, FieldDiff, Plan, ResourceChange, RiskFlag } from '../plan/types.js';
import { adoptionPhrase } from './adoption-phrase.js';
import { actionSymbol, actionVerb, riskLabel } from './change-presentation.js';
import { PLAIN_STYLE, type ConsoleStyle } from './console-style.js';
import { consoleLine, consoleText as t } from './console-text.js';
import { cutAroundDifference, leafDifferences } from './value-difference.js';

const VALUE_WIDTH = 100;
/** At most this many leaf lines per changed field; the rest are counted. */
const MAX_LEAVES_PER_FIELD = 12;

function valueText(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = t(JSON.stringify(value));
  return text.length > VALUE_WIDTH ? `${text.slice(0, VALUE_WIDTH - 1)}…` : text;
}

/** `before → after`, each cut around where they first differ. */
function updateText(before: unknown, after: unknown): string {
  if (before === undefined || after === undefined) return `${valueText(before)} → ${valueText(after)}`;
  const [from, to] = cutAroundDifference(JSON.stringify(before), JSON.stringify(after), VALUE_WIDTH);
  return `${t(from)} → ${t(to)}`;
}

/** An updated structured field (a policy, a contract) as the leaves that differ inside it. */
function updateLines(field: FieldDiff, style: ConsoleStyle): string[] {
  const forced = field.forcesReplace ? '  (forces replacement)' : '';
  const leaves = field.sensitive ? [] : leafDifferences(field.before, field.after);
  if (leaves.length <= 1 && (leaves[0]?.path.length ?? 0) === 0) {
    return [`      ${style.changed('~')} ${t(formatFieldPath(field.path))}: ${updateText(field.before, field.after)}${forced}`];
  }
  const lines = leaves.slice(0, MAX_LEAVES_PER_FIELD).map((leaf) => {
    const path = t(formatFieldPath([...field.path, ...leaf.path]));
    if (leaf.before === undefined) return `      ${style.added('+')} ${path}: ${valueText(leaf.after)}${forced}`;
    if (leaf.after === undefined) return `      ${style.removed('-')} ${path}: ${valueText(leaf.before)}${forced}`;
    return `      ${style.changed('~')} ${path}: ${updateText(leaf.before, leaf.after)}${forced}`;
  });
  if (leaves.length > MAX_LEAVES_PER_FIELD)
    lines.push(`        (${leaves.length - MAX_LEAVES_PER_FIELD} more differences in ${t(formatFieldPath(field.path))})`);
  return lines;
}

/** The colour of a change's symbol: additions green, removals and replacements red, updates yellow. */
function actionColour(action: ResourceChange['action'], style: ConsoleStyle): (text: string) => string {
  if (action === 'create') return style.added;
  if (action === 'delete' || action === 'replace') return style.removed;
  return style.changed;
}

function fieldLines(field: FieldDiff, style: ConsoleStyle): string[] {
  if (field.kind === 'update') return updateLines(field, style);
  const forced = field.forcesReplace ? '  (forces replacement)' : '';
  const symbol = field.kind === 'add' ? style.added('+') : style.removed('-');
  return [`      ${symbol} ${t(formatFieldPath(field.path))}: ${valueText(field.kind === 'add' ? field.after : field.before)}${forced}`];
}

function changeLines(change: ResourceChange, style: ConsoleStyle): string[] {
  const risks = change.risks.length > 0 ? `  [${change.risks.map(riskLabel).join(', ')}]` : '';
  const symbol = actionColour(change.action, style)(actionSymbol(change.action).padStart(3));
  const lines = [`${symbol} ${style.bold(t(change.address))} (${actionVerb(change.action)})${risks}`];
  if (change.action === 'update' || change.action === 'replace' || change.action === 'adopt') {
    for (const field of change.fields) lines.push(...fieldLines(field, style));
  }
  lines.push(`      ${t(change.reason)}`);
  for (const [risk, notes] of Object.entries(change.riskNotes ?? {})) {
    for (const note of notes) lines.push(`      ${riskLabel(risk as RiskFlag)}: ${t(note)}`);
  }
  lines.push(...consumerLines(change));
  return lines;
}

function consumerText(consumer: ActionConsumer): string {
  return `${t(consumer.name)} (${t(consumer.type)}${consumer.version === null ? '' : `, version ${t(consumer.version)}`})`;
}

/** The flows that call the action's id, or why they are unknown. */
function consumerLines(item: { consumers?: ActionConsumer[]; consumersUnknown?: string }): string[] {
  if (item.consumersUnknown !== undefined) return [`      could not check Architect consumers: ${t(item.consumersUnknown)}`];
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
      `Plan for ${t(plan.environment)}: ${adopting === '' ? '' : `${adopting}; `}${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete, ${s.noOp} unchanged.`,
    ),
  );
  for (const change of plan.changes) if (change.action !== 'no-op') lines.push(...changeLines(change, style));
  const flows = s.consumingFlows ?? 0;
  if (flows > 0) lines.push(`${flows} published flow(s) use actions this change replaces or deletes.`);
  if (plan.skippedDeletes.length > 0) {
    lines.push('Kept because prune is off:');
    for (const skipped of plan.skippedDeletes) {
      lines.push(`      ${t(skipped.address)} (${t(skipped.liveId)}): ${t(skipped.reason)}`, ...consumerLines(skipped));
    }
  }
  const superseded = plan.superseded ?? [];
  if (superseded.length > 0) {
    lines.push('Superseded actions:');
    for (const item of superseded) {
      lines.push(`      ${t(item.address)} (${t(item.liveId)}): ${item.disposition === 'delete' ? 'deleted' : 'kept'}: ${t(item.reason)}`);
      if (item.consumersUnknown === undefined) lines.push(...consumerLines(item));
    }
  }
  const notable = plan.checks.filter((check) => check.status !== 'pass');
  if (notable.length > 0) {
    lines.push('Checks:');
    for (const check of notable) {
      const status = check.status === 'fail' ? style.removed('FAIL') : style.changed(check.status.toUpperCase());
      lines.push(`  ${status} ${t(check.code)} ${t(check.address)}: ${t(check.message)}`);
    }
  }
  if (!s.hasChanges) lines.push('No changes. Live state matches the manifests.');
  lines.push(`Fingerprint ${plan.fingerprint}`);
  return `${lines.map(consoleLine).join('\n')}\n`;
}
