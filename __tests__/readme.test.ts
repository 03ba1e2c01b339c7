/**
 * The README is the front door: its inputs/outputs tables must match
 * action.yml, and its install + test commands must be the ones CI runs.
 * (Its diagnostic-code table is checked by manifests/diagnostic-code-registry.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BANNERS } from '../src/render/banner-alerts.js';
import { repositoryRoot } from './support/repository-root.js';

const readme = readFileSync(join(repositoryRoot, 'README.md'), 'utf8');
const action = parse(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

function section(name: string): string {
  const match = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(readme);
  if (!match?.[1]) throw new Error(`README has no ${name} section`);
  return match[1];
}

function tableRows(text: string, header: string): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

describe('README', () => {
  it('lists exactly the inputs of action.yml, with their defaults', () => {
    const rows = tableRows(section('action-io'), 'input');
    const documented = Object.fromEntries(
      rows.map(([name, defaultValue]) => [name!.replaceAll('`', ''), defaultValue!.replaceAll('`', '')]),
    );
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
    expect(documented).toEqual(declared);
  });

  it('lists exactly the outputs of action.yml', () => {
    const rows = tableRows(section('action-io'), 'output');
    expect(rows.map(([name]) => name!.replaceAll('`', '')).sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('says which banner colour each risk gets, as the renderer does', () => {
    const colours = { CAUTION: 'red', WARNING: 'yellow', NOTE: 'blue' } as const;
    const rows = tableRows(section('banners'), 'Banner');
    const expected = (['CAUTION', 'WARNING', 'NOTE'] as const).map((alert) => [
      `\`[!${alert}]\``,
      colours[alert],
      BANNERS.filter((banner) => banner.alert === alert)
        .map((banner) => banner.when)
        .join('; '),
    ]);
    expect(rows).toEqual(expected);
  });

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('opens with the install + demo and install + test commands that CI and the demo use', () => {
    const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/\s+#.*$/, '').trim());
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
    const ci = readFileSync(join(repositoryRoot, '.ci/run'), 'utf8');
    expect(ci).toMatch(/npm ci/);
    expect(ci).toMatch(/npm test /);
  });

  it('has a test command that forwards extra arguments (the CI reporters) to vitest, and CI gates on the linters beside it', () => {
    const scripts = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['lint']).toBe('eslint . && prettier --check .');
    // npm appends `npm test -- <args>` to the script: the runner hands them to vitest, last.
    expect(scripts['test']).toBe('node scripts/run-tests.mjs');
    const runner = readFileSync(join(repositoryRoot, 'scripts/run-tests.mjs'), 'utf8');
    expect(runner.replace(/\s+/g, ' ')).toContain("'run', ...(hasMoto ? [] : ['--project', 'unit']), ...vitestArgs,");
    const ci = readFileSync(join(repositoryRoot, '.ci/run'), 'utf8');
    for (const check of ['lint', 'typecheck', 'check:dist', 'check:sdk-models'])
      expect(ci).toContain(`npm run --silent ${check} || failed_checks=$((failed_checks + 1))`);
    const workflow = readFileSync(join(repositoryRoot, '.github/workflows/test.yml'), 'utf8');
    expect(workflow).toContain('- run: npm run lint');
    expect(workflow).toContain('- run: npm test');
  });
});
