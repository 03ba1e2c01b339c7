/**
 * The check that a data action's contract is a JSON Schema (Ajv's draft-07
 * meta-schema, which src/manifests/action-test-rules.ts validates contracts
 * against), compiled ahead of time like the manifest validators: compiling the
 * meta-schema at start-up was a fifth of the CLI's cold start. The options are
 * the contract Ajv's (CONTRACT_AJV_OPTIONS there; a test holds the two
 * checks to the same verdicts and errors). Ajv's code needs one runtime helper,
 * deep equality (for `enum` and `uniqueItems`), imported from Ajv itself.
 */
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

export const CONTRACT_AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true, addUsedSchema: false, validateFormats: false };

const META_SCHEMA_ID = 'http://json-schema.org/draft-07/schema';

/**
 * @param header the generated-file banner
 * @returns the module's text
 */
export function generateContractMetaValidatorModule(header) {
  const ajv = new Ajv({ ...CONTRACT_AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  ajv.getSchema(META_SCHEMA_ID);
  let code = standaloneCode(ajv, { isJsonSchema: META_SCHEMA_ID });
  const runtime = 'require("ajv/dist/runtime/equal").default';
  code = code.split(runtime).join('equal');
  if (code.includes('require(')) throw new Error('contract meta-validator: Ajv emitted a runtime require this generator does not provide');
  return [
    header.replace('/* eslint-disable */', '/* eslint-disable */\n// @ts-nocheck'),
    "import equal from 'ajv/dist/runtime/equal.js';",
    code.replace(/^"use strict";/, ''),
  ].join('\n');
}
