/**
 * Safe building blocks for GitHub-flavoured markdown: user-controlled text
 * (resource names, templates, policy documents) must not break out of a code
 * span, a table cell, a fence or an HTML comment.
 */

/** A code fence longer than any backtick run in `content`, so the content cannot close it. */
export function codeFence(content: string, language = ''): string {
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}${content.endsWith('\n') ? '' : '\n'}${fence}`;
}

/** An inline code span that survives backticks and pipes in `text` (pipes would split a table cell). */
export function inlineCode(text: string): string {
  const singleLine = text.replace(/\r?\n/g, '⏎');
  const longestRun = Math.max(0, ...[...singleLine.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const padded = singleLine.startsWith('`') || singleLine.endsWith('`') ? ` ${singleLine} ` : singleLine;
  return `${ticks}${padded.replace(/\|/g, '\\|')}${ticks}`;
}

/** Text for HTML contexts such as `<summary>`. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text for a table cell or a paragraph: no line breaks, no pipes, no stray HTML. */
export function escapeMarkdownText(text: string): string {
  return escapeHtml(text.replace(/\r?\n/g, ' '))
    .replace(/\|/g, '\\|')
    .replace(/([*_[\]`])/g, '\\$1');
}

/** Cuts `text` to at most `max` characters, marking the cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** `1 role`, `2 roles`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
