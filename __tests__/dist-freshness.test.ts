/**
 * dist/ is committed (GitHub runs it as is), so it must be exactly what the
 * build makes from src/. Rebuilds both bundles into a temporary folder with
 * the same ncc commands as `npm run build` and compares them byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot } from './support/repository-root.js';

const ncc = join(repositoryRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

function build(entry: string, outDir: string, extra: string[] = []): void {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', outDir, ...extra], { cwd: repositoryRoot, stdio: 'pipe' });
}

describe('dist/', () => {
  it('is what `npm run build` makes from the current sources', { timeout: 240_000 }, async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'glg-dist-'));
    build('src/index.ts', outDir, ['--license', 'licenses.txt']);
    build('src/cli.ts', join(outDir, 'cli'));
    execFileSync(process.execPath, [join(repositoryRoot, 'scripts/finish-dist.mjs'), outDir], { cwd: repositoryRoot });
    for (const file of ['index.js', 'licenses.txt', 'package.json', 'cli/index.js']) {
      const committed = await readFile(join(repositoryRoot, 'dist', file), 'utf8');
      const rebuilt = await readFile(join(outDir, file), 'utf8');
      expect(rebuilt === committed, `dist/${file} is stale: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
