/**
 * IAM resource matching for Lambda ARNs. IAM compares the whole ARN string
 * with `*` and `?` wildcards, case-sensitively. Lambda makes qualifiers
 * significant: `fn` grants only the unqualified ARN, `fn:live` only that
 * alias, and `fn:*` every qualified ARN but not the unqualified one. Plain
 * glob matching on the whole ARN gives exactly these semantics.
 */

/** True when the IAM resource pattern grants `arn`. */
export function resourceGrants(pattern: string, arn: string): boolean {
  return globToRegExp(pattern).test(arn);
}

/** True when the pattern contains an IAM wildcard. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/** True when an IAM action pattern (case-insensitive, wildcards) matches `action`. */
export function actionMatches(pattern: string, action: string): boolean {
  return new RegExp(`^${globSource(pattern)}$`, 'i').test(action);
}

function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${globSource(pattern)}$`);
}

function globSource(pattern: string): string {
  return pattern
    .split('')
    .map((character) => (character === '*' ? '.*' : character === '?' ? '.' : character.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
    .join('');
}
