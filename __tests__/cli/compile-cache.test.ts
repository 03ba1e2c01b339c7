/**
 * The CLI engine's code cache (src/cli/compile-cache.ts), on real files: where
 * it lives, that a cache is written once and then used, that a cache V8 will
 * not take (garbage, another build) is replaced, and that a folder others may
 * write to, or none at all, only means running without one.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandProfile, compileCacheFolder, runEngine as runEngineHere } from '../../src/cli/compile-cache.js';
import { repositoryRoot } from '../support/repository-root.js';

/** A CommonJS engine that proves what it was given: it writes its own name, folder and a builtin's answer beside itself. */
const ENGINE = `
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const double = (value) => value * 2;
writeFileSync(join(__dirname, 'ran.json'), JSON.stringify({ file: __filename, exportsIsModuleExports: exports === module.exports, answer: double(21) }));
`;

function engineIn(folder: string, source = ENGINE): string {
  const file = join(folder, 'engine.cjs');
  writeFileSync(file, source);
  return file;
}

let child: string;

beforeAll(async () => {
  child = join(mkdtempSync(join(tmpdir(), 'glg-cache-child-')), 'child.mjs');
  await build({
    absWorkingDir: repositoryRoot,
    entryPoints: ['__tests__/support/compile-cache-child.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: child,
    logLevel: 'error',
  });
});

/** One run in a process of its own, the cache saved when it ends: what became of the cache. */
function runEngine(file: string, folder: string | undefined, profile = 'validate'): string {
  const run = spawnSync(process.execPath, [child, file, folder ?? '-', profile], { encoding: 'utf8' });
  expect(run).toMatchObject({ status: 0, stderr: '' });
  return run.stdout;
}

const ran = (folder: string): unknown => JSON.parse(readFileSync(join(folder, 'ran.json'), 'utf8'));

const cacheFiles = (folder: string): string[] => readdirSync(folder).filter((name) => name.endsWith('.cache'));

describe('where the cache lives', () => {
  it.each([
    [{ XDG_CACHE_HOME: '/x/cache' }, '/x/cache/genesys-lambda-gitops'],
    [{}, '/home/jane/.cache/genesys-lambda-gitops'],
    [{ XDG_CACHE_HOME: '' }, '/home/jane/.cache/genesys-lambda-gitops'],
    [{ NODE_DISABLE_COMPILE_CACHE: '1', XDG_CACHE_HOME: '/x/cache' }, undefined],
  ])('%j → %s', (env, folder) => {
    expect(compileCacheFolder(env, '/home/jane')).toBe(folder);
  });

  it.each([
    [['validate', '--manifests', 'genesys'], 'validate'],
    [['plan'], 'plan'],
    [['--help'], 'options'],
    [[], 'options'],
    [['../../etc/passwd'], 'options'],
    [['PLAN'], 'options'],
  ])('the arguments %j are the profile %s', (args, profile) => {
    expect(commandProfile(args)).toBe(profile);
  });
});

describe('runEngine', () => {
  it('runs the file as Node runs CommonJS: require, module, exports, __filename, __dirname', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const file = engineIn(folder);
    // In this process: with no cache there is nothing V8 could take or refuse.
    expect(runEngineHere(file, { folder: undefined, profile: 'validate', nodeVersion: process.version, arch: process.arch }).cache).toBe(
      'off',
    );
    expect(ran(folder)).toEqual({ file, exportsIsModuleExports: true, answer: 42 });
  });

  it('writes a cache after the first run, in a folder only the user may open, and uses it from then on', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const cache = join(folder, 'cache', 'genesys-lambda-gitops');
    const file = engineIn(folder);
    expect(runEngine(file, cache)).toBe('missing');
    const [name] = cacheFiles(cache);
    expect(name).toMatch(new RegExp(`^[0-9a-f]{16}-validate-${process.version.replaceAll('.', '\\.')}-${process.arch}\\.cache$`));
    expect(statSync(cache).mode & 0o777).toBe(0o700);
    const written = statSync(join(cache, name!));
    expect(written.mode & 0o777).toBe(0o600);
    expect(runEngine(file, cache)).toBe('used');
    // A run that used the cache leaves it as it was.
    expect(statSync(join(cache, name!)).ino).toBe(written.ino);
    expect(cacheFiles(cache)).toEqual([name]);
    const plan = runEngineHere(file, { folder: cache, profile: 'plan', nodeVersion: process.version, arch: process.arch });
    expect(plan.cache).toBe('missing');
    plan.saveCache();
    expect(cacheFiles(cache)).toHaveLength(2);
  });

  it('replaces a cache V8 refuses, and the run goes on without it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const cache = join(folder, 'cache');
    const file = engineIn(folder);
    runEngine(file, cache);
    const [name] = cacheFiles(cache);
    writeFileSync(join(cache, name!), Buffer.from('not bytecode at all'.repeat(40)));
    expect(runEngine(file, cache)).toBe('rejected');
    expect(ran(folder)).toMatchObject({ answer: 42 });
    expect(runEngine(file, cache)).toBe('used');
  });

  it('keys the cache by the engine build: a new build does not take the old one, and its first cache removes it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const cache = join(folder, 'cache');
    runEngine(engineIn(folder), cache);
    const [old] = cacheFiles(cache);
    // The same length: V8's own check of a cache against its source looks at little more than the length.
    const rebuilt = engineIn(folder, ENGINE.replace('value * 2', 'value + 2'));
    expect(runEngine(rebuilt, cache)).toBe('missing');
    expect(ran(folder)).toMatchObject({ answer: 23 });
    expect(cacheFiles(cache)).toHaveLength(1);
    expect(cacheFiles(cache)).not.toContain(old);
  });

  it('ignores a cache in a folder others may write to: their bytecode would run as this user', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const cache = join(folder, 'cache');
    const file = engineIn(folder);
    runEngine(file, cache);
    const [name] = cacheFiles(cache);
    const written = statSync(join(cache, name!)).ino;
    chmodSync(cache, 0o777);
    expect(runEngine(file, cache)).toBe('missing');
    // Nor is a cache written there: it would never be read.
    expect(statSync(join(cache, name!)).ino).toBe(written);
    chmodSync(cache, 0o700);
    expect(runEngine(file, cache)).toBe('used');
  });

  it('runs without a cache when the folder cannot be made', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    writeFileSync(join(folder, 'not-a-folder'), '');
    const run = runEngineHere(engineIn(folder), {
      folder: join(folder, 'not-a-folder', 'genesys-lambda-gitops'),
      profile: 'validate',
      nodeVersion: process.version,
      arch: process.arch,
    });
    expect(run.cache).toBe('missing');
    expect(() => run.saveCache()).not.toThrow();
    expect(readdirSync(folder).sort()).toEqual(['engine.cjs', 'not-a-folder', 'ran.json']);
  });

  it('keeps at most twelve caches of one build: arguments that name no command do not fill the disk', () => {
    const folder = mkdtempSync(join(tmpdir(), 'glg-engine-'));
    const cache = join(folder, 'cache');
    mkdirSync(cache, { mode: 0o700 });
    const file = engineIn(folder);
    // In this process: what is written does not depend on what V8 took.
    for (let index = 0; index < 13; index++)
      runEngineHere(file, { folder: cache, profile: `typo-${index}`, nodeVersion: process.version, arch: process.arch }).saveCache();
    expect(cacheFiles(cache)).toHaveLength(12);
  });
});
