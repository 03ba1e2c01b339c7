/**
 * The demo's steps (scripts/demo.ts starts moto_server and loads this module
 * meanwhile): the Genesys sandbox and a fake GitHub on free ports, the
 * examples copied to a temporary folder, then the real CLI through every
 * step, each checked. Stops the servers it started; moto is the caller's.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploySandboxFunctions } from '../sandbox/aws/lambda-functions.js';
import type { MotoServer } from '../sandbox/aws/moto-server.js';
import { startGenesysSandbox, type GenesysSandbox } from '../sandbox/genesys/server.js';
import { startFakeGitHub, type FakeGitHub } from '../sandbox/github/fake-github.js';
import { colourAllowed, styleFor } from '../src/cli/colour.js';
import { runCli } from '../src/cli-program.js';
import { DEMO_OWNER, DEMO_REPO, runScheduledDrift } from './demo-drift.js';
import { validateManifests } from '../src/commands/validate.js';

const repositoryRoot = resolve(fileURLToPath(import.meta.url), '../..');
const ENVIRONMENT = 'dev';

interface Step {
  title: string;
  args: string[];
  expectedExit: number;
  meaning: string;
}

/** A scheduled run of the action; `issue` is the state the drift issue must be in afterwards. */
interface DriftStep {
  title: string;
  issue: 'open' | 'closed';
  meaning: string;
}
/** Everything the demo prints goes to stdout: colour only on a terminal, never with NO_COLOR (src/cli/colour.ts). */
const colour = colourAllowed(process.stdout.isTTY, process.env);
const style = styleFor(colour);

function banner(text: string): void {
  process.stdout.write(`\n${style.bold(`━━ ${text}`)}\n`);
}

/** A fact the demo shows; it stops the demo when it does not hold. */
function confirm(holds: boolean, fact: string): void {
  if (!holds) throw new Error(`expected: ${fact}`);
  console.log(`✔ ${fact}`);
}

const ORDER_ACTION = 'Lookup Order Status';

/** The published actions whose name starts with "Lookup Order Status" (the action and any superseded one). */
function orderActions(sandbox: GenesysSandbox): { id: string; name: string }[] {
  return [...sandbox.state.actions.values()].filter((action) => action.name.startsWith(ORDER_ACTION));
}

/** POST /execute on the sandbox, as a published flow would run the action. */
async function executes(sandbox: GenesysSandbox, actionId: string): Promise<boolean> {
  const login = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.clientId}:${sandbox.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  const { access_token: token } = (await login.json()) as { access_token: string };
  const response = await fetch(`${sandbox.url}/api/v2/integrations/actions/${actionId}/execute`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ orderId: '1001' }),
  });
  return response.status === 200 && ((await response.json()) as { status?: string }).status === 'SHIPPED';
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

