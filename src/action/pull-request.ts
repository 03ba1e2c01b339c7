/**
 * The action's conversation with pull requests: the plan comment and labels
 * on the pull request being planned; on merge, the reviewed plan's
 * fingerprint and the apply-result comment; and the base commit's
 * manifests as the drift baseline.
 */
import type { ApplyReport } from '../apply/apply-report.js';
import { loadPullRequestBaseline } from '../commands/baseline.js';
import type { ReviewedPlanLookup } from '../commands/reviewed-plan.js';
import { applyCommentMarker, withMarkerLine } from '../github/comment-markers.js';
import type { GitHubGateway } from '../github/github-gateway.js';
import type { DesiredEnvironment, DesiredState } from '../model/desired-state.js';
import type { Plan } from '../plan/types.js';
import { renderApplyMarkdown } from '../render/apply-report.js';
import { renderPlanComment } from '../render/plan-comment.js';
import { planCommentMarker } from '../render/plan-marker.js';
import type { ActionSession } from './action-session.js';
import { sourceLinksOf } from './source-links.js';

/** Where the plan comment says the plan file is, when it has to leave detail out. */
export const PLAN_FILE_LOCATION = 'plan-json output of this step';

/** The sticky plan comment (when `comment`) and the gitops:* labels (when `labels`). */
export async function publishPlanOnPullRequest(
  session: ActionSession,
  github: GitHubGateway,
  pullRequest: number,
  plan: Plan,
): Promise<void> {
  const { io, inputs, context } = session;
  if (inputs.comment) {
    const marker = planCommentMarker(plan.environment);
    const body = renderPlanComment(plan, {
      marker,
      environment: plan.environment,
      // The renderer says "the plan file (…)": this names where it is.
      fullPlanLocation: PLAN_FILE_LOCATION,
      ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
      ...sourceLinksOf(context),
    });
    const result = await github.upsertComment(pullRequest, marker, body);
    io.setOutput('comment-id', String(result.commentId));
    io.info(`Plan comment ${result.action} (#${result.commentId}).`);
  }
  if (inputs.labels) {
    const labels = await github.syncPlanLabels(pullRequest, plan);
    if (labels.status === 'forbidden') io.annotate('warning', `Labels not set: ${labels.message}`);
  }
}

/** What GitHub says about the plan reviewed for commit `sha`. */
export async function lookUpReviewedPlan(github: GitHubGateway | undefined, sha: string, environment: string): Promise<ReviewedPlanLookup> {
  if (github === undefined) return { found: 'no-token' };
  const pullRequest = await github.findMergedPullRequest(sha);
  if (pullRequest === undefined) return { found: 'no-merged-pull-request', sha };
  const fingerprint = await github.readPlanFingerprint(pullRequest.number, environment);
  if (fingerprint === undefined) return { found: 'no-plan-comment', pullRequest: pullRequest.number };
  return { found: 'fingerprint', pullRequest: pullRequest.number, fingerprint };
}

/** The apply result as one comment on the merged pull request; a failure here is only a warning. */
export async function commentApplyResult(session: ActionSession, report: ApplyReport): Promise<void> {
  const { github, inputs, context, io } = session;
  if (github === undefined || !inputs.comment) return;
  try {
    const pullRequest = await github.findMergedPullRequest(context.sha);
    if (pullRequest === undefined) return;
    const marker = applyCommentMarker(report.environment);
    const markdown = renderApplyMarkdown(report, context.runUrl === undefined ? {} : { runUrl: context.runUrl });
    await github.upsertComment(pullRequest.number, marker, withMarkerLine(marker, markdown));
  } catch (error) {
    io.annotate('warning', `Could not comment on the merged pull request: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The base commit's desired state for `environment`, or undefined (said in a notice) when there is none to use;
 * an empty one when the base declares nothing for `declaredEnvironment` (everything live is then adopted).
 */
export async function readPullRequestBaseline(
  session: ActionSession,
  environment: string,
  declaredEnvironment?: DesiredEnvironment,
): Promise<DesiredState | undefined> {
  const { io, github, context, inputs, env, cwd } = session;
  if (context.pullRequestBaseSha === undefined) {
    io.debug('No pull request base commit: planning without a drift baseline.');
    return undefined;
  }
  const baseline = await loadPullRequestBaseline(
    github === undefined ? undefined : (commit, folder) => github.listFilesAt(commit, folder),
    {
      baseSha: context.pullRequestBaseSha,
      workspace: env.GITHUB_WORKSPACE || cwd,
      cwd,
      manifests: inputs.manifests,
      environment,
      ...(declaredEnvironment === undefined ? {} : { declaredEnvironment }),
    },
  );
  if (baseline.desired === undefined) io.annotate('notice', baseline.message);
  else io.info(baseline.message);
  return baseline.desired;
}
