/**
 * Third stage of the loader: each document's apiVersion and kind, then its
 * kind's JSON Schema (Ajv, all errors). Ajv reports JSON pointers; every one
 * is turned into a path the document can locate, and into a message that
 * names the field and says what is allowed.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as compiled from '../generated/manifest-validators.js';
import type { DocumentFinding } from './document-finding.js';
import type { ManifestDocument, PathSegment } from './manifest-document.js';
import { API_VERSION, isManifestKind, MANIFEST_KINDS, type ManifestKind, type ValidManifest } from './manifest-kinds.js';

/**
 * Each kind's schema (schemas/*.schema.json), compiled ahead of time by `npm run codegen`
 * (scripts/manifest-validators.mjs, Ajv standalone code with every error and verbose errors):
 * nothing is compiled at start-up, which was most of the CLI's cold start.
 */
const VALIDATORS: Record<ManifestKind, ValidateFunction> = {
  Environment: compiled.Environment as ValidateFunction,
  Role: compiled.Role as ValidateFunction,
  Integration: compiled.Integration as ValidateFunction,
  DataAction: compiled.DataAction as ValidateFunction,
};

/** Result of checking one document. */
export type SchemaCheck = { valid: ValidManifest; findings: [] } | { valid: undefined; findings: DocumentFinding[] };

/** Checks apiVersion, kind and the kind's schema. */
export function checkManifestSchema(document: ManifestDocument): SchemaCheck {
  const value = document.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalid([
      {
        code: 'GLG-NOT-A-MANIFEST',
        message: `a manifest must be a mapping with apiVersion, kind, metadata and spec; found ${describeValue(value)}`,
        path: [],
      },
    ]);
  }
  const record = value as Record<string, unknown>;
  if (record['apiVersion'] !== API_VERSION) {
    const found =
      record['apiVersion'] === undefined ? 'apiVersion is missing' : `apiVersion ${JSON.stringify(record['apiVersion'])} is not supported`;
    return invalid([
      {
        code: 'GLG-UNKNOWN-API-VERSION',
        message: `${found}; use apiVersion: ${API_VERSION}`,
        path: record['apiVersion'] === undefined ? [] : ['apiVersion'],
      },
    ]);
  }
  const kind = record['kind'];
  if (!isManifestKind(kind)) {
    const found = kind === undefined ? 'kind is missing' : `unknown kind ${JSON.stringify(kind)}`;
    return invalid([
      {
        code: 'GLG-UNKNOWN-KIND',
        message: `${found}; expected one of ${MANIFEST_KINDS.join(', ')}`,
        path: kind === undefined ? [] : ['kind'],
      },
    ]);
  }
  const validate = VALIDATORS[kind];
  if (validate(value)) {
    return { valid: { kind, document, manifest: value } as ValidManifest, findings: [] };
  }
  return invalid(translateAjvErrors(validate.errors ?? []));
}

function invalid(findings: DocumentFinding[]): SchemaCheck {
  return { valid: undefined, findings };
}

