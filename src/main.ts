/**
 * The GitHub Action: a thin shell. Reads the inputs and the event, runs the
 * mode's command, and publishes the results (annotations, job summary, the
 * sticky PR comment, labels, outputs). Failures are mapped to setFailed in
 * one place; secrets are masked as soon as they are read.
 */
import * as core from '@actions/core';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { applyPlan, liveApplyDependencies } from './apply/apply-plan.js';
import type { ApplyReport } from './apply/apply-report.js';
import { computePlan } from './commands/plan.js';
import { createProviders, hasGenesysCredentials, type Providers } from './commands/providers.js';
import { validateManifests, type ValidationOutcome } from './commands/validate.js';
import { ApplyFailedError, ConfigurationError, isExpectedError, ManifestError, StalePlanError } from './errors.js';
import { createGitHubClient, type GitHubClient } from './github/github-client.js';
import { syncPlanLabels } from './github/plan-labels.js';
import { findMergedPullRequestForCommit, readPlanCommentFingerprint } from './github/reviewed-plan.js';
import { upsertStickyComment } from './github/sticky-comment.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { selectAnnotations } from './render/diagnostics-annotations.js';
import { renderDiagnosticsMarkdown } from './render/diagnostics-markdown.js';
import type { DesiredState } from './model/desired-state.js';
import type { Plan } from './plan/types.js';
import { renderApplyConsole, renderApplyMarkdown } from './render/apply-report.js';
import { renderJobSummary } from './render/job-summary.js';
import { renderPlanComment } from './render/plan-comment.js';
import { renderPlanConsole } from './render/plan-console.js';
import { renderPlanJson } from './render/plan-json.js';
import { planCommentMarker } from './render/plan-marker.js';
import { readRunContext, resolveMode, type RunContext } from './run-context.js';

const GENESYS_SECRET_VARIABLES = ['GENESYSCLOUD_OAUTHCLIENT_SECRET', 'GENESYSCLOUD_OAUTHCLIENT_ID'];

async function readEventPayload(): Promise<unknown> {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    core.warning(`Could not read the event payload at ${path}; treating this run as a plain validate.`);
    return {};
  }
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = process.env;
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}

function publishDiagnostics(outcome: ValidationOutcome): void {
  const { selected, omittedCount } = selectAnnotations(outcome.diagnostics, { perSeverityCap: 10 });
  for (const diagnostic of selected) {
    const properties = {
      title: diagnostic.code,
      file: diagnostic.file,
      startLine: diagnostic.start.line,
      startColumn: diagnostic.start.column,
      endLine: diagnostic.end.line,
      ...(diagnostic.end.line === diagnostic.start.line ? { endColumn: diagnostic.end.column } : {}),
    };
    if (diagnostic.severity === 'error') core.error(diagnostic.message, properties);
    else core.warning(diagnostic.message, properties);
  }
  if (omittedCount > 0) core.notice(`+${omittedCount} more findings in the job summary (GitHub shows at most 10 annotations of each kind per step).`);
  core.setOutput('errors', outcome.errorCount);
  core.setOutput('warnings', outcome.warningCount);
}

async function writePlanFile(plan: Plan, inputs: ActionInputs): Promise<string> {
  const path = inputs.planFile ?? join(process.env.RUNNER_TEMP ?? process.cwd(), 'genesys-lambda-gitops', `plan-${plan.environment}.json`);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, renderPlanJson(plan), 'utf8');
  return path;
}

function githubClient(inputs: ActionInputs): GitHubClient | undefined {
  if (!inputs.githubToken) return undefined;
  return createGitHubClient(inputs.githubToken);
}

