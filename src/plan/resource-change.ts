/**
 * One resource's {@link ResourceChange} from its before/after shapes: the
 * field diff, the action it implies, redaction, and the risk and reason
 * bookkeeping every kind shares. The per-kind planners add what only they
 * know (why a replace is needed, what broadens, what drifted).
 */
import { diffFields, formatFieldPath, redactShape } from './field-diff.js';
import type { FieldRules } from './field-diff.js';
import type { ChangeAction, FieldDiff, ResourceChange, ResourceKind, RiskFlag } from './types.js';

/** Everything {@link compareResource} needs; `before`/`after` are `null` for a missing side. */
export interface ResourceComparison {
  address: string;
  kind: ResourceKind;
  name: string;
  liveId: string | undefined;
  before: unknown;
  after: unknown;
  rules: FieldRules;
  source: ResourceChange['source'] | undefined;
  /** Differences that are not differences (e.g. a value Genesys does not return). */
  ignoreFields?: (diff: FieldDiff) => boolean;
}

/** Builds one change from before/after shapes; the caller adds risks and reasons. */
export function compareResource(input: ResourceComparison): ResourceChange {
  const fields = diffFields(input.before, input.after, input.rules).filter((diff) => !(input.ignoreFields?.(diff) ?? false));
  // "Cannot change in place" means nothing for a resource that is created or deleted as a whole.
  if (input.before === null || input.after === null) for (const field of fields) field.forcesReplace = false;
  const action = actionFor(input.before, input.after, fields);
  const change: ResourceChange = {
    address: input.address,
    kind: input.kind,
    name: input.name,
    action,
    before: input.before === null ? null : redactShape(input.before, input.rules),
    after: input.after === null ? null : redactShape(input.after, input.rules),
    fields,
    replaceReasons: [],
    reason: '',
    risks: action === 'replace' || action === 'delete' ? ['destructive'] : [],
  };
  if (input.liveId !== undefined) change.liveId = input.liveId;
  if (input.source !== undefined) change.source = { file: input.source.file, line: input.source.line, column: input.source.column };
  return change;
}

function actionFor(before: unknown, after: unknown, fields: readonly FieldDiff[]): ChangeAction {
  if (before === null) return 'create';
  if (after === null) return 'delete';
  if (fields.length === 0) return 'no-op';
  return fields.some((diff) => diff.forcesReplace) ? 'replace' : 'update';
}

/** Adds a risk flag once, with notes for display (appended to any the flag already has). */
export function addRisk(change: ResourceChange, risk: RiskFlag, notes: readonly string[] = []): void {
  if (!change.risks.includes(risk)) change.risks.push(risk);
  if (notes.length > 0) {
    change.riskNotes ??= {};
    change.riskNotes[risk] = [...(change.riskNotes[risk] ?? []), ...notes];
  }
}

/** `a.b, c[0]`: the changed paths, for reasons and notes. */
export function pathsOf(diffs: readonly FieldDiff[]): string {
  return diffs.map((diff) => formatFieldPath(diff.path)).join(', ');
}

/** The reason every change of an action starts with; exhaustive by type. */
const DEFAULT_REASONS: Record<ChangeAction, (change: ResourceChange) => string> = {
  create: () => 'declared, does not exist yet',
  update: (change) => `${change.fields.length} field(s) differ: ${pathsOf(change.fields)}`,
  replace: (change) => `cannot be changed in place: ${change.replaceReasons.join('; ')}`,
  delete: () => 'owned and no longer declared',
  'no-op': () => 'matches the manifest',
  adopt: (change) =>
    change.fields.length === 0
      ? 'exists and is not managed yet: adopted as it is (nothing to write)'
      : `exists and is not managed yet: adopted, writing ${change.fields.length} field(s): ${pathsOf(change.fields)}`,
};

/**
 * Turns the change of a live resource that is not yet owned into an adoption.
 * A replace stays a replace: adopting something that must be re-created is
 * still destructive, and says so.
 */
export function markAdopted(change: ResourceChange): void {
  if (change.action === 'update' || change.action === 'no-op') change.action = 'adopt';
}

/** The display reason for the change's action, from its fields and replace reasons. */
export function defaultReason(change: ResourceChange): string {
  return DEFAULT_REASONS[change.action](change);
}
