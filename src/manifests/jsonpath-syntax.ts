/**
 * JSONPath syntax as Genesys' translation maps use it (Jayway-style):
 * `$` followed by `.name`, `..name`, `.*`, `[*]`, `[0]`, `[0,1]`, `[1:3]`,
 * `['name']`, `[?(...)]`. jsonpath-plus is very lenient (it accepts `$[`),
 * so the structure is checked here and jsonpath-plus then must accept it too.
 */
import { JSONPath } from 'jsonpath-plus';

/** Undefined when valid, otherwise what is wrong and where (0-based index). */
export function findJsonPathError(path: string): { message: string; index: number } | undefined {
  if (!path.startsWith('$')) return { message: 'a JSONPath starts with $ (e.g. $.status)', index: 0 };
  let index = 1;
  while (index < path.length) {
    const character = path[index];
    if (character === '.') {
      const recursive = path[index + 1] === '.';
      index += recursive ? 2 : 1;
      if (path[index] === '[' && recursive) continue;
      if (path[index] === '*') {
        index++;
        continue;
      }
      const name = /^[^.[\]\s()'"]+/.exec(path.slice(index));
      if (!name) return { message: 'expected a property name after "."', index };
      index += name[0].length;
    } else if (character === '[') {
      const end = closingBracket(path, index);
      if (end === -1) return { message: 'unclosed "["', index };
      const content = path.slice(index + 1, end).trim();
      if (!isBracketContent(content)) return { message: `unsupported bracket expression [${content}]`, index };
      index = end + 1;
    } else {
      return { message: `unexpected "${character}"; use .name or [...]`, index };
    }
  }
  try {
    JSONPath.toPathArray(path);
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), index: 0 };
  }
  return undefined;
}

function isBracketContent(content: string): boolean {
  if (content === '*') return true;
  if (/^-?[0-9]+(\s*,\s*-?[0-9]+)*$/.test(content)) return true;
  if (/^-?[0-9]*:-?[0-9]*(:-?[0-9]*)?$/.test(content)) return true;
  if (/^('([^'\\]|\\.)*'|"([^"\\]|\\.)*")(\s*,\s*('([^'\\]|\\.)*'|"([^"\\]|\\.)*"))*$/.test(content)) return true;
  if (/^\?\(.*\)$/s.test(content) && balanced(content.slice(1))) return true;
  if (/^\(.*\)$/s.test(content) && balanced(content)) return true;
  return false;
}

/** Index of the `]` closing the `[` at `start`, skipping quoted strings and nested brackets. */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === '\\') index++;
      else if (character === quote) quote = undefined;
    } else if (character === "'" || character === '"') quote = character;
    else if (character === '[') depth++;
    else if (character === ']' && --depth === 0) return index;
  }
  return -1;
}

function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote) {
      if (character === '\\') index++;
      else if (character === quote) quote = undefined;
    } else if (character === "'" || character === '"') quote = character;
    else if (character === '(') depth++;
    else if (character === ')' && --depth < 0) return false;
  }
  return depth === 0 && quote === undefined;
}
