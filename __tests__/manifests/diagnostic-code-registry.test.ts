/**
 * One registry of diagnostic codes (src/manifests/diagnostic-codes.ts), and three places that must agree
 * with it in both directions: the code table in the README and in docs/manifest-reference.md (code,
 * severity, summary), the fixture folders' expected diagnostics (every code has a fixture, and a fixture
 * names only registered codes with their registered severity), and the code literals in src/ (a rule that
 * reports a code as a plain string, as the IAM lint does, cannot slip an unregistered one through).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, registeredCode } from '../../src/manifests/diagnostic-codes.js';
import { repositoryRoot } from '../support/repository-root.js';
import { fixtureCaseNames, readFixtureCase } from './fixture-cases.js';

const registry = Object.entries(DIAGNOSTIC_CODES).map(([code, info]) => ({ code, severity: info.severity, summary: info.summary }));

/**
 * Codes no committed fixture can produce, and the test that covers each instead: a file over 1 MiB, a
 * symbolic link, and more findings than the report cap.
 */
const TESTED_OUTSIDE_FIXTURES: Record<string, string> = {
  'GLG-FILE-TOO-LARGE': '__tests__/manifests/hostile-input.test.ts',
  // git stores a link as a link, and a fixture folder is copied as git holds it.
  'GLG-FILE-NOT-REGULAR': '__tests__/commands/manifest-folder.test.ts',
  'GLG-TOO-MANY-FINDINGS': '__tests__/manifests/loader-behaviour.test.ts',
};

/** Rows of the `| Code | Severity | Meaning |` table under the `Diagnostic codes` heading of a Markdown file. */
function documentedCodes(path: string): { code: string; severity: string; summary: string }[] {
  const text = readFileSync(join(repositoryRoot, path), 'utf8');
  const lines = text.split('\n');
  const heading = lines.findIndex((line) => /^#+ Diagnostic codes$/.test(line));
  if (heading < 0) throw new Error(`${path} has no "Diagnostic codes" heading`);
  const header = lines.findIndex((line, index) => index > heading && line === '| Code | Severity | Meaning |');
  const rows = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.push({ code: (cells[0] ?? '').replace(/^`|`$/g, ''), severity: cells[1] ?? '', summary: (cells[2] ?? '').replaceAll('\\|', '|') });
  }
  return rows;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('diagnostic-code registry', () => {
  it.each(['README.md', 'docs/manifest-reference.md'])('is the code table of %s, row for row', (path) => {
    expect(documentedCodes(path)).toEqual(registry);
  });

  it('has a fixture for every code, or names the test that covers it', () => {
    const exercised = new Set(fixtureCaseNames.flatMap((name) => readFixtureCase(name).expected.map((entry) => entry.code)));
    const uncovered = registry
      .map(({ code }) => code)
      .filter((code) => !exercised.has(code) && TESTED_OUTSIDE_FIXTURES[code] === undefined);
    expect(uncovered).toEqual([]);
    for (const [code, testFile] of Object.entries(TESTED_OUTSIDE_FIXTURES)) {
      expect(Object.hasOwn(DIAGNOSTIC_CODES, code), code).toBe(true);
      expect(readFileSync(join(repositoryRoot, testFile), 'utf8'), `${testFile} covers ${code}`).toMatch(new RegExp(`\\b${code}\\b`));
    }
  });

  it('covers GLG-MANIFESTS-FOLDER with a fixture (the code that once was in no registry)', () => {
    const cases = fixtureCaseNames.filter((name) => readFixtureCase(name).expected.some((entry) => entry.code === 'GLG-MANIFESTS-FOLDER'));
    expect(cases.sort()).toEqual(['manifests-folder-missing', 'manifests-folder-not-a-folder']);
  });

  it.each(fixtureCaseNames)('is the only source of the codes and severities fixture %s expects', (name) => {
    for (const entry of readFixtureCase(name).expected) {
      expect(Object.hasOwn(DIAGNOSTIC_CODES, entry.code), `${name}: ${entry.line}`).toBe(true);
      expect(entry.severity, `${name}: ${entry.line}`).toBe(DIAGNOSTIC_CODES[registeredCode(entry.code)].severity);
    }
  });

  it('knows every GLG- code written in src/', () => {
    const unregistered = sourceFiles(join(repositoryRoot, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/['"`](GLG-[A-Z0-9-]+)['"`]/g)]
        .map((match) => match[1] as string)
        .filter((code) => !Object.hasOwn(DIAGNOSTIC_CODES, code))
        .map((code) => `${relative(repositoryRoot, file)}: ${code}`),
    );
    expect(unregistered).toEqual([]);
  });

  it('refuses an unregistered code from a rule outside the registry', () => {
    expect(() => registeredCode('GLG-NOT-A-CODE')).toThrow(/GLG-NOT-A-CODE is not in the diagnostic-code registry/);
    expect(registeredCode('GLG-IAM-TRUST-PRINCIPAL')).toBe('GLG-IAM-TRUST-PRINCIPAL');
  });
});
