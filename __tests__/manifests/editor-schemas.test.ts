/**
 * The schemas as editors and schema catalogues read them: every file under
 * schemas/ compiles under Ajv's strict mode with the editor keywords
 * registered (as SchemaStore checks), every description has its Markdown
 * twin, defaults and examples are valid and match what the loader assumes,
 * and the combined schema judges every document exactly as its kind's
 * schema does.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { EDITOR_ONLY_KEYWORDS } from '../../scripts/schema-transforms.mjs';
import {
  DEFAULT_INTEGRATION_NOTES,
  DEFAULT_MAX_SESSION_DURATION_SECONDS,
  DEFAULT_REQUEST_TEMPLATE,
  DEFAULT_ROLE_PATH,
  DEFAULT_SUCCESS_TEMPLATE,
  DEFAULT_TIMEOUT_SECONDS,
} from '../../src/manifests/desired-state-builder.js';
import { EDITOR_KEYWORDS, registerEditorKeywords } from '../../src/manifests/editor-keywords.js';
import { DEFAULT_PERMISSION_POLICY_NAME } from '../../src/manifests/generated-policies.js';
import { repositoryRoot } from '../support/repository-root.js';

type Schema = Record<string, unknown>;

function filesUnder(folder: string, suffix: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return name.endsWith(suffix) ? [path] : [];
  });
}

const schemaFiles = filesUnder(join(repositoryRoot, 'schemas'), '.json').map((path) => relative(repositoryRoot, path));
const readSchema = (path: string) => JSON.parse(readFileSync(join(repositoryRoot, path), 'utf8')) as Schema;
const KIND_SCHEMAS = {
  Environment: 'schemas/environment.schema.json',
  Role: 'schemas/role.schema.json',
  Integration: 'schemas/integration.schema.json',
  DataAction: 'schemas/data-action.schema.json',
} as const;

const strictAjv = () => registerEditorKeywords(new Ajv({ strict: true, allErrors: true }));

/** Every schema node (not the data under default/examples/const/enum) with its JSON pointer. */
function schemaNodes(node: unknown, pointer = '#'): { pointer: string; node: Schema }[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [];
  const schema = node as Schema;
  const nodes = [{ pointer, node: schema }];
  for (const [key, value] of Object.entries(schema)) {
    if (['properties', 'definitions', 'patternProperties'].includes(key))
      for (const [name, child] of Object.entries(value as Schema)) nodes.push(...schemaNodes(child, `${pointer}/${key}/${name}`));
    else if (['items', 'additionalProperties', 'propertyNames', 'not', 'if', 'then', 'else'].includes(key))
      nodes.push(...schemaNodes(value, `${pointer}/${key}`));
    else if (['anyOf', 'oneOf', 'allOf'].includes(key))
      (value as unknown[]).forEach((child, index) => nodes.push(...schemaNodes(child, `${pointer}/${key}/${index}`)));
  }
  return nodes;
}

describe('every schema under schemas/', () => {
  it('is there: the four kinds, the combined schema and the two output schemas', () => {
    expect(schemaFiles.sort()).toEqual(
      [
        ...Object.values(KIND_SCHEMAS),
        'schemas/manifest.schema.json',
        'schemas/output/plan.schema.json',
        'schemas/output/validation-report.schema.json',
      ].sort(),
    );
  });

  it.each(schemaFiles)('%s compiles under Ajv strict mode (no union types), with the editor keywords registered', (path) => {
    expect(() => strictAjv().compile(readSchema(path))).not.toThrow();
  });

  it.each(schemaFiles)('%s has a published-URL $id that matches its path', (path) => {
    expect(readSchema(path)['$id']).toBe(`https://raw.githubusercontent.com/genesys-lambda-gitops/genesys-lambda-gitops/v1/${path}`);
  });

  it('registers every keyword codegen writes, and strict mode would reject them otherwise', () => {
    expect(EDITOR_KEYWORDS).toEqual(expect.arrayContaining(EDITOR_ONLY_KEYWORDS));
    expect(() => new Ajv({ strict: true }).compile(readSchema(KIND_SCHEMAS.Role))).toThrow(/unknown keyword: "markdownDescription"/);
  });
});

describe.each([...Object.values(KIND_SCHEMAS), 'schemas/manifest.schema.json'])('%s for editors', (path) => {
  const nodes = schemaNodes(readSchema(path));

  it('renders every description as Markdown (markdownDescription = description, so hovers show code, not escaped backticks)', () => {
    const missing = nodes.filter(
      ({ node }) => typeof node['description'] === 'string' && node['markdownDescription'] !== node['description'],
    );
    expect(missing.map(({ pointer }) => pointer)).toEqual([]);
  });

  it('every default and example is valid for its own subschema, and a default is also said in the description', () => {
    const ajv = strictAjv();
    const root = readSchema(path);
    ajv.addSchema(root);
    const problems: string[] = [];
    for (const { pointer, node } of nodes) {
      if (node['default'] === undefined && node['examples'] === undefined) continue;
      const validate = ajv.getSchema(`${String(root['$id'])}${pointer}`) as ValidateFunction;
      for (const value of [...(node['default'] === undefined ? [] : [node['default']]), ...((node['examples'] as unknown[]) ?? [])]) {
        if (!validate(value)) problems.push(`${pointer}: ${JSON.stringify(value)} is invalid: ${ajv.errorsText(validate.errors)}`);
      }
      if (node['default'] !== undefined && !/Default:/.test(String(node['description'])))
        problems.push(`${pointer}: default not described`);
    }
    expect(problems).toEqual([]);
  });
});

