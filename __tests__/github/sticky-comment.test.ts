import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/github/github-client.js';
import type { GitHubClient } from '../../src/github/github-client.js';
import { readPlanCommentFingerprint } from '../../src/github/reviewed-plan.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { planChanges } from '../../src/plan/planner.js';
import { renderPlanComment } from '../../src/render/plan-comment.js';
import { planCommentMarker, planMarkerLine } from '../../src/render/plan-marker.js';
import { ACTIONS_BOT_LOGIN, FAKE_GITHUB_TOKEN, startFakeGitHub } from '../../sandbox/github/fake-github.js';
import type { FakeGitHub } from '../../sandbox/github/fake-github.js';
import { desiredFixture, observedInSync } from '../plan/plan-fixtures.js';

const OWNER = 'acme';
const REPO = 'contact-center';
const PR = 7;
const MARKER = planCommentMarker('prod');
const bodyWith = (text: string, marker = MARKER) => `${planMarkerLine(marker, 'sha256:0')}\n\n${text}`;

let github: FakeGitHub;
let octokit: GitHubClient;

beforeEach(async () => {
  github = await startFakeGitHub({ tokens: { [FAKE_GITHUB_TOKEN]: ACTIONS_BOT_LOGIN, ghp_other: 'other-bot[bot]' } });
  octokit = createGitHubClient(FAKE_GITHUB_TOKEN, github.url);
});

afterEach(async () => {
  await github.close();
});

function seedNoise(count: number, login = 'octocat'): void {
  for (let index = 0; index < count; index++) {
    github.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: `noise ${index}`, login });
  }
}

const writes = () => github.state.requests.filter((request) => request.method !== 'GET');
const markedComments = () => github.commentsOn(OWNER, REPO, PR).filter((comment) => comment.payload.body?.startsWith(`<!-- ${MARKER} `));
const target = (body: string) => ({ owner: OWNER, repo: REPO, issueNumber: PR, marker: MARKER, body, botLogin: ACTIONS_BOT_LOGIN });

describe('upsertStickyComment against the fake GitHub', () => {
  it('creates, then updates the comment it finds on page 2, then leaves an unchanged body alone', async () => {
    seedNoise(150);
    const created = await upsertStickyComment(octokit, target(bodyWith('first')));
    expect(created.action).toBe('created');
    const updated = await upsertStickyComment(octokit, target(bodyWith('second')));
    expect(updated).toMatchObject({ action: 'updated', commentId: created.commentId });
    expect(github.state.requests.some((request) => request.method === 'GET' && request.query['page'] === '2')).toBe(true);
    const unchanged = await upsertStickyComment(octokit, target(bodyWith('second')));
    expect(unchanged).toMatchObject({ action: 'unchanged', commentId: created.commentId });
    expect(markedComments()).toHaveLength(1);
    expect(markedComments()[0]?.payload.body).toBe(bodyWith('second'));
    expect(writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
  });

  it('updates the marker comment on page 3 of 250 comments instead of duplicating it', async () => {
    seedNoise(220);
    const ours = github.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: bodyWith('old plan'), login: ACTIONS_BOT_LOGIN });
    seedNoise(29);
    expect(github.commentsOn(OWNER, REPO, PR)).toHaveLength(250);
    const result = await upsertStickyComment(octokit, target(bodyWith('new plan')));
    expect(result).toMatchObject({ action: 'updated', commentId: ours.payload.id });
    expect(github.state.requests.some((request) => request.method === 'GET' && request.query['page'] === '3')).toBe(true);
    expect(markedComments()).toHaveLength(1);
    expect(writes()).toHaveLength(1);
  });

  it("never touches another bot's comment that carries the same marker", async () => {
    const foreign = github.seedComment({
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      body: bodyWith('someone else'),
      login: 'other-bot[bot]',
    });
    const result = await upsertStickyComment(octokit, target(bodyWith('ours')));
    expect(result.action).toBe('created');
    expect(foreign.payload.body).toBe(bodyWith('someone else'));
    expect(writes().map((request) => request.method)).toEqual(['POST']);
  });

  it('without a known login, skips a marked comment it may not edit and then keeps updating its own', async () => {
    github.seedComment({ owner: OWNER, repo: REPO, issueNumber: PR, body: bodyWith('someone else'), login: 'other-bot[bot]' });
    const { botLogin: _ignored, ...withoutLogin } = target(bodyWith('ours 1'));
    const first = await upsertStickyComment(octokit, withoutLogin);
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(octokit, { ...withoutLogin, body: bodyWith('ours 2') });
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId });
    expect(markedComments()).toHaveLength(2);
  });

  it('keeps one comment per environment', async () => {
    const dev = planCommentMarker('dev');
    await upsertStickyComment(octokit, { ...target(bodyWith('dev plan', dev)), marker: dev });
    const prod = await upsertStickyComment(octokit, target(bodyWith('prod plan')));
    expect(prod.action).toBe('created');
    expect(github.commentsOn(OWNER, REPO, PR)).toHaveLength(2);
  });
});

describe('upsertStickyComment refusals and the reviewed fingerprint', () => {
  it("refuses a body without its marker, and one over GitHub's limit, before calling GitHub", async () => {
    await expect(upsertStickyComment(octokit, target('no marker here'))).rejects.toThrow(/must start with its marker/);
    await expect(upsertStickyComment(octokit, target(bodyWith('x'.repeat(65_536))))).rejects.toThrow(/at most 65536/);
    expect(github.state.requests).toEqual([]);
  });

  it('surfaces a bad token as an error', async () => {
    const stranger = createGitHubClient('ghs_not_valid', github.url);
    await expect(upsertStickyComment(stranger, target(bodyWith('x')))).rejects.toMatchObject({ status: 401 });
  });

  it('reads back the fingerprint of the plan that reviewers saw', async () => {
    const plan = planChanges(desiredFixture(), observedInSync(), { prune: false });
    await upsertStickyComment(octokit, target(renderPlanComment(plan, { marker: MARKER, environment: 'prod' })));
    const read = await readPlanCommentFingerprint(octokit, {
      owner: OWNER,
      repo: REPO,
      issueNumber: PR,
      marker: MARKER,
      botLogin: ACTIONS_BOT_LOGIN,
    });
    expect(read?.fingerprint).toBe(plan.fingerprint);
    expect(
      await readPlanCommentFingerprint(octokit, { owner: OWNER, repo: REPO, issueNumber: PR, marker: planCommentMarker('dev') }),
    ).toBeUndefined();
  });
});

describe('markers given as a whole HTML comment', () => {
  it('finds and updates a comment whose marker is passed as `<!-- name -->` (the apply report does this)', async () => {
    const marker = '<!-- genesys-lambda-gitops:apply env=prod -->';
    const request = (body: string) => ({ owner: OWNER, repo: REPO, issueNumber: PR, marker, body, botLogin: ACTIONS_BOT_LOGIN });
    const first = await upsertStickyComment(octokit, request(`${marker}\napplied 1`));
    const second = await upsertStickyComment(octokit, request(`${marker}\napplied 2`));
    expect([first.action, second.action]).toEqual(['created', 'updated']);
    expect(second.commentId).toBe(first.commentId);
    expect(github.commentsOn(OWNER, REPO, PR)).toHaveLength(1);
  });
});
