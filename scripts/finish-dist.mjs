// After ncc: mark dist/ as ESM (ncc emits ESM for a "type": "module" package)
// and make the CLI bundle executable.
import { chmod, readFile, writeFile } from 'node:fs/promises';

const distDir = process.argv[2] ?? 'dist';
await writeFile(`${distDir}/package.json`, `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
const cliPath = `${distDir}/cli/index.js`;
const cli = await readFile(cliPath, 'utf8');
if (!cli.startsWith('#!')) await writeFile(cliPath, `#!/usr/bin/env node\n${cli}`);
await chmod(cliPath, 0o755);