describe('schema defaults are the loader’s defaults', () => {
  const at = (path: string, pointer: string[]) =>
    pointer.reduce<unknown>((node, key) => (node as Schema)[key], readSchema(path)) as Schema | undefined;
  it.each([
    [KIND_SCHEMAS.Role, ['spec', 'path'], DEFAULT_ROLE_PATH],
    [KIND_SCHEMAS.Role, ['spec', 'maxSessionDurationSeconds'], DEFAULT_MAX_SESSION_DURATION_SECONDS],
    [KIND_SCHEMAS.Role, ['spec', 'permissionPolicyName'], DEFAULT_PERMISSION_POLICY_NAME],
    [KIND_SCHEMAS.Role, ['spec', 'description'], ''],
    [KIND_SCHEMAS.Integration, ['spec', 'enabled'], true],
    [KIND_SCHEMAS.Integration, ['spec', 'notes'], DEFAULT_INTEGRATION_NOTES],
    [KIND_SCHEMAS.DataAction, ['spec', 'timeoutSeconds'], DEFAULT_TIMEOUT_SECONDS],
    [KIND_SCHEMAS.DataAction, ['spec', 'secure'], false],
    [KIND_SCHEMAS.DataAction, ['spec', 'request', 'template'], DEFAULT_REQUEST_TEMPLATE],
    [KIND_SCHEMAS.DataAction, ['spec', 'response', 'successTemplate'], DEFAULT_SUCCESS_TEMPLATE],
  ])('%s %j defaults to %j', (path, fields, expected) => {
    const pointer = fields.flatMap((field) => ['properties', field]);
    expect(at(path, pointer)?.['default']).toEqual(expected);
  });
});

/** Every YAML document of the examples and the loader's fixtures (the hostile ones that do not parse are skipped). */
function sampleDocuments(): { where: string; value: unknown }[] {
  const files = [
    ...filesUnder(join(repositoryRoot, 'examples/genesys'), '.yaml'),
    ...filesUnder(join(repositoryRoot, '__tests__/fixtures/manifests'), '.yaml'),
  ].filter((path) => statSync(path).size < 64 * 1024);
  return files.flatMap((path) => {
    try {
      return parseAllDocuments(readFileSync(path, 'utf8')).flatMap((document, index) =>
        document.errors.length > 0
          ? []
          : [{ where: `${relative(repositoryRoot, path)}#${index + 1}`, value: document.toJS({ maxAliasCount: 100 }) as unknown }],
      );
    } catch {
      return [];
    }
  });
}

describe('schemas/manifest.schema.json dispatches on kind', () => {
  const ajv = strictAjv();
  const combined = ajv.compile(readSchema('schemas/manifest.schema.json'));
  const byKind = Object.fromEntries(Object.entries(KIND_SCHEMAS).map(([kind, path]) => [kind, ajv.compile(readSchema(path))])) as Record<
    string,
    ValidateFunction
  >;
  const documents = sampleDocuments();

  it('judges each of the sample documents as its kind’s schema does, and rejects documents of no known kind', () => {
    expect(documents.length).toBeGreaterThan(100);
    const disagreements = documents.flatMap(({ where, value }) => {
      const kind = value !== null && typeof value === 'object' ? (value as Schema)['kind'] : undefined;
      const expected = typeof kind === 'string' && kind in byKind ? byKind[kind]!(value) : false;
      return combined(value) === expected ? [] : [`${where}: combined ${String(!expected)}, ${String(kind)} ${String(expected)}`];
    });
    expect(disagreements).toEqual([]);
    // Both verdicts occur among the samples, so the comparison compares something.
    expect(documents.some(({ value }) => combined(value))).toBe(true);
    expect(documents.some(({ value }) => !combined(value))).toBe(true);
  });

  it('names the kinds it knows', () => {
    const kind = (readSchema('schemas/manifest.schema.json')['properties'] as Record<string, Schema>)['kind'];
    expect(kind?.['enum']).toEqual(Object.keys(KIND_SCHEMAS));
  });
});

describe('the examples users copy', () => {
  it.each(filesUnder(join(repositoryRoot, 'examples/genesys'), '.yaml').map((path) => relative(repositoryRoot, path)))(
    '%s carries a modeline with its kind schema’s published $id (a relative path would not resolve in a user’s repository)',
    (path) => {
      const text = readFileSync(join(repositoryRoot, path), 'utf8');
      const kind = /^kind: (\w+)$/m.exec(text)?.[1] as keyof typeof KIND_SCHEMAS;
      expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${String(readSchema(KIND_SCHEMAS[kind])['$id'])}`);
    },
  );
});
