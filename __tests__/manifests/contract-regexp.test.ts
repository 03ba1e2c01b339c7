/**
 * contractRegExp matches exactly what `new RegExp(pattern, 'u')` matches
 * (src/manifests/contract-regexp.ts): for strings of the Basic Multilingual
 * Plane it matches without `u`, which V8 can bound; strings with astral
 * characters, and patterns with syntax only `u` knows, keep `u`.
 */
import { describe, expect, it } from 'vitest';
import { contractRegExp } from '../../src/manifests/contract-regexp.js';

const PATTERNS = [
  '^[0-9]{4}$',
  '^(a+)+$',
  '^.{2}$',
  '^[^x]$',
  '^\\w+@\\w+\\.com$',
  '^\\u{1F600}$',
  '^\\p{Lu}+$',
  '^[\\u{1F600}-\\u{1F64F}]$',
  '^\\d{3}-\\d{4}$',
  '(?<year>\\d{4})-\\k<year>',
  '^[😀-🙏]$',
  '\\bword\\b',
];
const TEXTS = [
  '1234',
  'aaaa',
  'aaa!',
  'ab',
  '😀',
  '😀😀',
  'x',
  'y',
  'jane@example.com',
  'ÄÖÜ',
  'abc',
  '555-1234',
  '2024-2024',
  'a word here',
  '\uD83D',
  '',
];

describe('contractRegExp', () => {
  it.each(PATTERNS)('%s matches what the u expression matches, for every text', (pattern) => {
    const expected = new RegExp(pattern, 'u');
    const actual = contractRegExp(pattern, 'u');
    for (const text of TEXTS) expect([text, actual.test(text)]).toEqual([text, expected.test(text)]);
  });

  it('refuses what the u expression refuses, so the contract is reported as no JSON Schema', () => {
    expect(() => contractRegExp('^\\-$', 'u')).toThrow(SyntaxError);
    expect(() => contractRegExp('^(a$', 'u')).toThrow(SyntaxError);
  });

  it('is keyed by its text, as Ajv keys the expressions of a schema', () => {
    expect(String(contractRegExp('^a+$', 'u'))).toBe('/^a+$/u');
    expect(String(contractRegExp('^a+$', ''))).toBe('/^a+$/');
  });
});
