/**
 * Genesys' three official Lambda blueprints, transcribed as manifests (examples/blueprints): each validates
 * clean, plans, applies through drafts and passes its smoke tests against moto and the Genesys sandbox (the
 * Lambdas played by examples/lambdas), after which its plan is empty. The emergency-group blueprint's test
 * sends an OAuth client secret from a secret test input: it reaches the Lambda, never the output, and without
 * it the plan warns and apply fails the test and publishes nothing.
 */
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { runCli } from '../../src/cli-program.js';
import { createProviders } from '../../src/commands/providers.js';
import { manifestFunctionArns } from '../support/example-functions.js';
import { repositoryRoot } from '../support/repository-root.js';
import { deploySandboxFunctions } from '../../sandbox/aws/lambda-functions.js';
import { workerMotoUrl } from '../support/worker-moto.js';

const lambdaFolder = join(repositoryRoot, 'examples/lambdas');
/** Every sample handler by function name, as `npm run sandbox` maps them. */
const handlers = Object.fromEntries(
  readdirSync(lambdaFolder)
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => [basename(file, '.mjs'), join(lambdaFolder, file)]),
);

const SECRET = 'emergency-client-secret-0f5c';

let sandbox: GenesysSandbox;
beforeEach(async () => {
  sandbox = await startGenesysSandbox({ region: 'us-east-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: handlers });
});
afterEach(async () => {
  await sandbox.stop();
});

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: { ...sandbox.env, ...env },
    cwd: repositoryRoot,
    createProviders: (environment, options) =>
      createProviders(environment, { ...options, pacing: { sleep: async () => undefined, integrationStatePollIntervalMs: 1 } }),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.each([
  ['scheduling-bot', ['action/AWS-Lambda-Integration/Create Booking dev', 'action/AWS-Lambda-Integration/Get Bookable Slots dev'], 2],
  ['set-emergency-group', ['action/dev-enable-egroup-Lambda-Integration/dev-enable-egroup-data-action'], 1],
  ['webmessaging-chatbot', ['action/dev-dude-order-status-Lambda-Integration/dev-dude-order-status-data-action'], 2],
])('the %s blueprint', (folder, actions, smokeRuns) => {
  const manifests = `examples/blueprints/${folder}`;
  const secrets = { GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: SECRET };
  // Plans read every function from Lambda (function-exists): moto gets the blueprint's functions.
  beforeEach(async () => {
    await deploySandboxFunctions(workerMotoUrl(), await manifestFunctionArns(manifests));
  });

  it('validates, plans, applies, passes its smoke tests, and then plans no change', async () => {
    expect(await cli(['validate', '--manifests', manifests])).toMatchObject({ code: 0, err: '' });
    const planned = await cli(['plan', '--manifests', manifests], secrets);
    expect(planned.code).toBe(2);
    for (const address of actions) expect(planned.out).toContain(`+ ${address} (create)`);
    const applied = await cli(['apply', '--manifests', manifests, '--yes'], secrets);
    expect(applied.err).toBe('');
    expect(applied.code).toBe(0);
    const passes = applied.out.split('\n').filter((line) => /^action\/.* (draft-test|test|execute) ".*": passed$/.test(line));
    // Every test runs on the draft (its pass stands for the identical published action: no second /test),
    // and through /execute on the published action where it asks to.
    expect(passes).toHaveLength(smokeRuns);
    expect(applied.out).not.toMatch(/FAILED/);
    const again = await cli(['plan', '--manifests', manifests], secrets);
    expect(again.out).toContain('No changes. Live state matches the manifests.');
    expect(again.code).toBe(0);
  });
});

describe('the emergency-group blueprint’s secret test input', () => {
  const manifests = 'examples/blueprints/set-emergency-group';
  beforeEach(async () => {
    await deploySandboxFunctions(workerMotoUrl(), await manifestFunctionArns(manifests));
  });

  it('reaches the Lambda but no plan, log or result', async () => {
    const planFile = join(await mkdtemp(join(tmpdir(), 'glg-blueprint-')), 'plan.json');
    const markdown = `${planFile}.md`;
    const planned = await cli(['plan', '--manifests', manifests, '--out', planFile, '--markdown', markdown], {
      GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: SECRET,
    });
    const written = `${await readFile(planFile, 'utf8')}\n${await readFile(markdown, 'utf8')}`;
    expect(written).toContain('"ClientSecret": "(secret)"');
    expect(written).not.toContain(SECRET);
    const applied = await cli(['apply', '--manifests', manifests, '--yes'], { GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET: SECRET });
    expect(applied.code).toBe(0);
    const run = sandbox.requests.find((request) => request.path.endsWith('/draft/test'));
    expect(run?.body).toMatchObject({ ClientSecret: SECRET });
    expect(`${planned.out}\n${planned.err}\n${applied.out}\n${applied.err}`).not.toContain(SECRET);
  });

  it('is skipped with a warning in the plan and fails at apply when not set, publishing nothing', async () => {
    const planned = await cli(['plan', '--manifests', manifests]);
    expect(planned.out).toContain(
      'WARN test-secret action/dev-enable-egroup-Lambda-Integration/dev-enable-egroup-data-action: Smoke test "enables the emergency group" needs GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET, which is not set',
    );
    const applied = await cli(['apply', '--manifests', manifests, '--yes']);
    expect(applied.code).toBe(1);
    expect(applied.out).toContain('secret test input not set: GENESYS_TEST_SECRET_EMERGENCY_CLIENT_SECRET');
    expect(sandbox.state.actions.size).toBe(0);
  });
});
