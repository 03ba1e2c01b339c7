/**
 * The validation section of the job summary: counts, then every finding in
 * a table (the summary is where findings beyond the annotation cap live).
 * Pure: returns Markdown; the shell writes it. Messages quote manifest text
 * (names, paths), so they are plain text here (markdown-text.ts).
 */
import { compareDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeMarkdownText, inlineCode } from './markdown-text.js';

/** Job summaries are limited to 1 MiB; stay well below, with a visible notice. */
const MAX_MARKDOWN_CHARACTERS = 900_000;

/** Markdown for a list of diagnostics (also for none: it says the manifests are valid). */
export function renderDiagnosticsMarkdown(diagnostics: readonly Diagnostic[], options: { title?: string } = {}): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const lines = [`### ${options.title ?? 'Manifest validation'}`, ''];
  if (diagnostics.length === 0) {
    lines.push('✅ No findings: the manifests are valid.', '');
    return lines.join('\n');
  }
  lines.push(
    `${errors > 0 ? '❌' : '⚠️'} **${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}**`,
    '',
  );
  lines.push('| Severity | Location | Code | Message |', '|---|---|---|---|');
  const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? compareDiagnostics(a, b) : a.severity === 'error' ? -1 : 1));
  let length = lines.join('\n').length;
  for (const [index, diagnostic] of sorted.entries()) {
    const row = `| ${diagnostic.severity === 'error' ? '❌ error' : '⚠️ warning'} | ${inlineCode(`${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}`)} | ${inlineCode(diagnostic.code)} | ${escapeMarkdownText(diagnostic.message)} |`;
    if (length + row.length + 1 > MAX_MARKDOWN_CHARACTERS) {
      lines.push(
        '',
        `… ${sorted.length - index} more finding(s) not shown (summary size limit); run \`genesys-lambda-gitops validate\` locally for all of them.`,
      );
      break;
    }
    lines.push(row);
    length += row.length + 1;
  }
  lines.push('');
  return lines.join('\n');
}
