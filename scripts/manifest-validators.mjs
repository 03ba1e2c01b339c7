/**
 * The manifest validators, compiled ahead of time (Ajv standalone code), so the
 * CLI and the action start without compiling four JSON Schemas on every run
 * (that compile was most of the CLI's cold start). The Ajv options are the
 * loader's: every error, strict schemas (no union types, as SchemaStore checks them), and verbose errors
 * (src/manifests/schema-validation.ts turns them into diagnostics).
 * The one runtime helper Ajv's code needs (ucs2length, for maxLength and
 * minLength in code points) is defined in the module, so it imports nothing.
 */
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

export const VALIDATOR_AJV_OPTIONS = { allErrors: true, strict: true, verbose: true };

const UCS2LENGTH = `/** String length in code points, as JSON Schema counts it (Ajv's runtime ucs2length). */
function ucs2length(text) {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
}`;

/**
 * @param kinds `[{ kind, schema }]` in export order
 * @param header the generated-file banner
 * @returns the module's text
 */
export function generateValidatorsModule(kinds, header) {
  const ajv = new Ajv({ ...VALIDATOR_AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  const exports = {};
  for (const { kind, schema } of kinds) {
    const id = `genesys-lambda-gitops:${kind}`;
    ajv.addSchema(schema, id);
    exports[kind] = id;
  }
  let code = standaloneCode(ajv, exports);
  const runtime = 'require("ajv/dist/runtime/ucs2length").default';
  code = code.split(runtime).join('ucs2length');
  if (code.includes('require(')) throw new Error('manifest validators: Ajv emitted a runtime require this generator does not provide');
  return [
    header.replace('/* eslint-disable */', '/* eslint-disable */\n// @ts-nocheck'),
    UCS2LENGTH,
    code.replace(/^"use strict";/, ''),
  ].join('\n');
}
