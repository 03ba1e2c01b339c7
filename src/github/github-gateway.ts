/**
 * The GitHub operations the action performs on its own repository, behind
 * one small interface, so that the action's flow depends on what it does
 * with GitHub rather than on Octokit. The implementation is the functions
 * of this folder bound to one repository.
 */
import type { Plan } from '../plan/types.js';
import { planCommentMarker } from '../render/plan-marker.js';
import type { GitHubClient } from './github-client.js';
import { syncPlanLabels, type LabelSyncResult } from './plan-labels.js';
import { listFilesAtCommit, type CommittedFile } from './repository-files.js';
import { findMergedPullRequestForCommit, readPlanCommentFingerprint, type MergedPullRequest } from './reviewed-plan.js';
import { upsertStickyComment, type StickyCommentResult } from './sticky-comment.js';

export interface GitHubGateway {
  /** Creates, updates in place, or leaves alone the comment whose first line carries `marker`. */
  upsertComment(issueNumber: number, marker: string, body: string): Promise<StickyCommentResult>;
  /** Sets the plan's gitops:* labels; `forbidden` when the token may not write labels. */
  syncPlanLabels(issueNumber: number, plan: Plan): Promise<LabelSyncResult>;
  /** The merged pull request that produced commit `sha`; undefined for a direct push. */
  findMergedPullRequest(sha: string): Promise<MergedPullRequest | undefined>;
  /** The fingerprint recorded in the pull request's plan comment for `environment`, if there is one. */
  readPlanFingerprint(issueNumber: number, environment: string): Promise<string | undefined>;
  /** Every file of `commit` under `folder` (a path from the repository root), each read on demand. */
  listFilesAt(commit: string, folder: string): Promise<CommittedFile[]>;
}

export function createGitHubGateway(octokit: GitHubClient, repository: { owner: string; repo: string }): GitHubGateway {
  const { owner, repo } = repository;
  return {
    upsertComment: (issueNumber, marker, body) => upsertStickyComment(octokit, { owner, repo, issueNumber, marker, body }),
    syncPlanLabels: (issueNumber, plan) => syncPlanLabels(octokit, { owner, repo, issueNumber }, plan),
    findMergedPullRequest: (sha) => findMergedPullRequestForCommit(octokit, owner, repo, sha),
    readPlanFingerprint: async (issueNumber, environment) =>
      (await readPlanCommentFingerprint(octokit, { owner, repo, issueNumber, marker: planCommentMarker(environment) }))?.fingerprint,
    listFilesAt: (commit, folder) => listFilesAtCommit(octokit, repository, commit, folder),
  };
}
