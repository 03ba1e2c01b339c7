/**
 * Genesys' rules for data-action contracts (docs/reference/genesys-api.md §4, help ?p=141876):
 * the input is a flat object of string/integer/number/boolean/null
 * properties with restricted, non-reserved names; the output's top level is
 * an object, arrays may hold only primitives; no `$ref`; depth at most 50.
 * Genesys rejects violations at publish time with terse errors; these rules
 * say the same thing at the line that causes it.
 */
import type { JsonObject } from '../model/json.js';
import type { PathSegment } from './manifest-document.js';
import type { DocumentFinding } from './document-finding.js';

/** Property names Genesys reserves in input contracts. */
export const RESERVED_INPUT_NAMES: readonly string[] = ['orgId', 'integrationId', 'rawRequest'];
/** Genesys' input property name rule. */
export const INPUT_PROPERTY_NAME = /^[a-zA-Z][a-zA-Z0-9_-]*$/;
/** Genesys' JSON depth limit for contracts. */
export const MAX_CONTRACT_DEPTH = 50;

const FLAT_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'null']);

/** Checks `spec.contract.input`. `path` is where the input schema sits in the document. */
export function checkInputContract(schema: JsonObject, path: readonly PathSegment[]): DocumentFinding[] {
  const findings: DocumentFinding[] = [...findRefs(schema, path), ...checkDepth(schema, path)];
  if (schema['type'] !== 'object') {
    findings.push({
      code: 'GLG-CONTRACT-INPUT-NOT-FLAT',
      message: `the input contract must be a flat object: set type: object (found ${JSON.stringify(schema['type'] ?? null)})`,
      path: [...path, ...(schema['type'] === undefined ? [] : ['type'])],
    });
  }
  const properties = asObject(schema['properties']);
  for (const [name, property] of Object.entries(properties ?? {})) {
    const propertyPath = [...path, 'properties', name];
    if (!INPUT_PROPERTY_NAME.test(name)) {
      findings.push({
        code: 'GLG-CONTRACT-PROPERTY-NAME',
        message: `input property name "${name}" must match ^[a-zA-Z][a-zA-Z0-9_-]*$`,
        path: propertyPath,
        target: 'key',
      });
    }
    if (RESERVED_INPUT_NAMES.includes(name)) {
      findings.push({
        code: 'GLG-CONTRACT-RESERVED-NAME',
        message: `input property name "${name}" is reserved by Genesys (${RESERVED_INPUT_NAMES.join(', ')})`,
        path: propertyPath,
        target: 'key',
      });
    }
    const propertySchema = asObject(property);
    const types = propertySchema ? typesOf(propertySchema['type']) : [];
    if (!propertySchema) {
      findings.push({
        code: 'GLG-CONTRACT-INPUT-NOT-FLAT',
        message: `input property "${name}" must be a schema with a type: string, integer, number, boolean or null`,
        path: propertyPath,
        target: 'key',
      });
    } else if (types.length === 0) {
      // ❓ Genesys documents the types an input may have, not whether it may have none (reference
      // genesys-api.md §contracts): a warning, so that an org that accepts it is not refused here,
      // and one that refuses it says so when the draft is written (nothing is published then).
      findings.push({
        code: 'GLG-CONTRACT-UNTYPED-INPUT',
        message: `input property "${name}" has no type: Genesys may refuse it (string, integer, number, boolean or null are accepted), and a flow sees no type; add one`,
        path: propertyPath,
        target: 'key',
      });
    }
    for (const type of types.filter((candidate) => !FLAT_TYPES.has(candidate))) {
      findings.push({
        code: 'GLG-CONTRACT-INPUT-NOT-FLAT',
        message: `input property "${name}" has type ${JSON.stringify(type)}; Genesys inputs are flat: string, integer, number, boolean or null only`,
        path: [...propertyPath, 'type'],
      });
    }
  }
  findings.push(...checkRequired(schema, path));
  return findings;
}

