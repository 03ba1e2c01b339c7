/**
 * The CLI's own messages carry text from servers, manifests and arguments
 * too: a usage error quoting an argument, an import finding or summary
 * quoting a path. On the
 * console each stays one line with control characters shown escaped, so
 * nothing in it can become a workflow command in a CI log (`::error::…`) or
 * move the cursor (src/render/console-text.ts, applied in cli-program.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { repositoryRoot } from '../support/repository-root.js';

const HOSTILE = 'Orders\r\n::error::forged\u001b[31m red\u2028next';

/** Everything the run printed, stdout and stderr, line by line. */
async function linesOf(args: string[]): Promise<{ code: number; lines: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'glg-hostile-cli-'));
  cpSync(join(repositoryRoot, 'examples/genesys'), join(folder, 'genesys'), { recursive: true });
  // A folder that is not empty: import refuses to write into it, quoting its name in the failure.
  mkdirSync(join(folder, HOSTILE));
  writeFileSync(join(folder, HOSTILE, 'kept.yaml'), 'a: 1\n');
  writeFileSync(join(folder, 'Lookup.custom.json'), '{}');
  const printed: string[] = [];
  const code = await runCli(args, { out: (text) => printed.push(text), err: (text) => printed.push(text), env: {}, cwd: folder });
  return { code, lines: printed.join('\n').split('\n') };
}

describe('the CLI never lets server or manifest text leave its line', () => {
  it.each([
    ['a usage error quoting an argument', ['plan', `--${HOSTILE}`]],
    ['an import finding quoting a file name', ['import', `${HOSTILE}.custom.json`, '--integration', 'Orders', '--out', 'imported']],
    ['the import summary naming the folder it was given', ['import', 'Lookup.custom.json', '--integration', 'Orders', '--out', HOSTILE]],
  ])('%s', async (_, args) => {
    const { code, lines } = await linesOf(args);
    expect(code).not.toBe(0);
    const quoted = lines.find((line) => line.includes('Orders'));
    expect(quoted).toContain('Orders⏎::error::forged\\x1b[31m');
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/[\r\u001b\u2028]/);
  });
});
