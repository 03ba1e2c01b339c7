/**
 * The GitHub side of a run, as the runner hands it over: the repository, the
 * pull request, its merge commit, and the event payloads GitHub sends for them.
 */
import type { FakePullRequest } from '../../sandbox/github/fake-github.js';

export const OWNER = 'acme';
export const REPO = 'contact-center';
export const PR_NUMBER = 42;
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = '1f0c3a5b7d9e1f2a3b4c5d6e7f8091a2b3c4d5e6';
export const MERGE_SHA = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807';

const repository = {
  id: 123456,
  name: REPO,
  full_name: `${OWNER}/${REPO}`,
  private: true,
  owner: { login: OWNER, type: 'Organization' },
  default_branch: 'main',
  html_url: `https://github.com/${OWNER}/${REPO}`,
};

/** A `pull_request` payload as GitHub sends it (the fields the action reads, and then some). */
export function pullRequestEvent(options: { fork?: boolean } = {}): unknown {
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      state: 'open',
      title: 'Lookup Order Status: raise timeout',
      user: { login: 'cx-engineer' },
      head: { ref: 'raise-timeout', sha: HEAD_SHA, repo: { full_name: options.fork ? `someone-else/${REPO}` : `${OWNER}/${REPO}` } },
      base: { ref: 'main', sha: BASE_SHA, repo: { full_name: `${OWNER}/${REPO}` } },
      merged: false,
    },
    repository,
    sender: { login: 'cx-engineer' },
  };
}

/** A `schedule` payload as GitHub sends it for a cron trigger. */
export function scheduleEvent(): unknown {
  return { schedule: '17 6 * * *', repository, workflow: '.github/workflows/genesys-drift.yml' };
}

/** A `push` payload for the merge commit on the default branch. */
export function pushEvent(): unknown {
  return {
    ref: 'refs/heads/main',
    before: BASE_SHA,
    after: MERGE_SHA,
    repository,
    pusher: { name: 'cx-engineer' },
    head_commit: { id: MERGE_SHA, message: `Merge pull request #${PR_NUMBER} from acme/raise-timeout` },
    commits: [{ id: MERGE_SHA }],
  };
}

/** The pull request GitHub reports for the merge commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls). */
export function mergedPullRequest(): FakePullRequest {
  return {
    number: PR_NUMBER,
    state: 'closed',
    title: 'Lookup Order Status: raise timeout',
    merged_at: '2026-11-24T10:00:00Z',
    merge_commit_sha: MERGE_SHA,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}`,
    base: { ref: 'main' },
    head: { ref: 'raise-timeout', sha: HEAD_SHA },
  };
}
