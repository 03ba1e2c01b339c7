/**
 * The action's inputs, read once into one documented type. Parsing is pure:
 * it takes a getInput-like function, so tests need no @actions/core.
 */
import { InputError } from './errors.js';

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
  genesysRequestsPerMinute: 'genesys-requests-per-minute',
} as const;

export type Mode = 'auto' | 'validate' | 'plan' | 'apply';
export type PublishStrategy = 'draft' | 'direct';

/** Everything the action was asked to do. */
export interface ActionInputs {
  /** auto: pull_request → plan, push to the default branch → apply, anything else → validate. */
  mode: Mode;
  /** Folder holding the manifests. */
  manifests: string;
  /** Environment manifest to use; empty when the folder declares exactly one. */
  environment: string | undefined;
  githubToken: string;
  /** Delete owned resources that are no longer declared. */
  prune: boolean;
  /** draft: draft → validate → test → publish; direct: write published actions (orgs that cannot use drafts). */
  publishStrategy: PublishStrategy;
  /** Fail apply when its plan differs from the plan posted on the merged pull request. */
  requireReviewedPlan: boolean;
  /** Post the plan comment (plan) and the result comment on the merged pull request (apply). */
  comment: boolean;
  /** Set gitops:* labels on the pull request. */
  labels: boolean;
  /** Where plan.json is written; empty means under RUNNER_TEMP. */
  planFile: string | undefined;
  /** Client-side rate limit for Genesys API calls. */
  genesysRequestsPerMinute: number;
}

function parseChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid \`${name}\` '${value}'; expected ${allowed.join('|')}`);
}

function parseBoolean(name: string, value: string): boolean {
  const lowered = value.toLowerCase();
  if (['true', 'yes', '1'].includes(lowered)) return true;
  if (['false', 'no', '0', ''].includes(lowered)) return false;
  throw new InputError(`Invalid \`${name}\` '${value}'; expected true|false`);
}

/** Reads and checks every input; a bad value is an InputError naming the input and the allowed values. */
export function parseInputs(getInput: (name: string) => string): ActionInputs {
  const read = (name: string) => getInput(name).trim();
  const rate = read(INPUT.genesysRequestsPerMinute) || '300';
  const requestsPerMinute = Number(rate);
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
    throw new InputError(`Invalid \`${INPUT.genesysRequestsPerMinute}\` '${rate}'; expected a positive whole number`);
  }
  return {
    mode: parseChoice(INPUT.mode, read(INPUT.mode) || 'auto', ['auto', 'validate', 'plan', 'apply'] as const),
    manifests: read(INPUT.manifests) || 'genesys',
    environment: read(INPUT.environment) || undefined,
    githubToken: read(INPUT.githubToken),
    prune: parseBoolean(INPUT.prune, read(INPUT.prune)),
    publishStrategy: parseChoice(INPUT.publishStrategy, read(INPUT.publishStrategy) || 'draft', ['draft', 'direct'] as const),
    requireReviewedPlan: parseBoolean(INPUT.requireReviewedPlan, read(INPUT.requireReviewedPlan)),
    comment: parseBoolean(INPUT.comment, read(INPUT.comment) || 'true'),
    labels: parseBoolean(INPUT.labels, read(INPUT.labels) || 'true'),
    planFile: read(INPUT.planFile) || undefined,
    genesysRequestsPerMinute: requestsPerMinute,
  };
}
