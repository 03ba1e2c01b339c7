/**
 * Names per Environment. `metadata.name` (like `spec.category` and
 * `spec.credentialName`, which are resolved with the rest of the spec) may
 * use `{{ env.name }}` and `{{ vars.NAME }}`, as Genesys' own blueprints put
 * the environment into resource names (`Get Bookable Slots dev`). A name is
 * resolved for each Environment before anything refers to it; the resolved
 * name must still be a valid name of its kind, and two manifests must not
 * resolve to one name.
 */
import type { DocumentFinding } from './document-finding.js';
import type { PathSegment } from './manifest-document.js';
import type { ValidManifest } from './manifest-kinds.js';
import { resolveString, type VariableScope } from './variables.js';

/** Records a finding against the manifest it is about. */
export type ReportFinding = (manifest: ValidManifest, finding: DocumentFinding) => void;

/** IAM role names: 1–64 of letters, digits and `+=,.@_-` (the Role schema's rule for a name without variables). */
const ROLE_NAME = /^[\w+=,.@-]+$/;
const MAX_ROLE_NAME = 64;
/** Genesys names and categories (the schemas' rule). */
const MAX_GENESYS_NAME = 256;

/** The manifest's name for this Environment; problems are reported at `metadata.name`. */
export function resolveResourceName(manifest: ValidManifest, scope: VariableScope, report: ReportFinding): string {
  const raw = manifest.manifest.metadata.name;
  checkMetadataText(manifest, scope, report);
  if (!raw.includes('{{')) return raw;
  const resolved = resolveVariables(manifest, ['metadata', 'name'], raw, scope, report);
  if (resolved === undefined) return raw;
  if (manifest.kind === 'Role' && !ROLE_NAME.test(resolved)) {
    report(manifest, {
      code: 'GLG-SCHEMA',
      message: `the role name resolves to "${resolved}", which is not an IAM role name (letters, digits and +=,.@_- only)`,
      path: ['metadata', 'name'],
    });
  }
  checkResolvedLength(manifest, ['metadata', 'name'], raw, resolved, report);
  return resolved;
}

/** A name or category that used variables must still fit after they are resolved. */
export function checkResolvedLength(
  manifest: ValidManifest,
  path: readonly PathSegment[],
  raw: string,
  resolved: string,
  report: ReportFinding,
): void {
  if (!raw.includes('{{')) return;
  const max = manifest.kind === 'Role' && path[0] === 'metadata' ? MAX_ROLE_NAME : MAX_GENESYS_NAME;
  if (resolved.length >= 1 && resolved.length <= max) return;
  report(manifest, {
    code: 'GLG-NAME-LENGTH',
    message: `${path.join('.')} resolves to ${resolved.length} characters ("${resolved.slice(0, 60)}${resolved.length > 60 ? '…' : ''}"); it must be 1 to ${max}`,
    path: [...path],
  });
}

/**
 * Two manifests of one kind whose names differ as written but resolve to the
 * same name in this Environment (the same name as written is reported once,
 * for every Environment, by the global rules).
 */
export function checkResolvedDuplicates(resources: readonly { manifest: ValidManifest; name: string }[], report: ReportFinding): void {
  const first = new Map<string, { manifest: ValidManifest; name: string }>();
  for (const resource of resources) {
    const { manifest, name } = resource;
    const key = `${manifest.kind}/${manifest.kind === 'Role' ? name.toLowerCase() : name}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, resource);
      continue;
    }
    // Names written without variables are compared by the global rules, for every Environment at once.
    if (!earlier.manifest.manifest.metadata.name.includes('{{') && !manifest.manifest.metadata.name.includes('{{')) continue;
    if (earlier.manifest.manifest.metadata.name === manifest.manifest.metadata.name) continue;
    const at = `${earlier.manifest.document.file}:${earlier.manifest.document.locate(['metadata', 'name']).start.line}`;
    report(manifest, {
      code: 'GLG-DUPLICATE-NAME',
      message: `${manifest.kind} name resolves to "${name}", which ${manifest.kind} at ${at} is also named`,
      path: ['metadata', 'name'],
    });
  }
}

/** `metadata.description` and label values are never sent anywhere, but a `{{` in them is still checked, never kept silently. */
function checkMetadataText(manifest: ValidManifest, scope: VariableScope, report: ReportFinding): void {
  const { description, labels } = manifest.manifest.metadata;
  if (description?.includes('{{')) resolveVariables(manifest, ['metadata', 'description'], description, scope, report);
  for (const [key, value] of Object.entries(labels ?? {})) {
    if (value.includes('{{')) resolveVariables(manifest, ['metadata', 'labels', key], value, scope, report);
  }
}

/** The text with its variables resolved, or undefined after reporting why it cannot be. */
function resolveVariables(
  manifest: ValidManifest,
  path: readonly PathSegment[],
  text: string,
  scope: VariableScope,
  report: ReportFinding,
): string | undefined {
  const resolved = resolveString(text, scope, { allowOrgId: false, allowVars: true });
  for (const problem of resolved.problems) {
    report(manifest, {
      code: problem.code,
      message: problem.message,
      path: [...path],
      within: { needle: problem.reference, columnOffset: 0 },
    });
  }
  return resolved.problems.length > 0 ? undefined : resolved.value;
}
