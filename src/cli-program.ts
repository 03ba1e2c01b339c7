/**
 * The CLI: `genesys-lambda-gitops validate|plan|apply|import|export`. A thin shell: parses
 * the arguments, dispatches to the command, and maps a failure to its exit
 * code in one place. Takes its I/O as a parameter so tests and the demo run
 * it in-process. Exit codes: src/commands/exit-codes.ts.
 */
import { parseCommandLine, USAGE, type CliOptions } from './cli/args.js';
import type { CliIo } from './cli/cli-io.js';
import { exportCommand, importCommand } from './cli/adoption-commands.js';
import { applyCommand, planCommand, validateCommand, type CliCommand } from './cli/commands.js';
import { EXIT_CODE, failureExitCode } from './commands/exit-codes.js';
import { describeFailure } from './commands/failure.js';

export type { CliIo } from './cli/cli-io.js';

const COMMANDS = new Map<string, CliCommand>([
  ['validate', validateCommand],
  ['plan', planCommand],
  ['apply', applyCommand],
  ['import', importCommand],
  ['export', exportCommand],
]);

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    io.err(`error: ${describeFailure(error).message}\n\n${USAGE}`);
    return EXIT_CODE.usage;
  }
  if (options.help || options.command === undefined) {
    (options.help ? io.out : io.err)(USAGE);
    return options.help ? EXIT_CODE.success : EXIT_CODE.usage;
  }
  const command = COMMANDS.get(options.command);
  if (command === undefined) {
    io.err(`error: unknown command '${options.command}'\n\n${USAGE}`);
    return EXIT_CODE.usage;
  }
  try {
    return await command(options, io);
  } catch (error) {
    // One line, no stack: expected failures are their message; for a bug, DEBUG=1 adds the stack.
    const failure = describeFailure(error);
    io.err(`error: ${failure.message}`);
    if (io.env.DEBUG && failure.stack !== undefined) io.err(failure.stack);
    return failureExitCode(failure);
  }
}
