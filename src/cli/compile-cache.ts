/**
 * The CLI's engine (dist/cli/engine.cjs, one CommonJS bundle) compiled with a
 * V8 code cache, so a run after the first skips most of the parsing and
 * compiling that was half of the CLI's start-up (Node 20 has no compile cache
 * of its own; module.enableCompileCache() came in Node 22.1).
 *
 * One cache file per engine build, Node version, CPU and command: a cache
 * made after a run holds the bytecode of every function that run compiled, so
 * a cache made by `--help` would do little for `plan`. The files live in the
 * user's cache folder (XDG_CACHE_HOME, else ~/.cache), in a folder only that
 * user may write: bytecode from a folder others can write would run their
 * code. NODE_DISABLE_COMPILE_CACHE (Node's own switch) turns it off. Every
 * failure to read or write a cache only means running without one.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** What became of the cache in this run. */
export type CompileCacheUse = 'off' | 'used' | 'missing' | 'rejected';

export interface EngineRun {
  cache: CompileCacheUse;
  /** Writes a cache of what the run compiled, where none was usable; call it when the run is over. */
  saveCache: () => void;
}

export interface CompileCacheSettings {
  /** The cache folder; undefined: no cache. */
  folder: string | undefined;
  /** Which command's run this is (part of the cache's name). */
  profile: string;
  nodeVersion: string;
  arch: string;
}

/** What Node's CommonJS loader puts around a file (module.wrap, which Node 20 does not export to ES modules). */
const COMMONJS_WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** Cache files one engine build may keep (one per command): a bound for argument typos. */
const MAX_FILES_PER_BUILD = 12;

export function compileCacheFolder(env: Readonly<Record<string, string | undefined>>, homeDirectory: string): string | undefined {
  if (env['NODE_DISABLE_COMPILE_CACHE']) return undefined;
  const base = env['XDG_CACHE_HOME'] || join(homeDirectory, '.cache');
  return join(base, 'genesys-lambda-gitops');
}

/** The command a run's arguments name, as a file-name part; options alone (`--help`, `--version`) are one profile. */
export function commandProfile(args: readonly string[]): string {
  const first = args[0];
  return first !== undefined && /^[a-z][a-z-]{0,31}$/.test(first) ? first : 'options';
}

/** Runs the CommonJS file as Node's loader would (module, exports, require, __filename, __dirname), from a cache when one fits. */
export function runEngine(file: string, settings: CompileCacheSettings): EngineRun {
  const source = readFileSync(file, 'utf8');
  const build = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const cacheFile =
    settings.folder === undefined
      ? undefined
      : join(settings.folder, `${build}-${settings.profile}-${settings.nodeVersion}-${settings.arch}.cache`);
  const cachedData = cacheFile === undefined ? undefined : readTrustedCache(cacheFile);
  const script = new Script(`${COMMONJS_WRAPPER[0]}${source}${COMMONJS_WRAPPER[1]}`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: CompileCacheUse =
    cacheFile === undefined ? 'off' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  const saveCache = (): void => {
    if (cacheFile === undefined || cache === 'used') return;
    writeCache(cacheFile, build, () => script.createCachedData());
  };
  const run = script.runInThisContext() as (...parameters: unknown[]) => void;
  const module = { exports: {}, filename: file, id: file, loaded: false };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { cache, saveCache };
}

/** The cache's bytes, if its folder is the user's own and no one else may write to it. */
function readTrustedCache(cacheFile: string): Buffer | undefined {
  try {
    return isPrivateFolder(dirname(cacheFile)) ? readFileSync(cacheFile) : undefined;
  } catch {
    return undefined;
  }
}

/** Owned by this user, and neither group nor others may write to it (Windows has no such modes: never). */
function isPrivateFolder(folder: string): boolean {
  const status = statSync(folder);
  if ((status.mode & 0o022) !== 0) return false;
  return typeof process.getuid !== 'function' || status.uid === process.getuid();
}

/** Written beside and renamed into place: a run reading it at the same time sees the old file or the new one. */
function writeCache(cacheFile: string, build: string, data: () => Buffer): void {
  try {
    const folder = dirname(cacheFile);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // A cache that would never be read is not worth writing on every run.
    if (!isPrivateFolder(folder)) return;
    const names = readdirSync(folder).filter((name) => name.endsWith('.cache'));
    // Caches of other engine builds are of no further use: an upgrade leaves one set, not one per version.
    for (const name of names) if (!name.startsWith(`${build}-`)) rmSync(join(folder, name), { force: true });
    if (names.filter((name) => name.startsWith(`${build}-`)).length >= MAX_FILES_PER_BUILD) return;
    const partial = `${cacheFile}.${process.pid}.partial`;
    writeFileSync(partial, data(), { mode: 0o600 });
    renameSync(partial, cacheFile);
  } catch {
    // An unwritable cache folder (read-only home, full disk) costs the next run its head start, nothing else.
  }
}
