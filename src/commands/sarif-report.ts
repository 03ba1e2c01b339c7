/**
 * The validation findings as SARIF for GitHub code scanning, from the CLI
 * (`validate --format sarif`) and the action (`sarif-file`). Code scanning
 * places a result by its path relative to the repository root, so paths are
 * rewritten from the working directory's to the root's.
 */
import type { ValidationOutcome } from './validate.js';
import { renderDiagnosticsSarif } from '../render/diagnostics-sarif.js';
import { DIAGNOSTIC_CODES_URL, PROJECT_URL } from '../render/project-links.js';
import { VERSION } from '../version.js';
import { findRepositoryRoot, repositoryRelativePath } from './repository-root.js';

export async function sarifReport(
  outcome: ValidationOutcome,
  where: {
    /** The folder the diagnostics' paths are relative to. */
    cwd: string;
    /** The repository root; found by walking up from `cwd` to `.git` when absent (the cwd outside any repository). */
    root?: string;
  },
): Promise<string> {
  const root = where.root ?? (await findRepositoryRoot(where.cwd)) ?? where.cwd;
  const diagnostics = outcome.diagnostics.map((diagnostic) => ({
    ...diagnostic,
    file: repositoryRelativePath(diagnostic.file, where.cwd, root),
  }));
  return renderDiagnosticsSarif(diagnostics, { toolVersion: VERSION, rulesHelpUri: DIAGNOSTIC_CODES_URL, informationUri: PROJECT_URL });
}
