/**
 * IAM wildcard matching: the only implementation in this tree (the lint, the
 * plan's cross-checks and the broadening diff all use it).
 *
 * IAM compares the whole string: `*` matches any run of characters (none
 * included, `:` included) and `?` exactly one. Action names are
 * case-insensitive; resource ARNs are case-sensitive. For Lambda this makes
 * qualifiers significant with no special case: `function:f` matches only the
 * unqualified ARN, `function:f:live` only that alias, and `function:f:*` every
 * qualified ARN but not the unqualified one.
 */

/** True when the IAM pattern matches the whole of `value`; `caseInsensitive` for action names. */
export function iamPatternMatches(pattern: string, value: string, caseInsensitive = false): boolean {
  return compiledPattern(pattern, caseInsensitive).test(value);
}

/** A plan checks every action's function against every statement: the same few patterns, thousands of times. */
const compiledPatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 1000;

function compiledPattern(pattern: string, caseInsensitive: boolean): RegExp {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let compiled = compiledPatterns.get(key);
  if (compiled === undefined) {
    if (compiledPatterns.size >= MAX_COMPILED_PATTERNS) compiledPatterns.clear();
    // Without the g or y flag, test() keeps no state between calls: one RegExp serves every caller.
    compiled = new RegExp(`^${patternSource(pattern)}$`, caseInsensitive ? 'i' : '');
    compiledPatterns.set(key, compiled);
  }
  return compiled;
}

/** True when an `Action` pattern (e.g. `lambda:Invoke*`) matches the action name `action`. */
export function actionPatternMatches(pattern: string, action: string): boolean {
  return iamPatternMatches(pattern, action, true);
}

/** True when a `Resource` pattern matches `arn` exactly as IAM compares them. */
export function resourcePatternMatches(pattern: string, arn: string): boolean {
  return iamPatternMatches(pattern, arn, false);
}

/** True when the pattern contains an IAM wildcard. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

function patternSource(pattern: string): string {
  let source = '';
  for (const character of pattern) {
    if (character === '*') source += '.*';
    else if (character === '?') source += '.';
    else source += character.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return source;
}