/** Runs every step against `moto` (started, empty); resolves with the demo's exit code. */
export async function runDemo(moto: MotoServer): Promise<number> {
  let sandbox: GenesysSandbox | undefined;
  let github: FakeGitHub | undefined;
  try {
    process.env.AWS_ENDPOINT_URL = moto.url;
    // The AWS SDK versions are pinned exactly, so its warning about future versions needing Node 22 is noise here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    process.env.AWS_ACCESS_KEY_ID = 'demo';
    process.env.AWS_SECRET_ACCESS_KEY = 'demo';
    process.env.AWS_REGION = 'eu-west-1';
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: moto.url, lambdaHandlers: await lambdaHandlers() });
    // The sandbox runs the handlers; the plan asks Lambda whether the functions exist, so moto gets them too.
    await deploySandboxFunctions(moto.url, await exampleFunctionArns());
    banner('Local stand-ins');
    console.log(`moto_server (AWS IAM/STS/Lambda) ${moto.url}`);
    console.log(`Genesys Cloud sandbox        ${sandbox.url}  (org ${sandbox.orgId})`);
    github = await startFakeGitHub();
    console.log(`GitHub (fake REST API)       ${github.url}`);

    const workDir = await mkdtemp(join(tmpdir(), 'genesys-lambda-gitops-demo-'));
    const manifests = join(workDir, 'genesys');
    await cp(join(repositoryRoot, 'examples', 'genesys'), manifests, { recursive: true });
    const commentFile = join(workDir, 'pr-comment.md');
    const editCommentFile = join(workDir, 'pr-comment-after-edit.md');
    const consumersCommentFile = join(workDir, 'pr-comment-flow-consumers.md');
    const summaryFile = join(workDir, 'job-summary.md');
    const applySummaryFile = join(workDir, 'apply-summary.md');
    const issueFile = join(workDir, 'drift-issue.md');
    const driftSummaryFile = join(workDir, 'drift-summary.md');
    const env = { ...process.env, ...sandbox.env };
    const common = ['--manifests', manifests, '--environment', ENVIRONMENT];

    const run = async (step: Step): Promise<boolean> => {
      banner(`${step.title}  $ genesys-lambda-gitops ${step.args.join(' ').replaceAll(workDir, '<demo>')}`);
      const code = await runCli(step.args, {
        out: (text) => console.log(text),
        err: (text) => console.log(text),
        env,
        cwd: workDir,
        colour: { out: colour, err: colour },
      });
      const ok = code === step.expectedExit;
      console.log(`${ok ? '✔' : '✘'} exit ${code} (${step.meaning}${ok ? '' : `; expected ${step.expectedExit}`})`);
      return ok;
    };

    const drift = async (step: DriftStep, fake: FakeGitHub): Promise<boolean> => {
      banner(`${step.title}  (the action on a schedule event: mode auto → drift)`);
      const result = await runScheduledDrift({ workDir, environment: ENVIRONMENT, env, github: fake, summaryFile: driftSummaryFile });
      const issue = fake.issuesIn(DEMO_OWNER, DEMO_REPO)[0];
      if (step.issue === 'open' && issue !== undefined) {
        await writeFile(issueFile, issue.payload.body ?? '');
        console.log(`\nThe drift issue #${issue.payload.number} "${issue.payload.title}":\n\n${issue.payload.body ?? ''}`);
      }
      if (step.issue === 'closed' && issue !== undefined) {
        const comment = fake.commentsOn(DEMO_OWNER, DEMO_REPO, issue.payload.number).at(-1)?.payload.body ?? '';
        console.log(`\nIssue #${issue.payload.number} is ${issue.payload.state}, with the comment:\n${comment}`);
      }
      const ok = result.failures.length === 0 && issue?.payload.state === step.issue;
      const code = result.failures.length === 0 ? 0 : 1;
      console.log(`${ok ? '✔' : '✘'} exit ${code} (${step.meaning}${ok ? '' : `; expected the issue to be ${step.issue}`})`);
      return ok;
    };

    const steps: (Step | DriftStep | (() => Promise<void>))[] = [
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
      ...flowConsumerSteps(),
      async () => {
        sandbox?.ui.editAction('Check Store Hours', (action) => {
          action.config = { ...action.config, timeoutSeconds: 30 };
        });
        banner('10. Hand edit in the Genesys UI: Jane Doe raises the timeout of "Check Store Hours" to 30 s');
      },
      { title: '10. Scheduled drift run', issue: 'open', meaning: 'drift reported in one issue; the run itself succeeds' },
      {
        title: '11. Repair: apply the manifests again',
        args: ['apply', ...common, '--yes'],
        expectedExit: 0,
        meaning: 'the hand edit is overwritten',
      },
      { title: '12. Scheduled drift run', issue: 'closed', meaning: 'clean again: the issue is closed with a comment' },
      async () => {
        const file = join(manifests, 'data-action-lookup-order-status.yaml');
        const text = await readFile(file, 'utf8').catch(() => undefined);
        if (text === undefined) throw new Error(`demo expected ${file} to exist`);
        await writeFile(file, text.replace(/timeoutSeconds: \d+/, 'timeoutSeconds: 20'));
        banner('13. Edit one manifest: timeoutSeconds of "Lookup Order Status" → 20');
      },
      {
        title: '13. Plan the edit',
        args: ['plan', ...common, '--markdown', editCommentFile],
        expectedExit: 2,
        meaning: 'one in-place update',
      },
      async () => {
        const file = join(manifests, 'data-action-find-customer-by-phone.yaml');
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replaceAll('phoneNumber', 'rawRequest'));
        banner('14. Break a manifest on purpose: rename an input to the reserved name rawRequest');
      },
      {
        title: '14. Validate the broken copy',
        args: ['validate', ...common],
        expectedExit: 1,
        meaning: 'findings with file:line:col, nothing applied',
      },
    ];

    /** Steps 5–9: a published flow uses the action whose contract changes. */
    function flowConsumerSteps(): (Step | (() => Promise<void>))[] {
      const live = (): GenesysSandbox => {
        if (sandbox === undefined) throw new Error('the sandbox is not running');
        return sandbox;
      };
      let oldId = '';
      let flowId = '';
      return [
        async () => {
          banner('5. A published Architect flow "Main IVR" calls "Lookup Order Status"; its contract changes (new output: carrier)');
          oldId = orderActions(live())[0]?.id ?? '';
          flowId = live().architect.publishFlow({ name: 'Main IVR', type: 'INBOUNDCALL', version: '1.0', uses: [oldId] }).id;
          const file = join(manifests, 'data-action-lookup-order-status.yaml');
          const text = await readFile(file, 'utf8');
          await writeFile(
            file,
            text.replace('        orderId: { type: string }', '        orderId: { type: string }\n        carrier: { type: string }'),
          );
        },
        {
          title: '5. Plan the contract change',
          args: ['plan', ...common, '--markdown', consumersCommentFile],
          expectedExit: 2,
          meaning: 'a replace, naming the flow that uses the action',
        },
        async () => {
          const comment = await readFile(consumersCommentFile, 'utf8');
          confirm(
            comment.includes('**1 published flow uses actions this change replaces or deletes.**'),
            'the PR comment has the red banner',
          );
          confirm(comment.includes('Main IVR (`INBOUNDCALLFLOW`, version 1.0)'), 'the PR comment names Main IVR');
        },
        {
          title: '6. Apply the replace',
          args: ['apply', ...common, '--yes'],
          expectedExit: 0,
          meaning: 'replaced; the old action keeps serving Main IVR',
        },
        async () => {
          const actions = orderActions(live());
          const old = actions.find((action) => action.id === oldId);
          confirm(old !== undefined && / \(superseded [0-9TZ:-]+\)$/.test(old.name), `the old action is kept as "${old?.name ?? '?'}"`);
          confirm(await executes(live(), oldId), 'the old id still answers /execute for Main IVR');
          const replacement = actions.find((action) => action.name === ORDER_ACTION);
          if (replacement === undefined) throw new Error('no published Lookup Order Status after the replace');
          banner('7. Main IVR is republished onto the new action');
          live().architect.republishFlow(flowId, [replacement.id]);
        },
        {
          title: '7. Plan after the republish',
          args: ['plan', ...common],
          expectedExit: 2,
          meaning: 'the superseded action is unused now: one delete',
        },
        { title: '8. Apply', args: ['apply', ...common, '--yes'], expectedExit: 0, meaning: 'the superseded action is deleted' },
        async () => {
          confirm(!orderActions(live()).some((action) => action.id === oldId), 'the old action is gone');
        },
        { title: '9. Plan again', args: ['plan', ...common], expectedExit: 0, meaning: 'no changes, nothing superseded' },
      ];
    }

    for (const step of steps) {
      if (typeof step === 'function') {
        await step();
        continue;
      }
      if (!('args' in step) ? !(await drift(step, github)) : !(await run(step))) {
        console.error(`\nDemo stopped: step "${step.title}" did not end as expected.`);
        return 1;
      }
    }

    banner('Done');
    console.log(`PR comment the plan would post:   ${commentFile}`);
    console.log(`PR comment naming Main IVR:       ${consumersCommentFile}`);
    console.log(`PR comment for the edit:          ${editCommentFile}`);
    console.log(`Job summary of the plan:          ${summaryFile}`);
    console.log(`Job summary of the apply:         ${applySummaryFile}`);
    console.log(`Drift issue the schedule opened:  ${issueFile}`);
    console.log(`Job summaries of the drift runs:  ${driftSummaryFile}`);
    console.log(`Plan file:                        ${join(workDir, 'plan.json')}`);
    return 0;
  } finally {
    await github?.close();
    await sandbox?.stop();
  }
}
