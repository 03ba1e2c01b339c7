/**
 * The bundled CLI as a user runs it: `node dist/cli/index.js`, the bin that
 * runs the engine (one CommonJS script) with a V8 code cache, built here from
 * the sources into a folder of its own. plan → apply → plan of the examples
 * against moto_server and the Genesys sandbox, first with no cache (each
 * command writes its own), then again from the caches, then with the cache
 * switched off: the same exits and the same end state every time. The
 * in-process CLI tests (__tests__/cli.test.ts) cover what the commands do;
 * this one proves the bundle runs them: the AWS SDK's credential chain and
 * its on-demand imports, fetch, the Lambda checks, all inside the engine.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { deployExampleFunctions } from '../support/example-functions.js';
import { exampleLambdas } from '../support/flow-harness.js';
import { childRun, motoAwsEnvironment, type ChildRun } from '../support/child-process-run.js';
import { repositoryRoot } from '../support/repository-root.js';
import { workerMotoUrl } from '../support/worker-moto.js';

let sandbox: GenesysSandbox;
let cli: string;
let workspace: string;
const cacheHome = mkdtempSync(join(tmpdir(), 'glg-cli-cache-'));
const cacheFolder = join(cacheHome, 'genesys-lambda-gitops');

beforeAll(async () => {
  const bundle = mkdtempSync(join(tmpdir(), 'glg-cli-bundle-'));
  execFileSync(process.execPath, [join(repositoryRoot, 'scripts/bundle.mjs'), 'cli', bundle], { cwd: repositoryRoot });
  cli = join(bundle, 'index.js');
  sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
  await deployExampleFunctions(workerMotoUrl());
  workspace = mkdtempSync(join(tmpdir(), 'glg-cli-e2e-'));
  cpSync(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
});
afterAll(async () => {
  await sandbox.stop();
});

async function runCli(args: string[], extraEnv: Record<string, string> = {}): Promise<ChildRun> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: cacheHome,
    XDG_CACHE_HOME: cacheHome,
    NO_COLOR: '1',
    ...motoAwsEnvironment(),
    ...sandbox.env,
  };
  return await childRun(spawn(process.execPath, [cli, ...args], { cwd: workspace, env: { ...env, ...extraEnv } }));
}

const profiles = (): string[] =>
  readdirSync(cacheFolder)
    .map((name) => /^[0-9a-f]{16}-([a-z-]+)-v[\d.]+-\w+\.cache$/.exec(name)?.[1] ?? name)
    .sort();

describe('the bundled CLI', () => {
  it('plans, applies and plans again, writing one compile cache per command', async () => {
    const first = await runCli(['plan', '--environment', 'dev']);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(2);
    expect(first.stdout).toMatch(/create/);
    const apply = await runCli(['apply', '--environment', 'dev', '--yes']);
    expect(apply.status, apply.stderr).toBe(0);
    expect(await runCli(['plan', '--environment', 'dev'])).toMatchObject({ status: 0, stderr: '' });
    expect(profiles()).toEqual(['apply', 'plan']);
    expect(sandbox.state.actions.size).toBe(3);
  });

  it('runs the same from the caches, and with the cache switched off', async () => {
    const cached = await runCli(['plan', '--environment', 'dev', '--format', 'json']);
    expect(cached.status).toBe(0);
    // With --format json the plan file is all of stdout; what is for people goes to stderr.
    expect(cached.stderr).toMatch(/^Plan for dev: 0 to create, 0 to update, 0 to replace, 0 to delete, 6 unchanged\./);
    expect(JSON.parse(cached.stdout)).toMatchObject({ summary: { create: 0, update: 0, replace: 0, delete: 0 } });
    const uncached = await runCli(['plan', '--environment', 'dev', '--format', 'json'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(uncached).toMatchObject({ status: 0, stderr: cached.stderr });
    expect(JSON.parse(uncached.stdout)).toEqual(JSON.parse(cached.stdout));
    expect(profiles()).toEqual(['apply', 'plan']);
  });
});
