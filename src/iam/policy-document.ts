/**
 * IAM policy documents as plain data, and their canonical form.
 *
 * AWS returns documents URL-encoded and in whatever shape they were written:
 * a single statement or an array, `"Action": "x"` or `["x"]`, keys in any
 * order. Two documents that grant the same thing must compare equal, so the
 * planner and the IAM lint only ever look at canonical documents.
 */
import { compareText } from '../model/compare-text.js';

/** A value in a policy that may be written as one string or a list of them. */
export type StringOrList = string | string[];

/** `Principal` is `"*"` or a map such as `{ AWS: [...] }`. */
export type PolicyPrincipal = '*' | Record<string, StringOrList>;

/** `Condition` is operator → condition key → value(s), e.g. `StringEquals → sts:ExternalId → id`. */
export type PolicyCondition = Record<string, Record<string, StringOrList | boolean | number>>;

/** One statement as written by a user or returned by AWS. */
export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PolicyPrincipal;
  NotPrincipal?: PolicyPrincipal;
  Action?: StringOrList;
  NotAction?: StringOrList;
  Resource?: StringOrList;
  NotResource?: StringOrList;
  Condition?: PolicyCondition;
}

/** A whole policy document. */
export interface PolicyDocument {
  Version: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

/**
 * A statement in canonical form: every list-capable value is a sorted,
 * de-duplicated array, principals are maps of sorted arrays, condition values
 * are sorted arrays of strings, and absent keys are absent.
 */
export interface CanonicalStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: '*' | Record<string, string[]>;
  NotPrincipal?: '*' | Record<string, string[]>;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

/** A canonical document: statements sorted by their canonical JSON text. */
export interface CanonicalPolicyDocument {
  Version: string;
  Statement: CanonicalStatement[];
}

const LIST_KEYS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

function toList(value: StringOrList | boolean | number): string[] {
  if (Array.isArray(value)) return value.map(String);
  return [String(value)];
}

function canonicalPrincipal(principal: PolicyPrincipal): '*' | Record<string, string[]> {
  if (principal === '*') return '*';
  const result: Record<string, string[]> = {};
  for (const key of Object.keys(principal).sort()) {
    const value = principal[key];
    if (value !== undefined) result[key] = sortedUnique(toList(value));
  }
  return result;
}

function canonicalCondition(condition: PolicyCondition): Record<string, Record<string, string[]>> {
  const result: Record<string, Record<string, string[]>> = {};
  for (const operator of Object.keys(condition).sort()) {
    const keys = condition[operator] ?? {};
    const canonicalKeys: Record<string, string[]> = {};
    for (const key of Object.keys(keys).sort()) {
      const value = keys[key];
      if (value !== undefined) canonicalKeys[key] = sortedUnique(toList(value));
    }
    result[operator] = canonicalKeys;
  }
  return result;
}

/** Canonicalizes one statement (see {@link CanonicalStatement}). */
export function canonicalizeStatement(statement: PolicyStatement): CanonicalStatement {
  const result: CanonicalStatement = { Effect: statement.Effect };
  if (statement.Sid !== undefined && statement.Sid !== '') result.Sid = statement.Sid;
  if (statement.Principal !== undefined) result.Principal = canonicalPrincipal(statement.Principal);
  if (statement.NotPrincipal !== undefined) result.NotPrincipal = canonicalPrincipal(statement.NotPrincipal);
  for (const key of LIST_KEYS) {
    const value = statement[key];
    if (value !== undefined) result[key] = sortedUnique(toList(value));
  }
  if (statement.Condition !== undefined) result.Condition = canonicalCondition(statement.Condition);
  return result;
}

/**
 * Canonicalizes a document so that equivalent documents are deeply equal and
 * serialize to the same text. Statement order is not significant in IAM, so
 * statements are sorted.
 */
export function canonicalizePolicy(document: PolicyDocument): CanonicalPolicyDocument {
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  const canonical = statements.map(canonicalizeStatement);
  canonical.sort((a, b) => compareText(JSON.stringify(a), JSON.stringify(b)));
  return { Version: document.Version, Statement: canonical };
}

/**
 * Parses a document as IAM returns it: URL-encoded JSON text (GetRole,
 * GetRolePolicy), or plain JSON text. Throws a SyntaxError for text that is not
 * JSON; the caller wraps it with the role and operation.
 */
export function parsePolicyText(text: string): PolicyDocument {
  const decoded = /^\s*[{[]/.test(text) ? text : decodeURIComponent(text);
  return JSON.parse(decoded) as PolicyDocument;
}

/** True when two documents grant exactly the same thing (canonical equality). */
export function policiesEqual(a: PolicyDocument, b: PolicyDocument): boolean {
  return JSON.stringify(canonicalizePolicy(a)) === JSON.stringify(canonicalizePolicy(b));
}

/** A document whose statement list is empty grants nothing: it means "no policy" (IAM rejects empty documents). */
export function isEmptyPolicy(document: PolicyDocument): boolean {
  return Array.isArray(document.Statement) && document.Statement.length === 0;
}