async function runPlanMode(desired: DesiredState, providers: Providers, inputs: ActionInputs, context: RunContext): Promise<void> {
  const { plan } = await computePlan(desired, providers, { prune: inputs.prune });
  core.info(renderPlanConsole(plan));
  const planPath = await writePlanFile(plan, inputs);
  await core.summary.addRaw(renderJobSummary(plan, { environment: plan.environment })).write();
  core.setOutput('has-changes', String(plan.summary.hasChanges));
  core.setOutput('plan-json', planPath);
  core.setOutput('summary', JSON.stringify(plan.summary));

  const github = githubClient(inputs);
  if (!github || context.pullRequestNumber === undefined) return;
  const target = { owner: context.owner, repo: context.repo, issueNumber: context.pullRequestNumber };
  if (inputs.comment) {
    const body = renderPlanComment(plan, {
      marker: planCommentMarker(plan.environment),
      environment: plan.environment,
      fullPlanLocation: 'the plan file (`plan-json` output of this step)',
      ...(runUrl() ? { runUrl: runUrl()! } : {}),
    });
    const result = await upsertStickyComment(github, { ...target, marker: planCommentMarker(plan.environment), body });
    core.setOutput('comment-id', String(result.commentId));
    core.info(`Plan comment ${result.action} (#${result.commentId}).`);
  }
  if (inputs.labels) {
    const labels = await syncPlanLabels(github, target, plan);
    if (labels.status === 'forbidden') core.warning(`Labels not set: ${labels.message}`);
  }
}

/** Compares the apply-time plan with the one posted on the merged pull request. */
async function checkReviewedPlan(plan: Plan, inputs: ActionInputs, context: RunContext): Promise<void> {
  const github = githubClient(inputs);
  const difference = async (): Promise<string | undefined> => {
    if (!github) return 'no github-token: the reviewed plan cannot be found';
    const pullRequest = await findMergedPullRequestForCommit(github, context.owner, context.repo, context.sha);
    if (pullRequest === undefined) return `no merged pull request found for commit ${context.sha}`;
    const reviewed = await readPlanCommentFingerprint(github, {
      owner: context.owner,
      repo: context.repo,
      issueNumber: pullRequest.number,
      marker: planCommentMarker(plan.environment),
    });
    if (reviewed === undefined) return `pull request #${pullRequest.number} has no plan comment for ${plan.environment}`;
    if (reviewed.fingerprint !== plan.fingerprint) {
      const short = (fingerprint: string) => fingerprint.replace(/^sha256:/, '').slice(0, 12);
      return `the plan now (${short(plan.fingerprint)}) differs from the plan reviewed on pull request #${pullRequest.number} (${short(reviewed.fingerprint)}): the manifests or live state changed since`;
    }
    return undefined;
  };
  const problem = await difference();
  if (problem === undefined) {
    core.info('The plan matches the plan reviewed on the merged pull request.');
    return;
  }
  if (inputs.requireReviewedPlan) throw new StalePlanError(`Refusing to apply: ${problem}. Nothing was applied.`);
  core.warning(`Reviewed-plan check: ${problem}. Applying the current plan (set require-reviewed-plan: true to refuse instead).`);
}

async function commentApplyResult(report: ApplyReport, inputs: ActionInputs, context: RunContext): Promise<void> {
  const github = githubClient(inputs);
  if (!github || !inputs.comment) return;
  const pullRequest = await findMergedPullRequestForCommit(github, context.owner, context.repo, context.sha);
  if (pullRequest === undefined) return;
  const marker = `genesys-lambda-gitops:apply env=${encodeURIComponent(report.environment)}`;
  await upsertStickyComment(github, {
    owner: context.owner,
    repo: context.repo,
    issueNumber: pullRequest.number,
    marker,
    body: `<!-- ${marker} -->\n${renderApplyMarkdown(report, runUrl() ? { runUrl: runUrl()! } : {})}`,
  });
}

