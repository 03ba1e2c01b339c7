import { describe, expect, it } from 'vitest';
import { outputContractErrors, pruneToSchema } from '../../sandbox/genesys/output-contract.js';
import { applyTranslationMap } from '../../sandbox/genesys/translation-map.js';
import { renderVelocity } from '../../sandbox/genesys/velocity-templates.js';

const raw = { status: 'SHIPPED', eta: '2026-11-28', items: [{ sku: 'A' }, { sku: 'B' }], count: 2 };

describe('applyTranslationMap', () => {
  it.each([
    ['a string keeps its quotes', { status: '$.status' }, {}, { values: { status: '"SHIPPED"' } }],
    ['a number', { count: '$.count' }, {}, { values: { count: '2' } }],
    ['a wildcard yields an array', { skus: '$.items[*].sku' }, {}, { values: { skus: '["A","B"]' } }],
    ['a definite index yields one value', { first: '$.items[0].sku' }, {}, { values: { first: '"A"' } }],
    ['a default fills a miss', { region: '$.region' }, { region: '"EMEA"' }, { values: { region: '"EMEA"' } }],
    ['a miss without default', { region: '$.region' }, {}, { missing: 'region' }],
  ])('%s', (_case, map, defaults, expected) => {
    expect(applyTranslationMap(raw, map, defaults)).toEqual(expected);
  });
});

describe('renderVelocity', () => {
  it.each([
    ['${input.rawRequest}', { input: { rawRequest: '{"a":1}' } }, '{"a":1}'],
    ['{"id": "${input.orderId}"}', { input: { orderId: '7' } }, '{"id": "7"}'],
    ['{"q": "$esc.jsonString($input.text)"}', { input: { text: 'say "hi"' } }, '{"q": "say \\"hi\\""}'],
    ['$successTemplateUtils.firstFromArray("${skus}", "null")', { skus: '["A","B"]' }, '"A"'],
    ['$successTemplateUtils.firstFromArray("${skus}", "null")', { skus: '[]' }, 'null'],
  ])('%s', (template, variables, expected) => {
    expect(renderVelocity(template, variables)).toBe(expected);
  });
});

describe('output contract', () => {
  const schema = {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string' }, hours: { type: 'object', properties: { open: { type: 'string' } } } },
  };

  it.each([
    [
      'drops undeclared properties at every level',
      schema,
      { status: 'x', extra: 1, hours: { open: '9', close: '5' } },
      { status: 'x', hours: { open: '9' } },
    ],
    [
      'keeps everything under additionalProperties: true',
      { ...schema, additionalProperties: true },
      { status: 'x', extra: 1 },
      { status: 'x', extra: 1 },
    ],
    [
      'prunes inside arrays of objects',
      { type: 'object', properties: { rows: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } } } },
      { rows: [{ a: '1', b: 2 }] },
      { rows: [{ a: '1' }] },
    ],
  ])('%s', (_case, effective, value, expected) => {
    expect(pruneToSchema(value, effective)).toEqual(expected);
  });

  it.each([
    [{ status: 'x' }, []],
    [{}, ["/ must have required property 'status'"]],
    [{ status: 404 }, ['/status must be string']],
  ])('validates %j', (value, errors) => {
    expect(outputContractErrors(value, { $schema: 'http://json-schema.org/draft-04/schema#', ...schema })).toEqual(errors);
  });
});
