/**
 * Secret test inputs at apply: each `{{ secrets.NAME }}` in a smoke test's
 * input is read from `GENESYS_TEST_SECRET_<NAME>` just before the test runs,
 * masked with the runner at once, and every value the test reports back
 * (output, failures, trace) has it replaced by `(secret)`, since a Lambda may
 * echo its input. A test whose secret is not set does not run: it fails,
 * saying which variable to set.
 */
import type { DesiredActionTest } from '../model/desired-state.js';
import type { JsonValue } from '../model/json.js';
import { SECRET_PLACEHOLDER, substituteSecrets, testSecretVariable, usesSecret } from '../model/test-secrets.js';

/** Where secret values come from, and how the runner is told to mask them. */
export interface TestSecretSource {
  /** The value of secret `name` (from GENESYS_TEST_SECRET_<NAME>), or undefined when it is not set. */
  lookup(name: string): string | undefined;
  /** Masks a value in every later log line (ActionIo.setSecret in the action). */
  mask(value: string): void;
}

export type ResolvedTestInput =
  | { input: Record<string, JsonValue>; secretValues: string[] }
  /** The environment variables that are not set. */
  | { missing: string[] };

/** The test's input with its secrets filled in (and masked), or the variables that are missing. */
export function resolveTestInput(test: DesiredActionTest, source: TestSecretSource | undefined): ResolvedTestInput {
  const input: Record<string, JsonValue> = {};
  const missing = new Set<string>();
  const secretValues = new Set<string>();
  for (const [key, value] of Object.entries(test.input)) {
    if (!usesSecret(value)) {
      input[key] = value;
      continue;
    }
    const substituted = substituteSecrets(value, (name) => {
      const secret = source?.lookup(name);
      if (secret !== undefined && secret !== '') {
        source?.mask(secret);
        secretValues.add(secret);
      }
      return secret === '' ? undefined : secret;
    });
    if (substituted.value === undefined) for (const name of substituted.missing) missing.add(testSecretVariable(name));
    else input[key] = substituted.value;
  }
  if (missing.size > 0) return { missing: [...missing].sort() };
  return { input, secretValues: [...secretValues].sort((a, b) => b.length - a.length) };
}

/** A deep copy of `value` with every occurrence of a secret value in its strings replaced by `(secret)`. */
export function redactSecretValues<T>(value: T, secretValues: readonly string[]): T {
  if (secretValues.length === 0) return value;
  const redact = (node: unknown): unknown => {
    if (typeof node === 'string') return secretValues.reduce((text, secret) => text.split(secret).join(SECRET_PLACEHOLDER), node);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(node)) {
        Object.defineProperty(copy, redact(key) as string, { value: redact(member), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    return node;
  };
  return redact(value) as T;
}
