// `npm run check:dist`: the committed action bundle must be exactly what the
// build makes from the current sources (GitHub runs dist/index.js as it is in
// the repository), and no larger than the budget. Rebuilds into a temporary
// folder with the same commands as `npm run build`, so the tree is not touched;
// the CLI bundle (git-ignored, built on prepack) is built too, to prove it builds.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The committed dist/ (action bundle, licenses, package.json) may not grow past this. */
const MAX_COMMITTED_BYTES = 2.5 * 2 ** 20;

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const outDir = await mkdtemp(join(tmpdir(), 'glg-dist-'));
const problems = [];
try {
  run([join(root, 'scripts/bundle.mjs'), 'action', outDir]);
  run([join(root, 'scripts/bundle.mjs'), 'cli', join(outDir, 'cli')]);

  const committed = (await readdir(join(root, 'dist'), { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const rebuilt = (await readdir(outDir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const file of new Set([...committed, ...rebuilt])) {
    const [before, after] = await Promise.all([readIfPresent(join(root, 'dist', file)), readIfPresent(join(outDir, file))]);
    if (before === undefined) problems.push(`dist/${file} is missing`);
    else if (after === undefined) problems.push(`dist/${file} is not made by the build any more`);
    else if (!before.equals(after)) problems.push(`dist/${file} is stale`);
  }
  let bytes = 0;
  for (const file of committed) bytes += (await stat(join(root, 'dist', file))).size;
  if (bytes > MAX_COMMITTED_BYTES) problems.push(`dist/ is ${mib(bytes)} MiB, over the ${mib(MAX_COMMITTED_BYTES)} MiB budget`);
  // The CLI bundle is its bin and the engine the bin runs.
  let cliBytes = 0;
  for (const entry of await readdir(join(outDir, 'cli'), { withFileTypes: true })) {
    if (entry.isFile() && /\.c?js$/.test(entry.name)) cliBytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  console.log(
    `check:dist: dist/ ${mib(bytes)} MiB committed (budget ${mib(MAX_COMMITTED_BYTES)} MiB); CLI bundle ${mib(cliBytes)} MiB (built on prepack, not committed)`,
  );
} finally {
  await rm(outDir, { recursive: true, force: true });
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`check:dist: ${problem}`);
  console.error('check:dist: run `npm run build` and commit dist/.');
  process.exit(1);
}

async function readIfPresent(path) {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

function mib(bytes) {
  return (bytes / 2 ** 20).toFixed(2);
}
