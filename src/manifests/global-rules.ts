/**
 * Rules that hold whatever the Environment: unique names per kind, known
 * Environment names in `metadata.environments`, reserved tag keys, and
 * suppression codes that exist and are warnings.
 */
import { ENVIRONMENT_TAG, MANAGED_BY_TAG } from '../model/observed-state.js';
import type { DocumentFinding } from './document-finding.js';
import type { ValidManifest } from './manifest-kinds.js';
import { checkSuppressionCodes } from './suppressions.js';
import type { UnloadedResources } from './unloaded-resources.js';

/** Findings per manifest. */
export type FindingsByManifest = Map<ValidManifest, DocumentFinding[]>;

const RESERVED_TAG_KEYS: readonly string[] = [MANAGED_BY_TAG, ENVIRONMENT_TAG];

/** Runs the Environment-independent rules; an Environment that may be in a document that did not load is not reported missing. */
export function checkGlobalRules(manifests: readonly ValidManifest[], notLoaded: UnloadedResources): FindingsByManifest {
  const findings: FindingsByManifest = new Map();
  const report = (manifest: ValidManifest, finding: DocumentFinding): void => {
    findings.set(manifest, [...(findings.get(manifest) ?? []), finding]);
  };

  const firstByKey = new Map<string, ValidManifest>();
  for (const manifest of manifests) {
    const name = manifest.manifest.metadata.name;
    // IAM role names are unique case-insensitively; Genesys names are matched exactly.
    // ❓ Whether Genesys itself requires unique data-action names is unconfirmed; the
    // tool matches actions by name, so it needs them unique either way.
    const key = `${manifest.kind}/${manifest.kind === 'Role' ? name.toLowerCase() : name}`;
    const first = firstByKey.get(key);
    if (first) {
      report(manifest, {
        code: 'GLG-DUPLICATE-NAME',
        message: `${manifest.kind} "${name}" is already declared at ${first.document.file}:${first.document.locate(['metadata', 'name']).start.line}${manifest.kind === 'Role' ? ' (IAM role names are case-insensitive)' : ''}`,
        path: ['metadata', 'name'],
      });
    } else {
      firstByKey.set(key, manifest);
    }
  }

  const environmentNames = manifests
    .filter((manifest) => manifest.kind === 'Environment')
    .map((manifest) => manifest.manifest.metadata.name);
  for (const manifest of manifests) {
    if (manifest.kind === 'Environment') continue;
    (manifest.manifest.metadata.environments ?? []).forEach((name, index) => {
      if (!environmentNames.includes(name) && !notLoaded.mayDeclare('Environment', name)) {
        report(manifest, {
          code: 'GLG-UNKNOWN-REFERENCE',
          message: `no Environment named "${name}" is declared${environmentNames.length > 0 ? ` (declared: ${[...environmentNames].sort().join(', ')})` : ''}`,
          path: ['metadata', 'environments', index],
        });
      }
    });
    if (manifest.kind === 'Role') {
      for (const key of Object.keys(manifest.manifest.spec.tags ?? {})) {
        if (RESERVED_TAG_KEYS.includes(key) || key.toLowerCase().startsWith('aws:')) {
          report(manifest, {
            code: 'GLG-RESERVED-TAG',
            message: `tag key "${key}" is reserved (the tool sets ${RESERVED_TAG_KEYS.join(' and ')}; AWS owns aws:)`,
            path: ['spec', 'tags', key],
            target: 'key',
          });
        }
      }
    }
    if (manifest.kind === 'Role' || manifest.kind === 'DataAction') {
      for (const finding of checkSuppressionCodes(manifest.manifest.spec.suppressions)) report(manifest, finding);
    }
  }
  return findings;
}
