/**
 * `npm run demo`: the whole flow, offline, against local stand-ins.
 *
 * Starts moto_server (AWS IAM/STS/Lambda, with the examples' functions) and the Genesys sandbox on free ports,
 * copies examples/genesys to a temporary folder, then runs the real CLI:
 * validate → plan (writes the PR comment it would post) → apply (drafts,
 * tests, publish, smoke tests) → plan again (no changes) → edit one manifest
 * and plan (one update) → validate a deliberately broken copy (findings with
 * file:line:col). Stops every server it started; exits non-zero if any step
 * does not end as expected.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploySandboxFunctions } from '../sandbox/aws/lambda-functions.js';
import { startMotoServer, type MotoServer } from '../sandbox/aws/moto-server.js';
import { startGenesysSandbox, type GenesysSandbox } from '../sandbox/genesys/server.js';
import { runCli } from '../src/cli-program.js';
import { validateManifests } from '../src/commands/validate.js';

const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../..');
const ENVIRONMENT = 'dev';

interface Step {
  title: string;
  args: string[];
  expectedExit: number;
  meaning: string;
}

function banner(text: string): void {
  process.stdout.write(`\n\x1b[1m━━ ${text}\x1b[0m\n`);
}

async function lambdaHandlers(): Promise<Record<string, string>> {
  const folder = join(repositoryRoot, 'examples', 'lambdas');
  const files = (await readdir(folder)).filter((name) => name.endsWith('.mjs'));
  return Object.fromEntries(files.map((name) => [basename(name, '.mjs'), join(folder, name)]));
}

/** The functions the examples' dev environment calls. */
async function exampleFunctionArns(): Promise<string[]> {
  const outcome = await validateManifests({
    manifestsDir: join(repositoryRoot, 'examples', 'genesys'),
    environment: ENVIRONMENT,
    cwd: repositoryRoot,
  });
  return [...new Set((outcome.desired?.dataActions ?? []).map((action) => action.functionArn))];
}

async function main(): Promise<number> {
  let moto: MotoServer | undefined;
  let sandbox: GenesysSandbox | undefined;
  try {
    banner('Starting local stand-ins');
    moto = await startMotoServer();
    process.env.AWS_ENDPOINT_URL = moto.url;
    // The AWS SDK versions are pinned exactly, so its warning about future versions needing Node 22 is noise here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    process.env.AWS_ACCESS_KEY_ID = 'demo';
    process.env.AWS_SECRET_ACCESS_KEY = 'demo';
    process.env.AWS_REGION = 'eu-west-1';
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: moto.url, lambdaHandlers: await lambdaHandlers() });
    // The sandbox runs the handlers; the plan asks Lambda whether the functions exist, so moto gets them too.
    await deploySandboxFunctions(moto.url, await exampleFunctionArns());
    console.log(`moto_server (AWS IAM/STS/Lambda) ${moto.url}`);
    console.log(`Genesys Cloud sandbox        ${sandbox.url}  (org ${sandbox.orgId})`);

    const workDir = await mkdtemp(join(tmpdir(), 'genesys-lambda-gitops-demo-'));
    const manifests = join(workDir, 'genesys');
    await cp(join(repositoryRoot, 'examples', 'genesys'), manifests, { recursive: true });
    const commentFile = join(workDir, 'pr-comment.md');
    const editCommentFile = join(workDir, 'pr-comment-after-edit.md');
    const summaryFile = join(workDir, 'job-summary.md');
    const applySummaryFile = join(workDir, 'apply-summary.md');
    const env = { ...process.env, ...sandbox.env };
    const common = ['--manifests', manifests, '--environment', ENVIRONMENT];

    const run = async (step: Step): Promise<boolean> => {
      banner(`${step.title}  $ genesys-lambda-gitops ${step.args.join(' ').replaceAll(workDir, '<demo>')}`);
      const code = await runCli(step.args, {
        out: (text) => console.log(text),
        err: (text) => console.log(text),
        env,
        cwd: workDir,
      });
      const ok = code === step.expectedExit;
      console.log(`${ok ? '✔' : '✘'} exit ${code} (${step.meaning}${ok ? '' : `; expected ${step.expectedExit}`})`);
      return ok;
    };

    const steps: (Step | (() => Promise<void>))[] = [
      { title: '1. Validate', args: ['validate', ...common], expectedExit: 0, meaning: 'manifests are clean' },
      {
        title: '2. Plan against live AWS + Genesys',
        args: ['plan', ...common, '--out', join(workDir, 'plan.json'), '--markdown', commentFile, '--summary', summaryFile],
        expectedExit: 2,
        meaning: 'changes to make',
      },
      {
        title: '3. Apply (draft → validate → test → publish, then smoke tests)',
        args: ['apply', ...common, '--yes', '--summary', applySummaryFile],
        expectedExit: 0,
        meaning: 'applied and smoke-tested',
      },
      { title: '4. Plan again', args: ['plan', ...common], expectedExit: 0, meaning: 'no changes: apply converged' },
      async () => {
        const file = join(manifests, 'data-action-lookup-order-status.yaml');
        const text = await readFile(file, 'utf8').catch(() => undefined);
        if (text === undefined) throw new Error(`demo expected ${file} to exist`);
        await writeFile(file, text.replace(/timeoutSeconds: \d+/, 'timeoutSeconds: 20'));
        banner('5. Edit one manifest: timeoutSeconds of "Lookup Order Status" → 20');
      },
      {
        title: '5. Plan the edit',
        args: ['plan', ...common, '--markdown', editCommentFile],
        expectedExit: 2,
        meaning: 'one in-place update',
      },
      async () => {
        const file = join(manifests, 'data-action-find-customer-by-phone.yaml');
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replaceAll('phoneNumber', 'rawRequest'));
        banner('6. Break a manifest on purpose: rename an input to the reserved name rawRequest');
      },
      {
        title: '6. Validate the broken copy',
        args: ['validate', ...common],
        expectedExit: 1,
        meaning: 'findings with file:line:col, nothing applied',
      },
    ];

    for (const step of steps) {
      if (typeof step === 'function') {
        await step();
        continue;
      }
      if (!(await run(step))) {
        console.error(`\nDemo stopped: step "${step.title}" did not end as expected.`);
        return 1;
      }
    }

    banner('Done');
    console.log(`PR comment the plan would post:   ${commentFile}`);
    console.log(`PR comment for the edit:          ${editCommentFile}`);
    console.log(`Job summary of the plan:          ${summaryFile}`);
    console.log(`Job summary of the apply:         ${applySummaryFile}`);
    console.log(`Plan file:                        ${join(workDir, 'plan.json')}`);
    return 0;
  } finally {
    await sandbox?.stop();
    await moto?.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
