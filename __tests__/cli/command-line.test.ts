/**
 * The CLI's conventions, in-process and without any server: usage errors
 * exit 64 with a pointer to the help, --version, per-command help rendered
 * from the same tables the parser enforces, flags a command does not take
 * refused, and colour only where it is allowed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { colourAllowed } from '../../src/cli/colour.js';
import { COMMANDS } from '../../src/cli/command-table.js';
import { FLAG_KEYS, FLAGS } from '../../src/cli/flags.js';
import { runCli } from '../../src/cli-program.js';
import { EXIT_CODE } from '../../src/commands/exit-codes.js';
import { repositoryRoot } from '../support/repository-root.js';

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (text) => out.push(text), err: (text) => err.push(text), env, cwd: repositoryRoot });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const packageVersion = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('usage errors exit 64 (EX_USAGE), never 2 (= plan has changes)', () => {
  it.each([
    [['frobnicate'], "error: unknown command 'frobnicate'; commands: validate, plan, apply", 'genesys-lambda-gitops --help'],
    [['plan', '--bogus'], "error: unknown option '--bogus' for plan", 'genesys-lambda-gitops plan --help'],
    [['plan', '--yes'], 'error: plan does not take --yes (apply does)', 'genesys-lambda-gitops plan --help'],
    [['validate', '--prune'], 'error: validate does not take --prune (plan, apply do)', 'genesys-lambda-gitops validate --help'],
    [['apply', '--format', 'json'], 'error: apply does not take --format (validate, plan, drift do)', 'genesys-lambda-gitops apply --help'],
    [['plan', '--baseline'], 'error: --baseline needs a value (DIR)', 'plan --help'],
    [
      ['plan', '--out', '--prune'],
      "error: --out needs a value (FILE) (to pass one that starts with '-', write --out=VALUE)",
      'plan --help',
    ],
    [['plan', '--prune=yes'], 'error: --prune takes no value', 'plan --help'],
    [['validate', '--format', 'yaml'], "error: invalid --format 'yaml'; validate writes text|json|sarif", 'validate --help'],
    [['plan', '--format', 'sarif'], "error: invalid --format 'sarif'; plan writes text|json", 'plan --help'],
    [['apply', '--publish-strategy', 'yolo'], "error: invalid --publish-strategy 'yolo'; expected draft|direct", 'apply --help'],
    [['plan', '--requests-per-minute', '0'], "error: invalid --requests-per-minute '0'; expected a positive whole number", 'plan --help'],
    [['validate', 'extra'], "error: unexpected argument 'extra'", 'validate --help'],
    [['validate', '--manifests', ''], 'error: --manifests needs a value, not an empty one', 'validate --help'],
    [['plan', '--environment='], 'error: --environment needs a value, not an empty one', 'plan --help'],
    [['export', '--out', 'x', '--integration', ''], 'error: --integration needs a value, not an empty one', 'export --help'],
    [['--version', 'extra'], "error: unexpected argument 'extra' after --version", 'genesys-lambda-gitops --help'],
    [['--manifests', 'x', 'validate'], 'error: the command comes first: genesys-lambda-gitops <command> --manifests …', '--help'],
    [['--bogus'], "error: unknown option '--bogus'", 'genesys-lambda-gitops --help'],
    [['help', 'frobnicate'], "error: unknown command 'frobnicate'", '--help'],
    [
      ['plan', '--format', 'json', '--markdown', '-'],
      'error: only one document can go to standard output; got --format json and --markdown -',
      'plan --help',
    ],
  ])('%j', async (args, message, hint) => {
    const result = await cli(args);
    expect(result.code).toBe(64);
    expect(result.out).toBe('');
    expect(result.err.split('\n')[0]).toContain(message);
    expect(result.err).toContain(`Run '`);
    expect(result.err).toContain(hint);
  });

  it('no command at all: the error and the whole help on stderr', async () => {
    const result = await cli([]);
    expect(result.code).toBe(64);
    expect(result.err).toMatch(/^error: no command given\n\nUsage: genesys-lambda-gitops <command> \[options\]/);
  });

  it('the exit codes are one table: 0, 1, 2 and 64 are distinct', () => {
    expect(EXIT_CODE).toEqual({ success: 0, failure: 1, changes: 2, usage: 64 });
  });
});

describe('--version and help', () => {
  it('--version prints the package version on stdout', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: packageVersion, err: '' });
  });

  it.each([[['--help']], [['-h']], [['help']]])('%j prints the command list on stdout', async (args) => {
    const result = await cli(args);
    expect(result.code).toBe(0);
    const rows = result.out.split('\n').map((line) => line.trim().split(/ {2,}/));
    for (const command of COMMANDS) expect(rows).toContainEqual([command.name, command.summary]);
    expect(result.out).toContain('64 usage error');
  });

  it.each(COMMANDS.map((command) => [command.name]))('%s --help lists exactly the flags %s takes, and its exit codes', async (name) => {
    const command = COMMANDS.find((candidate) => candidate.name === name)!;
    for (const args of [
      [name, '--help'],
      [name, '-h'],
      ['help', name],
      [name, '--manifests', 'x', '--help'],
    ]) {
      const result = await cli(args);
      expect(result.code).toBe(0);
      const usage = command.arguments === undefined ? '' : ` ${command.arguments.name}`;
      expect(result.out.split('\n')[0]).toBe(`Usage: genesys-lambda-gitops ${name}${usage} [options]`);
      const listed = [...result.out.matchAll(/^ {2}(--[a-z-]+)/gm)].map((match) => match[1]);
      expect(listed.sort()).toEqual(command.flags.map((key) => `--${FLAGS[key].name}`).sort());
      for (const [code] of command.exitCodes) expect(result.out).toMatch(new RegExp(`^  ${code} +\\S`, 'm'));
    }
  });

  it('every flag belongs to at least one command, and every command runs something', () => {
    const taken = new Set(COMMANDS.flatMap((command) => command.flags));
    expect(FLAG_KEYS.filter((key) => !taken.has(key))).toEqual([]);
    expect(new Set(COMMANDS.map((command) => command.name)).size).toBe(COMMANDS.length);
  });
});

describe('parsed options', () => {
  it('defaults, and the default --format of each command', () => {
    const plan = parseCommandLine(['plan']);
    expect(plan).toMatchObject({
      kind: 'run',
      options: { manifests: 'genesys', format: 'text', prune: false, publishStrategy: 'draft', requestsPerMinute: 300 },
    });
    expect(parseCommandLine(['validate', '--format', 'sarif'])).toMatchObject({ options: { format: 'sarif' } });
  });

  it('`-` is a value (standard output), not an option', () => {
    expect(parseCommandLine(['plan', '--out', '-'])).toMatchObject({ kind: 'run', options: { out: '-' } });
    expect(parseCommandLine(['plan', '--markdown=-'])).toMatchObject({ kind: 'run', options: { markdown: '-' } });
  });
});

describe('colour', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [true, { TERM: 'dumb' }, false],
  ])('terminal %s with %j → %s', (isTerminal, env, expected) => {
    expect(colourAllowed(isTerminal, env)).toBe(expected);
  });

  it('errors are red only when stderr may be coloured', async () => {
    const plain: string[] = [];
    await runCli(['frobnicate'], { out: () => undefined, err: (text) => plain.push(text), env: {}, cwd: repositoryRoot });
    expect(plain.join('')).not.toContain('\u001b[');
    const coloured: string[] = [];
    await runCli(['frobnicate'], {
      out: () => undefined,
      err: (text) => coloured.push(text),
      env: {},
      cwd: repositoryRoot,
      colour: { out: false, err: true },
    });
    expect(coloured.join('')).toContain('\u001b[31merror:\u001b[39m');
  });
});
