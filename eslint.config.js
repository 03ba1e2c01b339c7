/**
 * ESLint flat config. Two jobs:
 *  - a small type-checked subset of typescript-eslint (the rules that catch real bugs here: a floating
 *    promise, a switch that misses a case, an assertion that hides nothing) plus function length in src/;
 *  - the layer boundaries DESIGN.md promises, as `no-restricted-imports` per folder: the functional core
 *    reads no files, opens no sockets, and knows no AWS, Genesys or GitHub client; only providers/ imports
 *    an AWS SDK and only github/ imports @actions/github.
 * Formatting is Prettier's (`eslint-config-prettier` switches off the rules it owns).
 * __tests__/lint/eslint-config.test.ts proves each boundary reports a deliberate violation.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Folders of the functional core: pure functions over plain data. */
export const CORE_FOLDERS = ['manifests', 'plan', 'render', 'iam', 'model', 'diagnostics', 'genesys', 'drift', 'adoption'];

/** Every folder of src/, so that each gets exactly one complete `no-restricted-imports` entry. */
const SHELL_FOLDERS = ['apply', 'commands', 'github', 'providers'];

const awsSdk = { group: ['@aws-sdk/*'], message: 'Only src/providers/** talks to AWS.' };
const actionsGithub = { group: ['@actions/github', '@actions/github/*'], message: 'Only src/github/** talks to GitHub.' };
const anyActions = { group: ['@actions/*'], message: 'The core is pure: the shells (main.ts, github/) own @actions/*.' };
const fileSystemAndNetwork = ['fs', 'fs/promises', 'http', 'https', 'http2', 'net'].flatMap((name) => [name, `node:${name}`]);
/** A relative import that climbs out of the folder into one of the shell layers (any depth). */
const shellLayers = {
  regex: '^(\\.\\./)+(providers|github|commands)(/|$)',
  message: 'The core imports nothing from providers/, github/ or commands/: they depend on it, not the reverse.',
};

/** The complete `no-restricted-imports` options for one folder of src/. */
function restrictedImportsFor(folder) {
  const core = CORE_FOLDERS.includes(folder);
  const patterns = [];
  if (folder !== 'providers') patterns.push(awsSdk);
  if (core) patterns.push(anyActions, shellLayers);
  else if (folder !== 'github') patterns.push(actionsGithub);
  const paths = core
    ? fileSystemAndNetwork.map((name) => ({ name, message: 'The core is pure: file and network access live in the shells.' }))
    : [];
  return ['error', { paths, patterns }];
}

const typeCheckedRules = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
  '@typescript-eslint/no-unnecessary-type-assertion': 'error',
  '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'src/generated/**', 'sandbox/genesys/sdk-models/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: typeCheckedRules,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: Object.fromEntries(
        ['console', 'process', 'Buffer', 'URL', 'structuredClone', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
      // Files directly under src/ are the entry points and shells: they may import anything.
      'no-restricted-imports': ['error', { paths: [], patterns: [awsSdk, actionsGithub] }],
    },
  },
  ...[...CORE_FOLDERS, ...SHELL_FOLDERS].map((folder) => ({
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': restrictedImportsFor(folder) },
  })),
  {
    // sandbox/ plays the servers (it may use any SDK model); scripts/ and bench/ drive the tool.
    files: ['sandbox/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [], patterns: [actionsGithub] }] },
  },
  prettier,
);
