/**
 * The CLI's command line → what to do: show help, print the version, or run
 * one command with typed options. The command comes first; after it, only
 * the flags that command takes (src/cli/command-table.ts). Every problem is
 * a UsageError (exit code 64) naming the flag and the command.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../errors.js';
import { COMMANDS, findCommand, type CommandSpec } from './command-table.js';
import { FLAG_KEYS, FLAGS, flagKeyByName, type CliOptions, type FlagKey } from './flags.js';
import { stdoutDocuments } from './output-channels.js';

export type { CliOptions } from './flags.js';

/** A command line the CLI cannot run; `command` is set when the command itself was understood. */
export class UsageError extends InputError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
}

export type Invocation =
  { kind: 'help'; command: CommandSpec | undefined } | { kind: 'version' } | { kind: 'run'; command: CommandSpec; options: CliOptions };

/** Every known flag, for node:util (commands are then held to their own list, with a clearer message). */
function parserOptions() {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const key of FLAG_KEYS) {
    const flag = FLAGS[key];
    options[flag.name] =
      flag.kind === 'switch' ? { type: 'boolean' } : { type: 'string', ...(flag.kind === 'list' ? { multiple: true } : {}) };
  }
  return options;
}

/** node:util's messages, in the CLI's words. */
function usageMessage(error: unknown, command: CommandSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `unknown option '${option}' for ${command.name}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const key = flagKeyByName(option.replace(/^--/, ''));
    const flag = key === undefined ? undefined : FLAGS[key];
    if (flag?.kind === 'switch') return `${option} takes no value`;
    const valueName = flag === undefined ? '' : ` (${flag.valueName})`;
    return /ambiguous/.test(message)
      ? `${option} needs a value${valueName} (to pass one that starts with '-', write ${option}=VALUE)`
      : `${option} needs a value${valueName}`;
  }
  return message;
}

function parseFlags(args: readonly string[], command: CommandSpec) {
  try {
    return parseArgs({ args: [...args], options: parserOptions(), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageMessage(error, command), command);
  }
}

/** A flag this command does not take: say which commands do. */
function irrelevantFlag(command: CommandSpec, key: FlagKey): UsageError {
  const takers = COMMANDS.filter((other) => other.flags.includes(key)).map((other) => other.name);
  return new UsageError(
    `${command.name} does not take --${FLAGS[key].name} (${takers.join(', ')} ${takers.length === 1 ? 'does' : 'do'})`,
    command,
  );
}

function readOptions(
  command: CommandSpec,
  values: Record<string, string | boolean | (string | boolean)[] | undefined>,
  positionals: readonly string[],
): CliOptions {
  const options: Record<string, unknown> = { files: [...positionals] };
  for (const key of FLAG_KEYS) {
    const flag = FLAGS[key];
    const given = values[flag.name];
    if (given !== undefined && !command.flags.includes(key)) throw irrelevantFlag(command, key);
    // `--manifests ''` (an unset variable in a script) would otherwise mean the working directory.
    if (given === '' || (Array.isArray(given) && given.includes('')))
      throw new UsageError(`--${flag.name} needs a value, not an empty one`, command);
    if (key === 'format' && typeof given === 'string' && !command.formats?.some((format) => format === given)) {
      throw new UsageError(`invalid --format '${given}'; ${command.name} writes ${command.formats?.join('|') ?? 'text only'}`, command);
    }
    try {
      if (flag.kind === 'list') options[key] = Array.isArray(given) ? given.filter((item) => typeof item === 'string') : [];
      else options[key] = flag.kind === 'switch' ? given === true : flag.parse(typeof given === 'string' ? given : undefined);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error), command);
    }
  }
  const parsed = options as CliOptions;
  if (values['format'] === undefined) parsed.format = command.formats?.[0] ?? 'text';
  return parsed;
}

/** Parses one command line. Throws UsageError. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '--version') {
    if (rest[0] !== undefined) throw new UsageError(`unexpected argument '${rest[0]}' after --version`);
    return { kind: 'version' };
  }
  if (first === '--help' || first === '-h') return { kind: 'help', command: undefined };
  if (first === 'help') {
    if (rest[0] === undefined) return { kind: 'help', command: undefined };
    const command = findCommand(rest[0]);
    if (command === undefined) throw new UsageError(`unknown command '${rest[0]}'; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    return { kind: 'help', command };
  }
  if (first.startsWith('-')) {
    throw new UsageError(
      flagKeyByName(first.replace(/^--/, '').split('=')[0] ?? '') === undefined
        ? `unknown option '${first}'`
        : `the command comes first: genesys-lambda-gitops <command> ${first} …`,
    );
  }
  const command = findCommand(first);
  if (command === undefined) throw new UsageError(`unknown command '${first}'; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  const { values, positionals } = parseFlags(rest, command);
  if (values['help'] === true) return { kind: 'help', command };
  if (positionals.length > 0 && command.arguments === undefined) throw new UsageError(`unexpected argument '${positionals[0]}'`, command);
  const options = readOptions(command, values, positionals);
  const documents = stdoutDocuments(options);
  if (documents.length > 1) throw new UsageError(`only one document can go to standard output; got ${documents.join(' and ')}`, command);
  return { kind: 'run', command, options };
}
