/**
 * The manifest fixture folders: each `__tests__/fixtures/manifests/<case>/` holds input manifests and
 * `expected-diagnostics.txt`, one `path:line:col: severity CODE` per line (paths relative to the case
 * folder). Header lines `# key: value` set options: `environment`, `requireEnvironment`, and
 * `manifestsDir` (the case then runs through the command's folder reading, with that path, relative to
 * the case folder, given as the manifests folder: how a missing folder or a file given instead is tested).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesRoot = fileURLToPath(new URL('../fixtures/manifests/', import.meta.url));

export const fixtureCaseNames = readdirSync(fixturesRoot)
  .filter((name) => statSync(join(fixturesRoot, name)).isDirectory())
  .sort();

/** One expected line, split. */
export interface ExpectedDiagnostic {
  line: string;
  severity: string;
  code: string;
}

export interface FixtureCase {
  environment?: string;
  requireEnvironment?: boolean;
  manifestsDir?: string;
  expected: ExpectedDiagnostic[];
}

const EXPECTED_LINE = /^\S+:\d+:\d+: (error|warning) (\S+)$/;

export function readFixtureCase(name: string): FixtureCase {
  const text = readFileSync(join(fixturesRoot, name, 'expected-diagnostics.txt'), 'utf8');
  const fixture: FixtureCase = { expected: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const header = /^# (\w+): (.*)$/.exec(line);
    if (header?.[1] === 'environment') fixture.environment = header[2] as string;
    else if (header?.[1] === 'requireEnvironment') fixture.requireEnvironment = header[2] === 'true';
    else if (header?.[1] === 'manifestsDir') fixture.manifestsDir = header[2] as string;
    else if (header) throw new Error(`${name}: unknown header ${header[1]}`);
    else if (line !== '') {
      const match = EXPECTED_LINE.exec(line);
      if (!match) throw new Error(`${name}: expected "path:line:col: severity CODE", got ${JSON.stringify(line)}`);
      fixture.expected.push({ line, severity: match[1] as string, code: match[2] as string });
    }
  }
  return fixture;
}
