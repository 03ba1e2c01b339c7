/**
 * The README's first command is `npm ci && npm run demo`: the demo must keep
 * running the whole flow, offline, and end clean.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { MOTO_INSTALL_HINT } from '../sandbox/aws/moto-server.js';
import { repositoryRoot } from './support/repository-root.js';

it(
  'npm run demo runs validate → plan → apply → smoke tests → no-op plan → a flow keeps its replaced action → UI edit → drift issue → re-apply → issue closed → edit → broken copy, and exits 0',
  { timeout: 180_000 },
  () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts/demo.ts')], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      env: { ...process.env, AWS_ENDPOINT_URL: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.status, result.stdout).toBe(0);
    // Not a terminal, so no colour (NO_COLOR and TTY rules: src/cli/colour.ts).
    expect(result.stdout).not.toContain('\u001b[');
    const verdicts = result.stdout.split('\n').filter((line) => /^[✔✘] exit/.test(line));
    expect(verdicts).toEqual([
      '✔ exit 0 (manifests are clean)',
      '✔ exit 2 (changes to make)',
      '✔ exit 0 (applied and smoke-tested)',
      '✔ exit 0 (no changes: apply converged)',
      '✔ exit 2 (a replace, naming the flow that uses the action)',
      '✔ exit 0 (replaced; the old action keeps serving Main IVR)',
      '✔ exit 2 (the superseded action is unused now: one delete)',
      '✔ exit 0 (the superseded action is deleted)',
      '✔ exit 0 (no changes, nothing superseded)',
      '✔ exit 0 (drift reported in one issue; the run itself succeeds)',
      '✔ exit 0 (the hand edit is overwritten)',
      '✔ exit 0 (clean again: the issue is closed with a comment)',
      '✔ exit 2 (one in-place update)',
      '✔ exit 1 (findings with file:line:col, nothing applied)',
    ]);
    expect(result.stdout).toMatch(/GLG-CONTRACT-RESERVED-NAME/);
    expect(result.stdout).toContain('✔ the old id still answers /execute for Main IVR');
    expect(result.stdout).toContain('✔ the old action is gone');
    expect(result.stdout).toMatch(/PR comment the plan would post: +\/.*pr-comment\.md/);
    expect(result.stdout).toMatch(/\| `action\/Customer Lambdas\/Check Store Hours` \| changed: `timeoutSeconds` \| \S+ \| Jane Doe at /);
    expect(result.stdout).toMatch(/Issue #101 is closed, with the comment:\n✅ `dev` matches the manifests again/);
  },
);

it('without moto_server on the PATH, the demo prints one line saying how to install it, and exits non-zero', () => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'scripts/demo.ts')], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    // Only node's own folder: no moto_server, no pyenv shims.
    env: { ...process.env, PATH: dirname(process.execPath), AWS_ENDPOINT_URL: '' },
  });
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toEqual([`demo: ${MOTO_INSTALL_HINT}`]);
  expect(MOTO_INSTALL_HINT).toContain('pipx install "moto[server]"');
});
