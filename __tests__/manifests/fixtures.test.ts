/**
 * Fixture folders: each `__tests__/fixtures/manifests/<case>/` holds input
 * manifests and `expected-diagnostics.txt`, one `path:line:col: severity CODE`
 * per line (paths relative to the case folder). Header lines `# key: value`
 * set loader options (`environment`, `requireEnvironment`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, loadManifests, selectManifestFiles, type LoadManifestsOptions } from '../../src/manifests/index.js';

const root = fileURLToPath(new URL('../fixtures/manifests/', import.meta.url));
const caseNames = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function readCase(name: string): { options: LoadManifestsOptions; expected: string[] } {
  const text = readFileSync(join(root, name, 'expected-diagnostics.txt'), 'utf8');
  const options: LoadManifestsOptions = { manifestsFolder: '.' };
  const expected: string[] = [];
  for (const line of text.split('\n')) {
    const header = /^# (\w+): (.*)$/.exec(line);
    if (header?.[1] === 'environment') options.environment = header[2] as string;
    else if (header?.[1] === 'requireEnvironment') options.requireEnvironment = header[2] === 'true';
    else if (line.trim() !== '') expected.push(line.trim());
  }
  return { options, expected };
}

describe('manifest fixture folders', () => {
  it('cover at least 40 cases', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(40);
  });

  it('exercise every diagnostic code (except those needing bytes too large to commit)', () => {
    const exercised = new Set(caseNames.flatMap((name) => readCase(name).expected.map((line) => line.split(' ').pop())));
    const testedElsewhere = ['GLG-FILE-TOO-LARGE', 'GLG-TOO-MANY-FINDINGS'];
    expect(Object.keys(DIAGNOSTIC_CODES).filter((code) => !exercised.has(code) && !testedElsewhere.includes(code))).toEqual([]);
  });

  it.each(caseNames)('%s', (name) => {
    const folder = join(root, name);
    const { options, expected } = readCase(name);
    const paths = selectManifestFiles(walk(folder).map((path) => relative(folder, path)));
    const files = paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(folder, path))) }));

    const result = loadManifests(files, options);

    const actual = result.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}: ${diagnostic.severity} ${diagnostic.code}`);
    expect([...actual].sort()).toEqual([...expected].sort());
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.message).not.toMatch(/undefined|\[object Object\]/);
      expect(diagnostic.message.length).toBeGreaterThan(10);
    }
    expect(result.desired !== undefined).toBe(!expected.some((line) => line.includes(': error ')) && (options.environment !== undefined || result.environments.length === 1));
  });
});