/** Ajv errors → findings with readable messages, without the noise of failed anyOf branches. */
export function translateAjvErrors(errors: readonly ErrorObject[]): DocumentFinding[] {
  const anyOfPaths = errors.filter((error) => error.keyword === 'anyOf' || error.keyword === 'oneOf').map((error) => error.schemaPath);
  const findings: DocumentFinding[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (anyOfPaths.some((schemaPath) => error.schemaPath.startsWith(`${schemaPath}/`))) continue;
    if (error.keyword === 'propertyNames') continue; // its inner error carries the name
    const finding = translateAjvError(error);
    const key = `${finding.path.join('/')}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function translateAjvError(error: ErrorObject): DocumentFinding {
  const path = pointerToPath(error.instancePath);
  const field = path.length === 0 ? 'manifest' : describePath(path);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      return { code: 'GLG-SCHEMA', message: `${field} is missing required property "${missing}"`, path, target: 'key' };
    }
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const allowed = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      return {
        code: 'GLG-SCHEMA',
        message: `unknown property "${extra}" in ${field}${allowed.length > 0 ? ` (allowed: ${allowed.join(', ')})` : ''}`,
        path: [...path, extra],
        target: 'key',
      };
    }
    case 'type': {
      const hint = typeof error.data === 'number' && params['type'] === 'string' ? ` (quote it: "${String(error.data)}")` : '';
      return { code: 'GLG-SCHEMA', message: `${field} must be ${String(params['type'])}, not ${describeValue(error.data)}${hint}`, path };
    }
    case 'enum':
      return {
        code: 'GLG-SCHEMA',
        message: `${field} must be one of ${(params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`,
        path,
      };
    case 'const':
      return { code: 'GLG-SCHEMA', message: `${field} must be ${JSON.stringify(params['allowedValue'])}`, path };
    case 'anyOf':
    case 'oneOf': {
      const branches = ((error.schema as Record<string, unknown>[] | undefined) ?? []).map((branch) =>
        String(branch['description'] ?? branch['type'] ?? 'another form').replace(/\.$/, ''),
      );
      return { code: 'GLG-SCHEMA', message: `${field} must be one of: ${branches.join('; ')} (found ${describeValue(error.data)})`, path };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: isTimeout(path) ? 'GLG-TIMEOUT' : 'GLG-SCHEMA',
        message: `${field} ${error.message ?? 'is out of range'}${isTimeout(path) ? ' (Genesys allows 1–60 seconds)' : ''}, found ${String(error.data)}`,
        path,
      };
    case 'minLength':
    case 'maxLength': {
      const length = typeof error.data === 'string' ? error.data.length : 0;
      return {
        code: isNameOrCategory(path) ? 'GLG-NAME-LENGTH' : 'GLG-SCHEMA',
        message: `${field} ${error.message ?? 'has a bad length'} (found ${length} characters)`,
        path,
      };
    }
    case 'pattern':
      return patternFinding(error, field, path);
    default:
      return otherFinding(error, field, path);
  }
}

/** A value, or a key (`propertyNames`), that does not match the schema's pattern. */
function patternFinding(error: ErrorObject, field: string, path: PathSegment[]): DocumentFinding {
  const params = error.params as Record<string, unknown>;
  const propertyName = params['propertyName'];
  if (typeof propertyName === 'string' || error.propertyName !== undefined) {
    const name = error.propertyName ?? String(propertyName);
    return {
      code: 'GLG-SCHEMA',
      message: `key "${name}" in ${field} must match ${String(params['pattern'])}`,
      path: [...path, name],
      target: 'key',
    };
  }
  return { code: 'GLG-SCHEMA', message: `${field} ${JSON.stringify(error.data)} must match ${String(params['pattern'])}`, path };
}

/** Any other keyword, in Ajv's own words, at the key when the error is about a property name. */
function otherFinding(error: ErrorObject, field: string, path: PathSegment[]): DocumentFinding {
  if (error.propertyName !== undefined) {
    return {
      code: 'GLG-SCHEMA',
      message: `key "${error.propertyName}" in ${field} ${error.message ?? 'is not allowed'}`,
      path: [...path, error.propertyName],
      target: 'key',
    };
  }
  return { code: 'GLG-SCHEMA', message: `${field} ${error.message ?? 'is invalid'}`, path };
}

function isTimeout(path: readonly PathSegment[]): boolean {
  return path.length === 2 && path[0] === 'spec' && path[1] === 'timeoutSeconds';
}

function isNameOrCategory(path: readonly PathSegment[]): boolean {
  return (
    (path.length === 2 && path[0] === 'metadata' && path[1] === 'name') ||
    (path.length === 2 && path[0] === 'spec' && path[1] === 'category')
  );
}

/** `/spec/tests/0/name` → ['spec', 'tests', 0, 'name']. */
export function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/** ['spec', 'tests', 0, 'name'] → `spec.tests[0].name`. */
export function describePath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** "a string", "a number 12", "a list", ... for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `a string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value === 'number' ? 'a number' : `a ${typeof value}`} ${String(value)}`;
}
