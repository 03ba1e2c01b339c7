/**
 * The action's inputs, read once into one documented type. Parsing is pure:
 * it takes a getInput-like function, so tests need no @actions/core. The
 * value rules are the CLI's too (src/settings.ts).
 */
import type { PublishStrategy } from './apply/publish-strategy.js';
import {
  DEFAULT_GENESYS_CONCURRENCY,
  DEFAULT_REQUESTS_PER_MINUTE,
  parseBoolean,
  parseChoice,
  parseConcurrency,
  parsePositiveInteger,
  parsePublishStrategy,
} from './settings.js';

// Kept for modules that still import the type from here; its home is src/apply/publish-strategy.ts.

export const INPUT = {
  mode: 'mode',
  manifests: 'manifests',
  environment: 'environment',
  githubToken: 'github-token',
  prune: 'prune',
  publishStrategy: 'publish-strategy',
  requireReviewedPlan: 'require-reviewed-plan',
  comment: 'comment',
  labels: 'labels',
  planFile: 'plan-file',
  sarifFile: 'sarif-file',
  genesysRequestsPerMinute: 'genesys-requests-per-minute',
  allowDeletingUsedActions: 'allow-deleting-used-actions',
  failOnDrift: 'fail-on-drift',
  genesysConcurrency: 'genesys-concurrency',
} as const;

export type Mode = 'auto' | 'validate' | 'plan' | 'apply' | 'drift';

const MODES: readonly Mode[] = ['auto', 'validate', 'plan', 'apply', 'drift'];

/** Everything the action was asked to do. */
export interface ActionInputs {
  /** auto: pull_request → plan, push to the default branch → apply, schedule and workflow_dispatch → drift, anything else → validate. */
  mode: Mode;
  /** Folder holding the manifests. */
  manifests: string;
  /** Environment manifest to use; empty when the folder declares exactly one. */
  environment: string | undefined;
  githubToken: string;
  /** Delete owned resources that are no longer declared. */
  prune: boolean;
  publishStrategy: PublishStrategy;
  /** Fail apply when its plan differs from the plan posted on the merged pull request. */
  requireReviewedPlan: boolean;
  /** Post the plan comment (plan) and the result comment on the merged pull request (apply). */
  comment: boolean;
  /** Set gitops:* labels on the pull request. */
  labels: boolean;
  /** Where plan.json is written; empty means under RUNNER_TEMP. */
  planFile: string | undefined;
  /** Where the validation findings are written as SARIF 2.1.0 (for code scanning); empty: not written. */
  sarifFile: string | undefined;
  /** Ceiling on Genesys API calls per minute; within it the server's rate-limit headers decide. */
  genesysRequestsPerMinute: number;
  /** Genesys calls in flight at once: reads, and the independent data actions of an apply. */
  genesysConcurrency: number;
  /** Let prune delete data actions that published Architect flows still use (otherwise a failed check). */
  allowDeletingUsedActions: boolean;
  /** drift: fail the run when it finds drift or a failing smoke test (otherwise they are reported, and the run succeeds). */
  failOnDrift: boolean;
}

/** Reads and checks every input; a bad value is an InputError naming the input and the allowed values. */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const read = (name: string) => getInput(name).trim();
  const input = (name: string) => ({ input: name });
  return {
    mode: parseChoice(input(INPUT.mode), read(INPUT.mode) || 'auto', MODES),
    manifests: read(INPUT.manifests) || 'genesys',
    environment: read(INPUT.environment) || undefined,
    githubToken: read(INPUT.githubToken),
    prune: parseBoolean(input(INPUT.prune), read(INPUT.prune)),
    publishStrategy: parsePublishStrategy(input(INPUT.publishStrategy), read(INPUT.publishStrategy) || 'draft'),
    requireReviewedPlan: parseBoolean(input(INPUT.requireReviewedPlan), read(INPUT.requireReviewedPlan)),
    comment: parseBoolean(input(INPUT.comment), read(INPUT.comment) || 'true'),
    labels: parseBoolean(input(INPUT.labels), read(INPUT.labels) || 'true'),
    planFile: read(INPUT.planFile) || undefined,
    sarifFile: read(INPUT.sarifFile) || undefined,
    genesysRequestsPerMinute: parsePositiveInteger(
      input(INPUT.genesysRequestsPerMinute),
      read(INPUT.genesysRequestsPerMinute) || String(DEFAULT_REQUESTS_PER_MINUTE),
    ),
    allowDeletingUsedActions: parseBoolean(input(INPUT.allowDeletingUsedActions), read(INPUT.allowDeletingUsedActions)),
    failOnDrift: parseBoolean(input(INPUT.failOnDrift), read(INPUT.failOnDrift)),
    genesysConcurrency: parseConcurrency(
      input(INPUT.genesysConcurrency),
      read(INPUT.genesysConcurrency) || String(DEFAULT_GENESYS_CONCURRENCY),
    ),
  };
}
