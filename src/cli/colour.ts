/**
 * Whether the CLI colours what it writes to one stream: only when the
 * stream is a terminal, never when NO_COLOR is set to anything but the empty
 * string (https://no-color.org), and never on TERM=dumb. Pure.
 */
import { ANSI_STYLE, PLAIN_STYLE, type ConsoleStyle } from '../render/console-style.js';

export function colourAllowed(isTerminal: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTerminal === true;
}

export function styleFor(colour: boolean): ConsoleStyle {
  return colour ? ANSI_STYLE : PLAIN_STYLE;
}
