/**
 * Secret test inputs at apply: each `{{ secrets.NAME }}` in a smoke test's
 * input is read from `GENESYS_TEST_SECRET_<NAME>` just before the test runs,
 * masked with the runner at once, and every value the test reports back
 * (output, failures, trace) has it replaced by `(secret)`, since a Lambda may
 * echo its input. A test whose secret is not set does not run: it fails,
 * saying which variable to set.
 *
 * What comes back may carry the value in another form than the one sent: a
 * Lambda or Genesys may quote it as JSON (`pa\"ss`), as ASCII-only JSON
 * (`\u00e9`), HTML-escape or URL-encode it, and the Genesys client reduces an
 * error body to one short line (whitespace collapsed, quotes dropped, cut with
 * `…`). Every one of those forms is redacted, in one pass (a placeholder is
 * never scanned again), before anything is formatted for a report: renderers
 * escape later, so what they are given must already be clean.
 *
 * Short values: every non-empty value is redacted wherever it occurs in what
 * came back, however short (as the runner masks it everywhere in the log); a
 * one-character secret mangles the text it occurs in, which is the price of
 * never showing it. Only the forms derived by dropping characters (collapsed
 * whitespace, dropped quotes) need {@link MIN_REDUCED_FORM_CHARS} characters
 * left, since a shorter remainder is ordinary text rather than the secret.
 * What identifies a test (address, action id, test name) comes from the
 * manifests, not from the run, and is left as it is.
 */
import type { DesiredActionTest } from '../model/desired-state.js';
import type { JsonValue } from '../model/json.js';
import { SECRET_PLACEHOLDER, substituteSecrets, testSecretVariable, usesSecret } from '../model/test-secrets.js';
import { describeNonJsonBody, plainServerMessage } from '../providers/genesys/server-body-text.js';

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
        // Masked in each form it may be printed in (a log line quoting it as JSON is masked too).
        for (const form of expandedSecretForms(secret)) source?.mask(form);
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

/** Fewest characters a form of a secret with characters dropped from it (see {@link secretForms}) must keep to be redacted. */
export const MIN_REDUCED_FORM_CHARS = 4;

