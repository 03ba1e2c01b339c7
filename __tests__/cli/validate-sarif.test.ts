/**
 * `validate --format sarif`: a SARIF 2.1.0 log that the official schema
 * accepts, with one result per finding at a repository-relative path
 * (wherever the CLI runs from), and the same exit code as the text output.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { DIAGNOSTIC_CODES } from '../../src/manifests/diagnostic-codes.js';
import { renderDiagnosticsSarif } from '../../src/render/diagnostics-sarif.js';
import { repositoryRoot } from '../support/repository-root.js';

const require = createRequire(import.meta.url);
/** The OASIS SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif. */
const sarifSchema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
// unicodeRegExp off: one pattern in the published schema (language tags) is not valid with the u flag.
// A CommonJS module under NodeNext: the class is the module's default export's default.
const AjvDraft04 = ajvDraft04.default;
const validateSarif = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false }).compile(sarifSchema);

async function cli(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env: {}, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function expectValidSarif(text: string): Log {
  const log = JSON.parse(text) as Log;
  expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
  return log;
}

describe('validate --format sarif', () => {
  it('a finding per diagnostic, at the path relative to the repository root, from a subfolder too', async () => {
    const fixture = 'fixtures/manifests/external-role-arn-invalid';
    const text = await cli(['validate', '--manifests', fixture], join(repositoryRoot, '__tests__'));
    const sarif = await cli(['validate', '--manifests', fixture, '--format', 'sarif'], join(repositoryRoot, '__tests__'));
    expect(sarif.code).toBe(text.code);
    expect(sarif.code).toBe(1);
    expect(sarif.err).toBe('');
    const log = expectValidSarif(sarif.out);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(Object.keys(DIAGNOSTIC_CODES));
    expect(run.results).toEqual([
      expect.objectContaining({
        ruleId: 'GLG-ROLE-ARN',
        level: 'error',
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: '__tests__/fixtures/manifests/external-role-arn-invalid/integration.yaml', uriBaseId: '%SRCROOT%' },
              region: expect.objectContaining({ startLine: 4, startColumn: 22 }),
            },
          },
        ],
      }),
      expect.objectContaining({ ruleId: 'GLG-ROLE-UNUSED', level: 'warning' }),
    ]);
    for (const result of run.results ?? []) expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
  });

  it('clean manifests: exit 0 and a run with no results', async () => {
    const result = await cli(['validate', '--manifests', 'examples/genesys', '--format', 'sarif'], repositoryRoot);
    expect(result.code).toBe(0);
    expect(expectValidSarif(result.out).runs[0]?.results).toEqual([]);
  });

  it('percent-encodes paths, and leaves a file outside the repository absolute', () => {
    const diagnostic = {
      severity: 'error',
      code: 'GLG-SCHEMA',
      message: 'm',
      start: { line: 1, column: 1 },
      end: { line: 1, column: 2 },
    } as const;
    const text = renderDiagnosticsSarif(
      [
        { ...diagnostic, file: 'genesys/my action #1.yaml' },
        { ...diagnostic, file: '/tmp/elsewhere/a.yaml' },
      ],
      { toolVersion: '1.2.3', rulesHelpUri: 'https://example.test/codes', informationUri: 'https://example.test' },
    );
    const locations = expectValidSarif(text).runs[0]?.results?.map((result) => result.locations?.[0]?.physicalLocation?.artifactLocation);
    expect(locations).toEqual([
      { uri: 'genesys/my%20action%20%231.yaml', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///tmp/elsewhere/a.yaml' },
    ]);
    // The schema check bites: a wrong level is not SARIF.
    const broken = JSON.parse(text) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
  });
});
