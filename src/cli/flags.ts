/**
 * Every flag the CLI knows, once: its spelling, its value, its help line and
 * how its value is checked (by the same parsers as the action's inputs,
 * src/settings.ts). A command accepts only the flags its entry in
 * src/cli/command-table.ts names; a new flag is one entry here plus its name
 * in those commands' lists, and CliOptions grows with it.
 */
import {
  DEFAULT_GENESYS_CONCURRENCY,
  DEFAULT_REQUESTS_PER_MINUTE,
  parseChoice,
  parseConcurrency,
  parsePositiveInteger,
  parsePublishStrategy,
} from '../settings.js';

/** Output formats of the commands that print a document (each command says which it offers). */
export type OutputFormat = 'text' | 'json' | 'sarif';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** A flag that takes a value (`--out FILE`). `parse` gets undefined when the flag was not given. */
export interface ValueFlag<T> {
  kind: 'value';
  name: string;
  /** The placeholder in help, e.g. `FILE`. */
  valueName: string;
  help: string;
  /** The value `-` means standard output. */
  acceptsStdout?: boolean;
  parse: (raw: string | undefined) => T;
}

/** A flag that takes a value and may be repeated (`--integration A --integration B`): every value, in order. */
export interface ListFlag {
  kind: 'list';
  name: string;
  valueName: string;
  help: string;
}

/** A flag without a value (`--prune`): false unless given. */
export interface SwitchFlag {
  kind: 'switch';
  name: string;
  help: string;
}

export type Flag = ValueFlag<unknown> | ListFlag | SwitchFlag;

function value<T>(name: string, valueName: string, help: string, parse: (raw: string | undefined) => T): ValueFlag<T> {
  return { kind: 'value', name, valueName, help, parse };
}

function outputFile(name: string, help: string): ValueFlag<string | undefined> {
  return { kind: 'value', name, valueName: 'FILE', help: `${help}; - for standard output`, acceptsStdout: true, parse: (raw) => raw };
}

function list(name: string, valueName: string, help: string): ListFlag {
  return { kind: 'list', name, valueName, help };
}

function toggle(name: string, help: string): SwitchFlag {
  return { kind: 'switch', name, help };
}

/** The flags, keyed by the CliOptions property they fill. */
export const FLAGS = {
  manifests: value('manifests', 'DIR', 'Folder holding the manifests (default: genesys)', (raw) => raw ?? 'genesys'),
  environment: value('environment', 'NAME', 'Environment manifest to use (default: the only one)', (raw) => raw),
  format: value('format', 'FORMAT', 'Output format on standard output (default: text)', (raw) =>
    parseChoice({ flag: 'format' }, raw ?? 'text', OUTPUT_FORMATS),
  ),
  out: outputFile('out', 'Write the plan file (plan.json); drift: the report; import/export: the manifests folder (not -)'),
  markdown: outputFile('markdown', 'Write the PR comment the action would post'),
  summary: outputFile('summary', 'Write the job summary (markdown)'),
  baseline: value(
    'baseline',
    'DIR',
    'The manifests as last applied: live values that differ from them are reported as drift',
    (raw) => raw,
  ),
  prune: toggle('prune', 'Delete owned resources that are no longer declared'),
  allowDeletingUsedActions: toggle(
    'allow-deleting-used-actions',
    'Let prune delete data actions that published Architect flows still call (otherwise a failed check)',
  ),
  publishStrategy: value('publish-strategy', 'S', 'draft (default: draft → validate → test → publish) or direct', (raw) =>
    parsePublishStrategy({ flag: 'publish-strategy' }, raw ?? 'draft'),
  ),
  yes: toggle('yes', 'Do not ask for confirmation'),
  integrations: list(
    'integration',
    'NAME',
    'import: the Integration manifest the actions belong to; export: only this integration (repeatable)',
  ),
  functionArn: value('function', 'ARN', 'import: the Lambda function ARN for the imported actions', (raw) => raw),
  adoptRoles: toggle(
    'adopt-roles',
    'export: write Role manifests for roles not tagged as managed by this tool (default: refer to them by ARN)',
  ),
  genesysConcurrency: value(
    'genesys-concurrency',
    'N',
    `Genesys calls in flight at once, 1-32 (default: ${DEFAULT_GENESYS_CONCURRENCY})`,
    (raw) => parseConcurrency({ flag: 'genesys-concurrency' }, raw ?? String(DEFAULT_GENESYS_CONCURRENCY)),
  ),
  requestsPerMinute: value(
    'requests-per-minute',
    'N',
    `Ceiling on Genesys calls per minute (default: ${DEFAULT_REQUESTS_PER_MINUTE})`,
    (raw) => parsePositiveInteger({ flag: 'requests-per-minute' }, raw ?? String(DEFAULT_REQUESTS_PER_MINUTE)),
  ),
} as const satisfies Record<string, Flag>;

export type FlagKey = keyof typeof FLAGS;

type FlagValue<F> = F extends ValueFlag<infer T> ? T : F extends ListFlag ? string[] : boolean;

/**
 * Every flag's value for one invocation: given, or its default (a flag the command does not take keeps its default),
 * plus the arguments after the command (only commands that take them, e.g. import's files).
 */
export type CliOptions = { [K in FlagKey]: FlagValue<(typeof FLAGS)[K]> } & { files: string[] };

export const FLAG_KEYS = Object.keys(FLAGS) as FlagKey[];

/** The key of the flag spelled `--name`, if there is one. */
export function flagKeyByName(name: string): FlagKey | undefined {
  return FLAG_KEYS.find((key) => FLAGS[key].name === name);
}
