/**
 * The output contract check: properties the success schema does not declare
 * are dropped (Genesys returns only what the contract describes), then the
 * result must validate against the schema.
 */
import { Ajv } from 'ajv';

// Formats are annotations here: Genesys accepts contracts with formats it does not know (`date`, …), and Ajv
// without format definitions would warn about each one on stderr, unlocated.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A copy of `value` keeping only what `schema` declares (where it declares `properties`). */
export function pruneToSchema(value: unknown, schema: unknown): unknown {
  if (!isObject(schema)) return value;
  if (Array.isArray(value)) return value.map((item) => pruneToSchema(item, schema.items));
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const properties = schema.properties as Record<string, Schema>;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (key in properties) result[key] = pruneToSchema(member, properties[key]);
    else if (schema.additionalProperties === true || isObject(schema.additionalProperties)) result[key] = member;
  }
  return result;
}

/** Validation messages (`/path message`), empty when valid. */
export function outputContractErrors(value: unknown, schema: object): string[] {
  // `$schema`/`id` are dropped: contracts often name draft-04, which ajv 8 does not load.
  const { $schema: _dialect, id: _id, ...body } = schema as Record<string, unknown>;
  const key = JSON.stringify(body);
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(body);
    compiled.set(key, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}
