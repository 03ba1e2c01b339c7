/**
 * The CLI's command line → typed options. Values are checked by the same
 * parsers as the action's inputs (src/settings.ts); every problem is an
 * InputError naming the flag (exit code 2, with the usage).
 */
import { parseArgs } from 'node:util';
import type { PublishStrategy } from '../apply/publish-strategy.js';
import { InputError } from '../errors.js';
import {
  DEFAULT_GENESYS_CONCURRENCY,
  DEFAULT_REQUESTS_PER_MINUTE,
  parseChoice,
  parseConcurrency,
  parsePositiveInteger,
  parsePublishStrategy,
} from '../settings.js';

export const USAGE = `Usage: genesys-lambda-gitops <command> [options]

Commands:
  validate   Check the manifests (no network). Exit 0 clean, 1 errors, 2 usage.
  plan       Compare the manifests with live AWS IAM and Genesys Cloud.
             Exit 0 no changes, 2 changes, 1 error.
  apply      Make live state match the manifests, then smoke-test changed data actions.
             Exit 0 success, 1 failure.

Options:
  --manifests DIR          Folder holding the manifests (default: genesys)
  --environment NAME       Environment manifest to use (default: the only one)
  --format text|json       validate: output format (default: text)
  --out FILE               plan/apply: write the plan as JSON
  --markdown FILE          plan: write the PR comment it would post
  --summary FILE           plan/apply: write the job summary (markdown)
  --baseline DIR           plan: the manifests as last applied; live values that
                           differ from them are reported as drift
  --prune                  plan/apply: delete owned resources no longer declared
  --publish-strategy S     apply: draft (default) or direct
  --yes                    apply: do not ask for confirmation
  --requests-per-minute N  Ceiling on Genesys calls per minute (default 300)
  --genesys-concurrency N  Genesys calls in flight at once, 1-32 (default 8)
  -h, --help               Show this help

Credentials: AWS from the default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, …;
AWS_ENDPOINT_URL honoured); Genesys from GENESYSCLOUD_OAUTHCLIENT_ID,
GENESYSCLOUD_OAUTHCLIENT_SECRET, GENESYSCLOUD_REGION (and
GENESYSCLOUD_GATEWAY_HOST/PORT/PROTOCOL for a proxy or the sandbox).`;

export interface CliOptions {
  command: string | undefined;
  help: boolean;
  manifests: string;
  environment: string | undefined;
  format: 'text' | 'json';
  out: string | undefined;
  markdown: string | undefined;
  summary: string | undefined;
  baseline: string | undefined;
  prune: boolean;
  publishStrategy: PublishStrategy;
  yes: boolean;
  requestsPerMinute: number;
  genesysConcurrency: number;
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        manifests: { type: 'string', default: 'genesys' },
        environment: { type: 'string' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        markdown: { type: 'string' },
        summary: { type: 'string' },
        baseline: { type: 'string' },
        prune: { type: 'boolean', default: false },
        'publish-strategy': { type: 'string', default: 'draft' },
        yes: { type: 'boolean', default: false },
        'requests-per-minute': { type: 'string', default: String(DEFAULT_REQUESTS_PER_MINUTE) },
        'genesys-concurrency': { type: 'string', default: String(DEFAULT_GENESYS_CONCURRENCY) },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // node:util reports unknown options and missing values as TypeErrors: to the user they are usage errors.
    throw new InputError(error instanceof Error ? error.message : String(error));
  }
}

export function parseCommandLine(argv: readonly string[]): CliOptions {
  const { values, positionals } = parse(argv);
  if (positionals.length > 1) throw new InputError(`unexpected argument '${positionals[1]}'`);
  return {
    command: positionals[0],
    help: values.help,
    manifests: values.manifests,
    environment: values.environment,
    format: parseChoice({ flag: 'format' }, values.format, ['text', 'json'] as const),
    out: values.out,
    markdown: values.markdown,
    summary: values.summary,
    baseline: values.baseline,
    prune: values.prune,
    publishStrategy: parsePublishStrategy({ flag: 'publish-strategy' }, values['publish-strategy']),
    yes: values.yes,
    requestsPerMinute: parsePositiveInteger({ flag: 'requests-per-minute' }, values['requests-per-minute']),
    genesysConcurrency: parseConcurrency({ flag: 'genesys-concurrency' }, values['genesys-concurrency']),
  };
}
