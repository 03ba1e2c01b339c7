/**
 * The CLI's commands over src/commands: each loads, decides through the same
 * command functions as the action, prints, and returns its exit code. Which
 * flags each takes is src/cli/command-table.ts; where output goes is
 * src/cli/output-channels.ts.
 */
import { confirmApply, decideApply, runApply } from '../commands/apply.js';
import { loadFolderBaseline } from '../commands/baseline.js';
import { runDrift } from '../commands/drift.js';
import { driftExitCode, EXIT_CODE, failedChecksMessage, planExitCode } from '../commands/exit-codes.js';
import { signInEarly, type EarlyStart } from '../commands/early-sign-in.js';
import { computePlan } from '../commands/plan.js';
import type { Providers } from '../commands/providers.js';
import { availableTestSecrets, testSecretSource } from '../commands/test-secrets.js';
import { validateManifests } from '../commands/validate.js';
import { ConfigurationError } from '../errors.js';
import { NO_FIRST_SEEN } from '../drift/first-seen.js';
import type { DesiredState } from '../model/desired-state.js';
import { renderApplyConsole, renderApplyMarkdown } from '../render/apply-report.js';
import { renderDriftConsole, renderDriftIssueBody, renderDriftSummary } from '../render/drift-issue.js';
import { renderJobSummary } from '../render/job-summary.js';
import { renderPlanComment } from '../render/plan-comment.js';
import { renderPlanConsole } from '../render/plan-console.js';
import { renderPlanJson } from '../render/plan-json.js';
import { planCommentMarker } from '../render/plan-marker.js';
import { consoleText } from '../render/console-text.js';
import type { CliCommand } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import type { CliOptions } from './flags.js';
import { outputChannels, writeRequested, type OutputChannels } from './output-channels.js';
import { printDiagnostics, printFindings } from './print.js';

/** The desired state for plan and apply, or undefined after printing why there is none. */
async function loadValid(options: CliOptions, io: CliIo, channels: OutputChannels): Promise<DesiredState | undefined> {
  const outcome = await validateManifests({
    manifestsDir: options.manifests,
    environment: options.environment,
    requireEnvironment: true,
    cwd: io.cwd,
  });
  if (outcome.desired === undefined) {
    await printDiagnostics(outcome, io, channels, 'text');
    return undefined;
  }
  printFindings(outcome, channels);
  return outcome.desired;
}

/** The providers (and with them the AWS SDK) load only for the commands that reach live state: validate starts without them. */
async function providersFor(desired: DesiredState, options: CliOptions, io: CliIo, early: EarlyStart | undefined): Promise<Providers> {
  const create = io.createProviders ?? (await import('../commands/providers.js')).createProviders;
  return create(desired.environment, {
    env: io.env,
    requestsPerMinute: options.requestsPerMinute,
    concurrency: options.genesysConcurrency,
    ...(early ? { early } : {}),
  });
}

/** The --baseline folder's desired state; a folder given explicitly must load, or the plan stops. */
async function baselineFor(
  options: CliOptions,
  desired: DesiredState,
  io: CliIo,
  channels: OutputChannels,
): Promise<{ baseline?: DesiredState }> {
  if (options.baseline === undefined) return {};
  const outcome = await loadFolderBaseline({
    folder: options.baseline,
    environment: desired.environment.name,
    cwd: io.cwd,
    declaredEnvironment: desired.environment,
  });
  if (outcome.desired === undefined) throw new ConfigurationError(`--baseline: ${outcome.reason}.`);
  channels.problem(consoleText(outcome.message));
  return { baseline: outcome.desired };
}

