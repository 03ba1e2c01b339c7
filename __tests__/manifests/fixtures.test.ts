/**
 * Runs every fixture folder (see fixture-cases.ts) and compares the diagnostics with its
 * expected-diagnostics.txt. That every registered code has a fixture is checked, with the README table,
 * by diagnostic-code-registry.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateManifests } from '../../src/commands/validate.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadManifests, selectManifestFiles, type LoadManifestsOptions } from '../../src/manifests/index.js';
import { fixtureCaseNames, fixturesRoot, readFixtureCase, type FixtureCase } from './fixture-cases.js';

function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function loaderOptions(fixture: FixtureCase): LoadManifestsOptions {
  return {
    manifestsFolder: '.',
    ...(fixture.environment === undefined ? {} : { environment: fixture.environment }),
    ...(fixture.requireEnvironment === undefined ? {} : { requireEnvironment: fixture.requireEnvironment }),
  };
}

/** The loader on the case folder's files, read here; or, with `manifestsDir`, the validate command's own reading. */
async function runCase(
  folder: string,
  fixture: FixtureCase,
): Promise<{ diagnostics: Diagnostic[]; hasDesired: boolean; environments: string[] }> {
  if (fixture.manifestsDir !== undefined) {
    const outcome = await validateManifests({
      manifestsDir: join(folder, fixture.manifestsDir),
      environment: fixture.environment,
      ...(fixture.requireEnvironment === undefined ? {} : { requireEnvironment: fixture.requireEnvironment }),
      cwd: folder,
    });
    const diagnostics = outcome.diagnostics.map((diagnostic) =>
      isAbsolute(diagnostic.file) ? { ...diagnostic, file: relative(folder, diagnostic.file) } : diagnostic,
    );
    return { diagnostics, hasDesired: outcome.desired !== undefined, environments: outcome.environments };
  }
  const paths = selectManifestFiles(walk(folder).map((path) => relative(folder, path)));
  const files = paths.map((path) => ({ path, bytes: new Uint8Array(readFileSync(join(folder, path))) }));
  const result = loadManifests(files, loaderOptions(fixture));
  return { diagnostics: result.diagnostics, hasDesired: result.desired !== undefined, environments: result.environments };
}

describe('manifest fixture folders', () => {
  it('cover at least 40 cases', () => {
    expect(fixtureCaseNames.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtureCaseNames)('%s', async (name) => {
    const folder = join(fixturesRoot, name);
    const fixture = readFixtureCase(name);

    const result = await runCase(folder, fixture);

    const actual = result.diagnostics.map(
      (diagnostic) => `${diagnostic.file}:${diagnostic.start.line}:${diagnostic.start.column}: ${diagnostic.severity} ${diagnostic.code}`,
    );
    const expected = fixture.expected.map((entry) => entry.line);
    expect([...actual].sort()).toEqual([...expected].sort());
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.message).not.toMatch(/undefined|\[object Object\]/);
      expect(diagnostic.message.length).toBeGreaterThan(10);
    }
    const hasError = expected.some((line) => line.includes(': error '));
    expect(result.hasDesired).toBe(!hasError && (fixture.environment !== undefined || result.environments.length === 1));
  });
});
