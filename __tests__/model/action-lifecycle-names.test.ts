import { describe, expect, it } from 'vitest';
import {
  isLifecycleNameOf,
  MAX_ACTION_NAME_LENGTH,
  parseLifecycleName,
  replacementName,
  supersededName,
} from '../../src/model/action-lifecycle-names.js';

const AT = Date.parse('2026-12-01T10:42:07.912Z');

describe('lifecycle names of a replace', () => {
  it('stamps UTC to the second', () => {
    expect(supersededName('Lookup Order', AT)).toBe('Lookup Order (superseded 2026-12-01T10:42:07Z)');
    expect(replacementName('Lookup Order', AT)).toBe('Lookup Order (replacement 2026-12-01T10:42:07Z)');
  });

  it('counts up when the name is taken, so two replaces in the same second differ', () => {
    const first = supersededName('Lookup Order', AT);
    const second = supersededName('Lookup Order', AT, new Set([first]));
    const third = supersededName('Lookup Order', AT, new Set([first, second]));
    expect([second, third]).toEqual([
      'Lookup Order (superseded 2026-12-01T10:42:07Z #2)',
      'Lookup Order (superseded 2026-12-01T10:42:07Z #3)',
    ]);
  });

  it('stays within 256 characters, shortening the name, and is still recognised as that action', () => {
    const long = 'A'.repeat(256);
    const name = supersededName(long, AT, new Set([supersededName(long, AT)]));
    expect(name).toHaveLength(MAX_ACTION_NAME_LENGTH);
    const parsed = parseLifecycleName(name);
    expect(parsed).toMatchObject({ kind: 'superseded', at: '2026-12-01T10:42:07Z' });
    expect(isLifecycleNameOf(parsed!, name, long)).toBe(true);
    expect(isLifecycleNameOf(parsed!, name, 'B'.repeat(256))).toBe(false);
  });

  it.each([
    ['Lookup Order (superseded 2026-12-01T10:42:07Z)', { kind: 'superseded', baseName: 'Lookup Order', at: '2026-12-01T10:42:07Z' }],
    ['Lookup Order (superseded 2026-12-01T10:42:07Z #12)', { kind: 'superseded', baseName: 'Lookup Order', at: '2026-12-01T10:42:07Z' }],
    ['Lookup Order (replacement 2026-12-01T10:42:07Z)', { kind: 'replacement', baseName: 'Lookup Order', at: '2026-12-01T10:42:07Z' }],
    // What earlier versions of this tool used as the temporary name.
    ['Lookup Order (replacement)', { kind: 'replacement', baseName: 'Lookup Order', at: undefined }],
    ['Lookup Order', undefined],
    ['Lookup Order (superseded)', undefined],
    ['Lookup Order (superseded yesterday)', undefined],
    ['(superseded 2026-12-01T10:42:07Z)', undefined],
    ['Lookup Order (superseded 2026-12-01T10:42:07Z) copy', undefined],
  ])('parses %j', (name, expected) => {
    expect(parseLifecycleName(name)).toEqual(expected);
  });
});
