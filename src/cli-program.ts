/**
 * The CLI: `genesys-lambda-gitops validate|plan|apply`. A thin shell over
 * src/commands: parses arguments, prints, writes the files asked for, and
 * maps outcomes to exit codes. Takes its I/O as parameters so tests can run
 * it in-process.
 *
 * Exit codes: validate 0 clean / 1 errors / 2 usage; plan 0 no changes /
 * 2 changes / 1 error (like `terraform plan -detailed-exitcode`); apply 0
 * success / 1 failure.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { applyPlan, liveApplyDependencies } from './apply/apply-plan.js';
import { computePlan } from './commands/plan.js';
import { createProviders, type Providers } from './commands/providers.js';
import { validateManifests, type ValidationOutcome } from './commands/validate.js';
import { formatDiagnostic } from './diagnostics/diagnostic.js';
import { isExpectedError } from './errors.js';
import type { DesiredEnvironment } from './model/desired-state.js';
import { renderApplyConsole, renderApplyMarkdown } from './render/apply-report.js';
import { renderJobSummary } from './render/job-summary.js';
import { renderPlanComment } from './render/plan-comment.js';
import { renderPlanConsole } from './render/plan-console.js';
import { renderPlanJson } from './render/plan-json.js';
import { planCommentMarker } from './render/plan-marker.js';

/** Where the CLI reads and writes; the real process in cli.ts, captured streams in tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Asks a yes/no question on an interactive terminal; undefined when there is none. */
  confirm?: (question: string) => Promise<boolean>;
  /** Provider factory, replaceable in tests that point at other endpoints. */
  createProviders?: typeof createProviders;
}

const USAGE = `Usage: genesys-lambda-gitops <command> [options]

Commands:
  validate   Check the manifests (no network). Exit 0 clean, 1 errors, 2 usage.
  plan       Compare the manifests with live AWS IAM and Genesys Cloud.
             Exit 0 no changes, 2 changes, 1 error.
  apply      Make live state match the manifests, then smoke-test changed data actions.
             Exit 0 success, 1 failure.

Options:
  --manifests DIR          Folder holding the manifests (default: genesys)
  --environment NAME       Environment manifest to use (default: the only one)
  --format text|json       validate: output format (default: text)
  --out FILE               plan/apply: write the plan as JSON
  --markdown FILE          plan: write the PR comment it would post
  --summary FILE           plan/apply: write the job summary (markdown)
  --prune                  plan/apply: delete owned resources no longer declared
  --publish-strategy S     apply: draft (default) or direct
  --yes                    apply: do not ask for confirmation
  --requests-per-minute N  Genesys client-side rate limit (default 300)
  -h, --help               Show this help

Credentials: AWS from the default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, …;
AWS_ENDPOINT_URL honoured); Genesys from GENESYSCLOUD_OAUTHCLIENT_ID,
GENESYSCLOUD_OAUTHCLIENT_SECRET, GENESYSCLOUD_REGION (and
GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL for a proxy or the sandbox).`;

class UsageError extends Error {}

function parseCommandLine(argv: readonly string[]) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      manifests: { type: 'string', default: 'genesys' },
      environment: { type: 'string' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      markdown: { type: 'string' },
      summary: { type: 'string' },
      prune: { type: 'boolean', default: false },
      'publish-strategy': { type: 'string', default: 'draft' },
      yes: { type: 'boolean', default: false },
      'requests-per-minute': { type: 'string', default: '300' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (positionals.length > 1) throw new UsageError(`unexpected argument '${positionals[1]}'`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`invalid --format '${values.format}'; expected text|json`);
  const strategy = values['publish-strategy'];
  if (strategy !== 'draft' && strategy !== 'direct') throw new UsageError(`invalid --publish-strategy '${strategy}'; expected draft|direct`);
  const requestsPerMinute = Number(values['requests-per-minute']);
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
    throw new UsageError(`invalid --requests-per-minute '${values['requests-per-minute']}'; expected a positive whole number`);
  }
  return {
    command,
    help: values.help,
    manifests: values.manifests,
    environment: values.environment,
    format: values.format,
    out: values.out,
    markdown: values.markdown,
    summary: values.summary,
    prune: values.prune,
    publishStrategy: strategy,
    yes: values.yes,
    requestsPerMinute,
  } as const;
}

type Options = ReturnType<typeof parseCommandLine>;

