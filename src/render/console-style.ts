/**
 * How console text is coloured: ANSI SGR codes on a terminal, nothing
 * elsewhere. Renderers take a style and stay pure; the shell decides which
 * one (src/cli/colour.ts: only on a TTY, never with NO_COLOR).
 */
export interface ConsoleStyle {
  added: (text: string) => string;
  removed: (text: string) => string;
  changed: (text: string) => string;
  bold: (text: string) => string;
}

const identity = (text: string) => text;

export const PLAIN_STYLE: ConsoleStyle = { added: identity, removed: identity, changed: identity, bold: identity };

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

export const ANSI_STYLE: ConsoleStyle = { added: sgr(32, 39), removed: sgr(31, 39), changed: sgr(33, 39), bold: sgr(1, 22) };
