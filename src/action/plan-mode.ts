/**
 * plan (pull requests): the plan with the base commit as drift baseline,
 * published to the run and the pull request; a plan with a failed check then
 * fails the job (after everything is published, so the reviewer sees why).
 */
import { failedChecksMessage } from '../commands/exit-codes.js';
import { computePlan } from '../commands/plan.js';
import type { Providers } from '../commands/providers.js';
import { availableTestSecrets } from '../commands/test-secrets.js';
import { FailedChecksError } from '../errors.js';
import type { DesiredState } from '../model/desired-state.js';
import { renderJobSummary } from '../render/job-summary.js';
import { planFileOf, type ActionSession } from './action-session.js';
import { publishPlan } from './publish.js';
import { publishPlanOnPullRequest, readPullRequestBaseline } from './pull-request.js';
import { sourceLinksOf } from './source-links.js';

export async function runPlanMode(session: ActionSession, desired: DesiredState, providers: Providers): Promise<void> {
  const { io, inputs, context, github } = session;
  const baseline = await readPullRequestBaseline(session, desired.environment.name, desired.environment);
  const { plan } = await computePlan(desired, providers, {
    prune: inputs.prune,
    allowDeletingUsedActions: inputs.allowDeletingUsedActions,
    testSecrets: availableTestSecrets(desired, session.env),
    ...(baseline === undefined ? {} : { baseline }),
  });
  await publishPlan(io, plan, planFileOf(session, plan.environment));
  await io.appendSummary(renderJobSummary(plan, { environment: plan.environment, ...sourceLinksOf(context) }));
  if (github !== undefined && context.pullRequestNumber !== undefined)
    await publishPlanOnPullRequest(session, github, context.pullRequestNumber, plan);
  const failed = failedChecksMessage(plan);
  if (failed !== undefined) throw new FailedChecksError(failed);
}
