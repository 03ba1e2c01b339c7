/**
 * Hostile input: each case gets a located diagnostic, never an exception,
 * and nothing reaches Object.prototype. (Alias bombs, binary and non-UTF-8
 * files, deep nesting and forbidden keys also have fixture folders; the
 * cases here need bytes too large or too random to commit.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadManifests, MAX_MANIFEST_FILE_BYTES, type ManifestFile } from '../../src/manifests/index.js';

const encoder = new TextEncoder();
const file = (path: string, text: string): ManifestFile => ({ path, bytes: encoder.encode(text) });

const prototypeProbe = (): unknown => (({}) as Record<string, unknown>)['polluted'];

afterEach(() => {
  // If a case did pollute, later tests must not inherit it.
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('hostile input', () => {
  it('refuses a file over the size limit before parsing it', () => {
    const big = new Uint8Array(MAX_MANIFEST_FILE_BYTES + 1).fill(0x61);
    const result = loadManifests([{ path: 'big.yaml', bytes: big }]);
    expect(
      result.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.code}`),
    ).toEqual(['big.yaml:1:1 GLG-FILE-TOO-LARGE']);
  });

  it('accepts a file exactly at the size limit', () => {
    const text = `# ${'x'.repeat(MAX_MANIFEST_FILE_BYTES - 3)}\n`;
    expect(encoder.encode(text).byteLength).toBe(MAX_MANIFEST_FILE_BYTES);
    expect(loadManifests([file('comment.yaml', text)]).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['GLG-EMPTY-FILE']);
  });

  it.each([
    [
      'YAML merge into __proto__',
      'apiVersion: genesys-lambda-gitops/v1\nkind: Role\nmetadata: { name: r }\nspec:\n  tags:\n    __proto__:\n      polluted: "yes"\n',
    ],
    [
      'JSON __proto__',
      '{"apiVersion": "genesys-lambda-gitops/v1", "kind": "Role", "metadata": {"name": "r"}, "spec": {"tags": {"__proto__": {"polluted": "yes"}}}}',
    ],
    ['constructor.prototype', 'constructor:\n  prototype:\n    polluted: "yes"\n'],
    ['quoted __proto__ key at the top', '"__proto__": { polluted: "yes" }\n'],
  ])('does not pollute prototypes: %s', (_name, text) => {
    const result = loadManifests([file('evil.yaml', text)]);
    // A refused document does not stop the other checks: a folder without an Environment is reported too.
    const codes = result.diagnostics.map((diagnostic) => diagnostic.code).filter((code) => code !== 'GLG-NO-ENVIRONMENT');
    expect(codes).toEqual(['GLG-FORBIDDEN-KEY']);
    expect(prototypeProbe()).toBeUndefined();
  });

  it('says a flow collection thousands deep is nested too deeply, not that a call stack overflowed', () => {
    const result = loadManifests([file('deep.yaml', `a: ${'['.repeat(20000)}`)]);
    const messages = result.diagnostics.filter((diagnostic) => diagnostic.file === 'deep.yaml').map((diagnostic) => diagnostic.message);
    // Whether yaml's parser runs out of stack at this depth depends on the thread's stack: either way, said plainly.
    expect(messages.join('\n')).toMatch(/document is nested (too deeply to read|deeper than 200 levels)/);
    expect(messages.join('\n')).not.toMatch(/call stack/);
  });

  it('UTF-16 files are reported as binary, at the first NUL byte', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]);
    const [diagnostic] = loadManifests([{ path: 'utf16.yaml', bytes }]).diagnostics;
    expect(diagnostic?.code).toBe('GLG-FILE-BINARY');
  });

  it('a UTF-8 BOM is fine', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('apiVersion: genesys-lambda-gitops/v1\nkind: Nope\n')]);
    const [diagnostic] = loadManifests([{ path: 'bom.yaml', bytes }]).diagnostics;
    expect([diagnostic?.code, diagnostic?.start.line, diagnostic?.start.column]).toEqual(['GLG-UNKNOWN-KIND', 2, 7]);
  });

  it('never throws on random bytes and random YAML-ish text', () => {
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'ab:- \n\t{}[]&*!|>\'"#%@`,?$.0123456789_~\\<=';
    for (let round = 0; round < 300; round++) {
      const length = Math.floor(random() * 200);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const bytes = round % 3 === 0 ? Uint8Array.from({ length }, () => Math.floor(random() * 256)) : encoder.encode(text);
      const result = loadManifests([{ path: `fuzz-${round}.yaml`, bytes }]);
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.start.line).toBeGreaterThanOrEqual(1);
        expect(diagnostic.start.column).toBeGreaterThanOrEqual(1);
      }
    }
    expect(prototypeProbe()).toBeUndefined();
  });
});
