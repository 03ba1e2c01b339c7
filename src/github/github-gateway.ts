/**
 * The GitHub operations the action performs on its own repository, behind
 * one small interface, so that the action's flow depends on what it does
 * with GitHub rather than on Octokit. The implementation is the functions
 * of this folder bound to one repository.
 */
import type { Plan } from '../plan/types.js';
import { planCommentMarker } from '../render/plan-marker.js';
import {
  commentOnIssue,
  createIssue,
  DRIFT_LABEL,
  editIssue,
  findMarkedIssues,
  pickTrackedIssue,
  type IssueEdit,
  type TrackedIssue,
} from './drift-issue.js';
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
  /** The `gitops:drift` issue whose first line carries `marker`: the newest open one, else the newest closed one. */
  findDriftIssue(marker: string): Promise<TrackedIssue | undefined>;
  /** Opens an issue labelled `gitops:drift`. */
  createDriftIssue(issue: { title: string; body: string }): Promise<TrackedIssue>;
  /** Edits an issue's title, body and open/closed state. */
  editIssue(issueNumber: number, edit: IssueEdit): Promise<TrackedIssue>;
  commentOnIssue(issueNumber: number, body: string): Promise<void>;
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
    findDriftIssue: async (marker) => pickTrackedIssue(await findMarkedIssues(octokit, repository, { marker, label: DRIFT_LABEL })),
    createDriftIssue: (issue) => createIssue(octokit, repository, { ...issue, labels: [DRIFT_LABEL] }),
    editIssue: (issueNumber, edit) => editIssue(octokit, repository, issueNumber, edit),
    commentOnIssue: (issueNumber, body) => commentOnIssue(octokit, repository, issueNumber, body),
  };
}
