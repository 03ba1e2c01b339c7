/**
 * The drift issue's GitHub calls: one issue per environment, labelled
 * `gitops:drift` and found again by the hidden marker on its first line,
 * across ALL pages of the repository's issues, open or closed (a closed one
 * is reopened rather than duplicated). Pull requests, which the issues API
 * lists too, are skipped.
 */
import { bodyHasMarker } from '../render/plan-marker.js';
import type { GitHubClient } from './github-client.js';

export const DRIFT_LABEL = 'gitops:drift';

/** An issue this tool keeps, as the policy needs it. */
export interface TrackedIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  htmlUrl: string;
}

/** What to change on an issue; absent fields stay as they are. */
export interface IssueEdit {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
}

type Repository = { owner: string; repo: string };

function tracked(issue: { number: number; state: string; title: string; body?: string | null; html_url: string }): TrackedIssue {
  return {
    number: issue.number,
    state: issue.state === 'closed' ? 'closed' : 'open',
    title: issue.title,
    body: issue.body ?? '',
    htmlUrl: issue.html_url,
  };
}

/** Every issue labelled `label` whose body starts with `marker`, newest first. */
export async function findMarkedIssues(
  octokit: GitHubClient,
  repository: Repository,
  target: { marker: string; label: string },
): Promise<TrackedIssue[]> {
  const found: TrackedIssue[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repository,
    state: 'all',
    labels: target.label,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const issue of page.data) {
      if (issue.pull_request !== undefined) continue;
      if (!bodyHasMarker(issue.body ?? '', target.marker)) continue;
      found.push(tracked(issue));
    }
  }
  return found;
}

/** The issue to keep up to date: the newest open one, else the newest closed one (to reopen), else none. */
export function pickTrackedIssue(issues: readonly TrackedIssue[]): TrackedIssue | undefined {
  return issues.find((issue) => issue.state === 'open') ?? issues[0];
}

export async function createIssue(
  octokit: GitHubClient,
  repository: Repository,
  issue: { title: string; body: string; labels: string[] },
): Promise<TrackedIssue> {
  const { data } = await octokit.rest.issues.create({ ...repository, ...issue });
  return tracked(data);
}

export async function editIssue(
  octokit: GitHubClient,
  repository: Repository,
  issueNumber: number,
  edit: IssueEdit,
): Promise<TrackedIssue> {
  const stateReason =
    edit.state === 'closed' ? { state_reason: 'completed' as const } : edit.state === 'open' ? { state_reason: 'reopened' as const } : {};
  const { data } = await octokit.rest.issues.update({ ...repository, issue_number: issueNumber, ...edit, ...stateReason });
  return tracked(data);
}

export async function commentOnIssue(octokit: GitHubClient, repository: Repository, issueNumber: number, body: string): Promise<void> {
  await octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body });
}
