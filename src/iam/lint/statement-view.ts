/**
 * Statements of a raw policy document with their JSON paths, so findings can
 * point at the exact node a user wrote (`Statement` may be one object or a
 * list, and most values one string or a list).
 */
import type { PolicyDocument, PolicyStatement, StringOrList } from '../policy-document.js';

/** A statement and where it sits in its document. */
export interface LocatedStatement {
  statement: PolicyStatement;
  path: (string | number)[];
}

/** Every statement with its path. */
export function statementsOf(document: PolicyDocument): LocatedStatement[] {
  const statement = document.Statement as PolicyStatement | PolicyStatement[] | undefined;
  if (statement === undefined) return [];
  if (Array.isArray(statement)) return statement.map((item, index) => ({ statement: item, path: ['Statement', index] }));
  return [{ statement, path: ['Statement'] }];
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
