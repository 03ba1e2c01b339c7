/**
 * The action in-process on pull_request events: the plan as one sticky
 * comment, labels and outputs; the validate-only fallback for forks and for
 * repositories without Genesys credentials; a run without a token.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GITHUB_TOKEN } from '../../sandbox/github/fake-github.js';
import { HEAD_SHA, OWNER, PR_NUMBER, REPO, startActionHarness, type ActionHarness, type ActionRun } from './action-harness.js';

let harness: ActionHarness;

beforeAll(async () => {
  harness = await startActionHarness();
});

afterAll(async () => {
  await harness.stop();
});

function secretsIn(run: ActionRun): string[] {
  const visible = `${run.io.visibleText()}\n${harness.github.state.comments.map((comment) => comment.payload.body ?? '').join('\n')}`;
  return [harness.sandbox.clientSecret, FAKE_GITHUB_TOKEN].filter((secret) => visible.includes(secret));
}

describe('the action on a pull request', () => {
  it('plans: one sticky comment with the fingerprint, labels, outputs, plan.json and a job summary', async () => {
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('mode')).toBe('plan');
    expect(run.outputs.get('has-changes')).toBe('true');
    expect(JSON.parse(run.outputs.get('summary') ?? '{}')).toMatchObject({ create: 6, hasChanges: true, failedChecks: 0 });
    const comments = harness.github.commentsOn(OWNER, REPO, PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(run.outputs.get('comment-id')).toBe(String(comments[0]?.payload.id));
    expect(comments[0]?.payload.body).toMatch(/^<!-- genesys-lambda-gitops:plan env=dev fingerprint=sha256:[0-9a-f]{64} -->/);
    // "Declared in" links to the manifest line at the pull request's head commit.
    expect(comments[0]?.payload.body).toMatch(
      new RegExp(
        `Declared in \\[\`genesys/role\\.yaml:\\d+\`\\]\\(https://github\\.com/${OWNER}/${REPO}/blob/${HEAD_SHA}/genesys/role\\.yaml#L\\d+\\)`,
      ),
    );
    // The plan creates the role Genesys assumes: a new trust relationship is itself a broadening.
    expect(harness.github.labelsOn(OWNER, REPO, PR_NUMBER)).toEqual(['gitops:changes', 'gitops:permissions-broadened']);
    expect(run.io.summaries.join('\n')).toContain('action/Customer Lambdas/Lookup Order Status');
    const planFile = run.outputs.get('plan-json') ?? '';
    expect(planFile).toMatch(/genesys-lambda-gitops\/plan-dev\.json$/);
    expect(JSON.parse(await readFile(planFile, 'utf8'))).toMatchObject({ environment: 'dev', formatVersion: 1 });
    // The secrets are masked as soon as they are read, and shown nowhere.
    expect(run.io.secrets).toEqual(expect.arrayContaining([harness.sandbox.clientSecret, FAKE_GITHUB_TOKEN]));
    expect(secretsIn(run)).toEqual([]);
    // The base commit is unknown to GitHub here: the plan goes on without a drift baseline and says so.
    expect(run.io.annotated('notice')).toEqual([
      expect.stringMatching(/^No drift baseline: the pull request's base bbbbbbb could not be read \(Not Found/),
    ]);
  });

  it('updates the same comment on the next push to the pull request', async () => {
    const writesBefore = harness.github.state.requests.filter(
      (request) => request.method === 'POST' && request.path.endsWith('/comments'),
    ).length;
    const run = await harness.runPullRequest();
    expect(run.io.failures).toEqual([]);
    expect(harness.github.commentsOn(OWNER, REPO, PR_NUMBER)).toHaveLength(1);
    expect(run.io.lines).toContain(`Plan comment unchanged (#${harness.github.commentsOn(OWNER, REPO, PR_NUMBER)[0]?.payload.id}).`);
    expect(harness.github.state.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/comments')).length).toBe(
      writesBefore,
    );
  });
});

describe('the action on a pull request whose plan has a failed check', () => {
  it('posts the comment and the job summary first, then fails the step', async () => {
    await harness.edit('environment-dev.yaml', (text) => text.replace('function:orders-lookup:live', 'function:orders-lokup:live'));
    try {
      const run = await harness.runPullRequest();
      const body = harness.github.commentsOn(OWNER, REPO, PR_NUMBER)[0]?.payload.body ?? '';
      expect(body).toMatch(
        /❌ fail \| `function-exists` \| `action\/Customer Lambdas\/Lookup Order Status` \| Lambda has no function orders-lokup/,
      );
      expect(run.io.summaries.join('\n')).toMatch(/function-exists/);
      expect(run.outputs.get('has-changes')).toBe('true');
      expect(run.io.failures).toEqual([
        '1 cross-system check(s) failed (function-exists): apply would refuse this plan and write nothing. Fix them first.',
      ]);
    } finally {
      await harness.edit('environment-dev.yaml', (text) => text.replace('function:orders-lokup:live', 'function:orders-lookup:live'));
    }
  });
});

describe('the action on a pull request it may not fully act on', () => {
  it.each([
    ['comes from a fork', { fork: true }, 'this pull request comes from a fork, so the workflow has no secrets and a read-only token'],
    [
      'runs without the Genesys client configured',
      { env: { GENESYSCLOUD_OAUTHCLIENT_ID: undefined, GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined } },
      'GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET are not set',
    ],
  ])('validates only, with a notice, when the pull request %s', async (_case, options, why) => {
    const comments = harness.github.state.comments.length;
    const genesysRequests = harness.sandbox.requests.length;
    const run = await harness.runPullRequest(options);
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('mode')).toBe('validate');
    expect(run.io.annotated('notice')).toEqual([`Plan skipped, validated only: ${why}.`]);
    expect(run.outputs.get('errors')).toBe('0');
    expect(run.outputs.has('has-changes')).toBe(false);
    expect(harness.github.state.comments.length).toBe(comments);
    expect(harness.sandbox.requests.length).toBe(genesysRequests);
  });

  it('plans without a token, but comments, labels and reads nothing on GitHub', async () => {
    const githubRequests = harness.github.state.requests.length;
    const run = await harness.runPullRequest({ inputs: { 'github-token': '' } });
    expect(run.io.failures).toEqual([]);
    expect(run.outputs.get('has-changes')).toBe('true');
    expect(run.outputs.has('comment-id')).toBe(false);
    expect(run.io.annotated('notice')).toEqual([
      expect.stringMatching(/^No drift baseline: no github-token to read the pull request's base bbbbbbb with;/),
    ]);
    expect(harness.github.state.requests.length).toBe(githubRequests);
  });

  it('warns, and still plans, when the token may not write labels', async () => {
    harness.github.state.forbidLabelWrites = true;
    harness.github.state.labels.clear();
    try {
      const run = await harness.runPullRequest();
      expect(run.io.failures).toEqual([]);
      expect(run.io.annotated('warning')).toEqual([expect.stringMatching(/^Labels not set: The token may not write pull request labels/)]);
    } finally {
      harness.github.state.forbidLabelWrites = false;
    }
  });
});
