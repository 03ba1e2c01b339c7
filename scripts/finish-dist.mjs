// After ncc: mark the bundle folder as ESM (ncc emits ESM for a "type": "module"
// package) and, for the CLI bundle, make it an executable with a shebang.
// Usage: node scripts/finish-dist.mjs action|cli [outDir]
import { chmod, readFile, writeFile } from 'node:fs/promises';

const [bundle = 'action', outDir] = process.argv.slice(2);
if (bundle !== 'action' && bundle !== 'cli') throw new Error(`finish-dist: unknown bundle ${bundle} (expected action or cli)`);
const folder = outDir ?? (bundle === 'action' ? 'dist' : 'dist/cli');
await writeFile(`${folder}/package.json`, `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
if (bundle === 'cli') {
  const cliPath = `${folder}/index.js`;
  const cli = await readFile(cliPath, 'utf8');
  if (!cli.startsWith('#!')) await writeFile(cliPath, `#!/usr/bin/env node\n${cli}`);
  await chmod(cliPath, 0o755);
}
