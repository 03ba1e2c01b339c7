import { describe, expect, it } from 'vitest';
import { codeFence, inlineCode } from '../../src/render/markdown-text.js';
import { bodyHasMarker, parsePlanMarker, planCommentMarker, planMarkerLine } from '../../src/render/plan-marker.js';
import { unifiedDiff } from '../../src/render/unified-diff.js';

describe('codeFence', () => {
  it.each([
    ['plain text', '```'],
    ['has ``` inside', '````'],
    ['has ````` inside', '``````'],
  ])('fences %j with %s', (content, fence) => {
    const fenced = codeFence(content, 'diff');
    expect(fenced.startsWith(`${fence}diff\n`)).toBe(true);
    expect(fenced.endsWith(`\n${fence}`)).toBe(true);
  });
});

describe('inlineCode', () => {
  it.each([
    ['a|b', '`a\\|b`'],
    ['x`y', '``x`y``'],
    ['`edge`', '`` `edge` ``'],
    ['two\nlines', '`two⏎lines`'],
  ])('%j → %s', (text, expected) => {
    expect(inlineCode(text)).toBe(expected);
  });
});

describe('unifiedDiff', () => {
  it.each([
    { name: 'equal texts', before: 'a\nb', after: 'a\nb', expected: '' },
    { name: 'one changed line', before: 'a\nb\nc', after: 'a\nB\nc', expected: '--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c' },
    { name: 'from nothing', before: '', after: 'a\nb', expected: '--- x\n+++ y\n@@ -0,0 +1,2 @@\n+a\n+b' },
    { name: 'to nothing', before: 'a', after: '', expected: '--- x\n+++ y\n@@ -1,1 +0,0 @@\n-a' },
  ])('$name', ({ before, after, expected }) => {
    expect(unifiedDiff(before, after, { fromLabel: 'x', toLabel: 'y' })).toBe(expected);
  });

  it('splits distant changes into separate hunks with correct line numbers', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', 'line eighteen\n');
    const diff = unifiedDiff(before, after, { fromLabel: 'x', toLabel: 'y', context: 1 });
    expect(diff.split('\n').filter((line) => line.startsWith('@@'))).toEqual(['@@ -1,3 +1,3 @@', '@@ -17,3 +17,3 @@']);
  });
});

describe('plan marker', () => {
  it.each(['prod', 'dev eu', 'x-->y'])('round-trips environment %j', (environment) => {
    const marker = planCommentMarker(environment);
    const body = `${planMarkerLine(marker, 'sha256:abc')}\n\nbody`;
    expect(parsePlanMarker(body)).toEqual({ environment, fingerprint: 'sha256:abc' });
    expect(bodyHasMarker(body, marker)).toBe(true);
    expect(body.split('\n')[0]).not.toMatch(/-->.*-->/);
  });

  it('does not confuse environments that share a prefix', () => {
    const body = planMarkerLine(planCommentMarker('prod-eu'), 'sha256:abc');
    expect(bodyHasMarker(body, planCommentMarker('prod'))).toBe(false);
  });

  it('ignores a marker that is not on the first line (e.g. quoted in a reply)', () => {
    const body = `> quoted\n${planMarkerLine(planCommentMarker('prod'), 'sha256:abc')}`;
    expect(bodyHasMarker(body, planCommentMarker('prod'))).toBe(false);
    expect(parsePlanMarker(body)).toBeUndefined();
  });
});
