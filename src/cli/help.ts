/** The CLI's help texts, rendered from the command and flag tables so they cannot drift from the parser. Pure. */
import { EXIT_CODE } from '../commands/exit-codes.js';
import { COMMANDS, type CommandSpec } from './command-table.js';
import { FLAGS } from './flags.js';

export const PROGRAM = 'genesys-lambda-gitops';

const CREDENTIALS = `Credentials: AWS from the default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, …;
AWS_ENDPOINT_URL honoured); Genesys from GENESYSCLOUD_OAUTHCLIENT_ID,
GENESYSCLOUD_OAUTHCLIENT_SECRET, GENESYSCLOUD_REGION (and
GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL for a proxy or the sandbox).
Colour only on a terminal, never with NO_COLOR set.`;

function table(rows: readonly [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** `genesys-lambda-gitops --help`. */
export function globalHelp(): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Commands:',
    ...table(COMMANDS.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', `Show this help (${PROGRAM} <command> --help: that command's options)`],
      ['--version', 'Print the version'],
    ]),
    '',
    `Exit codes: ${EXIT_CODE.success} success, ${EXIT_CODE.failure} failure, ${EXIT_CODE.changes} changes (plan), ${EXIT_CODE.usage} usage error.`,
    '',
    CREDENTIALS,
  ].join('\n');
}

function flagLeft(command: CommandSpec, key: CommandSpec['flags'][number]): string {
  const flag = FLAGS[key];
  if (flag.kind === 'switch') return `--${flag.name}`;
  if (flag.kind === 'list') return `--${flag.name} ${flag.valueName}…`;
  const valueName = key === 'format' && command.formats !== undefined ? command.formats.join('|') : flag.valueName;
  return `--${flag.name} ${valueName}`;
}

/** `genesys-lambda-gitops <command> --help`. */
export function commandHelp(command: CommandSpec): string {
  const rows: [string, string][] = command.flags.map((key) => [flagLeft(command, key), FLAGS[key].help]);
  rows.push(['-h, --help', 'Show this help']);
  return [
    `Usage: ${PROGRAM} ${command.name}${command.arguments === undefined ? '' : ` ${command.arguments.name}`} [options]`,
    '',
    `${command.summary}.`,
    command.description,
    '',
    'Options:',
    ...table(rows),
    '',
    'Exit codes:',
    ...table(command.exitCodes.map(([code, meaning]) => [String(code), meaning])),
    '',
    'Examples:',
    ...command.examples.map((example) => `  ${PROGRAM} ${example}`),
    '',
    CREDENTIALS,
  ].join('\n');
}

/** The one line after a usage error: where the help is. */
export function helpHint(command: CommandSpec | undefined): string {
  return command === undefined ? `Run '${PROGRAM} --help' for usage.` : `Run '${PROGRAM} ${command.name} --help' for usage.`;
}
