/**
 * `validate --format json` as documented (docs/machine-readable-outputs.md):
 * the real output for clean and broken folders validates against
 * schemas/output/validation-report.schema.json, and counts what it lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import type { ValidationReport } from '../../src/render/validation-report.js';
import { repositoryRoot } from '../support/repository-root.js';

const schema = JSON.parse(readFileSync(join(repositoryRoot, 'schemas/output/validation-report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);

const fixtures = readdirSync(join(repositoryRoot, '__tests__/fixtures/manifests')).map((name) => `__tests__/fixtures/manifests/${name}`);

async function report(folder: string): Promise<{ code: number; report: ValidationReport }> {
  const out: string[] = [];
  const code = await runCli(['validate', '--manifests', folder, '--format', 'json'], {
    out: (text) => out.push(text),
    err: () => undefined,
    env: {},
    cwd: repositoryRoot,
  });
  return { code, report: JSON.parse(out.join('\n')) as ValidationReport };
}

describe('validate --format json', () => {
  it.each(['examples/genesys', 'no/such/folder', ...fixtures])('%s: valid against the published schema', async (folder) => {
    const { code, report: written } = await report(folder);
    expect(validate(written), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(written.formatVersion).toBe(1);
    expect(written.errorCount).toBe(written.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length);
    expect(written.warningCount).toBe(written.diagnostics.length - written.errorCount);
    expect(code).toBe(written.errorCount > 0 ? 1 : 0);
  });

  it('the schema rejects what the report never holds', () => {
    expect(validate({ formatVersion: 2, fileCount: 0, errorCount: 0, warningCount: 0, diagnostics: [] })).toBe(false);
    expect(validate({ formatVersion: 1, fileCount: 0, errorCount: 0, warningCount: 0, diagnostics: [{ severity: 'fatal' }] })).toBe(false);
  });
});
