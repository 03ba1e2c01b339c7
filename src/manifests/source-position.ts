/**
 * Offsets in a text → 1-based line/column positions, for files that did not
 * get as far as a YAML parse (encoding errors) and for YAML nodes.
 */
import type { LineCounter } from 'yaml';
import type { Position } from '../diagnostics/diagnostic.js';

/** A start/end pair of positions. */
export interface SourceRange {
  start: Position;
  end: Position;
}

/** The first position of a file. */
export const FILE_START: SourceRange = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

/** Position of `offset` according to a yaml LineCounter. */
export function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Position of `offset` by counting newlines in `text` (no parse needed). */
export function positionInText(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
