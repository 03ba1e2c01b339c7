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

describe('validate text output', () => {
  it('prints each finding on one line, with manifest text escaped: no line starts a workflow command', async () => {
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(join(tmpdir(), 'validate-hostile-'));
    try {
      cpSync(join(repositoryRoot, 'examples/genesys'), folder, { recursive: true });
      const file = join(folder, 'data-action-check-store-hours.yaml');
      const original = readFileSync(file, 'utf8');
      const hostile = 'Nope\\n::error::FORGED-REF\\r::set-output name=mode::pwned\\u001b[31m\\u0007 ##[error]legacy\\u202e';
      writeFileSync(file, original.replace('integration: Customer Lambdas', `integration: "${hostile}"`));
      const err: string[] = [];
      const code = await runCli(['validate', '--manifests', folder], {
        out: () => undefined,
        err: (text) => err.push(text),
        env: {},
        cwd: folder,
      });
      expect(code).toBe(1);
      const text = err.join('\n');
      expect(text).toContain('Nope⏎::error::FORGED-REF⏎::set-output name=mode::pwned\\x1b[31m\\x07 ##\\[error]legacy\\u202e');
      for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
        expect(line.trimStart()).not.toMatch(/^::/);
        expect(line).not.toContain('##[');
      }
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029\u202e]/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
