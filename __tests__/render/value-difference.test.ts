/** The console's leaf-level differences, and long texts cut around where they differ (not at one shared prefix). */
import { describe, expect, it } from 'vitest';
import { cutAroundDifference, leafDifferences } from '../../src/render/value-difference.js';

describe('leafDifferences', () => {
  it('finds the one condition that changed inside a trust policy', () => {
    const statement = { Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::765628985471:root'] }, Action: ['sts:AssumeRole'] };
    const before = { Version: '2012-10-17', Statement: [{ ...statement, Condition: { StringEquals: { 'sts:ExternalId': ['org-a'] } } }] };
    const after = { Version: '2012-10-17', Statement: [{ ...statement, Condition: { StringEquals: { 'sts:ExternalId': ['org-b'] } } }] };
    expect(leafDifferences(before, after)).toEqual([
      { path: ['Statement', 0, 'Condition', 'StringEquals', 'sts:ExternalId', 0], before: 'org-a', after: 'org-b' },
    ]);
  });

  it('reports added and removed keys, and arrays of another length as one leaf', () => {
    expect(leafDifferences({ a: 1, b: [1, 2] }, { b: [1], c: true })).toEqual([
      { path: ['a'], before: 1 },
      { path: ['b'], before: [1, 2], after: [1] },
      { path: ['c'], after: true },
    ]);
    expect(leafDifferences({ same: 'x' }, { same: 'x' })).toEqual([]);
  });
});

describe('cutAroundDifference', () => {
  it('keeps short texts whole', () => {
    expect(cutAroundDifference('abc', 'abd', 10)).toEqual(['abc', 'abd']);
  });

  it('cuts long texts so that both windows show where they differ', () => {
    const prefix = 'x'.repeat(200);
    const [before, after] = cutAroundDifference(`${prefix}OLD-VALUE${'y'.repeat(50)}`, `${prefix}NEW-VALUE${'y'.repeat(50)}`, 40);
    expect(before).toContain('OLD-VALUE');
    expect(after).toContain('NEW-VALUE');
    expect(before.startsWith('…')).toBe(true);
    expect(before.length).toBeLessThanOrEqual(42);
  });
});
