/**
 * The CLI's own messages carry text from servers and manifests too: a failure
 * whose message quotes Genesys, a usage error quoting an argument. On the
 * console each stays one line with control characters shown escaped, so
 * nothing in it can become a workflow command in a CI log (`::error::…`) or
 * move the cursor (src/render/console-text.ts, applied in cli-program.ts).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli-program.js';
import { repositoryRoot } from '../support/repository-root.js';

const HOSTILE = 'Orders\r\n::error::forged\u001b[31m red\u2028next';

async function errorsOf(args: string[], createProviders?: () => never): Promise<{ code: number; lines: string[] }> {
  const folder = mkdtempSync(join(tmpdir(), 'glg-hostile-cli-'));
  cpSync(join(repositoryRoot, 'examples/genesys'), join(folder, 'genesys'), { recursive: true });
  const err: string[] = [];
  const code = await runCli(args, {
    out: () => {},
    err: (text) => err.push(text),
    env: {},
    cwd: folder,
    ...(createProviders ? { createProviders } : {}),
  });
  return { code, lines: err.join('\n').split('\n') };
}

describe('the CLI never lets server or manifest text leave its line', () => {
  it.each([
    [
      'a failure quoting a server',
      ['plan', '--environment', 'dev'],
      () => {
        throw new Error(`Genesys said: ${HOSTILE}`);
      },
    ],
    ['a usage error quoting an argument', ['plan', `--${HOSTILE}`], undefined],
    [
      'an import finding quoting a file name',
      ['import', `${HOSTILE}.custom.json`, '--integration', 'Orders', '--out', 'imported'],
      undefined,
    ],
  ])('%s', async (_, args, createProviders) => {
    const { code, lines } = await errorsOf(args, createProviders);
    expect(code).not.toBe(0);
    const quoted = lines.find((line) => line.includes('Orders'));
    expect(quoted).toContain('Orders⏎::error::forged\\x1b[31m');
    expect(lines.filter((line) => line.startsWith('::'))).toEqual([]);
    expect(lines.join('\n')).not.toMatch(/[\r\u001b\u2028]/);
  });
});
