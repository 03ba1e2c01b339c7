/**
 * Pull request labels that summarize a plan, so that reviewers and branch
 * rules can see the outcome without opening the comment. Only labels of
 * this tool are ever added or removed.
 */
import type { Plan } from '../plan/types.js';
import type { GitHubClient } from './github-client.js';
import { httpStatusOf } from './github-client.js';

export const PLAN_LABELS = {
  noChanges: 'gitops:no-changes',
  changes: 'gitops:changes',
  destroy: 'gitops:destroy',
  permissionsBroadened: 'gitops:permissions-broadened',
  breakingContract: 'gitops:breaking-contract',
  usedByFlows: 'gitops:used-by-flows',
} as const;

const OUR_LABELS: readonly string[] = Object.values(PLAN_LABELS);

/** The labels a plan calls for (pure). `destroy` covers replaces too: both delete a live resource. */
export function planLabels(plan: Plan): string[] {
  const labels: string[] = [plan.summary.hasChanges ? PLAN_LABELS.changes : PLAN_LABELS.noChanges];
  if (plan.summary.hasDeletes) labels.push(PLAN_LABELS.destroy);
  if (plan.summary.permissionsBroadened) labels.push(PLAN_LABELS.permissionsBroadened);
  if (plan.summary.breakingContract) labels.push(PLAN_LABELS.breakingContract);
  // Published Architect flows call an action this plan replaces or deletes: a reviewer should look at them.
  if ((plan.summary.consumingFlows ?? 0) > 0) labels.push(PLAN_LABELS.usedByFlows);
  return labels;
}

export type LabelSyncResult =
  | { status: 'synced'; added: string[]; removed: string[]; labels: string[] }
  /** The token may not write labels (fork pull requests, read-only permissions): a warning, not a failure. */
  | { status: 'forbidden'; message: string };

/** Adds the plan's labels and removes stale labels of ours; other labels stay. */
export async function syncPlanLabels(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number },
  plan: Plan,
): Promise<LabelSyncResult> {
  const wanted = planLabels(plan);
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber };
  try {
    const current = (await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...params, per_page: 100 })).map((item) => item.name);
    const added = wanted.filter((name) => !current.includes(name));
    const removed = current.filter((name) => OUR_LABELS.includes(name) && !wanted.includes(name));
    if (added.length > 0) await octokit.rest.issues.addLabels({ ...params, labels: added });
    for (const name of removed) {
      try {
        await octokit.rest.issues.removeLabel({ ...params, name });
      } catch (error) {
        // Someone removed it meanwhile: the outcome is what we wanted.
        if (httpStatusOf(error) !== 404) throw error;
      }
    }
    const labels = [...current.filter((name) => !removed.includes(name)), ...added];
    return { status: 'synced', added, removed, labels };
  } catch (error) {
    if (httpStatusOf(error) === 403) {
      return {
        status: 'forbidden',
        message:
          'The token may not write pull request labels (grant `pull-requests: write`, or this is a pull request from a fork); labels were not updated.',
      };
    }
    throw error;
  }
}
