/**
 * The characters that let text from a server or a manifest leave the one
 * line it is shown on, or hide what it says: line breaks (CR LF, a bare CR,
 * LF, VT, FF, NEL, U+2028, U+2029), every other C0/C1 control (ESC, BEL, NUL,
 * DEL, …) and the invisible formatting characters that reorder or hide text
 * (bidi overrides and isolates, zero-width space, word joiner, BOM). The
 * console and markdown building blocks (console-text.ts, markdown-text.ts)
 * both start here. Pure.
 */

/** Every line break CommonMark, terminals or JavaScript recognise, CR LF first so it counts as one. */
export const LINE_BREAKS = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

/** Controls and invisible formatting characters, shown as `\xNN` / `\uNNNN` (tab is whitespace). */
const INVISIBLE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

function escapeSequence(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` on one line: each line break becomes `lineBreak`, a tab a space, and
 * every other control or invisible formatting character its visible escape
 * (`ESC[31m` → `\x1b[31m`, U+202E → `\u202e`), so nothing is hidden and
 * nothing is executed.
 */
export function visibleSingleLine(text: string, lineBreak: string): string {
  return text.replace(LINE_BREAKS, lineBreak).replace(/\t/g, ' ').replace(INVISIBLE, escapeSequence);
}
