/**
 * The bundled action bounds regular-expression backtracking too (src/main.ts
 * switches it on before it reads a manifest, as the CLI does): a validate run
 * of a contract pattern that backtracks exponentially on a near-miss test
 * input ends with the finding instead of hanging. In a process of its own,
 * because the V8 flag is process-wide: a CLI test in the same worker would
 * have switched it on already.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { childRun } from '../support/child-process-run.js';
import { workspaceWithBacktrackingPattern } from '../support/backtracking-pattern-manifests.js';
import { repositoryRoot } from '../support/repository-root.js';

it('validates a contract pattern that backtracks exponentially in bounded time, and reports the mismatch', async () => {
  const workspace = workspaceWithBacktrackingPattern();
  const output = join(workspace, 'output');
  const summary = join(workspace, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const started = performance.now();
  const run = await childRun(
    spawn(process.execPath, [join(repositoryRoot, 'dist/index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        INPUT_MODE: 'validate',
        INPUT_MANIFESTS: 'genesys',
        INPUT_ENVIRONMENT: 'dev',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: workspace,
      },
    }),
  );
  // A bound for a hang, not a speed target: unbounded, this match alone takes V8 tens of seconds.
  expect(performance.now() - started).toBeLessThan(10_000);
  expect(run.status, run.stderr).toBe(1);
  expect(run.stdout).toMatch(
    /^::error title=GLG-TEST-INPUT,file=genesys\/data-action-lookup-order-status\.yaml,line=\d+,.*input\.orderId must match pattern/m,
  );
  // The near miss and the example's two other test inputs, none of them all a's.
  expect(run.stdout.split('\n').filter((line) => line.startsWith('::error '))).toHaveLength(3);
  expect(readFileSync(output, 'utf8')).toMatch(/^errors<<(\S+)\n3\n\1$/m);
});
