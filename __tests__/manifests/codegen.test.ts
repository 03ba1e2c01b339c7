/**
 * Generated files must match what `npm run codegen` produces from the
 * schemas, and the schemas must keep the properties editors rely on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMBINED_SCHEMA_FILE, generateArtifacts, OUTPUT_SCHEMAS, SCHEMA_FILES } from '../../scripts/codegen.mjs';
import { renderManifestReference } from '../../src/manifests/manifest-reference.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

type Schema = { [key: string]: unknown };

/** Every subschema with the path it sits at. */
function subschemas(schema: unknown, path = '#'): { path: string; schema: Schema }[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return [];
  const node = schema as Schema;
  const result = [{ path, schema: node }];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' || key === 'definitions') {
      for (const [name, child] of Object.entries(value as Schema)) result.push(...subschemas(child, `${path}/${key}/${name}`));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'propertyNames') {
      result.push(...subschemas(value, `${path}/${key}`));
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      (value as unknown[]).forEach((child, index) => result.push(...subschemas(child, `${path}/${key}/${index}`)));
    }
  }
  return result;
}

describe('codegen', () => {
  it('committed src/generated/, docs/manifest-reference.md and the README reference are what codegen produces', async () => {
    const outputs = await generateArtifacts(root, renderManifestReference);
    expect([...outputs.keys()].sort()).toEqual(
      [
        ...SCHEMA_FILES.flatMap((file) => [`schemas/${file.fileName}`, `src/generated/${file.module}.ts`]),
        `schemas/${COMBINED_SCHEMA_FILE}`,
        ...OUTPUT_SCHEMAS.map((output) => `schemas/output/${output.fileName}`),
        'src/generated/manifest-schemas.ts',
        'src/generated/manifest-validators.ts',
        'src/generated/contract-meta-validator.ts',
        'docs/manifest-reference.md',
        'README.md',
      ].sort(),
    );
    for (const [path, content] of outputs) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale: run npm run codegen`).toBe(content);
    }
  }, 60_000);
});

describe.each(SCHEMA_FILES.map((file) => file.fileName))('schemas/%s', (fileName) => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', fileName), 'utf8')) as Schema;

  it('is draft-07 with a $id under the project raw URL', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['$id']).toBe(`https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/schemas/${fileName}`);
  });

  it('describes every property', () => {
    const undocumented = subschemas(schema)
      .filter(({ path }) => /\/properties\/[^/]+$/.test(path))
      .filter(({ schema: property }) => typeof property['description'] !== 'string' || property['description'] === '')
      .map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });

  it('closes every object that lists its properties', () => {
    const open = subschemas(schema)
      .filter(({ schema: node }) => node['properties'] !== undefined && node['additionalProperties'] !== false)
      .map(({ path }) => path);
    expect(open).toEqual([]);
  });
});
