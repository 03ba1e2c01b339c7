/**
 * Text from a server or a manifest, made safe for a terminal or a workflow
 * log line. Pure.
 *
 * The GitHub runner executes a line as a workflow command when, after leading
 * whitespace, it starts with `::` (`::error::`, `::set-output`, `::add-mask::`,
 * `::stop-commands::`), and the legacy form `##[command]` anywhere in a line;
 * it splits lines at LF and at a bare CR. A terminal acts on ESC and BEL.
 */
import { visibleSingleLine } from './control-characters.js';

/** What a line break in server text shows as: it cannot start a new console line. */
export const CONSOLE_LINE_BREAK = '⏎';

/**
 * Neutralises workflow commands in one console line: a leading `::` becomes
 * `\::`, every `##[` becomes `##\[`. Our own lines never contain either, so a
 * renderer may pass every line it prints through this as a last guard.
 */
export function consoleLine(line: string): string {
  return line.replace(/^(\s*)::/, '$1\\::').replace(/##\[/g, '##\\[');
}

/**
 * One line of plain text: line breaks (CR LF, CR, LF, U+2028, U+2029, …) show
 * as `⏎`, terminal escapes and every other control or bidi/invisible
 * formatting character as its escape (`ESC[31m` → `\x1b[31m`, BEL → `\x07`,
 * U+202E → `\u202e`), and workflow commands are neutralised
 * ({@link consoleLine}). Spaces are kept as they are: normal text prints
 * exactly as written.
 */
export function consoleText(text: string): string {
  return consoleLine(visibleSingleLine(text, CONSOLE_LINE_BREAK));
}
