/**
 * Statements of a raw policy document with their JSON paths, so findings can
 * point at the exact node a user wrote (`Statement` may be one object or a
 * list, and most values one string or a list).
 */
import { statementList } from '../evaluate.js';
import type { PolicyDocument, PolicyStatement, StringOrList } from '../policy-document.js';

/** A statement and where it sits in its document. */
export interface LocatedStatement {
  statement: PolicyStatement;
  path: (string | number)[];
}

/** Every statement with its path. */
export function statementsOf(document: PolicyDocument): LocatedStatement[] {
  const isList = Array.isArray(document.Statement);
  return statementList(document).map((statement, index) => ({ statement, path: isList ? ['Statement', index] : ['Statement'] }));
}

/** A value and its path; for a single string the path is the key itself. */
export interface LocatedValue {
  value: string;
  path: (string | number)[];
}

/** The strings of a string-or-list member with their paths. */
export function valuesOf(value: StringOrList | undefined, path: readonly (string | number)[]): LocatedValue[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map((item, index) => ({ value: String(item), path: [...path, index] }));
  return [{ value: String(value), path: [...path] }];
}
