/**
 * The examples with a contract pattern that backtracks exponentially
 * (`^(a+)+$`) and a test input that nearly matches it: unbounded, V8 takes
 * tens of seconds over that one match (src/regexp-backtracking.ts).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from './repository-root.js';

const NEAR_MISS = `${'a'.repeat(28)}!`;

/** A new workspace holding `genesys/`, the examples so changed; returns the workspace. */
export function workspaceWithBacktrackingPattern(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'glg-redos-'));
  const folder = join(workspace, 'genesys');
  cpSync(join(repositoryRoot, 'examples/genesys'), folder, { recursive: true });
  const file = join(folder, 'data-action-lookup-order-status.yaml');
  const text = readFileSync(file, 'utf8')
    .replace(
      '          type: string\n          description: The order number, e.g. 1001',
      '          type: string\n          pattern: "^(a+)+$"',
    )
    .replace('input: { orderId: "1001" }', `input: { orderId: "${NEAR_MISS}" }`);
  if (!text.includes('^(a+)+$') || !text.includes(NEAR_MISS)) throw new Error('the examples changed: the pattern was not put in');
  writeFileSync(file, text);
  return workspace;
}
