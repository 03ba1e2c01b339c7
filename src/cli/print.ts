/** What the CLI prints about the manifests: findings on stderr, or one report document on stdout. */
import { sarifReport } from '../commands/sarif-report.js';
import type { ValidationOutcome } from '../commands/validate.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { consoleText } from '../render/console-text.js';
import { renderValidationJson, validationReport } from '../render/validation-report.js';
import type { CliIo } from './cli-io.js';
import type { OutputFormat } from './flags.js';
import type { OutputChannels } from './output-channels.js';

/** Text: one `file:line:col: severity CODE: message` line each on stderr, then the counts. json/sarif: one document on stdout. */
export async function printDiagnostics(
  outcome: ValidationOutcome,
  io: CliIo,
  channels: OutputChannels,
  format: OutputFormat,
): Promise<void> {
  if (format === 'json') return channels.document(renderValidationJson(validationReport(outcome)));
  if (format === 'sarif') return channels.document(await sarifReport(outcome, { cwd: io.cwd }));
  printFindings(outcome, channels);
  const summary = `${outcome.fileCount} file(s) checked: ${outcome.errorCount} error(s), ${outcome.warningCount} warning(s)`;
  (outcome.errorCount > 0 ? channels.problem : channels.human)(summary);
}

/**
 * Every finding on stderr, without the counts (plan and apply show warnings and go on). One line each:
 * messages quote manifest text (names, paths), so line breaks, controls and workflow commands are escaped.
 */
export function printFindings(outcome: ValidationOutcome, channels: OutputChannels): void {
  for (const diagnostic of outcome.diagnostics) channels.problem(consoleText(formatDiagnostic(diagnostic)));
}
