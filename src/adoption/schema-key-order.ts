/**
 * Genesys' contracts come back with their keys in no useful order (the
 * providers sort them, for comparison). `export` writes them the way people
 * write JSON Schema, which changes no meaning: what a schema is (`title`,
 * `description`, `type`, …) before what it holds (`required`, `properties`,
 * `items`), the rest alphabetically, at every level. Pure.
 */
import type { JsonObject, JsonValue } from '../model/json.js';

const LEADING_KEYWORDS = [
  '$schema',
  'title',
  'description',
  'type',
  'format',
  'enum',
  'const',
  'default',
  'required',
  'properties',
  'items',
  'additionalProperties',
];

/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is a schema (or a list of them). */
const SCHEMA_VALUES = new Set([
  'items',
  'additionalProperties',
  'additionalItems',
  'not',
  'anyOf',
  'allOf',
  'oneOf',
  'contains',
  'propertyNames',
]);

/** A copy of `schema` with its keys (and its subschemas' keys) in reading order. */
export function inReadingOrder(schema: JsonObject): JsonObject {
  const keys = Object.keys(schema);
  const ordered = [
    ...LEADING_KEYWORDS.filter((key) => keys.includes(key)),
    ...keys.filter((key) => !LEADING_KEYWORDS.includes(key)).sort(),
  ];
  const result: JsonObject = {};
  for (const key of ordered) {
    const value = schema[key] as JsonValue;
    Object.defineProperty(result, key, { value: reorderMember(key, value), enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function reorderMember(key: string, value: JsonValue): JsonValue {
  if (SCHEMA_MAPS.has(key) && isObject(value)) {
    const map: JsonObject = {};
    for (const [name, member] of Object.entries(value)) {
      Object.defineProperty(map, name, {
        value: isObject(member) ? inReadingOrder(member) : member,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return map;
  }
  if (SCHEMA_VALUES.has(key)) {
    if (isObject(value)) return inReadingOrder(value);
    if (Array.isArray(value)) return value.map((item) => (isObject(item) ? inReadingOrder(item) : item));
  }
  return value;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
