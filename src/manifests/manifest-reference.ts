/**
 * Renders docs/manifest-reference.md from the schemas' descriptions, so the
 * reference a user reads and the hints an editor shows cannot disagree.
 * Pure: `npm run codegen` writes the result, a test regenerates and compares.
 */
import { DIAGNOSTIC_CODES } from './diagnostic-codes.js';

/** A schema as read from `schemas/`, plain JSON. */
export type JsonSchemaObject = { [key: string]: unknown };

/** One schema file to document. */
export interface SchemaSource {
  /** File name under `schemas/`, e.g. `role.schema.json`. */
  fileName: string;
  schema: JsonSchemaObject;
}

interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** The whole reference document (Markdown). */
export function renderManifestReference(sources: readonly SchemaSource[]): string {
  const lines: string[] = [
    '<!-- Generated from schemas/*.schema.json by `npm run codegen`. DO NOT EDIT. -->',
    '# Manifest reference',
    '',
    'Manifests are YAML (several documents per file allowed, separated by `---`) or JSON files in the manifests folder.',
    'Every manifest has `apiVersion: genesys-lambda-gitops/v1`, a `kind`, `metadata` and `spec`.',
    'Editors validate every document with `schemas/manifest.schema.json` (one schema for every kind, chosen by `kind`),',
    'set for the manifests folder in `yaml.schemas`; a `# yaml-language-server: $schema=<$id URL below>` modeline covers only its own document.',
    '',
    '## Variables',
    '',
    "String values under `spec` may contain `{{ vars.NAME }}` (from the selected Environment's `spec.vars`) and the built-ins",
    '`{{ env.name }}`, `{{ aws.accountId }}`, `{{ aws.region }}` and `{{ genesys.region }}`. `{{ genesys.orgId }}`, the live Genesys',
    "org id, is allowed only in a Role's `trustPolicy` and is resolved at plan time. The double braces never collide with",
    'Velocity (`${...}`, `$name`, `#if`) in data-action templates.',
    '',
    '`metadata.name` may use `{{ env.name }}` and `{{ vars.NAME }}` too, so names can carry the environment',
    '(`Get Bookable Slots {{ env.name }}`); references between manifests use the resolved names. A test input value may be',
    '`{{ secrets.NAME }}`: a secret test input, read at apply from the environment variable `GENESYS_TEST_SECRET_NAME`',
    '(NAME upper-cased), masked, and shown as `(secret)` in every plan, comment, summary and log. Any other `{{` is an error,',
    'never literal text.',
    '',
  ];
  for (const { fileName, schema } of sources) {
    const properties = schema['properties'] as Record<string, JsonSchemaObject> | undefined;
    const kind = (properties?.['kind']?.['const'] as string | undefined) ?? fileName;
    lines.push(
      `## ${kind}`,
      '',
      oneLine(String(schema['description'] ?? '')),
      '',
      `Schema: \`schemas/${fileName}\` (\`${String(schema['$id'] ?? '')}\`)`,
      '',
    );
    lines.push('| Field | Type | Required | Description |', '|---|---|---|---|');
    for (const row of collectRows(schema, schema, '', [])) {
      lines.push(`| \`${row.path}\` | ${escapeCell(row.type)} | ${row.required ? 'yes' : 'no'} | ${escapeCell(row.description)} |`);
    }
    lines.push('');
  }
  lines.push(
    '## Diagnostic codes',
    '',
    'Warnings can be suppressed in a Role or DataAction manifest with `spec.suppressions: [{ code, reason }]`; errors cannot.',
    '',
  );
  lines.push('| Code | Severity | Meaning |', '|---|---|---|');
  for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
    lines.push(`| \`${code}\` | ${info.severity} | ${escapeCell(info.summary)} |`);
  }
  lines.push('');
  return lines.join('\n');
}

function collectRows(root: JsonSchemaObject, schema: JsonSchemaObject, prefix: string, seen: readonly JsonSchemaObject[]): FieldRow[] {
  const resolved = resolveRef(root, schema);
  if (seen.includes(resolved)) return [];
  const properties = resolved['properties'] as Record<string, JsonSchemaObject> | undefined;
  if (!properties) return [];
  const required = new Set((resolved['required'] as string[] | undefined) ?? []);
  const rows: FieldRow[] = [];
  for (const [name, property] of Object.entries(properties)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    const target = resolveRef(root, property);
    rows.push({
      path,
      type: describeType(root, property),
      required: required.has(name),
      description: oneLine(String(property['description'] ?? target['description'] ?? '')),
    });
    rows.push(...collectRows(root, target, path, [...seen, resolved]));
    const items = target['items'] as JsonSchemaObject | undefined;
    if (target['type'] === 'array' && items) rows.push(...collectRows(root, items, `${path}[]`, [...seen, resolved]));
  }
  return rows;
}

function resolveRef(root: JsonSchemaObject, schema: JsonSchemaObject): JsonSchemaObject {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) node = (node as JsonSchemaObject)[segment];
  return resolveRef(root, node as JsonSchemaObject);
}

function describeType(root: JsonSchemaObject, schema: JsonSchemaObject): string {
  const resolved = resolveRef(root, schema);
  if (resolved['const'] !== undefined) return `\`${JSON.stringify(resolved['const'])}\``;
  if (Array.isArray(resolved['enum'])) return resolved['enum'].map((value) => `\`${JSON.stringify(value)}\``).join(' \\| ');
  const alternatives = (resolved['anyOf'] ?? resolved['oneOf']) as JsonSchemaObject[] | undefined;
  if (alternatives) return alternatives.map((alternative) => describeType(root, alternative)).join(' or ');
  const type = resolved['type'];
  if (Array.isArray(type)) return type.join(' or ');
  if (type === 'array') {
    const items = resolved['items'] as JsonSchemaObject | undefined;
    return items ? `list of ${describeType(root, items)}` : 'list';
  }
  if (
    type === 'object' &&
    !resolved['properties'] &&
    resolved['additionalProperties'] &&
    typeof resolved['additionalProperties'] === 'object'
  ) {
    return `map of ${describeType(root, resolved['additionalProperties'] as JsonSchemaObject)}`;
  }
  if (typeof type === 'string') return type;
  return 'any';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
