/**
 * Public API of the manifest layer (pure): load and validate manifests,
 * the DesiredState they declare, and helpers for the shells that report
 * the findings.
 */
export { loadManifests, loadManifestsInSteps, type LoadManifestsOptions, type LoadManifestsResult } from './load-manifests.js';
export { runStepwise, type Stepwise } from './stepwise.js';
export { selectManifestFiles, MAX_MANIFEST_FILE_BYTES, type ManifestFile } from './manifest-file.js';
export { DIAGNOSTIC_CODES, isSuppressibleCode, type DiagnosticCode, type DiagnosticCodeInfo } from './diagnostic-codes.js';
export { API_VERSION, MANIFEST_KINDS, type ManifestKind } from './manifest-kinds.js';
export { DEFAULT_MAX_DIAGNOSTICS } from './diagnostic-list.js';
export {
  DEFAULT_INTEGRATION_NOTES,
  DEFAULT_MAX_SESSION_DURATION_SECONDS,
  DEFAULT_REQUEST_TEMPLATE,
  DEFAULT_ROLE_PATH,
  DEFAULT_SUCCESS_TEMPLATE,
  DEFAULT_TIMEOUT_SECONDS,
  defaultCredentialName,
} from './desired-state-builder.js';
export { DEFAULT_PERMISSION_POLICY_NAME, generatePermissionPolicy, generateTrustPolicy } from './generated-policies.js';
export { parseLambdaFunctionArn, type LambdaFunctionArn } from './lambda-arn.js';
export { renderManifestReference } from './manifest-reference.js';
export { lintRole, type RoleLintInput } from '../iam/lint/role-lint.js';
export type { InvokedFunction, RoleLintFinding } from '../iam/lint/lint-finding.js';
export { renderDiagnosticsMarkdown } from '../render/diagnostics-markdown.js';
export { selectAnnotations, GITHUB_ANNOTATIONS_PER_TYPE, type AnnotationSelection } from '../render/diagnostics-annotations.js';
