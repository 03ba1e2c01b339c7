#!/usr/bin/env node
/**
 * `npm run codegen`: regenerates everything derived from schemas/*.schema.json
 * (and from the output types in src/):
 *   - src/generated/<kind>-manifest.ts   TypeScript types (json-schema-to-typescript)
 *   - src/generated/manifest-schemas.ts  the schemas as modules (bundled by esbuild), without editor hints
 *   - src/generated/manifest-validators.ts  the schemas compiled to validators (Ajv standalone code)
 *   - src/generated/contract-meta-validator.ts  Ajv's draft-07 meta-schema compiled the same way (is a contract a JSON Schema?)
 *   - schemas/<kind>.schema.json         the same files, with `markdownDescription` derived from each `description`
 *   - schemas/manifest.schema.json       one schema for every kind, dispatching on `kind` (for editors)
 *   - schemas/output/*.schema.json       JSON Schemas of plan.json and `validate --format json`, from their TypeScript types
 *   - docs/manifest-reference.md         the manifest reference, from the descriptions
 *   - README.md                          the same reference, folded, between its markers
 * Output is deterministic; __tests__/manifests/codegen.test.ts fails when the
 * committed files differ from what this produces.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compile } from 'json-schema-to-typescript';
import { format, resolveConfig } from 'prettier';
import { createGenerator } from 'ts-json-schema-generator';
import { combinedManifestSchema, withEditorHints, withoutEditorHints, withoutUnionTypes } from './schema-transforms.mjs';
import { generateContractMetaValidatorModule } from './contract-meta-validator.mjs';
import { generateValidatorsModule } from './manifest-validators.mjs';

/** Schema files, in the order the reference documents them. */
export const SCHEMA_FILES = [
  { fileName: 'environment.schema.json', module: 'environment-manifest', constant: 'ENVIRONMENT_SCHEMA' },
  { fileName: 'role.schema.json', module: 'role-manifest', constant: 'ROLE_SCHEMA' },
  { fileName: 'integration.schema.json', module: 'integration-manifest', constant: 'INTEGRATION_SCHEMA' },
  { fileName: 'data-action.schema.json', module: 'data-action-manifest', constant: 'DATA_ACTION_SCHEMA' },
];

/** The combined schema editors are pointed at (README: VS Code `yaml.schemas`). */
export const COMBINED_SCHEMA_FILE = 'manifest.schema.json';

/** JSON Schemas of the machine-readable outputs, generated from the TypeScript types that produce them. */
export const OUTPUT_SCHEMAS = [
  {
    fileName: 'plan.schema.json',
    source: 'src/plan/types.ts',
    type: 'Plan',
    title: 'Plan',
    description: 'The plan file (plan.json) that `plan --out`, `plan --format json` and the action (`plan-json` output) write.',
  },
  {
    fileName: 'validation-report.schema.json',
    source: 'src/render/validation-report.ts',
    type: 'ValidationReport',
    title: 'ValidationReport',
    description: 'What `validate --format json` prints.',
  },
];

const HEADER = '/* eslint-disable */\n/**\n * Generated from schemas/ by `npm run codegen` (scripts/codegen.mjs). DO NOT EDIT.\n */';

/**
 * Computes every generated file. `renderManifestReference` is passed in so
 * that the script (which loads the TypeScript renderer through tsx) and the
 * staleness test (which imports it directly) share this function.
 * @returns Map of repository-relative path → file content.
 */
