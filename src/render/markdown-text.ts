/**
 * Safe building blocks for GitHub-flavoured markdown: user-controlled text
 * (resource names, templates, policy documents) must not break out of a code
 * span, a table cell, a fence or an HTML comment.
 */
import { visibleSingleLine } from './control-characters.js';

/** A code fence longer than any backtick run in `content`, so the content cannot close it. */
export function codeFence(content: string, language = ''): string {
  const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}${content.endsWith('\n') ? '' : '\n'}${fence}`;
}

/** What a line break shows as inside code (an inline span, `<code>` in `<summary>`). */
const CODE_LINE_BREAK = '⏎';

/** An inline code span that survives backticks, pipes (they would split a table cell) and line breaks (CR, LF, U+2028, …) in `text`. */
export function inlineCode(text: string): string {
  const singleLine = visibleSingleLine(text, CODE_LINE_BREAK);
  const longestRun = Math.max(0, ...[...singleLine.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const padded = singleLine.startsWith('`') || singleLine.endsWith('`') ? ` ${singleLine} ` : singleLine;
  return `${ticks}${padded.replace(/\|/g, '\\|')}${ticks}`;
}

function htmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text for HTML contexts such as `<code>` in `<summary>`: entities, and one line
 * (a blank line would end the HTML block and the rest would render as markdown).
 */
export function escapeHtml(text: string): string {
  return htmlEntities(visibleSingleLine(text, CODE_LINE_BREAK));
}

/** A zero-width space: GitHub neither links nor mentions across it, and readers do not see it. */
const ZWSP = '\u200b';

/**
 * Bare URLs (`https://…`, `ftp://…`, `www.…`), e-mail addresses, `mailto:`,
 * @mentions and issue references (`#12`, `GH-12`, `owner/repo#12`), kept
 * readable but inert: GFM's autolinks, GitHub's mentions and its references
 * do not cross the zero-width space put after `@`, inside `://`, after `www`,
 * after a `#` before a digit and inside `GH-`. A reference is not only a
 * link: GitHub adds "mentioned this" to the issue it names, in any public
 * repository, so a server's message could otherwise write into other
 * projects' issues.
 */
function inertLinks(text: string): string {
  return text
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\b(www)\./gi, `$1${ZWSP}.`)
    .replace(/\b(mailto|xmpp):/gi, `$1:${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${ZWSP}-`);
}

/** Text for HTML contexts outside `<code>` (e.g. a test name in `<summary>`): {@link escapeHtml}, with links and mentions inert. */
export function htmlText(text: string): string {
  return htmlEntities(inertLinks(visibleSingleLine(text, ' ')));
}

/**
 * Plain text for a table cell, a list item or a paragraph: one line (line
 * breaks become spaces, other controls their visible escapes), no pipes, no
 * HTML, no emphasis, strikethrough, links, code or block markup (a leading
 * `# `, `- `, `+ `, `---`, `1. `), no live URL, e-mail address, @mention or
 * issue reference.
 */
export function escapeMarkdownText(text: string): string {
  const line = visibleSingleLine(text, ' ').replace(/^\s+/, '');
  return inertLinks(htmlEntities(line.replace(/\\/g, '\\\\')))
    .replace(/\|/g, '\\|')
    .replace(/([*_[\]`~])/g, '\\$1')
    .replace(/^([#+-])(?=[ #-]|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?= |$)/, '$1\\$2');
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
