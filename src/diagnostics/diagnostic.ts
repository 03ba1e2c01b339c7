/**
 * A finding about the manifests, with its exact location. Every stage of the
 * loader (syntax, schema, semantic rules, IAM lint) produces these; the CLI
 * prints them as `file:line:col: severity CODE: message`, the action turns
 * them into annotations and a job summary.
 */
import type { DiagnosticCode } from '../manifests/diagnostic-codes.js';

export type Severity = 'error' | 'warning';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable code from the one registry (`manifests/diagnostic-codes.ts`): an unregistered code does not compile. */
  code: DiagnosticCode;
  message: string;
  /** File path as given to the loader (relative to where the user runs). */
  file: string;
  start: Position;
  end: Position;
  /** JSON path in the document, when the finding is about a node. */
  path?: (string | number)[];
}

/** Sorts by file, line, column, then code, so output is deterministic. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.start.line !== b.start.line) return a.start.line - b.start.line;
  if (a.start.column !== b.start.column) return a.start.column - b.start.column;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** `path:line:col: severity CODE: message` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}: ${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`;
}
