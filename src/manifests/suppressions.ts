/**
 * Suppressions: `spec.suppressions: [{ code, reason }]` in a Role or
 * DataAction accepts warnings about that resource, with a reason a reviewer
 * can read. Errors are never suppressible: they mean Genesys or AWS would
 * reject the configuration or it would not work.
 */
import { DIAGNOSTIC_CODES, isDiagnosticCode, isSuppressibleCode } from './diagnostic-codes.js';
import type { DocumentFinding } from './document-finding.js';

/** One suppression as written in a manifest. */
export interface Suppression {
  code: string;
  reason: string;
}

/** Findings about bad suppressions themselves (unknown or error codes), by index. */
export function checkSuppressionCodes(suppressions: readonly Suppression[] | undefined): DocumentFinding[] {
  return (suppressions ?? []).flatMap((suppression, index) => {
    if (isSuppressibleCode(suppression.code)) return [];
    const known = isDiagnosticCode(suppression.code);
    const message = known
      ? `${suppression.code} is an error and cannot be suppressed; fix the manifest instead`
      : `${suppression.code} is not a known diagnostic code`;
    return [{ code: 'GLG-SUPPRESSION-INVALID', message, path: ['spec', 'suppressions', index, 'code'] }];
  });
}

/**
 * Drops the warnings a suppression accepts and records, in `used`, the
 * indices of the suppressions that matched something.
 */
export function applySuppressions(
  findings: readonly DocumentFinding[],
  suppressions: readonly Suppression[] | undefined,
  used: Set<number>,
): DocumentFinding[] {
  if (!suppressions || suppressions.length === 0) return [...findings];
  return findings.filter((finding) => {
    if (DIAGNOSTIC_CODES[finding.code].severity !== 'warning') return true;
    const index = suppressions.findIndex((suppression) => suppression.code === finding.code);
    if (index === -1) return true;
    used.add(index);
    return false;
  });
}
