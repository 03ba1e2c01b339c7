/**
 * `genesys-lambda-gitops drift` in-process against moto and the Genesys
 * sandbox: exit 0 clean, 2 when something drifted, 1 on an error; the report
 * and the issue body on request; nothing written.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../sandbox/genesys/server.js';
import { runCli, type CliIo } from '../src/cli-program.js';
import { createProviders } from '../src/commands/providers.js';
import type { DriftReport } from '../src/drift/drift-report.js';
import { deployExampleFunctions } from './support/example-functions.js';
import { exampleLambdas } from './support/flow-harness.js';
import { repositoryRoot } from './support/repository-root.js';
import { workerMotoUrl } from './support/worker-moto.js';

let sandbox: GenesysSandbox;
let env: Record<string, string>;
const instant: Partial<CliIo> = {
  createProviders: (environment, options) =>
    createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
};

async function cli(args: string[], environment: Record<string, string> = env) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: environment,
    cwd: repositoryRoot,
    ...instant,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const common = ['--manifests', 'examples/genesys', '--environment', 'dev'];
const writes = () =>
  sandbox.requests.filter(
    (request) => request.method !== 'GET' && request.path !== '/oauth/token' && !/\/(test|execute|realtime)$/.test(request.path),
  );

beforeAll(async () => {
  sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
  env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
  await deployExampleFunctions(workerMotoUrl());
  expect((await cli(['apply', ...common, '--yes'])).code).toBe(0);
});
afterAll(async () => {
  await sandbox.stop();
});

describe('genesys-lambda-gitops drift', () => {
  it('exits 0 on a clean environment and writes nothing', async () => {
    const before = writes().length;
    const result = await cli(['drift', ...common]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Drift check of dev at \S+: clean \(every resource matches; 7 of 7 smoke tests passed\)\.$/m);
    expect(writes()).toHaveLength(before);
  });

  it('exits 2 after a UI edit, and writes the report and the issue body on request', async () => {
    sandbox.ui.editAction('Check Store Hours', (action) => {
      action.config = { ...action.config, timeoutSeconds: 30 };
    });
    const work = await mkdtemp(join(tmpdir(), 'glg-cli-drift-'));
    const before = writes().length;
    const result = await cli(['drift', ...common, '--out', join(work, 'drift.json'), '--markdown', join(work, 'issue.md')]);
    expect(result.code).toBe(2);
    expect(result.out).toContain('action/Customer Lambdas/Check Store Hours: changed (timeoutSeconds), first seen ');
    expect(result.out).toContain('last changed by Jane Doe');
    const report = JSON.parse(await readFile(join(work, 'drift.json'), 'utf8')) as DriftReport;
    expect(report.summary).toMatchObject({ drift: true, driftedResources: 1, failedTests: 0, clean: false });
    expect(await readFile(join(work, 'issue.md'), 'utf8')).toMatch(
      /^<!-- genesys-lambda-gitops:drift env=dev -->\n### ⚠️ `dev` has drifted: 1 resource differs/,
    );
    expect(writes()).toHaveLength(before);
  });

  it('exits 1 on an error, without a stack trace', async () => {
    const result = await cli(['drift', ...common], { AWS_ENDPOINT_URL: workerMotoUrl() });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^error: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set/);
  });
});
