/**
 * The npm package as a user gets it: `npm pack` (which runs `prepack`, so
 * the CLI bundle is built from the sources whether or not dist/cli is
 * committed), installed from the tarball into an empty folder, offline, then
 * `npx genesys-lambda-gitops` run from there. The pack runs in a copy of
 * the tracked files (node_modules linked), so the work tree is never
 * touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../support/repository-root.js';

interface PackResult {
  filename: string;
  entryCount: number;
  unpackedSize: number;
  files: { path: string }[];
}

const npm = (cwd: string, args: string[]) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
  });

let packed: PackResult;
let installed: string;
/** XDG_CACHE_HOME of the runs: the CLI keeps its compile cache there, not in the home folder of whoever runs the tests. */
const cacheHome = mkdtempSync(join(tmpdir(), 'glg-pack-cache-'));

/** The tracked files, as a fresh clone has them, with the repository's node_modules linked in. */
function copyOfTheCheckout(): string {
  const copy = mkdtempSync(join(tmpdir(), 'glg-pack-src-'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repositoryRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(repositoryRoot, file), join(copy, file));
  }
  symlinkSync(join(repositoryRoot, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

beforeAll(() => {
  const source = copyOfTheCheckout();
  const out = mkdtempSync(join(tmpdir(), 'glg-pack-out-'));
  // npm prints the prepack build on stdout before the JSON: the JSON is the last thing it prints.
  const printed = npm(source, ['pack', '--json', '--pack-destination', out]);
  packed = (JSON.parse(printed.slice(printed.lastIndexOf('\n[\n') + 1)) as PackResult[])[0]!;
  installed = mkdtempSync(join(tmpdir(), 'glg-pack-install-'));
  writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'user-project', private: true }));
  npm(installed, ['install', '--offline', '--no-audit', '--no-fund', join(out, packed.filename)]);
}, 300_000);

describe('the npm package', () => {
  it('holds the CLI bundle (its bin and the engine the bin runs), the schemas, README and LICENSE, nothing else', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths.filter((path) => path.startsWith('dist/cli/')).sort()).toEqual([
      'dist/cli/engine.cjs',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
    ]);
    expect(paths.length).toBeLessThanOrEqual(20);
    expect(paths).toEqual(expect.arrayContaining(['schemas/manifest.schema.json', 'README.md', 'LICENSE', 'package.json']));
    expect(paths.filter((path) => !/^(dist\/cli\/|schemas\/|README\.md$|LICENSE$|package\.json$)/.test(path))).toEqual([]);
    expect(paths.some((path) => path === 'dist/index.js')).toBe(false);
  });

  it('declares no runtime dependency: everything the CLI needs is in its bundle', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'node_modules/genesys-lambda-gitops/package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      license: string;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.license).toBe('MIT');
    expect(readdirSync(join(installed, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['genesys-lambda-gitops']);
  });

  it('runs with npx: --version, and validate on a manifests folder', () => {
    const npx = (args: string[]) =>
      spawnSync('npx', ['--no-install', 'genesys-lambda-gitops', ...args], {
        cwd: installed,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
      });
    const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(npx(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
    cpSync(join(repositoryRoot, 'examples/genesys'), join(installed, 'genesys'), { recursive: true });
    const clean = npx(['validate']);
    expect(clean).toMatchObject({ status: 0, stdout: '7 file(s) checked: 0 error(s), 0 warning(s)\n', stderr: '' });
    const file = join(installed, 'genesys/data-action-find-customer-by-phone.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('phoneNumber', 'rawRequest'));
    const broken = npx(['validate', '--format', 'json']);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ formatVersion: 1, errorCount: 1 });
    expect(npx(['plan', '--bogus']).status).toBe(64);
  });

  it('keeps the compiled engine in the user cache folder, one file a command, and runs the same from it', () => {
    const folder = join(cacheHome, 'genesys-lambda-gitops');
    const caches = readdirSync(folder).sort();
    expect(caches.map((name) => name.replace(/^[0-9a-f]{16}-/, '').replace(`-${process.version}-${process.arch}.cache`, ''))).toEqual([
      'options',
      'plan',
      'validate',
    ]);
    // The test before ran validate twice: the first run wrote the cache, the second used it; so does this one.
    const again = spawnSync('npx', ['--no-install', 'genesys-lambda-gitops', 'validate', '--format', 'json'], {
      cwd: installed,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    });
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ formatVersion: 1, errorCount: 1 });
    expect(readdirSync(folder).sort()).toEqual(caches);
  });
});
