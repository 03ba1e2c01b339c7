/**
 * When no Environment can be evaluated (none is declared, the chosen one is
 * not, or its file did not load), the checks that need no Environment still
 * run on every data action, so one broken file never hides a broken contract
 * in another. Suppressions are applied as usual.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { checkDataActionContent } from './data-action-content.js';
import { locateFinding } from './document-finding.js';
import type { ValidManifest } from './manifest-kinds.js';
import { applySuppressions } from './suppressions.js';

/** Contract, template and translation-map findings of every DataAction, on its spec as written. */
export function checkWithoutEnvironment(manifests: readonly ValidManifest[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const manifest of manifests) {
    if (manifest.kind !== 'DataAction') continue;
    const findings = checkDataActionContent(manifest.manifest.spec, { tests: false });
    // Unused suppressions are not reported without an Environment, so which ones matched does not matter here.
    for (const finding of applySuppressions(findings, manifest.manifest.spec.suppressions, new Set<number>()))
      diagnostics.push(locateFinding(manifest.document, finding));
  }
  return diagnostics;
}
