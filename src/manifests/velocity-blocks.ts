/**
 * The block structure of a Velocity template: which directives open a block
 * (`#if`, `#foreach`, `#macro`, `#define`, a block macro call `#@name`), which
 * `#end` closes it, how deep blocks nest. Read before velocityjs parses the
 * template, for two reasons: velocityjs accepts a block that is never closed,
 * which Apache Velocity (what Genesys runs) refuses at the end of the
 * template; and it takes time exponential in the number of unclosed blocks
 * (thirty `#if(true)` ran a validate out of memory). Comments (`##`, `#* *#`),
 * unparsed content (`#[[ ]]#`), escaped directives (`\#if`) and the text
 * inside a directive's parentheses open and close nothing. Pure.
 */

export interface VelocityBlock {
  /** The directive as written (`if`, `foreach`, `@box`). */
  directive: string;
  /** Index of its `#` in the template. */
  index: number;
}

export interface VelocityBlocks {
  /** Blocks still open at the end of the template, outermost first. */
  unclosed: VelocityBlock[];
  /** The deepest nesting of blocks. */
  maxDepth: number;
}

const BLOCK_DIRECTIVES = new Set(['if', 'foreach', 'macro', 'define']);
/** `#name`, `#{name}` or `#@name` at `#`. */
const DIRECTIVE = /#(?:\{(@?[a-zA-Z][\w-]*)\}|(@?[a-zA-Z][\w-]*))/y;

export function scanVelocityBlocks(template: string): VelocityBlocks {
  const open: VelocityBlock[] = [];
  let maxDepth = 0;
  let index = 0;
  while (index < template.length) {
    const hash = template.indexOf('#', index);
    if (hash < 0) break;
    const skipped = skipNonDirective(template, hash);
    if (skipped !== undefined) {
      index = skipped;
      continue;
    }
    DIRECTIVE.lastIndex = hash;
    const match = DIRECTIVE.exec(template);
    if (match === null) {
      index = hash + 1;
      continue;
    }
    const directive = match[1] ?? match[2] ?? '';
    index = DIRECTIVE.lastIndex;
    if (directive === 'end') {
      open.pop();
      continue;
    }
    if (!BLOCK_DIRECTIVES.has(directive) && !directive.startsWith('@')) continue;
    // A block directive takes arguments; without them it is text.
    const afterArguments = skipArguments(template, index);
    if (afterArguments === undefined) continue;
    open.push({ directive, index: hash });
    maxDepth = Math.max(maxDepth, open.length);
    index = afterArguments;
  }
  return { unclosed: open, maxDepth };
}

/** The index after a comment, unparsed content or escaped directive starting at `hash`; undefined when there is none. */
function skipNonDirective(template: string, hash: number): number | undefined {
  const next = template[hash + 1];
  if (next === '#') {
    const lineEnd = template.indexOf('\n', hash);
    return lineEnd < 0 ? template.length : lineEnd + 1;
  }
  if (next === '*') return endOf(template, '*#', hash + 2);
  if (next === '[' && template[hash + 2] === '[') return endOf(template, ']]#', hash + 3);
  let backslashes = 0;
  while (template[hash - 1 - backslashes] === '\\') backslashes += 1;
  return backslashes % 2 === 1 ? hash + 1 : undefined;
}

function endOf(template: string, closer: string, from: number): number {
  const at = template.indexOf(closer, from);
  return at < 0 ? template.length : at + closer.length;
}

/** After optional spaces, a parenthesised argument list (quotes respected): the index after its `)`. */
function skipArguments(template: string, from: number): number | undefined {
  let index = from;
  while (template[index] === ' ' || template[index] === '\t') index += 1;
  if (template[index] !== '(') return undefined;
  let depth = 0;
  let quote: string | undefined;
  for (; index < template.length; index++) {
    const character = template[index];
    if (quote !== undefined) {
      if (character === quote) quote = undefined;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
  }
  return undefined;
}
