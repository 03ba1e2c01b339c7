/**
 * A data action's `tests` are checked offline against its contracts, so a
 * smoke test that could never pass (wrong input, expecting a key the output
 * cannot have) fails validate instead of apply.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isJsonSchema as isJsonSchemaCompiled } from '../generated/contract-meta-validator.js';
import { canonicalJson, type JsonObject, type JsonValue } from '../model/json.js';
import { contractRegExp } from './contract-regexp.js';
import { usesSecret } from '../model/test-secrets.js';
import type { DocumentFinding } from './document-finding.js';
import type { PathSegment } from './manifest-document.js';
import { describePath, pointerToPath, translateAjvErrors } from './schema-validation.js';

/** One entry of `spec.tests`, as validated by the schema. */
export interface ActionTestManifest {
  name: string;
  input: Record<string, JsonValue>;
  expect: JsonObject;
  execute?: boolean;
}

/** A compiled contract, or why it is not a JSON Schema and where (path inside the contract). */
export type CompiledContract = { validate: ValidateFunction } | { error: string; path: PathSegment[] };

/**
 * Compiles a user contract for validating test inputs. `$schema` is dropped
 * because Genesys accepts draft-04 URIs that Ajv 8 does not know, and the
 * keywords Genesys contracts use mean the same in draft-04 and draft-07.
 */
export function compileContract(schema: JsonObject): CompiledContract {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) if (key !== '$schema' && key !== '$id') copy[key] = value;
  const key = canonicalJson(copy);
  const cached = compiledContracts.get(key);
  if (cached) return cached;
  let compiled: CompiledContract;
  const ajv = contractAjv();
  if (!isJsonSchema(copy)) {
    const [first] = translateAjvErrors(isJsonSchema.errors ?? []);
    compiled = { error: first?.message ?? 'not a valid JSON Schema', path: first?.path ?? [] };
  } else {
    try {
      compiled = { validate: ajv.compile(copy) };
    } catch (error) {
      compiled = { error: error instanceof Error ? error.message : String(error), path: invalidPatternPath(copy) ?? [] };
    }
  }
  if (compiledContracts.size >= MAX_CACHED_CONTRACTS) compiledContracts.clear();
  compiledContracts.set(key, compiled);
  return compiled;
}

/**
 * Where the first regular expression of a schema that does not compile is (`…pattern`, or the key of
 * `patternProperties`): Ajv's error names the expression, not its place.
 */
