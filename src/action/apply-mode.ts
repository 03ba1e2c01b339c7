/**
 * apply (push to the default branch): re-plan, pass the apply gate and, on a
 * push, the reviewed-plan check, then apply, publish the report and comment
 * it on the merged pull request. Every refusal comes before the first write.
 */
import { applyFailureLine } from '../apply/apply-failure-line.js';
import { decideApply, runApply } from '../commands/apply.js';
import { computePlan } from '../commands/plan.js';
import type { Providers } from '../commands/providers.js';
import { availableTestSecrets, testSecretSource } from '../commands/test-secrets.js';
import { reviewedPlanVerdict } from '../commands/reviewed-plan.js';
import { ApplyFailedError, ConfigurationError, StalePlanError } from '../errors.js';
import type { DesiredState } from '../model/desired-state.js';
import type { Plan } from '../plan/types.js';
import { renderJobSummary } from '../render/job-summary.js';
import { planFileOf, type ActionSession } from './action-session.js';
import { publishApplyReport, publishNothingApplied, publishPlan } from './publish.js';
import { commentApplyResult, lookUpReviewedPlan } from './pull-request.js';
import { sourceLinksOf } from './source-links.js';

/** Refuses (StalePlanError) or warns when the plan is not the one reviewed on the merged pull request. */
async function checkReviewedPlan(session: ActionSession, plan: Plan): Promise<void> {
  const lookup = await lookUpReviewedPlan(session.github, session.context.sha, plan.environment);
  const verdict = reviewedPlanVerdict(plan, lookup, session.inputs.requireReviewedPlan);
  if (verdict.verdict === 'refuse') throw new StalePlanError(verdict.message);
  if (verdict.verdict === 'warn') session.io.annotate('warning', verdict.message);
  else session.io.info(verdict.message);
}

export async function runApplyMode(session: ActionSession, desired: DesiredState, providers: Providers): Promise<void> {
  const { io, inputs, context } = session;
  const outcome = await computePlan(desired, providers, {
    prune: inputs.prune,
    allowDeletingUsedActions: inputs.allowDeletingUsedActions,
    testSecrets: availableTestSecrets(desired, session.env),
  });
  const { plan } = outcome;
  await publishPlan(io, plan, planFileOf(session, plan.environment));
  const gate = decideApply(plan, 'the job summary');
  if (gate.verdict !== 'apply') {
    await io.appendSummary(renderJobSummary(plan, { environment: plan.environment, ...sourceLinksOf(context) }));
    if (gate.verdict === 'refuse') throw new ConfigurationError(gate.message);
    io.info(gate.message);
    publishNothingApplied(io);
    return;
  }
  if (context.eventName === 'push') await checkReviewedPlan(session, plan);
  const report = await runApply(outcome, providers, {
    publishStrategy: inputs.publishStrategy,
    allowDeletingUsedActions: inputs.allowDeletingUsedActions,
    concurrency: inputs.genesysConcurrency,
    log: (line) => io.info(line),
    testSecrets: testSecretSource(session.env, (value) => io.setSecret(value)),
  });
  await publishApplyReport(io, report, context.runUrl);
  await commentApplyResult(session, report);
  if (!report.success) throw new ApplyFailedError(applyFailureLine(report, 'the job summary'));
}