/** Checks `spec.contract.output`. */
export function checkOutputContract(schema: JsonObject, path: readonly PathSegment[]): DocumentFinding[] {
  const findings: DocumentFinding[] = [...findRefs(schema, path), ...checkDepth(schema, path)];
  if (schema['type'] !== 'object') {
    findings.push({
      code: 'GLG-CONTRACT-OUTPUT-NOT-OBJECT',
      message: `the top level of an output contract must be an object (found type ${JSON.stringify(schema['type'] ?? null)}); make the Lambda return a JSON object`,
      path: [...path, ...(schema['type'] === undefined ? [] : ['type'])],
    });
  }
  const stack: { node: JsonObject; path: PathSegment[] }[] = [{ node: schema, path: [...path] }];
  while (stack.length > 0) {
    const { node, path: nodePath } = stack.pop() as { node: JsonObject; path: PathSegment[] };
    if (typesOf(node['type']).includes('array')) {
      const items = asObject(node['items']);
      const itemTypes = items ? typesOf(items['type']) : [];
      const nested = itemTypes.filter((type) => type === 'object' || type === 'array');
      if (nested.length > 0) {
        findings.push({
          code: 'GLG-CONTRACT-NESTED-ARRAY',
          message: `arrays in output contracts may hold only primitives (Genesys does not support arrays of ${nested.join(' or ')}s)`,
          path: [...nodePath, 'items', 'type'],
        });
      }
    }
    for (const [name, child] of Object.entries(asObject(node['properties']) ?? {})) {
      const childSchema = asObject(child);
      if (childSchema) stack.push({ node: childSchema, path: [...nodePath, 'properties', name] });
    }
    const items = asObject(node['items']);
    if (items) stack.push({ node: items, path: [...nodePath, 'items'] });
  }
  findings.push(...checkRequired(schema, path));
  return findings;
}

function checkRequired(schema: JsonObject, path: readonly PathSegment[]): DocumentFinding[] {
  const required = schema['required'];
  if (!Array.isArray(required)) return [];
  const properties = asObject(schema['properties']) ?? {};
  return required.flatMap((name, index) =>
    typeof name === 'string' && !Object.hasOwn(properties, name)
      ? [
          {
            code: 'GLG-CONTRACT-REQUIRED' as const,
            message: `required property "${name}" is not defined in properties`,
            path: [...path, 'required', index],
          },
        ]
      : [],
  );
}

function findRefs(schema: unknown, path: readonly PathSegment[]): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: schema, path: [...path] }];
  while (stack.length > 0) {
    const { node, path: nodePath } = stack.pop() as { node: unknown; path: PathSegment[] };
    if (Array.isArray(node)) node.forEach((item, index) => stack.push({ node: item, path: [...nodePath, index] }));
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref')
          findings.push({
            code: 'GLG-CONTRACT-REF',
            message: '$ref is not supported in Genesys contracts; write the schema inline',
            path: [...nodePath, key],
            target: 'key',
          });
        else stack.push({ node: child, path: [...nodePath, key] });
      }
    }
  }
  return findings.sort((a, b) => a.path.join('/').localeCompare(b.path.join('/')));
}

function checkDepth(schema: unknown, path: readonly PathSegment[]): DocumentFinding[] {
  const stack: { node: unknown; depth: number; path: PathSegment[] }[] = [{ node: schema, depth: 1, path: [...path] }];
  while (stack.length > 0) {
    const { node, depth, path: nodePath } = stack.pop() as { node: unknown; depth: number; path: PathSegment[] };
    if (depth > MAX_CONTRACT_DEPTH && node !== null && typeof node === 'object') {
      return [
        {
          code: 'GLG-CONTRACT-DEPTH',
          message: `contract is nested deeper than ${MAX_CONTRACT_DEPTH} levels (Genesys' limit)`,
          path: nodePath,
        },
      ];
    }
    if (Array.isArray(node)) node.forEach((item, index) => stack.push({ node: item, depth: depth + 1, path: [...nodePath, index] }));
    else if (node !== null && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, depth: depth + 1, path: [...nodePath, key] });
  }
  return [];
}

function typesOf(type: unknown): string[] {
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === 'string');
  return [];
}

function asObject(value: unknown): JsonObject | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : undefined;
}
