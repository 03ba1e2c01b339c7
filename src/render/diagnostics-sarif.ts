/**
 * `validate --format sarif`: the findings as a SARIF 2.1.0 log, the format
 * GitHub code scanning reads (github/codeql-action/upload-sarif). Every
 * diagnostic code is a rule (its registry summary is the rule's text), and
 * every finding a result at a repository-relative path, so code scanning
 * shows it on the pull request's diff. Pure: paths come in already relative.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../manifests/diagnostic-codes.js';

export interface SarifOptions {
  toolVersion: string;
  /** Where a rule is explained; each rule links to it. */
  rulesHelpUri: string;
  /** The tool's home page. */
  informationUri: string;
}

/** A finding whose `file` is relative to the repository root (forward slashes), or absolute when it lies outside. */
export type LocatedDiagnostic = Diagnostic;

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base the relative paths are resolved against; code scanning maps it to the checkout. */
export const SOURCE_ROOT = '%SRCROOT%';

const RULE_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

function rule(code: DiagnosticCode, options: SarifOptions): ReportingDescriptor {
  const info = DIAGNOSTIC_CODES[code];
  return {
    id: code,
    name: code,
    shortDescription: { text: info.summary },
    helpUri: options.rulesHelpUri,
    defaultConfiguration: { level: info.severity },
    properties: { tags: ['genesys-lambda-gitops'] },
  };
}

/** A path as a URI reference: each segment percent-encoded, so spaces and `#` survive. */
function uriReference(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('/')) return { uri: `file://${uriReference(file)}` };
  return { uri: uriReference(file), uriBaseId: SOURCE_ROOT };
}

function result(diagnostic: LocatedDiagnostic): Result {
  return {
    ruleId: diagnostic.code,
    ruleIndex: RULE_CODES.indexOf(diagnostic.code),
    level: diagnostic.severity,
    message: { text: diagnostic.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(diagnostic.file),
          region: {
            startLine: diagnostic.start.line,
            startColumn: diagnostic.start.column,
            endLine: diagnostic.end.line,
            endColumn: diagnostic.end.column,
          },
        },
      },
    ],
  };
}

/** The SARIF log (one run, every rule, one result per diagnostic) as pretty JSON. */
export function renderDiagnosticsSarif(diagnostics: readonly LocatedDiagnostic[], options: SarifOptions): string {
  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'genesys-lambda-gitops',
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: RULE_CODES.map((code) => rule(code, options)),
          },
        },
        // Columns count UTF-16 code units, as the YAML parser's offsets do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SOURCE_ROOT]: { description: { text: 'The root of the repository.' } } },
        results: diagnostics.map(result),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
