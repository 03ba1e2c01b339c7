/**
 * The loader runs validators codegen compiled ahead of time
 * (src/generated/manifest-validators.ts), so nothing checks the schemas
 * against the JSON Schema meta-schema at run time: this test does, for every
 * schema, under Ajv's strict mode with the loader's options.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { DATA_ACTION_SCHEMA, ENVIRONMENT_SCHEMA, INTEGRATION_SCHEMA, ROLE_SCHEMA } from '../../src/generated/manifest-schemas.js';

describe('the manifest schemas', () => {
  it.each([
    ['Environment', ENVIRONMENT_SCHEMA],
    ['Role', ROLE_SCHEMA],
    ['Integration', INTEGRATION_SCHEMA],
    ['DataAction', DATA_ACTION_SCHEMA],
  ])('%s is valid against the meta-schema', (_kind, schema) => {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true, validateSchema: true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });
});
