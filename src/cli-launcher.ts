#!/usr/bin/env node
/**
 * The CLI's bin (dist/cli/index.js): runs the engine (dist/cli/engine.cjs,
 * built from cli.ts) with a V8 code cache (cli/compile-cache.ts), and writes
 * the cache once the run is over and the event loop has nothing left to do.
 */
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { commandProfile, compileCacheFolder, runEngine } from './cli/compile-cache.js';
import { boundRegExpBacktracking } from './regexp-backtracking.js';

// Before the engine is compiled: V8 refuses a code cache made under other flags, and the engine sets this one.
boundRegExpBacktracking();

const run = runEngine(fileURLToPath(new URL('./engine.cjs', import.meta.url)), {
  folder: compileCacheFolder(process.env, homedir()),
  profile: commandProfile(process.argv.slice(2)),
  nodeVersion: process.version,
  arch: process.arch,
});
process.once('beforeExit', run.saveCache);
