/**
 * A contract pattern that backtracks exponentially (`^(a+)+$`) on a test
 * input that nearly matches: validate must answer, not hang (src/regexp-
 * backtracking.ts, switched on by runCli). With backtracking unbounded this
 * 29-character input takes V8 tens of seconds; bounded, milliseconds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { workspaceWithBacktrackingPattern } from '../support/backtracking-pattern-manifests.js';
import { repositoryRoot } from '../support/repository-root.js';

describe('a contract pattern that backtracks exponentially', () => {
  it('is checked against a test input in bounded time, and the mismatch reported where it is', async () => {
    const errors: string[] = [];
    const started = performance.now();
    const code = await runCli(['validate', '--manifests', join(workspaceWithBacktrackingPattern(), 'genesys'), '--environment', 'dev'], {
      out: () => {},
      err: (text) => errors.push(text),
      env: {},
      cwd: repositoryRoot,
    });
    // A bound for a hang, not a speed target: unbounded, this run takes V8 tens of seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(
      /data-action-lookup-order-status\.yaml:\d+:\d+: error GLG-TEST-INPUT: test "shipped order": input\.orderId must match pattern/,
    );
  });
});
