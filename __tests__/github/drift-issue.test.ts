/**
 * The drift issue's GitHub calls against the fake GitHub over HTTP: found by
 * label and marker on any page, open or closed; created with its label;
 * edited, closed and reopened in place; and a token without `issues: write`
 * answers 403, which the action turns into a warning.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS_BOT_LOGIN, FAKE_GITHUB_TOKEN, startFakeGitHub, type FakeGitHub } from '../../sandbox/github/fake-github.js';
import { isIssueAccessDenied } from '../../src/action/drift-issue-sync.js';
import { driftIssueMarker, driftIssueMarkerLine } from '../../src/drift/drift-issue-marker.js';
import { createGitHubClient } from '../../src/github/github-client.js';
import { createGitHubGateway, type GitHubGateway } from '../../src/github/github-gateway.js';

const OWNER = 'acme';
const REPO = 'contact-center';

let github: FakeGitHub;
let gateway: GitHubGateway;

beforeEach(async () => {
  github = await startFakeGitHub();
  gateway = createGitHubGateway(createGitHubClient(FAKE_GITHUB_TOKEN, github.url), { owner: OWNER, repo: REPO });
});
afterEach(async () => {
  await github.close();
});

const seed = (body: string, options: { labels?: string[]; state?: 'open' | 'closed'; title?: string } = {}) =>
  github.seedIssue({
    owner: OWNER,
    repo: REPO,
    title: options.title ?? 'x',
    body,
    login: ACTIONS_BOT_LOGIN,
    labels: options.labels ?? ['gitops:drift'],
    ...(options.state ? { state: options.state } : {}),
  });

describe('findDriftIssue', () => {
  it('finds the marked issue of the environment on any page, among labelled issues only', async () => {
    const wanted = seed(`${driftIssueMarkerLine('prod')}\nbody`, { title: 'wanted' });
    for (let index = 0; index < 150; index++) seed(`noise ${index}`);
    seed(`${driftIssueMarkerLine('prod-eu')}\nanother environment`);
    seed(`${driftIssueMarkerLine('prod')}\nno label`, { labels: [] });
    const found = await gateway.findDriftIssue(driftIssueMarker('prod'));
    expect(found).toMatchObject({ number: wanted.payload.number, state: 'open', title: 'wanted' });
    const listings = github.state.requests.filter(
      (request) => request.method === 'GET' && request.path === `/repos/${OWNER}/${REPO}/issues`,
    );
    expect(listings.length).toBe(2);
    expect(listings[0]?.query).toMatchObject({ state: 'all', labels: 'gitops:drift', per_page: '100' });
  });

  it('prefers the open issue; a closed one is found to be reopened; pull requests are skipped', async () => {
    const closed = seed(`${driftIssueMarkerLine('prod')}\nold`, { state: 'closed' });
    expect((await gateway.findDriftIssue(driftIssueMarker('prod')))?.number).toBe(closed.payload.number);
    const open = seed(`${driftIssueMarkerLine('prod')}\ncurrent`);
    seed(`${driftIssueMarkerLine('prod')}\nnewer but closed`, { state: 'closed' });
    const pull = seed(`${driftIssueMarkerLine('prod')}\na pull request`);
    pull.payload = { ...pull.payload, pull_request: { url: null, html_url: null, diff_url: null, patch_url: null } };
    expect((await gateway.findDriftIssue(driftIssueMarker('prod')))?.number).toBe(open.payload.number);
  });

  it('finds nothing in a repository without one', async () => {
    expect(await gateway.findDriftIssue(driftIssueMarker('prod'))).toBeUndefined();
  });
});

describe('writing the drift issue', () => {
  it('creates it labelled gitops:drift, edits, closes and reopens it in place, and comments', async () => {
    const created = await gateway.createDriftIssue({ title: 'Drift in prod', body: `${driftIssueMarkerLine('prod')}\nfirst` });
    expect(github.issuesIn(OWNER, REPO).map((issue) => issue.payload.labels)).toEqual([
      [expect.objectContaining({ name: 'gitops:drift' })],
    ]);
    await gateway.editIssue(created.number, { body: `${driftIssueMarkerLine('prod')}\nsecond` });
    await gateway.commentOnIssue(created.number, 'resolved');
    const closed = await gateway.editIssue(created.number, { state: 'closed' });
    expect(closed.state).toBe('closed');
    expect(github.issuesIn(OWNER, REPO)[0]?.payload).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1 });
    const reopened = await gateway.editIssue(created.number, { state: 'open', body: `${driftIssueMarkerLine('prod')}\nthird` });
    expect(reopened).toMatchObject({ number: created.number, state: 'open', body: `${driftIssueMarkerLine('prod')}\nthird` });
    expect(github.issuesIn(OWNER, REPO)).toHaveLength(1);
    expect(github.commentsOn(OWNER, REPO, created.number).map((comment) => comment.payload.body)).toEqual(['resolved']);
  });

  it('is refused with 403 for a token without issues: write, which the action treats as an access problem', async () => {
    const created = await gateway.createDriftIssue({ title: 't', body: 'b' });
    github.state.forbidIssueWrites = true;
    for (const write of [
      () => gateway.createDriftIssue({ title: 't', body: 'b' }),
      () => gateway.editIssue(created.number, { body: 'c' }),
      () => gateway.commentOnIssue(created.number, 'c'),
    ]) {
      const error = await write().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isIssueAccessDenied(error)).toBe(true);
    }
    expect(github.issuesIn(OWNER, REPO)[0]?.payload.body).toBe('b');
  });

  it('rejects a body over 65,536 characters as GitHub does', async () => {
    await expect(gateway.createDriftIssue({ title: 't', body: 'x'.repeat(65_537) })).rejects.toThrow(/body is too long/);
  });
});