const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** The inside of `text` as a JSON string literal. */
function jsonEscaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** JSON as ASCII-only encoders write it (Python's json.dumps, Gson): every other code unit as \uXXXX. */
function asciiJsonEscaped(text: string, hexCase: 'lower' | 'upper', htmlSafe: boolean): string {
  const unsafe = htmlSafe ? /[^\u0020-\u007e]|[<>&=']/g : /[^\u0020-\u007e]/g;
  return jsonEscaped(text).replace(unsafe, (char) => {
    const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
    return `\\u${hexCase === 'lower' ? hex : hex.toUpperCase()}`;
  });
}

function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function urlEncoded(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined; // a lone surrogate: no URL carries it
  }
}

/** As the Genesys client reduces a server message to one line (server-body-text.ts): control characters and runs of whitespace to one space. */
function singleLine(text: string): string {
  return text.replace(ANSI_ESCAPE, '').replace(CONTROL_OR_SEPARATOR, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The forms `secret` may take as it is passed on: as it is, JSON-escaped (once, twice, ASCII-only,
 * HTML-safe), HTML-escaped, URL-encoded, and as a JSON Pointer segment (a contract violation's path).
 * None is shorter than the value; each is masked with the runner too.
 */
export function expandedSecretForms(secret: string): string[] {
  if (secret === '') return [];
  const json = jsonEscaped(secret);
  const forms = [
    secret,
    json,
    jsonEscaped(json),
    asciiJsonEscaped(secret, 'lower', false),
    asciiJsonEscaped(secret, 'upper', false),
    asciiJsonEscaped(secret, 'lower', true),
    asciiJsonEscaped(secret, 'upper', true),
    htmlEscaped(secret),
    urlEncoded(secret),
    secret.replace(/~/g, '~0').replace(/\//g, '~1'),
  ];
  return [...new Set(forms.filter((form): form is string => form !== undefined))];
}

/** The text an error-body description quotes: `an HTML page: "…"` or `"…"` without its wrapping. */
function quotedText(description: string | undefined): string {
  return (description ?? '').replace(/^an HTML page(: )?/, '').replace(/^"(.*)"$/s, '$1');
}

/**
 * `form` as the Genesys client passes a server's error text on (server-body-text.ts): as a JSON body's
 * message (one line, whitespace collapsed), as a non-JSON body (quotes and angle brackets dropped), and
 * as text in an HTML page (tags dropped, entities decoded); each also without a length cap.
 */
function reducedForms(form: string): string[] {
  return [
    plainServerMessage(form),
    quotedText(describeNonJsonBody(form)),
    quotedText(describeNonJsonBody(`<p>${form}</p>`)),
    singleLine(form),
    singleLine(form.replace(/["`<>]/g, ' ')),
  ];
}

/**
 * Every form `secret` may take in text that comes back, longest first: the expanded ones
 * ({@link expandedSecretForms}), and the value and its JSON as the Genesys client reduces an error
 * body ({@link reducedForms}) when at least {@link MIN_REDUCED_FORM_CHARS} characters are left.
 */
export function secretForms(secret: string): string[] {
  if (secret === '') return [];
  const reduced = [secret, jsonEscaped(secret)].flatMap(reducedForms).filter((form) => form.length >= MIN_REDUCED_FORM_CHARS);
  return [...new Set([...expandedSecretForms(secret), ...reduced])].sort((a, b) => b.length - a.length);
}

/** How to take secret values out of text. */
export interface SecretRedaction {
  /** `text` with every form of every secret replaced by `(secret)`. */
  text(text: string): string;
  /**
   * As {@link text}, for an error message: also the start of a secret cut off by `…` (the Genesys
   * client shortens a long server message, and the cut may fall inside a value it quotes).
   */
  errorText(text: string): string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The redaction of `secretValues` (none: text is left as it is). */
export function secretRedaction(secretValues: readonly string[]): SecretRedaction {
  const forms = [...new Set(secretValues.flatMap(secretForms))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { text: (text) => text, errorText: (text) => text };
  // One pass over all forms, longest first, so that a placeholder written is never matched again; a
  // placeholder already there (text redacted before it was quoted) is kept as it is, for the same reason.
  // (Sorted in by length, after forms as long: a longer form that starts with it is still matched whole.)
  const alternatives = [...forms, SECRET_PLACEHOLDER].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(alternatives.map(escapeRegExp).join('|'), 'g');
  const text = (input: string): string => input.replace(pattern, () => SECRET_PLACEHOLDER);
  const errorText = (input: string): string => redactCutOffStarts(text(input), forms);
  return { text, errorText };
}

/** Before each `…`, the longest text that is the start of a form of a secret, replaced by `(secret)`. */
function redactCutOffStarts(text: string, forms: readonly string[]): string {
  let result = '';
  let from = 0;
  for (let at = text.indexOf('…'); at !== -1; at = text.indexOf('…', at + 1)) {
    let longest = 0;
    for (const form of text.endsWith(SECRET_PLACEHOLDER, at) ? [] : forms) {
      for (let length = Math.min(form.length - 1, at - from); length > longest; length--) {
        if (text.endsWith(form.slice(0, length), at)) {
          longest = length;
          break;
        }
      }
    }
    result += text.slice(from, at - longest) + (longest > 0 ? SECRET_PLACEHOLDER : '');
    from = at;
  }
  return result + text.slice(from);
}

/**
 * A deep copy of `value` with every form of a secret value in its strings (and keys) replaced by
 * `(secret)`; `errors` redacts strings as error messages ({@link SecretRedaction.errorText}).
 */
export function redactSecretValues<T>(value: T, secretValues: readonly string[], errors = false): T {
  if (secretValues.length === 0) return value;
  return redactWith(value, secretRedaction(secretValues), errors);
}

/** As {@link redactSecretValues}, with a redaction already built. */
export function redactWith<T>(value: T, redaction: SecretRedaction, errors = false): T {
  const redactString = errors ? redaction.errorText : redaction.text;
  const redact = (node: unknown): unknown => {
    if (typeof node === 'string') return redactString(node);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, member] of Object.entries(node)) {
        Object.defineProperty(copy, redactString(key), { value: redact(member), enumerable: true, writable: true, configurable: true });
      }
      return copy;
    }
    return node;
  };
  return redact(value) as T;
}
