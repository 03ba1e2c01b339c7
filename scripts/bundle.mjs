// `npm run build:action` / `build:cli`: minified bundles made by esbuild
// (about a second; webpack-based ncc took 45 s a bundle, which made `npm pack`
// and check:dist the slowest steps we had).
//   action → dist/index.js, one ES module, committed: GitHub runs it as it is.
//   cli    → dist/cli/engine.cjs, the whole CLI as one CommonJS script, and
//            dist/cli/index.js, the bin that runs it with a V8 code cache
//            (src/cli/compile-cache.ts: a script, not a module, is what
//            Node 20 can compile from a cache). Not committed, built on prepack.
// Each folder also gets package.json ({"type":"module"}) and licenses.txt:
// the license of every package whose code is in the bundle, from the build's
// own record of its inputs.
// Usage: node scripts/bundle.mjs action|cli [outDir]
import { build } from 'esbuild';
import { chmod, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRIES = {
  action: { outDir: 'dist', parts: [{ entry: 'src/index.ts', name: 'index', format: 'esm' }] },
  cli: {
    outDir: 'dist/cli',
    parts: [
      { entry: 'src/cli.ts', name: 'engine', format: 'cjs' },
      { entry: 'src/cli-launcher.ts', name: 'index', format: 'esm' },
    ],
  },
};

// Packages that are CommonJS call require(); an ES module has none, so the bundle makes one.
const REQUIRE_SHIM = "import{createRequire as __bundleRequire}from'node:module';const require=__bundleRequire(import.meta.url);";

const root = fileURLToPath(new URL('..', import.meta.url));
const [bundle, outDirArgument] = process.argv.slice(2);
const target = ENTRIES[bundle];
if (target === undefined) throw new Error(`bundle: unknown bundle ${bundle} (expected action or cli)`);
const outDir = outDirArgument ?? join(root, target.outDir);

await removeEarlierBundle(outDir);
const inputs = new Set();
for (const part of target.parts) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { [part.name]: part.entry },
    bundle: true,
    platform: 'node',
    format: part.format,
    // The action runs on GitHub's node24; the CLI promises Node 20.19 (package.json engines).
    target: 'node20',
    // The engine runs as a vm.Script, which has no module loader for import(): esbuild makes each one a require().
    ...(part.format === 'cjs' ? { outExtension: { '.js': '.cjs' }, supported: { 'dynamic-import': false } } : {}),
    minify: true,
    legalComments: 'none',
    ...(part.format === 'esm' ? { banner: { js: REQUIRE_SHIM } } : {}),
    alias: { debug: './scripts/bundle-stubs/debug-off.mjs' },
    outdir: outDir,
    metafile: true,
    logLevel: 'warning',
  });
  for (const input of Object.keys(result.metafile.inputs)) inputs.add(input);
}
await writeFile(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
await writeFile(join(outDir, 'licenses.txt'), await licensesOf([...inputs]));
// The package's bin: esbuild keeps src/cli-launcher.ts's #! line at the top of the bundle.
if (bundle === 'cli') await chmod(join(outDir, 'index.js'), 0o755);

/** The JavaScript an earlier build left (the chunks of earlier CLI builds too); other files stay. */
async function removeEarlierBundle(folder) {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && /\.c?js$/.test(entry.name)) await rm(join(folder, entry.name));
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
