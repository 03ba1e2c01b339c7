import type { CliIo } from './cli-io.js';
import type { CliOptions } from './flags.js';

/** One CLI command: runs with the parsed options and the process's I/O, and returns the exit code. */
export type CliCommand = (options: CliOptions, io: CliIo) => Promise<number>;
