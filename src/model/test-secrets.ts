/**
 * Secret test inputs: a smoke test's input value may be `{{ secrets.NAME }}`
 * (alone or inside a longer string), so that a test can send a credential
 * without committing it. The manifests keep the reference; apply reads the
 * value from the environment variable `GENESYS_TEST_SECRET_<NAME>` (NAME
 * upper-cased, as GitHub spells secret names), masks it with the runner, and
 * every plan, comment, summary and log shows `(secret)` instead.
 */

/** Shown wherever a test input that uses a secret would appear. */
export const SECRET_PLACEHOLDER = '(secret)';

/** The prefix of the environment variables that hold secret test inputs. */
export const TEST_SECRET_VARIABLE_PREFIX = 'GENESYS_TEST_SECRET_';

const SECRET_REFERENCE = /\{\{\s*secrets\.([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/** The environment variable that holds secret `name`. */
export function testSecretVariable(name: string): string {
  return `${TEST_SECRET_VARIABLE_PREFIX}${name.toUpperCase()}`;
}

/** The secret names `text` refers to, in order of first use. */
export function secretNamesIn(text: string): string[] {
  return [...new Set([...text.matchAll(SECRET_REFERENCE)].map((match) => match[1] as string))];
}

/** True when `value` is a string that refers to a secret. */
export function usesSecret(value: unknown): value is string {
  return typeof value === 'string' && secretNamesIn(value).length > 0;
}

/** `text` with every secret reference replaced by its value, or the names that have none. */
export function substituteSecrets(
  text: string,
  lookup: (name: string) => string | undefined,
): { value: string; missing: [] } | { value: undefined; missing: string[] } {
  // Each secret is looked up once: a lookup may have effects (masking the value with the runner).
  const values = new Map(secretNamesIn(text).map((name) => [name, lookup(name)]));
  const missing = [...values].filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length > 0) return { value: undefined, missing };
  return { value: text.replace(SECRET_REFERENCE, (_reference, name: string) => values.get(name) ?? ''), missing: [] };
}

/** A copy of a test input with every value that uses a secret shown as {@link SECRET_PLACEHOLDER}. */
export function redactSecretInputs<T>(input: Record<string, T>): Record<string, T | string> {
  const redacted: Record<string, T | string> = {};
  for (const [key, value] of Object.entries(input)) redacted[key] = usesSecret(value) ? SECRET_PLACEHOLDER : value;
  return redacted;
}
