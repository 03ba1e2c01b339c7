/**
 * The CLI shell in-process: exit codes, output formats and refusals. The
 * whole validate → plan → apply flow through it is covered by the demo test.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startGenesysSandbox } from '../sandbox/genesys/server.js';
import { runCli, type CliIo } from '../src/cli-program.js';
import { createProviders } from '../src/commands/providers.js';
import { planFirstReadPaths } from '../src/providers/genesys/plan-first-reads.js';
import type { Plan } from '../src/plan/types.js';
import { deployExampleFunctions } from './support/example-functions.js';
import { exampleLambdas } from './support/flow-harness.js';
import { repositoryRoot } from './support/repository-root.js';
import { workerMotoUrl } from './support/worker-moto.js';

async function cli(args: string[], env: Record<string, string> = {}, extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env, cwd: repositoryRoot, ...extra });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Plans read the examples' functions from Lambda (moto).
beforeAll(async () => {
  await deployExampleFunctions(workerMotoUrl());
});

describe('genesys-lambda-gitops CLI: validate', () => {
  it('validates the examples: exit 0, and JSON output on request', async () => {
    const text = await cli(['validate', '--manifests', 'examples/genesys']);
    expect(text).toMatchObject({ code: 0, out: '7 file(s) checked: 0 error(s), 0 warning(s)' });
    const json = await cli(['validate', '--manifests', 'examples/genesys', '--format', 'json']);
    expect(JSON.parse(json.out)).toEqual({ formatVersion: 1, fileCount: 7, errorCount: 0, warningCount: 0, diagnostics: [] });
  });

  it('exits 1 with a located message for a folder that does not exist', async () => {
    const result = await cli(['validate', '--manifests', 'no/such/folder']);
    expect(result.code).toBe(1);
    expect(result.err).toContain("no/such/folder:1:1: error GLG-MANIFESTS-FOLDER: the manifests folder 'no/such/folder' does not exist");
  });
});

describe('genesys-lambda-gitops CLI: plan and apply refusals', () => {
  it('plan needs an environment when several are declared', async () => {
    const result = await cli(['plan', '--manifests', 'examples/genesys']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/GLG-ENVIRONMENT-REQUIRED/);
  });

  it('plan without Genesys credentials says which variables to set, without a stack trace', async () => {
    const result = await cli(['plan', '--manifests', 'examples/genesys', '--environment', 'dev']);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'error: GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET must be set (a Genesys Cloud OAuth client with the client-credentials grant) to plan or apply.',
    );
  });

  it('refuses a GENESYSCLOUD_REGION that contradicts the environment', async () => {
    const result = await cli(['plan', '--manifests', 'examples/genesys', '--environment', 'dev'], {
      GENESYSCLOUD_OAUTHCLIENT_ID: 'id',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret',
      GENESYSCLOUD_REGION: 'mypurecloud.com',
    });
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      'error: GENESYSCLOUD_REGION is mypurecloud.com but environment dev declares Genesys region eu-west-1; refusing to mix them.',
    );
  });

  it.each([
    [
      'without a terminal to ask on',
      undefined,
      'Refusing to apply without confirmation: pass --yes (no interactive terminal to ask on). Nothing was applied.',
    ],
    ['when the answer is not yes', async () => false, 'Apply cancelled. Nothing was applied.'],
  ])('apply writes nothing %s', async (_case, confirm, message) => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
    try {
      const env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
      const result = await cli(['apply', '--manifests', 'examples/genesys', '--environment', 'dev'], env, confirm ? { confirm } : {});
      expect(result.code).toBe(1);
      expect(result.err).toContain(message);
      expect(result.out).toContain('Plan for dev: 6 to create');
      expect(sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token')).toEqual([]);
    } finally {
      await sandbox.stop();
    }
  });
});

describe('genesys-lambda-gitops CLI: plan --baseline', () => {
  it('plan --baseline refuses a folder that does not load, before reading anything live', async () => {
    const result = await cli(['plan', '--manifests', 'examples/genesys', '--environment', 'dev', '--baseline', 'no/such/folder'], {
      GENESYSCLOUD_OAUTHCLIENT_ID: 'id',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: 'secret',
    });
    expect(result.code).toBe(1);
    expect(result.err).toBe('error: --baseline: the manifests in no/such/folder do not load for environment dev (1 error(s)).');
  });

  it('plan --baseline reports a UI edit as drift, and not the change being planned', async () => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
    try {
      const env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
      const instant: Partial<CliIo> = {
        createProviders: (environment, options) =>
          createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
      };
      expect((await cli(['apply', '--manifests', 'examples/genesys', '--environment', 'dev', '--yes'], env, instant)).code).toBe(0);
      const storeHours = [...sandbox.state.actions.values()].find((action) => action.name === 'Check Store Hours');
      if (storeHours === undefined) throw new Error('Check Store Hours was not published');
      storeHours.config = { ...storeHours.config, timeoutSeconds: 30 };
      storeHours.version += 1;
      const work = await mkdtemp(join(tmpdir(), 'glg-cli-baseline-'));
      await cp(join(repositoryRoot, 'examples/genesys'), join(work, 'genesys'), { recursive: true });
      const lookupFile = join(work, 'genesys/data-action-lookup-order-status.yaml');
      await writeFile(lookupFile, (await readFile(lookupFile, 'utf8')).replace('timeoutSeconds: 10', 'timeoutSeconds: 12'));

      const planned = async (extra: string[]) => {
        const out = join(work, `plan-${extra.length}.json`);
        const result = await cli(
          ['plan', '--manifests', join(work, 'genesys'), '--environment', 'dev', '--out', out, ...extra],
          env,
          instant,
        );
        expect(result.code).toBe(2);
        const plan = JSON.parse(await readFile(out, 'utf8')) as Plan;
        const risksOf = (name: string) => plan.changes.find((change) => change.name === name)?.risks;
        return { result, storeHours: risksOf('Check Store Hours'), lookup: risksOf('Lookup Order Status') };
      };
      const withBaseline = await planned(['--baseline', 'examples/genesys']);
      expect(withBaseline.result.err).toContain('Drift baseline: the manifests at examples/genesys;');
      expect(withBaseline.storeHours).toContain('drift');
      expect(withBaseline.lookup).not.toContain('drift');
      const without = await planned([]);
      expect(without.storeHours).not.toContain('drift');
    } finally {
      await sandbox.stop();
    }
  });
});

describe('genesys-lambda-gitops CLI: --allow-deleting-used-actions', () => {
  it('turns the refusal to prune an action a published flow uses into a warning', async () => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
    try {
      const env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
      const instant: Partial<CliIo> = {
        createProviders: (environment, options) =>
          createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
      };
      const common = ['--manifests', 'examples/genesys', '--environment', 'dev'];
      expect((await cli(['apply', ...common, '--yes'], env, instant)).code).toBe(0);
      const lookup = [...sandbox.state.actions.values()].find((action) => action.name === 'Lookup Order Status')!;
      sandbox.state.actions.set('hand-made', { ...structuredClone(lookup), id: 'hand-made', name: 'Hand Made' });
      sandbox.architect.publishFlow({ name: 'Main IVR', uses: ['hand-made'] });
      const work = await mkdtemp(join(tmpdir(), 'glg-cli-used-'));

      const checkOf = async (extra: string[]) => {
        const out = join(work, `plan-${extra.length}.json`);
        await cli(['plan', ...common, '--prune', '--out', out, ...extra], env, instant);
        const plan = JSON.parse(await readFile(out, 'utf8')) as Plan;
        return plan.checks.find((check) => check.code === 'used-action-delete')?.status;
      };
      expect(await checkOf([])).toBe('fail');
      expect(await checkOf(['--allow-deleting-used-actions'])).toBe('warn');
      const refused = await cli(['apply', ...common, '--prune', '--yes'], env, instant);
      expect(refused.code).toBe(1);
      expect(refused.err).toMatch(/^Refusing to apply: 1 cross-system check\(s\) failed/);
      expect(sandbox.state.actions.has('hand-made')).toBe(true);
      expect((await cli(['apply', ...common, '--prune', '--allow-deleting-used-actions', '--yes'], env, instant)).code).toBe(0);
      expect(sandbox.state.actions.has('hand-made')).toBe(false);
    } finally {
      await sandbox.stop();
    }
  });
});

describe('genesys-lambda-gitops CLI: standard output carries one document when asked', () => {
  it('plan --format json prints exactly the plan file; --markdown - the comment; people text moves to stderr', async () => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
    try {
      const env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
      const work = await mkdtemp(join(tmpdir(), 'glg-cli-stdout-'));
      const planFile = join(work, 'plan.json');
      const common = ['plan', '--manifests', 'examples/genesys', '--environment', 'dev'];

      const json = await cli([...common, '--format', 'json', '--out', planFile], env);
      expect(json.code).toBe(2); // the genesys side is empty in this sandbox, so there is always something to create
      expect(`${json.out}\n`).toBe(await readFile(planFile, 'utf8'));
      expect((JSON.parse(json.out) as Plan).formatVersion).toBe(1);
      expect(json.err).toMatch(/Plan for dev: \d+ to create/);

      const outDash = await cli([...common, '--out', '-'], env);
      expect(outDash.code).toBe(2);
      expect(JSON.parse(outDash.out)).toMatchObject({ formatVersion: 1, environment: 'dev' });

      const markdown = await cli([...common, '--markdown', '-'], env);
      expect(markdown.out).toMatch(/^<!-- genesys-lambda-gitops:plan /);
      expect(markdown.out).not.toContain('Plan for dev');
      expect(markdown.err).toMatch(/Plan for dev: \d+ to create/);

      const text = await cli(common, env);
      expect(text.out).toMatch(/Plan for dev: \d+ to create/);
      expect(text.out).not.toContain('\u001b[');
      const coloured = await cli(common, env, { colour: { out: true, err: false } });
      expect(coloured.out).toContain('\u001b[1mPlan for dev:');
      expect(coloured.out).toContain('\u001b[32m  +\u001b[39m');
    } finally {
      await sandbox.stop();
    }
  });
});

describe('genesys-lambda-gitops CLI: the sign-in while the manifests load', () => {
  /** The examples plus copies of one action, so that loading them takes many reads of the disk. */
  async function manyManifests(): Promise<string> {
    const work = await mkdtemp(join(tmpdir(), 'glg-cli-early-'));
    await cp(join(repositoryRoot, 'examples/genesys'), join(work, 'genesys'), { recursive: true });
    const order = await readFile(join(work, 'genesys/data-action-lookup-order-status.yaml'), 'utf8');
    for (let index = 0; index < 40; index++) {
      await writeFile(
        join(work, `genesys/copy-${index}.yaml`),
        order.replace('name: Lookup Order Status', `name: Lookup Order Copy ${index}`),
      );
    }
    return join(work, 'genesys');
  }

  it('asks for the token, the first reads and the AWS account before the manifests are loaded, each once', async () => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), latencyMs: 20 });
    try {
      const env = {
        ...sandbox.env,
        AWS_ENDPOINT_URL: workerMotoUrl(),
        AWS_ACCESS_KEY_ID: 'testing',
        AWS_SECRET_ACCESS_KEY: 'testing',
        AWS_REGION: 'eu-west-1',
      };
      let providersMadeAt = Number.POSITIVE_INFINITY;
      let earlyAccount: Promise<string | undefined> | undefined;
      const recording: Partial<CliIo> = {
        createProviders: (environment, options) => {
          providersMadeAt = Date.now();
          earlyAccount = options.early?.awsAccountId;
          return createProviders(environment, options);
        },
      };
      const result = await cli(['plan', '--manifests', await manyManifests(), '--environment', 'dev'], env, recording);
      expect(result.code).toBe(2);
      const tokens = sandbox.requests.filter((request) => request.path === '/oauth/token');
      expect(tokens).toHaveLength(1);
      // The providers are made once the manifests have loaded: the sign-in reached Genesys before that.
      expect(tokens[0]!.at).toBeLessThanOrEqual(providersMadeAt);
      for (const path of planFirstReadPaths(100)) {
        const [pathOnly, query = ''] = path.split('?');
        const asked = sandbox.requests.filter(
          (request) => request.path === pathOnly && new URLSearchParams(request.query).toString() === new URLSearchParams(query).toString(),
        );
        expect(asked, path).toHaveLength(1);
        expect(asked[0]!.at, path).toBeLessThanOrEqual(providersMadeAt);
      }
      // The account the role provider takes in place of its own GetCallerIdentity (moto's).
      expect(await earlyAccount).toBe('123456789012');
    } finally {
      await sandbox.stop();
    }
  });

  it('signs in again, as before, when the early attempt is refused', async () => {
    const sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl() });
    try {
      sandbox.faults.inject({ pathPattern: '/oauth/token', status: 429, retryAfterSeconds: 1, times: 1 });
      const env = { ...sandbox.env, AWS_ENDPOINT_URL: workerMotoUrl(), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' };
      const result = await cli(['plan', '--manifests', 'examples/genesys', '--environment', 'dev'], env);
      expect(result.code).toBe(2);
      const tokens = sandbox.requests.filter((request) => request.path === '/oauth/token');
      expect(tokens.map((request) => request.status)).toEqual([429, 200]);
      // The refused attempt was the early one, which never retries: the client's own sign-in is not its retry (no 1 s wait).
      expect(tokens[1]!.at - tokens[0]!.at).toBeLessThan(1000);
    } finally {
      await sandbox.stop();
    }
  });
});
