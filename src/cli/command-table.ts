/**
 * The CLI's commands, once: what each does, which flags and output formats it
 * takes, its exit codes and how it runs. The parser (args.ts) rejects any
 * flag a command does not list, and the help (help.ts) is rendered from
 * here, so a new command (import, export, drift, …) is one entry.
 */
import { EXIT_CODE } from '../commands/exit-codes.js';
import type { CliCommand } from './cli-command.js';
import type { FlagKey, OutputFormat } from './flags.js';

export interface CommandSpec {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** A few lines for `<command> --help`. */
  description: string;
  flags: readonly FlagKey[];
  /** The arguments after the command, e.g. `FILE…` (absent: the command takes none). */
  arguments?: { name: string; help: string };
  /** The values --format takes (the first is the default); absent when the command has no --format. */
  formats?: readonly OutputFormat[];
  /** `code meaning` lines for `<command> --help`. */
  exitCodes: readonly [number, string][];
  examples: readonly string[];
  run: CliCommand;
}

/** A command whose module loads when it runs: `--help` and `--version` load no command, `validate` none of plan, apply and drift. */
function onDemand(load: () => Promise<CliCommand>): CliCommand {
  return async (options, io) => (await load())(options, io);
}

const USAGE_EXIT: [number, string] = [EXIT_CODE.usage, 'usage error (unknown command or flag, missing or bad value)'];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    summary: 'Check the manifests (no network)',
    description:
      'Loads every manifest in the folder and checks it: JSON Schema, Genesys contract rules, Velocity templates,\n' +
      'IAM lint and cross-references. Findings are printed as `path:line:col: severity CODE: message` on stderr\n' +
      '(text), or as one document on stdout (json; sarif for GitHub code scanning).',
    flags: ['manifests', 'environment', 'format'],
    formats: ['text', 'json', 'sarif'],
    exitCodes: [[EXIT_CODE.success, 'no errors (warnings allowed)'], [EXIT_CODE.failure, 'errors in the manifests'], USAGE_EXIT],
    examples: ['validate --manifests genesys', 'validate --format sarif > genesys.sarif'],
    run: onDemand(async () => (await import('./validate-command.js')).validateCommand),
  },
  {
    name: 'plan',
    summary: 'Compare the manifests with live AWS (IAM, Lambda) and Genesys Cloud',
    description:
      'Reads live state and prints what apply would change. --format json prints exactly the plan file on stdout\n' +
      '(everything for people goes to stderr), as does --out -.',
    flags: [
      'manifests',
      'environment',
      'format',
      'out',
      'markdown',
      'summary',
      'baseline',
      'prune',
      'allowDeletingUsedActions',
      'requestsPerMinute',
      'genesysConcurrency',
    ],
    formats: ['text', 'json'],
    exitCodes: [
      [EXIT_CODE.success, 'no changes'],
      [EXIT_CODE.changes, 'changes to make'],
      [EXIT_CODE.failure, 'error (invalid manifests, credentials, a live read failed), or a failed cross-system check'],
      USAGE_EXIT,
    ],
    examples: ['plan --environment dev --out plan.json --markdown comment.md', 'plan --environment dev --format json | jq .summary'],
    run: onDemand(async () => (await import('./commands.js')).planCommand),
  },
  {
    name: 'apply',
    summary: 'Make live state match the manifests, then smoke-test changed data actions',
    description:
      'Plans, asks for confirmation (unless --yes), applies in dependency order (data actions through\n' +
      'draft → validate → test → publish) and runs the smoke tests of every changed data action.',
    flags: [
      'manifests',
      'environment',
      'out',
      'summary',
      'prune',
      'allowDeletingUsedActions',
      'publishStrategy',
      'yes',
      'requestsPerMinute',
      'genesysConcurrency',
    ],
    exitCodes: [
      [EXIT_CODE.success, 'applied, and every smoke test passed (or nothing to apply)'],
      [EXIT_CODE.failure, 'refused, cancelled, failed, or a smoke test failed'],
      USAGE_EXIT,
    ],
    examples: ['apply --environment dev --yes'],
    run: onDemand(async () => (await import('./commands.js')).applyCommand),
  },
  {
    name: 'drift',
    summary: 'Read-only: what differs from the manifests, and every smoke test on the published actions',
    description:
      'Plans against live state without writing anything (every difference is drift: changed, missing, and\n' +
      'undeclared actions in the managed integrations), runs every declared smoke test against the published\n' +
      'actions, and names who changed drifted Genesys resources (audit trail). --format json prints the report.',
    flags: ['manifests', 'environment', 'format', 'out', 'markdown', 'summary', 'requestsPerMinute', 'genesysConcurrency'],
    formats: ['text', 'json'],
    exitCodes: [
      [EXIT_CODE.success, 'clean: no drift, every smoke test passed'],
      [EXIT_CODE.changes, 'drift or failing smoke tests'],
      [EXIT_CODE.failure, 'error (invalid manifests, credentials, a live read failed)'],
      USAGE_EXIT,
    ],
    examples: ['drift --environment prod --markdown issue.md'],
    run: onDemand(async () => (await import('./commands.js')).driftCommand),
  },
  {
    name: 'import',
    summary: 'Genesys UI data-action exports (<Name>.custom.json) to DataAction manifests',
    description:
      'Converts each export file: strips the " - Exported YYYY-MM-DD @ HH:MM" suffix, keeps config, contract and\n' +
      'secure (templates byte for byte), and adds a tests: stub. An export of another integration type is refused,\n' +
      'naming the file and its type, and nothing is written for it. --out defaults to the manifests folder.',
    flags: ['manifests', 'out', 'integrations', 'functionArn'],
    arguments: { name: 'FILE…', help: 'the export files' },
    exitCodes: [[EXIT_CODE.success, 'every file imported'], [EXIT_CODE.failure, 'a file was refused (the others are written)'], USAGE_EXIT],
    examples: ['import exports/*.custom.json --integration "Orders Lambda" --out genesys'],
    run: onDemand(async () => (await import('./adoption-commands.js')).importCommand),
  },
  {
    name: 'export',
    summary: 'A live org to a manifest folder that plans to 0 changes',
    description:
      'Reads the aws-lambda-data-actions integrations, their credentials, every action (contracts and templates)\n' +
      'and the IAM role when readable, and writes Environment, Role (or { arn } when the role is not ours),\n' +
      'Integration and one DataAction file per action into a new or empty folder. Never writes a secret.',
    flags: ['environment', 'out', 'integrations', 'adoptRoles', 'requestsPerMinute', 'genesysConcurrency'],
    exitCodes: [[EXIT_CODE.success, 'complete'], [EXIT_CODE.failure, 'incomplete (see the notes)'], USAGE_EXIT],
    examples: ['export --environment prod --out genesys'],
    run: onDemand(async () => (await import('./adoption-commands.js')).exportCommand),
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((command) => command.name === name);
}
