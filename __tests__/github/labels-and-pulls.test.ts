import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/github-client.js';
import type { GitHubClient } from '../../src/github/github-client.js';
import { PLAN_LABELS, planLabels, syncPlanLabels } from '../../src/github/plan-labels.js';
import { findMergedPullRequestForCommit } from '../../src/github/reviewed-plan.js';
import type { DesiredState } from '../../src/model/desired-state.js';
import type { ObservedState } from '../../src/model/observed-state.js';
import { planChanges } from '../../src/plan/planner.js';
import type { Plan } from '../../src/plan/types.js';
import { FAKE_GITHUB_TOKEN, startFakeGitHub } from '../../sandbox/github/fake-github.js';
import type { FakeGitHub, FakePullRequest } from '../../sandbox/github/fake-github.js';
import { ACCOUNT, desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

function plan(mutate: (desired: DesiredState, observed: ObservedState) => void = () => {}, prune = false): Plan {
  const desired = desiredFixture();
  const observed = observedInSync();
  mutate(desired, observed);
  return planChanges(desired, observed, { prune });
}

const lookup = (desired: DesiredState) => desired.dataActions.find((action) => action.name === 'Lookup Order')!;

describe('planLabels', () => {
  it.each([
    { name: 'no changes', plan: () => plan(), labels: [PLAN_LABELS.noChanges] },
    { name: 'an update', plan: () => plan((d) => void (lookup(d).timeoutSeconds = 20)), labels: [PLAN_LABELS.changes] },
    {
      name: 'a breaking replace',
      plan: () => plan((d) => void (lookup(d).contract.output = { type: 'object', properties: {} })),
      labels: [PLAN_LABELS.changes, PLAN_LABELS.destroy, PLAN_LABELS.breakingContract],
    },
    {
      name: 'broadened permissions',
      plan: () =>
        plan((d) => {
          d.roles[0]!.permissionPolicy = {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'lambda:*', Resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:*` }],
          };
        }),
      labels: [PLAN_LABELS.changes, PLAN_LABELS.permissionsBroadened],
    },
    {
      name: 'a replace of an action that published flows use',
      plan: () => {
        const replaced = plan((d) => void (lookup(d).contract.output = { type: 'object', properties: {} }));
        return { ...replaced, summary: { ...replaced.summary, consumingFlows: 2 } };
      },
      labels: [PLAN_LABELS.changes, PLAN_LABELS.destroy, PLAN_LABELS.breakingContract, PLAN_LABELS.usedByFlows],
    },
  ])('$name', ({ plan: build, labels }) => {
    expect(planLabels(build())).toEqual(labels);
  });
});

describe('against the fake GitHub', () => {
  let github: FakeGitHub;
  let octokit: GitHubClient;
  const target = { owner: 'acme', repo: 'contact-center', issueNumber: 7 };

  beforeEach(async () => {
    github = await startFakeGitHub();
    octokit = createGitHubClient(FAKE_GITHUB_TOKEN, github.url);
  });

  afterEach(async () => {
    await github.close();
  });

  it("adds the plan's labels, removes stale ones of ours, and keeps everyone else's", async () => {
    github.state.labels.set('acme/contact-center#7', ['needs-review', PLAN_LABELS.noChanges]);
    const result = await syncPlanLabels(
      octokit,
      target,
      plan((d) => void (lookup(d).contract.output = { type: 'object', properties: {} })),
    );
    expect(result).toMatchObject({
      status: 'synced',
      added: [PLAN_LABELS.changes, PLAN_LABELS.destroy, PLAN_LABELS.breakingContract],
      removed: [PLAN_LABELS.noChanges],
    });
    expect(github.labelsOn('acme', 'contact-center', 7).sort()).toEqual(
      ['needs-review', PLAN_LABELS.changes, PLAN_LABELS.destroy, PLAN_LABELS.breakingContract].sort(),
    );
    const again = await syncPlanLabels(
      octokit,
      target,
      plan((d) => void (lookup(d).contract.output = { type: 'object', properties: {} })),
    );
    expect(again).toMatchObject({ status: 'synced', added: [], removed: [] });
  });

  it('reports a token that may not write labels as a warning result, not a failure', async () => {
    github.state.forbidLabelWrites = true;
    const result = await syncPlanLabels(octokit, target, plan());
    expect(result.status).toBe('forbidden');
    expect(github.labelsOn('acme', 'contact-center', 7)).toEqual([]);
  });

  it('finds the merged pull request of a merge commit, and none for a direct push', async () => {
    const pull = (number: number, mergedAt: string | null, mergeSha: string): FakePullRequest => ({
      number,
      state: 'closed',
      title: `PR ${number}`,
      merged_at: mergedAt,
      merge_commit_sha: mergeSha,
      html_url: `https://github.com/acme/contact-center/pull/${number}`,
      base: { ref: 'main' },
      head: { ref: `feature-${number}`, sha: `head${number}` },
    });
    github.state.commitPulls.set('acme/contact-center@abc123', [
      pull(3, null, 'zzz'),
      pull(4, '2026-11-24T10:00:00Z', 'other'),
      pull(5, '2026-11-24T11:00:00Z', 'abc123'),
    ]);
    expect(await findMergedPullRequestForCommit(octokit, 'acme', 'contact-center', 'abc123')).toEqual({
      number: 5,
      mergedAt: '2026-11-24T11:00:00Z',
      baseRef: 'main',
      headSha: 'head5',
    });
    expect(await findMergedPullRequestForCommit(octokit, 'acme', 'contact-center', 'def456')).toBeUndefined();
  });
});
