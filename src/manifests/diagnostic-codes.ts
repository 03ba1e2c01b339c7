/**
 * Every diagnostic code the manifest loader and the IAM lint emit, with its
 * severity and a one-line summary. Codes are stable: users suppress warnings
 * by code and CI logs are searched by code, so a code is never renamed.
 */
import type { Severity } from '../diagnostics/diagnostic.js';

/** One entry of {@link DIAGNOSTIC_CODES}. */
export interface DiagnosticCodeInfo {
  severity: Severity;
  /** What the code means, for the manifest reference. */
  summary: string;
}

/** The registry. Warnings (and only warnings) can be suppressed in a manifest. */
export const DIAGNOSTIC_CODES = {
  // Files and syntax
  'GLG-MANIFESTS-FOLDER': { severity: 'error', summary: 'The manifests folder does not exist or is not a folder.' },
  'GLG-NO-MANIFESTS': { severity: 'error', summary: 'The manifests folder holds no .yaml, .yml or .json file.' },
  'GLG-FILE-NOT-REGULAR': {
    severity: 'error',
    summary:
      'A manifest (or folder) in the manifests folder is a symbolic link, FIFO, socket or device: never followed, nothing is loaded.',
  },
  'GLG-FILE-TOO-LARGE': { severity: 'error', summary: 'A file is larger than the 1 MiB limit.' },
  'GLG-FILE-BINARY': { severity: 'error', summary: 'A file contains NUL bytes (binary, or UTF-16).' },
  'GLG-FILE-ENCODING': { severity: 'error', summary: 'A file is not valid UTF-8.' },
  'GLG-EMPTY-FILE': { severity: 'error', summary: 'A file holds no manifest.' },
  'GLG-YAML-SYNTAX': { severity: 'error', summary: 'YAML or JSON syntax error.' },
  'GLG-YAML-ALIAS-LIMIT': { severity: 'error', summary: 'Too many YAML alias expansions (alias bomb).' },
  'GLG-FORBIDDEN-KEY': { severity: 'error', summary: 'A `__proto__`, `constructor` or `prototype` key.' },
  // Shape
  'GLG-NOT-A-MANIFEST': { severity: 'error', summary: 'A document is not a mapping.' },
  'GLG-UNKNOWN-API-VERSION': { severity: 'error', summary: '`apiVersion` is missing or not `genesys-lambda-gitops/v1`.' },
  'GLG-UNKNOWN-KIND': { severity: 'error', summary: '`kind` is missing or not Environment, Role, Integration or DataAction.' },
  'GLG-SCHEMA': { severity: 'error', summary: 'The manifest does not match its JSON Schema.' },
  'GLG-NAME-LENGTH': { severity: 'error', summary: 'A name or category is empty or longer than allowed (256; 64 for roles).' },
  'GLG-TIMEOUT': { severity: 'error', summary: '`timeoutSeconds` is not an integer from 1 to 60.' },
  // Environments and variables
  'GLG-NO-ENVIRONMENT': { severity: 'error', summary: 'No Environment manifest is declared.' },
  'GLG-UNKNOWN-ENVIRONMENT': { severity: 'error', summary: 'The selected environment is not declared.' },
  'GLG-ENVIRONMENT-REQUIRED': { severity: 'error', summary: 'Several Environments are declared and none was selected.' },
  'GLG-GENESYS-REGION': { severity: 'error', summary: 'Unknown Genesys region or domain.' },
  'GLG-UNDEFINED-VARIABLE': { severity: 'error', summary: 'A `{{ ... }}` variable is not defined.' },
  'GLG-VARIABLE-SYNTAX': { severity: 'error', summary: 'A `{{` variable reference is malformed or not closed.' },
  'GLG-ORG-ID-PLACEMENT': { severity: 'error', summary: '`{{ genesys.orgId }}` is used outside a Role trust policy.' },
  'GLG-SECRET-PLACEMENT': { severity: 'error', summary: '`{{ secrets.NAME }}` is used outside a test input value.' },
  // Cross-references
  'GLG-DUPLICATE-NAME': { severity: 'error', summary: 'Two resources of one kind (or two tests of one action) share a name.' },
  'GLG-UNKNOWN-REFERENCE': { severity: 'error', summary: 'A reference to an undeclared Role, Integration or Environment.' },
  'GLG-RESERVED-TAG': { severity: 'error', summary: 'A Role tag uses a key the tool manages itself.' },
  'GLG-ROLE-ARN': { severity: 'error', summary: 'An external role ARN is malformed.' },
  'GLG-ROLE-UNUSED': { severity: 'warning', summary: 'No Integration uses this Role.' },
  // Data actions
  'GLG-FUNCTION-ARN': { severity: 'error', summary: 'The Lambda function ARN is malformed.' },
  'GLG-LAMBDA-REGION': { severity: 'warning', summary: 'The Lambda is in another region than the Genesys org.' },
  'GLG-LAMBDA-ACCOUNT': {
    severity: 'warning',
    summary: 'The Lambda is in another AWS account than the Environment (needs a resource policy).',
  },
  'GLG-CONTRACT-SCHEMA': { severity: 'error', summary: 'A contract is not a usable JSON Schema.' },
  'GLG-CONTRACT-INPUT-NOT-FLAT': {
    severity: 'error',
    summary: 'The input contract is not a flat object of string/integer/number/boolean/null properties.',
  },
  'GLG-CONTRACT-UNTYPED-INPUT': {
    severity: 'warning',
    summary: 'An input property has no type: whether Genesys accepts that is unconfirmed, and flows see no type.',
  },
  'GLG-CONTRACT-PROPERTY-NAME': { severity: 'error', summary: 'An input property name does not match `^[a-zA-Z][a-zA-Z0-9_-]*$`.' },
  'GLG-CONTRACT-RESERVED-NAME': { severity: 'error', summary: 'An input property is named `orgId`, `integrationId` or `rawRequest`.' },
  'GLG-CONTRACT-REQUIRED': { severity: 'error', summary: '`required` names a property the contract does not define.' },
  'GLG-CONTRACT-REF': { severity: 'error', summary: 'A contract uses `$ref` (not supported by Genesys).' },
  'GLG-CONTRACT-OUTPUT-NOT-OBJECT': { severity: 'error', summary: "The output contract's top level is not an object." },
  'GLG-CONTRACT-NESTED-ARRAY': { severity: 'error', summary: 'The output contract has an array of objects or of arrays.' },
  'GLG-CONTRACT-DEPTH': { severity: 'error', summary: 'A contract is nested deeper than 50 levels.' },
  'GLG-VELOCITY': { severity: 'error', summary: 'A request or success template is not valid Velocity.' },
  'GLG-VELOCITY-UNCHECKED': {
    severity: 'warning',
    summary: 'A template too large or too deeply nested for validate to parse; Genesys checks it when apply validates the draft.',
  },
  'GLG-JSONPATH': { severity: 'error', summary: 'A translation-map value is not a valid JSONPath.' },
  'GLG-TRANSLATION-DEFAULT': { severity: 'error', summary: 'A translation-map default names no translation-map entry.' },
  'GLG-TEST-INPUT': { severity: 'error', summary: 'A test input does not validate against the input contract.' },
  'GLG-TEST-EXPECT': { severity: 'error', summary: 'A test expects a key that the output contract does not define.' },
  // IAM lint
  'GLG-IAM-GENESYS-ACCOUNT-UNKNOWN': { severity: 'error', summary: 'The Genesys AWS account for this Genesys region is not known.' },
  'GLG-IAM-POLICY-VERSION': { severity: 'warning', summary: 'A policy uses the old `2008-10-17` language version.' },
  'GLG-IAM-NOT-ELEMENT': { severity: 'error', summary: '`NotPrincipal`, `NotAction` or `NotResource` is used.' },
  'GLG-IAM-TRUST-PRINCIPAL': { severity: 'error', summary: 'The trust principal is not exactly the Genesys AWS account for the region.' },
  'GLG-IAM-TRUST-ACTION': { severity: 'error', summary: 'The trust policy allows something other than `sts:AssumeRole`.' },
  'GLG-IAM-TRUST-EXTERNAL-ID': {
    severity: 'error',
    summary: 'The trust policy lacks a single-valued `StringEquals` `sts:ExternalId` condition.',
  },
  'GLG-IAM-TRUST-RESOURCE': { severity: 'error', summary: 'A trust policy statement has a `Resource`.' },
  'GLG-IAM-PERMISSION-ACTION': { severity: 'error', summary: 'The permission policy allows something other than `lambda:InvokeFunction`.' },
  'GLG-IAM-PERMISSION-PRINCIPAL': { severity: 'error', summary: 'A permission policy statement has a `Principal`.' },
  'GLG-IAM-PERMISSION-MISSING': { severity: 'error', summary: "A data action's function ARN (with its qualifier) is not granted." },
  'GLG-IAM-PERMISSION-WILDCARD': { severity: 'warning', summary: 'A permission resource uses a wildcard.' },
  'GLG-IAM-PERMISSION-UNUSED': { severity: 'warning', summary: "A permission resource covers no data action's function." },
  'GLG-IAM-PERMISSION-CONDITION': {
    severity: 'warning',
    summary: 'A permission statement has a condition, so coverage cannot be proven offline.',
  },
  'GLG-IAM-MANAGED-POLICY-BROAD': {
    severity: 'warning',
    summary: 'A broad AWS-managed policy (e.g. `AWSLambda_FullAccess`) is attached to the role.',
  },
  // Suppressions and limits
  'GLG-SUPPRESSION-INVALID': { severity: 'error', summary: 'A suppression names an error or an unknown code.' },
  'GLG-SUPPRESSION-UNUSED': { severity: 'warning', summary: 'A suppression matched no finding.' },
  'GLG-TOO-MANY-FINDINGS': { severity: 'warning', summary: 'More findings than the report cap; the rest were dropped.' },
} as const satisfies Record<string, DiagnosticCodeInfo>;

/** A known diagnostic code. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The severity a code always has. */
export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

/** True for a code in the registry (e.g. one a user wrote in a suppression). */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/** True for a code that exists and is a warning (the only suppressible findings). */
export function isSuppressibleCode(code: string): boolean {
  return isDiagnosticCode(code) && DIAGNOSTIC_CODES[code].severity === 'warning';
}

/**
 * `code` as a registered code. Rules outside this folder (the IAM lint) report codes as strings; one that
 * is not in the registry is a bug in that rule, not bad input, so it fails loudly instead of being shown.
 */
export function registeredCode(code: string): DiagnosticCode {
  if (!isDiagnosticCode(code)) throw new Error(`${code} is not in the diagnostic-code registry (src/manifests/diagnostic-codes.ts)`);
  return code;
}
