/**
 * validate: read the folder, load and check every manifest. No network.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadManifestsInSteps } from '../manifests/index.js';
import type { DesiredState } from '../model/desired-state.js';
import { NonRegularManifestError, readManifestFolder } from './manifest-folder.js';
import { runBesideIo } from './run-beside-io.js';

export interface ValidationOutcome {
  diagnostics: Diagnostic[];
  /** Present when there is no error. */
  desired: DesiredState | undefined;
  environments: string[];
  errorCount: number;
  warningCount: number;
  fileCount: number;
}

/** Loads `manifestsDir` for `environment` and returns every finding. */
export async function validateManifests(options: {
  manifestsDir: string;
  environment: string | undefined;
  /** plan and apply need one environment; validate alone checks them all when none is named. */
  requireEnvironment?: boolean;
  cwd?: string;
}): Promise<ValidationOutcome> {
  const files = await readManifestFolder(options.manifestsDir, options.cwd).catch((error: unknown) => {
    if (error instanceof NonRegularManifestError) return error;
    throw error;
  });
  // Nothing is loaded beside them: the manifests they hide would make the rest look wrong (a missing integration).
  if (files instanceof NonRegularManifestError) {
    const diagnostics = files.entries.map((entry): Diagnostic => ({
      severity: 'error',
      code: 'GLG-FILE-NOT-REGULAR',
      message: entry.message,
      file: entry.path,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
    }));
    return { diagnostics, desired: undefined, environments: [], errorCount: diagnostics.length, warningCount: 0, fileCount: 0 };
  }
  if (!Array.isArray(files)) {
    const message =
      files.kind === 'missing'
        ? `the manifests folder '${files.path}' does not exist (set the \`manifests\` input or --manifests)`
        : `'${files.path}' is not a folder (set the \`manifests\` input or --manifests to the folder holding the manifests)`;
    const diagnostic: Diagnostic = {
      severity: 'error',
      code: 'GLG-MANIFESTS-FOLDER',
      message,
      file: files.path,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
    };
    return { diagnostics: [diagnostic], desired: undefined, environments: [], errorCount: 1, warningCount: 0, fileCount: 0 };
  }
  // In steps: plan, apply and drift have signed in and started their first reads by now (early-sign-in.ts).
  const result = await runBesideIo(
    loadManifestsInSteps(files, {
      manifestsFolder: options.manifestsDir,
      requireEnvironment: options.requireEnvironment ?? false,
      ...(options.environment === undefined ? {} : { environment: options.environment }),
    }),
  );
  const errorCount = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    diagnostics: result.diagnostics,
    desired: errorCount === 0 ? result.desired : undefined,
    environments: result.environments,
    errorCount,
    warningCount: result.diagnostics.length - errorCount,
    fileCount: files.length,
  };
}
