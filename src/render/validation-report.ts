/**
 * `validate --format json`: the findings as one versioned document.
 * Its JSON Schema (schemas/output/validation-report.schema.json) is generated
 * from {@link ValidationReport} by `npm run codegen`; docs/machine-readable-outputs.md
 * documents it. Pure.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The result of `validate --format json`. */
export interface ValidationReport {
  /** The shape of this document; changes only with an incompatible change, which also changes the CLI's major version. */
  formatVersion: 1;
  /** Manifest files read (.yaml, .yml and .json under the folder). */
  fileCount: number;
  errorCount: number;
  warningCount: number;
  /** Every finding, sorted by file, line, column and code. */
  diagnostics: Diagnostic[];
}

export function validationReport(outcome: Omit<ValidationReport, 'formatVersion'>): ValidationReport {
  return {
    formatVersion: 1,
    fileCount: outcome.fileCount,
    errorCount: outcome.errorCount,
    warningCount: outcome.warningCount,
    diagnostics: outcome.diagnostics,
  };
}

export function renderValidationJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
