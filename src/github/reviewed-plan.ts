/**
 * What apply needs to know on a push to the default branch: which pull
 * request the commit came from, and which plan its reviewers saw.
 */
import { parsePlanMarker } from '../render/plan-marker.js';
import type { GitHubClient } from './github-client.js';
import { findMarkedComments } from './sticky-comment.js';

export interface MergedPullRequest {
  number: number;
  mergedAt: string;
  baseRef: string;
  headSha: string;
}

/**
 * The merged pull request that produced `sha` (`GET /repos/{owner}/{repo}/commits/{sha}/pulls`),
 * preferring the one whose merge commit is `sha`; undefined for a direct push.
 */
export async function findMergedPullRequestForCommit(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
): Promise<MergedPullRequest | undefined> {
  const response = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha, per_page: 100 });
  const merged = response.data.filter((pull) => pull.merged_at !== null && pull.merged_at !== undefined);
  const pull = merged.find((candidate) => candidate.merge_commit_sha === sha) ?? merged[0];
  if (pull === undefined || pull.merged_at === null || pull.merged_at === undefined) return undefined;
  return { number: pull.number, mergedAt: pull.merged_at, baseRef: pull.base.ref, headSha: pull.head.sha };
}

/** The fingerprint recorded in the plan comment for `marker`'s environment, or undefined when there is none. */
export async function readPlanCommentFingerprint(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; marker: string; botLogin?: string },
): Promise<{ fingerprint: string; commentId: number } | undefined> {
  const comments = await findMarkedComments(octokit, target);
  for (const comment of comments) {
    const parsed = parsePlanMarker(comment.body);
    if (parsed !== undefined) return { fingerprint: parsed.fingerprint, commentId: comment.id };
  }
  return undefined;
}
