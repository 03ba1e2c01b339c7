// `npm run build:action` / `build:cli`: one minified ESM bundle per entry
// point, made by esbuild (about a second; webpack-based ncc took 45 s a
// bundle, which made `npm pack` and check:dist the slowest steps we had).
//   action → dist/index.js, one file, committed: GitHub runs it as it is.
//   cli    → dist/cli/index.js plus the chunks it loads on demand (the
//            providers and the AWS SDK only for the commands that reach live
//            state), not committed, built on prepack.
// Each folder also gets package.json ({"type":"module"}) and licenses.txt:
// the license of every package whose code is in the bundle, from the build's
// own record of its inputs.
// Usage: node scripts/bundle.mjs action|cli [outDir]
import { build } from 'esbuild';
import { chmod, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRIES = {
  action: { entry: 'src/index.ts', outDir: 'dist', splitting: false },
  cli: { entry: 'src/cli.ts', outDir: 'dist/cli', splitting: true },
};

// Packages that are CommonJS call require(); an ES module has none, so the bundle makes one.
const REQUIRE_SHIM = "import{createRequire as __bundleRequire}from'node:module';const require=__bundleRequire(import.meta.url);";

const root = fileURLToPath(new URL('..', import.meta.url));
const [bundle, outDirArgument] = process.argv.slice(2);
const target = ENTRIES[bundle];
if (target === undefined) throw new Error(`bundle: unknown bundle ${bundle} (expected action or cli)`);
const outDir = outDirArgument ?? join(root, target.outDir);

await removeEarlierBundle(outDir);
const result = await build({
  absWorkingDir: root,
  entryPoints: { index: target.entry },
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The action runs on GitHub's node24; the CLI promises Node 20.19 (package.json engines).
  target: 'node20',
  splitting: target.splitting,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'none',
  banner: { js: REQUIRE_SHIM },
  alias: { debug: './scripts/bundle-stubs/debug-off.mjs' },
  outdir: outDir,
  metafile: true,
  logLevel: 'warning',
});
await writeFile(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
await writeFile(join(outDir, 'licenses.txt'), await licensesOf(Object.keys(result.metafile.inputs)));
// The package's bin: esbuild keeps src/cli.ts's #! line at the top of the bundle.
if (bundle === 'cli') await chmod(join(outDir, 'index.js'), 0o755);

/** The JavaScript an earlier build left (its chunks change names with their contents); other files stay. */
async function removeEarlierBundle(folder) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.js')) await rm(join(folder, entry.name));
    if (entry.isDirectory() && entry.name === 'chunks') await rm(join(folder, entry.name), { recursive: true });
  }
}

/** One section per bundled package (name, version, license, license text), sorted by name. */
async function licensesOf(inputs) {
  const packageFolders = new Set();
  for (const input of inputs) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packageFolders.add(match[1]);
  }
  const sections = new Map();
  for (const folder of packageFolders) {
    const manifest = JSON.parse(await readFile(join(root, folder, 'package.json'), 'utf8'));
    const key = `${manifest.name}@${manifest.version}`;
    if (sections.has(key)) continue;
    const text = await licenseText(join(root, folder));
    sections.set(key, `${key}\n${manifest.license ?? 'license not stated'}\n${text ?? '(no license file in the package)'}`.trimEnd());
  }
  return `${[...sections.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, section]) => section)
    .join('\n\n')}\n`;
}

async function licenseText(folder) {
  const names = await readdir(folder);
  const file = names.sort().find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file === undefined ? undefined : (await readFile(join(folder, file), 'utf8')).trim();
}