async function runApplyMode(desired: DesiredState, providers: Providers, inputs: ActionInputs, context: RunContext): Promise<void> {
  const { plan, observed } = await computePlan(desired, providers, { prune: inputs.prune });
  core.info(renderPlanConsole(plan));
  const planPath = await writePlanFile(plan, inputs);
  core.setOutput('plan-json', planPath);
  core.setOutput('has-changes', String(plan.summary.hasChanges));
  core.setOutput('summary', JSON.stringify(plan.summary));
  if (plan.summary.failedChecks > 0) {
    await core.summary.addRaw(renderJobSummary(plan, { environment: plan.environment })).write();
    throw new ConfigurationError(`Refusing to apply: ${plan.summary.failedChecks} cross-system check(s) failed (see the job summary). Nothing was applied.`);
  }
  if (!plan.summary.hasChanges) {
    core.info('No changes: live state already matches the manifests. Nothing to apply.');
    await core.summary.addRaw(renderJobSummary(plan, { environment: plan.environment })).write();
    core.setOutput('applied', '[]');
    core.setOutput('smoke-results', '[]');
    return;
  }
  if (context.eventName === 'push') await checkReviewedPlan(plan, inputs, context);
  const report = await applyPlan(plan, desired, observed, liveApplyDependencies(providers, (line) => core.info(line)), {
    publishStrategy: inputs.publishStrategy,
  });
  core.info(renderApplyConsole(report));
  await core.summary.addRaw(renderApplyMarkdown(report, runUrl() ? { runUrl: runUrl()! } : {})).write();
  core.setOutput('applied', JSON.stringify(report.steps));
  core.setOutput('smoke-results', JSON.stringify(report.smokeTests));
  await commentApplyResult(report, inputs, context).catch((error: unknown) => {
    core.warning(`Could not comment on the merged pull request: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!report.success) throw new ApplyFailedError('Apply failed; the job summary lists what was applied and what was not.');
}

/** The action's entry: never throws; failures end in exactly one setFailed. */
export async function run(): Promise<void> {
  try {
    for (const name of GENESYS_SECRET_VARIABLES) {
      const value = process.env[name];
      if (value) core.setSecret(value);
    }
    const inputs = parseInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    const context = readRunContext({
      eventName: process.env.GITHUB_EVENT_NAME ?? '',
      ref: process.env.GITHUB_REF ?? '',
      sha: process.env.GITHUB_SHA ?? '',
      repository: process.env.GITHUB_REPOSITORY ?? '',
      payload: await readEventPayload(),
    });
    let mode = resolveMode(inputs.mode, context);
    core.setOutput('mode', mode);

    const outcome = await validateManifests({ manifestsDir: inputs.manifests, environment: inputs.environment, requireEnvironment: mode !== 'validate' });
    publishDiagnostics(outcome);
    if (outcome.errorCount > 0 || !outcome.desired) {
      await core.summary.addRaw(renderDiagnosticsMarkdown(outcome.diagnostics)).write();
      throw new ManifestError(`${outcome.errorCount} error(s) in the manifests; nothing was planned or applied.`, outcome.errorCount);
    }
    core.info(`Manifests are valid: ${outcome.fileCount} file(s), ${outcome.warningCount} warning(s).`);

    if (mode === 'plan' && (context.isFork || !hasGenesysCredentials(process.env))) {
      const why = context.isFork
        ? 'this pull request comes from a fork, so the workflow has no secrets and a read-only token'
        : 'GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET are not set';
      core.notice(`Plan skipped, validated only: ${why}.`);
      mode = 'validate';
      core.setOutput('mode', mode);
    }
    if (mode === 'validate' || outcome.diagnostics.length > 0) {
      await core.summary.addRaw(renderDiagnosticsMarkdown(outcome.diagnostics)).write();
    }
    if (mode === 'validate') return;

    const desired = outcome.desired;
    const providers = createProviders(desired.environment, {
      env: process.env,
      requestsPerMinute: inputs.genesysRequestsPerMinute,
      onSecret: (secret) => core.setSecret(secret),
      debug: (line) => core.debug(line),
      warning: (line) => core.warning(line),
    });
    if (mode === 'plan') await runPlanMode(desired, providers, inputs, context);
    else await runApplyMode(desired, providers, inputs, context);
  } catch (error) {
    if (isExpectedError(error)) {
      core.setFailed(error.message);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof Error && error.stack) core.debug(error.stack);
      core.setFailed(message);
    }
  }
}
