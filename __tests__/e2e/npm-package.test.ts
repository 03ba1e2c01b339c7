/**
 * The npm package as a user gets it: `npm pack` (which runs `prepack`, so
 * the CLI bundle is built from the sources whether or not dist/cli is
 * committed), installed from the tarball into an empty folder, offline, then
 * `npx genesys-lambda-gitops` run from there. The pack runs in a copy of
 * the tracked files (node_modules linked), so the work tree is never
 * touched. Then the installed bin (which runs the engine, one CommonJS
 * script, with a V8 code cache) plans, applies and plans the examples
 * against moto_server and the Genesys sandbox: first with no cache (each
 * command writes its own), then from the caches.
 * The in-process CLI tests (__tests__/cli.test.ts) cover what the commands
 * do; this proves the bundle runs them: the AWS SDK's credential chain and
 * on-demand imports, fetch, the Lambda checks, all inside the engine.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { childRun, motoAwsEnvironment, type ChildRun } from '../support/child-process-run.js';
import { deployExampleFunctions } from '../support/example-functions.js';
import { exampleLambdas } from '../support/flow-harness.js';
import { repositoryRoot } from '../support/repository-root.js';
import { workerMotoUrl } from '../support/worker-moto.js';

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
    // The same bin without npx's own start-up (about half a second a call), once npx has shown it finds it.
    const bin = (args: string[]) =>
      spawnSync(process.execPath, [join(installed, 'node_modules/genesys-lambda-gitops/dist/cli/index.js'), ...args], {
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
    const broken = bin(['validate', '--format', 'json']);
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ formatVersion: 1, errorCount: 1 });
    expect(bin(['plan', '--bogus']).status).toBe(64);
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
    const validateCache = join(
      folder,
      caches.find((name) => name.includes('-validate-'))!,
    );
    const before = statSync(validateCache).ino;
    const bin = join(installed, 'node_modules/genesys-lambda-gitops/dist/cli/index.js');
    const again = spawnSync(process.execPath, [bin, 'validate', '--format', 'json'], {
      cwd: installed,
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
    });
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stdout)).toMatchObject({ formatVersion: 1, errorCount: 1 });
    expect(readdirSync(folder).sort()).toEqual(caches);
    // V8 took the cache: one it refuses (made under other flags, say) is written anew, as another file.
    expect(statSync(validateCache).ino).toBe(before);
  });
});

describe('the installed CLI against moto and the Genesys sandbox', () => {
  let sandbox: GenesysSandbox;
  let workspace: string;
  /** A cache folder of its own: what the runs above left is not this section's first run. */
  const liveCacheHome = mkdtempSync(join(tmpdir(), 'glg-pack-live-cache-'));

  beforeAll(async () => {
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
    await deployExampleFunctions(workerMotoUrl());
    workspace = mkdtempSync(join(tmpdir(), 'glg-pack-live-'));
    cpSync(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  /** The bin as npm installed it, waited for without blocking this process (which serves the sandbox). */
  async function runInstalled(args: string[]): Promise<ChildRun> {
    const bin = join(installed, 'node_modules/genesys-lambda-gitops/dist/cli/index.js');
    const env = { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: liveCacheHome, NO_COLOR: '1', ...motoAwsEnvironment(), ...sandbox.env };
    return await childRun(spawn(process.execPath, [bin, ...args], { cwd: workspace, env }));
  }

  const profiles = (): string[] =>
    readdirSync(join(liveCacheHome, 'genesys-lambda-gitops'))
      .map((name) => /^[0-9a-f]{16}-([a-z-]+)-v[\d.]+-\w+\.cache$/.exec(name)?.[1] ?? name)
      .sort();

  it('plans and applies, writing one compile cache per command', async () => {
    const first = await runInstalled(['plan', '--environment', 'dev']);
    expect(first).toMatchObject({ status: 2, stderr: '' });
    expect(first.stdout).toMatch(/create/);
    const apply = await runInstalled(['apply', '--environment', 'dev', '--yes']);
    expect(apply.status, apply.stderr).toBe(0);
    expect(profiles()).toEqual(['apply', 'plan']);
    expect(sandbox.state.actions.size).toBe(3);
  });

  it('plans from the caches: no changes left', async () => {
    const folder = join(liveCacheHome, 'genesys-lambda-gitops');
    const planCache = join(
      folder,
      readdirSync(folder).find((name) => name.includes('-plan-'))!,
    );
    const written = statSync(planCache).ino;
    const cached = await runInstalled(['plan', '--environment', 'dev', '--format', 'json']);
    // Taken, not refused and written anew.
    expect(statSync(planCache).ino).toBe(written);
    expect(cached.status).toBe(0);
    // With --format json the plan file is all of stdout; what is for people goes to stderr.
    expect(cached.stderr).toMatch(/^Plan for dev: 0 to create, 0 to update, 0 to replace, 0 to delete, 6 unchanged\./);
    expect(JSON.parse(cached.stdout)).toMatchObject({ summary: { create: 0, update: 0, replace: 0, delete: 0 } });
    expect(profiles()).toEqual(['apply', 'plan']);
  });
});
