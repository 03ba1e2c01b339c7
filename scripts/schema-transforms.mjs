/**
 * Transforms of the schemas that scripts/codegen.mjs writes. For editors:
 *   - `markdownDescription` next to every `description`, derived from it, so
 *     yaml-language-server and VS Code render the backticks instead of
 *     escaping them (the `description` stays the one source of the docs);
 *   - schemas/manifest.schema.json, one schema for every kind that dispatches
 *     on `kind`, for the `yaml.schemas` setting that covers every document of
 *     a multi-document file.
 * And for Ajv's strict mode (which SchemaStore also applies): no union `type`
 * lists, `anyOf` instead. Pure functions over plain JSON.
 */

/** Keywords whose value is one subschema. */
const SUBSCHEMA_KEYWORDS = ['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else', 'contains'];
/** Keywords whose value is a list of subschemas. */
const SUBSCHEMA_LIST_KEYWORDS = ['anyOf', 'oneOf', 'allOf'];
/** Keywords whose value maps names to subschemas. */
const SUBSCHEMA_MAP_KEYWORDS = ['properties', 'definitions', 'patternProperties'];

/** Editor-only keywords, registered with Ajv (src/manifests/editor-keywords.ts) and stripped before the schemas are bundled. */
export const EDITOR_ONLY_KEYWORDS = ['markdownDescription'];

/**
 * Rebuilds every schema node (never the data inside `default`, `examples`,
 * `const` or `enum`) with `visit`, children first.
 */
function mapSchema(node, visit) {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (SUBSCHEMA_KEYWORDS.includes(key)) result[key] = mapSchema(value, visit);
    else if (SUBSCHEMA_LIST_KEYWORDS.includes(key) && Array.isArray(value)) result[key] = value.map((child) => mapSchema(child, visit));
    else if (SUBSCHEMA_MAP_KEYWORDS.includes(key) && value !== null && typeof value === 'object')
      result[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, mapSchema(child, visit)]));
    else result[key] = value;
  }
  return visit(result);
}

/** The schema without editor-only keywords: what Ajv validates with and json-schema-to-typescript reads. */
export function withoutEditorHints(schema) {
  return mapSchema(schema, (node) => Object.fromEntries(Object.entries(node).filter(([key]) => !EDITOR_ONLY_KEYWORDS.includes(key))));
}

/** The schema with `markdownDescription` (= `description`) right after every `description`. */
export function withEditorHints(schema) {
  return mapSchema(withoutEditorHints(schema), (node) => {
    if (typeof node.description !== 'string') return node;
    const result = {};
    for (const [key, value] of Object.entries(node)) {
      result[key] = value;
      if (key === 'description') result.markdownDescription = value;
    }
    return result;
  });
}

/** `type: [a, b]` → `anyOf: [{ type: a }, { type: b }]`, which Ajv's strict mode accepts without allowUnionTypes. */
export function withoutUnionTypes(schema) {
  return mapSchema(schema, (node) => {
    if (!Array.isArray(node.type)) return node;
    const { type, ...rest } = node;
    return { ...rest, anyOf: type.map((one) => ({ type: one })) };
  });
}

/** Local `#/definitions/x` refs of a kind's schema, re-rooted where the combined schema holds it. */
function rerootRefs(schema, definitionName) {
  return mapSchema(schema, (node) =>
    typeof node.$ref === 'string' && node.$ref.startsWith('#/')
      ? { ...node, $ref: `#/definitions/${definitionName}/${node.$ref.slice(2)}` }
      : node,
  );
}

/**
 * One schema for every manifest: `kind` selects the kind's schema (inlined
 * under `definitions`, so an editor needs no second download), and a
 * document without a known kind is told which kinds exist.
 * @param kinds `[{ kind: 'Role', fileName: 'role.schema.json', schema }]`
 */
export function combinedManifestSchema(kinds, { id }) {
  const apiVersion = kinds[0].schema.properties.apiVersion;
  const definitions = {};
  for (const { kind, schema } of kinds) {
    // An embedded $schema or $id would make the definition a separate resource; inlined, it is plain JSON Schema.
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema' && key !== '$id'));
    definitions[kind] = rerootRefs(rest, kind);
  }
  return withEditorHints({
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'Manifest',
    description:
      'Any genesys-lambda-gitops manifest: `kind` selects the schema of its kind (Environment, Role, Integration or DataAction). ' +
      'Point `yaml.schemas` at this schema for the manifests folder: it applies to every document of a multi-document file.',
    type: 'object',
    required: ['apiVersion', 'kind'],
    properties: {
      apiVersion: apiVersion,
      kind: {
        type: 'string',
        enum: kinds.map(({ kind }) => kind),
        description: `What the manifest declares: ${kinds.map(({ kind }) => `\`${kind}\``).join(', ')}.`,
      },
    },
    allOf: kinds.map(({ kind }) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${kind}` },
    })),
    definitions,
  });
}
