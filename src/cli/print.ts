/** What the CLI prints and the files it writes on request. */
import { resolve } from 'node:path';
import { writeTextFile } from '../commands/output-file.js';
import type { ValidationOutcome } from '../commands/validate.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { CliIo } from './cli-io.js';

/** Text: one `file:line:col: severity CODE: message` line each on stderr, then the counts. JSON: one document on stdout. */
export function printDiagnostics(outcome: ValidationOutcome, io: CliIo, format: 'text' | 'json'): void {
  if (format === 'json') {
    io.out(
      JSON.stringify({ errorCount: outcome.errorCount, warningCount: outcome.warningCount, diagnostics: outcome.diagnostics }, null, 2),
    );
    return;
  }
  printFindings(outcome, io);
  const summary = `${outcome.fileCount} file(s) checked: ${outcome.errorCount} error(s), ${outcome.warningCount} warning(s)`;
  (outcome.errorCount > 0 ? io.err : io.out)(summary);
}

/** Every finding on stderr, without the counts (plan and apply show warnings and go on). */
export function printFindings(outcome: ValidationOutcome, io: CliIo): void {
  for (const diagnostic of outcome.diagnostics) io.err(formatDiagnostic(diagnostic));
}

/** Writes `render()` to `path` (relative to the CLI's cwd) when the flag was given. */
export async function writeRequested(io: CliIo, path: string | undefined, render: () => string): Promise<void> {
  if (path !== undefined) await writeTextFile(resolve(io.cwd, path), render());
}
