/**
 * The GitHub Action: a thin shell. Reads the inputs and the event, decides
 * the mode (src/commands), runs it, and fails in exactly one place. Every
 * runner interaction goes through ActionIo and every GitHub call through
 * GitHubGateway, so tests run this in-process; secrets are masked as soon as
 * they are read.
 */
import { coreActionIo, type ActionIo } from './action/action-io.js';
import type { RunClock } from './action/action-session.js';
import { runApplyMode } from './action/apply-mode.js';
import { runDriftMode } from './action/drift-mode.js';
import { runPlanMode } from './action/plan-mode.js';
import { publishValidation } from './action/publish.js';
import { writeSarifFile } from './action/sarif-file.js';
import { startSession } from './action/start-session.js';
import { describeFailure } from './commands/failure.js';
import { signInEarly } from './commands/early-sign-in.js';
import { decideMode } from './commands/mode.js';
import { createProviders, hasGenesysCredentials } from './commands/providers.js';
import { validateManifests } from './commands/validate.js';
import { renderDiagnosticsMarkdown } from './render/diagnostics-markdown.js';
import { resolveMode } from './run-context.js';
import { boundRegExpBacktracking } from './regexp-backtracking.js';

/** The runner (or a test) the action runs in. */
export interface ActionRuntime {
  io: ActionIo;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Provider factory, replaceable in tests that make sleeps instant. */
  createProviders?: typeof createProviders;
  /** The clock the run's own waits use (default the wall clock). */
  clock?: RunClock;
}

const RUN_MODES = { plan: runPlanMode, apply: runApplyMode, drift: runDriftMode } as const;

/** The action's entry: never throws; failures end in exactly one setFailed. */
export async function run(runtime: ActionRuntime = { io: coreActionIo(), env: process.env, cwd: process.cwd() }): Promise<void> {
  const { io, env, cwd } = runtime;
  boundRegExpBacktracking();
  try {
    const session = await startSession(runtime);
    const requested = resolveMode(session.inputs.mode, session.context);
    io.setOutput('mode', requested);
    const { manifests, environment, genesysRequestsPerMinute: requestsPerMinute } = session.inputs;
    const { mode, notice } = decideMode(requested, session.context, hasGenesysCredentials(env));
    const early = signInEarly(mode, env);
    const validation = await validateManifests({ manifestsDir: manifests, environment, requireEnvironment: requested !== 'validate', cwd });
    await writeSarifFile(session, validation);
    const desired = await publishValidation(io, validation);
    if (notice !== undefined) io.annotate('notice', notice);
    if (mode !== requested) io.setOutput('mode', mode);
    if (mode === 'validate' || validation.diagnostics.length > 0) await io.appendSummary(renderDiagnosticsMarkdown(validation.diagnostics));
    if (mode === 'validate') return;
    const providers = (runtime.createProviders ?? createProviders)(desired.environment, {
      env,
      requestsPerMinute,
      concurrency: session.inputs.genesysConcurrency,
      onSecret: (secret) => io.setSecret(secret),
      debug: (line) => io.debug(line),
      warning: (line) => io.annotate('warning', line),
      ...(early ? { early } : {}),
    });
    await RUN_MODES[mode](session, desired, providers);
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.stack !== undefined) io.debug(failure.stack);
    io.setFailed(failure.message);
  }
}
