/**
 * Final ordering and capping of diagnostics. A broken folder can produce
 * thousands of findings; the report keeps a bounded number, errors first,
 * and says how many it dropped.
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Findings kept in one report by default. */
export const DEFAULT_MAX_DIAGNOSTICS = 500;

/** Sorted, capped diagnostics and the number dropped. */
export function capDiagnostics(diagnostics: readonly Diagnostic[], max: number): { diagnostics: Diagnostic[]; droppedCount: number } {
  const unique = dedupe(diagnostics);
  if (unique.length <= max) return { diagnostics: unique.sort(compareDiagnostics), droppedCount: 0 };
  const bySeverity = [...unique].sort((a, b) => (a.severity === b.severity ? compareDiagnostics(a, b) : a.severity === 'error' ? -1 : 1));
  const kept = bySeverity.slice(0, Math.max(0, max - 1)).sort(compareDiagnostics);
  const droppedCount = unique.length - kept.length;
  const first = bySeverity[kept.length] as Diagnostic;
  kept.push({
    severity: 'warning',
    code: 'GLG-TOO-MANY-FINDINGS',
    message: `${droppedCount} more finding(s) were dropped (the report keeps ${max}); fix the ones above and validate again`,
    file: first.file,
    start: first.start,
    end: first.end,
  });
  return { diagnostics: kept, droppedCount };
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const key = `${diagnostic.file}\u0000${diagnostic.start.line}:${diagnostic.start.column}\u0000${diagnostic.code}\u0000${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(diagnostic);
  }
  return result;
}
