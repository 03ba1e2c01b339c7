/**
 * `validate`: loads and checks the manifests, prints the findings, no network.
 * A module of its own, loaded with the CLI, so the command people run most
 * starts without the code of plan, apply and drift (src/cli/commands.ts,
 * loaded on demand by the command table).
 */
import { EXIT_CODE } from '../commands/exit-codes.js';
import { validateManifests } from '../commands/validate.js';
import type { CliCommand } from './cli-command.js';
import { outputChannels } from './output-channels.js';
import { printDiagnostics } from './print.js';

export const validateCommand: CliCommand = async (options, io) => {
  const outcome = await validateManifests({ manifestsDir: options.manifests, environment: options.environment, cwd: io.cwd });
  await printDiagnostics(outcome, io, outputChannels(options, io), options.format);
  return outcome.errorCount > 0 ? EXIT_CODE.failure : EXIT_CODE.success;
};
