/**
 * What kind of run this is, derived from the GitHub event. Pure: takes the
 * event name, ref and parsed payload rather than reading the environment.
 */
import type { Mode } from './inputs.js';

export type EffectiveMode = 'validate' | 'plan' | 'apply';

/** The parts of the GitHub event the action needs. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  /** The pull request number (pull_request events). */
  pullRequestNumber: number | undefined;
  /** The pull request comes from a fork: its token cannot write and secrets are absent. */
  isFork: boolean;
  /** A push to the repository's default branch. */
  isPushToDefaultBranch: boolean;
}

interface EventPayload {
  pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } } };
  repository?: { default_branch?: string; full_name?: string };
  after?: string;
}

/** Builds the run context from GITHUB_* values and the event payload. */
export function readRunContext(input: { eventName: string; ref: string; sha: string; repository: string; payload: unknown }): RunContext {
  const payload = (input.payload ?? {}) as EventPayload;
  const [owner = '', repo = ''] = input.repository.split('/');
  const pullRequest = payload.pull_request;
  const headRepo = pullRequest?.head?.repo?.full_name;
  const baseRepo = pullRequest?.base?.repo?.full_name ?? payload.repository?.full_name;
  const defaultBranch = payload.repository?.default_branch;
  return {
    eventName: input.eventName,
    owner,
    repo,
    sha: input.sha,
    pullRequestNumber: pullRequest?.number,
    // A deleted fork has head.repo null: treat it as a fork too (no secrets either way).
    isFork: pullRequest !== undefined && (headRepo === undefined || headRepo !== baseRepo),
    isPushToDefaultBranch: input.eventName === 'push' && defaultBranch !== undefined && input.ref === `refs/heads/${defaultBranch}`,
  };
}

/** Mode auto: pull_request → plan, push to the default branch → apply, anything else → validate. */
export function resolveMode(mode: Mode, context: RunContext): EffectiveMode {
  if (mode !== 'auto') return mode;
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') return 'plan';
  if (context.isPushToDefaultBranch) return 'apply';
  return 'validate';
}
