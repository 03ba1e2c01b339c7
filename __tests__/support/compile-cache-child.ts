/**
 * One CLI-like run of src/cli/compile-cache.ts in a process of its own (the
 * test bundles this file with esbuild and runs it with node): V8 keeps the
 * scripts a process compiled in memory, so only a fresh process shows whether
 * a cache on disk was taken. Prints the run's cache use.
 * Arguments: engine file, cache folder ('-' for none), profile.
 */
import { runEngine } from '../../src/cli/compile-cache.js';

const [file, folder, profile] = process.argv.slice(2);
const run = runEngine(file!, {
  folder: folder === '-' ? undefined : folder,
  profile: profile!,
  nodeVersion: process.version,
  arch: process.arch,
});
process.once('beforeExit', run.saveCache);
process.stdout.write(run.cache);
