/** The setting parsers shared by action inputs and CLI flags: one rule, messages that name the setting as written. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseBoolean, parseChoice, parsePositiveInteger, parsePublishStrategy } from '../../src/settings.js';

describe('setting parsers', () => {
  it.each([
    ['true', true],
    ['YES', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['0', false],
    ['', false],
  ])('parseBoolean(%j) is %s', (value, expected) => {
    expect(parseBoolean({ input: 'prune' }, value)).toBe(expected);
  });

  it.each([
    ['300', 300],
    ['1', 1],
  ])('parsePositiveInteger(%j) is %s', (value, expected) => {
    expect(parsePositiveInteger({ flag: 'requests-per-minute' }, value)).toBe(expected);
  });

  it.each([
    ['an input', () => parseBoolean({ input: 'prune' }, 'maybe'), "Invalid `prune` 'maybe'; expected true|false"],
    ['a flag', () => parseBoolean({ flag: 'prune' }, 'maybe'), "invalid --prune 'maybe'; expected true|false"],
    [
      'a publish strategy input',
      () => parsePublishStrategy({ input: 'publish-strategy' }, 'yolo'),
      "Invalid `publish-strategy` 'yolo'; expected draft|direct",
    ],
    [
      'a publish strategy flag',
      () => parsePublishStrategy({ flag: 'publish-strategy' }, 'Draft'),
      "invalid --publish-strategy 'Draft'; expected draft|direct",
    ],
    ['a choice', () => parseChoice({ flag: 'format' }, 'yaml', ['text', 'json']), "invalid --format 'yaml'; expected text|json"],
    [
      'zero',
      () => parsePositiveInteger({ input: 'genesys-requests-per-minute' }, '0'),
      "Invalid `genesys-requests-per-minute` '0'; expected a positive whole number",
    ],
    [
      'a fraction',
      () => parsePositiveInteger({ flag: 'requests-per-minute' }, '2.5'),
      "invalid --requests-per-minute '2.5'; expected a positive whole number",
    ],
    [
      'empty',
      () => parsePositiveInteger({ flag: 'requests-per-minute' }, ''),
      "invalid --requests-per-minute ''; expected a positive whole number",
    ],
  ])('rejects %s with an InputError naming it', (_case, parse, message) => {
    expect(parse).toThrow(new InputError(message));
    expect(parse).toThrow(InputError);
  });
});
