/**
 * A finding about one document, addressed by JSON path. Rules produce these
 * without knowing about files or lines; {@link locateFinding} turns them into
 * located diagnostics.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostic-codes.js';
import type { LocationTarget, ManifestDocument, PathSegment } from './manifest-document.js';

/** One finding in one document. */
export interface DocumentFinding {
  code: DiagnosticCode;
  message: string;
  /** Path of the node the finding is about. */
  path: PathSegment[];
  /** Point at the key rather than the value (unknown or misnamed properties). */
  target?: LocationTarget;
  /**
   * A more exact place inside the string at `path`: the first occurrence of
   * `needle` in the source, moved right by `columnOffset` characters.
   */
  within?: { needle: string; columnOffset: number };
}

/** Turns a finding into a diagnostic at its node's location. */
export function locateFinding(document: ManifestDocument, finding: DocumentFinding): Diagnostic {
  let range = document.locate(finding.path, finding.target ?? 'value');
  if (finding.within && finding.within.needle !== '') {
    const exact = document.locateInScalar(finding.path, finding.within.needle);
    if (exact) {
      const column = exact.start.column + finding.within.columnOffset;
      range = { start: { line: exact.start.line, column }, end: { line: exact.start.line, column } };
    }
  }
  return {
    severity: DIAGNOSTIC_CODES[finding.code].severity,
    code: finding.code,
    message: finding.message,
    file: document.file,
    start: range.start,
    end: range.end,
    path: finding.path,
  };
}
