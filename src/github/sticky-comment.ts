/**
 * One comment per pull request and environment, updated in place. Found by
 * the hidden marker on its first line, across ALL pages of comments (peers
 * that read only the first page post duplicates on busy pull requests), and
 * only among the bot's own comments when its login is known.
 */
import { GITHUB_COMMENT_LIMIT } from '../render/comment-limit.js';
import { bodyHasMarker } from '../render/plan-marker.js';
import type { GitHubClient } from './github-client.js';
import { httpStatusOf } from './github-client.js';

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  /** From planCommentMarker(); the body's first line must carry it. */
  marker: string;
  body: string;
  /** e.g. `github-actions[bot]` for the default token; comments by others are never touched. */
  botLogin?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged';
  commentId: number;
  /** Link to the comment, for outputs and logs. */
  htmlUrl: string;
}

interface MarkedComment {
  id: number;
  body: string;
  htmlUrl: string;
}

function normalizeBody(body: string): string {
  return body.replace(/\r\n/g, '\n');
}

/** Every comment on the issue whose first line carries `marker` (and is by `botLogin`, when given), oldest first. */
export async function findMarkedComments(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; marker: string; botLogin?: string },
): Promise<MarkedComment[]> {
  const found: MarkedComment[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data) {
      const body = comment.body ?? '';
      if (!bodyHasMarker(body, target.marker)) continue;
      if (target.botLogin !== undefined && comment.user?.login !== target.botLogin) continue;
      found.push({ id: Number(comment.id), body, htmlUrl: comment.html_url });
    }
  }
  return found;
}

/**
 * Creates the comment, or updates the existing one in place, or leaves it
 * alone when the body is already the same (no write, no notification).
 * When the login is unknown and a marked comment cannot be edited (another
 * identity wrote it), the next marked comment is tried, then a new one is created.
 */
export async function upsertStickyComment(octokit: GitHubClient, request: StickyCommentRequest): Promise<StickyCommentResult> {
  if (!bodyHasMarker(request.body, request.marker)) {
    throw new Error('The comment body must start with its marker line, or the next run could not find the comment to update.');
  }
  if (request.body.length > GITHUB_COMMENT_LIMIT) {
    throw new Error(`The comment body has ${request.body.length} characters; GitHub accepts at most ${GITHUB_COMMENT_LIMIT}.`);
  }
  const existing = await findMarkedComments(octokit, request);
  const wanted = normalizeBody(request.body);
  const same = existing.find((comment) => normalizeBody(comment.body) === wanted);
  if (same !== undefined) return { action: 'unchanged', commentId: same.id, htmlUrl: same.htmlUrl };
  for (const comment of existing) {
    try {
      const response = await octokit.rest.issues.updateComment({
        owner: request.owner,
        repo: request.repo,
        comment_id: comment.id,
        body: request.body,
      });
      return { action: 'updated', commentId: Number(response.data.id), htmlUrl: response.data.html_url };
    } catch (error) {
      // 403: written by another identity (possible only when botLogin is unknown); 404: deleted meanwhile.
      const status = httpStatusOf(error);
      if (status !== 403 && status !== 404) throw error;
    }
  }
  const response = await octokit.rest.issues.createComment({
    owner: request.owner,
    repo: request.repo,
    issue_number: request.issueNumber,
    body: request.body,
  });
  return { action: 'created', commentId: Number(response.data.id), htmlUrl: response.data.html_url };
}
