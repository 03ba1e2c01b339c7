/**
 * Structural diff of two comparable shapes into one {@link FieldDiff} per
 * changed leaf, plus the redaction of credential-like values. Pure.
 */
import { canonicalJson } from '../model/json.js';
import { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';
import type { FieldDiff } from './types.js';

export { SENSITIVE_PLACEHOLDER } from '../model/sensitive.js';

export type FieldPath = (string | number)[];

/** How one resource kind's shape is diffed. */
export interface FieldRules {
  /** Compare this path as one value instead of descending into it (e.g. a whole policy document). */
  isLeaf(path: FieldPath): boolean;
  /** IAM or Genesys cannot change this path in place. */
  forcesReplace(path: FieldPath): boolean;
  /** The value at this path must be redacted. */
  isSensitive(path: FieldPath): boolean;
}

/** Keys whose values look like credentials wherever they appear as header or tag names. */
const CREDENTIAL_LIKE_NAME = /authori[sz]ation|api[-_]?key|token|secret|passw(or)?d|cookie|credential|signature|private[-_]?key/i;

/** True when a header, tag or map key names something credential-like. */
export function isCredentialLikeName(name: string): boolean {
  return CREDENTIAL_LIKE_NAME.test(name);
}

/** Sensitive when the last key is credential-like and sits in one of the given maps (e.g. `request.headers`). */
export function credentialLikeKeyIn(mapNames: readonly string[]): (path: FieldPath) => boolean {
  return (path) => {
    const parent = path[path.length - 2];
    const key = path[path.length - 1];
    return typeof parent === 'string' && mapNames.includes(parent) && typeof key === 'string' && isCredentialLikeName(key);
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function sameValue(left: unknown, right: unknown): boolean {
  // Most leaves are strings: equal ones, or two different strings, need no canonical text.
  if (left === right) return true;
  if (typeof left === 'string' && typeof right === 'string') return false;
  return canonicalJson(left) === canonicalJson(right);
}

/**
 * One FieldDiff per changed leaf, keys in sorted order. `before` and `after`
 * are the unredacted shapes (null for a missing resource: every leaf is then
 * an add or a remove); sensitive values are replaced in the result.
 */
export function diffFields(before: unknown, after: unknown, rules: FieldRules): FieldDiff[] {
  const diffs: FieldDiff[] = [];
  const visit = (path: FieldPath, left: unknown, right: unknown): void => {
    if (left === undefined && right === undefined) return;
    // Descend where both sides are objects; a created or deleted resource lists its top-level fields;
    // an added or removed member deeper down is one field (a removed output property, not its `.type`).
    const bothObjects = isPlainObject(left) && isPlainObject(right);
    const wholeResource = path.length === 0 && (isPlainObject(left) || isPlainObject(right));
    if (
      (bothObjects || wholeResource) &&
      !rules.isLeaf(path) &&
      (left === undefined || isPlainObject(left)) &&
      (right === undefined || isPlainObject(right))
    ) {
      const leftObject = left ?? {};
      const rightObject = right ?? {};
      const keys = [...new Set([...Object.keys(leftObject), ...Object.keys(rightObject)])].sort();
      for (const key of keys) visit([...path, key], leftObject[key], rightObject[key]);
      return;
    }
    if (left !== undefined && right !== undefined && sameValue(left, right)) return;
    const sensitive = rules.isSensitive(path);
    const shown = (value: unknown): unknown => (sensitive ? SENSITIVE_PLACEHOLDER : value);
    const diff: FieldDiff = {
      path,
      kind: left === undefined ? 'add' : right === undefined ? 'remove' : 'update',
      forcesReplace: rules.forcesReplace(path),
      sensitive,
    };
    if (left !== undefined) diff.before = shown(left);
    if (right !== undefined) diff.after = shown(right);
    diffs.push(diff);
  };
  visit([], before ?? undefined, after ?? undefined);
  return diffs;
}

/** A deep copy of `shape` with every sensitive value replaced by {@link SENSITIVE_PLACEHOLDER}. */
export function redactShape<T>(shape: T, rules: Pick<FieldRules, 'isSensitive'>): T {
  const visit = (path: FieldPath, value: unknown): unknown => {
    if (path.length > 0 && rules.isSensitive(path)) return SENSITIVE_PLACEHOLDER;
    if (Array.isArray(value)) return value.map((item, index) => visit([...path, index], item));
    if (isPlainObject(value)) {
      const result: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(value)) result[key] = visit([...path, key], member);
      return result;
    }
    return value;
  };
  return visit([], shape) as T;
}

/** `a.b[0].c` for display and reasons. */
export function formatFieldPath(path: readonly (string | number)[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}
