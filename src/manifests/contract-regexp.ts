/**
 * The regular expressions of a contract (`pattern`, `patternProperties`), as
 * the contract Ajv builds them. Ajv compiles them with the `u` flag, and V8's
 * linear-time engine, which takes over a match that backtracks too often
 * (src/regexp-backtracking.ts), does not run `u` expressions. Without `u`
 * an expression matches a string of the Basic Multilingual Plane exactly as
 * with it, unless it uses syntax only `u` knows (`\u{…}`, `\p{…}`): so such a
 * string is matched without `u`, which V8 can bound, and any other with it.
 */
import type { RegExpEngine, RegExpLike } from 'ajv/dist/types/index.js';

/** Syntax whose meaning differs without `u` (`\u{41}` would be 41 u's, `\p{L}` a literal). */
const UNICODE_ONLY_SYNTAX = /\\[uUpP]\{|\\[pP]/;
const SURROGATE = /[\uD800-\uDFFF]/;

function compileContractRegExp(pattern: string, flags: string): RegExpLike {
  // Compiled as Ajv would first: a pattern `u` refuses is refused (the contract is not a JSON Schema).
  const unicode = new RegExp(pattern, flags);
  const bounded = flags.includes('u') && !UNICODE_ONLY_SYNTAX.test(pattern) ? withoutUnicodeFlag(pattern, flags) : undefined;
  const expression: RegExpLike & { toString(): string } = {
    test: (text: string) => (bounded !== undefined && !SURROGATE.test(text) ? bounded.test(text) : unicode.test(text)),
    // Ajv keys the expressions of a compiled schema by their text.
    toString: () => unicode.toString(),
  };
  return expression;
}

function withoutUnicodeFlag(pattern: string, flags: string): RegExp | undefined {
  try {
    return new RegExp(pattern, flags.replace('u', ''));
  } catch {
    return undefined;
  }
}

export const contractRegExp: RegExpEngine = Object.assign(compileContractRegExp, { code: 'contractRegExp' });
