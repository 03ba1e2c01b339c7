/**
 * Keeps the environment's drift issue in step with a drift report: opens it,
 * edits it in place, reopens it, or comments and closes it (the decision is
 * src/commands/drift-issue-policy.ts). A token that may not read or write
 * issues (403; 404/410 when issues are off) is not a failure of the drift
 * run: the caller warns and the job summary carries the report.
 */
import { decideDriftIssue } from '../commands/drift-issue-policy.js';
import type { DriftReport } from '../drift/drift-report.js';
import type { TrackedIssue } from '../github/drift-issue.js';
import { httpStatusOf } from '../github/github-client.js';
import type { GitHubGateway } from '../github/github-gateway.js';
import { assertNever } from '../model/assert-never.js';
import { renderDriftIssueBody, renderDriftIssueTitle, renderDriftResolvedComment } from '../render/drift-issue.js';

/** What happened to the issue; `issue` is the issue as it is now (undefined when there is none). */
export interface DriftIssueSync {
  outcome: 'none' | 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed';
  issue: TrackedIssue | undefined;
}

/** Statuses that mean the token (or the repository) does not allow the issue: a warning, not a failure. */
export function isIssueAccessDenied(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === 403 || status === 404 || status === 410;
}

export function issueAccessMessage(error: unknown): string {
  const status = httpStatusOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  return status === 403
    ? `The token may not read or write issues (grant \`issues: write\`); the drift report is in the job summary only. GitHub said: ${detail}`
    : `Issues are not available in this repository (HTTP ${status ?? '?'}); the drift report is in the job summary only. GitHub said: ${detail}`;
}

/** Applies the decision for `report` to `existing`; throws what GitHub throws (the caller tells access problems apart). */
export async function syncDriftIssue(
  github: GitHubGateway,
  existing: TrackedIssue | undefined,
  report: DriftReport,
  options: { runUrl?: string },
): Promise<DriftIssueSync> {
  const decision = decideDriftIssue(existing, report.summary.clean);
  const render = options.runUrl === undefined ? {} : { runUrl: options.runUrl };
  const title = renderDriftIssueTitle(report);
  switch (decision.kind) {
    case 'none':
      return { outcome: 'none', issue: undefined };
    case 'create':
      return {
        outcome: 'created',
        issue: await github.createDriftIssue({ title, body: renderDriftIssueBody(report, render) }),
      };
    case 'update': {
      const body = renderDriftIssueBody(report, render);
      if (decision.issue.body === body && decision.issue.title === title) return { outcome: 'unchanged', issue: decision.issue };
      return { outcome: 'updated', issue: await github.editIssue(decision.issue.number, { title, body }) };
    }
    case 'reopen': {
      const body = renderDriftIssueBody(report, render);
      return {
        outcome: 'reopened',
        issue: await github.editIssue(decision.issue.number, { title, body, state: 'open' }),
      };
    }
    case 'close':
      await github.commentOnIssue(decision.issue.number, renderDriftResolvedComment(report, render));
      await github.editIssue(decision.issue.number, { state: 'closed' });
      return { outcome: 'closed', issue: { ...decision.issue, state: 'closed' } };
    default:
      return assertNever(decision, 'drift issue decision');
  }
}
