/**
 * What kind of run this is, derived from the GitHub event. Pure: takes the
 * GITHUB_* values and the parsed payload rather than reading the
 * environment. The payload is read field by field with type checks, so a
 * payload of an unexpected shape yields "absent", never a wrong type.
 */
import type { Mode } from './inputs.js';

export type EffectiveMode = 'validate' | 'plan' | 'apply' | 'drift';

/** The parts of the GitHub event the action needs. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  /** The pull request number (pull_request events). */
  pullRequestNumber: number | undefined;
  /** The commit the pull request is based on: its manifests are the drift baseline. */
  pullRequestBaseSha: string | undefined;
  /** The pull request comes from a fork: its token cannot write and secrets are absent. */
  isFork: boolean;
  /** A push to the repository's default branch. */
  isPushToDefaultBranch: boolean;
  /** Link to this workflow run, when the runner says where it is. */
  runUrl: string | undefined;
  /** `https://github.com/owner/repo` (the server's URL), when the runner says where it is. */
  repositoryUrl: string | undefined;
  /** The commit whose files the run reads: the pull request's head commit, else `sha`. Links to manifests point at it. */
  sourceSha: string | undefined;
}

/** The GITHUB_* values and the event payload (`GITHUB_EVENT_PATH`, parsed). */
export interface RunContextSource {
  eventName: string;
  ref: string;
  sha: string;
  /** `owner/repo` */
  repository: string;
  payload: unknown;
  serverUrl?: string;
  runId?: string;
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Builds the run context from GITHUB_* values and the event payload. */
export function readRunContext(input: RunContextSource): RunContext {
  const [owner = '', repo = ''] = input.repository.split('/');
  const pullRequest = field(input.payload, 'pull_request');
  const number = field(pullRequest, 'number');
  const headRepo = text(field(field(field(pullRequest, 'head'), 'repo'), 'full_name'));
  const baseRepo =
    text(field(field(field(pullRequest, 'base'), 'repo'), 'full_name')) ?? text(field(field(input.payload, 'repository'), 'full_name'));
  const defaultBranch = text(field(field(input.payload, 'repository'), 'default_branch'));
  const isPullRequest = pullRequest !== null && typeof pullRequest === 'object';
  return {
    eventName: input.eventName,
    owner,
    repo,
    sha: input.sha,
    pullRequestNumber: typeof number === 'number' && Number.isInteger(number) ? number : undefined,
    pullRequestBaseSha: text(field(field(pullRequest, 'base'), 'sha')),
    // A deleted fork has head.repo null: treat it as a fork too (no secrets either way).
    isFork: isPullRequest && (headRepo === undefined || headRepo !== baseRepo),
    isPushToDefaultBranch: input.eventName === 'push' && defaultBranch !== undefined && input.ref === `refs/heads/${defaultBranch}`,
    runUrl:
      input.serverUrl && input.runId && input.repository ? `${input.serverUrl}/${input.repository}/actions/runs/${input.runId}` : undefined,
    repositoryUrl: input.serverUrl && input.repository ? `${input.serverUrl}/${input.repository}` : undefined,
    // On pull_request, GITHUB_SHA is a temporary merge commit; the head commit is what the author wrote and keeps existing.
    sourceSha: text(field(field(pullRequest, 'head'), 'sha')) ?? (input.sha || undefined),
  };
}

/** The run context from the runner's GITHUB_* variables and the parsed event payload. */
export function runContextFromEnvironment(env: Readonly<Record<string, string | undefined>>, payload: unknown): RunContext {
  return readRunContext({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    repository: env.GITHUB_REPOSITORY ?? '',
    payload,
    serverUrl: env.GITHUB_SERVER_URL ?? '',
    runId: env.GITHUB_RUN_ID ?? '',
  });
}

/**
 * Mode auto: pull_request → plan, push to the default branch → apply,
 * schedule and workflow_dispatch → drift (the read-only check), anything else → validate.
 */
export function resolveMode(mode: Mode, context: RunContext): EffectiveMode {
  if (mode !== 'auto') return mode;
  if (context.eventName === 'pull_request' || context.eventName === 'pull_request_target') return 'plan';
  if (context.isPushToDefaultBranch) return 'apply';
  if (context.eventName === 'schedule' || context.eventName === 'workflow_dispatch') return 'drift';
  return 'validate';
}
