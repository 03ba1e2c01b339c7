/**
 * The contract check compiled ahead of time (src/generated/contract-meta-validator.ts,
 * made by codegen) gives the verdicts and errors Ajv's own validateSchema gives at
 * run time, with the contract Ajv's options.
 */
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { isJsonSchema as compiledCheck } from '../../src/generated/contract-meta-validator.js';
import { CONTRACT_AJV_OPTIONS, compileContract } from '../../src/manifests/action-test-rules.js';
import { CONTRACT_AJV_OPTIONS as GENERATOR_OPTIONS } from '../../scripts/contract-meta-validator.mjs';

const contracts: [string, unknown][] = [
  ['an object contract', { type: 'object', properties: { phone: { type: 'string' } }, required: ['phone'] }],
  [
    'a nested array contract',
    { type: 'object', properties: { items: { type: 'array', items: { type: 'object', additionalProperties: true } } } },
  ],
  ['a union type', { type: ['string', 'null'] }],
  ['an unknown format', { type: 'string', format: 'date' }],
  ['an enum with duplicates inside values', { enum: [{ a: 1 }, { a: 2 }] }],
  ['a type that is not a JSON type', { type: 'text' }],
  ['required that is not a list', { type: 'object', required: 'phone' }],
  ['properties that are not schemas', { type: 'object', properties: { phone: 'string' } }],
  ['a duplicated required entry', { type: 'object', required: ['a', 'a'] }],
  ['a negative maxLength', { type: 'string', maxLength: -1 }],
  ['several mistakes at once', { type: 'nope', minimum: 'zero', items: 3 }],
];

const runtime = new Ajv(CONTRACT_AJV_OPTIONS);
const isJsonSchema = compiledCheck as ((schema: unknown) => boolean) & { errors?: ErrorObject[] | null };

describe('the contract meta-schema check compiled by codegen', () => {
  it('is compiled with the options the contract Ajv uses', () => {
    expect(GENERATOR_OPTIONS).toEqual(CONTRACT_AJV_OPTIONS);
  });

  it.each(contracts)('agrees with Ajv at run time on %s (verdict and errors)', (_name, contract) => {
    const expected = runtime.validateSchema(contract as object);
    expect(isJsonSchema(contract)).toBe(expected);
    expect(isJsonSchema.errors ?? null).toEqual(runtime.errors ?? null);
  });

  it('still refuses a contract that is not a JSON Schema, naming where', () => {
    expect(compileContract({ type: 'object', properties: { phone: { type: 'text' } } })).toMatchObject({
      path: ['properties', 'phone', 'type'],
    });
    expect(compileContract({ type: 'object', properties: { phone: { type: 'string' } } })).toHaveProperty('validate');
  });
});
