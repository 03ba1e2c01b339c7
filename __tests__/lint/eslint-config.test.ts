/**
 * The layer boundaries and the function-length limit in eslint.config.js must bite: each deliberate
 * violation below is linted as if it were a file at that path in src/, with the repository's own config.
 * The files do not exist, so type information is switched off for them (`disableTypeChecked`): the rules
 * under test need none. The type-checked rules are checked once, on a program of one in-memory file.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/repository-root.js';

const eslint = new ESLint({ cwd: repositoryRoot, overrideConfig: tseslint.configs.disableTypeChecked });

/**
 * A TypeScript program of one in-memory file: the project's own program would take the type checker
 * ten seconds to build, for a probe that needs no other file.
 */
function programOf(path: string, code: string): ts.Program {
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name === path ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => name === path || fileExists(name);
  return ts.createProgram([path], options, host);
}

async function lint(filePath: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

/** An exported function spanning exactly `lines` lines, none blank or a comment. */
function functionOfLines(lines: number): string {
  const statements = Array.from({ length: lines - 4 }, (_, index) => `  total += ${index};`);
  return ['export function long(): number {', '  let total = 0;', ...statements, '  return total;', '}', ''].join('\n');
}

const violations: { file: string; code: string; why: RegExp }[] = [
  {
    file: 'src/plan/x.ts',
    code: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
    why: /file and network access/,
  },
  {
    file: 'src/manifests/x.ts',
    code: "import { readFile } from 'fs/promises';\nexport const read = readFile;\n",
    why: /file and network access/,
  },
  { file: 'src/model/x.ts', code: "import { request } from 'node:http';\nexport const send = request;\n", why: /file and network access/ },
  { file: 'src/render/x.ts', code: "import * as core from '@actions/core';\nexport const log = core.info;\n", why: /@actions/ },
  {
    file: 'src/iam/lint/x.ts',
    code: "import { IAMClient } from '@aws-sdk/client-iam';\nexport const client = IAMClient;\n",
    why: /Only src\/providers/,
  },
  {
    file: 'src/manifests/x.ts',
    code: "import { IamRoleProvider } from '../providers/aws-iam/iam-role-provider.js';\nexport const p = IamRoleProvider;\n",
    why: /imports nothing from providers/,
  },
  {
    file: 'src/plan/x.ts',
    code: "import type { RoleSpec } from '../providers/aws-iam/role-provider.js';\nexport type R = RoleSpec;\n",
    why: /imports nothing from providers/,
  },
  {
    file: 'src/iam/lint/x.ts',
    code: "import { validateManifests } from '../../commands/validate.js';\nexport const v = validateManifests;\n",
    why: /imports nothing from providers/,
  },
  {
    file: 'src/render/x.ts',
    code: "import type { GitHubClient } from '../github/github-client.js';\nexport type G = GitHubClient;\n",
    why: /imports nothing from providers/,
  },
  {
    file: 'src/commands/x.ts',
    code: "import { IAMClient } from '@aws-sdk/client-iam';\nexport const client = IAMClient;\n",
    why: /Only src\/providers/,
  },
  {
    file: 'src/main.ts',
    code: "import { STSClient } from '@aws-sdk/client-sts';\nexport const client = STSClient;\n",
    why: /Only src\/providers/,
  },
  {
    file: 'src/providers/x.ts',
    code: "import { getOctokit } from '@actions/github';\nexport const octokit = getOctokit;\n",
    why: /Only src\/github/,
  },
  { file: 'src/apply/x.ts', code: "import { context } from '@actions/github';\nexport const c = context;\n", why: /Only src\/github/ },
];

describe('eslint.config.js', () => {
  it.each(violations)('reports $file importing what its layer must not', async ({ file, code, why }) => {
    const messages = await lint(file, code);
    expect(messages).toEqual([{ rule: 'no-restricted-imports', message: expect.stringMatching(why) as string }]);
  });

  it.each([
    { file: 'src/providers/aws-iam/x.ts', code: "import { IAMClient } from '@aws-sdk/client-iam';\nexport const client = IAMClient;\n" },
    { file: 'src/github/x.ts', code: "import { getOctokit } from '@actions/github';\nexport const octokit = getOctokit;\n" },
    {
      file: 'src/commands/x.ts',
      code: "import { readFile } from 'node:fs/promises';\nimport { validateManifests } from './validate.js';\nexport const uses = [readFile, validateManifests];\n",
    },
    {
      file: 'src/plan/x.ts',
      code: "import { createHash } from 'node:crypto';\nimport type { DesiredState } from '../model/desired-state.js';\nexport type D = DesiredState;\nexport const hash = createHash;\n",
    },
    { file: 'src/render/x.ts', code: "import { formatFieldPath } from '../plan/field-diff.js';\nexport const format = formatFieldPath;\n" },
  ])('accepts $file importing what its layer may', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });

  it('reports a function of 81 lines in src/, and accepts one of 80', async () => {
    const long = await lint('src/render/x.ts', functionOfLines(81));
    expect(long).toEqual([{ rule: 'max-lines-per-function', message: expect.stringContaining('too many lines (81)') as string }]);
    expect(await lint('src/render/x.ts', functionOfLines(80))).toEqual([]);
  });

  it('does not count blank lines and comments towards the 80', async () => {
    const padded = functionOfLines(80).replace('  let total = 0;', '  let total = 0;\n\n  // why, not what\n');
    expect(await lint('src/render/x.ts', padded)).toEqual([]);
  });

  it('runs the type-checked rules: a floating promise and a switch that misses a case', async () => {
    const code = [
      "type Side = 'trust' | 'permission';",
      'export function describe(side: Side): string {',
      '  switch (side) {',
      "    case 'trust':",
      "      return 'trust policy';",
      '  }',
      "  return '';",
      '}',
      'export function fire(send: () => Promise<void>): void {',
      '  send();',
      '}',
      '',
    ].join('\n');
    const filePath = 'src/genesys/lint-probe.ts';
    const typeChecked = new ESLint({
      cwd: repositoryRoot,
      overrideConfig: {
        files: ['**/*.ts'],
        languageOptions: { parserOptions: { projectService: false, programs: [programOf(join(repositoryRoot, filePath), code)] } },
      },
    });
    const [result] = await typeChecked.lintText(code, { filePath });
    expect(result?.messages.map((message) => message.ruleId).sort()).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/switch-exhaustiveness-check',
    ]);
  });
});
