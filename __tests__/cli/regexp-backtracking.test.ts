/**
 * A contract pattern that backtracks exponentially (`^(a+)+$`) on a test
 * input that nearly matches: validate must answer, not hang (src/regexp-
 * backtracking.ts, switched on by runCli). With backtracking unbounded this
 * 29-character input takes V8 tens of seconds; bounded, milliseconds.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { repositoryRoot } from '../support/repository-root.js';

const NEAR_MISS = `${'a'.repeat(28)}!`;

function folderWithPattern(): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'glg-redos-')), 'genesys');
  cpSync(join(repositoryRoot, 'examples/genesys'), folder, { recursive: true });
  const file = join(folder, 'data-action-lookup-order-status.yaml');
  const text = readFileSync(file, 'utf8')
    .replace(
      '          type: string\n          description: The order number, e.g. 1001',
      '          type: string\n          pattern: "^(a+)+$"',
    )
    .replace('input: { orderId: "1001" }', `input: { orderId: "${NEAR_MISS}" }`);
  expect(text).toContain('^(a+)+$');
  writeFileSync(file, text);
  return folder;
}

describe('a contract pattern that backtracks exponentially', () => {
  it('is checked against a test input in bounded time, and the mismatch reported where it is', async () => {
    const errors: string[] = [];
    const started = performance.now();
    const code = await runCli(['validate', '--manifests', folderWithPattern(), '--environment', 'dev'], {
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