function invalidPatternPath(schema: unknown, path: PathSegment[] = []): PathSegment[] | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  if (Array.isArray(schema)) {
    for (const [index, item] of schema.entries()) {
      const found = invalidPatternPath(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === 'pattern' && typeof value === 'string' && !compiles(value)) return [...path, key];
    if (key === 'patternProperties' && value !== null && typeof value === 'object') {
      const bad = Object.keys(value).find((pattern) => !compiles(pattern));
      if (bad !== undefined) return [...path, key, bad];
    }
    const found = invalidPatternPath(value, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Many actions share a contract; compiling is the expensive part of validating tests. */
const compiledContracts = new Map<string, CompiledContract>();
const MAX_CACHED_CONTRACTS = 1000;
let sharedAjv: Ajv | undefined;

/**
 * The contract Ajv's options; scripts/contract-meta-validator.mjs compiles the meta-schema check
 * with the same ones. Formats are annotations: Genesys accepts unknown ones (`date`, …), and Ajv
 * would warn about each on stderr, unlocated.
 */
export const CONTRACT_AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true, addUsedSchema: false, validateFormats: false };

/** Is the value a JSON Schema (Ajv's draft-07 meta-schema), compiled ahead of time by codegen. */
const isJsonSchema = isJsonSchemaCompiled as ((schema: unknown) => boolean) & { errors?: ErrorObject[] | null };

function contractAjv(): Ajv {
  // The meta-schema check is isJsonSchema, done before compiling: Ajv need not compile the meta-schema itself.
  // Nor does it need the draft-07 meta-schema added (meta: false): nothing refers to it, and adding it is startup time.
  // The generated code is not optimized (same checks, ~30 % less compile time; a run compiles each contract once).
  // Patterns are built by contractRegExp, so that V8 can bound one that backtracks exponentially.
  sharedAjv ??= new Ajv({ ...CONTRACT_AJV_OPTIONS, validateSchema: false, meta: false, code: { optimize: false, regExp: contractRegExp } });
  return sharedAjv;
}

/** Checks every test; `testsPath` is the path of `spec.tests`. */
export function checkActionTests(
  tests: readonly ActionTestManifest[],
  input: JsonObject,
  output: JsonObject,
  testsPath: readonly PathSegment[],
): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const compiled = compileContract(input);
  const seen = new Map<string, number>();
  tests.forEach((test, index) => {
    const testPath = [...testsPath, index];
    const previous = seen.get(test.name);
    if (previous !== undefined) {
      findings.push({
        code: 'GLG-DUPLICATE-NAME',
        message: `test name "${test.name}" is already used by tests[${previous}] of this action`,
        path: [...testPath, 'name'],
      });
    } else {
      seen.set(test.name, index);
    }
    // A secret's value is unknown until apply: its key is checked for presence and type, not for its value.
    const secretKeys = Object.keys(test.input).filter((key) => usesSecret(test.input[key]));
    const probe = Object.fromEntries(Object.entries(test.input).filter(([key]) => !secretKeys.includes(key)));
    findings.push(...checkSecretInputs(test.name, secretKeys, input, [...testPath, 'input']));
    if ('validate' in compiled && !compiled.validate(probe)) {
      for (const error of compiled.validate.errors ?? []) {
        if (error.keyword === 'required' && secretKeys.includes(String((error.params as Record<string, unknown>)['missingProperty'])))
          continue;
        const inner = pointerToPath(error.instancePath);
        const params = error.params as Record<string, unknown>;
        const where = inner.length === 0 ? 'input' : `input.${describePath(inner)}`;
        const message =
          error.keyword === 'required'
            ? `test "${test.name}": input is missing "${String(params['missingProperty'])}", which the input contract requires`
            : error.keyword === 'additionalProperties'
              ? `test "${test.name}": input has "${String(params['additionalProperty'])}", which the input contract does not allow`
              : `test "${test.name}": ${where} ${error.message ?? 'does not match the input contract'}`;
        const extra = error.keyword === 'additionalProperties' ? [String(params['additionalProperty'])] : [];
        findings.push({
          code: 'GLG-TEST-INPUT',
          message,
          path: [...testPath, 'input', ...inner, ...extra],
          target: extra.length > 0 ? 'key' : 'value',
        });
      }
    }
    findings.push(...checkExpectedKeys(test.name, test.expect, output, [...testPath, 'expect'], []));
  });
  return findings;
}

/** Secret inputs are text: the contract must let each one in, as a string. */
function checkSecretInputs(
  testName: string,
  keys: readonly string[],
  input: JsonObject,
  inputPath: readonly PathSegment[],
): DocumentFinding[] {
  const properties = input['properties'] !== null && typeof input['properties'] === 'object' ? (input['properties'] as JsonObject) : {};
  const findings: DocumentFinding[] = [];
  for (const key of keys) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (property === undefined) {
      if (input['additionalProperties'] === false)
        findings.push({
          code: 'GLG-TEST-INPUT',
          message: `test "${testName}": input has "${key}", which the input contract does not allow`,
          path: [...inputPath, key],
          target: 'key',
        });
      continue;
    }
    const type = property !== null && typeof property === 'object' && !Array.isArray(property) ? property['type'] : undefined;
    const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : [];
    if (types.length > 0 && !types.includes('string'))
      findings.push({
        code: 'GLG-TEST-INPUT',
        message: `test "${testName}": input "${key}" is a secret, which is text, but the input contract types it ${JSON.stringify(type)}`,
        path: [...inputPath, key],
      });
  }
  return findings;
}

/** Every expected key must exist in the output contract, recursively for nested objects. */
function checkExpectedKeys(
  testName: string,
  expected: JsonObject,
  schema: JsonObject,
  path: readonly PathSegment[],
  keyPath: readonly string[],
): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const properties = schema['properties'];
  const known = properties !== null && typeof properties === 'object' && !Array.isArray(properties) ? properties : {};
  for (const [key, value] of Object.entries(expected)) {
    const fullKey = [...keyPath, key].join('.');
    if (!Object.hasOwn(known, key)) {
      const names = Object.keys(known);
      findings.push({
        code: 'GLG-TEST-EXPECT',
        message: `test "${testName}" expects "${fullKey}", which the output contract does not define${names.length > 0 ? ` (it defines: ${names.join(', ')})` : ''}`,
        path: [...path, key],
        target: 'key',
      });
      continue;
    }
    const child = known[key];
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      child !== null &&
      typeof child === 'object' &&
      !Array.isArray(child) &&
      child['properties'] !== undefined
    ) {
      findings.push(...checkExpectedKeys(testName, value, child, [...path, key], [...keyPath, key]));
    }
  }
  return findings;
}
