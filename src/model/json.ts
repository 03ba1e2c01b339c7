/** JSON values as they appear in manifests, API bodies and plans. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * Canonical JSON text: object keys sorted at every level, no whitespace.
 * Used for equality, fingerprints and stable output. Arrays keep their
 * order; callers that treat an array as a set sort it before calling this.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value));
}

/** A deep copy of `value` with object keys sorted at every level; drops undefined members. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (member !== undefined) result[key] = sortKeysDeep(member);
    }
    return result;
  }
  return value;
}
