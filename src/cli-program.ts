/**
 * The CLI: `genesys-lambda-gitops <command> [options]`. A thin shell: parses
 * the command line (src/cli/args.ts, over the command and flag tables),
 * dispatches to the command, and maps a failure to its exit code in one
 * place. Takes its I/O as a parameter so tests and the demo run it
 * in-process. Exit codes: src/commands/exit-codes.ts.
 */
import { parseCommandLine, UsageError, type Invocation } from './cli/args.js';
import type { CliIo } from './cli/cli-io.js';
import { styleFor } from './cli/colour.js';
import { commandHelp, globalHelp, helpHint } from './cli/help.js';
import { VERSION } from './version.js';
import { EXIT_CODE, failureExitCode } from './commands/exit-codes.js';
import { describeFailure } from './commands/failure.js';
import { boundRegExpBacktracking } from './regexp-backtracking.js';
import { consoleText } from './render/console-text.js';

export type { CliIo } from './cli/cli-io.js';

function errorLine(io: CliIo, message: string): string {
  return `${styleFor(io.colour?.err ?? false).removed('error:')} ${message}`;
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  boundRegExpBacktracking();
  let invocation: Invocation;
  try {
    invocation = parseCommandLine(argv);
  } catch (error) {
    const command = error instanceof UsageError ? error.command : undefined;
    const help = argv.length === 0 ? `\n\n${globalHelp()}` : `\n${helpHint(command)}`;
    io.err(`${errorLine(io, consoleText(describeFailure(error).message))}${help}`);
    return EXIT_CODE.usage;
  }
  if (invocation.kind === 'version') {
    io.out(VERSION);
    return EXIT_CODE.success;
  }
  if (invocation.kind === 'help') {
    io.out(invocation.command === undefined ? globalHelp() : commandHelp(invocation.command));
    return EXIT_CODE.success;
  }
  try {
    return await invocation.command.run(invocation.options, io);
  } catch (error) {
    // One line, no stack: expected failures are their message; for a bug, DEBUG=1 adds the stack.
    const failure = describeFailure(error);
    io.err(errorLine(io, consoleText(failure.message)));
    if (io.env.DEBUG && failure.stack !== undefined) io.err(failure.stack);
    return failureExitCode(failure);
  }
}
