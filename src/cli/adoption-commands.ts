/**
 * The CLI's adoption commands over src/commands: `import` (Genesys UI
 * exports → DataAction manifests) and `export` (a live org → a manifest
 * folder). Each checks its flags, runs the command, prints, and returns its
 * exit code.
 */
import { EXIT_CODE } from '../commands/exit-codes.js';
import { exportOrg } from '../commands/export.js';
import { formatImportFinding, importUiExports } from '../commands/import.js';
import { InputError } from '../errors.js';
import { plural } from '../render/markdown-text.js';
import { consoleText } from '../render/console-text.js';
import type { CliOptions } from './flags.js';
import type { CliIo } from './cli-io.js';
import type { CliCommand } from './cli-command.js';

export const importCommand: CliCommand = async (options: CliOptions, io: CliIo) => {
  if (options.files.length === 0) throw new InputError('import: name the export files to import (<Name>.custom.json …)');
  const [integration, ...others] = options.integrations;
  if (integration === undefined || others.length > 0)
    throw new InputError('import: --integration NAME is required, once: the Integration manifest the imported actions belong to');
  if (options.out === '-') throw new InputError('import: --out is a folder; standard output (-) cannot hold manifest files');
  const out = options.out ?? options.manifests;
  const outcome = await importUiExports({
    files: options.files,
    integration,
    out,
    cwd: io.cwd,
    ...(options.functionArn === undefined ? {} : { functionArn: options.functionArn }),
  });
  // Findings and paths carry names from the export files: one console line each.
  for (const finding of outcome.findings) io.err(consoleText(formatImportFinding(finding)));
  for (const path of outcome.written) io.out(consoleText(`wrote ${path}`));
  const refused =
    outcome.refused.length > 0
      ? `; ${plural(outcome.refused.length, 'file')} refused (nothing written for ${outcome.refused.length === 1 ? 'it' : 'them'})`
      : '';
  io.out(
    consoleText(
      `${plural(outcome.written.length, 'manifest')} written to ${out}${refused}. Next: genesys-lambda-gitops validate --manifests ${out}`,
    ),
  );
  return outcome.refused.length > 0 ? EXIT_CODE.failure : EXIT_CODE.success;
};

export const exportCommand: CliCommand = async (options: CliOptions, io: CliIo) => {
  if (options.environment === undefined) throw new InputError('export: --environment NAME is required: the Environment manifest to write');
  if (options.out === undefined || options.out === '-')
    throw new InputError('export: --out DIR is required: a new or empty folder for the manifests');
  const outcome = await exportOrg({
    environment: options.environment,
    out: options.out,
    integrations: options.integrations,
    adoptRoles: options.adoptRoles,
    cwd: io.cwd,
    env: io.env,
    requestsPerMinute: options.requestsPerMinute,
    concurrency: options.genesysConcurrency,
    ...(io.createProviders === undefined ? {} : { createProviders: io.createProviders }),
  });
  for (const note of outcome.notes) io.err(consoleText(`${note.severity === 'info' ? 'note' : note.severity}: ${note.message}`));
  const { roles, integrations, actions } = outcome.counts;
  io.out(
    consoleText(
      `Exported ${plural(roles, 'role')}, ${plural(integrations, 'integration')} and ${plural(actions, 'action')} to ${options.out} (${plural(outcome.written.length, 'file')}). Next: genesys-lambda-gitops validate --manifests ${options.out}, then plan.`,
    ),
  );
  const incomplete = outcome.notes.filter((note) => note.severity === 'error').length;
  if (incomplete > 0) io.err(`error: the export is incomplete: ${plural(incomplete, 'resource')} could not be exported (see above).`);
  return incomplete > 0 ? EXIT_CODE.failure : EXIT_CODE.success;
};
