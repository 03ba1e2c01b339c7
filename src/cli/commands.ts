/**
 * The CLI's three commands over src/commands: each loads, decides through
 * the same command functions as the action, prints, and returns its exit code.
 */
import { confirmApply, decideApply, runApply } from '../commands/apply.js';
import { loadFolderBaseline } from '../commands/baseline.js';
import { EXIT_CODE, planExitCode } from '../commands/exit-codes.js';
import { computePlan } from '../commands/plan.js';
import type { Providers } from '../commands/providers.js';
import { validateManifests } from '../commands/validate.js';
import { ConfigurationError } from '../errors.js';
import type { DesiredState } from '../model/desired-state.js';
import { renderApplyConsole, renderApplyMarkdown } from '../render/apply-report.js';
import { renderJobSummary } from '../render/job-summary.js';
import { renderPlanComment } from '../render/plan-comment.js';
import { renderPlanConsole } from '../render/plan-console.js';
import { renderPlanJson } from '../render/plan-json.js';
import { planCommentMarker } from '../render/plan-marker.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './cli-io.js';
import { printDiagnostics, printFindings, writeRequested } from './print.js';

export type CliCommand = (options: CliOptions, io: CliIo) => Promise<number>;

/** The desired state for plan and apply, or undefined after printing why there is none. */
async function loadValid(options: CliOptions, io: CliIo): Promise<DesiredState | undefined> {
  const outcome = await validateManifests({
    manifestsDir: options.manifests,
    environment: options.environment,
    requireEnvironment: true,
    cwd: io.cwd,
  });
  if (outcome.desired === undefined) {
    printDiagnostics(outcome, io, 'text');
    return undefined;
  }
  printFindings(outcome, io);
  return outcome.desired;
}

/** The providers (and with them the AWS SDK) load only for plan and apply: validate starts without them. */
async function providersFor(desired: DesiredState, options: CliOptions, io: CliIo): Promise<Providers> {
  const create = io.createProviders ?? (await import('../commands/providers.js')).createProviders;
  return create(desired.environment, {
    env: io.env,
    requestsPerMinute: options.requestsPerMinute,
    concurrency: options.genesysConcurrency,
  });
}

/** The --baseline folder's desired state; a folder given explicitly must load, or the plan stops. */
async function baselineFor(options: CliOptions, desired: DesiredState, io: CliIo): Promise<{ baseline?: DesiredState }> {
  if (options.baseline === undefined) return {};
  const outcome = await loadFolderBaseline({ folder: options.baseline, environment: desired.environment.name, cwd: io.cwd });
  if (outcome.desired === undefined) throw new ConfigurationError(`--baseline: ${outcome.reason}.`);
  io.err(outcome.message);
  return { baseline: outcome.desired };
}

export const validateCommand: CliCommand = async (options, io) => {
  const outcome = await validateManifests({ manifestsDir: options.manifests, environment: options.environment, cwd: io.cwd });
  printDiagnostics(outcome, io, options.format);
  return outcome.errorCount > 0 ? EXIT_CODE.failure : EXIT_CODE.success;
};

export const planCommand: CliCommand = async (options, io) => {
  const desired = await loadValid(options, io);
  if (desired === undefined) return EXIT_CODE.failure;
  const providers = await providersFor(desired, options, io);
  const { plan } = await computePlan(desired, providers, { prune: options.prune, ...(await baselineFor(options, desired, io)) });
  io.out(renderPlanConsole(plan));
  await writeRequested(io, options.out, () => renderPlanJson(plan));
  const environment = plan.environment;
  await writeRequested(io, options.markdown, () => renderPlanComment(plan, { marker: planCommentMarker(environment), environment }));
  if (options.markdown !== undefined) io.out(`PR comment written to ${options.markdown}`);
  await writeRequested(io, options.summary, () => renderJobSummary(plan, { environment }));
  return planExitCode(plan);
};

export const applyCommand: CliCommand = async (options, io) => {
  const desired = await loadValid(options, io);
  if (desired === undefined) return EXIT_CODE.failure;
  const providers = await providersFor(desired, options, io);
  const outcome = await computePlan(desired, providers, { prune: options.prune });
  io.out(renderPlanConsole(outcome.plan));
  await writeRequested(io, options.out, () => renderPlanJson(outcome.plan));
  const gate = decideApply(outcome.plan, 'above');
  if (gate.verdict === 'refuse') io.err(gate.message);
  if (gate.verdict === 'nothing-to-apply') io.out(gate.message);
  if (gate.verdict !== 'apply') return gate.verdict === 'refuse' ? EXIT_CODE.failure : EXIT_CODE.success;
  const confirmation = await confirmApply(desired.environment.name, { yes: options.yes, ask: io.confirm });
  if (!confirmation.confirmed) {
    io.err(confirmation.message);
    return EXIT_CODE.failure;
  }
  const report = await runApply(outcome, providers, {
    publishStrategy: options.publishStrategy,
    concurrency: options.genesysConcurrency,
    log: (line) => io.out(line),
  });
  io.out(renderApplyConsole(report));
  await writeRequested(io, options.summary, () => renderApplyMarkdown(report));
  return report.success ? EXIT_CODE.success : EXIT_CODE.failure;
};