function printDiagnostics(outcome: ValidationOutcome, io: CliIo, format: 'text' | 'json'): void {
  if (format === 'json') {
    io.out(JSON.stringify({ errorCount: outcome.errorCount, warningCount: outcome.warningCount, diagnostics: outcome.diagnostics }, null, 2));
    return;
  }
  for (const diagnostic of outcome.diagnostics) io.err(formatDiagnostic(diagnostic));
  const summary = `${outcome.fileCount} file(s) checked: ${outcome.errorCount} error(s), ${outcome.warningCount} warning(s)`;
  (outcome.errorCount > 0 ? io.err : io.out)(summary);
}

async function writeOutput(path: string, text: string, io: CliIo): Promise<void> {
  const absolute = path.startsWith('/') ? path : `${io.cwd}/${path}`;
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, text, 'utf8');
}

async function loadValid(options: Options, io: CliIo) {
  const outcome = await validateManifests({ manifestsDir: options.manifests, environment: options.environment, requireEnvironment: true, cwd: io.cwd });
  if (outcome.errorCount > 0 || !outcome.desired) {
    printDiagnostics(outcome, io, 'text');
    return undefined;
  }
  for (const diagnostic of outcome.diagnostics) io.err(formatDiagnostic(diagnostic));
  return outcome.desired;
}

function providersFor(environment: DesiredEnvironment, options: Options, io: CliIo): Providers {
  const factory = io.createProviders ?? createProviders;
  return factory(environment, { env: io.env, requestsPerMinute: options.requestsPerMinute });
}

async function runPlanCommand(options: Options, io: CliIo): Promise<number> {
  const desired = await loadValid(options, io);
  if (!desired) return 1;
  const { plan } = await computePlan(desired, providersFor(desired.environment, options, io), { prune: options.prune });
  io.out(renderPlanConsole(plan));
  if (options.out) await writeOutput(options.out, renderPlanJson(plan), io);
  if (options.markdown) {
    await writeOutput(options.markdown, renderPlanComment(plan, { marker: planCommentMarker(desired.environment.name), environment: desired.environment.name }), io);
    io.out(`PR comment written to ${options.markdown}`);
  }
  if (options.summary) await writeOutput(options.summary, renderJobSummary(plan, { environment: desired.environment.name }), io);
  return plan.summary.hasChanges ? 2 : 0;
}

async function runApplyCommand(options: Options, io: CliIo): Promise<number> {
  const desired = await loadValid(options, io);
  if (!desired) return 1;
  const providers = providersFor(desired.environment, options, io);
  const { plan, observed } = await computePlan(desired, providers, { prune: options.prune });
  io.out(renderPlanConsole(plan));
  if (options.out) await writeOutput(options.out, renderPlanJson(plan), io);
  if (plan.summary.failedChecks > 0) {
    io.err(`Refusing to apply: ${plan.summary.failedChecks} cross-system check(s) failed (see above). Nothing was applied.`);
    return 1;
  }
  if (!plan.summary.hasChanges) {
    io.out('No changes. Nothing to apply.');
    return 0;
  }
  if (!options.yes) {
    const question = `Apply these changes to environment ${desired.environment.name}? Only 'yes' is accepted: `;
    if (!io.confirm) {
      io.err('Refusing to apply without confirmation: pass --yes (no interactive terminal to ask on). Nothing was applied.');
      return 1;
    }
    if (!(await io.confirm(question))) {
      io.err('Apply cancelled. Nothing was applied.');
      return 1;
    }
  }
  const report = await applyPlan(plan, desired, observed, liveApplyDependencies(providers, (line) => io.out(line)), {
    publishStrategy: options.publishStrategy,
  });
  io.out(renderApplyConsole(report));
  if (options.summary) await writeOutput(options.summary, renderApplyMarkdown(report), io);
  return report.success ? 0 : 1;
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: Options;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    io.err(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options.help || options.command === undefined) {
    (options.help ? io.out : io.err)(USAGE);
    return options.help ? 0 : 2;
  }
  try {
    switch (options.command) {
      case 'validate': {
        const outcome = await validateManifests({ manifestsDir: options.manifests, environment: options.environment, cwd: io.cwd });
        printDiagnostics(outcome, io, options.format);
        return outcome.errorCount > 0 ? 1 : 0;
      }
      case 'plan':
        return await runPlanCommand(options, io);
      case 'apply':
        return await runApplyCommand(options, io);
      default:
        io.err(`error: unknown command '${options.command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (isExpectedError(error)) {
      io.err(`error: ${error.message}`);
    } else {
      // Unexpected: a bug or an outside failure. One line, no stack (set DEBUG=1 for it).
      const message = error instanceof Error ? error.message : String(error);
      io.err(`error: ${message}`);
      if (io.env.DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    }
    return 1;
  }
}