export async function generateArtifacts(rootDirectory, renderManifestReference) {
  const outputs = new Map();
  const sources = [];
  const schemaModule = [HEADER, ''];
  const kinds = [];
  for (const { fileName, module, constant } of SCHEMA_FILES) {
    const source = JSON.parse(await readFile(join(rootDirectory, 'schemas', fileName), 'utf8'));
    const schema = withoutEditorHints(source);
    sources.push({ fileName, schema });
    kinds.push({ kind: schema.properties.kind.const, fileName, schema });
    outputs.set(`schemas/${fileName}`, await formatJson(rootDirectory, withEditorHints(schema)));
    const types = await compile(structuredClone(schema), String(schema.title), {
      bannerComment: HEADER,
      additionalProperties: false,
      cwd: join(rootDirectory, 'schemas'),
      format: true,
      style: { singleQuote: true, printWidth: 120 },
      unknownAny: true,
    });
    outputs.set(`src/generated/${module}.ts`, types);
    schemaModule.push(
      `/** schemas/${fileName} */`,
      `export const ${constant}: Record<string, unknown> = ${JSON.stringify(schema, null, 2)};`,
      '',
    );
  }
  outputs.set('src/generated/manifest-schemas.ts', schemaModule.join('\n'));
  const combinedId = String(kinds[0].schema.$id).replace(/[^/]+$/, COMBINED_SCHEMA_FILE);
  outputs.set(`schemas/${COMBINED_SCHEMA_FILE}`, await formatJson(rootDirectory, combinedManifestSchema(kinds, { id: combinedId })));
  for (const output of OUTPUT_SCHEMAS) {
    const id = String(kinds[0].schema.$id).replace(/[^/]+$/, `output/${output.fileName}`);
    outputs.set(`schemas/output/${output.fileName}`, await formatJson(rootDirectory, outputSchema(rootDirectory, output, id)));
  }
  outputs.set(
    'src/generated/manifest-validators.ts',
    generateValidatorsModule(
      kinds.map(({ kind, schema }) => ({ kind, schema })),
      HEADER,
    ),
  );
  outputs.set('src/generated/contract-meta-validator.ts', generateContractMetaValidatorModule(HEADER));
  const reference = renderManifestReference(sources);
  outputs.set('docs/manifest-reference.md', reference);
  const readme = await readFile(join(rootDirectory, 'README.md'), 'utf8');
  outputs.set('README.md', withReadmeReference(readme, reference));
  return outputs;
}

/** JSON as the repository formats it (Prettier, .prettierrc.json), so `prettier --check` agrees with codegen. */
async function formatJson(rootDirectory, value) {
  const path = join(rootDirectory, 'schemas', 'x.json');
  return await format(JSON.stringify(value, null, 2), { ...(await resolveConfig(path)), parser: 'json' });
}

/** The JSON Schema of one output type, with the project's `$id` and a title in place of the generator's top-level ref. */
function outputSchema(rootDirectory, output, id) {
  const generated = createGenerator({
    path: join(rootDirectory, output.source),
    tsconfig: join(rootDirectory, 'tsconfig.json'),
    type: output.type,
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    additionalProperties: false,
    skipTypeCheck: true,
    sortProps: true,
  }).createSchema(output.type);
  const { $schema, ...rest } = withoutUnionTypes(generated);
  return { $schema, $id: id, title: output.title, ...rest, description: output.description };
}

/**
 * The README embeds the same reference, folded, between its
 * `manifest-reference` markers, so the front door never disagrees with the schemas.
 */
export function withReadmeReference(readme, reference) {
  const start = '<!-- manifest-reference:start -->';
  const end = '<!-- manifest-reference:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md lacks the ${start} … ${end} markers`);
  // Drop the generated-file banner and the H1: inside the README they would be noise.
  const body = reference.replace(/^<!--[^\n]*-->\n# [^\n]*\n\n/, '').replace(/^## /gm, '#### ');
  const section = [
    '',
    '<details>',
    "<summary>Every field of every kind (generated from the schemas' descriptions)</summary>",
    '',
    body.trimEnd(),
    '',
    '</details>',
    '',
  ].join('\n');
  return `${readme.slice(0, from + start.length)}${section}${readme.slice(to)}`;
}

async function main() {
  const rootDirectory = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { tsImport } = await import('tsx/esm/api');
  const { renderManifestReference } = await tsImport('../src/manifests/manifest-reference.ts', import.meta.url);
  const outputs = await generateArtifacts(rootDirectory, renderManifestReference);
  for (const [path, content] of outputs) {
    await mkdir(dirname(join(rootDirectory, path)), { recursive: true });
    await writeFile(join(rootDirectory, path), content);
    console.log(`wrote ${path}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