export const planCommand: CliCommand = async (options, io) => {
  const channels = outputChannels(options, io);
  const early = signInEarly('plan', io.env);
  const desired = await loadValid(options, io, channels);
  if (desired === undefined) return EXIT_CODE.failure;
  const providers = await providersFor(desired, options, io, early);
  const baseline = await baselineFor(options, desired, io, channels);
  const { plan } = await computePlan(desired, providers, {
    prune: options.prune,
    allowDeletingUsedActions: options.allowDeletingUsedActions,
    testSecrets: availableTestSecrets(desired, io.env),
    ...baseline,
  });
  const environment = plan.environment;
  if (options.format === 'json') channels.document(renderPlanJson(plan));
  channels.human(renderPlanConsole(plan, channels.humanStyle));
  await writeRequested(io, channels, options.out, () => renderPlanJson(plan));
  await writeRequested(io, channels, options.markdown, () =>
    renderPlanComment(plan, { marker: planCommentMarker(environment), environment }),
  );
  if (options.markdown !== undefined && options.markdown !== '-') channels.human(`PR comment written to ${options.markdown}`);
  await writeRequested(io, channels, options.summary, () => renderJobSummary(plan, { environment }));
  const failed = failedChecksMessage(plan);
  if (failed !== undefined) channels.problem(failed);
  return planExitCode(plan);
};

export const applyCommand: CliCommand = async (options, io) => {
  const channels = outputChannels(options, io);
  const early = signInEarly('apply', io.env);
  const desired = await loadValid(options, io, channels);
  if (desired === undefined) return EXIT_CODE.failure;
  const providers = await providersFor(desired, options, io, early);
  const outcome = await computePlan(desired, providers, {
    prune: options.prune,
    allowDeletingUsedActions: options.allowDeletingUsedActions,
    testSecrets: availableTestSecrets(desired, io.env),
  });
  channels.human(renderPlanConsole(outcome.plan, channels.humanStyle));
  await writeRequested(io, channels, options.out, () => renderPlanJson(outcome.plan));
  const gate = decideApply(outcome.plan, 'above');
  if (gate.verdict === 'refuse') channels.problem(consoleText(gate.message));
  if (gate.verdict === 'nothing-to-apply') channels.human(consoleText(gate.message));
  if (gate.verdict !== 'apply') return gate.verdict === 'refuse' ? EXIT_CODE.failure : EXIT_CODE.success;
  const confirmation = await confirmApply(desired.environment.name, { yes: options.yes, ask: io.confirm });
  if (!confirmation.confirmed) {
    channels.problem(consoleText(confirmation.message));
    return EXIT_CODE.failure;
  }
  const report = await runApply(outcome, providers, {
    publishStrategy: options.publishStrategy,
    concurrency: options.genesysConcurrency,
    allowDeletingUsedActions: options.allowDeletingUsedActions,
    // Progress lines carry manifest names and Genesys' text (consoleText is idempotent: no double escape).
    log: (line) => channels.human(consoleText(line)),
    testSecrets: testSecretSource(io.env),
  });
  channels.human(renderApplyConsole(report));
  await writeRequested(io, channels, options.summary, () => renderApplyMarkdown(report));
  return report.success ? EXIT_CODE.success : EXIT_CODE.failure;
};

/** Read-only: the plan against live state, every smoke test on the published actions, who changed what drifted. */
export const driftCommand: CliCommand = async (options, io) => {
  const channels = outputChannels(options, io);
  const early = signInEarly('drift', io.env);
  const desired = await loadValid(options, io, channels);
  if (desired === undefined) return EXIT_CODE.failure;
  const { report } = await runDrift(desired, await providersFor(desired, options, io, early), {
    previous: NO_FIRST_SEEN,
    now: () => Date.now(),
    sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    log: (line) => channels.problem(consoleText(line)),
    testSecrets: testSecretSource(io.env),
  });
  if (options.format === 'json') channels.document(`${JSON.stringify(report, null, 2)}\n`);
  channels.human(renderDriftConsole(report));
  await writeRequested(io, channels, options.out, () => `${JSON.stringify(report, null, 2)}\n`);
  await writeRequested(io, channels, options.markdown, () => renderDriftIssueBody(report));
  if (options.markdown !== undefined && options.markdown !== '-') channels.human(`Drift issue body written to ${options.markdown}`);
  await writeRequested(io, channels, options.summary, () => renderDriftSummary(report));
  return driftExitCode(report);
};
