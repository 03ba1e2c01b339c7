/**
 * The committed dist/index.js, run exactly as the GitHub runner runs it:
 * `node dist/index.js` with INPUT_* variables, GITHUB_EVENT_PATH holding a
 * real pull_request or push payload, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY
 * files; against moto_server (AWS), the Genesys sandbox and the fake GitHub.
 * Pull request → plan comment and labels; merge → apply with the reviewed
 * plan check, smoke tests and a result comment; the same push again → no-op.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startFakeGitHub, FAKE_GITHUB_TOKEN, type FakeGitHub } from '../../sandbox/github/fake-github.js';
import { startGenesysSandbox, type GenesysSandbox } from '../../sandbox/genesys/server.js';
import { exampleLambdas } from '../support/flow-harness.js';
import { repositoryRoot } from '../support/repository-root.js';

const OWNER = 'acme';
const REPO = 'contact-center';
const HEAD_SHA = '1f0c3a5b7d9e1f2a3b4c5d6e7f8091a2b3c4d5e6';
const MERGE_SHA = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807';
const PR_NUMBER = 42;

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

const repository = {
  id: 123456,
  name: REPO,
  full_name: `${OWNER}/${REPO}`,
  private: true,
  owner: { login: OWNER, type: 'Organization' },
  default_branch: 'main',
  html_url: `https://github.com/${OWNER}/${REPO}`,
};

function pullRequestEvent(): unknown {
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      state: 'open',
      title: 'Lookup Order Status: raise timeout',
      user: { login: 'cx-engineer' },
      head: { ref: 'raise-timeout', sha: HEAD_SHA, repo: { full_name: `${OWNER}/${REPO}` } },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: `${OWNER}/${REPO}` } },
      merged: false,
    },
    repository,
    sender: { login: 'cx-engineer' },
  };
}

function pushEvent(): unknown {
  return {
    ref: 'refs/heads/main',
    before: 'b'.repeat(40),
    after: MERGE_SHA,
    repository,
    pusher: { name: 'cx-engineer' },
    head_commit: { id: MERGE_SHA, message: `Merge pull request #${PR_NUMBER} from acme/raise-timeout` },
    commits: [{ id: MERGE_SHA }],
  };
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

describe('the bundled action (dist/index.js)', () => {
  let sandbox: GenesysSandbox;
  let github: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    sandbox = await startGenesysSandbox({ region: 'eu-west-1', awsEndpoint: inject('motoUrl'), lambdaHandlers: exampleLambdas });
    github = await startFakeGitHub();
    workspace = await mkdtemp(join(tmpdir(), 'glg-e2e-'));
    await cp(join(repositoryRoot, 'examples/genesys'), join(workspace, 'genesys'), { recursive: true });
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
      'INPUT_MODE': 'auto',
      'INPUT_MANIFESTS': 'genesys',
      'INPUT_ENVIRONMENT': 'dev',
      'INPUT_GITHUB-TOKEN': FAKE_GITHUB_TOKEN,
      'INPUT_PRUNE': 'false',
      'INPUT_PUBLISH-STRATEGY': 'draft',
      'INPUT_REQUIRE-REVIEWED-PLAN': 'true',
      'INPUT_COMMENT': 'true',
      'INPUT_LABELS': 'true',
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
      AWS_ENDPOINT_URL: inject('motoUrl'),
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: 'eu-west-1',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...sandbox.env,
    };
    const child = spawn(process.execPath, [join(repositoryRoot, 'dist/index.js')], { cwd: workspace, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stdout, stderr, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
  }

  function linkMergeCommitToPullRequest(): void {
    github.state.commitPulls.set(`${OWNER}/${REPO}@${MERGE_SHA}`, [
      {
        number: PR_NUMBER,
        state: 'closed',
        title: 'Lookup Order Status: raise timeout',
        merged_at: '2026-11-24T10:00:00Z',
        merge_commit_sha: MERGE_SHA,
        html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}`,
        base: { ref: 'main' },
        head: { ref: 'raise-timeout', sha: HEAD_SHA },
      },
    ]);
  }

  function secretsIn(run: ActionRun): string[] {
    const places: Record<string, string> = {
      // `::add-mask::<secret>` is how the runner learns what to mask: the one place a secret must be written.
      stdout: run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'),
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

  it('plans a pull request: one sticky comment, labels, outputs and a job summary', async () => {
    const run = await runAction('pull_request', `refs/pull/${PR_NUMBER}/merge`, HEAD_SHA, pullRequestEvent());
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.mode).toBe('plan');
    expect(run.outputs['has-changes']).toBe('true');
    expect(JSON.parse(run.outputs.summary ?? '{}')).toMatchObject({ create: 6, hasChanges: true, failedChecks: 0 });
    const comments = github.commentsOn(OWNER, REPO, PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(run.outputs['comment-id']).toBe(String(comments[0]?.payload.id));
    expect(comments[0]?.payload.body).toMatch(/^<!-- genesys-lambda-gitops:plan env=dev fingerprint=sha256:[0-9a-f]{64} -->/);
    expect(github.labelsOn(OWNER, REPO, PR_NUMBER)).toEqual(['gitops:changes']);
    expect(run.summary).toContain('action/Customer Lambdas/Lookup Order Status');
    expect(JSON.parse(await readFile(run.outputs['plan-json']!, 'utf8'))).toMatchObject({ environment: 'dev', formatVersion: 1 });
    expect(secretsIn(run)).toEqual([]);

    // A second push to the pull request updates the same comment instead of adding one.
    const again = await runAction('pull_request', `refs/pull/${PR_NUMBER}/merge`, HEAD_SHA, pullRequestEvent());
    expect(again.code).toBe(0);
    expect(github.commentsOn(OWNER, REPO, PR_NUMBER)).toHaveLength(1);
  });

  it('validates only, with a notice, for a pull request from a fork (no secrets, read-only token)', async () => {
    const event = pullRequestEvent() as { pull_request: { head: { repo: { full_name: string } } } };
    event.pull_request.head.repo.full_name = 'someone-else/contact-center';
    const commentsBefore = github.state.comments.length;
    const requestsBefore = sandbox.requests.length;
    const run = await runAction('pull_request', `refs/pull/${PR_NUMBER}/merge`, HEAD_SHA, event);
    expect(run.code).toBe(0);
    expect(run.outputs.mode).toBe('validate');
    expect(run.stdout).toContain('::notice::Plan skipped, validated only: this pull request comes from a fork');
    expect(github.state.comments.length).toBe(commentsBefore);
    expect(sandbox.requests.length).toBe(requestsBefore);
  });

  it('refuses to apply, writing nothing, when the plan differs from the one reviewed on the merged pull request', async () => {
    linkMergeCommitToPullRequest();
    const file = join(workspace, 'genesys', 'data-action-lookup-order-status.yaml');
    const reviewed = await readFile(file, 'utf8');
    // A change that reached main without its plan being reviewed (e.g. another PR merged first).
    await writeFile(file, reviewed.replace('timeoutSeconds: 10', 'timeoutSeconds: 12'));
    try {
      const writesBefore = sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length;
      const run = await runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent());
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error::Refusing to apply: the plan now \([0-9a-f]{12}\) differs from the plan reviewed on pull request #42 \([0-9a-f]{12}\)/);
      expect(sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length).toBe(writesBefore);
    } finally {
      await writeFile(file, reviewed);
    }
  });

  it('applies on the merge push after checking the reviewed plan, smoke-tests, and comments the result', async () => {
    linkMergeCommitToPullRequest();
    const run = await runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent());
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.mode).toBe('apply');
    expect(run.stdout).toContain('The plan matches the plan reviewed on the merged pull request.');
    const applied = JSON.parse(run.outputs.applied ?? '[]') as { status: string }[];
    expect(applied).toHaveLength(6);
    expect(applied.every((step) => step.status === 'applied')).toBe(true);
    const smoke = JSON.parse(run.outputs['smoke-results'] ?? '[]') as { passed: boolean; endpoint: string; output?: unknown; address: string }[];
    expect(smoke.filter((test) => test.endpoint === 'test').length).toBeGreaterThanOrEqual(3);
    expect(smoke.every((test) => test.passed)).toBe(true);
    expect(smoke.filter((test) => test.address.endsWith('Find Customer By Phone')).every((test) => test.output === '(sensitive)')).toBe(true);
    expect([...sandbox.state.actions.values()].map((action) => action.name).sort()).toEqual(['Check Store Hours', 'Find Customer By Phone', 'Lookup Order Status']);
    expect(run.summary).toContain('apply: `dev` ✅ succeeded');
    const resultComment = github.commentsOn(OWNER, REPO, PR_NUMBER).find((comment) => comment.payload.body?.startsWith('<!-- genesys-lambda-gitops:apply env=dev -->'));
    expect(resultComment?.payload.body).toContain('Smoke tests');
    expect(secretsIn(run)).toEqual([]);
  });

  it('a second apply of the same commit plans no changes and writes nothing', async () => {
    const writes = () => sandbox.requests.filter((request) => request.method !== 'GET' && request.path !== '/oauth/token').length;
    const writesBefore = writes();
    const run = await runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent());
    expect(run.outputs['has-changes']).toBe('false');
    expect(JSON.parse(run.outputs.applied ?? '[]')).toEqual([]);
    expect(run.code).toBe(0);
    expect(writes()).toBe(writesBefore);
  });

  it('fails with file:line:col annotations and applies nothing when a manifest is broken', async () => {
    const file = join(workspace, 'genesys', 'data-action-lookup-order-status.yaml');
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('timeoutSeconds: 10', 'timeoutSeconds: 90'));
    try {
      const requestsBefore = sandbox.requests.length;
      const run = await runAction('push', 'refs/heads/main', MERGE_SHA, pushEvent());
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/::error title=GLG-[A-Z-]+,file=genesys\/data-action-lookup-order-status\.yaml,line=\d+,endLine=\d+,col=\d+/);
      expect(run.stdout).toMatch(/::error::1 error\(s\) in the manifests; nothing was planned or applied\./);
      expect(run.stdout).not.toMatch(/\n\s+at /);
      expect(sandbox.requests.length).toBe(requestsBefore);
    } finally {
      await writeFile(file, original);
    }
  });
});
