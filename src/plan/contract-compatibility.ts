/**
 * Which contract changes break Architect flows that already use a data
 * action: an output property they read disappears or changes type, or an
 * input they do not send becomes required or changes type. Additions that
 * flows can ignore (new optional input, new output) are not breaking.
 */
import type { ContractSchema } from '../model/desired-state.js';
import { canonicalJson } from '../model/json.js';
import type { JsonValue } from '../model/json.js';

function asObject(value: JsonValue | undefined): Record<string, JsonValue> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function typeOf(schema: Record<string, JsonValue> | undefined): string {
  const type = schema?.['type'];
  if (Array.isArray(type)) return canonicalJson([...type].sort());
  return type === undefined ? '(any)' : canonicalJson(type);
}

function requiredNames(schema: Record<string, JsonValue> | undefined): string[] {
  const required = schema?.['required'];
  return Array.isArray(required) ? required.filter((name): name is string => typeof name === 'string') : [];
}

function joinPath(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

/** Output: removed or retyped properties, at any depth (objects and array items). */
function outputBreaks(
  before: Record<string, JsonValue> | undefined,
  after: Record<string, JsonValue> | undefined,
  prefix: string,
): string[] {
  const findings: string[] = [];
  if (before === undefined) return findings;
  if (after === undefined) return [`output ${prefix || '(root)'} removed`];
  if (typeOf(before) !== typeOf(after)) {
    findings.push(`output ${prefix || '(root)'} type ${typeOf(before)} → ${typeOf(after)}`);
    return findings;
  }
  const oldProperties = asObject(before['properties']) ?? {};
  const newProperties = asObject(after['properties']) ?? {};
  for (const name of Object.keys(oldProperties).sort()) {
    const path = joinPath(prefix, name);
    const oldProperty = asObject(oldProperties[name]);
    const newProperty = asObject(newProperties[name]);
    if (newProperty === undefined) findings.push(`output ${path} removed`);
    else findings.push(...outputBreaks(oldProperty, newProperty, path));
  }
  const oldItems = asObject(before['items']);
  if (oldItems !== undefined) findings.push(...outputBreaks(oldItems, asObject(after['items']), `${prefix}[]`));
  return findings;
}

/** Input (a flat object under Genesys' rules): newly required or retyped properties. */
function inputBreaks(before: Record<string, JsonValue>, after: Record<string, JsonValue>): string[] {
  const findings: string[] = [];
  const oldProperties = asObject(before['properties']) ?? {};
  const newProperties = asObject(after['properties']) ?? {};
  const oldRequired = requiredNames(before);
  for (const name of requiredNames(after).sort()) {
    if (!oldRequired.includes(name)) findings.push(`input ${name} is newly required`);
  }
  for (const name of Object.keys(newProperties).sort()) {
    const oldProperty = asObject(oldProperties[name]);
    if (oldProperty !== undefined && typeOf(oldProperty) !== typeOf(asObject(newProperties[name]))) {
      findings.push(`input ${name} type ${typeOf(oldProperty)} → ${typeOf(asObject(newProperties[name]))}`);
    }
  }
  return findings;
}

/** Reasons why the new contract breaks existing callers; empty when it is compatible. */
export function findBreakingContractChanges(
  before: { input: ContractSchema; output: ContractSchema },
  after: { input: ContractSchema; output: ContractSchema },
): string[] {
  return [...inputBreaks(before.input, after.input), ...outputBreaks(before.output, after.output, '')];
}
