/**
 * The committed dist/index.js, run exactly as the GitHub runner runs it:
 * `node dist/index.js` with INPUT_* variables, GITHUB_EVENT_PATH holding a
 * real pull_request or push payload, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files; against moto_server (AWS), the Genesys sandbox and the fake GitHub.
 * One scenario: pull request → plan comment and labels; merge → apply with
 * the reviewed-plan check, smoke tests and a result comment. Every other
 * behaviour of the action is tested in-process (__tests__/action/); this
 * test proves the bundle wires the same code to the real runner protocol.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, FAKE_GITHUB_TOKEN, type FakeGitHub } from '../../sandbox/github/fake-github.js';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { deployExampleFunctions } from '../support/example-functions.js';
import { exampleLambdas } from '../support/flow-harness.js';
import {
  HEAD_SHA,
  MERGE_SHA,
  mergedPullRequest,
  OWNER,
  PR_NUMBER,
  pullRequestEvent,
  pushEvent,
  REPO,
  scheduleEvent,
} from '../support/github-events.js';
import { childRun, motoAwsEnvironment } from '../support/child-process-run.js';
import { repositoryRoot } from '../support/repository-root.js';
import { workerMotoUrl } from '../support/worker-moto.js';

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT: `name<<delimiter\nvalue\ndelimiter` blocks (what @actions/core writes). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[index] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index] ?? '');
    outputs[name!] = value.join('\n');
  }
  return outputs;
}

let sandbox: GenesysSandbox;
let github: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: workerMotoUrl(), lambdaHandlers: exampleLambdas });
  await deployExampleFunctions(workerMotoUrl());
  github = await startFakeGitHub();
  workspace = await mkdtemp(join(tmpdir(), 'glg-e2e-'));
  await cp(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
  // The pull request's base: the repository before its first manifests (no drift baseline yet).
  github.seedCommit({ owner: OWNER, repo: REPO, sha: 'b'.repeat(40), files: { 'README.md': '# contact center\n' } });
});
afterAll(async () => {
  await sandbox.stop();
  await github.close();
});

async function runAction(eventName: string, ref: string, sha: string, payload: unknown): Promise<ActionRun> {
  const runDir = await mkdtemp(join(tmpdir(), 'glg-e2e-run-'));
  const files = { event: join(runDir, 'event.json'), output: join(runDir, 'output'), summary: join(runDir, 'summary.md') };
  await writeFile(files.event, JSON.stringify(payload));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runDir,
    INPUT_MODE: 'auto',
    INPUT_MANIFESTS: 'genesys',
    INPUT_ENVIRONMENT: 'dev',
    'INPUT_GITHUB-TOKEN': FAKE_GITHUB_TOKEN,
    INPUT_PRUNE: 'false',
    'INPUT_PUBLISH-STRATEGY': 'draft',
    'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
    INPUT_COMMENT: 'true',
    INPUT_LABELS: 'true',
    'INPUT_PLAN-FILE': '',
    'INPUT_GENESYS-REQUESTS-PER-MINUTE': '300',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_SHA: sha,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '777',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runDir,
    ...motoAwsEnvironment(),
    ...sandbox.env,
  };
  const {
    status: code,
    stdout,
    stderr,
  } = await childRun(spawn(process.execPath, [join(repositoryRoot, 'dist/index.js')], { cwd: workspace, env }));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

function linkMergeCommitToPullRequest(): void {
  github.state.commitPulls.set(`${OWNER}/${REPO}@${MERGE_SHA}`, [mergedPullRequest()]);
}

function secretsIn(run: ActionRun): string[] {
  const places: Record<string, string> = {
    // `::add-mask::<secret>` is how the runner learns what to mask: the one place a secret must be written.
    stdout: run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    comments: github.state.comments.map((comment) => comment.payload.body ?? '').join('\n'),
  };
  return [sandbox.clientSecret, '+13175550100', 'Ada Lovelace'].flatMap((secret) =>
    Object.entries(places)
      .filter(([, text]) => text.includes(secret))
      .map(([place]) => `${secret} in ${place}`),
  );
}

describe('the bundled action (dist/index.js)', () => {
  it('plans the pull request (comment, labels, outputs), then applies its merge after checking the reviewed plan', async () => {
    const plan = await runAction('pull_request', `refs/pull/${PR_NUMBER}/merge`, HEAD_SHA, pullRequestEvent());
    expect(plan.stderr).toBe('');
    expect(plan.code, plan.stdout).toBe(0);
    expect(plan.outputs.mode).toBe('plan');
    expect(plan.outputs['has-changes']).toBe('true');
    expect(JSON.parse(plan.outputs.summary ?? '{}')).toMatchObject({ create: 6, hasChanges: true, failedChecks: 0 });
    const comments = github.commentsOn(OWNER, REPO, PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(plan.outputs['comment-id']).toBe(String(comments[0]?.payload.id));
    expect(comments[0]?.payload.body).toMatch(/^<!-- genesys-lambda-gitops:plan env=dev fingerprint=sha256:[0-9a-f]{64} -->/);
    // A new role that Genesys may assume broadens what Genesys can do: the PR carries that label too.
    expect(github.labelsOn(OWNER, REPO, PR_NUMBER)).toEqual(['gitops:changes', 'gitops:permissions-broadened']);
    expect(plan.summary).toContain('action/Customer Lambdas/Lookup Order Status');
    expect(JSON.parse(await readFile(plan.outputs['plan-json']!, 'utf8'))).toMatchObject({ environment: 'dev', formatVersion: 1 });
    expect(secretsIn(plan)).toEqual([]);

    linkMergeCommitToPullRequest();
    const apply = await runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent());
    expect(apply.stderr).toBe('');
    expect(apply.code, apply.stdout).toBe(0);
    expect(apply.outputs.mode).toBe('apply');
    expect(apply.stdout).toContain('The plan matches the plan reviewed on the merged pull request.');
    const applied = JSON.parse(apply.outputs.applied ?? '[]') as { status: string }[];
    expect(applied).toHaveLength(6);
    expect(applied.every((step) => step.status === 'applied')).toBe(true);
    const smoke = JSON.parse(apply.outputs['smoke-results'] ?? '[]') as { passed: boolean; endpoint: string }[];
    // Published through drafts: the draft tests ran on what went live; /execute runs after publishing.
    expect(smoke.filter((test) => test.endpoint === 'draft-test').length).toBeGreaterThanOrEqual(3);
    expect(smoke.filter((test) => test.endpoint === 'execute').length).toBeGreaterThanOrEqual(1);
    expect(smoke.every((test) => test.passed)).toBe(true);
    expect([...sandbox.state.actions.values()].map((action) => action.name).sort()).toEqual([
      'Check Store Hours',
      'Find Customer By Phone',
      'Lookup Order Status',
    ]);
    expect(apply.summary).toContain('apply: `dev` ✅ succeeded');
    const resultComment = github
      .commentsOn(OWNER, REPO, PR_NUMBER)
      .find((comment) => comment.payload.body?.startsWith('<!-- genesys-lambda-gitops:apply env=dev -->'));
    expect(resultComment?.payload.body).toContain('Smoke tests');
    expect(secretsIn(apply)).toEqual([]);
  });

  it('on a schedule after that apply: a drift run that writes nothing and opens one issue for a UI edit', async () => {
    const writes = () =>
      sandbox.requests.filter((request) => request.method !== 'GET' && !/\/(token|test|execute|realtime)$/.test(request.path));
    const writesBefore = writes().length;
    const clean = await runAction('schedule', 'refs/heads/main', MERGE_SHA, scheduleEvent());
    expect(clean.stderr).toBe('');
    expect(clean.code, clean.stdout).toBe(0);
    expect(clean.outputs).toMatchObject({ mode: 'drift', drift: 'false', 'failed-tests': '0', 'issue-number': '' });
    expect(github.issuesIn(OWNER, REPO)).toEqual([]);

    sandbox.ui.editAction('Check Store Hours', (action) => {
      action.config = { ...action.config, timeoutSeconds: 30 };
    });
    const drifted = await runAction('schedule', 'refs/heads/main', MERGE_SHA, scheduleEvent());
    expect(drifted.code, drifted.stdout).toBe(0);
    expect(drifted.outputs).toMatchObject({ mode: 'drift', drift: 'true', 'failed-tests': '0' });
    const [issue, ...others] = github.issuesIn(OWNER, REPO);
    expect(others).toEqual([]);
    expect(drifted.outputs['issue-number']).toBe(String(issue?.payload.number));
    expect(issue?.payload.body).toContain('| `action/Customer Lambdas/Check Store Hours` | changed: `timeoutSeconds` |');
    // Everything but the issue came from reads: not one write to Genesys in either run.
    expect(writes()).toHaveLength(writesBefore);
    expect(secretsIn(drifted)).toEqual([]);
  });
});
